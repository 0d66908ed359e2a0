// «Foreslå plan» handlers: `plan.suggest` runs the optimiser (HiGHS in a worker thread) and
// returns the suggestion as a scenario the screen saves with `scenarios.create`; nothing is
// written here. `plan.suggestProgress` reports the running solve's step for the progress bar.
import type { SuggestProgress } from '../../contract/suggest';
import { suggestPlan, SuggestInputError, type SuggestOutcome } from '../../domain/optimise';
import { AppError } from '../../register/errors';
import { getScenario, newScenario } from '../../register/scenarios';
import { registerSnapshot } from '../../register/snapshot';
import type { HandlerContext, Handlers } from '../handlers';
import { workerSolver } from './worker';

type SuggestMethods = 'plan.suggest' | 'plan.suggestProgress';

export function suggestHandlers(ctx: HandlerContext): Pick<Handlers, SuggestMethods> {
  const { session } = ctx;
  let progress: SuggestProgress = { running: false, step: '', fraction: 0 };
  return {
    'plan.suggest': async (input): Promise<SuggestOutcome> => {
      if (progress.running) {
        throw new AppError('conflict', 'Et forslag beregnes allerede – vent til det er ferdig.');
      }
      const today = session.clock.today();
      const { baseId, years, ...rest } = input;
      const base =
        baseId === 0
          ? newScenario(rest.name ?? 'Forslag 1', today, undefined, years ?? 4)
          : getScenario(session.db, baseId).scenario;
      progress = { running: true, step: 'Starter', fraction: 0 };
      try {
        return await suggestPlan(
          registerSnapshot(session.db, today),
          { ...rest, base },
          workerSolver,
          (step, fraction) => (progress = { running: true, step, fraction }),
        );
      } catch (e) {
        if (e instanceof SuggestInputError) {
          throw new AppError('validation', e.message, [{ field: 'target', message: e.message }]);
        }
        throw e;
      } finally {
        progress = { running: false, step: '', fraction: 0 };
      }
    },
    'plan.suggestProgress': () => progress,
  };
}
