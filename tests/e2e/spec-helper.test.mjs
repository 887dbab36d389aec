// End-to-end tests of the specification helper's buttons, against the release bundle:
// "Neem deze versie over" in the standalone helper and in step 3 (the sentence becomes its
// functional version and is kept), sending a sentence from the standalone helper to the open
// dossier (a functional one to the functional list, another to the technical list), and the
// demo requirements that sit against their verdict on purpose saying why (issue 16).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib.mjs';

const TECHNICAL = 'De aanbieder geeft een cursus van 40 lessen in het wijkcentrum, tegen een prijs per les.';
const FUNCTIONAL = 'Minimaal 40% van de deelnemers heeft binnen een jaar betaald werk.';
/** A technical sentence whose topic gives a functional version built from it. */
const REWRITABLE = 'Elke deelnemer krijgt binnen zes maanden een sollicitatietraining.';

/** Types into a field the way a person does (keystrokes, so input events fire). */
async function type(locator, text) {
  await locator.click();
  await locator.fill('');
  await locator.pressSequentially(text, { delay: 2 });
}

/** Waits until the header says the work is saved. */
async function saved(page) {
  await page.waitForFunction(() => document.getElementById('save-status')?.dataset.state === 'saved',
    null, { timeout: 10_000, polling: 50 });
}

/** The verdict badges' texts inside `scope`. */
async function badges(scope) {
  return (await scope.locator('.verdict-badge').allTextContents()).map((s) => s.trim());
}

test('"Neem deze versie over" in the standalone helper puts the functional version in the text', async () => {
  const app = await openApp('/specificatiehulp');
  const { page } = app;
  const input = page.locator('#spec-input');
  await type(input, REWRITABLE);
  const result = page.locator('.spec-result');
  await result.locator('.sentence .verdict-badge').first().waitFor();
  assert.deepEqual((await badges(result)).slice(0, 1), ['Technisch']);
  const proposal = (await result.locator('.rewrite .template').first().textContent()).trim();
  assert.match(proposal, /^Elke deelnemer heeft binnen zes maanden betaald werk/, 'a version built from the sentence');

  await result.getByRole('button', { name: 'Neem deze versie over' }).first().click();
  await page.waitForFunction((old) => document.getElementById('spec-input').value !== old, REWRITABLE);
  assert.equal((await input.inputValue()).trim(), proposal, 'the text is now the proposed version');
  await page.waitForFunction(() => document.querySelector('.spec-result .sentence .verdict-badge')?.textContent.trim() === 'Functioneel',
    null, { timeout: 5000 });
  // No question to ask any more: the sentence now asks for a result.
  assert.equal(await result.locator('.rewrite .question').count(), 0);

  // The draft is kept across a reload, as the version taken over.
  await app.reload();
  assert.equal((await page.locator('#spec-input').inputValue()).trim(), proposal);
  await app.expectClean();
  await app.close();
});

test('the standalone helper sends sentences to the open dossier, each to the list of its verdict', async () => {
  const app = await openApp('/');
  const { page } = app;
  await page.getByLabel('Naam van het nieuwe dossier').fill('Werk in de wijk');
  await page.getByRole('button', { name: 'Dossier maken' }).click();
  await page.waitForURL(/\/dossier\/[^/]+\/stap\/1-verkenning$/);
  const step3 = app.path().replace(/1-verkenning$/, '3-bestek');

  // To the helper through the menu: the dossier stays open.
  await app.clickLink('Specificatiehulp', { within: page.locator('nav').first() });
  await app.expectHeading('Specificatiehulp: functioneel of technisch?');
  const input = page.locator('#spec-input');
  const result = page.locator('.spec-result');
  const send = result.getByRole('button', { name: 'Zet bij de eisen van «Werk in de wijk»' });

  await type(input, FUNCTIONAL);
  await send.first().waitFor();
  assert.deepEqual((await badges(result)).slice(0, 1), ['Functioneel']);
  await send.first().click();
  const status = result.locator('p.notice[role="status"]');
  await status.waitFor();
  assert.match(await status.textContent(), /Toegevoegd aan de functionele eisen van «Werk in de wijk»/);

  await type(input, TECHNICAL);
  await page.waitForFunction(() => document.querySelector('.spec-result .sentence .verdict-badge')?.textContent.trim() === 'Technisch',
    null, { timeout: 5000 });
  await send.first().click();
  await page.waitForFunction(() => /technische eisen/.test(document.querySelector('.spec-result p.notice')?.textContent ?? ''),
    null, { timeout: 5000 });
  await saved(page);
  await app.expectClean();

  // Step 3, through the notice's link: each sentence in its list, and kept after a reload.
  await status.getByRole('link', { name: 'Naar stap 3 (Bestek)' }).click();
  await app.expectPath(step3);
  await app.expectHeading('Bestek (Programma van Eisen)');
  const lists = async () => ({
    functional: await page.locator('#f-functional-requirements textarea').evaluateAll((els) => els.map((e) => e.value)),
    technical: await page.locator('#f-technical-requirements textarea').evaluateAll((els) => els.map((e) => e.value)),
  });
  await page.locator('#f-functional-requirements textarea').first().waitFor();
  assert.deepEqual(await lists(), { functional: [FUNCTIONAL], technical: [TECHNICAL] });
  await app.reload();
  await page.locator('#f-functional-requirements textarea').first().waitFor();
  assert.deepEqual(await lists(), { functional: [FUNCTIONAL], technical: [TECHNICAL] });
  await app.close();
});

test('without an open dossier the helper offers no button to send', async () => {
  const app = await openApp('/specificatiehulp');
  const { page } = app;
  await type(page.locator('#spec-input'), FUNCTIONAL);
  await page.locator('.spec-result .sentence .verdict-badge').first().waitFor();
  assert.equal(await page.locator('.spec-result .send-to-dossier').count(), 0);
  await app.close();
});

test('"Neem deze versie over" in step 3 rewrites the requirement in place, and the note on the list goes', async () => {
  const app = await openApp('/');
  const { page } = app;
  await page.getByLabel('Naam van het nieuwe dossier').fill('Taal en werk');
  await page.getByRole('button', { name: 'Dossier maken' }).click();
  await page.waitForURL(/\/dossier\/[^/]+\/stap\/1-verkenning$/);
  await app.goto(app.path().replace(/1-verkenning$/, '3-bestek'));
  await page.locator('#f-functional-requirements-add').click();
  const box = page.locator('#f-functional-requirements textarea').first();
  await type(box, REWRITABLE);
  const row = page.locator('#f-functional-requirements .requirement').first();
  await row.locator('.inline-assessment .verdict-badge').first().waitFor();
  assert.match(await row.locator('.list-note').textContent(), /staat bij de functionele eisen, maar schrijft voor hoe/);
  const proposal = (await row.locator('.rewrite .template').first().textContent()).trim();

  await row.getByRole('button', { name: 'Neem deze versie over' }).click();
  await page.waitForFunction((old) => document.querySelector('#f-functional-requirements textarea')?.value !== old, REWRITABLE);
  assert.equal((await box.inputValue()).trim(), proposal);
  await page.waitForFunction(() => document.querySelector('#f-functional-requirements .inline-assessment .verdict-badge')?.textContent.trim() === 'Functioneel',
    null, { timeout: 5000 });
  assert.equal(await row.locator('.list-note').count(), 0, 'no note once the requirement reads functional');
  await saved(page);
  await app.reload();
  assert.equal((await page.locator('#f-functional-requirements textarea').first().inputValue()).trim(), proposal);
  await app.expectClean();
  await app.close();
});

test('the demo requirements read against their list say why on screen (Amsterdam, Roermond)', async () => {
  const app = await openApp('/');
  const { page } = app;
  const openStep3 = async (demo) => {
    await app.goto('/');
    await page.locator(`button[data-demo="${demo}"]`).click();
    await page.waitForURL(/\/dossier\/[^/]+\/stap\/1-verkenning$/);
    await app.clickLink(/^Stap 3:/, { within: page.locator('.step-nav') });
    await app.expectHeading('Bestek (Programma van Eisen)');
    await page.locator('#f-functional-requirements .inline-assessment .verdict-badge').first().waitFor();
  };
  const notes = async (list) => page.locator(`#${list} .requirement`).evaluateAll((rows) => rows.map((r) => ({
    text: r.querySelector('textarea').value,
    note: r.querySelector('.list-note')?.textContent ?? null,
  })));

  // Amsterdam: diagnosis and guidance stay in the functional list, as the guide frames them.
  await openStep3('amsterdam');
  let functional = await notes('f-functional-requirements');
  for (const start of ['Diagnose van de situatie', 'Begeleiding tijdens het traject']) {
    const r = functional.find((x) => x.text.startsWith(start));
    assert.ok(r, start);
    assert.match(r.note ?? '', /handreiking noemt de vraag van Amsterdam functioneel/, `${start}: why it is here`);
  }
  // Every other requirement in either list agrees with its verdict: no note.
  const technical = await notes('f-technical-requirements');
  const others = functional.filter((x) => !/^(Diagnose|Begeleiding)/.test(x.text)).concat(technical);
  assert.deepEqual(others.filter((x) => x.note), [], 'no other Amsterdam requirement is read against its list');
  await app.screenshot('spec-demo-amsterdam-notes');

  // An edited demo sentence gets the general note again.
  const first = page.locator('#f-functional-requirements textarea').first();
  await type(first, 'Diagnose van de situatie van de klant door een psycholoog.');
  await page.waitForFunction(() => /schrijft voor hoe/.test(document.querySelector('#f-functional-requirements .list-note')?.textContent ?? ''),
    null, { timeout: 5000 });

  // Roermond: the wijk goals (mixed, functional list) and the products within the integral
  // price (mixed, technical list) say why; jobhunting is in the technical list and reads so.
  await openStep3('roermond');
  functional = await notes('f-functional-requirements');
  const goals = functional.find((x) => x.text.startsWith('De doelen van de klant'));
  assert.match(goals?.note ?? '', /bijlage over Roermond deelt de eisen niet in/);
  const roTechnical = await notes('f-technical-requirements');
  const products = roTechnical.find((x) => x.text.startsWith('Producten inzetten'));
  assert.match(products?.note ?? '', /integrale trajectprijs/);
  const jobhunting = roTechnical.find((x) => /jobhunting/.test(x.text));
  assert.ok(jobhunting && jobhunting.note === null, 'jobhunting: technical in the technical list');
  const unexplained = functional.concat(roTechnical).filter((x) => x.note && x !== goals && x !== products);
  assert.deepEqual(unexplained, []);
  await app.expectClean();
  await app.close();
});
