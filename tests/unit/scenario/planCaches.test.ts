// The engine keeps work per snapshot (prepared register, debts, who should move, the turnover of
// homes no action touches) and builds some figures only when read (turnover ids, an action's
// years). These tests pin that a plan's figures never depend on which plans ran before it on
// the same snapshot, and that what is built on reading is what the plan says.
import { describe, expect, it } from 'vitest';
import { runPlan, unitValues, type Scenario } from '../../../main/domain/scenario';
import { FLAT, household, scenario, snapshot, tenancy, unit } from './fixtures';

// Two let homes (2 bedrooms), one household each, contracts ending 30.06.2027, so with the
// default move-out rate 0.3 and renewal every 3 years each tenancy expects:
//   2027: 0.3 (contract end)   2030: 0.7 × 0.3 = 0.21 (the renewed contract ends)
const register = snapshot({
  units: [unit(1), unit(2)],
  households: [household(1), household(2)],
  tenancies: [tenancy(1, 1, 1, { end: '2027-06-30' }), tenancy(2, 2, 2, { end: '2027-06-30' })],
});

const sellHome1: Scenario = scenario(
  [
    {
      kind: 'salg',
      id: 's1',
      year: 2028,
      target: { mode: 'units', unitIds: [1] },
      pricePerHome: 2_000_000,
    },
  ],
  { name: 'Salg', years: 4 },
);
const nothing: Scenario = scenario([], { name: 'Ingen' });

const contractEnd = (plan: ReturnType<typeof runPlan>, year: number) =>
  plan.needs.perYear[year - 2027]!.segments['2|-|-'].supply.contractEnd;

describe('plans on one snapshot', () => {
  it('count the turnover of a sold home only while it is in the stock', () => {
    const plan = runPlan(register, sellHome1);
    // 2027: both homes, 0.3 + 0.3 = 0.6
    expect(contractEnd(plan, 2027).value).toBeCloseTo(0.6, 9);
    expect(contractEnd(plan, 2027).sources.unitIds).toEqual([1, 2]);
    // 2030: home 1 was sold in 2028, so only home 2's renewed contract: 0.21
    expect(contractEnd(plan, 2030).value).toBeCloseTo(0.21, 9);
    expect(contractEnd(plan, 2030).sources).toEqual({
      unitIds: [2],
      householdIds: [2],
      needIds: [],
      actionIds: [],
    });
  });

  it('give the same figures whichever plans ran before', () => {
    const first = JSON.stringify(runPlan(register, sellHome1));
    const without = runPlan(register, nothing);
    // Without the sale both homes turn over in 2030: 0.21 + 0.21 = 0.42
    expect(contractEnd(without, 2030).value).toBeCloseTo(0.42, 9);
    expect(contractEnd(without, 2030).sources.householdIds).toEqual([1, 2]);
    expect(JSON.stringify(runPlan(register, sellHome1))).toBe(first);
    // A copy of the snapshot has none of the kept work: it must agree to the byte.
    expect(JSON.stringify(runPlan(structuredClone(register), sellHome1))).toBe(first);
  });

  it('carry the ids and action years built on reading in JSON and copies', () => {
    const plan = runPlan(register, sellHome1);
    const copy = JSON.parse(JSON.stringify(plan)) as typeof plan;
    expect(contractEnd(copy, 2027).sources.householdIds).toEqual([1, 2]);
    const sale = copy.byAction.find((b) => b.actionId === 's1')!;
    expect(sale.perYear).toHaveLength(4);
    // The sale's income in 2028: 2 000 000 kr (no price growth in these assumptions).
    expect(sale.perYear[1]!.investment.salesIncome).toBe(2_000_000);
    expect(structuredClone(plan).byAction[1]!.perYear[1]!.investment.salesIncome).toBe(2_000_000);
    // The plan's years are the sums of every action's years, line by line.
    for (let i = 0; i < 4; i++) {
      const sum = plan.byAction.reduce((s, b) => s + b.perYear[i]!.netCost, 0);
      expect(plan.perYear[i]!.netCost).toBe(sum);
      expect(plan.byAction.reduce((s, b) => s + b.perYear[i]!.operating.rentIncome, 0)).toBe(
        plan.perYear[i]!.operating.rentIncome,
      );
    }
    // An action's totals are the sums of its years.
    for (const b of plan.byAction) {
      expect(b.total.netCost).toBe(b.perYear.reduce((s, y) => s + y.netCost, 0));
      expect(b.total.investment.salesIncome).toBe(
        b.perYear.reduce((s, y) => s + y.investment.salesIncome, 0),
      );
    }
  });
});

describe('values per home on one snapshot', () => {
  it('are valued once per set of assumptions and again for other assumptions', () => {
    const first = unitValues(register, FLAT);
    expect(unitValues(register, FLAT)).toBe(first);
    const dearer = unitValues(register, { ...FLAT, discountRate: FLAT.discountRate + 0.01 });
    expect(dearer).not.toBe(first);
    // A higher discount rate lowers the present value of the same positive net rent.
    expect(dearer[0]!.presentValue).toBeLessThan(first[0]!.presentValue);
    // A copy of the snapshot is valued afresh, to the same figures.
    expect(unitValues(structuredClone(register), FLAT)).toEqual(first);
  });
});
