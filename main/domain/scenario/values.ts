// Per-home value (UK «asset performance evaluation»): the present value of a home's net rent
// over `years`, less today's maintenance backlog. The lowest values are sale candidates.
import type { Unit, UnitStatus } from '../types';
import type { Assumptions } from './assumptions';
import type { RegisterSnapshot } from './needs';
import { roundKr } from './money';
import { unitSegment, type SegmentKey } from './segments';

export interface UnitValue {
  unitId: number;
  unitNo: string;
  address: string;
  segment: SegmentKey;
  status: UnitStatus;
  rentMonthly: number;
  /** First year's net cash flow: rent × 12 × (1 − vacancy) − maintenance − management. */
  annualNet: number;
  /** Present value of the yearly net cash flows, kroner. */
  presentValue: number;
  maintenanceBacklog: number;
  /** presentValue − maintenanceBacklog, kroner. */
  npv: number;
  bookValue: number | null;
  marketRentMonthly: number | null;
  /** 1 = lowest npv (first sale candidate). */
  rank: number;
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
 * R × factor(rentGrowth) − C × factor(costGrowth) (see growingAnnuityFactor), with
 * R = rentMonthly × 12 × (1 − vacancyLoss) and C = areaM2 × maintenancePerM2PerYear +
 * managementPerUnitPerYear: year-end cash flows in today's prices. Not rounded.
 */
export function unitPresentValue(
  unit: Pick<Unit, 'rentMonthly' | 'areaM2'>,
  a: Assumptions,
  years = 30,
): { annualNet: number; presentValue: number } {
  return presentValueWith(
    unit,
    a,
    growingAnnuityFactor(a.rentGrowth, a.discountRate, years),
    growingAnnuityFactor(a.costGrowth, a.discountRate, years),
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

/** Owned homes (tenure 'eid') ranked by npv, lowest first; ties by bolignr. */
export function unitValues(
  snapshot: RegisterSnapshot,
  assumptions: Assumptions,
  years = 30,
): UnitValue[] {
  const rentFactor = growingAnnuityFactor(assumptions.rentGrowth, assumptions.discountRate, years);
  const costFactor = growingAnnuityFactor(assumptions.costGrowth, assumptions.discountRate, years);
  const out: UnitValue[] = [];
  for (const u of snapshot.units) {
    if (u.tenure !== 'eid') continue;
    const { annualNet, presentValue } = presentValueWith(u, assumptions, rentFactor, costFactor);
    out.push({
      unitId: u.id,
      unitNo: u.unitNo,
      address: u.address,
      segment: unitSegment(u),
      status: u.status,
      rentMonthly: u.rentMonthly,
      annualNet: roundKr(annualNet),
      presentValue: roundKr(presentValue),
      maintenanceBacklog: u.maintenanceBacklog,
      npv: roundKr(presentValue - u.maintenanceBacklog),
      bookValue: u.bookValue,
      marketRentMonthly: u.marketRentMonthly,
      rank: 0,
    });
  }
  out.sort((x, y) => x.npv - y.npv || x.unitNo.localeCompare(y.unitNo, 'nb'));
  out.forEach((v, i) => (v.rank = i + 1));
  return out;
}
