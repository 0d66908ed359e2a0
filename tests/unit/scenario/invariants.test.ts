// Properties over many random registers and scenarios (seeded PRNG, reproducible).
import { describe, expect, it } from 'vitest';
import {
  assessNeeds,
  baselineScenario,
  DEMAND_PARTS,
  INVESTMENT_LINES,
  OPERATING_LINES,
  runPlan,
  SEGMENT_KEYS,
  SUPPLY_PARTS,
  validateScenario,
  type Action,
  type PlanResult,
} from '../../../main/domain/scenario';
import { TENURES } from '../../../main/domain/types';
import { mulberry32 } from './fixtures';
import { int, naiveStock, pick, randomScenario, randomSnapshot } from './generate';

const RUNS = 150;

function cases(seed0: number) {
  return Array.from({ length: RUNS }, (_, k) => {
    const rnd = mulberry32(seed0 + k);
    const snap = randomSnapshot(rnd);
    const scenario = randomScenario(rnd, snap);
    return { seed: seed0 + k, rnd, snap, scenario };
  });
}

function expectBudgetsAddUp(r: PlanResult) {
  r.perYear.forEach((y, i) => {
    for (const k of INVESTMENT_LINES) {
      expect(Number.isInteger(y.investment[k])).toBe(true);
      expect(y.investment[k]).toBe(r.byAction.reduce((s, a) => s + a.perYear[i]!.investment[k], 0));
    }
    for (const k of OPERATING_LINES) {
      expect(Number.isInteger(y.operating[k])).toBe(true);
      expect(y.operating[k]).toBe(r.byAction.reduce((s, a) => s + a.perYear[i]!.operating[k], 0));
    }
    expect(y.netCost).toBe(y.netInvestment + y.netOperatingCost);
  });
}

describe('random scenarios', () => {
  it('are valid by construction and run', () => {
    for (const { seed, snap, scenario } of cases(1)) {
      const errors = validateScenario(scenario, snap).filter((i) => i.severity === 'error');
      expect(errors, `seed ${seed}`).toEqual([]);
      expect(() => runPlan(snap, scenario), `seed ${seed}`).not.toThrow();
    }
  });

  it('never give negative stock, and count every home once (naive per-home model)', () => {
    for (const { seed, snap, scenario } of cases(1000)) {
      const r = runPlan(snap, scenario);
      const naive = naiveStock(snap, scenario);
      r.perYear.forEach((y, i) => {
        let total = 0;
        for (const seg of SEGMENT_KEYS) {
          for (const t of TENURES) {
            const v = y.stock.bySegment[seg][t];
            expect(v, `seed ${seed} ${y.year} ${seg} ${t}`).toBeGreaterThanOrEqual(0);
            expect(v, `seed ${seed} ${y.year} ${seg} ${t}`).toBe(naive[i]!.get(`${seg}/${t}`) ?? 0);
            total += v;
          }
        }
        expect(y.stock.total).toBe(total);
        expect(TENURES.reduce((s, t) => s + y.stock.byTenure[t], 0)).toBe(total);
        expect(y.stock.outOfUse).toBeGreaterThanOrEqual(0);
        expect(y.stock.outOfUse).toBeLessThanOrEqual(total);
        expect(y.loanBalance).toBeGreaterThanOrEqual(0);
      });
    }
  });

  it('add up: integer lines, totals are sums of the per-action lines', () => {
    for (const { snap, scenario } of cases(2000)) expectBudgetsAddUp(runPlan(snap, scenario));
  });

  it('have consistent gap tables', () => {
    for (const { seed, snap, scenario } of cases(3000)) {
      const r = runPlan(snap, scenario);
      for (const y of r.perYear) {
        for (const c of Object.values(y.needs.segments)) {
          const d = DEMAND_PARTS.reduce((s, p) => s + c.demand[p].value, 0);
          const sup = SUPPLY_PARTS.reduce((s, p) => s + c.supply[p].value, 0);
          expect(c.demandTotal, `seed ${seed}`).toBeCloseTo(d, 6);
          expect(c.supplyTotal, `seed ${seed}`).toBeCloseTo(sup, 6);
          expect(c.gap).toBeCloseTo(c.supplyTotal - c.demandTotal, 6);
          // Coverage is defined only where there is demand.
          if (c.demandTotal === 0) expect(c.coverage).toBeNull();
          else expect(c.coverage).toBeCloseTo(Math.max(0, c.supplyTotal) / c.demandTotal, 6);
          for (const p of DEMAND_PARTS) expect(c.demand[p].value).toBeGreaterThanOrEqual(0);
          // A home leaving the stock is demand (its households), never negative supply.
          for (const p of SUPPLY_PARTS) expect(c.supply[p].value).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  it('baseline equals «no actions» and equals assessNeeds', () => {
    for (const { snap, scenario } of cases(4000)) {
      const base = runPlan(snap, baselineScenario(scenario));
      const none = runPlan(snap, { ...scenario, actions: [] });
      expect(base.perYear).toEqual(none.perYear);
      expect(base.byAction).toHaveLength(1);
      expect(base.byAction[0]!.perYear).toEqual(
        base.perYear.map((y) => ({
          year: y.year,
          investment: y.investment,
          operating: y.operating,
          netInvestment: y.netInvestment,
          netOperatingCost: y.netOperatingCost,
          netCost: y.netCost,
        })),
      );
      const needs = assessNeeds(snap, {
        startYear: scenario.startYear,
        years: scenario.years,
        turnover: scenario.assumptions,
      });
      expect(base.needs).toEqual(needs);
      // The existing stock's line is the same whatever the actions.
      const full = runPlan(snap, scenario);
      expect(full.byAction[0]!.perYear).toEqual(base.byAction[0]!.perYear);
    }
  });

  it('removing an action restores the previous results', () => {
    for (const { seed, rnd, snap, scenario } of cases(5000)) {
      const before = JSON.stringify(scenario);
      const r1 = runPlan(snap, scenario);
      const year = int(rnd, scenario.startYear, scenario.startYear + scenario.years - 1);
      const extra: Action =
        rnd() < 0.5
          ? {
              kind: 'kjop',
              id: 'extra',
              year,
              segment: pick(rnd, SEGMENT_KEYS),
              count: int(rnd, 1, 4),
              pricePerHome: int(rnd, 1_000_000, 4_000_000),
              areaM2PerHome: int(rnd, 30, 100),
              rentMonthlyPerHome: int(rnd, 6_000, 15_000),
              grant: { mode: 'rate' },
            }
          : {
              kind: 'framleie',
              mode: 'lease',
              id: 'extra',
              year,
              segment: pick(rnd, SEGMENT_KEYS),
              count: int(rnd, 1, 4),
              termYears: int(rnd, 1, 6),
              ownerRentMonthly: int(rnd, 8_000, 14_000),
              rentMonthly: int(rnd, 7_000, 13_000),
            };
      const pos = int(rnd, 0, scenario.actions.length);
      const withExtra = {
        ...scenario,
        actions: [...scenario.actions.slice(0, pos), extra, ...scenario.actions.slice(pos)],
      };
      const r2 = runPlan(snap, withExtra);
      // The other actions' lines are untouched; the totals move by exactly the new action's lines.
      const x = r2.byAction.find((a) => a.actionId === 'extra')!;
      for (const a of r1.byAction) {
        expect(r2.byAction.find((b) => b.actionId === a.actionId)!.perYear).toEqual(a.perYear);
      }
      r1.perYear.forEach((y, i) => {
        expect(r2.perYear[i]!.netCost - y.netCost, `seed ${seed}`).toBe(x.perYear[i]!.netCost);
      });
      // Taking it out again gives the first result, and nothing was mutated.
      const r3 = runPlan(snap, {
        ...withExtra,
        actions: withExtra.actions.filter((a) => a.id !== 'extra'),
      });
      expect(r3).toEqual(r1);
      expect(JSON.stringify(scenario)).toBe(before);
    }
  });
});

describe('money rules over random registers with loans and grants (issue 10)', () => {
  it('grants never exceed the cost, debts never go negative', () => {
    for (const { seed, snap, scenario } of cases(70_000)) {
      const r = runPlan(snap, scenario);
      for (const ab of r.byAction) {
        if (ab.kind !== 'kjop' && ab.kind !== 'bygging') continue;
        const spent = ab.perYear.reduce(
          (s, y) => s + y.investment.purchases + y.investment.building,
          0,
        );
        const granted = ab.perYear.reduce((s, y) => s + y.investment.grants, 0);
        const borrowed = ab.perYear.reduce((s, y) => s + y.investment.newLoans, 0);
        expect(granted, `seed ${seed}, ${ab.title}`).toBeLessThanOrEqual(spent);
        // grant + loan never more than the cost (a krone of rounding per year at most)
        expect(granted + borrowed, `seed ${seed}, ${ab.title}`).toBeLessThanOrEqual(
          spent + ab.perYear.length,
        );
      }
      for (const y of r.perYear) {
        expect(y.existingLoanBalance, `seed ${seed}`).toBeGreaterThanOrEqual(0);
        expect(y.loanBalance, `seed ${seed}`).toBeGreaterThanOrEqual(0);
        expect(y.operating.existingInterest, `seed ${seed}`).toBeGreaterThanOrEqual(0);
        expect(y.operating.existingInstalments, `seed ${seed}`).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('selling or winding up a register home never changes the debt service of an earlier year', () => {
    for (const { seed, snap, scenario } of cases(80_000)) {
      const base = runPlan(snap, baselineScenario(scenario));
      const r = runPlan(snap, scenario);
      const firstRemoval = Math.min(
        ...scenario.actions
          .filter((a) => a.kind === 'salg' || a.kind === 'leie_til_eie' || a.kind === 'avvikling')
          .map((a) => (a as { year: number }).year),
      );
      r.perYear.forEach((y, i) => {
        const service = (p: PlanResult) =>
          p.perYear[i]!.operating.existingInterest + p.perYear[i]!.operating.existingInstalments;
        if (y.year < firstRemoval)
          expect(service(r), `seed ${seed}, ${y.year}`).toBe(service(base));
        else expect(service(r), `seed ${seed}, ${y.year}`).toBeLessThanOrEqual(service(base));
      });
    }
  });
});
