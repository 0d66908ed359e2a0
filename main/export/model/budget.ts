// The budget (Investering and Drift): each action's lines as formulas checked against the
// app, its net lines, and the scenario's totals, net cost, NPV and loan balance.
import { actionYear } from '../../domain/scenario/actions';
import {
  INVESTMENT_LINES,
  OPERATING_LINES,
  REGISTER_LINE_ID,
  type BudgetLine,
  type BudgetYear,
} from '../../domain/scenario/budget';
import { add, div, neg, num, raw, ref, round, sub, sum, token, type Node, type X } from '../expr';

import {
  Buffers,
  type ActionModel,
  type LineRow,
  type ParamRow,
  type ScenarioModel,
  sign,
} from './types';
import { ActionBuilder } from './actions';

export class ScenarioBuilder extends ActionBuilder {
  // --- Actions ----------------------------------------------------------------------------

  build(): ScenarioModel {
    const { scenario, plan } = this;
    const budgets = new Map(plan.byAction.map((ab) => [ab.actionId, ab]));
    const register = budgets.get(REGISTER_LINE_ID)!;
    const regBuf = new Buffers(this.book, register, this.n);
    const baseRows = this.quantityRows('Eksisterende boligmasse', this.basis.base, false);
    this.quantityOps(regBuf, this.basis.base, baseRows);
    const z = new Array<number>(this.n).fill(0);
    this.debtRows(
      regBuf,
      {
        interest: this.basis.baseDebt.interest,
        instalments: this.basis.baseDebt.instalments,
        loanRepaid: z,
        grantRepaid: z,
      },
      false,
    );

    const bufs = new Map<string, Buffers>();
    const params = new Map<string, ParamRow[]>();
    const descriptions = new Map<string, string>();
    scenario.actions.forEach((x) => {
      const budget = budgets.get(x.id);
      if (!budget) throw new Error(`Planresultatet mangler tiltaket «${x.id}»`);
      bufs.set(x.id, new Buffers(this.book, budget, this.n));
      params.set(x.id, []);
    });
    const order = scenario.actions
      .map((x, index) => ({ x, index }))
      .sort((p, q) => actionYear(p.x) - actionYear(q.x) || p.index - q.index);
    for (const { x } of order) {
      const b = bufs.get(x.id)!;
      const rows = params.get(x.id)!;
      const title = b.budget.title;
      switch (x.kind) {
        case 'kjop':
          descriptions.set(x.id, this.purchase(x, b, rows, title));
          break;
        case 'bygging':
          descriptions.set(x.id, this.construct(x, b, rows, title));
          break;
        case 'salg':
        case 'leie_til_eie':
          descriptions.set(x.id, this.sale(x, b, rows, title));
          break;
        case 'framleie':
          descriptions.set(x.id, this.framleie(x, b, rows, title));
          break;
        case 'rehabilitering':
          descriptions.set(x.id, this.rehab(x, b, rows, title));
          break;
        case 'avvikling':
          descriptions.set(x.id, this.decommission(x, b, rows, title));
          break;
      }
    }

    const actions: ActionModel[] = [
      this.finish(regBuf, [], 'Boligene i registeret ved eksport, uten tiltak', ''),
      ...scenario.actions.map((x) =>
        this.finish(bufs.get(x.id)!, params.get(x.id)!, descriptions.get(x.id) ?? '', x.note ?? ''),
      ),
    ];
    return {
      no: this.no,
      scenario,
      plan,
      names: this.names,
      grantRate: this.grantRate,
      factors: this.factors,
      grid: this.grid,
      actions,
      loans: this.loans,
      totals: this.totals(actions),
    };
  }

  // --- Results ----------------------------------------------------------------------------

  private where(title: string, line: BudgetLine, i: number): string {
    return `Scenario ${this.no}, ${title}, ${line} ${this.s0 + i}`;
  }

  /** Sets each line cell's formula from its terms (or the app's value) and adds net rows. */
  finish(b: Buffers, params: ParamRow[], description: string, note: string): ActionModel {
    const { book, n } = this;
    const rowsFor = (lines: readonly BudgetLine[]): LineRow[] => {
      const out: LineRow[] = [];
      for (const line of lines) {
        const terms = b.terms.get(line);
        const anyApp = Array.from({ length: n }, (_, i) => b.app(line, i)).some((v) => v !== 0);
        if (!terms && !anyApp && !b.cells.has(line)) continue;
        let fallback = false;
        const cells = Array.from({ length: n }, (_, i) => {
          const node = b.cell(line, i);
          const app = b.app(line, i);
          const t = terms?.[i] ?? [];
          if (t.length > 0) {
            const x = round(sum(t));
            if (x.v === app) node.formula = x.f;
            else {
              fallback = true;
              this.fallbacks.push(
                `${this.where(b.budget.title, line, i)}: formel ${x.v}, app ${app}`,
              );
            }
          } else if (app !== 0) {
            fallback = true;
            this.fallbacks.push(`${this.where(b.budget.title, line, i)}: ingen formel, app ${app}`);
          }
          return node;
        });
        out.push({ line, cells, sum: this.rowSum(cells), fallback });
      }
      return out;
    };
    const inv = rowsFor(INVESTMENT_LINES);
    const op = rowsFor(OPERATING_LINES);
    const net = (rows: LineRow[], pick: (y: BudgetYear) => number): Node[] =>
      Array.from({ length: n }, (_, i) =>
        book.formula(
          this.signedSum(rows.map((r) => ({ line: r.line, node: r.cells[i]! }))),
          pick(b.budget.perYear[i]!),
        ),
      );
    return {
      actionId: b.budget.actionId,
      title: b.budget.title,
      kind: b.budget.kind,
      params,
      description,
      note,
      inv,
      op,
      netInvestment: net(inv, (y) => y.netInvestment),
      netOperating: net(op, (y) => y.netOperatingCost),
      budget: b.budget,
    };
  }

  signedSum(parts: { line: BudgetLine; node: Node }[]): X {
    if (parts.length === 0) return num(0);
    let acc: X | null = null;
    for (const p of parts) {
      const r = ref(p.node);
      if (acc === null) acc = sign(p.line) < 0 ? neg(r) : r;
      else acc = sign(p.line) < 0 ? sub(acc, r) : add(acc, r);
    }
    return acc!;
  }

  rowSum(cells: Node[]): Node {
    const total = cells.reduce((s, c) => s + c.num, 0);
    if (cells.length === 1) return this.book.formula(ref(cells[0]!));
    return this.book.formula(
      raw(`SUM(${token(cells[0]!)}:${token(cells[cells.length - 1]!)})`, total, true),
    );
  }

  totals(actions: ActionModel[]): ScenarioModel['totals'] {
    const { book, n, plan } = this;
    const check = (x: X, app: number, what: string): Node => {
      if (x.v !== app) {
        this.fallbacks.push(`Scenario ${this.no}, ${what}: formel ${x.v}, app ${app}`);
        return book.value(app);
      }
      return book.formula(x, app);
    };
    const lineTotals = <L extends BudgetLine>(
      lines: readonly L[],
      pick: (a: ActionModel) => LineRow[],
      app: (y: BudgetYear, l: L) => number,
    ) =>
      lines
        .map((line) => {
          const rows = actions.flatMap((a) => pick(a).filter((r) => r.line === line));
          if (rows.length === 0) return null;
          const cells = Array.from({ length: n }, (_, i) =>
            check(
              sum(rows.map((r) => ref(r.cells[i]!))),
              app(plan.perYear[i]!, line),
              `sum ${line} ${this.s0 + i}`,
            ),
          );
          return { line, cells, sum: this.rowSum(cells) };
        })
        .filter((x): x is { line: L; cells: Node[]; sum: Node } => x !== null);
    const inv = lineTotals(
      INVESTMENT_LINES,
      (a) => a.inv,
      (y, l) => y.investment[l],
    );
    const op = lineTotals(
      OPERATING_LINES,
      (a) => a.op,
      (y, l) => y.operating[l],
    );
    const netOf = (
      rows: { line: BudgetLine; cells: Node[] }[],
      pick: (y: BudgetYear) => number,
      what: string,
    ) =>
      Array.from({ length: n }, (_, i) =>
        check(
          this.signedSum(rows.map((r) => ({ line: r.line, node: r.cells[i]! }))),
          pick(plan.perYear[i]!),
          `${what} ${this.s0 + i}`,
        ),
      );
    const netInvestment = netOf(inv, (y) => y.netInvestment, 'netto investering');
    const netOperating = netOf(op, (y) => y.netOperatingCost, 'netto drift');
    const netCost = Array.from({ length: n }, (_, i) =>
      check(
        add(ref(netInvestment[i]!), ref(netOperating[i]!)),
        plan.perYear[i]!.netCost,
        `netto kostnad ${this.s0 + i}`,
      ),
    );
    const gross = Array.from({ length: n }, (_, i) => {
      const parts = inv.filter((r) => ['purchases', 'building', 'rehabilitation'].includes(r.line));
      const y = plan.perYear[i]!.investment;
      return check(
        sum(parts.map((r) => ref(r.cells[i]!))),
        y.purchases + y.building + y.rehabilitation,
        `brutto investering ${this.s0 + i}`,
      );
    });
    const npvOf = (cells: Node[]) =>
      round(sum(cells.map((c, i) => div(ref(c), ref(this.factors.discount[i]!)))));
    const npv = check(npvOf(netCost), plan.npv, 'nåverdi');
    const actionNetCost = new Map<string, { cells: Node[]; sum: Node; npv: Node }>();
    for (const a of actions) {
      // Only the net rows a sheet shows (an action without investment lines has none there).
      const nets = [
        a.inv.length > 0 ? a.netInvestment : null,
        a.op.length > 0 ? a.netOperating : null,
      ].filter((x): x is Node[] => x !== null);
      const cells = Array.from({ length: n }, (_, i) =>
        check(
          sum(nets.map((net) => ref(net[i]!))),
          a.budget.perYear[i]!.netCost,
          `${a.title} netto ${this.s0 + i}`,
        ),
      );
      actionNetCost.set(a.actionId, {
        cells,
        sum: this.rowSum(cells),
        npv: check(npvOf(cells), a.budget.npv, `${a.title} nåverdi`),
      });
    }
    // Loan balance at 31.12: the schedule in force for each tranche (the last block that has
    // started by then).
    const tranches = [...this.pools.values()].flatMap((p) => p.tranches);
    const others = this.loans.filter((l) => !tranches.some((t) => t.blocks.includes(l)));
    const loanBalance = Array.from({ length: n }, (_, i) => {
      const parts: X[] = [];
      for (const t of tranches) {
        const bl = [...t.blocks].reverse().find((x) => x.firstIdx <= i);
        if (bl?.balance[i]) parts.push(ref(bl.balance[i]!));
      }
      for (const l of others) if (l.balance[i]) parts.push(ref(l.balance[i]!));
      return check(sum(parts), plan.perYear[i]!.loanBalance, `lånegjeld ${this.s0 + i}`);
    });
    return {
      inv,
      op,
      netInvestment,
      netInvestmentSum: this.rowSum(netInvestment),
      netOperating,
      netOperatingSum: this.rowSum(netOperating),
      netCost,
      netCostSum: this.rowSum(netCost),
      grossInvestment: gross,
      npv,
      loanBalance,
      actionNetCost,
    };
  }
}
