// The finance department's loan list → one planned change per loan (pure: no I/O, no register
// access beyond the view it is given). Every problem names its row and column in Norwegian;
// any error stops the whole import (see service.ts).
import type { FieldChange, ImportProblem } from '../../contract/import';
import { FIELD_LABEL } from '../../contract/fields';
import { loanFields, type LoanInput } from '../../contract/finance';
import {
  LOAN_LIST_COLUMNS,
  LOAN_LIST_HEADER,
  LOAN_LIST_REQUIRED,
  type LoanImportChange,
  type LoanListColumn,
} from '../../contract/loanImport';
import { equalShares } from '../../domain/finance/homeShare';
import { formatDate, formatKr, formatNumber } from '../../domain/format';
import { LENDER_LABEL, REPAYMENT_LABEL } from '../../domain/labels';
import { containsNationalId } from '../../domain/privacy';
import type { ExistingLoan, Lender, RepaymentType } from '../../domain/types';
import { isPersonalHeader, normalizeHeader } from '../fields';
import type { Cell, ReadResult, Sheet } from '../types';
import { columnLetter, problem } from '../validate';
import {
  isBlank,
  isFault,
  maskPersonal,
  parseDate,
  parseInteger,
  parseKroner,
  parseText,
  readNumber,
  showCell,
  unitNoKey,
  type Parsed,
} from '../values';

/** What the parser needs to know of the register. */
export interface LoanRegisterView {
  /** unitNoKey(Bolignr) → the home. */
  units: Map<string, { id: number; unitNo: string }>;
  /** Lower-cased loan number → the loan on record. */
  loans: Map<string, ExistingLoan>;
  /** Home id → Bolignr, to show a loan's shares. */
  unitNos: Map<number, string>;
}

export interface PlannedLoan extends LoanImportChange {
  input: LoanInput;
  /** The loan on record this row updates. */
  existingId: number | null;
}

export interface LoanListPlan {
  headerRow: number | null;
  rows: number;
  changes: PlannedLoan[];
  problems: ImportProblem[];
}

const HEADER_SEARCH_ROWS = 20;

/** Normalised header → column; the template's names and the usual alternatives. */
const SYNONYMS: Record<LoanListColumn, string[]> = {
  lender: ['langiver', 'bank', 'kreditor', 'utlaner'],
  loanNo: ['lanenummer', 'lanenr', 'lannr', 'lanenrnummer'],
  balance: ['saldo', 'saldokr', 'restgjeld', 'restgjeldkr', 'lanesaldo'],
  balanceDate: ['saldoperdato', 'saldodato', 'perdato', 'saldoper'],
  interestRate: ['rente', 'rentesats', 'renteprosent', 'rentepst'],
  fixedUntil: ['fastrentetil', 'fastrente', 'rentebindingtil', 'bundettil'],
  repayment: ['lanetype', 'avdragsform', 'avdragstype', 'type'],
  remainingYears: [
    'gjenvaerendelopetidar',
    'gjenvaerendelopetid',
    'restlopetid',
    'restlopetidar',
    'lopetidar',
    'lopetid',
    'gjenvaerendear',
  ],
  unitNos: ['bolignr', 'bolignummer', 'bolig', 'boliger', 'boligar'],
  shares: ['andel', 'andeler', 'andelprosent'],
  note: ['merknad', 'kommentar', 'notat'],
};

const LOOKUP = new Map<string, LoanListColumn>();
for (const col of LOAN_LIST_COLUMNS) {
  for (const key of [normalizeHeader(LOAN_LIST_HEADER[col]), ...SYNONYMS[col]]) {
    if (!LOOKUP.has(key)) LOOKUP.set(key, col);
  }
}

export function matchLoanHeader(header: string): LoanListColumn | null {
  const key = normalizeHeader(header);
  if (!key) return null;
  return LOOKUP.get(key) ?? LOOKUP.get(key.replace(/(kr|nok|dato|prosent)$/, '')) ?? null;
}

function findHeader(sheets: Sheet[]): { sheet: Sheet; row: number } | null {
  let best: { sheet: Sheet; row: number; score: number } | null = null;
  for (const sheet of sheets) {
    const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
    for (let i = 0; i < limit; i++) {
      const cols = new Set(
        (sheet.rows[i] ?? [])
          .map((c) => (typeof c === 'string' ? matchLoanHeader(c) : null))
          .filter((c): c is LoanListColumn => c !== null),
      );
      if (cols.size >= 3 && cols.has('loanNo') && (!best || cols.size > best.score)) {
        best = { sheet, row: i, score: cols.size };
      }
    }
  }
  return best;
}

const ok = <T>(value: T): Parsed<T> => ({ kind: 'ok', value });
const bad = <T>(detail: string): Parsed<T> => ({ kind: 'bad', detail });

function parseLender(cell: Cell): Parsed<Lender> {
  const t = parseText(cell, 80);
  if (t.kind !== 'ok') return t;
  const key = normalizeHeader(t.value);
  if (key === 'husbanken') return ok('husbanken');
  if (key === 'kbn' || key.startsWith('kommunalbanken')) return ok('kbn');
  if (key === 'annen' || key === 'annenlangiver') return ok('annen');
  return {
    kind: 'ok',
    value: 'annen',
    warning: `«${t.value}» er verken Husbanken eller KBN og registreres som «Annen långiver»`,
  };
}

function parseRepayment(cell: Cell): Parsed<RepaymentType> {
  const t = parseText(cell, 40);
  if (t.kind !== 'ok') return t;
  const key = normalizeHeader(t.value);
  if (/^annuitet(slan)?$/.test(key)) return ok('annuity');
  if (/^serie(lan)?$/.test(key)) return ok('serial');
  return bad(`«${t.value}» er ikke en lånetype (skriv Annuitet eller Serie)`);
}

/**
 * «4,5», «4,5 %» or an Excel percent cell (0,045) → 0.045. A number cell under 1 is read as a
 * cell formatted as per cent (Excel keeps 4,5 % as 0,045).
 */
function parseRate(cell: Cell): Parsed<number> {
  if (isBlank(cell)) return { kind: 'blank' };
  if (isFault(cell)) return bad(`«${cell.text}» er ikke en verdi`);
  let fraction: number | null = null;
  if (typeof cell === 'number') fraction = cell < 1 ? cell : cell / 100;
  else if (typeof cell === 'string') {
    const n = readNumber(cell.replace(/%|prosent/gi, ''), { thousandDots: false });
    fraction = n === null ? null : n / 100;
  }
  if (fraction === null || !Number.isFinite(fraction)) {
    return bad(`«${showCell(cell)}» er ikke en rente i prosent (skriv f.eks. 4,5)`);
  }
  if (fraction < 0) return bad(`«${showCell(cell)}» kan ikke være negativ`);
  if (fraction > 0.25) return bad(`«${showCell(cell)}» er over 25 % – sjekk renten`);
  return ok(Math.round(fraction * 1e8) / 1e8);
}

/** «B-001, B-002» or «B-001; B-002». */
function parseUnitList(cell: Cell): Parsed<string[]> {
  const t = parseText(cell, 4000);
  if (t.kind !== 'ok') return t;
  const parts = t.value
    .split(/[;,\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length ? ok(parts) : { kind: 'blank' };
}

/** «50; 50», «50, 50», «33,3 33,3 33,4» or one number; per cent → fractions. */
function parseShareList(cell: Cell): Parsed<number[]> {
  if (isBlank(cell)) return { kind: 'blank' };
  if (isFault(cell)) return bad(`«${cell.text}» er ikke en verdi`);
  if (typeof cell === 'number') return ok([cell <= 1 ? cell : cell / 100]);
  const text = showCell(cell);
  const parts = text
    .replace(/%/g, ' ')
    .split(/;|,\s+|\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: number[] = [];
  for (const p of parts) {
    const n = readNumber(p, { thousandDots: false });
    if (n === null || n <= 0) return bad(`«${p}» er ikke en andel i prosent (skriv f.eks. 50; 50)`);
    out.push(n / 100);
  }
  return ok(out);
}

const pct = (fraction: number) => `${formatNumber(fraction * 100, 2)} %`;

/** Display text of a loan's fields for the before → after preview. */
export function loanFieldTexts(
  l: Omit<LoanInput, 'units'> & { units: { unitId: number; share: number }[] },
  unitNos: Map<number, string>,
): Record<string, string> {
  return {
    lender: LENDER_LABEL[l.lender],
    loanNo: l.loanNo,
    balance: formatKr(l.balance),
    balanceDate: formatDate(l.balanceDate),
    interestRate: pct(l.interestRate),
    fixedUntil: l.fixedUntil === null ? 'Flytende' : formatDate(l.fixedUntil),
    repayment: REPAYMENT_LABEL[l.repayment],
    remainingYears: String(l.remainingYears),
    units: [...l.units]
      .sort((a, b) => a.unitId - b.unitId)
      .map((u) => `${unitNos.get(u.unitId) ?? u.unitId} ${pct(u.share)}`)
      .join(', '),
    note: l.note || '–',
  };
}

/** Which of a loan input's fields a column gives (zod issue paths → the file's columns). */
const COLUMN_OF_FIELD: Record<string, LoanListColumn> = {
  lender: 'lender',
  loanNo: 'loanNo',
  balance: 'balance',
  balanceDate: 'balanceDate',
  interestRate: 'interestRate',
  fixedUntil: 'fixedUntil',
  repayment: 'repayment',
  remainingYears: 'remainingYears',
  units: 'unitNos',
  share: 'shares',
  note: 'note',
};

export function planLoanList(read: ReadResult, view: LoanRegisterView): LoanListPlan {
  const problems: ImportProblem[] = [];
  const found = findHeader(read.sheets);
  if (!found) {
    problems.push(
      problem(
        'error',
        null,
        null,
        null,
        `fant ingen overskriftsrad med Lånenummer og minst to andre kolonner fra malen (${LOAN_LIST_COLUMNS.map((c) => LOAN_LIST_HEADER[c]).join(', ')})`,
      ),
    );
    return { headerRow: null, rows: 0, changes: [], problems };
  }
  const { sheet, row: headerIndex } = found;
  const headerRow = headerIndex + 1;
  const header = sheet.rows[headerIndex] ?? [];
  /** column → index in the sheet, and the header as written. */
  const place = new Map<LoanListColumn, { index: number; header: string }>();
  const headers: string[] = [];
  header.forEach((cell, index) => {
    const text = typeof cell === 'string' ? cell.replace(/\s+/g, ' ').trim() : showCell(cell);
    headers[index] = text || `Kolonne ${columnLetter(index)}`;
    if (!text) return;
    if (isPersonalHeader(text)) {
      problems.push(
        problem(
          'warning',
          headerRow,
          text,
          null,
          'ser ut som personopplysninger og blir aldri importert',
        ),
      );
      return;
    }
    const col = matchLoanHeader(text);
    if (!col) {
      problems.push(
        problem(
          'warning',
          headerRow,
          text,
          null,
          'er ikke en kolonne i låneliste-malen og blir ikke lest',
        ),
      );
    } else if (place.has(col)) {
      problems.push(
        problem(
          'warning',
          headerRow,
          text,
          null,
          `er en kolonne til for ${LOAN_LIST_HEADER[col]} og blir ikke lest (kolonne ${columnLetter(place.get(col)!.index)} brukes)`,
        ),
      );
    } else place.set(col, { index, header: text });
  });
  const missing = LOAN_LIST_REQUIRED.filter((c) => !place.has(c));
  if (missing.length) {
    problems.push(
      problem(
        'error',
        headerRow,
        null,
        null,
        `mangler ${missing.length === 1 ? 'kolonnen' : 'kolonnene'} ${missing.map((c) => `«${LOAN_LIST_HEADER[c]}»`).join(', ')}`,
      ),
    );
    return { headerRow, rows: 0, changes: [], problems };
  }

  const changes: PlannedLoan[] = [];
  const seen = new Map<string, number>();
  let rows = 0;
  for (let i = headerIndex + 1; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i] ?? [];
    if (cells.every(isBlank)) continue;
    rows++;
    const rowNo = i + 1;
    let failed = false;
    const fail = (column: string | null, value: string | null, detail: string) => {
      failed = true;
      problems.push(
        problem('error', rowNo, column, value === null ? null : maskPersonal(value), detail),
      );
    };
    const warn = (column: string, value: string | null, detail: string) =>
      problems.push(problem('warning', rowNo, column, value, detail));

    // Personal data in any cell (read or not) stops the import: the register must never hold it.
    cells.forEach((cell, index) => {
      if (typeof cell === 'string' && containsNationalId(cell)) {
        fail(
          headers[index] ?? `Kolonne ${columnLetter(index)}`,
          cell,
          'ser ut som et fødselsnummer – lånelisten skal ikke ha personnummer',
        );
      }
    });

    const cellOf = (col: LoanListColumn): Cell => {
      const p = place.get(col);
      return p ? (cells[p.index] ?? null) : null;
    };
    const headerOf = (col: LoanListColumn) => place.get(col)?.header ?? LOAN_LIST_HEADER[col];
    /** A required or optional value; problems go to the row. */
    const take = <T>(col: LoanListColumn, parsed: Parsed<T>, required: boolean): T | undefined => {
      const cell = cellOf(col);
      if (parsed.kind === 'bad') fail(headerOf(col), showCell(cell), parsed.detail);
      else if (parsed.kind === 'blank') {
        if (required) fail(headerOf(col), null, 'må fylles ut');
      } else {
        if (parsed.warning) warn(headerOf(col), showCell(cell), parsed.warning);
        return parsed.value;
      }
      return undefined;
    };

    const lender = take('lender', parseLender(cellOf('lender')), true);
    const loanNo = take('loanNo', parseText(cellOf('loanNo'), 40), true);
    const balance = take('balance', parseKroner(cellOf('balance')), true);
    const balanceDate = take('balanceDate', parseDate(cellOf('balanceDate')), true);
    const interestRate = take('interestRate', parseRate(cellOf('interestRate')), true);
    const fixedCell = cellOf('fixedUntil');
    const fixedUntil =
      typeof fixedCell === 'string' && /^flytende/i.test(fixedCell.trim())
        ? null
        : (take('fixedUntil', parseDate(fixedCell), false) ?? null);
    const repayment = take('repayment', parseRepayment(cellOf('repayment')), true);
    const remainingYears = take(
      'remainingYears',
      parseInteger(cellOf('remainingYears'), 1, 50),
      true,
    );
    const note = take('note', parseText(cellOf('note'), 2000), false) ?? '';
    const unitList = take('unitNos', parseUnitList(cellOf('unitNos')), true);
    const shareList = take('shares', parseShareList(cellOf('shares')), false);

    // The homes: each must be in the register, once.
    const units: { unitId: number; share: number }[] = [];
    if (unitList) {
      const ids = new Set<number>();
      for (const unitNo of unitList) {
        const home = view.units.get(unitNoKey(unitNo));
        if (!home) fail(headerOf('unitNos'), unitNo, `fant ikke bolig «${unitNo}» i registeret`);
        else if (ids.has(home.id))
          fail(headerOf('unitNos'), unitNo, `bolig «${unitNo}» står to ganger`);
        else {
          ids.add(home.id);
          units.push({ unitId: home.id, share: 0 });
        }
      }
      if (units.length === unitList.length) {
        const shares = shareList ?? equalShares(units.length);
        if (shares.length !== units.length) {
          fail(
            headerOf('shares'),
            showCell(cellOf('shares')),
            `oppgi én andel per bolig (${units.length} boliger, ${shares.length} ${shares.length === 1 ? 'andel' : 'andeler'}), skilt med semikolon`,
          );
        } else {
          const sum = shares.reduce((s, x) => s + x, 0);
          if (Math.abs(sum - 1) > 0.0005) {
            fail(
              headerOf('shares'),
              showCell(cellOf('shares')),
              `andelene er til sammen ${formatNumber(sum * 100, 2)} % – de må være 100 %`,
            );
          }
          shares.forEach((s, k) => (units[k]!.share = Math.round(s * 1e8) / 1e8));
        }
      }
    }

    if (loanNo !== undefined) {
      const key = loanNo.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) {
        fail(headerOf('loanNo'), loanNo, `lånenummeret står også i rad ${first} – ett lån per rad`);
      } else seen.set(key, rowNo);
    }
    if (failed) continue;

    // A column the list does not have keeps what the register says (Merknad, Fastrente til).
    const onRecord = view.loans.get(loanNo!.toLowerCase());
    const candidate = {
      lender,
      loanNo,
      balance,
      balanceDate,
      interestRate,
      fixedUntil: !place.has('fixedUntil') && onRecord ? onRecord.fixedUntil : fixedUntil,
      repayment,
      remainingYears,
      note: !place.has('note') && onRecord ? onRecord.note : note,
      units,
    };
    // The same rules as the form: the contract's schema has the last word.
    const checked = loanFields.safeParse(candidate);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = [...issue.path]
          .reverse()
          .find((p) => typeof p === 'string' && p in COLUMN_OF_FIELD);
        const col = field ? COLUMN_OF_FIELD[field as string]! : null;
        fail(col ? headerOf(col) : null, null, issue.message);
      }
      continue;
    }
    const input = checked.data;
    const existing = view.loans.get(input.loanNo.toLowerCase()) ?? null;
    const after = loanFieldTexts(input, view.unitNos);
    if (!existing) {
      changes.push({
        row: rowNo,
        loanNo: input.loanNo,
        action: 'create',
        fields: Object.entries(after)
          .filter(([field]) => field !== 'note' || input.note !== '')
          .map(([field, value]) => ({
            field,
            label: FIELD_LABEL[field] ?? field,
            old: '',
            new: value,
          })),
        input,
        existingId: null,
      });
      continue;
    }
    const before = loanFieldTexts(existing, view.unitNos);
    const fields: FieldChange[] = Object.keys(after)
      .filter((f) => before[f] !== after[f])
      .map((f) => ({ field: f, label: FIELD_LABEL[f] ?? f, old: before[f]!, new: after[f]! }));
    changes.push({
      row: rowNo,
      loanNo: input.loanNo,
      action: fields.length ? 'update' : 'unchanged',
      fields,
      input,
      existingId: existing.id,
    });
  }
  if (rows === 0) {
    problems.push(
      problem('error', null, null, null, `har ingen lån under overskriftene i rad ${headerRow}`),
    );
  }
  return { headerRow, rows, changes, problems };
}
