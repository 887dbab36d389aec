// Inkoopwijzer's service worker: after one visit the whole app works without a connection.
//
// This file is a template. scripts/service-worker.mjs (run by scripts/build) writes dist/sw.js
// from it with the real file list of the release bundle: every file the app can ask for (the
// HTML, the loader, the main module and every lazily loaded chunk, the stylesheet, the icons)
// and a VERSION that is a hash of those files. A new deploy therefore always changes sw.js,
// and the browser installs the new version next to the old one.
//
// - install: every file of this version goes into one cache, `inkoopwijzer-<VERSION>`, all or
//   nothing (cache.addAll), so a cached index.html never points at a file that is not there.
//   The new version then waits: it takes over only when the user says so (the update banner
//   posts SKIP_WAITING after saving), or when no tab of the old version is open any more.
// - activate: older `inkoopwijzer-*` caches are deleted; open tabs come under this worker.
// - fetch: a page request (navigation) inside the app gets the cached index.html, which is the
//   single-page app's fallback, so a deep link such as /dossier/…/stap/3-bestek opens offline.
//   A request for a file of this version is answered from the cache. Anything else goes to
//   the network untouched.
'use strict';

const VERSION = '__VERSION__';
const FILES = ['__FILES__'];
const CACHE = 'inkoopwijzer-' + VERSION;
const PREFIX = 'inkoopwijzer-';
// A content hash in the name, as scripts/build writes it (app-1f0c….css, chunk_3-….wasm).
const HASHED = /-[0-9a-f]{16}[._]/;
const SCOPE = new URL(self.registration.scope);
const INDEX = new URL('index.html', SCOPE).href;
const PRECACHED = new Set(FILES.map((f) => new URL(f, SCOPE).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // A file whose name carries its content hash may come from the browser's HTTP cache
      // (the page fetched the chunks a moment ago); any other file (index.html, boot.js) is
      // asked of the server, never taken stale from that cache.
      cache.addAll(FILES.map((f) => new Request(new URL(f, SCOPE).href,
        { cache: HASHED.test(f) ? 'default' : 'no-cache' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
  if (event.data && event.data.type === 'VERSION' && event.ports[0]) event.ports[0].postMessage(VERSION);
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  if (request.mode === 'navigate') {
    // A path with a file extension is a file, not a page of the app.
    if (/\.[a-z0-9]+$/i.test(url.pathname) && !PRECACHED.has(url.origin + url.pathname)) return;
    event.respondWith(fromCache(INDEX, request));
    return;
  }
  const key = url.origin + url.pathname;
  if (PRECACHED.has(key)) event.respondWith(fromCache(key, request));
});

// The cached copy; the network when the cache lost it (storage cleared under the worker).
function fromCache(key, request) {
  return caches.open(CACHE)
    .then((cache) => cache.match(key))
    .then((hit) => hit || fetch(request));
}
