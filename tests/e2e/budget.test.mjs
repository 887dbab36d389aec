// The start page's first load, from the release bundle's files: deterministic, so it is a test,
// not a timing. The ceiling is a ratchet: it is the size reached so far plus a little room,
// lowered as the main module shrinks, until the goal of issue 11 (150 KB gzip) is reached.
// scripts/bench measures the same load from the network log.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, ROOT } from './lib.mjs';

// KB gzip. Reached on 2026-12-06 with the screens split off: about 432 KB. Raised the same day
// to 485 (measured 479.1) for what the start page itself gained: the offline status and update
// banner, the save dock that keeps warnings in view, the projector switch, source references
// and the dossier fields of the fidelity and merge work (the texts live in the main module's
// data; see the note on issue 11 for where the rest of the main module goes). Raised again on
// the evening of 2026-12-06 to 515 (measured 510.2): this stop's features put code in the main
// module that the start page reaches: the dossier reader for the new fields (submission
// arrangements, budget periods, the settlement rule, the scoring round and score sheets), the
// import's recognition of packages and sheets, and step statuses with the new open points for
// the dossier list. Their texts went into chunks. Not a step towards the goal.
// Lowered on the evening of 2026-12-06 to 360 (measured 353.7): the start page lists the dossiers
// from a summary in each stored envelope, and the dossier reader and writer, the full reading
// with its quarantine, and the import panel are chunks of their own (README, "Code splitting").
// Lowered on the night of 2026-12-06 to 352 (measured 348.3): the link module is smaller since
// the shared chunks are merged into packs (scripts/wasm-packs.mjs).
// Raised on the night of 2026-12-07 to 358 (measured 354.3): index.html carries the start page
// prerendered in Dutch and English (scripts/prerender.mjs), 5.5 KB gzip, so that it can be read
// after the few KB counted by the second test below. Not a step towards the goal either.
// Lowered on the morning of 2026-12-07 to 357 (measured 354.4): boot.js and fallback.js go out
// without their comment lines (scripts/strip-comments.mjs).
const CEILING_KB = 357;
const GOAL_KB = 150;
// What a visitor needs to read the prerendered start page: index.html, its stylesheet and the
// loader that shows the copy (measured 18.7 KB gzip on the night of 2026-12-07), and since the
// morning of 2026-12-07 fallback.js, which now runs before the loader so that its message is
// there should the app fail to load (20.7 KB measured, with the loader carrying out what is
// chosen in the copy, both loaders without their comment lines).
const READABLE_CEILING_KB = 21;

/// The files the start page loads before it is ready: index.html, what it links and preloads,
/// the loader's module and wasm (data-js, data-wasm), and the link module of the split chunks.
function firstLoadFiles() {
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  const names = new Set(['index.html']);
  for (const m of index.matchAll(/(?:href|src|data-js|data-wasm)=["']?\/?([^"' >]+)/g)) {
    const name = m[1];
    if (/\.(css|js|wasm)$/.test(name) && existsSync(join(DIST, name))) names.add(name);
  }
  return [...names];
}

const gzipKb = (name) => {
  const gz = join(DIST, `${name}.gz`);
  const bytes = existsSync(gz) ? readFileSync(gz).length : gzipSync(readFileSync(join(DIST, name)), { level: 9 }).length;
  return bytes / 1024;
};

test(`the start page's first load stays under its ceiling (${CEILING_KB} KB gzip; goal ${GOAL_KB})`, () => {
  const files = firstLoadFiles();
  assert.ok(files.some((f) => f.endsWith('.wasm')), `the main wasm is among ${files.join(', ')}`);
  assert.ok(files.some((f) => f.startsWith('__wasm_split-')), 'the link module is preloaded');
  assert.ok(!files.some((f) => /^(split|chunk)_/.test(f)), 'no chunk is part of the first load');
  const sizes = files.map((f) => [f, gzipKb(f)]);
  const total = sizes.reduce((sum, [, kb]) => sum + kb, 0);
  console.log(`first load: ${total.toFixed(1)} KB gzip in ${files.length} files\n` +
    sizes.map(([f, kb]) => `  ${kb.toFixed(1).padStart(7)}  ${f}`).join('\n'));
  assert.ok(total <= CEILING_KB, `first load ${total.toFixed(1)} KB gzip is over the ceiling of ${CEILING_KB} KB`);
});

test(`the prerendered start page is readable after ${READABLE_CEILING_KB} KB gzip at most`, () => {
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.ok(index.includes('id="prerendered-nl"'), 'index.html carries the prerendered start page');
  const css = [...index.matchAll(/href=["']?\/?([^"' >]+\.css)/g)].map((m) => m[1]);
  assert.equal(css.length, 1, 'one stylesheet');
  // Deferred scripts run in the page's order: fallback.js before boot.js, which shows the copy.
  assert.ok(index.indexOf('/fallback.js') < index.indexOf('/boot.js'), 'fallback.js comes first');
  const files = ['index.html', ...css, 'fallback.js', 'boot.js'];
  const total = files.reduce((sum, f) => sum + gzipKb(f), 0);
  console.log(`readable start page: ${total.toFixed(1)} KB gzip (${files.join(', ')})`);
  assert.ok(total <= READABLE_CEILING_KB, `${total.toFixed(1)} KB gzip is over ${READABLE_CEILING_KB} KB`);
});

test('the loaders go out without their comment lines, and still hold all their code', async () => {
  const { stripLineComments } = await import('../../scripts/strip-comments.mjs');
  // A line that looks like a comment inside a template literal is text, and stays.
  assert.equal(stripLineComments('// a\nconst s = `x\n// kept\n`;\n  // b\nf(); // c'),
    'const s = `x\n// kept\n`;\nf(); // c');
  // Where a line could be misjudged, it refuses instead of guessing.
  assert.throws(() => stripLineComments('const s = "a\\\n// b";'), /backslash/);
  assert.throws(() => stripLineComments("const q = '`';\n// c"), /template literal/);
  for (const name of ['boot.js', 'fallback.js']) {
    const shipped = readFileSync(join(DIST, name), 'utf8');
    const source = readFileSync(join(ROOT, 'public', name), 'utf8');
    assert.ok(!/^\s*\/\//m.test(shipped), `dist/${name} has no comment line`);
    assert.equal(shipped, stripLineComments(source), `dist/${name} is public/${name} without its comment lines`);
  }
});
