// A small static server for dist/ on 127.0.0.1 (used by scripts/run and the e2e suite).
// With { brotli: true } it sends html, js, wasm and css brotli-compressed to browsers
// that accept it, as a static host would (scripts/run, scripts/bench-load); each file
// is compressed once per server.
import { createServer } from 'node:http';
import { brotliCompress, constants } from 'node:zlib';
import { promisify } from 'node:util';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const COMPRESSED = new Set(['.html', '.js', '.wasm', '.css']);
const compress = promisify(brotliCompress);

/** Serves `root` on 127.0.0.1:`port` (0 = a free port); resolves to the http.Server. */
export function serve(root, port = 0, { brotli = false } = {}) {
  const compressed = new Map(); // file → Promise<Buffer>
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const rel = normalize(path).replace(/^([/\\])+/, '');
      if (rel.startsWith('..')) throw new Error('outside root');
      const file = join(root, rel === '' ? 'index.html' : rel);
      let body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      if (brotli && COMPRESSED.has(extname(file)) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!compressed.has(file)) {
          compressed.set(file, compress(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        body = await compressed.get(file);
        headers['content-encoding'] = 'br';
        headers.vary = 'accept-encoding';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const server = await serve(root, Number(port), { brotli: true });
  console.log(`Samen: http://127.0.0.1:${server.address().port}/`);
}
