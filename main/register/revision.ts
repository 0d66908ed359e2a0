// "Has the register changed since it was read?" Every write records a line in change_log in
// the same transaction, and its ids only grow, so the newest id is the register's revision and
// the newest id for one record is that record's version. Multi-step writes carry what they
// read and check it again inside their write transaction.
import type { Entity } from './changelog';
import type { Db } from './db';
import { AppError } from './errors';

export const STALE_MESSAGE = 'Registeret er endret siden du startet – last inn på nytt.';

export function registerRevision(db: Db): number {
  const row = db.prepare('SELECT coalesce(max(id), 0) AS rev FROM change_log').get() as {
    rev: number;
  };
  return row.rev;
}

export function recordVersion(db: Db, entity: Entity, id: number): number {
  const row = db
    .prepare('SELECT coalesce(max(id), 0) AS v FROM change_log WHERE entity = ? AND entity_id = ?')
    .get(entity, id) as { v: number };
  return row.v;
}

/** Call inside the write transaction: refuses when the register changed since `expected`. */
export function assertRegisterUnchanged(db: Db, expected: number): void {
  if (registerRevision(db) !== expected) throw new AppError('conflict', STALE_MESSAGE);
}

/**
 * Call inside the write transaction of an edit form's save: refuses when someone else changed
 * the record after the form read it. `expected` undefined: the caller did not say (API users
 * that never read first), so nothing to compare.
 */
export function assertRecordUnchanged(
  db: Db,
  entity: Entity,
  id: number,
  expected: number | undefined,
): void {
  if (expected === undefined) return;
  if (recordVersion(db, entity, id) !== expected) throw new AppError('conflict', STALE_MESSAGE);
}
