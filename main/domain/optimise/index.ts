// «Foreslå plan» (issue 15): a mixed-integer model over segments × years whose solution is an
// ordinary scenario the engine calculates. Pure: the solver is passed in (HiGHS in a worker).
export * from './types';
export { DEFAULT_FRAMLEIE, DEFAULT_PURCHASE, defaultRequest } from './defaults';
export { basePlan, buildColumns, saleCandidates, type BasePlan, type Column } from './columns';
export { buildLp, chosen } from './model';
export {
  checkRequest,
  coverageChecks,
  limitBreaches,
  MORE_BUDGET,
  objectiveOf,
  scenarioOf,
  SuggestInputError,
  suggestPlan,
} from './suggest';
