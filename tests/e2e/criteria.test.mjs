// End-to-end test of removing an award criterion in step 3 of a demo case with scored bids:
// its scores go with it (none is left behind for the bid page), and "undo" puts the criterion
// and every score back, as the bid page's own removals do.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib.mjs';

async function saved(page) {
  await page.waitForFunction(() => document.getElementById('save-status')?.dataset.state === 'saved',
    null, { timeout: 10_000, polling: 50 });
}

/// The open dossier as stored in localStorage.
async function storedDossier(page) {
  const id = new URL(page.url()).pathname.split('/')[2];
  const raw = await page.evaluate((key) => localStorage.getItem(key), `inkoopwijzer:dossier:${id}`);
  assert.ok(raw, `dossier ${id} is stored`);
  return JSON.parse(raw).dossier;
}

/// Every criterion id that a bid's score or agreed score refers to.
function scoredCriteria(award) {
  const ids = new Set();
  for (const bid of award.bids) {
    for (const s of bid.scores) ids.add(s.criterion_id);
    for (const c of bid.consensus) ids.add(c.criterion_id);
  }
  return ids;
}

/// The scores of all bids for one criterion.
function scoresOf(award, criterionId) {
  return award.bids.flatMap((b) => b.scores.filter((s) => s.criterion_id === criterionId));
}

test('step 3: removing a criterion takes its scores along, and undo brings both back', async () => {
  const app = await openApp('/');
  const page = app.page;
  await page.locator('button[data-demo="apeldoorn"]').click();
  await page.waitForURL(/\/dossier\/[^/]+\/stap\/1-verkenning$/);
  const dossierPath = new URL(page.url()).pathname.replace(/\/stap\/.*$/, '');
  await app.goto(`${dossierPath}/stap/3-bestek`);
  await page.locator('.criteria-table').waitFor();
  await saved(page);

  const before = await storedDossier(page);
  const criteria = before.award.criteria;
  const scored = scoredCriteria(before.award);
  const victim = criteria.find((c) => scored.has(c.id));
  assert.ok(victim, 'the demo has a criterion with scores');
  const scoresBefore = scoresOf(before.award, victim.id).length;
  assert.ok(scoresBefore > 0);

  const rows = page.locator('.criteria-table tbody tr');
  const rowCount = await rows.count();
  const index = criteria.findIndex((c) => c.id === victim.id);
  await rows.nth(index).locator('button.danger').click();
  await page.locator('#award-criteria-undo').waitFor();
  assert.equal(await rows.count(), rowCount - 1, 'the row is gone');
  await saved(page);
  const after = await storedDossier(page);
  assert.ok(!after.award.criteria.some((c) => c.id === victim.id), 'the criterion is removed');
  assert.ok(!scoredCriteria(after.award).has(victim.id), 'no score of the removed criterion is left behind');
  await app.screenshot('criteria-removed');
  await app.expectClean();

  await page.locator('#award-criteria-undo').click();
  await page.waitForFunction((n) => document.querySelectorAll('.criteria-table tbody tr').length === n, rowCount);
  await saved(page);
  const restored = await storedDossier(page);
  assert.deepEqual(restored.award.criteria.map((c) => c.id), criteria.map((c) => c.id), 'back in its place');
  assert.equal(scoresOf(restored.award, victim.id).length, scoresBefore, 'every score is back');
  assert.deepEqual(restored.award.bids, before.award.bids, 'the bids exactly as before');
  await app.expectClean();
  await app.close();
});
