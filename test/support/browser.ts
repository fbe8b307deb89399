import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { eventually } from './eventually';

const ROOT = resolve(__dirname, '../..');
export const SCREENSHOTS = resolve(ROOT, 'test-results');

/** Newest modification time of the web app's sources, to tell whether dist/web is stale. */
function newestSource(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name))));
}

/** The API serves the built web app from dist/web; rebuild it when it is missing or older than the sources. */
export function ensureWebBuilt(): void {
  const built = resolve(ROOT, 'dist/web/index.html');
  if (!existsSync(built) || statSync(built).mtimeMs < newestSource(resolve(ROOT, 'apps/web'))) {
    execFileSync(process.execPath, [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts'], {
      cwd: ROOT,
      stdio: 'inherit',
      // Jest sets NODE_ENV=test, which would make Vite bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
}

/** Debian's chromium, headless, with the background traffic this closed network refuses turned off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// Browser tests retry assertions (playwright-core has no web-first ones); re-exported for them.
export { eventually };

export const visible = (locator: Locator) => locator.first().waitFor({ state: 'visible' });
export const hasValue = (locator: Locator, value: string) => eventually(async () => expect(await locator.inputValue()).toBe(value));
export const hasText = (locator: Locator, text: string) => eventually(async () => expect(await locator.innerText()).toContain(text));
export const isChecked = (locator: Locator, checked: boolean) => eventually(async () => expect(await locator.isChecked()).toBe(checked));

/** A form field by its visible label, ignoring the required-field asterisk. */
export function field(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate<{ scrollWidth: number; clientWidth: number }>(
    '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
  );
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** A browser context of the given size, in British English, failing fast on missing elements. */
export async function newContext(browser: Browser, width: number, height: number): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB', deviceScaleFactor: 1, acceptDownloads: true });
  context.setDefaultTimeout(10_000);
  return context;
}

/** Opens the app with a session the API handed out, as if the person had signed in. */
export async function signedInPage(context: BrowserContext, baseUrl: string, kind: 'staff' | 'participant', token: string, eventId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  const key = kind === 'staff' ? 'clustermeet.staffToken' : 'clustermeet.participantToken';
  await page.evaluate(
    `localStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(token)}); localStorage.setItem('clustermeet.participantEventId', ${JSON.stringify(eventId)})`,
  );
  await page.goto(`${baseUrl}${path}`);
  return page;
}
