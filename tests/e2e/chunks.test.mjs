// The split bundle (scripts/build): a screen whose code cannot be fetched (offline, server gone,
// a deploy replaced the files) shows a message in the user's language with a retry, never a
// blank page or a crash, and nothing typed is lost; after the retry the screen works. And the
// start page fetches the screens' code in the background once it is ready.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib.mjs';

const SPEC_CHUNK = /\/split_spec_helper_chunk-[0-9a-f]+\.wasm$/;

test('a screen whose code cannot be fetched says so, keeps the work, and loads on retry', async () => {
  const app = await openApp('/');
  const page = app.page;
  // Something typed first, in a dossier (its screens' code still arrives normally).
  await page.locator('#new-dossier-name').fill('Werk dat blijft');
  await page.locator('#create-dossier').click();
  await page.waitForURL(/\/stap\/1-verkenning$/);
  const title = page.locator('#f-title');
  await title.waitFor();
  await title.fill('Taaltrajecten voor nieuwkomers');
  await page.waitForFunction(() => document.getElementById('save-status')?.dataset.state === 'saved',
    null, { timeout: 10_000, polling: 50 });

  // The specification helper's chunk cannot be fetched (a fresh load: no prefetched copy).
  let blocked = 0;
  await page.route(SPEC_CHUNK, (route) => { blocked += 1; return route.abort('internetdisconnected'); });
  await app.reload({ clean: false }); // the prefetch may already have hit the blocked chunk: expected, filtered below
  await app.clickLink('Specificatiehulp', { within: page.getByRole('navigation', { name: 'Hoofdmenu' }), exact: true });
  await page.locator('#chunk-failed').waitFor({ timeout: 15_000 });
  assert.ok(blocked > 0, 'the chunk was requested');
  await app.expectHeading('Dit scherm kon niet worden geladen');
  assert.match(await page.locator('#chunk-failed [role="alert"]').innerText(), /Uw dossiers zijn veilig/);
  assert.equal(await page.locator('#fatal').isHidden(), true, 'no crash screen');
  assert.equal(await page.locator('#chunk-reload').innerText(), 'Pagina opnieuw laden', 'after an update a reload helps');
  await app.screenshot('chunk-failed');

  // The connection is back: the retry loads the screen, which works.
  await page.unroute(SPEC_CHUNK);
  await page.locator('#chunk-retry').click();
  await app.expectHeading('Specificatiehulp: functioneel of technisch?');
  await page.locator('#spec-input').fill('De aanbieder geeft 40 lessen in het wijkcentrum.');
  await page.getByText('Technisch').first().waitFor();

  // Nothing typed was lost.
  await app.back();
  await page.waitForURL(/\/stap\/1-verkenning$/);
  await page.locator('#f-title').waitFor();
  assert.equal(await page.locator('#f-title').inputValue(), 'Taaltrajecten voor nieuwkomers');

  // The failed fetch was logged by the loader and the aborted request recorded: expected here.
  app.problems = app.problems.filter((p) => !/split_spec_helper_chunk|failed to load|Failed to fetch|TypeError/i.test(p.text));
  await app.expectClean();
  await app.close();
});

test('after the start page is ready, the screens\' code arrives in the background', async () => {
  const app = await openApp('/');
  const page = app.page;
  const fetched = new Set();
  page.on('request', (r) => { const m = r.url().match(/\/(split_[a-z_]+?)-[0-9a-f]+\.wasm$/); if (m) fetched.add(m[1]); });
  await app.reload();
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
  const expected = ['split_wizard_chunk', 'split_demo_chunk', 'split_learn_index_chunk', 'split_spec_helper_chunk',
    'split_overview_chunk', 'split_bids_chunk', 'split_documents_chunk', 'split_about_chunk', 'split_workshop_chunk'];
  const deadline = Date.now() + 20_000;
  while (expected.some((c) => !fetched.has(c)) && Date.now() < deadline) await page.waitForTimeout(100);
  assert.deepEqual(expected.filter((c) => !fetched.has(c)), [], 'every screen prefetched');
  await app.expectClean();
  await app.close();
});

test('the background prefetch asks with low priority, so a clicked screen\'s code goes first', async () => {
  const app = await openApp('/');
  const page = app.page;
  const cdp = await app.context.newCDPSession(page);
  await cdp.send('Network.enable');
  // Only the requests of the page after the reload: the first page's prefetch runs on until the
  // reload, and with the shared code in a few packs it can reach the specification helper before
  // (seen in CI). A document request starts a new page; its sub-requests carry its loaderId.
  const priority = new Map();
  let page_loader = null;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.type === 'Document') {
      page_loader = e.loaderId;
      priority.clear();
      return;
    }
    if (e.loaderId !== page_loader) return;
    const m = e.request.url.match(/\/(split_[a-z_]+?|chunk_\d+|pack_\d+)-[0-9a-f]+\.wasm$/);
    if (m && !priority.has(m[1])) priority.set(m[1], e.request.initialPriority);
  });
  // The prefetch starts with the wizard; holding its code back keeps the prefetch there while
  // the user opens the specification helper.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\/split_wizard_chunk-[0-9a-f]+\.wasm$/, async (route) => { await held; await route.continue(); });
  await app.reload();
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
  const deadline = Date.now() + 10_000;
  while (!priority.has('split_wizard_chunk') && Date.now() < deadline) await page.waitForTimeout(50);
  assert.equal(priority.get('split_wizard_chunk'), 'Low', 'the prefetch fetches with low priority');
  await app.clickLink('Specificatiehulp', { within: page.getByRole('navigation', { name: 'Hoofdmenu' }), exact: true });
  await app.expectHeading('Specificatiehulp: functioneel of technisch?');
  assert.equal(priority.get('split_spec_helper_chunk'), 'High', 'the clicked screen\'s code goes first');
  release();
  // The prefetch goes on afterwards, still in the background.
  const later = Date.now() + 20_000;
  while (!priority.has('split_workshop_chunk') && Date.now() < later) await page.waitForTimeout(100);
  assert.equal(priority.get('split_workshop_chunk'), 'Low');
  await app.expectClean();
  await app.close();
});

// Clicks `button` twice while the chunk `chunk` is held back (after `prepare`, once the page has
// reloaded), checks that the button says its work is on its way, lets the chunk through and
// returns how many dossiers are stored once the app has opened the new one.
async function clickTwiceWhileHeld(app, chunk, button, busy, prepare = async () => {}) {
  const page = app.page;
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(chunk, async (route) => { await held; await route.continue(); });
  await app.reload({ clean: false });
  await prepare();
  await button.click();
  assert.equal(await button.getAttribute('aria-busy'), 'true', busy);
  await button.click();
  release();
  await page.waitForURL(/\/dossier\//, { timeout: 15_000 });
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('inkoopwijzer:dossier:')),
    null, { timeout: 10_000 });
  await page.waitForTimeout(1000); // a second dossier, had one been made, is saved by now
  return page.evaluate(() => Object.keys(localStorage).filter((k) => /^inkoopwijzer:dossier:/.test(k)).length);
}

test('"Dossier maken" clicked twice while the store code is on its way makes one dossier', async () => {
  const app = await openApp('/');
  const dossiers = await clickTwiceWhileHeld(app, /\/split_store_chunk-[0-9a-f]+\.wasm$/,
    app.page.locator('#create-dossier'), 'the button says the dossier is on its way',
    () => app.page.locator('#new-dossier-name').fill('Twee keer geklikt'));
  assert.equal(dossiers, 1, 'one dossier');
  await app.expectClean();
  await app.close();
});

test('a demo clicked twice while its code is on its way makes one copy', async () => {
  const app = await openApp('/');
  const dossiers = await clickTwiceWhileHeld(app, /\/split_demo_chunk-[0-9a-f]+\.wasm$/,
    app.page.locator('[data-demo="emmen"]'), 'the button says its copy is on its way');
  assert.equal(dossiers, 1, 'one copy of the demo');
  await app.expectClean();
  await app.close();
});
