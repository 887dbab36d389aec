// End-to-end: fault messages a Dutch user understands. Import errors say what is wrong in Dutch
// (serde's English only behind "Technische details"), sizes read as Dutch megabytes, a dossier
// larger than the browser keeps is not called a full storage, deeply nested JSON is not called
// broken JSON; unreadable stored text is named by its dossier, not its storage key; a damaged
// backup date is not shown as a date; a step that does not exist is not a dossier that does
// not exist.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, ROOT } from './lib.mjs';

const FIXTURE = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/dossier_v1.json'), 'utf8'));
const ENGLISH = /invalid type|expected|integer|sequence|recursion|serde|struct /;

/** Imports `buffer` as a file and returns the error box's visible text and its details. */
async function importError(page, name, buffer) {
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer });
  const box = page.locator('#import-error');
  await box.waitFor({ timeout: 20_000 });
  const details = box.locator('details');
  const hasDetails = await details.count() > 0;
  const visible = await box.evaluate((el) => {
    // The text a reader sees: everything but the closed disclosure's content.
    const copy = el.cloneNode(true);
    for (const d of copy.querySelectorAll('details')) { for (const c of [...d.children]) if (c.tagName !== 'SUMMARY') c.remove(); }
    return copy.textContent;
  });
  const detail = hasDetails ? await details.locator('.technical').textContent() : '';
  return { visible, detail, hasDetails, open: hasDetails && await details.evaluate((d) => d.open) };
}

test('import errors are Dutch sentences with what to do; the technical detail is behind a disclosure', async () => {
  const app = await openApp('/');
  const page = app.page;

  const wrongType = structuredClone(FIXTURE);
  wrongType.dossier.name = 5;
  let e = await importError(page, 'verkeerd.json', Buffer.from(JSON.stringify(wrongType)));
  assert.match(e.visible, /Het veld ‘dossier\.name’ is ongeldig: er staat een heel getal waar tekst hoort\./);
  assert.match(e.visible, /Uw bestaande dossiers zijn niet gewijzigd\. Het bestand is na het maken gewijzigd of beschadigd/);
  assert.doesNotMatch(e.visible, ENGLISH, 'no serde English in view');
  assert.ok(e.hasDetails && !e.open, 'a closed "Technische details" disclosure');
  assert.match(e.detail, /invalid type: integer `5`, expected a string/, 'the detail is still there for a helpdesk');
  await app.expectClean();

  e = await importError(page, 'diep.json', Buffer.from('['.repeat(10_000)));
  assert.match(e.visible, /dieper genest \(meer dan 128 niveaus\)/);
  assert.doesNotMatch(e.visible, /geen geldige JSON/);
  assert.doesNotMatch(e.visible, ENGLISH);

  e = await importError(page, 'groot.json', Buffer.alloc(20_000_001, 0x20));
  assert.match(e.visible, /Het bestand is te groot \(20,1 MB\); de grens is 20 MB\./);
  await app.screenshot('messages-import-too-large');
  await app.close();
});

test('a dossier larger than the browser keeps is not reported as a full storage', async () => {
  const app = await openApp('/');
  const page = app.page;
  const huge = structuredClone(FIXTURE);
  huge.dossier.id = 'dreus';
  huge.dossier.name = 'Reuzendossier';
  huge.dossier.evaluation.what_worked = 'veel tekst '.repeat(1_300_000); // about 14 MB
  const e = await importError(page, 'reus.json', Buffer.from(JSON.stringify(huge)));
  assert.match(e.visible, /‘Reuzendossier’ is 14,\d MB: meer dan de meeste browsers voor één website bewaren/);
  assert.doesNotMatch(e.visible, /opslag van deze browser is vol/);
  assert.match(e.visible, /Het bestand blijft een bruikbare back-up/);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('dreus')).length), 0);
  await app.close();
});

test('unreadable stored text is named by its dossier, and a damaged backup date is not shown as a date', async () => {
  const good = structuredClone(FIXTURE);
  good.dossier.id = 'dgoed';
  const broken = structuredClone(FIXTURE);
  broken.dossier.id = 'dkapot';
  broken.dossier.name = 'Taaltrajecten Noord';
  const text = JSON.stringify(broken);
  const app = await openApp('/', {
    localStorage: {
      'inkoopwijzer:dossier:dgoed': JSON.stringify(good),
      'inkoopwijzer:dossier:dkapot': text.slice(0, Math.floor(text.length * 0.6)),
      'inkoopwijzer:settings': JSON.stringify({ lang: 'Nl', last_export_at: 'not a date' }),
    },
  });
  const page = app.page;
  const banner = page.locator('#banner-problems');
  await banner.waitFor();
  const visible = await banner.locator('.problem > p').allTextContents();
  assert.match(visible[0], /^Het dossier ‘Taaltrajecten Noord’ kan deze versie niet lezen\./);
  assert.ok(visible.every((t) => !t.includes('inkoopwijzer:')), `no storage key in view: ${visible}`);
  assert.match(await banner.locator('details .technical').textContent(), /inkoopwijzer:dossier:dkapot/);
  assert.equal((await page.locator('#backup-status').textContent()).trim(), 'Laatste back-up: datum onbekend');
  await app.screenshot('messages-problem-named');
  await app.expectClean();
  await app.close();
});

test('a step that does not exist in an existing dossier says so, and names the dossier', async () => {
  const d = structuredClone(FIXTURE);
  d.dossier.id = 'dstap';
  d.dossier.name = 'Stappentest';
  const app = await openApp('/dossier/dstap/stap/99', { localStorage: { 'inkoopwijzer:dossier:dstap': JSON.stringify(d) } });
  await app.expectHeading('Deze stap bestaat niet');
  assert.match(await app.page.locator('#step-not-found').textContent(), /‘Stappentest’ bestaat wel, maar een stap ‘99’ heeft het niet/);
  await app.clickLink('Naar stap 1 van dit dossier');
  await app.expectPath('/dossier/dstap/stap/1-verkenning');
  // A dossier that is not there is still called so.
  await app.goto('/dossier/dnietbestaand/stap/1-verkenning');
  await app.expectHeading('Dit dossier bestaat niet (meer)');
  await app.close();
});
