// End-to-end tests: number entries that do not parse are never lost (they survive a reload,
// with their message, and the header links to them), and links to a field (open points,
// gaps in the documents, that header link) bring the field into view and focus it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib.mjs';

async function newDossier(app, name) {
  const page = app.page;
  await page.getByLabel('Naam van het nieuwe dossier').fill(name);
  await page.getByRole('button', { name: 'Dossier maken' }).click();
  await page.waitForURL(/\/dossier\/[^/]+\/stap\/1-verkenning$/);
}

async function saved(page) {
  await page.waitForFunction(() => document.getElementById('save-status')?.dataset.state === 'saved',
    null, { timeout: 10_000, polling: 50 });
}

/** The id of the focused element and how far the page is scrolled. */
const focusState = (page) => page.evaluate(() => ({ id: document.activeElement?.id || '', y: window.scrollY }));

test('an invalid number survives a reload with its message, and the header links to it', async () => {
  const app = await openApp('/');
  const page = app.page;
  await newDossier(app, 'Ongeldige invoer');
  await page.locator('#f-participants-add').click();
  await page.locator('#f-participants input[type="text"]').first().pressSequentially('Leiden', { delay: 5 });
  const budget = page.locator('#f-participants input[id$="-budget"]').first();
  const budgetId = await budget.getAttribute('id');
  await budget.pressSequentially('125000', { delay: 5 });
  await saved(page);
  // Now spoil it: the dossier keeps 125.000,00, the text stays.
  await budget.fill('');
  await budget.pressSequentially('ca. 1,2 mln', { delay: 5 });
  await page.locator('#draft-status').waitFor();
  assert.match(await page.locator('#draft-status').textContent(), /1 ongeldige invoer/);
  await saved(page);

  await app.reload();
  const again = page.locator(`#${budgetId}`);
  await again.waitFor();
  assert.equal(await again.inputValue(), 'ca. 1,2 mln', 'the typed text is back after the reload');
  assert.equal(await again.getAttribute('aria-invalid'), 'true');
  assert.notEqual((await page.locator(`#${budgetId}-error`).textContent()).trim(), '', 'with its message');

  // From another page, the header link goes back to the field and focuses it.
  await app.clickLink(/^Stap 7:/, { within: page.locator('.step-nav') });
  await page.locator('#draft-status').click();
  await page.waitForFunction((id) => document.activeElement?.id === id, budgetId, { timeout: 10_000 });
  await app.screenshot('drafts-link-focuses-field');

  // Corrected: the link disappears, the value is in the dossier, and stays after a reload.
  await again.fill('');
  await again.pressSequentially('130000', { delay: 5 });
  await page.locator('#draft-status').waitFor({ state: 'detached' });
  await saved(page);
  await app.reload();
  await page.locator(`#${budgetId}`).waitFor();
  assert.equal(await page.locator(`#${budgetId}`).inputValue(), '130.000,00');
  assert.equal(await page.locator('#draft-status').count(), 0);
  await app.expectClean();
  await app.close();
});

test('a removed row takes its invalid entry with it', async () => {
  const app = await openApp('/');
  const page = app.page;
  await newDossier(app, 'Rij weg');
  await page.locator('#f-participants-add').click();
  await page.locator('#f-participants input[id$="-trajectories"]').first().pressSequentially('veel', { delay: 5 });
  await page.locator('#draft-status').waitFor();
  await page.locator('#f-participants').getByRole('button', { name: /Verwijder/ }).first().click();
  await app.reload();
  await page.locator('#draft-status').waitFor({ state: 'detached', timeout: 10_000 });
  await app.expectClean();
  await app.close();
});

test('a gap in the documents and an open point lead to their field, scrolled into view and focused', async () => {
  const app = await openApp('/');
  const page = app.page;
  await page.locator('button[data-demo="apeldoorn"]').click();
  await page.waitForURL(/\/dossier\/[^/]+\/stap\/1-verkenning$/);
  const base = app.path().replace(/\/stap\/1-verkenning$/, '');

  // An open point of the overview.
  await app.goto(`${base}/overzicht`);
  const point = page.locator('main a[href*="/stap/"][href*="#"]').first();
  const href = await point.getAttribute('href');
  const target = href.split('#')[1];
  await point.click();
  await page.waitForFunction((t) => {
    const el = document.getElementById(t);
    const a = document.activeElement;
    return el && a && (a === el || el.contains(a));
  }, target, { timeout: 10_000 });
  const rect = await page.evaluate((t) => {
    const r = document.getElementById(t).getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, h: window.innerHeight };
  }, target);
  assert.ok(rect.bottom > 0 && rect.top < rect.h, `the field is on screen: ${JSON.stringify(rect)}`);

  // A gap marker in the documents, when the demo has one; otherwise a deep link with a hash.
  await app.goto(`${base}/documenten`);
  const gap = page.locator('a.open-marker').first();
  if (await gap.count()) {
    const gapTarget = (await gap.getAttribute('href')).split('#')[1];
    await gap.click();
    await page.waitForFunction((t) => {
      const el = document.getElementById(t);
      const a = document.activeElement;
      return el && a && (a === el || el.contains(a));
    }, gapTarget, { timeout: 10_000 });
  }
  await app.goto(`${base}/stap/4-uitvoeringsproces#f-invoicing`);
  await page.waitForFunction(() => {
    const el = document.getElementById('f-invoicing');
    return el && (document.activeElement === el || el.contains(document.activeElement));
  }, null, { timeout: 10_000 });
  const { y } = await focusState(page);
  assert.ok(y > 0, 'the page scrolled down to the field');
  await app.expectClean();
  await app.close();
});
