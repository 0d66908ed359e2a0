// `scenario-export --db FILE --scenario NAME --out S.json` and
// `scenario-import S.json --db FILE [--name NEW]` (issue 10.5): scenario files for sharing a
// scenario with colleagues and keeping it with the case. «Ingen tiltak» can be exported (a file
// with no actions); importing it needs --name, as does any name the register already has.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openForReading } from '../register/db';
import { AppError } from '../register/errors';
import { RegisterSession, type Clock } from '../register/session';
import { exportScenarioFile, importScenarioFile, readScenarioFile } from '../scenarioFile/service';

export class ScenarioFileUsageError extends Error {}

export function scenarioExport(
  options: { db: string; scenario: string; out: string },
  clock: Clock,
) {
  if (!/\.json$/i.test(options.out))
    throw new ScenarioFileUsageError('--out må være en .json-fil.');
  const reader = openForReading(resolve(options.db));
  try {
    const { scenario, text } = exportScenarioFile(
      reader.db,
      { name: options.scenario },
      clock.today(),
    );
    const path = resolve(options.out);
    writeFileSync(path, text, 'utf8');
    return {
      ok: true,
      path,
      scenario: scenario.name,
      startYear: scenario.startYear,
      years: scenario.years,
      actions: scenario.actions.length,
    };
  } finally {
    reader.close();
  }
}

export function scenarioImport(
  options: { file: string; db: string; name: string | null },
  clock: Clock,
) {
  // The file is read and checked before the register is opened for writing.
  const file = readScenarioFile(resolve(options.file));
  const session = new RegisterSession(resolve(options.db), clock);
  try {
    const stored = importScenarioFile(
      session.db,
      file,
      options.name === null ? {} : { name: options.name },
      clock.now(),
    );
    return {
      ok: true,
      id: stored.id,
      scenario: stored.scenario.name,
      startYear: stored.scenario.startYear,
      years: stored.scenario.years,
      actions: stored.scenario.actions.length,
    };
  } catch (e) {
    if (e instanceof AppError && e.code === 'conflict') {
      throw new AppError('conflict', `${e.message} (bruk --name NYTT_NAVN)`, e.issues);
    }
    throw e;
  } finally {
    session.close();
  }
}
