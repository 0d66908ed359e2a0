// The budget of a plan as spreadsheet formulas: runPlan's arithmetic replayed with expressions
// (expr.ts) instead of numbers, so every budget cell is a formula over the assumptions
// (Forutsetninger), the action parameters (Tiltak), growth factors and quantities (Grunnlag) and
// loan schedules (Lån) — and it is known, before writing, that the formula gives the engine's
// figure. Follows plan.ts step by step (same order of actions, same contributions, same
// order of operations, each line rounded once per action and year), see the comments there.
//
// A cell whose formula would not reproduce the app's figure (it should not happen; tests check
// that it does not) is written as the app's value and listed in PlanModel.fallbacks, so the
// workbook is never wrong, at worst less alive.
import { GRANT_MAX_M2, GRANT_RATES, GRANT_WRITE_DOWN_YEARS } from '../domain/scenario/assumptions';
import type {
  Action,
  BuildAction,
  GrantSpec,
  LoanTerms,
  PurchaseAction,
  RehabAction,
  SaleAction,
  Scenario,
} from '../domain/scenario';
import { actionYear } from '../domain/scenario/actions';
import {
  INVESTMENT_FINANCING,
  INVESTMENT_LINES,
  OPERATING_INCOME,
  OPERATING_LINES,
  REGISTER_LINE_ID,
  type BudgetLine,
  type BudgetYear,
  type InvestmentLine,
  type OperatingLine,
} from '../domain/scenario/budget';
import { LOAN_TYPE_LABEL } from '../domain/scenario/labels';
import { annuityPayment, roundKr } from '../domain/scenario/money';
import type { RegisterSnapshot } from '../domain/scenario/needs';
import type { ActionBudget, PlanResult } from '../domain/scenario/plan';
import { segmentIndex, segmentLabel, type SegmentKey } from '../domain/scenario/segments';
import { PROM_SHARE_OF_BRA } from '../domain/rules';
import { registerBasis, type ActionBasis, type ActionDebt, type Quantities } from './basis';
import { Book } from './book';
import {
  add,
  div,
  max,
  min,
  mul,
  name,
  neg,
  num,
  pow,
  raw,
  ref,
  round,
  roundText,
  sub,
  sum,
  token,
  type Node,
  type X,
} from './expr';

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

const homes = (n: number) => `${n} ${n === 1 ? 'bolig' : 'boliger'}`;
const leases = (n: number) => `${n} ${n === 1 ? 'framleieavtale' : 'framleieavtaler'}`;

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

const INV_SET = new Set<string>(INVESTMENT_LINES);
const sign = (line: BudgetLine): number =>
  (INVESTMENT_FINANCING as readonly string[]).includes(line) ||
  (OPERATING_INCOME as readonly string[]).includes(line)
    ? -1
    : 1;

interface Pool {
  grantIdx: number;
  /** Null without a grant (nothing to pay back). */
  writeDownYears: X | null;
  remaining: X;
  segs: Map<number, { remaining: X; rent: X; area: X; grantPerHome: X }>;
  tranches: Tranche[];
}

interface Tranche {
  drawIdx: number;
  blocks: LoanBlock[];
  rate: Node;
  years: Node;
  type: Node;
}

/** Terms added into one action's line buffers, per year (mirrors PlanEngine.buf). */
class Buffers {
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

export function buildPlanModel(inputs: ModelInputs, book = new Book()): PlanModel {
  const { plans, scenarios, snapshot } = inputs;
  if (plans.length !== scenarios.length || plans.length < 1 || plans.length > 4) {
    throw new RangeError('Eksporten tar 1–4 scenarioer, med ett planresultat for hvert');
  }
  const fallbacks: string[] = [];
  const models = scenarios.map((scenario, k) => {
    const plan = plans[k]!;
    if (
      plan.scenarioName !== scenario.name ||
      plan.startYear !== scenario.startYear ||
      plan.years !== scenario.years
    ) {
      throw new Error(`Planresultat ${k + 1} hører ikke til scenarioet «${scenario.name}»`);
    }
    return new ScenarioBuilder(book, k + 1, scenario, plan, snapshot, fallbacks).build();
  });
  return { book, scenarios: models, fallbacks };
}

class ScenarioBuilder {
  readonly n: number;
  readonly s0: number;
  readonly names: Record<NameKey, string>;
  readonly grid: GridRow[] = [];
  readonly loans: LoanBlock[] = [];
  readonly pools = new Map<string, Pool>();
  readonly factors: ScenarioModel['factors'];
  readonly grantRate: Node;
  private readonly basis;

  constructor(
    readonly book: Book,
    readonly no: number,
    readonly scenario: Scenario,
    readonly plan: PlanResult,
    snapshot: RegisterSnapshot,
    readonly fallbacks: string[],
  ) {
    this.n = scenario.years;
    this.s0 = scenario.startYear;
    this.names = Object.fromEntries(
      Object.entries(NAMES).map(([k, v]) => [k, `${v}_${no}`]),
    ) as Record<NameKey, string>;
    this.basis = registerBasis(snapshot, plan);
    const a = scenario.assumptions;
    const g = (key: NameKey, v: number) => name(this.names[key], v);
    this.grantRate = book.formula(
      raw(
        `VLOOKUP(${this.names.municipalityGroup},Husbanken_satser,2,FALSE)`,
        GRANT_RATES[a.municipalityGroup].krPerM2,
      ),
    );
    const price: Node[] = [];
    const rent: Node[] = [];
    const cost: Node[] = [];
    const discount: Node[] = [];
    for (let i = 0; i < this.n; i++) {
      // Math.pow(1 + growth, i), as the engine's factors.
      price.push(book.formula(pow(add(num(1), g('priceGrowth', a.priceGrowth)), num(i))));
      rent.push(book.formula(pow(add(num(1), g('rentGrowth', a.rentGrowth)), num(i))));
      cost.push(book.formula(pow(add(num(1), g('costGrowth', a.costGrowth)), num(i))));
      // presentValue: factor starts at 1 and is multiplied by (1 + rate) each year.
      discount.push(
        i === 0
          ? book.value(1)
          : book.formula(
              mul(ref(discount[i - 1]!), add(num(1), g('discountRate', a.discountRate))),
            ),
      );
    }
    this.factors = { price, rent, cost, discount };
    this.grid.push(
      { label: 'Vekstfaktorer', unit: '', fmt: 'text', note: '', values: [], heading: true },
      {
        label: 'Prisfaktor',
        unit: 'faktor',
        fmt: 'factor',
        note: '(1 + prisvekst) ^ år fra startåret',
        values: price,
      },
      {
        label: 'Husleiefaktor',
        unit: 'faktor',
        fmt: 'factor',
        note: '(1 + husleievekst) ^ år fra startåret',
        values: rent,
      },
      {
        label: 'Kostnadsfaktor',
        unit: 'faktor',
        fmt: 'factor',
        note: '(1 + kostnadsvekst) ^ år fra startåret',
        values: cost,
      },
      {
        label: 'Diskonteringsfaktor',
        unit: 'faktor',
        fmt: 'factor',
        note: '(1 + kalkulasjonsrente) ^ år fra startåret',
        values: discount,
      },
    );
  }

  // --- References ---------------------------------------------------------------------------

  nm(key: NameKey): X {
    const a = this.scenario.assumptions;
    const v: Record<NameKey, number> = {
      startYear: this.s0,
      years: this.n,
      interestRate: a.interestRate,
      priceGrowth: a.priceGrowth,
      rentGrowth: a.rentGrowth,
      costGrowth: a.costGrowth,
      maintenancePerM2PerYear: a.maintenancePerM2PerYear,
      managementPerUnitPerYear: a.managementPerUnitPerYear,
      vacancyLoss: a.vacancyLoss,
      discountRate: a.discountRate,
      moveOutRateAtContractEnd: a.moveOutRateAtContractEnd,
      careerExitRate: a.careerExitRate,
      contractRenewalYears: a.contractRenewalYears,
      municipalityGroup: 0,
      grantRate: GRANT_RATES[a.municipalityGroup].krPerM2,
      grantMaxM2: GRANT_MAX_M2,
      grantWriteDown: GRANT_WRITE_DOWN_YEARS,
      loanShare: a.defaultLoan.share,
      loanYears: a.defaultLoan.years,
      loanType: 0,
    };
    return name(this.names[key], v[key]);
  }

  PF = (i: number): X => ref(this.factors.price[i]!);
  RF = (i: number): X => ref(this.factors.rent[i]!);
  CF = (i: number): X => ref(this.factors.cost[i]!);

  /** homeOps: running income and costs of k homes in year i. */
  homeOps(
    b: Buffers,
    i: number,
    k: X,
    rentMonthly: X,
    areaM2: X | null,
    ownerRentMonthly: X | null,
  ): void {
    const rent = mul(mul(mul(k, rentMonthly), num(12)), this.RF(i));
    b.add('rentIncome', i, rent);
    b.add('vacancyLoss', i, mul(rent, this.nm('vacancyLoss')));
    if (areaM2) {
      b.add(
        'operationMaintenance',
        i,
        mul(
          mul(mul(k, div(areaM2, num(PROM_SHARE_OF_BRA))), this.nm('maintenancePerM2PerYear')),
          this.CF(i),
        ),
      );
    } else if (ownerRentMonthly) {
      b.add('framleieRentPaid', i, mul(mul(mul(k, ownerRentMonthly), num(12)), this.RF(i)));
    }
    b.add('management', i, mul(mul(k, this.nm('managementPerUnitPerYear')), this.CF(i)));
  }

  /** Register-home changes: the quantities (values) times the assumptions (formulas). */
  quantityOps(b: Buffers, q: Quantities, rows: Node[][]): void {
    const [rent, owner, area, homes] = rows;
    for (let i = 0; i < this.n; i++) {
      if (q.rent[i] !== 0) {
        const r = mul(mul(ref(rent![i]!), num(12)), this.RF(i));
        b.add('rentIncome', i, r);
        b.add('vacancyLoss', i, mul(r, this.nm('vacancyLoss')));
      }
      if (q.ownerRent[i] !== 0) {
        b.add('framleieRentPaid', i, mul(mul(ref(owner![i]!), num(12)), this.RF(i)));
      }
      if (q.area[i] !== 0) {
        b.add(
          'operationMaintenance',
          i,
          mul(mul(ref(area![i]!), this.nm('maintenancePerM2PerYear')), this.CF(i)),
        );
      }
      if (q.homes[i] !== 0) {
        b.add(
          'management',
          i,
          mul(mul(ref(homes![i]!), this.nm('managementPerUnitPerYear')), this.CF(i)),
        );
      }
    }
  }

  /** Grunnlag rows for quantities; returns the value nodes per row. */
  quantityRows(title: string, q: Quantities, delta: boolean): Node[][] {
    const label = (text: string) =>
      delta ? `Endring: ${text}` : `${text[0]!.toUpperCase()}${text.slice(1)}`;
    const note = delta
      ? 'Fra Boligplan: boligene tiltaket berører (verdier, ikke formler)'
      : 'Fra Boligplan: summert over registerets boliger (verdier, ikke formler)';
    const defs: [keyof Quantities, string, string, Fmt][] = [
      ['rent', label('månedsleie for boliger i bruk'), 'kr per måned', 'kr'],
      ['ownerRent', label('leie til private eiere (framleie)'), 'kr per måned', 'kr'],
      ['area', label('BRA eide boliger'), 'm² (årsandel)', 'm2'],
      ['homes', label('boliger i boligmassen'), 'antall (årsandel)', 'dec'],
    ];
    const shown = defs.filter(([key]) => !delta || q[key].some((v) => v !== 0));
    if (shown.length > 0) {
      this.grid.push({ label: title, unit: '', fmt: 'text', note: '', values: [], heading: true });
    }
    return defs.map(([key, label, unit, fmt]) => {
      const values = q[key].map((v) => this.book.value(v));
      if (shown.some(([k]) => k === key)) this.grid.push({ label, unit, fmt, note, values });
      return values;
    });
  }

  // --- Parameters (Tiltak) ------------------------------------------------------------------

  param(
    rows: ParamRow[],
    label: string,
    v: number | string,
    fmt: Fmt,
    unit: string,
    input = fmt !== 'text' && fmt !== 'year',
  ): Node {
    const node = this.book.value(v);
    rows.push({ label, node, fmt, unit, input });
    return node;
  }

  /** A parameter that follows a named assumption unless the action sets its own value. */
  paramOr(
    rows: ParamRow[],
    label: string,
    own: number | string | undefined,
    key: NameKey,
    fallback: number | string,
    fmt: Fmt,
    unit: string,
  ): Node {
    if (own !== undefined) return this.param(rows, label, own, fmt, unit, true);
    const node = this.book.formula(
      raw(this.names[key], typeof fallback === 'number' ? fallback : 0),
      fallback,
    );
    rows.push({ label, node, fmt, unit, note: 'Fra forutsetningene', input: false });
    return node;
  }

  loanParams(rows: ParamRow[], loan: Partial<LoanTerms> | undefined) {
    const a = this.scenario.assumptions;
    return {
      share: this.paramOr(
        rows,
        'Lånefinansiert andel',
        loan?.share,
        'loanShare',
        a.defaultLoan.share,
        'pct',
        'andel',
      ),
      rate: this.paramOr(
        rows,
        'Rente',
        loan?.interestRate,
        'interestRate',
        a.interestRate,
        'pct',
        'andel',
      ),
      years: this.paramOr(
        rows,
        'Løpetid',
        loan?.years,
        'loanYears',
        a.defaultLoan.years,
        'int',
        'år',
      ),
      type: this.paramOr(
        rows,
        'Lånetype',
        loan?.type === undefined ? undefined : LOAN_TYPE_LABEL[loan.type],
        'loanType',
        LOAN_TYPE_LABEL[a.defaultLoan.type],
        'text',
        '',
      ),
    };
  }

  grantParams(rows: ParamRow[], g: GrantSpec) {
    const a = this.scenario.assumptions;
    const wdy = (own: number | undefined) =>
      this.paramOr(
        rows,
        'Tilskudd, avskrivningstid',
        own,
        'grantWriteDown',
        GRANT_WRITE_DOWN_YEARS,
        'int',
        'år',
      );
    if (g.mode === 'rate') {
      return {
        mode: g.mode,
        krPerM2: this.paramOr(
          rows,
          'Tilskudd, sats',
          g.krPerM2,
          'grantRate',
          GRANT_RATES[a.municipalityGroup].krPerM2,
          'kr',
          'kr per m²',
        ),
        maxM2: this.paramOr(
          rows,
          'Tilskudd, maks areal',
          g.maxM2,
          'grantMaxM2',
          GRANT_MAX_M2,
          'm2',
          'm² per bolig',
        ),
        percent: null,
        writeDownYears: wdy(g.writeDownYears),
      };
    }
    if (g.mode === 'percent') {
      return {
        mode: g.mode,
        krPerM2: null,
        maxM2: null,
        percent: this.param(
          rows,
          'Tilskudd, prosent av kostnad',
          g.percent,
          'percentNumber',
          'prosent',
        ),
        writeDownYears: wdy(g.writeDownYears),
      };
    }
    rows.push({
      label: 'Tilskudd',
      node: this.book.value('Uten tilskudd'),
      fmt: 'text',
      unit: '',
      input: false,
    });
    return {
      mode: g.mode,
      krPerM2: null,
      maxM2: null,
      percent: null,
      writeDownYears: null,
    };
  }

  // --- Loans ----------------------------------------------------------------------------------

  /** A repayment plan from year index `firstIdx`, as formulas (money.ts loanSchedule). */
  schedule(
    actionTitle: string,
    label: string,
    principal: Node,
    rate: Node,
    years: Node,
    type: Node,
    firstIdx: number,
    loanNo: number,
  ): LoanBlock {
    const { book } = this;
    const p = principal.num;
    const r = rate.num;
    const nY = Math.round(years.num);
    const serial = type.value === SERIAL;
    const [P, E, F, G] = [principal, rate, years, type].map(token) as [
      string,
      string,
      string,
      string,
    ];
    const pay = serial || nY < 1 ? 0 : roundKr(annuityPayment(p, r, nY));
    const payment = book.formula(
      raw(
        `IF(OR(${G}="${SERIAL}",${F}<1),0,${roundText(`IF(${E}=0,${P}/${F},${P}*${E}/(1-(1+${E})^(-${F})))`)})`,
        pay,
        true,
      ),
    );
    const I = token(payment);
    const interest: (Node | null)[] = new Array<Node | null>(this.n).fill(null);
    const instalment: (Node | null)[] = new Array<Node | null>(this.n).fill(null);
    const balance: (Node | null)[] = new Array<Node | null>(this.n).fill(null);
    let bal = p;
    for (let i = Math.max(0, firstIdx); i < this.n; i++) {
      const k = i - firstIdx + 1;
      const open = k === 1 ? p : bal;
      const O = k === 1 ? P : token(balance[i - 1]!);
      const int = k <= nY ? roundKr(open * r) : 0;
      const inst =
        k > nY
          ? 0
          : k === nY
            ? open
            : serial
              ? roundKr((p * k) / nY) - roundKr((p * (k - 1)) / nY)
              : Math.min(open, Math.max(0, pay - int));
      bal = open - inst;
      const iNode = book.formula(raw(`IF(${k}<=${F},${roundText(`${O}*${E}`)},0)`, int, true));
      const In = token(iNode);
      const sNode = book.formula(
        raw(
          `IF(${k}>${F},0,IF(${k}=${F},${O},IF(${G}="${SERIAL}",${roundText(`${P}*${k}/${F}`)}-${roundText(`${P}*${k - 1}/${F}`)},MIN(${O},MAX(0,${I}-${In})))))`,
          inst,
          true,
        ),
      );
      const bNode = book.formula(raw(`${O}-${token(sNode)}`, bal, true));
      interest[i] = iNode;
      instalment[i] = sNode;
      balance[i] = bNode;
    }
    const block: LoanBlock = {
      loanNo,
      actionTitle,
      label,
      principal,
      rate,
      years,
      type,
      firstIdx,
      payment,
      interest,
      instalment,
      balance,
    };
    this.loans.push(block);
    return block;
  }

  /** addLoan: a tranche drawn in year index `drawIdx`; books it on the action's lines. */
  addLoan(
    b: Buffers,
    title: string,
    label: string,
    drawIdx: number,
    principal: X,
    terms: { rate: Node; years: Node; type: Node },
  ): Tranche {
    const { book } = this;
    const P = book.formula(round(principal));
    const rate = book.formula(ref(terms.rate));
    const years = book.formula(ref(terms.years));
    const type = book.formula(raw(token(terms.type), 0), terms.type.value ?? '');
    const block = this.schedule(title, label, P, rate, years, type, drawIdx, this.loans.length + 1);
    b.add('newLoans', drawIdx, ref(P));
    for (let i = drawIdx; i < this.n; i++) {
      b.add('interest', i, ref(block.interest[i]!));
      b.add('instalments', i, ref(block.instalment[i]!));
    }
    return { drawIdx, blocks: [block], rate, years, type };
  }

  // --- Actions ----------------------------------------------------------------------------

  build(): ScenarioModel {
    const { scenario, plan } = this;
    const budgets = new Map(plan.byAction.map((ab) => [ab.actionId, ab]));
    const register = budgets.get(REGISTER_LINE_ID)!;
    const regBuf = new Buffers(this.book, register, this.n);
    const baseRows = this.quantityRows('Eksisterende boligmasse', this.basis.base, false);
    this.quantityOps(regBuf, this.basis.base, baseRows);
    const z = new Array<number>(this.n).fill(0);
    this.debtRows(
      regBuf,
      {
        interest: this.basis.baseDebt.interest,
        instalments: this.basis.baseDebt.instalments,
        loanRepaid: z,
        grantRepaid: z,
      },
      false,
    );

    const bufs = new Map<string, Buffers>();
    const params = new Map<string, ParamRow[]>();
    const descriptions = new Map<string, string>();
    scenario.actions.forEach((x) => {
      const budget = budgets.get(x.id);
      if (!budget) throw new Error(`Planresultatet mangler tiltaket «${x.id}»`);
      bufs.set(x.id, new Buffers(this.book, budget, this.n));
      params.set(x.id, []);
    });
    const order = scenario.actions
      .map((x, index) => ({ x, index }))
      .sort((p, q) => actionYear(p.x) - actionYear(q.x) || p.index - q.index);
    for (const { x } of order) {
      const b = bufs.get(x.id)!;
      const rows = params.get(x.id)!;
      const title = b.budget.title;
      switch (x.kind) {
        case 'kjop':
          descriptions.set(x.id, this.purchase(x, b, rows, title));
          break;
        case 'bygging':
          descriptions.set(x.id, this.construct(x, b, rows, title));
          break;
        case 'salg':
        case 'leie_til_eie':
          descriptions.set(x.id, this.sale(x, b, rows, title));
          break;
        case 'framleie':
          descriptions.set(x.id, this.framleie(x, b, rows, title));
          break;
        case 'rehabilitering':
          descriptions.set(x.id, this.rehab(x, b, rows, title));
          break;
        case 'avvikling':
          descriptions.set(x.id, this.decommission(x, b, rows, title));
          break;
      }
    }

    const actions: ActionModel[] = [
      this.finish(regBuf, [], 'Boligene i registeret ved eksport, uten tiltak', ''),
      ...scenario.actions.map((x) =>
        this.finish(bufs.get(x.id)!, params.get(x.id)!, descriptions.get(x.id) ?? '', x.note ?? ''),
      ),
    ];
    return {
      no: this.no,
      scenario,
      plan,
      names: this.names,
      grantRate: this.grantRate,
      factors: this.factors,
      grid: this.grid,
      actions,
      loans: this.loans,
      totals: this.totals(actions),
    };
  }

  purchase(x: PurchaseAction, b: Buffers, rows: ParamRow[], title: string): string {
    const y = x.year - this.s0;
    this.param(rows, 'År', x.year, 'year', '');
    this.param(rows, 'Segment', segmentLabel(x.segment), 'text', '');
    const count = ref(this.param(rows, 'Antall boliger', x.count, 'int', 'boliger'));
    const price = ref(
      this.param(rows, 'Pris per bolig', x.pricePerHome, 'kr', `kr (${this.s0}-priser)`),
    );
    const area = ref(this.param(rows, 'P-ROM per bolig', x.areaM2PerHome, 'm2', 'm²'));
    const rent = ref(
      this.param(
        rows,
        'Månedsleie per bolig',
        x.rentMonthlyPerHome,
        'kr',
        `kr (${this.s0}-priser)`,
      ),
    );
    const g = this.grantParams(rows, x.grant);
    const terms = this.loanParams(rows, x.loan);

    const cost = mul(mul(count, price), this.PF(y));
    b.add('purchases', y, cost);
    let grantPerHome: X = num(0);
    if (g.mode === 'rate') {
      // Never more than the price (the approved cost).
      grantPerHome = min(mul(ref(g.krPerM2!), min(area, ref(g.maxM2!))), mul(price, this.PF(y)));
      b.add('grants', y, round(mul(grantPerHome, count)));
    } else if (g.mode === 'percent') {
      b.add('grants', y, round(mul(div(ref(g.percent!), num(100)), cost)));
      grantPerHome = div(ref(b.cell('grants', y)), count);
    }
    const costKr = ref(b.cell('purchases', y));
    const financed =
      g.mode === 'none' ? max(num(0), costKr) : max(num(0), sub(costKr, ref(b.cell('grants', y))));
    const tranche = this.addLoan(
      b,
      title,
      `Lån ${x.year}`,
      y,
      mul(ref(terms.share), financed),
      terms,
    );
    for (let i = y; i < this.n; i++) this.homeOps(b, i, count, rent, area, null);
    this.pools.set(x.id, {
      grantIdx: y,
      writeDownYears: g.writeDownYears ? ref(g.writeDownYears) : null,
      remaining: count,
      segs: new Map([[segmentIndex(x.segment), { remaining: count, rent, area, grantPerHome }]]),
      tranches: [tranche],
    });
    return `Kjøp av ${homes(x.count)} i ${x.year}`;
  }

  construct(x: BuildAction, b: Buffers, rows: ParamRow[], title: string): string {
    const from = x.startYear - this.s0;
    const done = x.completionYear - this.s0;
    const years = done - from + 1;
    this.param(rows, 'Prosjekt', x.project, 'text', '');
    this.param(rows, 'Byggestart', x.startYear, 'year', '');
    this.param(rows, 'Ferdigstillelse', x.completionYear, 'year', '');
    const total = ref(
      this.param(rows, 'Samlet kostnad', x.totalCost, 'kr', `kr (${this.s0}-priser)`),
    );
    const lines = x.units.map((u, k) => {
      const pre = x.units.length > 1 ? `Boliger ${k + 1}: ` : '';
      this.param(rows, `${pre}segment`, segmentLabel(u.segment), 'text', '');
      return {
        segment: u.segment,
        count: ref(this.param(rows, `${pre}antall`, u.count, 'int', 'boliger')),
        area: ref(this.param(rows, `${pre}P-ROM per bolig`, u.areaM2PerHome, 'm2', 'm²')),
        rent: ref(
          this.param(
            rows,
            `${pre}månedsleie per bolig`,
            u.rentMonthlyPerHome,
            'kr',
            `kr (${this.s0}-priser)`,
          ),
        ),
      };
    });
    const g = this.grantParams(rows, x.grant);
    const terms = this.loanParams(rows, x.loan);

    // Spending per construction year (unrounded) and the nominal total, as the engine sums it.
    const spend: Node[] = [];
    const spendRow: (Node | null)[] = new Array<Node | null>(this.n).fill(null);
    for (let i = from; i <= done; i++) {
      const sp = this.book.formula(mul(div(total, num(years)), this.PF(i)));
      spend.push(sp);
      spendRow[i] = sp;
      b.add('building', i, ref(sp));
    }
    const nominal = this.book.formula(sum(spend.map(ref)));
    const totalUnits = sum(lines.map((l) => l.count));
    const perHome = (area: X): X =>
      g.mode === 'rate' ? mul(ref(g.krPerM2!), min(area, ref(g.maxM2!))) : num(0);
    // A rate grant never exceeds the cost; when capped, each home's share shrinks alike.
    let capShare: X = num(1);
    let uncapped: Node | null = null;
    if (g.mode === 'rate') {
      uncapped = this.book.formula(sum(lines.map((l) => mul(l.count, perHome(l.area)))));
      b.add('grants', done, round(min(ref(uncapped), ref(nominal))));
      capShare = min(num(1), div(ref(nominal), ref(uncapped)));
    } else if (g.mode === 'percent') {
      b.add('grants', done, round(mul(div(ref(g.percent!), num(100)), ref(nominal))));
    }
    const grant = g.mode === 'none' ? num(0) : ref(b.cell('grants', done));
    const costKr = round(ref(nominal));
    const financed = this.book.formula(
      mul(
        ref(terms.share),
        g.mode === 'none' ? max(num(0), costKr) : max(num(0), sub(costKr, grant)),
      ),
    );
    this.grid.push(
      { label: title, unit: '', fmt: 'text', note: '', values: [], heading: true },
      {
        label: 'Byggekostnad per år (urundet)',
        unit: 'kr',
        fmt: 'kr',
        note: 'Samlet kostnad / byggeår × prisfaktor',
        values: spendRow,
      },
      {
        label: 'Samlet byggekostnad (urundet)',
        unit: 'kr',
        fmt: 'kr',
        note: 'Sum av årene',
        values: [],
        scalar: nominal,
      },
      {
        label: 'Lånefinansiert beløp (urundet)',
        unit: 'kr',
        fmt: 'kr',
        note: 'Andel × (avrundet kostnad − tilskudd); fordeles på byggeårene',
        values: [],
        scalar: financed,
      },
    );
    if (uncapped) {
      this.grid.push({
        label: 'Tilskudd etter sats, før tak (urundet)',
        unit: 'kr',
        fmt: 'kr',
        note: 'Sats × P-ROM (maks areal) × antall; tilskuddet er aldri høyere enn kostnaden',
        values: [],
        scalar: uncapped,
      });
    }
    const tranches = spend.map((sp, k) => {
      const N = token(nominal);
      const share = roundKr(nominal.num > 0 ? (financed.num * sp.num) / nominal.num : 0);
      const principal = raw(
        `IF(${N}>0,${roundText(`${token(financed)}*${token(sp)}/${N}`)},0)`,
        share,
        true,
      );
      return this.addLoan(b, title, `Lån ${x.startYear + k}`, from + k, principal, terms);
    });
    const segs: Pool['segs'] = new Map();
    for (const l of lines) {
      const seg = segmentIndex(l.segment);
      for (let i = done; i < this.n; i++) this.homeOps(b, i, l.count, l.rent, l.area, null);
      const prev = segs.get(seg);
      const gph =
        g.mode === 'percent' ? div(grant, max(num(1), totalUnits)) : mul(perHome(l.area), capShare);
      if (prev) {
        const k = add(prev.remaining, l.count);
        prev.rent = div(add(mul(prev.rent, prev.remaining), mul(l.rent, l.count)), k);
        prev.area = div(add(mul(prev.area, prev.remaining), mul(l.area, l.count)), k);
        prev.grantPerHome = div(add(mul(prev.grantPerHome, prev.remaining), mul(gph, l.count)), k);
        prev.remaining = k;
      } else {
        segs.set(seg, { remaining: l.count, rent: l.rent, area: l.area, grantPerHome: gph });
      }
    }
    this.pools.set(x.id, {
      grantIdx: done,
      writeDownYears: g.writeDownYears ? ref(g.writeDownYears) : null,
      remaining: totalUnits,
      segs,
      tranches,
    });
    const n = x.units.reduce((s, u) => s + u.count, 0);
    return `Bygging av ${homes(n)}, ${x.startYear}–${x.completionYear}`;
  }

  sale(
    x: SaleAction | Extract<Action, { kind: 'leie_til_eie' }>,
    b: Buffers,
    rows: ParamRow[],
    title: string,
  ): string {
    const y = x.year - this.s0;
    this.param(rows, 'År', x.year, 'year', '');
    const priceParam = x.kind === 'salg' ? x.pricePerHome : x.price;
    if (x.kind === 'salg' && x.target.mode === 'action') {
      const t = x.target;
      const src = this.scenario.actions.findIndex((a) => a.id === t.actionId);
      this.param(rows, 'Boliger fra', src >= 0 ? `Tiltak ${src + 1}` : t.actionId, 'text', '');
      if (t.segment) this.param(rows, 'Segment', segmentLabel(t.segment), 'text', '');
      const k = ref(this.param(rows, 'Antall boliger', t.count, 'int', 'boliger'));
      const price = ref(
        this.param(rows, 'Pris per bolig', priceParam, 'kr', `kr (${this.s0}-priser)`),
      );
      this.sellFromPool(b, title, t.actionId, k, t.segment, y, mul(price, this.PF(y)));
      return `Salg av ${homes(t.count)} fra tiltak ${src + 1} i ${x.year}`;
    }
    const none = new Array<number>(this.n).fill(0);
    const basis: ActionBasis = this.basis.actions.get(x.id) ?? {
      delta: { rent: [], ownerRent: [], area: [], homes: [] },
      debt: { loanRepaid: none, grantRepaid: none, interest: none, instalments: none },
      sold: [],
      units: [],
    };
    if (x.kind === 'salg' && x.target.mode === 'segment') {
      this.param(rows, 'Segment', segmentLabel(x.target.segment), 'text', '');
    }
    // Leie-til-eie names no home: its number (or address) would identify the household that
    // buys it (issue 5.3). Sales of other register homes may name them.
    if (x.kind !== 'leie_til_eie') {
      this.param(rows, 'Boliger', basis.sold.map((u) => u.unitNo).join(', '), 'text', '');
    }
    const count = ref(
      this.param(rows, 'Antall boliger', basis.sold.length, 'int', 'boliger', false),
    );
    const price = ref(
      this.param(rows, 'Pris per bolig', priceParam, 'kr', `kr (${this.s0}-priser)`),
    );
    if (basis.sold.length > 0) {
      b.add('salesIncome', y, mul(count, mul(price, this.PF(y))));
    }
    this.registerChanges(b, title, basis);
    if (x.kind === 'leie_til_eie') {
      return `Salg til leietaker (leie-til-eie), ${homes(basis.sold.length)}`;
    }
    return `Salg av ${homes(basis.sold.length)} fra registeret i ${x.year}`;
  }

  registerChanges(b: Buffers, title: string, basis: ActionBasis | undefined): void {
    if (!basis) return;
    const rows = this.quantityRows(title, basis.delta, true);
    this.quantityOps(b, basis.delta, rows);
    this.debtRows(b, basis.debt, true);
  }

  /**
   * Grunnlag rows for the existing loans and grants (values from Boligplan: the loans'
   * schedules, the homes' shares and the grants' write-down are the register's, not the
   * spreadsheet's), referenced by the budget lines.
   */
  debtRows(b: Buffers, d: ActionDebt, delta: boolean): void {
    const defs: [keyof ActionDebt, BudgetLine, string][] = [
      ['interest', 'existingInterest', 'renter på eksisterende lån'],
      ['instalments', 'existingInstalments', 'avdrag på eksisterende lån'],
      ['loanRepaid', 'loanRepaidOnSale', 'innfridd andel av eksisterende lån'],
      ['grantRepaid', 'grantRepaid', 'tilbakebetalt tilskudd (ikke avskrevet del)'],
    ];
    const note = delta
      ? 'Fra Boligplan: boligenes andel av lån og tilskudd i registeret (verdier, ikke formler)'
      : 'Fra Boligplan: lånene i registeret, rente etter forutsetningen når fastrenten er ute (verdier)';
    for (const [key, line, text] of defs) {
      const series = d[key];
      if (!series.some((v) => v !== 0)) continue;
      const values = series.map((v) => this.book.value(v));
      this.grid.push({
        label: delta ? `Endring: ${text}` : `${text[0]!.toUpperCase()}${text.slice(1)}`,
        unit: 'kr',
        fmt: 'kr',
        note,
        values,
      });
      series.forEach((v, i) => {
        if (v !== 0) b.add(line, i, ref(values[i]!));
      });
    }
  }

  sellFromPool(
    b: Buffers,
    title: string,
    poolId: string,
    k: X,
    segment: SegmentKey | undefined,
    y: number,
    price: X,
  ): void {
    const pool = this.pools.get(poolId);
    if (!pool) return;
    const segIdx = segment !== undefined ? segmentIndex(segment) : [...pool.segs.keys()][0]!;
    const g = pool.segs.get(segIdx);
    if (!g) return;
    b.add('salesIncome', y, mul(k, price));
    const done = Math.max(0, Math.floor(y - pool.grantIdx));
    const wdy = pool.writeDownYears;
    if (wdy) {
      // grantRemaining(grantPerHome × k, completed years, write-down years)
      b.add(
        'grantRepaid',
        y,
        round(mul(mul(g.grantPerHome, k), max(num(0), sub(num(1), div(num(done), wdy))))),
      );
    }
    for (const t of pool.tranches) {
      const d = y - t.drawIdx;
      const from = Math.max(0, d);
      // The balance at the start of the sale year on the schedule in force (plan.ts: that
      // year's balance + instalment). An earlier sale in the same year left a block starting
      // this year: its principal (the opening less that sale's repayment). Otherwise the
      // balance after year y − 1 (a later block replaces the years from its start), or the
      // principal when sold in the draw year.
      const prev = t.blocks[t.blocks.length - 1]!;
      const before = [...t.blocks].reverse().find((bl) => bl.firstIdx <= y - 1);
      const sameYear = prev.firstIdx === t.drawIdx + from;
      const opening = sameYear
        ? prev.principal
        : d <= 0 || !before
          ? t.blocks[0]!.principal
          : before.balance[y - 1]!;
      const repaid = this.book.formula(round(div(mul(ref(opening), k), pool.remaining)));
      b.add('loanRepaidOnSale', y, ref(repaid));
      const P = this.book.formula(sub(ref(opening), ref(repaid)));
      const rate = this.book.formula(ref(t.rate));
      const years = this.book.formula(sub(ref(t.years), num(from)));
      const type = this.book.formula(raw(token(t.type), 0), t.type.value ?? '');
      const tail = this.schedule(
        title,
        `Restlån etter salg ${this.s0 + y}`,
        P,
        rate,
        years,
        type,
        t.drawIdx + from,
        prev.loanNo,
      );
      tail.repaid = { idx: y, node: repaid };
      for (let i = t.drawIdx + from; i < this.n; i++) {
        b.add('interest', i, sub(ref(tail.interest[i]!), ref(prev.interest[i]!)));
        b.add('instalments', i, sub(ref(tail.instalment[i]!), ref(prev.instalment[i]!)));
      }
      t.blocks.push(tail);
    }
    for (let i = y; i < this.n; i++) this.homeOps(b, i, neg(k), g.rent, g.area, null);
    g.remaining = sub(g.remaining, k);
    pool.remaining = sub(pool.remaining, k);
  }

  framleie(
    x: Extract<Action, { kind: 'framleie' }>,
    b: Buffers,
    rows: ParamRow[],
    title: string,
  ): string {
    if (x.mode === 'lease') {
      const y = x.year - this.s0;
      this.param(rows, 'År', x.year, 'year', '');
      this.param(rows, 'Segment', segmentLabel(x.segment), 'text', '');
      const count = ref(this.param(rows, 'Antall boliger', x.count, 'int', 'boliger'));
      this.param(rows, 'Leieperiode', x.termYears, 'int', 'år', false);
      const owner = ref(
        this.param(
          rows,
          'Leie til eier per bolig',
          x.ownerRentMonthly,
          'kr',
          `kr per måned (${this.s0}-priser)`,
        ),
      );
      const rent = ref(
        this.param(
          rows,
          'Husleie per bolig',
          x.rentMonthly,
          'kr',
          `kr per måned (${this.s0}-priser)`,
        ),
      );
      for (let i = y; i < Math.min(y + x.termYears, this.n); i++) {
        this.homeOps(b, i, count, rent, null, owner);
      }
      return `Leier ${homes(x.count)} fra private i ${x.termYears} år fra ${x.year}`;
    }
    const basis = this.basis.actions.get(x.id);
    const units = (basis?.units ?? []).map((u) => u.unitNo).join(', ');
    if (x.mode === 'end') {
      this.param(rows, 'Fra år', x.year, 'year', '');
      this.param(rows, 'Boliger', units, 'text', '');
      this.registerChanges(b, title, basis);
      return `Avslutter ${leases(x.unitIds.length)} fra ${x.year}`;
    }
    this.param(rows, 'Til og med år', x.untilYear, 'year', '');
    this.param(rows, 'Boliger', units, 'text', '');
    if (x.ownerRentMonthly !== undefined) {
      this.param(
        rows,
        'Ny leie til eier per bolig',
        x.ownerRentMonthly,
        'kr',
        'kr per måned',
        false,
      );
    }
    this.registerChanges(b, title, basis);
    return `Forlenger ${leases(x.unitIds.length)} til ${x.untilYear}`;
  }

  rehab(x: RehabAction, b: Buffers, rows: ParamRow[], title: string): string {
    const from = x.fromYear - this.s0;
    const to = x.toYear - this.s0;
    const years = to - from + 1;
    const basis = this.basis.actions.get(x.id);
    this.param(rows, 'Fra år', x.fromYear, 'year', '');
    this.param(rows, 'Til år', x.toYear, 'year', '');
    this.param(rows, 'Boliger', (basis?.units ?? []).map((u) => u.unitNo).join(', '), 'text', '');
    const cost = ref(this.param(rows, 'Kostnad i alt', x.cost, 'kr', `kr (${this.s0}-priser)`));
    this.param(rows, 'Ny tilstandsgrad', `TG${x.newCondition}`, 'text', '');
    const terms = this.loanParams(rows, x.loan);
    for (let i = from; i <= to && i < this.n; i++) {
      b.add('rehabilitation', i, mul(div(cost, num(years)), this.PF(i)));
      const spent = ref(b.cell('rehabilitation', i));
      this.addLoan(b, title, `Lån ${this.s0 + i}`, i, mul(ref(terms.share), spent), terms);
    }
    this.registerChanges(b, title, basis);
    return `Rehabilitering av ${homes(x.unitIds.length)} ${x.fromYear}–${x.toYear}`;
  }

  decommission(
    x: Extract<Action, { kind: 'avvikling' }>,
    b: Buffers,
    rows: ParamRow[],
    title: string,
  ): string {
    const basis = this.basis.actions.get(x.id);
    this.param(rows, 'År', x.year, 'year', '');
    this.param(rows, 'Boliger', (basis?.units ?? []).map((u) => u.unitNo).join(', '), 'text', '');
    this.registerChanges(b, title, basis);
    return `Avvikler ${homes(x.unitIds.length)} fra ${x.year}`;
  }

  // --- Results ----------------------------------------------------------------------------

  private where(title: string, line: BudgetLine, i: number): string {
    return `Scenario ${this.no}, ${title}, ${line} ${this.s0 + i}`;
  }

  /** Sets each line cell's formula from its terms (or the app's value) and adds net rows. */
  finish(b: Buffers, params: ParamRow[], description: string, note: string): ActionModel {
    const { book, n } = this;
    const rowsFor = (lines: readonly BudgetLine[]): LineRow[] => {
      const out: LineRow[] = [];
      for (const line of lines) {
        const terms = b.terms.get(line);
        const anyApp = Array.from({ length: n }, (_, i) => b.app(line, i)).some((v) => v !== 0);
        if (!terms && !anyApp && !b.cells.has(line)) continue;
        let fallback = false;
        const cells = Array.from({ length: n }, (_, i) => {
          const node = b.cell(line, i);
          const app = b.app(line, i);
          const t = terms?.[i] ?? [];
          if (t.length > 0) {
            const x = round(sum(t));
            if (x.v === app) node.formula = x.f;
            else {
              fallback = true;
              this.fallbacks.push(
                `${this.where(b.budget.title, line, i)}: formel ${x.v}, app ${app}`,
              );
            }
          } else if (app !== 0) {
            fallback = true;
            this.fallbacks.push(`${this.where(b.budget.title, line, i)}: ingen formel, app ${app}`);
          }
          return node;
        });
        out.push({ line, cells, sum: this.rowSum(cells), fallback });
      }
      return out;
    };
    const inv = rowsFor(INVESTMENT_LINES);
    const op = rowsFor(OPERATING_LINES);
    const net = (rows: LineRow[], pick: (y: BudgetYear) => number): Node[] =>
      Array.from({ length: n }, (_, i) =>
        book.formula(
          this.signedSum(rows.map((r) => ({ line: r.line, node: r.cells[i]! }))),
          pick(b.budget.perYear[i]!),
        ),
      );
    return {
      actionId: b.budget.actionId,
      title: b.budget.title,
      kind: b.budget.kind,
      params,
      description,
      note,
      inv,
      op,
      netInvestment: net(inv, (y) => y.netInvestment),
      netOperating: net(op, (y) => y.netOperatingCost),
      budget: b.budget,
    };
  }

  signedSum(parts: { line: BudgetLine; node: Node }[]): X {
    if (parts.length === 0) return num(0);
    let acc: X | null = null;
    for (const p of parts) {
      const r = ref(p.node);
      if (acc === null) acc = sign(p.line) < 0 ? neg(r) : r;
      else acc = sign(p.line) < 0 ? sub(acc, r) : add(acc, r);
    }
    return acc!;
  }

  rowSum(cells: Node[]): Node {
    const total = cells.reduce((s, c) => s + c.num, 0);
    if (cells.length === 1) return this.book.formula(ref(cells[0]!));
    return this.book.formula(
      raw(`SUM(${token(cells[0]!)}:${token(cells[cells.length - 1]!)})`, total, true),
    );
  }

  totals(actions: ActionModel[]): ScenarioModel['totals'] {
    const { book, n, plan } = this;
    const check = (x: X, app: number, what: string): Node => {
      if (x.v !== app) {
        this.fallbacks.push(`Scenario ${this.no}, ${what}: formel ${x.v}, app ${app}`);
        return book.value(app);
      }
      return book.formula(x, app);
    };
    const lineTotals = <L extends BudgetLine>(
      lines: readonly L[],
      pick: (a: ActionModel) => LineRow[],
      app: (y: BudgetYear, l: L) => number,
    ) =>
      lines
        .map((line) => {
          const rows = actions.flatMap((a) => pick(a).filter((r) => r.line === line));
          if (rows.length === 0) return null;
          const cells = Array.from({ length: n }, (_, i) =>
            check(
              sum(rows.map((r) => ref(r.cells[i]!))),
              app(plan.perYear[i]!, line),
              `sum ${line} ${this.s0 + i}`,
            ),
          );
          return { line, cells, sum: this.rowSum(cells) };
        })
        .filter((x): x is { line: L; cells: Node[]; sum: Node } => x !== null);
    const inv = lineTotals(
      INVESTMENT_LINES,
      (a) => a.inv,
      (y, l) => y.investment[l],
    );
    const op = lineTotals(
      OPERATING_LINES,
      (a) => a.op,
      (y, l) => y.operating[l],
    );
    const netOf = (
      rows: { line: BudgetLine; cells: Node[] }[],
      pick: (y: BudgetYear) => number,
      what: string,
    ) =>
      Array.from({ length: n }, (_, i) =>
        check(
          this.signedSum(rows.map((r) => ({ line: r.line, node: r.cells[i]! }))),
          pick(plan.perYear[i]!),
          `${what} ${this.s0 + i}`,
        ),
      );
    const netInvestment = netOf(inv, (y) => y.netInvestment, 'netto investering');
    const netOperating = netOf(op, (y) => y.netOperatingCost, 'netto drift');
    const netCost = Array.from({ length: n }, (_, i) =>
      check(
        add(ref(netInvestment[i]!), ref(netOperating[i]!)),
        plan.perYear[i]!.netCost,
        `netto kostnad ${this.s0 + i}`,
      ),
    );
    const gross = Array.from({ length: n }, (_, i) => {
      const parts = inv.filter((r) => ['purchases', 'building', 'rehabilitation'].includes(r.line));
      const y = plan.perYear[i]!.investment;
      return check(
        sum(parts.map((r) => ref(r.cells[i]!))),
        y.purchases + y.building + y.rehabilitation,
        `brutto investering ${this.s0 + i}`,
      );
    });
    const npvOf = (cells: Node[]) =>
      round(sum(cells.map((c, i) => div(ref(c), ref(this.factors.discount[i]!)))));
    const npv = check(npvOf(netCost), plan.npv, 'nåverdi');
    const actionNetCost = new Map<string, { cells: Node[]; sum: Node; npv: Node }>();
    for (const a of actions) {
      // Only the net rows a sheet shows (an action without investment lines has none there).
      const nets = [
        a.inv.length > 0 ? a.netInvestment : null,
        a.op.length > 0 ? a.netOperating : null,
      ].filter((x): x is Node[] => x !== null);
      const cells = Array.from({ length: n }, (_, i) =>
        check(
          sum(nets.map((net) => ref(net[i]!))),
          a.budget.perYear[i]!.netCost,
          `${a.title} netto ${this.s0 + i}`,
        ),
      );
      actionNetCost.set(a.actionId, {
        cells,
        sum: this.rowSum(cells),
        npv: check(npvOf(cells), a.budget.npv, `${a.title} nåverdi`),
      });
    }
    // Loan balance at 31.12: the schedule in force for each tranche (the last block that has
    // started by then).
    const tranches = [...this.pools.values()].flatMap((p) => p.tranches);
    const others = this.loans.filter((l) => !tranches.some((t) => t.blocks.includes(l)));
    const loanBalance = Array.from({ length: n }, (_, i) => {
      const parts: X[] = [];
      for (const t of tranches) {
        const bl = [...t.blocks].reverse().find((x) => x.firstIdx <= i);
        if (bl?.balance[i]) parts.push(ref(bl.balance[i]!));
      }
      for (const l of others) if (l.balance[i]) parts.push(ref(l.balance[i]!));
      return check(sum(parts), plan.perYear[i]!.loanBalance, `lånegjeld ${this.s0 + i}`);
    });
    return {
      inv,
      op,
      netInvestment,
      netInvestmentSum: this.rowSum(netInvestment),
      netOperating,
      netOperatingSum: this.rowSum(netOperating),
      netCost,
      netCostSum: this.rowSum(netCost),
      grossInvestment: gross,
      npv,
      loanBalance,
      actionNetCost,
    };
  }
}
