// Per-home value: 30-year present value of net rent, less today's backlog; lowest first.
// Same NPV convention as a scenario: the base year (2027) undiscounted.
import { describe, expect, it } from 'vitest';
import { planYearFactor, unitValues } from '../../../main/domain/scenario';
import { FLAT, snapshot, unit } from './fixtures';

describe('unitValues', () => {
  const snap = snapshot({
    units: [
      unit(1, { maintenanceBacklog: 400_000 }),
      unit(2, { rentMonthly: 6_000 }),
      unit(3, { tenure: 'framleie', leaseEnd: '2030-01-01', ownerRentMonthly: 9_000 }),
    ],
  });

  it('discounts 30 years of net rent at 4 %, the first year undiscounted, less the backlog', () => {
    // factor Σ_{k=0..29} 1,04^−k = 1,04 × (1 − 1,04^−30) / 0,04 = 17,9837146
    expect(planYearFactor(0, 0.04, 30)).toBeCloseTo(17.9837146, 6);
    // unit 1: rent 10 000 × 12 × (1 − 0.03) = 116 400; costs 60 m² × 300 + 8 000 = 26 000;
    //   net 90 400 × 17,9837146 = 1 625 727,80 → 1 625 728; less backlog 400 000 = 1 225 728
    // unit 2: 6 000 × 12 × 0.97 = 69 840 − 26 000 = 43 840 × 17,9837146 = 788 406,05 → 788 406
    const v = unitValues(snap, FLAT);
    expect(v.map((x) => [x.unitNo, x.annualNet, x.presentValue, x.npv, x.rank])).toEqual([
      ['B-002', 43_840, 788_406, 788_406, 1],
      ['B-001', 90_400, 1_625_728, 1_225_728, 2],
    ]);
  });

  it('lets rents and costs grow', () => {
    // Σ_{k=0..29} (1,03 / 1,04)^k = 26,1694855
    expect(planYearFactor(0.03, 0.04, 30)).toBeCloseTo(26.1694855, 6);
    const v = unitValues(snap, { ...FLAT, rentGrowth: 0.03, costGrowth: 0.03 }, 30);
    // unit 2: 43 840 × 26,1694855 = 1 147 270,24 → 1 147 270
    expect(v[0]!.presentValue).toBe(1_147_270);
  });
});
