// Issue 13.1–13.2: contract follow-up and the application lifecycle, through the real handlers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import {
  countRows,
  householdInput,
  needInput,
  openTestRegister,
  TODAY,
  unitInput,
} from './helpers';
import { registerSnapshot } from '../../main/register/snapshot';

let reg: ReturnType<typeof openTestRegister>;
beforeEach(() => {
  reg = openTestRegister();
});
afterEach(() => reg.close());

/** Homes T-1..T-4 with tenants whose contracts end at the given dates, and one framleie lease. */
async function setUp() {
  const ends = ['2027-02-01', '2026-10-01', '2028-06-01', null];
  const tenancies: number[] = [];
  for (const [i, end] of ends.entries()) {
    const unit = await reg.api.ok(
      'units.create',
      unitInput({ unitNo: `T-${i + 1}`, condition: i === 0 ? 3 : 1 }),
    );
    const h = await reg.api.ok('households.create', householdInput({ ref: `H-${i + 1}` }));
    const t = await reg.api.ok('tenancies.create', {
      householdId: h.id,
      unitId: unit.id,
      start: '2024-01-01',
      end,
      movedOut: null,
    });
    tenancies.push(t.id);
  }
  const leased = await reg.api.ok(
    'units.create',
    unitInput({
      unitNo: 'F-1',
      tenure: 'framleie',
      leaseEnd: '2027-06-30',
      ownerRentMonthly: 9000,
      bookValue: null,
    }),
  );
  return { tenancies, leased };
}

describe('contract follow-up', () => {
  it('lists contracts and leases ending within 12 months, overdue first, with days left', async () => {
    await setUp();
    const page = await reg.api.ok('followUp.list', {});
    // 2026-10-01 is overdue (55 days before 25.11.2026); 2028-06-01 is beyond 12 months, and
    // the open-ended contract has no end.
    expect(page.rows.map((r) => [r.kind, r.unitNo, r.end, r.daysLeft])).toEqual([
      ['kontrakt', 'T-2', '2026-10-01', -55],
      ['kontrakt', 'T-1', '2027-02-01', 68],
      ['framleie', 'F-1', '2027-06-30', 217],
    ]);
    expect(page.total).toBe(3);
    expect(page.until).toBe('2027-11-25');
    const wider = await reg.api.ok('followUp.list', { months: 24 });
    expect(wider.rows.map((r) => r.unitNo)).toEqual(['T-2', 'T-1', 'F-1', 'T-3']);
  });

  it('filters by kind, tenure, condition and status, and sets, changes and clears a status', async () => {
    const { tenancies, leased } = await setUp();
    expect((await reg.api.ok('followUp.list', { kind: 'framleie' })).rows).toHaveLength(1);
    expect((await reg.api.ok('followUp.list', { tenure: 'framleie' })).rows).toHaveLength(1);
    expect((await reg.api.ok('followUp.list', { condition: 3 })).rows.map((r) => r.unitNo)).toEqual(
      ['T-1'],
    );
    await reg.api.ok('followUp.set', {
      kind: 'kontrakt',
      refId: tenancies[0]!,
      status: 'flytter_ut',
      statusDate: '2027-01-31',
      note: 'Har fått startlån',
    });
    await reg.api.ok('followUp.set', {
      kind: 'framleie',
      refId: leased.id,
      status: 'forlenges',
      statusDate: null,
      note: '',
    });
    const moving = await reg.api.ok('followUp.list', { status: 'flytter_ut' });
    expect(moving.rows.map((r) => [r.unitNo, r.status, r.statusDate, r.note])).toEqual([
      ['T-1', 'flytter_ut', '2027-01-31', 'Har fått startlån'],
    ]);
    expect(
      (await reg.api.ok('followUp.list', { status: 'ingen' })).rows.map((r) => r.unitNo),
    ).toEqual(['T-2']);
    // Sorting by the follow-up date puts rows without one last, in both directions.
    for (const dir of ['asc', 'desc'] as const) {
      const sorted = await reg.api.ok('followUp.list', { sort: 'statusDate', dir });
      expect(sorted.rows[0]!.unitNo).toBe('T-1');
    }
    await reg.api.ok('followUp.set', {
      kind: 'kontrakt',
      refId: tenancies[0]!,
      status: null,
      statusDate: null,
      note: '',
    });
    expect(countRows(reg.db(), 'contract_follow_up')).toBe(1);
  });

  it('refuses a national id in the note and a follow-up on a home that is not framleie', async () => {
    const { tenancies } = await setUp();
    const bad = await reg.api.call('followUp.set', {
      kind: 'kontrakt',
      refId: tenancies[0]!,
      status: 'avklares',
      statusDate: null,
      note: 'Gjelder 01018012345',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.error.issues[0]!.message).toMatch(/^Merknad: ser ut som et fødselsnummer/);
    const owned = await reg.api.call('followUp.set', {
      kind: 'framleie',
      refId: 1,
      status: 'avklares',
      statusDate: null,
      note: '',
    });
    expect(owned.ok).toBe(false);
    expect(countRows(reg.db(), 'contract_follow_up')).toBe(0);
  });

  it('exports the filtered list to Excel with pseudonymous references only', async () => {
    await setUp();
    const out = join(reg.dir, 'oppfolging.xlsx');
    reg.shell.saveQueue.push(out);
    const saved = await reg.api.ok('followUp.export', { kind: 'kontrakt' });
    expect(saved?.rows).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Kontraktoppfølging')!;
    expect(ws.getRow(1).getCell(2).value).toBe('Bolignr');
    expect(ws.getRow(2).getCell(2).value).toBe('T-2');
    expect(ws.getRow(2).getCell(7).value).toBe('H-2');
    expect(ws.getRow(2).getCell(9).value).toBe(-55);
    expect(ws.getRow(3).getCell(2).value).toBe('T-1');
    expect(ws.rowCount).toBe(3);
  });
});

describe('application lifecycle', () => {
  it('moves an application from registrert through vedtak to tildelt, starting the tenancy', async () => {
    const unit = await reg.api.ok('units.create', unitInput({ unitNo: 'T-9', status: 'ledig' }));
    const h = await reg.api.ok('households.create', householdInput({ ref: 'H-9' }));
    const need = await reg.api.ok('needs.create', needInput({ registered: '2026-03-01' }));
    expect(need.status).toBe('registrert');
    await reg.api.ok('needs.link', { id: need.id, householdId: h.id, ssbGroup: null });
    expect((await reg.api.ok('households.get', { id: h.id })).openNeeds.map((n) => n.id)).toEqual([
      need.id,
    ]);
    // Tildelt straight from registrert is not a step in the lifecycle.
    const early = await reg.api.call('needs.setStatus', {
      id: need.id,
      status: 'tildelt',
      date: '2026-05-01',
      unitId: unit.id,
    });
    expect(early.ok).toBe(false);
    await reg.api.ok('needs.setStatus', { id: need.id, status: 'innvilget', date: '2026-04-01' });
    expect(registerSnapshot(reg.db(), TODAY).needs.map((n) => n.id)).toContain(need.id);
    const allocated = await reg.api.ok('needs.setStatus', {
      id: need.id,
      status: 'tildelt',
      date: '2026-05-01',
      unitId: unit.id,
    });
    expect(allocated).toMatchObject({
      status: 'tildelt',
      decidedOn: '2026-04-01',
      allocatedOn: '2026-05-01',
      allocatedUnitNo: 'T-9',
      householdRef: 'H-9',
    });
    const detail = await reg.api.ok('households.get', { id: h.id });
    expect(detail.tenancies[0]).toMatchObject({
      unitNo: 'T-9',
      start: '2026-05-01',
      end: '2029-05-01',
    });
    expect(detail.openNeeds).toEqual([]);
    expect((await reg.api.ok('units.get', { id: unit.id })).unit.status).toBe('utleid');
    // Closed: no longer demand for the scenario engine, nor on the overview's waiting list.
    expect(registerSnapshot(reg.db(), TODAY).needs.map((n) => n.id)).not.toContain(need.id);
    expect((await reg.api.ok('overview.get', {})).waitingList.applicants).toBe(0);
  });

  it('refuses a future date, a date before registration and allocation without a household', async () => {
    const unit = await reg.api.ok('units.create', unitInput({ unitNo: 'T-9' }));
    const need = await reg.api.ok('needs.create', needInput({ registered: '2026-03-01' }));
    const future = await reg.api.call('needs.setStatus', {
      id: need.id,
      status: 'avslatt',
      date: '2026-12-01',
    });
    expect(future.ok || future.error.message).toMatch(/^Dato: kan ikke være frem i tid/);
    const before = await reg.api.call('needs.setStatus', {
      id: need.id,
      status: 'avslatt',
      date: '2026-01-01',
    });
    expect(before.ok || before.error.message).toMatch(/^Dato: kan ikke være før søknaden/);
    await reg.api.ok('needs.setStatus', { id: need.id, status: 'innvilget', date: '2026-04-01' });
    const noHousehold = await reg.api.call('needs.setStatus', {
      id: need.id,
      status: 'tildelt',
      date: '2026-05-01',
      unitId: unit.id,
    });
    expect(noHousehold.ok || noHousehold.error.message).toMatch(/^Husstand: koble søknaden/);
    expect((await reg.api.ok('needs.get', { id: need.id })).status).toBe('innvilget');
    expect(countRows(reg.db(), 'tenancy')).toBe(0);
  });

  it('moves a tenant to the allocated home, ending the old tenancy that day', async () => {
    const small = await reg.api.ok('units.create', unitInput({ unitNo: 'S-1', status: 'ledig' }));
    const big = await reg.api.ok(
      'units.create',
      unitInput({ unitNo: 'B-1', bedrooms: 4, rooms: 5 }),
    );
    const h = await reg.api.ok('households.create', householdInput({ ref: 'H-7' }));
    await reg.api.ok('tenancies.create', {
      householdId: h.id,
      unitId: small.id,
      start: '2024-01-01',
      end: '2027-01-01',
      movedOut: null,
    });
    const need = await reg.api.ok('needs.create', needInput({ registered: '2026-03-01' }));
    await reg.api.ok('needs.link', { id: need.id, householdId: h.id, ssbGroup: 'andre' });
    await reg.api.ok('needs.setStatus', { id: need.id, status: 'innvilget', date: '2026-04-01' });
    await reg.api.ok('needs.setStatus', {
      id: need.id,
      status: 'tildelt',
      date: '2026-06-01',
      unitId: big.id,
    });
    const tenancies = (await reg.api.ok('households.get', { id: h.id })).tenancies;
    expect(tenancies.map((t) => [t.unitNo, t.movedOut])).toEqual([
      ['B-1', null],
      ['S-1', '2026-06-01'],
    ]);
    expect((await reg.api.ok('units.get', { id: small.id })).unit.status).toBe('ledig');
  });
});
