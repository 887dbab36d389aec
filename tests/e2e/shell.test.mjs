// End-to-end tests of the application shell: routing, history, language, keyboard, zoom.
// Run with `node --test tests/e2e/` after `scripts/build` (scripts/test does both).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, ZOOM_200 } from './lib.mjs';

const START_NL = 'Re-integratietrajecten inkopen die werken';
const STEPS_NL = 'De negen stappen van een inkoop';
const NOT_FOUND_NL = 'Deze pagina bestaat niet';
const STEP_SLUGS = [
  '1-verkenning', '2-doelgroep', '3-bestek', '4-uitvoeringsproces', '5-offerteprocedure',
  '6-start-uitvoering', '7-monitoring', '8-verantwoording', '9-evaluatie',
];

test('the start page shows its heading, in Dutch, with the main landmarks', async () => {
  const app = await openApp('/', { clean: false });
  await app.expectHeading(START_NL);
  await app.screenshot('start-1366x768'); // first, so that it exists even when a check fails
  assert.equal(await app.lang(), 'nl');
  await app.page.waitForFunction(() => document.title.startsWith('Re-integratietrajecten'));
  assert.equal(await app.page.title(), 'Re-integratietrajecten inkopen die werken – Inkoopwijzer');
  await app.page.getByRole('main').waitFor();
  await app.page.getByRole('banner').waitFor();
  await app.page.getByRole('contentinfo').waitFor();
  assert.equal(await app.page.locator('#boot-message').count(), 0, 'the loading message is removed');
  await app.expectClean();
  await app.close();
});

test('clicking through: "De negen stappen", then a step, then the next step', async () => {
  const app = await openApp('/', { clean: false });
  await app.clickLink('De negen stappen', { within: app.page.getByRole('navigation', { name: 'Hoofdmenu' }), exact: true });
  await app.expectPath('/stappen');
  await app.expectHeading(STEPS_NL);
  await app.expectClean();

  const stepNav = app.page.getByRole('navigation', { name: 'Stappen' }).first();
  assert.equal(await stepNav.getByRole('link').count(), 9, 'the step navigation lists nine steps');

  await app.clickLink(/^Stap 3:/, { within: stepNav });
  await app.expectPath('/stappen/3-bestek');
  await app.expectHeading(/^Bestek/);
  await app.screenshot('step-3-1366x768');
  assert.equal(await stepNav.getByRole('link', { name: /^Stap 3:/ }).getAttribute('aria-current'), 'page');
  // Focus management: after a client-side navigation the new page's heading has focus.
  await app.page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 5000 })
    .catch(() => {});
  assert.deepEqual((await app.focused())?.tag, 'h1', 'focus moves to the heading after navigating');
  await app.expectClean();

  await app.clickLink(/Volgende stap/);
  await app.expectPath('/stappen/4-uitvoeringsproces');
  await app.expectHeading(/^Uitvoeringsproces/);
  await app.expectClean();
  await app.close();
});

test('every step page can be reached with "Volgende stap" and passes the checks', async () => {
  const app = await openApp(`/stappen/${STEP_SLUGS[0]}`);
  for (const slug of STEP_SLUGS.slice(1)) {
    await app.clickLink(/Volgende stap/);
    await app.expectPath(`/stappen/${slug}`);
    await app.expectClean();
  }
  assert.equal(await app.page.getByRole('link', { name: /Volgende stap/ }).count(), 0, 'the last step has no next');
  await app.close();
});

test('a deep link straight to /stappen/3-bestek opens that step', async () => {
  const app = await openApp('/stappen/3-bestek');
  await app.expectHeading(/^Bestek/);
  await app.page.waitForFunction(() => document.title.startsWith('Bestek'));
  assert.equal(await app.page.title(), 'Bestek (Programma van Eisen) – Inkoopwijzer');
  await app.close();
});

test('browser back and forward move through the visited pages', async () => {
  const app = await openApp('/');
  await app.clickLink('De negen stappen', { within: app.page.getByRole('navigation', { name: 'Hoofdmenu' }), exact: true });
  await app.expectHeading(STEPS_NL);
  await app.clickLink(/^Stap 3:/);
  await app.expectHeading(/^Bestek/);

  await app.back();
  await app.expectPath('/stappen');
  await app.expectHeading(STEPS_NL);
  await app.back();
  await app.expectPath('/');
  await app.expectHeading(START_NL);
  await app.forward();
  await app.expectPath('/stappen');
  await app.expectHeading(STEPS_NL);
  await app.forward();
  await app.expectPath('/stappen/3-bestek');
  await app.expectHeading(/^Bestek/);
  await app.expectClean();
  await app.close();
});

test('reload keeps the page', async () => {
  const app = await openApp('/');
  await app.clickLink('De negen stappen', { within: app.page.getByRole('navigation', { name: 'Hoofdmenu' }), exact: true });
  await app.clickLink(/^Stap 5:/);
  await app.expectHeading(/^Offerteprocedure/);
  await app.reload();
  await app.expectPath('/stappen/5-offerteprocedure');
  await app.expectHeading(/^Offerteprocedure/);
  await app.close();
});

test('switching to English changes <html lang> and the texts, and is remembered across reload', async () => {
  const app = await openApp('/stappen');
  await app.switchLanguage();
  assert.equal(await app.lang(), 'en');
  await app.expectHeading('The nine steps of a purchase');
  await app.page.getByRole('navigation', { name: 'Main menu' }).waitFor();
  await app.expectClean();

  await app.reload();
  assert.equal(await app.lang(), 'en');
  await app.expectHeading('The nine steps of a purchase');

  await app.switchLanguage();
  assert.equal(await app.lang(), 'nl');
  await app.expectHeading(STEPS_NL);
  await app.reload();
  assert.equal(await app.lang(), 'nl');
  await app.close();
});

test('a browser set to English still starts in Dutch (the app is for Dutch municipalities)', async () => {
  const app = await openApp('/', { locale: 'en-US' });
  assert.equal(await app.lang(), 'nl');
  await app.expectHeading(START_NL);
  await app.close();
});

test('keyboard: the first Tab reaches the skip link, which moves focus to main', async () => {
  const app = await openApp('/');
  await app.page.keyboard.press('Tab');
  const first = await app.focused();
  assert.equal(first?.tag, 'a');
  assert.equal(first?.href, '#main');
  assert.equal(first?.text, 'Naar de inhoud');
  assert.ok(await app.page.locator('.skip-link').isVisible(), 'the focused skip link is visible');
  await app.page.keyboard.press('Enter');
  await app.page.waitForFunction(() => document.activeElement?.id === 'main', null, { timeout: 5000 })
    .catch(() => {});
  assert.equal((await app.focused())?.id, 'main', 'the skip link moves focus to <main>');
  // The next Tab continues inside main, not back at the header.
  await app.page.keyboard.press('Tab');
  assert.ok(await app.page.evaluate(() => document.querySelector('main').contains(document.activeElement)),
    'Tab after the skip link continues inside main');
  await app.expectClean();
  await app.close();
});

test('an unknown URL shows the not-found page', async () => {
  const app = await openApp('/bestaat-niet');
  await app.expectHeading(NOT_FOUND_NL);
  await app.clickLink('Naar de startpagina', { within: app.page.getByRole('main') });
  await app.expectHeading(START_NL);
  await app.goto('/stappen/10-bestaat-niet');
  await app.expectHeading(NOT_FOUND_NL);
  await app.close();
});

test('200% zoom: no horizontal scrollbar on the start, steps and step pages', async () => {
  const app = await openApp('/', { ...ZOOM_200, clean: false });
  await app.expectHeading(START_NL);
  // Pictures and measurements first, so that they exist even when a check fails.
  const pages = [['/', 'start-200pct'], ['/stappen', 'steps-200pct'], ['/stappen/3-bestek', 'step-3-200pct']];
  const failures = [];
  for (const [path, shot] of pages) {
    if (path !== '/') await app.goto(path, { clean: false });
    await app.screenshot(shot);
    if (await app.hasHorizontalScroll()) {
      failures.push(`horizontal scrollbar on ${path}: ${(await app.overflowingElements()).join(', ')}`);
    }
    await app.expectClean().catch((err) => failures.push(`on ${path}: ${err.message}`));
  }
  assert.deepEqual(failures, [], failures.join('\n'));
  await app.close();
});
