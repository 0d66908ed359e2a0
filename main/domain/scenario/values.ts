// Per-home value (UK «asset performance evaluation»): the present value of a home's net rent
// over `years`, less its capital cost (its share of the existing loans) and today's
// maintenance backlog. The lowest values are sale candidates. Same NPV convention as a
// scenario: the base year is undiscounted.
import { compareNb } from '../format';
import { keptPer } from '../keptPer';
import type { Unit, UnitStatus } from '../types';
import type { Assumptions } from './assumptions';
import type { RegisterSnapshot } from './needs';
import { roundKr } from './money';
import { registerDebtFor } from './registerDebt';
import { unitSegment, type SegmentKey } from './segments';

export interface UnitValue {
  unitId: number;
  unitNo: string;
  address: string;
  segment: SegmentKey;
  status: UnitStatus;
  condition: Unit['condition'];
  rentMonthly: number;
  /** First year's net cash flow: rent × 12 × (1 − vacancy) − maintenance − management. */
  annualNet: number;
  /** Present value of the yearly net cash flows (before capital cost), kroner. */
  presentValue: number;
  /** The home's share of the existing loans at 1 January of the base year. */
  loanBalance: number;
  /** Interest and instalments on that share in the base year. */
  capitalCostFirstYear: number;
  /** Present value of the interest and instalments on that share over the horizon. */
  capitalCostPresentValue: number;
  /** Grants not yet written down if sold on 1 January of the base year. */
  grantToRepay: number;
  /**
   * Cost-covering rent per month in the base year (NKF): (capital cost + maintenance +
   * management) / 12, whole kroner.
   */
  costCoveringRentMonthly: number;
  maintenanceBacklog: number;
  /** presentValue − capitalCostPresentValue − maintenanceBacklog, kroner. */
  npv: number;
  bookValue: number | null;
  marketRentMonthly: number | null;
  /** Let (a current tenant lives there). */
  let: boolean;
  /** The year the values are computed from (undiscounted). */
  baseYear: number;
  /** 1 = lowest npv (first sale candidate). */
  rank: number;
}

/** The NPV convention, stated beside every NPV the app shows. */
export function npvConvention(baseYear: number, discountRate: number): string {
  return (
    `Nåverdi i ${baseYear}-kroner: ${baseYear} udiskontert, senere år diskontert med ` +
    `${String(Math.round(discountRate * 1000) / 10).replace('.', ',')} % per år`
  );
}

/**
 * Σ_{t=1..years} (1 + growth)^(t−1) / (1 + discountRate)^t: the present value of 1 kr a year
 * paid at each year-end for `years`, growing from year 1. With growth 0 this is the annuity
 * factor (1 − (1 + d)^−years) / d.
 */
export function growingAnnuityFactor(growth: number, discountRate: number, years: number): number {
  let sum = 0;
  for (let t = 1; t <= years; t++)
    sum += Math.pow(1 + growth, t - 1) / Math.pow(1 + discountRate, t);
  return sum;
}

/**
 * Σ_{k=0..years−1} (1 + growth)^k / (1 + discountRate)^k: the present value of 1 kr a year for
 * `years` plan years, growing from the first, with the first year undiscounted — the same
 * convention as a scenario's NPV (netCost of year startYear + k discounted by (1 + r)^k).
 */
export function planYearFactor(growth: number, discountRate: number, years: number): number {
  let sum = 0;
  let f = 1;
  const q = (1 + growth) / (1 + discountRate);
  for (let k = 0; k < years; k++) {
    sum += f;
    f *= q;
  }
  return sum;
}

/**
 * R × factor(rentGrowth) − C × factor(costGrowth) (see planYearFactor), with
 * R = rentMonthly × 12 × (1 − vacancyLoss) and C = areaM2 (BRA) × maintenancePerM2PerYear +
 * managementPerUnitPerYear, from the base year (undiscounted). Not rounded.
 */
export function unitPresentValue(
  unit: Pick<Unit, 'rentMonthly' | 'areaM2'>,
  a: Assumptions,
  years = 30,
): { annualNet: number; presentValue: number } {
  return presentValueWith(
    unit,
    a,
    planYearFactor(a.rentGrowth, a.discountRate, years),
    planYearFactor(a.costGrowth, a.discountRate, years),
  );
}

function presentValueWith(
  unit: Pick<Unit, 'rentMonthly' | 'areaM2'>,
  a: Assumptions,
  rentFactor: number,
  costFactor: number,
): { annualNet: number; presentValue: number } {
  const rent = unit.rentMonthly * 12 * (1 - a.vacancyLoss);
  const cost = unit.areaM2 * a.maintenancePerM2PerYear + a.managementPerUnitPerYear;
  return { annualNet: rent - cost, presentValue: rent * rentFactor - cost * costFactor };
}

/**
 * Owned homes (tenure 'eid') ranked by npv, lowest first; ties by bolignr. Cash flows run from
 * the base year (default: the year after the snapshot), which is undiscounted, as in a
 * scenario's NPV; the home's share of the existing loans is its capital cost.
 */
export function unitValues(
  snapshot: RegisterSnapshot,
  assumptions: Assumptions,
  years = 30,
  baseYear = Number(snapshot.asOf.slice(0, 4)) + 1,
): readonly UnitValue[] {
  // Kept per snapshot: the screen, the sale form and Foreslå plan ask again with the same
  // assumptions (10 000 homes valued take ~50 ms). Shared, so read only.
  return keptValues(snapshot, JSON.stringify([assumptions, years, baseYear]), () =>
    valueEveryHome(snapshot, assumptions, years, baseYear),
  );
}

const keptValues = keptPer<RegisterSnapshot, readonly UnitValue[]>();

function valueEveryHome(
  snapshot: RegisterSnapshot,
  assumptions: Assumptions,
  years: number,
  baseYear: number,
): UnitValue[] {
  const rentFactor = planYearFactor(assumptions.rentGrowth, assumptions.discountRate, years);
  const costFactor = planYearFactor(assumptions.costGrowth, assumptions.discountRate, years);
  const debt = registerDebtFor(snapshot, baseYear, years, assumptions.interestRate);
  const let_ = new Set(snapshot.tenancies.filter((t) => t.movedOut === null).map((t) => t.unitId));
  const out: UnitValue[] = [];
  for (const u of snapshot.units) {
    if (u.tenure !== 'eid') continue;
    const { annualNet, presentValue } = presentValueWith(u, assumptions, rentFactor, costFactor);
    // Selling in the base year removes exactly the home's debt service: its capital cost.
    const f = debt.removal(u.id, 0, false);
    let capitalPv = 0;
    let disc = 1;
    for (let k = 0; k < years; k++) {
      capitalPv -= (f.delta.interest[k]! + f.delta.instalments[k]!) / disc;
      disc *= 1 + assumptions.discountRate;
    }
    // `|| 0`: a home without a loan has 0, not −0 (shown as «-0»).
    const capitalFirst = -(f.delta.interest[0]! + f.delta.instalments[0]!) || 0;
    const running =
      u.areaM2 * assumptions.maintenancePerM2PerYear + assumptions.managementPerUnitPerYear;
    out.push({
      unitId: u.id,
      unitNo: u.unitNo,
      address: u.address,
      segment: unitSegment(u),
      status: u.status,
      condition: u.condition,
      rentMonthly: u.rentMonthly,
      annualNet: roundKr(annualNet),
      presentValue: roundKr(presentValue),
      loanBalance: f.loanRepaid,
      capitalCostFirstYear: capitalFirst,
      capitalCostPresentValue: roundKr(capitalPv),
      grantToRepay: f.grantRepaid,
      costCoveringRentMonthly: roundKr((capitalFirst + running) / 12),
      maintenanceBacklog: u.maintenanceBacklog,
      npv: roundKr(presentValue - capitalPv - u.maintenanceBacklog),
      bookValue: u.bookValue,
      marketRentMonthly: u.marketRentMonthly,
      let: let_.has(u.id),
      baseYear,
      rank: 0,
    });
  }
  out.sort((x, y) => x.npv - y.npv || compareNb(x.unitNo, y.unitNo));
  out.forEach((v, i) => (v.rank = i + 1));
  return out;
}
