// End-to-end test: the result strip at the bottom of the bid page follows every change.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib.mjs';

test('the result strip names the winner while editing, and says why there is none', async () => {
  const app = await openApp('/');
  const page = app.page;
  await page.locator('button[data-demo="apeldoorn"]').click();
  await page.waitForURL(/\/stap\/1-verkenning$/);
  await app.goto(app.path().replace(/\/stap\/.*$/, '/offertes'));
  await page.locator('.bids-table').waitFor();
  const strip = page.locator('.result-strip-text');
  const text = async () => (await strip.textContent()).trim();
  const first = await text();
  assert.match(first, /^Winnaar: Aanbieder B \(fictief\) — 89,50 punten/);
  // The strip is on screen while the table is being edited.
  const price = page.locator('.bids-table input[id$="-price"]').nth(1);
  await price.scrollIntoViewIfNeeded();
  assert.ok(await strip.isVisible());
  const box = await page.locator('.result-strip').boundingBox();
  assert.ok(box && box.y + box.height <= 768 + 1 && box.y > 768 / 2, `at the bottom of the screen: ${JSON.stringify(box)}`);
  // B's price up a lot: B no longer wins.
  await price.fill('');
  await price.pressSequentially('20000', { delay: 5 });
  await page.waitForFunction((before) => document.querySelector('.result-strip-text')?.textContent.trim() !== before, first);
  assert.doesNotMatch(await text(), /Aanbieder B/);
  // Invalid text: no outcome, and the strip says why.
  await price.fill('');
  await price.pressSequentially('twintig', { delay: 5 });
  await page.waitForFunction(() => /ongeldig/.test(document.querySelector('.result-strip-text')?.textContent || ''));
  await page.locator('.result-strip a').click();
  await page.waitForFunction(() => document.activeElement?.id === 's-results');
  await app.expectClean();
  await app.close();
});

test('the workshop demo shows rank reversal on the projector: B wins, without C A wins', async () => {
  const app = await openApp('/', { viewport: { width: 1920, height: 1080 } });
  const page = app.page;
  await page.locator('button[data-demo="workshop-omkering"]').click();
  // The workshop demo opens straight on the bid comparison (issue 13 §3; it used to open on step 1).
  await page.waitForURL(/\/offertes$/);
  await page.locator('.bids-table').waitFor();
  assert.match(await page.locator('.result-strip-text').textContent(), /Winnaar: Aanbieder B \(fictief\) — 59,00/);
  assert.match(await page.locator('.reversals').textContent(), /Aanbieder C/);
  await page.locator('tr:has(#bid-workshop-bid-c-name) .row-tools button.danger').click();
  await page.waitForFunction(() => /Aanbieder A \(fictief\) — 80,00/.test(document.querySelector('.result-strip-text')?.textContent || ''));
  await app.screenshot('workshop-without-c-1920');
  await app.expectClean();
  await app.close();
});
