// The app shell: home page, navigation, language switch kept across reloads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { start, newPage, OUT } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('home page in Dutch leads to the three parts', async () => {
  const context = await env.browser.newContext();
  const page = await newPage(context, env.base);
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  assert.equal(await page.locator('main h1').textContent(), 'Samen organiseren, samen beslissen');
  for (const name of ['Rechtsvorm kiezen', 'Collectief', 'Vergadering']) {
    assert.equal(await page.getByRole('link', { name, exact: true }).first().isVisible(), true, name);
  }
  await page.screenshot({ path: join(OUT, 'home-nl.png'), fullPage: true });
  await page.getByRole('navigation').getByRole('link', { name: 'Vergadering' }).click();
  await page.waitForURL(/#\/vergadering$/);
  assert.equal(await page.locator('main h1').textContent(), 'Vergadering');
  assert.equal(await page.title(), 'Samen · Vergadering');
  await page.goBack();
  await page.waitForURL(/#\/$/);
  assert.equal(await page.locator('main h1').textContent(), 'Samen organiseren, samen beslissen');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('switching to English is kept after a reload, without console errors', async () => {
  const context = await env.browser.newContext();
  const page = await newPage(context, env.base);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.locator('main h1', { hasText: 'Organise together, decide together' }).waitFor();
  assert.equal(await page.title(), 'Samen');
  await page.goto(`${env.base}rechtsvorm.html#/rechtsvorm`);
  await page.locator('main h1', { hasText: 'Choose a legal form' }).waitFor();
  assert.equal(await page.title(), 'Samen · Choose a legal form', 'the title follows the language');
  await page.goto(env.base);
  await page.reload();
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('main h1').textContent(), 'Organise together, decide together');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.evaluate(() => localStorage.getItem('samen.lang')), 'en');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('usable on a 360 px phone: no horizontal scrolling', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
  const page = await newPage(context, env.base);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  await page.screenshot({ path: join(OUT, 'home-phone.png'), fullPage: true });
  await context.close();
});

test('the start page downloads only its own wasm module; each part loads its own', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  await page.goto(env.base);
  await page.locator('main h1').waitFor();
  assert.deepEqual(wasm.map((p) => p.replace(/-[0-9a-f]+_bg\.wasm$/, '')), ['/samen-home']);
  await page.getByRole('navigation').getByRole('link', { name: 'Rechtsvorm kiezen' }).click();
  await page.waitForURL(/\/rechtsvorm\.html#\/rechtsvorm$/);
  await page.locator('main h1', { hasText: 'Rechtsvorm' }).waitFor();
  await page.getByRole('navigation').getByRole('link', { name: 'Collectief' }).click();
  await page.waitForURL(/\/collectief\.html#\/collectief$/);
  await page.locator('main h1').waitFor();
  assert.deepEqual(wasm.map((p) => p.replace(/-[0-9a-f]+_bg\.wasm$/, '')),
    ['/samen-home', '/samen-legal', '/samen-collective']);
  await context.close();
});

test('links to a part on another page still work: the page forwards them, keeping the route', async () => {
  const context = await env.browser.newContext();
  const page = await newPage(context, env.base);
  // An old bookmark (one page for everything) and a hand-typed hash.
  await page.goto(`${env.base}#/vergadering`);
  await page.waitForURL(/\/collectief\.html#\/vergadering$/);
  await page.locator('main h1', { hasText: 'Vergadering' }).waitFor();
  await page.goto(`${env.base}index.html#/rechtsvorm/vraag/2`);
  await page.waitForURL(/\/rechtsvorm\.html#\/rechtsvorm\/vraag\/2$/);
  await page.locator('main h1').waitFor();
  // A hash change inside a page to another page's route (as a script or typed URL would).
  await page.evaluate(() => { location.hash = '#/collectief/leden'; });
  await page.waitForURL(/\/collectief\.html#\/collectief\/leden$/);
  await page.locator('main h1').waitFor();
  // The forwarding replaced history entries: back goes to the guide, not to a bounce.
  await page.goBack();
  await page.waitForURL(/\/rechtsvorm\.html#\/rechtsvorm\/vraag\/2$/);
  await page.locator('main h1').waitFor();
  // An unknown route stays where it is and says so.
  await page.goto(`${env.base}collectief.html#/bestaat-niet`);
  await page.locator('main h1', { hasText: 'niet gevonden' }).waitFor();
  assert.match(page.url(), /collectief\.html#\/bestaat-niet$/);
  assert.deepEqual(page.errors, []);
  await context.close();
});
