// Prerenders the start page into dist/index.html, so that a visitor on a slow line reads it
// as soon as the HTML and the stylesheet are in, seconds before the WebAssembly app is.
//
// Usage: node scripts/prerender.mjs DIST
//
// Run by scripts/build after the split and before the service worker, the hosts' files and the
// compression (they all read the final index.html). It serves DIST (tests/e2e/server.mjs), opens
// the app in headless Chromium with empty storage, once in Dutch and once in English, waits until
// the start page has rendered, and copies what the app drew into index.html:
//
//   <div id="prerendered-nl" class="prerendered" lang="nl" inert aria-hidden="true" hidden>…</div>
//   <div id="prerendered-en" class="prerendered" lang="en" inert aria-hidden="true" hidden>…</div>
//
// The copies are the app's own rendering (no second spelling of any text), minus everything
// that depends on this browser's state (OMIT: the list of stored dossiers, the save status, the
// storage and offline notices). As written they are `inert`, `aria-hidden` and `hidden`, their
// buttons disabled: a browser that does not run boot.js shows and offers nothing of them.
// public/boot.js shows one of them (the language the user chose, on the start page's address
// only: every other address gets the same index.html) and the loading note beside it, makes it
// usable, and carries out what the visitor typed and chose in it once the app is in;
// src/app.rs removes both the moment before the app mounts, so the page the user then works
// with is the live one, never the copy. The copy is plain HTML: no script, no event
// handler, no style attribute (the Content-Security-Policy allows neither), which is checked
// here before anything is written.
//
// Run it through scripts/build, not on its own: the service worker's list, 404.html and the
// .br/.gz copies are made from index.html after it. Chromium comes from $CHROMIUM or
// /usr/bin/chromium (scripts/setup installs Debian's).

import { realpathSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/server.mjs';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage'];

/**
 * The parts of the rendered page that depend on what this browser holds or does. (The header's
 * save status stays, as the app draws it, for the space it takes: without it the header of a
 * phone would grow by a line at the mount. style/main.css hides it in the copy.)
 */
export const OMIT = [
  '.storage-banners', // storage problems of this browser
  '.save-dock', // save messages
  '.update-banner', // a newer version waiting
  '.installed-empty', // an installed app with empty storage
  '.list-notice', // messages of the dossier list
  '.list-reading', // "Dossiers worden gelezen…": the state of this browser's storage
  '#dossier-table', // the stored dossiers themselves
  '.button-row:has(#export-all)', // backup of all dossiers: enabled by what is stored
  '.app-status', // the version's offline state
];

/** The body's own children in index.html (everything else was drawn by the app). */
const STATIC_IDS = ['boot-message', 'fatal', 'prerendered-nl', 'prerendered-en'];

/** Removes earlier copies, so that running this twice gives the same file. */
export function withoutPrerendered(html) {
  return html.replace(/<div id="prerendered-(nl|en)"[^>]*>[\s\S]*?<!--\/prerendered-\1-->/g, '');
}

/** Checks that a copy is plain, inert HTML the CSP lets through; returns the problems. */
export function problems(html) {
  const found = [];
  if (/<script/i.test(html)) found.push('a <script> element');
  if (/\sstyle\s*=/i.test(html)) found.push('a style attribute (blocked by the CSP)');
  if (/\son[a-z]+\s*=/i.test(html)) found.push('an inline event handler');
  if (/<iframe|<object|<embed/i.test(html)) found.push('an embedded document');
  if (/<!--\/?prerendered/.test(html)) found.push('a prerender marker inside the copy');
  return found;
}

/**
 * Wraps one language's copy for index.html; the end marker lets a later run find it.
 * `aria-hidden` as well as `inert`, for browsers that run the app's modules but predate `inert`.
 */
export function wrap(lang, inner) {
  return `<div id="prerendered-${lang}" class="prerendered" lang="${lang}" inert aria-hidden="true" hidden>${inner}</div><!--/prerendered-${lang}-->`;
}

/** What every copy must hold: the start page's heading, its panels, the demo cases. */
export const REQUIRED = ['id="start-title"', 'id="import-title"', 'id="share-title"', 'id="demos"', 'class="list-loading"'];

async function render(browser, origin, lang) {
  // English is the user's saved choice (the app's settings), as a returning user has it.
  const storageState = lang === 'en'
    ? { cookies: [], origins: [{ origin, localStorage: [{ name: 'inkoopwijzer:settings', value: '{"lang":"En"}' }] }] }
    : undefined;
  const context = await browser.newContext({ locale: 'nl-NL', serviceWorkers: 'block', storageState });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: 60000 });
    await page.waitForSelector('#start-title');
    await page.waitForSelector('#demos .demo-card');
    // The start page's panels whose code arrives after the first render (import, sharing):
    // waited for by name, as the network may have been idle before their fetch started.
    await page.waitForSelector('#import-title', { timeout: 60000 });
    await page.waitForSelector('#share-title', { timeout: 60000 });
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    const html = await page.evaluate(({ omit, staticIds }) => {
      const out = document.createElement('div');
      for (const el of document.body.children) {
        if (staticIds.includes(el.id) || el.matches('noscript, script, .file-notice')) continue;
        out.append(el.cloneNode(true));
      }
      // Where the list of stored dossiers (or "no dossiers yet") will be, a line that
      // public/boot.js fills with the loading note's words.
      const empty = out.querySelector('.list-empty');
      if (empty) {
        const slot = document.createElement('p');
        slot.className = 'list-loading';
        empty.replaceWith(slot);
      }
      for (const sel of omit) for (const el of out.querySelectorAll(sel)) el.remove();
      // Leptos' empty comment markers mean nothing without the running app.
      const walker = document.createTreeWalker(out, NodeFilter.SHOW_COMMENT);
      const comments = [];
      while (walker.nextNode()) comments.push(walker.currentNode);
      for (const c of comments) c.remove();
      // As written, nothing in the copy can be used or sent (boot.js enables what it takes over).
      for (const el of out.querySelectorAll('button, input, select, textarea')) el.setAttribute('disabled', '');
      return out.innerHTML;
    }, { omit: OMIT, staticIds: STATIC_IDS });
    if (errors.length) throw new Error(`the ${lang} start page reported errors:\n${errors.join('\n')}`);
    const missing = REQUIRED.filter((r) => !html.includes(r));
    if (missing.length) throw new Error(`the ${lang} copy of the start page lacks ${missing.join(', ')}`);
    return html;
  } finally {
    await context.close();
  }
}

async function main() {
  const dist = process.argv[2];
  if (!dist) {
    console.error('usage: node scripts/prerender.mjs DIST');
    process.exit(2);
  }
  const indexPath = join(dist, 'index.html');
  const index = withoutPrerendered(await readFile(indexPath, 'utf8'));
  const server = await startServer(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const copies = [];
  try {
    for (const lang of ['nl', 'en']) {
      const html = await render(browser, server.origin, lang);
      const found = problems(html);
      if (found.length) throw new Error(`the ${lang} copy of the start page has ${found.join(', ')}`);
      copies.push(wrap(lang, html));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const anchor = '</body>';
  const at = index.lastIndexOf(anchor);
  if (at < 0) throw new Error(`${indexPath}: no ${anchor} to put the start page before`);
  const out = index.slice(0, at) + copies.join('') + index.slice(at);
  await writeFile(indexPath, out);
  const sizes = copies.map((c) => `${(Buffer.byteLength(c) / 1024).toFixed(1)} KB`).join(' + ');
  console.log(`Prerendered the start page into ${indexPath} (Dutch + English: ${sizes}, before compression)`);
}

if (process.argv[1] && realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url))) {
  main().catch((err) => {
    console.error(`scripts/prerender.mjs: ${err.stack || err}`);
    process.exit(1);
  });
}
