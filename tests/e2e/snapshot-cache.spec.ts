import { API_PATH } from '../host/server';
import { dispatch } from '../../main/services/handlers';
import { test, expect } from './fixtures';

test('the register snapshot is fetched once for every planning screen, and again only after a change', async ({
  app,
  host,
}) => {
  const methods: string[] = [];
  app.on('request', (r) => {
    if (r.url().endsWith(API_PATH)) {
      methods.push((JSON.parse(r.postData() ?? '{}') as { method: string }).method);
    }
  });
  const snapshots = () => methods.filter((m) => m === 'plan.snapshot').length;
  const ready = () => expect(app.locator('[data-app-state="ready"]')).toBeVisible();

  for (const screen of ['Behovsanalyse', 'Scenarier', 'Sammenlign', 'Verdi per bolig']) {
    await app.getByRole('link', { name: screen }).click();
    await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
    await ready();
  }
  await app.getByRole('link', { name: 'Behovsanalyse' }).click();
  await ready();
  expect(snapshots()).toBe(1);
  // Each screen that plans asked whether the register had changed (a small call).
  expect(methods.filter((m) => m === 'plan.revision').length).toBeGreaterThanOrEqual(4);

  // A change to the register: the next planning screen fetches a fresh snapshot.
  const need = host.session.db.prepare('SELECT id FROM need LIMIT 1').get() as { id: number };
  const removed = await dispatch(host.handlers, 'needs.delete', { id: need.id });
  expect(removed.ok).toBe(true);
  await app.getByRole('link', { name: 'Scenarier' }).click();
  await ready();
  await app.getByRole('link', { name: 'Behovsanalyse' }).click();
  await ready();
  expect(snapshots()).toBe(2);
});
