import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRows, householdInput, needInput, openTestRegister, unitInput } from './helpers';

let reg: ReturnType<typeof openTestRegister>;
beforeEach(() => {
  reg = openTestRegister();
});
afterEach(() => reg.close());

/** Everything a failed write could have touched. */
function snapshotCounts() {
  const db = reg.db();
  return ['unit', 'household', 'tenancy', 'need', 'area', 'change_log'].map((t) =>
    countRows(db, t),
  );
}

describe('units', () => {
  it('creates, reads, updates and deletes a home, logging each change', async () => {
    const created = await reg.api.ok('units.create', unitInput());
    expect(created).toMatchObject({ unitNo: 'T-001', rentMonthly: 9500, areaM2: 62.5 });
    const updated = await reg.api.ok('units.update', {
      id: created.id,
      unit: unitInput({ rentMonthly: 9800, status: 'til_salgs' }),
    });
    expect(updated.rentMonthly).toBe(9800);
    const detail = await reg.api.ok('units.get', { id: created.id });
    expect(detail.changes.map((c) => c.action)).toEqual(['update', 'create']);
    expect(detail.changes[0]!.summary).toContain('Månedsleie: 9500 → 9800');
    await reg.api.ok('units.delete', { id: created.id });
    expect(countRows(reg.db(), 'unit')).toBe(0);
  });

  it.each([
    ['negative rent', { rentMonthly: -100 }, 'rentMonthly', 'Månedsleie: kan ikke være negativ'],
    [
      'rent in øre',
      { rentMonthly: 9500.5 },
      'rentMonthly',
      'Månedsleie: må være et helt kronebeløp',
    ],
    [
      'zero bedrooms on a family home',
      { buildingType: 'enebolig', bedrooms: 0, rooms: 3 },
      'bedrooms',
      'Antall soverom: en familiebolig',
    ],
    ['bad condition grade', { condition: 4 }, 'condition', 'Tilstandsgrad: må være TG0'],
    ['empty bolignr', { unitNo: '  ' }, 'unitNo', 'Bolignr: må fylles ut'],
    ['text for a number', { bedrooms: 'tre' }, 'bedrooms', 'Antall soverom: må være et tall'],
    ['framleie without owner rent', { tenure: 'framleie' }, 'ownerRentMonthly', 'Leie til eier'],
    ['unknown status', { status: 'revet' }, 'status', 'Status: er ikke et gyldig valg'],
  ])(
    'refuses %s with a message naming the field, writing nothing',
    async (_, change, field, msg) => {
      const before = snapshotCounts();
      const r = await reg.api.call('units.create', unitInput(change));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('validation');
      const issue = r.error.issues.find((i) => i.field === field);
      expect(issue?.message).toContain(msg);
      expect(snapshotCounts()).toEqual(before);
    },
  );

  it('refuses a duplicate bolignr (any case) and leaves the register unchanged', async () => {
    await reg.api.ok('units.create', unitInput());
    const before = snapshotCounts();
    const r = await reg.api.call('units.create', unitInput({ unitNo: 't-001' }));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.issues[0]).toEqual({
        field: 'unitNo',
        message: 'Bolignr: t-001 finnes allerede i registeret',
      });
    expect(snapshotCounts()).toEqual(before);
  });

  it('rolls back every statement of a write when a later one fails', async () => {
    const a = await reg.api.ok('units.create', unitInput());
    const h = await reg.api.ok('households.create', householdInput());
    const before = snapshotCounts();
    // The change log is written last in each write: make it fail, after the data changed.
    reg
      .db()
      .exec(
        "CREATE TEMP TRIGGER fail_log BEFORE INSERT ON main.change_log BEGIN SELECT RAISE(ABORT, 'disk full'); END",
      );
    expect((await reg.api.call('units.create', unitInput({ unitNo: 'T-009' }))).ok).toBe(false);
    expect(
      (await reg.api.call('units.update', { id: a.id, unit: unitInput({ rentMonthly: 1 }) })).ok,
    ).toBe(false);
    expect(
      (
        await reg.api.call('tenancies.create', {
          householdId: h.id,
          unitId: a.id,
          start: '2026-01-01',
          end: null,
          movedOut: null,
        })
      ).ok,
    ).toBe(false);
    reg.db().exec('DROP TRIGGER temp.fail_log');
    expect(snapshotCounts()).toEqual(before);
    const unit = (await reg.api.ok('units.get', { id: a.id })).unit;
    expect(unit).toMatchObject({ rentMonthly: 9500, status: 'ledig' });
  });

  it('refuses an update that collides with another home, changing nothing', async () => {
    const a = await reg.api.ok('units.create', unitInput());
    await reg.api.ok('units.create', unitInput({ unitNo: 'T-002' }));
    const before = snapshotCounts();
    const r = await reg.api.call('units.update', {
      id: a.id,
      unit: unitInput({ unitNo: 'T-002' }),
    });
    expect(r.ok).toBe(false);
    expect(snapshotCounts()).toEqual(before);
    expect((await reg.api.ok('units.get', { id: a.id })).unit.unitNo).toBe('T-001');
  });

  it('answers bad payloads and unknown methods with an error, never a crash', async () => {
    expect((await reg.api.call('units.create', 'nonsense' as never)).ok).toBe(false);
    expect((await reg.api.call('units.get', { id: -1 })).ok).toBe(false);
    const missing = await reg.api.call('units.get', { id: 999 });
    expect(!missing.ok && missing.error.code).toBe('not_found');
    const { dispatch } = await import('../../main/services/handlers');
    const unknown = await dispatch({} as never, 'units.drop', {});
    expect(!unknown.ok && unknown.error.code).toBe('unknown_method');
  });

  it('searches, filters and sorts the list on the server', async () => {
    await reg.api.ok(
      'units.create',
      unitInput({ unitNo: 'A-1', address: 'Storgata 5', bedrooms: 1, rooms: 2 }),
    );
    await reg.api.ok(
      'units.create',
      unitInput({ unitNo: 'A-2', address: 'Lillegata 50%', bedrooms: 4, rooms: 5 }),
    );
    await reg.api.ok(
      'units.create',
      unitInput({
        unitNo: 'A-3',
        address: 'Storgata 7',
        bedrooms: 5,
        rooms: 6,
        status: 'til_salgs',
      }),
    );
    expect((await reg.api.ok('units.list', { search: 'storgata' })).total).toBe(2);
    expect((await reg.api.ok('units.list', { search: '50%' })).rows.map((u) => u.unitNo)).toEqual([
      'A-2',
    ]);
    expect((await reg.api.ok('units.list', { bedrooms: 4 })).total).toBe(2);
    expect((await reg.api.ok('units.list', { status: 'til_salgs' })).rows[0]!.unitNo).toBe('A-3');
    const sorted = await reg.api.ok('units.list', { sort: 'bedrooms', dir: 'desc', limit: 2 });
    expect(sorted.rows.map((u) => u.bedrooms)).toEqual([5, 4]);
    expect(sorted.total).toBe(3);
    // Unknown sort keys fall back to the default order, also keys of Object's prototype.
    for (const sort of ['constructor', 'toString', 'u.rent_monthly; DROP TABLE unit']) {
      const r = await reg.api.ok('units.list', { sort });
      expect(r.rows.map((u) => u.unitNo)).toEqual(['A-1', 'A-2', 'A-3']);
    }
  });
});

describe('households and tenancies', () => {
  it('moves a household into a vacant home and out again, keeping the status in step', async () => {
    const unit = await reg.api.ok('units.create', unitInput({ status: 'ledig' }));
    const household = await reg.api.ok('households.create', householdInput());
    const tenancy = await reg.api.ok('tenancies.create', {
      householdId: household.id,
      unitId: unit.id,
      start: '2026-01-01',
      end: '2029-01-01',
      movedOut: null,
    });
    expect((await reg.api.ok('units.get', { id: unit.id })).unit.status).toBe('utleid');
    const row = (await reg.api.ok('households.list', { search: 'H-T001' })).rows[0]!;
    expect(row).toMatchObject({ unitNo: 'T-001', persons: 5, contractEnd: '2029-01-01' });
    // 2 adults + 3 children in 3 rooms / 62.5 m²: fewer rooms than persons → crowded.
    expect(row.crowded).toBe(true);
    await reg.api.ok('tenancies.update', {
      id: tenancy.id,
      householdId: household.id,
      unitId: unit.id,
      start: '2026-01-01',
      end: '2029-01-01',
      movedOut: '2026-06-30',
    });
    expect((await reg.api.ok('units.get', { id: unit.id })).unit.status).toBe('ledig');
  });

  it('refuses a contract that ends before it starts, and a second tenant in one home', async () => {
    const unit = await reg.api.ok('units.create', unitInput());
    const a = await reg.api.ok('households.create', householdInput());
    const b = await reg.api.ok('households.create', householdInput({ ref: 'H-T002' }));
    const before = snapshotCounts();
    const bad = await reg.api.call('tenancies.create', {
      householdId: a.id,
      unitId: unit.id,
      start: '2026-05-01',
      end: '2026-04-30',
      movedOut: null,
    });
    expect(!bad.ok && bad.error.issues[0]!.message).toBe(
      'Kontrakt slutt: kontrakten kan ikke slutte før den starter',
    );
    expect(snapshotCounts()).toEqual(before);
    await reg.api.ok('tenancies.create', {
      householdId: a.id,
      unitId: unit.id,
      start: '2026-05-01',
      end: null,
      movedOut: null,
    });
    const second = await reg.api.call('tenancies.create', {
      householdId: b.id,
      unitId: unit.id,
      start: '2026-05-01',
      end: null,
      movedOut: null,
    });
    expect(!second.ok && second.error.issues[0]!.message).toBe(
      'Bolig: T-001 har allerede en beboer',
    );
  });

  it.each([
    ['households.create', householdInput({ ref: '01017012345' }), 'ref'],
    ['households.create', householdInput({ ref: '010170-12345' }), 'ref'],
    ['households.create', householdInput({ ref: '010170.12345' }), 'ref'],
    ['households.create', householdInput({ note: 'fnr 010170 12345' }), 'note'],
    ['needs.create', needInput({ ref: '010170 12345' }), 'ref'],
    ['needs.create', needInput({ ref: 'Kari Nordmann' }), 'ref'],
    ['needs.create', needInput({ note: 'fødselsnr. 010170-12345' }), 'note'],
  ] as const)('keeps references pseudonymous: %s refuses %j', async (method, input, field) => {
    const r = await reg.api.call(method, input as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.some((i) => i.field === field)).toBe(true);
    expect(countRows(reg.db(), 'household') + countRows(reg.db(), 'need')).toBe(0);
  });

  it('accepts pseudonymous references and ordinary numbers in notes', async () => {
    await reg.api.ok(
      'households.create',
      householdInput({ ref: 'H-2027.1', note: 'Tlf-oppfølging 12 34 56' }),
    );
    await reg.api.ok(
      'needs.create',
      needInput({ ref: 'S_0042', note: 'Søkt 12.03.2026, 4 personer' }),
    );
  });

  it('refuses a move-out date in the future (the home would turn vacant today)', async () => {
    const unit = await reg.api.ok('units.create', unitInput());
    const h = await reg.api.ok('households.create', householdInput());
    const t = await reg.api.ok('tenancies.create', {
      householdId: h.id,
      unitId: unit.id,
      start: '2026-01-01',
      end: null,
      movedOut: null,
    });
    const r = await reg.api.call('tenancies.update', {
      id: t.id,
      householdId: h.id,
      unitId: unit.id,
      start: '2026-01-01',
      end: null,
      movedOut: '2027-03-01',
    });
    expect(!r.ok && r.error.issues[0]!.message).toBe(
      'Flyttet ut: kan ikke være frem i tid – registrer utflyttingen når den har skjedd',
    );
    expect((await reg.api.ok('units.get', { id: unit.id })).unit.status).toBe('utleid');
  });

  it('will not delete a home someone lives in', async () => {
    const unit = await reg.api.ok('units.create', unitInput());
    const h = await reg.api.ok('households.create', householdInput());
    await reg.api.ok('tenancies.create', {
      householdId: h.id,
      unitId: unit.id,
      start: '2026-01-01',
      end: null,
      movedOut: null,
    });
    const r = await reg.api.call('units.delete', { id: unit.id });
    expect(!r.ok && r.error.code).toBe('conflict');
    expect(countRows(reg.db(), 'unit')).toBe(1);
  });
});

describe('needs', () => {
  it('creates an applicant and a forecast, and refuses a forecast-sized applicant', async () => {
    await reg.api.ok('needs.create', needInput());
    await reg.api.ok(
      'needs.create',
      needInput({ kind: 'prognose', ref: null, households: 12, expectedYear: 2028 }),
    );
    const r = await reg.api.call('needs.create', needInput({ households: 3 }));
    expect(!r.ok && r.error.issues[0]!.field).toBe('households');
    expect((await reg.api.ok('needs.list', { kind: 'prognose' })).total).toBe(1);
    const bad = await reg.api.call('needs.create', needInput({ registered: '2026-02-30' }));
    expect(!bad.ok && bad.error.issues[0]!.message).toBe(
      'Registrert dato: må være en gyldig dato (dd.mm.åååå)',
    );
  });
});
