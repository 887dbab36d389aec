// Self-test of the end-to-end guards in lib.mjs: each kind of problem that should fail a test
// is provoked once on purpose and must be recorded. Keeps the guards from rotting silently
// (a CSP listener that no longer fires would let every other test pass vacuously).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib.mjs';

async function provoked(app, fn) {
  await app.page.waitForLoadState('networkidle');
  app.problems = [];
  await app.page.evaluate(fn).catch(() => {});
  await app.page.waitForTimeout(300);
  const kinds = app.problems.map((p) => p.kind);
  app.problems = []; // expected: do not fail the test for them
  return kinds;
}

test('the guards record CSP violations, foreign requests, console errors and page errors', async () => {
  const app = await openApp('/', { clean: false });

  // An inline script: forbidden by the app's CSP (script-src 'self').
  const csp = await provoked(app, () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.appendChild(s);
  });
  assert.ok(csp.includes('csp'), `an inline script is reported as a CSP violation (got ${csp})`);
  assert.equal(await app.page.evaluate(() => window.__inlineRan), undefined, 'the inline script did not run');

  // An image from another origin: blocked by CSP and by the route guard.
  const foreign = await provoked(app, () => {
    const img = document.createElement('img');
    img.src = 'https://example.org/pixel.png';
    img.alt = '';
    document.body.appendChild(img);
  });
  assert.ok(foreign.includes('csp'), `a foreign image is a CSP violation (got ${foreign})`);

  // A missing file on the test server.
  const missing = await provoked(app, async () => { await fetch('/does-not-exist.txt').catch(() => {}); });
  assert.ok(missing.includes('http-error'), `a 404 on the test server is recorded (got ${missing})`);

  const consoleError = await provoked(app, () => console.error('provoked by harness.test.mjs'));
  assert.deepEqual(consoleError, ['console-error']);

  const pageError = await provoked(app, () => { setTimeout(() => { throw new Error('provoked'); }, 0); });
  assert.ok(pageError.includes('pageerror'), `an uncaught exception is recorded (got ${pageError})`);

  await app.close();
});

test('the route guard aborts and records requests to other origins', async () => {
  // CSP blocks most foreign requests inside the page already; a navigation is not covered by
  // connect-src or img-src, so it shows the route guard on its own.
  const app = await openApp('/', { clean: false });
  await app.page.waitForLoadState('networkidle');
  app.problems = [];
  await app.page.goto('https://example.org/', { timeout: 5000 }).catch(() => {});
  const kinds = app.problems.map((p) => p.kind);
  app.problems = [];
  assert.ok(kinds.includes('foreign-request'), `a foreign navigation is recorded (got ${kinds})`);
  await app.close();
});
