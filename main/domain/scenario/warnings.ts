// Warnings the engine computes after a plan is run (issue 12.3): what a plan does that the
// council should know about, each with a stable code, a Norwegian sentence with the figures,
// and the year, action, register homes and figures behind it (see Issue in validate.ts).
//
//   lease-end-coverage-drop   framleie leases end in a year (by an «avslutning» action or their
//                             lease end date) and coverage of needs falls by at least
//                             COVERAGE_DROP_POINTS percentage points from the year before (in
//                             the first year: from the same year without the endings).
//   sale-of-let-home          a sale (register homes, named or picked by segment) or a winding-up
//                             takes homes where households live (current tenancies); the count
//                             of homes and households, never who they are. Leie-til-eie is not
//                             flagged: the household living there is the buyer.
//   rent-below-cost-covering  a purchase or build whose planned rent is below the cost-covering
//                             rent (plan.projects, same price level: the year the homes arrive).
//   grant-missing             a purchase or build without a Husbanken grant (mode none).
//   loan-missing              a purchase or build with loan share 0: the cost after grant is
//                             paid from own funds in the investment budget.
//   coverage-below-target     coverage in the plan's last year is below assumptions.coverageTarget.
//   grant-capped              (validate.ts) a grant above the approved cost, capped.
//   no-loan-data              (engine/sale.ts) a sold owned home without loans or grants on record.
//
// Pure: reads the plan result, the scenario and the register snapshot. Every warning's `year`
// is the year it is about; `unitIds` are register homes (links), never households.
import { formatInteger, formatKr, formatPercent } from '../format';
import type { Action } from './actions';
import { resolveLoan } from './assumptions';
import { actionTitle } from './labels';
import { prepareRegister, type RegisterSnapshot } from './needs';
import type { PlanResult } from './plan';
import { SEGMENT_KEYS } from './segments';
import type { Issue } from './validate';

export const WARNING_CODES = [
  'lease-end-coverage-drop',
  'sale-of-let-home',
  'rent-below-cost-covering',
  'grant-missing',
  'loan-missing',
  'coverage-below-target',
  'grant-capped',
  'no-loan-data',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** Short Norwegian names of the codes (lists, the report, the export). */
export const WARNING_LABEL: Record<WarningCode, string> = {
  'lease-end-coverage-drop': 'Framleieavtaler avsluttes og dekningen faller',
  'sale-of-let-home': 'Salg av bolig der det bor noen',
  'rent-below-cost-covering': 'Husleie under kostnadsdekkende',
  'grant-missing': 'Uten tilskudd',
  'loan-missing': 'Uten lån',
  'coverage-below-target': 'Dekning under målet',
  'grant-capped': 'Tilskudd over kostnaden',
  'no-loan-data': 'Mangler lån og tilskudd i registeret',
};

/** A fall in coverage of at least this many percentage points is flagged. */
export const COVERAGE_DROP_POINTS = 5;

export function isWarningCode(code: unknown): code is WarningCode {
  return typeof code === 'string' && (WARNING_CODES as readonly string[]).includes(code);
}

/** «1 bolig», «3 boliger». */
function count(n: number, one: string, many: string): string {
  return `${formatInteger(n)} ${n === 1 ? one : many}`;
}

const pct = (fraction: number) => formatPercent(fraction, 0);
/** Two percentages with one decimal where whole per cent would print them alike. */
function pctPair(a: number, b: number): [string, string] {
  const d = Math.round(a * 100) === Math.round(b * 100) ? 1 : 0;
  return [formatPercent(a, d), formatPercent(b, d)];
}
/** Coverage as a fraction with four decimals (for JSON figures). */
const share = (fraction: number) => Math.round(fraction * 10_000) / 10_000;

/** The warnings for a computed plan (appended to plan.warnings by runPlan). */
export function planWarnings(
  plan: Omit<PlanResult, 'warnings'>,
  scenario: { actions: Action[] },
  snapshot: RegisterSnapshot,
): Issue[] {
  const out: Issue[] = [];
  const indexOf = new Map(scenario.actions.map((a, i) => [a.id, i]));
  const warn = (w: Omit<Issue, 'severity' | 'actionIndex' | 'field'>, field: string | null) =>
    out.push({
      severity: 'warning',
      actionIndex: w.actionId === null ? null : (indexOf.get(w.actionId) ?? null),
      field,
      ...w,
    });

  // --- Per action ------------------------------------------------------------------------
  // Current tenancies by home, from the register prepared for this plan (kept per snapshot).
  const { tenantsByUnit } = prepareRegister(snapshot, { startYear: plan.startYear, n: plan.years });
  const basisOf = new Map(plan.basis.actions.map((b) => [b.actionId, b]));
  const projectOf = new Map(plan.projects.map((p) => [p.actionId, p]));

  scenario.actions.forEach((a, i) => {
    const title = actionTitle(a, i);
    if (a.kind === 'salg' || a.kind === 'avvikling') {
      const basis = basisOf.get(a.id);
      if (!basis) return;
      const homes = a.kind === 'salg' ? basis.soldUnitIds : basis.unitIds;
      const let_ = homes.filter((id) => tenantsByUnit.has(id));
      if (let_.length === 0) return;
      const hh = new Set(let_.flatMap((id) => tenantsByUnit.get(id)!.map((t) => t.householdId)));
      const verb = a.kind === 'salg' ? 'selges' : 'avvikles';
      warn(
        {
          actionId: a.id,
          code: 'sale-of-let-home',
          message:
            `${title}: i ${a.year} ${verb} ${count(let_.length, 'bolig', 'boliger')} der det bor ` +
            `noen; ${count(hh.size, 'husstand', 'husstander')} må flytte og trenger et annet tilbud.`,
          year: a.year,
          unitIds: let_,
          figures: { year: a.year, homes: let_.length, households: hh.size },
        },
        'Bolig',
      );
      return;
    }
    if (a.kind !== 'kjop' && a.kind !== 'bygging') return;
    const year = a.kind === 'kjop' ? a.year : a.completionYear;
    const homes =
      a.kind === 'kjop' ? a.count : a.units.reduce((s, u) => s + (u.count > 0 ? u.count : 0), 0);
    const p = projectOf.get(a.id);
    const homesText = count(homes, 'bolig', 'boliger');
    if (p && p.plannedRentMonthly < p.costCoveringRentMonthly) {
      const diff = p.costCoveringRentMonthly - p.plannedRentMonthly;
      warn(
        {
          actionId: a.id,
          code: 'rent-below-cost-covering',
          message:
            `${title}: planlagt husleie ${formatKr(p.plannedRentMonthly)} per bolig per måned er ` +
            `${formatKr(diff)} lavere enn kostnadsdekkende husleie ` +
            `(${formatKr(p.costCoveringRentMonthly)} i ${year}, ${homesText}).`,
          year,
          unitIds: [],
          figures: {
            year,
            homes,
            plannedRentMonthly: p.plannedRentMonthly,
            costCoveringRentMonthly: p.costCoveringRentMonthly,
            differenceMonthly: diff,
          },
        },
        'Husleie',
      );
    }
    if (a.grant.mode === 'none') {
      warn(
        {
          actionId: a.id,
          code: 'grant-missing',
          message:
            `${title}: ingen tilskudd fra Husbanken er lagt inn for ${homesText} i ${year}; ` +
            'hele kostnaden dekkes av lån og egne midler.',
          year,
          unitIds: [],
          figures: { year, homes, cost: p?.cost ?? null },
        },
        'Tilskudd',
      );
    }
    if (resolveLoan(plan.assumptions, a.loan).share === 0) {
      const own = p ? Math.max(0, p.cost - p.grant) : null;
      warn(
        {
          actionId: a.id,
          code: 'loan-missing',
          message:
            `${title}: finansiert uten lån – ` +
            (own === null ? 'kostnaden' : `${formatKr(own)} etter tilskudd`) +
            ` for ${homesText} føres i sin helhet i investeringsbudsjettet og dekkes av egne midler.`,
          year,
          unitIds: [],
          figures: { year, homes, ownFunds: own },
        },
        'Lån',
      );
    }
  });

  // --- Coverage --------------------------------------------------------------------------
  // Framleie homes in the stock at the start and at each 31 December, and new leases per year:
  // the leases that end in a year are those the stock loses that year (vacant ones included).
  const startOf = `${plan.startYear}-01-01`;
  let framleieBefore = snapshot.units.filter(
    (u) => u.tenure === 'framleie' && (u.leaseEnd === null || u.leaseEnd >= startOf),
  ).length;
  const newLeases = (year: number) =>
    scenario.actions.reduce(
      (n, a) => (a.kind === 'framleie' && a.mode === 'lease' && a.year === year ? n + a.count : n),
      0,
    );
  for (let i = 0; i < plan.perYear.length; i++) {
    const cur = plan.perYear[i]!.needs;
    const framleieAfter = plan.perYear[i]!.stock.byTenure.framleie;
    const leasesEnded = Math.max(0, framleieBefore + newLeases(cur.year) - framleieAfter);
    framleieBefore = framleieAfter;
    // Ending leases make their households demand («Må flytte: framleie slutter»): count them,
    // and the homes behind that demand (register homes by id; scenario homes by number).
    let leases = 0;
    let households = 0;
    const unitIds = new Set<number>();
    const actionIds = new Set<string>();
    for (const k of SEGMENT_KEYS) {
      const f = cur.segments[k].demand.leaseEnding;
      const homes = new Set(f.sources.unitIds);
      leases += homes.size > 0 ? homes.size : f.value;
      households += f.value;
      homes.forEach((id) => unitIds.add(id));
      f.sources.actionIds.forEach((id) => actionIds.add(id));
    }
    leases = Math.max(Math.round(leases), Math.round(leasesEnded));
    households = Math.round(households);
    const after = cur.total.coverage;
    if (leases <= 0 || after === null) continue;
    // Against the year before; in the first year, against the same year without the endings.
    const prev = i > 0 ? plan.perYear[i - 1]!.needs : null;
    const demandWithout = cur.total.demand - households;
    const before = prev
      ? prev.total.coverage
      : demandWithout > 0
        ? Math.max(0, cur.total.supply) / demandWithout
        : null;
    if (before === null) continue;
    const points = (before - after) * 100;
    // A tolerance for float noise: 5.0 points counts.
    if (points < COVERAGE_DROP_POINTS - 1e-9) continue;
    const actionId = actionIds.size === 1 ? [...actionIds][0]! : null;
    const moving =
      households > 0 ? ` (${count(households, 'husstand', 'husstander')} må flytte)` : '';
    const ending = `I ${cur.year} avsluttes ${count(leases, 'framleieavtale', 'framleieavtaler')}${moving}`;
    warn(
      {
        actionId,
        code: 'lease-end-coverage-drop',
        message: prev
          ? `${ending}, og dekningen faller fra ${pct(before)} i ${prev.year} til ${pct(after)}.`
          : `${ending}, og dekningen blir ${pct(after)} i stedet for ${pct(before)}.`,
        year: cur.year,
        unitIds: [...unitIds],
        figures: {
          year: cur.year,
          // The year compared with; null in the first year (compared with no endings).
          previousYear: prev ? prev.year : null,
          leases,
          households,
          coverageBefore: share(before),
          coverageAfter: share(after),
          points: Math.round(points * 10) / 10,
          thresholdPoints: COVERAGE_DROP_POINTS,
        },
      },
      null,
    );
  }

  const last = plan.perYear[plan.perYear.length - 1];
  const target = plan.assumptions.coverageTarget;
  const cov = last?.needs.total.coverage ?? null;
  if (last && cov !== null && Number.isFinite(target) && cov < target) {
    const t = last.needs.total;
    // Homes (supply) the last year needs to reach the target; whole homes, rounded up.
    const missing = Math.max(1, Math.ceil(target * t.demand - Math.max(0, t.supply) - 1e-9));
    const [covText, targetText] = pctPair(cov, target);
    warn(
      {
        actionId: null,
        code: 'coverage-below-target',
        message:
          `I ${last.year}, planens siste år, dekkes ${covText} av behovet – under målet på ` +
          `${targetText}. Det trengs ${count(missing, 'bolig', 'boliger')} til det året ` +
          'for å nå målet.',
        year: last.year,
        unitIds: [],
        figures: {
          year: last.year,
          coverage: share(cov),
          target,
          demand: Math.round(t.demand * 10) / 10,
          supply: Math.round(t.supply * 10) / 10,
          homesMissing: missing,
        },
      },
      null,
    );
  }
  return out;
}

/**
 * A stable key for a warning, for the planner's «sett» mark: code, action and year (and the
 * homes for a warning per home). A warning without a code is keyed by its message.
 */
export function warningKey(
  w: Pick<Issue, 'code' | 'actionId' | 'year' | 'unitIds' | 'message'>,
): string {
  if (!w.code) return `merknad|${w.actionId ?? ''}|${w.message}`.slice(0, 400);
  const homes = w.code === 'no-loan-data' ? (w.unitIds ?? []).join('.') : '';
  return [w.code, w.actionId ?? '', w.year ?? '', homes].join('|').slice(0, 400);
}
