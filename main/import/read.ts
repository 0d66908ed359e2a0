// Reading a survey file: sniff what the bytes really are (xlsx, CSV, an encrypted or old Excel
// file, something else) and turn them into sheets of cells. Broken files get a clear Norwegian
// message; nothing here touches the register.
import ExcelJS from 'exceljs';
import { AppError } from '../register/errors';
import { checkXlsxBounds, checkFileSize, SURVEY_LIMITS } from './bounded';
import { checkControlCharacters, csvToCells, decodeText, detectDelimiter, parseCsv } from './csv';
import type { Cell, ReadResult, Sheet } from './types';
import { readXlsxFallback } from './xlsxFallback';

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function contains(bytes: Uint8Array, text: string, utf16 = false): boolean {
  const needle = Buffer.from(text, utf16 ? 'utf16le' : 'latin1');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

const refuse = (message: string) => new AppError('validation', message);

/** Reads a survey file's bytes. Throws an AppError with a Norwegian message when it cannot. */
export async function readSurveyBytes(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const name = `«${fileName}»`;
  if (bytes.length === 0)
    throw refuse(`Filen ${name} er tom (0 byte). Velg en utfylt kartlegging.`);
  checkFileSize(bytes, SURVEY_LIMITS, name);

  if (startsWith(bytes, OLE)) {
    if (contains(bytes, 'EncryptionInfo', true) || contains(bytes, 'EncryptedPackage', true)) {
      throw refuse(
        `Filen ${name} er passordbeskyttet, og Boligplan kan ikke lese den. Åpne den i Excel, ` +
          'fjern passordet (Fil → Info → Beskytt arbeidsbok → Krypter med passord) og lagre på nytt.',
      );
    }
    throw refuse(
      `Filen ${name} er i det gamle Excel-formatet (.xls). Åpne den i Excel eller LibreOffice og ` +
        'lagre den som Excel-arbeidsbok (.xlsx) eller CSV.',
    );
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw refuse(`Filen ${name} er en PDF. Bruk regnearket (.xlsx eller .csv) i stedet.`);
  }
  if (startsWith(bytes, ZIP)) {
    if (contains(bytes.subarray(0, 200), 'application/vnd.oasis.opendocument')) {
      throw refuse(
        `Filen ${name} er et OpenDocument-regneark (.ods). Lagre den som Excel-arbeidsbok (.xlsx) ` +
          'eller CSV og prøv igjen.',
      );
    }
    const sheets = await readXlsx(bytes, name);
    return { format: 'xlsx', sheets, encoding: null, delimiter: null, notes: [] };
  }

  const decoded = decodeText(bytes, `Filen ${name}`);
  if (decoded === null) {
    throw refuse(
      `Filen ${name} er verken en Excel-fil (.xlsx) eller en CSV-fil – innholdet ser ut som ` +
        'binære data. Kanskje filen er skadet, eller det er feil fil?',
    );
  }
  const notes: string[] = [];
  if (/\.xls[xm]?$/i.test(fileName)) {
    notes.push(
      `Filen ${name} heter .xlsx, men er egentlig en tekstfil (CSV). Den er lest som CSV.`,
    );
  }
  if (decoded.text.trim() === '') {
    throw refuse(`Filen ${name} er tom – den har ingen rader.`);
  }
  checkControlCharacters(decoded.text, `Filen ${name}`);
  const delimiter = detectDelimiter(decoded.text);
  const rows = csvToCells(parseCsv(decoded.text, delimiter, SURVEY_LIMITS, `Filen ${name}`));
  return {
    format: 'csv',
    sheets: [{ name: null, rows }],
    encoding: decoded.encoding,
    delimiter,
    notes,
  };
}

async function readXlsx(bytes: Uint8Array, name: string): Promise<Sheet[]> {
  // Sizes, rows, columns, cells and XML checked while unpacking, before ExcelJS builds anything.
  checkXlsxBounds(bytes, SURVEY_LIMITS, name);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never,
      {
        ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst', 'drawing', 'picture'],
      },
    );
  } catch (e) {
    // A valid workbook ExcelJS cannot read (e.g. openpyxl's comments): the second reader.
    let sheets: Sheet[];
    try {
      sheets = await readXlsxFallback(bytes);
    } catch (second) {
      const details = `${(e as Error).message ?? ''} ${(second as Error).message ?? ''}`;
      if (/central directory|corrupt|end of data|invalid|zip/i.test(details)) {
        throw refuse(
          `Filen ${name} er skadet eller ufullstendig og kan ikke åpnes som Excel-fil. ` +
            'Lagre den på nytt fra Excel (eller hent en ny kopi) og prøv igjen.',
        );
      }
      throw refuse(
        `Filen ${name} kunne ikke leses som Excel-arbeidsbok (.xlsx). Åpne den i Excel eller ` +
          'LibreOffice, lagre den som Excel-arbeidsbok (.xlsx) og prøv igjen.',
      );
    }
    if (sheets.length === 0) {
      throw refuse(`Filen ${name} er tom – regnearket har ingen utfylte celler.`);
    }
    return sheets;
  }
  if (workbook.worksheets.length === 0) {
    throw refuse(`Filen ${name} er en zip-fil, men ikke et Excel-regneark (fant ingen ark).`);
  }
  const visible = workbook.worksheets.filter((ws) => ws.state === 'visible' || !ws.state);
  const sheets = (visible.length > 0 ? visible : workbook.worksheets)
    .map((ws) => sheetCells(ws, name))
    .filter((s) => s.rows.some((r) => r.some((c) => c !== null)));
  if (sheets.length === 0) {
    throw refuse(`Filen ${name} er tom – regnearket har ingen utfylte celler.`);
  }
  return sheets;
}

// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function sheetCells(ws: ExcelJS.Worksheet, name: string): Sheet {
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const value = toCell(cell.value);
      if (typeof value === 'string' && CONTROL.test(value)) {
        throw refuse(
          `Filen ${name}, arket «${ws.name}», celle ${cell.address}: har et kontrolltegn som ikke ` +
            'hører hjemme i en tekst. Rett cellen og lagre på nytt.',
        );
      }
      cells[col - 1] = value;
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= null;
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { name: ws.name, rows };
}

/** An ExcelJS value as a cell: formulas give their cached result, rich text its plain text. */
export function toCell(v: ExcelJS.CellValue | undefined): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('error' in v) return { fault: 'error', text: String(v.error) };
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: unknown }).result;
    const formula = (v as { formula?: string; sharedFormula?: string }).formula ?? '';
    if (result === undefined || result === null) {
      return { fault: 'formula', text: `=${formula}` };
    }
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) {
      return { fault: 'error', text: String((result as { error: unknown }).error) };
    }
    return toCell(result as ExcelJS.CellValue);
  }
  if ('richText' in v) return toCell(v.richText.map((t) => t.text).join(''));
  if ('hyperlink' in v) {
    const text = (v as { text?: unknown }).text;
    return typeof text === 'string' ? toCell(text) : toCell(text as ExcelJS.CellValue);
  }
  return null;
}
