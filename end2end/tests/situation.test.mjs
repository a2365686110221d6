// The situational picture: the planted findings of the demo, accessible, printable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, hydrated, assertAccessible } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the situational picture shows overlaps, opportunities and the neglected theme', async () => {
  for (const [locale, t] of [
    ['fi-FI', { link: 'Tilannekuva', overlaps: 'Mahdolliset päällekkäisyydet', pair: 'Nuorten työpaja Verstas ja Polku töihin', opps: 'Yhteistyömahdollisuudet', neglected: /Katveessa/, links: 'Muut yhteydet hankkeiden välillä', years: 'Teemat vuosittain' }],
    ['en-GB', { link: 'Situational picture', overlaps: 'Possible overlaps', pair: 'Nuorten työpaja Verstas and Polku töihin', opps: 'Cooperation opportunities', neglected: /Neglected/, links: 'Other connections between projects', years: 'Themes by year' }],
  ]) {
    const { page, context } = await open(browser, '/', { locale });
    await page.locator('.card a').first().click();
    await page.waitForURL(/\/portfolio\/\d+$/);
    await hydrated(page);
    await page.getByRole('link', { name: t.link }).click();
    await page.waitForURL(/\/situation$/);
    const overlaps = page.getByRole('region', { name: t.overlaps });
    // The link navigates in the browser: wait for the page to arrive, not only the URL.
    await overlaps.getByRole('heading', { name: t.pair }).waitFor();
    const opps = page.getByRole('region', { name: t.opps });
    assert.ok((await opps.locator('li').count()) > 0, 'cooperation opportunities are listed');
    const links = page.getByRole('region', { name: t.links });
    assert.ok((await links.locator('li').count()) > 0, 'inferred connections are listed');
    assert.match(await links.locator('li').first().innerText(), /\d+\/100/);
    const years = page.getByRole('region', { name: t.years }).first();
    const local = years.getByRole('row', { name: /Kansainvälisyys ja kotoutuminen/ });
    assert.ok(await local.isVisible(), 'every theme has a row of years');
    const row = page.getByRole('row', { name: /Kansainvälisyys ja kotoutuminen/ }).first();
    assert.match(await row.innerText(), t.neglected);
    await hydrated(page);
    await assertAccessible(page, `situational picture (${locale})`);
    assert.deepEqual(page.consoleErrors, []);
    await context.close();
  }
});

test('the situational picture prints without the site chrome', async () => {
  const { page, context } = await open(browser, '/');
  await page.locator('.card a').first().click();
  await page.waitForURL(/\/portfolio\/\d+$/);
  await page.goto(page.url() + '/situation');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  const hidden = await page.locator('.no-print').evaluateAll(
    (els) => els.length > 0 && els.every((e) => getComputedStyle(e).display === 'none'));
  assert.ok(hidden, 'links and buttons are left out of print');
  assert.ok(await page.getByRole('heading', { level: 1 }).isVisible());
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000, 'an A4 PDF renders');
  await context.close();
});

test('an opportunity becomes an action in one click, and the plan takes new actions', async () => {
  const { page, context } = await open(browser, '/');
  await page.locator('.card a').first().click();
  await page.waitForURL(/\/portfolio\/\d+$/);
  const portfolio = page.url();
  await page.goto(portfolio + '/situation');
  await hydrated(page);
  const opps = page.getByRole('region', { name: 'Yhteistyömahdollisuudet' });
  const first = opps.getByRole('button', { name: /^Tee toimenpiteeksi: / }).first();
  const pair = (await first.getAttribute('aria-label')).replace('Tee toimenpiteeksi: ', '');
  await first.click();
  await page.waitForURL(/\/actions$/);
  const escaped = pair.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const row = page.getByRole('row', { name: new RegExp('Tuodaan yhteen ' + escaped) });
  await row.waitFor();
  await hydrated(page);
  await assertAccessible(page, 'action plan');

  // The one-click action gets an owner and a due date on its edit page.
  await row.getByRole('link', { name: /^Muokkaa toimenpidettä Tuodaan yhteen / }).click();
  await page.waitForURL(/\/actions\/\d+\/edit$/);
  await page.getByLabel('Vastuuhenkilö').waitFor();
  await hydrated(page);
  await assertAccessible(page, 'action edit page');
  await page.getByLabel('Vastuuhenkilö').fill('Liisa Korhonen');
  await page.getByLabel('Määräaika').fill('2027-02-28');
  const linked = page.getByRole('group', { name: 'Toimijat' }).locator('input:checked');
  assert.equal(await linked.count(), 2, 'the one-click action concerns both actors');
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await page.waitForURL(/\/actions$/);
  await page.getByRole('row', { name: /Liisa Korhonen/ }).waitFor();
  assert.match(await page.getByRole('row', { name: new RegExp('Tuodaan yhteen ' + escaped) }).innerText(), /Liisa Korhonen[\s\S]*28\.2\.2027/);

  // A new action: refused without a title, saved with one.
  await page.getByRole('button', { name: 'Lisää toimenpide' }).click();
  await page.locator('#f-title-error').waitFor({ state: 'visible' });
  assert.equal((await page.locator('#f-title-error').innerText()).trim(), 'Tämä kenttä on pakollinen.');
  await page.locator('#f-title').fill('Kootaan nuorten palvelujen verkosto');
  await page.getByLabel('Vastuuhenkilö').fill('Anna Virtanen');
  await page.getByLabel('Määräaika').fill('2026-04-30');
  await page.getByRole('button', { name: 'Lisää toimenpide' }).click();
  const added = page.getByRole('row', { name: /Kootaan nuorten palvelujen verkosto/ });
  await added.waitFor();
  assert.match(await added.innerText(), /Anna Virtanen/);

  // Its status changes and stays changed.
  await page.getByLabel('Toimenpiteen Kootaan nuorten palvelujen verkosto tila', { exact: true }).selectOption('done');
  await page.getByRole('button', { name: 'Päivitä toimenpiteen Kootaan nuorten palvelujen verkosto tila' }).click();
  await page.waitForLoadState('load');
  await page.reload();
  assert.equal(await page.getByLabel('Toimenpiteen Kootaan nuorten palvelujen verkosto tila', { exact: true }).inputValue(), 'done');
  // The refused first try is a 422 answer, which the browser logs; nothing else may be.
  assert.deepEqual(page.consoleErrors.filter((e) => !/status of 422/.test(e)), []);
  await context.close();
});

test('a project pair that could cooperate is dismissed in one click and stays dismissed', async () => {
  const { page, context } = await open(browser, '/');
  await page.locator('.card a').first().click();
  await page.waitForURL(/\/portfolio\/\d+$/);
  await page.goto(page.url() + '/situation');
  await hydrated(page);
  const region = page.getByRole('region', { name: 'Hankkeet, jotka voisivat tehdä yhteistyötä' });
  const first = region.locator('li h3').first();
  const pair = await first.innerText();
  assert.ok((await region.getByRole('button', { name: 'Tee toimenpiteeksi: ' + pair }).count()) === 1,
    'each pair can be made an action');
  await Promise.all([
    page.waitForEvent('load'),
    region.getByRole('button', { name: 'Ohita: ' + pair }).click(),
  ]);
  await region.locator('li h3').first().waitFor();
  assert.equal(await region.getByRole('heading', { name: pair, exact: true }).count(), 0);
  await page.reload();
  assert.equal(await region.getByRole('heading', { name: pair, exact: true }).count(), 0,
    'the dismissal is stored, not just hidden');
  await context.close();
});
