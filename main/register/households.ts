// Households (husstander): pseudonymous, minimal. Reads, list queries, transactional writes.
import { assertRecordUnchanged } from './revision';
import type { z } from 'zod';
import type { HouseholdRow, Page, householdQuery } from '../contract/api';
import type { householdFields } from '../contract/fields';
import { bedroomsNeeded } from '../domain/rules';
import type { Household } from '../domain/types';
import { describeChanges, logChange } from './changelog';
import type { Db } from './db';
import { crowdingRuleOf } from './settings';
import { fieldError, notFound } from './errors';
import { bool, flag, isUniqueViolation, likePattern, pageQuery } from './sql';
import { crowdedSql, PERSONS_SQL } from './units';

export type HouseholdInput = z.output<typeof householdFields>;
export type HouseholdQuery = z.output<typeof householdQuery>;

interface HouseholdRecord {
  id: number;
  ref: string;
  adults: number;
  couple: number;
  child_ages: string;
  income_source: Household['incomeSource'];
  target_group: Household['targetGroup'];
  follow_up: Household['followUp'];
  career_path: Household['careerPath'];
  arrears: number;
  note: string;
  child_genders: string;
}

/** Column order of a household row; `householdFromRow` reads this order. */
const HOUSEHOLD_COLUMNS = [
  'id',
  'ref',
  'adults',
  'couple',
  'child_ages',
  'income_source',
  'target_group',
  'follow_up',
  'career_path',
  'arrears',
  'note',
  'child_genders',
] as const satisfies readonly (keyof HouseholdRecord)[];

/** From a raw row in HOUSEHOLD_COLUMNS order (fast path for the planning snapshot). */
function householdFromRow(r: unknown[]): Household {
  return {
    id: r[0] as number,
    ref: r[1] as string,
    adults: r[2] as number,
    couple: bool(r[3]),
    childAges: JSON.parse(r[4] as string) as number[],
    incomeSource: r[5] as Household['incomeSource'],
    targetGroup: r[6] as Household['targetGroup'],
    followUp: r[7] as Household['followUp'],
    careerPath: r[8] as Household['careerPath'],
    arrears: bool(r[9]),
    note: r[10] as string,
    childGenders: JSON.parse(r[11] as string) as Household['childGenders'],
  };
}

export function toHousehold(r: HouseholdRecord): Household {
  return householdFromRow(HOUSEHOLD_COLUMNS.map((c) => r[c]));
}

function toParams(h: HouseholdInput) {
  return {
    ref: h.ref,
    adults: h.adults,
    couple: flag(h.couple),
    child_ages: JSON.stringify(h.childAges),
    children: h.childAges.length,
    child_genders: JSON.stringify(h.childGenders ?? []),
    income_source: h.incomeSource,
    target_group: h.targetGroup,
    follow_up: h.followUp,
    career_path: h.careerPath,
    arrears: flag(h.arrears),
    note: h.note,
  };
}

const COLUMNS = Object.keys(
  toParams({ childAges: [], childGenders: [] } as unknown as HouseholdInput),
);

export function getHousehold(db: Db, id: number): Household {
  const r = db.prepare('SELECT * FROM household WHERE id = ?').get(id) as
    HouseholdRecord | undefined;
  if (!r) throw notFound('husstand', id);
  return toHousehold(r);
}

export function allHouseholds(db: Db): Household[] {
  const rows = db
    .prepare(`SELECT ${HOUSEHOLD_COLUMNS.join(', ')} FROM household ORDER BY id`)
    .raw()
    .all() as unknown[][];
  return rows.map(householdFromRow);
}

const duplicate = (ref: string) =>
  fieldError('ref', 'Referanse', `${ref} finnes allerede i registeret`);

export function insertHousehold(db: Db, h: HouseholdInput): number {
  try {
    return Number(
      db
        .prepare(
          `INSERT INTO household (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`,
        )
        .run(toParams(h)).lastInsertRowid,
    );
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicate(h.ref);
    throw e;
  }
}

export function createHousehold(db: Db, h: HouseholdInput, now: string): Household {
  return db.transaction(() => {
    const id = insertHousehold(db, h);
    logChange(db, now, 'household', id, 'create', `Husstand ${h.ref} opprettet`);
    return getHousehold(db, id);
  })();
}

export function updateHousehold(
  db: Db,
  id: number,
  h: HouseholdInput,
  now: string,
  /** The version the edit form read; refused if the record changed since. */
  version?: number,
): Household {
  return db.transaction(() => {
    assertRecordUnchanged(db, 'household', id, version);
    const before = getHousehold(db, id);
    try {
      db.prepare(
        `UPDATE household SET ${COLUMNS.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`,
      ).run({
        ...toParams(h),
        id,
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw duplicate(h.ref);
      throw e;
    }
    const after = getHousehold(db, id);
    const summary = describeChanges(before, after);
    if (summary) logChange(db, now, 'household', id, 'update', `Husstand ${after.ref}: ${summary}`);
    return after;
  })();
}

export function deleteHousehold(db: Db, id: number, now: string): { id: number } {
  return db.transaction(() => {
    const before = getHousehold(db, id);
    // Tenancies go with the household (ON DELETE CASCADE); a home it lived in becomes vacant.
    const current = db
      .prepare('SELECT unit_id FROM tenancy WHERE household_id = ? AND moved_out IS NULL')
      .get(id) as { unit_id: number } | undefined;
    db.prepare('DELETE FROM household WHERE id = ?').run(id);
    if (current) {
      db.prepare(
        "UPDATE unit SET status = 'ledig', status_since = ? WHERE id = ? AND status = 'utleid'",
      ).run(now.slice(0, 10), current.unit_id);
    }
    logChange(db, now, 'household', id, 'delete', `Husstand ${before.ref} slettet`);
    return { id };
  })();
}

interface HouseholdListRecord extends HouseholdRecord {
  tenancy_id: number | null;
  unit_id: number | null;
  unit_no: string | null;
  contract_start: string | null;
  contract_end: string | null;
  persons: number;
  crowded: number | null;
}

export function listHouseholds(db: Db, q: HouseholdQuery, today: string): Page<HouseholdRow> {
  const where: string[] = [];
  const params: Record<string, unknown> = { today };
  if (q.search) {
    where.push("(h.ref LIKE @search ESCAPE '\\' OR u.unit_no LIKE @search ESCAPE '\\')");
    params.search = likePattern(q.search);
  }
  if (q.withChildren !== undefined)
    where.push(q.withChildren ? 'h.children > 0' : 'h.children = 0');
  if (q.crowded !== undefined)
    where.push(
      q.crowded
        ? `${crowdedSql(crowdingRuleOf(db))} = 1`
        : `coalesce(${crowdedSql(crowdingRuleOf(db))}, 0) = 0`,
    );
  if (q.expired !== undefined) {
    where.push(
      q.expired ? 't.end IS NOT NULL AND t.end < @today' : '(t.end IS NULL OR t.end >= @today)',
    );
  }
  if (q.housed !== undefined) where.push(q.housed ? 't.id IS NOT NULL' : 't.id IS NULL');
  const page = pageQuery<HouseholdListRecord, HouseholdRow>(
    db,
    {
      select: `h.*, t.id AS tenancy_id, u.id AS unit_id, u.unit_no, t.start AS contract_start,
               t.end AS contract_end, ${PERSONS_SQL} AS persons, ${crowdedSql(crowdingRuleOf(db))} AS crowded`,
      from: `household h
             LEFT JOIN tenancy t ON t.household_id = h.id AND t.moved_out IS NULL
             LEFT JOIN unit u ON u.id = t.unit_id`,
      where,
      params,
      sortable: {
        ref: 'h.ref',
        persons: 'persons',
        children: 'h.children',
        unitNo: 'u.unit_no',
        contractStart: 't.start',
        contractEnd: 't.end',
        incomeSource: 'h.income_source',
        followUp: 'h.follow_up',
      },
      defaultSort: 'ref',
      sort: q.sort,
      dir: q.dir,
      offset: q.offset,
      limit: q.limit,
    },
    (r) => {
      const h = toHousehold(r);
      return {
        ...h,
        tenancyId: r.tenancy_id,
        unitId: r.unit_id,
        unitNo: r.unit_no,
        contractStart: r.contract_start,
        contractEnd: r.contract_end,
        contractExpired: r.contract_end !== null && r.contract_end < today,
        persons: r.persons,
        bedroomsNeeded: bedroomsNeeded(h),
        crowded: r.crowded === 1,
      };
    },
  );
  return page;
}
