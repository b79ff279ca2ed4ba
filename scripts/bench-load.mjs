// Browser benchmark of opening each page cold (new browser context: no service
// worker, no HTTP cache): navigation start → the page heading (<main h1>) is in the
// document, i.e. html + js + wasm fetched, wasm compiled and instantiated, first
// render done. Files are served brotli-compressed, as a static host would. Two runs:
// - desktop: no throttling (loopback network, full CPU);
// - phone: Lighthouse's mobile conditions, applied by Chromium (CPU slowed 4×,
//   1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip).
// Prints median and max in ms per page. Usage: scripts/bench-load [RUNS] (default 10).
// BENCH_DIST=DIR measures another build (pages missing from it are skipped), e.g. an
// older commit's, for a before/after figure.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { start, at, DIST } from '../e2e/harness.mjs';

const RUNS = Number(process.argv[2] ?? 10);
const dist = process.env.BENCH_DIST ?? DIST;
const PAGES = [['index.html', '#/'], ['rechtsvorm.html', '#/rechtsvorm'], ['collectief.html', '#/collectief']]
  .filter(([file]) => existsSync(join(dist, file)));
const PROFILES = [
  ['desktop (no throttling)', null],
  ['phone (CPU 4×, 1.6 Mbit/s, 150 ms RTT)', {
    cpu: 4,
    network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  }],
];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const env = await start(dist, { brotli: true });
try {
  // Warm-up, not timed: the server compresses each file on its first request.
  for (const [, hash] of PAGES) {
    const context = await env.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(at(env.base, hash));
    await page.locator('main h1').waitFor();
    await context.close();
  }
  for (const [name, throttle] of PROFILES) {
    console.log(`\n${name}, ${RUNS} cold loads per page`);
    console.log(`  ${'page'.padEnd(18)} ${'median ms'.padStart(10)} ${'max ms'.padStart(8)}`);
    for (const [file, hash] of PAGES) {
      const times = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await env.browser.newContext({ serviceWorkers: 'block' });
        await context.addInitScript(() => {
          new MutationObserver((_, observer) => {
            if (document.querySelector('main h1')) {
              window.__h1At = performance.now();
              observer.disconnect();
            }
          }).observe(document, { childList: true, subtree: true });
        });
        const page = await context.newPage();
        if (throttle) {
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpu });
          await cdp.send('Network.enable');
          await cdp.send('Network.emulateNetworkConditions', throttle.network);
        }
        await page.goto(at(env.base, hash));
        await page.waitForFunction(() => window.__h1At !== undefined, null, { timeout: 60_000 });
        times.push(await page.evaluate(() => window.__h1At));
        await context.close();
      }
      console.log(`  ${file.padEnd(18)} ${median(times).toFixed(0).padStart(10)} ${Math.max(...times).toFixed(0).padStart(8)}`);
    }
  }
} finally {
  await env.close();
}
