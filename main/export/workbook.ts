// The housing plan as an Excel workbook for the budget process (økonomiplan), issue 5.
//
// Sheets (Norwegian): Sammendrag, Forutsetninger (named cells Rente_1, Prisvekst_1 …),
// Investering and Drift (budget lines per action and year as formulas, with KOSTRA function
// and account type), Lån (repayment plans as formulas), Behov, Boligmasse, Tiltak (action
// parameters the formulas use) and Grunnlag (growth factors as formulas; quantities of the
// register homes as values from Boligplan). Every formula stores the app's figure as its cached
// result, and computes that same figure (model.ts checks it before writing).
//
// No personal data: nothing about a household is written (the plan's needs sources hold
// household ids; they are never read here), and free text (names, notes) has household and
// need references removed.
import { assertNoPersonalData } from './personalData';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { crowdingRuleSummary } from '../domain/labels';
import { PROM_SHARE_OF_BRA, SSB_CROWDING_RULE, type CrowdingRule } from '../domain/rules';
import ExcelJS from 'exceljs';
import { formatDate } from '../domain/format';
import { TENURE_LABEL } from '../domain/labels';
import { TENURES } from '../domain/types';
import {
  ACTION_KIND_LABEL,
  ASSUMPTION_FIELDS,
  DEFAULT_LOAN_FIELDS,
  FRAMLEIE_MODE_LABEL,
  GRANT_GROUPS,
  GRANT_RATES,
  GRANT_RATES_VALID_FROM,
  INVESTMENT_FINANCING,
  INVESTMENT_LINE_LABEL,
  KOSTRA_FUNCTION,
  NET_LABEL,
  OPERATING_LINE_LABEL,
  SEGMENT_KEYS,
  segmentLabel,
  type BudgetLine,
  type PlanResult,
  type RegisterSnapshot,
  type Scenario,
} from '../domain/scenario';
import { AppError } from '../register/errors';
import { type Book, columnLetter, type Style } from './book';
import { raw, ref, ROUNDING, ROUNDING_NAME, token, type Node } from './expr';
import {
  ANNUITY,
  buildPlanModel,
  NAMES,
  SERIAL,
  type ActionModel,
  type Fmt,
  type LineRow,
  type NameKey,
  type PlanModel,
  type ScenarioModel,
} from './model';

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
}

export const SHEETS = {
  summary: 'Sammendrag',
  assumptions: 'Forutsetninger',
  investment: 'Investering',
  operating: 'Drift',
  loans: 'Lån',
  needs: 'Behov',
  stock: 'Boligmasse',
  actions: 'Tiltak',
  basis: 'Grunnlag',
} as const;

/** Rows 1–4: title, municipality, scenarios, date and version; row 5: what the sheet shows. */
const HEADER_ROWS = 5;
const TABLE_HEADER = HEADER_ROWS + 1;

const KR = '#,##0';
const DEC = '#,##0.0';
/** Shown for a figure that is undefined (coverage without demand). */
const DASH = '–';

function pctFmt(v: number): string {
  for (let d = 1; d <= 4; d++) {
    const x = v * 100 * 10 ** d;
    if (Math.abs(x - Math.round(x)) < 1e-6) return `0.${'0'.repeat(d)}%`;
  }
  return '0.0000%';
}

function numFmt(fmt: Fmt, v: unknown): string | undefined {
  switch (fmt) {
    case 'kr':
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

const BOLD: Partial<ExcelJS.Font> = { bold: true };
const HEAD_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE7ECF2' },
};
const SECTION_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF3F5F8' },
};
const INPUT_FILL: ExcelJS.Fill = {
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
function yearSpan(scenarios: Scenario[]): number[] {
  const first = Math.min(...scenarios.map((s) => s.startYear));
  const last = Math.max(...scenarios.map((s) => s.startYear + s.years - 1));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function planPeriod(scenarios: Scenario[]): string {
  const ys = yearSpan(scenarios);
  return `${ys[0]}–${ys[ys.length - 1]}`;
}

/** A sheet being written: rows in order, column widths from the content. */
class Sheet {
  row = TABLE_HEADER;
  private readonly widths = new Map<number, number>();
  private readonly numericCols = new Set<number>();

  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly book: Book,
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

  node(row: number, col: number, node: Node, fmt: Fmt, style: Style = {}): void {
    const nf = numFmt(fmt, node.value);
    this.book.place(this.ws, row, col, node, { ...(nf ? { numFmt: nf } : {}), ...style });
    this.fit(
      col,
      typeof node.value === 'number' ? formatWidth(node.value) : String(node.value ?? ''),
    );
  }

  /** A formula cell showing another node's value (each node is placed once). */
  mirror(row: number, col: number, of: Node, fmt: Fmt, style?: Style): void {
    this.node(row, col, this.book.formula(ref(of), of.value ?? 0), fmt, style);
  }

  /** The table header (row 6); numeric columns get right-aligned headings and equal widths. */
  header(
    labels: string[],
    numeric: (col: number) => boolean = () => false,
    uniform: (col: number) => boolean = numeric,
  ): void {
    labels.forEach((l, k) => {
      const col = k + 1;
      if (uniform(col)) this.numericCols.add(col);
      this.text(TABLE_HEADER, col, l, {
        font: BOLD,
        fill: HEAD_FILL,
        alignment: {
          vertical: 'middle',
          wrapText: true,
          horizontal: numeric(col) ? 'right' : 'left',
        },
      });
    });
    this.row = TABLE_HEADER + 1;
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

  finish(options: { xSplit: number; ySplit?: number; minWidth?: number }): void {
    const cols = Math.max(this.ws.columnCount, ...this.widths.keys());
    const numericWidth = Math.max(11, ...[...this.numericCols].map((c) => this.widths.get(c) ?? 0));
    for (let c = 1; c <= cols; c++) {
      const w = this.numericCols.has(c)
        ? numericWidth
        : (this.fixedWidths[c] ?? this.widths.get(c) ?? 10);
      this.ws.getColumn(c).width = Math.max(options.minWidth ?? 8, w);
    }
    this.ws.views = [
      {
        state: 'frozen',
        xSplit: options.xSplit,
        ySplit: options.ySplit ?? TABLE_HEADER,
        topLeftCell: `${columnLetter(options.xSplit + 1)}${(options.ySplit ?? TABLE_HEADER) + 1}`,
        activeCell: `${columnLetter(options.xSplit + 1)}${(options.ySplit ?? TABLE_HEADER) + 1}`,
      },
    ];
  }
}

function formatWidth(v: number): string {
  return new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 }).format(v);
}

const LINE_LABEL: Record<BudgetLine, string> = {
  ...INVESTMENT_LINE_LABEL,
  ...OPERATING_LINE_LABEL,
};

function art(line: BudgetLine): string {
  if (line === 'newLoans') return 'Finansiering';
  if (line === 'rentIncome') return 'Inntekt';
  if ((INVESTMENT_FINANCING as readonly string[]).includes(line)) return 'Inntekt';
  return 'Utgift';
}

function kindLabel(s: Scenario, a: ActionModel): string {
  if (a.kind === 'register') return 'Eksisterende';
  if (a.kind === 'framleie') {
    const x = s.actions.find((y) => y.id === a.actionId);
    if (x?.kind === 'framleie') return FRAMLEIE_MODE_LABEL[x.mode];
  }
  return ACTION_KIND_LABEL[a.kind];
}

export function buildPlanWorkbook(inputs: PlanWorkbookInputs): ExcelJS.Workbook {
  return buildPlanWorkbookWithModel(inputs).workbook;
}

/** The workbook and the model behind it (tests read the model's fallbacks). */
export function buildPlanWorkbookWithModel(inputs: PlanWorkbookInputs): {
  workbook: ExcelJS.Workbook;
  model: PlanModel;
} {
  const clean = redactor(inputs.snapshot);
  const model = buildPlanModel(inputs);
  const { book } = model;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Boligplan';
  wb.lastModifiedBy = 'Boligplan';
  const when = new Date(`${inputs.exportedAt.slice(0, 10)}T12:00:00Z`);
  wb.created = when;
  wb.modified = when;
  wb.title = `Boligplan ${planPeriod(inputs.scenarios)}`;
  wb.calcProperties.fullCalcOnLoad = true;

  const years = yearSpan(inputs.scenarios);
  const names = inputs.scenarios.map((s) => clean(s.name));
  const scenarioText =
    names.length === 1
      ? `Scenario: ${names[0]}`
      : `Scenarioer: ${names.map((n, k) => `${k + 1} ${n}`).join(' · ')}`;
  const place = inputs.isSample
    ? `${inputs.municipality}${/fiktiv/i.test(inputs.municipality) ? '' : ' (fiktiv)'} – fiktive eksempeldata, ikke en virkelig kommune`
    : inputs.municipality;
  const stamp = `Eksportert ${formatDate(inputs.exportedAt.slice(0, 10))} fra Boligplan ${inputs.appVersion}`;

  const addSheet = (nm: string, title: string, note: string, fixed?: Record<number, number>) => {
    const ws = wb.addWorksheet(nm, {
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `1:${TABLE_HEADER}`,
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      },
      headerFooter: {
        oddFooter: `&L${nm} – ${inputs.municipality.replace(/&/g, '&&')}&RSide &P av &N`,
      },
    });
    ws.getCell(1, 1).value = `${title} ${planPeriod(inputs.scenarios)}`;
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.getCell(2, 1).value = place;
    ws.getCell(2, 1).font = inputs.isSample ? { bold: true, color: { argb: 'FF9A3412' } } : BOLD;
    ws.getCell(3, 1).value = scenarioText;
    ws.getCell(4, 1).value = stamp;
    ws.getCell(5, 1).value = note;
    ws.getCell(5, 1).font = { italic: true, color: { argb: 'FF555555' } };
    return new Sheet(ws, book, fixed);
  };

  // The order of the tabs; written in dependency-free order (addresses resolve at the end).
  const summary = addSheet(
    SHEETS.summary,
    'Boligplan',
    'Nøkkeltall per år. Beløp i kroner (løpende priser) regnes fra arkene Investering og Drift; boligmasse, behov og dekningsgrad er beregnet i Boligplan.',
  );
  const assumptions = addSheet(
    SHEETS.assumptions,
    'Forutsetninger',
    'Endre en blå celle for å se virkningen i Investering, Drift og Lån. Behov og boligmasse er beregnet i Boligplan og endres ikke her.',
  );
  const investment = addSheet(
    SHEETS.investment,
    'Investeringsbudsjett',
    `Kroner per år og tiltak (løpende priser), KOSTRA-funksjon ${KOSTRA_FUNCTION}. Formler regner fra Forutsetninger, Tiltak, Lån og Grunnlag.`,
  );
  const operating = addSheet(
    SHEETS.operating,
    'Driftsbudsjett',
    `Kroner per år og tiltak (løpende priser), KOSTRA-funksjon ${KOSTRA_FUNCTION}. Renter og avdrag fra arket Lån. Tiltakenes linjer er endringen tiltaket gir.`,
  );
  const loans = addSheet(
    SHEETS.loans,
    'Lån',
    'Nedbetalingsplaner for nye lån (formler). Ved salg innfris en forholdsmessig del, og restlånet får ny plan.',
  );
  const needs = addSheet(
    SHEETS.needs,
    'Behov og dekning',
    'Beregnet i Boligplan (venteliste, prognoser, forventet gjennomstrømning). Gap = tilbud − behov; negativt tall betyr underdekning. Dekningsgrad «–»: ingen behov å dekke.',
  );
  const stock = addSheet(
    SHEETS.stock,
    'Boligmasse',
    'Boliger per 31.12 etter segment og disposisjonsform, beregnet i Boligplan.',
  );
  const actionsSheet = addSheet(
    SHEETS.actions,
    'Tiltak',
    'Tiltakenes parametre (blå celler kan endres; beløp i startårets priser). År og valg av boliger krever ny eksport fra Boligplan.',
  );
  const basis = addSheet(
    SHEETS.basis,
    'Grunnlag',
    'Vekstfaktorer (formler) og mengder fra Boligplan (verdier): husleie, m² og antall boliger i registeret og endringene tiltakene gir.',
  );

  const yearCol = (first: number, y: number) => first + (y - years[0]!);

  // --- Forutsetninger ------------------------------------------------------------------------
  writeAssumptions(assumptions, model, names, inputs.crowdingRule ?? SSB_CROWDING_RULE);

  // --- Tiltak --------------------------------------------------------------------------------
  {
    const sh = actionsSheet;
    sh.header(['Scenario', 'Tiltak', 'Type', 'Parameter', 'Verdi', 'Enhet', 'Merknad']);
    for (const sm of model.scenarios) {
      sh.section(`Scenario ${sm.no}: ${names[sm.no - 1]}`, 7);
      for (const a of sm.actions) {
        if (a.kind === 'register') continue;
        const r = sh.row++;
        sh.text(r, 1, names[sm.no - 1]!);
        sh.text(r, 2, clean(a.title), { font: BOLD });
        sh.text(r, 3, kindLabel(sm.scenario, a), { font: BOLD });
        sh.text(r, 4, a.description, { font: BOLD });
        if (a.note) sh.text(r, 7, clean(a.note));
        for (const p of a.params) {
          const pr = sh.row++;
          sh.text(pr, 1, names[sm.no - 1]!);
          sh.text(pr, 2, clean(a.title));
          sh.text(pr, 4, p.label);
          const v = p.node.value;
          if (typeof v === 'string' && p.node.formula === null) p.node.value = clean(v);
          sh.node(pr, 5, p.node, p.fmt, {
            ...(p.input ? { fill: INPUT_FILL } : {}),
            alignment: { horizontal: 'right' },
          });
          if (p.label === 'Lånetype' && p.input) {
            sh.ws.getCell(pr, 5).dataValidation = {
              type: 'list',
              allowBlank: false,
              formulae: [`"${ANNUITY},${SERIAL}"`],
            };
          }
          sh.text(pr, 6, p.unit, { alignment: { indent: 1 } });
          if (p.note) sh.text(pr, 7, p.note);
        }
      }
      if (sm.actions.length === 1) sh.text(sh.row++, 2, 'Ingen tiltak (referansebanen)');
    }
    sh.finish({ xSplit: 2 });
  }

  // --- Grunnlag ------------------------------------------------------------------------------
  {
    const sh = basis;
    const first = 5;
    sh.header(
      ['Scenario', 'Post', 'Enhet', 'Verdi', ...years.map(String), 'Merknad'],
      (c) => c >= 4 && c < first + years.length,
    );
    const noteCol = first + years.length;
    for (const sm of model.scenarios) {
      sh.section(`Scenario ${sm.no}: ${names[sm.no - 1]}`, noteCol);
      for (const g of sm.grid) {
        const r = sh.row++;
        sh.text(r, 1, names[sm.no - 1]!);
        sh.text(r, 2, clean(g.label), g.heading ? { font: BOLD } : undefined);
        if (g.heading) continue;
        sh.text(r, 3, g.unit);
        if (g.scalar) sh.node(r, 4, g.scalar, g.fmt);
        g.values.forEach((node, i) => {
          if (node) sh.node(r, yearCol(first, sm.scenario.startYear + i), node, g.fmt);
        });
        sh.text(r, noteCol, g.note, { alignment: { indent: 1 } });
      }
    }
    sh.finish({ xSplit: 2, minWidth: 10 });
  }

  // --- Lån -----------------------------------------------------------------------------------
  {
    const sh = loans;
    const first = 11;
    sh.header(
      [
        'Scenario',
        'Tiltak',
        'Lån',
        'Hovedstol',
        'Rente',
        'Løpetid (år)',
        'Lånetype',
        'Første år',
        'Terminbeløp (annuitet)',
        'Post',
        ...years.map(String),
      ],
      (c) => [4, 5, 6, 8, 9].includes(c) || c >= first,
      (c) => c >= first,
    );
    const last = first + years.length - 1;
    for (const sm of model.scenarios) {
      sh.section(`Scenario ${sm.no}: ${names[sm.no - 1]}`, last);
      const order = [...sm.loans].sort((p, q) => p.loanNo - q.loanNo);
      const col = (i: number) => yearCol(first, sm.scenario.startYear + i);
      for (const bl of order) {
        const r0 = sh.row;
        const rows: [string, (Node | null)[]][] = [
          ['Renter', bl.interest],
          ['Avdrag', bl.instalment],
          ['Restgjeld 31.12', bl.balance],
        ];
        if (bl.repaid) {
          const line: (Node | null)[] = new Array<Node | null>(sm.scenario.years).fill(null);
          line[bl.repaid.idx] = bl.repaid.node;
          rows.unshift(['Innfridd ved salg', line]);
        }
        for (const [label, cells] of rows) {
          const r = sh.row++;
          sh.text(r, 1, names[sm.no - 1]!);
          sh.text(r, 2, clean(bl.actionTitle));
          sh.text(r, 3, bl.label);
          sh.text(r, 10, label, { alignment: { indent: 1 } });
          cells.forEach((node, i) => {
            if (node) sh.node(r, col(i), node, 'kr');
          });
        }
        sh.node(r0, 4, bl.principal, 'kr');
        sh.node(r0, 5, bl.rate, 'pct');
        sh.node(r0, 6, bl.years, 'int');
        sh.node(r0, 7, bl.type, 'text', { alignment: { indent: 1 } });
        sh.text(r0, 8, sm.scenario.startYear + bl.firstIdx, { numFmt: '0' });
        sh.node(r0, 9, bl.payment, 'kr');
      }
      if (order.length === 0) sh.text(sh.row++, 2, 'Ingen nye lån i scenarioet');
      const r = sh.row++;
      sh.text(r, 1, names[sm.no - 1]!);
      sh.text(r, 2, 'Samlet restgjeld nye lån 31.12', { font: BOLD });
      sm.totals.loanBalance.forEach((node, i) => sh.node(r, col(i), node, 'kr', { font: BOLD }));
    }
    sh.finish({ xSplit: 3, minWidth: 10 });
  }

  // --- Investering and Drift -----------------------------------------------------------------
  const budgetSheet = (sh: Sheet, kind: 'inv' | 'op') => {
    const first = 7;
    const sumCol = first + years.length;
    sh.header(
      [
        'Scenario',
        'Tiltak',
        'Kontotype',
        'Funksjon',
        'Post',
        'Art',
        ...years.map(String),
        `Sum ${planPeriod(inputs.scenarios)}`,
      ],
      (c) => c === 4 || c >= first,
      (c) => c >= first,
    );
    const account = kind === 'inv' ? 'Investering' : 'Drift';
    for (const sm of model.scenarios) {
      const col = (i: number) => yearCol(first, sm.scenario.startYear + i);
      const nm = names[sm.no - 1]!;
      sh.section(
        `Scenario ${sm.no}: ${nm} (${sm.scenario.startYear}–${sm.scenario.startYear + sm.scenario.years - 1})`,
        sumCol,
      );
      const line = (
        title: string,
        label: string,
        cells: Node[],
        total: Node | null,
        opts: { line?: BudgetLine; bold?: boolean; note?: string },
      ) => {
        const r = sh.row++;
        const style: Style | undefined = opts.bold ? { font: BOLD } : undefined;
        sh.text(r, 1, nm);
        sh.text(r, 2, clean(title), style);
        if (opts.line) {
          sh.text(r, 3, account);
          sh.text(r, 4, KOSTRA_FUNCTION, { alignment: { horizontal: 'right', indent: 1 } });
          sh.text(r, 6, art(opts.line));
        }
        sh.text(r, 5, label, style);
        cells.forEach((c, i) => sh.node(r, col(i), c, 'kr', style));
        if (total) sh.node(r, sumCol, total, 'kr', style);
        if (opts.note) {
          const first = sh.ws.getCell(r, col(0));
          first.note = opts.note;
        }
      };
      let any = false;
      for (const a of sm.actions) {
        const rows: LineRow[] = kind === 'inv' ? a.inv : a.op;
        if (rows.length === 0) continue;
        any = true;
        for (const row of rows) {
          line(a.title, LINE_LABEL[row.line], row.cells, row.sum, {
            line: row.line,
            ...(row.fallback
              ? { note: 'Beløpet er beregnet i Boligplan (verdi, ikke formel).' }
              : {}),
          });
        }
        const net = kind === 'inv' ? a.netInvestment : a.netOperating;
        line(
          a.title,
          kind === 'inv' ? NET_LABEL.netInvestment : NET_LABEL.netOperatingCost,
          net,
          rowSum(book, net),
          { bold: true },
        );
      }
      if (!any)
        sh.text(
          sh.row++,
          2,
          kind === 'inv' ? 'Ingen investeringer i scenarioet' : 'Ingen driftsposter',
        );
      const t = sm.totals;
      const totalTitle = `Sum scenario ${sm.no}`;
      for (const row of kind === 'inv' ? t.inv : t.op) {
        line(totalTitle, LINE_LABEL[row.line], row.cells, row.sum, { line: row.line });
      }
      if (kind === 'inv') {
        line(totalTitle, NET_LABEL.netInvestment, t.netInvestment, t.netInvestmentSum, {
          bold: true,
        });
      } else {
        line(totalTitle, NET_LABEL.netOperatingCost, t.netOperating, t.netOperatingSum, {
          bold: true,
        });
        line(totalTitle, `${NET_LABEL.netCost} (investering + drift)`, t.netCost, t.netCostSum, {
          bold: true,
        });
        const r = sh.row++;
        sh.text(r, 1, nm);
        sh.text(r, 2, totalTitle, { font: BOLD });
        sh.text(
          r,
          5,
          `${NET_LABEL.npv} (kalkulasjonsrente ${formatPct(sm.scenario.assumptions.discountRate)}, basisår ${sm.scenario.startYear})`,
          { font: BOLD },
        );
        sh.node(r, sumCol, t.npv, 'kr', { font: BOLD });
      }
      sh.row++;
    }
    sh.finish({ xSplit: 2, minWidth: 9 });
    sh.ws.getColumn(5).width = Math.min(sh.ws.getColumn(5).width ?? 30, 44);
  };
  budgetSheet(investment, 'inv');
  budgetSheet(operating, 'op');

  // --- Behov ---------------------------------------------------------------------------------
  {
    const sh = needs;
    const first = 4;
    sh.header(['Scenario', 'Segment', 'Post', ...years.map(String)], (c) => c >= first);
    for (const sm of model.scenarios) {
      const nm = names[sm.no - 1]!;
      sh.section(`Scenario ${sm.no}: ${nm}`, first + years.length - 1);
      const per = sm.plan.perYear;
      const col = (i: number) => yearCol(first, sm.scenario.startYear + i);
      const block = (
        label: string,
        pick: (i: number) => {
          demand: number;
          supply: number;
          gap: number;
          cumulativeGap: number;
          coverage: number | null;
        },
      ) => {
        const posts: [string, keyof ReturnType<typeof pick>, Fmt][] = [
          ['Behov (husstander)', 'demand', 'dec'],
          ['Tilbud (boliger)', 'supply', 'dec'],
          ['Gap (tilbud − behov)', 'gap', 'dec'],
          ['Akkumulert gap', 'cumulativeGap', 'dec'],
          ['Dekningsgrad', 'coverage', 'pct'],
        ];
        for (const [post, key, fmt] of posts) {
          const r = sh.row++;
          sh.text(r, 1, nm);
          sh.text(r, 2, label, label === 'Alle segmenter' ? { font: BOLD } : undefined);
          sh.text(r, 3, post);
          const whole = per.every((_, i) => Number.isInteger(pick(i)[key]));
          per.forEach((_, i) => {
            const v = pick(i)[key];
            if (v === null) sh.text(r, col(i), DASH, { alignment: { horizontal: 'right' } });
            else sh.text(r, col(i), v, { numFmt: fmt === 'pct' ? '0.0%' : whole ? KR : DEC });
          });
        }
      };
      block('Alle segmenter', (i) => per[i]!.needs.total);
      for (const key of SEGMENT_KEYS) {
        if (
          !per.some(
            (y) =>
              y.needs.segments[key].demandTotal !== 0 || y.needs.segments[key].supplyTotal !== 0,
          )
        )
          continue;
        block(segmentLabel(key), (i) => {
          const c = per[i]!.needs.segments[key];
          return {
            demand: c.demandTotal,
            supply: c.supplyTotal,
            gap: c.gap,
            cumulativeGap: c.cumulativeGap,
            coverage: c.coverage,
          };
        });
      }
    }
    sh.finish({ xSplit: 3 });
  }

  // --- Boligmasse ----------------------------------------------------------------------------
  {
    const sh = stock;
    const first = 4;
    sh.header(['Scenario', 'Segment', 'Disposisjonsform', ...years.map(String)], (c) => c >= first);
    for (const sm of model.scenarios) {
      const nm = names[sm.no - 1]!;
      sh.section(`Scenario ${sm.no}: ${nm}`, first + years.length - 1);
      const per = sm.plan.perYear;
      const col = (i: number) => yearCol(first, sm.scenario.startYear + i);
      const row = (seg: string, tenure: string, pick: (i: number) => number, bold = false) => {
        const r = sh.row++;
        const style: Style | undefined = bold ? { font: BOLD } : undefined;
        sh.text(r, 1, nm);
        sh.text(r, 2, seg, style);
        sh.text(r, 3, tenure, style);
        per.forEach((_, i) => sh.text(r, col(i), pick(i), { numFmt: KR, ...(style ?? {}) }));
      };
      row('Alle segmenter', 'I alt', (i) => per[i]!.stock.total, true);
      for (const t of TENURES)
        row('Alle segmenter', TENURE_LABEL[t], (i) => per[i]!.stock.byTenure[t]);
      row('Alle segmenter', 'Herav ute av bruk', (i) => per[i]!.stock.outOfUse);
      for (const key of SEGMENT_KEYS) {
        for (const t of TENURES) {
          if (!per.some((y) => y.stock.bySegment[key][t] !== 0)) continue;
          row(segmentLabel(key), TENURE_LABEL[t], (i) => per[i]!.stock.bySegment[key][t]);
        }
      }
    }
    sh.finish({ xSplit: 3 });
  }

  // --- Sammendrag ----------------------------------------------------------------------------
  writeSummary(summary, model, names, years, yearCol, clean);

  book.flush();
  return { workbook: wb, model };
}

function formatPct(v: number): string {
  return `${new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 }).format(v * 100)} %`;
}

function rowSum(book: Book, cells: Node[]): Node {
  const total = cells.reduce((s, c) => s + c.num, 0);
  if (cells.length === 1) return book.formula(ref(cells[0]!));
  return book.formula(
    raw(`SUM(${token(cells[0]!)}:${token(cells[cells.length - 1]!)})`, total, true),
  );
}

const ASSUMPTION_ROWS: {
  key: NameKey;
  label: string;
  unit: string;
  fmt: Fmt;
  description: string;
  input: boolean;
}[] = [
  {
    key: 'startYear',
    label: 'Startår',
    unit: 'år',
    fmt: 'year',
    description: 'Planens første år (basisår for priser og nåverdi).',
    input: false,
  },
  {
    key: 'years',
    label: 'Planperiode',
    unit: 'år',
    fmt: 'int',
    description: 'Antall år i planen.',
    input: false,
  },
  ...(
    [
      'interestRate',
      'priceGrowth',
      'rentGrowth',
      'costGrowth',
      'maintenancePerM2PerYear',
      'managementPerUnitPerYear',
      'vacancyLoss',
      'discountRate',
    ] as const
  ).map((k) => ({
    key: k,
    label: ASSUMPTION_FIELDS[k].label,
    unit:
      ASSUMPTION_FIELDS[k].unit === 'andel'
        ? 'prosent'
        : ASSUMPTION_FIELDS[k].unit === 'kr'
          ? 'kr'
          : ASSUMPTION_FIELDS[k].unit,
    fmt: (ASSUMPTION_FIELDS[k].unit === 'andel' ? 'pct' : 'kr') as Fmt,
    description: ASSUMPTION_FIELDS[k].description,
    input: true,
  })),
  {
    key: 'loanShare',
    label: DEFAULT_LOAN_FIELDS.share.label,
    unit: 'prosent',
    fmt: 'pct',
    description: `${DEFAULT_LOAN_FIELDS.share.description} Brukes når tiltaket ikke har egne lånevilkår.`,
    input: true,
  },
  {
    key: 'loanYears',
    label: DEFAULT_LOAN_FIELDS.years.label,
    unit: 'år',
    fmt: 'int',
    description: `${DEFAULT_LOAN_FIELDS.years.description} Husbanken: normalt 30, inntil 50 år for utleieboliger.`,
    input: true,
  },
  {
    key: 'loanType',
    label: DEFAULT_LOAN_FIELDS.type.label,
    unit: '',
    fmt: 'text',
    description: DEFAULT_LOAN_FIELDS.type.description,
    input: true,
  },
  {
    key: 'municipalityGroup',
    label: ASSUMPTION_FIELDS.municipalityGroup.label,
    unit: '',
    fmt: 'text',
    description: ASSUMPTION_FIELDS.municipalityGroup.description,
    input: true,
  },
  {
    key: 'grantRate',
    label: 'Tilskuddssats',
    unit: 'kr per m²',
    fmt: 'kr',
    description: 'Husbankens sats for kommunegruppen (fra tabellen under).',
    input: false,
  },
  {
    key: 'grantMaxM2',
    label: 'Maks areal for tilskudd',
    unit: 'm² per bolig',
    fmt: 'int',
    description: 'Tilskuddet gis for inntil dette arealet per bolig.',
    input: true,
  },
  {
    key: 'grantWriteDown',
    label: 'Avskrivningstid for tilskudd',
    unit: 'år',
    fmt: 'int',
    description:
      'Tilskuddet nedskrives over så mange år (3,3 % per hele år ved 30 år); resten betales tilbake ved salg.',
    input: true,
  },
  ...(['moveOutRateAtContractEnd', 'careerExitRate', 'contractRenewalYears'] as const).map((k) => ({
    key: k,
    label: ASSUMPTION_FIELDS[k].label,
    unit: ASSUMPTION_FIELDS[k].unit === 'andel' ? 'prosent' : ASSUMPTION_FIELDS[k].unit,
    fmt: (ASSUMPTION_FIELDS[k].unit === 'andel' ? 'pct' : 'int') as Fmt,
    description: `${ASSUMPTION_FIELDS[k].description} Påvirker behovstallene, som er beregnet i Boligplan.`,
    input: false,
  })),
];

function writeAssumptions(
  sh: Sheet,
  model: PlanModel,
  names: string[],
  crowdingRule: CrowdingRule,
): void {
  const n = model.scenarios.length;
  const nameCol = 3 + n;
  sh.header([
    'Forutsetning',
    'Enhet',
    ...names.map((nm, k) => `${k + 1}: ${nm}`),
    'Navn i formler',
    'Beskrivelse',
  ]);
  for (const row of ASSUMPTION_ROWS) {
    const r = sh.row++;
    sh.text(r, 1, row.label);
    sh.text(r, 2, row.unit);
    for (const sm of model.scenarios) {
      const a = sm.scenario.assumptions;
      const c = 2 + sm.no;
      const cell = sh.ws.getCell(r, c);
      const value: number | string =
        row.key === 'startYear'
          ? sm.scenario.startYear
          : row.key === 'years'
            ? sm.scenario.years
            : row.key === 'loanShare'
              ? a.defaultLoan.share
              : row.key === 'loanYears'
                ? a.defaultLoan.years
                : row.key === 'loanType'
                  ? a.defaultLoan.type === 'serial'
                    ? SERIAL
                    : ANNUITY
                  : row.key === 'municipalityGroup'
                    ? GRANT_RATES[a.municipalityGroup].label
                    : row.key === 'grantRate'
                      ? GRANT_RATES[a.municipalityGroup].krPerM2
                      : row.key === 'grantMaxM2'
                        ? 80
                        : row.key === 'grantWriteDown'
                          ? 30
                          : (a[row.key as keyof typeof a] as number);
      if (row.key === 'grantRate') {
        sh.node(r, c, sm.grantRate, 'kr');
      } else {
        sh.text(r, c, value, {
          ...(numFmt(row.fmt, value) ? { numFmt: numFmt(row.fmt, value)! } : {}),
          alignment: { horizontal: 'right' },
          ...(row.input ? { fill: INPUT_FILL } : {}),
        });
      }
      cell.name = `${NAMES[row.key]}_${sm.no}`;
      if (row.key === 'loanType') {
        cell.dataValidation = {
          type: 'list',
          allowBlank: false,
          formulae: [`"${ANNUITY},${SERIAL}"`],
        };
      } else if (row.key === 'municipalityGroup') {
        cell.dataValidation = { type: 'list', allowBlank: false, formulae: ['Husbanken_grupper'] };
      }
    }
    sh.text(r, nameCol, `${NAMES[row.key]}_1${n > 1 ? ` … _${n}` : ''}`, {
      alignment: { indent: 1 },
    });
    sh.text(r, nameCol + 1, row.description);
  }
  sh.row += 1;
  sh.text(
    sh.row++,
    1,
    `Husbankens tilskudd til utleieboliger, satser fra ${formatDate(GRANT_RATES_VALID_FROM)}`,
    { font: BOLD },
  );
  const head = sh.row++;
  ['Kommunegruppe', 'Kr per m²', 'Maks m²', 'Maks beløp'].forEach((h, k) =>
    sh.text(head, k + 1, h, { font: BOLD, fill: HEAD_FILL }),
  );
  sh.text(head, nameCol + 1, 'Kommuner', { font: BOLD, fill: HEAD_FILL });
  const top = sh.row;
  for (const g of GRANT_GROUPS) {
    const rate = GRANT_RATES[g];
    const r = sh.row++;
    sh.text(r, 1, rate.label);
    sh.text(r, 2, rate.krPerM2, { numFmt: KR, fill: INPUT_FILL });
    sh.text(r, 3, rate.maxM2, { numFmt: KR });
    sh.text(r, 4, rate.maxAmount, { numFmt: KR });
    sh.text(r, nameCol + 1, rate.municipalities);
  }
  const bottom = sh.row - 1;
  sh.row += 1;
  const rr = sh.row++;
  sh.text(rr, 1, 'Avrundingsfaktor (teknisk)');
  sh.text(rr, 2, 'faktor');
  sh.text(rr, 3, ROUNDING, { numFmt: '0.000000000000', alignment: { horizontal: 'right' } });
  sh.ws.getCell(rr, 3).name = ROUNDING_NAME;
  sh.text(rr, nameCol, ROUNDING_NAME, { alignment: { indent: 1 } });
  sh.text(
    rr,
    nameCol + 1,
    'Formlene runder som Boligplan: ROUND(beløp × Avrunding; 0) runder halve kroner bort fra null også når ' +
      'datamaskinens binære tall ligger en hårsbredd under ,5 (17 000 × 12 × 1,025² = 214 327,5). Skal ikke endres.',
  );
  sh.ws.getCell(rr, nameCol + 1).alignment = { wrapText: true, vertical: 'top' };
  // The rules and conventions behind the figures, so a finance officer can check them.
  sh.row += 1;
  sh.text(sh.row++, 1, 'Regler og konvensjoner', { font: BOLD });
  const rules: [string, string][] = [
    [
      'Nåverdi',
      'Første planår er udiskontert, senere år diskonteres med kalkulasjonsrenten per år; ' +
        'samme konvensjon for scenarioer og for verdi per bolig.',
    ],
    [
      'Areal',
      `Tiltakenes areal er P-ROM (grunnlaget for tilskuddet). Drift og vedlikehold regnes per m² BRA = P-ROM / ${String(PROM_SHARE_OF_BRA).replace('.', ',')}. ` +
        'Tilskuddet er aldri høyere enn godkjent kostnad.',
    ],
    [
      'Eksisterende lån',
      'Renter og avdrag på lånene i registeret, og boligenes andel som innfris ved salg, er verdier fra Boligplan ' +
        '(Grunnlag). Flytende lån og lån der fastrenten er ute, er regnet med renten ved eksport: endres Rente her, ' +
        'eksporter på nytt for å oppdatere dem.',
    ],
    [
      'Tilskudd ved salg',
      'Den delen av Husbankens tilskudd som ikke er avskrevet (hele år fra utbetalingsdato, tilskuddets egen sats), ' +
        'betales tilbake ved salg.',
    ],
    ['Trangboddhet', crowdingRuleSummary(crowdingRule)],
  ];
  for (const [label, text] of rules) {
    const r = sh.row++;
    sh.text(r, 1, label);
    sh.text(r, nameCol + 1, text);
  }
  const wb = sh.ws.workbook;
  wb.definedNames.add(`'${SHEETS.assumptions}'!$A$${top}:$B$${bottom}`, 'Husbanken_satser');
  wb.definedNames.add(`'${SHEETS.assumptions}'!$A$${top}:$A$${bottom}`, 'Husbanken_grupper');
  sh.finish({ xSplit: 2, minWidth: 12 });
  sh.ws.getColumn(nameCol + 1).width = 70;
  sh.wrap(nameCol + 1, TABLE_HEADER + 1, sh.row);
}

function writeSummary(
  sh: Sheet,
  model: PlanModel,
  names: string[],
  years: number[],
  yearCol: (first: number, y: number) => number,
  clean: (t: string) => string,
): void {
  const first = 3;
  const sumCol = first + years.length;
  sh.header(['Scenario', 'Nøkkeltall', ...years.map(String), 'Sum / nåverdi'], (c) => c >= first);
  for (const sm of model.scenarios) {
    const nm = names[sm.no - 1]!;
    const per = sm.plan.perYear;
    const t = sm.totals;
    const col = (i: number) => yearCol(first, sm.scenario.startYear + i);
    sh.section(
      `Scenario ${sm.no}: ${nm} – ${sm.scenario.startYear}–${sm.scenario.startYear + sm.scenario.years - 1}, ${sm.scenario.actions.length} tiltak`,
      sumCol,
    );
    const values = (label: string, pick: (i: number) => number | null, fmt: string) => {
      const r = sh.row++;
      sh.text(r, 1, nm);
      sh.text(r, 2, label);
      const whole = fmt === DEC && per.every((_, i) => Number.isInteger(pick(i)));
      per.forEach((_, i) => {
        const v = pick(i);
        if (v === null) sh.text(r, col(i), DASH, { alignment: { horizontal: 'right' } });
        else sh.text(r, col(i), v, { numFmt: whole ? KR : fmt });
      });
    };
    const formulas = (
      label: string,
      cells: Node[],
      total: Node | null,
      bold = false,
      own = false,
    ) => {
      const r = sh.row++;
      const style: Style | undefined = bold ? { font: BOLD } : undefined;
      sh.text(r, 1, nm);
      sh.text(r, 2, label, style);
      cells.forEach((c, i) =>
        own ? sh.node(r, col(i), c, 'kr', style) : sh.mirror(r, col(i), c, 'kr', style),
      );
      if (total) sh.mirror(r, sumCol, total, 'kr', style);
    };
    values('Boligmasse 31.12 (boliger)', (i) => per[i]!.stock.total, KR);
    values('Herav ute av bruk', (i) => per[i]!.stock.outOfUse, KR);
    values('Behov (husstander)', (i) => per[i]!.needs.total.demand, DEC);
    values('Tilbud (boliger)', (i) => per[i]!.needs.total.supply, DEC);
    values('Gap (tilbud − behov)', (i) => per[i]!.needs.total.gap, DEC);
    values('Dekningsgrad', (i) => per[i]!.needs.total.coverage, '0.0%');
    formulas(
      'Brutto investering (kjøp, bygging, rehabilitering)',
      t.grossInvestment,
      null,
      false,
      true,
    );
    formulas(NET_LABEL.netInvestment, t.netInvestment, t.netInvestmentSum);
    formulas(NET_LABEL.netOperatingCost, t.netOperating, t.netOperatingSum);
    formulas(NET_LABEL.netCost, t.netCost, t.netCostSum, true);
    formulas('Restgjeld nye lån 31.12', t.loanBalance, null);
    const r = sh.row++;
    sh.text(r, 1, nm);
    sh.text(
      r,
      2,
      `${NET_LABEL.npv} (kalkulasjonsrente ${formatPct(sm.scenario.assumptions.discountRate)})`,
      { font: BOLD },
    );
    sh.mirror(r, sumCol, t.npv, 'kr', { font: BOLD });
  }

  // Net cost per action (the action's own lines: what it changes).
  sh.row++;
  const head = sh.row++;
  ['Scenario', 'Netto kostnad per tiltak', ...years.map(String), 'Sum', 'Nåverdi'].forEach((h, k) =>
    sh.text(head, k + 1, h, {
      font: BOLD,
      fill: HEAD_FILL,
      ...(k >= 2 ? { alignment: { horizontal: 'right' as const } } : {}),
    }),
  );
  for (const sm of model.scenarios) {
    const nm = names[sm.no - 1]!;
    const col = (i: number) => yearCol(first, sm.scenario.startYear + i);
    for (const a of sm.actions) {
      const net = sm.totals.actionNetCost.get(a.actionId)!;
      const r = sh.row++;
      sh.text(r, 1, nm);
      sh.text(r, 2, clean(a.title));
      net.cells.forEach((c, i) => sh.node(r, col(i), c, 'kr'));
      sh.node(r, sumCol, net.sum, 'kr');
      sh.node(r, sumCol + 1, net.npv, 'kr');
    }
  }

  // A chart-ready table: one row per series (scenario × key figure), the years across, no
  // merged cells and no text among the figures (a coverage without demand is an empty cell,
  // a gap in the chart); select it (the name «Diagramdata») and insert a chart.
  sh.row++;
  const top = sh.row++;
  ['Diagramdata', 'Serie', ...years.map(String)].forEach((h, k) =>
    sh.text(top, k + 1, h, {
      font: BOLD,
      fill: HEAD_FILL,
      ...(k >= 2 ? { alignment: { horizontal: 'right' as const } } : {}),
    }),
  );
  const series: {
    label: string;
    pick: (sm: ScenarioModel, i: number) => Node | number | null;
    fmt: string;
  }[] = [
    { label: 'Netto kostnad', pick: (sm, i) => sm.totals.netCost[i]!, fmt: KR },
    { label: 'Netto investering', pick: (sm, i) => sm.totals.netInvestment[i]!, fmt: KR },
    { label: 'Netto driftsutgift', pick: (sm, i) => sm.totals.netOperating[i]!, fmt: KR },
    { label: 'Boligmasse', pick: (sm, i) => sm.plan.perYear[i]!.stock.total, fmt: KR },
    {
      label: 'Dekningsgrad',
      pick: (sm, i) => sm.plan.perYear[i]!.needs.total.coverage,
      fmt: '0.0%',
    },
  ];
  for (const se of series) {
    for (const sm of model.scenarios) {
      const r = sh.row++;
      const nm = names[sm.no - 1]!;
      sh.text(r, 1, nm);
      sh.text(r, 2, `${se.label} – ${nm}`);
      for (let i = 0; i < sm.scenario.years; i++) {
        const c = yearCol(first, sm.scenario.startYear + i);
        const v = se.pick(sm, i);
        if (v === null) continue;
        if (typeof v === 'number') sh.text(r, c, v, { numFmt: se.fmt });
        else sh.mirror(r, c, v, 'kr');
      }
    }
  }
  sh.ws.workbook.definedNames.add(
    `'${SHEETS.summary}'!$B$${top}:$${columnLetter(first + years.length - 1)}$${sh.row - 1}`,
    'Diagramdata',
  );
  sh.finish({ xSplit: 2 });
  sh.ws.getColumn(1).width = Math.min(sh.ws.getColumn(1).width ?? 20, 28);
  sh.ws.getColumn(2).width = 52;
}

/** Writes the workbook atomically (a temporary file renamed into place). */
export async function writePlanWorkbook(path: string, inputs: PlanWorkbookInputs): Promise<void> {
  const workbook = buildPlanWorkbook(inputs);
  assertNoPersonalData(workbook);
  const bytes = await workbook.xlsx.writeBuffer();
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, new Uint8Array(bytes as ArrayBuffer));
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new AppError(
      'validation',
      `Kunne ikke lagre ${basename(path)}. Er filen åpen i Excel? (${(e as Error).message})`,
    );
  }
}
