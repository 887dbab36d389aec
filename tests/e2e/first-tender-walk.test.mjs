// End-to-end test of issue 17, "What must hold": a policy officer's first tender, walked from an
// empty NEW dossier (made on the start page, not a demo) to a complete bestek with three bids and a
// winner. Every field is filled through the page as a person does (keystrokes, clicks), and the
// test checks the three places that say what is still open: the open points of each step, the
// overview ("9 stappen compleet van de 9") and the bestek preview (no "[nog in te vullen: …]"
// markers). Against the release bundle (E2E_DIST).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib.mjs';

const TITLE = 'Re-integratie 2027 Heuvelrand en Dalwijk';

/** Types into a field the way a person does. */
async function type(page, selector, text) {
  const el = typeof selector === 'string' ? page.locator(selector).first() : selector;
  await el.click();
  await el.fill('');
  await el.pressSequentially(text, { delay: 2 });
}

/** Types into a field and leaves it (money and number fields parse on change). */
async function enter(page, selector, text) {
  await type(page, selector, text);
  await page.keyboard.press('Tab');
}

async function saved(page) {
  await page.waitForFunction(() => document.getElementById('save-status')?.dataset.state === 'saved',
    null, { timeout: 10_000, polling: 50 });
}

/** The open points of the current step, as text. */
async function openPoints(page) {
  return page.locator('.open-points li').allTextContents();
}

/** Goes to a step by the step list and waits for its heading. */
async function toStep(app, slug) {
  await app.page.locator(`.step-nav a[href$="/stap/${slug}"]`).first().click();
  await app.page.waitForURL(new RegExp(`/stap/${slug}$`));
  await app.page.locator('.step-nav a[aria-current="page"]').waitFor();
}

/** Asserts the current step has no open point left (after the save settles). */
async function expectStepComplete(app, slug) {
  const { page } = app;
  await saved(page);
  await page.waitForFunction(() => document.querySelectorAll('.open-points li').length === 0,
    null, { timeout: 5_000, polling: 100 }).catch(() => {});
  assert.deepEqual(await openPoints(page), [], `step ${slug} has no open point left`);
  assert.match(await page.locator('.step-nav a[aria-current="page"] .step-status').textContent(), /compleet/,
    `step ${slug} is marked complete in the step list`);
  await app.expectClean();
}

/** The id of the n-th row that an "add" button created, from its first field's id. */
async function rowField(page, selector, n) {
  return page.locator(selector).nth(n).getAttribute('id');
}

test('a new dossier goes from empty to a complete bestek with three bids and a winner, nothing open', async () => {
  const app = await openApp('/');
  const { page } = app;

  // The start page: a new dossier by name (the name is the purchase title, asked once).
  await page.getByLabel('Naam van het nieuwe dossier').fill(TITLE);
  await page.getByRole('button', { name: 'Dossier maken' }).click();
  await page.waitForURL(/\/dossier\/[^/]+\/stap\/1-verkenning$/);
  const base = app.path().replace(/1-verkenning$/, '');
  assert.equal(await page.locator('#f-title').inputValue(), TITLE);
  assert.ok((await openPoints(page)).length > 0, 'a new dossier starts with open points');

  // Step 1: problem, goals, two neighbouring municipalities with trajectories, budgets and their
  // period, the contact, the buyer's role, the project group and decision route.
  await type(page, '#f-problem', 'Te weinig inwoners met een bijstandsuitkering vinden duurzaam werk; de huidige trajecten sluiten slecht aan bij werkgevers in de regio.');
  await type(page, '#f-goals', 'Meer inwoners aan het werk, met begeleiding die aansluit bij wat werkgevers vragen.');
  await page.locator('#f-participants-add').click();
  await page.locator('#f-participants-add').click();
  const municipalities = [
    ['Gemeente Heuvelrand', 'J. Jansen', '20', '150000'],
    ['Gemeente Dalwijk', 'P. de Boer', '15', '110000'],
  ];
  for (let i = 0; i < municipalities.length; i++) {
    const id = await rowField(page, '#f-participants input[aria-label="Gemeente"]', i);
    const [name, contact, trajectories, budget] = municipalities[i];
    await type(page, `#${id}`, name);
    await type(page, `#${id}-contact`, contact);
    await enter(page, `#${id}-trajectories`, trajectories);
    await enter(page, `#${id}-budget`, budget);
    await page.selectOption(`#${id}-budget-period`, 'per_year');
  }
  await page.selectOption('#f-contact-participant', { index: 1 });
  await page.check('#f-buyer-role-2');
  await type(page, '#f-role-rationale', 'De gemeenten willen samen met aanbieders een nieuwe aanpak ontwikkelen.');
  await type(page, '#f-project-group', 'De beleidsmedewerkers werk en inkomen van beide gemeenten; zij beslissen over het bestek.');
  await type(page, '#f-decision-route', 'Via de afdelingshoofden naar de portefeuillehouders werk en inkomen.');
  await expectStepComplete(app, '1-verkenning');

  // Step 2: the target group, its size per municipality, its characteristics and what counts as a result.
  await toStep(app, '2-doelgroep');
  await type(page, '#f-target-description', 'Inwoners met een bijstandsuitkering die langer dan een jaar geen werk hebben.');
  await page.check('#f-characteristics-longtermassistance');
  await page.check('#f-characteristics-languagebarrier');
  const sizes = page.locator('#f-target-group-sizes input');
  assert.equal(await sizes.count(), 2, 'a size per municipality');
  await enter(page, sizes.nth(0), '240');
  await enter(page, sizes.nth(1), '180');
  await page.check('#f-result-ladder-regularwork');
  await page.check('#f-result-ladder-subsidisedwork');
  await expectStepComplete(app, '2-doelgroep');

  // Step 3: a functional requirement, inflow guarantee, financing, duration and the award
  // criteria: the price criterion (kind price) 40 and two quality criteria 35 + 25 = 100.
  await toStep(app, '3-bestek');
  await page.locator('#f-functional-requirements-add').click();
  await type(page, page.locator('#f-functional-requirements textarea').first(),
    'De deelnemer heeft binnen twaalf maanden betaald werk van ten minste twaalf uur per week.');
  await page.check('#f-inflow-guarantee-0');
  await enter(page, '#f-inflow-clients', '30');
  await page.check('#f-financing-1');
  await enter(page, '#f-contract-months', '24');
  await page.locator('#award-criteria-add-price').click();
  await page.locator('#award-criteria-add').click();
  await page.locator('#award-criteria-add').click();
  const criteria = page.locator('#f-award-criteria tbody textarea');
  assert.equal(await criteria.count(), 3);
  const cPrice = await criteria.nth(0).getAttribute('id');
  const cPlan = await criteria.nth(1).getAttribute('id');
  const cNetwork = await criteria.nth(2).getAttribute('id');
  assert.equal(await page.locator(`#${cPrice}`).inputValue(), 'Prijs');
  assert.equal(await page.locator(`tr:has(#${cPrice}) select`).inputValue(), 'price', 'the price criterion is of kind price');
  await type(page, `#${cPlan}`, 'Plan van aanpak');
  await type(page, `#${cNetwork}`, 'Netwerk van werkgevers');
  await enter(page, `#${cPrice}-weight`, '40');
  await enter(page, `#${cPlan}-weight`, '35');
  await enter(page, `#${cNetwork}-weight`, '25');
  assert.equal((await page.locator('#weights-total').textContent()).trim(), '100 %');
  // The formula is chosen explicitly (relative to the lowest price), so the scores below do not
  // depend on the step's default.
  await page.check('#f-price-formula-0');
  assert.equal(await page.locator('.price-criterion').count(), 0, 'no price-criterion warning');
  await expectStepComplete(app, '3-bestek');

  // Step 4: referral, intake, duration, reporting, data protection, invoicing.
  await toStep(app, '4-uitvoeringsproces');
  await type(page, '#f-referral', 'De klantmanager meldt de inwoner aan met een trajectadvies.');
  await enter(page, '#f-intake-weeks', '2');
  await enter(page, '#f-max-duration', '12');
  await page.check('#f-reporting-frequency-1');
  await type(page, '#f-data-protection', 'De aanbieder verwerkt persoonsgegevens alleen voor het traject, onder een verwerkersovereenkomst.');
  await page.check('#f-invoicing-1');
  await expectStepComplete(app, '4-uitvoeringsproces');

  // Step 5: the estimated price gives the contract value (35 a year × € 5.000 × 2 years =
  // € 350.000, under the threshold); an open procedure fits; the planning and the submission
  // arrangements. The bids follow on the bids page.
  await toStep(app, '5-offerteprocedure');
  await enter(page, '#f-estimated-price', '5000');
  await page.check('#f-procedure-kind-0');
  assert.equal(await page.locator('#procedure-does-not-fit').count(), 0, 'an open procedure fits');
  await type(page, '#f-procedure-rationale', 'Een openbare procedure geeft elke aanbieder een kans, ook nieuwe.');
  await page.locator('#f-timeline-add').click();
  const milestone = await rowField(page, '#f-timeline input[aria-label="Mijlpaal"]', 0);
  await type(page, `#${milestone}`, 'Publicatie van de aankondiging');
  await page.fill(`#${milestone}-date`, '2027-01-11');
  await page.check('#f-submission-channel-1');
  await type(page, '#f-submission-address', 'inkoop@heuvelrand.nl');
  await page.fill('#f-questions-deadline', '2027-01-25');
  await page.fill('#f-submission-deadline', '2027-02-15');
  await page.fill('#f-submission-deadline-time', '12:00');
  await type(page, '#f-purchase-conditions', 'Algemene Inkoopvoorwaarden gemeente Heuvelrand 2026');
  await saved(page);
  assert.deepEqual(await openPoints(page), ['Voer de ontvangen offertes in.'],
    'only the bids are open in step 5 before they arrive');

  // The bids page: an evaluator, then three bids with prices and the evaluator's scores.
  await page.locator('.to-bids a[href$="/offertes"]').click();
  await page.waitForURL(/\/offertes$/);
  await app.expectHeading('Offertes vergelijken');
  await page.locator('#evaluators-add').click();
  await type(page, page.locator('input[id^="ev-"][id$="-name"]').first(), 'M. de Vries');
  const bids = [
    ['Werkkracht BV', '4.800', ['7', '6']],
    ['Stichting Opstap', '€ 5.200,00', ['9', '8']],
    ['Regiowerk', '5600', ['6', '7']],
  ];
  for (let i = 0; i < bids.length; i++) {
    await page.locator('#bids-add').click();
    const nameId = await rowField(page, 'input[id^="bid-"][id$="-name"]', i);
    const bid = nameId.replace(/-name$/, '');
    const [name, price, scores] = bids[i];
    await type(page, `#${nameId}`, name);
    await type(page, `#${bid}-price`, price);
    const scoreFields = page.locator(`input[id^="${bid}-s-"]`);
    assert.equal(await scoreFields.count(), 2, 'one score per quality criterion for the one evaluator');
    for (let j = 0; j < scores.length; j++) await type(page, scoreFields.nth(j), scores[j]);
  }
  await saved(page);
  const winner = page.locator('.winner-line');
  await winner.waitFor({ timeout: 15_000 });
  // Relative to the lowest price: 40 × 4.800 / price, plus
  // weight × score / 10 for each quality criterion.
  assert.match(await winner.textContent(), /Winnaar\s+Stichting Opstap\s+— 88,42 punten/);
  const rows = await page.locator('.breakdown-table tbody tr').evaluateAll((trs) =>
    trs.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
  assert.deepEqual(rows.map((r) => [r[0], r[1], r[3], r[4], r[5], r[6]]), [
    ['1', 'Stichting Opstap', '36,92', '31,50', '20,00', '88,42'],
    ['2', 'Werkkracht BV', '40,00', '24,50', '15,00', '79,50'],
    ['3', 'Regiowerk', '34,29', '21,00', '17,50', '72,79'],
  ]);
  assert.equal(await page.locator('.problem-box.blocking').count(), 0, 'no blocked outcome');
  assert.equal(await page.getByText('Eerst de ongeldige invoer herstellen').count(), 0);
  await app.expectClean();

  // Step 6: a precondition met, the start date and the first referrals per municipality.
  await app.goto(base + '5-offerteprocedure');
  await expectStepComplete(app, '5-offerteprocedure');
  await toStep(app, '6-start-uitvoering');
  await page.locator('#f-preconditions-add').click();
  const precondition = await rowField(page, '#f-preconditions input[aria-label="Voorwaarde"]', 0);
  await type(page, `#${precondition}`, 'De verwerkersovereenkomst is getekend.');
  await page.check(`#${precondition}-done`);
  await page.fill('#f-start-date', '2027-05-01');
  const referrals = page.locator('#f-first-referrals input');
  assert.equal(await referrals.count(), 2, 'first referrals per municipality');
  await enter(page, referrals.nth(0), '6');
  await enter(page, referrals.nth(1), '4');
  await expectStepComplete(app, '6-start-uitvoering');

  // Step 7 and 8: the first year's figures and costs per municipality.
  await toStep(app, '7-monitoring');
  const figures = [['20', '8', '96000'], ['15', '6', '78000']];
  const startedFields = page.locator('#f-monitor-figures input[id$="-started"]');
  assert.equal(await startedFields.count(), 2, 'figures per municipality');
  for (let i = 0; i < figures.length; i++) {
    const id = (await startedFields.nth(i).getAttribute('id')).replace(/-started$/, '');
    await enter(page, `#${id}-started`, figures[i][0]);
    await enter(page, `#${id}-results`, figures[i][1]);
  }
  await expectStepComplete(app, '7-monitoring');
  await toStep(app, '8-verantwoording');
  const costs = page.locator('input[id^="f-monitor-figures-"][id$="-cost"]');
  assert.equal(await costs.count(), 2, 'costs per municipality');
  for (let i = 0; i < figures.length; i++) await enter(page, costs.nth(i), figures[i][2]);
  await expectStepComplete(app, '8-verantwoording');
  // Step 9: the evaluation.
  await toStep(app, '9-evaluatie');
  await type(page, '#f-what-worked', 'Functioneel vragen trok een nieuwe aanbieder aan.');
  await type(page, '#f-what-to-change', 'De vragenronde een week eerder plannen.');
  await expectStepComplete(app, '9-evaluatie');

  // The overview: all nine steps complete, no open point listed anywhere.
  await app.goto(base.replace(/stap\/$/, 'overzicht'));
  assert.equal((await page.locator('.lead').first().textContent()).trim(), '9 stappen compleet van de 9');
  assert.equal(await page.locator('.overview-steps li li').count(), 0, 'the overview lists no open point');
  assert.equal(await page.locator('.overview-steps .step-status.incomplete').count(), 0);

  // The documents: the bestek preview carries the dossier's own values and no open marker.
  await app.goto(base.replace(/stap\/$/, 'documenten'));
  const doc = page.locator('.document').first();
  await doc.getByText(TITLE).first().waitFor({ timeout: 10_000 });
  const text = await doc.textContent();
  for (const value of [
    TITLE, 'Gemeente Heuvelrand', 'Gemeente Dalwijk', '15 februari 2027', '25 januari 2027',
    'inkoop@heuvelrand.nl', 'Algemene Inkoopvoorwaarden gemeente Heuvelrand 2026',
    'Plan van aanpak', 'Netwerk van werkgevers', 'binnen twaalf maanden betaald werk',
  ]) {
    assert.ok(text.includes(value), `the bestek shows "${value}"`);
  }
  for (const pattern of [
    /De offerte moet uiterlijk op 15 februari 2027 om 12:00 uur per e-mail aan inkoop@heuvelrand\.nl binnen zijn/,
    /Vragen over deze offerteaanvraag kunnen tot en met 25 januari 2027 worden gesteld/,
    /PrijsPrijs40 %Plan van aanpakKwaliteit35 %Netwerk van werkgeversKwaliteit25 %Totaal100 %/,
    /ten minste 30 deelnemers/,
    /€ 5\.000,00 × 35 trajecten per jaar × 24 maanden ÷ 12 = € 350\.000,00/,
    /Procedure: Openbare procedure/,
    /De uitvoering begint naar verwachting op 1 mei 2027/,
    /Publicatie van de aankondiging11 januari 2027/,
  ]) {
    assert.match(text.replace(/\u00a0/g, ' '), pattern);
  }
  assert.doesNotMatch(await doc.innerText(), /\b(u|uw)\b/i, 'the bestek speaks of the inschrijver, never to "u"');
  assert.doesNotMatch(text, /Stichting Opstap|Werkkracht BV|Regiowerk/, 'the bids are not in the bestek');
  assert.equal(await page.locator('.document .open-marker').count(), 0, 'no open-point marker in the bestek');
  assert.doesNotMatch(text, /nog in te vullen/);
  await app.expectClean();
  await app.close();
});
