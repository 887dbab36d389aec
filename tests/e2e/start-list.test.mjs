// The start page lists the dossiers from the small summary every stored envelope carries, without
// the dossier reader (issue 11); the full reading, with its checks and quarantine, follows right
// after the first render from a chunk of its own (docs/storage-format.md, "Listing without
// reading"). A dossier stored before summaries, and damaged text, wait for that reading; when its
// code cannot be fetched the list says so, offers a retry, and nothing stored is touched.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, ROOT } from './lib.mjs';

const STORE_CHUNK = /\/split_store_chunk-[0-9a-f]+\.wasm$/;
// Stored by a version from before summaries: no "summary" in the envelope.
const OLD = readFileSync(join(ROOT, 'tests/fixtures/dossier_v1.json'), 'utf8');
const OLD_NAME = JSON.parse(OLD).dossier.name;

/// An envelope as this version writes it: the fixture under another id and name, with its summary.
function withSummary() {
  const env = JSON.parse(OLD);
  env.dossier.id = 'dsum01';
  env.dossier.name = 'Met samenvatting';
  const { summary: _, dossier, ...head } = env;
  return JSON.stringify({
    ...head,
    summary: {
      name: 'Met samenvatting', created_at: dossier.created_at, updated_at: dossier.updated_at,
      steps_complete: 2, steps_started: 3,
    },
    dossier,
  });
}

const STORED = {
  'inkoopwijzer:dossier:d1a2b3': OLD,
  'inkoopwijzer:dossier:dsum01': withSummary(),
  'inkoopwijzer:dossier:dbroken': '{"format":"inkoopwijzer-dossier","schema":1,"dossier":{"name":"Afgebroken","exploration":{"title":"Half',
};

const rowNames = (page) => page.locator('#dossier-table .dossier-name a').allInnerTexts();

test('the list is drawn from the summaries, then completed and checked by the full reading', async () => {
  const app = await openApp('/', { localStorage: STORED });
  const page = app.page;
  await page.locator('#banner-problems').waitFor({ timeout: 15_000 });
  assert.deepEqual((await rowNames(page)).sort(), [OLD_NAME, 'Met samenvatting'].sort(),
    'the dossier from before summaries is listed after the full reading');
  assert.equal(await page.locator('#list-reading').count(), 0, 'nothing left to read');
  assert.match(await page.locator('#banner-problems').innerText(), /Afgebroken/, 'the damaged text is named');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('inkoopwijzer:')).sort());
  assert.ok(keys.some((k) => k.startsWith('inkoopwijzer:quarantine:dossier:dbroken')), `quarantined: ${keys}`);
  assert.equal(await page.evaluate(() => localStorage.getItem('inkoopwijzer:dossier:d1a2b3')), OLD, 'read, not rewritten');
  await app.expectClean();
  await app.close();
});

test('without the full reading\'s code the list says so, touches nothing, and a retry completes it', async () => {
  const app = await openApp('/', { localStorage: STORED });
  const page = app.page;
  await page.locator('#banner-problems').waitFor({ timeout: 15_000 });
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

  let blocked = 0;
  await page.route(STORE_CHUNK, (route) => { blocked += 1; return route.abort('internetdisconnected'); });
  await app.reload({ clean: false });
  await page.locator('#list-reading-retry').waitFor({ timeout: 15_000 });
  assert.ok(blocked > 0, 'the chunk was asked for');
  assert.deepEqual(await rowNames(page), ['Met samenvatting'], 'listed from its summary alone');
  assert.match(await page.locator('#dossier-table').innerText(), /2 van 9/, 'with the steps its summary counts');
  assert.match(await page.locator('#list-reading').innerText(), /Deze lijst is misschien niet volledig.*Er is niets veranderd/s);
  assert.equal(await page.locator('.list-empty').count(), 0, 'not "no dossiers" while some are unread');
  assert.equal(await page.locator('#fatal').isHidden(), true, 'no crash screen');
  await app.screenshot('start-list-unread');
  assert.equal(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), before,
    'nothing stored was touched');

  // The connection is back: the retry reads everything.
  await page.unroute(STORE_CHUNK);
  await page.locator('#list-reading-retry').click();
  await page.locator('#banner-problems').waitFor({ timeout: 15_000 });
  assert.deepEqual((await rowNames(page)).sort(), [OLD_NAME, 'Met samenvatting'].sort());
  assert.equal(await page.locator('#list-reading').count(), 0);

  app.problems = app.problems.filter((p) => !/split_store_chunk|failed to load|Failed to fetch|TypeError/i.test(p.text));
  await app.expectClean();
  await app.close();
});
