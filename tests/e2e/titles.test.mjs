// End-to-end test: the tab title names the page and the open dossier, in the language shown.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib.mjs';

const title = (page, re) => page.waitForFunction((src) => new RegExp(src).test(document.title), re.source, { timeout: 10_000 })
  .then(() => page.title());

test('the tab title follows the page, the dossier and the language', async () => {
  const app = await openApp('/');
  const page = app.page;
  assert.match(await title(page, /– Inkoopwijzer$/), /^Re-integratietrajecten .* – Inkoopwijzer$/);
  await page.getByLabel('Naam van het nieuwe dossier').fill('Taaltrajecten');
  await page.getByRole('button', { name: 'Dossier maken' }).click();
  await page.waitForURL(/\/stap\/1-verkenning$/);
  assert.equal(await title(page, /^Verkenning – Taaltrajecten/), 'Verkenning – Taaltrajecten – Inkoopwijzer');
  await app.clickLink(/^Stap 3:/, { within: page.locator('.step-nav') });
  assert.match(await title(page, /^Bestek/), /^Bestek .*– Taaltrajecten – Inkoopwijzer$/);
  await app.switchLanguage();
  assert.match(await title(page, /^Specification/), /^Specification.* – Taaltrajecten – Inkoopwijzer$/);
  // The overview's heading is the dossier's name: the title names it once.
  await app.clickLink('Overview');
  await page.waitForURL(/\/overzicht$/);
  assert.equal(await title(page, /^Taaltrajecten – /), 'Taaltrajecten – Inkoopwijzer');
  await app.expectClean();
  await app.close();
});
