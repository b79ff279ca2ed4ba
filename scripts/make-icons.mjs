// Renders assets/icon.svg to the PNG icons of the web app manifest
// (assets/icon-192.png, assets/icon-512.png) with Debian's Chromium.
// Run by hand after changing the SVG, and commit the PNGs: the build does not need a browser.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, CHROMIUM_ARGS } from '../e2e/harness.mjs';

const svg = readFileSync(join(ROOT, 'assets', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: join(ROOT, 'assets', `icon-${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log('wrote assets/icon-192.png and assets/icon-512.png');
