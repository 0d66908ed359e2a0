// Reads the budget back from an exported (and recalculated) workbook the way a finance
// officer reads it — by scenario, action title and line label — and lists every figure that
// differs from the app's PlanResult. Independent of how the export lays out its formulas.
import type ExcelJS from 'exceljs';
import {
  INVESTMENT_LINE_LABEL,
  INVESTMENT_LINES,
  NET_LABEL,
  OPERATING_LINE_LABEL,
  OPERATING_LINES,
  type PlanResult,
} from '../../../main/domain/scenario';
import { TOTAL_TITLE } from '../../../main/export/sheets/budget';
import { cellNumber } from './libreoffice';

interface Table {
  /** `${key}|${label}` → year → value; 'sum' and the column after it ('next'). */
  rows: Map<string, Map<number | 'sum' | 'next', number | null>>;
}

/**
 * Reads the rows under every table header of a sheet (a header is a row with years as text).
 * A row's key is its key column(s) and label joined by «|».
 */
function readTable(ws: ExcelJS.Worksheet, keyCols: number[], labelCol: number): Table {
  let years = new Map<number, number>();
  let sumCol = 0;
  const rows = new Map<string, Map<number | 'sum' | 'next', number | null>>();
  ws.eachRow((row, r) => {
    if (r <= 5) return;
    const heads = new Map<number, number>();
    let sum = 0;
    row.eachCell((cell, col) => {
      const t = cell.value;
      if (typeof t !== 'string') return;
      if (/^\d{4}$/.test(t)) heads.set(col, Number(t));
      else if (/^Sum/.test(t)) sum = col;
    });
    if (heads.size > 0) {
      years = heads;
      sumCol = sum;
      return;
    }
    const keys = keyCols.map((c) => String(row.getCell(c).value ?? ''));
    const label = String(row.getCell(labelCol).value ?? '');
    if (keys.some((k) => !k) || !label) return;
    const values = new Map<number | 'sum' | 'next', number | null>();
    for (const [col, year] of years) values.set(year, cellNumber(row.getCell(col)));
    if (sumCol) {
      values.set('sum', cellNumber(row.getCell(sumCol)));
      values.set('next', cellNumber(row.getCell(sumCol + 1)));
    }
    rows.set([...keys, label].join('|'), values);
  });
  return { rows };
}

/** The sheet «<prefix> – …» of a scenario (row 3 names the scenario). */
export function scenarioSheet(
  wb: ExcelJS.Workbook,
  prefix: string,
  scenarioName: string,
): ExcelJS.Worksheet {
  const ws = wb.worksheets.find(
    (w) =>
      w.name.startsWith(`${prefix} – `) &&
      String(w.getCell(3, 1).value) === `Scenario: ${scenarioName}`,
  );
  if (!ws) throw new Error(`Fant ikke arket ${prefix} for ${scenarioName}`);
  return ws;
}

/**
 * Every budget figure of the plan (per action and line, the action's net lines, the scenario's
 * totals, net cost, NPV, per-action net cost and NPV, loan balance) compared with the workbook.
 * Returns the differences (empty = equal to the krone) and how many figures were compared.
 */
export function compareBudget(
  wb: ExcelJS.Workbook,
  plan: PlanResult,
  scenarioNo: number,
  scenarioName = plan.scenarioName,
): { differences: string[]; compared: number } {
  const s = scenarioName;
  const inv = readTable(scenarioSheet(wb, 'Investering', s), [1], 4);
  const op = readTable(scenarioSheet(wb, 'Drift', s), [1], 4);
  const summary = readTable(wb.getWorksheet('Sammendrag')!, [1], 2);
  const differences: string[] = [];
  let compared = 0;
  const expectRow = (
    table: Table,
    key: string,
    values: number[],
    options: { optionalIfZero?: boolean; sum?: number } = {},
  ) => {
    const row = table.rows.get(key);
    if (!row) {
      if (options.optionalIfZero && values.every((v) => v === 0)) return;
      differences.push(`mangler raden ${key}`);
      return;
    }
    values.forEach((v, i) => {
      const year = plan.startYear + i;
      compared++;
      if (row.get(year) !== v)
        differences.push(`${key} ${year}: arbeidsbok ${row.get(year)}, app ${v}`);
    });
    if (options.sum !== undefined) {
      compared++;
      if (row.get('sum') !== options.sum) {
        differences.push(`${key} sum: arbeidsbok ${row.get('sum')}, app ${options.sum}`);
      }
    }
  };
  for (const a of plan.byAction) {
    const invRows = INVESTMENT_LINES.filter((l) => a.perYear.some((y) => y.investment[l] !== 0));
    const opRows = OPERATING_LINES.filter((l) => a.perYear.some((y) => y.operating[l] !== 0));
    for (const line of INVESTMENT_LINES) {
      const values = a.perYear.map((y) => y.investment[line]);
      expectRow(inv, `${a.title}|${INVESTMENT_LINE_LABEL[line]}`, values, {
        optionalIfZero: true,
        sum: a.total.investment[line],
      });
    }
    for (const line of OPERATING_LINES) {
      const values = a.perYear.map((y) => y.operating[line]);
      expectRow(op, `${a.title}|${OPERATING_LINE_LABEL[line]}`, values, {
        optionalIfZero: true,
        sum: a.total.operating[line],
      });
    }
    expectRow(
      inv,
      `${a.title}|${NET_LABEL.netInvestment}`,
      a.perYear.map((y) => y.netInvestment),
      { optionalIfZero: invRows.length === 0, sum: a.total.netInvestment },
    );
    expectRow(
      op,
      `${a.title}|${NET_LABEL.netOperatingCost}`,
      a.perYear.map((y) => y.netOperatingCost),
      { optionalIfZero: opRows.length === 0, sum: a.total.netOperatingCost },
    );
    // Sammendrag: net cost per action, its sum and its present value.
    const row = summary.rows.get(`${s}|${a.title}`);
    if (!row) differences.push(`Sammendrag mangler ${a.title}`);
    else {
      a.perYear.forEach((y) => {
        compared++;
        if (row.get(y.year) !== y.netCost) {
          differences.push(`Sammendrag ${a.title} ${y.year}: ${row.get(y.year)} ≠ ${y.netCost}`);
        }
      });
      compared += 2;
      if (row.get('sum') !== a.total.netCost) differences.push(`Sammendrag ${a.title} sum`);
      if (row.get('next') !== a.npv) {
        differences.push(`Sammendrag ${a.title} nåverdi: ${row.get('next')} ≠ ${a.npv}`);
      }
    }
  }
  const total = TOTAL_TITLE;
  for (const line of INVESTMENT_LINES) {
    expectRow(
      inv,
      `${total}|${INVESTMENT_LINE_LABEL[line]}`,
      plan.perYear.map((y) => y.investment[line]),
      {
        optionalIfZero: true,
        sum: plan.total.investment[line],
      },
    );
  }
  for (const line of OPERATING_LINES) {
    expectRow(
      op,
      `${total}|${OPERATING_LINE_LABEL[line]}`,
      plan.perYear.map((y) => y.operating[line]),
      {
        optionalIfZero: true,
        sum: plan.total.operating[line],
      },
    );
  }
  expectRow(
    inv,
    `${total}|${NET_LABEL.netInvestment}`,
    plan.perYear.map((y) => y.netInvestment),
    {
      sum: plan.total.netInvestment,
    },
  );
  expectRow(
    op,
    `${total}|${NET_LABEL.netOperatingCost}`,
    plan.perYear.map((y) => y.netOperatingCost),
    {
      sum: plan.total.netOperatingCost,
    },
  );
  expectRow(
    op,
    `${total}|${NET_LABEL.netCost} (investering + drift)`,
    plan.perYear.map((y) => y.netCost),
    { sum: plan.total.netCost },
  );
  const npvRow = [...op.rows.entries()].find(([k]) => k.startsWith(`${total}|${NET_LABEL.npv}`));
  compared++;
  if (npvRow?.[1].get('sum') !== plan.npv) {
    differences.push(`nåverdi: arbeidsbok ${npvRow?.[1].get('sum')}, app ${plan.npv}`);
  }
  expectRow(
    summary,
    `${s}|Restgjeld nye lån 31.12`,
    plan.perYear.map((y) => y.loanBalance),
  );
  expectRow(
    summary,
    `${s}|${NET_LABEL.netCost}`,
    plan.perYear.map((y) => y.netCost),
    {
      sum: plan.total.netCost,
    },
  );
  const npvSummary = [...summary.rows.entries()].find(([k]) =>
    k.startsWith(`${s}|${NET_LABEL.npv}`),
  );
  compared++;
  if (npvSummary?.[1].get('sum') !== plan.npv) differences.push('Sammendrag: nåverdi');
  expectRow(
    summary,
    `${s}|Boligmasse 31.12 (boliger)`,
    plan.perYear.map((y) => y.stock.total),
  );
  return { differences, compared };
}

/**
 * The «Endring» rows of an Endring sheet by the figure's label (column 1): year → change, and
 * 'sum' (sum, or the last year for coverage and homes; the NPV's change). «–» reads as null.
 */
export function readDifference(
  ws: ExcelJS.Worksheet,
): Map<string, Map<number | 'sum' | 'next', number | null>> {
  const table = readTable(ws, [1], 2);
  const out = new Map<string, Map<number | 'sum' | 'next', number | null>>();
  for (const [key, values] of table.rows) {
    const [label, row] = key.split('|');
    if (row?.startsWith('Endring')) out.set(label!, values);
  }
  return out;
}
