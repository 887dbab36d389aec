// Helpers for the end-to-end tests: a page object over the RELEASE bundle in dist/, served by
// server.mjs on 127.0.0.1 and driven in Debian's Chromium through playwright-core. With
// E2E_BASE_URL set (scripts/with-host does, for a real nginx, Apache or Caddy serving dist/ with
// the configuration from deploy/), the tests use that server instead; it must serve the same
// dist/ (E2E_DIST) at the root of its origin. Tests that need server.mjs's request log
// (`server().requests`, null then) belong only to the server.mjs run.
//
// Every page visited is watched, and a test fails when any of these happens:
//   - a console error, or an uncaught exception in the page (pageerror);
//   - a Content-Security-Policy violation (the `securitypolicyviolation` event, reported from
//     an init script, and Chromium's "Refused to ..." console messages);
//   - a request to any origin other than the test server (it is aborted and recorded);
//   - an HTTP error status or a failed request on the test server;
//   - a serious or critical accessibility violation found by axe-core (run by `expectClean`,
//     which the navigation helpers call after every page they reach).
//
// Writing a test (see shell.test.mjs):
//
//   import { test } from 'node:test';
//   import { openApp } from './lib.mjs';
//   test('my feature', async () => {
//     const app = await openApp('/stappen/3-bestek');          // waits for app-ready, runs axe
//     await app.page.getByRole('button', { name: 'Opslaan' }).click();
//     await app.expectHeading('Bestek');
//     await app.expectClean();                                 // axe + no problems so far
//     await app.close();                                       // fails if anything went wrong
//   });
//
// Every test gets a fresh browser context (empty localStorage, Dutch browser locale unless
// `locale` says otherwise); the browser and the server are shared by the tests of one file.

import { after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '../..');
export const DIST = resolve(process.env.E2E_DIST || join(ROOT, 'dist'));
export const OUTPUT = join(HERE, 'output');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
/** Flags that let Chromium run headless as root in a container, with no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];
/** How long to wait for the app to boot (the release bundle; a busy 2-core machine). */
export const READY_TIMEOUT = 30_000;
/** The default viewport: a 1366x768 laptop or projector. */
export const DESKTOP = { width: 1366, height: 768 };
/** 200% browser zoom on that screen: half the CSS pixels, twice the device pixels. */
export const ZOOM_200 = { viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 };

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const AXE_IMPACTS = new Set(['serious', 'critical']);

/** A server started outside the tests (scripts/with-host), or null: then server.mjs serves. */
export const BASE_URL = process.env.E2E_BASE_URL || null;
/** Which server the tests run against: `server.mjs`, or E2E_HOST (nginx, apache, caddy). */
export const HOST = BASE_URL ? process.env.E2E_HOST || new URL(BASE_URL).host : 'server.mjs';
/** The encodings that server sends, in its order of preference (E2E_ENCODINGS, e.g. "br gzip"). */
export const HOST_ENCODINGS = BASE_URL ? (process.env.E2E_ENCODINGS || 'br gzip').split(/\s+/).filter(Boolean) : ['br', 'gzip'];

let serverPromise = null;
let browserPromise = null;
const openApps = new Set();
const appsByPage = new WeakMap();

/**
 * The shared static server: server.mjs on dist/ (started on first use), or the one at
 * E2E_BASE_URL. Either way `{ url, origin, port, requests, close() }`; `requests` (server.mjs's
 * log of every request) is null for an outside server.
 */
export function server() {
  serverPromise ??= BASE_URL ? Promise.resolve().then(() => outsideServer(BASE_URL)) : startServer(DIST);
  return serverPromise;
}

function outsideServer(base) {
  const url = new URL(base);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`E2E_BASE_URL must be an origin such as http://127.0.0.1:8080/ (the app lives at the root), not ${base}`);
  }
  return { url: url.origin + '/', origin: url.origin, port: Number(url.port), requests: null, close: async () => {} };
}

/** The shared browser (launched on first use). */
export function browser() {
  browserPromise ??= chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  return browserPromise;
}

// A test that forgot `app.close()` still gets its problems reported and its context closed.
afterEach(async () => {
  const left = [...openApps];
  for (const app of left) await app.close();
});

after(async () => {
  if (browserPromise) await (await browserPromise).close().catch(() => {});
  if (serverPromise) await (await serverPromise).close().catch(() => {});
});

// Runs in every document before the app's scripts: reports CSP violations to the test.
// (An init script is injected by the DevTools protocol, so the page's CSP does not apply to it.)
function cspReporter() {
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__e2eReport?.('csp', `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}` +
      ` at ${e.sourceFile || '?'}:${e.lineNumber || '?'} (${e.disposition})`);
  });
}

/**
 * Opens a fresh browser context and page, goes to `path` and waits until the app has
 * mounted. Options:
 *   locale            browser language, default 'nl-NL' (the app follows it on a first visit)
 *   viewport          default 1366x768; `...ZOOM_200` for 200% zoom
 *   deviceScaleFactor default 1
 *   localStorage      an object of keys and strings present before the first load
 *   clean             run `expectClean` after loading (default true)
 *   serviceWorkers    'block' (default: each test sees the app as the network serves it) or
 *                     'allow' (the offline and update tests: public/sw.js takes over)
 *   contextOptions    anything else for browser.newContext()
 */
export async function openApp(path = '/', options = {}) {
  const {
    locale = 'nl-NL', viewport = DESKTOP, deviceScaleFactor = 1, localStorage = null,
    clean = true, serviceWorkers = 'block', contextOptions = {},
  } = options;
  const srv = await server();
  const b = await browser();
  const storageState = localStorage
    ? { cookies: [], origins: [{ origin: srv.origin, localStorage: Object.entries(localStorage).map(([name, value]) => ({ name, value: String(value) })) }] }
    : undefined;
  const context = await b.newContext({
    locale, viewport, deviceScaleFactor, storageState, serviceWorkers, ...contextOptions,
  });
  const page = await context.newPage();
  const app = new App(srv, context, page);
  await app.watch();
  // E2E_CPU_THROTTLE=4 runs the page on a slowed CPU, to find tests that only pass on a fast
  // machine (the CI machine is slower than a developer's).
  const throttle = Number(process.env.E2E_CPU_THROTTLE || 0);
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await app.goto(path, { clean });
  return app;
}

// Drags from the file manager (and of text within the page), for the drop zones' tests.
// A DataTransfer in the page holding files (`[name, text]` pairs), as a drag from the file
// manager brings them.
export const filesTransfer = (page, files) => page.evaluateHandle((fs) => {
  const dt = new DataTransfer();
  for (const [n, t] of fs) dt.items.add(new File([t], n, { type: 'application/json' }));
  return dt;
}, files);
export const fileTransfer = (page, name, text) => filesTransfer(page, [[name, text]]);

// A DataTransfer holding text only, as a drag of a selection within the page brings it.
export const textTransfer = (page) => page.evaluateHandle(() => {
  const dt = new DataTransfer();
  dt.setData('text/plain', 'een zin');
  return dt;
});

// Dispatches the drag events `types` with `dt` on the first element matching `selector`;
// returns, per event, whether a handler prevented the browser's default, and the drop effect.
export const dispatchDrag = (page, selector, dt, types) => page.evaluate(([sel, d, ts]) => {
  const out = {};
  for (const type of ts) {
    const ev = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: d });
    document.querySelector(sel).dispatchEvent(ev);
    out[type] = ev.defaultPrevented;
  }
  out.effect = d.dropEffect;
  return out;
}, [selector, dt, types]);

/** Opens the app, runs `fn(app)`, and always closes it (failing on any recorded problem). */
export async function withApp(path, options, fn) {
  if (typeof options === 'function') [options, fn] = [{}, options];
  const app = await openApp(path, options);
  try {
    await fn(app);
  } finally {
    await app.close();
  }
}

/** Runs axe and fails on recorded problems, for a page opened by `openApp`. */
export async function expectClean(page) {
  const app = appsByPage.get(page);
  assert.ok(app, 'expectClean(page): this page was not opened with openApp()');
  await app.expectClean();
}

export class App {
  constructor(srv, context, page) {
    this.server = srv;
    this.origin = srv.origin;
    this.context = context;
    this.page = page;
    /** Everything that went wrong, in order: `{ kind, text, at }`. */
    this.problems = [];
    this.closed = false;
    openApps.add(this);
    appsByPage.set(page, this);
  }

  record(kind, text) {
    let at = '';
    try { at = new URL(this.page.url()).pathname; } catch { /* page not navigated yet */ }
    this.problems.push({ kind, text, at });
  }

  async watch() {
    const { context, page, origin } = this;
    await context.exposeFunction('__e2eReport', (kind, text) => this.record(kind, text));
    await context.addInitScript(cspReporter);
    // Only the test server may be reached; anything else is aborted and recorded.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin + '/')) return route.continue();
      this.record('foreign-request', `${route.request().method()} ${url}`);
      return route.abort('blockedbyclient');
    });
    page.on('console', (msg) => {
      const text = msg.text();
      if (msg.type() === 'error') {
        this.record(/Content Security Policy/i.test(text) ? 'csp' : 'console-error', text + locationOf(msg));
      } else if (/Content Security Policy/i.test(text)) {
        this.record('csp', text + locationOf(msg));
      }
    });
    page.on('pageerror', (err) => this.record('pageerror', String(err && err.stack || err)));
    page.on('crash', () => this.record('crash', 'the page crashed'));
    page.on('response', (res) => {
      if (res.status() >= 400 && res.url().startsWith(origin + '/')) {
        this.record('http-error', `${res.status()} ${res.request().method()} ${res.url()}`);
      }
    });
    page.on('requestfailed', (req) => {
      const failure = req.failure()?.errorText || '';
      // Our own aborts are already recorded; ERR_ABORTED is a load cut short by the next one.
      if (!req.url().startsWith(origin + '/') || /ERR_ABORTED|BLOCKED_BY_CLIENT/.test(failure)) return;
      this.record('request-failed', `${req.url()}: ${failure}`);
    });
  }

  /** The current path, e.g. '/stappen/3-bestek'. */
  path() {
    return new URL(this.page.url()).pathname;
  }

  /** Loads `path` (a full page load) and waits for the app. */
  async goto(path, { clean = true } = {}) {
    await this.page.goto(this.origin + path, { waitUntil: 'domcontentloaded' });
    await this.waitReady();
    if (clean) await this.expectClean();
  }

  /** Reloads the page and waits for the app. */
  async reload({ clean = true } = {}) {
    await this.page.reload({ waitUntil: 'domcontentloaded' });
    await this.waitReady();
    if (clean) await this.expectClean();
  }

  /** Browser back / forward (client-side history: no new app-ready mark). */
  async back() { await this.page.goBack({ waitUntil: 'commit' }); }
  async forward() { await this.page.goForward({ waitUntil: 'commit' }); }

  /** Waits for the `app-ready` performance mark of the current document. */
  async waitReady() {
    try {
      await this.page.waitForFunction(
        () => performance.getEntriesByName('app-ready').length > 0,
        null, { timeout: READY_TIMEOUT, polling: 50 });
    } catch (err) {
      const fatal = await this.page.locator('#fatal').textContent().catch(() => null);
      throw new Error(`The app did not become ready at ${this.page.url()}: ${err.message}` +
        (fatal ? `\nRecovery screen: ${fatal}` : '') + this.problemReport());
    }
  }

  /** The page's level-1 heading. */
  h1() {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Waits until the page has one level-1 heading and it reads `text` (a string: exactly; or a RegExp). */
  async expectHeading(text, { timeout = 10_000 } = {}) {
    const h1 = this.h1();
    await h1.filter({ hasText: text }).first().waitFor({ timeout }).catch(() => {});
    const actual = await h1.allTextContents();
    assert.equal(actual.length, 1, `one <h1> at ${this.path()}, found ${JSON.stringify(actual)}`);
    const got = actual[0].trim();
    if (text instanceof RegExp) assert.match(got, text, `the page heading at ${this.path()}`);
    else assert.equal(got, text, `the page heading at ${this.path()}`);
  }

  /** Waits until the path is `path`. */
  async expectPath(path, { timeout = 10_000 } = {}) {
    await this.page.waitForURL((url) => url.pathname === path, { timeout, waitUntil: 'commit' }).catch(() => {});
    assert.equal(this.path(), path);
  }

  /** Clicks the link with this accessible name (inside `within`, a locator, if given). */
  async clickLink(name, { within = this.page, exact = false } = {}) {
    await within.getByRole('link', { name, exact }).first().click();
  }

  /** Clicks the language switch and waits until `<html lang>` changes. */
  async switchLanguage() {
    const before = await this.lang();
    await this.page.locator('button.lang-switch').click();
    await this.page.waitForFunction((l) => document.documentElement.lang !== l, before, { polling: 50 });
  }

  /** `<html lang>`. */
  async lang() {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  /** The element that has focus: `{ tag, id, text }`. */
  async focused() {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return el ? { tag: el.tagName.toLowerCase(), id: el.id, text: (el.textContent || '').trim(), href: el.getAttribute('href') } : null;
    });
  }

  /** Whether the page scrolls sideways (a horizontal scrollbar). */
  async hasHorizontalScroll() {
    return this.page.evaluate(() => {
      const d = document.documentElement;
      return d.scrollWidth > d.clientWidth + 1 || document.body.scrollWidth > d.clientWidth + 1;
    });
  }

  /** Elements wider than the viewport (to explain a horizontal scrollbar). */
  async overflowingElements() {
    return this.page.evaluate(() => {
      const w = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > w + 1)
        .slice(0, 10)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} right=${Math.round(el.getBoundingClientRect().right)}`);
    });
  }

  /** Saves a PNG into tests/e2e/output/ and returns its path. */
  async screenshot(name, { fullPage = false } = {}) {
    mkdirSync(OUTPUT, { recursive: true });
    const file = join(OUTPUT, `${name}.png`);
    // Let web fonts, layout and focus settle before the picture.
    await this.page.evaluate(() => document.fonts?.ready);
    await this.page.screenshot({ path: file, fullPage, animations: 'disabled' });
    return file;
  }

  /**
   * Runs axe-core on the current document and returns the serious and critical violations.
   *
   * How axe gets in despite the app's CSP (script-src 'self', no inline scripts): its source is
   * evaluated through the DevTools protocol (page.evaluate), which CSP does not govern. So the
   * CSP stays fully enforced for the app itself, and a real violation still shows up here.
   * page.addScriptTag would insert an inline <script> and be blocked (and reported as a
   * violation); bypassCSP would hide the app's own violations.
   */
  async axe() {
    const hasAxe = await this.page.evaluate(() => typeof window.axe === 'object');
    if (!hasAxe) await this.page.evaluate(AXE_SOURCE);
    const violations = await this.page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
      }));
    });
    return violations.filter((v) => AXE_IMPACTS.has(v.impact));
  }

  /**
   * Fails if axe finds a serious or critical violation on the current page, or if any problem
   * (console error, page error, CSP violation, foreign request, HTTP error) was recorded so far.
   */
  async expectClean() {
    // Let pending effects, focus moves and console messages arrive first.
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    for (const v of await this.axe()) {
      this.record('a11y', `${v.id} (${v.impact}): ${v.help} [${v.helpUrl}]\n` +
        v.nodes.slice(0, 5).map((n) => `      ${n.target}: ${n.summary?.replace(/\n\s*/g, ' ')}`).join('\n'));
    }
    this.assertNoProblems();
  }

  problemReport() {
    if (this.problems.length === 0) return '';
    return '\nProblems seen in the page:\n' +
      this.problems.map((p) => `  - [${p.kind}] at ${p.at}: ${p.text}`).join('\n');
  }

  assertNoProblems() {
    if (this.problems.length > 0) {
      const report = this.problemReport();
      this.problems = []; // report each problem once
      assert.fail(report.trim());
    }
  }

  /** Closes the context; fails if any problem was recorded. */
  async close() {
    if (this.closed) return;
    this.closed = true;
    openApps.delete(this);
    // Console messages may still be in flight.
    await new Promise((r) => setTimeout(r, 50));
    await this.context.close().catch(() => {});
    this.assertNoProblems();
  }
}

function locationOf(msg) {
  const l = msg.location();
  return l && l.url ? ` (${l.url}:${l.lineNumber})` : '';
}
