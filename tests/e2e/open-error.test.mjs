// A link to a dossier that this browser holds but cannot show says so and why, instead of
// "not found"; a link to a dossier it does not hold says "not found".

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib.mjs';

test('a dossier from a newer version: "cannot be opened" with the reason; an unknown id: "not found"', async () => {
  const app = await openApp('/');
  const page = app.page;
  // Written by a future version in a shape this version cannot read.
  await page.evaluate(() => localStorage.setItem('inkoopwijzer:dossier:dnieuw', JSON.stringify({
    format: 'inkoopwijzer-dossier', schema: 99, revision: 3, saved_at: '2027-01-01T00:00:00.000Z',
    app_version: '9.0.0', writer: 'x', dossier: { name: 'Nieuwer dossier', award: { bids: 'anders' } },
  })));
  await app.goto('/dossier/dnieuw/stap/1-verkenning');
  await app.expectHeading('Dit dossier kan niet worden geopend');
  assert.match(await page.locator('#open-error').innerText(), /nieuwere versie \(opslagversie 99\)/);
  assert.ok(await page.evaluate(() => localStorage.getItem('inkoopwijzer:dossier:dnieuw') !== null), 'kept as it is');
  await app.expectClean();

  await app.goto('/dossier/bestaatniet/stap/1-verkenning');
  await app.expectHeading('Dit dossier bestaat niet (meer)');
  await app.expectClean();
  await app.close();
});
