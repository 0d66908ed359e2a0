// The budget of a plan as spreadsheet formulas: runPlan's arithmetic replayed with expressions
// (expr.ts) instead of numbers, so every budget cell is a formula over the assumptions
// (Forutsetninger), the action parameters (Tiltak), growth factors and quantities (Grunnlag) and
// loan schedules (Lån) — and it is known, before writing, that the formula gives the engine's
// figure. Follows plan.ts step by step (same order of actions, same contributions, same
// order of operations, each line rounded once per action and year), see the comments there.
//
// A cell whose formula would not reproduce the app's figure (it should not happen; tests check
// that it does not) is written as the app's value and listed in PlanModel.fallbacks, so the
// workbook is never wrong, at worst less alive.
//
// The builder is split by the sheets it feeds: model/core.ts (Grunnlag, Forutsetninger, Tiltak),
// model/loans.ts (Lån), model/actions.ts (each kind of action), model/budget.ts (Investering,
// Drift, totals); model/types.ts holds the shapes the sheet writers read.
import { Book } from './book';
import { ScenarioBuilder } from './model/budget';
import type { ModelInputs, PlanModel } from './model/types';

export * from './model/types';

export function buildPlanModel(inputs: ModelInputs, book = new Book()): PlanModel {
  const { plans, scenarios, snapshot } = inputs;
  if (plans.length !== scenarios.length || plans.length < 1 || plans.length > 4) {
    throw new RangeError('Eksporten tar 1–4 scenarioer, med ett planresultat for hvert');
  }
  const fallbacks: string[] = [];
  const models = scenarios.map((scenario, k) => {
    const plan = plans[k]!;
    if (
      plan.scenarioName !== scenario.name ||
      plan.startYear !== scenario.startYear ||
      plan.years !== scenario.years
    ) {
      throw new Error(`Planresultat ${k + 1} hører ikke til scenarioet «${scenario.name}»`);
    }
    return new ScenarioBuilder(book, k + 1, scenario, plan, snapshot, fallbacks).build();
  });
  return { book, scenarios: models, fallbacks };
}
