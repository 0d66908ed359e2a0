// Playwright fixtures: each test gets its own temporary data folder and register, a test host
// running the real API handlers, and a page with the bridge installed, opened and ready.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '../../main/register/session';
import { testBridgeScript } from '../host/bridge';
import { API_PATH, startTestHost, type TestHost } from '../host/server';

/** The date every e2e test treats as today, so the sample and its deadlines are stable. */
export const TODAY = '2026-11-25';

interface Fixtures {
  dataDir: string;
  host: TestHost;
  app: Page;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'boligplan-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  host: async ({ dataDir }, use) => {
    const host = await startTestHost({
      registerPath: join(dataDir, 'register.sqlite'),
      clock: fixedClock(TODAY),
      create: { sample: true },
    });
    await use(host);
    await host.close();
  },
  app: async ({ page, host }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(testBridgeScript(API_PATH));
    await page.goto(host.url);
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    await use(page);
    expect(errors, 'errors in the page').toEqual([]);
  },
});

export { expect };
