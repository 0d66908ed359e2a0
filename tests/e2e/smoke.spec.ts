import { test, expect } from './fixtures';

test('opens on the fictional sample municipality', async ({ app }) => {
  await expect(app.getByText('Fjordvik kommune (fiktiv)').first()).toBeVisible();
});

test('outside the app (no preload bridge) the page says how to start it', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.locator('[data-app-state="error"]')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('må startes som skrivebordsprogram');
});
