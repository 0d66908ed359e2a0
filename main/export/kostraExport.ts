// KOSTRA skjema 13 as .xlsx and CSV, lines in the form's order (issue 13.4). Figures only: no
// households, no references. The control checks and the planner's comments follow the lines.
import ExcelJS from 'exceljs';
import type { KostraReport } from '../contract/kostra';
import { formatDate } from '../domain/format';

export const KOSTRA_HEADERS = ['Del', 'Linje', 'Nøkkel', 'Verdi', 'Fjorårets verdi'] as const;

const statusText = (r: KostraReport) =>
  r.status === 'ferdig' ? 'Ferdig' : r.status === 'utkast' ? 'Utkast' : 'Ikke lagret';

export async function kostraWorkbook(r: KostraReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Boligplan';
  wb.title = `KOSTRA skjema 13 ${r.year} – ${r.municipality}`;
  const ws = wb.addWorksheet('Skjema 13');
  ws.columns = [{ width: 42 }, { width: 46 }, { width: 30 }, { width: 12 }, { width: 14 }];
  ws.addRow([`KOSTRA skjema 13 «Boliger kommunen disponerer» ${r.year}`]).font = { bold: true };
  ws.addRow([
    `${r.municipality} · per ${formatDate(r.asOf)} · innbyggere: ${r.population ?? 'mangler'} · status: ${statusText(r)}`,
  ]);
  ws.addRow([]);
  ws.addRow([...KOSTRA_HEADERS]).font = { bold: true };
  for (const l of r.lines) {
    const row = ws.addRow([
      l.section,
      l.part ? `  ${l.label}` : l.label,
      l.key,
      l.value,
      l.lastYear,
    ]);
    const fmt = l.kind === 'share' ? '0.0 %' : l.kind === 'per1000' ? '0.0' : '#,##0';
    row.getCell(4).numFmt = fmt;
    row.getCell(5).numFmt = fmt;
  }
  const checks = wb.addWorksheet('Kontroller');
  checks.columns = [{ width: 10 }, { width: 30 }, { width: 90 }, { width: 60 }];
  checks.addRow(['Alvorlighet', 'Kontroll', 'Melding', 'Kommentar']).font = { bold: true };
  for (const c of r.checks)
    checks.addRow([c.severity, c.code, c.message, r.comments[c.code] ?? null]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csvCell = (v: string) => (/[;"\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
/** Decimal comma, no thousands separator: what Norwegian Excel reads from a CSV. */
const csvNumber = (v: number | null) =>
  v === null ? '' : Number.isInteger(v) ? String(v) : v.toFixed(4).replace('.', ',');

/** Semicolon-separated, UTF-8 with BOM, one line per form line in the form's order. */
export function kostraCsv(r: KostraReport): string {
  const lines = [KOSTRA_HEADERS.join(';')];
  for (const l of r.lines) {
    lines.push(
      [csvCell(l.section), csvCell(l.label), l.key, csvNumber(l.value), csvNumber(l.lastYear)].join(
        ';',
      ),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
