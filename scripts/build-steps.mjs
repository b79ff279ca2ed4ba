// The two steps that follow trunk, shared by scripts/post-build.mjs (trunk's hook, one
// page) and scripts/assemble.mjs (the three pages merged into dist/).
//
// addCsp: trunk injects an inline <script type="module"> that loads the wasm. The
//   policy allows no inline script except by hash, so this computes the sha256 of every
//   inline script in the page and inserts the <meta http-equiv="Content-Security-Policy">
//   right after <meta charset>.
// writeServiceWorker: writes sw.js from assets/sw.js with the list of every file in the
//   directory (hashed names included) and a cache version derived from the files'
//   sha256, so a new build means a new cache. Debug builds keep the template's
//   `BUILD = null`: that worker unregisters itself (no stale files under `trunk serve`).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

export const sha256 = (data, encoding) => createHash('sha256').update(data).digest(encoding);

/** Adds the Content-Security-Policy <meta> to the page at `htmlPath`; returns the number of script hashes. */
export function addCsp(htmlPath) {
  let html = readFileSync(htmlPath, 'utf8');
  // The browser hashes the script's text after the HTML parser normalised newlines.
  const inlineHashes = [];
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(attrs)) continue;
    inlineHashes.push(`'sha256-${sha256(body.replace(/\r\n?/g, '\n'), 'base64')}'`);
  }
  if (inlineHashes.length === 0) fail(`no inline loader script found in ${htmlPath}: did trunk change its output?`);
  if (/<style\b/i.test(html) || /\sstyle\s*=/i.test(html)) {
    fail(`${htmlPath} has inline style, which the policy forbids (style-src 'self'): use a class in styles/`);
  }
  // Everything from this origin only; no eval ('wasm-unsafe-eval' only compiles
  // WebAssembly); inline script only by hash; no plugins, <base> or form posts.
  // frame-ancestors cannot be set from a <meta>: a host that can send headers should add it.
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inlineHashes.join(' ')}`,
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}" />`;
  html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i, ''); // idempotent
  const charset = html.match(/<meta\s+charset\s*=[^>]*>/i);
  if (!charset) fail(`${htmlPath} has no <meta charset>; the policy goes right after it`);
  const at = charset.index + charset[0].length;
  html = `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
  writeFileSync(htmlPath, html);
  return inlineHashes.length;
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Writes `dir`/sw.js precaching every file in `dir`; returns a one-line summary. */
export function writeServiceWorker(dir, profile) {
  const entries = listFiles(dir)
    .map((path) => relative(dir, path).split(sep).join('/'))
    .filter((name) => name !== 'sw.js')
    .sort()
    .map((name) => ({ name, hash: sha256(readFileSync(join(dir, name)), 'hex') }));
  const version = sha256(entries.map((e) => `${e.name} ${e.hash}\n`).join(''), 'hex').slice(0, 16);
  const template = readFileSync(join(root, 'assets', 'sw.js'), 'utf8');
  const placeholder = /^const BUILD = null;.*$/m;
  if (!placeholder.test(template)) fail('assets/sw.js lost its `const BUILD = null;` line');
  let sw = template;
  if (profile === 'release') {
    const build = { version, files: ['./', ...entries.map((e) => e.name)] };
    sw = template.replace(placeholder, `const BUILD = ${JSON.stringify(build)};`);
  }
  writeFileSync(join(dir, 'sw.js'), sw);
  return profile === 'release'
    ? `sw.js caches ${entries.length + 1} URLs as samen-${version}`
    : 'sw.js: debug, unregisters itself';
}
