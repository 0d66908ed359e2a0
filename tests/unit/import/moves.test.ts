// A household that moves to another home in the same import leaves no home «Utleid» with
// nobody in it, the counts count each row once; and undo refuses (before any backup, with a
// Norwegian message) when a household has been housed elsewhere since the import.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closedAfterEach, dumpTables } from './base';

const { base } = closedAfterEach();
type Reg = ReturnType<typeof base>;

const HEADER = 'Bolignr;Status;Husstand ref;Kontrakt start';

async function csv(reg: Reg, lines: string[]) {
  const path = join(reg.dir, 'kartlegging.csv');
  writeFileSync(path, lines.join('\r\n'), 'utf8');
  reg.shell.openQueue.push(path);
  const picked = await reg.api.ok('import.chooseFile', {});
  return picked!.token;
}

describe('a household that moves within the same import', () => {
  it('leaves its old home «Utleid» with no ref in the file: the home becomes vacant, said plainly', async () => {
    const reg = base();
    // H-1001 lives in B-001; the file keeps B-001 Utleid without a ref and moves H-1001 to B-011.
    const token = await csv(reg, [HEADER, 'B-001;Utleid;;', 'B-011;Utleid;H-1001;01.12.2026']);
    const preview = await reg.api.ok('import.preview', { token });
    expect(preview.errors).toEqual([]);
    expect(preview.warnings.map((w) => w.message)).toEqual([
      'Rad 2, Status: B-001 står som utleid, men husstanden H-1001 flytter til B-011 – boligen settes til ledig',
    ]);
    expect(preview.counts).toMatchObject({
      rows: 2,
      updated: 2,
      unchanged: 0,
      tenanciesStarted: 1,
      tenanciesEnded: 1,
    });
    expect(preview.counts.updated + preview.counts.unchanged).toBe(preview.counts.rows);
    // The household moves, so the note that it stays in B-001 is gone.
    expect(preview.notes.join('\n')).not.toContain('blir boende');
    const b001 = preview.updated.find((u) => u.unitNo === 'B-001');
    expect(b001?.changes).toContainEqual(
      expect.objectContaining({ field: 'status', old: 'Utleid', new: 'Ledig' }),
    );

    await reg.api.ok('import.apply', { token, confirmWarnings: true });
    const units = await reg.api.ok('units.list', { limit: 50 });
    const byNo = Object.fromEntries(units.rows.map((u) => [u.unitNo, u]));
    expect(byNo['B-001']).toMatchObject({ householdRef: null, status: 'ledig' });
    expect(byNo['B-011']).toMatchObject({ householdRef: 'H-1001', status: 'utleid' });
    const empty = reg
      .db()
      .prepare(
        `SELECT unit_no FROM unit u WHERE status = 'utleid'
         AND NOT EXISTS (SELECT 1 FROM tenancy t WHERE t.unit_id = u.id AND t.moved_out IS NULL)`,
      )
      .all();
    expect(empty).toEqual([]);
  });

  it('keeps the «only ends when Status says so» note when nobody moves', async () => {
    const reg = base();
    const token = await csv(reg, [HEADER, 'B-001;Utleid;;']);
    const preview = await reg.api.ok('import.preview', { token });
    expect(preview.warnings).toEqual([]);
    expect(preview.notes).toContain(
      'Rad 2, Husstand ref: er tom; H-1001 bor i B-001 ifølge registeret og blir boende. Leieforholdet avsluttes bare når Status settes (f.eks. Ledig).',
    );
    expect(preview.counts).toMatchObject({ rows: 1, updated: 0, unchanged: 1 });
  });
});

describe('undo after the household was housed elsewhere through the form', () => {
  it('is refused before any backup, naming household and home, and changes nothing', async () => {
    const reg = base();
    const token = await csv(reg, [HEADER, 'B-001;Ledig;;']);
    const { run } = await reg.api.ok('import.apply', { token, confirmWarnings: true });
    const list = await reg.api.ok('units.list', { limit: 50 });
    const b011 = list.rows.find((u) => u.unitNo === 'B-011')!;
    const h1001 = (await reg.api.ok('households.list', { search: 'H-1001' })).rows[0]!;
    await reg.api.ok('tenancies.create', {
      householdId: h1001.id,
      unitId: b011.id,
      start: '2026-12-01',
      end: null,
      movedOut: null,
    });
    const before = dumpTables(reg.db());
    const files = readdirSync(reg.dir).sort();

    const refused = await reg.api.call('import.undo', { importId: run.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('conflict');
      expect(refused.error.message).toMatch(/^Kan ikke angre: husstand H-1001 bor nå i B-011/);
      expect(refused.error.message).toContain('ingenting er endret');
      expect(refused.error.message).not.toContain('UNIQUE');
    }
    expect(dumpTables(reg.db())).toEqual(before);
    expect(readdirSync(reg.dir).sort()).toEqual(files); // no backup written
  });
});
