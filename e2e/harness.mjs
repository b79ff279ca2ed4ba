// Shared setup for the end-to-end suite: serve dist/ on a free port and drive
// Debian's Chromium with playwright-core (no browser downloads).
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { serve } from './serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');
export const OUT = join(ROOT, 'e2e', 'out');
mkdirSync(OUT, { recursive: true });

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Starts the server (on `root`, dist/ by default; `options` go to serve()) and the
 * browser; returns { base, browser, server, close }.
 */
export async function start(root = DIST, options = {}) {
  const server = await serve(root, 0, options);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    base, browser, server,
    async close() { await browser.close(); server.close(); },
  };
}

/**
 * The HTML page that shows `hash` (as `Route::page` in src/route.rs): the app is built
 * as three pages, each with its own wasm module. `/#/vergadering` would work too (the
 * start page forwards it), but tests go to the right page at once.
 */
export function pageFile(hash) {
  const first = hash.replace(/^#?\/?/, '').split(/[/?]/)[0];
  if (first === 'rechtsvorm') return 'rechtsvorm.html';
  if (first === 'collectief' || first === 'vergadering') return 'collectief.html';
  return '';
}

/** The URL of `hash` on its page, relative to `base` (the server root or any page of it). */
export function at(base, hash) {
  return new URL(pageFile(hash) + hash, new URL('./', base)).href;
}

/** A new page that records console errors and page errors into `page.errors`. */
export async function newPage(context, base, hash = '#/') {
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(at(base, hash));
  await page.locator('main h1').waitFor();
  return page;
}
