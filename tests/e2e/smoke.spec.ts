import { test, expect } from './fixtures';

test('opens on the fictional sample municipality', async ({ app }) => {
  await expect(app.getByText('Fjordvik kommune (fiktiv)').first()).toBeVisible();
});
