// Long lists are virtualised (issue 14, speed at Oslo's size): with a register of 12 000
// homes, Verdi per bolig ranks every owned home but keeps only the rows in view in the DOM;
// the scrolling container is focusable, End reaches the last home, and the table still says
// how many rows it has. The sale picker lists every eligible home the same way.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assessNeeds,
  DEFAULT_ASSUMPTIONS,
  SEGMENT_KEYS,
  unitValues,
  type RegisterSnapshot,
} from '../../main/domain/scenario';
import { formatInteger } from '../../main/domain/format';
import { createRegister, fixedClock } from '../../main/register/session';
import { startTestHost } from '../host/server';
import { BENCH_SIZE } from '../bench/common';
import { expect, test as base, TODAY } from './fixtures';

// The same fixtures with an Oslo-sized sample register, generated once per worker (it takes
// most of a minute on a busy machine) and copied for each test.
const test = base.extend<object, { oslo: string }>({
  oslo: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'boligplan-oslo-'));
      const path = join(dir, 'oslo.sqlite');
      createRegister(path, fixedClock(TODAY), { sample: true, sampleSize: BENCH_SIZE }).close();
      await use(path);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  host: async ({ dataDir, oslo }, use) => {
    const registerPath = join(dataDir, 'register.sqlite');
    copyFileSync(oslo, registerPath);
    const host = await startTestHost({ registerPath, clock: fixedClock(TODAY) });
    await use(host);
    await host.close();
  },
});

async function ready(page: Page) {
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
}

async function serious(page: Page, include?: string) {
  const axe = new AxeBuilder({ page });
  const results = await (include ? axe.include(include) : axe)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(' | ')}`,
    );
}

test('Verdi per bolig at Oslo size: every owned home, few rows in the DOM, the last one reachable', async ({
  app,
  host,
}) => {
  // A 12 000-home register and axe over it take a while on a busy machine.
  test.setTimeout(240_000);
  await app.setViewportSize({ width: 1400, height: 900 });
  const snap = (await host.handlers['plan.snapshot']({})) as RegisterSnapshot;
  const values = unitValues(snap, DEFAULT_ASSUMPTIONS);
  const n = values.length;
  expect(n).toBeGreaterThan(3000);

  // From the menu to the first ranked row: the snapshot fetched, every home valued, drawn.
  const t0 = Date.now();
  await app.getByRole('link', { name: 'Verdi per bolig' }).click();
  const table = app.getByRole('table', { name: 'Verdi per bolig, lavest først' });
  const rows = table.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  await ready(app);
  const readyMs = Date.now() - t0;
  console.log(`Verdi per bolig klar med ${n} boliger: ${readyMs} ms`);
  expect(readyMs).toBeLessThan(15_000);

  // Again with the snapshot kept: valuing every home and drawing the window.
  await app.getByRole('link', { name: 'Behovsanalyse' }).click();
  await ready(app);
  const t1 = Date.now();
  await app.getByRole('link', { name: 'Verdi per bolig' }).click();
  await expect(rows.first()).toBeVisible();
  await ready(app);
  const againMs = Date.now() - t1;
  console.log(`Verdi per bolig igjen (snapshot beholdt): ${againMs} ms`);
  expect(againMs).toBeLessThan(5_000);
  // The same, timed inside the page (no test-runner polling): from the click to the ranked
  // rows drawn with the app ready. Printed only; the bench holds the goals.
  await app.getByRole('link', { name: 'Behovsanalyse' }).click();
  await ready(app);
  const inPageMs = await app.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const root = document.getElementById('app')!;
        const done = () =>
          root.dataset.appState === 'ready' &&
          document.querySelector('.value-screen table tbody tr') !== null;
        const t = performance.now();
        const watch = new MutationObserver(() => {
          if (!done()) return;
          watch.disconnect();
          resolve(performance.now() - t);
        });
        watch.observe(root, { subtree: true, childList: true, attributes: true });
        document.querySelector<HTMLAnchorElement>('a[href$="/boligverdi"]')!.click();
      }),
  );
  console.log(`Verdi per bolig igjen, målt i siden: ${Math.round(inPageMs)} ms`);

  // Every owned home counts; only a window of them is in the DOM.
  await expect(app.locator('.value-screen .row-count')).toHaveText(
    `${formatInteger(n)} eide boliger`,
  );
  await expect(table).toHaveAttribute('aria-rowcount', String(n + 1));
  const domRows = await rows.count();
  expect(domRows).toBeGreaterThan(5);
  expect(domRows).toBeLessThan(100);
  await expect(rows.first()).toHaveAttribute('aria-rowindex', '2');
  await expect(rows.first().getByRole('link')).toHaveText(values[0]!.unitNo);

  // The scrolling container is named and reachable by keyboard; End scrolls to the last home.
  const scroller = app.getByRole('region', {
    name: `Verdi per bolig: ${formatInteger(n)} eide boliger`,
  });
  await expect(scroller).toHaveAttribute('tabindex', '0');
  await scroller.focus();
  await expect(scroller).toBeFocused();
  await app.screenshot({ path: 'test-results/virtual-lists-value-top.png' });
  await app.keyboard.press('End');
  const last = table.locator(`tbody tr[aria-rowindex="${n + 1}"]`);
  await expect(last).toBeVisible();
  await expect(last.getByRole('link')).toHaveText(values[n - 1]!.unitNo);
  await expect(last.locator('td').nth(1)).toHaveText(formatInteger(values[n - 1]!.rank));
  expect(await rows.count()).toBeLessThan(100);
  // The first home has left the DOM.
  await expect(table.locator('tbody tr[aria-rowindex="2"]')).toHaveCount(0);
  await app.screenshot({ path: 'test-results/virtual-lists-value-end.png' });

  // A checkbox scrolled into view is ticked like any other: the sale bar counts it.
  await last.getByRole('checkbox').check();
  await expect(app.locator('.value-screen .row-count')).toContainText('1 valgt');

  // Searching narrows the list; the count and the row count follow.
  await app.locator('#value-search').fill(values[n - 1]!.unitNo);
  await expect(table).toHaveAttribute('aria-rowcount', /^\d+$/);
  await expect(rows.first().getByRole('link')).toHaveText(values[n - 1]!.unitNo);

  await app.locator('#value-search').fill('');
  await expect(table).toHaveAttribute('aria-rowcount', String(n + 1));
  expect(await serious(app)).toEqual([]);
});

test('the needs drill-down at Oslo size: long source lists scroll, virtualised, to the last link', async ({
  app,
  host,
}) => {
  test.setTimeout(300_000);
  await app.setViewportSize({ width: 1366, height: 900 });
  const snap = (await host.handlers['plan.snapshot']({})) as RegisterSnapshot;
  const start = Number(snap.asOf.slice(0, 4)) + 1;
  const needs = assessNeeds(snap, { startYear: start, years: 4, turnover: DEFAULT_ASSUMPTIONS });
  // The segment whose first-year cell names the most homes, households and needs.
  const size = (seg: (typeof SEGMENT_KEYS)[number]) => {
    const c = needs.perYear[0]!.segments[seg];
    return [...Object.values(c.demand), ...Object.values(c.supply)].reduce(
      (s, f) => s + f.sources.unitIds.length + f.sources.householdIds.length,
      0,
    );
  };
  const seg = [...SEGMENT_KEYS].sort((a, b) => size(b) - size(a))[0]!;
  await app.goto(`${host.url}/#/behovsanalyse?celle=${start}:${seg}`);
  await ready(app);
  const detail = app.getByRole('region', { name: /^Bak tallet/ });
  await expect(detail).toBeVisible();
  const boxes = detail.locator('.virtual-lines');
  expect(await boxes.count()).toBeGreaterThan(0);
  // The longest list: all its links counted, a window of them in the DOM.
  const box = boxes.first();
  const name = (await box.getAttribute('aria-label'))!;
  const total = Number(name.replace(/^.*: /, '').replace(/\s/g, ''));
  expect(total).toBeGreaterThan(60);
  await expect(box).toHaveAttribute('tabindex', '0');
  const inDom = await box.locator('li').count();
  expect(inDom).toBeLessThan(total);
  await expect(box.locator('li').first()).toHaveAttribute('aria-setsize', String(total));
  await box.focus();
  await app.keyboard.press('End');
  await expect(box.locator(`li[aria-posinset="${total}"]`)).toBeVisible();
  await box.scrollIntoViewIfNeeded();
  await app.screenshot({ path: 'test-results/virtual-lists-drilldown.png' });
  // axe on the drill-down (the whole screen at sample size is in accessibility.spec.ts).
  expect(await serious(app, '.cell-detail')).toEqual([]);
});

test('the sale picker at Oslo size lists every owned home, a window of them in the DOM', async ({
  app,
  host,
}) => {
  test.setTimeout(300_000);
  await app.setViewportSize({ width: 1366, height: 900 });
  const snap = (await host.handlers['plan.snapshot']({})) as RegisterSnapshot;
  const start = Number(snap.asOf.slice(0, 4)) + 1;
  const id = (
    await host.handlers['scenarios.create']({
      scenario: {
        name: 'Salg',
        startYear: start,
        years: 4,
        assumptions: DEFAULT_ASSUMPTIONS,
        actions: [],
      },
    })
  ).id;
  const values = unitValues(snap, DEFAULT_ASSUMPTIONS, 30, start);
  await app.goto(`${host.url}/#/scenarier/${id}`);
  await ready(app);
  await app.getByRole('button', { name: '+ Salg' }).click();
  const picker = app.locator('.action-form .unit-picker');
  const rows = picker.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const table = picker.getByRole('table');
  const n = Number((await table.getAttribute('aria-rowcount'))!) - 1;
  expect(n).toBeGreaterThanOrEqual(values.length - 1);
  await expect(picker.getByText(`${formatInteger(n)} boliger`, { exact: true })).toBeVisible();
  expect(await rows.count()).toBeLessThan(100);
  // End in the list reaches the highest value; its checkbox works as any other.
  const scroller = picker.locator('.virtual-scroll');
  await scroller.focus();
  await app.keyboard.press('End');
  const last = table.locator(`tbody tr[aria-rowindex="${n + 1}"]`);
  await expect(last).toBeVisible();
  await last.getByRole('checkbox').check();
  const no = (await last.getAttribute('data-unit-no'))!;
  await expect(picker.getByRole('list', { name: 'Valgte boliger' })).toContainText(no);
  await app.screenshot({ path: 'test-results/virtual-lists-picker.png' });
});
