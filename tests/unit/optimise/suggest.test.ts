// «Foreslå plan»: the solver's plan against enumeration, the engine's check of the suggestion,
// and infeasible targets naming the limit.
import { describe, expect, it } from 'vitest';
import {
  coverageChecks,
  defaultRequest,
  suggestPlan,
  type SuggestRequest,
} from '../../../main/domain/optimise';
import { buildLp } from '../../../main/domain/optimise/model';
import { basePlan, buildColumns, segmentsWithDemand } from '../../../main/domain/optimise/columns';
import { runPlan, SEGMENT_KEYS, type Action, type Scenario } from '../../../main/domain/scenario';
import { highsSolver } from '../../../main/services/optimise/highs';
import { need, scenario, snapshot } from '../scenario/fixtures';

// Three applicants for two-bedroom homes: two in 2027, one in 2028. No homes in the register,
// so the supply is what the plan adds.
const SNAP = snapshot({
  needs: [
    need(1, { expectedYear: 2027 }),
    need(2, { expectedYear: 2027 }),
    need(3, { expectedYear: 2028 }),
  ],
});
const BASE = scenario([], { years: 2 });

function request(over: Partial<SuggestRequest> = {}): SuggestRequest {
  const r = defaultRequest(SNAP, BASE);
  return {
    ...r,
    target: { coverage: 1, year: 2028, scope: 'segment' },
    allowed: { kjop: true, bygging: false, framleie: true, salg: false },
    timeLimitSeconds: 10,
    ...over,
  };
}

const purchase = (id: string, year: number, count: number, req: SuggestRequest): Action => ({
  id,
  kind: 'kjop',
  year,
  segment: '2|-|-',
  count,
  pricePerHome: req.purchase['2'].pricePerHome,
  areaM2PerHome: req.purchase['2'].areaM2PerHome,
  rentMonthlyPerHome: req.purchase['2'].rentMonthlyPerHome,
  grant: { mode: 'rate' },
  ...(req.loanShare !== undefined ? { loan: { share: req.loanShare } } : {}),
});

const lease = (id: string, year: number, count: number, req: SuggestRequest): Action => ({
  id,
  kind: 'framleie',
  mode: 'lease',
  year,
  segment: '2|-|-',
  count,
  termYears: req.framleie.termYears,
  ownerRentMonthly: req.framleie['2'].ownerRentMonthly,
  rentMonthly: req.framleie['2'].rentMonthly,
});

/** Every mix of 0–3 homes bought or leased in 2027 and 2028, calculated by the engine. */
function enumerate(req: SuggestRequest) {
  const base = runPlan(SNAP, req.base);
  let best: { npv: number; scenario: Scenario } | null = null;
  const all: { npv: number; scenario: Scenario }[] = [];
  const kinds = [
    req.allowed.kjop ? [0, 1, 2, 3] : [0],
    req.allowed.kjop ? [0, 1, 2, 3] : [0],
    req.allowed.framleie ? [0, 1, 2, 3] : [0],
    req.allowed.framleie ? [0, 1, 2, 3] : [0],
  ];
  for (const k27 of kinds[0]!)
    for (const k28 of kinds[1]!)
      for (const f27 of kinds[2]!)
        for (const f28 of kinds[3]!) {
          const actions: Action[] = [];
          if (k27) actions.push(purchase('k27', 2027, k27, req));
          if (k28) actions.push(purchase('k28', 2028, k28, req));
          if (f27) actions.push(lease('f27', 2027, f27, req));
          if (f28) actions.push(lease('f28', 2028, f28, req));
          const s: Scenario = { ...req.base, actions };
          const plan = runPlan(SNAP, s);
          const cov = coverageChecks(plan, req, ['2|-|-'])[0]!.coverage!;
          if (cov < req.target.coverage - 1e-9) continue;
          const L = req.limits.maxNetInvestmentPerYear;
          if (L !== null && plan.perYear.some((y) => y.netInvestment > L)) continue;
          const M = req.limits.maxPurchasesPerYear;
          if (M !== null && (k27 > M || k28 > M)) continue;
          const share = req.limits.maxFramleieShare;
          if (
            share !== null &&
            plan.perYear.some((y) => y.stock.byTenure.framleie > share * y.stock.total + 1e-9)
          ) {
            continue;
          }
          const npv = plan.npv - base.npv;
          all.push({ npv, scenario: s });
          if (!best || npv < best.npv) best = { npv, scenario: s };
        }
  return { best, all };
}

describe('Foreslå plan: the model', () => {
  it('takes its per-home figures from the engine and writes an LP HiGHS reads', async () => {
    const req = request();
    const base = basePlan(SNAP, req);
    // Demand through 2028: 2 + 1 = 3 two-bedroom homes; supply 0.
    expect(base.demand['2|-|-']).toBe(3);
    expect(segmentsWithDemand(base)).toEqual(['2|-|-']);
    const cols = buildColumns(SNAP, req, base);
    // kjøp and framleie in 2027 and 2028.
    expect(cols.map((c) => c.name).sort()).toEqual(['f_0_4', 'f_1_4', 'k_0_4', 'k_1_4']);
    // The column's NPV is the engine's NPV of a one-home purchase.
    const one = runPlan(SNAP, { ...req.base, actions: [purchase('x', 2027, 1, req)] });
    expect(cols.find((c) => c.name === 'k_0_4')!.npv).toBe(one.byAction[1]!.npv);
    const lp = buildLp(base, cols, {
      mode: 'cost',
      coverage: 1,
      scope: 'segment',
      segments: ['2|-|-'],
      objective: 'npv',
      limits: req.limits,
      requiredGroups: [],
    });
    // Every column adds one home through 2028; three are needed.
    const cov = lp.split('\n').find((l) => l.startsWith(' cov_0:'))!;
    for (const c of cols) expect(cov).toContain(`+ 1 x_${c.name}`);
    expect(cov.endsWith('>= 3')).toBe(true);
    const sol = await highsSolver(lp, { timeLimitSeconds: 5 });
    expect(sol.status).toBe('optimal');
  });
});

describe('Foreslå plan: against enumeration', () => {
  it('finds the cheapest plan an enumeration of every mix finds, and no hand-built plan is cheaper', async () => {
    const req = request();
    const out = await suggestPlan(SNAP, req, highsSolver);
    expect(out.status).toBe('ok');
    if (out.status !== 'ok') return;
    const { best, all } = enumerate(req);
    expect(best).not.toBeNull();
    // Same cost as the enumerated optimum (per-line rounding: within a few kroner).
    expect(Math.abs(out.explanation.objective - best!.npv)).toBeLessThanOrEqual(10);
    for (const s of all) expect(out.explanation.objective).toBeLessThanOrEqual(s.npv + 10);
    // The engine's check: 100 % of the 3 homes needed through 2028.
    expect(out.coverage[0]!.coverage).toBeGreaterThanOrEqual(1);
    // … both through 2028 and in 2028 itself, as the engine's «Dekningsgrad» of that year.
    const engine = runPlan(SNAP, out.scenario);
    const y2028 = engine.needs.perYear.find((y) => y.year === 2028)!.segments['2|-|-'];
    expect(y2028.coverage === null || y2028.coverage >= 1).toBe(true);
    expect(out.coverage[0]!.coverageInYear).toBe(y2028.coverage);
    expect(out.limitBreaches).toEqual([]);
    expect(out.scenario.name).toBe('Forslag 1');
  });

  it('keeps the investment limit on the engine’s netInvestment and names it when it binds', async () => {
    // Half the price after the grant is own funds. Net investment of one home in 2027:
    // 3 400 000 − grant (8 500 × 55 = 467 500) − loan 0,5 × 2 932 500 = 1 466 250 kr, so two
    // homes (2 932 500 kr) fit under 3 000 000 kr a year, three do not.
    const req = request({
      loanShare: 0.5,
      allowed: { kjop: true, bygging: false, framleie: false, salg: false },
      limits: {
        maxNetInvestmentPerYear: 3_000_000,
        maxPurchasesPerYear: null,
        maxFramleieShare: null,
        protectedUnitIds: [],
      },
    });
    const out = await suggestPlan(SNAP, req, highsSolver);
    expect(out.status).toBe('ok');
    if (out.status !== 'ok') return;
    const plan = runPlan(SNAP, out.scenario);
    for (const y of plan.perYear) expect(y.netInvestment).toBeLessThanOrEqual(3_000_000);
    expect(coverageChecks(plan, req, ['2|-|-'])[0]!.coverage).toBeGreaterThanOrEqual(1);
    const { best } = enumerate(req);
    expect(Math.abs(out.explanation.objective - best!.npv)).toBeLessThanOrEqual(10);
    // Without the limit all three would be bought in 2028 (a year less of costs): it binds,
    // and the plan without limits is cheaper.
    expect(out.explanation.binding).toEqual(['maxNetInvestmentPerYear']);
    expect(out.explanation.unlimitedObjective!).toBeLessThan(out.explanation.objective);
    // One more million (4 000 000 kr) still buys two homes a year (3 × 1 466 250 = 4 398 750 kr
    // would be needed for three in 2028): it saves nothing.
    expect(out.explanation.moreBudget!.objectiveSaved).toBe(0);
    expect(out.messages.join(' ')).toContain('Grensen som binder: maks netto investering per år');
  });

  it('names the limit that makes the target impossible and shows the best reachable coverage', async () => {
    // One home a year at most (1 466 250 kr < 2 000 000 kr < 2 932 500 kr): 2 of 3 homes.
    const req = request({
      loanShare: 0.5,
      allowed: { kjop: true, bygging: false, framleie: false, salg: false },
      limits: {
        maxNetInvestmentPerYear: 2_000_000,
        maxPurchasesPerYear: null,
        maxFramleieShare: null,
        protectedUnitIds: [],
      },
    });
    expect(enumerate(req).best).toBeNull();
    const out = await suggestPlan(SNAP, req, highsSolver);
    expect(out.status).toBe('infeasible');
    if (out.status !== 'infeasible') return;
    expect(out.blocking).toEqual(['maxNetInvestmentPerYear']);
    // The engine on the best plan: 2 homes of 3 needed = 66,7 %.
    expect(out.bestCoverage).toBeCloseTo(2 / 3, 6);
    expect(out.messages[0]).toContain('maks netto investering per år');
    expect(out.messages[1]).toBe('Beste oppnåelige dekning innen 2028 er 66,7 %.');
    // 3 000 000 kr a year buys two homes a year: four homes for three needs (133,3 %).
    expect(out.moreBudgetCoverage).toBeCloseTo(4 / 3, 6);
    expect(out.messages[2]).toBe(
      'Med én million kroner mer per år i investering er beste dekning 133,3 %.',
    );
  });

  it('names the purchase limit when kjøp per year is what stops it', async () => {
    const req = request({
      allowed: { kjop: true, bygging: false, framleie: false, salg: false },
      limits: {
        maxNetInvestmentPerYear: null,
        maxPurchasesPerYear: 1,
        maxFramleieShare: null,
        protectedUnitIds: [],
      },
    });
    const out = await suggestPlan(SNAP, req, highsSolver);
    expect(out.status).toBe('infeasible');
    if (out.status !== 'infeasible') return;
    expect(out.blocking).toEqual(['maxPurchasesPerYear']);
    expect(out.bestCoverage).toBeCloseTo(2 / 3, 6);
  });
});

describe('Foreslå plan: command line', () => {
  it('writes a scenario file (exit 0), refuses an impossible target (exit 1) and bad usage (exit 2)', async () => {
    const { run } = await import('../../../main/cli/index');
    const { tempDir } = await import('../helpers');
    const { join } = await import('node:path');
    const { readFileSync, existsSync } = await import('node:fs');
    const { parseScenarioFile } = await import('../../../main/scenarioFile/format');
    const t = tempDir();
    try {
      const cli = async (args: string[]) => {
        let stdout = '';
        let stderr = '';
        const code = await run(args, {
          stdout: (s) => (stdout += s),
          stderr: (s) => (stderr += s),
        });
        return { code, stdout, stderr };
      };
      const db = join(t.dir, 'r.sqlite');
      expect((await cli(['init', '--db', db, '--sample'])).code).toBe(0);
      const out = join(t.dir, 'forslag.json');
      const ok = await cli([
        'suggest',
        '--db',
        db,
        '--target-coverage',
        '0.95',
        '--by',
        '2029',
        '--out',
        out,
      ]);
      expect(ok.code).toBe(0);
      const file = parseScenarioFile(readFileSync(out, 'utf8'));
      expect(file.scenario.name).toBe('Forslag 1');
      expect(file.scenario.actions.length).toBeGreaterThan(0);
      // No framleie, no own funds a year, half the purchase price own funds: impossible.
      const out2 = join(t.dir, 'umulig.json');
      const no = await cli([
        'suggest',
        '--db',
        db,
        '--target-coverage',
        '0.95',
        '--by',
        '2029',
        '--max-investment-per-year',
        '0',
        '--loan-share',
        '0.5',
        '--max-framleie-share',
        '0',
        '--out',
        out2,
      ]);
      expect(no.code).toBe(1);
      expect(no.stderr).toContain('kan ikke nås');
      expect(no.stderr).toContain('maks netto investering per år');
      expect(existsSync(out2)).toBe(false);
      const bad = await cli(['suggest', '--db', db, '--target-coverage', '0.95', '--out', out]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('Mangler --by.');
    } finally {
      t.cleanup();
    }
  }, 120_000);
});

describe('Foreslå plan: framleie share', () => {
  it('keeps framleie at most the share of the stock each year, as the enumeration does', async () => {
    const req = request({
      limits: {
        maxNetInvestmentPerYear: null,
        maxPurchasesPerYear: null,
        maxFramleieShare: 0.5,
        protectedUnitIds: [],
      },
    });
    const out = await suggestPlan(SNAP, req, highsSolver);
    expect(out.status).toBe('ok');
    if (out.status !== 'ok') return;
    const plan = runPlan(SNAP, out.scenario);
    for (const y of plan.perYear) {
      expect(y.stock.byTenure.framleie).toBeLessThanOrEqual(0.5 * y.stock.total);
    }
    const { best } = enumerate(req);
    expect(Math.abs(out.explanation.objective - best!.npv)).toBeLessThanOrEqual(10);
    expect(out.limitBreaches).toEqual([]);
  });
});

describe('Foreslå plan: sale candidates', () => {
  it('reads each sale from a run that sells one home per segment, as exactly as selling it alone', async () => {
    const { unit, tenancy, household } = await import('../scenario/fixtures');
    // Four owned homes with a large backlog (worth less than nothing), two per segment, let to
    // tenants whose contracts end within the plan (so a sale also loses expected turnover).
    const units = [
      unit(1, { bedrooms: 2, maintenanceBacklog: 5_000_000 }),
      unit(2, { bedrooms: 2, maintenanceBacklog: 4_000_000 }),
      unit(3, { bedrooms: 3, maintenanceBacklog: 5_000_000, status: 'ledig' }),
      unit(4, { bedrooms: 3, maintenanceBacklog: 4_500_000 }),
    ];
    const snap = snapshot({
      units,
      households: [household(1), household(2), household(4)],
      tenancies: [
        tenancy(1, 1, 1, { end: '2027-06-30' }),
        tenancy(2, 2, 2, { end: '2028-03-31' }),
        tenancy(4, 4, 4, { end: '2027-12-31' }),
      ],
      needs: [need(1, { expectedYear: 2027 }), need(2, { bedrooms: 3, expectedYear: 2028 })],
    });
    const req: SuggestRequest = {
      ...defaultRequest(snap, BASE),
      target: { coverage: 0.5, year: 2028, scope: 'segment' },
      allowed: { kjop: false, bygging: false, framleie: false, salg: true },
    };
    const base = basePlan(snap, req);
    const cols = buildColumns(snap, req, base).filter((c) => c.kind === 'salg');
    expect(cols).toHaveLength(4 * 2);
    for (const c of cols) {
      const alone = runPlan(snap, { ...req.base, actions: [c.action] });
      const line = alone.byAction.find((b) => b.actionId === c.action.id)!;
      expect(c.npv).toBe(line.npv);
      expect(c.netInvestment).toEqual(line.perYear.map((y) => y.netInvestment));
      const cum = (await import('../../../main/domain/optimise/columns')).cumulative(alone, 1);
      // Every segment: the sold home's own, and those its households need when they must move.
      for (const s of SEGMENT_KEYS) {
        expect(c.supply[s] ?? 0).toBeCloseTo(cum.supply[s] - base.supply[s], 9);
        expect(c.demand[s] ?? 0).toBeCloseTo(cum.demand[s] - base.demand[s], 9);
      }
    }
  });
});

describe('Foreslå plan: building projects', () => {
  const project = {
    project: 'Nybygg Sentrum',
    units: [{ segment: '2|-|-' as const, count: 3, areaM2PerHome: 55, rentMonthlyPerHome: 11_000 }],
    totalCost: 12_000_000,
    buildYears: 1,
  };

  it('builds a project in the cheapest year an enumeration of its years finds', async () => {
    const req = request({
      allowed: { kjop: false, bygging: true, framleie: false, salg: false },
      projects: [project],
    });
    const out = await suggestPlan(SNAP, req, highsSolver);
    expect(out.status).toBe('ok');
    if (out.status !== 'ok') return;
    const base = runPlan(SNAP, req.base);
    // Completion in 2027 or 2028 (one construction year): both give the 3 homes by 2028.
    const costs = [2027, 2028].map((y) => {
      const s: Scenario = {
        ...req.base,
        actions: [
          {
            id: 'b',
            kind: 'bygging',
            ...project,
            startYear: y,
            completionYear: y,
            grant: { mode: 'rate' },
          },
        ],
      };
      return runPlan(SNAP, s).npv - base.npv;
    });
    expect(out.explanation.objective).toBe(Math.min(...costs));
    const built = out.scenario.actions.filter((a) => a.kind === 'bygging');
    expect(built).toHaveLength(1);
  });

  it('keeps a decided project even when the target is met without it', async () => {
    const req = request({
      allowed: { kjop: true, bygging: false, framleie: true, salg: false },
      target: { coverage: 0.3, year: 2028, scope: 'segment' },
      projects: [{ ...project, decided: true, completionYear: 2028 }],
    });
    const out = await suggestPlan(SNAP, req, highsSolver);
    expect(out.status).toBe('ok');
    if (out.status !== 'ok') return;
    const built = out.scenario.actions.filter((a) => a.kind === 'bygging');
    expect(built).toHaveLength(1);
    expect(built[0]).toMatchObject({ project: 'Nybygg Sentrum', completionYear: 2028 });
  });
});
