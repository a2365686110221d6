// Importing a spreadsheet in the browser: upload, columns guessed from Finnish headers, a
// problem named by row and column, a corrected mapping, the preview, and the import run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, hydrated, assertAccessible, BASE } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const CSV = [
  'Hankkeen nimi;Vastuutaho;Teemat;Alkaa;Budjetti (€);Huomiot',
  'Kirjastoauton reittikokeilu;Vaaralahden kaupunki;Kulttuuri ja vapaa-aika;1.8.2026;48 000;kokeilu',
  'Kylätalojen energiaremontti;Vaaran Kylät ry;Ilmasto ja kiertotalous;syksyllä;210 000;',
].join('\r\n');

test('a spreadsheet is mapped, previewed with its problems and imported', async () => {
  const { page, context } = await open(browser, '/');
  const portfolio = await page.locator('.card a').first().getAttribute('href');
  await page.goto(BASE + portfolio + '/import');
  await hydrated(page);
  await assertAccessible(page, 'import page');
  await page.getByLabel('Tiedosto').setInputFiles({ name: 'hankkeet.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
  await page.getByRole('button', { name: 'Lataa ja esikatsele' }).click();
  await page.waitForURL(/\/import\/\d+$/);
  await hydrated(page);
  assert.equal(await page.getByLabel('Vastuutaho').inputValue(), 'lead', 'guessed from the header');
  assert.equal(await page.getByLabel('Huomiot').inputValue(), 'ignore');
  const problems = page.locator('table.problems tbody tr');
  assert.equal(await problems.count(), 1);
  assert.match(await problems.first().innerText(), /3\s+Alkaa\s+Päivämäärä ei kelpaa/);
  assert.equal(await page.getByRole('button', { name: /^Tuo / }).count(), 0, 'no import while problems remain');
  await assertAccessible(page, 'import preview with problems');

  await page.getByLabel('Alkaa').selectOption('ignore');
  await page.getByRole('button', { name: 'Päivitä esikatselu' }).click();
  await page.waitForURL(/m3=ignore/);
  await page.getByText('Uusia hankkeita: 2').waitFor();
  await page.getByRole('button', { name: 'Tuo 2 hanketta' }).click();
  await page.waitForURL(/\/history$/);
  await page.getByText(/Tuonti taulukosta lisätty: hankkeet\.csv/).first().waitFor();
  await page.goto(BASE + portfolio + '?q=kylätalojen');
  const row = page.getByRole('row', { name: /Kylätalojen energiaremontti/ });
  assert.match(await row.innerText(), /210\s000\s€/);
  assert.match(await row.innerText(), /Vaaran Kylät ry/);
  await context.close();
});
