// Unit tests of scripts/service-worker.mjs, which writes dist/sw.js from the bundle's files
// (no browser): the list holds every file the app can ask for and nothing else, the version
// follows every byte, and index.html is marked for registration.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { precacheList, renderServiceWorker, markIndex, writeServiceWorker, TEMPLATE } from '../../scripts/service-worker.mjs';

const INDEX = '<!DOCTYPE html><html><head><script type=module src=/boot.js data-js=/inkoopwijzer-0123456789abcdef.js data-wasm=/inkoopwijzer-0123456789abcdef_bg.wasm></script></head><body></body></html>';

function fixture() {
  const dir = mkdtempSync(join(tmpdir(), 'sw-fixture-'));
  const files = {
    'index.html': INDEX,
    'index.html.gz': 'gz',
    'index.html.br': 'br',
    'boot.js': 'boot',
    'inkoopwijzer-0123456789abcdef.js': 'js',
    'inkoopwijzer-0123456789abcdef_bg.wasm': 'wasm',
    'split_bids_chunk-fedcba9876543210.wasm': 'chunk',
    'chunk_3-00112233445566ff.wasm': 'shared chunk',
    'app-aaaaaaaaaaaaaaaa.css': 'css',
    'manifest.webmanifest': '{}',
    'icon-192.png': 'png',
    'sw.js': 'old worker',
    '404.html': INDEX,
    '.htaccess': 'apache',
    '.nojekyll': '',
    'web.config': 'iis',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  mkdirSync(join(dir, 'snippets'));
  writeFileSync(join(dir, 'snippets', 'x.js'), 'snippet');
  return dir;
}

test('the precache list holds every file the app asks for, chunks included, and nothing for hosts', () => {
  const dir = fixture();
  try {
    const { files } = precacheList(dir);
    assert.deepEqual(files, [
      'app-aaaaaaaaaaaaaaaa.css', 'boot.js', 'chunk_3-00112233445566ff.wasm', 'icon-192.png', 'index.html',
      'inkoopwijzer-0123456789abcdef.js', 'inkoopwijzer-0123456789abcdef_bg.wasm', 'manifest.webmanifest',
      'snippets/x.js', 'split_bids_chunk-fedcba9876543210.wasm',
    ]);
    assert.equal(new Set(files).size, files.length, 'no duplicates');
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('the version changes when any precached file changes, and only then', () => {
  const dir = fixture();
  try {
    const v1 = precacheList(dir).version;
    assert.match(v1, /^[0-9a-f]{16}$/);
    writeFileSync(join(dir, 'index.html.gz'), 'other gz'); // not precached
    assert.equal(precacheList(dir).version, v1);
    writeFileSync(join(dir, 'chunk_3-00112233445566ff.wasm'), 'changed');
    assert.notEqual(precacheList(dir).version, v1);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('sw.js is the template with the list and version filled in, and index.html is marked', () => {
  const dir = fixture();
  try {
    const { files, version } = writeServiceWorker(dir);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    assert.ok(sw.includes(`const VERSION = "${version}";`));
    assert.ok(!sw.includes('__FILES__') && !sw.includes('__VERSION__'));
    for (const f of files) assert.ok(sw.includes(JSON.stringify(f)), f);
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    assert.match(index, /<script data-sw="\/sw.js" type=module src=\/boot.js/);
    // Marking twice does not add a second attribute, and the version is over the marked page.
    assert.equal(markIndex(index), index);
    assert.equal(precacheList(dir).version, version);
    assert.throws(() => renderServiceWorker('no placeholders', { files, version }), /placeholders/);
    assert.throws(() => markIndex('<html></html>'), /data-wasm/);
    // The real template parses as JavaScript once filled in.
    new Function(renderServiceWorker(readFileSync(TEMPLATE, 'utf8'), { files, version }).replace(/^'use strict';/m, ''));
  } finally {
    rmSync(dir, { recursive: true });
  }
});
