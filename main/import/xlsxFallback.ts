// The second .xlsx reader. ExcelJS (the first) refuses some valid workbooks written by other
// programs — openpyxl's legacy comments are the known case ("Cannot read properties of
// undefined (reading 'comments')"). read-excel-file (MIT, maintained) reads only cell values,
// which is all the import needs, so a file ExcelJS cannot open is read by it instead.
import readXlsxFile from 'read-excel-file/node';
import type { Cell, Sheet } from './types';

function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  return null;
}

/** All sheets with any content, rows numbered as in the spreadsheet (rows[0] is row 1). */
export async function readXlsxFallback(bytes: Uint8Array): Promise<Sheet[]> {
  const sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return sheets
    .map((s) => ({
      name: s.sheet,
      rows: s.data.map((row) => {
        const cells = row.map(toCell);
        // Like the ExcelJS path: no trailing empty cells.
        while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
        return cells;
      }),
    }))
    .filter((s) => s.rows.some((r) => r.length > 0));
}
