// «Grunnlag – <scenario>»: growth factors (formulas) and the register's quantities and the
// change each action makes to them (values from Boligplan).
import type { ScenarioModel } from '../model';
import { BOLD, type Ctx, type Sheet } from './common';

export function writeBasis(sh: Sheet, ctx: Ctx, sm: ScenarioModel): void {
  const { clean } = ctx;
  const first = 4;
  const n = sm.scenario.years;
  const s0 = sm.scenario.startYear;
  sh.header(
    ['Post', 'Enhet', 'Verdi', ...Array.from({ length: n }, (_, i) => String(s0 + i)), 'Merknad'],
    (c) => c >= 3 && c < first + n,
  );
  const noteCol = first + n;
  for (const g of sm.grid) {
    const r = sh.row++;
    sh.text(r, 1, clean(g.label), g.heading ? { font: BOLD } : undefined);
    if (g.heading) continue;
    sh.text(r, 2, g.unit);
    if (g.scalar) sh.node(r, 3, g.scalar, g.fmt);
    g.values.forEach((node, i) => {
      if (node) sh.node(r, first + i, node, g.fmt);
    });
    sh.text(r, noteCol, g.note, { alignment: { indent: 1 } });
  }
  sh.finish({ xSplit: 1, minWidth: 10 });
}
