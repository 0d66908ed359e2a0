// Breadth: random registers and scenarios (every action kind, grant modes, zero rates, serial
// and annuity loans, short terms, sales from purchases and builds, comparisons with mixed
// horizons) exported, recalculated by LibreOffice in one run, and compared with runPlan. Plus
// one fixed plan with two sales from one purchase and two from one build in the same year
// (each later sale starts from the loan the earlier one left), also with the rate changed in
// the workbook, so the formulas (not values written in their place) are what is compared.
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
import { buildPlanWorkbookWithModel, writePlanWorkbook } from '../../../main/export/workbook';
import { mulberry32 } from '../scenario/fixtures';
import type { RegisterSnapshot } from '../../../main/domain/scenario';
import { int, pick, randomScenario, randomSnapshot } from '../scenario/generate';
import {
  LO_TIMEOUT,
  readWorkbook,
  recalculate,
  runLibreOfficeTests,
  setNamed,
} from './libreoffice';
import { compareBudget } from './readBudget';

const SEEDS = Array.from(
  { length: Number(process.env.EXPORT_RANDOM_SEEDS ?? 12) },
  (_, k) => 101 + k,
);

/** Two sales from one purchase in 2029 and two from one build (two segments) in 2030. */
function sameYearSales(): Scenario {
  return {
    name: 'Salg samme år',
    startYear: 2027,
    years: 6,
    assumptions: { ...DEFAULT_ASSUMPTIONS, interestRate: 0.045, priceGrowth: 0.03 },
    actions: [
      {
        kind: 'kjop',
        id: 'k1',
        year: 2027,
        segment: '2|-|-',
        count: 7,
        pricePerHome: 2_950_000,
        areaM2PerHome: 63,
        rentMonthlyPerHome: 11_800,
        grant: { mode: 'rate' },
        loan: { type: 'annuity', years: 25 },
      },
      {
        kind: 'bygging',
        id: 'b1',
        project: 'Elvetunet',
        units: [
          { segment: '2|-|-', count: 5, areaM2PerHome: 58, rentMonthlyPerHome: 11_000 },
          { segment: '1|R|-', count: 3, areaM2PerHome: 45, rentMonthlyPerHome: 9_500 },
        ],
        totalCost: 33_700_000,
        startYear: 2027,
        completionYear: 2029,
        grant: { mode: 'percent', percent: 20 },
        loan: { type: 'serial', years: 30, interestRate: 0.041, share: 0.9 },
      },
      {
        kind: 'salg',
        id: 's1',
        year: 2029,
        target: { mode: 'action', actionId: 'k1', count: 2 },
        pricePerHome: 3_100_000,
      },
      {
        kind: 'salg',
        id: 's2',
        year: 2029,
        target: { mode: 'action', actionId: 'k1', count: 3 },
        pricePerHome: 3_050_000,
      },
      {
        kind: 'salg',
        id: 's3',
        year: 2030,
        target: { mode: 'action', actionId: 'b1', segment: '1|R|-', count: 1 },
        pricePerHome: 2_400_000,
      },
      {
        kind: 'salg',
        id: 's4',
        year: 2030,
        target: { mode: 'action', actionId: 'b1', segment: '2|-|-', count: 2 },
        pricePerHome: 2_900_000,
      },
    ],
  };
}

function fixedLoans(snap: RegisterSnapshot): RegisterSnapshot {
  return { ...snap, loans: (snap.loans ?? []).map((l) => ({ ...l, fixedUntil: '2099-12-31' })) };
}

describe.runIf(runLibreOfficeTests)('random plans recalculated by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'boligplan-export-random-'));
  const cases: { file: string; plans: PlanResult[]; names: string[] }[] = [];
  const same = {
    // Existing loans fixed through the horizon: their schedules are values in the workbook
    // (see recalc.test.ts), and this case changes the rate in the workbook.
    snap: fixedLoans(randomSnapshot(mulberry32(2029), 30)),
    scenario: sameYearSales(),
    plan: null as PlanResult | null,
    fallbacks: [] as string[],
  };

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
    same.plan = runPlan(same.snap, same.scenario);
    const { model, workbook } = buildPlanWorkbookWithModel({
      municipality: 'Testvik kommune',
      isSample: false,
      plans: [same.plan],
      scenarios: [same.scenario],
      snapshot: same.snap,
      exportedAt: '2026-11-25',
      appVersion: '0.0.0-test',
    });
    same.fallbacks = model.fallbacks;
    await workbook.xlsx.writeFile(join(dir, 'same-year.xlsx'));
    const changed = await readWorkbook(join(dir, 'same-year.xlsx'));
    setNamed(changed, 'Rente_1', 0.055);
    await changed.xlsx.writeFile(join(dir, 'same-year-rate.xlsx'));
    await recalculate(
      [...cases.map((c) => c.file), join(dir, 'same-year.xlsx'), join(dir, 'same-year-rate.xlsx')],
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

  it('two sales from one purchase or build in the same year: formulas equal the app', async () => {
    expect(same.fallbacks).toEqual([]);
    const wb = await readWorkbook(join(dir, 'recalc', 'same-year.xlsx'));
    const r = compareBudget(wb, same.plan!, 1);
    expect(r.differences).toEqual([]);
    expect(r.compared).toBeGreaterThan(300);
    // A changed rate in the workbook moves every sale's repayment and new schedule as runPlan.
    const moved = runPlan(same.snap, {
      ...same.scenario,
      assumptions: { ...same.scenario.assumptions, interestRate: 0.055 },
    });
    expect(moved.total.netCost).not.toBe(same.plan!.total.netCost);
    const wbRate = await readWorkbook(join(dir, 'recalc', 'same-year-rate.xlsx'));
    expect(compareBudget(wbRate, moved, 1).differences).toEqual([]);
  });
});
