// End-to-end: a failed save and a conflict with another tab are seen wherever the user is.
// The banners render above <main> and the header does not stay in view, so a user typing in a
// field below the first screen (the second field of step 1 already) used to see nothing. Now
// a line at the top of the window (the save dock) says so within a second of the edit, keeps
// the field being typed in clear of itself (at 1024x768 and at a phone's width), and leads to
// the banner; screen readers hear it through the header's live region, as before.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib.mjs';

const LAPTOP = { width: 1024, height: 768 };
const PHONE = { width: 375, height: 667 };

async function newDossier(page, name) {
  await page.getByLabel('Naam van het nieuwe dossier').fill(name);
  await page.getByRole('button', { name: 'Dossier maken' }).click();
  await page.waitForURL(/\/dossier\/[^/]+\/stap\/1-verkenning$/);
  await page.locator('#f-problem').waitFor();
}

const saved = (page) => page.waitForFunction(() => document.getElementById('save-status')?.dataset.state === 'saved',
  null, { timeout: 10_000, polling: 50 });

/** Fills localStorage up to the browser's quota with keys that are not the app's. */
async function fillStorage(page) {
  return page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 8; size >>= 1) {
      const chunk = 'x'.repeat(size);
      try { for (;;) { localStorage.setItem(`e2e-filler-${n}`, chunk); n += 1; } } catch { /* full at this size */ }
    }
    return n;
  });
}

async function freeStorage(page) {
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('e2e-filler-')) localStorage.removeItem(k);
  });
}

/** Where an element is in the window: { top, bottom, visible } (visible: inside the window, at least partly). */
async function placeOf(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, visible: r.bottom > 0 && r.top < window.innerHeight && r.height > 0 };
  });
}

/** Types into the focused field and returns how long after the last key press `selector` became visible in the window. */
async function typeAndTime(page, field, text, selector) {
  await field.pressSequentially(text, { delay: 20 });
  return page.evaluate(async (sel) => {
    const start = performance.now();
    for (;;) {
      const el = document.querySelector(sel);
      if (el) {
        const r = el.getBoundingClientRect();
        if (r.height > 0 && r.bottom > 0 && r.top < window.innerHeight) return performance.now() - start;
      }
      if (performance.now() - start > 5000) return null;
      await new Promise((r) => requestAnimationFrame(r));
    }
  }, selector);
}

for (const [label, viewport] of [['1024x768', LAPTOP], ['phone 375x667', PHONE]]) {
  test(`storage full while typing below the first screen is seen at once (${label})`, async () => {
    const app = await openApp('/', { viewport });
    const page = app.page;
    await newDossier(page, 'Opslag vol');
    const field = page.locator('#f-problem');
    await field.scrollIntoViewIfNeeded();
    await field.click();
    await field.pressSequentially('Eerst opgeslagen.', { delay: 10 });
    await saved(page);
    // The header and the place of the banners are out of view: the old warnings were not seen.
    await page.evaluate(() => document.getElementById('f-problem').scrollIntoView({ block: 'center' }));
    assert.equal((await placeOf(page.locator('#save-status'))).visible, false, 'the header has scrolled away');

    assert.ok(await fillStorage(page) > 0, 'storage was filled');
    const ms = await typeAndTime(page, field, ' Dit past niet meer.', '#save-dock-line');
    console.log(`${label}: the save dock showed ${ms === null ? 'never' : Math.round(ms) + ' ms'} after the last key press`);
    assert.ok(ms !== null && ms < 1000, `the failure is seen within 1 s of the edit (${ms} ms)`);
    const dock = await placeOf(page.locator('#save-dock-line'));
    assert.ok(dock.visible && dock.top >= -1 && dock.top < 5, `the dock is at the top of the window (${JSON.stringify(dock)})`);
    assert.match(await page.locator('#save-dock-line').innerText(), /Niet opgeslagen: de opslag is vol/);
    // It does not cover the field being typed in.
    await page.waitForTimeout(100);
    const f = await placeOf(field);
    const d = await placeOf(page.locator('.save-dock'));
    assert.ok(f.visible, 'the field is still in view');
    assert.ok(f.top >= d.bottom - 1, `the field (top ${f.top}) is below the dock (bottom ${d.bottom})`);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-problem', 'focus stays in the field');
    assert.equal((await placeOf(page.locator('#banner-save-failed'))).visible, false, 'the banner itself is out of view');
    // Screen readers hear it as before, through the live region.
    assert.match(await page.locator('.save-tools [role="status"]').textContent(), /Niet opgeslagen: opslag vol/);
    await app.screenshot(`warnings-quota-${viewport.width}`);
    await app.expectClean();

    // The dock leads to the banner, whose retry saves once there is room.
    await page.locator('#save-dock-line').getByRole('button', { name: 'Uitleg en keuzes' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'banner-save-failed-title');
    assert.ok((await placeOf(page.locator('#banner-save-failed'))).visible);
    await freeStorage(page);
    await page.locator('#banner-save-failed').getByRole('button', { name: 'Opnieuw proberen' }).click();
    await saved(page);
    await page.locator('#save-dock-line').waitFor({ state: 'detached' });
    assert.match(await field.inputValue(), /Dit past niet meer\.$/);
    await app.close();
  });
}

test('another tab saving the dossier while this one has unsaved work is seen below the first screen', async () => {
  const app = await openApp('/', { viewport: LAPTOP });
  const a = app.page;
  await newDossier(a, 'Twee tabbladen');
  const path = new URL(a.url()).pathname;
  // The other tab has the same dossier open.
  const b = await app.context.newPage();
  await b.goto(app.origin + path);
  await b.locator('#f-title').waitFor();

  // This tab types below the first screen; its save fails (storage full), so its work is unsaved.
  const field = a.locator('#f-problem');
  await a.evaluate(() => document.getElementById('f-problem').scrollIntoView({ block: 'center' }));
  await field.click();
  await fillStorage(a);
  await field.pressSequentially('Werk in tab A.', { delay: 10 });
  await a.locator('#save-dock-line').waitFor();
  // The save after the last key press is still to come (a quiet time of at most half a second,
  // `persistence::session::save_delay_ms`). Let it fail first: were it to run after the room is
  // made below, it would save, and this tab, not the other, would be the one that saved first.
  await a.waitForTimeout(700);
  // The other tab, with room again, saves its version.
  await freeStorage(b);
  await b.locator('#f-title').pressSequentially('Titel uit tab B', { delay: 5 });
  await saved(b).catch(async (e) => {
    const state = await b.evaluate(() => [document.getElementById('save-status')?.dataset.state,
      document.querySelector('.storage-banners')?.innerText, Object.keys(localStorage).length]);
    throw new Error(`tab B did not save: ${JSON.stringify(state)} (${e.message})`);
  });

  const started = Date.now();
  await a.locator('#save-dock-line', { hasText: 'ook in een ander tabblad gewijzigd' }).waitFor({ timeout: 5000 });
  const ms = Date.now() - started;
  console.log(`conflict: the save dock showed it ${ms} ms after the other tab's save was seen`);
  assert.ok(ms < 1000, `within 1 s (${ms} ms)`);
  assert.match(await a.locator('#save-dock-line').innerText(), /‘Twee tabbladen’ is ook in een ander tabblad gewijzigd/);
  const f = await placeOf(field);
  const d = await placeOf(a.locator('.save-dock'));
  assert.ok(f.visible && f.top >= d.bottom - 1, 'the field stays in view, clear of the dock');
  assert.match(await a.locator('.save-tools [role="status"]').textContent(), /gewijzigd in een ander tabblad/);
  await app.screenshot('warnings-conflict');
  // The dock leads to the choice.
  await a.locator('#save-dock-line').getByRole('button', { name: 'Kies een versie' }).click();
  await a.waitForFunction(() => document.activeElement?.id === 'banner-conflict-title');
  await a.locator('#conflict-keep-mine').click();
  await saved(a);
  assert.match(await a.locator('#f-problem').inputValue(), /Werk in tab A\.$/);
  await b.close();
  await app.expectClean();
  await app.close();
});
