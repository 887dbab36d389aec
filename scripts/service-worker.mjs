#!/usr/bin/env node
// Writes dist/sw.js, the service worker that makes the app work offline, from the template
// public/sw.js and the real files of the release bundle. Run by scripts/build after the wasm
// is split and every file has its final, hashed name.
//
//   node scripts/service-worker.mjs <dist dir>
//
// - FILES: every file in the bundle that the app can ask for, as a path relative to the
//   app's root (the lazily loaded chunks included), except the precompressed copies (.br,
//   .gz: the server picks those, the browser never asks for them by name), sw.js itself, and
//   files for hosts rather than browsers (404.html, web.config, and dot files such as
//   .htaccess and .nojekyll, which hosts refuse to serve).
// - VERSION: the first 16 hex digits of a SHA-256 over the names and contents of those files,
//   so any change to any file gives a new service worker.
// - index.html gets `data-sw="/sw.js"` on its loader script: public/boot.js registers the
//   worker only when that is there (not in `trunk serve` development builds).

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TEMPLATE = join(ROOT, 'public', 'sw.js');
/** Files in dist/ that are never precached. */
const SKIP = /(\.(br|gz|map)$)|(^|\/)(sw\.js|404\.html|web\.config|\.[^/]*)$/;

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The files to precache and the version they make. */
export function precacheList(dist) {
  const files = listFiles(dist).filter((f) => !SKIP.test(f));
  if (!files.includes('index.html')) throw new Error(`${dist}: no index.html`);
  const h = createHash('sha256');
  for (const f of files) {
    h.update(f).update('\0').update(readFileSync(join(dist, f))).update('\0');
  }
  return { files, version: h.digest('hex').slice(0, 16) };
}

/** The service worker's source for that list. */
export function renderServiceWorker(template, { files, version }) {
  if (!template.includes("'__VERSION__'") || !template.includes("['__FILES__']")) {
    throw new Error('public/sw.js: the placeholders __VERSION__ and __FILES__ are missing');
  }
  const list = files.map((f) => JSON.stringify(f)).join(',\n  ');
  return template.replace("'__VERSION__'", JSON.stringify(version)).replace("['__FILES__']", `[\n  ${list},\n]`);
}

/** Marks the loader script in index.html so that boot.js registers the worker. */
export function markIndex(html, swPath = '/sw.js') {
  if (html.includes('data-sw=')) return html.replace(/data-sw=("[^"]*"|[^\s>]+)/, `data-sw="${swPath}"`);
  const marked = html.replace(/<script([^>]*\sdata-wasm=)/, `<script data-sw="${swPath}"$1`);
  if (marked === html) throw new Error('index.html: no loader script with data-wasm');
  return marked;
}

export function writeServiceWorker(dist) {
  const indexPath = join(dist, 'index.html');
  writeFileSync(indexPath, markIndex(readFileSync(indexPath, 'utf8')));
  const list = precacheList(dist);
  writeFileSync(join(dist, 'sw.js'), renderServiceWorker(readFileSync(TEMPLATE, 'utf8'), list));
  return list;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2];
  if (!dist) {
    console.error('usage: node scripts/service-worker.mjs <dist dir>');
    process.exit(2);
  }
  const { files, version } = writeServiceWorker(dist);
  const bytes = files.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
  console.log(`sw.js: version ${version}, ${files.length} files precached (${(bytes / 1024).toFixed(0)} KB uncompressed)`);
}
