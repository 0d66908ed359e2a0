// Files made by different programs — the app's own template, LibreOffice's .xlsx, a
// Windows-1252 semicolon CSV as Norwegian Excel writes it, a hand-written UTF-8 CSV, a
// comma CSV with BOM — all say the same survey, and all import to the same register.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSurveyWorkbook } from '../../../main/import/template';
import { SURVEY_HEADER, SURVEY_FIELDS } from '../../../main/contract/import';
import { TODAY } from '../helpers';
import {
  SURVEY_2026,
  SURVEY_2026_COUNTS,
  closedAfterEach,
  dumpTables,
  fixture,
  registerContent,
} from './base';

const { base } = closedAfterEach();

async function templateFile(dir: string): Promise<string> {
  const path = join(dir, 'kartlegging-2026-mal.xlsx');
  writeFileSync(
    path,
    await buildSurveyWorkbook(SURVEY_2026, { municipality: 'Test', today: TODAY }),
  );
  return path;
}

/** A comma-separated UTF-8 file with BOM, quoted fields, decimal point numbers. */
function commaCsv(dir: string): string {
  const quote = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const date = (iso: unknown) =>
    typeof iso === 'string' ? iso.split('-').reverse().join('.') : '';
  const lines = [
    SURVEY_FIELDS.map((f) => quote(SURVEY_HEADER[f].toUpperCase())).join(','),
    ...SURVEY_2026.map((r) =>
      SURVEY_FIELDS.map((f) =>
        quote(
          ['contractStart', 'contractEnd', 'surveyedOn'].includes(f)
            ? date(r[f])
            : f === 'areaM2'
              ? String(r[f]).replace('.', ',')
              : r[f],
        ),
      ).join(','),
    ),
  ];
  const path = join(dir, 'kartlegging-komma.csv');
  writeFileSync(
    path,
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n'), 'utf8')]),
  );
  return path;
}

async function importFile(path: string) {
  const reg = base();
  reg.shell.openQueue.push(path);
  const chosen = await reg.api.ok('import.chooseFile', {});
  expect(chosen).not.toBeNull();
  const before = dumpTables(reg.db());
  const preview = await reg.api.ok('import.preview', { token: chosen!.token });
  // The preview is a dry run: nothing in the register changes.
  expect(dumpTables(reg.db())).toEqual(before);
  const applied = await reg.api.ok('import.apply', {
    token: chosen!.token,
    checksum: preview.checksum,
    confirmWarnings: false,
  });
  return { reg, preview, applied, content: registerContent(reg.db()) };
}

describe('survey files from different programs', () => {
  it('the template, LibreOffice (.xlsx and Windows-1252 CSV) and hand-made CSVs import to the same register', async () => {
    const reg0 = base();
    const files = {
      template: await templateFile(reg0.dir),
      libreofficeXlsx: fixture('survey-2026-libreoffice.xlsx'),
      libreofficeCp1252: fixture('survey-2026-libreoffice-cp1252.csv'),
      handwrittenUtf8: fixture('survey-2026-source.csv'),
      commaBom: commaCsv(reg0.dir),
    };
    const results: Record<string, Awaited<ReturnType<typeof importFile>>> = {};
    for (const [name, path] of Object.entries(files)) results[name] = await importFile(path);

    for (const [name, r] of Object.entries(results)) {
      expect(r.preview.errors, name).toEqual([]);
      expect(r.preview.warnings, name).toEqual([]);
      expect(r.preview.counts, name).toMatchObject(SURVEY_2026_COUNTS);
      expect(r.content, `${name} gives the same register as the template`).toEqual(
        results.template!.content,
      );
    }
    expect(results.libreofficeCp1252!.preview.encoding).toBe('Windows-1252');
    expect(results.libreofficeCp1252!.preview.delimiter).toBe(';');
    expect(results.commaBom!.preview.encoding).toBe('UTF-8 med BOM');
    expect(results.commaBom!.preview.delimiter).toBe(',');
    expect(results.handwrittenUtf8!.preview.encoding).toBe('UTF-8');
    expect(results.libreofficeXlsx!.preview.format).toBe('xlsx');
  });

  it('finds the header below title rows, places synonyms and reports the extra column', async () => {
    const { preview } = await importFile(fixture('survey-2026-libreoffice-cp1252.csv'));
    expect(preview.headerRow).toBe(5);
    const byHeader = Object.fromEntries(preview.columns.map((c) => [c.header, c]));
    expect(byHeader['Bolignummer']).toMatchObject({ field: 'unitNo', source: 'synonym' });
    expect(byHeader['Adr.']).toMatchObject({ field: 'address', source: 'synonym' });
    expect(byHeader['Areal (m²)']).toMatchObject({ field: 'areaM2' });
    expect(byHeader['Husleie']).toMatchObject({ field: 'rentMonthly' });
    expect(byHeader['TG']).toMatchObject({ field: 'condition' });
    expect(byHeader['Område']).toMatchObject({ field: 'area', source: 'exact' });
    expect(byHeader['Vaktmester']).toMatchObject({ field: null, source: 'unknown', letter: 'T' });
    expect(preview.notes.join('\n')).toContain(
      'Kolonnen «Vaktmester» (T) er ukjent og blir ikke brukt',
    );
    expect(preview.notes.join('\n')).toContain('sumrad');
  });

  it('shows what the 2026 survey does: new homes, changes old → new, missing homes, tenancies', async () => {
    const { preview, reg } = await importFile(fixture('survey-2026-libreoffice.xlsx'));
    expect(preview.created.map((u) => u.unitNo)).toEqual(['B-013', 'B-014']);
    expect(preview.newAreas).toEqual(['Havnebyen']);
    expect(preview.missing.map((u) => u.unitNo)).toEqual(['B-009', 'B-012']);
    const b001 = preview.updated.find((u) => u.unitNo === 'B-001')!;
    expect(b001.changes).toEqual(
      expect.arrayContaining([
        { field: 'condition', label: 'Tilstandsgrad', old: 'TG1', new: 'TG2' },
        {
          field: 'maintenanceBacklog',
          label: 'Vedlikeholdsetterslep',
          old: '25 000 kr',
          new: '40 000 kr',
        },
        { field: 'rentMonthly', label: 'Månedsleie', old: '9 500 kr', new: '9 900 kr' },
        { field: 'household.children', label: 'H-1001: Antall barn', old: '2', new: '3' },
      ]),
    );
    expect(
      preview.tenancies.map((t) => [t.unitNo, t.kind, t.householdRef, t.newHousehold]),
    ).toEqual([
      ['B-002', 'end', 'H-1002', false],
      ['B-002', 'start', 'H-2001', true],
      ['B-003', 'end', 'H-1003', false],
      ['B-008', 'update', 'H-1008', false],
      ['B-014', 'start', 'H-2002', true],
    ]);
    expect(preview.surveyYear).toBe(2026);

    // And the register after it.
    const units = await reg.api.ok('units.list', { limit: 100 });
    const byNo = Object.fromEntries(units.rows.map((u) => [u.unitNo, u]));
    expect(byNo['B-001']).toMatchObject({
      rentMonthly: 9_900,
      condition: 2,
      maintenanceBacklog: 40_000,
      householdRef: 'H-1001',
    });
    expect(byNo['B-002']).toMatchObject({
      householdRef: 'H-2001',
      contractEnd: '2029-08-31',
      note: 'Ny leietaker',
      status: 'utleid',
    });
    expect(byNo['B-003']).toMatchObject({ status: 'ledig', householdRef: null });
    expect(byNo['B-007']).toMatchObject({ status: 'ledig', condition: 1, maintenanceBacklog: 0 });
    expect(byNo['B-008']).toMatchObject({ contractEnd: '2029-12-31' });
    expect(byNo['B-011']).toMatchObject({ areaName: 'Havnebyen' });
    expect(byNo['B-013']).toMatchObject({
      areaM2: 55.5,
      wheelchairAccessible: true,
      condition: 0,
      rentMonthly: 10_500,
      status: 'ledig',
      areaName: 'Nordbyen',
    });
    expect(byNo['B-014']).toMatchObject({
      householdRef: 'H-2002',
      status: 'utleid',
      bedrooms: 3,
      buildingType: 'rekkehus',
    });
    expect(byNo['B-009']).toMatchObject({ status: 'til_salgs' }); // missing: flagged, not deleted
    const h1002 = await reg.api.ok('households.list', { search: 'H-1002' });
    expect(h1002.rows[0]).toMatchObject({ unitNo: null });
    const moved = reg
      .db()
      .prepare(
        "SELECT t.moved_out FROM tenancy t JOIN household h ON h.id = t.household_id WHERE h.ref = 'H-1003'",
      )
      .get() as { moved_out: string };
    expect(moved.moved_out).toBe('2026-10-16');
    const changes = await reg.api.ok('changes.list', { search: 'kartlegging' });
    expect(changes.rows.every((c) => c.action === 'import')).toBe(true);
    expect(changes.total).toBeGreaterThan(10);
  });

  it('the template has one header row with the canonical headers, notes and drop-down lists', async () => {
    const reg = base();
    reg.shell.saveQueue.push(join(reg.dir, 'mal.xlsx'));
    const saved = await reg.api.ok('import.saveTemplate', {});
    expect(saved).toMatchObject({ fileName: 'mal.xlsx', rows: 0 });
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(saved!.path) as never);
    const ws = wb.getWorksheet('Kartlegging')!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(SURVEY_FIELDS.map((f) => SURVEY_HEADER[f]));
    expect(headers).toEqual([
      'Bolignr',
      'Adresse',
      'Område',
      'Boligtype',
      'Eierform',
      'Antall soverom',
      'BRA m2',
      'Antall rom',
      'P-ROM m2',
      'Etasje',
      'Rullestoltilgjengelig',
      'Tilstandsgrad',
      'Vedlikeholdsbehov kr',
      'Månedsleie kr',
      'Status',
      'Husstand ref',
      'Antall voksne',
      'Antall barn',
      'Kontrakt start',
      'Kontrakt slutt',
      'Kartlagt dato',
      'Merknad',
    ]);
    expect(String(ws.getCell('A1').note)).toContain('Kommunens eget nummer');
    const validations = Object.values(
      (ws as unknown as { dataValidations: { model: Record<string, { formulae?: unknown[] }> } })
        .dataValidations.model,
    ).map((v) => String(v.formulae?.[0]));
    expect(validations).toEqual(
      expect.arrayContaining([
        '"Eid,Framleie,Tildelingsrett"',
        '"Utleid,Ledig,Under rehabilitering,Ute av drift,Til salgs"',
        '"TG0,TG1,TG2,TG3,Ikke vurdert"',
        '"Ja,Nei"',
      ]),
    );
    // An empty template previews as "no rows", not as a crash.
    reg.shell.openQueue.push(saved!.path);
    const picked = await reg.api.ok('import.chooseFile', {});
    const preview = await reg.api.ok('import.preview', { token: picked!.token });
    expect(preview.canApply).toBe(false);
    expect(preview.errors[0]!.message).toContain('ingen utfylte rader');
  });
});
