// Files dragged onto the app (components/file_drop.rs): each place that takes a file takes it by
// drop as well as by the picker (a backup on the start page, a package on the evaluator's page,
// score sheets in a scoring round share one component), and a file dropped beside a drop zone is
// refused, so the browser never opens it in the app's place.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, ROOT, fileTransfer, filesTransfer, textTransfer, dispatchDrag } from './lib.mjs';

const BACKUP = readFileSync(join(ROOT, 'tests/fixtures/backup_v1.json'), 'utf8');
const NAMES = JSON.parse(BACKUP).dossiers.map((e) => e.dossier.name);

test('a backup dropped on the start page\'s zone is imported, and the zone says what a drag does', async () => {
  const app = await openApp('/');
  const page = app.page;
  const zone = page.locator('#import-drop');
  await zone.waitFor({ timeout: 15_000 });
  assert.match(await page.locator('#import-file-hint').innerText(), /ook hierheen slepen/);
  const dt = await fileTransfer(page, 'back-up.json', BACKUP);
  await zone.dispatchEvent('dragover', { dataTransfer: dt });
  await page.locator('#import-drop.dragging').waitFor();
  assert.match(await page.locator('#import-file-hint').innerText(), /Laat het bestand los/);
  await zone.dispatchEvent('drop', { dataTransfer: dt });
  for (const name of NAMES) await page.locator('#dossier-table .dossier-name a', { hasText: name }).waitFor();
  assert.equal(await page.locator('#import-drop.dragging').count(), 0, 'the mark goes with the drop');
  await app.expectClean();
  await app.close();
});

test('a file dropped beside a drop zone is refused, and the app stays', async () => {
  const app = await openApp('/');
  const page = app.page;
  await page.locator('#import-drop').waitFor({ timeout: 15_000 });
  const refused = await dispatchDrag(page, 'h1', await fileTransfer(page, 'back-up.json', BACKUP), ['dragover', 'drop']);
  assert.deepEqual(refused, { dragover: true, drop: true, effect: 'none' }, 'the browser is kept from opening the file');
  assert.equal(await page.locator('#dossier-table').count(), 0, 'nothing was imported');
  // Text dragged within the page (no files) is left to the browser.
  const text = await dispatchDrag(page, 'h1', await textTransfer(page), ['dragover']);
  assert.equal(text.dragover, false);
  await app.expectClean();
  await app.close();
});

test('a file dropped on the evaluator\'s zone is read like a chosen one', async () => {
  const app = await openApp('/beoordelen');
  const page = app.page;
  const zone = page.locator('#ev-drop');
  await zone.waitFor({ timeout: 15_000 });
  assert.match(await page.locator('#ev-file-hint').innerText(), /pakket ook hierheen slepen/);
  // A backup is not a package: the drop reaches the same check as the picker.
  await zone.dispatchEvent('drop', { dataTransfer: await fileTransfer(page, 'back-up.json', BACKUP) });
  await page.locator('#ev-error').waitFor();
  assert.match(await page.locator('#ev-error').innerText(), /kon niet worden geopend/);
  await app.expectClean();
  await app.close();
});

test('a zone that takes one file says so when several are dropped, and reads none', async () => {
  const app = await openApp('/');
  const page = app.page;
  const zone = page.locator('#import-drop');
  await zone.waitFor({ timeout: 15_000 });
  const two = await filesTransfer(page, [['een.json', BACKUP], ['twee.json', BACKUP]]);
  await zone.dispatchEvent('drop', { dataTransfer: two });
  await page.locator('#import-drop .drop-refused', { hasText: 'U sleepte 2 bestanden tegelijk' }).waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#dossier-table').count(), 0, 'nothing was imported');
  // One file afterwards is taken, and the message goes.
  await zone.dispatchEvent('drop', { dataTransfer: await fileTransfer(page, 'back-up.json', BACKUP) });
  await page.locator('#dossier-table .dossier-name a', { hasText: NAMES[0] }).waitFor();
  assert.equal(await page.locator('#import-drop .drop-refused').count(), 0);
  // Text dragged over the zone is not a file: no mark.
  const marked = await dispatchDrag(page, '#import-drop', await textTransfer(page), ['dragover']);
  assert.equal(marked.dragover, false);
  assert.equal(await page.locator('#import-drop.dragging').count(), 0);
  await app.expectClean();
  await app.close();
});
