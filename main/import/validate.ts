// From sheets to survey rows: find the header row, place the columns (canonical names,
// synonyms, the planner's remembered or chosen mapping), and parse every value. Pure.
import {
  SURVEY_HEADER,
  type ImportColumn,
  type ImportProblem,
  type MappingTarget,
  type SurveyField,
} from '../contract/import';
import { SPEC, isPersonalHeader, matchHeader, normalizeHeader } from './fields';
import { containsNationalId, NATIONAL_ID_MESSAGE } from '../domain/privacy';
import type { Cell, ParsedSurvey, ReadResult, Sheet, SurveyRow, SurveyValues } from './types';
import {
  isBlank,
  isTick,
  maskPersonal,
  parseArea,
  parseBool,
  parseBuildingType,
  parseCondition,
  parseDate,
  parseFloor,
  parseHouseholdRef,
  parseInteger,
  parseKroner,
  parseStatus,
  parseTenure,
  parseText,
  parseUnitNo,
  showCell,
  type Parsed,
} from './values';

/** Header rows are looked for among the first rows (titles and blank rows may come first). */
const HEADER_SEARCH_ROWS = 30;

export interface MappingInput {
  /** The planner's choice in this import: normalised header → target. */
  chosen: Record<string, MappingTarget>;
  /** Remembered from earlier imports: normalised header → target. */
  remembered: Record<string, MappingTarget>;
}

/** Normalises the keys of a mapping given by headers as written. */
export function normalizeMapping(
  mapping: Record<string, MappingTarget> | undefined,
): Record<string, MappingTarget> {
  const out: Record<string, MappingTarget> = {};
  for (const [header, target] of Object.entries(mapping ?? {})) {
    const key = normalizeHeader(header);
    if (key) out[key] = target;
  }
  return out;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export const problem = (
  severity: ImportProblem['severity'],
  row: number | null,
  column: string | null,
  value: string | null,
  detail: string,
): ImportProblem => ({
  severity,
  row,
  column,
  value,
  message: `${row !== null ? `Rad ${row}` : 'Filen'}${column ? `, ${column}` : ''}: ${detail}`,
});

/** An error about the file as a whole (no row, no column). */
const fileError = (detail: string) => problem('error', null, null, null, detail);

function headerText(cell: Cell): string {
  return typeof cell === 'string' ? cell.replace(/\s+/g, ' ').trim() : showCell(cell);
}

/** How well a row works as the header: the number of cells that name a known column. */
function headerScore(row: Cell[], mapping: MappingInput): { score: number; hasUnitNo: boolean } {
  let score = 0;
  let hasUnitNo = false;
  for (const cell of row) {
    if (typeof cell !== 'string') continue;
    const key = normalizeHeader(cell);
    const target = mapping.chosen[key] ?? mapping.remembered[key] ?? matchHeader(cell)?.field;
    if (target && target !== 'ignore') {
      score++;
      if (target === 'unitNo') hasUnitNo = true;
    }
  }
  return { score, hasUnitNo };
}

function findHeader(sheet: Sheet, mapping: MappingInput): { row: number; score: number } {
  let best = { row: -1, score: 0 };
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const { score, hasUnitNo } = headerScore(sheet.rows[i] ?? [], mapping);
    const ok = score >= 2 || (score >= 1 && hasUnitNo);
    if (ok && score > best.score) best = { row: i, score };
  }
  return best;
}

const PRIORITY: Record<ImportColumn['source'], number> = {
  chosen: 0,
  remembered: 1,
  exact: 2,
  synonym: 3,
  ignored: 9,
  duplicate: 9,
  personal: 9,
  unknown: 9,
};

/** Places each column of the header row. */
export function placeColumns(
  header: Cell[],
  dataRows: Cell[][],
  mapping: MappingInput,
): { columns: ImportColumn[]; duplicateOf: Map<number, string> } {
  const width = dataRows.reduce((w, r) => Math.max(w, r.length), header.length);
  const columns: ImportColumn[] = [];
  for (let index = 0; index < width; index++) {
    const cell = header[index] ?? null;
    const letter = columnLetter(index);
    if (isBlank(cell)) {
      // A column without a header only matters if it has data.
      if (!dataRows.some((r) => !isBlank(r[index] ?? null))) continue;
    }
    const text = isBlank(cell) ? `Kolonne ${letter}` : headerText(cell);
    const key = normalizeHeader(text);
    const personal = isPersonalHeader(text) && !matchHeader(text);
    let field: SurveyField | null = null;
    let source: ImportColumn['source'] = 'unknown';
    const chosen = mapping.chosen[key];
    const remembered = mapping.remembered[key];
    const pick = chosen ?? remembered;
    if (pick !== undefined && (!personal || pick === 'householdRef' || pick === 'ignore')) {
      field = pick === 'ignore' ? null : pick;
      source = pick === 'ignore' ? 'ignored' : chosen !== undefined ? 'chosen' : 'remembered';
    } else if (personal) {
      source = 'personal';
    } else {
      const hit = matchHeader(text);
      if (hit) {
        field = hit.field;
        source = hit.exact ? 'exact' : 'synonym';
      }
    }
    columns.push({ index, letter, header: text, field, source });
  }
  // One column per field: the strongest claim wins, the others are reported as duplicates.
  const byPriority = [...columns].sort(
    (a, b) => PRIORITY[a.source] - PRIORITY[b.source] || a.index - b.index,
  );
  const taken = new Map<SurveyField, ImportColumn>();
  const duplicateOf = new Map<number, string>();
  for (const c of byPriority) {
    if (c.field === null) continue;
    const winner = taken.get(c.field);
    if (winner) {
      duplicateOf.set(c.index, winner.header);
      c.field = null;
      c.source = 'duplicate';
    } else taken.set(c.field, c);
  }
  return { columns, duplicateOf };
}

const SUM_ROW = /^(sum|totalt?|i alt|summer)\b/i;

/** Reads the sheet(s): header, columns and every data row's values. */
export function parseSurvey(read: ReadResult, mapping: MappingInput): ParsedSurvey {
  const fileProblems: ImportProblem[] = [];
  const notes = [...read.notes];

  // The sheet with the best header row; an .xlsx may also hold instructions or lists.
  let sheet = read.sheets[0]!;
  let header = { row: -1, score: 0 };
  for (const s of read.sheets) {
    const h = findHeader(s, mapping);
    if (h.score > header.score) {
      sheet = s;
      header = h;
    }
  }
  if (header.row < 0) {
    // No known header: take the first non-empty row so the planner can map the columns.
    const first = sheet.rows.findIndex((r) => r.some((c) => !isBlank(c)));
    header = { row: Math.max(first, 0), score: 0 };
    fileProblems.push(
      fileError(
        `fant ingen overskriftsrad med kjente kolonnenavn (som ${SURVEY_HEADER.unitNo}, ` +
          `${SURVEY_HEADER.address}, ${SURVEY_HEADER.bedrooms}) blant de ${HEADER_SEARCH_ROWS} første radene. ` +
          'Velg hva kolonnene i rad ' +
          `${header.row + 1} inneholder, eller bruk malen («Last ned mal»).`,
      ),
    );
  }
  const headerCells = sheet.rows[header.row] ?? [];
  const headerWidth = lastFilled(headerCells) + 1;
  const dataRows = sheet.rows.slice(header.row + 1);
  const { columns, duplicateOf } = placeColumns(headerCells, dataRows, mapping);
  if (read.sheets.length > 1 && sheet.name && sheet !== read.sheets[0]) {
    notes.push(`Leser arket «${sheet.name}» (filen har ${read.sheets.length} ark med innhold).`);
  }

  const byField = new Map<SurveyField, ImportColumn>();
  for (const c of columns) if (c.field) byField.set(c.field, c);
  if (!byField.has('unitNo') && header.score > 0) {
    fileProblems.push(
      fileError(
        `fant ikke kolonnen ${SURVEY_HEADER.unitNo}. Velg hvilken kolonne som inneholder bolignummeret.`,
      ),
    );
  }
  for (const c of columns) {
    if (c.source === 'unknown') {
      notes.push(`Kolonnen «${c.header}» (${c.letter}) er ukjent og blir ikke brukt.`);
    } else if (c.source === 'personal') {
      notes.push(
        `Kolonnen «${c.header}» (${c.letter}) ser ut til å ha personopplysninger og blir ikke importert.`,
      );
    } else if (c.source === 'duplicate') {
      notes.push(
        `Kolonnen «${c.header}» (${c.letter}) er ikke brukt fordi «${duplicateOf.get(c.index) ?? ''}» allerede gir det samme feltet.`,
      );
    }
  }

  // A yes/no column filled with ticks («x») means blank is «Nei».
  const tickColumns = new Set<number>();
  const wc = byField.get('wheelchairAccessible');
  if (wc && dataRows.some((r) => isTick(r[wc.index] ?? null))) tickColumns.add(wc.index);

  const rows: SurveyRow[] = [];
  const unitNoColumn = byField.get('unitNo');
  dataRows.forEach((cells, i) => {
    const rowNumber = header.row + 2 + i;
    const used = columns.filter((c) => c.field !== null);
    if (used.every((c) => isBlank(cells[c.index] ?? null))) return;
    // A «Sum» / «Totalt» row under the homes is not a home.
    const first = cells.find((c) => !isBlank(c));
    if (typeof first === 'string' && SUM_ROW.test(first.trim())) {
      const unitNoCell = unitNoColumn ? (cells[unitNoColumn.index] ?? null) : null;
      if (isBlank(unitNoCell) || unitNoCell === first) {
        notes.push(`Rad ${rowNumber} ser ut som en sumrad og er hoppet over.`);
        return;
      }
    }
    const parsedRow = parseRow(rowNumber, cells, byField, tickColumns, unitNoColumn !== undefined);
    // A CSV row with more fields than the header: a stray delimiter or quote shifted the values.
    const extra = read.format === 'csv' ? extraFields(cells, headerWidth) : 0;
    if (extra > 0) {
      parsedRow.problems.push(
        problem(
          'error',
          rowNumber,
          null,
          null,
          `har ${headerWidth + extra} felt, men overskriftsraden har ${headerWidth}. ` +
            'Et skilletegn eller anførselstegn for mye har trolig forskjøvet verdiene.',
        ),
      );
    }
    rows.push(parsedRow);
  });
  if (rows.length === 0 && fileProblems.length === 0) {
    fileProblems.push(
      fileError(`har ingen utfylte rader under overskriftsraden (rad ${header.row + 1}).`),
    );
  }
  return {
    format: read.format,
    sheetName: sheet.name,
    encoding: read.encoding,
    delimiter: read.delimiter,
    headerRow: header.row + 1,
    columns,
    rows,
    fileProblems,
    notes,
  };
}

function lastFilled(cells: Cell[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (!isBlank(cells[i] ?? null)) return i;
  return -1;
}

/** How many filled fields a row has beyond the header's last column. */
function extraFields(cells: Cell[], headerWidth: number): number {
  return Math.max(0, lastFilled(cells) + 1 - headerWidth);
}

function parseRow(
  row: number,
  cells: Cell[],
  byField: Map<SurveyField, ImportColumn>,
  tickColumns: Set<number>,
  hasUnitNoColumn: boolean,
): SurveyRow {
  const values: SurveyValues = {};
  const columnOf: SurveyRow['columnOf'] = {};
  const shown: SurveyRow['shown'] = {};
  const problems: ImportProblem[] = [];

  for (const [field, column] of byField) {
    const cell = cells[column.index] ?? null;
    const spec = SPEC[field];
    // Personal data is refused in every column that would be stored, not only the household's.
    if (spec.kind !== 'householdRef' && !isBlank(cell) && containsNationalId(showCell(cell))) {
      problems.push(
        problem('error', row, column.header, maskPersonal(showCell(cell)), NATIONAL_ID_MESSAGE),
      );
      continue;
    }
    let parsed: Parsed<unknown>;
    switch (spec.kind) {
      case 'unitNo':
        parsed = parseUnitNo(cell);
        break;
      case 'text':
        parsed = parseText(cell, field === 'note' ? 2000 : field === 'address' ? 200 : 80);
        break;
      case 'buildingType':
        parsed = parseBuildingType(cell);
        break;
      case 'tenure':
        parsed = parseTenure(cell);
        break;
      case 'int':
        parsed =
          field === 'floor' ? parseFloor(cell) : parseInteger(cell, spec.min ?? 0, spec.max ?? 1e9);
        break;
      case 'decimal':
        parsed = parseArea(cell);
        break;
      case 'kroner':
        parsed = parseKroner(cell);
        break;
      case 'bool':
        parsed =
          isBlank(cell) && tickColumns.has(column.index)
            ? { kind: 'ok', value: false }
            : parseBool(cell);
        break;
      case 'condition':
        parsed = parseCondition(cell);
        break;
      case 'status':
        parsed = parseStatus(cell);
        break;
      case 'householdRef':
        parsed = parseHouseholdRef(cell);
        break;
      case 'date':
        parsed = parseDate(cell);
        break;
    }
    if (parsed.kind === 'blank') continue;
    const text = maskPersonal(showCell(cell));
    if (parsed.kind === 'bad') {
      problems.push(problem('error', row, column.header, text, parsed.detail));
      continue;
    }
    (values as Record<string, unknown>)[field] = parsed.value;
    columnOf[field] = column.header;
    shown[field] = text;
    if (parsed.warning) problems.push(problem('warning', row, column.header, text, parsed.warning));
  }
  const unitNoHeader = byField.get('unitNo')?.header;
  if (
    hasUnitNoColumn &&
    values.unitNo === undefined &&
    !problems.some((p) => p.column === unitNoHeader)
  ) {
    problems.push(
      problem(
        'error',
        row,
        unitNoHeader ?? SURVEY_HEADER.unitNo,
        '',
        'mangler – raden har verdier, men ikke bolignummer',
      ),
    );
  }
  return { row, values, columnOf, shown, problems };
}
