// End-to-end tests of offline use (public/sw.js, written into dist/ by
// scripts/service-worker.mjs): after one visit online, every screen, every deep link, the demo
// cases and the downloads work with the network off; an update waits for the user and keeps
// an edit typed just before the switch; the manifest makes the app installable; a page opened
// as a file explains itself.
//
// These tests let the service worker run (`serviceWorkers: 'allow'`); all other e2e tests
// block it, so that each sees the app as the network serves it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openApp, browser, server, DIST, App } from './lib.mjs';
import { startServer } from './server.mjs';

const SW = { serviceWorkers: 'allow' };

/** Waits until the service worker has cached the app and controls the page. */
async function waitOfflineReady(app) {
  await app.page.waitForFunction(() => {
    const status = document.getElementById('offline-status');
    return status && status.classList.contains('offline-ready') && /Werkt ook zonder verbinding/.test(status.textContent);
  }, null, { timeout: 90_000, polling: 100 });
  await app.page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
}

async function waitSaved(page) {
  await page.waitForFunction(() => document.getElementById('save-status')?.dataset.state === 'saved',
    null, { timeout: 10_000, polling: 50 });
}

test('after one visit, the app works offline: reload, every deep link, a demo, typing, downloads', async () => {
  const app = await openApp('/', SW);
  const page = app.page;
  await waitOfflineReady(app);
  assert.match(await page.locator('#offline-status').textContent(), /Werkt ook zonder verbinding/);
  await app.goto('/over');
  assert.match(await page.locator('#about-offline-status').textContent(), /Werkt ook zonder verbinding/);
  assert.match(await page.locator('#storage-used').textContent(), /gebruiken nu \d+ kB van de ongeveer 5 MB/);
  await app.screenshot('about', { fullPage: true });
  await app.goto('/');

  // A dossier made online, to open by deep link offline.
  await page.getByLabel('Naam van het nieuwe dossier').fill('Offline proef');
  await page.getByRole('button', { name: 'Dossier maken' }).click();
  await page.waitForURL(/\/stap\/1-verkenning$/);
  const id = app.path().split('/')[2];

  await app.context.setOffline(true);
  try {
    await app.reload();
    await app.expectHeading(/Verkenning/);
    const pages = [
      ['/', /Re-integratietrajecten inkopen/],
      ['/stappen', /negen stappen/i],
      ['/stappen/3-bestek', /Bestek/],
      ['/specificatiehulp', /Specificatiehulp/i],
      ['/over', 'Over Inkoopwijzer'],
      [`/dossier/${id}/stap/3-bestek`, /Bestek/],
      // The dossier's own pages carry its name as their heading.
      [`/dossier/${id}/overzicht`, 'Offline proef'],
      [`/dossier/${id}/offertes`, /Offline proef|Offertes/],
      [`/dossier/${id}/documenten`, 'Documenten'],
      ['/bestaat/niet', /niet gevonden|bestaat niet/i],
    ];
    for (const [path, heading] of pages) {
      await app.goto(path);
      // The page's own heading (the documents page also shows the documents' titles).
      const h1 = page.locator('main h1.page-focus');
      await h1.waitFor({ timeout: 15_000 });
      const text = (await h1.textContent()).trim();
      assert.ok(typeof heading === 'string' ? text === heading : heading.test(text), `${path}: heading "${text}"`);
    }

    // A demo case opens as a copy, offline.
    await app.goto('/');
    await page.locator('button[data-demo="apeldoorn"]').click();
    await page.waitForURL(/\/dossier\/[^/]+\/stap\/1-verkenning$/);
    const demoPath = app.path();

    // Typing is saved, and survives a reload offline.
    await app.goto(`/dossier/${id}/stap/1-verkenning`);
    await page.locator('#f-problem').pressSequentially('Zonder verbinding getypt.', { delay: 5 });
    await waitSaved(page);
    await app.reload();
    assert.equal(await page.locator('#f-problem').inputValue(), 'Zonder verbinding getypt.');

    // A document download (its code and the ODF writer come from the cache).
    await app.goto(demoPath.replace(/stap\/1-verkenning$/, 'documenten'));
    const [doc] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download als \.odt/ }).first().click(),
    ]);
    assert.equal(readFileSync(await doc.path()).subarray(0, 2).toString(), 'PK', 'an ODF package');

    // A backup of one dossier, from the start page.
    await app.goto('/');
    const [backup] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Back-up: Offline proef' }).click(),
    ]);
    assert.equal(JSON.parse(readFileSync(await backup.path(), 'utf8')).dossier.name, 'Offline proef');
    await app.screenshot('offline-start');
  } finally {
    await app.context.setOffline(false);
  }
  await app.expectClean();
  await app.close();
});

/** A copy of the bundle as the next version: a marker in index.html and a new sw.js. */
function nextVersion() {
  const dir = mkdtempSync(join(tmpdir(), 'inkoopwijzer-v2-'));
  cpSync(DIST, dir, { recursive: true });
  for (const name of ['index.html', 'sw.js']) {
    // The precompressed copies would still hold version 1.
    for (const suffix of ['.br', '.gz']) if (existsSync(join(dir, name + suffix))) unlinkSync(join(dir, name + suffix));
  }
  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  const marked = index.replace('<title>', '<meta name="e2e-version" content="2"><title>');
  assert.notEqual(marked, index, 'index.html has a <title>');
  writeFileSync(join(dir, 'index.html'), marked);
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const next = sw.replace(/const VERSION = "([0-9a-f]+)";/, 'const VERSION = "$1-v2";');
  assert.notEqual(next, sw, 'sw.js has a VERSION line');
  writeFileSync(join(dir, 'sw.js'), next);
  return dir;
}

test('an update waits for the user, and switching keeps an edit typed just before', async () => {
  const v2 = nextVersion();
  const v1server = await startServer(DIST);
  const port = Number(new URL(v1server.origin).port);
  const b = await browser();
  const context = await b.newContext({ locale: 'nl-NL', viewport: { width: 1366, height: 768 }, ...SW });
  const page = await context.newPage();
  const app = new App(v1server, context, page);
  let v2server = null;
  try {
    await app.watch();
    await app.goto('/');
    await waitOfflineReady(app);
    await page.getByLabel('Naam van het nieuwe dossier').fill('Update proef');
    await page.getByRole('button', { name: 'Dossier maken' }).click();
    await page.waitForURL(/\/stap\/1-verkenning$/);
    const path = app.path();

    // Version 2 is deployed at the same address.
    await v1server.close();
    v2server = await startServer(v2, { port });
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const banner = page.locator('#update-banner');
    await banner.waitFor({ timeout: 60_000 });
    assert.match(await banner.textContent(), /nieuwe versie/);
    assert.equal(await page.locator('meta[name="e2e-version"]').count(), 0, 'still version 1 until the user switches');
    await app.expectClean(); // axe on the banner
    await app.screenshot('update-banner');

    // Typed and switched at once: within the save delay.
    await page.locator('#f-problem').pressSequentially('Vlak voor de update.', { delay: 5 });
    await Promise.all([
      page.waitForEvent('load', { timeout: 30_000 }),
      page.locator('#update-switch').click(),
    ]);
    await app.waitReady();
    await page.locator('meta[name="e2e-version"]').waitFor({ state: 'attached' });
    assert.equal(app.path(), path, 'the same page after the switch');
    assert.equal(await page.locator('#f-problem').inputValue(), 'Vlak voor de update.');
    assert.equal(await page.locator('#update-banner').count(), 0, 'no banner on the new version');
    await app.expectClean();
  } finally {
    await app.close();
    await v1server.close().catch(() => {});
    if (v2server) await v2server.close().catch(() => {});
    rmSync(v2, { recursive: true, force: true });
  }
});

test('the manifest makes the app installable, with icons in the sizes browsers ask for', async () => {
  const app = await openApp('/', SW);
  const cdp = await app.context.newCDPSession(app.page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // A test browser context counts as incognito, where Chromium never installs: that says
  // nothing about the app, every other reason would.
  const errors = installabilityErrors.filter((e) => e.errorId !== 'in-incognito');
  assert.deepEqual(errors, [], 'Chromium finds no installability errors');
  const { errors: manifestErrors, url } = await cdp.send('Page.getAppManifest');
  assert.ok(url.endsWith('/manifest.webmanifest'));
  assert.deepEqual(manifestErrors, []);
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.lang, 'nl');
  assert.equal(manifest.display, 'standalone');
  for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
    const png = readFileSync(join(DIST, icon.src));
    // PNG header: width and height as big-endian 32-bit numbers at bytes 16 and 20.
    assert.equal(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.sizes, icon.src);
  }
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512'));
  assert.ok(manifest.icons.some((i) => i.sizes === '192x192'));

  // Where the browser offers installation (Chromium's beforeinstallprompt, which a headless
  // test browser never fires by itself), the footer and /over offer an install button.
  await app.goto('/over');
  await app.page.evaluate(() => {
    const offer = new Event('beforeinstallprompt', { cancelable: true });
    offer.prompt = async () => { window.__installPrompted = true; };
    offer.userChoice = Promise.resolve({ outcome: 'accepted' });
    window.dispatchEvent(offer);
  });
  const install = app.page.locator('main').getByRole('button', { name: 'Installeer Inkoopwijzer' });
  await install.waitFor();
  assert.equal(await app.page.locator('footer .install-button').count(), 1, 'the footer offers it too');
  await app.expectClean(); // axe with the install offer shown
  await install.click();
  await app.page.waitForFunction(() => window.__installPrompted === true);
  await app.page.evaluate(() => window.dispatchEvent(new Event('appinstalled')));
  await app.page.getByText('Inkoopwijzer is geïnstalleerd').waitFor();
  assert.equal(await app.page.locator('footer .install-button').count(), 0, 'no offer once installed');
  await app.close();
});

test('index.html opened as a file explains how to open the app instead of a blank page', async () => {
  const b = await browser();
  const context = await b.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  try {
    await page.goto(pathToFileURL(join(DIST, 'index.html')).href);
    const notice = page.locator('.file-notice');
    await notice.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await notice.locator('h1').textContent(), /opent niet als bestand/);
    assert.match(await notice.textContent(), /https:\/\//);
    await page.screenshot({ path: join(tmpdir(), 'inkoopwijzer-file-notice.png') });
  } finally {
    await context.close();
  }
  // Over http the same page hides the notice.
  const app = await openApp('/');
  assert.equal(await app.page.locator('.file-notice').isVisible(), false);
  await app.close();
});

test('an installed app that starts without dossiers leads with restoring a backup', async () => {
  const srv = await server();
  const b = await browser();
  const context = await b.newContext({ locale: 'nl-NL', viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
  // Safari's flag for a home-screen app; the loader reads it like `display-mode: standalone`.
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true }));
  const page = await context.newPage();
  const app = new App(srv, context, page);
  try {
    await app.watch();
    await app.goto('/');
    const notice = page.locator('.installed-empty');
    await notice.waitFor();
    assert.match(await notice.textContent(), /geïnstalleerde app/);
    await notice.getByRole('link', { name: 'Back-up terugzetten' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'import-file');
    // Once there is a dossier, the notice is gone.
    await page.getByLabel('Naam van het nieuwe dossier').fill('Eerste');
    await page.getByRole('button', { name: 'Dossier maken' }).click();
    await page.waitForURL(/\/stap\/1-verkenning$/);
    await app.goto('/');
    assert.equal(await page.locator('.installed-empty').count(), 0);
  } finally {
    await app.close();
  }
});
