// Applying: one transaction after a backup copy, recorded with file name, checksum, who and
// counts, undoable as a whole (and exactly); the yearly snapshot; the round trip through the
// register export; and the command line.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../main/cli/index';
import { openDatabase } from '../../../main/register/db';
import { buildSurveyWorkbook } from '../../../main/import/template';
import { openTestRegister, TODAY, unitInput } from '../helpers';
import {
  SURVEY_2026,
  SURVEY_2026_COUNTS,
  closedAfterEach,
  dumpTables,
  fixture,
  openBase,
  registerContent,
} from './base';

const { track } = closedAfterEach();

type Reg = ReturnType<typeof openBase>;

async function importPath(reg: Reg, path: string, confirmWarnings = false) {
  reg.shell.openQueue.push(path);
  const picked = await reg.api.ok('import.chooseFile', {});
  return reg.api.ok('import.apply', { token: picked!.token, confirmWarnings });
}

describe('apply and undo', () => {
  it('records the import, writes a backup first, and undo restores the register exactly', async () => {
    const reg = track(openBase());
    const before = registerContent(reg.db());
    const path = fixture('survey-2026-libreoffice.xlsx');
    const { run: imported } = await importPath(reg, path);
    expect(imported).toMatchObject({
      id: 1,
      fileName: 'survey-2026-libreoffice.xlsx',
      checksum: createHash('sha256').update(readFileSync(path)).digest('hex'),
      surveyYear: 2026,
      undoneAt: null,
      canUndo: true,
    });
    expect(imported.at).toBe(`${TODAY}T12:00:00.000Z`);
    expect(imported.counts).toMatchObject(SURVEY_2026_COUNTS);
    expect(registerContent(reg.db())).not.toEqual(before);

    // The backup is a working register holding the state before the import.
    expect(imported.backupPath).toBe(`${reg.path}.for-import-${TODAY}.bak`);
    const backup = openDatabase(imported.backupPath!, { create: false });
    expect(registerContent(backup)).toEqual(before);
    backup.close();

    const history = await reg.api.ok('import.history', {});
    expect(history.map((h) => h.fileName)).toEqual(['survey-2026-libreoffice.xlsx']);

    const undone = await reg.api.ok('import.undo', { importId: imported.id });
    expect(undone.undoneAt).not.toBeNull();
    expect(undone.canUndo).toBe(false);
    expect(registerContent(reg.db())).toEqual(before);
    expect(reg.db().prepare('SELECT count(*) AS n FROM survey_snapshot').get()).toEqual({ n: 0 });
    const again = await reg.api.call('import.undo', { importId: imported.id });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toContain('er allerede angret');
    const log = await reg.api.ok('changes.list', { search: 'angret' });
    expect(log.rows[0]).toMatchObject({ action: 'import', entity: 'import' });
    expect(reg.db().pragma('integrity_check', { simple: true })).toBe('ok');
    expect(reg.db().pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses to undo when the register has changed since, and changes nothing', async () => {
    const reg = track(openBase());
    const { run: imported } = await importPath(reg, fixture('survey-2026-source.csv'));
    const units = await reg.api.ok('units.list', { search: 'B-013' });
    const b013 = units.rows[0]!;
    await reg.api.ok('units.update', {
      id: b013.id,
      unit: unitInput({ unitNo: 'B-013', address: 'Nyveien 3', rentMonthly: 11_000, areaM2: 55.5 }),
    });
    const before = dumpTables(reg.db());
    const refused = await reg.api.call('import.undo', { importId: imported.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('conflict');
      expect(refused.error.message).toContain('Bolig B-013 er endret etter importen');
      expect(refused.error.message).toContain('Sikkerhetskopien fra før importen ligger i');
    }
    // Only the backup copy taken before the undo attempt is new; the register is unchanged.
    expect(dumpTables(reg.db())).toEqual(before);
  });

  it('keeps a yearly snapshot and compares this year with last year', async () => {
    const reg = track(openBase());
    const empty = await reg.api.ok('snapshots.compare', {});
    expect(empty).toEqual({ years: [], current: null, previous: null, change: null });

    // Last year's survey: the register as it was, dated 2025.
    const lastYear = SURVEY_2026.filter((r) => r.unitNo !== 'B-013' && r.unitNo !== 'B-014').map(
      (r) => ({ unitNo: r.unitNo, surveyedOn: '2025-10-01' }),
    );
    const p2025 = join(reg.dir, 'kartlegging-2025.xlsx');
    writeFileSync(p2025, await buildSurveyWorkbook(lastYear, { municipality: 'T', today: TODAY }));
    await importPath(reg, p2025, true);
    await importPath(reg, fixture('survey-2026-libreoffice.xlsx'));

    const cmp = await reg.api.ok('snapshots.compare', {});
    expect(cmp.years).toEqual([2026, 2025]);
    // 2025: B-001..B-008, B-010, B-011 as in the register then.
    expect(cmp.previous).toEqual({
      year: 2025,
      homes: 10,
      condition: { tg0: 1, tg1: 4, tg2: 3, tg3: 1, notAssessed: 1 },
      averageCondition: 1.44,
      backlogTotal: 25_000 + 80_000 + 150_000 + 10_000 + 450_000 + 220_000 + 12_000,
      occupied: 7,
      occupancy: 0.7,
      rentTotalMonthly:
        9_500 + 7_800 + 12_500 + 5_200 + 9_800 + 8_900 + 9_000 + 15_000 + 9_200 + 9_300,
      rentAverageMonthly: 9_620,
    });
    expect(cmp.current).toMatchObject({
      year: 2026,
      homes: 12,
      condition: { tg0: 3, tg1: 5, tg2: 4, tg3: 0, notAssessed: 0 },
      backlogTotal: 40_000 + 80_000 + 150_000 + 10_000 + 220_000 + 12_000,
      occupied: 7,
    });
    expect(cmp.change).toMatchObject({ homes: 2, backlogTotal: 512_000 - 947_000 });
    const only2025 = await reg.api.ok('snapshots.compare', { year: 2025 });
    expect(only2025.current?.year).toBe(2025);
    expect(only2025.previous).toBeNull();
  });
});

describe('round trip through the register export', () => {
  it('exporting the register in the template columns and importing it back changes nothing', async () => {
    const reg = track(openTestRegister({ sample: true }));
    const out = join(reg.dir, 'eksport.xlsx');
    reg.shell.saveQueue.push(out);
    const saved = await reg.api.ok('register.exportSurvey', {});
    expect(saved).toMatchObject({ path: out, fileName: 'eksport.xlsx', rows: 160 });
    expect(reg.shell.proposedNames[0]).toBe(
      'Boligregister Fjordvik kommune (fiktiv) 2026-11-25.xlsx',
    );
    expect(await reg.api.ok('shell.showInFolder', { token: saved!.token })).toEqual({
      shown: true,
    });
    expect(reg.shell.shownInFolder).toEqual([out]);

    // No personal data beyond the pseudonymous household ref.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as never);
    const ws = wb.getWorksheet('Kartlegging')!;
    expect(ws.rowCount).toBe(161);

    const before = registerContent(reg.db());
    reg.shell.openQueue.push(out);
    const picked = await reg.api.ok('import.chooseFile', {});
    const preview = await reg.api.ok('import.preview', { token: picked!.token });
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([]);
    expect(preview.counts).toMatchObject({
      rows: 160,
      created: 0,
      updated: 0,
      unchanged: 160,
      missing: 0,
      tenanciesStarted: 0,
      tenanciesEnded: 0,
    });
    await reg.api.ok('import.apply', { token: picked!.token, confirmWarnings: false });
    expect(registerContent(reg.db())).toEqual(before);
  });

  it('cancelled dialogs return null and write nothing', async () => {
    const reg = track(openBase());
    expect(await reg.api.ok('import.chooseFile', {})).toBeNull();
    expect(await reg.api.ok('import.saveTemplate', {})).toBeNull();
    expect(await reg.api.ok('register.exportSurvey', {})).toBeNull();
    const bad = await reg.api.call('import.preview', { token: 'ikke-en-token' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toContain('Velg filen på nytt');
  });
});

describe('command line: import-survey', () => {
  async function cli(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
    return {
      code,
      stdout,
      stderr,
      json: stdout ? (JSON.parse(stdout) as Record<string, unknown>) : null,
    };
  }

  it('prints the JSON report; dry run changes nothing; exit 0 when applied, 1 when refused, 2 on wrong usage', async () => {
    const reg = track(openBase());
    const db = reg.path;
    reg.session.close();
    const ro = () => openDatabase(db, { create: false });
    const snapshot = () => {
      const d = ro();
      const dump = dumpTables(d);
      d.close();
      return dump;
    };
    const before = snapshot();
    const file = fixture('survey-2026-libreoffice-cp1252.csv');

    const dry = await cli(['import-survey', file, '--db', db, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.json).toMatchObject({
      ok: true,
      dryRun: true,
      applied: false,
      rows: 12,
      created: 2,
      updated: 7,
      unchanged: 3,
      missing: 2,
      errors: [],
      warnings: [],
    });
    expect(snapshot()).toEqual(before);

    const bad = join(reg.dir, 'feil.csv');
    writeFileSync(bad, 'Bolignr;Antall soverom\nB-001;tre\n');
    const refused = await cli(['import-survey', bad, '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.json).toMatchObject({
      ok: false,
      applied: false,
      errors: [
        {
          row: 2,
          column: 'Antall soverom',
          message: 'Rad 2, Antall soverom: «tre» er ikke et tall',
        },
      ],
    });
    expect(snapshot()).toEqual(before);
    expect((await cli(['import-survey', bad, '--db', db, '--dry-run'])).code).toBe(1);

    const random = join(reg.dir, 'tull.xlsx');
    writeFileSync(random, Buffer.from(Array.from({ length: 500 }, (_, i) => (i * 7919) % 256)));
    const unreadable = await cli(['import-survey', random, '--db', db]);
    expect(unreadable.code).toBe(1);
    expect((unreadable.json!.errors as { message: string }[])[0]!.message).toContain(
      'verken en Excel-fil',
    );
    expect(snapshot()).toEqual(before);

    const warn = join(reg.dir, 'advarsel.csv');
    writeFileSync(warn, 'Bolignr;Månedsleie kr\nB-001;20 000\n');
    const unconfirmed = await cli(['import-survey', warn, '--db', db]);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.json!.message).toContain('--confirm-warnings');
    expect(snapshot()).toEqual(before);

    const applied = await cli(['import-survey', file, '--db', db, '--who', 'kari']);
    expect(applied.code).toBe(0);
    expect(applied.json).toMatchObject({ ok: true, applied: true, importId: 1, created: 2 });
    expect(existsSync(applied.json!.backup as string)).toBe(true);
    const d = ro();
    expect(d.prepare('SELECT who, file_name FROM import_run').get()).toEqual({
      who: 'kari',
      file_name: 'survey-2026-libreoffice-cp1252.csv',
    });
    d.close();

    expect((await cli(['import-survey', '--db', db])).code).toBe(2);
    expect((await cli(['import-survey', file])).code).toBe(2);
    expect((await cli(['import-survey', file, '--db', db, '--exclude', 'tre'])).code).toBe(2);
    expect((await cli(['import-survey', file, '--db', db, '--bogus'])).code).toBe(2);
  });
});
