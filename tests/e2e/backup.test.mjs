// End-to-end test: a backup file round trip in the real browser. The stored text is ASCII
// (non-ASCII as \u escapes); the backup file is indented UTF-8 with the characters as
// themselves; importing it brings the dossier back.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApp } from './lib.mjs';

const NAME = 'Cliënten € ‘werk’ 2027';

test('export a dossier, delete it, import the file: everything is back, and the file reads as text', async () => {
  const app = await openApp('/');
  const page = app.page;
  await page.getByLabel('Naam van het nieuwe dossier').fill(NAME);
  await page.getByRole('button', { name: 'Dossier maken' }).click();
  await page.waitForURL(/\/stap\/1-verkenning$/);
  const id = app.path().split('/')[2];
  await page.locator('#f-problem').pressSequentially('Één probleem: 😀 en “aanhalingstekens”.', { delay: 5 });
  await page.waitForFunction(() => document.getElementById('save-status')?.dataset.state === 'saved');

  // What is stored is ASCII.
  const stored = await page.evaluate((k) => localStorage.getItem(k), `inkoopwijzer:dossier:${id}`);
  assert.ok(/^[\x00-\x7f]*$/.test(stored), 'stored text is ASCII');
  assert.match(stored, /Cli\\u00ebnten \\u20ac/);

  // The backup file is indented UTF-8 with the characters as themselves.
  await app.goto('/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Back-up: ${NAME}` }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^inkoopwijzer-.*\.json$/);
  const file = readFileSync(await download.path(), 'utf8');
  assert.match(file, /^\{\n  "format": "inkoopwijzer-dossier",/);
  assert.ok(file.includes(`"name": "${NAME}"`), 'the name reads as typed');
  assert.ok(file.includes('Één probleem: 😀 en “aanhalingstekens”.'));
  assert.equal(JSON.parse(file).dossier.name, NAME);

  // Delete, then import the file: the dossier is back with every character.
  await page.getByRole('button', { name: `Verwijderen: ${NAME}` }).click();
  await page.locator('.dossier-table, .dossiers').getByText(NAME).waitFor({ state: 'detached' }).catch(() => {});
  await page.locator('#import-file').setInputFiles(await download.path());
  await page.getByRole('link', { name: NAME }).first().waitFor({ timeout: 10_000 });
  await page.getByRole('link', { name: NAME }).first().click();
  await page.waitForURL(/\/stap\/1-verkenning$/);
  assert.equal(await page.locator('#f-problem').inputValue(), 'Één probleem: 😀 en “aanhalingstekens”.');
  await app.expectClean();
  await app.close();
});
