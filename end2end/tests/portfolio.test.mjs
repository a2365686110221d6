// The portfolio pages: server-rendered and readable without JavaScript, hydrated with it,
// in Finnish by default and English on request, and accessible.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, hydrated, assertAccessible } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the portfolio is server-rendered and readable without JavaScript', async () => {
  const { page, context, response } = await open(browser, '/', { js: false });
  assert.equal(response.status(), 200);
  assert.equal(await page.getAttribute('html', 'lang'), 'fi');
  await page.getByRole('link', { name: 'Vaaralahden kehittämishankkeet' }).click();
  await page.waitForURL(/\/portfolio\/\d+$/);
  const table = page.getByRole('table', { name: /Vaaralahden kehittämishankkeet/ });
  assert.ok(await table.getByText('Nuorten työpaja Verstas').isVisible());
  assert.ok(await table.getByRole('columnheader', { name: 'Budjetti' }).isVisible());
  assert.ok((await table.locator('tbody tr').count()) >= 20);
  await context.close();
});

test('the browser language picks English, and the switcher remembers a choice', async () => {
  const { page, context } = await open(browser, '/', { locale: 'en-GB' });
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.ok(await page.getByRole('heading', { name: 'Portfolios', level: 1 }).isVisible());
  await hydrated(page);
  await page.getByRole('button', { name: 'suomi' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fi');
  assert.ok(await page.getByRole('heading', { name: 'Portfoliot', level: 1 }).isVisible());
  await page.reload();
  assert.equal(await page.getAttribute('html', 'lang'), 'fi', 'the choice survives a reload');
  await context.close();
});

test('unknown pages and portfolios answer 404 with a translated message', async () => {
  for (const path of ['/ei-ole', '/portfolio/999999', '/portfolio/abc']) {
    const { page, context, response } = await open(browser, path);
    assert.equal(response.status(), 404, path);
    assert.ok(await page.getByRole('heading', { name: 'Sivua ei löytynyt' }).isVisible(), path);
    await assertAccessible(page, path);
    await context.close();
  }
});

test('the front page and the portfolio page pass an axe scan in both languages', async () => {
  for (const locale of ['fi-FI', 'en-GB']) {
    const { page, context } = await open(browser, '/', { locale });
    await hydrated(page);
    await assertAccessible(page, `/ (${locale})`);
    await page.locator('.card a').first().click();
    await page.waitForURL(/\/portfolio\/\d+$/);
    await page.waitForSelector('table.projects');
    await assertAccessible(page, `portfolio (${locale})`);
    assert.deepEqual(page.consoleErrors, []);
    await context.close();
  }
});
