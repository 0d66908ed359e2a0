// Lån og tilskudd in the browser: a loan on two homes with 50/50 shares seen on a home's page, a
// share sum that is not 100 % refused at the field, the loan list import and its undo, the
// crowding rule in Innstillinger and children's genders in the household form — checked against
// the database behind the page.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatKr } from '../../main/domain/format';
import type { TestHost } from '../host/server';
import { expect, test } from './fixtures';

async function ready(page: Page) {
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
}

const all = <T>(host: TestHost, sql: string, ...params: unknown[]) =>
  host.session.db.prepare(sql).all(...params) as T[];

/** Two owned homes no loan covers yet. */
function freeHomes(host: TestHost) {
  const homes = all<{ id: number; unit_no: string }>(
    host,
    `SELECT id, unit_no FROM unit WHERE tenure = 'eid'
       AND id NOT IN (SELECT unit_id FROM loan_unit) ORDER BY unit_no LIMIT 2`,
  );
  expect(homes).toHaveLength(2);
  return homes as [{ id: number; unit_no: string }, { id: number; unit_no: string }];
}

async function addHome(page: Page, unitNo: string) {
  await page.getByLabel('Legg til bolig').fill(unitNo);
  await page.getByRole('button', { name: `Legg til ${unitNo}` }).click();
}

async function fillLoan(page: Page, loanNo: string) {
  await page.getByLabel('Långiver').selectOption({ label: 'KBN' });
  await page.getByLabel('Lånenummer').fill(loanNo);
  await page.getByLabel('Saldo', { exact: true }).fill('1 200 000');
  await page.getByLabel('Saldo per dato').fill('2025-12-31');
  await page.getByLabel('Lånetype').selectOption({ label: 'Serie' });
  await page.getByLabel('Gjenværende løpetid (år)').fill('20');
  await page.getByLabel('Rente', { exact: true }).fill('4,5');
  await page.getByLabel('Rentetype').selectOption({ label: 'Fast rente' });
  await page.getByLabel('Fastrente til').fill('2028-06-30');
}

test('a loan on two homes with 50/50 shares is stored and shown on a home page', async ({
  app,
  host,
}) => {
  const [a, b] = freeHomes(host);
  await app.getByRole('link', { name: 'Lån og tilskudd' }).click();
  await expect(app.getByRole('heading', { name: 'Lån og tilskudd', level: 1 })).toBeVisible();
  await ready(app);
  await app.getByRole('link', { name: 'Nytt lån' }).click();
  await expect(app.getByRole('heading', { name: 'Nytt lån' })).toBeVisible();
  await fillLoan(app, 'KBN-E2E-1');
  await addHome(app, a.unit_no);
  await addHome(app, b.unit_no);
  // The first home starts at 100 %; spreading gives 50/50.
  await app.getByRole('button', { name: 'Fordel likt' }).click();
  await expect(app.getByLabel(`Andel for bolig ${a.unit_no}`)).toHaveValue('50');
  await expect(app.getByLabel(`Andel for bolig ${b.unit_no}`)).toHaveValue('50');
  await app.getByRole('button', { name: 'Lagre' }).click();
  await expect(app.getByRole('heading', { name: 'Lån og tilskudd', level: 1 })).toBeVisible();
  await ready(app);

  const [loan] = all<{ id: number; balance: number; interest_rate: number; fixed_until: string }>(
    host,
    "SELECT id, balance, interest_rate, fixed_until FROM loan WHERE loan_no = 'KBN-E2E-1'",
  );
  expect(loan).toMatchObject({
    balance: 1_200_000,
    interest_rate: 0.045,
    fixed_until: '2028-06-30',
  });
  const shares = all<{ unit_id: number; share: number }>(
    host,
    'SELECT unit_id, share FROM loan_unit WHERE loan_id = ? ORDER BY unit_id',
    loan!.id,
  );
  expect(shares).toEqual(
    [a.id, b.id].sort((x, y) => x - y).map((unit_id) => ({ unit_id, share: 0.5 })),
  );
  const row = app.getByRole('row').filter({ hasText: 'KBN-E2E-1' });
  await expect(row).toContainText('1 200 000 kr');
  await expect(row).toContainText('4,5 %');
  await expect(row).toContainText('Fast til 30.06.2028');
  await expect(row).toContainText(`${a.unit_no} (50 %)`);

  // The home's page: its half of the loan. Serial, first year 2026 (balance at 31.12.2025), so
  // this year's (2026) opening balance is the whole 1 200 000 kr; the home's half is 600 000 kr.
  await row.getByRole('link', { name: a.unit_no }).click();
  await expect(app.getByRole('heading', { name: `Bolig ${a.unit_no}` })).toBeVisible();
  await ready(app);
  const panel = app.getByRole('region', { name: 'Lån og tilskudd' });
  const homeRow = panel.getByRole('row').filter({ hasText: 'KBN-E2E-1' });
  await expect(homeRow).toContainText('50 %');
  await expect(homeRow).toContainText('600 000 kr av 1 200 000 kr');
  await app.screenshot({ path: 'test-results/finance-home.png', fullPage: true });
  await homeRow.getByRole('link', { name: 'KBN-E2E-1' }).click();
  await expect(app.getByRole('heading', { name: 'Rediger lån KBN-E2E-1' })).toBeVisible();
  await expect(app.getByLabel('Rente', { exact: true })).toHaveValue('4,5');
});

test('shares that do not add up to 100 % are refused at the field and nothing is stored', async ({
  app,
  host,
}) => {
  const [a, b] = freeHomes(host);
  const before = all<{ n: number }>(host, 'SELECT count(*) AS n FROM loan')[0]!.n;
  await app.goto(`${host.url}/#/lan-og-tilskudd/lan/ny`);
  await ready(app);
  await fillLoan(app, 'KBN-E2E-2');
  await addHome(app, a.unit_no);
  await addHome(app, b.unit_no);
  await app.getByLabel(`Andel for bolig ${a.unit_no}`).fill('50');
  await app.getByLabel(`Andel for bolig ${b.unit_no}`).fill('30');
  await expect(app.locator('.shares-table tfoot')).toContainText('80 %');
  await app.getByRole('button', { name: 'Lagre' }).click();
  const message = 'Boliger: andelene må til sammen være 100 % (nå 80 %)';
  await expect(app.locator('[data-field="units"] .field-error')).toHaveText(message);
  await app.screenshot({ path: 'test-results/finance-shares-refused.png', fullPage: true });
  expect(all<{ n: number }>(host, 'SELECT count(*) AS n FROM loan')[0]!.n).toBe(before);
});

test('the planner chooses an alternative crowding rule in Innstillinger and back to SSB', async ({
  app,
  host,
}) => {
  await app.getByRole('link', { name: 'Innstillinger' }).click();
  await ready(app);
  const panel = app.getByRole('region', { name: 'Trangboddhet' });
  await expect(panel.getByLabel('SSBs definisjon (standard)')).toBeChecked();
  await expect(panel.getByTestId('crowding-summary')).toContainText('SSBs definisjon');

  await panel.getByLabel('Alternativ regel – ikke SSBs definisjon').check();
  await panel.getByLabel('Minste areal per person').fill('20');
  await panel.getByLabel('Ett av vilkårene er nok').check();
  await expect(panel.getByTestId('crowding-summary')).toContainText(
    'alternativ regel, ikke SSBs definisjon',
  );
  await expect(panel.getByTestId('crowding-summary')).toContainText('eller under 20 m²');
  await panel.getByRole('button', { name: 'Lagre regelen' }).click();
  await expect(
    panel.getByText('Lagret nå: alternativ regel – ikke SSBs definisjon.'),
  ).toBeVisible();
  await ready(app);
  await app.screenshot({ path: 'test-results/settings-crowding.png', fullPage: true });
  const stored = () => host.handlers['settings.get']({});
  expect((await stored()).crowdingRule).toEqual({
    roomsPerPerson: 1,
    minM2PerPerson: 20,
    requireBoth: false,
  });

  // An out-of-range value is refused with the field named; the saved rule stays.
  await panel.getByLabel('Rom per person').fill('5');
  await panel.getByRole('button', { name: 'Lagre regelen' }).click();
  await expect(panel.getByText('kan være høyst 3')).toBeVisible();
  expect((await stored()).crowdingRule.minM2PerPerson).toBe(20);

  await panel.getByLabel('SSBs definisjon (standard)').check();
  await panel.getByRole('button', { name: 'Lagre regelen' }).click();
  await expect(panel.getByText('Lagret nå: SSBs definisjon.')).toBeVisible();
  expect((await stored()).crowdingRule).toEqual({
    roomsPerPerson: 1,
    minM2PerPerson: 25,
    requireBoth: true,
  });
});

test('the planner imports a loan list, sees the changes and problems, and undoes the import', async ({
  app,
  host,
  dataDir,
}) => {
  const [a, b] = freeHomes(host);
  const existing = all<{ loan_no: string; balance: number; unit_no: string }>(
    host,
    `SELECT l.loan_no, l.balance, u.unit_no FROM loan l JOIN loan_unit s ON s.loan_id = l.id
       JOIN unit u ON u.id = s.unit_id ORDER BY l.loan_no LIMIT 1`,
  )[0]!;
  const header =
    'Långiver;Lånenummer;Saldo;Saldo per dato;Rente %;Fastrente til;Lånetype;Gjenværende løpetid år;Bolignr;Andel %;Merknad';
  // First a list with an unknown home: refused, nothing written.
  const bad = join(dataDir, 'laneliste-feil.csv');
  writeFileSync(
    bad,
    [header, `KBN;KBN-IMP-1;800 000;31.12.2025;4,1;;Annuitet;15;${a.unit_no}, X-999;;`].join(
      '\r\n',
    ),
    'utf8',
  );
  await app.goto(`${host.url}/#/lan-og-tilskudd`);
  await ready(app);
  const panel = app.getByRole('region', { name: 'Importer låneliste' });
  host.shell.openQueue.push(bad);
  await panel.getByRole('button', { name: 'Velg låneliste…' }).click();
  await ready(app);
  await expect(
    panel.getByText('Rad 2, Bolignr: fant ikke bolig «X-999» i registeret'),
  ).toBeVisible();
  await expect(panel.getByRole('button', { name: /^Importer/ })).toBeDisabled();

  // Then a good list: one new loan on two homes, one update of a loan on record.
  const good = join(dataDir, 'laneliste.csv');
  const newBalance = existing.balance - 10_000;
  writeFileSync(
    good,
    [
      header,
      `KBN;KBN-IMP-1;800 000;31.12.2025;4,1;;Annuitet;15;${a.unit_no}, ${b.unit_no};"70; 30";`,
      `DNB;${existing.loan_no};${newBalance};31.12.2025;3,9;;Serie;12;${existing.unit_no};;`,
    ].join('\r\n'),
    'utf8',
  );
  const before = all<{ n: number }>(host, 'SELECT count(*) AS n FROM loan')[0]!.n;
  host.shell.openQueue.push(good);
  await panel.getByRole('button', { name: 'Velg låneliste…' }).click();
  await ready(app);
  const preview = panel.getByRole('region', { name: 'Forhåndsvisning: laneliste.csv' });
  await expect(preview).toContainText('1 nytt');
  await expect(preview).toContainText('1 oppdateres');
  await expect(
    preview.getByText(
      'Rad 3, Långiver: «DNB» er verken Husbanken eller KBN og registreres som «Annen långiver»',
    ),
  ).toBeVisible();
  await expect(preview.getByText(`Boliger: ${a.unit_no} 70 %`, { exact: false })).toBeVisible();
  await expect(preview.getByRole('row').filter({ hasText: existing.loan_no })).toContainText(
    `${formatKr(existing.balance)} → ${formatKr(newBalance)}`,
  );
  // The warning must be confirmed first.
  const importButton = preview.getByRole('button', { name: 'Importer 2 lån' });
  await expect(importButton).toBeDisabled();
  await preview.getByLabel('Jeg har lest advarslene og vil importere likevel').check();
  await panel.screenshot({ path: 'test-results/loan-import-preview.png' });
  await importButton.click();
  await expect(
    panel.getByText('Importert fra laneliste.csv: 1 nytt lån, 1 oppdatert.'),
  ).toBeVisible();
  await ready(app);
  expect(all<{ n: number }>(host, 'SELECT count(*) AS n FROM loan')[0]!.n).toBe(before + 1);
  expect(
    all(host, 'SELECT balance, lender FROM loan WHERE loan_no = ?', existing.loan_no)[0],
  ).toEqual({ balance: newBalance, lender: 'annen' });
  await expect(app.getByRole('row').filter({ hasText: 'KBN-IMP-1' }).first()).toContainText(
    `${a.unit_no} (70 %)`,
  );

  // Undo the whole import.
  await panel.getByRole('button', { name: 'Angre låneimport' }).click();
  const dialog = app.getByRole('alertdialog', { name: 'Angre låneimporten?' });
  await dialog.getByRole('button', { name: 'Angre låneimport' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByText(/^Angret/)).toBeVisible();
  await ready(app);
  expect(all<{ n: number }>(host, 'SELECT count(*) AS n FROM loan')[0]!.n).toBe(before);
  expect(all(host, 'SELECT balance FROM loan WHERE loan_no = ?', existing.loan_no)[0]).toEqual({
    balance: existing.balance,
  });
});

test('a household records a gender per child, aligned with the ages', async ({ app, host }) => {
  await app.goto(`${host.url}/#/husstander/ny`);
  await ready(app);
  await app.getByLabel('Referanse').fill('H-E2E-7');
  await app.getByLabel('Alder på barn').fill('3, 12');
  await app.getByLabel('Barn 2 (12 år)').selectOption({ label: 'Jente' });
  await expect(app.getByLabel('Barn 1 (3 år)')).toHaveValue('');
  await app.screenshot({ path: 'test-results/household-genders.png', fullPage: true });
  await app.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(app.getByRole('heading', { name: /H-E2E-7/ })).toBeVisible();
  await ready(app);
  await expect(app.getByText('3 år, 12 år (jente)')).toBeVisible();
  expect(
    all(host, "SELECT child_ages, child_genders FROM household WHERE ref = 'H-E2E-7'")[0],
  ).toEqual({ child_ages: '[3,12]', child_genders: '[null,"jente"]' });
});
