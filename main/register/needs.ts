// Needs (behov): applicants on the waiting list and forecasts such as refugee settlement.
import { assertRecordUnchanged } from './revision';
import type { z } from 'zod';
import type { NeedRow, Page, needQuery } from '../contract/api';
import type { needFields } from '../contract/fields';
import type { NeedCase } from '../contract/followUp';
import { OPEN_NEED_STATUSES } from '../domain/casework';
import type { Need } from '../domain/types';
import { describeChanges, logChange } from './changelog';
import type { Db } from './db';
import { notFound } from './errors';
import { bool, flag, likePattern, pageQuery, whereEquals } from './sql';

export type NeedInput = z.output<typeof needFields>;
export type NeedQuery = z.output<typeof needQuery>;

interface NeedRecord {
  id: number;
  kind: Need['kind'];
  ref: string | null;
  target_group: Need['targetGroup'];
  households: number;
  household_size: number;
  bedrooms: number;
  wheelchair: number;
  staffed: number;
  urgency: Need['urgency'];
  registered: string;
  expected_year: number;
  note: string;
  status: NeedCase['status'];
  household_id: number | null;
  household_ref: string | null;
  decided_on: string | null;
  allocated_on: string | null;
  allocated_unit_id: number | null;
  allocated_unit_no: string | null;
  withdrawn_on: string | null;
  ssb_group: NeedCase['ssbGroup'];
}

/** A need with its household's ref and the allocated home's number. */
const NEED_SELECT = `n.*, h.ref AS household_ref, au.unit_no AS allocated_unit_no`;
const NEED_FROM = `need n LEFT JOIN household h ON h.id = n.household_id
  LEFT JOIN unit au ON au.id = n.allocated_unit_id`;
const OPEN_SQL = `n.status IN (${OPEN_NEED_STATUSES.map((s) => `'${s}'`).join(', ')})`;

const toNeed = (r: NeedRecord): NeedCase => ({
  id: r.id,
  kind: r.kind,
  ref: r.ref,
  targetGroup: r.target_group,
  households: r.households,
  householdSize: r.household_size,
  bedrooms: r.bedrooms,
  wheelchair: bool(r.wheelchair),
  staffed: bool(r.staffed),
  urgency: r.urgency,
  registered: r.registered,
  expectedYear: r.expected_year,
  note: r.note,
  status: r.status,
  householdId: r.household_id,
  householdRef: r.household_ref,
  decidedOn: r.decided_on,
  allocatedOn: r.allocated_on,
  allocatedUnitId: r.allocated_unit_id,
  allocatedUnitNo: r.allocated_unit_no,
  withdrawnOn: r.withdrawn_on,
  ssbGroup: r.ssb_group,
});

const toParams = (n: NeedInput) => ({
  kind: n.kind,
  ref: n.ref || null,
  target_group: n.targetGroup,
  households: n.households,
  household_size: n.householdSize,
  bedrooms: n.bedrooms,
  wheelchair: flag(n.wheelchair),
  staffed: flag(n.staffed),
  urgency: n.urgency,
  registered: n.registered,
  expected_year: n.expectedYear,
  note: n.note,
});

const COLUMNS = Object.keys(toParams({} as NeedInput));

export function getNeed(db: Db, id: number): NeedCase {
  const r = db.prepare(`SELECT ${NEED_SELECT} FROM ${NEED_FROM} WHERE n.id = ?`).get(id) as
    NeedRecord | undefined;
  if (!r) throw notFound('behov', id);
  return toNeed(r);
}

export function allNeeds(db: Db): NeedCase[] {
  return (
    db.prepare(`SELECT ${NEED_SELECT} FROM ${NEED_FROM} ORDER BY n.id`).all() as NeedRecord[]
  ).map(toNeed);
}

/**
 * The needs that still count as demand: applications registrert or innvilget (waiting), and
 * forecasts. Tildelt, avslått and trukket applications are closed (issue 13.2).
 */
export function openNeeds(db: Db): NeedCase[] {
  return (
    db
      .prepare(`SELECT ${NEED_SELECT} FROM ${NEED_FROM} WHERE ${OPEN_SQL} ORDER BY n.id`)
      .all() as NeedRecord[]
  ).map(toNeed);
}

/** A household's open applications (for its page). */
export function openNeedsOf(db: Db, householdId: number): NeedCase[] {
  return (
    db
      .prepare(
        `SELECT ${NEED_SELECT} FROM ${NEED_FROM} WHERE n.household_id = ? AND ${OPEN_SQL}
         ORDER BY n.registered`,
      )
      .all(householdId) as NeedRecord[]
  ).map(toNeed);
}

export function insertNeed(db: Db, n: NeedInput): number {
  return Number(
    db
      .prepare(
        `INSERT INTO need (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`,
      )
      .run(toParams(n)).lastInsertRowid,
  );
}

export const describeNeed = (n: Need) =>
  n.kind === 'soker' ? `Søker ${n.ref ?? n.id}` : `Prognose ${n.expectedYear}`;

export function createNeed(db: Db, n: NeedInput, now: string): NeedCase {
  return db.transaction(() => {
    const id = insertNeed(db, n);
    const need = getNeed(db, id);
    logChange(db, now, 'need', id, 'create', `${describeNeed(need)} registrert`);
    return need;
  })();
}

export function updateNeed(
  db: Db,
  id: number,
  n: NeedInput,
  now: string,
  /** The version the edit form read; refused if the record changed since. */
  version?: number,
): NeedCase {
  return db.transaction(() => {
    assertRecordUnchanged(db, 'need', id, version);
    const before = getNeed(db, id);
    db.prepare(
      `UPDATE need SET ${COLUMNS.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`,
    ).run({
      ...toParams(n),
      id,
    });
    const after = getNeed(db, id);
    const summary = describeChanges(before, after);
    if (summary) logChange(db, now, 'need', id, 'update', `${describeNeed(after)}: ${summary}`);
    return after;
  })();
}

export function deleteNeed(db: Db, id: number, now: string): { id: number } {
  return db.transaction(() => {
    const before = getNeed(db, id);
    db.prepare('DELETE FROM need WHERE id = ?').run(id);
    logChange(db, now, 'need', id, 'delete', `${describeNeed(before)} slettet`);
    return { id };
  })();
}

export function listNeeds(db: Db, q: NeedQuery): Page<NeedRow> {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (q.search) {
    where.push("(n.ref LIKE @search ESCAPE '\\' OR n.note LIKE @search ESCAPE '\\')");
    params.search = likePattern(q.search);
  }
  whereEquals(where, params, 'n.kind', q.kind);
  whereEquals(where, params, 'n.status', q.status);
  whereEquals(where, params, 'n.household_id', q.householdId);
  if (q.open === true) where.push(OPEN_SQL);
  whereEquals(where, params, 'n.target_group', q.targetGroup);
  whereEquals(where, params, 'n.urgency', q.urgency);
  return pageQuery<NeedRecord, NeedRow>(
    db,
    {
      select: NEED_SELECT,
      from: NEED_FROM,
      where,
      params,
      sortable: {
        registered: 'n.registered',
        expectedYear: 'n.expected_year',
        bedrooms: 'n.bedrooms',
        householdSize: 'n.household_size',
        urgency:
          "CASE n.urgency WHEN 'akutt' THEN 0 WHEN 'hoy' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END",
        targetGroup: 'n.target_group',
        ref: 'n.ref',
        kind: 'n.kind',
        status: 'n.status',
      },
      defaultSort: 'registered',
      sort: q.sort,
      dir: q.dir,
      offset: q.offset,
      limit: q.limit,
    },
    toNeed,
  );
}
