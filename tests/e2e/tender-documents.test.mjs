// End-to-end test of the request-for-tender arrangements (issue 17, section 2): the user fills
// where and by when bidders submit in step 5, the open points follow, and the bestek preview
// shows the new sections with the dossier's own values. Against the release bundle.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib.mjs';

/** Waits until the header says the work is saved. */
async function saved(page) {
  await page.waitForFunction(() => document.getElementById('save-status')?.dataset.state === 'saved',
    null, { timeout: 10_000, polling: 50 });
}

/** The hrefs of the open points of the current step. */
async function openPoints(page) {
  return page.locator('.open-points li a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
}

test('step 5 asks where and by when bidders submit, and the bestek prints it', async () => {
  const app = await openApp('/');
  const page = app.page;
  await page.locator('button[data-demo="apeldoorn"]').click();
  await page.waitForURL(/\/dossier\/[^/]+\/stap\/1-verkenning$/);
  const base = app.path().replace(/1-verkenning$/, '');
  await app.goto(base + '5-offerteprocedure');
  await app.expectHeading('Offerteprocedure');

  // The demo's source gives no submission arrangements: four open points lead to the fields.
  let points = await openPoints(page);
  for (const anchor of ['#f-submission-channel', '#f-questions-deadline', '#f-submission-deadline', '#f-purchase-conditions']) {
    assert.ok(points.includes(anchor), `open point for ${anchor} in ${points}`);
  }

  await page.locator('#f-submission-channel input[type="radio"]').nth(1).check();
  await page.locator('#f-submission-address').pressSequentially('inkoop@dalwijk.nl', { delay: 5 });
  // Questions after the closing date: the order is an open point of its own.
  await page.locator('#f-questions-deadline').fill('2027-02-10');
  await page.locator('#f-submission-deadline').fill('2027-02-05');
  await page.locator('#f-submission-deadline-time').fill('12:00');
  await page.locator('#f-purchase-conditions').pressSequentially('Algemene Inkoopvoorwaarden gemeente Dalwijk 2026', { delay: 2 });
  await saved(page);
  const order = page.locator('.open-points li', { hasText: 'vóór de sluitingsdatum' });
  await order.first().waitFor();
  await page.locator('#f-questions-deadline').fill('2027-01-15');
  await saved(page);
  await order.first().waitFor({ state: 'detached' });
  points = await openPoints(page);
  for (const anchor of ['#f-submission-channel', '#f-questions-deadline', '#f-submission-deadline', '#f-purchase-conditions']) {
    assert.ok(!points.includes(anchor), `no open point for ${anchor} any more: ${points}`);
  }
  await app.screenshot('tender-step5');

  // The bestek preview: the new sections with the values just entered.
  await app.goto(base.replace(/stap\/$/, 'documenten'));
  const doc = page.locator('.document');
  for (const text of [
    'Vragen en nota van inlichtingen',
    '15 januari 2027',
    '5 februari 2027 om 12:00 uur per e-mail aan inkoop@dalwijk.nl',
    'opschortende termijn van 20 kalenderdagen',
    'Eigen verklaring, UEA en bewijsstukken',
    'Rekenvoorbeeld',
    'Algemene Inkoopvoorwaarden gemeente Dalwijk 2026 van toepassing',
    'Bijlage A: Prijsformulier',
    'Bijlage B: Inschrijfformulier en verklaring',
  ]) {
    await doc.getByText(text).first().waitFor({ timeout: 10_000 });
  }
  // One h1 on the page (its own title); the document's title and sections are below it.
  assert.equal(await page.locator('main h1').count(), 1, 'the documents page has one h1');
  assert.equal(await doc.locator('h2.doc-title-text').count(), 1);
  const body = await doc.first().innerText();
  assert.doesNotMatch(body, /\b(u|uw)\b/i, 'the bestek speaks of the inschrijver, never to "u"');
  await app.screenshot('tender-bestek', { fullPage: true });
  await app.expectClean();
  await app.close();
});
