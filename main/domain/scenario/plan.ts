// runPlan: a scenario's stock, gap tables and budget, year by year and per action.
//
// Design: the register's budget and stock are aggregated once with difference arrays
// (O(units + years)); expected turnover is O(current tenancies × years); each action costs
// O(years), plus O(years) per register home it names. No loop over units per action per year.
// What depends only on the register (the prepared homes, the existing loans, its stock, who
// should move, the turnover of homes no action touches) is kept per snapshot object, so a plan
// works out only what its actions change. Every action adds its marginal
// effect to its own buffer (a sale's lost rent is on the sale's line), so the «register» line
// is the baseline and each action's lines show what it changes. Every line is rounded to whole
// kroner once per action and year (PlanEngine.addRounded); totals and the plan's years are sums
// of rounded lines, so the tables add up, and an action's own years are built from the same
// rounded lines when read (budgetYearsFrom).
//
// Conventions (see actions.ts and budget.ts): actions take effect on 1 January of their year;
// amounts are in first-year kroner and inflated per year; the register's existing loans are
// on the «register» line (registerDebt.ts) and a sale or winding-up of a register home repays
// its share from that year (unless kept) and pays back its grants not yet written down; NPV
// discounts netCost of year startYear + k by (1 + discountRate)^k: the first year is
// undiscounted, the same convention as the per-home values (no residual values beyond the horizon).
//
// Invalid scenarios: runPlan throws ScenarioValidationError with every error; warnings are
// returned in the result.
//
// Layout: this file is the public entry (runPlan and the result types); the engine's state and
// shared mechanics are in engine/engine.ts, the existing stock's baseline in
// engine/registerBaseline.ts, and what each action kind does in engine/purchase.ts, build.ts,
// sale.ts (salg, leie-til-eie, avvikling), framleie.ts and rehab.ts.
import {
  DEFAULT_BEDROOM_RULE,
  DEFAULT_CROWDING_RULE,
  type BedroomRule,
  type CrowdingRule,
} from '../rules';
import type { Tenure } from '../types';
import { actionYear, namedUnitIds, type ActionKind, type Scenario } from './actions';
import type { Assumptions } from './assumptions';
import {
  addBudget,
  BUDGET_LINES,
  budgetYear,
  budgetYearsFrom,
  investmentLines,
  operatingLines,
  REGISTER_LINE_ID,
  zeroInvestment,
  zeroOperating,
  type BudgetYear,
} from './budget';
import { build } from './engine/build';
import { PlanEngine, type LineSums, type RoundedSums } from './engine/engine';
import { framleie } from './engine/framleie';
import { purchase } from './engine/purchase';
import { registerBaseline } from './engine/registerBaseline';
import { rehab } from './engine/rehab';
import { decommission, sale } from './engine/sale';
import { actionTitle, REGISTER_LINE_LABEL } from './labels';
import { presentValue, roundKr, type CostCoveringRentBreakdown } from './money';
import {
  buildNeeds,
  checkHorizon,
  prepareRegister,
  type NeedsAssessment,
  type NeedsYear,
  type RegisterSnapshot,
} from './needs';
import type { SegmentKey } from './segments';
import { registerDebtFor, type DebtLines } from './registerDebt';
import { ScenarioValidationError, validateScenario, type Issue } from './validate';
import { planWarnings } from './warnings';

export interface RunPlanOptions {
  bedroomRule?: BedroomRule;
  crowdingRule?: CrowdingRule;
}

/** Homes at 31 December. */
export interface StockYear {
  bySegment: Record<SegmentKey, Record<Tenure, number>>;
  byTenure: Record<Tenure, number>;
  total: number;
  /** Of the total: homes in the stock but not in use (rehabilitation, ute av drift, til salgs). */
  outOfUse: number;
}

export interface PlanYear extends BudgetYear {
  stock: StockYear;
  needs: NeedsYear;
  /** Outstanding balance at 31 December of loans taken up in the scenario. */
  loanBalance: number;
  /** Outstanding balance at 31 December of the register's existing loans (after repayments). */
  existingLoanBalance: number;
}

/** One action's (or the existing stock's) budget lines per year. */
export interface ActionBudget {
  /** The action's id, or REGISTER_LINE_ID for the existing stock. */
  actionId: string;
  kind: ActionKind | 'register';
  /** «Tiltak 2 (Kjøp)» or «Eksisterende boligmasse». */
  title: string;
  perYear: BudgetYear[];
  total: BudgetTotals;
  /** Present value of netCost over the horizon. */
  npv: number;
}

export type BudgetTotals = Omit<BudgetYear, 'year'>;

/** Kostnadsdekkende husleie for a purchase or a building project. */
export interface ProjectRent {
  actionId: string;
  title: string;
  units: number;
  /** Cost in the year the homes arrive (inflated). */
  cost: number;
  grant: number;
  interestRate: number;
  loanYears: number;
  breakdown: CostCoveringRentBreakdown;
  /** Per home per month, whole kroner, at the price level of the year the homes arrive. */
  costCoveringRentMonthly: number;
  /** The action's own rent, average per home per month, same price level. */
  plannedRentMonthly: number;
}

/**
 * Quantities behind the budget of register homes, per year (index 0 = the start year): the
 * engine multiplies them by the assumptions (rent × 12 × rent factor, m² × maintenance × cost
 * factor, homes × management × cost factor, owner rent × 12 × rent factor). The Excel export
 * writes them as values and the multiplication as formulas.
 */
export interface RegisterQuantities {
  /** Σ monthly rent × share of the year in use. */
  rent: number[];
  /** Σ monthly rent to private owners × share of the year in the stock (framleie). */
  ownerRent: number[];
  /** Σ m² BRA × share of the year in the stock (owned homes). */
  area: number[];
  /** Σ share of the year in the stock (homes). */
  homes: number[];
}

/** What an action does to register homes (sales, leie-til-eie, framleie end/renew, rehab, avvikling). */
export interface ActionRegisterBasis {
  actionId: string;
  /** Change of the register's quantities (marginal, like the action's budget lines). */
  delta: RegisterQuantities;
  /** Register homes the action sells, in the engine's order (a segment sale: the homes it picked). */
  soldUnitIds: number[];
  /** Register homes the action names or picks. */
  unitIds: number[];
  /**
   * What the action does to the existing loans and grants (register homes sold or wound up):
   * per year, the loans repaid, grants paid back, and the change of interest and instalments.
   */
  debt: {
    loanRepaid: number[];
    grantRepaid: number[];
    interest: number[];
    instalments: number[];
  };
}

export interface PlanBasis {
  /** The existing stock without actions (the line «Eksisterende boligmasse»). */
  register: RegisterQuantities;
  /** Interest, instalments and balance of the existing loans without actions. */
  registerDebt: DebtLines;
  /** Actions that change register homes, in the order the engine applied them. */
  actions: ActionRegisterBasis[];
}

export interface PlanResult {
  scenarioName: string;
  startYear: number;
  years: number;
  assumptions: Assumptions;
  perYear: PlanYear[];
  /** The existing stock first, then the actions in the scenario's order. */
  byAction: ActionBudget[];
  total: BudgetTotals;
  /** Present value of netCost per year at discountRate, base year = startYear. */
  npv: number;
  projects: ProjectRent[];
  needs: NeedsAssessment;
  /** The register quantities behind the budget (for the Excel export's formulas). */
  basis: PlanBasis;
  warnings: Issue[];
}

function totalsOf(perYear: BudgetYear[]): BudgetTotals {
  const acc = budgetYear(0, zeroInvestment(), zeroOperating());
  for (const y of perYear) addBudget(acc, y);
  const { year: _year, ...rest } = acc;
  return rest;
}

/**
 * An action's budget from its rounded lines; its years are built when read. Made here, not in
 * runPlan, so the getter holds only the lines (a closure in runPlan would hold the engine).
 */
function actionBudget(
  head: Pick<ActionBudget, 'actionId' | 'kind' | 'title'>,
  sums: RoundedSums,
  startYear: number,
  discountRate: number,
): ActionBudget {
  const { lines } = sums;
  const n = sums.netCost.length;
  let years: BudgetYear[] | undefined;
  return {
    actionId: head.actionId,
    kind: head.kind,
    title: head.title,
    get perYear() {
      return (years ??= budgetYearsFrom(lines, startYear, n));
    },
    total: sums.total,
    npv: roundKr(presentValue(sums.netCost, discountRate)),
  };
}

/** Runs a scenario against a register snapshot. Throws ScenarioValidationError if invalid. */
export function runPlan(
  snapshot: RegisterSnapshot,
  scenario: Scenario,
  options: RunPlanOptions = {},
): PlanResult {
  const issues = validateScenario(scenario, snapshot);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new ScenarioValidationError(errors);
  checkHorizon(scenario.startYear, scenario.years);
  const a = scenario.assumptions;
  const reg = prepareRegister(snapshot, { startYear: scenario.startYear, n: scenario.years });
  const debt = registerDebtFor(snapshot, scenario.startYear, scenario.years, a.interestRate);
  const eng = new PlanEngine(reg, a, debt);
  registerBaseline(eng);

  const named = new Set<number>(scenario.actions.flatMap(namedUnitIds));
  const order = scenario.actions
    .map((x, index) => ({ x, index }))
    .sort((p, q) => actionYear(p.x) - actionYear(q.x) || p.index - q.index);
  for (const { x, index } of order) {
    const title = actionTitle(x, index);
    eng.buf(x.id);
    switch (x.kind) {
      case 'kjop':
        purchase(eng, x, title);
        break;
      case 'bygging':
        build(eng, x, title);
        break;
      case 'salg':
      case 'leie_til_eie':
        sale(eng, x, named, index, title);
        break;
      case 'framleie':
        framleie(eng, x);
        break;
      case 'rehabilitering':
        rehab(eng, x);
        break;
      case 'avvikling':
        decommission(eng, x, index, title);
        break;
    }
  }

  // Every line rounded once per action and year; the plan's years are the sums of the rounded
  // lines, and an action's own years are built when read (the screen shows one at a time).
  const lineSums = Object.fromEntries(
    BUDGET_LINES.map((k) => [k, new Float64Array(scenario.years)]),
  ) as LineSums;
  const planNet = {
    inv: new Array<number>(scenario.years).fill(0),
    op: new Array<number>(scenario.years).fill(0),
  };
  const byAction: ActionBudget[] = [
    { actionId: REGISTER_LINE_ID, kind: 'register' as const, title: REGISTER_LINE_LABEL },
    ...scenario.actions.map((x, index) => ({
      actionId: x.id,
      kind: x.kind,
      title: actionTitle(x, index),
    })),
  ].map((h) => {
    const sums = eng.addRounded(h.actionId, lineSums);
    for (let i = 0; i < scenario.years; i++) {
      planNet.inv[i] = planNet.inv[i]! + sums.netInvestment[i]!;
      planNet.op[i] = planNet.op[i]! + sums.netOperatingCost[i]!;
    }
    return actionBudget(h, sums, scenario.startYear, a.discountRate);
  });

  const needs = buildNeeds(
    reg,
    {
      bedroomRule: options.bedroomRule ?? DEFAULT_BEDROOM_RULE,
      crowdingRule: options.crowdingRule ?? snapshot.crowdingRule ?? DEFAULT_CROWDING_RULE,
    },
    a,
    { states: eng.states, householdsGone: eng.householdsGone, events: eng.events },
  );
  const stock = eng.stockYears();
  const balances = eng.loanBalances();
  const perYear: PlanYear[] = [];
  for (let i = 0; i < scenario.years; i++) {
    const ni = planNet.inv[i]!;
    const no = planNet.op[i]!;
    perYear.push({
      year: scenario.startYear + i,
      investment: investmentLines((k) => lineSums[k][i]!),
      operating: operatingLines((k) => lineSums[k][i]!),
      netInvestment: ni,
      netOperatingCost: no,
      netCost: ni + no,
      stock: stock[i]!,
      needs: needs.perYear[i]!,
      loanBalance: balances[i]!,
      existingLoanBalance: debt.baseline.balance[i]! + eng.existingBalanceDelta[i]!,
    });
  }
  const result: PlanResult = {
    scenarioName: scenario.name,
    startYear: scenario.startYear,
    years: scenario.years,
    assumptions: a,
    perYear,
    byAction,
    total: totalsOf(perYear),
    npv: roundKr(
      presentValue(
        perYear.map((y) => y.netCost),
        a.discountRate,
      ),
    ),
    projects: eng.projects,
    needs,
    basis: {
      register: eng.baseQ,
      // A copy: the cached RegisterDebt is shared by every plan on this snapshot.
      registerDebt: {
        interest: [...debt.baseline.interest],
        instalments: [...debt.baseline.instalments],
        balance: [...debt.baseline.balance],
      },
      actions: [...eng.basis.values()],
    },
    warnings: [...issues.filter((i) => i.severity === 'warning'), ...eng.warnings],
  };
  result.warnings.push(...planWarnings(result, scenario, snapshot));
  return result;
}
