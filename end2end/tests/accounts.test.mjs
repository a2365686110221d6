// Accounts in the browser: registering an organisation, signing out and in (with a wrong
// password first), the redirect of a signed-out visitor, and an administrator inviting a
// person who joins and whose role is then changed — with axe scans of the account pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, hydrated, assertAccessible, BASE } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A page in a fresh context with no session: a signed-out visitor. */
async function signedOut(path) {
  const context = await browser.newContext({ locale: 'fi-FI', baseURL: BASE });
  const page = await context.newPage();
  const response = await page.goto(path);
  return { page, context, response };
}

test('an organisation registers, signs out, and signs in again after a wrong password', async () => {
  const email = `testi+${Date.now()}@testila.fi`;
  const password = 'kolme iloista kissaa kiipeää';
  const { page, context } = await signedOut('/login');
  await hydrated(page);
  await assertAccessible(page, '/login (signed out)');
  await page.goto('/register');
  await hydrated(page);
  await assertAccessible(page, '/register');

  await page.getByLabel('Organisaation nimi').fill('Testilän kunta');
  await page.getByLabel('Organisaation tyyppi').selectOption('municipality');
  await page.getByLabel('Nimesi').fill('Testi Käyttäjä');
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Rekisteröi organisaatio' }).click();
  await page.waitForURL(BASE + '/');
  await page.getByRole('link', { name: 'Testilän kunta: kehittämishankkeet' }).waitFor();
  const menu = page.getByRole('navigation', { name: 'Käyttäjätili' });
  await menu.getByRole('link', { name: /Testi Käyttäjä/ }).waitFor();

  await menu.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await page.waitForURL(BASE + '/login');
  await menu.getByRole('link', { name: 'Kirjaudu sisään' }).waitFor();

  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Salasana').fill('väärä salasana kokonaan');
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await page.getByRole('alert').filter({ hasText: 'Sähköposti tai salasana on väärin.' }).waitFor();
  assert.equal(await page.getByLabel('Salasana').getAttribute('aria-invalid'), 'true');

  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await page.waitForURL(BASE + '/');
  await page.getByRole('link', { name: 'Testilän kunta: kehittämishankkeet' }).waitFor();
  await menu.getByRole('link', { name: /Testi Käyttäjä/ }).waitFor();
  await context.close();
});

test('a signed-out visit is sent to the sign-in page', async () => {
  const { page, context } = await signedOut('/');
  assert.equal(page.url(), `${BASE}/login?next=%2F`);
  assert.ok(await page.getByRole('heading', { name: 'Kirjaudu sisään', level: 1 }).isVisible());
  assert.equal(await page.locator('main input[name="next"]').getAttribute('value'), '/');
  await context.close();
});

test('an administrator invites a person, who joins, and then changes their role', async () => {
  const stamp = Date.now();
  const email = `kutsuttu+${stamp}@vaaralahti.fi`;
  const name = `Kaisa Kutsuttu ${stamp}`;
  const admin = await open(browser, '/organisation');
  await hydrated(admin.page);
  await assertAccessible(admin.page, '/organisation');

  await admin.page.getByLabel('Sähköposti', { exact: true }).fill(email);
  await admin.page.getByLabel('Rooli', { exact: true }).selectOption('viewer');
  await admin.page.getByRole('button', { name: 'Luo kutsu' }).click();
  const linkInput = admin.page.getByLabel('Kutsulinkki');
  await linkInput.waitFor();
  const link = await linkInput.inputValue();
  assert.match(link, /\/invite\/[0-9a-f]+$/);

  const guest = await signedOut(new URL(link).pathname);
  await hydrated(guest.page);
  assert.ok(await guest.page.getByText(/Vaaralahden kaupunki/).first().isVisible());
  await guest.page.getByLabel('Nimesi').fill(name);
  await guest.page.getByLabel('Salasana').fill('seitsemän sinistä siipeä soi');
  await guest.page.getByRole('button', { name: 'Hyväksy kutsu' }).click();
  await guest.page.waitForURL(BASE + '/');
  await guest.page.getByRole('link', { name: 'Vaaralahden kehittämishankkeet' }).waitFor();
  await guest.context.close();

  await admin.page.reload();
  await hydrated(admin.page);
  const role = admin.page.getByLabel(`Käyttäjän ${name} rooli`, { exact: true });
  assert.equal(await role.inputValue(), 'viewer');
  await role.selectOption('editor');
  await Promise.all([
    admin.page.waitForResponse((r) => r.url().endsWith('/api/set_member_role')),
    admin.page.getByRole('button', { name: `Tallenna käyttäjän ${name} rooli` }).click(),
  ]);
  await admin.page.reload();
  assert.equal(await admin.page.getByLabel(`Käyttäjän ${name} rooli`, { exact: true }).inputValue(), 'editor');
  const log = admin.page.getByRole('table', { name: 'Tietoturvatapahtumat, uusin ensin' });
  await log.getByRole('cell', { name: 'Rooli muutettu' }).first().waitFor();
  await log.getByRole('cell', { name: 'Kutsu hyväksytty' }).first().waitFor();

  await admin.page.goto(BASE + '/account');
  await hydrated(admin.page);
  await assertAccessible(admin.page, '/account');
  await admin.context.close();
});
