// Broken files: each gets a clear Norwegian message, and nothing in the register changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../main/domain/random';
import { buildSurveyWorkbook } from '../../../main/import/template';
import { TODAY } from '../helpers';
import { SURVEY_2026, closedAfterEach, dumpTables, fixture } from './base';

const { base } = closedAfterEach();

type Reg = ReturnType<typeof base>;

async function pick(reg: Reg, path: string): Promise<string> {
  reg.shell.openQueue.push(path);
  const chosen = await reg.api.ok('import.chooseFile', {});
  return chosen!.token;
}

/** Preview and apply both refuse with the message; the register is exactly as before. */
async function expectRefused(reg: Reg, path: string, message: string | RegExp) {
  const before = dumpTables(reg.db());
  const token = await pick(reg, path);
  const preview = await reg.api.call('import.preview', { token });
  expect(preview.ok).toBe(false);
  if (!preview.ok) {
    expect(preview.error.code).toBe('validation');
    expect(preview.error.message).toMatch(message);
  }
  const apply = await reg.api.call('import.apply', { token, confirmWarnings: true });
  expect(apply.ok).toBe(false);
  if (!apply.ok) expect(apply.error.message).toMatch(message);
  expect(dumpTables(reg.db())).toEqual(before);
  return preview;
}

describe('broken files', () => {
  it('a truncated .xlsx', async () => {
    const reg = base();
    const full = await buildSurveyWorkbook(SURVEY_2026, { municipality: 'T', today: TODAY });
    const path = join(reg.dir, 'avbrutt.xlsx');
    writeFileSync(path, full.subarray(0, Math.floor(full.length * 0.6)));
    await expectRefused(reg, path, /«avbrutt\.xlsx» er skadet eller ufullstendig/);
  });

  it('a password-protected .xlsx (encrypted, an OLE container)', async () => {
    const reg = base();
    await expectRefused(
      reg,
      fixture('password-protected.xlsx'),
      /er passordbeskyttet.*fjern passordet/s,
    );
  });

  it('an empty file, and an .xlsx with no cells', async () => {
    const reg = base();
    const empty = join(reg.dir, 'tom.xlsx');
    writeFileSync(empty, Buffer.alloc(0));
    await expectRefused(reg, empty, 'Filen «tom.xlsx» er tom (0 byte)');

    const blankBook = join(reg.dir, 'tomt-ark.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ark1');
    writeFileSync(blankBook, Buffer.from(await wb.xlsx.writeBuffer()));
    await expectRefused(reg, blankBook, 'regnearket har ingen utfylte celler');

    const blankCsv = join(reg.dir, 'tom.csv');
    writeFileSync(blankCsv, '\r\n;;;\r\n');
    const before = dumpTables(reg.db());
    const preview = await reg.api.ok('import.preview', { token: await pick(reg, blankCsv) });
    expect(preview.canApply).toBe(false);
    expect(preview.errors[0]!.message).toMatch(/^Filen: fant ingen overskriftsrad/);
    expect(dumpTables(reg.db())).toEqual(before);
  });

  it('10,000 random bytes', async () => {
    const reg = base();
    const r = createRandom(42);
    const bytes = Buffer.alloc(10_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = r.int(0, 255);
    const path = join(reg.dir, 'kartlegging.xlsx');
    writeFileSync(path, bytes);
    await expectRefused(reg, path, /verken en Excel-fil \(\.xlsx\) eller en CSV-fil/);
  });

  it('an old .xls and a PDF get told what to do instead', async () => {
    const reg = base();
    const xls = join(reg.dir, 'gammel.xls');
    writeFileSync(xls, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]));
    await expectRefused(reg, xls, /gamle Excel-formatet \(\.xls\)/);
    const pdf = join(reg.dir, 'kartlegging.pdf');
    writeFileSync(pdf, '%PDF-1.7\n...');
    await expectRefused(reg, pdf, /er en PDF/);
  });

  it('an .xlsx that is really a renamed CSV is read as CSV, and says so', async () => {
    const reg = base();
    const path = join(reg.dir, 'egentlig-csv.xlsx');
    writeFileSync(path, readFileSync(fixture('survey-2026-libreoffice-cp1252.csv')));
    const token = await pick(reg, path);
    const preview = await reg.api.ok('import.preview', { token });
    expect(preview.format).toBe('csv');
    expect(preview.notes[0]).toBe(
      'Filen «egentlig-csv.xlsx» heter .xlsx, men er egentlig en tekstfil (CSV). Den er lest som CSV.',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.counts.created).toBe(2);
  });

  it('formulas give their cached results; merged cells give the merged value', async () => {
    const reg = base();
    const token = await pick(reg, fixture('formulas-merged-libreoffice.xlsx'));
    const preview = await reg.api.ok('import.preview', { token });
    expect(preview.errors).toEqual([]);
    expect(preview.headerRow).toBe(3);
    const changes = Object.fromEntries(preview.updated.map((u) => [u.unitNo, u.changes]));
    // B-001's rent is =ROUND(D4*E4,0) = 9 900; its backlog =40*1000.
    expect(changes['B-001']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'rentMonthly', new: '9 900 kr' }),
        expect.objectContaining({ field: 'maintenanceBacklog', new: '40 000 kr' }),
        expect.objectContaining({ field: 'condition', new: 'TG2' }),
      ]),
    );
    // B-002 sits in the second row of a merged «Sentrum» cell: no area change, no error.
    expect(changes['B-002']).toBeUndefined();
    // B-011's merged area cell says «Nordbyen», which it already has.
    expect(preview.counts).toMatchObject({ rows: 4, updated: 1, unchanged: 3, created: 0 });
    expect(preview.columns.find((c) => c.header === 'Leie per m2')?.source).toBe('unknown');
  });

  it('a formula without a stored result names the row and column', async () => {
    const reg = base();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kartlegging');
    ws.addRow(['Bolignr', 'Månedsleie kr', 'Tilstandsgrad']);
    ws.addRow([
      'B-001',
      { formula: 'ROUND(9500*1.04,0)' },
      { formula: 'A1', result: { error: '#REF!' } },
    ]);
    const path = join(reg.dir, 'formler.xlsx');
    writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
    const before = dumpTables(reg.db());
    const preview = await reg.api.ok('import.preview', { token: await pick(reg, path) });
    expect(preview.errors.map((e) => e.message)).toEqual([
      'Rad 2, Månedsleie kr: formelen «=ROUND(9500*1.04,0)» har ingen lagret verdi (åpne filen i Excel, lagre den og prøv igjen)',
      'Rad 2, Tilstandsgrad: «#REF!» er en feil i regnearket (rett formelen eller skriv inn verdien)',
    ]);
    expect(preview.canApply).toBe(false);
    expect(dumpTables(reg.db())).toEqual(before);
  });
});
