// «Lån – <scenario>»: the repayment plans of the scenario's new loans as formulas (interest,
// instalments, balance; repayment on a sale and the remaining loan's new schedule).
import type { Node } from '../expr';
import type { ScenarioModel } from '../model';
import { BOLD, type Ctx, type Sheet } from './common';

export function writeLoans(sh: Sheet, ctx: Ctx, sm: ScenarioModel): void {
  const { clean } = ctx;
  const first = 10;
  const n = sm.scenario.years;
  const s0 = sm.scenario.startYear;
  sh.header(
    [
      'Tiltak',
      'Lån',
      'Hovedstol',
      'Rente',
      'Løpetid (år)',
      'Lånetype',
      'Første år',
      'Terminbeløp (annuitet)',
      'Post',
      ...Array.from({ length: n }, (_, i) => String(s0 + i)),
    ],
    (c) => [3, 4, 5, 7, 8].includes(c) || c >= first,
    (c) => c >= first,
  );
  const col = (i: number) => first + i;
  const order = [...sm.loans].sort((p, q) => p.loanNo - q.loanNo);
  for (const bl of order) {
    const r0 = sh.row;
    const rows: [string, (Node | null)[]][] = [
      ['Renter', bl.interest],
      ['Avdrag', bl.instalment],
      ['Restgjeld 31.12', bl.balance],
    ];
    if (bl.repaid) {
      const line: (Node | null)[] = new Array<Node | null>(n).fill(null);
      line[bl.repaid.idx] = bl.repaid.node;
      rows.unshift(['Innfridd ved salg', line]);
    }
    for (const [label, cells] of rows) {
      const r = sh.row++;
      sh.text(r, 1, clean(bl.actionTitle));
      sh.text(r, 2, bl.label);
      sh.text(r, 9, label, { alignment: { indent: 1 } });
      cells.forEach((node, i) => {
        if (node) sh.node(r, col(i), node, 'kr');
      });
    }
    sh.node(r0, 3, bl.principal, 'kr');
    sh.node(r0, 4, bl.rate, 'pct');
    sh.node(r0, 5, bl.years, 'int');
    sh.node(r0, 6, bl.type, 'text', { alignment: { indent: 1 } });
    sh.text(r0, 7, s0 + bl.firstIdx, { numFmt: '0' });
    sh.node(r0, 8, bl.payment, 'kr');
  }
  if (order.length === 0) sh.text(sh.row++, 1, 'Ingen nye lån i scenarioet');
  const r = sh.row++;
  sh.text(r, 1, 'Samlet restgjeld nye lån 31.12', { font: BOLD });
  sm.totals.loanBalance.forEach((node, i) => sh.node(r, col(i), node, 'kr', { font: BOLD }));
  sh.finish({ xSplit: 2, minWidth: 10 });
  sh.ws.getColumn(1).width = Math.min(sh.ws.getColumn(1).width ?? 30, 32);
}
