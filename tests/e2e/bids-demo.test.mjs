// End-to-end test of the bid comparison on a demo case: its three bids ranked with the checks shown,
// a CSV export, a bid added and found back after a reload.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApp } from './lib.mjs';

async function saved(page) {
  await page.waitForFunction(() => document.getElementById('save-status')?.dataset.state === 'saved',
    null, { timeout: 10_000, polling: 50 });
}

test('bids: ranking, rank-reversal and sensitivity checks, CSV export, a new bid survives a reload', async () => {
  const app = await openApp('/');
  const page = app.page;
  await page.locator('button[data-demo="apeldoorn"]').click();
  await page.waitForURL(/\/dossier\/[^/]+\/stap\/1-verkenning$/);
  await app.clickLink('Offertes vergelijken');
  await page.waitForURL(/\/offertes$/);
  await page.locator('#alternatives').waitFor({ timeout: 15_000 });
  await page.locator('#reversal').waitFor();
  await page.locator('#sensitivity').waitFor();
  const bidRows = page.locator('tbody tr th[scope="row"] input.name');
  assert.equal(await bidRows.count(), 3, 'the demo has three bids');
  await app.screenshot('bids-demo', { fullPage: true });
  await app.expectClean();

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  assert.ok(csv.includes(';'), 'semicolon separated');
  assert.ok(csv.includes('Aanbieder A'), 'the bidders are in the file');

  await page.locator('#bids-add').click();
  await bidRows.nth(3).waitFor();
  await bidRows.nth(3).pressSequentially('Nieuwe inschrijver', { delay: 5 });
  await saved(page);
  await app.reload();
  await page.locator('tbody tr th[scope="row"] input.name').nth(3).waitFor();
  assert.equal(await page.locator('tbody tr th[scope="row"] input.name').nth(3).inputValue(), 'Nieuwe inschrijver');
  await app.expectClean();
  await app.close();
});
