// «Endring – <scenario>»: what the scenario changes against «Ingen tiltak» (the same horizon
// and assumptions without actions), per year and in total: coverage in percentage points,
// homes, net investment, net operating cost, net cost and NPV. Each change is a formula: the
// scenario's figure minus the reference's. The scenario's money figures are references to its
// Drift and Investering sheets; the reference's are references to its own sheets when it is
// in the workbook, else values from Boligplan (runPlan on «Ingen tiltak»). Coverage and homes
// are Boligplan's figures (values) on both sides. planDifference (the app's figures) checks
// every change before it is written.
import {
  BASELINE_NAME,
  baselineScenario,
  runPlan,
  type PlanResult,
  type RegisterSnapshot,
  type Scenario,
} from '../../domain/scenario';
import { planDifference, type PlanDifference } from '../../domain/scenario/difference';
import type { Style } from '../book';
import { mul, num, ref, sub, type Node } from '../expr';
import type { PlanModel, ScenarioModel } from '../model';
import {
  BOLD,
  changeWordsFormula,
  DASH,
  KR,
  PCT,
  POINTS,
  rowSum,
  type Ctx,
  type Sheet,
} from './common';

/** The reference of one scenario: its plan, and its model when it is in the workbook. */
export interface Reference {
  plan: PlanResult;
  model: ScenarioModel | null;
  difference: PlanDifference;
}

/** The changes the Sammendrag shows (cells on the Endring sheet). */
export interface DifferenceCells {
  netCostSum: Node;
  npv: Node | null;
  homesEnd: Node;
  coveragePointsEnd: Node | null;
}

/** True when the scenario is «Ingen tiltak» itself (nothing to compare). */
export function isBaseline(s: Scenario): boolean {
  return s.name === BASELINE_NAME && s.actions.length === 0;
}

const sameBasis = (a: Scenario, b: Scenario) =>
  a.startYear === b.startYear &&
  a.years === b.years &&
  b.actions.length === 0 &&
  JSON.stringify(a.assumptions) === JSON.stringify(b.assumptions);

/** «Ingen tiltak» for each scenario (null for the baseline itself). */
export function references(model: PlanModel, snapshot: RegisterSnapshot): (Reference | null)[] {
  return model.scenarios.map((sm) => {
    if (isBaseline(sm.scenario)) return null;
    const base = baselineScenario(sm.scenario);
    const inBook = model.scenarios.find((o) => o !== sm && sameBasis(base, o.scenario)) ?? null;
    const plan = inBook ? inBook.plan : runPlan(snapshot, base);
    return { plan, model: inBook, difference: planDifference(sm.plan, plan) };
  });
}

function check(what: string, got: number | null, app: number | null): void {
  if (got !== app) {
    throw new Error(`Endring mot ${BASELINE_NAME}, ${what}: formel ${got}, app ${app}`);
  }
}

export function writeDifference(
  sh: Sheet,
  ctx: Ctx,
  sm: ScenarioModel,
  reference: Reference,
): DifferenceCells {
  const { book } = ctx;
  const n = sm.scenario.years;
  const s0 = sm.scenario.startYear;
  const first = 3;
  const sumCol = first + n;
  const wordsCol = sumCol + 1;
  const nm = ctx.names[sm.no - 1]!;
  const refName = reference.model
    ? `${BASELINE_NAME} (scenario ${reference.model.no})`
    : `${BASELINE_NAME} (fra Boligplan)`;
  const d = reference.difference;
  const base = reference.plan;
  const bm = reference.model;
  sh.header(
    [
      'Nøkkeltall',
      'Rad',
      ...Array.from({ length: n }, (_, i) => String(s0 + i)),
      'Sum / siste år',
      'I ord (sum)',
    ],
    (c) => c >= first && c <= sumCol,
  );
  const col = (i: number) => first + i;
  const label = (r: number, what: string, row: string, bold = false) => {
    const style: Style | undefined = bold ? { font: BOLD } : undefined;
    sh.text(r, 1, what, style);
    sh.text(r, 2, row, style);
  };

  // --- Coverage and homes: Boligplan's figures on both sides, the change as a formula. ------
  const figures = (
    what: string,
    unit: string,
    own: (i: number) => number | null,
    other: (i: number) => number | null,
    change: (a: Node, b: Node) => Node,
    app: (i: number) => number | null,
    fmt: string,
    changeFmt: string,
  ): Node | null => {
    sh.section(what, wordsCol);
    const ra = sh.row++;
    const rb = sh.row++;
    const rc = sh.row++;
    label(ra, what, nm);
    label(rb, what, refName);
    label(rc, what, `Endring (${unit})`, true);
    let last: Node | null = null;
    for (let i = 0; i < n; i++) {
      const a = own(i);
      const b = other(i);
      if (a === null || b === null) {
        for (const r of [ra, rb, rc]) {
          const v = r === ra ? a : r === rb ? b : null;
          if (v === null) sh.text(r, col(i), DASH, { alignment: { horizontal: 'right' } });
          else sh.text(r, col(i), v, { numFmt: fmt });
        }
        check(`${what} ${s0 + i}`, null, app(i));
        last = null;
        continue;
      }
      const na = book.value(a);
      const nb = book.value(b);
      sh.book.place(sh.ws, ra, col(i), na, { numFmt: fmt });
      sh.book.place(sh.ws, rb, col(i), nb, { numFmt: fmt });
      const c = change(na, nb);
      check(`${what} ${s0 + i}`, c.num, app(i));
      sh.book.place(sh.ws, rc, col(i), c, { numFmt: changeFmt, font: BOLD });
      last = c;
    }
    if (last) {
      const end = book.formula(ref(last), last.value ?? 0);
      sh.book.place(sh.ws, rc, sumCol, end, { numFmt: changeFmt, font: BOLD });
      return end;
    }
    sh.text(rc, sumCol, DASH, { alignment: { horizontal: 'right' }, font: BOLD });
    return null;
  };
  const coverage = (p: PlanResult, i: number) => p.needs.perYear[i]!.total.coverage;
  const coveragePointsEnd = figures(
    'Dekningsgrad, alle segmenter',
    'prosentpoeng',
    (i) => coverage(sm.plan, i),
    (i) => coverage(base, i),
    (a, b) => book.formula(mul(sub(ref(a), ref(b)), num(100))),
    (i) => d.perYear[i]!.coveragePoints,
    PCT,
    POINTS,
  );
  const homesEnd = figures(
    'Boligmasse 31.12',
    'boliger',
    (i) => sm.plan.perYear[i]!.stock.total,
    (i) => base.perYear[i]!.stock.total,
    (a, b) => book.formula(sub(ref(a), ref(b))),
    (i) => d.perYear[i]!.homes,
    KR,
    KR,
  )!;

  // --- Money: references to the budget sheets, the change as a formula. ----------------------
  const money = (
    what: string,
    own: Node[],
    other: Node[] | null,
    app: (i: number) => number,
    appOther: (i: number) => number,
    appTotal: number,
    noun: string,
  ): Node => {
    sh.section(`${what} (+ = utgift for kommunen)`, wordsCol);
    const ra = sh.row++;
    const rb = sh.row++;
    const rc = sh.row++;
    label(ra, what, nm);
    label(rb, what, refName);
    label(rc, what, 'Endring', true);
    const a = own.map((node, i) => sh.mirror(ra, col(i), node, 'kr'));
    const b = Array.from({ length: n }, (_, i) =>
      other
        ? sh.mirror(rb, col(i), other[i]!, 'kr')
        : (() => {
            const v = book.value(appOther(i));
            sh.node(rb, col(i), v, 'kr');
            return v;
          })(),
    );
    sh.node(ra, sumCol, rowSum(book, a), 'kr');
    sh.node(rb, sumCol, rowSum(book, b), 'kr');
    const c = a.map((x, i) => {
      const node = book.formula(sub(ref(x), ref(b[i]!)));
      check(`${what} ${s0 + i}`, node.num, app(i));
      sh.node(rc, col(i), node, 'kr', { font: BOLD });
      return node;
    });
    const total = rowSum(book, c);
    check(`${what} sum`, total.num, appTotal);
    sh.node(rc, sumCol, total, 'kr', { font: BOLD });
    sh.node(rc, wordsCol, changeWordsFormula(book, total, noun), 'text', {
      font: BOLD,
      alignment: { indent: 1 },
    });
    return total;
  };
  const t = sm.totals;
  const bt = bm?.totals ?? null;
  money(
    'Netto investering',
    t.netInvestment,
    bt?.netInvestment ?? null,
    (i) => d.perYear[i]!.netInvestment,
    (i) => base.perYear[i]!.netInvestment,
    d.total.netInvestment,
    'investering',
  );
  money(
    'Netto driftsutgift',
    t.netOperating,
    bt?.netOperating ?? null,
    (i) => d.perYear[i]!.netOperatingCost,
    (i) => base.perYear[i]!.netOperatingCost,
    d.total.netOperatingCost,
    'driftsutgift',
  );
  const netCostSum = money(
    'Netto kostnad',
    t.netCost,
    bt?.netCost ?? null,
    (i) => d.perYear[i]!.netCost,
    (i) => base.perYear[i]!.netCost,
    d.total.netCost,
    'utgift',
  );

  // --- NPV -----------------------------------------------------------------------------------
  sh.section('Nåverdi av netto kostnad (+ = utgift for kommunen)', wordsCol);
  const ra = sh.row++;
  const rb = sh.row++;
  const rc = sh.row++;
  label(ra, 'Nåverdi', nm);
  label(rb, 'Nåverdi', refName);
  label(rc, 'Nåverdi', 'Endring', true);
  const a = sh.mirror(ra, sumCol, t.npv, 'kr');
  const b = bt ? sh.mirror(rb, sumCol, bt.npv, 'kr') : book.value(base.npv);
  if (!bt) sh.node(rb, sumCol, b, 'kr');
  let npv: Node | null = null;
  if (d.total.npv === null) {
    sh.text(rc, sumCol, DASH, { alignment: { horizontal: 'right' }, font: BOLD });
    sh.text(rc, wordsCol, 'Ulik periode eller kalkulasjonsrente');
  } else {
    npv = book.formula(sub(ref(a), ref(b)));
    check('nåverdi', npv.num, d.total.npv);
    sh.node(rc, sumCol, npv, 'kr', { font: BOLD });
    sh.node(rc, wordsCol, changeWordsFormula(book, npv, 'utgift'), 'text', {
      font: BOLD,
      alignment: { indent: 1 },
    });
  }
  sh.finish({ xSplit: 2, minWidth: 10 });
  sh.ws.getColumn(1).width = 30;
  sh.ws.getColumn(sumCol).width = Math.max(sh.ws.getColumn(sumCol).width ?? 11, 15);
  sh.ws.getColumn(2).width = Math.min(Math.max(sh.ws.getColumn(2).width ?? 20, 20), 36);
  sh.ws.getColumn(wordsCol).width = 24;
  return { netCostSum, npv, homesEnd, coveragePointsEnd };
}
