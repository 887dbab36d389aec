// End-to-end test: one dossier, many hands. Three browser contexts stand for three
// municipalities' browsers (nothing shared but files): the contact sends the dossier, Leiden
// and Katwijk each fill in their own part in their own copy and send a file back, Katwijk
// also renames the purchase, which the contact renamed too (a conflict). The contact merges
// both files: Leiden's at once, Katwijk's after choosing; nothing is written before the
// user confirms, and the replaced version can be downloaded.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from './lib.mjs';

const ID = 'dsamen1';
const KEY = `inkoopwijzer:dossier:${ID}`;

/** The dossier the contact starts with, as a one-dossier backup file. */
function seedFile(dir) {
  const envelope = {
    format: 'inkoopwijzer-dossier',
    schema: 1,
    revision: 1,
    dossier: {
      id: ID,
      name: 'Samen inkopen 2027',
      exploration: {
        title: 'Re-integratie Holland Rijnland',
        participants: [
          { id: 'p1', name: 'Leiden' },
          { id: 'p2', name: 'Katwijk' },
        ],
      },
    },
  };
  const path = join(dir, 'start.json');
  writeFileSync(path, JSON.stringify(envelope));
  return path;
}

const FILES = mkdtempSync(join(tmpdir(), 'inkoopwijzer-share-'));
let sentFiles = 0;

const stored = (app) => app.page.evaluate((k) => JSON.parse(localStorage.getItem(k)).dossier, KEY);

async function saved(page) {
  await page.waitForFunction(() => document.getElementById('save-status')?.dataset.state === 'saved');
}

/** Makes a file for colleagues in the sharing panel and returns its path. */
async function sendFile(app, municipality, name, part = 'all') {
  const page = app.page;
  await app.goto('/');
  await page.locator('#share-part').selectOption(part);
  await page.locator('#share-municipality').fill(municipality);
  await page.locator('#share-name').fill(name);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#share-download').click()]);
  assert.match(download.suggestedFilename(), /^inkoopwijzer-delen-samen-inkopen-2027-.*\.json$/);
  await page.locator('#share-done').waitFor();
  // Kept outside the browser context, which removes its downloads when it closes.
  const path = join(FILES, `${municipality.replace(/\W+/g, '-')}-${++sentFiles}.json`);
  await download.saveAs(path);
  return path;
}

/** Imports a colleague's first file: a new dossier in this browser. */
async function receive(app, path) {
  const page = app.page;
  await page.locator('#import-file').setInputFiles(path);
  await page.getByRole('link', { name: 'Samen inkopen 2027' }).first().waitFor({ timeout: 10_000 });
  await app.goto(`/dossier/${ID}/stap/1-verkenning`);
  await page.locator('#f-title').waitFor();
}

test('two municipalities edit one dossier, one with a conflict, and the contact merges both', async () => {
  const contact = await openApp('/');
  await contact.page.locator('#import-file').setInputFiles(seedFile(FILES));
  await contact.page.getByRole('link', { name: 'Samen inkopen 2027' }).first().waitFor({ timeout: 10_000 });
  const sent = await sendFile(contact, 'Holland Rijnland', 'Ans Contact');
  const file = JSON.parse(readFileSync(sent, 'utf8'));
  assert.equal(file.format, 'inkoopwijzer-share');
  assert.deepEqual(file.from, { municipality: 'Holland Rijnland', name: 'Ans Contact' });
  assert.equal(file.base.dossier.id, ID);
  await contact.expectClean();

  // Leiden, in its own browser: its own part only (contact person and budget), sent as its part.
  const leiden = await openApp('/');
  await receive(leiden, sent);
  await leiden.page.locator('#f-participants-p1-contact').fill('Jan de Vries');
  await leiden.page.locator('#f-participants-p1-budget').fill('170000');
  await leiden.page.locator('#f-participants-p1-budget').press('Tab');
  await saved(leiden.page);
  const fromLeiden = await sendFile(leiden, 'Leiden', 'Jan de Vries', 'participant:p1');
  await leiden.close();

  // Katwijk: its own budget, and a new title for the purchase.
  const katwijk = await openApp('/');
  await receive(katwijk, sent);
  await katwijk.page.locator('#f-participants-p2-budget').fill('60000');
  await katwijk.page.locator('#f-participants-p2-budget').press('Tab');
  await katwijk.page.locator('#f-title').fill('Werk voorop');
  await saved(katwijk.page);
  const fromKatwijk = await sendFile(katwijk, 'Katwijk', 'Els Bakker');
  await katwijk.close();

  // Meanwhile the contact renames the purchase too.
  await contact.goto(`/dossier/${ID}/stap/1-verkenning`);
  await contact.page.locator('#f-title').fill('Re-integratie 2027-2029');
  await saved(contact.page);
  await contact.goto('/');

  // Leiden's file: nothing conflicts; it is shown first and written only on confirmation.
  const page = contact.page;
  await page.locator('#import-file').setInputFiles(fromLeiden);
  await page.locator('#merge-panel').waitFor();
  assert.match(await page.locator('#merge-summary').innerText(), /2 wijzigingen worden overgenomen\. Niets botst/);
  assert.equal(await page.locator('.merge-conflict').count(), 0);
  const taken = await page.locator('#merge-taken').innerText();
  assert.match(taken, /Leiden · contactpersoon: \(leeg\) → Jan de Vries/);
  assert.match(taken, /Leiden · budget: \(leeg\) → 170000/);
  assert.equal((await stored(contact)).exploration.participants[0].contact_person, '', 'not written yet');
  await contact.expectClean();
  await page.locator('#merge-confirm').click();
  await page.locator('#merge-done').waitFor();
  let now = await stored(contact);
  assert.equal(now.exploration.participants[0].contact_person, 'Jan de Vries');
  assert.equal(now.exploration.title, 'Re-integratie 2027-2029', "the contact's own change stays");
  // The version it replaced can still be downloaded.
  const [replaced] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#merge-download-replaced').click(),
  ]);
  const before = JSON.parse(readFileSync(await replaced.path(), 'utf8'));
  assert.equal(before.format, 'inkoopwijzer-dossier');
  assert.equal(before.dossier.exploration.participants[0].contact_person, '');
  assert.equal(before.dossier.exploration.title, 'Re-integratie 2027-2029');
  await page.locator('#merge-done button.secondary').click();

  // Katwijk's file: its budget is taken, the title conflicts and waits for a choice.
  await page.locator('#import-file').setInputFiles(fromKatwijk);
  await page.locator('#merge-panel').waitFor();
  assert.equal(await page.locator('.merge-conflict').count(), 1);
  const conflict = page.locator('.merge-conflict');
  assert.match(await conflict.locator('legend').innerText(), /Stap 1 Verkenning · titel/);
  assert.match(await conflict.innerText(), /Hier\s+Re-integratie 2027-2029/);
  assert.match(await conflict.innerText(), /Van Katwijk \(Els Bakker\)\s+Werk voorop/);
  assert.doesNotMatch(await page.locator('#merge-taken').innerText(), /Leiden/, "Leiden's part is untouched");
  await contact.expectClean();
  // Never resolved silently: confirming without a choice asks for one and writes nothing.
  await page.locator('#merge-confirm').click();
  await page.getByRole('alert').filter({ hasText: 'Kies eerst bij elke botsende wijziging' }).waitFor();
  assert.equal((await stored(contact)).exploration.title, 'Re-integratie 2027-2029');
  await conflict.locator('input[id$="-take"]').check();
  await page.locator('#merge-confirm').click();
  await page.locator('#merge-done').waitFor();
  now = await stored(contact);
  assert.equal(now.exploration.title, 'Werk voorop');
  assert.equal(now.exploration.participants[0].contact_person, 'Jan de Vries');
  assert.match(now.exploration.participants[0].budget, /^170000(\.0+)?$/);
  assert.match(now.exploration.participants[1].budget, /^60000(\.0+)?$/);
  assert.deepEqual(now.contributions.map((c) => c.municipality), ['Leiden', 'Katwijk']);
  await page.locator('#merge-done button.secondary').click();

  // Who contributed what and when.
  const rows = page.locator('#contributions tbody tr');
  assert.equal(await rows.count(), 2);
  assert.match(await rows.nth(0).innerText(), /Katwijk \(Els Bakker\)/);
  assert.match(await rows.nth(1).innerText(), /Leiden \(Jan de Vries\).*1 Verkenning, 7 Monitoring|Leiden \(Jan de Vries\).*1 Verkenning/s);
  // The merged dossier shows in the wizard.
  await contact.goto(`/dossier/${ID}/stap/1-verkenning`);
  assert.equal(await page.locator('#f-title').inputValue(), 'Werk voorop');
  assert.equal(await page.locator('#f-participants-p1-contact').inputValue(), 'Jan de Vries');
  await contact.expectClean();
  await contact.close();
});

test('a file that is not a share file gets a message in the language of the page', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'inkoopwijzer-share-bad-'));
  const path = join(dir, 'bad.json');
  writeFileSync(path, JSON.stringify({ format: 'inkoopwijzer-share', schema: 1, from: { name: 7 } }));
  const app = await openApp('/');
  await app.page.locator('#import-file').setInputFiles(path);
  const error = app.page.locator('#import-error');
  await error.waitFor();
  assert.match(await error.innerText(), /from\.name/);
  assert.match(await error.innerText(), /Importeren is niet gelukt/);
  await app.expectClean();
  await app.close();
});
