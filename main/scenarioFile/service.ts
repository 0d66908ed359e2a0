// Scenario files at the edges: reading a file (bounded before it is read), exporting a stored
// scenario (or the baseline) and importing one into the register. Used by the CLI and the
// app's handlers alike.
import { readFileSync, statSync } from 'node:fs';
import type { StoredScenario } from '../contract/api';
import { containsNationalId } from '../domain/privacy';
import { BASELINE_NAME, baselineScenario, type Scenario } from '../domain/scenario/actions';
import type { Db } from '../register/db';
import { AppError } from '../register/errors';
import {
  createScenario,
  findScenarioByName,
  getScenario,
  isBaselineName,
  newScenario,
  requireScenarioByName,
} from '../register/scenarios';
import {
  homeIssues,
  homesNamed,
  MAX_SCENARIO_FILE_BYTES,
  parseScenarioFile,
  personalDataIssues,
  refuseIssues,
  serialiseScenarioFile,
  type ScenarioFile,
} from './format';

/** A scenario to export: a stored one by id or name; id 0 or «Ingen tiltak» is the baseline. */
export type ScenarioFileRef = { id: number } | { name: string };

/** Reads and checks a scenario file; a file over the size bound is refused unread. */
export function readScenarioFile(path: string): ScenarioFile {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError('not_found', `Fant ikke filen «${path}».`);
  }
  if (size > MAX_SCENARIO_FILE_BYTES) {
    throw new AppError(
      'validation',
      `Scenariofilen kan ikke importeres: filen er større enn ${MAX_SCENARIO_FILE_BYTES / 1024 / 1024} MB.`,
      [
        {
          field: 'file',
          message: `filen er større enn ${MAX_SCENARIO_FILE_BYTES / 1024 / 1024} MB`,
        },
      ],
    );
  }
  return parseScenarioFile(readFileSync(path, 'utf8'));
}

function unitNumbers(db: Db): Map<number, string> {
  const rows = db.prepare('SELECT id, unit_no AS unitNo FROM unit').all() as {
    id: number;
    unitNo: string;
  }[];
  return new Map(rows.map((r) => [r.id, r.unitNo]));
}

/** The scenario and description a reference stands for (the baseline as the CLI's `plan`). */
export function scenarioToExport(
  db: Db,
  ref: ScenarioFileRef,
  today: string,
): { scenario: Scenario; description: string } {
  if ('id' in ref ? ref.id === 0 : isBaselineName(ref.name)) {
    return { scenario: baselineScenario(newScenario(BASELINE_NAME, today)), description: '' };
  }
  const stored = 'id' in ref ? getScenario(db, ref.id) : requireScenarioByName(db, ref.name);
  return { scenario: stored.scenario, description: stored.description };
}

/** The file's text for a scenario in this register. */
export function exportScenarioFile(
  db: Db,
  ref: ScenarioFileRef,
  today: string,
): { scenario: Scenario; text: string } {
  const { scenario, description } = scenarioToExport(db, ref, today);
  // Nothing personal leaves the register: a national id typed into a note stops the export.
  const personal = personalDataIssues({ scenario, description });
  if (personal.length > 0) {
    throw new AppError(
      'validation',
      `Scenarioet «${scenario.name}» kan ikke eksporteres:\n${personal.map((i) => i.message).join('\n')}`,
      personal,
    );
  }
  const units = unitNumbers(db);
  const text = serialiseScenarioFile({
    scenario,
    description,
    homes: homesNamed(scenario, (id) => units.get(id)),
    exportedAt: today,
  });
  return { scenario, text };
}

/** Why the name cannot be used for an imported scenario, or null. */
export function importNameProblem(db: Db, name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'Navn: må fylles ut';
  if (trimmed.length > 80) return 'Navn: kan ha høyst 80 tegn';
  if (containsNationalId(trimmed)) return 'Navn: ser ut som et fødselsnummer';
  if (isBaselineName(trimmed)) {
    return `Navn: «${BASELINE_NAME}» er forbeholdt referansebanen – gi scenarioet et nytt navn`;
  }
  if (findScenarioByName(db, trimmed)) {
    return `Navn: scenarioet «${trimmed}» finnes allerede – gi det importerte scenarioet et nytt navn`;
  }
  return null;
}

/**
 * Adds the file's scenario to the register under `name` (default: the name in the file), in one
 * transaction. Refused (nothing written) when the name is taken or reserved, when a home it
 * names is missing or another home here, or when the scenario fails the register's checks.
 */
export function importScenarioFile(
  db: Db,
  file: ScenarioFile,
  options: { name?: string },
  now: string,
): StoredScenario {
  const name = (options.name ?? file.scenario.name).trim();
  const nameProblem = importNameProblem(db, name);
  if (nameProblem) {
    throw new AppError('conflict', nameProblem, [{ field: 'name', message: nameProblem }]);
  }
  const units = unitNumbers(db);
  refuseIssues(homeIssues(file, (id) => units.get(id)));
  try {
    return createScenario(db, { ...file.scenario, name }, file.description ?? '', now);
  } catch (e) {
    if (e instanceof AppError && e.code === 'validation') {
      throw new AppError(
        'validation',
        `Scenariofilen kan ikke importeres:\n${e.message}`,
        e.issues.map((i) => ({ field: `scenario.${i.field}`, message: i.message })),
      );
    }
    throw e;
  }
}
