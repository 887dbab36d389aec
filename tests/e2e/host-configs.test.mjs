// The host configurations in deploy/ and the host files in dist/, read as files (what they do
// over HTTP is hosts.test.mjs, run against server.mjs and, by scripts/test, a real nginx):
// - every configuration sends exactly the Content-Security-Policy of index.html's <meta>
//   (after changing it, `scripts/host-files --sync-csp` copies it into all of them);
// - they all cache by the same content-hash pattern, and that pattern covers the bundle's
//   heavy files;
// - scripts/host-files wrote 404.html, .htaccess and .nojekyll into dist/;
// - deploy/iis-web.config, which cannot be run here, is well-formed XML without the mistakes
//   that make IIS refuse a web.config (duplicate entries, missing preconditions).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DIST, ROOT } from './lib.mjs';
import { CONFIGS, CSP_IN_CONFIG, DEPLOY } from './hosts.mjs';
import { HASHED, cspMeta } from './server.mjs';

const SOURCE_POLICY = cspMeta(readFileSync(join(ROOT, 'index.html'), 'utf8'));
const DIST_POLICY = cspMeta(readFileSync(join(DIST, 'index.html'), 'utf8'));
const config = (name) => readFileSync(join(DEPLOY, name), 'utf8');

test('every configuration in deploy/ sends the Content-Security-Policy of index.html', () => {
  assert.ok(SOURCE_POLICY, 'index.html has a Content-Security-Policy <meta>');
  assert.equal(DIST_POLICY, SOURCE_POLICY, 'dist/index.html has the policy of index.html (rebuild dist/: scripts/build)');
  for (const name of CONFIGS) {
    const found = [...config(name).matchAll(CSP_IN_CONFIG)].map((m) => m[2]);
    assert.equal(found.length, 1, `deploy/${name}: one Content-Security-Policy header`);
    assert.equal(found[0], SOURCE_POLICY,
      `deploy/${name}: the header equals index.html's <meta> (scripts/host-files --sync-csp copies it)`);
  }
});

test('every configuration caches by the same content-hash pattern, which covers the heavy files', () => {
  for (const name of CONFIGS) {
    assert.ok(config(name).includes(HASHED.source), `deploy/${name} uses ${HASHED.source} (server.mjs's HASHED)`);
  }
  // The code and the stylesheet carry a hash (a year in the browser's cache); the files that
  // keep their name from one version to the next must not look as if they did.
  const unhashed = ['index.html', '404.html', 'boot.js', 'fallback.js', 'sw.js', 'manifest.webmanifest'];
  const names = readdirSync(DIST).filter((f) => /\.(wasm|js|css)$/.test(f) && !unhashed.includes(f));
  assert.ok(names.some((f) => f.endsWith('_bg.wasm')) && names.some((f) => f.endsWith('.css')), `code in dist/: ${names}`);
  for (const name of names) assert.match(name, HASHED, `${name} carries a content hash`);
  for (const name of unhashed) assert.doesNotMatch(name, HASHED, `${name} is not taken for a hashed name`);
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  for (const attr of ['data-js', 'data-wasm']) {
    const value = new RegExp(`\\b${attr}="?/?([^"\\s>]+)`).exec(html)?.[1];
    assert.match(basename(value || ''), HASHED, `index.html's ${attr} (${value}) carries a content hash`);
  }
});

test('scripts/host-files wrote 404.html, .htaccess and .nojekyll into dist/', () => {
  assert.ok(readFileSync(join(DIST, '404.html')).equals(readFileSync(join(DIST, 'index.html'))), '404.html is index.html');
  assert.equal(readFileSync(join(DIST, '.htaccess'), 'utf8'), config('apache.htaccess'), '.htaccess is deploy/apache.htaccess');
  assert.ok(existsSync(join(DIST, '.nojekyll')), '.nojekyll');
  assert.ok(!existsSync(join(DIST, 'web.config')), 'no web.config in dist/ (IIS refuses it without URL Rewrite)');
});

/**
 * A small XML reader for the checks below: the elements in document order as
 * `{ name, attrs, parent }`. Throws on anything not well-formed (unbalanced or crossed tags, an
 * unquoted or repeated attribute, a bare `<` or `&` in text).
 */
function parseXml(text) {
  const elements = [];
  const open = [];
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let m;
  let rootSeen = false;
  while ((m = token.exec(text))) {
    const [, close, name, attrText, selfClosing, chars, stray] = m;
    const line = text.slice(0, m.index).split('\n').length;
    if (stray) throw new Error(`line ${line}: a '<' that starts no tag`);
    if (chars !== undefined) {
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(chars)) throw new Error(`line ${line}: a bare '&'`);
      if (open.length === 0 && chars.trim()) throw new Error(`line ${line}: text outside the root element`);
    } else if (close) {
      const top = open.pop();
      if (!top || top.name !== close) throw new Error(`line ${line}: </${close}> closes <${top?.name}>`);
    } else if (name) {
      if (open.length === 0 && rootSeen) throw new Error(`line ${line}: a second root element <${name}>`);
      rootSeen = true;
      const attrs = {};
      for (const [, key, value] of attrText.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
        if (key in attrs) throw new Error(`line ${line}: <${name}> repeats ${key}`);
        if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(value)) throw new Error(`line ${line}: a bare '&' in ${key}`);
        attrs[key] = value;
      }
      const el = { name, attrs, parent: open.at(-1) || null };
      elements.push(el);
      if (!selfClosing) open.push(el);
    }
  }
  if (open.length) throw new Error(`<${open.at(-1).name}> is never closed`);
  if (!rootSeen) throw new Error('no root element');
  return elements;
}

test('the XML reader used below finds the mistakes it is meant to find', () => {
  assert.equal(parseXml('<?xml version="1.0"?><a><b c="1" /><!-- x --></a>').length, 2);
  for (const bad of ['<a><b></a></b>', '<a>', '<a c=1></a>', '<a c="1" c="2"></a>', '<a>x & y</a>', '<a></a><b></b>', '<a><</a>']) {
    assert.throws(() => parseXml(bad), undefined, bad);
  }
});

test('deploy/iis-web.config is well-formed and free of what makes IIS refuse a web.config', () => {
  const elements = parseXml(config('iis-web.config'));
  const named = (name, parentName) => elements.filter((e) => e.name === name && (!parentName || e.parent?.name === parentName));

  // Adding a MIME type or header that the server already defines is error 500.19 unless the
  // entry is removed first.
  for (const [section, key] of [['staticContent', 'fileExtension'], ['customHeaders', 'name']]) {
    const children = elements.filter((e) => e.parent?.name === section);
    children.forEach((el, i) => {
      if (el.name !== 'mimeMap' && !(section === 'customHeaders' && el.name === 'add')) return;
      const removed = children.slice(0, i).some((r) => r.name === 'remove' && r.attrs[key] === el.attrs[key]);
      assert.ok(removed, `<${el.name} ${key}="${el.attrs[key]}"> in <${section}> is preceded by its <remove>`);
    });
    const keys = children.filter((e) => e.name !== 'remove').map((e) => e.attrs[key]);
    assert.equal(new Set(keys).size, keys.length, `no ${key} twice in <${section}>`);
  }
  const mime = Object.fromEntries(named('mimeMap').map((e) => [e.attrs.fileExtension, e.attrs.mimeType]));
  assert.equal(mime['.wasm'], 'application/wasm');
  assert.equal(mime['.webmanifest'], 'application/manifest+json');

  // Rule names are unique per collection; every precondition a rule names exists.
  for (const parent of ['rules', 'outboundRules']) {
    const names = named('rule', parent).map((r) => r.attrs.name);
    assert.equal(new Set(names).size, names.length, `rule names in <${parent}> are unique`);
  }
  const preconditions = new Set(named('preCondition').map((p) => p.attrs.name));
  for (const rule of named('rule', 'outboundRules')) {
    assert.ok(preconditions.has(rule.attrs.preCondition), `outbound rule "${rule.attrs.name}" has its precondition`);
  }

  // The regular expressions are valid, and the page rule takes exactly the paths without an
  // extension (IIS matches the path without its leading slash).
  for (const el of elements) {
    for (const key of ['url', 'pattern']) {
      if (el.attrs[key] !== undefined && (el.name === 'match' || el.name === 'add')) {
        assert.doesNotThrow(() => new RegExp(el.attrs[key]), `${el.name} ${key}="${el.attrs[key]}"`);
      }
    }
  }
  const page = new RegExp(named('match').find((e) => e.parent?.attrs.name === 'Inkoopwijzer page').attrs.url);
  for (const path of ['', 'stappen/3-bestek', 'dossier/d-19af0c2b3e1f4a2b/stap/3-bestek', 'leren/']) {
    assert.match(path, page, `"${path}" is a page of the app`);
  }
  for (const path of ['sw.js', 'boot.js', 'inkoopwijzer-46cc36b96a4415ba_bg.wasm', 'a/missing.css', 'manifest.webmanifest']) {
    assert.doesNotMatch(path, page, `"${path}" is a file, never index.html`);
  }
});
