// `plan --db FILE --scenario NAME`: the results of a stored scenario as JSON.
// «Ingen tiltak» is the baseline (the register with no actions, default assumptions).
import { BASELINE_NAME, baselineScenario, type Scenario } from '../domain/scenario/actions';
import type { SegmentKey } from '../domain/scenario/segments';
import { runPlan, type PlanResult } from '../domain/scenario/plan';
import type { Db } from '../register/db';
import { isBaselineName, newScenario, requireScenarioByName } from '../register/scenarios';
import { registerSnapshot } from '../register/snapshot';

export function loadScenario(db: Db, name: string, today: string): Scenario {
  if (isBaselineName(name)) return baselineScenario(newScenario(BASELINE_NAME, today));
  return requireScenarioByName(db, name).scenario;
}

export function planFor(db: Db, name: string, today: string): PlanResult {
  return runPlan(registerSnapshot(db, today), loadScenario(db, name, today));
}

/** The JSON the CLI prints: per year stock, gap, investment, operating and net cost; NPV. */
export function planReport(result: PlanResult) {
  return {
    scenario: result.scenarioName,
    startYear: result.startYear,
    years: result.years,
    npv: result.npv,
    perYear: result.perYear.map((y) => ({
      year: y.year,
      stock: { total: y.stock.total, byTenure: y.stock.byTenure, outOfUse: y.stock.outOfUse },
      gap: {
        total: y.needs.total.gap,
        demand: y.needs.total.demand,
        supply: y.needs.total.supply,
        coverage: y.needs.total.coverage,
        bySegment: Object.fromEntries(
          (
            Object.entries(y.needs.segments) as [
              SegmentKey,
              (typeof y.needs.segments)[SegmentKey],
            ][]
          )
            .filter(([, c]) => c.demandTotal !== 0 || c.supplyTotal !== 0)
            .map(([k, c]) => [k, c.gap]),
        ),
      },
      investment: y.investment,
      operating: y.operating,
      netInvestment: y.netInvestment,
      netOperatingCost: y.netOperatingCost,
      netCost: y.netCost,
      loanBalance: y.loanBalance,
      existingLoanBalance: y.existingLoanBalance,
    })),
    total: result.total,
    projects: result.projects.map((p) => ({
      actionId: p.actionId,
      title: p.title,
      costCoveringRentMonthly: p.costCoveringRentMonthly,
    })),
    // Every warning with its stable code (null for the form's notes without one).
    warnings: result.warnings.map((w) => ({
      code: w.code ?? null,
      message: w.message,
      year: w.year ?? null,
      actionId: w.actionId,
      unitIds: w.unitIds ?? [],
      figures: w.figures ?? {},
    })),
  };
}
