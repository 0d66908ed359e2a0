// runPlan: a scenario's stock, gap tables and budget, year by year and per action.
//
// Design: the register's budget and stock are aggregated once with difference arrays
// (O(units + years)); expected turnover is O(current tenancies × years); each action costs
// O(years), plus O(years) per register home it names. No loop over units per action per year.
// Every action adds its marginal
// effect to its own buffer (a sale's lost rent is on the sale's line), so the «register» line
// is the baseline and each action's lines show what it changes. Every line is rounded to whole
// kroner once per action and year; totals are sums of rounded lines, so the tables add up.
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
import {
  DEFAULT_BEDROOM_RULE,
  DEFAULT_CROWDING_RULE,
  type BedroomRule,
  type CrowdingRule,
} from '../rules';
import { PROM_SHARE_OF_BRA } from '../rules';
import { TENURES, type Tenure } from '../types';
import {
  actionYear,
  namedUnitIds,
  type ActionKind,
  type BuildAction,
  type FramleieAction,
  type GrantSpec,
  type PurchaseAction,
  type RehabAction,
  type RentToOwnAction,
  type SaleAction,
  type Scenario,
} from './actions';
import {
  GRANT_MAX_M2,
  GRANT_RATES,
  GRANT_WRITE_DOWN_YEARS,
  resolveLoan,
  type Assumptions,
  type LoanTerms,
} from './assumptions';
import {
  addBudget,
  budgetYear,
  INVESTMENT_LINES,
  OPERATING_LINES,
  REGISTER_LINE_ID,
  zeroInvestment,
  zeroOperating,
  type BudgetLine,
  type BudgetYear,
} from './budget';
import { actionTitle, REGISTER_LINE_LABEL } from './labels';
import {
  costCoveringRentBreakdown,
  grantRemaining,
  loanSchedule,
  presentValue,
  roundKr,
  type CostCoveringRentBreakdown,
  type LoanYear,
} from './money';
import {
  baseUnitState,
  buildNeeds,
  checkHorizon,
  prepareRegister,
  type NeedsAssessment,
  type NeedsYear,
  type PreparedRegister,
  type PreparedUnit,
  type RegisterSnapshot,
  type SupplyEvent,
  type UnitEventPart,
  type UnitState,
} from './needs';
import { SEGMENT_KEYS, segmentIndex, type SegmentKey } from './segments';
import { RegisterDebt, type DebtLines } from './registerDebt';
import { ScenarioValidationError, validateScenario, type Issue } from './validate';
import { planYearFactor } from './values';
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

type Buf = Record<BudgetLine, number[]>;

interface Tranche {
  drawIdx: number;
  terms: LoanTerms;
  principal: number;
  /** Effective schedule by loan year (index 0 = draw year), updated by sales. */
  sched: LoanYear[];
}

interface PoolSegment {
  remaining: number;
  rentMonthly: number;
  areaM2: number;
  grantPerHome: number;
}

/** Homes bought or built by an action, for later sales. */
interface Pool {
  grantIdx: number;
  writeDownYears: number;
  remaining: number;
  segs: Map<number, PoolSegment>;
  tranches: Tranche[];
}

const NSEG = SEGMENT_KEYS.length;
const NTEN = TENURES.length;
const EID = TENURES.indexOf('eid');
const FRAMLEIE = TENURES.indexOf('framleie');

class PlanEngine {
  readonly n: number;
  readonly s0: number;
  readonly rentF: number[] = [];
  readonly costF: number[] = [];
  readonly priceF: number[] = [];
  readonly bufs = new Map<string, Buf>();
  readonly states = new Map<number, UnitState>();
  /** Per year × segment × tenure: change from the register's baseline count (touched homes). */
  readonly stockDelta: number[];
  readonly outOfUseDelta: number[];
  /** Difference array (length n + 1) × segment × tenure for scenario homes. */
  readonly stockDiff: number[];
  readonly events: SupplyEvent[] = [];
  readonly householdsGone = new Set<number>();
  readonly tranches: Tranche[] = [];
  readonly pools = new Map<string, Pool>();
  readonly projects: ProjectRent[] = [];
  readonly baseQ: RegisterQuantities;
  readonly basis = new Map<string, ActionRegisterBasis>();
  /** Change of the existing loans' balance per year from sales and winding-up. */
  readonly existingBalanceDelta: number[];
  /** Warnings the engine computes (data missing, amounts capped). */
  readonly warnings: Issue[] = [];
  private readonly candidates = new Map<number, { list: PreparedUnit[]; pos: number }>();

  constructor(
    readonly reg: PreparedRegister,
    readonly a: Assumptions,
    readonly debt: RegisterDebt,
  ) {
    this.n = reg.h.n;
    this.s0 = reg.h.startYear;
    for (let i = 0; i < this.n; i++) {
      this.rentF.push(Math.pow(1 + a.rentGrowth, i));
      this.costF.push(Math.pow(1 + a.costGrowth, i));
      this.priceF.push(Math.pow(1 + a.priceGrowth, i));
    }
    this.stockDelta = new Array<number>(this.n * NSEG * NTEN).fill(0);
    this.outOfUseDelta = new Array<number>(this.n).fill(0);
    this.stockDiff = new Array<number>((this.n + 1) * NSEG * NTEN).fill(0);
    this.baseQ = this.zeroQ();
    this.existingBalanceDelta = new Array<number>(this.n).fill(0);
  }

  zeroQ(): RegisterQuantities {
    const z = () => new Array<number>(this.n).fill(0);
    return { rent: z(), ownerRent: z(), area: z(), homes: z() };
  }

  /** The register basis of an action that changes register homes (created on first use). */
  basisOf(actionId: string): ActionRegisterBasis {
    let x = this.basis.get(actionId);
    if (!x) {
      const z = () => new Array<number>(this.n).fill(0);
      x = {
        actionId,
        delta: this.zeroQ(),
        soldUnitIds: [],
        unitIds: [],
        debt: { loanRepaid: z(), grantRepaid: z(), interest: z(), instalments: z() },
      };
      this.basis.set(actionId, x);
    }
    return x;
  }

  buf(id: string): Buf {
    let b = this.bufs.get(id);
    if (!b) {
      const z = () => new Array<number>(this.n).fill(0);
      b = {} as Buf;
      for (const k of INVESTMENT_LINES) b[k] = z();
      for (const k of OPERATING_LINES) b[k] = z();
      this.bufs.set(id, b);
    }
    return b;
  }

  // --- Existing stock ---------------------------------------------------------------------

  registerBaseline(): void {
    const { n } = this;
    const b = this.buf(REGISTER_LINE_ID);
    const rent = new Array<number>(n + 1).fill(0);
    const own = new Array<number>(n + 1).fill(0);
    const area = new Array<number>(n + 1).fill(0);
    const count = new Array<number>(n + 1).fill(0);
    const rentP = new Array<number>(n).fill(0);
    const ownP = new Array<number>(n).fill(0);
    const areaP = new Array<number>(n).fill(0);
    const countP = new Array<number>(n).fill(0);
    const oou = new Array<number>(n + 1).fill(0);
    const add = (diff: number[], part: number[], pu: PreparedUnit, v: number) => {
      if (v === 0) return;
      const end = Math.min(pu.endIdx, n);
      diff[0] = diff[0]! + v;
      diff[end] = diff[end]! - v;
      if (pu.endIdx < n) part[pu.endIdx] = part[pu.endIdx]! + pu.endFrac * v;
    };
    for (const pu of this.reg.units) {
      const u = pu.unit;
      add(rent, rentP, pu, pu.inUse ? u.rentMonthly : 0);
      add(own, ownP, pu, u.tenure === 'framleie' ? (u.ownerRentMonthly ?? 0) : 0);
      add(area, areaP, pu, u.tenure === 'eid' ? u.areaM2 : 0);
      add(count, countP, pu, 1);
      const end = Math.min(pu.endIdx, n);
      const k = pu.segIdx * NTEN + pu.tenureIdx;
      this.stockDiff[k] = this.stockDiff[k]! + 1;
      this.stockDiff[end * NSEG * NTEN + k] = this.stockDiff[end * NSEG * NTEN + k]! - 1;
      if (!pu.inUse) {
        oou[0] = oou[0]! + 1;
        oou[end] = oou[end]! - 1;
      }
    }
    let r = 0;
    let o = 0;
    let ar = 0;
    let c = 0;
    let out = 0;
    const q = this.baseQ;
    for (let i = 0; i < n; i++) {
      r += rent[i]!;
      o += own[i]!;
      ar += area[i]!;
      c += count[i]!;
      out += oou[i]!;
      q.rent[i] = r + rentP[i]!;
      q.ownerRent[i] = o + ownP[i]!;
      q.area[i] = ar + areaP[i]!;
      q.homes[i] = c + countP[i]!;
      const rentIncome = q.rent[i]! * 12 * this.rentF[i]!;
      b.rentIncome[i] = rentIncome;
      b.vacancyLoss[i] = rentIncome * this.a.vacancyLoss;
      b.framleieRentPaid[i] = q.ownerRent[i]! * 12 * this.rentF[i]!;
      b.operationMaintenance[i] = q.area[i]! * this.a.maintenancePerM2PerYear * this.costF[i]!;
      b.management[i] = q.homes[i]! * this.a.managementPerUnitPerYear * this.costF[i]!;
      b.existingInterest[i] = this.debt.baseline.interest[i]!;
      b.existingInstalments[i] = this.debt.baseline.instalments[i]!;
      this.outOfUseDelta[i] = this.outOfUseDelta[i]! + out;
    }
  }

  /**
   * A register home leaves the stock in year index y (sold, sold to the tenant, wound up): its
   * share of the existing loans is repaid (unless kept) and its debt service stops; the part of
   * its grants not yet written down is paid back. Warns when the register has neither.
   */
  settleRegisterHome(
    b: Buf,
    actionId: string,
    actionIndex: number,
    title: string,
    pu: PreparedUnit,
    y: number,
    keepLoan: boolean,
  ): void {
    const f = this.debt.removal(pu.unit.id, y, keepLoan);
    const d = this.basisOf(actionId).debt;
    b.loanRepaidOnSale[y]! += f.loanRepaid;
    b.grantRepaid[y]! += f.grantRepaid;
    d.loanRepaid[y]! += f.loanRepaid;
    d.grantRepaid[y]! += f.grantRepaid;
    for (let i = y; i < this.n; i++) {
      b.existingInterest[i]! += f.delta.interest[i]!;
      b.existingInstalments[i]! += f.delta.instalments[i]!;
      d.interest[i]! += f.delta.interest[i]!;
      d.instalments[i]! += f.delta.instalments[i]!;
      this.existingBalanceDelta[i]! += f.delta.balance[i]!;
    }
    if (pu.unit.tenure === 'eid' && !f.hasLoan && !f.hasGrant) {
      this.warnings.push({
        severity: 'warning',
        actionId,
        actionIndex,
        field: 'Bolig',
        code: 'no-loan-data',
        year: this.s0 + y,
        unitIds: [pu.unit.id],
        message:
          `${title}, Bolig: registeret har verken lån eller tilskudd for bolig ${pu.unit.unitNo}; ` +
          'salget er beregnet uten innfrielse av lån og uten tilbakebetaling av tilskudd',
      });
    }
  }

  /**
   * Changes a register home's timeline and books the difference on the action's lines and in
   * its register quantities (`q`, see RegisterQuantities).
   */
  mutateUnit(
    b: Buf,
    q: RegisterQuantities,
    pu: PreparedUnit,
    change: (st: UnitState) => void,
  ): void {
    const { n, a } = this;
    let st = this.states.get(pu.unit.id);
    if (!st) {
      st = baseUnitState(pu, n);
      this.states.set(pu.unit.id, st);
    }
    const stock0 = [...st.stock];
    const use0 = [...st.use];
    const own0 = [...st.ownerRent];
    change(st);
    const u = pu.unit;
    for (let i = 0; i < n; i++) {
      const s1 = st.stock[i]!;
      const s0 = stock0[i]!;
      const dUse = st.use[i]! - use0[i]!;
      const dStock = s1 - s0;
      q.rent[i]! += u.rentMonthly * dUse;
      if (u.tenure === 'framleie') q.ownerRent[i]! += st.ownerRent[i]! * s1 - own0[i]! * s0;
      if (u.tenure === 'eid') q.area[i]! += u.areaM2 * dStock;
      q.homes[i]! += dStock;
      const rent = u.rentMonthly * 12 * this.rentF[i]! * dUse;
      b.rentIncome[i]! += rent;
      b.vacancyLoss[i]! += rent * a.vacancyLoss;
      if (u.tenure === 'framleie') {
        b.framleieRentPaid[i]! += 12 * this.rentF[i]! * (st.ownerRent[i]! * s1 - own0[i]! * s0);
      }
      if (u.tenure === 'eid') {
        b.operationMaintenance[i]! +=
          u.areaM2 * a.maintenancePerM2PerYear * this.costF[i]! * dStock;
      }
      b.management[i]! += a.managementPerUnitPerYear * this.costF[i]! * dStock;
      const counted = (s1 >= 1 ? 1 : 0) - (s0 >= 1 ? 1 : 0);
      if (counted !== 0) {
        const k = (i * NSEG + pu.segIdx) * NTEN + pu.tenureIdx;
        this.stockDelta[k] = this.stockDelta[k]! + counted;
      }
      const oou = (s1 >= 1 && st.use[i]! < 1 ? 1 : 0) - (s0 >= 1 && use0[i]! < 1 ? 1 : 0);
      if (oou !== 0) this.outOfUseDelta[i] = this.outOfUseDelta[i]! + oou;
    }
  }

  /** Takes a register home out of the stock from year index y. */
  removeUnit(
    b: Buf,
    pu: PreparedUnit,
    y: number,
    part: UnitEventPart,
    actionId: string,
    supplyEffect = true,
  ): void {
    this.mutateUnit(b, this.basisOf(actionId).delta, pu, (st) => {
      const wasInUse = (st.use[y] ?? 0) > 0;
      for (let i = y; i < this.n; i++) {
        st.stock[i] = 0;
        st.use[i] = 0;
      }
      st.events = st.events.filter((e) => e.idx < y);
      if (wasInUse && supplyEffect) st.events.push({ idx: y, delta: -1, part, actionId });
    });
  }

  // --- Scenario homes ---------------------------------------------------------------------

  /** Running income and costs of k scenario homes in year index i (k < 0 for sold homes). */
  homeOps(
    b: Buf,
    i: number,
    k: number,
    rentMonthly: number,
    areaM2: number,
    tenure: 'eid' | 'framleie',
    ownerRentMonthly = 0,
  ): void {
    const rent = k * rentMonthly * 12 * this.rentF[i]!;
    b.rentIncome[i]! += rent;
    b.vacancyLoss[i]! += rent * this.a.vacancyLoss;
    if (tenure === 'eid') {
      // The action's area is P-ROM (the grant's basis); the maintenance rate is per m² BRA.
      b.operationMaintenance[i]! +=
        k * (areaM2 / PROM_SHARE_OF_BRA) * this.a.maintenancePerM2PerYear * this.costF[i]!;
    } else {
      b.framleieRentPaid[i]! += k * ownerRentMonthly * 12 * this.rentF[i]!;
    }
    b.management[i]! += k * this.a.managementPerUnitPerYear * this.costF[i]!;
  }

  /** Scenario homes in the stock from year index from (inclusive) to to (exclusive). */
  addStock(segIdx: number, tenureIdx: number, k: number, from: number, to = this.n): void {
    const base = segIdx * NTEN + tenureIdx;
    const f = Math.min(from, this.n) * NSEG * NTEN + base;
    const t = Math.min(to, this.n) * NSEG * NTEN + base;
    this.stockDiff[f] = this.stockDiff[f]! + k;
    this.stockDiff[t] = this.stockDiff[t]! - k;
  }

  addLoan(b: Buf, drawIdx: number, principal: number, terms: LoanTerms): Tranche {
    const p = roundKr(principal);
    const sched = p > 0 ? loanSchedule(p, terms.interestRate, terms.years, terms.type) : [];
    const t: Tranche = { drawIdx, terms, principal: p, sched };
    b.newLoans[drawIdx]! += p;
    sched.forEach((ly, k) => {
      const i = drawIdx + k;
      if (i >= this.n) return;
      b.interest[i]! += ly.interest;
      b.instalments[i]! += ly.instalment;
    });
    this.tranches.push(t);
    return t;
  }

  grantRate(g: GrantSpec & { mode: 'rate' }): { krPerM2: number; maxM2: number } {
    return {
      krPerM2: g.krPerM2 ?? GRANT_RATES[this.a.municipalityGroup].krPerM2,
      maxM2: g.maxM2 ?? GRANT_MAX_M2,
    };
  }

  purchase(x: PurchaseAction, title: string): void {
    const b = this.buf(x.id);
    const y = x.year - this.s0;
    const seg = segmentIndex(x.segment);
    const cost = x.count * x.pricePerHome * this.priceF[y]!;
    b.purchases[y]! += cost;
    let grantPerHome = 0;
    let grant = 0;
    if (x.grant.mode === 'rate') {
      const r = this.grantRate(x.grant);
      // Never more than the approved cost (validateScenario warns, the form refuses).
      grantPerHome = Math.min(
        r.krPerM2 * Math.min(x.areaM2PerHome, r.maxM2),
        x.pricePerHome * this.priceF[y]!,
      );
      grant = roundKr(grantPerHome * x.count);
    } else if (x.grant.mode === 'percent') {
      grant = roundKr((x.grant.percent / 100) * cost);
      grantPerHome = grant / x.count;
    }
    b.grants[y]! += grant;
    const terms = resolveLoan(this.a, x.loan);
    const costKr = roundKr(cost);
    const tranche = this.addLoan(b, y, terms.share * Math.max(0, costKr - grant), terms);
    for (let i = y; i < this.n; i++) {
      this.homeOps(b, i, x.count, x.rentMonthlyPerHome, x.areaM2PerHome, 'eid');
    }
    this.addStock(seg, EID, x.count, y);
    this.events.push({ idx: y, segIdx: seg, delta: x.count, part: 'added', actionId: x.id });
    this.pools.set(x.id, {
      grantIdx: y,
      writeDownYears:
        x.grant.mode === 'none'
          ? GRANT_WRITE_DOWN_YEARS
          : (x.grant.writeDownYears ?? GRANT_WRITE_DOWN_YEARS),
      remaining: x.count,
      segs: new Map([
        [
          seg,
          {
            remaining: x.count,
            rentMonthly: x.rentMonthlyPerHome,
            areaM2: x.areaM2PerHome,
            grantPerHome,
          },
        ],
      ]),
      tranches: [tranche],
    });
    this.projectRent(
      x.id,
      title,
      y,
      costKr,
      grant,
      terms,
      x.count,
      x.count * x.areaM2PerHome,
      x.count * x.rentMonthlyPerHome,
    );
  }

  build(x: BuildAction, title: string): void {
    const b = this.buf(x.id);
    const from = x.startYear - this.s0;
    const done = x.completionYear - this.s0;
    const years = done - from + 1;
    const spend: number[] = [];
    let nominal = 0;
    for (let i = from; i <= done; i++) {
      const sp = (x.totalCost / years) * this.priceF[i]!;
      spend.push(sp);
      nominal += sp;
      b.building[i]! += sp;
    }
    const totalUnits = x.units.reduce((s, u) => s + u.count, 0);
    const totalArea = x.units.reduce((s, u) => s + u.count * u.areaM2PerHome, 0);
    const totalRent = x.units.reduce((s, u) => s + u.count * u.rentMonthlyPerHome, 0);
    let grant = 0;
    const perHome = (areaM2: number): number => {
      if (x.grant.mode !== 'rate') return 0;
      const r = this.grantRate(x.grant);
      return r.krPerM2 * Math.min(areaM2, r.maxM2);
    };
    // Never more than the approved cost (validateScenario warns, the form refuses): a capped
    // rate grant is shared by the homes in proportion to their uncapped grant.
    let capShare = 1;
    if (x.grant.mode === 'rate') {
      const uncapped = x.units.reduce((s, u) => s + u.count * perHome(u.areaM2PerHome), 0);
      if (uncapped > 0) capShare = Math.min(1, nominal / uncapped);
      grant = roundKr(Math.min(uncapped, nominal));
    } else if (x.grant.mode === 'percent') {
      grant = roundKr((x.grant.percent / 100) * nominal);
    }
    b.grants[done]! += grant;
    const terms = resolveLoan(this.a, x.loan);
    const costKr = roundKr(nominal);
    const financed = terms.share * Math.max(0, costKr - grant);
    const tranches = spend.map((sp, k) =>
      this.addLoan(b, from + k, nominal > 0 ? (financed * sp) / nominal : 0, terms),
    );
    const segs = new Map<number, PoolSegment>();
    for (const u of x.units) {
      const seg = segmentIndex(u.segment);
      for (let i = done; i < this.n; i++) {
        this.homeOps(b, i, u.count, u.rentMonthlyPerHome, u.areaM2PerHome, 'eid');
      }
      this.addStock(seg, EID, u.count, done);
      this.events.push({ idx: done, segIdx: seg, delta: u.count, part: 'added', actionId: x.id });
      const prev = segs.get(seg);
      const g =
        x.grant.mode === 'percent'
          ? grant / Math.max(1, totalUnits)
          : perHome(u.areaM2PerHome) * capShare;
      if (prev) {
        // Several lines in one segment: keep averages per home.
        const k = prev.remaining + u.count;
        prev.rentMonthly = (prev.rentMonthly * prev.remaining + u.rentMonthlyPerHome * u.count) / k;
        prev.areaM2 = (prev.areaM2 * prev.remaining + u.areaM2PerHome * u.count) / k;
        prev.grantPerHome = (prev.grantPerHome * prev.remaining + g * u.count) / k;
        prev.remaining = k;
      } else {
        segs.set(seg, {
          remaining: u.count,
          rentMonthly: u.rentMonthlyPerHome,
          areaM2: u.areaM2PerHome,
          grantPerHome: g,
        });
      }
    }
    this.pools.set(x.id, {
      grantIdx: done,
      writeDownYears:
        x.grant.mode === 'none'
          ? GRANT_WRITE_DOWN_YEARS
          : (x.grant.writeDownYears ?? GRANT_WRITE_DOWN_YEARS),
      remaining: totalUnits,
      segs,
      tranches,
    });
    this.projectRent(x.id, title, done, costKr, grant, terms, totalUnits, totalArea, totalRent);
  }

  projectRent(
    actionId: string,
    title: string,
    y: number,
    cost: number,
    grant: number,
    terms: LoanTerms,
    units: number,
    totalArea: number,
    totalRentMonthly: number,
  ): void {
    if (units <= 0) return;
    const breakdown = costCoveringRentBreakdown({
      cost,
      grant,
      interestRate: terms.interestRate,
      loanYears: terms.years,
      units,
      managementPerYear: units * this.a.managementPerUnitPerYear * this.costF[y]!,
      maintenancePerYear:
        (totalArea / PROM_SHARE_OF_BRA) * this.a.maintenancePerM2PerYear * this.costF[y]!,
    });
    this.projects.push({
      actionId,
      title,
      units,
      cost,
      grant,
      interestRate: terms.interestRate,
      loanYears: terms.years,
      breakdown,
      costCoveringRentMonthly: breakdown.monthlyPerHome,
      plannedRentMonthly: roundKr((totalRentMonthly / units) * this.rentF[y]!),
    });
  }

  /** Owned register homes of a segment for segment sales, best candidates first. */
  private candidatesFor(segIdx: number, named: Set<number>): { list: PreparedUnit[]; pos: number } {
    let c = this.candidates.get(segIdx);
    if (!c) {
      const rf = planYearFactor(this.a.rentGrowth, this.a.discountRate, 30);
      const cf = planYearFactor(this.a.costGrowth, this.a.discountRate, 30);
      const value = (pu: PreparedUnit) =>
        pu.unit.rentMonthly * 12 * (1 - this.a.vacancyLoss) * rf -
        (pu.unit.areaM2 * this.a.maintenancePerM2PerYear + this.a.managementPerUnitPerYear) * cf -
        pu.unit.maintenanceBacklog;
      const list = this.reg.units
        .filter((pu) => pu.segIdx === segIdx && pu.unit.tenure === 'eid' && !named.has(pu.unit.id))
        .map((pu) => ({ pu, v: value(pu), forSale: pu.unit.status === 'til_salgs' ? 0 : 1 }))
        .sort(
          (p, q) =>
            p.forSale - q.forSale ||
            p.v - q.v ||
            p.pu.unit.unitNo.localeCompare(q.pu.unit.unitNo, 'nb'),
        )
        .map((p) => p.pu);
      c = { list, pos: 0 };
      this.candidates.set(segIdx, c);
    }
    return c;
  }

  sale(x: SaleAction | RentToOwnAction, named: Set<number>, index: number, title: string): void {
    const b = this.buf(x.id);
    const y = x.year - this.s0;
    const price = (x.kind === 'salg' ? x.pricePerHome : x.price) * this.priceF[y]!;
    let homes: PreparedUnit[] = [];
    if (x.kind === 'leie_til_eie') {
      const pu = this.reg.byId.get(x.unitId);
      if (pu) homes = [pu];
    } else if (x.target.mode === 'units') {
      homes = x.target.unitIds.flatMap((id) => {
        const pu = this.reg.byId.get(id);
        return pu ? [pu] : [];
      });
    } else if (x.target.mode === 'segment') {
      const c = this.candidatesFor(segmentIndex(x.target.segment), named);
      homes = c.list.slice(c.pos, c.pos + x.target.count);
      c.pos += homes.length;
    } else {
      this.sellFromPool(b, x.id, x.target.actionId, x.target.count, x.target.segment, y, price);
      return;
    }
    const basis = this.basisOf(x.id);
    for (const pu of homes) {
      if (x.kind === 'leie_til_eie') {
        this.removeUnit(b, pu, y, 'removed', x.id, false);
        for (const t of this.reg.tenantsByUnit.get(pu.unit.id) ?? []) {
          this.householdsGone.add(t.householdId);
        }
      } else {
        // A let home: its households become demand in year y, in their own segment
        // (buildNeeds turns the 'removed' event into demand.homeRemoved; supply never < 0).
        this.removeUnit(b, pu, y, 'removed', x.id);
      }
      basis.soldUnitIds.push(pu.unit.id);
      basis.unitIds.push(pu.unit.id);
      b.salesIncome[y]! += price;
      this.settleRegisterHome(b, x.id, index, title, pu, y, x.keepLoan === true);
    }
  }

  sellFromPool(
    b: Buf,
    saleId: string,
    poolId: string,
    k: number,
    segment: SegmentKey | undefined,
    y: number,
    price: number,
  ): void {
    const pool = this.pools.get(poolId);
    if (!pool || k <= 0) return;
    const segIdx = segment !== undefined ? segmentIndex(segment) : [...pool.segs.keys()][0]!;
    const g = pool.segs.get(segIdx);
    if (!g) return;
    b.salesIncome[y]! += k * price;
    b.grantRepaid[y]! += grantRemaining(g.grantPerHome * k, y - pool.grantIdx, pool.writeDownYears);
    for (const t of pool.tranches) {
      const done = y - t.drawIdx;
      if (t.sched.length === 0 || done >= t.terms.years) continue;
      // The balance at the start of the sale year on the schedule in force: opening of loan
      // year `done` = its balance + its instalment. An earlier sale in the same year has already
      // replaced that year (with its own opening less its repayment), so the second sale starts
      // after the first one's repayment rather than from the balance after year y − 1.
      const cur = t.sched[Math.max(0, done)]!;
      const opening = done < 0 ? t.principal : cur.balance + cur.instalment;
      const repaid = roundKr((opening * k) / pool.remaining);
      b.loanRepaidOnSale[y]! += repaid;
      const from = Math.max(0, done);
      const tail = loanSchedule(
        opening - repaid,
        t.terms.interestRate,
        t.terms.years - from,
        t.terms.type,
      );
      tail.forEach((ly, j) => {
        const old = t.sched[from + j]!;
        const i = t.drawIdx + from + j;
        if (i < this.n) {
          b.interest[i]! += ly.interest - old.interest;
          b.instalments[i]! += ly.instalment - old.instalment;
        }
        t.sched[from + j] = { ...ly, year: from + j + 1 };
      });
    }
    for (let i = y; i < this.n; i++) this.homeOps(b, i, -k, g.rentMonthly, g.areaM2, 'eid');
    this.addStock(segIdx, EID, -k, y);
    this.events.push({ idx: y, segIdx, delta: -k, part: 'removed', actionId: saleId });
    g.remaining -= k;
    pool.remaining -= k;
  }

  framleie(x: FramleieAction): void {
    const b = this.buf(x.id);
    if (x.mode === 'lease') {
      const y = x.year - this.s0;
      const end = y + x.termYears;
      const seg = segmentIndex(x.segment);
      for (let i = y; i < Math.min(end, this.n); i++) {
        this.homeOps(b, i, x.count, x.rentMonthly, 0, 'framleie', x.ownerRentMonthly);
      }
      this.addStock(seg, FRAMLEIE, x.count, y, end);
      this.events.push({ idx: y, segIdx: seg, delta: x.count, part: 'added', actionId: x.id });
      if (end < this.n) {
        this.events.push({
          idx: end,
          segIdx: seg,
          delta: -x.count,
          part: 'framleieEnding',
          actionId: x.id,
        });
      }
      return;
    }
    const basis = this.basisOf(x.id);
    for (const id of x.unitIds) {
      const pu = this.reg.byId.get(id);
      if (!pu) continue;
      basis.unitIds.push(id);
      if (x.mode === 'end') {
        this.removeUnit(b, pu, x.year - this.s0, 'framleieEnding', x.id);
        continue;
      }
      const e = pu.endIdx;
      if (!(e < this.n)) continue;
      const until = x.untilYear - this.s0;
      const newRent = x.ownerRentMonthly;
      this.mutateUnit(b, basis.delta, pu, (st) => {
        for (let i = e; i < this.n; i++) {
          const on = i <= until ? 1 : 0;
          st.stock[i] = on;
          st.use[i] = pu.inUse ? on : 0;
          if (newRent !== undefined) {
            const old = st.ownerRent[i]!;
            st.ownerRent[i] = i === e ? pu.endFrac * old + (1 - pu.endFrac) * newRent : newRent;
          }
        }
        st.events = st.events.filter((ev) => ev.idx < e);
        // A renewal ending before the plan (a stale lease) ends in the first year, like the lease.
        const endAt = Math.max(0, until + 1);
        if (pu.inUse && endAt < this.n) {
          st.events.push({ idx: endAt, delta: -1, part: 'framleieEnding', actionId: x.id });
        }
      });
    }
  }

  rehab(x: RehabAction): void {
    const b = this.buf(x.id);
    const from = x.fromYear - this.s0;
    const to = x.toYear - this.s0;
    const years = to - from + 1;
    const terms = resolveLoan(this.a, x.loan);
    for (let i = from; i <= to && i < this.n; i++) {
      const sp = (x.cost / years) * this.priceF[i]!;
      b.rehabilitation[i]! += sp;
      this.addLoan(b, i, terms.share * roundKr(sp), terms);
    }
    const basis = this.basisOf(x.id);
    for (const id of x.unitIds) {
      const pu = this.reg.byId.get(id);
      if (!pu) continue;
      basis.unitIds.push(id);
      this.mutateUnit(b, basis.delta, pu, (st) => {
        const wasInUse = (st.use[from] ?? 0) > 0;
        for (let i = from; i <= to && i < this.n; i++) st.use[i] = 0;
        if (wasInUse) st.events.push({ idx: from, delta: -1, part: 'removed', actionId: x.id });
        if (to + 1 < this.n && st.stock[to + 1]! > 0) {
          for (let i = to + 1; i < this.n; i++) st.use[i] = st.stock[i]!;
          st.events.push({ idx: to + 1, delta: 1, part: 'added', actionId: x.id });
        }
      });
    }
  }

  // --- Results ----------------------------------------------------------------------------

  rounded(id: string): BudgetYear[] {
    const b = this.buf(id);
    const out: BudgetYear[] = [];
    for (let i = 0; i < this.n; i++) {
      const inv = zeroInvestment();
      const op = zeroOperating();
      for (const k of INVESTMENT_LINES) inv[k] = roundKr(b[k][i]!);
      for (const k of OPERATING_LINES) op[k] = roundKr(b[k][i]!);
      out.push(budgetYear(this.s0 + i, inv, op));
    }
    return out;
  }

  stockYears(): StockYear[] {
    const { n } = this;
    const out: StockYear[] = [];
    const running = new Array<number>(NSEG * NTEN).fill(0);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < NSEG * NTEN; k++)
        running[k] = running[k]! + this.stockDiff[i * NSEG * NTEN + k]!;
      const bySegment = {} as Record<SegmentKey, Record<Tenure, number>>;
      const byTenure = { eid: 0, framleie: 0, tildelingsrett: 0 } as Record<Tenure, number>;
      let total = 0;
      SEGMENT_KEYS.forEach((key, s) => {
        const row = { eid: 0, framleie: 0, tildelingsrett: 0 } as Record<Tenure, number>;
        TENURES.forEach((t, ti) => {
          const k = s * NTEN + ti;
          const v = running[k]! + this.stockDelta[i * NSEG * NTEN + k]!;
          row[t] = v;
          byTenure[t] += v;
          total += v;
        });
        bySegment[key] = row;
      });
      out.push({ bySegment, byTenure, total, outOfUse: this.outOfUseDelta[i]! });
    }
    return out;
  }

  loanBalances(): number[] {
    const out = new Array<number>(this.n).fill(0);
    for (const t of this.tranches) {
      for (let i = t.drawIdx; i < this.n; i++) {
        const k = i - t.drawIdx;
        if (k < t.sched.length) out[i] = out[i]! + t.sched[k]!.balance;
      }
    }
    return out;
  }
}

function totalsOf(perYear: BudgetYear[]): BudgetTotals {
  const acc = budgetYear(0, zeroInvestment(), zeroOperating());
  for (const y of perYear) addBudget(acc, y);
  const { year: _year, ...rest } = acc;
  return rest;
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
  const debt = new RegisterDebt(snapshot, scenario.startYear, scenario.years, a.interestRate);
  const eng = new PlanEngine(reg, a, debt);
  eng.registerBaseline();

  const named = new Set<number>(scenario.actions.flatMap(namedUnitIds));
  const order = scenario.actions
    .map((x, index) => ({ x, index }))
    .sort((p, q) => actionYear(p.x) - actionYear(q.x) || p.index - q.index);
  for (const { x, index } of order) {
    const title = actionTitle(x, index);
    eng.buf(x.id);
    switch (x.kind) {
      case 'kjop':
        eng.purchase(x, title);
        break;
      case 'bygging':
        eng.build(x, title);
        break;
      case 'salg':
      case 'leie_til_eie':
        eng.sale(x, named, index, title);
        break;
      case 'framleie':
        eng.framleie(x);
        break;
      case 'rehabilitering':
        eng.rehab(x);
        break;
      case 'avvikling': {
        const b = eng.buf(x.id);
        const basis = eng.basisOf(x.id);
        for (const id of x.unitIds) {
          const pu = reg.byId.get(id);
          if (!pu) continue;
          basis.unitIds.push(id);
          eng.removeUnit(b, pu, x.year - scenario.startYear, 'removed', x.id);
          eng.settleRegisterHome(
            b,
            x.id,
            index,
            title,
            pu,
            x.year - scenario.startYear,
            x.keepLoan === true,
          );
        }
        break;
      }
    }
  }

  const byAction: ActionBudget[] = [
    { actionId: REGISTER_LINE_ID, kind: 'register' as const, title: REGISTER_LINE_LABEL },
    ...scenario.actions.map((x, index) => ({
      actionId: x.id,
      kind: x.kind,
      title: actionTitle(x, index),
    })),
  ].map((h) => {
    const perYear = eng.rounded(h.actionId);
    return {
      ...h,
      perYear,
      total: totalsOf(perYear),
      npv: roundKr(
        presentValue(
          perYear.map((y) => y.netCost),
          a.discountRate,
        ),
      ),
    };
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
    const acc = budgetYear(scenario.startYear + i, zeroInvestment(), zeroOperating());
    for (const ab of byAction) addBudget(acc, ab.perYear[i]!);
    perYear.push({
      ...acc,
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
      registerDebt: debt.baseline,
      actions: [...eng.basis.values()],
    },
    warnings: [...issues.filter((i) => i.severity === 'warning'), ...eng.warnings],
  };
  result.warnings.push(...planWarnings(result, scenario, snapshot));
  return result;
}
