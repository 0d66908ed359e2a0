// The printable plan (issue 12.4): one model for the app's report page and the CLI's HTML file.
// Pure: built from plans that runPlan computed, their differences against «Ingen tiltak», the
// register's settings and a date. No household reference, name or national id is read into it:
// free text (scenario names, notes, warnings) passes through `redact`, and actions are described
// by counts, never by the homes they name (a leie-til-eie home would identify its buyer).
import { counted } from '../domain/count';
import { formatDate, formatKr, formatPercent } from '../domain/format';
import { bedroomRuleSummary, crowdingRuleSummary } from '../domain/labels';
import {
  PROM_SHARE_OF_BRA,
  SSB_CROWDING_RULE,
  type BedroomRule,
  type CrowdingRule,
} from '../domain/rules';
import {
  ACTION_KIND_LABEL,
  actionTitle,
  ASSUMPTION_FIELDS,
  DEFAULT_LOAN_FIELDS,
  GRANT_RATES,
  INVESTMENT_FINANCING,
  INVESTMENT_LINE_LABEL,
  INVESTMENT_LINES,
  KOSTRA_FUNCTION,
  LOAN_TYPE_LABEL,
  npvConvention,
  OPERATING_LINE_LABEL,
  OPERATING_LINES,
  segmentLabel,
  type Action,
  type BudgetLine,
  type PlanDifference,
  type PlanResult,
  type Scenario,
} from '../domain/scenario';
import { COST_SIGN_CONVENTION, moneyWords, NET_COST, NET_INVESTMENT } from '../domain/wording';

/** «Utgift», «Inntekt» or «Finansiering», as the Excel export's column «Art». */
export type AccountType = 'Utgift' | 'Inntekt' | 'Finansiering';

export interface BudgetRow {
  /** The budget line, or null for the net row. */
  line: BudgetLine | null;
  label: string;
  /** Null for the net row (it is not an account). */
  account: AccountType | null;
  /** Kroner per plan year (lines: positive in their natural direction; net: + = cost). */
  values: number[];
  total: number;
}

/** The investment or operating budget of a plan, per year: lines and the net row last. */
export interface BudgetTable {
  /** «Investering» or «Drift» (the account type of every line). */
  accountKind: 'Investering' | 'Drift';
  kostraFunction: number;
  years: number[];
  rows: BudgetRow[];
}

export interface CoverageRow {
  year: number;
  /** Households in need (expected values). */
  demand: number;
  /** Homes available for them (expected values, never below 0 in the chart). */
  supply: number;
  /** supply − demand: negative = shortfall. */
  gap: number;
  /** max(0, supply) / demand; null when there is no demand. */
  coverage: number | null;
}

export interface ReportAction {
  no: number;
  title: string;
  years: string;
  description: string;
  note: string | null;
}

export interface ReportWarning {
  message: string;
  code: string | null;
  year: number | null;
}

/** What the plan does, in counts (the Sammendrag). */
export interface PlanCounts {
  bought: number;
  built: number;
  /** Sold on the market or to the tenant (leie-til-eie), and wound up. */
  sold: number;
  soldToTenant: number;
  decommissioned: number;
  leased: number;
  leasesEnded: number;
  leasesRenewed: number;
}

export interface ReportScenario {
  name: string;
  isBaseline: boolean;
  startYear: number;
  years: number;
  /** «2027–2030». */
  period: string;
  counts: PlanCounts;
  /** Five lines: homes; coverage at the end; investment; yearly net cost; NPV. */
  summary: string[];
  coverageEnd: number | null;
  totalNetInvestment: number;
  totalNetOperating: number;
  totalNetCost: number;
  averageNetCost: number;
  npv: number;
  npvConvention: string;
  actions: ReportAction[];
  coverage: CoverageRow[];
  investment: BudgetTable;
  operating: BudgetTable;
  /** Against «Ingen tiltak» with the same horizon and assumptions; null for the baseline. */
  difference: PlanDifference | null;
  warnings: ReportWarning[];
}

export interface AssumptionRow {
  label: string;
  unit: string;
  description: string;
  /** One text per scenario, formatted. */
  values: string[];
}

export interface ReportModel {
  /** «Boligplan 2027–2030». */
  title: string;
  municipality: string;
  isSample: boolean;
  /** ISO date of the report. */
  date: string;
  /** «02.12.2026». */
  dateText: string;
  scenarios: ReportScenario[];
  assumptions: AssumptionRow[];
  /** The rules and conventions behind the figures: label and text. */
  rules: { label: string; text: string }[];
  signConvention: string;
}

export interface ReportInputs {
  municipality: string;
  isSample: boolean;
  crowdingRule?: CrowdingRule;
  bedroomRule?: BedroomRule;
  scenarios: Scenario[];
  /** runPlan(snapshot, scenarios[k]). */
  plans: PlanResult[];
  /** planDifference(plans[k], runPlan(snapshot, baselineScenario(scenarios[k]))), null for the baseline. */
  differences: (PlanDifference | null)[];
  /** ISO date. */
  date: string;
  /** Removes household and need references from free text. */
  redact?: (text: string) => string;
}

const accountOf = (line: BudgetLine): AccountType =>
  line === 'newLoans'
    ? 'Finansiering'
    : line === 'rentIncome' || (INVESTMENT_FINANCING as readonly string[]).includes(line)
      ? 'Inntekt'
      : 'Utgift';

function periodOf(startYear: number, years: number): string {
  return years === 1 ? String(startYear) : `${startYear}–${startYear + years - 1}`;
}

/** The bedroom rule in words (main/domain/rules.ts). */

function countPlan(s: Scenario, plan: PlanResult): PlanCounts {
  const c: PlanCounts = {
    bought: 0,
    built: 0,
    sold: 0,
    soldToTenant: 0,
    decommissioned: 0,
    leased: 0,
    leasesEnded: 0,
    leasesRenewed: 0,
  };
  const soldOf = (id: string) =>
    plan.basis.actions.find((b) => b.actionId === id)?.soldUnitIds.length ?? 0;
  for (const a of s.actions) {
    switch (a.kind) {
      case 'kjop':
        c.bought += a.count;
        break;
      case 'bygging':
        c.built += a.units.reduce((sum, u) => sum + u.count, 0);
        break;
      case 'salg':
        c.sold += a.target.mode === 'action' ? a.target.count : soldOf(a.id);
        break;
      case 'leie_til_eie': {
        const n = soldOf(a.id);
        c.sold += n;
        c.soldToTenant += n;
        break;
      }
      case 'avvikling':
        c.decommissioned += a.unitIds.length;
        break;
      case 'framleie':
        if (a.mode === 'lease') c.leased += a.count;
        else if (a.mode === 'end') c.leasesEnded += a.unitIds.length;
        else c.leasesRenewed += a.unitIds.length;
        break;
      case 'rehabilitering':
        break;
    }
  }
  return c;
}

const homes = (n: number) => counted(n, 'bolig', 'boliger');

/** What an action does, by counts and its own figures; never the homes it names. */
function describe(a: Action, s: Scenario, plan: PlanResult): string {
  const sold = plan.basis.actions.find((b) => b.actionId === a.id)?.soldUnitIds.length ?? 0;
  switch (a.kind) {
    case 'kjop':
      return `Kjøp av ${homes(a.count)} (${segmentLabel(a.segment)}), ${formatKr(a.pricePerHome)} per bolig`;
    case 'bygging': {
      const n = a.units.reduce((sum, u) => sum + u.count, 0);
      return `Bygging av ${homes(n)}, ferdig ${a.completionYear}, kostnad ${formatKr(a.totalCost)}`;
    }
    case 'salg': {
      if (a.target.mode === 'action') {
        const i = s.actions.findIndex((x) => x.id === (a.target as { actionId: string }).actionId);
        return `Salg av ${homes(a.target.count)} fra tiltak ${i + 1}, ${formatKr(a.pricePerHome)} per bolig`;
      }
      const seg = a.target.mode === 'segment' ? ` (${segmentLabel(a.target.segment)})` : '';
      return `Salg av ${homes(sold)} fra boligmassen${seg}, ${formatKr(a.pricePerHome)} per bolig`;
    }
    case 'leie_til_eie':
      return `Salg til leietaker (leie-til-eie), ${homes(sold)}`;
    case 'framleie':
      if (a.mode === 'lease')
        return `Framleie av ${homes(a.count)} (${segmentLabel(a.segment)}) i ${a.termYears} år`;
      if (a.mode === 'end') return `Avslutter framleie av ${homes(a.unitIds.length)}`;
      return `Forlenger framleie av ${homes(a.unitIds.length)} til og med ${a.untilYear}`;
    case 'rehabilitering':
      return `Rehabilitering av ${homes(a.unitIds.length)}, ${formatKr(a.cost)}, til TG${a.newCondition}`;
    case 'avvikling':
      return `Avvikling av ${homes(a.unitIds.length)}`;
  }
}

function yearsOf(a: Action): string {
  switch (a.kind) {
    case 'bygging':
      return periodOf(a.startYear, a.completionYear - a.startYear + 1);
    case 'rehabilitering':
      return periodOf(a.fromYear, a.toYear - a.fromYear + 1);
    case 'framleie':
      return a.mode === 'renew' ? `til ${a.untilYear}` : String(a.year);
    default:
      return String(a.year);
  }
}

function budgetTable(plan: PlanResult, kind: 'inv' | 'op'): BudgetTable {
  const lines = kind === 'inv' ? INVESTMENT_LINES : OPERATING_LINES;
  const rows: BudgetRow[] = [];
  for (const line of lines) {
    const values = plan.perYear.map((y) =>
      kind === 'inv'
        ? y.investment[line as keyof typeof y.investment]
        : y.operating[line as keyof typeof y.operating],
    );
    // Lines that are zero every year are left out (the net row still adds up).
    if (values.every((v) => v === 0)) continue;
    rows.push({
      line,
      label:
        kind === 'inv'
          ? INVESTMENT_LINE_LABEL[line as keyof typeof INVESTMENT_LINE_LABEL]
          : OPERATING_LINE_LABEL[line as keyof typeof OPERATING_LINE_LABEL],
      account: accountOf(line),
      values,
      total: values.reduce((s, v) => s + v, 0),
    });
  }
  const net = plan.perYear.map((y) => (kind === 'inv' ? y.netInvestment : y.netOperatingCost));
  rows.push({
    line: null,
    label: kind === 'inv' ? 'Netto investering (egenfinansiering)' : 'Netto driftsutgift',
    account: null,
    values: net,
    total: kind === 'inv' ? plan.total.netInvestment : plan.total.netOperatingCost,
  });
  return {
    accountKind: kind === 'inv' ? 'Investering' : 'Drift',
    kostraFunction: KOSTRA_FUNCTION,
    years: plan.perYear.map((y) => y.year),
    rows,
  };
}

function summaryLines(
  counts: PlanCounts,
  plan: PlanResult,
  coverageEnd: number | null,
  averageNetCost: number,
  convention: string,
): string[] {
  const what: string[] = [];
  if (counts.bought) what.push(`kjøper ${homes(counts.bought)}`);
  if (counts.built) what.push(`bygger ${homes(counts.built)}`);
  if (counts.sold)
    what.push(
      `selger ${homes(counts.sold)}${counts.soldToTenant ? ` (${counts.soldToTenant} til leietaker)` : ''}`,
    );
  if (counts.decommissioned) what.push(`avvikler ${homes(counts.decommissioned)}`);
  if (counts.leased) what.push(`leier inn ${homes(counts.leased)} (framleie)`);
  if (counts.leasesEnded) what.push(`avslutter framleie av ${homes(counts.leasesEnded)}`);
  if (counts.leasesRenewed) what.push(`forlenger framleie av ${homes(counts.leasesRenewed)}`);
  const first = what.length
    ? `Planen ${what.join(', ')}.`
    : 'Planen har ingen tiltak: kjøper, bygger, selger og leier ikke inn boliger.';
  const lastYear = plan.perYear[plan.perYear.length - 1];
  const stockEnd = lastYear?.stock.total ?? 0;
  const coverage =
    coverageEnd === null
      ? `Dekning ${lastYear?.year ?? ''}: – (ingen behov å dekke), ${homes(stockEnd)} i boligmassen.`
      : `Dekning av behov ${lastYear?.year ?? ''}: ${formatPercent(coverageEnd, 0)}, ${homes(stockEnd)} i boligmassen.`;
  const inv = moneyWords(plan.total.netInvestment, NET_INVESTMENT);
  return [
    first,
    coverage,
    `Investering i perioden: ${inv.text} (egenfinansiering etter tilskudd, lån og salg).`,
    `Netto kostnad per år i snitt: ${moneyWords(averageNetCost, NET_COST).text}.`,
    `Nåverdi av netto kostnad: ${moneyWords(plan.npv, NET_COST).text} (${convention}).`,
  ];
}

function assumptionRows(scenarios: Scenario[]): AssumptionRow[] {
  const pct = (v: number) => formatPercent(v, Number.isInteger(v * 1000) ? 1 : 2);
  const kr = (v: number) => formatKr(v);
  const rows: AssumptionRow[] = [
    {
      label: 'Første planår',
      unit: 'år',
      description: 'Året planen starter (tiltak virker fra 1. januar).',
      values: scenarios.map((s) => String(s.startYear)),
    },
    {
      label: 'Planperiode',
      unit: 'år',
      description: 'Antall år i planen.',
      values: scenarios.map((s) => String(s.years)),
    },
  ];
  for (const [key, f] of Object.entries(ASSUMPTION_FIELDS)) {
    rows.push({
      label: f.label,
      unit: f.unit === 'andel' ? '%' : f.unit,
      description: f.description,
      values: scenarios.map((s) => {
        const v = s.assumptions[key as keyof typeof ASSUMPTION_FIELDS];
        if (key === 'municipalityGroup') {
          const g = GRANT_RATES[v as keyof typeof GRANT_RATES];
          return `${g.label}, ${formatKr(g.krPerM2).replace(/ /g, '\u00a0')}/m²`;
        }
        if (typeof v !== 'number') return String(v);
        return f.unit === 'andel' ? pct(v) : f.unit === 'kr' ? kr(v) : String(v);
      }),
    });
  }
  for (const [key, f] of Object.entries(DEFAULT_LOAN_FIELDS)) {
    if (key === 'interestRate') continue;
    rows.push({
      label: `${f.label} (standard for nye lån)`,
      unit: f.unit === 'andel' ? '%' : f.unit,
      description: f.description,
      values: scenarios.map((s) => {
        const l = s.assumptions.defaultLoan;
        if (key === 'share') return pct(l.share);
        if (key === 'years') return String(l.years);
        return LOAN_TYPE_LABEL[l.type];
      }),
    });
  }
  return rows;
}

export function buildReportModel(inputs: ReportInputs): ReportModel {
  const redact = inputs.redact ?? ((t: string) => t);
  const { scenarios, plans } = inputs;
  const first = Math.min(...scenarios.map((s) => s.startYear));
  const last = Math.max(...scenarios.map((s) => s.startYear + s.years - 1));
  const reportScenarios = scenarios.map((s, k): ReportScenario => {
    const plan = plans[k]!;
    const counts = countPlan(s, plan);
    const coverage = plan.needs.perYear.map((y): CoverageRow => ({
      year: y.year,
      demand: y.total.demand,
      supply: y.total.supply,
      gap: y.total.gap,
      coverage: y.total.coverage,
    }));
    const coverageEnd = coverage[coverage.length - 1]?.coverage ?? null;
    const averageNetCost = plan.years > 0 ? plan.total.netCost / plan.years : 0;
    const convention = npvConvention(plan.startYear, plan.assumptions.discountRate);
    const difference = inputs.differences[k] ?? null;
    return {
      name: redact(s.name),
      isBaseline: difference === null,
      startYear: s.startYear,
      years: s.years,
      period: periodOf(s.startYear, s.years),
      counts,
      summary: summaryLines(counts, plan, coverageEnd, averageNetCost, convention).map(redact),
      coverageEnd,
      totalNetInvestment: plan.total.netInvestment,
      totalNetOperating: plan.total.netOperatingCost,
      totalNetCost: plan.total.netCost,
      averageNetCost,
      npv: plan.npv,
      npvConvention: convention,
      actions: s.actions.map((a, i) => ({
        no: i + 1,
        title: redact(actionTitle(a, i)),
        years: yearsOf(a),
        description: redact(describe(a, s, plan)),
        note: a.note?.trim() ? redact(a.note.trim()) : null,
      })),
      coverage,
      investment: budgetTable(plan, 'inv'),
      operating: budgetTable(plan, 'op'),
      difference: difference
        ? { ...difference, scenarioName: redact(difference.scenarioName) }
        : null,
      warnings: plan.warnings.map((w) => ({
        message: redact(w.message),
        code: w.code ?? null,
        year: w.year ?? null,
      })),
    };
  });
  const crowding = inputs.crowdingRule ?? SSB_CROWDING_RULE;
  return {
    title: `Boligplan ${first === last ? first : `${first}–${last}`}`,
    municipality: inputs.municipality,
    isSample: inputs.isSample,
    date: inputs.date,
    dateText: formatDate(inputs.date),
    scenarios: reportScenarios,
    assumptions: assumptionRows(scenarios),
    rules: [
      { label: 'Trangboddhet', text: crowdingRuleSummary(crowding) },
      { label: 'Soverombehov', text: bedroomRuleSummary(inputs.bedroomRule) },
      {
        label: 'Nåverdi',
        text:
          'Første planår er udiskontert, senere år diskonteres med kalkulasjonsrenten per år; ' +
          'ingen restverdi etter planperioden.',
      },
      {
        label: 'Fortegn',
        text:
          `Beløp følger kommunens budsjett (${COST_SIGN_CONVENTION}). Tabellene viser beløp uten ` +
          'fortegn: nettolinjer sier om det er utgift eller overskudd.',
      },
      {
        label: 'Budsjett',
        text:
          `KOSTRA-funksjon ${KOSTRA_FUNCTION} (kommunalt disponerte boliger). Renter og avdrag er ` +
          'driftsutgifter; lån er finansiering i investeringsbudsjettet. Løpende priser.',
      },
      {
        label: 'Areal',
        text:
          'Tiltakenes areal er P-ROM (grunnlaget for tilskuddet). Drift og vedlikehold regnes per ' +
          `m² BRA = P-ROM / ${String(PROM_SHARE_OF_BRA).replace('.', ',')}. Tilskuddet er aldri høyere enn godkjent kostnad.`,
      },
      {
        label: 'Tilskudd ved salg',
        text:
          'Den delen av Husbankens tilskudd som ikke er avskrevet, betales tilbake ved salg; ' +
          'boligens andel av eksisterende lån innfris (om ikke annet er valgt).',
      },
      {
        label: 'Tiltak',
        text:
          'Tiltak virker fra 1. januar i sitt år. Beløp i tiltakene er i første planårs kroner og ' +
          'prisjusteres. Tiltakstyper: ' +
          Object.values(ACTION_KIND_LABEL).join(', ').toLowerCase() +
          '.',
      },
    ],
    signConvention: COST_SIGN_CONVENTION,
  };
}
