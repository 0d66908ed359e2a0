// Small SQL helpers shared by the repositories.
import type { Db } from './db';
import type { Page } from '../contract/api';

export const bool = (v: unknown): boolean => v === 1;
export const flag = (v: boolean): number => (v ? 1 : 0);

export interface ListSpec {
  select: string;
  from: string;
  where: string[];
  params: Record<string, unknown>;
  /** Sort keys the caller may use, mapped to SQL expressions. */
  sortable: Record<string, string>;
  defaultSort: string;
  sort?: string | undefined;
  dir?: 'asc' | 'desc' | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
}

export function pageQuery<Row, T>(db: Db, spec: ListSpec, map: (row: Row) => T): Page<T> {
  const where = spec.where.length ? `WHERE ${spec.where.join(' AND ')}` : '';
  // Only the listed keys: never a key from the object's prototype ("constructor" …).
  const sortKey =
    spec.sort !== undefined && Object.hasOwn(spec.sortable, spec.sort)
      ? spec.sort
      : spec.defaultSort;
  const sortExpr = spec.sortable[sortKey]!;
  // Empty values (no date, no grade) last in either direction: they are not the most urgent.
  const dir = spec.dir === 'desc' ? 'DESC' : 'ASC';
  const total = (
    db.prepare(`SELECT count(*) AS n FROM ${spec.from} ${where}`).get(spec.params) as { n: number }
  ).n;
  const rows = db
    .prepare(
      `SELECT ${spec.select} FROM ${spec.from} ${where} ORDER BY (${sortExpr}) IS NULL, ${sortExpr} ${dir}, 1 ASC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...spec.params, limit: spec.limit ?? 200, offset: spec.offset ?? 0 }) as Row[];
  return { rows: rows.map(map), total };
}

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Adds `column = value` to a WHERE list when the filter is set. */
export function whereEquals(
  where: string[],
  params: Record<string, unknown>,
  column: string,
  value: string | number | undefined,
): void {
  if (value === undefined) return;
  const key = `p${Object.keys(params).length}`;
  where.push(`${column} = @${key}`);
  params[key] = value;
}
