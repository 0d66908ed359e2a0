// planDifference: a scenario minus «Ingen tiltak» (same assumptions, no actions), per year and
// in total, hand-calculated with FLAT assumptions (management 8 000 kr/home, maintenance
// 300 kr/m² BRA, vacancy 3 %, discount rate 4 %).
import { describe, expect, it } from 'vitest';
import { baselineScenario, planDifference, runPlan } from '../../../main/domain/scenario';
import { BUY_ONE_HOME, need, scenario, snapshot, unit } from './fixtures';

describe('planDifference', () => {
  const snap = snapshot({ units: [unit(1)] });
  const s = scenario([BUY_ONE_HOME]);
  const plan = runPlan(snap, s);
  const ref = runPlan(snap, baselineScenario(s));
  const d = planDifference(plan, ref);

  it('is the purchase and its operating result, year by year', () => {
    // Investment 2027: the price, no grant, no loan: 1 000 000; later years 0.
    expect(d.perYear.map((y) => y.netInvestment)).toEqual([1_000_000, 0, 0, 0]);
    // Operating per year: vacancy 3 % × 120 000 = 3 600; maintenance 60 m² P-ROM / 0,9 =
    // 66,67 m² BRA × 300 = 20 000; management 8 000; rent 10 000 × 12 = 120 000.
    // 3 600 + 20 000 + 8 000 − 120 000 = −88 400 (a surplus compared with doing nothing).
    expect(d.perYear.map((y) => y.netOperatingCost)).toEqual([-88_400, -88_400, -88_400, -88_400]);
    expect(d.perYear[0]!.netCost).toBe(1_000_000 - 88_400);
    expect(d.perYear.map((y) => y.homes)).toEqual([1, 1, 1, 1]);
    expect(d.total.netCost).toBe(1_000_000 - 4 * 88_400);
    expect(d.total.homesEnd).toBe(1);
  });

  it('equals scenario minus reference for every figure, to the krone', () => {
    d.perYear.forEach((y, i) => {
      expect(y.netCost).toBe(plan.perYear[i]!.netCost - ref.perYear[i]!.netCost);
      expect(y.netInvestment).toBe(plan.perYear[i]!.netInvestment - ref.perYear[i]!.netInvestment);
    });
    // NPV: first year undiscounted, then ÷ 1,04 per year.
    const pv = 911_600 - 88_400 / 1.04 - 88_400 / 1.04 ** 2 - 88_400 / 1.04 ** 3;
    expect(d.total.npv).toBe(plan.npv - ref.npv);
    expect(Math.abs(d.total.npv! - pv)).toBeLessThanOrEqual(1);
  });

  it('counts coverage points and the shortfall', () => {
    // One applicant waiting for a 2-bedroom home, nothing free: the purchase covers it.
    const snapNeed = snapshot({ units: [unit(1)], needs: [need(1)] });
    const p = runPlan(snapNeed, s);
    const r = runPlan(snapNeed, baselineScenario(s));
    const dd = planDifference(p, r);
    dd.perYear.forEach((y, i) => {
      const a = p.needs.perYear[i]!.total.coverage;
      const b = r.needs.perYear[i]!.total.coverage;
      expect(y.coveragePoints).toBe(a === null || b === null ? null : (a - b) * 100);
    });
    // The shortfall in the first year is one household smaller with the purchase.
    expect(dd.perYear[0]!.shortfall).toBe(-1);
    expect(dd.perYear[0]!.coveragePoints).toBeGreaterThan(0);
  });

  it('gives no NPV difference when the horizons differ', () => {
    const longer = runPlan(snap, scenario([BUY_ONE_HOME], { years: 5 }));
    const dd = planDifference(longer, ref);
    expect(dd.perYear).toHaveLength(4);
    expect(dd.total.npv).toBeNull();
  });
});
