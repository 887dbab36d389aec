// End-to-end: the prerendered start page (scripts/prerender.mjs). index.html carries the start
// page as the app renders it, in Dutch and English, inert and hidden; public/boot.js shows the
// user's language on the start page's address while the app loads, and the app removes both
// copies the moment before it mounts. The tests hold the main module back to look at the page
// in between, as a visitor on a slow line sees it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, DIST } from './lib.mjs';
import { OMIT, problems } from '../../scripts/prerender.mjs';

const MAIN_WASM = /\/inkoopwijzer-[0-9a-f]+_bg\.wasm$/;
const INDEX = readFileSync(join(DIST, 'index.html'), 'utf8');

/** The copy of one language, as written into index.html. */
function copyOf(lang) {
  const m = INDEX.match(new RegExp(`<div id="prerendered-${lang}"([^>]*)>([\\s\\S]*?)</div><!--/prerendered-${lang}-->`));
  assert.ok(m, `index.html has the ${lang} copy of the start page`);
  return { attrs: m[1], html: m[2] };
}

/** Reloads the page at `path` with the main module held back; returns the release function. */
async function loadHeld(app, path) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await app.page.route(MAIN_WASM, async (route) => { await held; await route.continue(); });
  await app.page.goto(app.origin + path, { waitUntil: 'domcontentloaded' });
  return release;
}

test('index.html carries the start page in both languages: inert, hidden, plain HTML', () => {
  for (const [lang, title, empty] of [
    ['nl', 'Re-integratietrajecten inkopen die werken', 'U hebt nog geen dossiers'],
    ['en', 'Buying re-integration trajectories that work', 'You have no dossiers yet'],
  ]) {
    const { attrs, html } = copyOf(lang);
    assert.match(attrs, /\binert\b/);
    assert.match(attrs, /\bhidden\b/);
    assert.match(attrs, new RegExp(`lang="${lang}"`));
    assert.deepEqual(problems(html), [], `the ${lang} copy is plain HTML the CSP allows`);
    assert.ok(html.includes(title), `the ${lang} copy has the start page's heading`);
    assert.ok(html.includes('id="demos"'), `the ${lang} copy has the demo cases`);
    // What this browser holds is not in a copy made in another one.
    assert.ok(!html.includes(empty), `the ${lang} copy does not claim there are no dossiers`);
    for (const cls of ['save-tools', 'storage-banners', 'app-status', 'list-empty']) {
      assert.ok(!html.includes(`class="${cls}"`), `the ${lang} copy has no .${cls}`);
    }
    assert.ok(!/<button(?![^>]*\bdisabled\b)[^>]*>/.test(html), `every button in the ${lang} copy is disabled`);
  }
  assert.ok(OMIT.length > 5);
});

test('a slow line shows the start page before the app is in; the app then replaces it', async () => {
  const app = await openApp('/');
  try {
    const release = await loadHeld(app, '/');
    const page = app.page;
    const copy = page.locator('#prerendered-nl');
    await copy.waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(await page.locator('#prerendered-en').isVisible(), false);
    assert.equal(await page.getAttribute('html', 'class').then((c) => /prerender-shown/.test(c || '')), true);
    assert.equal(await page.locator('#boot-message').isVisible(), true, 'the loading note stays in view');
    assert.equal(await page.evaluate(() => performance.getEntriesByName('app-ready').length), 0);
    await app.screenshot('prerender-held');
    // Inert: a click on a demo's button does nothing, and nothing can be focused in it.
    await page.locator('#prerendered-nl [data-demo="apeldoorn"]').click({ force: true, timeout: 2000 });
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => !!document.activeElement?.closest('.prerendered')), false);
    assert.equal(app.path(), '/');
    release();
    await app.waitReady();
    assert.equal(await page.locator('.prerendered').count(), 0, 'both copies are gone once the app is up');
    assert.equal(await page.locator('#start-title').count(), 1, 'one start page, the live one');
    assert.equal(await page.getAttribute('html', 'class').then((c) => /prerender-shown/.test(c || '')), false);
    assert.equal(await page.locator('#boot-message').count(), 0);
    // The live page works.
    await page.locator('#new-dossier-name').fill('Na het laden');
    await page.locator('#create-dossier').click();
    await app.page.waitForURL(/\/dossier\/[^/]+\/stap\//);
    await app.expectClean();
  } finally {
    await app.close();
  }
});

test('English users see the English copy; other addresses see none', async () => {
  const app = await openApp('/', { localStorage: { 'inkoopwijzer:settings': '{"lang":"En"}' } });
  try {
    let release = await loadHeld(app, '/');
    await app.page.locator('#prerendered-en').waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(await app.page.locator('#prerendered-nl').isVisible(), false);
    assert.equal(await app.page.getAttribute('html', 'lang'), 'en');
    assert.equal(await app.page.locator('#boot-message').textContent(), 'Inkoopwijzer is loading…');
    release();
    await app.waitReady();
    await app.page.unroute(MAIN_WASM);
    // A deep link gets the same index.html, but not the start page's copy.
    release = await loadHeld(app, '/stappen');
    await app.page.locator('#boot-message').waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(await app.page.locator('.prerendered:visible').count(), 0);
    release();
    await app.waitReady();
    await app.expectHeading('The nine steps of a purchase');
    await app.expectClean();
  } finally {
    await app.close();
  }
});

test('a main module that cannot load shows the message, not the inert copy', async () => {
  const app = await openApp('/');
  try {
    await app.page.route(MAIN_WASM, (route) => route.abort('internetdisconnected'));
    await app.page.goto(app.origin + '/', { waitUntil: 'domcontentloaded' });
    await app.page.locator('#fatal').waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal(await app.page.locator('.prerendered:visible').count(), 0);
    // What the test caused is not a problem of the app.
    app.problems = app.problems.filter((p) => !/inkoopwijzer-[0-9a-f]+_bg\.wasm|Failed to fetch|WebAssembly|fetch/i.test(p.text));
  } finally {
    await app.close();
  }
});
