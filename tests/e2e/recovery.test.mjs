// End-to-end: the recovery screen after a panic (public/fallback.js). The panic hook calls
// `window.inkoopwijzerFatal(message)`; this test calls it the same way. The dead app, mounted
// straight into <body>, must be hidden for real (not seen, not focusable, not read out), and
// the emergency download must hold every stored key of the app byte-identical, and nothing
// else.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, ROOT } from './lib.mjs';

const FIXTURE = readFileSync(join(ROOT, 'tests/fixtures/dossier_v1.json'), 'utf8');

test('after a panic the dead app is hidden and the download holds every stored key exactly', async () => {
  const app = await openApp('/', { localStorage: { 'inkoopwijzer:dossier:d1a2b3': FIXTURE } });
  const page = app.page;
  // Text that only survives an exact copy: a lone surrogate, characters outside ASCII, control
  // characters; and a key of another app on the same site, which must not be offered.
  await page.evaluate(() => {
    localStorage.setItem('inkoopwijzer:quarantine:dossier:x:2026-12-06T10:00:00.000Z', 'half \uD800 ë € 😀 \u0000\u001f "q" \\ end');
    localStorage.setItem('inkoopwijzer:spec-draft', 'De aanbieder geeft 40 lessen.\r\nTweede regel.');
    localStorage.setItem('other-app:key', 'niet van ons');
  });
  await page.locator('#new-dossier-name').waitFor();

  await page.evaluate(() => window.inkoopwijzerFatal('panicked at src/x.rs:1:1: test'));
  const fatal = page.locator('#fatal');
  await fatal.waitFor();
  assert.equal(await fatal.getByRole('heading', { level: 1 }).textContent(), 'Er ging iets mis in Inkoopwijzer');

  // The dead app is not seen, not focusable and hidden from screen readers.
  for (const sel of ['.site-header', '#main', '.site-footer', '.storage-banners', '.skip-link']) {
    assert.equal(await page.locator(sel).first().isVisible(), false, `${sel} is hidden`);
  }
  const hidden = await page.evaluate(() => [...document.body.children]
    .filter((c) => c.id !== 'fatal' && !['SCRIPT', 'NOSCRIPT'].includes(c.tagName))
    .every((c) => c.inert && c.getAttribute('aria-hidden') === 'true'));
  assert.ok(hidden, 'everything but the message is inert and aria-hidden');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('#fatal') !== null), true, 'focus starts in the message');
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => document.activeElement === document.body || document.activeElement?.closest('#fatal') !== null);
    assert.ok(inside, `Tab ${i + 1} stays in the message`);
  }
  await app.screenshot('recovery-screen');
  await app.expectClean();

  // The download: every key of the app, each value exactly as stored.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#fatal-download').click()]);
  assert.match(download.suggestedFilename(), /^inkoopwijzer-noodkopie-\d{4}-\d{2}-\d{2}\.json$/);
  const file = readFileSync(await download.path(), 'utf8');
  const check = await page.evaluate((text) => {
    const saved = JSON.parse(text);
    const ours = Object.keys(localStorage).filter((k) => k.startsWith('inkoopwijzer:'));
    return {
      format: saved.format,
      keys: Object.keys(saved.saved).sort(),
      ours: ours.sort(),
      identical: ours.every((k) => saved.saved[k] === localStorage.getItem(k)),
    };
  }, file);
  assert.equal(check.format, 'inkoopwijzer-noodkopie');
  assert.deepEqual(check.keys, check.ours, 'every key of the app, and only those');
  assert.ok(check.ours.length >= 3);
  assert.ok(check.identical, 'every value byte-identical');
  await app.close();
});
