// Samen's service worker: after the first visit the app opens without a network
// (a meeting in a community centre without Wi-Fi).
//
// This is a template. scripts/assemble.mjs (in scripts/build) writes it to
// dist/sw.js with the line below replaced by the build's file list (all three pages) and a version
// derived from the files' hashes, so every new build gets a new cache and the old
// one is removed when the new worker activates. A debug build (`trunk serve`)
// keeps `null`: the worker then clears Samen's caches and unregisters itself, so
// development never runs on stale files.
const BUILD = null; // { version: 'abc123…', files: ['./', 'index.html', …] }

const PREFIX = 'samen-';
const CACHE = BUILD && PREFIX + BUILD.version;

async function dropOldCaches() {
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    if (BUILD) {
      const cache = await caches.open(CACHE);
      // 'reload': take the files from the server, never from a stale HTTP cache.
      await cache.addAll(BUILD.files.map((f) => new Request(f, { cache: 'reload' })));
    }
    // File names carry content hashes and a running page has loaded all it needs,
    // so the new version may take over at once.
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    await dropOldCaches();
    if (BUILD) await self.clients.claim();
    else await self.registration.unregister();
  })());
});

// Cache first: the precached build answers; anything else goes to the network.
// A page navigation that is not cached (another path) falls back to the start page
// when the network fails; routes live in the URL hash, and the start page forwards a
// route of another part to its page (src/bundle.rs).
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (!BUILD || request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const navigate = request.mode === 'navigate';
    const hit = await cache.match(request, { ignoreSearch: navigate });
    if (hit) return hit;
    try {
      return await fetch(request);
    } catch (err) {
      const shell = navigate && (await cache.match('./'));
      if (shell) return shell;
      throw err;
    }
  })());
});
