// Creating and editing projects through the hydrated form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, hydrated, assertAccessible, BASE } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function portfolioPath(page) {
  await page.goto(BASE + '/');
  const href = await page.locator('.card a').first().getAttribute('href');
  return href;
}

test('a project created through the form is there after a reload', async () => {
  const { page, context } = await open(browser, '/');
  const portfolio = await portfolioPath(page);
  await page.goto(BASE + portfolio);
  await hydrated(page);
  await page.getByRole('link', { name: 'Uusi hanke' }).click();
  await page.waitForURL(/\/projects\/new$/);
  await hydrated(page);
  const name = `Kirjaston kesälukuhaaste ${Date.now()}`;
  await page.getByLabel('Hankkeen nimi').fill(name);
  await page.getByLabel('Kuvaus').fill('Lasten ja nuorten lukuinnon vahvistaminen kesälomalla.');
  await page.getByLabel('Tila').selectOption('active');
  await page.getByLabel('Alkaa').fill('2025-06-01');
  await page.getByLabel('Päättyy').fill('2025-08-31');
  await page.getByLabel('Budjetti (€)').fill('12 500');
  await page.getByLabel('Rahoituslähteet').fill('Vaaralahden kaupunki; Opetus- ja kulttuuriministeriö');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await page.waitForURL(/\/projects\/\d+$/);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  assert.match(await page.locator('dl.details').innerText(), /12\s500\s€/);
  await page.goto(BASE + portfolio);
  const row = page.getByRole('row', { name: new RegExp(name) });
  assert.match(await row.innerText(), /12\s500\s€/);
  await page.reload();
  assert.ok(await page.getByRole('row', { name: new RegExp(name) }).isVisible(), 'saved for good');
  assert.deepEqual(page.consoleErrors, []);
  await context.close();
});

test('invalid input shows translated errors beside the fields and saves nothing', async () => {
  for (const [locale, texts] of [
    ['fi-FI', { name: 'Hankkeen nimi', save: 'Tallenna', required: 'Tämä kenttä on pakollinen.', amount: /Summa ei kelpaa/, end: 'Päättymispäivä on ennen alkamispäivää.', budget: 'Budjetti (€)', start: 'Alkaa', endLabel: 'Päättyy' }],
    ['en-GB', { name: 'Project name', save: 'Save', required: 'This field is required.', amount: /The amount is not valid/, end: 'The end date is before the start date.', budget: 'Budget (€)', start: 'Starts', endLabel: 'Ends' }],
  ]) {
    const { page, context } = await open(browser, '/', { locale });
    const portfolio = await portfolioPath(page);
    await page.goto(BASE + portfolio);
    const before = await page.locator('table.projects tbody tr').count();
    const revision = await page.locator('.meta').first().innerText();
    await page.goto(BASE + portfolio + '/projects/new');
    await hydrated(page);
    await page.getByLabel(texts.budget).fill('noin miljoona');
    await page.getByLabel(texts.start).fill('2026-05-01');
    await page.getByLabel(texts.endLabel).fill('2026-01-01');
    await page.getByRole('button', { name: texts.save }).click();
    const nameError = page.locator('#f-name-error');
    await nameError.waitFor({ state: 'visible' });
    assert.equal((await nameError.innerText()).trim(), texts.required);
    assert.match(await page.locator('#f-budget-error').innerText(), texts.amount);
    assert.equal((await page.locator('#f-end-error').innerText()).trim(), texts.end);
    assert.equal(await page.getByLabel(texts.name).getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('.error-summary').innerText(), /3/);
    assert.match(page.url(), /\/projects\/new$/, 'stays on the form');
    assert.equal(await page.getByLabel(texts.budget).inputValue(), 'noin miljoona', 'input kept');
    await assertAccessible(page, `form with errors (${locale})`);
    await page.goto(BASE + portfolio);
    assert.equal(await page.locator('table.projects tbody tr').count(), before, 'nothing saved');
    assert.equal(await page.locator('.meta').first().innerText(), revision, 'revision unchanged');
    await context.close();
  }
});

test('editing a project keeps its values and saves the change', async () => {
  const { page, context } = await open(browser, '/');
  const portfolio = await portfolioPath(page);
  await page.goto(BASE + portfolio);
  await page.getByRole('link', { name: 'Muokkaa hanketta Kylien etätyötilat' }).click();
  await page.waitForURL(/\/edit$/);
  await hydrated(page);
  assert.equal(await page.getByLabel('Hankkeen nimi').inputValue(), 'Kylien etätyötilat');
  assert.equal(await page.getByLabel('Budjetti (€)').inputValue(), '95000');
  await assertAccessible(page, 'edit form');
  await page.getByLabel('Budjetti (€)').fill('105 000');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await page.waitForURL(/\/projects\/\d+$/);
  await page.getByRole('heading', { level: 1, name: 'Kylien etätyötilat' }).waitFor();
  assert.match(await page.locator('dl.details').innerText(), /105\s000\s€/);
  await context.close();
});
