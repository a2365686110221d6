// Editing the portfolio in the browser: a project's links, deleting behind a confirmation and
// undoing it from the history, actors (create with errors, merge), themes, the list filters.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, hydrated, assertAccessible, BASE } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function portfolioPath(page) {
  await page.goto(BASE + '/');
  return page.locator('.card a').first().getAttribute('href');
}

test('a project page links actors, themes and projects, and a deletion is undone from the history', async () => {
  const { page, context } = await open(browser, '/');
  const portfolio = await portfolioPath(page);
  const name = `Torikahvilan kokeilu ${Date.now()}`;
  await page.goto(BASE + portfolio + '/projects/new');
  await hydrated(page);
  await page.getByLabel('Hankkeen nimi').fill(name);
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await page.waitForURL(/\/projects\/\d+$/);
  const projectUrl = page.url();
  await hydrated(page);

  const actors = page.getByRole('form', { name: 'Lisää toimija' });
  await actors.getByLabel('Toimija').selectOption({ label: 'Vaaralahden Yrittäjät ry' });
  await actors.getByLabel('Rooli').selectOption('lead');
  await actors.getByRole('button', { name: 'Lisää toimija' }).click();
  await page.getByRole('link', { name: 'Vaaralahden Yrittäjät ry' }).waitFor();
  assert.match(await page.locator('#actors-h + ul').innerText(), /Vaaralahden Yrittäjät ry \(Päätoteuttaja\)|Vaaralahden Yrittäjät ry/);

  await page.getByLabel('Matkailu').check();
  await page.getByLabel('Keskusta ja elinympäristö').check();
  await page.getByRole('button', { name: 'Tallenna teemat' }).click();
  await page.locator('table.history').getByText(/Hankkeen teemat/).first().waitFor();

  const rel = page.getByRole('form', { name: 'Lisää yhteys' });
  await rel.getByRole('button', { name: 'Lisää yhteys' }).click();
  await page.getByRole('alert').filter({ hasText: 'Hanke: Tämä kenttä on pakollinen.' }).waitFor();
  await rel.getByLabel('Hanke').selectOption({ label: 'Polku töihin' });
  await rel.getByRole('button', { name: 'Lisää yhteys' }).click();
  await page.getByRole('link', { name: /Polku töihin/ }).waitFor();
  await assertAccessible(page, 'project page');

  await page.reload();
  assert.ok(await page.getByLabel('Matkailu').isChecked(), 'themes saved');
  await page.getByRole('link', { name: 'Poista hanke' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /1 toimijalinkkiä, 2 teemaa ja 1 yhteyttä/);
  await assertAccessible(page, 'delete confirmation');
  await dialog.getByRole('button', { name: 'Kyllä, poista' }).click();
  await page.waitForURL(new RegExp(portfolio + '$'));
  assert.equal(await page.getByRole('row', { name: new RegExp(name) }).count(), 0, 'gone from the list');

  await page.getByRole('navigation', { name: 'Portfolion osat' }).getByRole('link', { name: 'Muutoshistoria' }).click();
  await page.waitForURL(/\/history$/);
  await hydrated(page);
  assert.match(await page.locator('.undo-box').innerText(), new RegExp(`Hanke poistettu: ${name}`));
  await assertAccessible(page, 'history');
  await page.getByRole('button', { name: 'Kumoa viimeisin muutokseni' }).click();
  await page.getByText('kumoaa version').first().waitFor();
  await page.goto(projectUrl);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  assert.ok(await page.getByLabel('Matkailu').isChecked(), 'restored with its themes');
  assert.ok(await page.getByRole('link', { name: 'Vaaralahden Yrittäjät ry' }).isVisible(), 'and its actor');
  assert.deepEqual(page.consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), []);
  await context.close();
});

test('actors: a bad business ID is refused beside the field, duplicates are merged', async () => {
  const { page, context } = await open(browser, '/');
  const portfolio = await portfolioPath(page);
  await page.goto(BASE + portfolio + '/actors/new');
  await hydrated(page);
  await page.getByLabel('Toimijan nimi').fill('Koulutuskeskus Vaara');
  await page.getByLabel('Toimijatyyppi').selectOption('education');
  await page.getByLabel('Y-tunnus').fill('0718294-4');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await page.locator('#f-business-id-error').waitFor({ state: 'visible' });
  await assertAccessible(page, 'actor form with errors');
  await page.getByLabel('Y-tunnus').fill('');
  await page.getByLabel('Toimijan nimi').fill('KOULUTUSKESKUS VAARA');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await page.waitForURL(/\/actors\/\d+$/);
  await page.getByRole('heading', { level: 1, name: 'KOULUTUSKESKUS VAARA' }).waitFor();

  // From the original's page the new one is offered as the same organisation.
  await page.goto(BASE + portfolio + '/actors?q=koulutuskeskus');
  await hydrated(page);
  await page.getByRole('link', { name: 'Koulutuskeskus Vaara', exact: true }).click();
  await page.waitForURL(/\/actors\/\d+$/);
  await hydrated(page);
  const before = await page.locator('#projects-h + ul li').count();
  await assertAccessible(page, 'actor page');
  await page.getByRole('button', { name: 'Yhdistä KOULUTUSKESKUS VAARA tähän' }).click();
  // The page reloads its data: wait until the list is back without the merged duplicate.
  await page.waitForFunction((n) => document.querySelectorAll('#projects-h + ul li').length === n
    && ![...document.querySelectorAll('button')].some((b) => (b.getAttribute('aria-label') ?? '').includes('KOULUTUSKESKUS')), before);
  await page.goto(BASE + portfolio + '/actors?q=koulutuskeskus');
  assert.equal(await page.getByRole('link', { name: 'KOULUTUSKESKUS VAARA', exact: true }).count(), 0, 'merged away');
  await assertAccessible(page, 'actor list');
  await context.close();
});

test('themes are added and renamed; the project list filters by theme, status and search', async () => {
  const { page, context } = await open(browser, '/', { locale: 'en-GB' });
  const portfolio = await portfolioPath(page);
  await page.goto(BASE + portfolio + '/themes');
  await hydrated(page);
  await page.getByRole('button', { name: 'Add theme' }).click();
  await page.getByRole('alert').filter({ hasText: 'This field is required.' }).waitFor();
  await page.getByLabel('Theme name').fill('Vesihuolto');
  await page.getByRole('button', { name: 'Add theme' }).click();
  await page.getByRole('row', { name: /Vesihuolto/ }).waitFor();
  await assertAccessible(page, 'themes');

  await page.goto(BASE + portfolio);
  const all = await page.locator('table.projects tbody tr').count();
  await page.goto(BASE + portfolio + '?q=nuorten');
  const found = await page.locator('table.projects tbody tr').count();
  assert.ok(found >= 1 && found < all, `search narrows ${found} < ${all}`);
  await page.goto(BASE + portfolio + '?status=ended&from=2020&to=2021');
  const ended = page.locator('table.projects tbody tr');
  for (const text of await ended.allInnerTexts()) assert.match(text, /Ended/);
  await page.goto(BASE + portfolio);
  await hydrated(page);
  await page.getByLabel('Theme').selectOption({ label: 'Matkailu' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.waitForURL(/theme=\d+/);
  const rows = await page.locator('table.projects tbody tr').allInnerTexts();
  assert.ok(rows.length > 0 && rows.length < all);
  for (const r of rows) assert.match(r, /Matkailu/);
  await assertAccessible(page, 'filtered list');
  await context.close();
});
