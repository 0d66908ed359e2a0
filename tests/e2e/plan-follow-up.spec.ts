// Plan og resultat (issue 13.3) in the browser: the sample's adopted plan against what
// happened, a home registered by hand, another scenario marked as the adopted plan; axe.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { providedWords } from '../../main/domain/planFollowUp';
import { expect, test, TODAY } from './fixtures';

async function ready(page: Page) {
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
}

const YEAR = Number(TODAY.slice(0, 4));

test('the sample shows planned against actual; an event and another adopted plan change it', async ({
  app,
  host,
}) => {
  test.setTimeout(120_000);
  await app.setViewportSize({ width: 1366, height: 900 });
  await app.goto(`${host.url}/#/plan-og-resultat`);
  await ready(app);
  await expect(app.getByRole('heading', { name: 'Plan og resultat', level: 1 })).toBeVisible();

  const before = await host.handlers['planFollowUp.get']({});
  const totals = before.homes!.totals;
  // The sample: 34 homes planned over the period, 19 recorded so far.
  expect([totals.actualAdded, totals.plannedAdded]).toEqual([19, 34]);
  const period = app.getByRole('group', { name: `Hele planperioden ${YEAR - 1}–${YEAR + 2}` });
  await expect(period).toContainText(providedWords(19, 34));
  await expect(app.getByText(`Boligplan ${YEAR - 1}–${YEAR + 2}`).first()).toBeVisible();

  // The homes table: kjøp last year, planned 6, recorded 5.
  const homes = app.getByRole('table', { name: 'Boliger inn og ut per år, planlagt og faktisk' });
  const kjop = homes.getByRole('row', { name: /^Kjøp/ });
  await expect(kjop.getByRole('cell').nth(0)).toHaveText('6');
  await expect(kjop.getByRole('cell').nth(1)).toHaveText('5');
  // Coverage: this year has both the plan and the measured figure.
  const coverage = app.getByRole('table', { name: 'Dekning per år, planlagt og målt' });
  const thisYear = coverage.getByRole('row', { name: new RegExp(`^${YEAR} \\(i år\\)`) });
  await expect(thisYear.getByRole('cell').nth(0)).toContainText('%');
  await expect(thisYear.getByRole('cell').nth(1)).toContainText('%');
  // Indicators over the surveyed years and the register today.
  const indicators = app.getByRole('table', { name: 'Nøkkeltall per år' });
  await expect(indicators.getByRole('columnheader')).toHaveText([
    'Nøkkeltall',
    `${YEAR - 2} (kartlegging)`,
    `${YEAR - 1} (kartlegging)`,
    `${YEAR} (registeret i dag)`,
  ]);
  await app.screenshot({ path: 'test-results/plan-follow-up-1366.png', fullPage: true });

  // axe on the screen: no serious or critical findings.
  const axe = await new AxeBuilder({ page: app })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);

  // Register a purchase by hand: a home no longer in the register keeps just its number.
  await app.getByRole('button', { name: 'Registrer hendelse' }).click();
  const dialog = app.getByRole('dialog');
  await dialog.getByLabel('Bolignr').fill('K-777');
  await dialog.getByLabel('Hvordan').selectOption({ label: 'Kjøp' });
  await dialog.getByLabel('Dato', { exact: true }).fill(TODAY);
  await dialog.getByRole('button', { name: 'Registrer' }).click();
  await expect(dialog).toBeHidden();
  await ready(app);
  await expect(period).toContainText(providedWords(20, 34));
  await expect(app.getByRole('table', { name: 'Registrerte hendelser' })).toContainText('K-777');

  // A bad date is refused with a Norwegian message naming the field; nothing is stored.
  await app.getByRole('button', { name: 'Registrer hendelse' }).click();
  await dialog.getByLabel('Bolignr').fill('K-778');
  await dialog.getByLabel('Dato', { exact: true }).fill('');
  await dialog.getByRole('button', { name: 'Registrer' }).click();
  await expect(dialog.getByText('Dato: må fylles ut').first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  expect(
    host.session.db.prepare("SELECT count(*) AS n FROM stock_event WHERE unit_no = 'K-778'").get(),
  ).toEqual({ n: 0 });

  // Mark the alternative as the adopted plan from the scenario list (replacing the first).
  await app.goto(`${host.url}/#/scenarier`);
  await ready(app);
  const alt = (await host.handlers['scenarios.list']({})).find((s) =>
    s.name.startsWith('Alternativ'),
  )!;
  await app.getByRole('button', { name: `Merk ${alt.name} som vedtatt plan` }).click();
  const adopt = app.getByRole('dialog');
  await adopt.getByLabel('Vedtak').fill('PS 77/26');
  await adopt.getByRole('button', { name: 'Merk som vedtatt' }).click();
  await expect(adopt.getByRole('alert')).toContainText('overlapper vedtatt plan');
  await adopt.getByLabel('Erstatt en annen vedtatt plan for de samme årene').check();
  await adopt.getByRole('button', { name: 'Merk som vedtatt' }).click();
  await expect(adopt).toBeHidden();
  await ready(app);
  const badge = app.getByRole('link', {
    name: `Vedtatt plan ${alt.startYear}–${alt.startYear + 3}`,
  });
  await badge.click();
  await ready(app);
  await expect(app.getByRole('heading', { name: 'Plan og resultat', level: 1 })).toBeVisible();
  // The alternative: 10 + 8 homes bought (its first year is next year: none recorded yet).
  const altPeriod = app.getByRole('group', {
    name: `Hele planperioden ${alt.startYear}–${alt.startYear + 3}`,
  });
  await expect(altPeriod).toContainText(providedWords(0, 18));
  const after = await host.handlers['planFollowUp.get']({});
  expect(after.adopted.map((p) => p.scenarioName)).toEqual([alt.name]);
  await app.screenshot({ path: 'test-results/plan-follow-up-alternative.png', fullPage: true });

  // Lifting the decision keeps the scenario and the events; the screen says there is no plan.
  await app.getByRole('button', { name: 'Opphev vedtaket' }).click();
  await app.getByRole('alertdialog').getByRole('button', { name: 'Opphev vedtaket' }).click();
  await ready(app);
  await expect(app.getByRole('heading', { name: 'Ingen vedtatt plan' })).toBeVisible();
  expect(await host.handlers['planFollowUp.adopted']({})).toEqual([]);
  expect((await host.handlers['scenarios.list']({})).length).toBe(2);
});

test('a new home asks how it came in, and deleting one asks why', async ({ app, host }) => {
  await app.goto(`${host.url}/#/boliger/ny`);
  await ready(app);
  await app.getByLabel('Bolignr').fill('NY-100');
  await app.getByLabel('Adresse').fill('Nyveien 1');
  await app.getByLabel('Antall soverom').fill('2');
  await app.getByLabel('BRA m²').fill('60');
  await app.getByLabel('Månedsleie', { exact: true }).fill('9000');
  await app.getByLabel('Vedlikeholdsetterslep').fill('0');
  await app.getByLabel('Hvordan').selectOption({ label: 'Bygging' });
  await app.getByRole('button', { name: 'Lagre' }).click();
  await expect(app).toHaveURL(/#\/boliger\/\d+$/);
  await ready(app);
  const ev = () =>
    host.session.db
      .prepare("SELECT kind, on_date FROM stock_event WHERE unit_no = 'NY-100' ORDER BY id")
      .all();
  expect(ev()).toEqual([{ kind: 'bygging', on_date: TODAY }]);

  await app.getByRole('button', { name: 'Slett' }).click();
  const confirm = app.getByRole('alertdialog');
  await confirm.getByLabel('Hvorfor går boligen ut?').selectOption({ label: 'Avvikling' });
  await confirm.getByRole('button', { name: 'Slett' }).click();
  await expect(app).toHaveURL(/#\/boliger$/);
  await ready(app);
  expect(ev()).toEqual([
    { kind: 'bygging', on_date: TODAY },
    { kind: 'avvikling', on_date: TODAY },
  ]);
});
