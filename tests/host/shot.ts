// Screenshot helper for developers: npx tsx tests/host/shot.ts URL OUT.png [hash-route] [width]
import { chromium } from '@playwright/test';
import { API_PATH } from './server';
import { testBridgeScript } from './bridge';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';

async function main() {
  const [url, out, route = '', width = '1400'] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.addInitScript(testBridgeScript(API_PATH));
  await page.goto(`${url}/${route}`);
  await page.waitForSelector('[data-app-state="ready"]', { timeout: 10_000 });
  await page.screenshot({ path: out, fullPage: true });
  await browser.close();
}
void main();
