// Screens that must not break the app: «Sammenlign» opened from the sidebar (no ?ids=), and
// kroner typed the Norwegian way («850.000», «850 000,40») in the scenario forms.
import type { Page } from '@playwright/test';
import { DEFAULT_ASSUMPTIONS, type Action } from '../../main/domain/scenario';
import type { TestHost } from '../host/server';
import { expect, test } from './fixtures';

async function ready(page: Page) {
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
}

const nav = (page: Page) => page.locator('.sidebar');

test('«Sammenlign» from the sidebar (no scenarios chosen) shows the screen and the app goes on', async ({
  app,
  host,
}) => {
  await host.handlers['scenarios.create']({
    scenario: {
      name: 'Kjøp to',
      startYear: 2027,
      years: 4,
      assumptions: DEFAULT_ASSUMPTIONS,
      actions: [],
    },
  });
  await nav(app).getByRole('link', { name: 'Sammenlign', exact: true }).click();
  await expect(app).toHaveURL(/#\/sammenlign$/);
  await ready(app);
  await expect(app.getByRole('heading', { name: 'Sammenlign scenarioer' })).toBeVisible();
  await expect(app.getByText('Velg minst to scenarioer.')).toBeVisible();
  await expect(app.getByText('Noe gikk galt på denne siden')).toHaveCount(0);

  // Picking two scenarios compares them.
  const picker = app.locator('.compare-picker');
  await picker.getByRole('checkbox', { name: 'Ingen tiltak' }).check();
  await picker.getByRole('checkbox', { name: 'Kjøp to' }).check();
  await ready(app);
  await expect(app.getByText('Velg minst to scenarioer.')).toHaveCount(0);

  // Straight to the address works too, and the navigation still works from there.
  await app.goto(`${host.url}/#/sammenlign`);
  await ready(app);
  await expect(app.getByRole('heading', { name: 'Sammenlign scenarioer' })).toBeVisible();
  await nav(app).getByRole('link', { name: 'Oversikt', exact: true }).click();
  await expect(app).toHaveURL(/#\/oversikt$/);
  await ready(app);
  await expect(app.getByText('Fjordvik kommune (fiktiv)').first()).toBeVisible();
});

async function purchaseScenario(host: TestHost) {
  const action: Action = {
    id: 'k1',
    kind: 'kjop',
    year: 2028,
    segment: '3|-|-',
    count: 2,
    pricePerHome: 4_000_000,
    areaM2PerHome: 75,
    rentMonthlyPerHome: 12_000,
    grant: { mode: 'rate' },
  };
  const stored = await host.handlers['scenarios.create']({
    scenario: {
      name: 'Kjøp',
      startYear: 2027,
      years: 4,
      assumptions: DEFAULT_ASSUMPTIONS,
      actions: [action],
    },
  });
  return stored.id;
}

test('kroner typed as «850.000» or «850 000,40» are 850 000 kr; text is refused', async ({
  app,
  host,
}) => {
  const id = await purchaseScenario(host);
  await app.goto(`${host.url}/#/scenarier/${id}`);
  await ready(app);
  await app.getByRole('button', { name: 'Tiltak 1 (Kjøp)', exact: true }).click();
  const form = app.locator('.action-form');
  const price = form.getByLabel('Pris per bolig');

  for (const typed of ['850.000', '850 000', '850\u00a0000', '850 000,40', '850.000,4']) {
    await price.fill(typed);
    await price.blur();
    await expect(price).toHaveValue('850 000');
    await expect(price).not.toHaveAttribute('aria-invalid', 'true');
  }

  await price.fill('abc');
  await expect(price).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('[data-field="pricePerHome"] .field-error')).toContainText(
    'må være et tall',
  );

  await price.fill('1.234.567');
  await price.blur();
  await expect(price).toHaveValue('1 234 567');
  await app.getByRole('button', { name: 'Lagre', exact: true }).click();
  await ready(app);
  await expect(app.getByText('Scenarioet er lagret')).toBeVisible();
  const saved = (await host.handlers['scenarios.get']({ id })).scenario;
  expect(saved.actions[0]).toMatchObject({ pricePerHome: 1_234_567 });
});
