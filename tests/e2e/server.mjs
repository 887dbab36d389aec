// A tiny static file server for the release bundle (dist/), without dependencies.
//
// Behaves like a plain static host of a single-page app: a path with a file extension is a
// file (404 when missing); any other path gets index.html, so that deep links such as
// /stappen/3-bestek and unknown URLs reach the app's router. Bound to 127.0.0.1 on a free port.
//
// Used by the end-to-end tests (tests/e2e/lib.mjs) and the benchmark (bench/bench.mjs).
// Run it by hand: `node tests/e2e/server.mjs [dir] [port]`.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.xml': 'application/xml; charset=utf-8',
};

const COMPRESSIBLE = /^(text\/|application\/(wasm|json|manifest\+json|xml)|image\/svg)/;

/**
 * Starts serving `root`. Options:
 * - `compress`: answer `Accept-Encoding: br` / `gzip` like a real host would (the benchmark
 *   turns this on so that throttled load times reflect transfer sizes; tests leave it off).
 * - `log`: a function receiving one line per request.
 * Returns `{ url, origin, port, requests, close() }`; `requests` lists every request served
 * (`{ path, status, encoding, acceptEncoding }`).
 */
export async function startServer(root, { port = 0, compress = false, log = null } = {}) {
  const base = resolve(root);
  const info = await stat(join(base, 'index.html')).catch(() => null);
  if (!info) throw new Error(`${base}/index.html does not exist: build the bundle first (scripts/build)`);
  const cache = new Map(); // path|encoding -> Buffer (the bundle does not change while served)
  const requests = [];

  async function body(file, encoding) {
    const key = `${file}|${encoding}`;
    if (!cache.has(key)) {
      const raw = await readFile(file);
      cache.set(key, encoding === 'br'
        ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })
        : encoding === 'gzip' ? gzipSync(raw, { level: 9 }) : raw);
    }
    return cache.get(key);
  }

  const server = createServer(async (req, res) => {
    let status = 200;
    let encoding = null;
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        status = 405;
        res.writeHead(status, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url, 'http://127.0.0.1');
      let path;
      try { path = decodeURIComponent(url.pathname); } catch { path = '\0'; }
      // Refuse anything that would escape the root (.., NUL, backslashes).
      const file = normalize(join(base, path));
      if (path.includes('\0') || path.includes('\\') || (file !== base && !file.startsWith(base + sep))) {
        status = 400;
        res.writeHead(status, { 'Content-Type': 'text/plain' }).end('Bad request');
        return;
      }
      let target = file;
      const st = await stat(target).catch(() => null);
      if (st && st.isDirectory()) {
        target = join(target, 'index.html');
      } else if (!st) {
        if (extname(path) !== '') {
          status = 404;
          res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
            .end(`Not found: ${path}`);
          return;
        }
        target = join(base, 'index.html'); // SPA fallback: the router decides
      }
      const type = MIME[extname(target).toLowerCase()] || 'application/octet-stream';
      const accept = String(req.headers['accept-encoding'] || '');
      encoding = compress && COMPRESSIBLE.test(type)
        ? (/\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null)
        : null;
      const data = await body(target, encoding);
      const headers = {
        'Content-Type': type,
        'Content-Length': data.length,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        Vary: 'Accept-Encoding',
      };
      if (encoding) headers['Content-Encoding'] = encoding;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : data);
    } catch (err) {
      status = 500;
      if (!res.headersSent) res.writeHead(status, { 'Content-Type': 'text/plain' });
      res.end(String(err));
    } finally {
      requests.push({ path: req.url, status, encoding, acceptEncoding: req.headers['accept-encoding'] || '' });
      if (log) log(`${status} ${req.method} ${req.url}`);
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const actual = server.address().port;
  const origin = `http://127.0.0.1:${actual}`;
  return {
    url: origin + '/',
    origin,
    port: actual,
    requests,
    close: () => new Promise((ok) => {
      server.closeAllConnections?.();
      server.close(() => ok());
    }),
  };
}

// `node tests/e2e/server.mjs [dir] [port]`: serve a bundle by hand.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || 'dist';
  const srv = await startServer(dir, { port: Number(process.argv[3] || 0), log: console.log });
  console.log(`Serving ${resolve(dir)} on ${srv.url}`);
}
