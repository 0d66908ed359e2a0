// The formulas' own arithmetic (computed in JavaScript alongside the formula text) against the
// engine: every budget cell must come out as a formula that reproduces runPlan to the krone,
// never as a fallback value. Fast, no spreadsheet program needed; recalc.test.ts checks the
// same formulas in LibreOffice.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ASSUMPTIONS,
  runPlan,
  type RegisterSnapshot,
  type Scenario,
} from '../../../main/domain/scenario';
import { buildPlanModel } from '../../../main/export/model';
import { buildPlanWorkbookWithModel, redactor } from '../../../main/export/workbook';
import { proposedFileName } from '../../../main/export/service';
import { registerSnapshot } from '../../../main/register/snapshot';
import { openTestRegister, TODAY } from '../helpers';
import { mulberry32 } from '../scenario/fixtures';
import { int, pick, randomScenario, randomSnapshot } from '../scenario/generate';
import { allKindsScenario } from './fixtures';

function inputs(snapshot: RegisterSnapshot, scenarios: Scenario[]) {
  return {
    municipality: 'Testvik kommune',
    isSample: false,
    plans: scenarios.map((s) => runPlan(snapshot, s)),
    scenarios,
    snapshot,
    exportedAt: TODAY,
    appVersion: '0.0.0-test',
  };
}

describe('formulas reproduce the engine', () => {
  it('one action of each kind on the sample register: every cell a formula, equal to the app', () => {
    const reg = openTestRegister({ sample: true });
    try {
      const snap = registerSnapshot(reg.db(), TODAY);
      const { model, workbook } = buildPlanWorkbookWithModel(inputs(snap, [allKindsScenario()]));
      expect(model.fallbacks).toEqual([]);
      // Each kind has budget lines written as formulas.
      const inv = workbook.getWorksheet('Investering – Alle tiltak')!;
      const drift = workbook.getWorksheet('Drift – Alle tiltak')!;
      let formulas = 0;
      for (const ws of [inv, drift]) {
        ws.eachRow((row) =>
          row.eachCell((c) => {
            if (c.formula) formulas++;
          }),
        );
      }
      expect(formulas).toBeGreaterThan(400);
    } finally {
      reg.close();
    }
  });

  it('random registers and scenarios, with and without growth, loan terms and grant modes', () => {
    let checked = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const rnd = mulberry32(seed);
      const snap = randomSnapshot(rnd);
      const s = randomScenario(rnd, snap);
      if (seed % 2 === 0) {
        s.assumptions = {
          ...DEFAULT_ASSUMPTIONS,
          interestRate: pick(rnd, [0, 0.0375, 0.045, 0.061]),
          priceGrowth: pick(rnd, [-0.01, 0.025, 0.03]),
          rentGrowth: pick(rnd, [0, 0.025, 0.033]),
          costGrowth: pick(rnd, [0.02, 0.03]),
          vacancyLoss: pick(rnd, [0, 0.03, 0.035]),
          maintenancePerM2PerYear: int(rnd, 150, 450),
          discountRate: pick(rnd, [0.04, 0.025]),
          defaultLoan: {
            share: pick(rnd, [1, 0.75]),
            years: int(rnd, 5, 50),
            type: pick(rnd, ['annuity', 'serial'] as const),
          },
        };
      }
      // Building the workbook (every fourth) also checks that every cell a formula refers to
      // is placed on a sheet.
      const model =
        seed % 4 === 0
          ? buildPlanWorkbookWithModel(inputs(snap, [s])).model
          : buildPlanModel(inputs(snap, [s]));
      expect(model.fallbacks, `seed ${seed}`).toEqual([]);
      checked++;
    }
    expect(checked).toBe(400);
  }, 180_000);

  it('refuses plans that do not belong to the scenarios', () => {
    const snap = randomSnapshot(mulberry32(7));
    const s = allKindsScenario({ actions: [] });
    const plan = runPlan(snap, s);
    expect(() =>
      buildPlanModel({ plans: [plan], scenarios: [{ ...s, name: 'Annet' }], snapshot: snap }),
    ).toThrow(/hører ikke til/);
    expect(() => buildPlanModel({ plans: [], scenarios: [], snapshot: snap })).toThrow(/1–4/);
  });
});

describe('names and text', () => {
  const s = (name: string, startYear = 2027, years = 4) =>
    allKindsScenario({ name, startYear, years, actions: [] });

  it('proposes «Boligplan 2027-2030 – <scenario>.xlsx»', () => {
    expect(proposedFileName([s('Kjøp og salg')])).toBe('Boligplan 2027-2030 – Kjøp og salg.xlsx');
    expect(proposedFileName([s('A'), s('Ingen tiltak')])).toBe(
      'Boligplan 2027-2030 – A og Ingen tiltak.xlsx',
    );
    expect(proposedFileName([s('A'), s('B', 2028, 6), s('C')])).toBe(
      'Boligplan 2027-2033 – A, B og C.xlsx',
    );
    expect(proposedFileName([s('Plan 1/2: «nord»?')])).toBe(
      'Boligplan 2027-2030 – Plan 1-2- «nord»-.xlsx',
    );
    expect(proposedFileName([s('x'.repeat(90)), s('y'.repeat(30))])).toBe(
      'Boligplan 2027-2030 – sammenligning av 2 scenarioer.xlsx',
    );
  });

  it('removes household and need references from free text', () => {
    const snap = randomSnapshot(mulberry32(3));
    snap.households[0]!.ref = 'H-1001';
    snap.needs.push({ ...snap.needs[0]!, id: 999, ref: 'S-0042' });
    const clean = redactor(snap);
    expect(clean('Familien H-1001 (søker s-0042) skal kjøpe')).toBe(
      'Familien [fjernet] (søker [fjernet]) skal kjøpe',
    );
    expect(clean('Ingen referanser her')).toBe('Ingen referanser her');
  });
});
