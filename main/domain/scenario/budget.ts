// Budget lines of a plan, whole kroner, all positive in their natural direction
// (an action's marginal effect may be negative, e.g. a sale's lost rent income).
//
// Net figures (what a municipal finance officer reads as the cost to the municipality):
//   netOperatingCost = vacancyLoss + framleieRentPaid + operationMaintenance + management
//                      + interest + instalments (loans the scenario takes up)
//                      + existingInterest + existingInstalments (the register's existing loans)
//                      − rentIncome          (driftsbudsjettet, KRF: interest and instalments
//                      are operating costs)
//   netInvestment    = purchases + building + rehabilitation + grantRepaid + loanRepaidOnSale
//                      − salesIncome − grants − newLoans              (own funds needed in the
//                      investment budget; loans are financing, and their cost appears in the
//                      operating budget as interest and instalments, so nothing is counted twice)
//   netCost          = netOperatingCost + netInvestment (negative = surplus)
// rentIncome is the full rent of homes in use; vacancyLoss (tomgang) is its share lost, so the
// rent actually collected is rentIncome − vacancyLoss.

export const INVESTMENT_LINES = [
  'purchases',
  'building',
  'rehabilitation',
  'grantRepaid',
  'loanRepaidOnSale',
  'salesIncome',
  'grants',
  'newLoans',
] as const;
export type InvestmentLine = (typeof INVESTMENT_LINES)[number];
export type InvestmentLines = Record<InvestmentLine, number>;

/** Investment lines that are income/financing (subtracted in netInvestment). */
export const INVESTMENT_FINANCING: readonly InvestmentLine[] = [
  'salesIncome',
  'grants',
  'newLoans',
];

export const OPERATING_LINES = [
  'rentIncome',
  'vacancyLoss',
  'framleieRentPaid',
  'operationMaintenance',
  'management',
  'interest',
  'instalments',
  'existingInterest',
  'existingInstalments',
] as const;
export type OperatingLine = (typeof OPERATING_LINES)[number];
export type OperatingLines = Record<OperatingLine, number>;

/** Operating lines that are income (subtracted in netOperatingCost). */
export const OPERATING_INCOME: readonly OperatingLine[] = ['rentIncome'];

/** −1 for the lines a net sum subtracts (financing, income), +1 for the rest. */
export const LINE_SIGN = Object.fromEntries([
  ...INVESTMENT_LINES.map((k) => [k, INVESTMENT_FINANCING.includes(k) ? -1 : 1]),
  ...OPERATING_LINES.map((k) => [k, OPERATING_INCOME.includes(k) ? -1 : 1]),
]) as Record<InvestmentLine | OperatingLine, 1 | -1>;

export type BudgetLine = InvestmentLine | OperatingLine;
export const BUDGET_LINES: readonly BudgetLine[] = [...INVESTMENT_LINES, ...OPERATING_LINES];
/** Each line's place in BUDGET_LINES. */
export const LINE_INDEX = Object.fromEntries(BUDGET_LINES.map((k, i) => [k, i])) as Record<
  BudgetLine,
  number
>;

/** The id of the existing stock's budget line in PlanResult.byAction (reserved). */
export const REGISTER_LINE_ID = 'register';

/** KOSTRA function for municipal rental homes (kommunalt disponerte boliger). */
export const KOSTRA_FUNCTION = 265;

export interface BudgetYear {
  year: number;
  investment: InvestmentLines;
  operating: OperatingLines;
  netInvestment: number;
  netOperatingCost: number;
  netCost: number;
}

/**
 * The investment lines, each from `value`. Written out (not a loop over INVESTMENT_LINES) so every
 * object has the same shape, whichever line is set first.
 */
export function investmentLines(value: (line: InvestmentLine) => number): InvestmentLines {
  return {
    purchases: value('purchases'),
    building: value('building'),
    rehabilitation: value('rehabilitation'),
    grantRepaid: value('grantRepaid'),
    loanRepaidOnSale: value('loanRepaidOnSale'),
    salesIncome: value('salesIncome'),
    grants: value('grants'),
    newLoans: value('newLoans'),
  };
}

/** The operating lines, each from `value` (written out, as investmentLines). */
export function operatingLines(value: (line: OperatingLine) => number): OperatingLines {
  return {
    rentIncome: value('rentIncome'),
    vacancyLoss: value('vacancyLoss'),
    framleieRentPaid: value('framleieRentPaid'),
    operationMaintenance: value('operationMaintenance'),
    management: value('management'),
    interest: value('interest'),
    instalments: value('instalments'),
    existingInterest: value('existingInterest'),
    existingInstalments: value('existingInstalments'),
  };
}

export function zeroInvestment(): InvestmentLines {
  return investmentLines(() => 0);
}

export function zeroOperating(): OperatingLines {
  return operatingLines(() => 0);
}

export function netInvestment(l: InvestmentLines): number {
  let sum = 0;
  for (const k of INVESTMENT_LINES) sum += LINE_SIGN[k] * l[k];
  return sum;
}

export function netOperatingCost(l: OperatingLines): number {
  let sum = 0;
  for (const k of OPERATING_LINES) sum += LINE_SIGN[k] * l[k];
  return sum;
}

export function budgetYear(
  year: number,
  investment: InvestmentLines,
  operating: OperatingLines,
): BudgetYear {
  const ni = netInvestment(investment);
  const no = netOperatingCost(operating);
  return { year, investment, operating, netInvestment: ni, netOperatingCost: no, netCost: ni + no };
}

/**
 * Budget years from whole-kroner lines stored line by line: line l (BUDGET_LINES order) of year
 * index i at lines[l·n + i]. Compact (no objects) until the years are read.
 */
export function budgetYearsFrom(lines: Float64Array, startYear: number, n: number): BudgetYear[] {
  const out: BudgetYear[] = [];
  for (let i = 0; i < n; i++) {
    const at = (k: BudgetLine) => lines[LINE_INDEX[k] * n + i]!;
    out.push(budgetYear(startYear + i, investmentLines(at), operatingLines(at)));
  }
  return out;
}

/** Adds b into a, line by line. */
export function addBudget(a: BudgetYear, b: BudgetYear): void {
  for (const k of INVESTMENT_LINES) a.investment[k] += b.investment[k];
  for (const k of OPERATING_LINES) a.operating[k] += b.operating[k];
  a.netInvestment += b.netInvestment;
  a.netOperatingCost += b.netOperatingCost;
  a.netCost += b.netCost;
}
