// Shared helpers for the browser tests: Debian's Chromium through playwright-core, and an
// axe-core scan that fails on serious or critical WCAG 2.1 A/AA violations.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

export const BASE = process.env.HK_BASE_URL ?? 'http://127.0.0.1:3000';
const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** The demo admin's session, opened once by scripts/e2e.sh (tests must not sign it out). */
export const SESSION = process.env.HK_SESSION ?? '';

/** Gives a browser context the demo admin's session. */
export async function signIn(context) {
  if (SESSION) await context.addCookies([{ name: 'hk_session', value: SESSION, url: BASE }]);
}

/**
 * A new page; `locale` sets Accept-Language, `js: false` turns JavaScript off, and
 * `signedIn: false` starts without the demo admin's session.
 */
export async function open(browser, path, { locale = 'fi-FI', js = true, signedIn = true } = {}) {
  const context = await browser.newContext({ locale, javaScriptEnabled: js });
  if (signedIn) await signIn(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.consoleErrors = errors;
  const response = await page.goto(BASE + path);
  return { page, context, response };
}

/** Waits until the WASM client has hydrated the page. */
export async function hydrated(page) {
  try {
    await page.waitForSelector('body[data-hydrated]', { timeout: 30_000 });
  } catch (e) {
    const errors = page.consoleErrors ?? [];
    throw new Error(`${page.url()} did not hydrate: ${e.message}\nconsole: ${errors.join('\n')}`);
  }
}

/** Runs axe-core on the page and fails on serious or critical violations. */
export async function assertAccessible(page, label) {
  // evaluated through the DevTools protocol, which the page's Content-Security-Policy (no
  // inline scripts without the nonce) does not govern
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  assert.deepEqual(report, [], `axe found violations on ${label}`);
  return result;
}
