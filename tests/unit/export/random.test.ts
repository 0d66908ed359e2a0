// Breadth: random registers and scenarios (every action kind, grant modes, zero rates, serial
// and annuity loans, short terms, sales from purchases and builds, comparisons with mixed
// horizons) exported, recalculated by LibreOffice in one run, and compared with runPlan.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_ASSUMPTIONS,
  runPlan,
  type PlanResult,
  type Scenario,
} from '../../../main/domain/scenario';
import { writePlanWorkbook } from '../../../main/export/workbook';
import { mulberry32 } from '../scenario/fixtures';
import { int, pick, randomScenario, randomSnapshot } from '../scenario/generate';
import { LO_TIMEOUT, readWorkbook, recalculate, runLibreOfficeTests } from './libreoffice';
import { compareBudget } from './readBudget';

const SEEDS = Array.from(
  { length: Number(process.env.EXPORT_RANDOM_SEEDS ?? 12) },
  (_, k) => 101 + k,
);

describe.runIf(runLibreOfficeTests)('random plans recalculated by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'boligplan-export-random-'));
  const cases: { file: string; plans: PlanResult[]; names: string[] }[] = [];

  beforeAll(async () => {
    for (const seed of SEEDS) {
      const rnd = mulberry32(seed);
      const snap = randomSnapshot(rnd, int(rnd, 20, 60));
      const scenarios: Scenario[] = [];
      const count = seed % 3 === 0 ? 3 : 1;
      for (let k = 0; k < count; k++) {
        const s = randomScenario(rnd, snap, 14);
        s.name = `Scenario ${seed}-${k + 1}`;
        s.startYear = 2027 + (k === 2 ? 1 : 0);
        s.assumptions = {
          ...DEFAULT_ASSUMPTIONS,
          interestRate: pick(rnd, [0, 0.035, 0.045, 0.0525]),
          priceGrowth: pick(rnd, [0, 0.03, 0.037]),
          rentGrowth: pick(rnd, [0.025, 0.031]),
          costGrowth: pick(rnd, [0.02, 0.03]),
          vacancyLoss: pick(rnd, [0.03, 0.045]),
          defaultLoan: {
            share: pick(rnd, [1, 0.9]),
            years: int(rnd, 3, 40),
            type: pick(rnd, ['annuity', 'serial'] as const),
          },
        };
        // The random actions are dated from 2027: shift them with the start year.
        if (s.startYear !== 2027) s.actions = [];
        scenarios.push(s);
      }
      const plans = scenarios.map((s) => runPlan(snap, s));
      const file = join(dir, `random-${seed}.xlsx`);
      await writePlanWorkbook(file, {
        municipality: 'Testvik kommune',
        isSample: false,
        plans,
        scenarios,
        snapshot: snap,
        exportedAt: '2026-11-25',
        appVersion: '0.0.0-test',
      });
      cases.push({ file, plans, names: scenarios.map((s) => s.name) });
    }
    await recalculate(
      cases.map((c) => c.file),
      join(dir, 'recalc'),
    );
  }, LO_TIMEOUT);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every budget figure of every plan equals the app to the krone', async () => {
    let compared = 0;
    for (const c of cases) {
      const wb = await readWorkbook(join(dir, 'recalc', c.file.split(/[\\/]/).pop()!));
      c.plans.forEach((plan, k) => {
        const r = compareBudget(wb, plan, k + 1);
        expect(r.differences, `${c.file}, ${plan.scenarioName}`).toEqual([]);
        compared += r.compared;
      });
    }
    expect(compared).toBeGreaterThan(2_000);
  });
});
