// «Eksporter til Excel» from the scenario editor with «Vis i 1 000 kr» ticked (issue 12.7): the
// fake shell "chooses" the file; the workbook has a sheet per scenario, amounts shown in
// 1 000 kr while the cells keep kroner, and the change against «Ingen tiltak».
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { DEFAULT_ASSUMPTIONS, runPlan, type RegisterSnapshot } from '../../main/domain/scenario';
import { expect, test } from './fixtures';

async function ready(page: Page) {
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
}

test('exports a scenario in 1 000 kr with its change against «Ingen tiltak»', async ({
  app,
  host,
  dataDir,
}) => {
  const scenario = {
    name: 'Kjøp seks',
    startYear: 2027,
    years: 4,
    assumptions: DEFAULT_ASSUMPTIONS,
    actions: [
      {
        id: 'k1',
        kind: 'kjop' as const,
        year: 2027,
        segment: '2|-|-' as const,
        count: 6,
        pricePerHome: 3_000_000,
        areaM2PerHome: 60,
        rentMonthlyPerHome: 11_000,
        grant: { mode: 'rate' as const },
      },
    ],
  };
  const { id } = await host.handlers['scenarios.create']({ scenario });
  await app.goto(`${host.url}/#/scenarier/${id}`);
  await ready(app);

  const option = app.getByRole('checkbox', { name: 'Vis i 1 000 kr' });
  await expect(option).not.toBeChecked();
  await option.check();
  const out = join(dataDir, 'plan.xlsx');
  host.shell.saveQueue.push(out);
  await app.getByRole('button', { name: 'Eksporter til Excel' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Eksportert til' })).toContainText(
    'plan.xlsx',
  );
  await app.locator('.plan-export').screenshot({ path: 'test-results/excel-export-option.png' });
  await app.screenshot({ path: 'test-results/excel-export.png' });

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    'Sammendrag',
    'Forutsetninger',
    'Investering – Kjøp seks',
    'Drift – Kjøp seks',
    'Endring – Kjøp seks',
    'Lån – Kjøp seks',
    'Behov – Kjøp seks',
    'Boligmasse – Kjøp seks',
    'Tiltak – Kjøp seks',
    'Grunnlag – Kjøp seks',
  ]);
  const drift = wb.getWorksheet('Drift – Kjøp seks')!;
  expect(String(drift.getCell(5, 1).value)).toMatch(/^Beløp i 1 000 kr/);
  // The NPV of the net cost (the sum column) in kroner, shown in thousands.
  const snap = (await host.handlers['plan.snapshot']({})) as RegisterSnapshot;
  const plan = runPlan(snap, scenario);
  let npv: ExcelJS.Cell | null = null;
  drift.eachRow((row) => {
    if (String(row.getCell(4).value).startsWith('Nåverdi')) npv = row.getCell(6 + 4);
  });
  expect(npv).not.toBeNull();
  const cell = npv! as ExcelJS.Cell;
  expect(cell.numFmt).toBe('#,##0,');
  expect((cell.value as ExcelJS.CellFormulaValue).result).toBe(plan.npv);
  // Without the option ticked, kroner.
  await option.uncheck();
  const plain = join(dataDir, 'kroner.xlsx');
  host.shell.saveQueue.push(plain);
  await app.getByRole('button', { name: 'Eksporter til Excel' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Eksportert til' })).toContainText(
    'kroner.xlsx',
  );
  const wb2 = new ExcelJS.Workbook();
  await wb2.xlsx.readFile(plain);
  expect(String(wb2.getWorksheet('Drift – Kjøp seks')!.getCell(5, 1).value)).toMatch(
    /^Beløp i kroner/,
  );
});
