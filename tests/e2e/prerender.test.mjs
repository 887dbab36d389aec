// End-to-end: the prerendered start page (scripts/prerender.mjs). index.html carries the start
// page as the app renders it, in Dutch and English, inert and hidden; public/boot.js shows the
// user's language on the start page's address while the app loads, and the app removes both
// copies the moment before it mounts. The tests hold the main module back to look at the page
// in between, as a visitor on a slow line sees it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, DIST, fileTransfer, dispatchDrag } from './lib.mjs';
import { OMIT, REQUIRED, problems } from '../../scripts/prerender.mjs';

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
    assert.match(attrs, /aria-hidden="true"/);
    assert.match(attrs, /\bhidden\b/);
    assert.match(attrs, new RegExp(`lang="${lang}"`));
    assert.deepEqual(problems(html), [], `the ${lang} copy is plain HTML the CSP allows`);
    assert.ok(html.includes(title), `the ${lang} copy has the start page's heading`);
    for (const r of REQUIRED) assert.ok(html.includes(r), `the ${lang} copy has ${r}`);
    // What this browser holds is not in a copy made in another one.
    assert.ok(!html.includes(empty), `the ${lang} copy does not claim there are no dossiers`);
    for (const cls of ['storage-banners', 'app-status', 'list-empty', 'list-reading']) {
      assert.doesNotMatch(html, new RegExp(`class="[^"]*\\b${cls}\\b`), `the ${lang} copy has no .${cls}`);
    }
    assert.ok(!html.includes('id="dossier-table"'));
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
    assert.equal(await page.locator('#prerendered-en').count(), 0, 'the other copy is gone: no id twice');
    assert.equal(await page.locator('#prerendered-nl .list-loading').textContent(), 'Inkoopwijzer wordt geladen…');
    assert.equal(await page.getAttribute('html', 'class').then((c) => /prerender-shown/.test(c || '')), true);
    assert.equal(await page.locator('#boot-message').isVisible(), true, 'the loading note stays in view');
    // The save status keeps its place (the header does not grow at the mount) but says nothing.
    assert.equal(await page.locator('#prerendered-nl .save-tools').count(), 1);
    assert.equal(await page.locator('#prerendered-nl .save-status').isVisible(), false);
    const headerHeld = await page.locator('#prerendered-nl .site-header').boundingBox();
    assert.equal(await page.evaluate(() => performance.getEntriesByName('app-ready').length), 0);
    // What the visitor does in the copy waits for the app: a link chosen loads nothing yet,
    // what is typed stays, and the last choice (here the new dossier, after a link) is marked.
    await page.locator('#prerendered-nl #new-dossier-name').fill('Gekozen vóór het laden');
    await page.locator('#prerendered-nl .main-nav a[href="/stappen"]').click();
    await page.locator('#prerendered-nl #create-dossier').click();
    await page.waitForTimeout(300);
    assert.equal(app.path(), '/', 'nothing is loaded or sent from the copy');
    assert.equal(await page.locator('#prerendered-nl .prerender-chosen').count(), 1);
    assert.equal(await page.getAttribute('#prerendered-nl #create-dossier', 'class'), 'prerender-chosen');
    assert.match(await page.locator('#boot-message').textContent(), /wat u koos volgt zodra het er is/);
    await app.screenshot('prerender-held');
    release();
    await app.waitReady();
    assert.equal(await page.locator('.prerendered').count(), 0, 'both copies are gone once the app is up');
    assert.equal(await page.getAttribute('html', 'class').then((c) => /prerender-shown/.test(c || '')), false);
    assert.equal(await page.locator('#boot-message').count(), 0);
    // The choice is carried out on the live page, with the name typed in the copy.
    await app.page.waitForURL(/\/dossier\/[^/]+\/stap\//);
    await app.page.getByText('Gekozen vóór het laden').first().waitFor({ timeout: 10_000 });
    const headerLive = await page.locator('.site-header').boundingBox();
    assert.equal(headerLive.height, headerHeld.height, 'the header keeps its height at the mount');
    await app.expectClean();
  } finally {
    await app.close();
  }
});

test('English users see the English copy; other addresses see none', async () => {
  // On a phone: the header wraps, and must not grow when the app replaces the copy.
  const app = await openApp('/', {
    localStorage: { 'inkoopwijzer:settings': '{"lang":"En"}' }, viewport: { width: 375, height: 667 },
  });
  try {
    let release = await loadHeld(app, '/');
    await app.page.locator('#prerendered-en').waitFor({ state: 'visible', timeout: 10_000 });
    const headerHeld = await app.page.locator('#prerendered-en .site-header').boundingBox();
    assert.equal(await app.page.locator('#prerendered-nl').count(), 0);
    assert.equal(await app.page.getAttribute('html', 'lang'), 'en');
    assert.equal(await app.page.locator('#boot-message').textContent(), 'Inkoopwijzer is loading…');
    release();
    await app.waitReady();
    const headerLive = await app.page.locator('.site-header').boundingBox();
    assert.equal(headerLive.height, headerHeld.height, 'the phone header keeps its height at the mount');
    await app.page.unroute(MAIN_WASM);
    // A deep link gets the same index.html, but not the start page's copy.
    release = await loadHeld(app, '/stappen');
    await app.page.locator('#boot-message').waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(await app.page.locator('.prerendered').count(), 0, 'no copy on another address');
    release();
    await app.waitReady();
    await app.expectHeading('The nine steps of a purchase');
    await app.expectClean();
  } finally {
    await app.close();
  }
});

test('projector mode shows in the copy, and a file dropped on it is refused', async () => {
  const app = await openApp('/', { localStorage: { 'inkoopwijzer:settings': '{"projector":true}' } });
  try {
    const release = await loadHeld(app, '/');
    const page = app.page;
    await page.locator('#prerendered-nl').waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await page.getAttribute('html', 'class'), /\bprojector\b/);
    assert.equal(await page.getAttribute('#prerendered-nl #projector-switch', 'aria-pressed'), 'true');
    // A file dragged from the file manager onto the copy's drop zone: the browser must not
    // open it in place of the app.
    const refused = await dispatchDrag(page, '#prerendered-nl #import-drop',
      await fileTransfer(page, 'back-up.json', '{}'), ['dragover', 'drop']);
    assert.deepEqual(refused, { dragover: true, drop: true, effect: 'none' });
    // A button without an id is found again by a class only it has: the language switch,
    // chosen in the copy, switches the live page to English, and keeps the focus.
    await page.locator('#prerendered-nl .lang-switch').click();
    assert.equal(await page.getAttribute('html', 'lang'), 'nl', 'nothing switches before the app is in');
    // The file chooser waits for the app, and says so.
    // (Playwright holds a label of a disabled field for disabled; a visitor's click lands.)
    await page.locator('#prerendered-nl label[for="import-file"]').click({ force: true });
    assert.match(await page.locator('#boot-message').textContent(), /kies het bestand zodra het er is/);
    release();
    await app.waitReady();
    await app.expectHeading('Buying re-integration trajectories that work');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('lang-switch')), true);
    assert.match(await page.getAttribute('html', 'class'), /\bprojector\b/, 'the app keeps projector mode');
    await page.locator('.lang-switch').click();
    await app.expectHeading('Re-integratietrajecten inkopen die werken');
    await app.expectClean();
  } finally {
    await app.close();
  }
});

// Opens `path` with both the main module and fallback.js failing, and waits until the loading
// note matches `note` (boot.js's own message, the only one left).
async function failWithoutFallback(app, path, note) {
  await app.page.route(MAIN_WASM, (route) => route.abort('internetdisconnected'));
  await app.page.route('**/fallback.js', (route) => route.abort('internetdisconnected'));
  await app.page.goto(app.origin + path, { waitUntil: 'domcontentloaded' });
  await app.page.waitForFunction((source) => new RegExp(source).test(document.getElementById('boot-message')?.textContent || ''),
    note.source, { timeout: 15_000 });
}

// What failWithoutFallback causes is not a problem of the app.
const WITHOUT_FALLBACK = /inkoopwijzer-[0-9a-f]+_bg\.wasm|fallback\.js|Failed to fetch|WebAssembly|fetch/i;

test('without fallback.js, a main module that cannot load still says so', async () => {
  const app = await openApp('/');
  try {
    await failWithoutFallback(app, '/', /kon niet laden/);
    // A click in the copy does not turn it back into "wordt geladen".
    await app.page.locator('#prerendered-nl #create-dossier').click();
    assert.match(await app.page.locator('#boot-message').textContent(), /kon niet laden/);
  } finally {
    app.problems = app.problems.filter((p) => !WITHOUT_FALLBACK.test(p.text));
    await app.close();
  }
});

test('without fallback.js, the note on a deep link is in the language the user chose', async () => {
  // A deep link shows no copy, so the page keeps index.html's Dutch; the note must still follow
  // the saved language (boot.js reads it once for the copy and for this message).
  const app = await openApp('/', { localStorage: { 'inkoopwijzer:settings': '{"lang":"En"}' } });
  try {
    await failWithoutFallback(app, '/stappen', /could not load/);
  } finally {
    app.problems = app.problems.filter((p) => !WITHOUT_FALLBACK.test(p.text));
    await app.close();
  }
});

test('a main module that cannot load shows the message, not the inert copy', async () => {
  const app = await openApp('/');
  try {
    await app.page.route(MAIN_WASM, (route) => route.abort('internetdisconnected'));
    // The recovery message (fallback.js) arriving after the failure must still be shown: once
    // boot.js ran first and found no message to show, and the copy stayed (a failed CI run).
    await app.page.route('**/fallback.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await app.page.goto(app.origin + '/', { waitUntil: 'domcontentloaded' });
    await app.page.locator('#fatal').waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal(await app.page.locator('.prerendered:visible').count(), 0);
  } finally {
    // What the test caused is not a problem of the app (filtered here, so that a failure above
    // is reported as itself, not as these).
    app.problems = app.problems.filter((p) => !/inkoopwijzer-[0-9a-f]+_bg\.wasm|Failed to fetch|WebAssembly|fetch/i.test(p.text));
    await app.close();
  }
});
