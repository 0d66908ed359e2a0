// «Tiltak – <scenario>»: the actions' parameters the formulas read (blue cells can be changed;
// amounts in the start year's prices).
import { ANNUITY, SERIAL, type ScenarioModel } from '../model';
import { kindLabel } from './budget';
import { BOLD, INPUT_FILL, type Ctx, type Sheet } from './common';

export function writeActions(sh: Sheet, ctx: Ctx, sm: ScenarioModel): void {
  const { clean } = ctx;
  sh.header(['Tiltak', 'Type', 'Parameter', 'Verdi', 'Enhet', 'Merknad']);
  for (const a of sm.actions) {
    if (a.kind === 'register') continue;
    const r = sh.row++;
    sh.text(r, 1, clean(a.title), { font: BOLD });
    sh.text(r, 2, kindLabel(sm.scenario, a), { font: BOLD });
    sh.text(r, 3, a.description, { font: BOLD });
    if (a.note) sh.text(r, 6, clean(a.note));
    for (const p of a.params) {
      const pr = sh.row++;
      sh.text(pr, 1, clean(a.title));
      sh.text(pr, 3, p.label);
      const v = p.node.value;
      if (typeof v === 'string' && p.node.formula === null) p.node.value = clean(v);
      sh.node(pr, 4, p.node, p.fmt, {
        ...(p.input ? { fill: INPUT_FILL } : {}),
        alignment: { horizontal: 'right' },
      });
      if (p.label === 'Lånetype' && p.input) {
        sh.ws.getCell(pr, 4).dataValidation = {
          type: 'list',
          allowBlank: false,
          formulae: [`"${ANNUITY},${SERIAL}"`],
        };
      }
      sh.text(pr, 5, p.unit, { alignment: { indent: 1 } });
      if (p.note) sh.text(pr, 6, p.note);
    }
  }
  if (sm.actions.length === 1) sh.text(sh.row++, 1, 'Ingen tiltak (referansebanen)');
  sh.finish({ xSplit: 1 });
}
