// A tiny static file server for the release bundle (dist/), without dependencies.
//
// Behaves like a plain static host of a single-page app: a path with a file extension is a
// file (404 when missing); any other path gets index.html, so that deep links such as
// /stappen/3-bestek and unknown URLs reach the app's router. Bound to 127.0.0.1 on a free port.
//
// Like a host set up with the configurations in deploy/ (README, "Deploying"), it sends FILE.br
// or FILE.gz, written by scripts/precompress, when the request accepts that encoding and the
// file is there (with `compress` it compresses on the fly when it is not), and the same headers:
// `Cache-Control: public, max-age=31536000, immutable` for a file with a content hash in its
// name and `no-cache` for every other one (index.html, sw.js, boot.js, ...); the
// Content-Security-Policy of index.html's <meta> as a header; `Vary: Accept-Encoding`. Names
// starting with a dot (.htaccess, .nojekyll: for other hosts) are not served.
//
// Used by the end-to-end tests (tests/e2e/lib.mjs), the benchmark (bench/bench.mjs) and
// scripts/serve. Run it by hand:
// `node tests/e2e/server.mjs [dir] [port] [--compress] [--encoding br|gzip|none] [--quiet]`.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
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
 * A file name with a content hash (Trunk's `-<16 hex digits>` before the extension or `_bg`):
 * such a file never changes, so it may be cached for a year. The configurations in deploy/ use
 * the same expression.
 */
export const HASHED = /-[0-9a-f]{16}[._]/;
export const CACHE_HASHED = 'public, max-age=31536000, immutable';
export const CACHE_OTHER = 'no-cache';

/** The Cache-Control a host sends for the file named `name` (a path or a base name). */
export function cacheControl(name) {
  return HASHED.test(basename(name)) ? CACHE_HASHED : CACHE_OTHER;
}

/**
 * The policy of the `<meta http-equiv="Content-Security-Policy">` in an HTML text (Trunk's
 * minified output or the source), or null when there is none.
 */
export function cspMeta(html) {
  for (const [tag] of String(html).matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = {};
    for (const m of tag.matchAll(/([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
      attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4];
    }
    if ((attrs['http-equiv'] || '').toLowerCase() === 'content-security-policy' && attrs.content !== undefined) {
      return attrs.content.replace(/&quot;/g, '"').replace(/&#0*39;|&apos;/g, "'").replace(/&amp;/g, '&');
    }
  }
  return null;
}

/** Encodings the server can send, in its order of preference. */
export const ENCODINGS = ['br', 'gzip'];
const SUFFIX = { br: '.br', gzip: '.gz' };

/**
 * The encodings an `Accept-Encoding` header allows (q > 0), e.g. `gzip, deflate, br;q=0.9`.
 * A `*` allows every encoding the header does not refuse by name.
 */
export function acceptedEncodings(header) {
  const named = new Map();
  let star = false;
  for (const part of String(header || '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';').map((x) => x.trim());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    const ok = q === undefined || Number(q.slice(2)) > 0;
    if (name === '*') star = ok;
    else named.set(name, ok);
  }
  return ENCODINGS.filter((e) => named.get(e) ?? star);
}

/**
 * Starts serving `root`. Options:
 * - `encodings`: what the server may send, in order of preference (default `['br', 'gzip']`;
 *   the benchmark passes `['gzip']` or `['br']` to measure one of them; `[]` sends everything
 *   uncompressed). The first of these that the request accepts is sent: the precompressed
 *   `FILE.br` / `FILE.gz` when it exists, otherwise (only with `compress`) compressed on the fly.
 * - `compress`: compress on the fly (brotli quality 11, gzip level 9, like scripts/precompress)
 *   when there is no precompressed file, as a host with gzip/brotli on does. The benchmark turns
 *   this on so that a bundle without precompressed files (bench/minimal) is measured alike;
 *   tests leave it off (scripts/build precompresses dist/).
 * - `log`: a function receiving one line per request.
 * Returns `{ url, origin, port, requests, close() }`; `requests` lists every request served
 * (`{ path, status, encoding, precompressed, acceptEncoding }`).
 */
export async function startServer(root, { port = 0, compress = false, encodings = ENCODINGS, log = null } = {}) {
  const base = resolve(root);
  const info = await stat(join(base, 'index.html')).catch(() => null);
  if (!info) throw new Error(`${base}/index.html does not exist: build the bundle first (scripts/build)`);
  for (const e of encodings) if (!ENCODINGS.includes(e)) throw new Error(`startServer: unknown encoding ${e}`);
  const cache = new Map(); // path|encoding -> Buffer (the bundle does not change while served)
  const requests = [];
  // The policy of index.html's <meta>, read again when index.html changes (a new bundle).
  let csp = { mtimeMs: -1, policy: null };
  async function policy() {
    const file = join(base, 'index.html');
    const st = await stat(file).catch(() => null);
    if (st && st.mtimeMs !== csp.mtimeMs) csp = { mtimeMs: st.mtimeMs, policy: cspMeta(await readFile(file, 'utf8')) };
    return csp.policy;
  }

  async function compressed(file, encoding) {
    const key = `${file}|${encoding}`;
    if (!cache.has(key)) {
      const raw = await readFile(file);
      cache.set(key, encoding === 'br'
        ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(raw, { level: 9 }));
    }
    return cache.get(key);
  }

  // The body for `file` in the first allowed encoding that works: `{ data, encoding, precompressed }`.
  async function body(file, type, accept) {
    for (const encoding of encodings.filter((e) => accept.includes(e))) {
      const sibling = await readFile(file + SUFFIX[encoding]).catch(() => null);
      if (sibling) return { data: sibling, encoding, precompressed: true };
      if (compress && COMPRESSIBLE.test(type)) {
        return { data: await compressed(file, encoding), encoding, precompressed: false };
      }
    }
    return { data: await readFile(file), encoding: null, precompressed: false };
  }

  const server = createServer(async (req, res) => {
    let status = 200;
    let encoding = null;
    let precompressed = false;
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
      // .htaccess and .nojekyll are for other hosts; nothing under a dot name is served.
      const hidden = path.split('/').some((segment) => segment.startsWith('.'));
      const st = hidden ? null : await stat(target).catch(() => null);
      if (st && st.isDirectory()) {
        target = join(target, 'index.html');
      } else if (!st) {
        if (hidden || extname(path) !== '') {
          status = 404;
          res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
            .end(`Not found: ${path}`);
          return;
        }
        target = join(base, 'index.html'); // SPA fallback: the router decides
      }
      const type = MIME[extname(target).toLowerCase()] || 'application/octet-stream';
      const found = await body(target, type, acceptedEncodings(req.headers['accept-encoding']));
      ({ encoding, precompressed } = found);
      const data = found.data;
      const headers = {
        'Content-Type': type,
        'Content-Length': data.length,
        'Cache-Control': cacheControl(target),
        'X-Content-Type-Options': 'nosniff',
        Vary: 'Accept-Encoding',
      };
      if (encoding) headers['Content-Encoding'] = encoding;
      const cspHeader = await policy();
      if (cspHeader) headers['Content-Security-Policy'] = cspHeader;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : data);
    } catch (err) {
      status = 500;
      if (!res.headersSent) res.writeHead(status, { 'Content-Type': 'text/plain' });
      res.end(String(err));
    } finally {
      const acceptEncoding = req.headers['accept-encoding'] || '';
      requests.push({ path: req.url, status, encoding, precompressed, acceptEncoding });
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

// `node tests/e2e/server.mjs [dir] [port] [--compress] [--encoding br|gzip|none]`: serve a
// bundle by hand (--encoding: send only that encoding, or none).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const positional = [];
  const options = { log: console.log };
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--compress') options.compress = true;
    else if (args[i] === '--quiet') options.log = null;
    else if (args[i] === '--encoding') options.encodings = args[++i] === 'none' ? [] : [args[i]];
    else positional.push(args[i]);
  }
  const dir = positional[0] || 'dist';
  const srv = await startServer(dir, { ...options, port: Number(positional[1] || 0) });
  console.log(`Serving ${resolve(dir)} on ${srv.url}`);
}
