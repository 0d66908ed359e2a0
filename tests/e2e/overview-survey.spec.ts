// After the annual survey is imported, the overview shows this year's figures against last
// year's (issue 6.4). Before any import, the panel is not shown.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../main/services/handlers';
import { expect, test } from './fixtures';

test('the overview shows the survey compared with last year once a survey is imported', async ({
  app,
  host,
  dataDir,
}) => {
  // Without the sample's own two surveys (issue 13.3): the register has never been surveyed.
  host.session.db.exec('DELETE FROM import_run');
  await app.reload();
  await expect(app.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  await expect(app.getByRole('heading', { name: 'Oversikt' })).toBeVisible();
  await expect(app.getByText('Endring fra i fjor (årlig kartlegging)')).toHaveCount(0);

  const file = join(dataDir, 'kartlegging.csv');
  writeFileSync(
    file,
    [
      'Bolignr;Tilstandsgrad;Kartlagt dato',
      'B-001;TG2;01.10.2026',
      'B-002;TG1;02.10.2026',
      'B-003;TG3;03.10.2026',
    ].join('\n'),
  );
  host.shell.openQueue.push(file);
  const chosen = await dispatch(host.handlers, 'import.chooseFile', {});
  if (!chosen.ok || !chosen.value) throw new Error('no file chosen');
  const { token } = chosen.value as { token: string };
  const applied = await dispatch(host.handlers, 'import.apply', { token, confirmWarnings: true });
  expect(applied.ok, JSON.stringify(applied)).toBe(true);

  await app.reload();
  await expect(app.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  const panel = app.getByRole('region', { name: 'Endring fra i fjor (årlig kartlegging)' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('Kartlagte boliger 2026')).toBeVisible();
  await expect(panel.getByText('3', { exact: true })).toBeVisible();
});
