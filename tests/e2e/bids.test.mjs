// End-to-end tests of the bid comparison (/dossier/{id}/offertes): the domain primer's
// rank-reversal example entered through the page, invalid input hiding the outcome, keyboard
// editing, the CSV download, and 200% zoom. Run with `node --test tests/e2e/` after
// `scripts/build` (scripts/test does both).
//
// A demo dossier lives in memory until it is saved, so every test reaches the page by
// clicking through (start page → demo → step 3 → step 5 → bids), never by a fresh load.
//
// Note: off-screen sections of the page use `content-visibility: auto`, so their innerText
// is empty until they are scrolled into view; the helpers read textContent instead.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApp, ZOOM_200 } from './lib.mjs';

const TITLE_NL = 'Offertes vergelijken';
const BID = (letter) => `apeldoorn-bid-${letter}`;
const QUALITY = 'apeldoorn-c2';
const EVALUATOR = 'apeldoorn-e1';

/** Opens the Apeldoorn demo and sets step 3 to the primer's criteria: Prijs 50 %, Kwaliteit
 * 50 %, relative to the lowest price. Then opens the bids page from step 5. */
async function openPrimerSetup(options = {}) {
  const app = await openApp('/', options);
  const { page } = app;
  await page.locator('[data-demo=apeldoorn]').click();
  await page.waitForURL(/\/dossier\/[^/]+\/stap\//);
  await page.locator('a[href$="/stap/3-bestek"]').first().click();
  await page.locator('#f-award-criteria-apeldoorn-c1').waitFor();
  for (const c of ['c5', 'c4', 'c3']) {
    await page.locator(`tr:has(#f-award-criteria-apeldoorn-${c}) button.danger`).click();
  }
  await page.fill('#f-award-criteria-apeldoorn-c1', 'Prijs');
  await page.fill('#f-award-criteria-apeldoorn-c1-weight', '50');
  await page.fill('#f-award-criteria-apeldoorn-c2', 'Kwaliteit');
  await page.fill('#f-award-criteria-apeldoorn-c2-weight', '50');
  await page.check('#f-price-formula-0');
  await page.locator('a[href$="/stap/5-offerteprocedure"]').first().click();
  await page.locator('.to-bids a[href$="/offertes"]').click();
  await app.expectHeading(TITLE_NL);
  return app;
}

/** The primer's bids: scale 0..100, one evaluator, no knock-out, no agreed scores. */
async function enterPrimerBids(app, letters = ['a', 'b', 'c']) {
  const { page } = app;
  await page.fill('#scale-max', '100');
  await page.locator('li:has(#ev-apeldoorn-e2-name) button.danger').click();
  await page.locator('li.ko-row button.danger').click();
  const bids = { a: ['A', '100.000', '60'], b: ['B', '€ 125.000,00', '78'], c: ['C', 'EUR 50.000', '5'] };
  for (const l of letters) {
    const [name, price, quality] = bids[l];
    await page.fill(`#bid-${BID(l)}-name`, name);
    await page.fill(`#bid-${BID(l)}-price`, price);
    await page.fill(`#bid-${BID(l)}-s-${QUALITY}-${EVALUATOR}`, quality);
    await page.fill(`#agree-${BID(l)}-${QUALITY}`, '');
    await page.fill(`#agree-${BID(l)}-${QUALITY}-reason`, '');
  }
}

/** The rows of the breakdown table as arrays of cell texts. */
async function breakdownRows(page) {
  return page.locator('.breakdown-table tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
}

test('the primer example: A beats B, until C is added; then B wins and the check names C', async () => {
  const app = await openPrimerSetup();
  const { page } = app;
  await enterPrimerBids(app);

  // Without C: A 80,00 wins over B 79,00.
  await page.locator(`tr:has(#bid-${BID('c')}-name) .row-tools button.danger`).click();
  let rows = await breakdownRows(page);
  assert.deepEqual(rows.map((r) => [r[0], r[1], r[5]]), [['1', 'A', '80,00'], ['2', 'B', '79,00']]);

  // Undo brings C back: B 59,00, A 55,00, C 52,50.
  await page.locator('#bids-undo').click();
  await page.locator(`#bid-${BID('c')}-name`).waitFor();
  rows = await breakdownRows(page);
  assert.deepEqual(rows.map((r) => [r[0], r[1], r[3], r[4], r[5]]), [
    ['1', 'B', '20,00', '39,00', '59,00'],
    ['2', 'A', '25,00', '30,00', '55,00'],
    ['3', 'C', '50,00', '2,50', '52,50'],
  ]);
  assert.match(await page.locator('.winner-line').textContent(), /Winnaar\s+B\s+— 59,00/);

  // The rank-reversal check names C as the cause and advises an absolute formula.
  const reversal = await page.locator('.reversals').textContent();
  assert.match(reversal, /Zonder de inschrijving van C wordt de laagste prijs €\s100\.000,00 in plaats van €\s50\.000,00/);
  assert.match(reversal, /B \(59,00\) staat nu vóór A \(55,00\); zonder die inschrijving staat A \(80,00\) vóór B \(79,00\)/);
  assert.match(await page.locator('.advice').textContent(), /absolute formule/);

  // The tie-break and rounding rules are stated; the chart has a text alternative.
  assert.match(await page.locator('.rules').textContent(), /Bij een gelijke totaalscore gaat eerst de hogere kwaliteitsscore voor/);
  const chart = page.locator('.breakdown-chart svg[role="img"]');
  assert.match(await chart.getAttribute('aria-label'), /1\. B 59,00; 2\. A 55,00; 3\. C 52,50/);

  // Every other formula's ranking is shown next to the chosen one.
  assert.match(await page.locator('.ranking-table').textContent(), /Lineair tussen laagste en hoogste inschrijving/);

  await page.locator('#s-results').scrollIntoViewIfNeeded();
  await app.screenshot('bids-primer-1366x768');
  await app.expectClean();
  await app.close();
});

test('an entry that does not parse gets a message at the cell and hides the outcome until fixed', async () => {
  const app = await openPrimerSetup();
  const { page } = app;
  await enterPrimerBids(app);
  const price = page.locator(`#bid-${BID('a')}-price`);
  assert.equal(await price.getAttribute('aria-label'), 'Prijs per traject, A');

  await price.fill('12,3,4');
  assert.equal(await price.getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator(`#bid-${BID('a')}-price-msg`).textContent(), /Dit is geen bedrag/);
  await page.getByText('Eerst de ongeldige invoer herstellen').waitFor();
  assert.equal(await page.locator('.breakdown-table').count(), 0, 'no results while an input is invalid');
  assert.equal(await page.locator('#export-csv').isDisabled(), true, 'no export of stale numbers');
  // The message links to the field.
  await page.locator('.banner.stale a', { hasText: 'Prijs per traject, A' }).click();
  assert.equal((await app.focused())?.id, `bid-${BID('a')}-price`);

  await price.fill('100000');
  await page.locator('.breakdown-table').waitFor();
  assert.equal(await price.getAttribute('aria-invalid'), null);
  await app.expectClean();
  await app.close();
});

test('keyboard: arrows move between rows, moving a row keeps focus, labels name the bidder', async () => {
  const app = await openPrimerSetup();
  const { page } = app;
  await enterPrimerBids(app);
  await page.focus(`#bid-${BID('a')}-price`);
  await page.keyboard.press('ArrowDown');
  assert.equal((await app.focused())?.id, `bid-${BID('b')}-price`);
  await page.keyboard.press('ArrowUp');
  assert.equal((await app.focused())?.id, `bid-${BID('a')}-price`);

  await page.locator(`#bid-${BID('b')}-up`).click();
  await page.waitForFunction(() => document.activeElement?.id?.endsWith('-down'));
  assert.equal((await app.focused())?.id, `bid-${BID('b')}-down`, 'focus stays on the moved row');
  const order = await page.locator('.bids-table tbody th input').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(order, ['B', 'A', 'C']);
  assert.equal(await page.locator(`#bid-${BID('c')}-s-${QUALITY}-${EVALUATOR}`).getAttribute('aria-label'),
    'Kwaliteit, Beoordelaar 1 (fictief), C');
  await app.close();
});

test('CSV export: a semicolon file with a BOM and decimal commas, named after the dossier', async () => {
  const app = await openPrimerSetup();
  const { page } = app;
  await enterPrimerBids(app);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
  assert.match(download.suggestedFilename(), /^offertes-apeldoorn-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFFRang;Inschrijver;'), 'BOM and semicolon header');
  assert.match(text, /\r\n1;B;125000,00;/);
  assert.match(text, /Rangorde-omkering/);
  await app.close();
});

test('at 200% zoom the page does not scroll sideways; wide tables scroll in their box', async () => {
  const app = await openPrimerSetup({ ...ZOOM_200 });
  const { page } = app;
  await enterPrimerBids(app);
  await page.locator('.breakdown-table').waitFor();
  assert.equal(await app.hasHorizontalScroll(), false, `overflow: ${(await app.overflowingElements()).join(', ')}`);
  await page.locator('#s-bids').scrollIntoViewIfNeeded();
  await app.screenshot('bids-table-200pct');
  await app.switchLanguage();
  await app.expectHeading('Comparing the bids');
  assert.equal(await app.hasHorizontalScroll(), false);
  await app.expectClean();
  await app.close();
});
