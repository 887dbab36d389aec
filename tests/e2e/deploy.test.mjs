// The release bundle as it is deployed: one stylesheet, a precompressed .br and .gz beside every
// file (scripts/precompress, the last step of scripts/build), and a server that sends them the
// way the README's "Deploying" section asks a host to. Run after `scripts/build`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DIST, openApp, server } from './lib.mjs';
import { MIME, startServer } from './server.mjs';

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? files(path) : e.isFile() ? [path] : [];
  });
}

/** The files of dist/ other than the precompressed siblings. */
function originals() {
  const all = files(DIST);
  const present = new Set(all);
  return all.filter((f) => !['.br', '.gz'].some((s) => f.endsWith(s) && present.has(f.slice(0, -s.length))));
}

/** GET without decoding: `{ status, headers, body }` with the bytes as sent. */
function rawGet(url, acceptEncoding) {
  return new Promise((ok, fail) => {
    const headers = acceptEncoding === null ? {} : { 'Accept-Encoding': acceptEncoding };
    get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    }).on('error', fail);
  });
}

test('every file in dist/ has a .br and a .gz beside it that decompress to the same bytes', () => {
  const list = originals();
  assert.ok(list.some((f) => f.endsWith('.wasm')) && list.some((f) => f.endsWith('index.html')), 'dist/ holds a bundle');
  for (const file of list) {
    const name = relative(DIST, file);
    const raw = readFileSync(file);
    let br;
    let gz;
    try {
      br = readFileSync(`${file}.br`);
      gz = readFileSync(`${file}.gz`);
    } catch (err) {
      assert.fail(`${name}: precompressed file missing (scripts/build runs scripts/precompress dist): ${err.message}`);
    }
    assert.ok(brotliDecompressSync(br).equals(raw), `${name}.br decompresses to ${name}`);
    assert.ok(gunzipSync(gz).equals(raw), `${name}.gz decompresses to ${name}`);
    if (raw.length > 4096) {
      assert.ok(br.length < raw.length && gz.length < raw.length, `${name}: the compressed files are smaller`);
    }
  }
});

test('the start page links one stylesheet, which holds the print rules', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const sheets = [...html.matchAll(/<link\b[^>]*\brel="?stylesheet\b[^>]*>/g)].map((m) => m[0]);
  assert.equal(sheets.length, 1, `one stylesheet link: ${sheets.join(' ')}`);
  const href = /\bhref="?([^"\s>]+)/.exec(sheets[0])[1];
  assert.match(href, /^\/app-[0-9a-f]{16}\.css$/, 'the stylesheet name carries a content hash');
  const css = readFileSync(join(DIST, href), 'utf8');
  assert.match(css, /@page\s*\{/, 'the print page rule is in it');
  assert.match(css, /@media print\s*\{/, 'the print media rules are in it');
  assert.doesNotMatch(html, /<style\b|\bstyle=/, 'no inline styles (CSP style-src \'self\')');
});

test('the server sends the precompressed file the request accepts, with its type and encoding', async () => {
  const wasm = originals().find((f) => f.endsWith('.wasm'));
  const path = '/' + relative(DIST, wasm);
  const raw = readFileSync(wasm);
  const cases = [
    // [server options, Accept-Encoding, expected encoding]
    [{}, 'gzip, deflate, br, zstd', 'br'],
    [{}, 'gzip, deflate', 'gzip'],
    [{}, 'br;q=0, gzip', 'gzip'],
    [{}, null, null],
    [{}, 'identity', null],
    [{ encodings: ['gzip'] }, 'gzip, deflate, br', 'gzip'],
    [{ encodings: ['br'] }, 'gzip, deflate, br', 'br'],
    [{ encodings: ['br'] }, 'gzip', null],
    [{ encodings: [] }, 'gzip, deflate, br', null],
  ];
  for (const [options, accept, expected] of cases) {
    const srv = await startServer(DIST, options);
    try {
      const res = await rawGet(srv.origin + path, accept);
      const what = `${JSON.stringify(options)}, Accept-Encoding ${accept}`;
      assert.equal(res.status, 200, what);
      assert.equal(res.headers['content-type'], 'application/wasm', what);
      assert.equal(res.headers.vary, 'Accept-Encoding', what);
      assert.equal(res.headers['content-encoding'], expected ?? undefined, what);
      assert.equal(Number(res.headers['content-length']), res.body.length, what);
      const sent = expected === 'br' ? readFileSync(`${wasm}.br`) : expected === 'gzip' ? readFileSync(`${wasm}.gz`) : raw;
      assert.ok(res.body.equals(sent), `${what}: the body is the ${expected ?? 'uncompressed'} file`);
      assert.equal(srv.requests.at(-1).precompressed, expected !== null, what);
    } finally {
      await srv.close();
    }
  }
  // A deep link gets index.html, precompressed too, as text/html.
  const srv = await startServer(DIST);
  try {
    const res = await rawGet(srv.origin + '/stappen/3-bestek', 'br');
    assert.equal(res.headers['content-type'], MIME['.html']);
    assert.equal(res.headers['content-encoding'], 'br');
    assert.ok(brotliDecompressSync(res.body).equals(readFileSync(join(DIST, 'index.html'))));
  } finally {
    await srv.close();
  }
});

test('the browser loads the app from the precompressed files', async () => {
  const srv = await server();
  const before = srv.requests.length;
  const app = await openApp('/');
  await app.page.waitForLoadState('networkidle');
  const served = srv.requests.slice(before);
  for (const ext of ['.html', '.js', '.wasm', '.css']) {
    const hits = served.filter((r) => (ext === '.html' ? r.path === '/' : r.path.split('?')[0].endsWith(ext)));
    assert.ok(hits.length > 0, `a ${ext} request`);
    for (const r of hits) {
      assert.equal(r.encoding, 'br', `${r.path} is sent as brotli (Accept-Encoding: ${r.acceptEncoding})`);
      assert.equal(r.precompressed, true, `${r.path} comes from its .br file`);
    }
  }
  assert.equal(served.filter((r) => r.path.split('?')[0].endsWith('.css')).length, 1, 'one stylesheet request');
  await app.close();
});
