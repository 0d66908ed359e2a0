// Behovsanalyse that reads right (issue 12, item 5) and choosing homes to sell (item 6):
// whole households, no negative supply, the drill-down next to its figure, the sale picker's
// columns, sorting and «de N med lavest verdi», and the households a sale of let homes moves.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import {
  assessNeeds,
  DEFAULT_ASSUMPTIONS,
  residentsOf,
  runPlan,
  SEGMENT_KEYS,
  unitValues,
  type RegisterSnapshot,
  type Scenario,
} from '../../main/domain/scenario';
import type { TestHost } from '../host/server';
import { expect, test } from './fixtures';

const START = 2027;

async function ready(page: Page) {
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
}

async function open(page: Page, host: TestHost, hash: string) {
  await page.goto(`${host.url}/${hash}`);
  await ready(page);
}

const snapshotOf = async (host: TestHost) =>
  (await host.handlers['plan.snapshot']({})) as RegisterSnapshot;

async function serious(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** A whole number of households, possibly «ca.» and signed: «12», «ca. +3», «-4», «1 234». */
const WHOLE = /^(ca\. )?[+-]?\d{1,3}( \d{3})*$/;

async function texts(l: Locator): Promise<string[]> {
  return (await l.allTextContents()).map((t) => t.trim());
}

function inViewport(
  box: { x: number; y: number; width: number; height: number } | null,
  vp: { width: number; height: number },
) {
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(vp.height);
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(vp.width);
}

test('Behovsanalyse: whole households, no negative supply, the drill-down beside its figure', async ({
  app,
  host,
}) => {
  test.setTimeout(120_000);
  await app.setViewportSize({ width: 1366, height: 900 });
  const snap = await snapshotOf(host);
  const needs = assessNeeds(snap, { startYear: START, years: 4, turnover: DEFAULT_ASSUMPTIONS });
  await open(app, host, '#/behovsanalyse');
  await expect(app.getByRole('heading', { name: 'Behovsanalyse', level: 1 })).toBeVisible();
  const table = app.getByRole('table', { name: 'Balanse per segment og år' });
  const cells = table.locator('[data-cell]');
  await expect(cells.first()).toBeVisible();

  // Whole households everywhere in the table, for every measure but coverage.
  for (const measure of ['Balanse (tilbud − behov)', 'Akkumulert balanse', 'Behov', 'Tilbud']) {
    await app.getByRole('radio', { name: measure, exact: true }).check();
    await ready(app);
    const shown = await texts(cells);
    expect(shown.length).toBeGreaterThan(0);
    for (const t of shown) expect(t, measure).toMatch(WHOLE);
    for (const t of await texts(table.locator('tfoot td'))) expect(t, measure).toMatch(WHOLE);
    if (measure === 'Tilbud') {
      // No negative supply in any cell or total.
      for (const t of [...shown, ...(await texts(table.locator('tfoot td')))]) {
        expect(t).not.toMatch(/-/);
      }
    }
  }
  // The engine agrees: no supply part is negative anywhere on the sample.
  for (const y of needs.perYear) {
    for (const k of SEGMENT_KEYS) expect(y.segments[k].supplyTotal).toBeGreaterThanOrEqual(0);
  }
  // The households that should move are spread at 25 % a year (the stated default).
  const s = needs.mustMoveSchedule;
  await expect(app.getByTestId('must-move-note')).toContainText(
    `${s.households} husstander bør flytte`,
  );
  await expect(app.getByTestId('must-move-note')).toContainText('Med 25 % av dem per år');
  await expect(app.getByLabel('Flytting av dem som bør flytte')).toHaveValue('25');

  // The parts table: whole households, «ca.» only on expected values, with the note.
  const parts = app.getByRole('table', { name: 'Behov og tilbud per år, fordelt på kilde' });
  const partCells = await texts(parts.locator('tbody tr:not(:last-child) td'));
  for (const t of partCells) expect(t).toMatch(WHOLE);
  await expect(
    app.getByText(/^ca\. = forventet verdi avrundet til hele husstander/).first(),
  ).toBeVisible();
  // The chart of demand and supply per year has its table for screen readers.
  await expect(
    app.getByRole('heading', { name: /^Behov og tilbud per år, alle segmenter/ }).first(),
  ).toBeVisible();

  await app.screenshot({ path: 'test-results/needs-analysis-1366.png', fullPage: true });

  // The drill-down opens right below the clicked cell: both in the viewport at once.
  await app.getByRole('radio', { name: 'Balanse (tilbud − behov)', exact: true }).check();
  const first = needs.perYear[0]!;
  const busiest = [...SEGMENT_KEYS].sort(
    (a, b) => first.segments[b].demandTotal - first.segments[a].demandTotal,
  )[0]!;
  const cell = app.locator(`[data-cell="${START + 1}:${busiest}"]`);
  await cell.click();
  await ready(app);
  const detail = app.getByRole('region', { name: /^Bak tallet/ });
  await expect(detail).toBeVisible();
  await expect(detail).toContainText(`${START + 1}`);
  const vp = app.viewportSize()!;
  inViewport(await cell.boundingBox(), vp);
  inViewport(await detail.boundingBox(), vp);
  // The detail is directly below its cell's row.
  const cb = (await cell.boundingBox())!;
  const db = (await detail.boundingBox())!;
  expect(db.y).toBeGreaterThanOrEqual(cb.y + cb.height - 1);
  expect(db.y - (cb.y + cb.height)).toBeLessThan(40);
  for (const t of await texts(detail.locator('.part-head .num'))) expect(t).toMatch(WHOLE);
  await app.screenshot({ path: 'test-results/needs-analysis-drilldown-1366.png' });

  // axe: no serious or critical findings, with the drill-down open.
  expect(await serious(app)).toEqual([]);

  // The rate is the planner's: 100 % moves everybody in the first year.
  const all = assessNeeds(snap, {
    startYear: START,
    years: 4,
    turnover: { ...DEFAULT_ASSUMPTIONS, mustMoveRate: 1 },
  }).mustMoveSchedule;
  expect(all.perYear.slice(1)).toEqual([0, 0, 0]);
  await app.getByLabel('Flytting av dem som bør flytte').fill('100');
  await ready(app);
  await expect(app.getByTestId('must-move-note')).toContainText(
    `Med 100 % av dem per år: ${all.perYear[0]} i ${START}.`,
  );
  await app.getByLabel('Flytting av dem som bør flytte').fill('0');
  await expect(
    app.getByText('Flytting av dem som bør flytte: må være over 0 % og høyst 100 % per år'),
  ).toBeVisible();
});

test('the sale picker: value columns, sorting, «de N med lavest verdi», households to move', async ({
  app,
  host,
}) => {
  test.setTimeout(120_000);
  await app.setViewportSize({ width: 1366, height: 900 });
  const snap = await snapshotOf(host);
  const scenario: Scenario = {
    name: 'Salg av utleide boliger',
    startYear: START,
    years: 4,
    assumptions: DEFAULT_ASSUMPTIONS,
    actions: [],
  };
  const id = (await host.handlers['scenarios.create']({ scenario })).id;
  // The values the picker shows: sold on 1 January of the sale year (the first plan year).
  const values = unitValues(snap, DEFAULT_ASSUMPTIONS, 30, START);
  const lowest = values.map((v) => v.unitNo); // lowest first, ties by bolignr

  await open(app, host, `#/scenarier/${id}`);
  await app.getByRole('button', { name: '+ Salg' }).click();
  const form = app.locator('.action-form');
  await expect(form.getByRole('heading', { name: 'Rediger Tiltak 1 (Salg)' })).toBeVisible();
  const picker = form.locator('.unit-picker');
  for (const h of ['TG', 'Etterslep', 'Verdi', 'Lån å innfri', 'Tilskudd tilbake', 'Utleid']) {
    await expect(picker.getByRole('columnheader', { name: h, exact: false }).first()).toBeVisible();
  }
  const rowNos = async () =>
    (await picker
      .locator('tbody tr')
      .evaluateAll((rs) => rs.map((r) => r.getAttribute('data-unit-no')))) as string[];
  // Sorted by value, lowest first, from the start (as unitValues ranks them).
  const valueHeader = picker.getByRole('columnheader', { name: /^Verdi/ });
  await expect(valueHeader).toHaveAttribute('aria-sort', 'ascending');
  expect((await rowNos()).slice(0, 10)).toEqual(lowest.slice(0, 10));
  // A click turns it round: the highest value first.
  await valueHeader.getByRole('button').click();
  await expect(valueHeader).toHaveAttribute('aria-sort', 'descending');
  const byValueDesc = [...values]
    .sort((a, b) => b.npv - a.npv || a.unitNo.localeCompare(b.unitNo, 'nb'))
    .map((v) => v.unitNo);
  expect((await rowNos()).slice(0, 10)).toEqual(byValueDesc.slice(0, 10));
  // Any column sorts: the largest backlog first.
  const backlog = picker.getByRole('columnheader', { name: /^Etterslep/ });
  await backlog.getByRole('button').click();
  await backlog.getByRole('button').click();
  await expect(backlog).toHaveAttribute('aria-sort', 'descending');
  const topNo = (await rowNos())[0];
  const first = snap.units.find((u) => u.unitNo === topNo)!;
  expect(first.maintenanceBacklog).toBe(
    Math.max(...snap.units.filter((u) => u.tenure === 'eid').map((u) => u.maintenanceBacklog)),
  );

  // «De N med lavest verdi»: three homes.
  await picker.getByLabel('Antall boliger med lavest verdi').fill('3');
  await picker.getByRole('button', { name: 'Velg de 3 med lavest verdi' }).click();
  await ready(app);
  const chips = picker.getByRole('list', { name: 'Valgte boliger' }).getByRole('listitem');
  await expect(chips).toHaveCount(3);
  expect((await chips.allTextContents()).map((t) => t.replace('×', '').trim())).toEqual(
    lowest.slice(0, 3),
  );

  // Selling let homes names the households that must move that year.
  const letIds = new Set(snap.tenancies.filter((t) => t.movedOut === null).map((t) => t.unitId));
  const chosen = values.slice(0, 3).map((v) => v.unitId);
  let residents = residentsOf(snap, chosen);
  if (residents.length === 0) {
    const letHome = values.find((v) => letIds.has(v.unitId))!;
    await picker.getByLabel('Søk etter bolig').fill(letHome.unitNo);
    await picker.getByRole('checkbox', { name: letHome.unitNo, exact: true }).check();
    await ready(app);
    residents = residentsOf(snap, [...chosen, letHome.unitId]);
  }
  const moved = form.getByTestId('moved-households');
  await expect(moved).toContainText(`må flytte i ${START}`);
  await expect(moved).toContainText('regnes som behov det året');
  for (const r of residents) {
    const ref = snap.households.find((h) => h.id === r.householdId)!.ref;
    await expect(moved.getByRole('link', { name: ref })).toBeVisible();
  }
  await moved.scrollIntoViewIfNeeded();
  await app.screenshot({ path: 'test-results/sale-picker-1366.png' });
  expect(await serious(app)).toEqual([]);

  // In the plan, those households are demand in the sale year.
  const withSale = runPlan(snap, {
    ...scenario,
    actions: [
      {
        kind: 'salg',
        id: 's1',
        year: START,
        target: { mode: 'units', unitIds: [...new Set(residents.map((r) => r.unitId))] },
        pricePerHome: 2_500_000,
      },
    ],
  });
  const removed = SEGMENT_KEYS.reduce(
    (s, k) => s + withSale.perYear[0]!.needs.segments[k].demand.homeRemoved.value,
    0,
  );
  expect(removed).toBe(residents.length);
});

test('a scenario selling let homes shows their households as demand in the sale year', async ({
  app,
  host,
}) => {
  test.setTimeout(120_000);
  await app.setViewportSize({ width: 1366, height: 900 });
  const snap = await snapshotOf(host);
  const values = unitValues(snap, DEFAULT_ASSUMPTIONS, 30, START + 1);
  const letIds = new Set(snap.tenancies.filter((t) => t.movedOut === null).map((t) => t.unitId));
  const sold = values.filter((v) => letIds.has(v.unitId)).slice(0, 2);
  const scenario: Scenario = {
    name: 'Selger to utleide',
    startYear: START,
    years: 4,
    assumptions: DEFAULT_ASSUMPTIONS,
    actions: [
      {
        kind: 'salg',
        id: 's1',
        year: START + 1,
        target: { mode: 'units', unitIds: sold.map((v) => v.unitId) },
        pricePerHome: 2_500_000,
      },
    ],
  };
  const id = (await host.handlers['scenarios.create']({ scenario })).id;
  const plan = runPlan(snap, scenario);
  const y = plan.perYear[1]!.needs;
  const seg = SEGMENT_KEYS.find((k) => y.segments[k].demand.homeRemoved.value > 0)!;
  const removed = y.segments[seg].demand.homeRemoved;
  const residents = residentsOf(
    snap,
    sold.map((v) => v.unitId),
  );
  expect(SEGMENT_KEYS.reduce((s, k) => s + y.segments[k].demand.homeRemoved.value, 0)).toBe(
    residents.length,
  );

  await open(app, host, `#/scenarier/${id}?fane=behov&celle=${START + 1}:${seg}`);
  const detail = app.getByRole('region', { name: /^Bak tallet/ });
  await expect(detail).toBeVisible();
  const part = detail.locator('.part', { hasText: 'Må flytte: boligen selges eller tas ut' });
  await expect(part.locator('.part-head .num')).toHaveText(String(removed.value));
  for (const hid of removed.sources.householdIds) {
    const ref = snap.households.find((h) => h.id === hid)!.ref;
    await expect(part.getByRole('link', { name: ref })).toBeVisible();
  }
  await expect(part).toContainText('Tiltak 1 (Salg)');
  await app.screenshot({ path: 'test-results/needs-scenario-sale-1366.png' });
});
