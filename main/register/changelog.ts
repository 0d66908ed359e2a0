// The change log: what changed in the register, and when. Summaries use field labels, and
// household changes never include more than the pseudonymous reference.
import type { ChangeEntry, Page } from '../contract/api';
import { FIELD_LABEL } from '../contract/fields';
import type { Db } from './db';
import type { Statement } from 'better-sqlite3';
import { pageQuery } from './sql';

export type Entity =
  | 'unit'
  | 'household'
  | 'tenancy'
  | 'need'
  | 'area'
  | 'settings'
  | 'import'
  | 'scenario'
  | 'loan'
  | 'grant';

export function logChange(
  db: Db,
  now: string,
  entity: Entity,
  entityId: number,
  action: ChangeEntry['action'],
  summary: string,
): void {
  logStatement(db).run(now, entity, entityId, action, summary);
}

/** One prepared insert per open register: an import logs a line per home (12 000 at Oslo size). */
const logStatements = new WeakMap<Db, Statement>();

function logStatement(db: Db): Statement {
  let stmt = logStatements.get(db);
  if (!stmt) {
    stmt = db.prepare(
      'INSERT INTO change_log (at, entity, entity_id, action, summary) VALUES (?, ?, ?, ?, ?)',
    );
    logStatements.set(db, stmt);
  }
  return stmt;
}

const show = (v: unknown): string =>
  v === null || v === undefined
    ? '–'
    : typeof v === 'boolean'
      ? v
        ? 'ja'
        : 'nei'
      : Array.isArray(v)
        ? v.join(', ')
        : String(v);

/** "Månedsleie: 8000 → 8500; Status: ledig → utleid" */
export function describeChanges<T extends object>(before: T, after: T): string {
  const parts: string[] = [];
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    if (key === 'id') continue;
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      parts.push(`${FIELD_LABEL[key] ?? key}: ${show(a)} → ${show(b)}`);
    }
  }
  return parts.join('; ');
}

interface ChangeRecord {
  id: number;
  at: string;
  entity: string;
  entity_id: number;
  action: ChangeEntry['action'];
  summary: string;
}

const toEntry = (r: ChangeRecord): ChangeEntry => ({
  id: r.id,
  at: r.at,
  entity: r.entity,
  entityId: r.entity_id,
  action: r.action,
  summary: r.summary,
});

export function changesFor(db: Db, entity: Entity, entityId: number, limit = 50): ChangeEntry[] {
  return (
    db
      .prepare(
        'SELECT * FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT ?',
      )
      .all(entity, entityId, limit) as ChangeRecord[]
  ).map(toEntry);
}

export function listChanges(
  db: Db,
  q: { search?: string | undefined; offset?: number | undefined; limit?: number | undefined },
): Page<ChangeEntry> {
  return pageQuery<ChangeRecord, ChangeEntry>(
    db,
    {
      select: '*',
      from: 'change_log',
      where: q.search ? ['summary LIKE @search'] : [],
      params: q.search ? { search: `%${q.search}%` } : {},
      sortable: { id: 'id' },
      defaultSort: 'id',
      dir: 'desc',
      offset: q.offset,
      limit: q.limit,
    },
    toEntry,
  );
}
