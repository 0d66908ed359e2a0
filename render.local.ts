import { writeFileSync } from 'node:fs';
import { baselineScenario } from './main/domain/scenario';
import { registerSnapshot } from './main/register/snapshot';
import { runPlan } from './main/domain/scenario';
import { buildPlanWorkbookWithModel } from './main/export/workbook';
import { openTestRegister, TODAY } from './tests/unit/helpers';
import { allKindsScenario, ALL_KINDS } from './tests/unit/export/fixtures';

const reg = openTestRegister({ sample: true });
const snap = registerSnapshot(reg.db(), TODAY);
const a = allKindsScenario();
const b = allKindsScenario({ name: 'Bare kjøp: «nord»/sør [utkast]', actions: ALL_KINDS.slice(0, 1) });
const scen = [a, b, baselineScenario(a)];
const { workbook, model } = buildPlanWorkbookWithModel({
  municipality: 'Eksempelvik kommune', isSample: true,
  plans: scen.map((s) => runPlan(snap, s)), scenarios: scen, snapshot: snap,
  exportedAt: TODAY, appVersion: '0.0.0', thousands: process.argv[2] === 't',
});
console.log(model.fallbacks, workbook.worksheets.map((w) => w.name));
for (const s of scen) console.log(s.name, runPlan(snap, s).warnings.map((w) => w.code));
void workbook.xlsx.writeBuffer().then((b) => writeFileSync('/tmp/exp/plan.xlsx', new Uint8Array(b as ArrayBuffer)));
reg.close();
