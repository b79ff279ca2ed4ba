// Merges the pages that scripts/build had trunk build one by one into one dist/:
// STAGE/<page>/index.html becomes dist/<page>.html (index stays index.html), every
// other file is copied once (hashed names; a file two pages share, such as the
// stylesheet or the icons, must be the same bytes), then sw.js is written over the
// whole directory so that the service worker precaches every page.
//
// Usage: node scripts/assemble.mjs STAGE DIST page...
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fail, sha256, writeServiceWorker } from './build-steps.mjs';

const [stage, dist, ...pages] = process.argv.slice(2);
if (!stage || !dist || pages.length === 0) fail('usage: node scripts/assemble.mjs STAGE DIST page...');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const origin = new Map(); // file name in dist → page it came from
for (const page of pages) {
  const dir = join(stage, page);
  for (const name of readdirSync(dir)) {
    if (name === 'sw.js' || statSync(join(dir, name)).isDirectory()) continue;
    const target = name === 'index.html' ? `${page}.html` : name;
    const to = join(dist, target);
    if (existsSync(to)) {
      if (sha256(readFileSync(to), 'hex') !== sha256(readFileSync(join(dir, name)), 'hex')) {
        fail(`${target} differs between pages ${origin.get(target)} and ${page}`);
      }
      continue;
    }
    copyFileSync(join(dir, name), to);
    origin.set(target, page);
  }
}
console.log(`assemble: ${pages.map((p) => `${p}.html`).join(', ')} in ${dist}; ${writeServiceWorker(dist, 'release')}`);
