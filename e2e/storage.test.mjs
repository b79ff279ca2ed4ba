// Storage faults: a second tab, a full quota, storage switched off. In each case
// nothing is lost silently and the user sees what to do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, at } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function createWithMember(page, name, member) {
  await page.goto(at(page.url(), '#/collectief/nieuw'));
  await page.getByLabel('Naam van het collectief').fill(name);
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.waitForURL(/#\/collectief\/leden$/);
  await addMember(page, member);
}

async function addMember(page, member) {
  await page.getByLabel('Naam', { exact: true }).fill(member);
  await page.getByRole('button', { name: 'Lid toevoegen' }).click();
  await page.getByText(`${member} is toegevoegd.`).waitFor();
}

const storedMembers = (page) => page.evaluate(() => {
  const key = Object.keys(localStorage).find((k) => k.startsWith('samen.collective.'));
  const text = localStorage.getItem(key);
  return JSON.parse(text.slice(text.indexOf('\n') + 1)).collective.members.map((m) => m.name);
});

test('two tabs on one collective: neither silently loses the other\'s change', async () => {
  const context = await env.browser.newContext();
  const a = await newPage(context, env.base);
  await createWithMember(a, 'Buurtcoöperatie', 'Anna');
  const b = await newPage(context, env.base, '#/collectief/leden');
  await b.getByRole('cell', { name: 'Anna', exact: true }).waitFor();

  await addMember(a, 'Bram');
  const banner = b.getByRole('alert').filter({ hasText: 'gewijzigd in een ander tabblad' });
  await banner.waitFor();
  // B changes something while A's change is newer: it is kept in B's memory, not written over A's.
  await b.getByLabel('Naam', { exact: true }).fill('Chris');
  await b.getByRole('button', { name: 'Lid toevoegen' }).click();
  await b.getByRole('cell', { name: 'Chris', exact: true }).waitFor();
  assert.deepEqual(await storedMembers(a), ['Anna', 'Bram']);

  // B chooses explicitly: keep B's version (A is then told in turn).
  await b.getByRole('button', { name: 'Bewaar mijn versie toch' }).click();
  await b.getByText('✔ Bewaard in deze browser').waitFor();
  assert.deepEqual(await storedMembers(b), ['Anna', 'Chris']);
  await a.getByRole('alert').filter({ hasText: 'gewijzigd in een ander tabblad' }).waitFor();
  await a.getByRole('button', { name: 'Laad de nieuwe versie' }).click();
  await a.getByRole('cell', { name: 'Chris', exact: true }).waitFor();
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

test('a full quota: a clear message, an export offer, the stored version intact', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__quotaFull && key.startsWith('samen.collective.')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return real.call(this, key, value);
    };
  });
  const page = await newPage(context, env.base);
  await createWithMember(page, 'Voedselcollectief', 'Anna');
  await page.evaluate(() => { window.__quotaFull = true; });
  await page.getByLabel('Naam', { exact: true }).fill('Bram');
  await page.getByRole('button', { name: 'Lid toevoegen' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'Opslaan in de browser lukt niet' });
  await banner.waitFor();
  await banner.getByRole('button', { name: 'Exporteer mijn versie' }).waitFor();
  await page.getByRole('cell', { name: 'Bram', exact: true }).waitFor();
  assert.deepEqual(await storedMembers(page), ['Anna']);

  // Space again: trying again stores the change.
  await page.evaluate(() => { window.__quotaFull = false; });
  await banner.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await page.getByText('✔ Bewaard in deze browser').waitFor();
  assert.deepEqual(await storedMembers(page), ['Anna', 'Bram']);
  await context.close();
});

test('storage switched off: the app still works and offers the export', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The user denied storage.', 'SecurityError'); },
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(at(env.base, '#/collectief/nieuw'));
  await page.locator('main h1').waitFor();
  await page.getByLabel('Naam van het collectief').fill('Tijdelijk collectief');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByRole('alert').filter({ hasText: 'Opslaan in de browser lukt niet' }).waitFor();
  await page.getByRole('button', { name: 'Exporteer mijn versie' }).first().waitFor();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.locator('main h1', { hasText: 'Members' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
