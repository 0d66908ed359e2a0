// Issue 12 as a planner meets it, through the UI: a scenario that ends every framleie lease
// and sells two let homes. The engine's warnings appear with their figures; the printed plan
// (page.pdf → pdftotext) has the sections, the scenario name, the warnings, the coverage
// shown on screen, and no household reference.
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { runPlan, type RegisterSnapshot } from '../../main/domain/scenario';
import { pdfPrintOptions } from '../../main/report/print';
import { expect, test } from './fixtures';

async function ready(page: Page) {
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
}

async function tickHome(page: Page, unitNo: string) {
  const form = page.locator('.action-form');
  await form.getByLabel('Søk etter bolig').fill(unitNo);
  await form.getByRole('checkbox', { name: unitNo, exact: true }).check();
  await ready(page);
}

/** Text as pdftotext gives it, with runs of white space as one space. */
const squeeze = (t: string) => t.replace(/\s+/g, ' ').trim();

test('ends the framleie leases and sells two let homes: warnings on screen and in the printed plan', async ({
  app,
  host,
}, testInfo) => {
  test.setTimeout(240_000);
  const snap = (await host.handlers['plan.snapshot']({})) as RegisterSnapshot;
  const leased = snap.units.filter((u) => u.tenure === 'framleie');
  const living = new Set(snap.tenancies.filter((t) => t.movedOut === null).map((t) => t.unitId));
  const letOwned = snap.units
    .filter((u) => u.tenure === 'eid' && u.status === 'utleid' && living.has(u.id))
    .slice(0, 2);
  expect(leased.length).toBeGreaterThan(5);
  expect(letOwned).toHaveLength(2);

  await app.goto(`${host.url}/#/scenarier`);
  await ready(app);
  await app.getByRole('button', { name: 'Nytt scenario' }).click();
  const dialog = app.getByRole('dialog', { name: 'Nytt scenario' });
  await dialog.getByLabel('Navn').fill('Rådsplan uten framleie');
  await dialog.getByRole('button', { name: 'Opprett' }).click();
  await expect(app).toHaveURL(/#\/scenarier\/\d+/);
  await ready(app);
  const id = Number(/scenarier\/(\d+)/.exec(app.url())![1]);

  // End every lease from 1 January 2028.
  const form = app.locator('.action-form');
  await app.getByRole('button', { name: '+ Framleie' }).click();
  await form.getByRole('radio', { name: 'Avslutt eksisterende leieavtaler' }).check();
  await form.getByLabel('Avsluttes fra 1. januar').fill('2028');
  for (const u of leased) await tickHome(app, u.unitNo);
  // Sell two homes people live in.
  await app.getByRole('button', { name: '+ Salg' }).click();
  for (const u of letOwned) await tickHome(app, u.unitNo);
  await app.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(app.getByText('Lagret', { exact: true })).toBeVisible();

  // The warnings the engine gives for the stored scenario are the ones on screen.
  const stored = await host.handlers['scenarios.get']({ id });
  const plan = runPlan(snap, stored.scenario);
  const drop = plan.warnings.find((w) => w.code === 'lease-end-coverage-drop');
  const sale = plan.warnings.find((w) => w.code === 'sale-of-let-home');
  // The leases still running on 1 January 2028 are the ones the action ends.
  const running = leased.filter((u) => u.leaseEnd === null || u.leaseEnd >= '2028-01-01');
  expect(drop?.figures).toMatchObject({ year: 2028, leases: running.length });
  expect(sale?.figures).toMatchObject({ homes: 2 });
  const panel = app.getByRole('region', { name: /^Varsler \(\d+\)$/ });
  await expect(panel.locator('[data-warning-code="lease-end-coverage-drop"]')).toContainText(
    drop!.message,
  );
  await expect(panel.locator('[data-warning-code="sale-of-let-home"]')).toContainText(
    sale!.message,
  );
  // Coverage before and after, in whole per cent, as the sentence says.
  const before = Math.round((drop!.figures!.coverageBefore as number) * 100);
  const after = Math.round((drop!.figures!.coverageAfter as number) * 100);
  expect(drop!.message).toContain(`fra ${before} %`);
  expect(drop!.message).toContain(`til ${after} %`);
  await app.screenshot({ path: testInfo.outputPath('council-plan-editor.png'), fullPage: true });

  // The printed plan.
  await app.getByRole('button', { name: 'Skriv ut / lagre som PDF' }).click();
  const report = app.locator('[data-report-ready] .report');
  await expect(report).toBeVisible();
  const coverageShown = await report
    .locator('.report-coverage .report-coverage-value')
    .allTextContents();
  expect(coverageShown.length).toBe(4);
  const model = await host.handlers['report.model']({ scenarioIds: [id] });
  const o = pdfPrintOptions(model);
  await app.emulateMedia({ media: 'print' });
  const pdf = testInfo.outputPath('council-plan.pdf');
  await app.pdf({
    path: pdf,
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: o.headerTemplate,
    footerTemplate: o.footerTemplate,
    margin: { top: '18mm', bottom: '16mm', left: '14mm', right: '14mm' },
  });
  await app.screenshot({ path: testInfo.outputPath('council-plan-report.png'), fullPage: true });
  const text = squeeze(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
  for (const h of ['Sammendrag', 'Tiltak', 'Dekning av behov', 'Investeringer', 'Drift'])
    expect(text).toContain(h);
  for (const h of ['Endring mot Ingen tiltak', 'Forutsetninger', 'Varsler'])
    expect(text).toContain(h);
  expect(text).toContain('Rådsplan uten framleie');
  expect(text).toContain(squeeze(drop!.message));
  expect(text).toContain(squeeze(sale!.message));
  for (const c of coverageShown) expect(text.replace(/\s/g, '')).toContain(c.replace(/\s/g, ''));
  const lower = text.toLowerCase();
  const refs = [...snap.households.map((h) => h.ref), ...snap.needs.flatMap((n) => n.ref ?? [])];
  expect(refs.filter((r) => lower.includes(r.toLowerCase()))).toEqual([]);
});
