// Issue 12, items 1 and 2: money in words (no bare minus in any money cell) and the change a
// scenario makes against «Ingen tiltak» (or another compared scenario), checked against the
// engine (runPlan + planDifference on the same snapshot) in the editor and in Sammenlign.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  baselineScenario,
  DEFAULT_ASSUMPTIONS,
  runPlan,
  type Action,
  type PlanResult,
  type RegisterSnapshot,
  type Scenario,
} from '../../main/domain/scenario';
import { costChangeCell, homesChangeWords } from '../../main/domain/wording';
import type { TestHost } from '../host/server';
import { expect, test } from './fixtures';

const START = 2027;
const YEARS = [2027, 2028, 2029, 2030];

async function ready(page: Page) {
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
}

async function open(page: Page, host: TestHost, hash: string) {
  await page.goto(`${host.url}/${hash}`);
  await ready(page);
}

const snapshotOf = async (host: TestHost) =>
  (await host.handlers['plan.snapshot']({})) as RegisterSnapshot;

async function createScenario(host: TestHost, name: string, actions: Action[]) {
  const scenario: Scenario = {
    name,
    startYear: START,
    years: 4,
    assumptions: DEFAULT_ASSUMPTIONS,
    actions,
  };
  const stored = await host.handlers['scenarios.create']({ scenario });
  return { id: stored.id, scenario };
}

const buy = (count: number): Action => ({
  id: 'k1',
  kind: 'kjop',
  year: 2027,
  segment: '3|-|-',
  count,
  pricePerHome: 4_200_000,
  areaM2PerHome: 75,
  rentMonthlyPerHome: 12_000,
  grant: { mode: 'rate' },
});

/** Every money cell on the page: none shows a minus (or −) directly before a digit. */
async function bareMinus(page: Page): Promise<string[]> {
  const texts = await page.locator('[data-money]').allTextContents();
  expect(texts.length).toBeGreaterThan(0);
  return texts.filter((t) => /[-−]\s?\d/.test(t));
}

async function serious(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** The texts «Endring mot …» must show for `plan` against `ref`, computed here from the engine. */
function expected(plan: PlanResult, ref: PlanResult) {
  const money = (k: 'netInvestment' | 'netOperatingCost' | 'netCost') => ({
    years: plan.perYear.map((y, i) => costChangeCell(y[k] - ref.perYear[i]![k])),
    total: costChangeCell(plan.total[k] - ref.total[k]),
  });
  return {
    netInvestment: money('netInvestment'),
    netOperatingCost: money('netOperatingCost'),
    netCost: money('netCost'),
    npv: costChangeCell(plan.npv - ref.npv),
    homes: plan.perYear.map((y, i) =>
      homesChangeWords(y.stock.total - ref.perYear[i]!.stock.total),
    ),
  };
}

async function checkDifference(page: Page, scope: string, plan: PlanResult, ref: PlanResult) {
  const table = page.locator(`[data-difference="${scope}"]`);
  await expect(table).toBeVisible();
  const e = expected(plan, ref);
  for (const k of ['netInvestment', 'netOperatingCost', 'netCost'] as const) {
    for (const [i, year] of YEARS.entries())
      await expect(table.locator(`[data-diff="${k}:${year}"]`)).toHaveText(e[k].years[i]!);
    await expect(table.locator(`[data-diff="${k}:total"]`)).toHaveText(e[k].total);
  }
  await expect(table.locator('[data-diff="npv:total"]')).toHaveText(e.npv);
  for (const [i, year] of YEARS.entries())
    await expect(table.locator(`[data-diff="homes:${year}"]`)).toHaveText(e.homes[i]!);
}

test('the editor shows the change against «Ingen tiltak» and money in words', async ({
  app,
  host,
}) => {
  // axe and full-page screenshots take a while on a busy machine.
  test.setTimeout(180_000);
  const snap = await snapshotOf(host);
  const sold = snap.units.find((u) => u.tenure === 'eid' && u.status === 'til_salgs')!;
  const sale: Action = {
    id: 's1',
    kind: 'salg',
    year: 2028,
    target: { mode: 'units', unitIds: [sold.id] },
    pricePerHome: 2_500_000,
  };
  const { id, scenario } = await createScenario(host, 'Kjøp og salg', [buy(3), sale]);
  const plan = runPlan(snap, scenario);
  const base = runPlan(snap, baselineScenario(scenario));
  // The plan changes the operating budget against doing nothing.
  expect(plan.total.netOperatingCost).not.toBe(base.total.netOperatingCost);

  await open(app, host, `#/scenarier/${id}?fane=resultater`);
  await expect(app.getByRole('heading', { name: 'Endring mot Ingen tiltak' })).toBeVisible();
  await checkDifference(app, 'Kjøp og salg', plan, base);
  expect(await bareMinus(app)).toEqual([]);
  expect(await serious(app)).toEqual([]);
  await app.setViewportSize({ width: 1366, height: 900 });
  await ready(app);
  await app.screenshot({ path: 'test-results/difference-editor-1366.png', fullPage: true });

  // Per action: the sale's marginal lines (lost rent) read «… mindre», never with a minus.
  await app.getByRole('tab', { name: 'Per tiltak og prosjekt' }).click();
  await ready(app);
  await app.getByRole('button', { name: 'Tiltak 2 (Salg)', exact: true }).click();
  await expect(app.getByRole('table', { name: /^Driftsbudsjett, Tiltak 2/ })).toContainText(
    'mindre',
  );
  expect(await bareMinus(app)).toEqual([]);
  await app.screenshot({ path: 'test-results/difference-by-action-1366.png', fullPage: true });

  // «Ingen tiltak» itself: the same figures in words, no change against itself.
  await open(app, host, '#/scenarier/ingen');
  await expect(app.getByRole('heading', { name: 'Ingen tiltak', level: 1 })).toBeVisible();
  await expect(app.locator('[data-difference]')).toHaveCount(0);
  expect(await bareMinus(app)).toEqual([]);
});

test('Sammenlign shows the change against a chosen reference', async ({ app, host }) => {
  // axe and full-page screenshots take a while on a busy machine.
  test.setTimeout(180_000);
  const snap = await snapshotOf(host);
  const a = await createScenario(host, 'Kjøp tre', [buy(3)]);
  const b = await createScenario(host, 'Kjøp seks', [buy(6)]);
  const planA = runPlan(snap, a.scenario);
  const planB = runPlan(snap, b.scenario);
  const base = runPlan(snap, baselineScenario(a.scenario));

  await open(app, host, `#/sammenlign?ids=ingen,${a.id},${b.id}`);
  const panel = app.locator('.difference-panel');
  await expect(panel.getByRole('heading', { name: 'Endring mot Ingen tiltak' })).toBeVisible();
  await checkDifference(app, 'Kjøp tre', planA, base);
  await checkDifference(app, 'Kjøp seks', planB, base);
  expect(await bareMinus(app)).toEqual([]);
  expect(await serious(app)).toEqual([]);

  // Against «Kjøp tre»: «Kjøp seks» buys three homes more, «Ingen tiltak» three fewer.
  await panel.getByLabel('Sammenlign med').selectOption({ label: 'Kjøp tre' });
  await ready(app);
  await expect(app).toHaveURL(new RegExp(`mot=${a.id}`));
  await expect(panel.getByRole('heading', { name: 'Endring mot Kjøp tre' })).toBeVisible();
  await expect(app.locator('[data-difference="Kjøp tre"]')).toHaveCount(0);
  await checkDifference(app, 'Kjøp seks', planB, planA);
  await checkDifference(app, 'Ingen tiltak', base, planA);
  await expect(app.locator('[data-difference="Kjøp seks"] [data-diff="homes:2030"]')).toHaveText(
    '3 boliger flere',
  );
  expect(await bareMinus(app)).toEqual([]);

  await app.setViewportSize({ width: 1366, height: 900 });
  await ready(app);
  await app.screenshot({ path: 'test-results/difference-compare-1366.png', fullPage: true });
});

test('Verdi per bolig says value or loss and fits 1400 px', async ({ app, host }) => {
  // axe and full-page screenshots take a while on a busy machine.
  test.setTimeout(180_000);
  await open(app, host, '#/boligverdi');
  const table = app.getByRole('table', { name: 'Verdi per bolig, lavest først' });
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const npv = table.locator('tbody tr td:last-child');
  for (const t of await npv.allTextContents()) expect(t).toMatch(/^Netto (verdi|tap) \d/);
  expect(await bareMinus(app)).toEqual([]);
  // No sideways scrolling at 1400 px.
  const wrap = app.locator('.value-screen .table-wrap');
  const overflow = await wrap.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await app.setViewportSize({ width: 1366, height: 900 });
  await ready(app);
  await app.screenshot({ path: 'test-results/difference-values-1366.png' });
});
