// «Investering – <scenario>» and «Drift – <scenario>»: the budget lines per action and year as
// formulas, with KOSTRA function, account type and kind (Art), the action's net line, the
// scenario's totals and (Drift) net cost and NPV. Net lines carry a live «I ord» label.
import {
  ACTION_KIND_LABEL,
  FRAMLEIE_MODE_LABEL,
  INVESTMENT_FINANCING,
  INVESTMENT_LINE_LABEL,
  KOSTRA_FUNCTION,
  NET_LABEL,
  OPERATING_LINE_LABEL,
  type BudgetLine,
  type Scenario,
} from '../../domain/scenario';
import { NET_COST, NET_INVESTMENT, NET_OPERATING } from '../../domain/wording';
import type { Style } from '../book';
import type { Node } from '../expr';
import type { ActionModel, LineRow, ScenarioModel } from '../model';
import { BOLD, formatPct, rowSum, wordsFormula, type Ctx, type Sheet } from './common';

export const LINE_LABEL: Record<BudgetLine, string> = {
  ...INVESTMENT_LINE_LABEL,
  ...OPERATING_LINE_LABEL,
};

/** The title of a scenario's total lines (column «Tiltak»). */
export const TOTAL_TITLE = 'Sum alle tiltak';

function art(line: BudgetLine): string {
  if (line === 'newLoans') return 'Finansiering';
  if (line === 'rentIncome') return 'Inntekt';
  if ((INVESTMENT_FINANCING as readonly string[]).includes(line)) return 'Inntekt';
  return 'Utgift';
}

export function kindLabel(s: Scenario, a: ActionModel): string {
  if (a.kind === 'register') return 'Eksisterende';
  if (a.kind === 'framleie') {
    const x = s.actions.find((y) => y.id === a.actionId);
    if (x?.kind === 'framleie') return FRAMLEIE_MODE_LABEL[x.mode];
  }
  return ACTION_KIND_LABEL[a.kind];
}

/** Columns: Tiltak, Kontotype, Funksjon, Post, Art, years…, Sum, I ord. */
export const BUDGET_FIRST_YEAR_COL = 6;

export function writeBudget(sh: Sheet, ctx: Ctx, sm: ScenarioModel, kind: 'inv' | 'op'): void {
  const { book, clean } = ctx;
  const first = BUDGET_FIRST_YEAR_COL;
  const n = sm.scenario.years;
  const sumCol = first + n;
  const wordsCol = sumCol + 1;
  const s0 = sm.scenario.startYear;
  sh.header(
    [
      'Tiltak',
      'Kontotype',
      'Funksjon',
      'Post',
      'Art',
      ...Array.from({ length: n }, (_, i) => String(s0 + i)),
      `Sum ${s0}–${s0 + n - 1}`,
      'I ord (sum)',
    ],
    (c) => c === 3 || (c >= first && c <= sumCol),
    (c) => c >= first && c <= sumCol,
  );
  const account = kind === 'inv' ? 'Investering' : 'Drift';
  const col = (i: number) => first + i;
  const line = (
    title: string,
    label: string,
    cells: Node[],
    total: Node | null,
    opts: {
      line?: BudgetLine;
      bold?: boolean;
      note?: string;
      words?: readonly [string, string];
    },
  ) => {
    const r = sh.row++;
    const style: Style | undefined = opts.bold ? { font: BOLD } : undefined;
    sh.text(r, 1, clean(title), style);
    if (opts.line) {
      sh.text(r, 2, account);
      sh.text(r, 3, KOSTRA_FUNCTION, { alignment: { horizontal: 'right', indent: 1 } });
      sh.text(r, 5, art(opts.line));
    }
    sh.text(r, 4, label, style);
    cells.forEach((c, i) => sh.node(r, col(i), c, 'kr', style));
    if (total) {
      sh.node(r, sumCol, total, 'kr', style);
      if (opts.words) {
        sh.node(r, wordsCol, wordsFormula(book, total, opts.words), 'text', {
          alignment: { indent: 1 },
          ...(style ?? {}),
        });
      }
    }
    if (opts.note) sh.ws.getCell(r, col(0)).note = opts.note;
  };
  let any = false;
  for (const a of sm.actions) {
    const rows: LineRow[] = kind === 'inv' ? a.inv : a.op;
    if (rows.length === 0) continue;
    any = true;
    sh.section(clean(a.title), wordsCol);
    for (const row of rows) {
      line(a.title, LINE_LABEL[row.line], row.cells, row.sum, {
        line: row.line,
        ...(row.fallback ? { note: 'Beløpet er beregnet i Boligplan (verdi, ikke formel).' } : {}),
      });
    }
    const net = kind === 'inv' ? a.netInvestment : a.netOperating;
    line(
      a.title,
      kind === 'inv' ? NET_LABEL.netInvestment : NET_LABEL.netOperatingCost,
      net,
      rowSum(book, net),
      { bold: true, words: kind === 'inv' ? NET_INVESTMENT : NET_OPERATING },
    );
  }
  if (!any) {
    sh.text(
      sh.row++,
      1,
      kind === 'inv' ? 'Ingen investeringer i scenarioet' : 'Ingen driftsposter',
    );
  }
  const t = sm.totals;
  sh.section(TOTAL_TITLE, wordsCol);
  for (const row of kind === 'inv' ? t.inv : t.op) {
    line(TOTAL_TITLE, LINE_LABEL[row.line], row.cells, row.sum, { line: row.line });
  }
  if (kind === 'inv') {
    line(TOTAL_TITLE, NET_LABEL.netInvestment, t.netInvestment, t.netInvestmentSum, {
      bold: true,
      words: NET_INVESTMENT,
    });
  } else {
    line(TOTAL_TITLE, NET_LABEL.netOperatingCost, t.netOperating, t.netOperatingSum, {
      bold: true,
      words: NET_OPERATING,
    });
    line(TOTAL_TITLE, `${NET_LABEL.netCost} (investering + drift)`, t.netCost, t.netCostSum, {
      bold: true,
      words: NET_COST,
    });
    const r = sh.row++;
    sh.text(r, 1, TOTAL_TITLE, { font: BOLD });
    sh.text(
      r,
      4,
      `${NET_LABEL.npv} (kalkulasjonsrente ${formatPct(sm.scenario.assumptions.discountRate)}, basisår ${s0})`,
      { font: BOLD },
    );
    sh.node(r, sumCol, t.npv, 'kr', { font: BOLD });
    sh.node(r, wordsCol, wordsFormula(book, t.npv, NET_COST), 'text', {
      font: BOLD,
      alignment: { indent: 1 },
    });
  }
  sh.finish({ xSplit: 1, minWidth: 9 });
  sh.ws.getColumn(1).width = 26;
  sh.ws.getColumn(2).width = 11;
  sh.ws.getColumn(3).width = 10;
  sh.ws.getColumn(sumCol).width = Math.max(sh.ws.getColumn(sumCol).width ?? 11, 15);
  sh.ws.getColumn(4).width = Math.min(sh.ws.getColumn(4).width ?? 30, 40);
  sh.ws.getColumn(5).width = 12;
  sh.ws.getColumn(wordsCol).width = 22;
}
