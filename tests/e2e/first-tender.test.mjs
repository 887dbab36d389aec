// End-to-end tests of issue 17, "a policy officer's first tender": each trap of the walkthrough
// (../shared/reviews/walkthrough.md, persona 1) reproduced through the page, with the way out.
//   1. A criterion named after the price left as quality: step 3 says so and offers the fix; the
//      bid page's blocked outcome names that cause (not the evaluators' missing scores) and
//      links to step 3.
//   2. A private procedure above the threshold: a warning and an open point; the light regime for
//      social services is a choice and fits.
//   3. Bonus/malus: one rule for one contract, chosen in step 3. Over the whole contract 18 of 45
//      at an agreed 40 % is € 0; per municipality the same figures withhold money.
//   4. A budget says what period it covers; the contract value against the budgets is an open
//      point of step 1, in the very words the projectplan prints.
//
// A demo dossier lives in memory until it is saved, so the tests move by clicking links.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib.mjs';

async function saved(page) {
  await page.waitForFunction(() => document.getElementById('save-status')?.dataset.state === 'saved',
    null, { timeout: 10_000, polling: 50 });
}

async function openDemo(key) {
  const app = await openApp('/');
  await app.page.locator(`button[data-demo="${key}"]`).click();
  await app.page.waitForURL(/\/dossier\/[^/]+\/stap\/1-verkenning$/);
  return app;
}

/** Goes to a step by the step list. */
async function toStep(app, slug) {
  await app.page.locator(`.step-nav a[href$="/stap/${slug}"]`).first().click();
  await app.page.waitForURL(new RegExp(`/stap/${slug}$`));
}

/** Fills a number field and leaves it, as a person does. */
async function enter(page, selector, value) {
  await page.fill(selector, value);
  await page.press(selector, 'Tab');
}

async function openPoints(page) {
  return (await page.locator('.open-points li').allTextContents()).join('\n');
}

test('trap 1: the price criterion cannot be missed, and a blocked outcome names its cause', async () => {
  const app = await openDemo('apeldoorn');
  const { page } = app;
  await toStep(app, '3-bestek');
  const kind = page.locator('tr:has(#f-award-criteria-apeldoorn-c1) select');
  assert.equal(await kind.inputValue(), 'price');
  assert.equal(await page.locator('.price-criterion').count(), 0, 'no warning while there is a price criterion');

  // The walkthrough's mistake: the price criterion of kind quality.
  await kind.selectOption('quality');
  const warning = page.locator('.price-criterion');
  await warning.waitFor();
  assert.match(await warning.textContent(), /staat op de soort Kwaliteit, maar de naam zegt dat het de prijs is/);
  assert.match(await openPoints(page), /staat op de soort Kwaliteit/, 'and an open point of step 3');
  await app.expectClean();

  // A new criterion named "Trajectprijs" takes the kind from its name, and says so.
  await page.locator('#award-criteria-add').click();
  const name = page.locator('#f-award-criteria tbody textarea').last();
  await name.pressSequentially('Trajectprijs', { delay: 5 });
  const added = page.locator('#f-award-criteria tbody tr').last();
  assert.equal(await added.locator('select').inputValue(), 'price');
  assert.match(await added.locator('.kind-follows-name').textContent(), /staat op Prijs, omdat de naam over de prijs gaat/);
  await added.locator('button.danger').click();
  await warning.waitFor();

  // The bid page: the outcome is blocked by the cause, not by "... moet nog 3 scores geven".
  await toStep(app, '5-offerteprocedure');
  await page.locator('.to-bids a[href$="/offertes"]').click();
  await page.waitForURL(/\/offertes$/);
  const blocking = page.locator('.problem-box.blocking');
  await blocking.waitFor({ timeout: 15_000 });
  const text = await blocking.textContent();
  assert.match(text, /staat op de soort Kwaliteit/);
  assert.doesNotMatch(text, /moet nog/, 'not the symptom');
  assert.equal(await page.locator('.winner-line').count(), 0, 'no outcome');
  await app.expectClean();

  // The link leads to step 3, where one click makes it the price criterion.
  await blocking.getByRole('link', { name: 'Aanpassen in stap 3' }).first().click();
  await page.waitForURL(/\/stap\/3-bestek/);
  await page.locator('#award-criteria-make-price').click();
  await page.locator('.price-criterion').waitFor({ state: 'detached' });
  assert.equal(await kind.inputValue(), 'price');
  assert.doesNotMatch(await openPoints(page), /soort Kwaliteit|soort Prijs/);
  await toStep(app, '5-offerteprocedure');
  await page.locator('.to-bids a[href$="/offertes"]').click();
  await page.locator('.winner-line').waitFor({ timeout: 15_000 });
  await app.expectClean();
  await app.close();
});

test('trap 2: a private procedure above the threshold warns and is an open point; the light regime fits', async () => {
  const app = await openDemo('amsterdam');
  const { page } = app;
  await toStep(app, '5-offerteprocedure');
  assert.match(await page.locator('.verdict').textContent(), /Europees aanbesteden is verplicht/);
  const labels = await page.locator('#f-procedure-kind .choice-label').allTextContents();
  assert.deepEqual(labels, [
    'Openbare procedure',
    'Niet-openbare procedure',
    'Verlicht regime voor sociale diensten (aankondigen, eigen procedure)',
    'Onderhandse procedure (meerdere offertes)',
  ]);
  assert.equal(await page.locator('#procedure-does-not-fit').count(), 0, 'restricted fits € 900.000');

  await page.check('#f-procedure-kind-3');
  const warning = page.locator('#procedure-does-not-fit');
  await warning.waitFor();
  assert.match(await warning.textContent(), /Een onderhandse procedure past niet bij deze opdracht: de geraamde waarde \(€\s900\.000,00\) ligt boven de drempel \(€\s750\.000,00\)/);
  assert.match(await openPoints(page), /Een onderhandse procedure past niet bij deze opdracht/);
  await app.expectClean();

  await page.check('#f-procedure-kind-2');
  await warning.waitFor({ state: 'detached' });
  assert.doesNotMatch(await openPoints(page), /past niet/);
  await app.expectClean();
  await app.close();
});

test('trap 3: bonus/malus is settled by one rule, chosen in step 3, in monitoring and the simulator', async () => {
  const app = await openDemo('holland-rijnland');
  const { page } = app;
  await toStep(app, '3-bestek');
  await page.check('#f-bonus-malus-enabled');
  await enter(page, '#f-bonus-malus-rate', '40');
  await enter(page, '#f-bonus-malus-bonus', '15');
  await enter(page, '#f-bonus-malus-malus', '50');
  assert.ok(await page.locator('#f-bonus-malus-basis-0').isChecked(), 'over the whole contract by default');

  // 45 trajectories (10, 15, 20), 18 placements (2, 7, 9): exactly the agreed 40 % overall.
  await toStep(app, '7-monitoring');
  await enter(page, '#f-average-price', '7500');
  const figures = { 'hr-katwijk': ['10', '2'], 'hr-isd-bollenstreek': ['15', '7'], 'hr-overige': ['20', '9'] };
  for (const [id, [started, results]] of Object.entries(figures)) {
    await enter(page, `#f-monitor-figures-${id}-started`, started);
    await enter(page, `#f-monitor-figures-${id}-results`, results);
  }
  const total = page.locator('.settlement tfoot tr');
  await page.waitForFunction(() => /€\s0,00\s*$/.test(document.querySelector('.settlement tfoot tr')?.textContent ?? ''),
    null, { timeout: 10_000, polling: 100 });
  assert.match(await total.textContent(), /45\s*18\s*18/, 'the contract: 45 started, 18 placed, 18 agreed');
  assert.match(await page.locator('#settlement-basis-note').textContent(), /Afgerekend over de hele opdracht/);
  await app.expectClean();

  // Per municipality the same figures withhold € 7.500 from Katwijk and pay € 1.125 twice.
  await toStep(app, '3-bestek');
  await page.check('#f-bonus-malus-basis-1');
  await toStep(app, '7-monitoring');
  assert.match(await page.locator('#settlement-basis-note').textContent(), /Afgerekend per gemeente/);
  assert.match(await total.textContent(), /5\.250,00/);
  await saved(page);

  // The simulator starts from the dossier's 45 trajectories a year and settles by the same rule.
  await toStep(app, '5-offerteprocedure');
  await page.locator('.to-bids a[href$="/offertes"]').click();
  await page.waitForURL(/\/offertes$/);
  await page.locator('#sim-n').waitFor({ timeout: 15_000 });
  assert.equal(await page.locator('#sim-n').inputValue(), '45');
  assert.match(await page.locator('#sim-basis').textContent(), /de trajecten per jaar van de deelnemers.*Afgerekend per gemeente/s);
  await app.expectClean();
  await app.close();
});

test('trap 4: a budget says its period, and the budget warning is an open point before it is in the projectplan', async () => {
  const app = await openDemo('holland-rijnland');
  const { page } = app;
  const base = app.path().replace(/1-verkenning$/, '');
  assert.doesNotMatch(await openPoints(page), /budget/);

  // An annual budget without a period: step 1 asks for it.
  await enter(page, '#f-participants-hr-katwijk-budget', '150000');
  await page.waitForFunction(() => /per jaar geldt of voor de hele opdracht/.test(
    [...document.querySelectorAll('.open-points li')].map((l) => l.textContent).join(' ')), null, { timeout: 10_000 });
  assert.match(await openPoints(page), /Zeg voor Gemeente Katwijk of het budget per jaar geldt/);

  // All three per year, too small: € 270.000 against 3 × € 1.000 a year.
  await page.selectOption('#f-participants-hr-katwijk-budget-period', 'per_year');
  await enter(page, '#f-participants-hr-katwijk-budget', '1000');
  for (const id of ['hr-isd-bollenstreek', 'hr-overige']) {
    await enter(page, `#f-participants-${id}-budget`, '1000');
    await page.selectOption(`#f-participants-${id}-budget-period`, 'per_year');
  }
  await page.waitForFunction(() => /is hoger dan de budgetten/.test(
    [...document.querySelectorAll('.open-points li')].map((l) => l.textContent).join(' ')), null, { timeout: 10_000 });
  const point = (await page.locator('.open-points li').allTextContents()).find((t) => /is hoger dan de budgetten/.test(t));
  assert.match(point, /\(€\s270\.000,00\), is hoger dan de budgetten over dezelfde 12 maanden samen \(€\s3\.000,00\)/);
  assert.doesNotMatch(await openPoints(page), /per jaar geldt/);
  await saved(page);

  // The projectplan says the same thing, in the same words.
  await app.goto(base.replace(/stap\/$/, 'documenten'));
  await page.check('#doc-projectplan');
  await page.locator('.document').getByText(/is hoger dan de budgetten over dezelfde 12 maanden samen/).first().waitFor();

  // Budgets that cover the value: no open point, no note.
  await app.goto(base + '1-verkenning');
  for (const id of ['hr-katwijk', 'hr-isd-bollenstreek', 'hr-overige']) {
    await enter(page, `#f-participants-${id}-budget`, '100000');
  }
  await page.waitForFunction(() => !/is hoger dan de budgetten/.test(
    [...document.querySelectorAll('.open-points li')].map((l) => l.textContent).join(' ')), null, { timeout: 10_000 });
  await saved(page);
  await app.goto(base.replace(/stap\/$/, 'documenten'));
  await page.check('#doc-projectplan');
  await page.locator('.document').getByText(/€\s300\.000,00/).first().waitFor();
  assert.doesNotMatch(await page.locator('.document').textContent(), /is hoger dan de budgetten/);
  await app.expectClean();
  await app.close();
});

test('asked once: the dossier name is the purchase title, and the first fields show without the why-box', async () => {
  const app = await openApp('/');
  const { page } = app;
  await page.getByLabel('Naam van het nieuwe dossier').fill('Re-integratie 2027 Heuvelrand');
  await page.getByRole('button', { name: 'Dossier maken' }).click();
  await page.waitForURL(/\/dossier\/[^/]+\/stap\/1-verkenning$/);
  assert.equal(await page.locator('#f-title').inputValue(), 'Re-integratie 2027 Heuvelrand');
  assert.doesNotMatch(await openPoints(page), /titel/i, 'no open point asking for the title just given');
  // The why-box starts closed, so the title field is on the first screen.
  assert.equal(await page.locator('details.why').evaluate((d) => d.open), false);
  const box = await page.locator('#f-title').boundingBox();
  assert.ok(box && box.y + box.height <= 768, `the title field is in the first screen (y = ${box?.y})`);
  // A longer title: the name follows, so the tab shows one name.
  await page.locator('#f-title').fill('Re-integratie 2027 Heuvelrand, Dalwijk en Oosterbeek');
  await saved(page);
  await page.waitForFunction(() => document.title.includes('Heuvelrand, Dalwijk en Oosterbeek'), null, { timeout: 10_000 });
  await app.expectClean();
  await app.close();
});
