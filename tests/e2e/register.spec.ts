// The register in the browser: overview, lists, forms and tenancies, checked against the API
// handlers and the database behind the page. Each test has its own sample register.
import type { Page } from '@playwright/test';
import { formatInteger, formatKr, formatPercent } from '../../main/domain/format';
import type { TestHost } from '../host/server';
import { expect, test, TODAY } from './fixtures';

/** Waits until the current screen's data has loaded (the app's own signal, no sleeping). */
async function ready(page: Page) {
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
}

async function open(page: Page, host: TestHost, hash: string) {
  await page.goto(`${host.url}/${hash}`);
  await ready(page);
}

const one = <T>(host: TestHost, sql: string, ...params: unknown[]) =>
  host.session.db.prepare(sql).get(...params) as T;

const count = (host: TestHost, sql: string, ...params: unknown[]) =>
  one<{ n: number }>(host, sql, ...params).n;

/** Fills the «Ny bolig» form with a valid home; the caller may override fields afterwards. */
async function fillNewUnit(page: Page, unitNo: string) {
  await page.getByLabel('Bolignr').fill(unitNo);
  await page.getByLabel('Adresse').fill('Prøveveien 7');
  await page.getByLabel('Boligtype').selectOption({ label: 'Leilighet' });
  await page.getByLabel('Antall soverom').fill('2');
  await page.getByLabel('Antall rom').fill('3');
  await page.getByLabel('BRA m²').fill('61.5');
  await page.getByLabel('Månedsleie').fill('8750');
}

test('the overview shows the sample figures and marks the sample as fictional', async ({
  app,
  host,
}) => {
  const o = await host.handlers['overview.get']({});
  await expect(app.getByText('Fiktiv eksempelkommune – alle data er oppdiktet')).toBeVisible();
  await expect(app.getByRole('banner')).toContainText('Fjordvik kommune (fiktiv)');
  await expect(app.getByRole('banner')).toContainText('register.sqlite');
  await expect(app.getByRole('heading', { name: 'Oversikt', level: 1 })).toBeVisible();

  const figure = (name: string) => app.getByRole('group', { name, exact: true });
  // Straight from the database, so the page is checked against the rows, not just the API.
  const units = count(host, 'SELECT count(*) AS n FROM unit');
  const vacant = count(host, "SELECT count(*) AS n FROM unit WHERE status = 'ledig'");
  const applicants = count(
    host,
    "SELECT count(*) AS n FROM need WHERE kind = 'soker' AND status IN ('registrert', 'innvilget')",
  );
  await expect(figure('Boliger i alt')).toHaveAccessibleDescription(formatInteger(units));
  await expect(figure('Ledige boliger')).toHaveAccessibleDescription(formatInteger(vacant));
  await expect(figure('Søkere på venteliste')).toHaveAccessibleDescription(
    formatInteger(applicants),
  );
  await expect(figure('Husstander i kommunale boliger')).toHaveAccessibleDescription(
    formatInteger(o.households),
  );
  await expect(figure('Barn i kommunale boliger')).toHaveAccessibleDescription(
    formatInteger(o.children),
  );
  await expect(figure('Trangbodde husstander')).toHaveAccessibleDescription(
    formatInteger(o.crowded.length),
  );
  await expect(figure('Utløpte kontrakter, bor fortsatt')).toHaveAccessibleDescription(
    formatInteger(o.expiredContracts),
  );
  await expect(figure('Kontrakter som går ut innen 12 mnd.')).toHaveAccessibleDescription(
    formatInteger(o.leasesEnding.length),
  );
  await expect(figure('Rullestoltilgjengelige boliger')).toHaveAccessibleDescription(
    formatPercent(o.units.wheelchairAccessible / o.units.total),
  );

  // The lists link to the records; the first vacant home is there with its number.
  const vacantList = app.getByRole('region', { name: 'Ledige boliger, liste' });
  await expect(vacantList.getByRole('row')).toHaveCount(o.vacant.length + 1);
  await expect(vacantList.getByRole('link', { name: o.vacant[0]!.unitNo })).toBeVisible();
  const ending = app.getByRole('region', { name: 'Kontrakter som går ut, liste' });
  await expect(ending.getByRole('row')).toHaveCount(o.leasesEnding.length + 1);

  // Charts are drawn (and have their numbers as tables for screen readers).
  await expect(app.locator('.recharts-surface').first()).toBeVisible();
  await expect(
    app.getByRole('table', { name: 'Soverom: boligmassen mot ventelisten' }),
  ).toHaveCount(1);

  await app.screenshot({ path: 'test-results/oversikt.png', fullPage: true });

  // A key figure leads to the rows behind it.
  await figure('Ledige boliger').getByRole('link').click();
  await ready(app);
  await expect(app.getByRole('heading', { name: 'Boliger', level: 1 })).toBeVisible();
  await expect(app.getByText(`Viser 1–${vacant} av ${vacant}`)).toBeVisible();
});

test('adds a home through the form', async ({ app, host }) => {
  await app
    .getByRole('navigation', { name: 'Hovedmeny' })
    .getByRole('link', { name: 'Boliger' })
    .click();
  await ready(app);
  await app.getByRole('link', { name: 'Ny bolig' }).click();
  await ready(app);
  await expect(app.getByRole('heading', { name: 'Ny bolig', exact: true })).toBeVisible();
  await fillNewUnit(app, 'T-100');
  await app.getByLabel('Rullestoltilgjengelig').check();
  await app.getByLabel('Eierform').selectOption({ label: 'Framleie' });
  // Framleie asks for the lease with the private owner.
  await app.getByLabel('Leieavtale med eier slutter').fill('2029-06-30');
  await app.getByLabel('Leie til eier per måned').fill('7000');
  await app.getByRole('button', { name: 'Lagre' }).click();

  await expect(app.getByRole('heading', { name: 'Bolig T-100', exact: true })).toBeVisible();
  await expect(app.getByRole('status')).toHaveText('Lagret');
  await ready(app);
  await expect(app.getByText('8 750 kr')).toBeVisible();
  await expect(app.getByText('30.06.2029')).toBeVisible();

  const row = one<Record<string, unknown>>(host, 'SELECT * FROM unit WHERE unit_no = ?', 'T-100');
  expect(row).toMatchObject({
    address: 'Prøveveien 7',
    tenure: 'framleie',
    lease_end: '2029-06-30',
    owner_rent_monthly: 7000,
    rent_monthly: 8750,
    area_m2: 61.5,
    wheelchair_accessible: 1,
    status: 'ledig',
  });
});

test('a negative rent is shown next to the field and nothing is saved', async ({ app, host }) => {
  const before = count(host, 'SELECT count(*) AS n FROM unit');
  await open(app, host, '#/boliger/ny');
  await fillNewUnit(app, 'T-200');
  await app.getByLabel('Månedsleie').fill('-500');
  await app.getByRole('button', { name: 'Lagre' }).click();

  const message = 'Månedsleie: kan ikke være negativ';
  await expect(app.getByRole('alert')).toContainText(message);
  const rent = app.getByLabel('Månedsleie');
  await expect(rent).toHaveAttribute('aria-invalid', 'true');
  await expect(rent).toHaveAccessibleDescription(message);
  // The planner's input is kept.
  await expect(rent).toHaveValue('-500');
  await expect(app.getByLabel('Bolignr')).toHaveValue('T-200');
  await ready(app);
  expect(count(host, 'SELECT count(*) AS n FROM unit')).toBe(before);
  expect(count(host, "SELECT count(*) AS n FROM unit WHERE unit_no = 'T-200'")).toBe(0);

  // Corrected, it saves.
  await rent.fill('500');
  await app.getByRole('button', { name: 'Lagre' }).click();
  await expect(app.getByRole('heading', { name: 'Bolig T-200', exact: true })).toBeVisible();
  expect(count(host, 'SELECT count(*) AS n FROM unit')).toBe(before + 1);
});

test('a duplicate Bolignr is refused with a message', async ({ app, host }) => {
  const existing = one<{ unit_no: string }>(host, 'SELECT unit_no FROM unit ORDER BY id LIMIT 1');
  const before = count(host, 'SELECT count(*) AS n FROM unit');
  await open(app, host, '#/boliger/ny');
  await fillNewUnit(app, existing.unit_no);
  await app.getByRole('button', { name: 'Lagre' }).click();

  const message = `Bolignr: ${existing.unit_no} finnes allerede i registeret`;
  await expect(app.getByRole('alert')).toContainText(message);
  await expect(app.getByLabel('Bolignr')).toHaveAttribute('aria-invalid', 'true');
  await expect(app.getByLabel('Bolignr')).toHaveAccessibleDescription(new RegExp(message));
  await ready(app);
  expect(count(host, 'SELECT count(*) AS n FROM unit')).toBe(before);
});

test('edits a home, and the change survives a reload', async ({ app, host }) => {
  const unit = one<{ id: number; unit_no: string; rent_monthly: number }>(
    host,
    "SELECT id, unit_no, rent_monthly FROM unit WHERE status = 'utleid' ORDER BY id LIMIT 1",
  );
  await open(app, host, `#/boliger/${unit.id}`);
  await expect(
    app.getByRole('heading', { name: `Bolig ${unit.unit_no}`, exact: true }),
  ).toBeVisible();
  await app.getByRole('link', { name: 'Rediger' }).click();
  await ready(app);
  await expect(app.getByLabel('Månedsleie')).toHaveValue(String(unit.rent_monthly));
  await app.getByLabel('Månedsleie').fill('9999');
  await app.getByLabel('Adresse').fill('Endringsgata 3');
  await app.getByRole('button', { name: 'Lagre' }).click();

  await expect(
    app.getByRole('heading', { name: `Bolig ${unit.unit_no}`, exact: true }),
  ).toBeVisible();
  await ready(app);
  await expect(app.getByText(formatKr(9999), { exact: true }).first()).toBeVisible();
  // The change log names the field.
  await expect(app.getByRole('region', { name: 'Endringslogg' })).toContainText(
    `Månedsleie: ${unit.rent_monthly} → 9999`,
  );

  await app.reload();
  await ready(app);
  await expect(
    app.getByRole('heading', { name: `Bolig ${unit.unit_no}`, exact: true }),
  ).toBeVisible();
  await expect(app.getByText('Endringsgata 3').first()).toBeVisible();
  await expect(app.getByText('9 999 kr').first()).toBeVisible();
  expect(
    one<{ rent_monthly: number; address: string }>(
      host,
      'SELECT rent_monthly, address FROM unit WHERE id = ?',
      unit.id,
    ),
  ).toEqual({ rent_monthly: 9999, address: 'Endringsgata 3' });
});

test('deletes a home after confirming in the app', async ({ app, host }) => {
  const unit = one<{ id: number; unit_no: string }>(
    host,
    "SELECT id, unit_no FROM unit WHERE status = 'ledig' ORDER BY id LIMIT 1",
  );
  await open(app, host, `#/boliger/${unit.id}`);
  await app.getByRole('button', { name: 'Slett' }).click();
  const dialog = app.getByRole('alertdialog', { name: `Slette bolig ${unit.unit_no}?` });
  await expect(dialog).toBeVisible();
  // Escape closes it without deleting.
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(count(host, 'SELECT count(*) AS n FROM unit WHERE id = ?', unit.id)).toBe(1);

  await app.getByRole('button', { name: 'Slett' }).click();
  await dialog.getByRole('button', { name: 'Slett' }).click();
  await expect(app.getByRole('heading', { name: 'Boliger', level: 1 })).toBeVisible();
  await ready(app);
  await expect(app.getByRole('status')).toContainText('slettet');
  expect(count(host, 'SELECT count(*) AS n FROM unit WHERE id = ?', unit.id)).toBe(0);

  await app.reload();
  await ready(app);
  await app.getByLabel('Søk i boliger').fill(unit.unit_no);
  await expect(app.getByText('Ingen treff', { exact: true })).toBeVisible();
  await ready(app);
});

test('a home with a tenant cannot be deleted, and says why', async ({ app, host }) => {
  const unit = one<{ id: number; unit_no: string }>(
    host,
    "SELECT id, unit_no FROM unit WHERE status = 'utleid' ORDER BY id LIMIT 1",
  );
  await open(app, host, `#/boliger/${unit.id}`);
  await app.getByRole('button', { name: 'Slett' }).click();
  const dialog = app.getByRole('alertdialog');
  await dialog.getByRole('button', { name: 'Slett' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Avslutt leieforholdet');
  await dialog.getByRole('button', { name: 'Lukk' }).click();
  await ready(app);
  expect(count(host, 'SELECT count(*) AS n FROM unit WHERE id = ?', unit.id)).toBe(1);
});

test('searches and filters the homes list', async ({ app, host }) => {
  await open(app, host, '#/boliger');
  const total = count(host, 'SELECT count(*) AS n FROM unit');
  await expect(app.getByText(`Viser 1–100 av ${total}`)).toBeVisible();

  // Paging on the server, 100 rows a page.
  await app
    .getByRole('navigation', { name: 'Sider' })
    .getByRole('button', { name: 'Neste' })
    .click();
  await expect(app.getByText(`Viser 101–${total} av ${total}`)).toBeVisible();
  await ready(app);
  await expect(app.getByRole('table', { name: 'Boliger' }).getByRole('row')).toHaveCount(
    total - 100 + 1,
  );
  await app.getByRole('button', { name: 'Forrige' }).click();
  await expect(app.getByText(`Viser 1–100 av ${total}`)).toBeVisible();
  await ready(app);

  // Search (debounced) by street name.
  const search = 'Fjordgata';
  const hits = count(
    host,
    "SELECT count(*) AS n FROM unit WHERE address LIKE '%' || ? || '%'",
    search,
  );
  await app.getByLabel('Søk i boliger').fill(search);
  await expect(app.getByText(`Viser 1–${hits} av ${hits}`)).toBeVisible();
  await ready(app);
  for (const cell of await app.getByRole('row').locator('td:nth-child(2)').allTextContents()) {
    expect(cell).toContain(search);
  }

  // Filter on status and tenure, combined with the search cleared.
  await app.getByLabel('Søk i boliger').fill('');
  await app.getByLabel('Status').selectOption({ label: 'Ledig' });
  const vacant = count(host, "SELECT count(*) AS n FROM unit WHERE status = 'ledig'");
  await expect(app.getByText(`Viser 1–${vacant} av ${vacant}`)).toBeVisible();
  await ready(app);
  const rows = app.getByRole('table', { name: 'Boliger' }).getByRole('row');
  await expect(rows).toHaveCount(vacant + 1);
  await expect(rows.filter({ hasText: 'Utleid' })).toHaveCount(0);

  await app.getByLabel('Eierform').selectOption({ label: 'Eid' });
  const vacantOwned = count(
    host,
    "SELECT count(*) AS n FROM unit WHERE status = 'ledig' AND tenure = 'eid'",
  );
  await expect(rows).toHaveCount(vacantOwned + 1);
  await ready(app);

  // The filters live in the address, so a reload keeps them.
  await app.reload();
  await ready(app);
  await expect(app.getByLabel('Status')).toHaveValue('ledig');
  await expect(app.getByLabel('Eierform')).toHaveValue('eid');
  await expect(rows).toHaveCount(vacantOwned + 1);

  await app.getByRole('button', { name: 'Nullstill' }).click();
  await expect(app.getByText(`Viser 1–100 av ${total}`)).toBeVisible();
  await ready(app);
});

test('sorts the homes list by a column, both ways', async ({ app, host }) => {
  await open(app, host, '#/boliger');
  const header = app.getByRole('columnheader', { name: 'Månedsleie' });
  await expect(header).not.toHaveAttribute('aria-sort');
  const firstRent = () =>
    app.getByRole('table', { name: 'Boliger' }).getByRole('row').nth(1).getByRole('cell').nth(7);

  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await ready(app);
  const min = one<{ v: number }>(host, 'SELECT min(rent_monthly) AS v FROM unit').v;
  await expect(firstRent()).toHaveText(formatKr(min));

  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await ready(app);
  const max = one<{ v: number }>(host, 'SELECT max(rent_monthly) AS v FROM unit').v;
  await expect(firstRent()).toHaveText(formatKr(max));
  await expect(app.getByRole('columnheader', { name: 'Bolignr' })).not.toHaveAttribute('aria-sort');
});

test('creates a household and gives it a tenancy in a vacant home', async ({ app, host }) => {
  const home = one<{ id: number; unit_no: string }>(
    host,
    "SELECT id, unit_no FROM unit WHERE status = 'ledig' ORDER BY unit_no LIMIT 1",
  );
  await open(app, host, '#/husstander');
  await app.getByRole('link', { name: 'Ny husstand' }).click();
  await ready(app);
  await app.getByLabel('Referanse').fill('T-H01');
  await app.getByLabel('Antall voksne').fill('2');
  await app.getByLabel('De to første voksne er et par').check();
  await app.getByLabel('Alder på barn').fill('3, 8');
  await app.getByLabel('Inntektskilde').selectOption({ label: 'Arbeid' });
  // Ctrl+S saves the open form.
  await app.keyboard.press('Control+s');

  await expect(app.getByRole('heading', { name: 'Husstand T-H01', exact: true })).toBeVisible();
  await ready(app);
  const household = one<{ id: number; child_ages: string }>(
    host,
    "SELECT id, child_ages FROM household WHERE ref = 'T-H01'",
  );
  expect(JSON.parse(household.child_ages)).toEqual([3, 8]);
  const detail = await host.handlers['households.get']({ id: household.id });
  await expect(
    app.getByRole('region', { name: 'Husstanden' }).getByRole('definition').last(),
  ).toHaveText(String(detail.bedroomsNeeded));

  await app.getByRole('button', { name: 'Nytt leieforhold' }).click();
  const dialog = app.getByRole('dialog', { name: 'Nytt leieforhold for T-H01' });
  await expect(dialog).toBeVisible();
  await ready(app);
  await dialog.getByLabel('Bolig', { exact: true }).selectOption(String(home.id));
  await expect(dialog.getByLabel('Kontrakt start')).toHaveValue(TODAY);
  // The usual three-year contract is the default end, and follows the start date.
  await expect(dialog.getByLabel('Kontrakt slutt')).toHaveValue('2029-11-25');
  await dialog.getByLabel('Kontrakt start').fill('2026-11-01');
  await expect(dialog.getByLabel('Kontrakt slutt')).toHaveValue('2029-11-01');
  await dialog.getByRole('button', { name: 'Opprett leieforhold' }).click();
  await expect(dialog).toBeHidden();
  await ready(app);

  const tenancies = app.getByRole('region', { name: 'Leieforhold' });
  await expect(tenancies.getByRole('link', { name: home.unit_no })).toBeVisible();
  expect(
    one<{ status: string }>(host, 'SELECT status FROM unit WHERE id = ?', home.id).status,
  ).toBe('utleid');

  // The home is now Utleid, with this household as its tenant.
  await tenancies.getByRole('link', { name: home.unit_no }).click();
  await ready(app);
  await expect(
    app.getByRole('heading', { name: `Bolig ${home.unit_no}`, exact: true }),
  ).toBeVisible();
  await expect(app.getByRole('main').getByText('Utleid', { exact: true })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Beboer nå' })).toContainText('T-H01');

  // Ending the tenancy makes the home vacant again.
  await app.getByRole('region', { name: 'Beboer nå' }).getByRole('link', { name: 'T-H01' }).click();
  await ready(app);
  await app.getByRole('button', { name: 'Avslutt leieforhold' }).click();
  const end = app.getByRole('dialog', { name: `Avslutte leieforholdet i ${home.unit_no}?` });
  // A move-out is registered once it has happened: a date after today is refused.
  await end.getByLabel('Flyttet ut').fill('2026-12-15');
  await end.getByRole('button', { name: 'Avslutt leieforhold' }).click();
  await expect(end.getByText('Flyttet ut: kan ikke være frem i tid').first()).toBeVisible();
  await end.getByLabel('Flyttet ut').fill('2026-11-20');
  await end.getByRole('button', { name: 'Avslutt leieforhold' }).click();
  await expect(end).toBeHidden();
  await ready(app);
  await expect(app.getByRole('region', { name: 'Leieforhold' })).toContainText('20.11.2026');
  expect(
    one<{ moved_out: string }>(
      host,
      'SELECT moved_out FROM tenancy WHERE household_id = ?',
      household.id,
    ).moved_out,
  ).toBe('2026-11-20');
  expect(
    one<{ status: string }>(host, 'SELECT status FROM unit WHERE id = ?', home.id).status,
  ).toBe('ledig');
});

test('creates a need', async ({ app, host }) => {
  // The waiting list: applications still open (registrert or innvilget).
  const before = count(
    host,
    "SELECT count(*) AS n FROM need WHERE kind = 'soker' AND status IN ('registrert', 'innvilget')",
  );
  const registered = count(
    host,
    "SELECT count(*) AS n FROM need WHERE kind = 'soker' AND status = 'registrert'",
  );
  await open(app, host, '#/behov');
  await app.getByRole('link', { name: 'Nytt behov' }).click();
  await ready(app);
  await app.getByLabel('Type behov').selectOption({ label: 'Søker (venteliste)' });
  await app.getByLabel('Referanse').fill('S-T01');
  await app.getByLabel('Målgruppe').selectOption({ label: 'Eldre' });
  await app.getByLabel('Antall personer').fill('1');
  await app.getByLabel('Antall soverom').fill('1');
  await app.getByLabel('Behov for rullestoltilpasning').check();
  await app.getByLabel('Hastegrad').selectOption({ label: 'Høy' });
  await expect(app.getByLabel('Registrert dato')).toHaveValue(TODAY);
  await app.getByRole('button', { name: 'Lagre' }).click();

  await expect(app.getByRole('heading', { name: 'Søker S-T01', exact: true })).toBeVisible();
  await ready(app);
  expect(
    one<Record<string, unknown>>(host, "SELECT * FROM need WHERE ref = 'S-T01'"),
  ).toMatchObject({
    kind: 'soker',
    target_group: 'eldre',
    households: 1,
    household_size: 1,
    bedrooms: 1,
    wheelchair: 1,
    urgency: 'hoy',
    registered: TODAY,
  });

  // The waiting list has grown by one, in the list and on the overview.
  await open(app, host, '#/behov?kind=soker&status=registrert');
  await expect(app.getByText(`Viser 1–${registered + 1} av ${registered + 1}`)).toBeVisible();
  await open(app, host, '#/oversikt');
  await expect(
    app.getByRole('group', { name: 'Søkere på venteliste' }),
  ).toHaveAccessibleDescription(String(before + 1));
});

test('keyboard: / focuses the search, Escape leaves a form, rows open with Enter', async ({
  app,
  host,
}) => {
  await open(app, host, '#/husstander');
  await app.locator('body').press('/');
  await expect(app.getByLabel('Søk i husstander')).toBeFocused();
  const ref = one<{ ref: string; id: number }>(
    host,
    'SELECT id, ref FROM household ORDER BY ref LIMIT 1',
  );
  await app.getByLabel('Søk i husstander').fill(ref.ref);
  await expect(app.getByText('Viser 1–1 av 1')).toBeVisible();
  await ready(app);
  const link = app.getByRole('link', { name: `Husstand ${ref.ref}` });
  await link.focus();
  await app.keyboard.press('Enter');
  await expect(
    app.getByRole('heading', { name: `Husstand ${ref.ref}`, exact: true }),
  ).toBeVisible();
  await ready(app);
  expect(app.url()).toContain(`#/husstander/${ref.id}`);

  await app.getByRole('link', { name: 'Rediger' }).click();
  await ready(app);
  await expect(app.getByLabel('Referanse')).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(
    app.getByRole('heading', { name: `Husstand ${ref.ref}`, exact: true }),
  ).toBeVisible();
  await ready(app);
});
