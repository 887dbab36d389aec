// What a host must do for the bundle (README, "Deploying"; the configurations in deploy/),
// checked over HTTP against the server the end-to-end tests run on: server.mjs in the normal
// run, and a real nginx with deploy/nginx.conf when scripts/test runs this file again through
// scripts/with-host (NGINX_TESTS). By hand, against Apache or Caddy:
//   scripts/with-host apache -- node --test tests/e2e/hosts.test.mjs
//
// - a page of the app (a deep link, any path without a file extension) gets index.html;
// - a missing file with an extension (a chunk, sw.js) is a 404, never index.html;
// - every file has its type (application/wasm, application/manifest+json, ...) and goes out
//   compressed as the browser asks, from the .br/.gz copies, with Vary: Accept-Encoding;
// - Cache-Control: a year for names with a content hash, no-cache for all others;
// - the Content-Security-Policy header equals the <meta> in index.html.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DIST, HOST, HOST_ENCODINGS, openApp, server } from './lib.mjs';
import { CACHE_HASHED, CACHE_OTHER, HASHED, cspMeta } from './server.mjs';

const BROWSER_ACCEPT = 'gzip, deflate, br, zstd';
const INDEX = readFileSync(join(DIST, 'index.html'));
const POLICY = cspMeta(INDEX.toString('utf8'));

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? files(path) : e.isFile() ? [path] : [];
  });
}

/** The URL paths of the files a host serves: not the .br/.gz copies, not the dot files. */
function servedPaths() {
  const all = files(DIST);
  const present = new Set(all);
  return all
    .filter((f) => !['.br', '.gz'].some((s) => f.endsWith(s) && present.has(f.slice(0, -s.length))))
    .map((f) => '/' + relative(DIST, f).split('\\').join('/'))
    .filter((p) => !p.split('/').some((segment) => segment.startsWith('.')))
    .sort();
}

const PATHS = servedPaths();
const first = (ext) => PATHS.find((p) => p.endsWith(ext) && p !== '/404.html');

/** GET without decoding: `{ status, headers, body }` with the bytes as sent. */
async function fetchRaw(path, acceptEncoding = BROWSER_ACCEPT) {
  const { origin } = await server();
  return new Promise((ok, fail) => {
    const headers = acceptEncoding === null ? {} : { 'Accept-Encoding': acceptEncoding };
    get(origin + path, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    }).on('error', fail);
  });
}

/** The body of a response, decoded as its Content-Encoding says. */
function decoded(res) {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(res.body);
  if (encoding === 'gzip') return gunzipSync(res.body);
  assert.equal(encoding, undefined, `an encoding the tests know: ${encoding}`);
  return res.body;
}

function varies(res) {
  return String(res.headers.vary || '').toLowerCase().split(/\s*,\s*/).includes('accept-encoding');
}

const TYPES = {
  '.html': /^text\/html\b/,
  '.js': /^(text|application)\/javascript\b/,
  '.css': /^text\/css\b/,
  '.wasm': /^application\/wasm$/,
  '.svg': /^image\/svg\+xml\b/,
  '.webmanifest': /^application\/manifest\+json\b/,
  '.json': /^application\/json\b/,
  '.png': /^image\/png$/,
};

test(`[${HOST}] the bundle to test has index.html with a Content-Security-Policy <meta>`, () => {
  assert.ok(POLICY && POLICY.includes("default-src 'none'"), `a policy in ${DIST}/index.html: ${POLICY}`);
  assert.ok(first('.wasm'), 'dist/ holds the wasm');
});

test(`[${HOST}] a page of the app (any path without a file extension) gets index.html`, async () => {
  const pages = ['/', '/stappen/3-bestek', '/dossier/d-19af0c2b3e1f4a2b/stap/3-bestek', '/dossier/d-1/bieden',
    '/een/pagina/die/niet/bestaat', '/stappen/3-bestek?tab=2'];
  for (const path of pages) {
    for (const accept of [BROWSER_ACCEPT, null]) {
      const what = `${path} (Accept-Encoding: ${accept ?? 'none'})`;
      const res = await fetchRaw(path, accept);
      assert.equal(res.status, 200, what);
      assert.match(res.headers['content-type'] || '', TYPES['.html'], what);
      assert.ok(decoded(res).equals(INDEX), `${what}: the body is index.html`);
      assert.equal(res.headers['cache-control'], CACHE_OTHER, `${what}: revalidated on every visit`);
      assert.equal(res.headers['content-security-policy'], POLICY, `${what}: the CSP header equals the <meta>`);
      if (accept) assert.equal(res.headers['content-encoding'], HOST_ENCODINGS[0], `${what}: compressed`);
    }
  }
});

test(`[${HOST}] a missing file with an extension is a 404, never the app page`, async () => {
  const missing = ['/missing.js', '/missing-0123456789abcdef.wasm', '/missing-0123456789abcdef_bg.wasm',
    '/stappen/missing.css', '/missing.webmanifest', '/missing.png'];
  // Until the bundle has them: a service worker or manifest that is not there must not be HTML.
  for (const name of ['/sw.js', '/manifest.webmanifest']) if (!PATHS.includes(name)) missing.push(name);
  for (const path of missing) {
    const res = await fetchRaw(path);
    assert.equal(res.status, 404, path);
    assert.ok(!decoded(res).includes('boot.js'), `${path}: not index.html`);
    assert.notEqual(res.headers['cache-control'], CACHE_HASHED, `${path}: a 404 is not cached for a year`);
  }
  // The files for other hosts are not served (Apache answers 403 for .ht* files).
  for (const path of ['/.htaccess', '/.nojekyll']) {
    if (!existsSync(join(DIST, path))) continue;
    const res = await fetchRaw(path);
    assert.ok(res.status === 404 || res.status === 403, `${path}: not served (status ${res.status})`);
    assert.ok(!decoded(res).includes('RewriteEngine'), `${path}: not its content`);
  }
});

test(`[${HOST}] the wasm, JS, CSS and HTML go out with their type, compressed as the browser asks`, async () => {
  const wasm = PATHS.filter((p) => p.endsWith('.wasm'));
  const samples = [first('_bg.wasm'), wasm.find((p) => !p.endsWith('_bg.wasm')), first('.js'), first('.css'),
    '/index.html', first('.svg'), first('.webmanifest')].filter(Boolean);
  assert.ok(samples.length >= 6, `samples: ${samples}`);
  const cases = [
    // [Accept-Encoding, expected Content-Encoding]
    [BROWSER_ACCEPT, HOST_ENCODINGS[0]],
    ['gzip, deflate', 'gzip'],
    [null, undefined],
  ];
  for (const path of samples) {
    const raw = readFileSync(join(DIST, path));
    for (const [accept, expected] of cases) {
      const what = `${path} (Accept-Encoding: ${accept ?? 'none'})`;
      const res = await fetchRaw(path, accept);
      assert.equal(res.status, 200, what);
      assert.match(res.headers['content-type'] || '', TYPES[extname(path)], `${what}: its type`);
      assert.equal(res.headers['content-encoding'], expected, `${what}: its encoding`);
      assert.ok(decoded(res).equals(raw), `${what}: the body is the file`);
      if (expected) assert.ok(res.body.length < raw.length, `${what}: smaller than the file`);
      assert.ok(varies(res), `${what}: Vary: Accept-Encoding (got ${res.headers.vary})`);
    }
  }
});

test(`[${HOST}] Cache-Control: a year for names with a content hash, no-cache for the rest; the CSP on every file`, async () => {
  const hashed = PATHS.filter((p) => HASHED.test(basename(p)));
  const others = PATHS.filter((p) => !HASHED.test(basename(p)));
  assert.ok(hashed.some((p) => p.endsWith('_bg.wasm')) && hashed.some((p) => p.endsWith('.css')), `hashed: ${hashed}`);
  for (const name of ['/index.html', '/boot.js', '/fallback.js']) assert.ok(others.includes(name), `${name} has no hash`);
  for (const path of PATHS) {
    const res = await fetchRaw(path);
    assert.equal(res.status, 200, path);
    const expected = HASHED.test(basename(path)) ? CACHE_HASHED : CACHE_OTHER;
    assert.equal(res.headers['cache-control'], expected, `${path}: Cache-Control`);
    assert.equal(res.headers['content-security-policy'], POLICY, `${path}: the CSP header equals the <meta>`);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', `${path}: nosniff`);
    const type = TYPES[extname(path)];
    if (type) assert.match(res.headers['content-type'] || '', type, `${path}: its type`);
  }
});

test(`[${HOST}] sw.js is JavaScript, revalidated every time`, { skip: PATHS.includes('/sw.js') ? false : 'no sw.js in dist/ yet' }, async () => {
  const res = await fetchRaw('/sw.js');
  assert.equal(res.status, 200);
  assert.match(res.headers['content-type'] || '', TYPES['.js']);
  assert.equal(res.headers['cache-control'], CACHE_OTHER);
  assert.ok(decoded(res).equals(readFileSync(join(DIST, 'sw.js'))), 'the body is sw.js');
});

test(`[${HOST}] the web app manifest is application/manifest+json`, { skip: first('.webmanifest') ? false : 'no .webmanifest in dist/ yet' }, async () => {
  const path = first('.webmanifest');
  const res = await fetchRaw(path);
  assert.equal(res.status, 200, path);
  assert.match(res.headers['content-type'] || '', TYPES['.webmanifest'], path);
  assert.equal(res.headers['cache-control'], CACHE_OTHER, path);
  JSON.parse(decoded(res).toString('utf8'));
});

test(`[${HOST}] the app starts on a deep link with this host's headers, without a CSP violation`, async () => {
  const app = await openApp('/stappen/3-bestek');
  await app.page.waitForLoadState('networkidle');
  await app.expectClean();
  await app.close();
});
