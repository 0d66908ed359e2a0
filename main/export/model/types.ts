// The model's shapes: what the sheet writers read (ParamRow, GridRow, LoanBlock, LineRow,
// ActionModel, ScenarioModel, PlanModel), the defined names of the assumptions, and the line
// buffers the builders add terms into (mirrors PlanEngine.buf).
import type { Scenario } from '../../domain/scenario';
import {
  INVESTMENT_FINANCING,
  INVESTMENT_LINES,
  OPERATING_INCOME,
  type BudgetLine,
  type InvestmentLine,
  type OperatingLine,
} from '../../domain/scenario/budget';
import { LOAN_TYPE_LABEL } from '../../domain/scenario/labels';
import type { RegisterSnapshot } from '../../domain/scenario/needs';
import type { ActionBudget, PlanResult } from '../../domain/scenario/plan';
import { type Book } from '../book';
import { type Node, type X } from '../expr';

export type Fmt =
  'kr' | 'int' | 'dec' | 'pct' | 'm2' | 'year' | 'factor' | 'text' | 'percentNumber';

/** Defined names of a scenario's assumptions: `${prefix}_${scenario number}`. */
export const NAMES = {
  startYear: 'Startar',
  years: 'Planperiode',
  interestRate: 'Rente',
  priceGrowth: 'Prisvekst',
  rentGrowth: 'Husleievekst',
  costGrowth: 'Kostnadsvekst',
  maintenancePerM2PerYear: 'DV_per_m2',
  managementPerUnitPerYear: 'Forvaltning_per_bolig',
  vacancyLoss: 'Tomgang',
  discountRate: 'Kalkulasjonsrente',
  moveOutRateAtContractEnd: 'Utflytting_kontraktslutt',
  careerExitRate: 'Utflytting_boligkarriere',
  contractRenewalYears: 'Fornyet_kontrakt',
  mustMoveRate: 'Flytting_per_ar',
  coverageTarget: 'Mal_dekning',
  municipalityGroup: 'Kommunegruppe',
  grantRate: 'Tilskudd_sats',
  grantMaxM2: 'Tilskudd_maks_m2',
  grantWriteDown: 'Tilskudd_avskrivning',
  loanShare: 'Laneandel',
  loanYears: 'Lopetid',
  loanType: 'Lanetype',
} as const;
export type NameKey = keyof typeof NAMES;

export const SERIAL = LOAN_TYPE_LABEL.serial;
export const ANNUITY = LOAN_TYPE_LABEL.annuity;

export interface ParamRow {
  label: string;
  node: Node;
  fmt: Fmt;
  unit: string;
  note?: string;
  /** The budget formulas read this value (changing it in Excel moves the budget). */
  input: boolean;
}

export const homes = (n: number) => `${n} ${n === 1 ? 'bolig' : 'boliger'}`;
export const leases = (n: number) => `${n} ${n === 1 ? 'framleieavtale' : 'framleieavtaler'}`;

export interface GridRow {
  label: string;
  unit: string;
  fmt: Fmt;
  note: string;
  /** Per scenario year (index 0 = start year); null = empty. */
  values: (Node | null)[];
  /** A single figure (shown in the «Verdi» column). */
  scalar?: Node;
  heading?: boolean;
}

export interface LoanBlock {
  /** Blocks of one loan (a tranche and its schedules after sales) share a number. */
  loanNo: number;
  actionTitle: string;
  label: string;
  principal: Node;
  rate: Node;
  years: Node;
  type: Node;
  firstIdx: number;
  payment: Node;
  interest: (Node | null)[];
  instalment: (Node | null)[];
  balance: (Node | null)[];
  /** Repaid on a sale (tail blocks), in the sale year. */
  repaid?: { idx: number; node: Node };
}

export interface LineRow {
  line: BudgetLine;
  cells: Node[];
  sum: Node;
  /** Some cells are the app's values (no formula reproduced them). */
  fallback: boolean;
}

export interface ActionModel {
  actionId: string;
  title: string;
  kind: ActionBudget['kind'];
  /** Kind label for the Tiltak sheet. */
  params: ParamRow[];
  description: string;
  note: string;
  inv: LineRow[];
  op: LineRow[];
  netInvestment: Node[];
  netOperating: Node[];
  budget: ActionBudget;
}

export interface ScenarioModel {
  no: number;
  scenario: Scenario;
  plan: PlanResult;
  names: Record<NameKey, string>;
  /** Formulas for the named assumptions that are not plain values. */
  grantRate: Node;
  factors: { price: Node[]; rent: Node[]; cost: Node[]; discount: Node[] };
  grid: GridRow[];
  actions: ActionModel[];
  loans: LoanBlock[];
  totals: {
    inv: { line: InvestmentLine; cells: Node[]; sum: Node }[];
    op: { line: OperatingLine; cells: Node[]; sum: Node }[];
    netInvestment: Node[];
    netInvestmentSum: Node;
    netOperating: Node[];
    netOperatingSum: Node;
    netCost: Node[];
    netCostSum: Node;
    grossInvestment: Node[];
    npv: Node;
    loanBalance: Node[];
    actionNetCost: Map<string, { cells: Node[]; sum: Node; npv: Node }>;
  };
}

export interface PlanModel {
  book: Book;
  scenarios: ScenarioModel[];
  /** «Scenario 1, Tiltak 2 (Kjøp), Renter 2029» for cells written as values. */
  fallbacks: string[];
}

export const INV_SET = new Set<string>(INVESTMENT_LINES);
export const sign = (line: BudgetLine): number =>
  (INVESTMENT_FINANCING as readonly string[]).includes(line) ||
  (OPERATING_INCOME as readonly string[]).includes(line)
    ? -1
    : 1;

export interface Pool {
  grantIdx: number;
  /** Null without a grant (nothing to pay back). */
  writeDownYears: X | null;
  remaining: X;
  segs: Map<number, { remaining: X; rent: X; area: X; grantPerHome: X }>;
  tranches: Tranche[];
}

export interface Tranche {
  drawIdx: number;
  blocks: LoanBlock[];
  rate: Node;
  years: Node;
  type: Node;
}

/** Terms added into one action's line buffers, per year (mirrors PlanEngine.buf). */
export class Buffers {
  readonly terms = new Map<BudgetLine, X[][]>();
  /** Cells referenced before the formulas are final (e.g. a purchase's cost in its loan). */
  readonly cells = new Map<BudgetLine, Node[]>();

  constructor(
    readonly book: Book,
    readonly budget: ActionBudget,
    readonly n: number,
  ) {}

  add(line: BudgetLine, i: number, x: X): void {
    if (i < 0 || i >= this.n) return;
    let t = this.terms.get(line);
    if (!t) {
      t = Array.from({ length: this.n }, () => []);
      this.terms.set(line, t);
    }
    t[i]!.push(x);
  }

  app(line: BudgetLine, i: number): number {
    const y = this.budget.perYear[i]!;
    return INV_SET.has(line)
      ? y.investment[line as InvestmentLine]
      : y.operating[line as OperatingLine];
  }

  /** The cell of a line and year (holds the app's value; its formula is set by finish()). */
  cell(line: BudgetLine, i: number): Node {
    let c = this.cells.get(line);
    if (!c) {
      c = [];
      this.cells.set(line, c);
    }
    let node = c[i];
    if (!node) {
      node = this.book.value(this.app(line, i));
      node.int = true;
      c[i] = node;
    }
    return node;
  }
}

export interface ModelInputs {
  plans: PlanResult[];
  scenarios: Scenario[];
  snapshot: RegisterSnapshot;
}
