// The network map: drawn by the WASM client, filtered through the URL, reachable by keyboard,
// the same map after a reload, and accessible.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, open, hydrated, assertAccessible, BASE, signIn } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function networkPage(locale = 'fi-FI', query = '') {
  const { page, context } = await open(browser, '/', { locale });
  await page.locator('.card a').first().click();
  await page.waitForURL(/\/portfolio\/\d+$/);
  const portfolio = page.url();
  await page.goto(portfolio + '/network' + query);
  await hydrated(page);
  return { page, context, portfolio, id: portfolio.match(/(\d+)$/)[1] };
}

/** Waits until the layout has settled (and, on a first visit, been saved). */
async function settled(page, states = ['ready', 'saved']) {
  await page.waitForFunction(
    (s) => s.includes(document.querySelector('canvas.net-canvas')?.dataset.state),
    states, { timeout: 30_000 });
}

/** How many canvas pixels are not white: something was drawn. */
async function inked(page) {
  return page.locator('canvas.net-canvas').evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) n++;
    return n;
  });
}

async function savedPositions(page, id) {
  return page.evaluate(async (id) => {
    const r = await fetch('/api/get_network', {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: 'portfolio_id=' + id,
    });
    return (await r.json()).positions;
  }, id);
}

test('the network draws the demo portfolio, saves its map and shows the same map after a reload', async () => {
  const { page, context, id } = await networkPage();
  await settled(page, ['saved']);
  assert.ok(await inked(page) > 2000, 'nodes and links are drawn');
  const rows = page.locator('table.net-table tbody tr');
  assert.ok(await rows.count() > 40, 'projects, actors and themes in the table');
  assert.ok(await page.getByRole('row', { name: /Nuorten työpaja Verstas/ }).first().isVisible());
  const first = await savedPositions(page, id);
  assert.equal(first.length, await rows.count(), 'every node has a saved position');
  await page.reload();
  await hydrated(page);
  await settled(page);
  // The saved map is used as it is: nothing new to save, positions unchanged.
  await page.waitForTimeout(500);
  assert.equal(await page.locator('canvas.net-canvas').getAttribute('data-state'), 'ready');
  const again = await savedPositions(page, id);
  assert.deepEqual(again, first);
  await assertAccessible(page, 'network (fi-FI)');

  // The view downloads as a standalone SVG and as a PNG.
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Lataa vektorikuvana (SVG)' }).click(),
  ]);
  assert.equal(svg.suggestedFilename(), 'hankeverkosto.svg');
  const text = await readFile(await svg.path(), 'utf8');
  assert.match(text, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.ok(text.includes('<title>Nuorten työpaja Verstas</title>'));
  assert.ok((text.match(/<line /g) ?? []).length > 50, 'links drawn');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Lataa kuvana (PNG)' }).click(),
  ]);
  assert.equal(png.suggestedFilename(), 'hankeverkosto.png');
  const bytes = await readFile(await png.path());
  assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG file');
  assert.deepEqual(page.consoleErrors, []);
  await context.close();
});

/** The canvas's pixels, for comparing two drawings of the map. */
async function pixels(page) {
  return page.locator('canvas.net-canvas').evaluate((c) =>
    Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data));
}

/** Pixels darker than the labels' halo: the tooltip box is drawn in #1a1a1a. */
async function dark(page) {
  return page.locator('canvas.net-canvas').evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] < 40 && d[i + 1] < 40 && d[i + 2] < 40) n++;
    return n;
  });
}

test('search focuses a node; hovering shows its tooltip; a dragged node stays put for everyone', async () => {
  const { page, context, id } = await networkPage();
  await settled(page);
  const canvas = page.locator('canvas.net-canvas');
  // The mouse acts in the viewport: make room for the whole map and scroll to it.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.getByLabel('Hae verkostosta').fill('Polku töihin');
  await page.getByRole('button', { name: /^Polku töihin \(Hanke\)/ }).click();
  await page.waitForFunction(() => /^p\d+$/.test(document.querySelector('canvas.net-canvas').dataset.focus ?? ''));
  // The view centres the node: the middle of the canvas is drawn on.
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const centre = await canvas.evaluate((c) => {
    const d = c.getContext('2d').getImageData(c.width / 2 - 2, c.height / 2 - 2, 4, 4).data;
    return Array.from(d).filter((v, i) => i % 4 !== 3 && v < 200).length;
  });
  assert.ok(centre > 0, 'the found node is drawn at the centre');
  // Hover: a dark tooltip box appears beside it.
  await page.mouse.move(cx + 300, cy + 200);
  await page.mouse.move(box.x + 2, box.y + 2);
  await page.waitForTimeout(200);
  const before = await dark(page);
  await page.mouse.move(cx, cy);
  await page.waitForFunction((b) => {
    const c = document.querySelector('canvas.net-canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] < 40 && d[i + 1] < 40 && d[i + 2] < 40) n++;
    return n > b + 2000;
  }, before, { timeout: 5000 });
  // Drag the node away; once its neighbours settle the whole map is saved.
  const saves = Number((await canvas.getAttribute('data-saves')) ?? 0);
  await page.mouse.down();
  for (let k = 1; k <= 12; k++) await page.mouse.move(cx + 15 * k, cy + 9 * k);
  await page.mouse.up();
  await page.waitForFunction((n) => {
    const c = document.querySelector('canvas.net-canvas');
    return Number(c.dataset.saves ?? 0) > n && c.dataset.state === 'saved';
  }, saves, { timeout: 30_000 });
  const key = await canvas.getAttribute('data-focus');
  const saved = await savedPositions(page, id);
  assert.ok(saved.find((p) => p.key === key)?.pinned, 'the dragged node is pinned where it was left');
  // The same picture after a reload: fit, no selection, no hover, no focus ring.
  await canvas.focus();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !location.search.includes('node='));
  await page.keyboard.press('0');
  await page.getByLabel('Hae verkostosta').focus();
  await page.mouse.move(box.x - 5, box.y - 5);
  await page.waitForTimeout(300);
  const a = await pixels(page);
  await page.reload();
  await hydrated(page);
  await settled(page);
  await page.waitForTimeout(500);
  const b = await pixels(page);
  assert.equal(a.length, b.length);
  let differ = 0;
  for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) differ++;
  assert.ok(differ < a.length / 4 / 100, `${differ} of ${a.length / 4} pixels differ after the reload`);
  assert.deepEqual(await savedPositions(page, id), saved, 'the reload saved nothing new');
  assert.deepEqual(page.consoleErrors, []);
  await context.close();
});

test('filters and search change what is shown, and live in the URL', async () => {
  const { page, context } = await networkPage();
  const rows = page.locator('table.net-table tbody tr');
  const all = await rows.count();
  await page.getByLabel('Tila', { exact: true }).selectOption('active');
  await page.waitForURL(/status=active/);
  const active = await rows.count();
  assert.ok(active < all && active > 0, `${active} of ${all}`);
  const names = page.locator('table.net-table tbody th');
  assert.equal(await names.filter({ hasText: 'Lähiruokaa kouluihin' }).count(), 0, 'a planned project is hidden');
  assert.equal(await names.filter({ hasText: 'Polku töihin' }).count(), 1, 'an active one is shown');
  await page.getByRole('checkbox', { name: 'Toimijat' }).uncheck();
  await page.waitForURL(/show=pt/);
  assert.equal(await page.locator('table.net-table td', { hasText: /^Toimija$/ }).count(), 0);
  // A neighbourhood chosen in the details panel survives a filter change; Reset clears the form.
  await page.goto(page.url() + '&hops=2');
  await hydrated(page);
  await page.getByLabel('Toimijatyyppi').selectOption('company');
  await page.waitForURL(/atype=company/);
  assert.match(page.url(), /hops=2/);
  await page.getByRole('link', { name: 'Tyhjennä rajaukset' }).click();
  await page.waitForURL((u) => !u.search.includes('status='));
  assert.equal(await page.locator('#net-status').inputValue(), '', 'the status filter is cleared');
  assert.ok(await page.getByRole('checkbox', { name: 'Toimijat' }).isChecked(), 'actors shown again');

  // Search and select: the details panel opens and the URL names the node.
  await page.goto(page.url().replace(/\?.*$/, ''));
  await hydrated(page);
  await page.getByLabel('Hae verkostosta').fill('polku');
  await page.getByRole('button', { name: /^Polku töihin \(Hanke\)/ }).click();
  await page.waitForURL(/node=p\d+/);
  const details = page.getByRole('complementary', { name: 'Polku töihin' });
  await details.waitFor();
  assert.match(await details.innerText(), /Muokkaa hanketta/);
  // A shared link opens the same view.
  const link = page.url();
  const other = await browser.newContext({ locale: 'en-GB' });
  await signIn(other);
  const p2 = await other.newPage();
  await p2.goto(link);
  await p2.getByRole('complementary', { name: 'Polku töihin' }).waitFor();
  await other.close();
  await context.close();
});

test('the keyboard reaches a node, walks its links and opens its details', async () => {
  const { page, context } = await networkPage('en-GB');
  await settled(page);
  const canvas = page.locator('canvas.net-canvas');
  await canvas.focus();
  await page.keyboard.press('ArrowRight');
  const live = page.locator('[aria-live="polite"]');
  await page.waitForFunction(() => document.querySelector('[aria-live="polite"]').textContent.length > 0);
  const announced = await live.innerText();
  assert.match(announced, /, (Project|Actor|Theme), \d+ links$/);
  const name = announced.replace(/, (Project|Actor|Theme), \d+ links$/, '');
  await page.keyboard.press('Enter');
  await page.getByRole('complementary', { name }).waitFor();
  // Two steps of neighbourhood from the details panel; the URL keeps it.
  await page.getByLabel('Highlight neighbourhood').selectOption('2');
  await page.waitForURL(/hops=2/);
  await canvas.focus();
  await page.keyboard.press('l');
  await page.waitForFunction(() => document.querySelector('[aria-live="polite"]').textContent.startsWith('Link ('));
  // P pins the focused node where it is; the map remembers it.
  await page.keyboard.press('p');
  await page.waitForFunction(() => document.querySelector('[aria-live="polite"]').textContent.endsWith(': pinned in place'));
  const id = page.url().match(/portfolio\/(\d+)/)[1];
  let positions = [];
  for (let i = 0; i < 50 && !positions.some((p) => p.pinned); i++) {
    await page.waitForTimeout(100);
    positions = await savedPositions(page, id);
  }
  assert.ok(positions.some((p) => p.pinned), 'a pinned position is saved');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !location.search.includes('node='));
  await assertAccessible(page, 'network (en-GB)');
  assert.deepEqual(page.consoleErrors, []);
  await context.close();
});

test('without JavaScript the network page is a table with working filters', async () => {
  const { page, context, response } = await open(browser, '/', { js: false });
  assert.equal(response.status(), 200);
  const href = await page.locator('.card a').first().getAttribute('href');
  await page.goto(BASE + href + '/network?status=planned');
  const rows = page.locator('table.net-table tbody tr');
  assert.ok(await rows.count() > 0);
  const names = page.locator('table.net-table tbody th');
  assert.equal(await names.filter({ hasText: 'Lähiruokaa kouluihin' }).count(), 1, 'a planned project');
  assert.equal(await names.filter({ hasText: 'Polku töihin' }).count(), 0, 'an active one is filtered out');
  assert.equal(await page.locator('#net-status').inputValue(), 'planned', 'the form shows the filter');
  await context.close();
});
