// End-to-end tests of the rest of issue 17 (../shared/reviews/walkthrough.md, persona 1 and the
// smaller issues), each walked through the page:
//   1. A new dossier's price formula is fixed, published bounds; the missing bounds are an open
//      point of step 3 that says why they are published, and entering them closes it.
//   3. (a) A calculation under an amount that does not parse says it uses the last valid amount;
//      (b) a cell that gets focus is scrolled clear of the sticky bidder column, with its message;
//      (c) the consensus table fits at 1366 px; (d) "Naar de uitkomst" puts the heading at the top.
//   4. Bids equal in total, quality and price share their rank; the page names no winner and
//      says the bestek's rule (lots) decides.
// Against the release bundle (E2E_DIST). A demo dossier lives in memory until it is saved, so
// the tests move by clicking links.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib.mjs';

async function saved(page) {
  await page.waitForFunction(() => document.getElementById('save-status')?.dataset.state === 'saved',
    null, { timeout: 10_000, polling: 50 });
}

async function openPoints(page) {
  return (await page.locator('.open-points li').allTextContents()).join('\n');
}

/** Goes to a step by the step list. */
async function toStep(app, slug) {
  await app.page.locator(`.step-nav a[href$="/stap/${slug}"]`).first().click();
  await app.page.waitForURL(new RegExp(`/stap/${slug}$`));
}

/** Opens a demo and its bids page (step 5's link). */
async function openDemoBids(key = 'apeldoorn') {
  const app = await openApp('/');
  const { page } = app;
  await page.locator(`[data-demo=${key}]`).click();
  await page.waitForURL(/\/dossier\/[^/]+\/stap\//);
  await toStep(app, '5-offerteprocedure');
  await page.locator('.to-bids a[href$="/offertes"]').click();
  await app.expectHeading('Offertes vergelijken');
  return app;
}

test('1: a new dossier scores the price between published bounds, and asks for them with the reason', async () => {
  const app = await openApp('/');
  const { page } = app;
  await page.getByLabel('Naam van het nieuwe dossier').fill('Re-integratie 2027 Heuvelrand');
  await page.getByRole('button', { name: 'Dossier maken' }).click();
  await page.waitForURL(/\/dossier\/[^/]+\/stap\/1-verkenning$/);
  await toStep(app, '3-bestek');
  // FormulaKind::ALL order: relative, linear, fixed bounds, quality-to-price, cost per result.
  await page.locator('#f-price-formula-2').waitFor();
  assert.ok(await page.locator('#f-price-formula-2').isChecked(), 'fixed bounds is the default');
  assert.ok(!(await page.locator('#f-price-formula-0').isChecked()), 'relative to the lowest is not');
  const point = page.locator('.open-points li', { hasText: 'Vul de onder- en bovengrens van de prijs in' });
  await point.waitFor();
  assert.match(await point.textContent(), /kan de volgorde van de andere niet omdraaien/, 'the reason is given');
  assert.equal(await point.locator('a').getAttribute('href'), '#f-price-formula');
  await page.fill('#f-price-low', '4000');
  await page.press('#f-price-low', 'Tab');
  await page.fill('#f-price-high', '7000');
  await page.press('#f-price-high', 'Tab');
  await saved(page);
  await page.waitForFunction(() => ![...document.querySelectorAll('.open-points li')]
    .some((l) => /bovengrens van de prijs/.test(l.textContent)), null, { timeout: 5_000 });
  assert.doesNotMatch(await openPoints(page), /bovengrens van de prijs/);
  await app.expectClean();
  await app.close();
});

test('3a: under an amount that does not parse, the contract value says it uses the last valid amount', async () => {
  const app = await openApp('/');
  const { page } = app;
  await page.getByLabel('Naam van het nieuwe dossier').fill('Waarde');
  await page.getByRole('button', { name: 'Dossier maken' }).click();
  await page.waitForURL(/\/dossier\/[^/]+\/stap\/1-verkenning$/);
  await page.locator('#f-participants-add').click();
  const id = await page.locator('#f-participants input[aria-label="Gemeente"]').first().getAttribute('id');
  await page.fill(`#${id}`, 'Gemeente Heuvelrand');
  await page.fill(`#${id}-trajectories`, '60');
  await page.press(`#${id}-trajectories`, 'Tab');
  await toStep(app, '3-bestek');
  await page.fill('#f-contract-months', '36');
  await page.press('#f-contract-months', 'Tab');
  await toStep(app, '5-offerteprocedure');
  const computed = page.locator('.value-check .computed');
  await page.fill('#f-estimated-price', '7500');
  await page.press('#f-estimated-price', 'Tab');
  await page.waitForFunction(() => /7\.500,00/.test(document.querySelector('.value-check .computed')?.textContent || ''));
  assert.equal(await page.locator('#value-stale').count(), 0, 'no note while the amount is valid');

  // The walkthrough's x-17: an amount that does not parse.
  await page.fill('#f-estimated-price', '12,3,4');
  await page.press('#f-estimated-price', 'Tab');
  const note = page.locator('#value-stale');
  await note.waitFor();
  assert.match(await note.textContent(), /gebruikt nog het laatste geldige bedrag/);
  assert.match(await computed.textContent(), /7\.500,00/, 'the figure shown is the last valid one, and says so');
  await app.screenshot('tail-stale-value');

  // Corrected: the note goes and the figure follows.
  await page.fill('#f-estimated-price', '8000');
  await page.press('#f-estimated-price', 'Tab');
  await note.waitFor({ state: 'detached' });
  assert.match(await computed.textContent(), /8\.000,00/);
  await app.expectClean();
  await app.close();
});

test('3b-d: focus clears the sticky column, the consensus table fits at 1366, the outcome heading comes to the top', async () => {
  const app = await openDemoBids();
  const { page } = app;

  // (c) Every consensus table fits its box on a 1366-wide screen.
  const tables = await page.locator('.consensus-table').evaluateAll((ts) => ts.map((t) => {
    const box = t.closest('.table-scroll');
    return { scroll: box.scrollWidth, client: box.clientWidth };
  }));
  assert.ok(tables.length > 0);
  for (const t of tables) assert.ok(t.scroll <= t.client + 1, `consensus table fits: ${JSON.stringify(t)}`);
  await page.locator('.consensus-table').first().scrollIntoViewIfNeeded();
  await app.screenshot('tail-consensus-1366');

  // (b) The walkthrough's x-13: the table scrolled so that the price sits under the sticky
  // bidder column; the price gets focus (as the arrow keys or a link give it).
  const price = page.locator('input[id$="-price"]').first();
  const pid = await price.getAttribute('id');
  await price.fill('12,3,4');
  await price.press('Tab');
  await page.evaluate((pid) => {
    const p = document.getElementById(pid);
    const sticky = p.closest('tr').querySelector('.sticky-col');
    p.closest('.table-scroll').scrollLeft += p.getBoundingClientRect().left - sticky.getBoundingClientRect().left + 20;
  }, pid);
  const under = await page.evaluate((pid) => {
    const p = document.getElementById(pid).getBoundingClientRect();
    const s = document.getElementById(pid).closest('tr').querySelector('.sticky-col').getBoundingClientRect();
    return p.left < s.right;
  }, pid);
  assert.ok(under, 'set-up: the price is under the sticky column');
  await price.focus();
  await page.waitForTimeout(100);
  const geo = await page.evaluate((pid) => {
    const p = document.getElementById(pid);
    const msg = p.closest('td').querySelector('.cell-msg');
    const sticky = p.closest('tr').querySelector('.sticky-col').getBoundingClientRect();
    return { input: p.getBoundingClientRect().left, msg: msg.getBoundingClientRect().left, text: msg.textContent, sticky: sticky.right };
  }, pid);
  assert.match(geo.text, /Dit is geen bedrag/);
  assert.ok(geo.input >= geo.sticky && geo.msg >= geo.sticky, `the price and its message are clear: ${JSON.stringify(geo)}`);
  await app.screenshot('tail-sticky-focus');
  await price.fill('4.250');
  await price.press('Tab');

  // (d) "Naar de uitkomst": the heading at the top of the screen, focused.
  await page.locator('.result-strip a', { hasText: 'Naar de uitkomst' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 's-results', null, { timeout: 5_000 });
  await page.waitForTimeout(200);
  const top = await page.evaluate(() => document.getElementById('s-results').getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 100, `the outcome heading is at the top (${top} px)`);
  await app.screenshot('tail-to-outcome');
  await app.expectClean();
  await app.close();
});

test('4: bids equal in total, quality and price share their rank; lots decide, as the bestek says', async () => {
  const app = await openDemoBids();
  const { page } = app;
  // Make bid B a copy of bid A: same price and the same agreed scores.
  const rows = page.locator('.bids-table tbody tr.bid-row');
  const nameA = await rows.nth(0).locator('input[id$="-name"]').inputValue();
  const nameB = await rows.nth(1).locator('input[id$="-name"]').inputValue();
  // Price and placement rate (the demo scores the cost per result).
  for (const what of ['price', 'rate']) {
    const value = await rows.nth(0).locator(`input[id$="-${what}"]`).inputValue();
    await rows.nth(1).locator(`input[id$="-${what}"]`).fill(value);
  }
  const copy = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('input[id^="agree-"]:not([id$="-reason"])')].map((i) => i.id);
    return ids;
  });
  // Agreed scores are per bid and criterion: agree-{bid}-{criterion}.
  const bidA = (await rows.nth(0).locator('input[id$="-name"]').getAttribute('id')).replace(/^bid-/, '').replace(/-name$/, '');
  const bidB = (await rows.nth(1).locator('input[id$="-name"]').getAttribute('id')).replace(/^bid-/, '').replace(/-name$/, '');
  for (const id of copy.filter((i) => i.startsWith(`agree-${bidA}-`))) {
    const value = await page.locator(`#${id}`).inputValue();
    await page.fill(`#${id.replace(bidA, bidB)}`, value);
  }
  // And the individual scores, so that the quality totals are equal whatever counts.
  const scoreIds = await page.evaluate((a) => [...document.querySelectorAll(`input[id^="bid-${a}-s-"]`)].map((i) => i.id), bidA);
  for (const id of scoreIds) {
    await page.fill(`#${id.replace(bidA, bidB)}`, await page.locator(`#${id}`).inputValue());
  }
  await saved(page);
  const strip = page.locator('#result-strip-text');
  await page.waitForFunction(() => /gelijke stand/.test(document.getElementById('result-strip-text')?.textContent || ''),
    null, { timeout: 10_000 }).catch(async () => {
    const rows = await page.locator('.breakdown-table tbody tr').allTextContents();
    assert.fail(`no tie shown: "${await strip.textContent()}"; ${JSON.stringify(rows)}`);
  });
  const text = await strip.textContent();
  assert.match(text, /^Loting beslist \(bestek\): gelijke stand tussen .+ en .+\.$/, 'what decides comes first');
  assert.ok(text.includes(nameA) && text.includes(nameB), text);
  assert.match(await page.locator('.winner-line').textContent(), /Gelijke stand op de eerste plaats/);
  const ranks = await page.locator('.breakdown-table tbody tr').evaluateAll((trs) =>
    trs.map((r) => [r.querySelector('td').textContent.trim(), r.querySelector('th').textContent.trim()]));
  assert.equal(ranks[0][0], '1');
  assert.equal(ranks[1][0], '1', `both share rank 1: ${JSON.stringify(ranks)}`);
  assert.match(await page.locator('.breakdown-table tbody tr').nth(1).textContent(), /Volgens het bestek beslist loting/);
  await app.screenshot('tail-tie');
  await app.expectClean();
  await app.close();
});

test('step 3, the longest page, has links to its sections that bring each heading into view', async () => {
  const app = await openApp('/');
  const { page } = app;
  await page.getByLabel('Naam van het nieuwe dossier').fill('Lange stap');
  await page.getByRole('button', { name: 'Dossier maken' }).click();
  await page.waitForURL(/\/dossier\/[^/]+\/stap\/1-verkenning$/);
  await toStep(app, '3-bestek');
  const toc = page.getByRole('navigation', { name: 'Op deze pagina' });
  await toc.waitFor();
  assert.deepEqual((await toc.getByRole('link').allTextContents()).map((t) => t.trim()),
    ['Functionele en technische eisen', 'Risicoverdeling', 'Prikkels', 'Selectie- en gunningscriteria', 'Open punten']);
  for (const [name, id] of [['Selectie- en gunningscriteria', 's3-criteria'], ['Prikkels', 's3-incentives'], ['Open punten', 'open-points-title']]) {
    await toc.getByRole('link', { name, exact: true }).click();
    await page.waitForFunction((id) => document.activeElement?.id === id, id, { timeout: 5000 });
    const box = await page.locator(`#${id}`).boundingBox();
    const height = page.viewportSize().height;
    assert.ok(box && box.y >= 0 && box.y + box.height <= height, `${name}: its heading is in view (y ${box?.y})`);
  }
  await app.expectClean();
  await app.close();
});
