// Contract follow-up (issue 13.1): 3-year contracts and framleie leases ending in a period,
// overdue first, with the planner's decision (forlenges, ny kontrakt, flytter ut, avklares).
import type { z } from 'zod';
import type {
  EndingPage,
  EndingRow,
  endingExportInput,
  endingQuery,
  followUpInput,
} from '../contract/followUp';
import { daysBetween, FOLLOW_UP_STATUS_LABEL } from '../domain/casework';
import { addMonths } from '../domain/format';
import { logChange } from './changelog';
import type { Db } from './db';
import { fieldError, notFound } from './errors';
import { likePattern, pageQuery, whereEquals } from './sql';

export type EndingQuery = z.output<typeof endingQuery>;
export type EndingFilters = z.output<typeof endingExportInput>;
export type FollowUpInput = z.output<typeof followUpInput>;

export const DEFAULT_MONTHS = 12;

interface EndingRecord {
  kind: EndingRow['kind'];
  ref_id: number;
  unit_id: number;
  unit_no: string;
  address: string;
  area_name: string | null;
  tenure: EndingRow['tenure'];
  condition: EndingRow['condition'];
  household_id: number | null;
  household_ref: string | null;
  end_date: string;
  status: EndingRow['status'];
  on_date: string | null;
  note: string | null;
}

// Current tenancies with a contract end, and framleie leases with an end; one row each.
const ENDINGS = `(
  SELECT 'kontrakt' AS kind, t.id AS ref_id, u.id AS unit_id, u.unit_no, u.address, u.area_id,
         a.name AS area_name, u.tenure, u.condition, h.id AS household_id, h.ref AS household_ref,
         t.end AS end_date
  FROM tenancy t JOIN unit u ON u.id = t.unit_id JOIN household h ON h.id = t.household_id
  LEFT JOIN area a ON a.id = u.area_id
  WHERE t.moved_out IS NULL AND t.end IS NOT NULL
  UNION ALL
  SELECT 'framleie', u.id, u.id, u.unit_no, u.address, u.area_id, a.name, u.tenure, u.condition,
         h.id, h.ref, u.lease_end
  FROM unit u LEFT JOIN area a ON a.id = u.area_id
  LEFT JOIN tenancy t ON t.unit_id = u.id AND t.moved_out IS NULL
  LEFT JOIN household h ON h.id = t.household_id
  WHERE u.tenure = 'framleie' AND u.lease_end IS NOT NULL
) e LEFT JOIN contract_follow_up f ON f.kind = e.kind AND f.ref_id = e.ref_id`;

const SORTABLE = {
  end: "e.end_date || ' ' || e.unit_no",
  daysLeft: 'e.end_date',
  unitNo: 'e.unit_no',
  householdRef: 'e.household_ref',
  kind: 'e.kind',
  area: 'e.area_name',
  condition: 'e.condition',
  status: 'f.status',
  statusDate: 'f.on_date',
};

function filterSql(q: EndingFilters, today: string) {
  const until = addMonths(today, q.months ?? DEFAULT_MONTHS);
  // Everything overdue is included: a contract that has ended still needs a decision.
  const where = ['e.end_date <= @until'];
  const params: Record<string, unknown> = { until };
  if (q.search) {
    where.push(
      "(e.unit_no LIKE @search ESCAPE '\\' OR e.address LIKE @search ESCAPE '\\' OR e.household_ref LIKE @search ESCAPE '\\')",
    );
    params.search = likePattern(q.search);
  }
  whereEquals(where, params, 'e.kind', q.kind);
  whereEquals(where, params, 'e.tenure', q.tenure);
  whereEquals(where, params, 'e.area_id', q.areaId);
  whereEquals(where, params, 'e.condition', q.condition);
  if (q.status === 'ingen') where.push('f.status IS NULL');
  else whereEquals(where, params, 'f.status', q.status);
  return { where, params, until };
}

const toRow =
  (today: string) =>
  (r: EndingRecord): EndingRow => ({
    key: `${r.kind}-${r.ref_id}`,
    kind: r.kind,
    refId: r.ref_id,
    unitId: r.unit_id,
    unitNo: r.unit_no,
    address: r.address,
    areaName: r.area_name,
    tenure: r.tenure,
    condition: r.condition,
    householdId: r.household_id,
    householdRef: r.household_ref,
    end: r.end_date,
    daysLeft: daysBetween(today, r.end_date),
    status: r.status,
    statusDate: r.on_date,
    note: r.note ?? '',
  });

const SELECT = 'e.*, f.status, f.on_date, f.note';

export function listEndings(db: Db, q: EndingQuery, today: string): EndingPage {
  const { where, params, until } = filterSql(q, today);
  const page = pageQuery<EndingRecord, EndingRow>(
    db,
    {
      select: SELECT,
      from: ENDINGS,
      where,
      params,
      sortable: SORTABLE,
      defaultSort: 'end',
      sort: q.sort,
      dir: q.dir,
      offset: q.offset,
      limit: q.limit,
    },
    toRow(today),
  );
  return { ...page, until };
}

/** Every row the filters match (for the Excel export), soonest end first. */
export function allEndings(db: Db, q: EndingFilters, today: string): EndingRow[] {
  const { where, params } = filterSql(q, today);
  const rows = db
    .prepare(
      `SELECT ${SELECT} FROM ${ENDINGS} WHERE ${where.join(' AND ')} ORDER BY e.end_date, e.unit_no`,
    )
    .all(params) as EndingRecord[];
  return rows.map(toRow(today));
}

export function setFollowUp(
  db: Db,
  f: FollowUpInput,
  now: string,
): { kind: string; refId: number } {
  return db.transaction(() => {
    let entity: 'tenancy' | 'unit';
    let what: string;
    if (f.kind === 'kontrakt') {
      const t = db
        .prepare(
          `SELECT u.unit_no, h.ref FROM tenancy t JOIN unit u ON u.id = t.unit_id
           JOIN household h ON h.id = t.household_id WHERE t.id = ?`,
        )
        .get(f.refId) as { unit_no: string; ref: string } | undefined;
      if (!t) throw notFound('leieforhold', f.refId);
      entity = 'tenancy';
      what = `Leiekontrakt for ${t.ref} i ${t.unit_no}`;
    } else {
      const u = db.prepare('SELECT unit_no, tenure FROM unit WHERE id = ?').get(f.refId) as
        { unit_no: string; tenure: string } | undefined;
      if (!u) throw notFound('bolig', f.refId);
      if (u.tenure !== 'framleie') {
        throw fieldError('kind', 'Type', `${u.unit_no} er ikke på framleie`);
      }
      entity = 'unit';
      what = `Framleieavtale for ${u.unit_no}`;
    }
    if (f.status === null) {
      db.prepare('DELETE FROM contract_follow_up WHERE kind = ? AND ref_id = ?').run(
        f.kind,
        f.refId,
      );
      logChange(db, now, entity, f.refId, 'update', `${what}: oppfølging fjernet`);
    } else {
      db.prepare(
        `INSERT INTO contract_follow_up (kind, ref_id, status, on_date, note, updated_at)
         VALUES (@kind, @refId, @status, @date, @note, @now)
         ON CONFLICT (kind, ref_id) DO UPDATE SET status = excluded.status,
           on_date = excluded.on_date, note = excluded.note, updated_at = excluded.updated_at`,
      ).run({
        kind: f.kind,
        refId: f.refId,
        status: f.status,
        date: f.statusDate,
        note: f.note,
        now,
      });
      logChange(
        db,
        now,
        entity,
        f.refId,
        'update',
        `${what}: oppfølging «${FOLLOW_UP_STATUS_LABEL[f.status]}»${f.statusDate ? ` ${f.statusDate}` : ''}`,
      );
    }
    return { kind: f.kind, refId: f.refId };
  })();
}
