// The export as the app and the CLI use it: which scenarios, the plans, the file name.
import { BASELINE_SCENARIO_ID, MAX_EXPORT_SCENARIOS } from '../contract/export';
import {
  BASELINE_NAME,
  baselineScenario,
  runPlan,
  ScenarioValidationError,
  type Scenario,
} from '../domain/scenario';
import type { Db } from '../register/db';
import { AppError } from '../register/errors';
import {
  getScenario,
  isBaselineName,
  newScenario,
  requireScenarioByName,
} from '../register/scenarios';
import { getSettings } from '../register/settings';
import { registerSnapshot } from '../register/snapshot';
import { APP_VERSION } from './version';
import { planPeriod, type PlanWorkbookInputs } from './workbook';

/** A scenario chosen for export: a stored one by id or name, or the baseline. */
export type ScenarioRef = { id: number } | { name: string };

const isBaseline = (r: ScenarioRef) =>
  'id' in r ? r.id === BASELINE_SCENARIO_ID : isBaselineName(r.name);

/**
 * The scenarios in the order asked for. «Ingen tiltak» takes the horizon and assumptions of
 * the first stored scenario in the list (so a comparison compares like with like); alone, it
 * is the default new scenario (the CLI's `plan --scenario "Ingen tiltak"`).
 */
export function resolveScenarios(db: Db, refs: ScenarioRef[], today: string): Scenario[] {
  if (refs.length < 1 || refs.length > MAX_EXPORT_SCENARIOS) {
    throw new AppError('validation', `Velg 1–${MAX_EXPORT_SCENARIOS} scenarioer.`);
  }
  const stored = refs.map((r): Scenario | null => {
    if (isBaseline(r)) return null;
    if ('id' in r) return getScenario(db, r.id).scenario;
    return requireScenarioByName(db, r.name).scenario;
  });
  const names = stored.map((s) => s?.name ?? BASELINE_NAME);
  if (new Set(names.map((n) => n.toLowerCase())).size !== names.length) {
    throw new AppError('validation', 'Et scenario er valgt to ganger.');
  }
  const reference = stored.find((s): s is Scenario => s !== null);
  const baseline = baselineScenario(reference ?? newScenario(BASELINE_NAME, today));
  return stored.map((s) => s ?? baseline);
}

/** Runs the plans on today's register and gathers what the workbook needs. */
export function planInputs(db: Db, scenarios: Scenario[], today: string): PlanWorkbookInputs {
  const snapshot = registerSnapshot(db, today);
  const plans = scenarios.map((s) => {
    try {
      return runPlan(snapshot, s);
    } catch (e) {
      if (e instanceof ScenarioValidationError) {
        throw new AppError(
          'validation',
          `Scenarioet «${s.name}» kan ikke eksporteres:\n${e.message}`,
          e.issues.map((i) => ({ field: i.field ?? 'scenario', message: i.message })),
        );
      }
      throw e;
    }
  });
  const { municipality, isSample, crowdingRule } = getSettings(db);
  return {
    municipality,
    isSample,
    crowdingRule,
    plans,
    scenarios,
    snapshot,
    exportedAt: today,
    appVersion: APP_VERSION,
  };
}

/** «Boligplan 2027-2030 – Mitt scenario.xlsx»; a comparison lists the scenarios. */
export function proposedFileName(
  scenarios: Scenario[],
  clean: (text: string) => string = (t) => t,
): string {
  const period = planPeriod(scenarios).replace('–', '-');
  const names = scenarios.map((s) => clean(s.name.trim()));
  let what =
    names.length === 1
      ? names[0]!
      : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]!}`;
  if (what.length > 100) what = `sammenligning av ${names.length} scenarioer`;
  const name = [...`Boligplan ${period} – ${what}`]
    .map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '-' : ch))
    .join('')
    .replace(/[. ]+$/, '');
  return `${name}.xlsx`;
}
