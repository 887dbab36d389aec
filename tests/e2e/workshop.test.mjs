// End-to-end tests of the workshop (/workshop) and projector mode: every exercise runs through
// question, change, reveal and reset without touching stored dossiers; projector mode is
// remembered across a reload; the presenting lock blocks edits and is a keyboard toggle; axe
// finds nothing serious in projector mode; the facilitator script prints on one page;
// screenshots of every exercise at 1024x768 and 1920x1080 in projector mode.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib.mjs';

const TITLE_NL = 'Workshop: innovatief inkopen in 45 minuten';
const EXERCISES = ['functioneel', 'risico', 'prikkels', 'rangorde', 'gewichten', 'rol', 'samen'];

/** The stored keys of dossiers (none may appear: the workshop never writes one). */
async function dossierKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('inkoopwijzer:dossier:')));
}

async function reveal(page, slug, sourceText) {
  const answer = page.locator(`#answer-${slug}`);
  assert.equal(await answer.isVisible(), false, `${slug}: the answer is hidden at first`);
  await page.locator(`#reveal-${slug}`).click();
  await answer.waitFor({ state: 'visible' });
  assert.equal(await page.locator(`#reveal-${slug}`).getAttribute('aria-expanded'), 'true');
  assert.match(await answer.textContent(), sourceText, `${slug}: the reveal names its source`);
}

async function reset(page, slug) {
  await page.locator(`#reset-${slug}`).click();
  // A confirmation on the page first.
  await page.locator(`#reset-yes-${slug}`).click();
  await page.locator(`#answer-${slug}`).waitFor({ state: 'hidden' });
}

async function pressTimes(locator, key, n) {
  await locator.focus();
  for (let i = 0; i < n; i++) await locator.press(key);
}

test('every exercise runs through question, change, reveal and reset', async () => {
  const app = await openApp('/workshop');
  const { page } = app;
  await app.expectHeading(TITLE_NL);
  assert.deepEqual(await dossierKeys(page), []);

  // The agenda and the script: seven exercises, 45 minutes together.
  assert.equal(await page.locator('.workshop-agenda li').count(), EXERCISES.length);
  assert.deepEqual(await page.locator('section.exercise').evaluateAll((els) => els.map((e) => e.id)),
    EXERCISES.map((slug) => `oefening-${slug}`), 'the exercises in the order of the session');
  const minutes = (await page.locator('.facilitator-script tbody td.num').allTextContents()).map(Number);
  assert.equal(minutes.length, EXERCISES.length);
  assert.equal(minutes.reduce((a, b) => a + b, 0), 45, 'the session takes 45 minutes');
  for (const slug of EXERCISES) {
    assert.match(await page.locator(`#oefening-${slug} .question`).textContent(), /\?/, `${slug} asks a question`);
  }
  // The agenda jumps to an exercise and puts focus on its heading.
  await page.locator('.workshop-agenda').getByRole('link', { name: 'Prikkels die werken: bonus en malus' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'title-prikkels', null, { timeout: 5000 });

  // 1. Functional or technical: the room's sentence gets the analyser's verdict live.
  const own = page.locator('#ws-own');
  await own.fill('De aanbieder geeft 40 lessen Nederlands van 2 uur in het wijkcentrum, tegen een prijs per les.');
  await page.locator('#ws-own-verdict .verdict-badge').first().waitFor();
  assert.match(await page.locator('#ws-own-verdict').textContent(), /technisch/i);
  await reveal(page, 'functioneel', /Handreiking Inkoop en innovatie §2\.3/);
  assert.match(await page.locator('#answer-functioneel').textContent(), /koffie/);
  await reset(page, 'functioneel');
  assert.equal(await own.inputValue(), '', 'the reset empties the room\'s sentence');
  assert.match(await page.locator('#ws-own-verdict').textContent(), /Nog geen eis getypt/);

  // 2. Who carries the risk: the room answers 'more willing' everywhere; the guide agrees on 4 of 7.
  const more = page.locator('#oefening-risico input[type="radio"][id$="-meer"]');
  assert.equal(await more.count(), 7);
  for (let i = 0; i < 7; i++) await more.nth(i).check();
  assert.equal(await page.locator('#ws-risk-score').isVisible(), false, 'no score before the reveal');
  await reveal(page, 'risico', /Handreiking §2\.3/);
  assert.match(await page.locator('#ws-risk-score').textContent(), /4 van de 7/);
  assert.equal(await page.locator('#oefening-risico .guide-answer .mark.differ').count(), 3);
  await reset(page, 'risico');
  assert.equal(await page.locator('#oefening-risico input[type="radio"]:checked').count(), 0, 'the reset clears the answers');

  // 4. Rank reversal: A wins with two bids, B once C joins, A again with published bounds.
  const situations = page.locator('#ws-situations .situation');
  assert.equal(await situations.count(), 1);
  assert.match(await situations.first().locator('caption').textContent(), /Winnaar: Aanbieder A/);
  await page.locator('#ws-step-2').click();
  await page.waitForFunction(() => document.querySelectorAll('#ws-situations .situation').length === 2);
  assert.match(await page.locator('.situation[data-with-c="false"] caption').textContent(), /Aanbieder A/);
  assert.match(await page.locator('.situation[data-with-c="true"] caption').textContent(), /Aanbieder B/);
  assert.match(await page.locator('.situation[data-with-c="true"] tbody').textContent(), /59,00[\s\S]*55,00[\s\S]*52,50/);
  assert.match(await page.locator('#ws-reversal-verdict').textContent(), /C verandert de winnaar, terwijl/);
  await page.locator('#ws-step-3').click();
  await page.waitForFunction(() => /niet/.test(document.querySelector('#ws-reversal-verdict')?.textContent || ''));
  assert.match(await page.locator('.situation[data-with-c="true"] caption').textContent(), /Aanbieder A/);
  assert.match(await page.locator('.situation[data-with-c="false"] caption').textContent(), /Aanbieder A/);
  await reveal(page, 'rangorde', /Telgen & Timmer/);
  await reset(page, 'rangorde');
  assert.equal(await page.locator('#ws-step-1').getAttribute('aria-pressed'), 'true');
  assert.equal(await situations.count(), 1);

  // 3. Incentives: 11 of 20 is the agreed number; the slider moves bonus, malus and payout.
  const payout = page.locator('#ws-payout');
  assert.match(await payout.textContent(), /150\.000,00/);
  const slider = page.locator('#ws-placements');
  await pressTimes(slider, 'ArrowLeft', 3);
  await page.waitForFunction(() => /138\.750,00/.test(document.querySelector('#ws-payout')?.textContent || ''));
  assert.match(await page.locator('#ws-withheld').textContent(), /11\.250,00/);
  assert.match(await page.locator('#ws-placements-value').textContent(), /8 van 20/);
  await slider.press('End');
  await page.waitForFunction(() => /10\.125,00/.test(document.querySelector('#ws-bonus')?.textContent || ''));
  assert.match(await payout.textContent(), /160\.125,00/);
  await reveal(page, 'prikkels', /bijlage 1/);
  await reset(page, 'prikkels');
  assert.equal(await slider.inputValue(), '11');
  assert.match(await payout.textContent(), /150\.000,00/);

  // 5. Weights: B wins at 50/50; below about 45 % quality the cheap C wins.
  const winner = page.locator('#ws-weight-winner');
  assert.match(await winner.textContent(), /Winnaar: Aanbieder B/);
  assert.ok((await page.locator('#ws-sensitivity li').count()) >= 1, 'the stable range of the weight is shown');
  await pressTimes(page.locator('#ws-weight'), 'ArrowLeft', 5);
  await page.waitForFunction(() => /Winnaar: Aanbieder C/.test(document.querySelector('#ws-weight-winner')?.textContent || ''));
  assert.match(await page.locator('#ws-weight-value').textContent(), /kwaliteit 45 %/);
  await reveal(page, 'gewichten', /Handreiking §3\.4/);
  await reset(page, 'gewichten');
  assert.equal(await page.locator('#ws-weight').inputValue(), '50');
  assert.match(await winner.textContent(), /Aanbieder B/);

  // 6. The buyer's role: the four cases side by side; the room says 'director' everywhere,
  // which the guide gives only for Roermond.
  const roleSelects = page.locator('#oefening-rol select');
  assert.equal(await roleSelects.count(), 4);
  assert.match(await page.locator('#oefening-rol tbody').textContent(), /Amsterdam[\s\S]*Emmen[\s\S]*Roermond[\s\S]*Apeldoorn/);
  for (let i = 0; i < 4; i++) await roleSelects.nth(i).selectOption('regisseur');
  assert.equal(await page.locator('#ws-role-score').isVisible(), false, 'no score before the reveal');
  await reveal(page, 'rol', /Handreiking §3\.5/);
  assert.match(await page.locator('#ws-role-score').textContent(), /1 van de 4/);
  assert.equal(await page.locator('#oefening-rol .guide-answer .mark.differ').count(), 3);
  assert.match(await page.locator('#oefening-rol .guide-answer').nth(3).textContent(), /drugsvrij[\s\S]*blz\. 23/);
  await reset(page, 'rol');
  for (let i = 0; i < 4; i++) assert.equal(await roleSelects.nth(i).inputValue(), '', 'the reset clears the roles');

  // 7. Buying together: Katwijk alone, then two more; the third crosses the services threshold
  // but not the one for social services; three years takes it past that one too.
  const value = page.locator('#ws-joint-value');
  assert.match(await value.textContent(), /60\.000,00/);
  assert.equal(await page.locator('#ws-participants li.joined').count(), 1);
  assert.equal(await page.locator('#ws-leave').isDisabled(), true, 'one participant at least');
  await page.locator('#ws-join').click();
  await page.waitForFunction(() => /150\.000,00/.test(document.querySelector('#ws-joint-value')?.textContent || ''));
  assert.equal(await page.locator('#ws-threshold-services').getAttribute('data-european'), 'false');
  await page.locator('#ws-join').click();
  await page.waitForFunction(() => /270\.000,00/.test(document.querySelector('#ws-joint-value')?.textContent || ''));
  assert.equal(await page.locator('#ws-join').isDisabled(), true, 'everyone has joined');
  assert.equal(await page.locator('#ws-threshold-services').getAttribute('data-european'), 'true');
  assert.equal(await page.locator('#ws-threshold-social').getAttribute('data-european'), 'false');
  assert.match(await page.locator('#ws-threshold-social').textContent(), /750\.000,00[\s\S]*Meervoudig onderhandse procedure/);
  await page.locator('#ws-months-36').click();
  await page.waitForFunction(() => /810\.000,00/.test(document.querySelector('#ws-joint-value')?.textContent || ''));
  assert.equal(await page.locator('#ws-threshold-social').getAttribute('data-european'), 'true');
  assert.match(await page.locator('#ws-threshold-social').textContent(), /Verlicht regime/);
  await reveal(page, 'samen', /Projectplan Holland Rijnland §2\.1/);
  await reset(page, 'samen');
  assert.match(await value.textContent(), /60\.000,00/);
  assert.equal(await page.locator('#ws-months-12').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('#ws-participants li.joined').count(), 1);

  // Answering "no" to a reset changes nothing.
  await pressTimes(slider, 'ArrowRight', 2);
  await page.locator('#reset-prikkels').click();
  await page.getByRole('button', { name: 'Nee', exact: true }).click();
  assert.equal(await slider.inputValue(), '13');

  assert.deepEqual(await dossierKeys(page), [], 'no dossier was stored by the workshop');
  await app.expectClean();
  await app.close();
});

test('projector mode is remembered, the presenting lock blocks edits, and axe is clean', async () => {
  const app = await openApp('/workshop');
  const { page } = app;
  const switchButton = page.locator('#projector-switch');
  assert.equal(await switchButton.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('#presenting-lock').count(), 0, 'no lock outside projector mode');
  await switchButton.click();
  await page.waitForFunction(() => document.documentElement.classList.contains('projector'));
  assert.match(await page.evaluate(() => localStorage.getItem('inkoopwijzer:settings')), /"projector":true/);

  // Remembered across a reload.
  await app.reload();
  await page.waitForFunction(() => document.documentElement.classList.contains('projector'));
  assert.equal(await page.locator('#projector-switch').getAttribute('aria-pressed'), 'true');
  // Larger type, reduced navigation.
  const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  assert.ok(fontSize >= 22, `projector type is large (${fontSize}px)`);
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  assert.equal(await nav.getByRole('link', { name: 'Workshop' }).isVisible(), true);
  assert.equal(await nav.getByRole('link', { name: 'De negen stappen' }).isVisible(), false);

  // The lock: keyboard toggle, visible state, and the material cannot change.
  const lock = page.locator('#presenting-lock');
  // The lock shows with the material (hidden while the workshop's code is still arriving after
  // the reload): focus() does not wait for that, and a key press on nothing locks nothing. On a
  // slow machine this was the CI failure.
  await lock.waitFor({ state: 'visible' });
  await lock.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.classList.contains('presenting-locked'));
  assert.equal(await lock.getAttribute('aria-pressed'), 'true');
  await page.locator('.locked-banner').waitFor();
  const own = page.locator('#ws-own');
  await own.focus();
  await page.keyboard.type('Een eis');
  assert.equal(await own.inputValue(), '', 'a locked text field takes no typing');
  assert.equal(await page.locator('#ws-step-2').isDisabled(), true);
  await page.locator('#ws-step-2').click({ force: true });
  assert.equal(await page.locator('#ws-step-1').getAttribute('aria-pressed'), 'true', 'a click does not change the step');
  assert.equal(await page.locator('#ws-placements').isDisabled(), true);
  assert.equal(await page.locator('#ws-weight').isDisabled(), true);
  assert.equal(await page.locator('#ws-risk-instroomgarantie-meer').isDisabled(), true);
  await page.locator('#ws-risk-instroomgarantie-meer').click({ force: true });
  assert.equal(await page.locator('#oefening-risico input:checked').count(), 0, 'a click does not answer');
  assert.equal(await page.locator('#ws-role-emmen').isDisabled(), true);
  assert.equal(await page.locator('#ws-join').isDisabled(), true);
  await page.locator('#ws-join').click({ force: true });
  assert.match(await page.locator('#ws-joint-value').textContent(), /60\.000,00/, 'a click adds no participant');
  // The lock is drawn, not an emoji (no emoji font in a projector's headless browser).
  assert.equal(await lock.locator('svg.lock-icon').count(), 1);
  for (const slug of EXERCISES) assert.equal(await page.locator(`#reset-${slug}`).isDisabled(), true);
  // The reveal stays usable while presenting.
  await page.locator('#reveal-rangorde').click();
  await page.locator('#answer-rangorde').waitFor({ state: 'visible' });
  await app.expectClean(); // axe in projector mode, locked, with an answer open

  // Unlock with the keyboard: the material works again.
  await lock.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => !document.documentElement.classList.contains('presenting-locked'));
  await own.fill('Deelnemers hebben binnen een jaar betaald werk.');
  assert.match(await own.inputValue(), /betaald werk/);
  await app.expectClean();

  // Off again: remembered as off.
  await page.locator('#projector-switch').click();
  await page.waitForFunction(() => !document.documentElement.classList.contains('projector'));
  await app.reload();
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('projector')), false);
  await app.close();
});

test('the workshop in English: title, questions, live material and reveal', async () => {
  const app = await openApp('/workshop');
  const { page } = app;
  await app.expectHeading(TITLE_NL);
  await app.switchLanguage();
  await app.expectHeading('Workshop: innovative purchasing in 45 minutes');
  assert.match(await page.locator('#oefening-rangorde .question').textContent(), /Can C still decide who wins\?/);
  assert.match(await page.locator('#projector-switch').textContent(), /Projector mode/);
  await page.locator('#ws-step-2').click();
  await page.waitForFunction(() => /C changes the winner/.test(document.querySelector('#ws-reversal-verdict')?.textContent || ''));
  assert.match(await page.locator('.situation[data-with-c="true"] caption').textContent(), /Winner: Aanbieder B/);
  assert.match(await page.locator('#ws-payout').textContent(), /150,000\.00/);
  await reveal(page, 'prikkels', /appendix 1 \(Apeldoorn/);
  assert.match(await page.locator('.facilitator-script').textContent(), /Total: 45 minutes\./);
  await app.expectClean();
  await app.close();
});

test('the facilitator script prints on one page', async () => {
  const app = await openApp('/workshop');
  await app.expectHeading(TITLE_NL); // the screen's code has arrived
  await app.page.locator('.facilitator-script tbody tr').nth(6).waitFor();
  const pdf = await app.page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1, 'one A4 page');
  await app.page.emulateMedia({ media: 'print' });
  assert.equal(await app.page.locator('.facilitator-script').isVisible(), true);
  assert.equal(await app.page.locator('#oefening-rangorde').isVisible(), false);
  await app.close();
});

for (const size of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
  const tag = `${size.width}x${size.height}`;
  test(`projector mode at ${tag}: every exercise readable, no sideways scrolling`, async () => {
    const app = await openApp('/workshop', { viewport: size });
    const { page } = app;
    await page.locator('#projector-switch').click();
    await page.waitForFunction(() => document.documentElement.classList.contains('projector'));
    await page.locator('#ws-step-2').click();
    await page.locator('#ws-own').fill('De aanbieder verzorgt 40 lessen in het wijkcentrum.');
    await page.locator('#ws-role-amsterdam').selectOption('op-afstand');
    await page.locator('#ws-role-roermond').selectOption('faciliterend');
    await page.locator('#ws-join').click();
    await page.locator('#ws-join').click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot(`workshop-top-${tag}`);
    for (const slug of EXERCISES) {
      await page.locator(`#reveal-${slug}`).click();
      await page.locator(`#oefening-${slug}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await app.screenshot(`workshop-${slug}-${tag}`);
    }
    assert.equal(await app.hasHorizontalScroll(), false,
      `no sideways scrolling at ${tag}: ${(await app.overflowingElements()).join(', ')}`);
    await app.expectClean();
    await app.close();
  });
}

/** Every stored dossier: key → stored text. */
async function storedDossiers(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage)
    .filter((k) => k.startsWith('inkoopwijzer:dossier:')).map((k) => [k, localStorage.getItem(k)])));
}

test('demos on a projector: comparison first, reset on the page, one copy, a link for the room, the lock', async () => {
  const size = { width: 1024, height: 768 };
  const app = await openApp('/', { viewport: size });
  const { page } = app;
  // The facilitator's own dossier, which nothing below may touch.
  await page.getByLabel('Naam van het nieuwe dossier').fill('Mijn eigen inkoop');
  await page.getByRole('button', { name: 'Dossier maken' }).click();
  await page.waitForURL(/\/dossier\/[^/]+\/stap\/1-verkenning$/);
  await page.waitForFunction(() => document.getElementById('save-status')?.dataset.state === 'saved', null, { timeout: 10_000 });
  const own = await storedDossiers(page);
  assert.equal(Object.keys(own).length, 1);

  // The workshop demo opens on the comparison, with an id that names its case.
  await app.goto('/');
  await page.locator('button[data-demo="workshop-omkering"]').click();
  await page.waitForURL(/\/dossier\/d-workshop-omkering-[^/]+\/offertes$/);
  await page.locator('.bids-table').waitFor();
  const demoPath = app.path();
  const strip = page.locator('.result-strip-text');
  assert.match(await strip.textContent(), /Winnaar: Aanbieder B/);

  // At 1024x768 the row actions are on screen and the strip is one line.
  const remove = page.locator('tr:has(#bid-workshop-bid-c-name) .row-tools button.danger');
  await remove.scrollIntoViewIfNeeded();
  const box = await remove.boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= size.width, `Verwijderen on screen: ${JSON.stringify(box)}`);
  const lines = await strip.evaluate((el) => {
    const lh = parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.5;
    return el.getBoundingClientRect().height / lh;
  });
  assert.ok(lines < 1.5, `the winner strip is one line (${lines.toFixed(2)} lines)`);
  assert.equal(await app.hasHorizontalScroll(), false, `no sideways scrolling: ${(await app.overflowingElements()).join(', ')}`);
  await app.screenshot('workshop13-bids-1024x768');

  // The room removes C: A wins. The reset on the page itself (with a confirmation) brings C back.
  await remove.click();
  await page.waitForFunction(() => /Aanbieder A/.test(document.querySelector('.result-strip-text')?.textContent || ''));
  await page.locator('#demo-reset').click();
  await page.locator('#demo-reset-yes').click();
  await page.waitForFunction(() => /Aanbieder B/.test(document.querySelector('.result-strip-text')?.textContent || ''));
  assert.match(await page.locator('#demo-reset-done').textContent(), /weer zoals het begon/);
  assert.equal(await page.locator('.bids-table tbody tr.bid-row').count(), 3);
  await page.waitForFunction(() => document.getElementById('save-status')?.dataset.state === 'saved', null, { timeout: 10_000 });
  const after = await storedDossiers(page);
  for (const [k, v] of Object.entries(own)) assert.equal(after[k], v, 'the own dossier is untouched by the reset');

  // Opening the demo again offers the existing copy instead of a second one.
  await app.goto('/');
  const row = page.locator(`tr[data-dossier-id="${demoPath.split('/')[2]}"]`);
  assert.match(await row.textContent(), /Voorbeeld/);
  assert.match(await row.locator('.progress-cell').textContent(), /van 9 stappen ingevuld/);
  assert.doesNotMatch(await row.locator('.progress-cell').textContent(), /^\s*0 van 9/);
  await page.locator('button[data-demo="workshop-omkering"]').click();
  await page.locator('.demo-existing').waitFor();
  assert.match(await page.locator('.demo-existing').textContent(), /U hebt al een kopie van dit voorbeeld/);
  await page.locator('.demo-existing .open-existing').click();
  await app.expectPath(demoPath);
  assert.equal(Object.keys(await storedDossiers(page)).length, 2, 'no second copy');
  await page.locator('.bids-table').waitFor();

  // The presenting lock also guards the dossier: no removal, no reset, a banner.
  await page.locator('#projector-switch').click();
  await page.locator('#presenting-lock').click();
  await page.locator('#dossier-locked').waitFor();
  assert.equal(await remove.isDisabled(), true);
  assert.equal(await page.locator('#demo-reset').isDisabled(), true);
  await remove.click({ force: true });
  assert.equal(await page.locator('.bids-table tbody tr.bid-row').count(), 3, 'a click removes nothing');
  assert.equal(await app.hasHorizontalScroll(), false, `projector, locked: ${(await app.overflowingElements()).join(', ')}`);
  await app.screenshot('workshop13-bids-locked-1024x768');
  await app.expectClean();
  await page.locator('#presenting-lock').click();
  await page.waitForFunction(() => !document.getElementById('dossier-locked'));
  assert.equal(await remove.isDisabled(), false);
  await app.close();

  // A participant opens the facilitator's address: offered the same demo as a copy.
  const room = await openApp(demoPath, { viewport: size });
  await room.page.locator('#demo-offer').waitFor();
  assert.match(await room.page.locator('#demo-offer').textContent(), /Workshop: rangorde-omkering/);
  await room.expectClean();
  await room.page.locator('#open-same-demo').click();
  await room.page.locator('.bids-table').waitFor();
  assert.equal(room.path(), demoPath, 'the same address');
  assert.match(await room.page.locator('.result-strip-text').textContent(), /Winnaar: Aanbieder B/);
  await room.close();
});
