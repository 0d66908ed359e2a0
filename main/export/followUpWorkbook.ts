// The contract follow-up list as an Excel workbook for the case workers (issue 13.1). Households
// appear by their pseudonymous reference only; no composition, income or other personal data.
import ExcelJS from 'exceljs';
import type { EndingRow } from '../contract/followUp';
import { ENDING_KIND_LABEL, FOLLOW_UP_STATUS_LABEL } from '../domain/casework';
import { conditionLabel, TENURE_LABEL } from '../domain/labels';

function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Column headers in the order of the sheet (also what the tests read back). */
export const FOLLOW_UP_HEADERS = [
  'Type',
  'Bolignr',
  'Adresse',
  'Område',
  'Eierform',
  'Tilstandsgrad',
  'Husstand (ref.)',
  'Slutter',
  'Dager igjen',
  'Oppfølging',
  'Dato',
  'Merknad',
] as const;

export async function buildFollowUpWorkbook(
  rows: EndingRow[],
  info: { municipality: string; today: string; until: string },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Boligplan';
  wb.created = isoToDate(info.today);
  wb.title = `Kontraktoppfølging – ${info.municipality}`;
  const ws = wb.addWorksheet('Kontraktoppfølging', { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = [16, 10, 28, 14, 14, 12, 14, 12, 11, 14, 12, 40];
  ws.columns = FOLLOW_UP_HEADERS.map((header, i) => ({ header, width: widths[i] }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    ws.addRow([
      ENDING_KIND_LABEL[r.kind],
      r.unitNo,
      r.address,
      r.areaName,
      TENURE_LABEL[r.tenure],
      conditionLabel(r.condition),
      r.householdRef,
      isoToDate(r.end),
      r.daysLeft,
      r.status ? FOLLOW_UP_STATUS_LABEL[r.status] : 'Ikke satt',
      r.statusDate ? isoToDate(r.statusDate) : null,
      r.note || null,
    ]);
  }
  ws.getColumn(8).numFmt = 'dd.mm.yyyy';
  ws.getColumn(11).numFmt = 'dd.mm.yyyy';
  ws.getColumn(2).numFmt = '@';
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: FOLLOW_UP_HEADERS.length } };
  const about = wb.addWorksheet('Om filen');
  about.getColumn(1).width = 100;
  about.addRow([
    `Leiekontrakter og framleieavtaler i ${info.municipality} som slutter innen ${info.until.split('-').reverse().join('.')}, og de som allerede har gått ut. Eksportert ${info.today.split('-').reverse().join('.')} fra Boligplan.`,
  ]);
  about.addRow([
    'Husstander er oppgitt med pseudonym referanse. Negative «Dager igjen» betyr at kontrakten har gått ut.',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
