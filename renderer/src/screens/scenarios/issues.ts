// The engine's issues (validateScenario) placed next to what they name: per action and field
// (the engine's Norwegian field label, e.g. «Pris»), or the scenario and its assumptions.
// Errors go next to their input; warnings (and errors no input shows) are listed above.
import type { Issue } from '../../../../main/domain/scenario';

export interface FieldMessages {
  /** The first error for a field label, without the action prefix: «Pris: kan ikke være negativ». */
  field: (label: string) => string | undefined;
  /** Every error for a field label (a list of homes may have several). */
  fieldAll: (label: string) => string[];
  /** Warnings, and errors for fields no input shows. */
  rest: (shown: readonly string[]) => Issue[];
  all: Issue[];
}

/** «Tiltak 2 (Kjøp), Pris: kan ikke være negativ» → «Pris: kan ikke være negativ». */
export function shortMessage(i: Issue): string {
  const at = i.field ? i.message.indexOf(`, ${i.field}: `) : -1;
  return at >= 0 ? i.message.slice(at + 2) : i.message;
}

export function messagesFor(issues: Issue[], actionIndex: number | null): FieldMessages {
  const all = issues.filter((i) => i.actionIndex === actionIndex);
  const errors = all.filter((i) => i.severity === 'error');
  return {
    all,
    field: (label) => {
      const hit = errors.find((i) => i.field === label);
      return hit ? shortMessage(hit) : undefined;
    },
    fieldAll: (label) => errors.filter((i) => i.field === label).map(shortMessage),
    rest: (shown) =>
      all.filter((i) => i.severity === 'warning' || i.field === null || !shown.includes(i.field)),
  };
}
