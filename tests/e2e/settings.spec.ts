import { test, expect } from './fixtures';

test('the planner names the municipality and adds an area, and the form refuses bad input', async ({
  app,
  host,
}) => {
  await app.getByRole('link', { name: 'Innstillinger' }).click();
  await expect(app.getByRole('heading', { name: 'Innstillinger' })).toBeVisible();

  const name = app.getByLabel('Kommunens navn');
  await name.fill('');
  await app.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(app.getByText('Kommune: må fylles ut')).toBeVisible();

  await name.fill('Øvingskommune');
  await app.getByRole('button', { name: 'Lagre', exact: true }).click();
  // The header follows the new name, and the register holds it.
  await expect(app.locator('header').getByText('Øvingskommune').first()).toBeVisible();
  const stored = host.session.db
    .prepare("SELECT value FROM settings WHERE key = 'municipality'")
    .get() as { value: string };
  expect(stored.value).toBe('Øvingskommune');

  await app.getByLabel('Nytt område').fill('Fjellheim');
  await app.getByRole('button', { name: 'Legg til område' }).click();
  await expect(app.getByRole('listitem').filter({ hasText: 'Fjellheim' })).toBeVisible();
  // A duplicate area is refused with a message naming the field.
  await app.getByLabel('Nytt område').fill('fjellheim');
  await app.getByRole('button', { name: 'Legg til område' }).click();
  await expect(app.getByText('Navn: området fjellheim finnes allerede')).toBeVisible();
  const areas = host.session.db
    .prepare("SELECT count(*) AS n FROM area WHERE name = 'Fjellheim'")
    .get() as { n: number };
  expect(areas.n).toBe(1);

  // The new area is offered in the home form.
  await app.goto(`${host.url}/#/boliger/ny`);
  await expect(app.getByLabel('Område').locator('option', { hasText: 'Fjellheim' })).toHaveCount(1);
});
