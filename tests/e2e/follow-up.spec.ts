// Contract follow-up (issue 13.1) in the browser: from the overview card to the list, the
// filters, setting a status, and the links between households and applications.
import type { Page } from '@playwright/test';
import { formatInteger } from '../../main/domain/format';
import { expect, test } from './fixtures';

async function ready(page: Page) {
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
}

test('the overview card opens the follow-up list; filters and a status set by the planner', async ({
  app,
  host,
}) => {
  const o = await host.handlers['overview.get']({});
  const card = app.getByRole('group', { name: 'Kontrakter som går ut innen 12 mnd.', exact: true });
  await card.getByRole('link').first().click();
  await ready(app);
  await expect(app.getByRole('heading', { name: 'Kontraktoppfølging', level: 1 })).toBeVisible();

  // Every row the API lists: those ending in the next 12 months plus the overdue ones.
  const all = await host.handlers['followUp.list']({ limit: 1000 });
  const overdue = all.rows.filter((r) => r.daysLeft < 0).length;
  expect(all.total).toBe(o.leasesEndingCount.total + overdue);
  await expect(app.locator('.row-count')).toContainText(`av ${formatInteger(all.total)}`);
  const rows = app.locator('table.data-table tbody tr');
  // Overdue first: the first row's end is the earliest.
  await expect(rows.first()).toContainText(all.rows[0]!.unitNo);

  // Filter: framleie leases only.
  await app.getByLabel('Type', { exact: true }).selectOption({ label: 'Framleieavtale' });
  await ready(app);
  const leases = await host.handlers['followUp.list']({ kind: 'framleie', limit: 1000 });
  await expect(app.locator('.row-count')).toContainText(`av ${formatInteger(leases.total)}`);
  await expect(rows).toHaveCount(leases.rows.length);

  // Set a status on the first lease.
  const first = leases.rows[0]!;
  await app.getByRole('button', { name: `Sett oppfølging for ${first.unitNo}` }).click();
  const dialog = app.getByRole('dialog');
  await dialog.getByLabel('Status').selectOption({ label: 'Forlenges' });
  await dialog.getByLabel('Dato for oppfølging').fill('2027-03-01');
  await dialog.getByLabel('Merknad').fill('Eier vil forlenge tre år');
  await dialog.getByRole('button', { name: 'Lagre oppfølging' }).click();
  await expect(dialog).toBeHidden();
  await ready(app);
  await expect(rows.first()).toContainText('Forlenges');
  await expect(rows.first()).toContainText('01.03.2027');
  const stored = host.session.db
    .prepare('SELECT status, on_date, note FROM contract_follow_up WHERE kind = ? AND ref_id = ?')
    .get('framleie', first.refId);
  expect(stored).toEqual({
    status: 'forlenges',
    on_date: '2027-03-01',
    note: 'Eier vil forlenge tre år',
  });

  // Filter on the status: only the one just set.
  await app.getByLabel('Oppfølging', { exact: true }).selectOption({ label: 'Forlenges' });
  await ready(app);
  await expect(rows).toHaveCount(1);

  // A longer period lists more contracts.
  await app.getByRole('button', { name: 'Nullstill' }).click();
  await app.getByLabel('Slutter innen').selectOption({ label: '36 måneder' });
  await ready(app);
  const wide = await host.handlers['followUp.list']({ months: 36, limit: 1000 });
  expect(wide.total).toBeGreaterThan(all.total);
  await expect(app.locator('.row-count')).toContainText(`av ${formatInteger(wide.total)}`);
  await app.screenshot({ path: 'test-results/follow-up.png', fullPage: true });

  // Export of the list to Excel (the fake shell "chooses" the file).
  const out = `${host.session.path}.oppfolging.xlsx`;
  host.shell.saveQueue.push(out);
  await app.getByRole('button', { name: 'Eksporter til Excel' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Lagret i' })).toContainText(
    'oppfolging.xlsx',
  );
});

test('a household page shows its open applications, which link back to the household', async ({
  app,
  host,
}) => {
  const h = await host.handlers['households.create']({
    ref: 'H-E2E1',
    adults: 1,
    couple: false,
    childAges: [3],
    childGenders: [],
    incomeSource: 'arbeid',
    targetGroup: 'barnefamilier',
    followUp: 'lav',
    careerPath: 'ingen',
    arrears: false,
    note: '',
  });
  const need = await host.handlers['needs.create']({
    kind: 'soker',
    ref: 'S-E2E1',
    targetGroup: 'barnefamilier',
    households: 1,
    householdSize: 2,
    bedrooms: 1,
    wheelchair: false,
    staffed: false,
    urgency: 'normal',
    registered: '2026-09-01',
    expectedYear: 2026,
    note: '',
  });
  await app.goto(`${app.url().split('#')[0]}#/behov/${need.id}`);
  await ready(app);
  await app.getByRole('button', { name: 'Husstand og SSB-gruppe' }).click();
  await app.getByRole('dialog').getByLabel('Husstandens referanse').fill('H-E2E1');
  await app.getByRole('dialog').getByRole('button', { name: 'Lagre' }).click();
  await ready(app);
  await app.getByRole('link', { name: 'H-E2E1' }).click();
  await ready(app);
  await expect(app.getByRole('heading', { name: 'Husstand H-E2E1' })).toBeVisible();
  const open = app.getByRole('region', { name: 'Åpne søknader' });
  await open.getByRole('link', { name: 'Søker S-E2E1' }).click();
  await ready(app);
  await expect(app).toHaveURL(new RegExp(`#/behov/${need.id}$`));
  expect(h.id).toBeGreaterThan(0);
});
