// The difference a plan makes: a scenario's figures minus a reference's (normally «Ingen
// tiltak»: the same horizon and assumptions with no actions), per year and in total.
// Signs follow the engine: + = more cost for the municipality, more homes, more coverage.
import type { PlanResult } from './plan';

export interface PlanDifferenceYear {
  year: number;
  /** Coverage (all segments) in percentage points; null when either side has nothing to cover. */
  coveragePoints: number | null;
  /** Homes in the stock at the end of the year. */
  homes: number;
  /** Households without a suitable home (the shortfall, ≥ 0): fewer is better. */
  shortfall: number;
  netInvestment: number;
  netOperatingCost: number;
  netCost: number;
}

export interface PlanDifference {
  scenarioName: string;
  referenceName: string;
  perYear: PlanDifferenceYear[];
  total: {
    netInvestment: number;
    netOperatingCost: number;
    netCost: number;
    /** Difference of the NPVs; null when the horizons or discount rates differ. */
    npv: number | null;
    /** The last compared year's coverage and homes difference. */
    coveragePointsEnd: number | null;
    homesEnd: number;
  };
}

const shortfallOf = (gap: number) => Math.max(0, -gap);

/**
 * `plan` minus `reference` over the years both cover (by calendar year). Money is whole
 * kroner (both sides already are); homes and coverage keep the engine's expected values.
 */
export function planDifference(plan: PlanResult, reference: PlanResult): PlanDifference {
  const refByYear = new Map(reference.perYear.map((y, i) => [y.year, i]));
  const perYear: PlanDifferenceYear[] = [];
  plan.perYear.forEach((y, i) => {
    const j = refByYear.get(y.year);
    if (j === undefined) return;
    const r = reference.perYear[j]!;
    const cov = plan.needs.perYear[i]!.total.coverage;
    const refCov = reference.needs.perYear[j]!.total.coverage;
    perYear.push({
      year: y.year,
      coveragePoints: cov === null || refCov === null ? null : (cov - refCov) * 100,
      homes: y.stock.total - r.stock.total,
      shortfall:
        shortfallOf(plan.needs.perYear[i]!.total.gap) -
        shortfallOf(reference.needs.perYear[j]!.total.gap),
      netInvestment: y.netInvestment - r.netInvestment,
      netOperatingCost: y.netOperatingCost - r.netOperatingCost,
      netCost: y.netCost - r.netCost,
    });
  });
  const sum = (k: 'netInvestment' | 'netOperatingCost' | 'netCost') =>
    perYear.reduce((s, y) => s + y[k], 0);
  const sameBasis =
    plan.startYear === reference.startYear &&
    plan.years === reference.years &&
    plan.assumptions.discountRate === reference.assumptions.discountRate;
  const last = perYear[perYear.length - 1];
  return {
    scenarioName: plan.scenarioName,
    referenceName: reference.scenarioName,
    perYear,
    total: {
      netInvestment: sum('netInvestment'),
      netOperatingCost: sum('netOperatingCost'),
      netCost: sum('netCost'),
      npv: sameBasis ? plan.npv - reference.npv : null,
      coveragePointsEnd: last?.coveragePoints ?? null,
      homesEnd: last?.homes ?? 0,
    },
  };
}
