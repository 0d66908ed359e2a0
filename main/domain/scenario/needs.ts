// Needs assessment (boligbehovsanalyse): demand against supply per segment and year.
//
// Demand (households needing a home in the year):
//   waitingList  applicants (need.kind 'soker') in their expectedYear, or in the first year if
//                earlier; applicants expected after the horizon are left out;
//   forecast     forecasts ('prognose'), need.households in expectedYear (within the horizon;
//                forecasts for past years are left out — they should be applicants by now);
//   mustMove     current tenants (tenancy.movedOut null) who are crowded (isUnitCrowded, SSB's
//                rule unless the register says otherwise) or have fewer bedrooms than
//                bedroomsNeeded, in the segment of the bedroom rule's size (bedroomsNeeded; a
//                household crowded by area alone needs a larger home of that size);
//                wheelchair/staffed as their current home. They are spread over the years at
//                mustMoveRate (default 25 %) of the whole group per year, in whole households:
//                by the end of year i, ⌈(i + 1) × rate × N⌉ of the N have moved (8 at 25 % →
//                2, 2, 2, 2), the most crowded first (crowded, then the largest bedroom
//                shortfall, then household id). Those left at the end of the horizon are in
//                mustMoveSchedule.afterHorizon;
//   leaseEnding  households that must move because the framleie home they live in leaves the
//                stock (the lease ends, or an action ends it);
//   homeRemoved  households that must move because their home is sold, wound up or taken out
//                for rehabilitation by an action (the tenants buying a home through leie-til-eie
//                stay and leave the figures instead).
//                A home leaving the stock is demand, never negative supply: the households
//                living there need another home in that year, each in the segment of its own
//                size (bedroomsNeeded, the home's wheelchair/staffed); a household that was to
//                move later (mustMove) is counted here instead. A home let again since the
//                start (after a must-move household left it, or after a rehabilitation; a
//                vacant home let in the first year) displaces one household of the home's
//                segment. A vacant home that leaves the stock in the first year is neither
//                supply nor demand.
// Supply (homes that can be allocated in the year; never negative):
//   vacant       homes with status 'ledig' still in use after the first year starts;
//   released     the current homes of mustMove households, in the year they move, while the
//                home is still in use;
//   contractEnd  expected move-outs when a contract ends: moveOutRateAtContractEnd of those who
//                are still there (an overdue contract counts as ending in the first year; a
//                contract not ended is renewed for contractRenewalYears from its own end date,
//                not from the plan's start, and may end again);
//   careerExit   expected exits of startlån/leie-til-eie candidates: careerExitRate a year of
//                those still there (both rates act on the same survivors, never double counted);
//   added        homes added by scenario actions, or back in use after rehabilitation (runPlan).
// contractEnd and careerExit are expected values (fractions of households): the UI rounds them
// visibly («ca. 12»); everything else is whole households and homes.
// Turnover counts only the current tenants of homes in use, until their home leaves use;
// mustMove households count as demand and released, not as turnover. New tenants are not modelled.
//
// Layout: this file is the public entry (assessNeeds, and every name others import from
// './needs', re-exported); preparing the register for a horizon is in prepare.ts, the needs
// table (buildNeeds, cells, totals) in needsTable.ts, the households that should move in
// movers.ts, the expected turnover of current tenancies in turnover.ts.
import {
  DEFAULT_BEDROOM_RULE,
  DEFAULT_CROWDING_RULE,
  type BedroomRule,
  type CrowdingRule,
} from '../rules';
import type { TurnoverAssumptions } from './assumptions';
import { buildNeeds, type NeedsAssessment } from './needsTable';
import { checkHorizon, prepareRegister, type RegisterSnapshot } from './prepare';

export { DEFAULT_MUST_MOVE_RATE, moveYears, residentsOf, type Resident } from './movers';
export {
  buildNeeds,
  cellSources,
  DEMAND_PARTS,
  SUPPLY_PARTS,
  type DemandPart,
  type Figure,
  type MustMoveSchedule,
  type NeedsAssessment,
  type NeedsCell,
  type NeedsTotals,
  type NeedsYear,
  type Sources,
  type SupplyPart,
} from './needsTable';
export {
  baseUnitState,
  checkHorizon,
  MAX_PLAN_YEARS,
  prepareRegister,
  yearFractionThrough,
  yearOf,
  type Horizon,
  type NeedsModel,
  type PreparedRegister,
  type PreparedUnit,
  type RegisterSnapshot,
  type SupplyEvent,
  type UnitEvent,
  type UnitEventPart,
  type UnitState,
} from './prepare';

export interface AssessNeedsOptions {
  startYear: number;
  /** 1–20, default 4. */
  years?: number;
  bedroomRule?: BedroomRule;
  crowdingRule?: CrowdingRule;
  turnover: TurnoverAssumptions;
}

/** Needs assessment for the register as it is (no actions). */
export function assessNeeds(
  snapshot: RegisterSnapshot,
  options: AssessNeedsOptions,
): NeedsAssessment {
  const years = options.years ?? 4;
  checkHorizon(options.startYear, years);
  const reg = prepareRegister(snapshot, { startYear: options.startYear, n: years });
  return buildNeeds(
    reg,
    {
      bedroomRule: options.bedroomRule ?? DEFAULT_BEDROOM_RULE,
      crowdingRule: options.crowdingRule ?? snapshot.crowdingRule ?? DEFAULT_CROWDING_RULE,
    },
    options.turnover,
  );
}
