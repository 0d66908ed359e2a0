// The printable plan (issue 12.4): the report page for a scenario opened from the editor,
// printed by Chromium to an A4 PDF whose text (poppler's pdftotext) has the sections, the
// scenario name, the coverage figures shown on the screen and no household reference; axe on
// the report page; and the CLI's self-contained HTML for a four-scenario comparison printed by
// Chromium with no table cut at the page edge.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Scenario } from '../../main/domain/scenario';
import { pdfPrintOptions } from '../../main/report/print';
import { registerSnapshot } from '../../main/register/snapshot';
import type { TestHost } from '../host/server';
import { allKindsScenario, ALL_KINDS } from '../unit/export/fixtures';
import { expect, test, TODAY } from './fixtures';

const SECTIONS = [
  'Sammendrag',
  'Tiltak',
  'Dekning av behov',
  'Investeringer',
  'Drift',
  'Endring mot Ingen tiltak',
  'Forutsetninger',
  'Varsler',
];

async function create(host: TestHost, s: Partial<Scenario> & { name: string }) {
  return (await host.handlers['scenarios.create']({ scenario: allKindsScenario(s) })).id;
}

function householdRefs(host: TestHost): string[] {
  const snap = registerSnapshot(host.session.db, TODAY);
  return [
    ...snap.households.map((h) => h.ref),
    ...snap.needs.flatMap((n) => (n.ref ? [n.ref] : [])),
  ];
}

const pdfText = (path: string, layout = false) =>
  execFileSync('pdftotext', [...(layout ? ['-layout'] : []), path, '-'], { encoding: 'utf8' });

/** The pages of the PDF: «A4» for A4 portrait (595 × 842 pt, within Chromium's rounding). */
function pageSizes(path: string): string[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', path], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => {
    const [w, h] = [Number(m[1]), Number(m[2])];
    return Math.abs(w - 595.3) < 1.5 && Math.abs(h - 841.9) < 1.5 ? 'A4' : `${w}x${h}`;
  });
}

/** Tables (and their cells) wider than their box in print media: cut at the page edge. */
async function cutTables(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const out: string[] = [];
    const report = document.querySelector('.report')!;
    const box = report.getBoundingClientRect();
    for (const t of document.querySelectorAll('.report table')) {
      const r = t.getBoundingClientRect();
      if (t.scrollWidth > t.clientWidth + 1 || r.right > box.right + 1)
        out.push(`${t.className}: ${t.scrollWidth} > ${t.clientWidth}`);
      for (const c of t.querySelectorAll('th, td'))
        if (c.scrollWidth > c.clientWidth + 1)
          out.push(`${t.className} «${c.textContent}»: ${c.scrollWidth} > ${c.clientWidth}`);
    }
    return out;
  });
}

test('the report of a scenario: opened from the editor, printed to an A4 PDF', async ({
  app: page,
  host,
}, testInfo) => {
  const refs = householdRefs(host);
  const household = refs[0]!;
  const id = await create(host, {
    name: 'Plan for rådet',
    actions: ALL_KINDS.map((a, i) => (i === 0 ? { ...a, note: `Avklart med ${household}` } : a)),
  });
  await page.goto(`${new URL(page.url()).origin}/#/scenarier/${id}`);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await page.getByRole('button', { name: 'Skriv ut / lagre som PDF' }).click();
  await expect(page).toHaveURL(/#\/scenarier\/rapport\?ids=/);
  const report = page.locator('[data-report-ready] .report');
  await expect(report).toBeVisible();
  for (const h of SECTIONS)
    await expect(report.getByRole('heading', { level: 2, name: h, exact: true })).toBeVisible();
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Boligplan 2027–2032');
  await expect(report).toContainText('Fjordvik kommune');
  await expect(report).toContainText('Avklart med [fjernet]');
  // The coverage table as shown: year and coverage per row.
  const shown = await report.locator('.report-coverage tbody tr').evaluateAll((rows) =>
    rows.map((r) => ({
      year: r.querySelector('th')!.textContent!,
      coverage: r.querySelector('.report-coverage-value')!.textContent!,
    })),
  );
  expect(shown.length).toBe(6);
  expect(shown.some((c) => /^\d+ %$/.test(c.coverage))).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('report-screen.png'), fullPage: true });

  // Printed as Electron prints it (A4, header with municipality and date, page numbers).
  const model = await host.handlers['report.model']({ scenarioIds: [id] });
  const o = pdfPrintOptions(model);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: testInfo.outputPath('report-print.png'), fullPage: true });
  const pdf = testInfo.outputPath('report.pdf');
  await page.pdf({
    path: pdf,
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: o.headerTemplate,
    footerTemplate: o.footerTemplate,
    margin: { top: '18mm', bottom: '16mm', left: '14mm', right: '14mm' },
  });
  const sizes = pageSizes(pdf);
  expect(sizes.length).toBeGreaterThan(2);
  expect(new Set(sizes)).toEqual(new Set(['A4']));
  const text = pdfText(pdf, true);
  for (const h of SECTIONS) expect(text).toContain(h);
  expect(text).toContain('Plan for rådet');
  expect(text).toContain(`Side 1 av ${sizes.length}`);
  expect(text.match(/Fjordvik kommune/g)!.length).toBeGreaterThanOrEqual(sizes.length);
  expect(text.match(/25\.11\.2026/g)!.length).toBeGreaterThanOrEqual(sizes.length);
  // The coverage figures shown on the screen are in the PDF.
  // (pdftotext -layout keeps a table row on one line: the year first, the coverage last.)
  const lines = text.split('\n').map((l) => l.trim());
  for (const { year, coverage } of shown) {
    const row = lines.find(
      (l) => l.startsWith(`${year} `) && /(Mangler|Overskudd|I balanse)/.test(l),
    );
    expect(row, `the coverage row of ${year}`).toBeDefined();
    // -layout may close up the space in «80 %»: compare without spaces.
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    expect(squeeze(row!).endsWith(squeeze(coverage)), `${row} ends with ${coverage}`).toBe(true);
  }
  // No app chrome in print, and no household reference anywhere.
  expect(text).not.toContain('Kommunale utleieboliger');
  const lower = text.toLowerCase();
  expect(refs.filter((r) => lower.includes(r.toLowerCase()))).toEqual([]);
  expect(await cutTables(page)).toEqual([]);
  await page.emulateMedia({ media: 'screen' });

  // Without Electron the button prints the page with the browser's own print.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Skriv ut / lagre som PDF' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
});

test('axe: the report page has no serious or critical findings', async ({ app: page, host }) => {
  test.setTimeout(120_000);
  const id = await create(host, { name: 'Plan A' });
  await page.goto(`${new URL(page.url()).origin}/#/scenarier/rapport?ids=${id},ingen`);
  await expect(page.locator('[data-report-ready] .report')).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(bad).toEqual([]);
});

test('Sammenlign opens the report of the scenarios compared', async ({ app: page, host }) => {
  const a = await create(host, { name: 'Plan A' });
  await page.goto(`${new URL(page.url()).origin}/#/sammenlign?ids=ingen,${a}`);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await page.getByRole('button', { name: 'Skriv ut / lagre som PDF' }).click();
  const report = page.locator('[data-report-ready] .report');
  await expect(report).toBeVisible();
  await expect(report.getByRole('heading', { level: 3, name: /^Plan A/ }).first()).toBeVisible();
  await expect(
    report.getByRole('heading', { level: 3, name: /^Ingen tiltak/ }).first(),
  ).toBeVisible();
  await page.getByRole('link', { name: '‹ Tilbake' }).click();
  await expect(page).toHaveURL(/#\/sammenlign\?ids=ingen/);
});

test('cli report: a four-scenario comparison prints to A4 with no table cut', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  await create(host, { name: 'Alle tiltak' });
  await create(host, { name: 'Bare kjøp', actions: ALL_KINDS.filter((a) => a.kind === 'kjop') });
  await create(host, {
    name: 'Kjøp og bygg over ti år med et langt navn',
    years: 10,
    actions: ALL_KINDS.filter((a) => a.kind === 'kjop' || a.kind === 'bygging'),
  });
  const names = [
    'Alle tiltak',
    'Bare kjøp',
    'Kjøp og bygg over ti år med et langt navn',
    'Ingen tiltak',
  ];
  const out = testInfo.outputPath('plan.html');
  execFileSync(
    join(process.cwd(), 'node_modules/.bin/tsx'),
    [
      'main/cli/index.ts',
      'report',
      '--db',
      host.session.path,
      ...names.flatMap((n) => ['--scenario', n]),
      '--out',
      out,
    ],
    { env: { ...process.env, BOLIGPLAN_TODAY: TODAY }, encoding: 'utf8' },
  );
  const html = readFileSync(out, 'utf8');
  // Self-contained: no script, no external style sheet or image.
  expect(html).not.toMatch(/<script|<link|src="http/);
  await page.goto(`file://${out}`);
  await expect(page.locator('.report')).toBeVisible();
  expect(await cutTables(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('cli-report-print.png'), fullPage: true });
  const pdf = testInfo.outputPath('plan.pdf');
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
  const sizes = pageSizes(pdf);
  expect(new Set(sizes)).toEqual(new Set(['A4']));
  const text = pdfText(pdf, true);
  for (const h of SECTIONS) expect(text).toContain(h);
  for (const n of ['Alle tiltak', 'Bare kjøp', 'Ingen tiltak']) expect(text).toContain(n);
  // Municipality, date and page numbers on every page (CSS page margin boxes).
  expect(text).toContain(`Side ${sizes.length} av ${sizes.length}`);
  expect(text.match(/25\.11\.2026/g)!.length).toBeGreaterThanOrEqual(sizes.length);
  // No line of the PDF runs past the page: pdftotext -layout keeps columns on their line.
  const refs = householdRefs(host);
  const lower = text.toLowerCase();
  expect(refs.filter((r) => lower.includes(r.toLowerCase()))).toEqual([]);
});
