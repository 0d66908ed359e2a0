// suggestPlan: the cheapest mix of kjøp, bygging, framleie and salg that meets the target
// coverage within the planner's limits, as an ordinary scenario the engine calculates.
//
// 1. The base plan (runPlan on the planner's starting scenario) and candidate columns with
//    per-home coefficients from the engine (columns.ts).
// 2. The model (model.ts), solved by the injected solver (HiGHS in a worker in the app).
// 3. The solution becomes a scenario («Forslag 1»); runPlan calculates it and every check uses
//    the engine's figures. A year over the investment limit by rounding gets its limit tightened
//    by the excess and the model is solved again (a few rounds at most); anything left is reported.
// 4. Why: each limit is relaxed alone and solved again (binding when the plan gets cheaper), one
//    more million per year, and no limits at all. Infeasible: each limit relaxed alone names the
//    one that makes the target impossible; the best reachable coverage is the engine's figure for
//    the plan that maximises it.
import type { Action, Scenario } from '../scenario/actions';
import type { RegisterSnapshot } from '../scenario/needs';
import { runPlan, type PlanResult } from '../scenario/plan';
import { SEGMENT_KEYS, segmentLabel, type SegmentKey } from '../scenario/segments';
import { formatInteger, formatKr, formatPercent } from '../format';
import { costChangeWords, moneyWords } from '../wording';
import {
  basePlan,
  boughtPerYear,
  buildColumns,
  cumulative,
  inYear,
  segmentsWithDemand,
  type BasePlan,
  type Column,
} from './columns';
import { buildLp, chosen, type ModelSpec } from './model';
import {
  LIMIT_LABEL,
  type CoverageCheck,
  type LimitCheck,
  type LimitName,
  type LpSolver,
  type MoreBudget,
  type Progress,
  type SuggestLimits,
  type SuggestOutcome,
  type SuggestRequest,
} from './types';

export const MORE_BUDGET = 1_000_000;
const MAX_REPAIRS = 5;

export class SuggestInputError extends Error {}

/** Refuses a request the model cannot use (Norwegian, naming the field). */
export function checkRequest(req: SuggestRequest): void {
  const { startYear, years } = req.base;
  const t = req.target;
  if (!Number.isInteger(t.year) || t.year < startYear || t.year > startYear + years - 1) {
    throw new SuggestInputError(
      `Målår: må være i planperioden ${startYear}–${startYear + years - 1}.`,
    );
  }
  if (!(t.coverage > 0 && t.coverage <= 2)) {
    throw new SuggestInputError('Måldekning: må være mellom 0 og 200 %.');
  }
  const l = req.limits;
  if (l.maxNetInvestmentPerYear !== null && !Number.isFinite(l.maxNetInvestmentPerYear)) {
    throw new SuggestInputError('Maks netto investering per år: må være et beløp i kroner.');
  }
  if (
    l.maxPurchasesPerYear !== null &&
    !(Number.isInteger(l.maxPurchasesPerYear) && l.maxPurchasesPerYear >= 0)
  ) {
    throw new SuggestInputError('Maks antall kjøp per år: må være et helt tall, 0 eller mer.');
  }
  if (l.maxFramleieShare !== null && !(l.maxFramleieShare >= 0 && l.maxFramleieShare <= 1)) {
    throw new SuggestInputError('Maks andel framleie: må være mellom 0 og 100 %.');
  }
  if (!(req.framleie.termYears >= 1 && Number.isInteger(req.framleie.termYears))) {
    throw new SuggestInputError('Framleie, leieperiode: må være et helt antall år, minst 1.');
  }
  req.projects.forEach((p, i) => {
    if (!(Number.isInteger(p.buildYears) && p.buildYears >= 1 && p.buildYears <= 5)) {
      throw new SuggestInputError(`Prosjekt ${i + 1}, byggetid: må være 1–5 år.`);
    }
    if (!(p.totalCost > 0) || p.units.length === 0 || p.units.some((u) => !(u.count > 0))) {
      throw new SuggestInputError(`Prosjekt ${i + 1}: må ha kostnad og minst én bolig.`);
    }
  });
}

/** The suggestion's objective as the engine reports it, against the base plan (kroner). */
export function objectiveOf(
  plan: PlanResult,
  base: BasePlan,
  objective: SuggestRequest['objective'],
): number {
  if (objective === 'npv') return plan.npv - base.plan.npv;
  let sum = 0;
  plan.perYear.forEach((y, i) => (sum += y.netInvestment - base.netInvestment[i]!));
  return sum;
}

/** Coverage through the target year from the engine's cells. */
export function coverageChecks(
  plan: PlanResult,
  req: SuggestRequest,
  segs: SegmentKey[],
): CoverageCheck[] {
  const ti = req.target.year - req.base.startYear;
  const cum = cumulative(plan, ti);
  const at = inYear(plan, ti);
  const check = (segment: SegmentKey | null, list: readonly SegmentKey[]): CoverageCheck => {
    let supply = 0;
    let demand = 0;
    let supplyAt = 0;
    let demandAt = 0;
    for (const s of list) {
      supply += cum.supply[s];
      demand += cum.demand[s];
      supplyAt += at.supply[s];
      demandAt += at.demand[s];
    }
    const through = demand > 0 ? Math.max(0, supply) / demand : null;
    const inYearCov = demandAt > 0 ? Math.max(0, supplyAt) / demandAt : null;
    const both = [through, inYearCov].filter((c): c is number => c !== null);
    return {
      scope: req.target.scope,
      segment,
      supply,
      demand,
      coverage: both.length > 0 ? Math.min(...both) : null,
      coverageThrough: through,
      coverageInYear: inYearCov,
    };
  };
  return req.target.scope === 'total' ? [check(null, segs)] : segs.map((s) => check(s, [s]));
}

/** The limits the engine's figures break (none when the suggestion keeps them all). */
export function limitBreaches(
  plan: PlanResult,
  scenario: Scenario,
  limits: SuggestLimits,
  baseFramleie: number[],
): LimitCheck[] {
  const out: LimitCheck[] = [];
  const bought = boughtPerYear(scenario);
  plan.perYear.forEach((y, i) => {
    const L = limits.maxNetInvestmentPerYear;
    if (L !== null && y.netInvestment > L) {
      out.push({
        limit: 'maxNetInvestmentPerYear',
        year: y.year,
        value: y.netInvestment,
        allowed: L,
      });
    }
    const M = limits.maxPurchasesPerYear;
    if (M !== null && bought[i]! > M) {
      out.push({ limit: 'maxPurchasesPerYear', year: y.year, value: bought[i]!, allowed: M });
    }
    const share = limits.maxFramleieShare;
    if (share !== null && y.stock.total > 0) {
      const f = y.stock.byTenure.framleie / y.stock.total;
      // A register already above the share breaks it only by growing its framleie.
      if (f > share + 1e-9 && y.stock.byTenure.framleie > (baseFramleie[i] ?? 0)) {
        out.push({ limit: 'maxFramleieShare', year: y.year, value: f, allowed: share });
      }
    }
  });
  return out;
}

/** The scenario a solution stands for: the base actions, then one action per chosen column. */
export function scenarioOf(req: SuggestRequest, picks: { col: Column; count: number }[]): Scenario {
  const sorted = [...picks].sort(
    (a, b) =>
      a.col.yearIdx - b.col.yearIdx ||
      kindOrder(a.col) - kindOrder(b.col) ||
      a.col.name.localeCompare(b.col.name),
  );
  const taken = new Set(req.base.actions.map((a) => a.id));
  let n = 0;
  const nextId = () => {
    let id: string;
    do id = `forslag-${++n}`;
    while (taken.has(id));
    return id;
  };
  const note = 'Foreslått av «Foreslå plan»';
  const actions: Action[] = sorted.map(({ col, count }) => {
    const a = col.action;
    const id = nextId();
    if (a.kind === 'kjop') return { ...a, id, count, note };
    if (a.kind === 'framleie' && a.mode === 'lease') return { ...a, id, count, note };
    return { ...a, id, note };
  });
  return {
    ...req.base,
    name: req.name ?? 'Forslag 1',
    actions: [...req.base.actions, ...actions],
  };
}

function kindOrder(c: Column): number {
  return ['salg', 'bygging', 'kjop', 'framleie'].indexOf(c.kind);
}

interface Solved {
  scenario: Scenario;
  plan: PlanResult;
  objective: number;
  homes: number;
}

function homesAdded(picks: { col: Column; count: number }[]): number {
  let h = 0;
  for (const { col, count } of picks) {
    if (col.kind === 'salg') h -= count;
    else if (col.action.kind === 'bygging') h += col.action.units.reduce((a, u) => a + u.count, 0);
    else h += count;
  }
  return h;
}

export async function suggestPlan(
  snapshot: RegisterSnapshot,
  req: SuggestRequest,
  solver: LpSolver,
  progress: Progress = () => {},
): Promise<SuggestOutcome> {
  const started = Date.now();
  const elapsed = () => (Date.now() - started) / 1000;
  checkRequest(req);
  progress('Beregner referansebanen', 0.05);
  const base = basePlan(snapshot, req);
  progress('Beregner kostnad per bolig med beregningsmodellen', 0.1);
  const cols = buildColumns(snapshot, req, base);
  // Segments with demand, and those a sale's households would need (a sale can create demand
  // where there was none).
  const segs = SEGMENT_KEYS.filter(
    (k) =>
      segmentsWithDemand(base).includes(k) ||
      cols.some((c) => (c.demand[k] ?? 0) > 0 || (c.demandAt[k] ?? 0) > 0),
  );
  const requiredGroups = req.projects.flatMap((p, i) => (p.decided ? [`p_${i}`] : []));
  const specOf = (limits: SuggestLimits, over: Partial<ModelSpec> = {}): ModelSpec => ({
    mode: 'cost',
    coverage: req.target.coverage,
    scope: req.target.scope,
    segments: segs,
    objective: req.objective,
    limits,
    requiredGroups,
    ...over,
  });
  const noLimits: SuggestLimits = {
    maxNetInvestmentPerYear: null,
    maxPurchasesPerYear: null,
    maxFramleieShare: null,
    protectedUnitIds: req.limits.protectedUnitIds,
  };

  /** Solves, calculates the solution with the engine, and repairs rounding over the budget. */
  const solve = async (spec: ModelSpec): Promise<Solved | 'infeasible' | 'failed'> => {
    let budget =
      spec.budgetPerYear ?? base.netInvestment.map(() => spec.limits.maxNetInvestmentPerYear);
    for (let round = 0; ; round++) {
      const sol = await solver(buildLp(base, cols, { ...spec, budgetPerYear: budget }), {
        timeLimitSeconds: req.timeLimitSeconds,
      });
      if (sol.status === 'infeasible') return 'infeasible';
      if (
        sol.status === 'error' ||
        (sol.status === 'time_limit' && Object.keys(sol.values).length === 0)
      ) {
        return 'failed';
      }
      const picks = chosen(cols, sol);
      const scenario = scenarioOf(req, picks);
      const plan = runPlan(snapshot, scenario);
      const over =
        spec.limits.maxNetInvestmentPerYear === null
          ? []
          : plan.perYear
              .map((y, i) => ({ i, excess: y.netInvestment - (budget[i] ?? Infinity) }))
              .filter((p) => p.excess > 0);
      if (over.length === 0 || round >= MAX_REPAIRS) {
        return {
          scenario,
          plan,
          objective: objectiveOf(plan, base, req.objective),
          homes: homesAdded(picks),
        };
      }
      budget = budget.map((b, i) => {
        const o = over.find((p) => p.i === i);
        return o && b !== null ? b - o.excess - 1 : b;
      });
    }
  };

  const setLimits = (
    ['maxNetInvestmentPerYear', 'maxPurchasesPerYear', 'maxFramleieShare'] as const
  ).filter((k) => req.limits[k] !== null);
  const without = (k: LimitName): SuggestLimits => ({ ...req.limits, [k]: null });

  if (segs.length === 0) {
    const scenario = scenarioOf(req, []);
    const plan = runPlan(snapshot, scenario);
    return {
      status: 'ok',
      scenario,
      coverage: [],
      limitBreaches: limitBreaches(plan, scenario, req.limits, base.framleieStock),
      explanation: {
        binding: [],
        budgetTightYears: [],
        moreBudget: null,
        unlimitedObjective: null,
        objective: 0,
      },
      messages: [
        `Det er ingen behov å dekke til og med ${req.target.year}; forslaget har ingen nye tiltak.`,
      ],
      solveSeconds: elapsed(),
    };
  }

  progress('Løser modellen', 0.3);
  const main = await solve(specOf(req.limits));
  if (main === 'failed') {
    return {
      status: 'failed',
      messages: [
        `Fant ingen plan innen tidsgrensen på ${formatInteger(req.timeLimitSeconds)} sekunder.`,
      ],
      solveSeconds: elapsed(),
    };
  }

  if (main === 'infeasible') {
    progress('Finner grensen som gjør målet umulig', 0.6);
    const blocking: LimitName[] = [];
    for (const k of setLimits) {
      const r = await solve(specOf(without(k)));
      if (r !== 'infeasible' && r !== 'failed') blocking.push(k);
    }
    const allAllowed = !req.allowed.kjop || !req.allowed.framleie;
    const messages: string[] = [];
    progress('Finner beste oppnåelige dekning', 0.85);
    const best = await bestCoverage(req.limits);
    const coverageText = best.coverage === null ? '–' : formatPercent(best.coverage);
    if (blocking.length > 0) {
      const names = blocking.map((k) => LIMIT_LABEL[k]);
      messages.push(
        `Målet om ${formatPercent(req.target.coverage)} dekning innen ${req.target.year} kan ikke nås med ${names.join(' og ')}; ` +
          (blocking.length === 1
            ? 'uten denne grensen går det.'
            : 'uten én av disse grensene går det.'),
      );
    } else if (setLimits.length > 1) {
      messages.push(
        `Målet om ${formatPercent(req.target.coverage)} dekning innen ${req.target.year} kan ikke nås med grensene samlet (${setLimits
          .map((k) => LIMIT_LABEL[k])
          .join(', ')}); ingen av dem alene er årsaken.`,
      );
    } else {
      messages.push(
        `Målet om ${formatPercent(req.target.coverage)} dekning innen ${req.target.year} kan ikke nås med ${LIMIT_LABEL.allowedActions}${allAllowed ? '' : ' og prosjektene som er lagt inn'}.`,
      );
      blocking.push('allowedActions');
    }
    messages.push(`Beste oppnåelige dekning innen ${req.target.year} er ${coverageText}.`);
    const L = req.limits.maxNetInvestmentPerYear;
    let moreCoverage: number | null = null;
    if (L !== null) {
      progress('Prøver én million mer per år', 0.95);
      moreCoverage = (
        await bestCoverage({ ...req.limits, maxNetInvestmentPerYear: L + MORE_BUDGET })
      ).coverage;
      if (moreCoverage !== null) {
        messages.push(
          `Med én million kroner mer per år i investering er beste dekning ${formatPercent(moreCoverage)}.`,
        );
      }
    }
    return {
      status: 'infeasible',
      blocking,
      bestCoverage: best.coverage,
      bestScenario: best.scenario,
      moreBudgetCoverage: moreCoverage,
      messages,
      solveSeconds: elapsed(),
    };
  }

  // Why this plan. A limit with room for one more home in every year cannot be what stops a
  // cheaper plan; only limits used up in some year are relaxed and solved again.
  progress('Forklarer hvilke grenser som binder', 0.55);
  const L = req.limits.maxNetInvestmentPerYear;
  const margin = tightMargin(cols);
  const budgetTightYears =
    L === null
      ? []
      : main.plan.perYear
          .filter((y) => y.netInvestment > L - Math.max(margin, 1))
          .map((y) => y.year);
  const bought = boughtPerYear(main.scenario);
  const tight: Record<(typeof setLimits)[number], boolean> = {
    maxNetInvestmentPerYear: budgetTightYears.length > 0,
    maxPurchasesPerYear: bought.some((b) => b >= (req.limits.maxPurchasesPerYear ?? Infinity)),
    maxFramleieShare: main.plan.perYear.some((y) => {
      const share = req.limits.maxFramleieShare ?? 1;
      return share * y.stock.total - y.stock.byTenure.framleie < 1 + share;
    }),
  };
  const binding: LimitName[] = [];
  for (const k of setLimits) {
    if (!tight[k]) continue;
    const r = await solve(specOf(without(k)));
    if (typeof r === 'object' && r.objective < main.objective - 1000) binding.push(k);
  }
  let moreBudget: MoreBudget | null = null;
  if (L !== null) {
    progress('Prøver én million mer per år', 0.75);
    const r = tight.maxNetInvestmentPerYear
      ? await solve(specOf({ ...req.limits, maxNetInvestmentPerYear: L + MORE_BUDGET }))
      : main;
    moreBudget =
      typeof r === 'object'
        ? {
            objectiveSaved: main.objective - r.objective,
            bestCoverage: null,
            extraHomes: r.homes - main.homes,
          }
        : null;
  }
  progress('Beregner planen uten grenser', 0.85);
  const unlimited = setLimits.some((k) => tight[k]) ? await solve(specOf(noLimits)) : main;
  const unlimitedObjective = typeof unlimited === 'object' ? unlimited.objective : null;

  const coverage = coverageChecks(main.plan, req, segs);
  const breaches = limitBreaches(main.plan, main.scenario, req.limits, base.framleieStock);
  const messages = explain(
    req,
    main,
    coverage,
    breaches,
    binding,
    moreBudget,
    unlimitedObjective,
    budgetTightYears,
  );
  progress('Ferdig', 1);
  return {
    status: 'ok',
    scenario: main.scenario,
    coverage,
    limitBreaches: breaches,
    explanation: {
      binding,
      budgetTightYears,
      moreBudget,
      unlimitedObjective,
      objective: main.objective,
    },
    messages,
    solveSeconds: elapsed(),
  };

  async function bestCoverage(
    limits: SuggestLimits,
  ): Promise<{ coverage: number | null; scenario: Scenario | null }> {
    const sol = await solver(buildLp(base, cols, specOf(limits, { mode: 'coverage' })), {
      timeLimitSeconds: req.timeLimitSeconds,
    });
    if (sol.status === 'infeasible' || sol.status === 'error')
      return { coverage: null, scenario: null };
    // The cheapest plan reaching that coverage, calculated by the engine.
    const z = Math.floor((sol.values.z ?? 0) * 1e4) / 1e4;
    let scenario = scenarioOf(req, chosen(cols, sol));
    if (z > 0) {
      const r = await solve(specOf(limits, { coverage: z }));
      if (typeof r === 'object') scenario = r.scenario;
    }
    const plan = runPlan(snapshot, scenario);
    const checks = coverageChecks(plan, req, segs);
    const values = checks.map((c) => c.coverage).filter((c): c is number => c !== null);
    return { coverage: values.length > 0 ? Math.min(...values) : null, scenario };
  }
}

/** The least net investment of one more home bought: a year closer than this to the limit is full. */
function tightMargin(cols: Column[]): number {
  let m = Infinity;
  for (const c of cols) {
    if (c.kind === 'kjop') for (const v of c.netInvestment) if (v > 0) m = Math.min(m, v);
  }
  return m === Infinity ? 0 : m;
}

function explain(
  req: SuggestRequest,
  main: Solved,
  coverage: CoverageCheck[],
  breaches: LimitCheck[],
  binding: LimitName[],
  moreBudget: MoreBudget | null,
  unlimitedObjective: number | null,
  tightYears: number[],
): string[] {
  const out: string[] = [];
  const goal = req.objective === 'npv' ? 'nåverdi av netto utgift' : 'samlet netto investering';
  const added = main.scenario.actions.length - req.base.actions.length;
  out.push(
    `Forslaget har ${formatInteger(added)} ${added === 1 ? 'tiltak' : 'tiltak'} og ${formatInteger(main.homes)} boliger netto. ` +
      `Det minimerer ${goal}: ${moneyWords(main.objective).text} mot «Ingen tiltak» (tallene er fra beregningsmodellen).`,
  );
  const low = coverage
    .filter((c) => c.coverage !== null)
    .sort((a, b) => a.coverage! - b.coverage!)[0];
  if (low) {
    out.push(
      `Laveste dekning i og til og med ${req.target.year}: ${formatPercent(low.coverage!)}` +
        (low.segment ? ` (${segmentLabel(low.segment)})` : ' (alle segmenter)') +
        `; målet er ${formatPercent(req.target.coverage)}.`,
    );
  }
  if (binding.length > 0) {
    out.push(`Grensen som binder: ${binding.map((k) => LIMIT_LABEL[k]).join(', ')}.`);
  } else {
    out.push('Ingen av grensene binder: planen ville vært den samme uten dem.');
  }
  if (tightYears.length > 0) {
    out.push(`Investeringsgrensen er brukt opp i ${tightYears.join(', ')}.`);
  }
  if (moreBudget) {
    const saved = moreBudget.objectiveSaved ?? 0;
    out.push(
      `Én million kroner mer per år i investering gir ${saved > 1000 ? costChangeWords(-saved) : 'ingen lavere utgift'}` +
        (moreBudget.extraHomes !== 0
          ? ` og ${formatInteger(moreBudget.extraHomes)} boliger flere`
          : '') +
        '.',
    );
  }
  if (unlimitedObjective !== null) {
    const d = main.objective - unlimitedObjective;
    out.push(
      d > 1000
        ? `Grensene koster ${formatKr(d)} mot den billigste planen uten grenser.`
        : 'Grensene koster ingenting mot den billigste planen uten grenser.',
    );
  }
  for (const b of breaches) {
    out.push(
      `Etter avrunding bryter forslaget ${LIMIT_LABEL[b.limit]} i ${b.year}: ` +
        (b.limit === 'maxFramleieShare'
          ? `${formatPercent(b.value)} mot ${formatPercent(b.allowed)}.`
          : b.limit === 'maxPurchasesPerYear'
            ? `${formatInteger(b.value)} mot ${formatInteger(b.allowed)}.`
            : `${formatKr(b.value)} mot ${formatKr(b.allowed)}.`),
    );
  }
  return out;
}
