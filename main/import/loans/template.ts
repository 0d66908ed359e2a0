// «Last ned mal for låneliste»: one header row with the template's columns, a drop-down for
// Lånetype, and a sheet of instructions (which the import never mistakes for the list).
import ExcelJS from 'exceljs';
import {
  LOAN_LIST_COLUMNS,
  LOAN_LIST_HEADER,
  LOAN_LIST_REQUIRED,
  type LoanListColumn,
} from '../../contract/loanImport';
import { columnLetter } from '../validate';

const HELP: Record<LoanListColumn, string> = {
  lender: 'Husbanken, KBN eller navnet på en annen långiver.',
  loanNo: 'Långiverens lånenummer. Et lånenummer som finnes i registeret, oppdateres.',
  balance: 'Restgjeld i hele kroner, f.eks. 1 250 000.',
  balanceDate: 'Datoen saldoen gjelder per (dd.mm.åååå).',
  interestRate: 'Renten i prosent, f.eks. 4,5. Høyst 25 %.',
  fixedUntil: 'Siste dag med fast rente (dd.mm.åååå). Tom eller «Flytende» for flytende rente.',
  repayment: 'Annuitet eller Serie.',
  remainingYears: 'Hele år igjen etter saldodatoen (1–50).',
  unitNos: 'Boligene lånet gjelder, med kommunens bolignr, skilt med komma eller semikolon.',
  shares:
    'Valgfritt: hver boligs andel i prosent, i samme rekkefølge, skilt med semikolon (50; 50). Tom: like store andeler. Må bli 100 %.',
  note: 'Valgfritt. Ingen personopplysninger.',
};

const WIDTH: Partial<Record<LoanListColumn, number>> = {
  loanNo: 18,
  balance: 16,
  unitNos: 28,
  remainingYears: 24,
  note: 40,
};

export async function loanListTemplateBytes(municipality: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Boligplan';
  const ws = wb.addWorksheet('Låneliste', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = LOAN_LIST_COLUMNS.map((c) => ({
    header: LOAN_LIST_HEADER[c],
    key: c,
    width: WIDTH[c] ?? 16,
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  LOAN_LIST_COLUMNS.forEach((c, i) => {
    header.getCell(i + 1).note = HELP[c];
  });
  const repaymentCol = columnLetter(LOAN_LIST_COLUMNS.indexOf('repayment'));
  (
    ws as ExcelJS.Worksheet & {
      dataValidations: { add(range: string, v: ExcelJS.DataValidation): void };
    }
  ).dataValidations.add(`${repaymentCol}2:${repaymentCol}1001`, {
    type: 'list',
    allowBlank: true,
    formulae: ['"Annuitet,Serie"'],
    showErrorMessage: true,
    errorTitle: 'Lånetype',
    error: 'Velg Annuitet eller Serie.',
  });

  const help = wb.addWorksheet('Veiledning');
  help.columns = [
    { header: 'Låneliste for Boligplan', key: 'a', width: 28 },
    { header: municipality, key: 'b', width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  help.addRow({ a: 'Én rad per lån', b: 'Fyll ut arket «Låneliste». Tomme rader hoppes over.' });
  for (const c of LOAN_LIST_COLUMNS) {
    help.addRow({
      a: `${LOAN_LIST_HEADER[c]}${LOAN_LIST_REQUIRED.includes(c) ? ' (må fylles ut)' : ''}`,
      b: HELP[c],
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
