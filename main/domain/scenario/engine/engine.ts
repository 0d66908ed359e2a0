// The plan engine's state and shared mechanics: per-action line buffers, register homes' timelines
// (mutateUnit, removeUnit), scenario homes' running costs and stock (homeOps, addStock), loans
// taken up in the scenario (addLoan), grant rates, cost-covering rent, and the results read back
// (rounded lines, stock per year, loan balances). What each action kind does lives beside this
// file (purchase.ts, build.ts, sale.ts, framleie.ts, rehab.ts), the existing stock's baseline in
// registerBaseline.ts; runPlan in ../plan.ts drives them. The design and conventions are described
// at the top of ../plan.ts.
//
// The members are readonly and public so the kind modules (functions taking the engine) can book
// on them; nothing outside main/domain/scenario/engine and ../plan.ts uses PlanEngine.
import { PROM_SHARE_OF_BRA } from '../../rules';
import { TENURES, type Tenure } from '../../types';
import type { GrantSpec } from '../actions';
import { GRANT_MAX_M2, GRANT_RATES, type Assumptions, type LoanTerms } from '../assumptions';
import {
  INVESTMENT_LINES,
  OPERATING_LINES,
  BUDGET_LINES,
  investmentLines,
  LINE_INDEX,
  LINE_SIGN,
  operatingLines,
  type BudgetLine,
} from '../budget';
import { costCoveringRentBreakdown, loanSchedule, roundKr, type LoanYear } from '../money';
import {
  baseUnitState,
  type PreparedRegister,
  type PreparedUnit,
  type SupplyEvent,
  type UnitEventPart,
  type UnitState,
} from '../prepare';
import type {
  ActionRegisterBasis,
  BudgetTotals,
  ProjectRent,
  RegisterQuantities,
  StockYear,
} from '../plan';
import type { RegisterDebt } from '../registerDebt';
import { SEGMENT_KEYS, type SegmentKey } from '../segments';
import type { Issue } from '../validate';

export type Buf = Record<BudgetLine, number[]>;

/** Whole-kroner sums per budget line and year (index 0 = the start year). */
export type LineSums = Record<BudgetLine, Float64Array>;

/** What addRounded gives of one action: its totals and net figures per year. */
export interface RoundedSums {
  total: BudgetTotals;
  netInvestment: number[];
  netOperatingCost: number[];
  netCost: number[];
  /** The rounded lines, line by line (see budgetYearsFrom). */
  lines: Float64Array;
}

export interface Tranche {
  drawIdx: number;
  terms: LoanTerms;
  principal: number;
  /** Effective schedule by loan year (index 0 = draw year), updated by sales. */
  sched: LoanYear[];
}

export interface PoolSegment {
  remaining: number;
  rentMonthly: number;
  areaM2: number;
  grantPerHome: number;
}

/** Homes bought or built by an action, for later sales. */
export interface Pool {
  grantIdx: number;
  writeDownYears: number;
  remaining: number;
  segs: Map<number, PoolSegment>;
  tranches: Tranche[];
}

export const NSEG = SEGMENT_KEYS.length;
export const NTEN = TENURES.length;
export const EID = TENURES.indexOf('eid');
export const FRAMLEIE = TENURES.indexOf('framleie');

export class PlanEngine {
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
  /**
   * Internal to the engine modules: segment-sale candidates per segment index and how many of
   * them earlier segment sales took (see sale.ts, candidatesFor).
   */
  readonly candidates = new Map<number, { list: PreparedUnit[]; pos: number }>();

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

  // --- Register homes ---------------------------------------------------------------------

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

  // --- Results ----------------------------------------------------------------------------

  /**
   * An action's lines rounded to whole kroner once per year: adds them into `into` (per line and
   * year) and returns its totals, its net figures per year, and the rounded lines themselves
   * (line l, year i at l·n + i: see budgetYearsFrom), from which runPlan builds the action's
   * years only when they are read.
   */
  addRounded(id: string, into: LineSums): RoundedSums {
    const b = this.buf(id);
    const { n } = this;
    const lines = new Float64Array(BUDGET_LINES.length * n);
    const netInvestment = new Array<number>(n).fill(0);
    const netOperatingCost = new Array<number>(n).fill(0);
    const lineTotal = {} as Record<BudgetLine, number>;
    const add = (k: BudgetLine, net: number[]) => {
      const src = b[k];
      const dst = into[k];
      const sign = LINE_SIGN[k];
      const at = LINE_INDEX[k] * n;
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const v = roundKr(src[i]!);
        lines[at + i] = v;
        dst[i] = dst[i]! + v;
        net[i] = net[i]! + sign * v;
        sum += v;
      }
      lineTotal[k] = sum;
    };
    for (const k of INVESTMENT_LINES) add(k, netInvestment);
    for (const k of OPERATING_LINES) add(k, netOperatingCost);
    const netCost = netInvestment.map((v, i) => v + netOperatingCost[i]!);
    const sum = (xs: number[]) => xs.reduce((s, v) => s + v, 0);
    return {
      total: {
        investment: investmentLines((k) => lineTotal[k]),
        operating: operatingLines((k) => lineTotal[k]),
        netInvestment: sum(netInvestment),
        netOperatingCost: sum(netOperatingCost),
        netCost: sum(netCost),
      },
      netInvestment,
      netOperatingCost,
      netCost,
      lines,
    };
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
