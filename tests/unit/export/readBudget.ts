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
import { cellNumber } from './libreoffice';

const HEADER_ROW = 6;

interface Table {
  /** `${scenario}|${title}|${label}` → year → value; 'sum' and the column after it ('next'). */
  rows: Map<string, Map<number | 'sum' | 'next', number | null>>;
}

function readTable(ws: ExcelJS.Worksheet, labelCol: number, titleCol = 2): Table {
  const years = new Map<number, number>();
  let sumCol = 0;
  ws.getRow(HEADER_ROW).eachCell((cell, col) => {
    const t = String(cell.value ?? '');
    if (/^\d{4}$/.test(t)) years.set(col, Number(t));
    else if (/^Sum/.test(t)) sumCol = col;
  });
  const rows = new Map<string, Map<number | 'sum' | 'next', number | null>>();
  ws.eachRow((row, r) => {
    if (r <= HEADER_ROW) return;
    const scenario = String(row.getCell(1).value ?? '');
    const title = String(row.getCell(titleCol).value ?? '');
    const label = String(row.getCell(labelCol).value ?? '');
    if (!scenario || !title || !label) return;
    const values = new Map<number | 'sum' | 'next', number | null>();
    for (const [col, year] of years) values.set(year, cellNumber(row.getCell(col)));
    if (sumCol) {
      values.set('sum', cellNumber(row.getCell(sumCol)));
      values.set('next', cellNumber(row.getCell(sumCol + 1)));
    }
    rows.set(`${scenario}|${title}|${label}`, values);
  });
  return { rows };
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
  const inv = readTable(wb.getWorksheet('Investering')!, 5);
  const op = readTable(wb.getWorksheet('Drift')!, 5);
  const summary = readTable(wb.getWorksheet('Sammendrag')!, 2, 1);
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
  const s = scenarioName;
  for (const a of plan.byAction) {
    const invRows = INVESTMENT_LINES.filter((l) => a.perYear.some((y) => y.investment[l] !== 0));
    const opRows = OPERATING_LINES.filter((l) => a.perYear.some((y) => y.operating[l] !== 0));
    for (const line of INVESTMENT_LINES) {
      const values = a.perYear.map((y) => y.investment[line]);
      expectRow(inv, `${s}|${a.title}|${INVESTMENT_LINE_LABEL[line]}`, values, {
        optionalIfZero: true,
        sum: a.total.investment[line],
      });
    }
    for (const line of OPERATING_LINES) {
      const values = a.perYear.map((y) => y.operating[line]);
      expectRow(op, `${s}|${a.title}|${OPERATING_LINE_LABEL[line]}`, values, {
        optionalIfZero: true,
        sum: a.total.operating[line],
      });
    }
    expectRow(
      inv,
      `${s}|${a.title}|${NET_LABEL.netInvestment}`,
      a.perYear.map((y) => y.netInvestment),
      { optionalIfZero: invRows.length === 0, sum: a.total.netInvestment },
    );
    expectRow(
      op,
      `${s}|${a.title}|${NET_LABEL.netOperatingCost}`,
      a.perYear.map((y) => y.netOperatingCost),
      { optionalIfZero: opRows.length === 0, sum: a.total.netOperatingCost },
    );
    // Sammendrag: net cost per action, its sum and its present value.
    const row = summary.rows.get(`${s}|${s}|${a.title}`);
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
  const total = `Sum scenario ${scenarioNo}`;
  for (const line of INVESTMENT_LINES) {
    expectRow(
      inv,
      `${s}|${total}|${INVESTMENT_LINE_LABEL[line]}`,
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
      `${s}|${total}|${OPERATING_LINE_LABEL[line]}`,
      plan.perYear.map((y) => y.operating[line]),
      {
        optionalIfZero: true,
        sum: plan.total.operating[line],
      },
    );
  }
  expectRow(
    inv,
    `${s}|${total}|${NET_LABEL.netInvestment}`,
    plan.perYear.map((y) => y.netInvestment),
    {
      sum: plan.total.netInvestment,
    },
  );
  expectRow(
    op,
    `${s}|${total}|${NET_LABEL.netOperatingCost}`,
    plan.perYear.map((y) => y.netOperatingCost),
    {
      sum: plan.total.netOperatingCost,
    },
  );
  expectRow(
    op,
    `${s}|${total}|${NET_LABEL.netCost} (investering + drift)`,
    plan.perYear.map((y) => y.netCost),
    { sum: plan.total.netCost },
  );
  const npvRow = [...op.rows.entries()].find(([k]) =>
    k.startsWith(`${s}|${total}|${NET_LABEL.npv}`),
  );
  compared++;
  if (npvRow?.[1].get('sum') !== plan.npv) {
    differences.push(`nåverdi: arbeidsbok ${npvRow?.[1].get('sum')}, app ${plan.npv}`);
  }
  expectRow(
    summary,
    `${s}|${s}|Restgjeld nye lån 31.12`,
    plan.perYear.map((y) => y.loanBalance),
  );
  expectRow(
    summary,
    `${s}|${s}|${NET_LABEL.netCost}`,
    plan.perYear.map((y) => y.netCost),
    {
      sum: plan.total.netCost,
    },
  );
  const npvSummary = [...summary.rows.entries()].find(([k]) =>
    k.startsWith(`${s}|${s}|${NET_LABEL.npv}`),
  );
  compared++;
  if (npvSummary?.[1].get('sum') !== plan.npv) differences.push('Sammendrag: nåverdi');
  expectRow(
    summary,
    `${s}|${s}|Boligmasse 31.12 (boliger)`,
    plan.perYear.map((y) => y.stock.total),
  );
  return { differences, compared };
}
