// «Foreslå plan» (issue 15): what the planner asks for and what the optimiser answers.
//
// Target: «95 % by 2029» holds two ways, per segment (every segment with demand) or for all
// segments together: the engine's coverage in 2029 itself (supply / demand that year, the
// «Dekningsgrad» the plan shows), and the coverage through 2029 — supply summed over the plan's
// years up to and including it over demand summed the same way (unmet needs carry over in the
// engine's cumulative gap), so the needs arising from the first year on are met by then too.
import type { Scenario } from '../scenario/actions';
import type { BedroomBucket, SegmentKey } from '../scenario/segments';

export type TargetScope = 'segment' | 'total';
export type Objective = 'npv' | 'investment';

/** What a purchase of one home in a bedroom bucket costs and earns (first-year kroner). */
export interface PurchasePrice {
  pricePerHome: number;
  areaM2PerHome: number;
  rentMonthlyPerHome: number;
}

export interface FramleiePrice {
  ownerRentMonthly: number;
  rentMonthly: number;
}

/** A building project the planner could start (the optimiser picks whether and when). */
export interface CandidateProject {
  project: string;
  units: {
    segment: SegmentKey;
    count: number;
    areaM2PerHome: number;
    rentMonthlyPerHome: number;
  }[];
  totalCost: number;
  /** Construction years, 1–5: the project starts buildYears − 1 years before completion. */
  buildYears: number;
  /** Already decided: it must be built (the optimiser still picks the year when not given). */
  decided?: boolean;
  /** Completion year fixed by the planner. */
  completionYear?: number;
}

export interface SuggestLimits {
  /** Most net investment (the plan's `netInvestment`) in any plan year, kroner; null = none. */
  maxNetInvestmentPerYear: number | null;
  /** Most homes bought (kjøp) in a year; null = none. */
  maxPurchasesPerYear: number | null;
  /** Largest share of framleie homes in the stock at 31 December of any year, 0–1; null = none. */
  maxFramleieShare: number | null;
  /** Register homes that must not be sold. */
  protectedUnitIds: number[];
}

export interface AllowedActions {
  kjop: boolean;
  bygging: boolean;
  framleie: boolean;
  salg: boolean;
}

export interface SuggestRequest {
  /**
   * The plan to start from: horizon, assumptions, and the actions already decided (kept as they
   * are). The suggestion adds its actions to these.
   */
  base: Scenario;
  target: { coverage: number; year: number; scope: TargetScope };
  limits: SuggestLimits;
  allowed: AllowedActions;
  objective: Objective;
  purchase: Record<BedroomBucket, PurchasePrice>;
  /** Share of (price − grant) financed by loan for suggested purchases and projects; default the assumptions'. */
  loanShare?: number;
  framleie: Record<BedroomBucket, FramleiePrice> & { termYears: number };
  projects: CandidateProject[];
  /** Sale price of a register home as a share of the purchase price of its bedroom bucket. */
  salePriceShare: number;
  /** How many register homes (lowest value first) the optimiser may consider selling. */
  saleCandidates: number;
  /** Time limit for each solve, seconds. */
  timeLimitSeconds: number;
  /** Name of the suggestion. */
  name?: string;
}

/** The limits the planner can set, named in explanations. */
export type LimitName =
  'maxNetInvestmentPerYear' | 'maxPurchasesPerYear' | 'maxFramleieShare' | 'allowedActions';

export const LIMIT_LABEL: Record<LimitName, string> = {
  maxNetInvestmentPerYear: 'maks netto investering per år',
  maxPurchasesPerYear: 'maks antall kjøp per år',
  maxFramleieShare: 'maks andel framleie',
  allowedActions: 'tiltakene som er tillatt',
};

/** Coverage by the target year, from the engine's figures. */
export interface CoverageCheck {
  scope: TargetScope;
  /** Segment, or null for all segments together. */
  segment: SegmentKey | null;
  /** Summed from the first plan year through the target year. */
  supply: number;
  demand: number;
  /** The lower of the coverage through the target year and in it (null without demand). */
  coverage: number | null;
  /** Through the target year: supply / demand (max 0 supply), null without demand. */
  coverageThrough: number | null;
  /** In the target year itself (the engine's «Dekningsgrad» that year), null without demand. */
  coverageInYear: number | null;
}

export interface LimitCheck {
  limit: LimitName;
  year: number;
  /** The figure the engine reports (kroner, homes or share). */
  value: number;
  allowed: number;
}

/** What a re-solve with one more million per year gives. */
export interface MoreBudget {
  /** Objective of the suggestion against that re-solve, from the engine (kroner; + = saved). */
  objectiveSaved: number | null;
  /** Coverage reachable with the extra million (engine), when the target cannot be met. */
  bestCoverage: number | null;
  /** Homes the re-solved plan adds over the suggestion (kjøp, bygging, framleie − salg). */
  extraHomes: number;
}

export interface SuggestExplanation {
  /** Limits that change the optimum when relaxed (the plan would be cheaper or feasible). */
  binding: LimitName[];
  /** Years where the investment limit is used to within one purchase. */
  budgetTightYears: number[];
  moreBudget: MoreBudget | null;
  /** Objective (engine) of the cheapest plan without the planner's limits; null if none. */
  unlimitedObjective: number | null;
  /** Objective (engine) of the suggestion. */
  objective: number;
}

export type SuggestOutcome =
  | {
      status: 'ok';
      scenario: Scenario;
      coverage: CoverageCheck[];
      limitBreaches: LimitCheck[];
      explanation: SuggestExplanation;
      /** Norwegian sentences for the planner. */
      messages: string[];
      solveSeconds: number;
    }
  | {
      status: 'infeasible';
      /** Limits that, relaxed alone, make the target reachable (empty: only all together or none). */
      blocking: LimitName[];
      /** Best reachable coverage through the target year under the limits (engine), with its plan. */
      bestCoverage: number | null;
      bestScenario: Scenario | null;
      /** Best reachable coverage with one more million per year (engine), null without a budget limit. */
      moreBudgetCoverage: number | null;
      messages: string[];
      solveSeconds: number;
    }
  | { status: 'failed'; messages: string[]; solveSeconds: number };

/** A mixed-integer solve: LP text in, values by column name out. */
export interface LpSolution {
  status: 'optimal' | 'infeasible' | 'time_limit' | 'error';
  objective: number;
  values: Record<string, number>;
}

export type LpSolver = (lp: string, options: { timeLimitSeconds: number }) => Promise<LpSolution>;

export type Progress = (step: string, fraction: number) => void;
