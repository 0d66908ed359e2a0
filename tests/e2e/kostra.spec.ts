// KOSTRA skjema 13 (issue 13.4) in the browser: the sample's last year, with a blocking error
// (no population) and warnings that need a comment before the report can be marked «ferdig».
import type { Page } from '@playwright/test';
import { formatInteger } from '../../main/domain/format';
import { expect, test } from './fixtures';

async function ready(page: Page) {
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
}

test('a blocking error and warnings needing a comment stop «ferdig» until resolved', async ({
  app,
  host,
}) => {
  await app.getByRole('link', { name: 'KOSTRA skjema 13' }).click();
  await ready(app);
  await expect(app.getByRole('heading', { name: 'KOSTRA skjema 13', level: 1 })).toBeVisible();
  // Today is 25.11.2026: the default reporting year is 2025, compared with the saved 2024.
  await expect(app.getByLabel('Rapporteringsår')).toHaveValue('2025');
  const report = await host.handlers['kostra.get']({ year: 2025 });
  expect(report.lastYear?.year).toBe(2024);

  // Line by line, with the homes behind the total.
  const total = app.locator('tr[data-line="homes.total"]');
  await expect(total).toContainText(formatInteger(report.figures.homes.total));
  await total.getByText(`Boligene (${report.figures.homes.total})`).click();
  await expect(total).toContainText('B-001');

  // The population is missing: an ERROR that blocks «ferdig».
  const checks = app.getByRole('region', { name: 'Kontroller' });
  await expect(checks).toContainText('Innbyggertall per 31.12 mangler');
  const finish = app.getByRole('button', { name: 'Marker som ferdig' });
  await expect(finish).toBeDisabled();

  // Warnings (changes over 30 % from 2024) need a comment each.
  const warnings = report.checks.filter((c) => c.severity === 'WARNING' || c.severity === 'INFO');
  expect(warnings.some((c) => c.code.startsWith('jump.'))).toBe(true);
  await app.getByLabel('Innbyggere per 31.12').fill('15 610');
  await expect(finish).toBeDisabled();
  await app.screenshot({ path: 'test-results/kostra.png', fullPage: true });
  for (const w of warnings) {
    await app.getByLabel(`Kommentar: ${w.message}`).fill('Flere søknader etter nytt tildelingsråd');
  }
  await expect(finish).toBeEnabled();
  await finish.click();
  await ready(app);
  await expect(app.locator('.kostra-status')).toContainText('Ferdig');
  const saved = host.session.db
    .prepare('SELECT status, population, comments FROM kostra_report WHERE year = 2025')
    .get() as { status: string; population: number; comments: string };
  expect(saved.status).toBe('ferdig');
  expect(saved.population).toBe(15_610);
  expect(Object.keys(JSON.parse(saved.comments) as object).sort()).toEqual(
    warnings.map((w) => w.code).sort(),
  );
  // Per 1 000 inhabitants now that the population is known.
  await expect(app.locator('tr[data-line="indicators.homesPer1000"]')).toContainText(
    (Math.round((report.figures.homes.total / 15_610) * 10_000) / 10).toString().replace('.', ','),
  );
});
