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
