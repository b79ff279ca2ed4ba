// Offline: after one visit the service worker has every file of the build, so the
// app opens and works without a network; a new build replaces the old cache.
// Each test serves its own copy of dist/ so it can take the server away or change sw.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { start, newPage, DIST } from './harness.mjs';

/** A fresh copy of dist/ and a server + browser on it. */
async function startOnCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'samen-offline-'));
  cpSync(DIST, dir, { recursive: true });
  const env = await start(dir);
  return { ...env, dir, async close() { await env.close(); rmSync(dir, { recursive: true, force: true }); } };
}

function distFiles(dir = DIST) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? distFiles(path) : [relative(DIST, path).split(sep).join('/')];
  });
}

/** First visit, then wait until the service worker controls the page (after a reload). */
async function visitUntilControlled(env) {
  const context = await env.browser.newContext();
  const page = await newPage(context, env.base);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  await page.locator('main h1').waitFor();
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller?.state), 'activated');
  return { context, page };
}

/** Names of Samen's caches and the paths in each. */
function cacheContents(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
    }
    return out;
  });
}

test('after one visit the app opens and works offline', async () => {
  const env = await startOnCopy();
  try {
    const { context, page } = await visitUntilControlled(env);

    // Every file of the build is precached (sw.js itself is the worker, not content).
    const caches = await cacheContents(page);
    const names = Object.keys(caches);
    assert.equal(names.length, 1, `one cache, got ${names}`);
    assert.match(names[0], /^samen-[0-9a-f]{16}$/);
    const expected = ['/', ...distFiles().filter((f) => f !== 'sw.js').map((f) => `/${f}`)].sort();
    assert.deepEqual(caches[names[0]], expected);

    // No network at all: the browser is offline and the server is gone.
    await context.setOffline(true);
    env.server.closeAllConnections();
    await new Promise((resolve) => env.server.close(resolve));

    await page.reload();
    await page.locator('main h1').waitFor();
    const homeTitle = await page.locator('main h1').textContent();
    assert.ok(homeTitle.length > 0);

    await page.getByRole('navigation').locator('a[href$="#/vergadering"]').click();
    await page.waitForURL(/#\/vergadering$/);
    await page.waitForFunction((old) => document.querySelector('main h1')?.textContent !== old, homeTitle);
    const meetingNl = await page.locator('main h1').textContent();

    await page.locator('#lang-switch').click();
    await page.locator('html[lang="en"]').waitFor();
    await page.waitForFunction((old) => document.querySelector('main h1')?.textContent !== old, meetingNl);

    // A new tab, opened offline on another page, works too (and remembers the language).
    const second = await newPage(context, env.base, '#/collectief');
    assert.equal(await second.locator('html').getAttribute('lang'), 'en');
    assert.equal(await second.getByRole('navigation').locator('a[aria-current="page"]').getAttribute('href'), 'collectief.html#/collectief');

    assert.deepEqual(page.errors, []);
    assert.deepEqual(second.errors, []);
    await context.close();
  } finally {
    await env.close();
  }
});

test('a new build gets a new cache and the old one is removed', async () => {
  const env = await startOnCopy();
  try {
    const { context, page } = await visitUntilControlled(env);
    const [oldCache] = Object.keys(await cacheContents(page));

    // Simulate the next release: same files, a new version in sw.js.
    const swPath = join(env.dir, 'sw.js');
    const oldVersion = oldCache.slice('samen-'.length);
    const newVersion = oldVersion.split('').reverse().join('');
    writeFileSync(swPath, readFileSync(swPath, 'utf8').replace(`"version":"${oldVersion}"`, `"version":"${newVersion}"`));

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForFunction(async (want) => {
      const keys = await caches.keys();
      return keys.length === 1 && keys[0] === want;
    }, `samen-${newVersion}`);

    await page.reload();
    await page.locator('main h1').waitFor();
    assert.deepEqual(page.errors, []);
    await context.close();
  } finally {
    await env.close();
  }
});

test('the web app manifest is valid and its icons are in the build', async () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.name, 'Samen');
  assert.equal(manifest.lang, 'nl');
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.theme_color, '#0b5c4a');
  const files = distFiles();
  for (const icon of manifest.icons) assert.ok(files.includes(icon.src), `icon ${icon.src} in dist/`);

  const env = await startOnCopy();
  try {
    const context = await env.browser.newContext();
    const page = await newPage(context, env.base);
    const cdp = await context.newCDPSession(page);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    assert.equal(url, `${env.base}manifest.webmanifest`);
    assert.deepEqual(errors, [], 'Chromium parses the manifest without errors');
    // Installable, except that a Playwright context counts as an incognito window.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), []);
    await context.close();
  } finally {
    await env.close();
  }
});
