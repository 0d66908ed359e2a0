// The survey as written by different programs — LibreOffice (headless), openpyxl (legacy
// comments, which ExcelJS cannot read), openpyxl re-saved by LibreOffice, and ExcelJS itself
// (notes, inline strings, a shared formula) — each with comments, dates and merged header
// cells, all import to the same register as LibreOffice's own .xlsx. See make-fixtures.sh.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSurveyBytes } from '../../../main/import/read';
import { readXlsxFallback } from '../../../main/import/xlsxFallback';
import { SURVEY_2026_COUNTS, closedAfterEach, fixture, registerContent } from './base';

const { base } = closedAfterEach();

async function importFile(path: string) {
  const reg = base();
  reg.shell.openQueue.push(path);
  const chosen = await reg.api.ok('import.chooseFile', {});
  const preview = await reg.api.ok('import.preview', { token: chosen!.token });
  await reg.api.ok('import.apply', {
    token: chosen!.token,
    checksum: preview.checksum,
    confirmWarnings: false,
  });
  return { preview, content: registerContent(reg.db()) };
}

const CORPUS = [
  'survey-2026-openpyxl.xlsx',
  'survey-2026-openpyxl-libreoffice.xlsx',
  'survey-2026-exceljs.xlsx',
];

describe('survey files from any spreadsheet program', () => {
  it('openpyxl’s file is one ExcelJS refuses (so the second reader is what reads it)', async () => {
    const wb = new ExcelJS.Workbook();
    await expect(
      wb.xlsx.load(readFileSync(fixture('survey-2026-openpyxl.xlsx')) as never),
    ).rejects.toThrow(/comments/);
    const read = await readSurveyBytes(
      readFileSync(fixture('survey-2026-openpyxl.xlsx')),
      'openpyxl.xlsx',
    );
    expect(read.format).toBe('xlsx');
    const rows = read.sheets[0]!.rows;
    expect(rows[3]![0]).toBe('Bolignummer'); // row 4: the header
    expect(rows[4]!.slice(0, 2)).toEqual(['B-001', 'Fjordgata 1']);
    // A real date cell is a Date; the survey date typed as text stays text.
    expect(rows[4]![16]).toEqual(new Date('2024-03-01T00:00:00.000Z'));
    expect(rows[4]![18]).toBe('15.10.2026');
  });

  it('every file in the corpus imports to the same register as LibreOffice’s .xlsx', async () => {
    const reference = await importFile(fixture('survey-2026-libreoffice.xlsx'));
    expect(reference.preview.errors).toEqual([]);
    for (const name of CORPUS) {
      const r = await importFile(fixture(name));
      expect(r.preview.errors, name).toEqual([]);
      expect(r.preview.warnings, name).toEqual([]);
      expect(r.preview.counts, name).toMatchObject(SURVEY_2026_COUNTS);
      expect(r.preview.headerRow, name).toBe(4);
      expect(r.content, name).toEqual(reference.content);
    }
  });

  it('the second reader reads the same values as ExcelJS where both can read the file', async () => {
    for (const name of ['survey-2026-exceljs.xlsx', 'survey-2026-openpyxl-libreoffice.xlsx']) {
      const bytes = readFileSync(fixture(name));
      const first = (await readSurveyBytes(bytes, name)).sheets[0]!.rows;
      const second = (await readXlsxFallback(bytes))[0]!.rows;
      // From the header down (ExcelJS repeats a merged title in every merged cell).
      expect(second.slice(3), name).toEqual(first.slice(3));
    }
  });
});
