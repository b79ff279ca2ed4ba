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

/** Starts the server (on `root`, dist/ by default) and the browser; returns { base, browser, server, close }. */
export async function start(root = DIST) {
  const server = await serve(root, 0);
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

/** A new page that records console errors and page errors into `page.errors`. */
export async function newPage(context, base, hash = '#/') {
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(base + hash);
  await page.locator('main h1').waitFor();
  return page;
}
