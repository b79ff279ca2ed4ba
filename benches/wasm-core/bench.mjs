// Times the governance core in WebAssembly (Node.js): parse + count of a synthetic BLT
// file, for each method given, RUNS times after one warm-up run; prints mean and min ms.
//
//   node bench.mjs PKG_DIR [--runs N] [--ballots N] [--candidates N] [--seed N]
//                  [--write FILE] [--methods schulze,irv]
//
// PKG_DIR holds the `wasm-bindgen --target nodejs` output of this crate. The BLT file is
// generated here, byte for byte as governance/examples/gen_blt.rs writes it (same
// SplitMix64 lot, same Fisher–Yates shuffle); --write saves it so the caller can check.
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";

const args = process.argv.slice(2);
const pkg = args.shift();
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? dflt : args[i + 1];
};
const runs = Number(opt("runs", 10));
const ballots = Number(opt("ballots", 100000));
const candidates = Math.max(1, Number(opt("candidates", 10)));
const seed = BigInt(opt("seed", 1));
const methods = opt("methods", "schulze,irv").split(",");
const budgetMs = 100;

const MASK = (1n << 64n) - 1n;
/** governance::lot::Lot (SplitMix64), the generator's source of order. */
class Lot {
  constructor(seed) { this.state = seed & MASK; }
  nextU64() {
    this.state = (this.state + 0x9e3779b97f4a7c15n) & MASK;
    let z = this.state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
    return z ^ (z >> 31n);
  }
  below(n) {
    const bn = BigInt(n);
    const zone = MASK - (MASK % bn);
    for (;;) {
      const x = this.nextU64();
      if (x < zone) return Number(x % bn);
    }
  }
}

function generate() {
  const lot = new Lot(seed);
  const order = Array.from({ length: candidates }, (_, i) => i + 1);
  const lines = [`${candidates} 1\n`];
  for (let b = 0; b < ballots; b++) {
    for (let i = order.length - 1; i >= 1; i--) {
      const j = lot.below(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    lines.push(`1 ${order.join(" ")} 0\n`);
  }
  lines.push("0\n");
  for (let c = 1; c <= candidates; c++) lines.push(`"Candidate ${c}" `);
  lines.push(`\n"Synthetic election: ${ballots} ballots, seeded"\n`);
  return Buffer.from(lines.join(""), "utf8");
}

const require = createRequire(import.meta.url);
const core = require(resolve(pkg, "samen_wasm_core_bench.js"));
const blt = new Uint8Array(generate());
const out = opt("write", null);
if (out) writeFileSync(out, blt);

let over = false;
for (const method of methods) {
  const first = core.parse_and_count(blt, method); // warm-up (and compile)
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = core.parse_and_count(blt, method);
    times.push(performance.now() - t0);
    if (result !== first) throw new Error(`${method}: run ${i} gave ${result}, not ${first}`);
  }
  const mean = times.reduce((a, b) => a + b, 0) / runs;
  const min = Math.min(...times);
  const verdict = mean < budgetMs ? "ok" : `OVER BUDGET (${budgetMs} ms)`;
  over ||= mean >= budgetMs;
  console.log(
    `wasm core (Node ${process.versions.node}) parse + ${method}: mean ${mean.toFixed(1)} ms, ` +
      `min ${min.toFixed(1)} ms over ${runs} runs — ${verdict}  [${first}]`,
  );
}
process.exitCode = over ? 1 : 0;
