// What every sheet writer shares: the inputs, number formats and styles, the Sheet helper that
// places rows and sizes columns, and the sheet names (one sheet per scenario and kind, within
// Excel's rules for names).
import type ExcelJS from 'exceljs';
import type { CrowdingRule } from '../../domain/rules';
import { formatNumber } from '../../domain/format';
import type { PlanResult, RegisterSnapshot, Scenario } from '../../domain/scenario';
import { type Book, columnLetter, type Style } from '../book';
import { raw, ref, token, type Node } from '../expr';
import type { Fmt, PlanModel } from '../model';

export interface PlanWorkbookInputs {
  municipality: string;
  isSample: boolean;
  /** runPlan(snapshot, scenarios[k]) for each scenario, 1–4. */
  plans: PlanResult[];
  scenarios: Scenario[];
  /** The register snapshot the plans were run on (quantities of the register homes). */
  snapshot: RegisterSnapshot;
  /** ISO date (or timestamp) of the export. */
  exportedAt: string;
  /** The register's crowding rule (stated on Forutsetninger); SSB's if left out. */
  crowdingRule?: CrowdingRule;
  appVersion: string;
  /**
   * Show amounts in 1 000 kr. The cells keep whole kroner (formulas stay exact); only the
   * number format scales the display, and each sheet says «Beløp i 1 000 kr».
   */
  thousands?: boolean;
}

/** Rows 1–4: title, municipality, scenarios, date and version; row 5: what the sheet shows. */
export const HEADER_ROWS = 5;
export const TABLE_HEADER = HEADER_ROWS + 1;

export const KR = '#,##0';
/** Kroner shown in thousands: the trailing comma scales the display by 1 000. */
export const KR_THOUSANDS = '#,##0,';
export const DEC = '#,##0.0';
export const PCT = '0.0%';
export const POINTS = '0.0';
/** Shown for a figure that is undefined (coverage without demand). */
export const DASH = '–';

export function pctFmt(v: number): string {
  for (let d = 1; d <= 4; d++) {
    const x = v * 100 * 10 ** d;
    if (Math.abs(x - Math.round(x)) < 1e-6) return `0.${'0'.repeat(d)}%`;
  }
  return '0.0000%';
}

/** The number format of a figure; `thousands` scales kroner (fmt 'kr') to 1 000 kr. */
export function numFmt(fmt: Fmt, v: unknown, thousands = false): string | undefined {
  switch (fmt) {
    case 'kr':
      return thousands ? KR_THOUSANDS : KR;
    case 'int':
      return KR;
    case 'dec':
    case 'm2':
    case 'percentNumber':
      return Number.isInteger(v) ? KR : DEC;
    case 'pct':
      return pctFmt(typeof v === 'number' ? v : 0);
    case 'year':
      return '0';
    case 'factor':
      return '0.000000';
    case 'text':
      return undefined;
  }
}

export const BOLD: Partial<ExcelJS.Font> = { bold: true };
export const HEAD_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE7ECF2' },
};
export const SECTION_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF3F5F8' },
};
export const INPUT_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8F1FB' },
};

/** Removes household and need references from free text (names, notes, projects). */
export function redactor(snapshot: RegisterSnapshot): (text: string) => string {
  const refs = [...snapshot.households.map((h) => h.ref), ...snapshot.needs.map((n) => n.ref)]
    .map((r) => (r ?? '').trim())
    .filter((r) => r.length >= 2)
    .sort((a, b) => b.length - a.length);
  if (refs.length === 0) return (t) => t;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(refs.map(esc).join('|'), 'gi');
  return (t) => t.replace(re, '[fjernet]');
}

/** The years of all scenarios (a comparison may mix horizons). */
export function yearSpan(scenarios: Scenario[]): number[] {
  const first = Math.min(...scenarios.map((s) => s.startYear));
  const last = Math.max(...scenarios.map((s) => s.startYear + s.years - 1));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function planPeriod(scenarios: Scenario[]): string {
  const ys = yearSpan(scenarios);
  return `${ys[0]}–${ys[ys.length - 1]}`;
}

export function formatPct(v: number): string {
  return `${formatNumber(v * 100, 2)} %`;
}

/** A number as wide as Excel shows it (the domain's kept formatter: one per cell was slow). */
function formatWidth(v: number): string {
  return formatNumber(v, 1);
}

/** The statement of the amounts' unit for row 5 of a sheet. */
export function amountUnit(thousands: boolean): string {
  return thousands
    ? 'Beløp i 1 000 kr (cellene holder hele kroner, så summer og formler er eksakte).'
    : 'Beløp i kroner.';
}

/** A sheet being written: rows in order, column widths from the content. */
export class Sheet {
  row = TABLE_HEADER;
  private readonly widths = new Map<number, number>();
  private readonly numericCols = new Set<number>();

  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly book: Book,
    /** Kroner shown in 1 000 kr on this sheet. */
    readonly thousands = false,
    private readonly fixedWidths: Record<number, number> = {},
  ) {}

  fit(col: number, text: string): void {
    const w = Math.min(60, Math.max(...text.split('\n').map((l) => l.length)) + 3);
    if (w > (this.widths.get(col) ?? 0)) this.widths.set(col, w);
  }

  text(row: number, col: number, text: string | number | null, style?: Style): void {
    const cell = this.ws.getCell(row, col);
    cell.value = text;
    if (style) Object.assign(cell, style);
    if (text !== null) this.fit(col, String(text));
  }

  /** The number format of kroner on this sheet. */
  get money(): string {
    return this.thousands ? KR_THOUSANDS : KR;
  }

  node(row: number, col: number, node: Node, fmt: Fmt, style: Style = {}): void {
    const nf = numFmt(fmt, node.value, this.thousands);
    this.book.place(this.ws, row, col, node, { ...(nf ? { numFmt: nf } : {}), ...style });
    const shown =
      typeof node.value === 'number'
        ? formatWidth(fmt === 'kr' && this.thousands ? node.value / 1000 : node.value)
        : String(node.value ?? '');
    this.fit(col, shown);
  }

  /** A formula cell showing another node's value (each node is placed once). */
  mirror(row: number, col: number, of: Node, fmt: Fmt, style?: Style): Node {
    const n = this.book.formula(ref(of), of.value ?? 0);
    this.node(row, col, n, fmt, style);
    return n;
  }

  /** The table header (row 6); numeric columns get right-aligned headings and equal widths. */
  header(
    labels: string[],
    numeric: (col: number) => boolean = () => false,
    uniform: (col: number) => boolean = numeric,
    at = TABLE_HEADER,
  ): void {
    labels.forEach((l, k) => {
      const col = k + 1;
      if (uniform(col)) this.numericCols.add(col);
      this.text(at, col, l, {
        font: BOLD,
        fill: HEAD_FILL,
        alignment: {
          vertical: 'middle',
          wrapText: true,
          horizontal: numeric(col) ? 'right' : 'left',
        },
      });
    });
    this.row = at + 1;
  }

  /** Sets row heights for wrapped text in `col` (Excel and LibreOffice do not grow them). */
  wrap(col: number, fromRow: number, toRow: number): void {
    const width = this.ws.getColumn(col).width ?? 10;
    for (let r = fromRow; r <= toRow; r++) {
      const cell = this.ws.getCell(r, col);
      if (typeof cell.value !== 'string') continue;
      cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
      const lines = Math.ceil(cell.value.length / Math.max(1, width * 1.15));
      if (lines > 1) {
        const row = this.ws.getRow(r);
        row.height = 14.5 * lines;
        row.eachCell((c) => {
          c.alignment = { ...c.alignment, vertical: 'top' };
        });
      }
    }
  }

  section(text: string, lastCol: number): void {
    for (let c = 1; c <= lastCol; c++) {
      this.text(this.row, c, c === 1 ? text : null, { font: BOLD, fill: SECTION_FILL });
    }
    this.row++;
  }

  finish(options: { xSplit: number; ySplit?: number; minWidth?: number; maxWidth?: number }): void {
    const cols = Math.max(this.ws.columnCount, ...this.widths.keys());
    const numericWidth = Math.max(11, ...[...this.numericCols].map((c) => this.widths.get(c) ?? 0));
    for (let c = 1; c <= cols; c++) {
      const w = this.numericCols.has(c)
        ? numericWidth
        : (this.fixedWidths[c] ?? this.widths.get(c) ?? 10);
      this.ws.getColumn(c).width = Math.min(
        options.maxWidth ?? 200,
        Math.max(options.minWidth ?? 8, w),
      );
    }
    const ySplit = options.ySplit ?? TABLE_HEADER;
    this.ws.views = [
      {
        state: 'frozen',
        xSplit: options.xSplit,
        ySplit,
        topLeftCell: `${columnLetter(options.xSplit + 1)}${ySplit + 1}`,
        activeCell: `${columnLetter(options.xSplit + 1)}${ySplit + 1}`,
      },
    ];
  }
}

/** SUM over a row of cells (a single cell is referenced). */
export function rowSum(book: Book, cells: Node[]): Node {
  const total = cells.reduce((s, c) => s + c.num, 0);
  if (cells.length === 1) return book.formula(ref(cells[0]!));
  return book.formula(
    raw(`SUM(${token(cells[0]!)}:${token(cells[cells.length - 1]!)})`, total, true),
  );
}

/**
 * A live label for a signed amount (+ = cost): «Netto utgift» / «Netto overskudd» as a
 * formula on the amount's cell, so it follows a changed assumption.
 */
export function wordsFormula(book: Book, of: Node, pair: readonly [string, string]): Node {
  const v = of.num;
  return book.formula(
    raw(`IF(${token(of)}>=0,"${pair[0]}","${pair[1]}")`, 0),
    Math.round(v) >= 0 ? pair[0] : pair[1],
  );
}

/** A live word for a change of cost against a reference: «Høyere utgift», «Lavere utgift». */
export function changeWordsFormula(book: Book, of: Node, noun = 'utgift'): Node {
  const v = of.num;
  const up = `Høyere ${noun}`;
  const down = `Lavere ${noun}`;
  return book.formula(
    raw(`IF(${token(of)}>0,"${up}",IF(${token(of)}<0,"${down}","Uendret"))`, 0),
    v > 0 ? up : v < 0 ? down : 'Uendret',
  );
}

/** The kinds of sheet written once per scenario, in tab order, with their name prefix. */
export const SCENARIO_SHEETS = {
  investment: 'Investering',
  operating: 'Drift',
  difference: 'Endring',
  loans: 'Lån',
  needs: 'Behov',
  stock: 'Boligmasse',
  actions: 'Tiltak',
  basis: 'Grunnlag',
} as const;
export type ScenarioSheet = keyof typeof SCENARIO_SHEETS;

/** Sheets written once per workbook. */
export const SHEETS = { summary: 'Sammendrag', assumptions: 'Forutsetninger' } as const;

const MAX_SHEET_NAME = 31;

/**
 * «Drift – <scenario>» within Excel's rules: at most 31 characters, none of []:*?/\, no
 * apostrophe first or last, unique regardless of case (a number is added when it would not be).
 */
export function scenarioSheetName(prefix: string, scenario: string, used: Set<string>): string {
  const clean = [...scenario]
    .map((ch) => (ch < ' ' || '[]:*?/\\'.includes(ch) ? '-' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const head = `${prefix} – `;
  const fit = (name: string, suffix: string) => {
    const room = MAX_SHEET_NAME - head.length - suffix.length;
    const chars = [...name];
    const cut =
      chars.length > room
        ? `${chars
            .slice(0, room - 1)
            .join('')
            .trimEnd()}…`
        : name;
    return `${head}${cut}${suffix}`.replace(/^'+|'+$/g, '');
  };
  const base = clean.length > 0 ? clean : 'Scenario';
  let name = fit(base, '');
  for (let k = 2; used.has(name.toLowerCase()); k++) name = fit(base, ` (${k})`);
  used.add(name.toLowerCase());
  return name;
}

/** What the sheet writers share. */
export interface Ctx {
  inputs: PlanWorkbookInputs;
  model: PlanModel;
  book: Book;
  /** Scenario names with household references removed, by scenario number − 1. */
  names: string[];
  clean: (text: string) => string;
  /** The years of all scenarios (Sammendrag). */
  years: number[];
  thousands: boolean;
  /** Sheet names per scenario (by scenario number − 1). */
  sheetNames: Record<ScenarioSheet, string>[];
}
