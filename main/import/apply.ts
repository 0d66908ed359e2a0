// Writing an import plan to the register, and undoing it. Everything in one transaction; every
// row the import creates or changes is recorded with its before- and after-image, so the
// import can be undone as a whole — and undo refuses if a row has changed since.
import {
  SURVEY_FIELDS,
  type ImportCounts,
  type ImportRun,
  type MappingTarget,
} from '../contract/import';
import { listAreas } from '../register/areas';
import { logChange, type Entity } from '../register/changelog';
import type { Db } from '../register/db';
import { AppError } from '../register/errors';
import { allHouseholds, insertHousehold } from '../register/households';
import { getSetting, setSetting } from '../register/settings';
import { flag } from '../register/sql';
import { currentTenancies, insertTenancy } from '../register/tenancies';
import { allUnits, insertUnit, unitWriter } from '../register/units';
import type { ImportPlan, RegisterState, UnitInput } from './plan';
import { assertRegisterUnchanged } from '../register/revision';
import { counted } from '../domain/count';

/** The register as the plan needs it. */
export function loadRegisterState(db: Db): RegisterState {
  return {
    units: allUnits(db),
    areas: listAreas(db),
    households: allHouseholds(db),
    tenancies: currentTenancies(db),
  };
}

export const MAPPING_SETTING = 'import.columnMapping';

/** Column choices remembered from earlier imports: normalised header → target. */
export function rememberedMapping(db: Db): Record<string, MappingTarget> {
  const raw = getSetting(db, MAPPING_SETTING);
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (!parsed || typeof parsed !== 'object') return {};
    // Only valid targets: a hand-edited or older setting must not place columns wrongly.
    const valid = new Set<string>([...SURVEY_FIELDS, 'ignore']);
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter(
        (e): e is [string, MappingTarget] => typeof e[1] === 'string' && valid.has(e[1]),
      ),
    );
  } catch {
    return {};
  }
}

export interface ApplyMeta {
  now: string;
  today: string;
  fileName: string;
  checksum: string;
  who: string | null;
  backupPath: string | null;
  /**
   * The register's revision when the plan was made (or when the planner saw the preview):
   * checked again inside the write transaction, so a change another program committed in
   * between is never overwritten.
   */
  expectedRevision: number;
  /** The planner's column choices in this import (normalised header → target), to remember. */
  chosenMapping: Record<string, MappingTarget>;
}

export interface ApplyHooks {
  /** Called inside the transaction when about half of the homes are written (crash tests). */
  midway?: () => void;
}

const TABLE: Record<UndoEntity, string> = {
  area: 'area',
  unit: 'unit',
  household: 'household',
  tenancy: 'tenancy',
};
type UndoEntity = 'area' | 'unit' | 'household' | 'tenancy';

const ENTITY_LABEL: Record<UndoEntity, string> = {
  area: 'Område',
  unit: 'Bolig',
  household: 'Husstand',
  tenancy: 'Leieforhold',
};

interface RunRecord {
  id: number;
  at: string;
  file_name: string;
  checksum: string;
  who: string | null;
  survey_year: number;
  counts: string;
  backup_path: string | null;
  undone_at: string | null;
}

function toRun(r: RunRecord): ImportRun {
  return {
    id: r.id,
    at: r.at,
    fileName: r.file_name,
    checksum: r.checksum,
    who: r.who,
    surveyYear: r.survey_year,
    counts: JSON.parse(r.counts) as ImportCounts,
    backupPath: r.backup_path,
    undoneAt: r.undone_at,
    canUndo: r.undone_at === null,
  };
}

export function getImportRun(db: Db, id: number): ImportRun {
  const r = db.prepare('SELECT * FROM import_run WHERE id = ?').get(id) as RunRecord | undefined;
  if (!r) throw new AppError('not_found', `Fant ikke import ${id}.`);
  return toRun(r);
}

export function listImportRuns(db: Db, limit = 100): ImportRun[] {
  return (
    db.prepare('SELECT * FROM import_run ORDER BY id DESC LIMIT ?').all(limit) as RunRecord[]
  ).map(toRun);
}

/** Writes the plan in one transaction and returns the recorded import. */
export function applyPlan(
  db: Db,
  plan: ImportPlan,
  meta: ApplyMeta,
  hooks: ApplyHooks = {},
): ImportRun {
  const select = Object.fromEntries(
    (Object.keys(TABLE) as UndoEntity[]).map((e) => [
      e,
      db.prepare(`SELECT * FROM ${TABLE[e]} WHERE id = ?`),
    ]),
  ) as Record<UndoEntity, ReturnType<Db['prepare']>>;
  const rowJson = (entity: UndoEntity, id: number) => JSON.stringify(select[entity].get(id));

  const run = db.transaction(() => {
    assertRegisterUnchanged(db, meta.expectedRevision);
    const importId = Number(
      db
        .prepare(
          `INSERT INTO import_run (at, file_name, checksum, who, survey_year, counts, backup_path)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          meta.now,
          meta.fileName,
          meta.checksum,
          meta.who,
          plan.surveyYear,
          JSON.stringify(plan.counts),
          meta.backupPath,
        ).lastInsertRowid,
    );
    const source = `kartlegging ${meta.fileName}`;
    const log = (entity: Entity, id: number, summary: string) =>
      logChange(db, meta.now, entity, id, 'import', summary);

    // Before-images, taken before the first write to each row; null for rows we create.
    const touched = new Map<string, { entity: UndoEntity; id: number; before: string | null }>();
    const touch = (entity: UndoEntity, id: number) => {
      const key = `${entity}:${id}`;
      if (!touched.has(key)) touched.set(key, { entity, id, before: rowJson(entity, id) });
    };
    const created = (entity: UndoEntity, id: number) =>
      touched.set(`${entity}:${id}`, { entity, id, before: null });

    // Areas named in the survey that the register does not have.
    const areaIds = new Map<string, number>();
    const insertArea = db.prepare('INSERT INTO area (name) VALUES (?)');
    for (const name of plan.newAreas) {
      const id = Number(insertArea.run(name).lastInsertRowid);
      created('area', id);
      areaIds.set(name.toLowerCase(), id);
      log('area', id, `Område ${name} opprettet fra ${source}`);
    }

    // Tenancies that end come first: a home or a household has one current tenancy at a time.
    const endTenancy = db.prepare('UPDATE tenancy SET moved_out = ? WHERE id = ?');
    for (const e of plan.ends) {
      touch('tenancy', e.tenancyId);
      endTenancy.run(e.movedOut, e.tenancyId);
      log('tenancy', e.tenancyId, `${e.text} (${source}, rad ${e.row})`);
    }

    const householdIds = new Map<string, number>();
    const updateHousehold = db.prepare(
      'UPDATE household SET adults = ?, couple = ?, child_ages = ?, children = ? WHERE id = ?',
    );
    for (const h of plan.households) {
      if (h.householdId === null) {
        const id = insertHousehold(db, h.input);
        created('household', id);
        householdIds.set(h.input.ref.toLowerCase(), id);
        log('household', id, `Husstand ${h.input.ref} opprettet fra ${source} (rad ${h.row})`);
      } else {
        touch('household', h.householdId);
        updateHousehold.run(
          h.input.adults,
          flag(h.input.couple),
          JSON.stringify(h.input.childAges),
          h.input.childAges.length,
          h.householdId,
        );
        log(
          'household',
          h.householdId,
          `Husstand ${h.input.ref}: ${h.changes.map((c) => `${c.label.replace(/^[^:]*: /, '')}: ${c.old} → ${c.new}`).join('; ')} (${source})`,
        );
      }
    }

    const unitIds = new Map<string, number>();
    const writeUnit = unitWriter(db);
    const half = Math.floor(plan.units.length / 2);
    plan.units.forEach((u, i) => {
      if (i === half) hooks.midway?.();
      const after: UnitInput = {
        ...u.after,
        areaId:
          u.newArea !== null ? (areaIds.get(u.newArea.toLowerCase()) ?? null) : u.after.areaId,
      };
      if (u.unitId === null) {
        const id = insertUnit(db, after, meta.today);
        created('unit', id);
        unitIds.set(u.unitNo.toLowerCase(), id);
        log('unit', id, `Bolig ${u.unitNo} opprettet fra ${source} (rad ${u.row})`);
      } else {
        touch('unit', u.unitId);
        writeUnit(u.unitId, after, meta.today);
        const summary = u.changes.map((c) => `${c.label}: ${c.old} → ${c.new}`).join('; ');
        log('unit', u.unitId, `Bolig ${u.unitNo}: ${summary} (${source}, rad ${u.row})`);
      }
    });
    if (plan.units.length === 0) hooks.midway?.();

    const unitIdOf = db.prepare('SELECT id FROM unit WHERE unit_no = ?');
    const householdIdOf = db.prepare('SELECT id FROM household WHERE ref = ?');
    const idOf = (stmt: ReturnType<Db['prepare']>, key: string) =>
      (stmt.get(key) as { id: number } | undefined)?.id;
    for (const s of plan.starts) {
      const unitId = unitIds.get(s.unitNo.toLowerCase()) ?? idOf(unitIdOf, s.unitNo);
      const householdId =
        householdIds.get(s.householdRef.toLowerCase()) ?? idOf(householdIdOf, s.householdRef);
      if (unitId === undefined || householdId === undefined) {
        throw new AppError(
          'internal',
          `Fant ikke bolig ${s.unitNo} eller husstand ${s.householdRef}.`,
        );
      }
      const id = insertTenancy(db, {
        householdId,
        unitId,
        start: s.start,
        end: s.end,
        movedOut: null,
      });
      created('tenancy', id);
      log('tenancy', id, `${s.text} (${source}, rad ${s.row})`);
    }

    const updateDates = db.prepare('UPDATE tenancy SET start = ?, end = ? WHERE id = ?');
    for (const d of plan.dateChanges) {
      touch('tenancy', d.tenancyId);
      updateDates.run(d.start, d.end, d.tenancyId);
      log('tenancy', d.tenancyId, `${d.text} (${source}, rad ${d.row})`);
    }

    // What the survey said per home, for next year's comparison.
    const insertSnapshot = db.prepare(
      `INSERT INTO survey_snapshot (import_id, year, unit_id, unit_no, condition, backlog,
         rent_monthly, status, occupied, surveyed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const s of plan.snapshots) {
      const unitId = unitIds.get(s.unitNo.toLowerCase()) ?? idOf(unitIdOf, s.unitNo);
      if (unitId === undefined) continue;
      insertSnapshot.run(
        importId,
        plan.surveyYear,
        unitId,
        s.unitNo,
        s.condition,
        s.backlog,
        s.rent,
        s.status,
        flag(s.occupied),
        s.surveyedOn,
      );
    }

    // The after-images, now that every write is done.
    const insertUndo = db.prepare(
      'INSERT INTO import_undo (import_id, entity, row_id, before_json, after_json) VALUES (?, ?, ?, ?, ?)',
    );
    for (const t of touched.values()) {
      insertUndo.run(importId, t.entity, t.id, t.before, rowJson(t.entity, t.id));
    }

    if (Object.keys(meta.chosenMapping).length > 0) {
      setSetting(
        db,
        MAPPING_SETTING,
        JSON.stringify({ ...rememberedMapping(db), ...meta.chosenMapping }),
      );
    }
    const c = plan.counts;
    log(
      'import',
      importId,
      `Kartlegging ${meta.fileName} importert (${plan.surveyYear}): ${counted(c.created, 'ny', 'nye')}, ${c.updated} endret, ` +
        `${c.unchanged} uendret, ${c.missing} mangler i kartleggingen, ` +
        `${c.tenanciesStarted} leieforhold startet, ${c.tenanciesEnded} avsluttet`,
    );
    return importId;
  });
  // IMMEDIATE: take the write lock at BEGIN, so the revision check and the writes see the same
  // register.
  return getImportRun(db, run.immediate());
}

interface UndoRecord {
  id: number;
  entity: UndoEntity;
  row_id: number;
  before_json: string | null;
  after_json: string;
}

/**
 * Refuses (throws, changes nothing) an undo that cannot be done: the import is already
 * undone, a row it wrote has changed or been deleted since, something now depends on a row it
 * created, or undoing would give a household or a home two current tenancies. Runs before the
 * backup copy and again inside the undo's transaction.
 */
export function checkUndo(db: Db, importId: number): { run: ImportRun; records: UndoRecord[] } {
  const run = getImportRun(db, importId);
  if (run.undoneAt !== null) {
    throw new AppError('conflict', `Importen av ${run.fileName} er allerede angret.`);
  }
  const records = db
    .prepare('SELECT * FROM import_undo WHERE import_id = ? ORDER BY id DESC')
    .all(importId) as UndoRecord[];
  const select = (entity: UndoEntity, id: number) =>
    db.prepare(`SELECT * FROM ${TABLE[entity]} WHERE id = ?`).get(id) as
      Record<string, unknown> | undefined;

  const conflicts: string[] = [];
  const describe = (r: UndoRecord) => {
    const after = JSON.parse(r.after_json) as Record<string, unknown>;
    const name = after.unit_no ?? after.ref ?? after.name ?? r.row_id;
    return `${ENTITY_LABEL[r.entity]} ${String(name)}`;
  };
  // Rows this import created or changed: undo gives each its before-image (or removes it).
  const recordedIds = (entity: UndoEntity) =>
    new Set(records.filter((r) => r.entity === entity).map((r) => r.row_id));
  const ownTenancies = recordedIds('tenancy');
  const ownUnits = recordedIds('unit');
  for (const r of records) {
    const current = select(r.entity, r.row_id);
    if (current === undefined) {
      conflicts.push(`${describe(r)} er slettet etter importen`);
      continue;
    }
    if (JSON.stringify(current) !== r.after_json) {
      conflicts.push(`${describe(r)} er endret etter importen`);
      continue;
    }
    if (r.before_json !== null) continue;
    // Something added later that depends on a row the import created.
    const dependants =
      r.entity === 'unit' || r.entity === 'household'
        ? (
            db.prepare(`SELECT id FROM tenancy WHERE ${r.entity}_id = ?`).all(r.row_id) as {
              id: number;
            }[]
          ).filter((t) => !ownTenancies.has(t.id)).length
        : r.entity === 'area'
          ? (
              db.prepare('SELECT id FROM unit WHERE area_id = ?').all(r.row_id) as {
                id: number;
              }[]
            ).filter((u) => !ownUnits.has(u.id)).length
          : 0;
    if (dependants > 0) conflicts.push(`${describe(r)} er tatt i bruk etter importen`);
  }
  if (conflicts.length > 0) {
    const shown = conflicts.slice(0, 10).join('; ');
    const more = conflicts.length > 10 ? ` og ${conflicts.length - 10} til` : '';
    throw new AppError(
      'conflict',
      `Importen av ${run.fileName} kan ikke angres fordi registeret er endret etter importen: ` +
        `${shown}${more}. Ingenting er endret.` +
        (run.backupPath ? ` Sikkerhetskopien fra før importen ligger i ${run.backupPath}.` : ''),
      conflicts.map((message) => ({ field: 'importId', message })),
    );
  }
  const occupied = occupancyConflicts(db, records);
  if (occupied.length > 0) {
    throw new AppError(
      'conflict',
      `Kan ikke angre: ${occupied.join('; ')}. Avslutt eller flytt leieforholdet i registeret ` +
        `først. Importen av ${run.fileName} er ikke angret; ingenting er endret.`,
      occupied.map((message) => ({ field: 'importId', message })),
    );
  }
  return { run, records };
}

/**
 * What undoing would do to who lives where: the tenancies the undo gives back (their
 * before-image) against the current tenancies added after the import. Two current tenancies
 * for one household or one home would break the register's rules (and its unique indexes).
 */
function occupancyConflicts(db: Db, records: UndoRecord[]): string[] {
  interface T {
    id: number;
    unit_id: number;
    household_id: number;
    moved_out: string | null;
  }
  // Records are newest first; the oldest before-image is what undo leaves.
  const restored = new Map<number, T | null>();
  for (const r of records) {
    if (r.entity !== 'tenancy') continue;
    restored.set(r.row_id, r.before_json === null ? null : (JSON.parse(r.before_json) as T));
  }
  const reopened = [...restored.values()].filter((t): t is T => t !== null && t.moved_out === null);
  if (reopened.length === 0) return [];
  const others = (
    db
      .prepare('SELECT id, unit_id, household_id, moved_out FROM tenancy WHERE moved_out IS NULL')
      .all() as T[]
  ).filter((t) => !restored.has(t.id));
  const unitNo = (id: number) =>
    (db.prepare('SELECT unit_no FROM unit WHERE id = ?').get(id) as { unit_no: string } | undefined)
      ?.unit_no ?? `#${id}`;
  const ref = (id: number) =>
    (db.prepare('SELECT ref FROM household WHERE id = ?').get(id) as { ref: string } | undefined)
      ?.ref ?? `#${id}`;
  const out: string[] = [];
  for (const t of reopened) {
    const home = others.find((o) => o.household_id === t.household_id);
    if (home) {
      out.push(
        `husstand ${ref(t.household_id)} bor nå i ${unitNo(home.unit_id)}, og angringen ville flyttet den tilbake til ${unitNo(t.unit_id)}`,
      );
    }
    const tenant = others.find((o) => o.unit_id === t.unit_id);
    if (tenant && tenant.household_id !== t.household_id) {
      out.push(
        `${unitNo(t.unit_id)} er nå utleid til husstand ${ref(tenant.household_id)}, og angringen ville gitt boligen tilbake til ${ref(t.household_id)}`,
      );
    }
  }
  return out;
}

/**
 * Undoes an import as a whole, in one transaction: rows it created are deleted, rows it changed
 * get their before-image back. Refuses (and changes nothing) if any of those rows has changed
 * since, or if something else now depends on a row the import created.
 */
export function undoImport(db: Db, importId: number, now: string): ImportRun {
  return db.transaction(() => {
    const { run, records } = checkUndo(db, importId);

    for (const r of records) {
      const table = TABLE[r.entity];
      if (r.before_json === null) {
        db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(r.row_id);
        continue;
      }
      const before = JSON.parse(r.before_json) as Record<string, unknown>;
      const cols = Object.keys(before).filter((c) => c !== 'id');
      db.prepare(
        `UPDATE ${table} SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`,
      ).run(before);
    }
    db.prepare('DELETE FROM survey_snapshot WHERE import_id = ?').run(importId);
    db.prepare('UPDATE import_run SET undone_at = ? WHERE id = ?').run(now, importId);
    logChange(
      db,
      now,
      'import',
      importId,
      'import',
      `Import av kartlegging ${run.fileName} (${run.at.slice(0, 10)}) angret: ${records.length} rader tilbakestilt`,
    );
    return getImportRun(db, importId);
  })();
}
