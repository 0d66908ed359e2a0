// The exported workbook recalculated by a real spreadsheet program (LibreOffice headless):
// every budget figure equals the app's to the krone; changing an assumption in the workbook
// moves the budget exactly as runPlan moves it; the files load cleanly. In CI these tests
// always run (and fail without LibreOffice); locally they are skipped when it is missing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASELINE_SCENARIO_ID } from '../../../main/contract/export';
import {
  baselineScenario,
  runPlan,
  type Assumptions,
  type PlanResult,
  type Scenario,
} from '../../../main/domain/scenario';
import { planDifference, type PlanDifferenceYear } from '../../../main/domain/scenario/difference';
import { registerSnapshot } from '../../../main/register/snapshot';
import { openTestRegister, TODAY } from '../helpers';
import { allKindsScenario } from './fixtures';
import {
  cellNumber,
  LO_TIMEOUT,
  readWorkbook,
  recalculate,
  runLibreOfficeTests,
  setNamed,
} from './libreoffice';
import { compareBudget, readDifference } from './readBudget';

describe.runIf(runLibreOfficeTests)('Excel export recalculated by LibreOffice', () => {
  const reg = openTestRegister({ sample: true });
  const scenario = allKindsScenario();
  const file = (name: string) => join(reg.dir, name);
  const out = (name: string) => join(reg.dir, 'recalc', name);
  let plan: PlanResult;
  let baseline: PlanResult;
  const planWith = (s: Scenario, a: Partial<Assumptions>) =>
    runPlan(registerSnapshot(reg.db(), TODAY), { ...s, assumptions: { ...s.assumptions, ...a } });

  beforeAll(async () => {
    // The existing loans' schedules are written as values (Grunnlag, «fra Boligplan»): a
    // floating loan's interest follows the rate only in the app. Fixed through the horizon
    // here, so a changed rate in the workbook must move exactly what the app moves.
    reg.db().prepare("UPDATE loan SET fixed_until = '2099-12-31'").run();
    const { id } = await reg.api.ok('scenarios.create', { scenario });
    reg.shell.saveQueue.push(file('plan.xlsx'), file('compare.xlsx'));
    await reg.api.ok('export.plan', { scenarioIds: [id] });
    await reg.api.ok('export.plan', { scenarioIds: [id, BASELINE_SCENARIO_ID] });
    plan = runPlan(registerSnapshot(reg.db(), TODAY), scenario);
    baseline = runPlan(registerSnapshot(reg.db(), TODAY), baselineScenario(scenario));

    // Assumptions changed in the workbook, as a finance officer would.
    const variants: [string, string, Record<string, number | string>][] = [
      ['plan.xlsx', 'rate.xlsx', { Rente_1: 0.055 }],
      ['plan.xlsx', 'price.xlsx', { Prisvekst_1: 0.045, Lopetid_1: 25, Laneandel_1: 0.8 }],
      [
        'compare.xlsx',
        'baseline.xlsx',
        { Husleievekst_2: 0.035, Kostnadsvekst_2: 0.02, Tomgang_2: 0.05, DV_per_m2_2: 325 },
      ],
    ];
    for (const [from, to, changes] of variants) {
      const wb = await readWorkbook(file(from));
      for (const [name, value] of Object.entries(changes)) setNamed(wb, name, value);
      await wb.xlsx.writeFile(file(to));
    }
    await recalculate(
      ['plan.xlsx', 'compare.xlsx', 'rate.xlsx', 'price.xlsx', 'baseline.xlsx'].map(file),
      join(reg.dir, 'recalc'),
    );
  }, LO_TIMEOUT);

  afterAll(() => reg.close());

  it('every budget figure equals the app to the krone', async () => {
    const wb = await readWorkbook(out('plan.xlsx'));
    const { differences, compared } = compareBudget(wb, plan, 1);
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(500);
  });

  it('a comparison holds both scenarios, each equal to the app', async () => {
    const wb = await readWorkbook(out('compare.xlsx'));
    expect(compareBudget(wb, plan, 1).differences).toEqual([]);
    expect(compareBudget(wb, baseline, 2).differences).toEqual([]);
  });

  it('every formula recalculates to the result stored with it', async () => {
    for (const name of ['plan.xlsx', 'compare.xlsx']) {
      const written = await readWorkbook(file(name));
      const recalculated = await readWorkbook(out(name));
      let formulas = 0;
      const wrong: string[] = [];
      written.eachSheet((ws) => {
        const other = recalculated.getWorksheet(ws.name)!;
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const v = cell.value;
            if (!v || typeof v !== 'object' || !('formula' in v)) return;
            formulas++;
            const expected = v.result ?? 0;
            const got = other.getCell(cell.address);
            const actual = typeof expected === 'number' ? cellNumber(got) : got.value;
            const same =
              typeof expected === 'number' && typeof actual === 'number'
                ? Number.isInteger(expected)
                  ? actual === expected
                  : Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected))
                : (typeof actual === 'object' && actual && 'result' in actual
                    ? actual.result
                    : actual) === expected;
            if (!same) {
              wrong.push(
                `${ws.name}!${cell.address} ${v.formula}: ${expected} → ${String(actual)}`,
              );
            }
          }),
        );
      });
      expect(wrong).toEqual([]);
      expect(formulas).toBeGreaterThan(500);
    }
  });

  it('the difference against «Ingen tiltak» recalculates to planDifference, to the krone', async () => {
    // Alone: the reference's figures are values from Boligplan. In the comparison «Ingen
    // tiltak» is scenario 2 and the Endring sheet refers to its Drift and Investering cells.
    const expected = planDifference(plan, baseline);
    for (const name of ['plan.xlsx', 'compare.xlsx']) {
      const wb = await readWorkbook(out(name));
      const rows = readDifference(wb.getWorksheet('Endring – Alle tiltak')!);
      const want: [string, (y: PlanDifferenceYear) => number | null, number | null][] = [
        ['Netto investering', (y) => y.netInvestment, expected.total.netInvestment],
        ['Netto driftsutgift', (y) => y.netOperatingCost, expected.total.netOperatingCost],
        ['Netto kostnad', (y) => y.netCost, expected.total.netCost],
        ['Boligmasse 31.12', (y) => y.homes, expected.total.homesEnd],
      ];
      for (const [label, pick, total] of want) {
        const row = rows.get(label)!;
        expect(row, `${name} ${label}`).toBeDefined();
        expect(
          expected.perYear.map((y) => row.get(y.year)),
          `${name} ${label}`,
        ).toEqual(expected.perYear.map(pick));
        expect(row.get('sum'), `${name} ${label} sum`).toBe(total);
      }
      const coverage = rows.get('Dekningsgrad, alle segmenter')!;
      for (const y of expected.perYear) {
        if (y.coveragePoints === null) expect(coverage.get(y.year)).toBeNull();
        else expect(coverage.get(y.year)!).toBeCloseTo(y.coveragePoints, 9);
      }
      expect(rows.get('Nåverdi')!.get('sum')).toBe(expected.total.npv);
      // Scenario minus reference equals the change shown, to the krone.
      expect(expected.total.netCost).toBe(plan.total.netCost - baseline.total.netCost);
    }
    // Only the comparison refers to the reference's cells.
    const written = await readWorkbook(file('compare.xlsx'));
    const ws = written.getWorksheet('Endring – Alle tiltak')!;
    const formulas: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => c.formula && formulas.push(c.formula)));
    expect(formulas.some((f) => f.includes("'Drift – Ingen tiltak'!"))).toBe(true);
  });

  it('a higher interest rate moves the budget exactly as runPlan does', async () => {
    const moved = planWith(scenario, { interestRate: 0.055 });
    expect(moved.npv).not.toBe(plan.npv);
    const wb = await readWorkbook(out('rate.xlsx'));
    expect(compareBudget(wb, moved, 1).differences).toEqual([]);
  });

  it('price growth and default loan terms move the budget exactly as runPlan does', async () => {
    const moved = planWith(scenario, {
      priceGrowth: 0.045,
      defaultLoan: { share: 0.8, years: 25, type: 'annuity' },
    });
    expect(moved.total.netCost).not.toBe(plan.total.netCost);
    const wb = await readWorkbook(out('price.xlsx'));
    expect(compareBudget(wb, moved, 1).differences).toEqual([]);
  });

  it('rent and cost growth, vacancy and maintenance move the second scenario as runPlan does', async () => {
    const moved = planWith(baselineScenario(scenario), {
      rentGrowth: 0.035,
      costGrowth: 0.02,
      vacancyLoss: 0.05,
      maintenancePerM2PerYear: 325,
    });
    expect(moved.npv).not.toBe(baseline.npv);
    const wb = await readWorkbook(out('baseline.xlsx'));
    expect(compareBudget(wb, moved, 2).differences).toEqual([]);
    // The first scenario's assumptions were not touched.
    expect(compareBudget(wb, plan, 1).differences).toEqual([]);
  });

  it('loads cleanly: LibreOffice converts it, ExcelJS reads it, every formula has a result', async () => {
    const expected = [
      'Sammendrag',
      'Forutsetninger',
      'Investering – Alle tiltak',
      'Drift – Alle tiltak',
      'Endring – Alle tiltak',
      'Lån – Alle tiltak',
      'Behov – Alle tiltak',
      'Boligmasse – Alle tiltak',
      'Tiltak – Alle tiltak',
      'Grunnlag – Alle tiltak',
    ];
    for (const path of [file('plan.xlsx'), out('plan.xlsx')]) {
      const wb = await readWorkbook(path);
      expect(wb.worksheets.map((w) => w.name)).toEqual(expected);
      expect(wb.definedNames.getRanges('Rente_1').ranges).toHaveLength(1);
      expect(wb.definedNames.getRanges('Prisvekst_1').ranges).toHaveLength(1);
    }
    // The file as written: each formula carries its cached result (<f>…</f><v>…</v>).
    const zip = await JSZip.loadAsync(readFileSync(file('plan.xlsx')));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets).toHaveLength(10);
    let formulas = 0;
    for (const s of sheets) {
      const xml = await zip.file(s)!.async('string');
      const cells = xml.match(/<c [^>]*>(?:(?!<\/c>).)*<f>(?:(?!<\/c>).)*<\/c>/g) ?? [];
      formulas += cells.length;
      for (const c of cells) expect(c).toMatch(/<\/f><v>[^<]+<\/v>/);
    }
    expect(formulas).toBeGreaterThan(500);
  });
});
