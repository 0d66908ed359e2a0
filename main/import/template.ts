// The survey workbook: «Last ned mal» (empty) and the register export (filled in). One header
// row with the canonical headers, input help as notes on the headers and as prompts on the
// cells, drop-down lists and number/date checks, and a sheet of instructions.
import { assertNoPersonalData } from '../export/personalData';
import ExcelJS from 'exceljs';
import { SURVEY_FIELDS, type SurveyField } from '../contract/import';
import { FIELD_SPECS, SPEC } from './fields';
import { columnLetter } from './validate';

/** One home in the survey's columns: text, numbers, ISO dates for date columns, null = blank. */
export type SurveySheetRow = Partial<Record<SurveyField, string | number | null>>;

const DATE_FIELDS = new Set<SurveyField>(['contractStart', 'contractEnd', 'surveyedOn']);
const KRONER_FIELDS = new Set<SurveyField>(['maintenanceBacklog', 'rentMonthly']);

/** Rows below the header that carry drop-downs and checks (beyond the filled-in rows). */
const SPARE_ROWS = 1000;

type SheetWithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function validationFor(field: SurveyField): ExcelJS.DataValidation | null {
  const spec = SPEC[field];
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: spec.header.slice(0, 32),
    showInputMessage: true,
    promptTitle: spec.header.slice(0, 32),
    prompt: spec.help.slice(0, 250),
  };
  if (spec.list) {
    return {
      ...common,
      type: 'list',
      formulae: [`"${spec.list.join(',')}"`],
      error: `Velg fra listen: ${spec.list.join(', ')}.`,
    };
  }
  switch (spec.kind) {
    case 'int':
      return {
        ...common,
        type: 'whole',
        operator: 'between',
        formulae: [spec.min ?? 0, spec.max ?? 1000],
        error: `Skriv et helt tall fra ${spec.min ?? 0} til ${spec.max ?? 1000}.`,
      };
    case 'decimal':
      return {
        ...common,
        type: 'decimal',
        operator: 'between',
        formulae: [0, 2000],
        error: 'Skriv bruksarealet i m², f.eks. 62,5.',
      };
    case 'kroner':
      return {
        ...common,
        type: 'whole',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        error: 'Skriv et helt kronebeløp (0 eller mer), uten «kr».',
      };
    case 'date':
      return {
        ...common,
        type: 'date',
        operator: 'between',
        formulae: [new Date(Date.UTC(1950, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
        error: 'Skriv en dato som dd.mm.åååå.',
      };
    default:
      return null;
  }
}

export async function buildSurveyWorkbook(
  rows: SurveySheetRow[],
  info: { municipality: string; today: string },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Boligplan';
  wb.created = isoToDate(info.today);
  const ws = wb.addWorksheet('Kartlegging', {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
  }) as SheetWithValidations;
  ws.columns = FIELD_SPECS.map((s) => ({ header: s.header, key: s.field, width: s.width }));

  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 30;
  FIELD_SPECS.forEach((s, i) => {
    const cell = header.getCell(i + 1);
    cell.note = s.help;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
  });

  for (const r of rows) {
    const values = SURVEY_FIELDS.map((f) => {
      const v = r[f];
      if (v === null || v === undefined || v === '') return null;
      return DATE_FIELDS.has(f) && typeof v === 'string' ? isoToDate(v) : v;
    });
    ws.addRow(values);
  }

  const last = rows.length + 1 + SPARE_ROWS;
  SURVEY_FIELDS.forEach((f, i) => {
    const col = ws.getColumn(i + 1);
    if (DATE_FIELDS.has(f)) col.numFmt = 'dd.mm.yyyy';
    else if (KRONER_FIELDS.has(f)) col.numFmt = '#,##0';
    else if (f === 'areaM2') col.numFmt = '0.0';
    else if (SPEC[f].kind === 'unitNo' || SPEC[f].kind === 'householdRef') col.numFmt = '@';
    const validation = validationFor(f);
    if (validation) {
      const letter = columnLetter(i);
      ws.dataValidations.add(`${letter}2:${letter}${last}`, validation);
    }
  });
  header.eachCell((cell) => {
    cell.numFmt = 'General';
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SURVEY_FIELDS.length } };

  const help = wb.addWorksheet('Veiledning');
  help.columns = [
    { header: 'Kolonne', width: 24 },
    { header: 'Slik fyller du ut', width: 90 },
    { header: 'Gyldige verdier', width: 60 },
  ];
  help.getRow(1).font = { bold: true };
  help.addRow([]);
  help.addRow([`Årlig boligkartlegging – ${info.municipality}`]).font = { bold: true, size: 13 };
  help.addRow([
    'Én rad per bolig. Ikke endre overskriftene i arket «Kartlegging». Tomme celler betyr ' +
      '«ingen endring» for boliger som finnes i registeret. Skriv aldri navn, fødselsnummer ' +
      'eller helseopplysninger – husstander har bare en pseudonym kode.',
  ]);
  help.addRow([]);
  for (const s of FIELD_SPECS) {
    help.addRow([s.header, s.help, s.list ? s.list.join(', ') : '']).alignment = {
      wrapText: true,
      vertical: 'top',
    };
  }
  assertNoPersonalData(wb);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
