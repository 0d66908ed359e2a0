// Needs assessment and housing-plan scenarios in the browser: build a scenario with one action
// of each kind, bad input refused with Norwegian messages, compare with the baseline (figures
// checked against runPlan on the same snapshot), and the drill-down behind a gap figure.
import type { Page } from '@playwright/test';
import { formatKr, formatNumber } from '../../main/domain/format';
import { moneyWords } from '../../main/domain/wording';
import {
  assessNeeds,
  baselineScenario,
  DEFAULT_ASSUMPTIONS,
  runPlan,
  SEGMENT_KEYS,
  type Action,
  type RegisterSnapshot,
  type Scenario,
} from '../../main/domain/scenario';
import type { Unit } from '../../main/domain/types';
import { signedCount } from '../../renderer/src/screens/scenarios/needs/counts';
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

const storedBody = (host: TestHost, id: number) =>
  JSON.parse(
    (host.session.db.prepare('SELECT body FROM scenario WHERE id = ?').get(id) as { body: string })
      .body,
  ) as { actions: Action[] };

const figure = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

/** Same display as the app's homes(): whole numbers without decimals here. */
const whole = (n: number) => formatNumber(n, 1);

async function createScenario(host: TestHost, scenario: Partial<Scenario> & { name: string }) {
  const stored = await host.handlers['scenarios.create']({
    scenario: {
      startYear: START,
      years: 4,
      assumptions: DEFAULT_ASSUMPTIONS,
      actions: [],
      ...scenario,
    },
  });
  return stored.id;
}

function pickUnit(s: RegisterSnapshot, ok: (u: Unit) => boolean): Unit {
  const u = s.units.find(ok);
  if (!u) throw new Error('the sample has no such home');
  return u;
}

/** Ticks a home in the open action form's picker (searching for it first). */
async function tickHome(page: Page, unitNo: string) {
  const form = page.locator('.action-form');
  await form.getByLabel('Søk etter bolig').fill(unitNo);
  await form.getByRole('checkbox', { name: unitNo, exact: true }).check();
  await ready(page);
  await expect(form.getByRole('list', { name: 'Valgte boliger' })).toContainText(unitNo);
}

test('builds a scenario with one action of each kind, saves it and finds it again', async ({
  app,
  host,
}) => {
  const snap = await snapshotOf(host);
  const sold = pickUnit(snap, (u) => u.tenure === 'eid' && u.status === 'til_salgs');
  const rehab = pickUnit(snap, (u) => u.tenure === 'eid' && u.status === 'ledig');
  const closed = pickUnit(
    snap,
    (u) => u.tenure === 'tildelingsrett' && u.status === 'ute_av_drift',
  );
  const leased = pickUnit(
    snap,
    (u) => u.tenure === 'framleie' && u.status === 'utleid' && (u.leaseEnd ?? '') >= '2028',
  );

  await open(app, host, '#/scenarier');
  await expect(app.getByRole('link', { name: 'Ingen tiltak' })).toBeVisible();
  await app.getByRole('button', { name: 'Nytt scenario' }).click();
  const dialog = app.getByRole('dialog', { name: 'Nytt scenario' });
  await expect(dialog.getByLabel('Første år')).toHaveValue(String(START));
  await expect(dialog.getByLabel('Planperiode')).toHaveValue('4');
  await dialog.getByLabel('Navn').fill('Økonomiplan 2027–2030');
  await dialog.getByRole('button', { name: 'Opprett' }).click();
  await expect(app).toHaveURL(/#\/scenarier\/\d+/);
  await ready(app);
  const id = Number(/scenarier\/(\d+)/.exec(app.url())![1]);

  // No actions yet: the scenario is the baseline.
  const baseline = runPlan(
    snap,
    baselineScenario((await host.handlers['scenarios.get']({ id })).scenario),
  );
  const lastStock = baseline.perYear[3]!.stock.total;
  await expect(figure(app, `Boliger 31.12.${START + 3}`)).toHaveAccessibleDescription(
    whole(lastStock),
  );

  // Kjøp: three homes; the results follow at once.
  await app.getByRole('button', { name: '+ Kjøp' }).click();
  const form = app.locator('.action-form');
  await expect(form.getByRole('heading', { name: 'Rediger Tiltak 1 (Kjøp)' })).toBeVisible();
  await form.getByLabel('Antall boliger').fill('3');
  await ready(app);
  await expect(figure(app, `Boliger 31.12.${START + 3}`)).toHaveAccessibleDescription(
    whole(lastStock + 3),
  );

  // Bygging with two kinds of homes.
  await app.getByRole('button', { name: '+ Bygging' }).click();
  await form.getByLabel('Prosjekt').fill('Elvebakken');
  // The recomputed plan shows the project's warnings above the form, which moves the button:
  // click once the screen has settled, not while it shifts under the pointer.
  await ready(app);
  await form.getByRole('button', { name: 'Legg til boligtype' }).click();
  await form.getByLabel('Antall, rad 2').fill('4');
  await ready(app);
  await expect(app.locator('[data-action="tiltak-2"]')).toContainText('10 boliger');

  // Salg of a named home from the register.
  await app.getByRole('button', { name: '+ Salg' }).click();
  await tickHome(app, sold.unitNo);

  // Framleie: lease new homes, and end an existing lease.
  await app.getByRole('button', { name: '+ Framleie' }).click();
  await form.getByLabel('Antall boliger').fill('4');
  await app.getByRole('button', { name: '+ Framleie' }).click();
  await form.getByRole('radio', { name: 'Avslutt eksisterende leieavtaler' }).check();
  await form.getByLabel('Avsluttes fra 1. januar').fill('2029');
  await tickHome(app, leased.unitNo);

  // Leie-til-eie: a tenant's home is proposed; keep it.
  await app.getByRole('button', { name: '+ Leie-til-eie' }).click();
  const proposed = form.getByRole('list', { name: 'Valgte boliger' });
  await expect(proposed.getByRole('listitem')).toHaveCount(1);
  await expect(proposed).not.toContainText('Ingen valgt');

  // Rehabilitering and avvikling.
  await app.getByRole('button', { name: '+ Rehabilitering' }).click();
  await tickHome(app, rehab.unitNo);
  await app.getByRole('button', { name: '+ Avvikling' }).click();
  await tickHome(app, closed.unitNo);

  // Escape closes the form and returns to the action's row.
  await app.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(
    app.getByRole('button', { name: 'Tiltak 8 (Avvikling)', exact: true }),
  ).toBeFocused();
  await expect(app.locator('.actions-table tbody tr[data-action]')).toHaveCount(8);
  await expect(app.locator('.scenario-issues')).toHaveCount(0);
  await expect(app.getByText('Ikke lagret', { exact: true })).toBeVisible();

  await app.keyboard.press('Control+s');
  await ready(app);
  await expect(app.getByText('Scenarioet er lagret')).toBeVisible();
  await expect(app.locator('.screen-header').getByText('Lagret', { exact: true })).toBeVisible();

  const body = storedBody(host, id);
  expect(body.actions.map((a) => a.kind)).toEqual([
    'kjop',
    'bygging',
    'salg',
    'framleie',
    'framleie',
    'leie_til_eie',
    'rehabilitering',
    'avvikling',
  ]);
  expect(body.actions[2]).toMatchObject({ target: { mode: 'units', unitIds: [sold.id] } });
  expect(body.actions[4]).toMatchObject({ mode: 'end', unitIds: [leased.id], year: 2029 });

  // Reload: everything is still there, computed from the saved scenario.
  await app.reload();
  await ready(app);
  await expect(app.locator('.actions-table tbody tr[data-action]')).toHaveCount(8);
  await expect(
    app.getByRole('button', { name: 'Tiltak 2 (Bygging «Elvebakken»)', exact: true }),
  ).toBeVisible();
  const saved = (await host.handlers['scenarios.get']({ id })).scenario;
  const result = runPlan(snap, saved);
  // Money in words: «Netto utgift» or «Netto overskudd», the amount without a sign.
  const net = moneyWords(result.total.netCost);
  await expect(figure(app, `${net.label} ${START}–${START + 3}`)).toHaveAccessibleDescription(
    formatKr(net.amount),
  );
  const npv = moneyWords(result.npv);
  await expect(figure(app, `Nåverdi, ${npv.label.toLowerCase()}`)).toHaveAccessibleDescription(
    formatKr(npv.amount),
  );

  // Results tab (arrow keys move between tabs): the engine's budget lines, whole kroner.
  await app.getByRole('tab', { name: 'Forutsetninger' }).click();
  await app.keyboard.press('ArrowRight');
  await expect(app.getByRole('tab', { name: 'Resultater per år' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const investment = app.getByRole('table', { name: /^Investeringsbudsjett/ });
  await expect(investment.getByRole('row', { name: /^Kjøp av boliger/ })).toContainText(
    formatKr(result.perYear[0]!.investment.purchases),
  );

  for (const width of [1400, 1366]) {
    await app.setViewportSize({ width, height: 900 });
    await app.getByRole('tab', { name: /^Tiltak/ }).click();
    await app.getByRole('button', { name: 'Tiltak 2 (Bygging «Elvebakken»)', exact: true }).click();
    await ready(app);
    await app.screenshot({
      path: `test-results/scenario-editor${width === 1400 ? '' : `-${width}`}.png`,
      fullPage: true,
    });
    await app.getByRole('button', { name: 'Lukk skjemaet' }).click();
  }
});

test('bad input gets a Norwegian message and is not saved', async ({ app, host }) => {
  const snap = await snapshotOf(host);
  const home = pickUnit(snap, (u) => u.tenure === 'eid' && u.status === 'til_salgs');
  await createScenario(host, { name: 'Annet scenario' });
  const id = await createScenario(host, {
    name: 'Salg og kjøp',
    actions: [
      {
        id: 'k1',
        kind: 'kjop',
        year: 2028,
        segment: '3|-|-',
        count: 2,
        pricePerHome: 4_000_000,
        areaM2PerHome: 75,
        rentMonthlyPerHome: 12_000,
        grant: { mode: 'rate' },
      },
      {
        id: 's1',
        kind: 'salg',
        year: 2028,
        target: { mode: 'units', unitIds: [home.id] },
        pricePerHome: 2_500_000,
      },
    ],
  });
  const before = storedBody(host, id);
  await open(app, host, `#/scenarier/${id}`);
  const form = app.locator('.action-form');
  const summary = app.locator('.scenario-issues');

  // A negative price.
  await app.getByRole('button', { name: 'Tiltak 1 (Kjøp)', exact: true }).click();
  await form.getByLabel('Pris per bolig').fill('-5');
  await ready(app);
  await expect(form.getByText('Pris: kan ikke være negativ')).toBeVisible();
  await expect(form.getByLabel('Pris per bolig')).toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toContainText('Tiltak 1 (Kjøp), Pris: kan ikke være negativ');
  await app.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(app.getByText('Scenarioet har feil og er ikke lagret')).toBeVisible();
  expect(storedBody(host, id)).toEqual(before);

  // A year outside the horizon.
  await form.getByLabel('Pris per bolig').fill('4000000');
  await form.getByLabel('År', { exact: true }).fill('2035');
  await ready(app);
  await expect(form.getByText('År: 2035 er utenfor planperioden 2027–2030')).toBeVisible();
  await expect(summary).not.toContainText('Pris');
  await form.getByLabel('År', { exact: true }).fill('2028');

  // Selling a home that is already sold.
  await app.getByRole('button', { name: '+ Salg' }).click();
  await tickHome(app, home.unitNo);
  const message = `Bolig: bolig ${home.unitNo} er allerede solgt i tiltak 2`;
  await expect(form.getByText(message)).toBeVisible();
  await expect(app.locator('[data-action="tiltak-3"]')).toContainText('1 feil');
  await app.keyboard.press('Control+s');
  await expect(summary).toBeFocused();
  expect(storedBody(host, id)).toEqual(before);
  // The server refuses it as well, with the same message.
  const twice: Scenario = {
    ...(await host.handlers['scenarios.get']({ id })).scenario,
    actions: [
      ...before.actions,
      {
        id: 's2',
        kind: 'salg',
        year: START,
        target: { mode: 'units', unitIds: [home.id] },
        pricePerHome: 1,
      },
    ],
  };
  await expect(
    Promise.resolve().then(() => host.handlers['scenarios.save']({ id, scenario: twice })),
  ).rejects.toThrow(`Tiltak 3 (Salg), ${message}`);

  // Remove the bad sale; a name that is taken is refused by the server, next to the name.
  await app.getByRole('button', { name: 'Fjern Tiltak 3 (Salg)' }).click();
  await ready(app);
  await expect(summary).toHaveCount(0);
  await app.getByRole('tab', { name: 'Forutsetninger' }).click();
  await app.getByLabel('Navn').fill('Annet scenario');
  await app.getByRole('button', { name: 'Lagre', exact: true }).click();
  await ready(app);
  await expect(app.locator('[data-field="name"]')).toContainText(
    'Navn: scenarioet «Annet scenario» finnes allerede',
  );
  expect(storedBody(host, id)).toEqual(before);

  // A valid change saves.
  await app.getByLabel('Navn').fill('Salg og kjøp 2');
  await app.getByLabel('Rente', { exact: true }).fill('5,25');
  await app.getByRole('button', { name: 'Lagre', exact: true }).click();
  await ready(app);
  await expect(app.getByText('Scenarioet er lagret')).toBeVisible();
  const saved = (await host.handlers['scenarios.get']({ id })).scenario;
  expect(saved.name).toBe('Salg og kjøp 2');
  expect(saved.assumptions.interestRate).toBeCloseTo(0.0525, 10);
});

test('compares a scenario and its changed copy with the baseline', async ({ app, host }) => {
  const snap = await snapshotOf(host);
  const id = await createScenario(host, {
    name: 'Kjøp tre',
    actions: [
      {
        id: 'k1',
        kind: 'kjop',
        year: 2027,
        segment: '3|-|-',
        count: 3,
        pricePerHome: 4_200_000,
        areaM2PerHome: 75,
        rentMonthlyPerHome: 12_000,
        grant: { mode: 'rate' },
      },
      {
        id: 'f1',
        kind: 'framleie',
        mode: 'lease',
        year: 2028,
        segment: '2|-|-',
        count: 2,
        termYears: 3,
        ownerRentMonthly: 12_000,
        rentMonthly: 10_000,
      },
    ],
  });

  // Duplicate it from the list and change one action.
  await open(app, host, '#/scenarier');
  await app.getByRole('button', { name: 'Kopier Kjøp tre' }).click();
  const dialog = app.getByRole('dialog', { name: 'Kopier «Kjøp tre»' });
  await dialog.getByLabel('Navn på kopien').fill('Kjøp seks');
  await dialog.getByRole('button', { name: 'Kopier' }).click();
  await expect(app).toHaveURL(/#\/scenarier\/\d+/);
  await ready(app);
  const copyId = Number(/scenarier\/(\d+)/.exec(app.url())![1]);
  expect(copyId).not.toBe(id);
  await app.getByRole('button', { name: 'Tiltak 1 (Kjøp)', exact: true }).click();
  await app.locator('.action-form').getByLabel('Antall boliger').fill('6');
  await ready(app);
  await app.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(app.getByText('Scenarioet er lagret')).toBeVisible();

  // Compare: the baseline, the original and the copy.
  const compareLink = app.locator('.screen-header').getByRole('link', { name: 'Sammenlign' });
  await compareLink.click();
  await ready(app);
  await app.getByRole('checkbox', { name: 'Kjøp tre' }).check();
  await ready(app);
  await expect(app).toHaveURL(
    new RegExp(`ids=ingen%2C${copyId}%2C${id}|ids=ingen,${copyId},${id}`),
  );

  const original = (await host.handlers['scenarios.get']({ id })).scenario;
  const copy = (await host.handlers['scenarios.get']({ id: copyId })).scenario;
  expect(copy.actions[0]).toMatchObject({ kind: 'kjop', count: 6 });
  const results = {
    ingen: runPlan(snap, baselineScenario(copy)),
    [String(id)]: runPlan(snap, original),
    [String(copyId)]: runPlan(snap, copy),
  };
  const figures = app.getByRole('table', { name: 'Nøkkeltall per scenario' });
  for (const [key, r] of Object.entries(results)) {
    const row = (label: string) =>
      figures
        .getByRole('row', { name: new RegExp(`^${label}`) })
        .locator(`[data-scenario="${key}"]`);
    await expect(row('Investering og drift i perioden')).toHaveText(
      moneyWords(r.total.netCost).text,
    );
    await expect(row('Nåverdi av investering og drift')).toHaveText(moneyWords(r.npv).text);
    await expect(row('Boliger 31.12 siste år')).toHaveText(whole(r.perYear[3]!.stock.total));
  }
  // The copy buys three more homes than the original.
  expect(results[String(copyId)]!.perYear[3]!.stock.total).toBe(
    results[String(id)]!.perYear[3]!.stock.total + 3,
  );
  // The export (issue 5) takes the stored scenarios in the order shown.
  await expect(app.getByRole('button', { name: 'Eksporter til Excel' })).toBeEnabled();

  for (const width of [1400, 1366]) {
    await app.setViewportSize({ width, height: 900 });
    await ready(app);
    await app.screenshot({
      path: `test-results/compare${width === 1400 ? '' : `-${width}`}.png`,
      fullPage: true,
    });
  }

  // From the compare screen to the editor and back.
  await figures.getByRole('link', { name: 'Kjøp tre' }).click();
  await ready(app);
  await expect(app.getByRole('heading', { name: 'Kjøp tre', level: 1 })).toBeVisible();
  await compareLink.click();
  await ready(app);
  await expect(figures.getByRole('link', { name: 'Kjøp seks' })).toBeVisible();
});

test('the needs assessment shows the homes and needs behind a figure', async ({ app, host }) => {
  const snap = await snapshotOf(host);
  const needs = assessNeeds(snap, {
    startYear: START,
    years: 4,
    turnover: DEFAULT_ASSUMPTIONS,
  });
  const first = needs.perYear[0]!;
  // A segment with a vacant home and one with an applicant on the waiting list.
  const vacantSeg = SEGMENT_KEYS.find((k) => first.segments[k].supply.vacant.value > 0)!;
  const waitingSeg = SEGMENT_KEYS.find((k) => first.segments[k].demand.waitingList.value > 0)!;
  const unitId = first.segments[vacantSeg].supply.vacant.sources.unitIds[0]!;
  const needId = first.segments[waitingSeg].demand.waitingList.sources.needIds[0]!;
  const unit = snap.units.find((u) => u.id === unitId)!;
  const need = snap.needs.find((n) => n.id === needId)!;

  await open(app, host, '#/behovsanalyse');
  await expect(app.getByRole('heading', { name: 'Behovsanalyse', level: 1 })).toBeVisible();
  await expect(app.getByText(/Ett soverom per par og per annen person fra 16 år/)).toBeVisible();
  await expect(
    app
      .getByText(
        /SSBs definisjon\): færre rom enn personer .* og samtidig under 25 m² P-ROM per person/,
      )
      .first(),
  ).toBeVisible();

  const cell = app.locator(`[data-cell="${START}:${vacantSeg}"]`);
  const gap = first.segments[vacantSeg].gap;
  // Whole households; «ca.» where expected turnover is included.
  await expect(cell).toHaveText(signedCount(gap));
  await cell.click();
  await ready(app);
  const detail = app.getByRole('region', { name: /^Bak tallet/ });
  await expect(detail).toBeVisible();
  const vacantPart = detail.locator('.part', { hasText: 'Ledige boliger' });
  await expect(vacantPart.getByRole('link', { name: unit.unitNo })).toBeVisible();
  await vacantPart.getByRole('link', { name: unit.unitNo }).click();
  await ready(app);
  await expect(app.getByRole('heading', { name: `Bolig ${unit.unitNo}` })).toBeVisible();
  const row = host.session.db.prepare('SELECT status FROM unit WHERE id = ?').get(unitId) as {
    status: string;
  };
  expect(row.status).toBe('ledig');
  await expect(app.locator('.screen-header')).toContainText('Ledig');

  // Back to the same view (the cell is in the URL), then an applicant behind another cell.
  await app.goBack();
  await ready(app);
  await expect(app.getByRole('region', { name: /^Bak tallet/ })).toBeVisible();
  if (waitingSeg !== vacantSeg) {
    await app.locator(`[data-cell="${START}:${waitingSeg}"]`).click();
    await ready(app);
  }
  const waiting = app.getByRole('region', { name: /^Bak tallet/ }).locator('.part', {
    hasText: 'Venteliste',
  });
  await waiting.getByRole('link', { name: `Søker ${need.ref}` }).click();
  await ready(app);
  await expect(app).toHaveURL(new RegExp(`#/behov/${needId}$`));
  await expect(app.getByRole('heading', { level: 1 })).toContainText(need.ref!);

  // The horizon and the turnover assumptions are the planner's to set.
  await open(app, host, '#/behovsanalyse');
  await app.getByLabel('Planperiode').selectOption('10');
  await ready(app);
  await expect(
    app.getByRole('table', { name: 'Balanse per segment og år' }).getByRole('columnheader'),
  ).toHaveCount(11);
  await app.getByLabel('Utflytting ved kontraktslutt').fill('120');
  await expect(
    app.getByText('Utflytting ved kontraktslutt: må være mellom 0 og 100 %'),
  ).toBeVisible();
});

test('the lowest-value homes become a sale in a scenario', async ({ app, host }) => {
  const snap = await snapshotOf(host);
  const id = await createScenario(host, { name: 'Salg av svake boliger' });
  await open(app, host, '#/boligverdi');
  const rows = app
    .getByRole('table', { name: 'Verdi per bolig, lavest først' })
    .locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const firstNo = (await rows.nth(0).locator('td').nth(2).getByRole('link').textContent())!;
  const secondNo = (await rows.nth(1).locator('td').nth(2).getByRole('link').textContent())!;
  await app.getByRole('checkbox', { name: `Velg bolig ${firstNo}` }).check();
  await app.getByRole('checkbox', { name: `Velg bolig ${secondNo}` }).check();
  const bar = app.getByRole('region', { name: 'Lag salgstiltak' });
  await bar.getByLabel('Scenario').selectOption(String(id));
  await bar.getByRole('button', { name: 'Lag salgstiltak' }).click();
  await expect(bar.getByText('Salgspris per bolig: fyll inn en pris')).toBeVisible();
  await bar.getByLabel('Salgspris per bolig').fill('2 300 000');
  await bar.getByRole('button', { name: 'Lag salgstiltak' }).click();
  await expect(app).toHaveURL(new RegExp(`#/scenarier/${id}\\?tiltak=`));
  await ready(app);
  await expect(app.locator('.action-form')).toContainText('Rediger Tiltak 1 (Salg)');
  await expect(app.locator('.actions-table')).toContainText(`${firstNo}, ${secondNo}`);
  await expect(app.getByText('Ikke lagret', { exact: true })).toBeVisible();
  await app.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(app.getByText('Scenarioet er lagret')).toBeVisible();
  const ids = [firstNo, secondNo].map((no) => snap.units.find((u) => u.unitNo === no)!.id);
  expect(storedBody(host, id).actions).toEqual([
    expect.objectContaining({
      kind: 'salg',
      year: START,
      pricePerHome: 2_300_000,
      target: { mode: 'units', unitIds: ids },
    }),
  ]);
});
