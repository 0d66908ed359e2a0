// Stored scenarios. The body (assumptions and actions) is JSON checked by the contract's
// schema on the way in and by the engine's validateScenario against the register.
import type { ScenarioSummary, StoredScenario } from '../contract/api';
import { scenarioSchema } from '../contract/scenario';
import { BASELINE_NAME, type Scenario } from '../domain/scenario/actions';
import { DEFAULT_ASSUMPTIONS, withDefaults } from '../domain/scenario/assumptions';
import { validateScenario } from '../domain/scenario/validate';
import { logChange } from './changelog';
import type { Db } from './db';
import { AppError, fieldError, notFound } from './errors';
import { assertRecordUnchanged, recordVersion } from './revision';
import { registerSnapshot } from './snapshot';
import { isUniqueViolation } from './sql';

interface ScenarioRecord {
  id: number;
  name: string;
  description: string;
  start_year: number;
  years: number;
  body: string;
  created_at: string;
  updated_at: string;
}

function toStored(r: ScenarioRecord, version: number): StoredScenario {
  const body = JSON.parse(r.body) as Pick<Scenario, 'assumptions' | 'actions'>;
  return {
    id: r.id,
    description: r.description,
    updatedAt: r.updated_at,
    version,
    scenario: {
      name: r.name,
      startYear: r.start_year,
      years: r.years,
      // Older saves may miss newer assumptions: fill them from the defaults.
      assumptions: withDefaults(body.assumptions),
      actions: body.actions,
    },
  };
}

export function listScenarios(db: Db): ScenarioSummary[] {
  return (db.prepare('SELECT * FROM scenario ORDER BY name').all() as ScenarioRecord[]).map((r) => {
    const s = toStored(r, 0); // the list does not carry versions
    return {
      id: s.id,
      name: s.scenario.name,
      description: s.description,
      startYear: s.scenario.startYear,
      years: s.scenario.years,
      actionCount: s.scenario.actions.length,
      updatedAt: s.updatedAt,
    };
  });
}

export function getScenario(db: Db, id: number): StoredScenario {
  const r = db.prepare('SELECT * FROM scenario WHERE id = ?').get(id) as ScenarioRecord | undefined;
  if (!r) throw notFound('scenario', id);
  return toStored(r, recordVersion(db, 'scenario', id));
}

export function findScenarioByName(db: Db, name: string): StoredScenario | null {
  const r = db.prepare('SELECT * FROM scenario WHERE name = ?').get(name) as
    ScenarioRecord | undefined;
  return r ? toStored(r, recordVersion(db, 'scenario', r.id)) : null;
}

/** «Ingen tiltak» (any case, surrounding spaces): the baseline's reserved name. */
export function isBaselineName(name: string): boolean {
  return name.trim().toLowerCase() === BASELINE_NAME.toLowerCase();
}

/** A stored scenario by name, or a Norwegian message listing the ones that exist. */
export function requireScenarioByName(db: Db, name: string): StoredScenario {
  const stored = findScenarioByName(db, name);
  if (stored) return stored;
  const names = listScenarios(db).map((s) => `«${s.name}»`);
  throw new AppError(
    'not_found',
    `Fant ikke scenarioet «${name}». Finnes: ${[`«${BASELINE_NAME}»`, ...names].join(', ')}.`,
  );
}

/** A new, empty scenario for the økonomiplan starting next year. */
export function newScenario(name: string, today: string, startYear?: number, years = 4): Scenario {
  return {
    name,
    startYear: startYear ?? Number(today.slice(0, 4)) + 1,
    years,
    assumptions: DEFAULT_ASSUMPTIONS,
    actions: [],
  };
}

/** Refuses a scenario with errors (every message in Norwegian, naming action and field). */
export function checkScenario(db: Db, scenario: Scenario, today: string): void {
  const parsed = scenarioSchema.safeParse(scenario);
  if (!parsed.success) {
    throw new AppError(
      'validation',
      'Scenarioet har ugyldige verdier.',
      parsed.error.issues.map((i) => ({
        field: i.path.join('.'),
        message: `${i.path.join('.')}: ${i.message}`,
      })),
    );
  }
  if (isBaselineName(scenario.name)) {
    throw fieldError('name', 'Navn', `«${BASELINE_NAME}» er forbeholdt referansebanen`);
  }
  const errors = validateScenario(scenario, registerSnapshot(db, today), {
    forSaving: true,
  }).filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    throw new AppError(
      'validation',
      errors.map((e) => e.message).join('\n'),
      errors.map((e) => ({
        field: e.actionIndex === null ? (e.field ?? 'scenario') : `actions.${e.actionIndex}`,
        message: e.message,
      })),
    );
  }
}

function write(
  db: Db,
  id: number | null,
  scenario: Scenario,
  description: string,
  now: string,
): number {
  const params = {
    name: scenario.name.trim(),
    description,
    start_year: scenario.startYear,
    years: scenario.years,
    body: JSON.stringify({ assumptions: scenario.assumptions, actions: scenario.actions }),
    now,
  };
  try {
    if (id === null) {
      return Number(
        db
          .prepare(
            `INSERT INTO scenario (name, description, start_year, years, body, created_at, updated_at)
             VALUES (@name, @description, @start_year, @years, @body, @now, @now)`,
          )
          .run(params).lastInsertRowid,
      );
    }
    db.prepare(
      `UPDATE scenario SET name = @name, description = @description, start_year = @start_year,
       years = @years, body = @body, updated_at = @now WHERE id = @id`,
    ).run({ ...params, id });
    return id;
  } catch (e) {
    if (isUniqueViolation(e))
      throw fieldError('name', 'Navn', `scenarioet «${scenario.name}» finnes allerede`);
    throw e;
  }
}

export function createScenario(
  db: Db,
  scenario: Scenario,
  description: string,
  now: string,
): StoredScenario {
  return db.transaction(() => {
    checkScenario(db, scenario, now.slice(0, 10));
    const id = write(db, null, scenario, description, now);
    logChange(db, now, 'scenario', id, 'create', `Scenario «${scenario.name}» opprettet`);
    return getScenario(db, id);
  })();
}

export function saveScenario(
  db: Db,
  id: number,
  scenario: Scenario,
  /** Undefined keeps the stored description. */
  description: string | undefined,
  now: string,
  /** The version the editor read; a save over someone else's change is refused. */
  version?: number,
): StoredScenario {
  return db.transaction(() => {
    const before = getScenario(db, id);
    assertRecordUnchanged(db, 'scenario', id, version);
    checkScenario(db, scenario, now.slice(0, 10));
    write(db, id, scenario, description ?? before.description, now);
    logChange(
      db,
      now,
      'scenario',
      id,
      'update',
      `Scenario «${scenario.name}» lagret (${scenario.actions.length} tiltak)`,
    );
    return getScenario(db, id);
  })();
}

export function deleteScenario(db: Db, id: number, now: string): { id: number } {
  return db.transaction(() => {
    const s = getScenario(db, id);
    db.prepare('DELETE FROM scenario WHERE id = ?').run(id);
    logChange(db, now, 'scenario', id, 'delete', `Scenario «${s.scenario.name}» slettet`);
    return { id };
  })();
}
