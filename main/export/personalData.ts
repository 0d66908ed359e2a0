// The last check before any export is written: every text cell of the workbook is read once
// more for national id numbers (whatever path the text took into the register), and the
// export is refused with the sheet and cell named. Nothing is written then.
import type ExcelJS from 'exceljs';
import { containsNationalId } from '../domain/privacy';
import { AppError } from '../register/errors';

/** The text a cell shows: a string, rich text, a hyperlink's text or a formula's text result. */
function cellText(value: ExcelJS.CellValue): string | null {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object' || value instanceof Date) return null;
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value && typeof value.result === 'string') return value.result;
  return null;
}

/** Throws (Norwegian, naming sheet and cell) when a text cell holds a national id number. */
export function assertNoPersonalData(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const text = cellText(cell.value);
        if (text !== null && containsNationalId(text)) {
          throw new AppError(
            'validation',
            `Eksporten er stoppet: arket «${ws.name}», celle ${cell.address} ser ut til å ` +
              'inneholde et fødselsnummer. Rett teksten i registeret (merknad, adresse, navn) ' +
              'og eksporter på nytt. Ingen fil er skrevet.',
          );
        }
      });
    });
  }
}
