// Tenancies (leieforhold): a household living in a home, with contract dates.
import type { z } from 'zod';
import type { TenancyRow } from '../contract/api';
import type { tenancyFields } from '../contract/fields';
import type { Tenancy } from '../domain/types';
import { STATUS_LABEL } from '../domain/labels';
import { logChange } from './changelog';
import type { Db } from './db';
import { AppError, fieldError, notFound } from './errors';
import { getHousehold } from './households';
import { getUnit } from './units';

export type TenancyInput = z.output<typeof tenancyFields>;

interface TenancyRecord {
  id: number;
  household_id: number;
  unit_id: number;
  start: string;
  end: string | null;
  moved_out: string | null;
  unit_no?: string;
  household_ref?: string;
}

const toTenancy = (r: TenancyRecord): Tenancy => ({
  id: r.id,
  householdId: r.household_id,
  unitId: r.unit_id,
  start: r.start,
  end: r.end,
  movedOut: r.moved_out,
});

export function getTenancy(db: Db, id: number): Tenancy {
  const r = db.prepare('SELECT * FROM tenancy WHERE id = ?').get(id) as TenancyRecord | undefined;
  if (!r) throw notFound('leieforhold', id);
  return toTenancy(r);
}

export function allTenancies(db: Db): Tenancy[] {
  return (db.prepare('SELECT * FROM tenancy ORDER BY id').all() as TenancyRecord[]).map(toTenancy);
}

/** The tenancies nobody has moved out of. */
export function currentTenancies(db: Db): Tenancy[] {
  return (db.prepare('SELECT * FROM tenancy WHERE moved_out IS NULL').all() as TenancyRecord[]).map(
    toTenancy,
  );
}

export function tenancyRows(db: Db, by: 'unit' | 'household', id: number): TenancyRow[] {
  const col = by === 'unit' ? 't.unit_id' : 't.household_id';
  return (
    db
      .prepare(
        `SELECT t.*, u.unit_no, h.ref AS household_ref FROM tenancy t
         JOIN unit u ON u.id = t.unit_id JOIN household h ON h.id = t.household_id
         WHERE ${col} = ? ORDER BY t.start DESC`,
      )
      .all(id) as TenancyRecord[]
  ).map((r) => ({ ...toTenancy(r), unitNo: r.unit_no!, householdRef: r.household_ref! }));
}

/** Refuses a second current tenancy in a home or for a household, and homes not in use. */
/** A move-out is registered when it has happened: a future date would empty the home today. */
function checkMoveOut(t: TenancyInput, today: string): void {
  if (t.movedOut !== null && t.movedOut > today) {
    throw fieldError(
      'movedOut',
      'Flyttet ut',
      'kan ikke være frem i tid – registrer utflyttingen når den har skjedd',
    );
  }
}

function checkAvailable(db: Db, t: TenancyInput, exceptId: number | null): void {
  const unit = getUnit(db, t.unitId);
  getHousehold(db, t.householdId);
  if (t.movedOut !== null) return;
  if (['ute_av_drift', 'til_salgs', 'under_rehabilitering'].includes(unit.status)) {
    throw fieldError(
      'unitId',
      'Bolig',
      `${unit.unitNo} har status «${STATUS_LABEL[unit.status]}» og kan ikke leies ut`,
    );
  }
  const busyUnit = db
    .prepare('SELECT id FROM tenancy WHERE unit_id = ? AND moved_out IS NULL AND id IS NOT ?')
    .get(t.unitId, exceptId);
  if (busyUnit) throw fieldError('unitId', 'Bolig', `${unit.unitNo} har allerede en beboer`);
  const busyHousehold = db
    .prepare('SELECT id FROM tenancy WHERE household_id = ? AND moved_out IS NULL AND id IS NOT ?')
    .get(t.householdId, exceptId);
  if (busyHousehold) {
    throw fieldError('householdId', 'Husstand', 'husstanden bor allerede i en annen bolig');
  }
}

/** Keeps the home's status in step with its tenancy (utleid while someone lives there). */
function syncUnitStatus(db: Db, unitId: number, today: string): void {
  const occupied = db
    .prepare('SELECT 1 FROM tenancy WHERE unit_id = ? AND moved_out IS NULL')
    .get(unitId);
  if (occupied) {
    db.prepare(
      "UPDATE unit SET status = 'utleid', status_since = ? WHERE id = ? AND status != 'utleid'",
    ).run(today, unitId);
  } else {
    db.prepare(
      "UPDATE unit SET status = 'ledig', status_since = ? WHERE id = ? AND status = 'utleid'",
    ).run(today, unitId);
  }
}

export function insertTenancy(db: Db, t: TenancyInput): number {
  return Number(
    db
      .prepare(
        'INSERT INTO tenancy (household_id, unit_id, start, end, moved_out) VALUES (?, ?, ?, ?, ?)',
      )
      .run(t.householdId, t.unitId, t.start, t.end, t.movedOut).lastInsertRowid,
  );
}

export function createTenancy(db: Db, t: TenancyInput, now: string): Tenancy {
  return db.transaction(() => {
    checkMoveOut(t, now.slice(0, 10));
    checkAvailable(db, t, null);
    const id = insertTenancy(db, t);
    syncUnitStatus(db, t.unitId, now.slice(0, 10));
    const unit = getUnit(db, t.unitId);
    const household = getHousehold(db, t.householdId);
    logChange(
      db,
      now,
      'tenancy',
      id,
      'create',
      `Husstand ${household.ref} i bolig ${unit.unitNo} fra ${t.start}`,
    );
    return getTenancy(db, id);
  })();
}

export function updateTenancy(db: Db, id: number, t: TenancyInput, now: string): Tenancy {
  return db.transaction(() => {
    const before = getTenancy(db, id);
    if (before.unitId !== t.unitId || before.householdId !== t.householdId) {
      throw new AppError(
        'validation',
        'Et leieforhold kan ikke flyttes til en annen bolig eller husstand; avslutt det og opprett et nytt.',
      );
    }
    checkMoveOut(t, now.slice(0, 10));
    checkAvailable(db, t, id);
    db.prepare('UPDATE tenancy SET start = ?, end = ?, moved_out = ? WHERE id = ?').run(
      t.start,
      t.end,
      t.movedOut,
      id,
    );
    syncUnitStatus(db, t.unitId, now.slice(0, 10));
    const unit = getUnit(db, t.unitId);
    logChange(
      db,
      now,
      'tenancy',
      id,
      'update',
      `Leieforhold i bolig ${unit.unitNo}: ${before.start}–${before.end ?? ''} → ${t.start}–${t.end ?? ''}${t.movedOut ? `, flyttet ut ${t.movedOut}` : ''}`,
    );
    return getTenancy(db, id);
  })();
}

export function deleteTenancy(db: Db, id: number, now: string): { id: number } {
  return db.transaction(() => {
    const before = getTenancy(db, id);
    db.prepare('DELETE FROM tenancy WHERE id = ?').run(id);
    syncUnitStatus(db, before.unitId, now.slice(0, 10));
    logChange(db, now, 'tenancy', id, 'delete', `Leieforhold ${id} slettet`);
    return { id };
  })();
}
