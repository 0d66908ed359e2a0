// WCAG 2.1 AA with axe-core on every screen: no serious or critical findings.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const SCREENS: [string, string][] = [
  ['Oversikt', '#/oversikt'],
  ['Boliger', '#/boliger'],
  ['Bolig', '#/boliger/1'],
  ['Ny bolig', '#/boliger/ny'],
  ['Husstander', '#/husstander'],
  ['Husstand', '#/husstander/1'],
  ['Behov', '#/behov'],
  ['Nytt behov', '#/behov/ny'],
  ['Import', '#/import'],
  ['Behovsanalyse', '#/behovsanalyse'],
  ['Scenarier', '#/scenarier'],
  ['Sammenlign', '#/sammenlign'],
  ['Verdi per bolig', '#/boligverdi'],
  ['Innstillinger', '#/innstillinger'],
  ['Plan og resultat', '#/plan-og-resultat'],
];

async function serious(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(' | ')}`,
    );
}

for (const [name, hash] of SCREENS) {
  test(`axe: ${name}`, async ({ app, host }) => {
    // axe walks every node: the long ranked lists take a while on a busy machine.
    test.setTimeout(180_000);
    await app.goto(`${host.url}/${hash}`);
    await expect(app.locator('[data-app-state="ready"]')).toBeVisible();
    await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await serious(app)).toEqual([]);
  });
}
