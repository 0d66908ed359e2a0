// «Foreslå plan» in the browser: open it from Scenarier on the sample, run it, the result with
// the engine's coverage appears, and «Lagre som scenario» stores it and opens it. axe on the
// screen before and after the run.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function serious(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('Foreslå plan: runs on the sample, shows the result and saves it as a scenario', async ({
  app,
  host,
}) => {
  test.setTimeout(120_000);
  await app.goto(`${host.url}/#/scenarier`);
  await app.getByRole('link', { name: 'Foreslå plan' }).click();
  await expect(app.getByRole('heading', { name: 'Foreslå plan', level: 1 })).toBeVisible();
  expect(await serious(app)).toEqual([]);

  await app.getByLabel('Måldekning (%)').fill('95');
  await app.getByLabel('Maks antall kjøp per år').fill('30');
  await app.getByRole('button', { name: 'Foreslå plan' }).click();
  const result = app.getByTestId('suggest-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(result.getByRole('heading', { name: 'Forslag 1' })).toBeVisible();
  await expect(result).toContainText('Laveste dekning i og til og med 2030');
  await expect(result.getByRole('table')).toContainText('%');
  await app.screenshot({ path: 'test-results/suggest-result.png', fullPage: true });
  expect(await serious(app)).toEqual([]);

  await result.getByRole('button', { name: 'Lagre som scenario' }).click();
  await expect(app).toHaveURL(/#\/scenarier\/\d+/);
  await expect(app.getByRole('heading', { name: 'Forslag 1' })).toBeVisible();
  const list = (await host.handlers['scenarios.list']({})) as { name: string }[];
  expect(list.map((s) => s.name)).toContain('Forslag 1');
});
