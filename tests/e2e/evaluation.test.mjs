// End-to-end test: independent scoring, then consensus. Separate browser contexts stand for
// separate browsers (nothing shared but files): the contact municipality makes an evaluation
// package on the bids page (prices hidden from then on), three evaluators each open it on
// /beoordelen, score every bid with a reason (one reloads half-way: nothing lost) and send
// their sheet; the contact reads the sheets in: two at once, one from an evaluator with the
// same name as another (asked), one a second time (asked, skipped). The consensus view shows
// the spread and the reasons; the prices stay hidden until the contact opens them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from './lib.mjs';

const ID = 'dbeoord1';
const KEY = `inkoopwijzer:dossier:${ID}`;
const FILES = mkdtempSync(join(tmpdir(), 'inkoopwijzer-evaluation-'));
const PRICES = ['4217.37', '4328.48', '4439.59'];
const BIDS = ['Alfa Re-integratie', 'Beta Werkt', 'Gamma Groep'];

function seedFile() {
  const envelope = {
    format: 'inkoopwijzer-dossier',
    schema: 1,
    revision: 1,
    dossier: {
      id: ID,
      name: 'Samen beoordelen 2027',
      award: {
        criteria: [
          { id: 'c-price', name: 'Prijs', kind: 'price', weight: '40' },
          { id: 'c-plan', name: 'Plan van aanpak', kind: 'quality', weight: '35' },
          { id: 'c-net', name: 'Netwerk met werkgevers', kind: 'quality', weight: '25' },
        ],
        scale: { max_points: '10', levels: [] },
        bids: BIDS.map((bidder, i) => ({ id: `b${i}`, bidder, price: PRICES[i] })),
        disagreement_margin: '2',
      },
    },
  };
  const path = join(FILES, 'start.json');
  writeFileSync(path, JSON.stringify(envelope));
  return path;
}

const stored = (app) => app.page.evaluate((k) => JSON.parse(localStorage.getItem(k)).dossier, KEY);

async function saved(page) {
  await page.waitForFunction(() => document.getElementById('save-status')?.dataset.state === 'saved');
}

/** No price anywhere in what the page shows: no displayed text or input holds one. (Hidden
 * means not displayed: `innerText` would also miss text that the bids page's off-screen
 * sections merely skip rendering.) */
async function noPricesShown(page, where) {
  const variants = PRICES.flatMap((p) => {
    const [whole, cents] = p.split('.');
    return [p, `${whole},${cents}`, `${whole.slice(0, 1)}.${whole.slice(1)},${cents}`];
  });
  const hits = await page.evaluate((variants) => {
    const main = document.querySelector('main');
    const shown = (el) => el.checkVisibility({ visibilityProperty: true });
    const has = (t) => variants.some((v) => t.includes(v));
    const out = [];
    for (const input of main.querySelectorAll('input, textarea')) {
      if (has(input.value) && shown(input)) out.push(`${input.id}=${input.value}`);
    }
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const n = walker.currentNode;
      if (has(n.textContent) && n.parentElement && shown(n.parentElement)) out.push(n.textContent.trim());
    }
    return out;
  }, variants);
  assert.deepEqual(hits, [], `${where}: prices shown`);
}

/** An evaluator opens the package, scores it (points[bid][criterion]) and sends the sheet. */
async function evaluate(pkg, name, municipality, points, { reloadHalfway = false } = {}) {
  const app = await openApp('/beoordelen');
  const page = app.page;
  await page.locator('#ev-file').setInputFiles(pkg);
  await page.locator('#ev-package-title').waitFor();
  assert.match(await page.locator('.evaluator-page').innerText(), /Wie komt de klant aan werk\?/, 'the description');
  await noPricesShown(page, `the page of ${name}`);
  await page.locator('#ev-name').fill(name);
  await page.locator('#ev-municipality').fill(municipality);
  const crits = ['c-plan', 'c-net'];
  let n = 0;
  for (let b = 0; b < 3; b++) {
    for (let c = 0; c < 2; c++) {
      await page.locator(`#ev-b${b}-${crits[c]}-points`).fill(String(points[b][c]));
      await page.locator(`#ev-b${b}-${crits[c]}-reason`).fill(`${name} over ${BIDS[b]}: ${points[b][c]}`);
      n++;
      if (reloadHalfway && n === 3) {
        // Everything typed so far is kept in this browser.
        await page.reload();
        await page.locator('#ev-package-title').waitFor();
        assert.equal(await page.locator('#ev-name').inputValue(), name);
        assert.equal(await page.locator('#ev-b0-c-plan-points').inputValue(), String(points[0][0]));
        assert.equal(await page.locator('#ev-b1-c-plan-reason').inputValue(), `${name} over ${BIDS[1]}: ${points[1][0]}`);
        assert.match(await page.locator('#ev-progress').innerText(), /3 van 6 scores gegeven/);
      }
    }
  }
  // A score outside the scale is said at the input and not kept.
  await page.locator('#ev-b2-c-net-points').fill('11');
  assert.match(await page.locator('#ev-b2-c-net-points-msg').innerText(), /Hoogstens 10 punten/);
  await page.locator('#ev-b2-c-net-points').fill(String(points[2][1]));
  assert.match(await page.locator('#ev-progress').innerText(), /6 van 6 scores gegeven/);
  await app.expectClean();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#ev-download').click()]);
  await page.locator('#ev-sent').waitFor();
  const path = join(FILES, `sheet-${name.replace(/\W+/g, '-')}-${municipality}.json`);
  await download.saveAs(path);
  await app.close();
  return path;
}

test('three evaluators score a package; the contact merges their sheets; prices stay hidden until opened', async () => {
  const contact = await openApp('/');
  const page = contact.page;
  await page.locator('#import-file').setInputFiles(seedFile());
  await page.getByRole('link', { name: 'Samen beoordelen 2027' }).first().waitFor({ timeout: 10_000 });
  await contact.goto(`/dossier/${ID}/offertes`);
  await page.locator('#round-download').waitFor({ timeout: 10_000 });
  assert.ok(await page.locator('#hb-price').isVisible(), 'before a round the prices show');

  // The package: descriptions for the evaluators, then the download.
  await page.locator('#round-desc-c-plan').fill('Wie komt de klant aan werk?');
  await page.locator('#round-by').fill('Ria (Leiden)');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#round-download').click()]);
  assert.match(download.suggestedFilename(), /^beoordelingspakket-samen-beoordelen-2027-.*\.json$/);
  const pkg = join(FILES, 'pakket.json');
  await download.saveAs(pkg);
  const text = readFileSync(pkg, 'utf8');
  const file = JSON.parse(text);
  assert.equal(file.format, 'inkoopwijzer-evaluation-package');
  assert.equal(file.schema, 1);
  assert.deepEqual(file.criteria.map((c) => c.id), ['c-plan', 'c-net']);
  assert.deepEqual(file.bids.map((b) => b.bidder), BIDS);
  for (const p of PRICES) assert.ok(!text.includes(p), `${p} in the package`);
  assert.ok(!/price|prijs/i.test(text), 'no price field or criterion in the package');

  // From now on the bids page hides the prices and everything computed from them.
  await page.locator('#prices-closed').waitFor();
  assert.ok(!(await page.locator('#hb-price').isVisible()));
  assert.ok(!(await page.locator('section[aria-labelledby="s-results"]').isVisible()));
  await noPricesShown(page, 'the bids page while closed');
  await saved(page);
  await contact.expectClean();

  // Three evaluators, three browsers. Gamma's plan: 9, 2 and 9 (they disagree).
  const ann = await evaluate(pkg, 'Ann Smit', 'Leiden', [[7, 6], [8, 5], [9, 7]], { reloadHalfway: true });
  const jan = await evaluate(pkg, 'Jan de Vries', 'Leiden', [[7, 7], [8, 6], [2, 7]]);
  const jan2 = await evaluate(pkg, 'Jan de Vries', 'Katwijk', [[6, 6], [8, 6], [9, 8]]);

  // The first two sheets at once: nothing to ask.
  await page.locator('#sheet-file').setInputFiles([ann, jan]);
  await page.waitForFunction(() => document.querySelectorAll('#sheet-results li').length === 2);
  assert.match(await page.locator('#sheet-results').innerText(), /Scoreformulier van Ann Smit ingelezen: 6 scores/);
  assert.match(await page.locator('#sheet-results').innerText(), /Scoreformulier van Jan de Vries ingelezen: 6 scores/);

  // Another Jan de Vries: asked, not merged into the first one silently.
  await page.locator('#sheet-file').setInputFiles(jan2);
  await page.locator('#sheet-question-title').waitFor();
  assert.match(await page.locator('.sheet-question').innerText(), /Er is al een beoordelaar met de naam ‘Jan de Vries’/);
  await page.locator('#sheet-apply').click();
  await page.getByRole('alert').filter({ hasText: 'Maak bij elke vraag een keuze' }).waitFor();
  assert.equal((await stored(contact)).award.sheets.length, 2, 'nothing written without an answer');
  assert.equal(await page.locator('#sheet-other-name').inputValue(), 'Jan de Vries (Katwijk)');
  await page.locator('#sheet-other-person').check();
  await page.locator('#sheet-apply').click();
  await page.locator('#sheet-question-title').waitFor({ state: 'detached' });

  // Ann's sheet a second time: asked, and skipped.
  await page.locator('#sheet-file').setInputFiles(ann);
  await page.locator('#sheet-question-title').waitFor();
  assert.match(await page.locator('.sheet-question').innerText(), /al op .* ingelezen, met dezelfde scores/);
  await page.locator('#sheet-skip').click();
  assert.match(await page.locator('#sheet-results').innerText(), /Scoreformulier van Ann Smit niet ingelezen/);
  await saved(page);

  const d = await stored(contact);
  assert.deepEqual(d.award.evaluators.map((e) => e.name), ['Ann Smit', 'Jan de Vries', 'Jan de Vries (Katwijk)']);
  assert.equal(d.award.sheets.length, 3);
  assert.equal(d.award.round.prices_opened_at, '');
  const rows = page.locator('#sheets-table tbody tr');
  assert.equal(await rows.count(), 3);

  // The consensus view: three scores side by side, the spread, the flag, the reasons.
  const plan = page.locator('.consensus-block').filter({ hasText: 'Plan van aanpak' });
  const gamma = plan.locator('tbody tr').filter({ hasText: 'Gamma Groep' });
  assert.deepEqual((await gamma.locator('td.num').allTextContents()).slice(0, 3), ['9', '2', '9']);
  assert.ok(await gamma.evaluate((tr) => tr.classList.contains('disagree')), 'a disagreement is flagged');
  await plan.locator('details.consensus-reasons summary').click();
  assert.match(await plan.locator('details.consensus-reasons').textContent(), /Jan de Vries: 2 – Jan de Vries over Gamma Groep: 2/);
  await noPricesShown(page, 'the bids page with the sheets read in');
  await contact.expectClean();

  // Opening the prices asks first, then records when and by whom.
  await page.locator('#prices-open').click();
  assert.match(await page.locator('#prices-confirm-text').innerText(), /3 scoreformulieren ingelezen/);
  await page.locator('#prices-open-yes').click();
  await page.locator('#prices-opened').waitFor();
  assert.match(await page.locator('#prices-opened').innerText(), /Prijzen geopend op .* door Ria \(Leiden\)/);
  assert.ok(await page.locator('#hb-price').isVisible(), 'the prices show once opened');
  await assert.rejects(noPricesShown(page, 'opened'), /prices shown/, 'the check finds prices when they show');
  await saved(page);
  const opened = await stored(contact);
  assert.match(opened.award.round.prices_opened_at, /^\d{4}-\d\d-\d\dT/);
  assert.equal(opened.award.round.prices_opened_by, 'Ria (Leiden)');
  // The original scores stay on record when a score in the table changes.
  assert.deepEqual(opened.award.sheets, d.award.sheets);
  await contact.expectClean();
  await contact.close();
});

test('a dossier file on the evaluator page and a package on the start page are named', async () => {
  const app = await openApp('/beoordelen');
  await app.page.locator('#ev-file').setInputFiles(seedFile());
  await app.page.locator('#ev-error').waitFor();
  assert.match(await app.page.locator('#ev-error').innerText(), /kon niet worden geopend/);
  await app.expectClean();
  // A package offered as a dossier says where it belongs.
  const pkg = join(FILES, 'los-pakket.json');
  writeFileSync(pkg, JSON.stringify({
    format: 'inkoopwijzer-evaluation-package', schema: 1, package_id: 'pkg-x', dossier_id: 'd', criteria: [], bids: [],
  }));
  await app.goto('/');
  await app.page.locator('#import-file').setInputFiles(pkg);
  await app.page.locator('#import-error').waitFor();
  assert.match(await app.page.locator('#import-error').innerText(), /Dit is een beoordelingspakket, geen dossier/);
  assert.match(await app.page.locator('#import-error').innerText(), /Beoordelen/);
  await app.close();
});
