// Sammendrag: the scenarios side by side (totals, the end of the period and the change
// against «Ingen tiltak»), then the key figures per year for each scenario, the net cost per
// action, and a chart-ready table («Diagramdata»).
import { BASELINE_NAME, NET_LABEL } from '../../domain/scenario';
import {
  COST_SIGN_CONVENTION,
  NET_COST,
  NET_INVESTMENT,
  NET_OPERATING,
} from '../../domain/wording';
import { columnLetter, type Style } from '../book';
import type { Node } from '../expr';
import type { ScenarioModel } from '../model';
import {
  BOLD,
  DASH,
  DEC,
  formatPct,
  HEAD_FILL,
  KR,
  PCT,
  POINTS,
  SHEETS,
  TABLE_HEADER,
  wordsFormula,
  type Ctx,
  type Sheet,
} from './common';
import type { DifferenceCells } from './difference';

export function writeSummary(sh: Sheet, ctx: Ctx, diffs: (DifferenceCells | null)[]): void {
  const { model, names, years, clean, book } = ctx;
  const right = { alignment: { horizontal: 'right' as const } };

  // --- The scenarios side by side ------------------------------------------------------------
  sh.header(
    ['Sammenligning', 'Enhet', ...names],
    (c) => c >= 3,
    () => false,
  );
  sh.ws.getRow(TABLE_HEADER).height = names.some((n) => n.length > 24) ? 45 : 30;
  const compare = (
    label: string,
    unit: string,
    cell: (sm: ScenarioModel, col: number, r: number) => void,
    bold = false,
  ) => {
    const r = sh.row++;
    const style: Style | undefined = bold ? { font: BOLD } : undefined;
    sh.text(r, 1, label, style);
    sh.text(r, 2, unit);
    for (const sm of model.scenarios) cell(sm, 2 + sm.no, r);
  };
  const last = (sm: ScenarioModel) => sm.plan.perYear[sm.plan.perYear.length - 1]!;
  compare('Planperiode', 'år', (sm, c, r) =>
    sh.text(
      r,
      c,
      `${sm.scenario.startYear}–${sm.scenario.startYear + sm.scenario.years - 1}`,
      right,
    ),
  );
  compare('Tiltak', 'antall', (sm, c, r) =>
    sh.text(r, c, sm.scenario.actions.length, { numFmt: KR }),
  );
  compare('Boligmasse 31.12 siste planår', 'boliger', (sm, c, r) =>
    sh.text(r, c, last(sm).stock.total, { numFmt: KR }),
  );
  compare('Dekningsgrad siste planår', 'prosent', (sm, c, r) => {
    const v = last(sm).needs.total.coverage;
    sh.text(r, c, v ?? DASH, v === null ? right : { numFmt: PCT });
  });
  compare(`${NET_LABEL.netInvestment}, sum`, 'kr', (sm, c, r) =>
    sh.mirror(r, c, sm.totals.netInvestmentSum, 'kr'),
  );
  compare(`${NET_LABEL.netOperatingCost}, sum`, 'kr', (sm, c, r) =>
    sh.mirror(r, c, sm.totals.netOperatingSum, 'kr'),
  );
  const netCost: Node[] = [];
  compare(
    `${NET_LABEL.netCost}, sum`,
    'kr',
    (sm, c, r) => {
      netCost[sm.no - 1] = sh.mirror(r, c, sm.totals.netCostSum, 'kr', { font: BOLD });
    },
    true,
  );
  compare('I ord', '', (sm, c, r) =>
    sh.node(r, c, wordsFormula(book, netCost[sm.no - 1]!, NET_COST), 'text', right),
  );
  compare(
    `${NET_LABEL.npv}`,
    'kr',
    (sm, c, r) => sh.mirror(r, c, sm.totals.npv, 'kr', { font: BOLD }),
    true,
  );
  const diff = (
    label: string,
    unit: string,
    pick: (d: DifferenceCells) => Node | null,
    fmt: 'kr' | 'int' | 'points',
  ) =>
    compare(label, unit, (sm, c, r) => {
      const d = diffs[sm.no - 1];
      const node = d ? pick(d) : null;
      if (!d) sh.text(r, c, 'referansen', right);
      else if (!node) sh.text(r, c, DASH, right);
      else if (fmt === 'points') sh.mirror(r, c, node, 'text', { numFmt: POINTS });
      else sh.mirror(r, c, node, fmt);
    });
  sh.section(`Endring mot ${BASELINE_NAME}`, 2 + names.length);
  diff('Boligmasse 31.12 siste planår', 'boliger', (d) => d.homesEnd, 'int');
  diff('Dekningsgrad siste planår', 'prosentpoeng', (d) => d.coveragePointsEnd, 'points');
  diff(`${NET_LABEL.netCost}, sum`, 'kr', (d) => d.netCostSum, 'kr');
  diff(NET_LABEL.npv, 'kr', (d) => d.npv, 'kr');
  compare('Varsler (se Forutsetninger)', 'antall', (sm, c, r) =>
    sh.text(r, c, sm.plan.warnings.length, { numFmt: KR }),
  );
  const compareEnd = sh.row - 1;

  // --- Key figures per year, per scenario ------------------------------------------------------
  const first = 3;
  const sumCol = first + years.length;
  const wordsCol = sumCol + 1;
  const yearCol = (sm: ScenarioModel, i: number) => first + (sm.scenario.startYear + i - years[0]!);
  sh.row += 1;
  sh.header(
    ['Scenario', 'Nøkkeltall per år', ...years.map(String), 'Sum / nåverdi', 'I ord (sum)'],
    (c) => c >= first && c <= sumCol,
    (c) => c >= first && c <= sumCol,
    sh.row,
  );
  sh.ws.getRow(sh.row - 1).height = 30;
  for (const sm of model.scenarios) {
    const nm = names[sm.no - 1]!;
    const per = sm.plan.perYear;
    const t = sm.totals;
    const col = (i: number) => yearCol(sm, i);
    sh.section(
      `${nm} – ${sm.scenario.startYear}–${sm.scenario.startYear + sm.scenario.years - 1}, ${sm.scenario.actions.length} tiltak`,
      wordsCol,
    );
    const values = (label: string, pick: (i: number) => number | null, fmt: string) => {
      const r = sh.row++;
      sh.text(r, 1, nm);
      sh.text(r, 2, label);
      const whole = fmt === DEC && per.every((_, i) => Number.isInteger(pick(i)));
      per.forEach((_, i) => {
        const v = pick(i);
        if (v === null) sh.text(r, col(i), DASH, right);
        else sh.text(r, col(i), v === 0 ? 0 : v, { numFmt: whole ? KR : fmt });
      });
    };
    const formulas = (
      label: string,
      cells: Node[],
      total: Node | null,
      words: readonly [string, string] | null,
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
      if (total) {
        const m = sh.mirror(r, sumCol, total, 'kr', style);
        if (words) {
          sh.node(r, wordsCol, wordsFormula(book, m, words), 'text', {
            alignment: { indent: 1 },
            ...(style ?? {}),
          });
        }
      }
    };
    values('Boligmasse 31.12 (boliger)', (i) => per[i]!.stock.total, KR);
    values('Herav ute av bruk', (i) => per[i]!.stock.outOfUse, KR);
    values('Behov (husstander)', (i) => per[i]!.needs.total.demand, DEC);
    values('Tilbud (boliger)', (i) => per[i]!.needs.total.supply, DEC);
    values('Udekket behov (husstander)', (i) => Math.max(0, -per[i]!.needs.total.gap), DEC);
    values('Dekningsgrad', (i) => per[i]!.needs.total.coverage, PCT);
    formulas(
      'Brutto investering (kjøp, bygging, rehabilitering)',
      t.grossInvestment,
      null,
      null,
      false,
      true,
    );
    formulas(NET_LABEL.netInvestment, t.netInvestment, t.netInvestmentSum, NET_INVESTMENT);
    formulas(NET_LABEL.netOperatingCost, t.netOperating, t.netOperatingSum, NET_OPERATING);
    formulas(NET_LABEL.netCost, t.netCost, t.netCostSum, NET_COST, true);
    formulas('Restgjeld nye lån 31.12', t.loanBalance, null, null);
    const r = sh.row++;
    sh.text(r, 1, nm);
    sh.text(
      r,
      2,
      `${NET_LABEL.npv} (kalkulasjonsrente ${formatPct(sm.scenario.assumptions.discountRate)})`,
      { font: BOLD },
    );
    const m = sh.mirror(r, sumCol, t.npv, 'kr', { font: BOLD });
    sh.node(r, wordsCol, wordsFormula(book, m, NET_COST), 'text', {
      font: BOLD,
      alignment: { indent: 1 },
    });
  }

  // Net cost per action (the action's own lines: what it changes).
  sh.row++;
  const head = sh.row++;
  [
    'Scenario',
    `${NET_LABEL.netCost} per tiltak (${COST_SIGN_CONVENTION})`,
    ...years.map(String),
    'Sum',
    'Nåverdi',
  ].forEach((h, k) =>
    sh.text(head, k + 1, h, {
      font: BOLD,
      fill: HEAD_FILL,
      alignment: { wrapText: true, ...(k >= 2 ? { horizontal: 'right' as const } : {}) },
    }),
  );
  for (const sm of model.scenarios) {
    const nm = names[sm.no - 1]!;
    for (const a of sm.actions) {
      const net = sm.totals.actionNetCost.get(a.actionId)!;
      const r = sh.row++;
      sh.text(r, 1, nm);
      sh.text(r, 2, clean(a.title));
      net.cells.forEach((c, i) => sh.node(r, yearCol(sm, i), c, 'kr'));
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
      ...(k >= 2 ? right : {}),
    }),
  );
  const series: {
    label: string;
    pick: (sm: ScenarioModel, i: number) => Node | number | null;
    fmt: string;
  }[] = [
    { label: NET_LABEL.netCost, pick: (sm, i) => sm.totals.netCost[i]!, fmt: KR },
    { label: 'Netto investering', pick: (sm, i) => sm.totals.netInvestment[i]!, fmt: KR },
    { label: NET_LABEL.netOperatingCost, pick: (sm, i) => sm.totals.netOperating[i]!, fmt: KR },
    { label: 'Boligmasse', pick: (sm, i) => sm.plan.perYear[i]!.stock.total, fmt: KR },
    {
      label: 'Dekningsgrad',
      pick: (sm, i) => sm.plan.perYear[i]!.needs.total.coverage,
      fmt: PCT,
    },
  ];
  for (const se of series) {
    for (const sm of model.scenarios) {
      const r = sh.row++;
      const nm = names[sm.no - 1]!;
      sh.text(r, 1, nm);
      sh.text(r, 2, `${se.label} – ${nm}`);
      for (let i = 0; i < sm.scenario.years; i++) {
        const c = yearCol(sm, i);
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
  sh.finish({ xSplit: 2, ySplit: 0 });
  sh.ws.getColumn(1).width = Math.min(sh.ws.getColumn(1).width ?? 20, 30);
  sh.ws.getColumn(2).width = 46;
  for (let c = first; c <= sumCol; c++) sh.ws.getColumn(c).width = 14;
  sh.ws.getColumn(wordsCol).width = Math.max(sh.ws.getColumn(wordsCol).width ?? 10, 20);
  sh.wrap(1, TABLE_HEADER + 1, compareEnd);
}
