// A register another program holds: the planner sees who, can read but not change it, and may
// take over a lock left behind by a crash only by asking («Åpne likevel»).
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { lockPathFor } from '../../main/register/lock';
import { test, expect } from './fixtures';

test('a register locked by a crashed program opens read-only until the planner opens it anyway', async ({
  app,
  host,
}) => {
  // A lock from a program on this machine that no longer runs, then the register is reopened.
  writeFileSync(
    lockPathFor(host.session.path),
    JSON.stringify({
      user: 'kari',
      host: hostname(),
      pid: 2 ** 22 + 11,
      at: '2026-11-24T08:15:00Z',
    }),
  );
  host.session.switchTo(host.session.path);
  await app.reload();
  await expect(app.locator('[data-app-state="ready"]')).toBeVisible();

  const banner = app.getByTestId('readonly-banner');
  await expect(banner).toContainText('Skrivebeskyttet: Registeret ble sist åpnet av kari på');
  await expect(banner).toContainText('ser ut til å ha krasjet');
  await app.screenshot({ path: 'test-results/lock-readonly.png' });

  // A change is refused with the reason, and nothing is written.
  await app.getByRole('link', { name: 'Innstillinger' }).click();
  await app.getByLabel('Kommunens navn').fill('Ny kommune');
  await app.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(app.getByText(/skrivebeskyttet.*Ingenting er endret/).first()).toBeVisible();

  await banner.getByRole('button', { name: 'Åpne likevel' }).click();
  await expect(banner).toHaveCount(0);
  await app.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(app.locator('header').getByText('Ny kommune').first()).toBeVisible();
});
