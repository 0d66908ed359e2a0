// Per-home value: 30-year present value of net rent, less today's backlog; lowest first.
import { describe, expect, it } from 'vitest';
import { growingAnnuityFactor, unitValues } from '../../../main/domain/scenario';
import { FLAT, snapshot, unit } from './fixtures';

describe('unitValues', () => {
  const snap = snapshot({
    units: [
      unit(1, { maintenanceBacklog: 400_000 }),
      unit(2, { rentMonthly: 6_000 }),
      unit(3, { tenure: 'framleie', leaseEnd: '2030-01-01', ownerRentMonthly: 9_000 }),
    ],
  });

  it('discounts 30 years of net rent at 4 % and subtracts the backlog', () => {
    // annuity factor (1 − 1.04^−30) / 0.04 = 17.2920333
    expect(growingAnnuityFactor(0, 0.04, 30)).toBeCloseTo(17.2920333, 6);
    // unit 1: rent 10 000 × 12 × (1 − 0.03) = 116 400; costs 60 m² × 300 + 8 000 = 26 000;
    //   net 90 400 × 17.2920333 = 1 563 199.81 → 1 563 200; less backlog 400 000 = 1 163 200
    // unit 2: 6 000 × 12 × 0.97 = 69 840 − 26 000 = 43 840 × 17.2920333 = 758 082.74 → 758 083
    const v = unitValues(snap, FLAT);
    expect(v.map((x) => [x.unitNo, x.annualNet, x.presentValue, x.npv, x.rank])).toEqual([
      ['B-002', 43_840, 758_083, 758_083, 1],
      ['B-001', 90_400, 1_563_200, 1_163_200, 2],
    ]);
  });

  it('lets rents and costs grow', () => {
    // Σ_{t=1..30} 1.03^(t−1) / 1.04^t = 25.1629668
    expect(growingAnnuityFactor(0.03, 0.04, 30)).toBeCloseTo(25.1629668, 6);
    const v = unitValues(snap, { ...FLAT, rentGrowth: 0.03, costGrowth: 0.03 }, 30);
    // unit 2: 43 840 × 25.1629668 = 1 103 144.46 → 1 103 144
    expect(v[0]!.presentValue).toBe(1_103_144);
  });
});
