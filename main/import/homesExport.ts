// The register's homes for the property department (issue 5.6): the homes' own fields only, no
// personal data — no household ref, adults, children, contract dates or free-text note. The
// survey-format export (surveyRowsFromRegister, 'register.exportSurvey') keeps those columns for
// the planner's own round trip through the annual survey (issue 6).
import { assertNoPersonalData } from '../export/personalData';
import ExcelJS from 'exceljs';
import { SURVEY_FIELDS, SURVEY_HEADER, type SurveyField } from '../contract/import';
import type { Db } from '../register/db';
import { SPEC } from './fields';
import { surveyRowsFromRegister } from './service';
import type { SurveySheetRow } from './template';

/** Survey columns that describe a household or hold free text, never in the homes export. */
export const PERSONAL_FIELDS: readonly SurveyField[] = [
  'householdRef',
  'adults',
  'children',
  'contractStart',
  'contractEnd',
  'note',
];

/** The homes export's columns, in survey order. */
export const HOME_FIELDS: readonly SurveyField[] = SURVEY_FIELDS.filter(
  (f) => !PERSONAL_FIELDS.includes(f),
);

const KRONER_FIELDS = new Set<SurveyField>(['maintenanceBacklog', 'rentMonthly']);

function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export async function buildHomesWorkbook(
  rows: SurveySheetRow[],
  info: { municipality: string; today: string },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Boligplan';
  wb.created = isoToDate(info.today);
  wb.title = `Boliger – ${info.municipality}`;
  const ws = wb.addWorksheet('Boliger', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  ws.columns = HOME_FIELDS.map((f) => ({
    header: SURVEY_HEADER[f],
    key: f,
    width: SPEC[f].width,
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const r of rows) {
    ws.addRow(
      HOME_FIELDS.map((f) => {
        const v = r[f];
        if (v === null || v === undefined || v === '') return null;
        return f === 'surveyedOn' && typeof v === 'string' ? isoToDate(v) : v;
      }),
    );
  }
  HOME_FIELDS.forEach((f, i) => {
    const col = ws.getColumn(i + 1);
    if (f === 'surveyedOn') col.numFmt = 'dd.mm.yyyy';
    else if (KRONER_FIELDS.has(f)) col.numFmt = '#,##0';
    else if (f === 'areaM2') col.numFmt = '0.0';
    else if (f === 'unitNo') col.numFmt = '@';
  });
  header.eachCell((cell) => {
    cell.numFmt = 'General';
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: HOME_FIELDS.length } };
  const about = wb.addWorksheet('Om filen');
  about.getColumn(1).width = 100;
  about.addRow([`Boliger i ${info.municipality}, eksportert ${info.today} fra Boligplan.`]);
  about.addRow([
    'Filen inneholder bare opplysninger om boligene, ingen personopplysninger (ingen husstander, kontrakter eller merknader).',
  ]);
  assertNoPersonalData(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function homesExportBytes(
  db: Db,
  municipality: string,
  today: string,
): Promise<{ bytes: Buffer; rows: number }> {
  const rows = surveyRowsFromRegister(db, { forPropertyDepartment: true });
  return { bytes: await buildHomesWorkbook(rows, { municipality, today }), rows: rows.length };
}
