// What costs most in the app's wasm: sums function body sizes per crate from the
// name section of the unoptimised release build (before wasm-opt strips names).
// Usage: node scripts/wasm-costs.mjs target/wasm32-unknown-unknown/release/samen-collective.wasm [N]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 15);
const buf = readFileSync(file);
let pos = 8;
const u32 = () => {
  let result = 0, shift = 0, byte;
  do { byte = buf[pos++]; result |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80);
  return result >>> 0;
};
const str = () => { const n = u32(); const s = buf.toString('utf8', pos, pos + n); pos += n; return s; };

let imported = 0;
const bodies = [];
const names = new Map();
let rodata = 0;
while (pos < buf.length) {
  const id = buf[pos++];
  const size = u32();
  const end = pos + size;
  if (id === 2) {
    for (let n = u32(); n > 0; n--) {
      str(); str();
      const kind = buf[pos++];
      if (kind === 0) { u32(); imported++; }
      else if (kind === 1) { pos++; const f = buf[pos++]; u32(); if (f & 1) u32(); }
      else if (kind === 2) { const f = buf[pos++]; u32(); if (f & 1) u32(); }
      else if (kind === 3) { pos += 2; }
      else { pos++; u32(); }
    }
  } else if (id === 10) {
    for (let n = u32(); n > 0; n--) { const len = u32(); bodies.push(len); pos += len; }
  } else if (id === 11) {
    rodata = size;
  } else if (id === 0) {
    const name = str();
    if (name === 'name') {
      while (pos < end) {
        const sub = buf[pos++];
        const subSize = u32();
        const subEnd = pos + subSize;
        if (sub === 1) {
          for (let n = u32(); n > 0; n--) { const idx = u32(); names.set(idx, str()); }
        }
        pos = subEnd;
      }
    }
  }
  pos = end;
}

// Rust's legacy mangling: _ZN<len><ident>...E → a::b::c (enough to see the crate).
const demangle = (name) => {
  if (!name.startsWith('_ZN')) return name;
  const parts = [];
  let i = 3;
  while (i < name.length && name[i] !== 'E') {
    let j = i;
    while (j < name.length && name[j] >= '0' && name[j] <= '9') j++;
    const len = Number(name.slice(i, j));
    if (!len) break;
    parts.push(name.slice(j, j + len));
    i = j + len;
  }
  return parts.join('::').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\.\./g, '::');
};

const crateOf = (raw) => {
  const name = demangle(raw);
  const m = name.match(/(serde_path_to_error|serde_json|serde_core|serde|yew|sha2|dlmalloc|wasm_bindgen|js_sys|web_sys|governance::[a-z_]+|samen::pages::[a-z_]+|samen::[a-z_]+|alloc|core|std)/);
  return m ? m[1] : 'other';
};
const byCrate = new Map();
bodies.forEach((len, i) => {
  const key = crateOf(names.get(i + imported) ?? '');
  byCrate.set(key, (byCrate.get(key) ?? 0) + len);
});
byCrate.set('(data: strings and tables)', rodata);
const total = [...byCrate.values()].reduce((a, b) => a + b, 0);
console.log(`What costs most (unoptimised wasm, ${(total / 1000).toFixed(0)} KB of code and data):`);
for (const [k, v] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`  ${(v / 1000).toFixed(1).padStart(8)} KB  ${(100 * v / total).toFixed(1).padStart(5)} %  ${k}`);
}
