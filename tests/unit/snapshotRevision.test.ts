import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { registerSnapshot } from '../../main/register/snapshot';
import { newScenario } from '../../main/register/scenarios';
import { openTestRegister, TODAY, unitInput } from './helpers';

let close = () => {};
afterEach(() => close());

describe('plan.revision', () => {
  it('changes with every write the snapshot sees, not with scenario saves', async () => {
    const t = openTestRegister();
    close = t.close;
    const rev = async () => (await t.api.ok('plan.revision', {})).revision;
    const r0 = await rev();
    expect(r0).toBe(`${TODAY}:0`); // a new register: nothing logged yet
    expect(await rev()).toBe(r0);
    const unit = await t.api.ok('units.create', unitInput());
    const r1 = await rev();
    expect(r1).not.toBe(r0);
    await t.api.ok('scenarios.create', { scenario: newScenario('Plan A', TODAY) });
    expect(await rev()).toBe(r1);
    await t.api.ok('units.update', { id: unit.id, unit: unitInput({ rentMonthly: 9_999 }) });
    expect(await rev()).not.toBe(r1);
  });
});

describe('registerSnapshot kept in the main process', () => {
  it('is the same object until the register changes, by this connection or another', async () => {
    const t = openTestRegister();
    close = t.close;
    const first = registerSnapshot(t.db(), TODAY);
    expect(registerSnapshot(t.db(), TODAY)).toBe(first);
    // Another date is another snapshot (contracts end, applications age).
    expect(registerSnapshot(t.db(), '2026-12-31')).not.toBe(first);
    const again = registerSnapshot(t.db(), TODAY);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);

    // A write through the app: read afresh, with the new home.
    await t.api.ok('units.create', unitInput());
    const afterCreate = registerSnapshot(t.db(), TODAY);
    expect(afterCreate).not.toBe(again);
    expect(afterCreate.units).toHaveLength(again.units.length + 1);

    // A write by another connection to the same file (another window, the CLI).
    const other = new Database(t.path);
    other.prepare('UPDATE unit SET rent_monthly = 4321').run();
    other.close();
    const afterOther = registerSnapshot(t.db(), TODAY);
    expect(afterOther).not.toBe(afterCreate);
    expect(afterOther.units.every((u) => u.rentMonthly === 4321)).toBe(true);
  });

  it('is read afresh and not kept inside a transaction that has written (it may be rolled back)', async () => {
    const t = openTestRegister();
    close = t.close;
    await t.api.ok('units.create', unitInput());
    const before = registerSnapshot(t.db(), TODAY);
    const db = t.db();
    // A transaction that has written nothing yet reads exactly the kept snapshot (as a save's
    // check does before it writes).
    db.transaction(() => expect(registerSnapshot(db, TODAY)).toBe(before))();
    expect(() =>
      db.transaction(() => {
        db.prepare('DELETE FROM tenancy').run();
        db.prepare('DELETE FROM unit').run();
        expect(registerSnapshot(db, TODAY).units).toHaveLength(0);
        throw new Error('rollback');
      })(),
    ).toThrow('rollback');
    const after = registerSnapshot(db, TODAY);
    expect(after.units).toHaveLength(before.units.length);
    expect(after.units).toEqual(before.units);
  });

  it('cannot gain or lose rows in place', () => {
    const t = openTestRegister({ sample: true });
    close = t.close;
    const s = registerSnapshot(t.db(), TODAY);
    expect(() => (s.units as unknown[]).push(s.units[0])).toThrow(TypeError);
    expect(() => (s.households as unknown[]).pop()).toThrow(TypeError);
  });
});
