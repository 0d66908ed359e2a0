// The survey import in the browser: pick a file (scripted dialog), see the preview, map a
// column the import cannot place, import, and undo — checked against the database.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatKr } from '../../main/domain/format';
import type { TestHost } from '../host/server';
import { expect, test } from './fixtures';

async function ready(page: Page) {
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
}

const one = <T>(host: TestHost, sql: string, ...params: unknown[]) =>
  host.session.db.prepare(sql).get(...params) as T;

test('pick a survey, map an unknown column, import it and undo the import', async ({
  app,
  host,
  dataDir,
}) => {
  const b001 = one<{ rent_monthly: number; condition: number | null }>(
    host,
    "SELECT rent_monthly, condition FROM unit WHERE unit_no = 'B-001'",
  );
  const b002 = one<{ condition: number | null }>(
    host,
    "SELECT condition FROM unit WHERE unit_no = 'B-002'",
  );
  const newRent = b001.rent_monthly + 200;
  const newGrade = b002.condition === 3 ? 2 : 3;
  // «Leiebeløp» is no name the import knows: the planner maps it.
  const file = join(dataDir, 'kartlegging-2026.csv');
  writeFileSync(
    file,
    [
      'Boligkartlegging 2026',
      '',
      'Bolignr;Leiebeløp;Tilstandsgrad;Vaktmester',
      `B-001;${newRent.toLocaleString('nb-NO').replace(/\s/g, ' ')} kr;${b001.condition === null ? '' : `TG${b001.condition}`};Team Nord`,
      `B-002;;TG${newGrade};Team Sør`,
    ].join('\r\n'),
    'utf8',
  );

  await app.getByRole('link', { name: 'Import', exact: true }).click();
  await expect(
    app.getByRole('heading', { name: 'Import av årlig boligkartlegging' }),
  ).toBeVisible();
  await ready(app);

  host.shell.openQueue.push(file);
  await app.getByRole('button', { name: 'Velg fil…' }).click();
  const preview = app.getByRole('region', { name: 'Forhåndsvisning: kartlegging-2026.csv' });
  await expect(preview).toBeVisible();
  await ready(app);
  await expect(preview.getByText('overskrifter i rad 3')).toBeVisible();
  await expect(app.getByRole('group', { name: 'Rader lest' })).toHaveAccessibleDescription('2');
  await expect(
    app.getByRole('group', { name: 'Mangler i kartleggingen' }),
  ).toHaveAccessibleDescription('158');

  // The unknown column is shown for mapping; B-001's rent is not read yet.
  const columns = preview.getByRole('table', { name: 'Kolonner i filen' });
  await expect(columns.getByRole('row', { name: /Leiebeløp/ })).toContainText(
    'Ukjent kolonne – velg',
  );
  await expect(columns.getByRole('row', { name: /Vaktmester/ })).toContainText(
    'Ukjent kolonne – velg',
  );
  await preview.getByRole('tab', { name: /^Endringer/ }).click();
  await expect(preview.getByRole('tabpanel')).not.toContainText('B-001');
  await expect(preview.getByRole('tabpanel')).toContainText('B-002');

  await preview.getByLabel('Brukes som: Leiebeløp').selectOption({ label: 'Månedsleie kr' });
  await preview.getByLabel('Brukes som: Vaktmester').selectOption({ label: 'Ikke bruk' });
  await ready(app);
  await expect(columns.getByRole('row', { name: /Leiebeløp/ })).toContainText('Valgt nå');
  const changes = preview.getByRole('tabpanel');
  await expect(changes).toContainText('B-001');
  await expect(changes.getByRole('row', { name: /Månedsleie/ })).toContainText(
    `${formatKr(b001.rent_monthly)}→ ${formatKr(newRent)}`,
  );
  await expect(changes.getByRole('row', { name: /Tilstandsgrad/ })).toContainText(`TG${newGrade}`);
  // Nothing has changed yet.
  expect(
    one<{ rent_monthly: number }>(host, "SELECT rent_monthly FROM unit WHERE unit_no = 'B-001'")
      .rent_monthly,
  ).toBe(b001.rent_monthly);

  await preview.getByRole('button', { name: 'Importer' }).click();
  await expect(
    app.getByRole('status').filter({ hasText: 'Importert kartlegging-2026.csv' }),
  ).toBeVisible();
  await ready(app);
  expect(
    one<{ rent_monthly: number }>(host, "SELECT rent_monthly FROM unit WHERE unit_no = 'B-001'")
      .rent_monthly,
  ).toBe(newRent);
  expect(
    one<{ condition: number }>(host, "SELECT condition FROM unit WHERE unit_no = 'B-002'")
      .condition,
  ).toBe(newGrade);
  // The mapping is remembered for next year.
  expect(
    JSON.parse(
      one<{ value: string }>(host, "SELECT value FROM settings WHERE key = 'import.columnMapping'")
        .value,
    ),
  ).toEqual({ leiebelop: 'rentMonthly', vaktmester: 'ignore' });

  const history = app.getByRole('table', { name: 'Tidligere importer' });
  await expect(history.getByRole('row', { name: /kartlegging-2026\.csv/ })).toBeVisible();
  // The row of this import (the sample has its own two surveys, issue 13.3).
  await history
    .getByRole('row', { name: /kartlegging-2026\.csv/ })
    .getByRole('button', { name: 'Angre import' })
    .click();
  const dialog = app.getByRole('alertdialog', { name: 'Angre importen?' });
  await dialog.getByRole('button', { name: 'Angre import' }).click();
  await expect(dialog).toBeHidden();
  await expect(history.getByRole('row', { name: /kartlegging-2026\.csv/ })).toContainText('Angret');
  // The «Importert …» banner goes with the import it described.
  await expect(
    app.getByRole('status').filter({ hasText: 'Importert kartlegging-2026.csv' }),
  ).toHaveCount(0);
  await ready(app);
  expect(
    one<{ rent_monthly: number }>(host, "SELECT rent_monthly FROM unit WHERE unit_no = 'B-001'")
      .rent_monthly,
  ).toBe(b001.rent_monthly);
  expect(
    one<{ condition: number | null }>(host, "SELECT condition FROM unit WHERE unit_no = 'B-002'")
      .condition,
  ).toBe(b002.condition);
});

test('a broken file gets a clear message and nothing changes', async ({ app, host, dataDir }) => {
  const file = join(dataDir, 'kartlegging.xlsx');
  writeFileSync(file, Buffer.from(Array.from({ length: 10_000 }, (_, i) => (i * 7919 + 13) % 256)));
  await app.goto(`${host.url}/#/import`);
  await ready(app);
  host.shell.openQueue.push(file);
  await app.getByRole('button', { name: 'Velg fil…' }).click();
  await expect(app.getByRole('alert')).toContainText(
    'verken en Excel-fil (.xlsx) eller en CSV-fil',
  );
  await ready(app);
  // Only the sample's two surveys (issue 13.3): the broken file left no run.
  expect(one<{ n: number }>(host, 'SELECT count(*) AS n FROM import_run').n).toBe(2);
});
