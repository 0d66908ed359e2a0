import { dispatch } from '../../main/services/handlers';
import { test, expect } from './fixtures';

test('the planner sees the backup taken at start, makes one, and restores it with a preview', async ({
  app,
  host,
}) => {
  const units = () =>
    (host.session.db.prepare('SELECT count(*) AS n FROM unit').get() as { n: number }).n;
  const before = units();
  await app.getByRole('link', { name: 'Innstillinger' }).click();
  const table = app.getByRole('table', { name: 'Sikkerhetskopier, nyeste først' });
  await expect(table.getByRole('row')).toHaveCount(2); // header + the backup at start
  await expect(table.getByRole('row').nth(1)).toContainText('Ved oppstart');
  await expect(table.getByRole('row').nth(1)).toContainText(`${before} boliger`);

  await app.getByRole('button', { name: 'Lag sikkerhetskopi nå' }).click();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row', { name: /Laget manuelt/ })).toBeVisible();

  // A home is added after the backup; restoring the backup takes it away again.
  const added = await dispatch(host.handlers, 'units.create', {
    unitNo: 'ETTER-1',
    address: 'Nyveien 1',
    areaId: null,
    buildingType: 'leilighet',
    tenure: 'eid',
    leaseEnd: null,
    ownerRentMonthly: null,
    bedrooms: 2,
    rooms: 3,
    areaM2: 60,
    floor: 1,
    wheelchairAccessible: false,
    universalDesign: false,
    staffed: false,
    targetGroup: null,
    condition: 1,
    maintenanceBacklog: 0,
    rentMonthly: 9000,
    marketRentMonthly: 10000,
    bookValue: 2000000,
    status: 'ledig',
    note: '',
  });
  expect(added.ok).toBe(true);
  expect(units()).toBe(before + 1);

  await table
    .getByRole('row', { name: /Laget manuelt/ })
    .getByRole('button', { name: /Gjenopprett fra sikkerhetskopien/ })
    .click();
  const dialog = app.getByRole('alertdialog', { name: 'Gjenopprett fra sikkerhetskopi?' });
  await expect(dialog).toContainText(`${before} boliger`);
  await expect(dialog).toContainText('2 scenarioer'); // the sample's (issue 13.3)
  await dialog.getByRole('button', { name: 'Gjenopprett fra sikkerhetskopi' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.locator('[data-app-state="ready"]')).toBeVisible();
  expect(units()).toBe(before);
  // The state before the restore (with the added home) is kept as its own backup.
  const safety = table.getByRole('row', { name: /Før gjenoppretting/ });
  await expect(safety).toContainText(`${before + 1} boliger`);
  await app.screenshot({ path: 'test-results/backups.png', fullPage: true });
});
