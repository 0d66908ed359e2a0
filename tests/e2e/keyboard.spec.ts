// Keyboard only (WCAG 2.1.1, 2.4.7): the main tasks – register a home, build a scenario, export
// it – done with Tab, Enter, arrows and typing; no mouse. Every stop on the way shows a visible
// focus indicator.
import { statSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function ready(page: Page) {
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
}

/**
 * In the page: does the focused element draw a visible indicator (an outline or box-shadow on
 * itself, or on its ::after/::before, as the figure cards' stretched links do)?
 */
const SHOWS_FOCUS = `(el) => [null, '::after', '::before'].some((pseudo) => {
  const s = getComputedStyle(el, pseudo);
  return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) ||
    (s.boxShadow !== 'none' && s.boxShadow !== '');
})`;

/**
 * Presses Tab until `target` has focus (at most `max` presses), checking on the way that
 * every focused element shows where the focus is.
 */
async function tabTo(page: Page, target: Locator, max = 120) {
  const hidden: string[] = [];
  for (let i = 0; i < max; i++) {
    const focused = await target.evaluate((el) => el === document.activeElement).catch(() => false);
    if (focused) {
      expect(await target.evaluate(`(${SHOWS_FOCUS})(document.activeElement)`)).toBe(true);
      expect(hidden, 'focused elements without a visible indicator').toEqual([]);
      return;
    }
    await page.keyboard.press('Tab');
    const missing = await page.evaluate(`(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      return (${SHOWS_FOCUS})(el) ? null : [el.tagName, el.getAttribute('type'), el.id, (el.textContent || '').trim().slice(0, 30)].filter(Boolean).join(' ');
    })()`);
    if (typeof missing === 'string') hidden.push(missing);
  }
  throw new Error(`Nådde ikke ${String(target)} med Tab`);
}

async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

test('registers a home, builds a scenario and exports it with the keyboard only', async ({
  app,
  host,
}) => {
  test.setTimeout(120_000);
  const nav = app.getByRole('navigation', { name: 'Hovedmeny' });

  // 1. Register a home.
  await tabTo(app, nav.getByRole('link', { name: 'Boliger' }));
  await app.keyboard.press('Enter');
  await ready(app);
  await tabTo(app, app.getByRole('link', { name: 'Ny bolig' }));
  await app.keyboard.press('Enter');
  await ready(app);
  await expect(app.getByRole('heading', { name: 'Ny bolig', exact: true })).toBeVisible();
  await typeInto(app, app.getByLabel('Bolignr'), 'K-001');
  await typeInto(app, app.getByLabel('Adresse'), 'Tastaturveien 1');
  await tabTo(app, app.getByLabel('Boligtype'));
  await app.keyboard.type('Leilighet'); // a select picks the option by typing its name
  await expect(app.getByLabel('Boligtype')).toHaveValue('leilighet');
  await typeInto(app, app.getByLabel('Antall soverom'), '2');
  await typeInto(app, app.getByLabel('Antall rom'), '3');
  await typeInto(app, app.getByLabel('BRA m²'), '58');
  await typeInto(app, app.getByLabel('Månedsleie'), '9100');
  await tabTo(app, app.getByLabel('Rullestoltilgjengelig'));
  await app.keyboard.press('Space');
  await tabTo(app, app.getByRole('button', { name: 'Lagre' }));
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Bolig K-001', exact: true })).toBeVisible();
  const row = host.session.db
    .prepare('SELECT address, rent_monthly, wheelchair_accessible FROM unit WHERE unit_no = ?')
    .get('K-001');
  expect(row).toEqual({
    address: 'Tastaturveien 1',
    rent_monthly: 9100,
    wheelchair_accessible: 1,
  });

  // 2. Build a scenario with a purchase of three homes.
  await tabTo(app, nav.getByRole('link', { name: 'Scenarier' }));
  await app.keyboard.press('Enter');
  await ready(app);
  await tabTo(app, app.getByRole('button', { name: 'Nytt scenario' }));
  await app.keyboard.press('Enter');
  const dialog = app.getByRole('dialog', { name: 'Nytt scenario' });
  await expect(dialog).toBeVisible();
  // The dialog takes the focus: typing goes into it at once.
  await expect(dialog.getByLabel('Navn')).toBeFocused();
  await app.keyboard.type('Tastaturplan');
  await tabTo(app, dialog.getByRole('button', { name: 'Opprett' }));
  await app.keyboard.press('Enter');
  await expect(app).toHaveURL(/#\/scenarier\/\d+/);
  await ready(app);
  await tabTo(app, app.getByRole('button', { name: '+ Kjøp' }), 200);
  await app.keyboard.press('Enter');
  const form = app.locator('.action-form');
  await typeInto(app, form.getByLabel('Antall boliger'), '3');
  await ready(app);
  await expect(app.locator('[data-action="tiltak-1"]')).toContainText('3 × 2 soverom');
  await tabTo(app, app.getByRole('button', { name: 'Lagre', exact: true }), 300);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('status').filter({ hasText: 'Lagret' })).toBeVisible();
  const stored = host.session.db
    .prepare('SELECT name FROM scenario WHERE name = ?')
    .get('Tastaturplan') as { name: string } | undefined;
  expect(stored?.name).toBe('Tastaturplan');

  // 3. Export it to Excel (the fake shell "chooses" the file).
  const out = `${host.session.path}.tastatur.xlsx`;
  host.shell.saveQueue.push(out);
  await tabTo(app, app.getByRole('button', { name: 'Eksporter til Excel' }), 300);
  await app.keyboard.press('Enter');
  await expect(app.getByText('Eksportert til')).toContainText('tastatur.xlsx');
  expect(statSync(out).size).toBeGreaterThan(0);
});
