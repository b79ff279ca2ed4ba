// Sizes of the first load: every html, js, wasm and css file in dist/ (the
// service worker and manifest excluded: they are not on the critical path).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const [dist, budgetFile] = process.argv.slice(2);
const budgetKb = Number(readFileSync(budgetFile, 'utf8').split('\n').find((l) => /^\s*\d/.test(l)).trim());
const files = readdirSync(dist)
  .filter((f) => ['.html', '.js', '.wasm', '.css'].includes(extname(f)) && f !== 'sw.js')
  .filter((f) => statSync(join(dist, f)).isFile());
let total = { raw: 0, gz: 0, br: 0 };
const kb = (n) => (n / 1000).toFixed(1).padStart(8);
console.log(`${'file'.padEnd(40)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'brotli KB'.padStart(9)}`);
for (const f of files.sort()) {
  const data = readFileSync(join(dist, f));
  const raw = data.length;
  const gz = gzipSync(data, { level: 9 }).length;
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total.raw += raw; total.gz += gz; total.br += br;
  console.log(`${f.padEnd(40)} ${kb(raw)} ${kb(gz)} ${kb(br)} `);
}
console.log(`${'TOTAL (first load)'.padEnd(40)} ${kb(total.raw)} ${kb(total.gz)} ${kb(total.br)} `);
console.log(`budget: ${budgetKb} KB brotli`);
if (total.br > budgetKb * 1000) {
  console.error(`over budget: ${(total.br / 1000).toFixed(1)} KB brotli > ${budgetKb} KB`);
  process.exit(1);
}
