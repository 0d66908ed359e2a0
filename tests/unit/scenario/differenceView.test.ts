// The rows «Endring mot Ingen tiltak» shows: scenario minus baseline to the krone, in words.
// Same hand-calculated purchase as difference.test.ts (FLAT assumptions: management 8 000
// kr/home, maintenance 300 kr/m² BRA, vacancy 3 %, discount rate 4 %).
import { describe, expect, it } from 'vitest';
import {
  baselineScenario,
  differenceView,
  planDifference,
  runPlan,
} from '../../../main/domain/scenario';
import { BUY_ONE_HOME, scenario, snapshot, unit } from './fixtures';

describe('differenceView', () => {
  const snap = snapshot({ units: [unit(1)] });
  const s = scenario([BUY_ONE_HOME]);
  const plan = runPlan(snap, s);
  const base = runPlan(snap, baselineScenario(s));
  const view = differenceView(planDifference(plan, base));
  const row = (k: string) => view.rows.find((r) => r.key === k)!;

  it('is titled against the reference and covers every plan year', () => {
    expect(view.title).toBe('Endring mot Ingen tiltak');
    expect(view.years).toEqual([2027, 2028, 2029, 2030]);
    expect(view.rows.map((r) => r.key)).toEqual([
      'coverage',
      'homes',
      'netInvestment',
      'netOperatingCost',
      'netCost',
      'npv',
    ]);
  });

  it('shows scenario minus baseline for every money figure, to the krone', () => {
    for (const k of ['netInvestment', 'netOperatingCost', 'netCost'] as const) {
      expect(row(k).values).toEqual(plan.perYear.map((y, i) => y[k] - base.perYear[i]![k]));
      expect(row(k).total).toBe(plan.total[k] - base.total[k]);
      expect(row(k).money).toBe(true);
    }
    expect(row('npv').total).toBe(plan.npv - base.npv);
  });

  it('puts the hand-calculated purchase into words', () => {
    // 2027: price 1 000 000, no grant or loan.
    expect(row('netInvestment').texts).toEqual([
      '1 000 000 kr høyere',
      'Uendret',
      'Uendret',
      'Uendret',
    ]);
    // Rent 120 000 − vacancy 3 600 − maintenance 20 000 − management 8 000 = 88 400 a year
    // better than doing nothing.
    expect(row('netOperatingCost').texts).toEqual(Array(4).fill('88 400 kr lavere'));
    // 1 000 000 − 88 400 = 911 600 in 2027; the period: 1 000 000 − 4 × 88 400 = 646 400.
    expect(row('netCost').texts[0]).toBe('911 600 kr høyere');
    expect(row('netCost').totalText).toBe('646 400 kr høyere');
    expect(row('homes').texts).toEqual(Array(4).fill('1 bolig flere'));
    expect(row('homes').totalText).toBe('1 bolig flere (siste år)');
    // NPV: 911 600 − 88 400 / 1,04 − 88 400 / 1,04² − 88 400 / 1,04³ ≈ 666 283.
    const pv = 911_600 - 88_400 / 1.04 - 88_400 / 1.04 ** 2 - 88_400 / 1.04 ** 3;
    expect(Math.abs(row('npv').total! - pv)).toBeLessThanOrEqual(1);
    expect(row('npv').texts).toEqual(Array(4).fill('–'));
    // No text anywhere carries a sign.
    for (const r of view.rows)
      for (const t of [...r.texts, r.totalText]) expect(t).not.toMatch(/[-−]\d/);
  });

  it('says so when the NPVs cannot be compared', () => {
    const longer = runPlan(snap, scenario([BUY_ONE_HOME], { years: 5 }));
    const v = differenceView(planDifference(longer, base));
    expect(v.rows.find((r) => r.key === 'npv')!.totalText).toBe('Ikke sammenlignbar');
  });
});
