// What a browser downloads to open each page of the build: the page's html plus every
// js, wasm and css file it references (the service worker, manifest and icons
// excluded: they are not on the critical path). Brotli quality 11, as a static host
// would serve them; 1 KB = 1000 bytes. Fails when a page passes its budget in
// bundle-budget.txt ("PAGE KB" lines); prints what costs most in that page's wasm
// when it does (scripts/wasm-costs.mjs over the unoptimised build).
//
// Usage: node scripts/bundle-size.mjs DIST BUDGET_FILE
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFileSync } from 'node:child_process';

const [dist, budgetFile] = process.argv.slice(2);
const budgets = new Map();
readFileSync(budgetFile, 'utf8').split('\n').forEach((line, i) => {
  const text = line.replace(/#.*/, '').trim();
  if (!text) return;
  const m = text.match(/^(\S+\.html)\s+(\d+)$/);
  if (!m) {
    console.error(`${budgetFile}:${i + 1}: expected "PAGE.html KB", found "${text}"`);
    process.exit(2);
  }
  budgets.set(m[1], Number(m[2]));
});
if (!budgets.has('index.html')) {
  console.error(`${budgetFile}: no budget for index.html (the first load)`);
  process.exit(2);
}

const kb = (n) => (n / 1000).toFixed(1).padStart(8);
const sizes = (data) => ({
  raw: data.length,
  gz: gzipSync(data, { level: 9 }).length,
  br: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
let over = [];
for (const [page, budget] of budgets) {
  const path = join(dist, page);
  if (!existsSync(path)) {
    console.error(`${page}: not in ${dist} (is the budget file out of date?)`);
    process.exit(2);
  }
  const html = readFileSync(path, 'utf8');
  const referenced = [...new Set(
    [...html.matchAll(/["']\/?([\w.-]+\.(?:js|wasm|css))["']/g)].map((m) => m[1]),
  )].sort();
  console.log(`\n${page}${page === 'index.html' ? ' (first load)' : ''}`);
  console.log(`  ${'file'.padEnd(40)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'brotli KB'.padStart(9)}`);
  const total = { raw: 0, gz: 0, br: 0 };
  for (const file of [page, ...referenced]) {
    const s = sizes(readFileSync(join(dist, file)));
    for (const k of Object.keys(total)) total[k] += s[k];
    console.log(`  ${file.padEnd(40)} ${kb(s.raw)} ${kb(s.gz)} ${kb(s.br)}`);
  }
  console.log(`  ${'TOTAL'.padEnd(40)} ${kb(total.raw)} ${kb(total.gz)} ${kb(total.br)}   budget ${budget} KB`);
  if (!referenced.some((f) => f.endsWith('.wasm'))) {
    console.error(`${page}: references no .wasm file: did trunk change its output?`);
    process.exit(2);
  }
  if (total.br > budget * 1000) {
    over.push(page);
    console.error(`  over budget: ${(total.br / 1000).toFixed(1)} KB brotli > ${budget} KB`);
    const wasm = referenced.find((f) => f.endsWith('.wasm'));
    const bin = wasm.replace(/-[0-9a-f]+_bg\.wasm$/, '');
    const unoptimised = join(dist, '..', 'target', 'wasm32-unknown-unknown', 'release', `${bin}.wasm`);
    if (existsSync(unoptimised)) {
      execFileSync('node', [join(dirname(fileURLToPath(import.meta.url)), 'wasm-costs.mjs'), unoptimised, '15'], { stdio: 'inherit' });
    }
  }
}
if (over.length) process.exit(1);
