// Benchmark: bundle sizes and time to app-ready, for the app and for a minimal Leptos page
// built the same way (bench/minimal), so that the app's cost reads as a ratio. Run it through
// scripts/bench, which builds both bundles first (or not, with --no-build).
//
//   node bench/bench.mjs [--runs N] [--micro-runs N] [--json FILE] [--no-micro]
//                        [--screen-runs N] [--no-screens] [--screens-only]
//
// Sizes: every .wasm, .js and .css file of each dist/ directory, raw and compressed with node's
// zlib (gzip level 9, brotli quality 11), as a static host would serve them.
// First load: every byte the browser received (the network log's encodedDataLength, headers
// included) for the requests it sent before the `app-ready` mark, the favicon aside: the HTML,
// JS, wasm and CSS the start page needed, whatever dist/ holds besides. Measured with the server sending brotli
// (every timed load below) and once more per bundle with it sending gzip (one unthrottled load).
// Times: `performance.getEntriesByName('app-ready')[0].startTime`, the mark both pages set
// right after mounting (milliseconds from the start of navigation), the median of N fresh page
// loads (a new browser context each: empty cache, cache disabled), served compressed by
// tests/e2e/server.mjs on 127.0.0.1:
//   - unthrottled;
//   - "Slow 4G" network with 4x CPU slowdown, through the DevTools protocol, as Lighthouse's
//     mobile DevTools throttling does: 562.5 ms request latency (150 ms RTT x 3.75),
//     1474.56 kbit/s down (1.6 Mbit/s x 0.9), 675 kbit/s up, and
//     Emulation.setCPUThrottlingRate({ rate: 4 }).
// Readable: the start time of the last `largest-contentful-paint` entry of the same loads (for
// the app, the start page that scripts/prerender.mjs put into index.html, when the build made
// one), and the bytes of the requests that had finished by then, counted like the first load
// (a request still under way, such as the preloaded main module, was not needed to paint).
// Loads of the two bundles alternate, so that a busy machine hurts both alike.
// Screens (the app only; the list is in bench/bench.config.mjs, and nothing runs when it is
// empty): the time from a click on the start page until the screen's content is in the page and
// the next frame has run, unthrottled and on Slow 4G + 4x CPU; once with the click right after
// app-ready, once after the network has been idle for `idleMs` (any background prefetch done).
// Micro-benchmarks: see bench/bench.config.mjs.

import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/server.mjs';
import config from './bench.config.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage'];

const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75, // ms
  downloadThroughput: (1.6 * 1024 * 0.9 * 1024) / 8, // bytes/s
  uploadThroughput: (750 * 0.9 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
const READY_TIMEOUT = 120_000;

const BUNDLES = [
  { key: 'app', label: 'Inkoopwijzer', dir: resolve(process.env.BENCH_APP_DIST || join(ROOT, 'dist')) },
  { key: 'minimal', label: 'Minimal Leptos', dir: resolve(process.env.BENCH_MINIMAL_DIST || join(ROOT, 'bench/minimal/dist')) },
];

function parseArgs(argv) {
  const opts = {
    runs: config.runs ?? 5, microRuns: config.microRuns ?? 15, screenRuns: config.screenRuns ?? 3,
    json: null, micro: true, loads: true, screens: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') opts.runs = Number(argv[++i]);
    else if (a === '--micro-runs') opts.microRuns = Number(argv[++i]);
    else if (a === '--screen-runs') opts.screenRuns = Number(argv[++i]);
    else if (a === '--json') opts.json = argv[++i];
    else if (a === '--no-micro') opts.micro = false;
    else if (a === '--no-screens') opts.screens = false;
    else if (a === '--screens-only') Object.assign(opts, { loads: false, micro: false });
    else if (a === '--no-build') { /* handled by scripts/bench */ }
    else throw new Error(`bench.mjs: unknown argument ${a}`);
  }
  if (!(opts.runs >= 1)) throw new Error('--runs must be at least 1');
  if (!(opts.screenRuns >= 1)) throw new Error('--screen-runs must be at least 1');
  return opts;
}

// ---------------------------------------------------------------- sizes

function sizes(dir) {
  const out = { wasm: zero(), js: zero(), css: zero(), files: [] };
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (!statSync(file).isFile()) continue;
    const kind = { '.wasm': 'wasm', '.js': 'js', '.mjs': 'js', '.css': 'css' }[extname(name)];
    if (!kind) continue;
    const raw = readFileSync(file);
    const s = {
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      br: brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    for (const k of ['raw', 'gzip', 'br']) out[kind][k] += s[k];
    out[kind].count++;
    out.files.push({ name, kind, ...s });
  }
  out.total = zero();
  for (const kind of ['wasm', 'js', 'css']) for (const k of ['raw', 'gzip', 'br']) out.total[k] += out[kind][k];
  return out;
}

function zero() { return { raw: 0, gzip: 0, br: 0, count: 0 }; }

// ---------------------------------------------------------------- network log

// Every request of one page, from the DevTools protocol: `{ url, type, wall (ms since the
// epoch, when sent), bytes (encodedDataLength: everything received, headers included), done,
// failed, encoding }`.
function networkLog(cdp) {
  const byId = new Map();
  const list = [];
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    lastActivity = Date.now();
    if (byId.has(e.requestId)) return; // a redirect: the same request goes on
    if (!/^https?:/.test(e.request.url)) return;
    const r = {
      url: e.request.url, type: e.type, wall: e.wallTime * 1000, bytes: 0, done: false, failed: false, encoding: null,
      // The protocol's monotonic clock at the start, to put the end on the wall clock.
      clock: e.timestamp, endWall: null,
    };
    byId.set(e.requestId, r);
    list.push(r);
  });
  cdp.on('Network.responseReceived', (e) => {
    lastActivity = Date.now();
    const r = byId.get(e.requestId);
    if (!r) return;
    const headers = Object.fromEntries(Object.entries(e.response.headers || {}).map(([k, v]) => [k.toLowerCase(), v]));
    r.encoding = headers['content-encoding'] || null;
    r.status = e.response.status;
  });
  cdp.on('Network.dataReceived', () => { lastActivity = Date.now(); });
  cdp.on('Network.loadingFinished', (e) => {
    lastActivity = Date.now();
    const r = byId.get(e.requestId);
    if (r) Object.assign(r, { bytes: e.encodedDataLength, done: true, endWall: r.wall + (e.timestamp - r.clock) * 1000 });
  });
  cdp.on('Network.loadingFailed', (e) => {
    lastActivity = Date.now();
    const r = byId.get(e.requestId);
    if (r) Object.assign(r, { done: true, failed: true });
  });
  return {
    list,
    /** Resolves when the given requests have all finished (or failed). */
    async settled(requests, timeout = READY_TIMEOUT) {
      const t0 = Date.now();
      while (requests.some((r) => !r.done)) {
        if (Date.now() - t0 > timeout) {
          const open = requests.filter((r) => !r.done).map((r) => r.url);
          throw new Error(`requests still open after ${timeout} ms: ${open.join(', ')}`);
        }
        await sleep(50);
      }
    },
    /** Resolves when no request has been open and nothing has moved for `quietMs`. */
    async idle(quietMs, timeout = READY_TIMEOUT) {
      const t0 = Date.now();
      while (list.some((r) => !r.done) || Date.now() - lastActivity < quietMs) {
        if (Date.now() - t0 > timeout) {
          throw new Error(`the network was not idle for ${quietMs} ms within ${timeout} ms`);
        }
        await sleep(100);
      }
    },
  };
}

function sleep(msecs) { return new Promise((ok) => setTimeout(ok, msecs)); }

function kindOf(r) {
  const path = new URL(r.url).pathname;
  if (r.type === 'Document') return 'html';
  return { '.wasm': 'wasm', '.js': 'js', '.mjs': 'js', '.css': 'css' }[extname(path)] || 'other';
}

/**
 * The requests sent before `readyWall`, counted once they have finished. Not the favicon
 * (`skip`): the browser fetches it for the tab at a moment that varies around app-ready.
 */
async function firstLoad(net, readyWall, skip = []) {
  const requests = net.list.filter((r) => r.wall <= readyWall && !skip.includes(r.url));
  await net.settled(requests);
  const out = { bytes: 0, requests: requests.length, failed: requests.filter((r) => r.failed).length, byKind: {} };
  for (const r of requests) {
    out.bytes += r.bytes;
    const k = kindOf(r);
    out.byKind[k] = (out.byKind[k] || 0) + r.bytes;
  }
  const wasmEncodings = requests.filter((r) => kindOf(r) === 'wasm').map((r) => r.encoding || 'none');
  out.encodings = [...new Set(wasmEncodings)].join(', ');
  return out;
}

/**
 * The requests that had finished by `wall` (the favicon aside), counted like `firstLoad`: what
 * the page had in full when it painted its largest content. A request still under way then
 * (the app's main module, preloaded from the start) was not needed for that paint.
 */
async function finishedBy(net, wall, skip = []) {
  await net.settled(net.list.filter((r) => r.wall <= wall));
  const requests = net.list.filter((r) => r.done && !r.failed && r.endWall <= wall && !skip.includes(r.url));
  return { bytes: requests.reduce((n, r) => n + r.bytes, 0), requests: requests.length };
}

// ---------------------------------------------------------------- page loads

/** A fresh browser context (empty cache, cache off) with one page, its network log, throttled or not. */
async function openPage(browser, throttled) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const net = networkLog(cdp);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, cdp, net, errors };
}

/** Navigates to `url` and waits for the app-ready mark; returns the mark's time since the epoch. */
async function gotoReady({ page, errors }, url) {
  await page.goto(url, { waitUntil: 'commit', timeout: READY_TIMEOUT });
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null,
    { timeout: READY_TIMEOUT, polling: 20 }).catch((e) => {
    throw new Error(`${url}: no app-ready mark (${e.message}) ${errors.join('; ')}`);
  });
  return page.evaluate(() => performance.timeOrigin + performance.getEntriesByName('app-ready')[0].startTime);
}

async function load(browser, url, throttled) {
  const opened = await openPage(browser, throttled);
  try {
    const readyWall = await gotoReady(opened, url);
    const icons = await opened.page.evaluate(() => [...document.querySelectorAll('link[rel~="icon"]')]
      .map((l) => l.href));
    const first = await firstLoad(opened.net, readyWall, icons);
    // When the start page is readable: the largest contentful paint (for the app the
    // prerendered start page, scripts/prerender.mjs, if the build made one; the minimal page's
    // heading and button), and the bytes sent for it.
    const lcp = await opened.page.evaluate(() => new Promise((resolve) => {
      new PerformanceObserver((list) => {
        const entries = list.getEntries();
        resolve(entries[entries.length - 1].startTime);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      setTimeout(() => resolve(null), 2000);
    }));
    if (lcp === null) throw new Error(`${url}: no largest-contentful-paint entry`);
    const timeOrigin = await opened.page.evaluate(() => performance.timeOrigin);
    const shown = await finishedBy(opened.net, timeOrigin + lcp, icons);
    const timing = await opened.page.evaluate(() => {
      const ready = performance.getEntriesByName('app-ready')[0].startTime;
      const res = performance.getEntriesByType('resource');
      const nav = performance.getEntriesByType('navigation')[0];
      const transfer = res.reduce((n, r) => n + (r.transferSize || 0), nav ? nav.transferSize : 0);
      const wasm = res.find((r) => r.name.endsWith('.wasm'));
      return {
        ready,
        transfer,
        wasmTransfer: wasm ? wasm.transferSize : 0,
        wasmFetch: wasm ? wasm.responseEnd - wasm.startTime : 0,
        // Time the wasm request waited for a connection (HTTP/1.1 allows 6 per host).
        wasmQueued: wasm && wasm.requestStart > 0 ? wasm.requestStart - wasm.startTime : 0,
        requests: res.length + 1,
      };
    });
    return { ...timing, first, lcp, shown };
  } finally {
    await opened.context.close();
  }
}

// ---------------------------------------------------------------- screens

// Clicks `click` and resolves with the milliseconds until `content` is in the page and the next
// frame has run. Both are CSS selectors; `content` must not be in the page before the click.
async function clickToContent(page, click, content, timeout) {
  await page.waitForSelector(click, { state: 'attached', timeout });
  return page.evaluate(({ click, content, timeout }) => new Promise((resolve, reject) => {
    if (document.querySelector(content)) {
      reject(new Error(`${content} is in the page before the click on ${click}`));
      return;
    }
    let done = false;
    const observer = new MutationObserver(() => { if (document.querySelector(content)) finish(); });
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      observer.disconnect();
      reject(new Error(`${content} did not appear within ${timeout} ms of the click on ${click}`));
    }, timeout);
    const t0 = performance.now();
    function finish() {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
    }
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    document.querySelector(click).click();
    if (document.querySelector(content)) finish();
  }), { click, content, timeout });
}

// One fresh page load, then the screen's `before` steps, then the timed click. `idle`: wait for
// the network to be quiet for `idleMs` after app-ready first.
async function screenOnce(browser, url, screen, throttled, idle, idleMs) {
  const opened = await openPage(browser, throttled);
  const timeout = screen.timeout ?? READY_TIMEOUT;
  try {
    await gotoReady(opened, url);
    if (idle) await opened.net.idle(idleMs);
    for (const step of screen.before ?? []) await clickToContent(opened.page, step.click, step.content, timeout);
    const seen = opened.net.list.length;
    const time = await clickToContent(opened.page, screen.click, screen.content, timeout);
    // The code fetched for the screen (not the favicon, which Chromium fetches again on every
    // navigation).
    const fetched = opened.net.list.slice(seen).filter((r) => ['wasm', 'js', 'css'].includes(kindOf(r)));
    await opened.net.settled(fetched);
    return { time, requests: fetched.length, bytes: fetched.reduce((n, r) => n + r.bytes, 0) };
  } finally {
    await opened.context.close();
  }
}

const SCREEN_CELLS = [
  ['fast', false, false], ['fast', false, true], ['slow', true, false], ['slow', true, true],
];

async function screens(browser, url, list, runs, idleMs) {
  const results = [];
  for (const screen of list) {
    const row = { name: screen.name, cells: {} };
    for (const [mode, throttled, idle] of SCREEN_CELLS) {
      const key = `${mode}-${idle ? 'idle' : 'ready'}`;
      const samples = [];
      try {
        for (let i = 0; i < runs; i++) {
          const r = await screenOnce(browser, url, screen, throttled, idle, idleMs);
          samples.push(r);
          process.stderr.write(`  screen ${screen.name}, ${throttled ? 'Slow 4G + 4x CPU' : 'unthrottled'}, ` +
            `${idle ? 'network idle' : 'right after app-ready'} #${i + 1}: ${ms(r.time)}, ` +
            `${r.requests} code requests (${kb(r.bytes)} KB) after the click\n`);
        }
        const times = samples.map((x) => x.time);
        row.cells[key] = { times, median: median(times), bytes: median(samples.map((x) => x.bytes)),
          requests: median(samples.map((x) => x.requests)) };
      } catch (err) {
        row.cells[key] = { error: err.message.split('\n')[0] };
        process.stderr.write(`  screen ${screen.name}, ${key}: ${err.message}\n`);
      }
    }
    results.push(row);
  }
  return results;
}

// ---------------------------------------------------------------- micro-benchmarks

// Returns the module's exports: `window.wasmBindings` (Trunk's default loader sets it), else
// the glue module imported again (the same module instance, already initialised) from the
// loader's data-js attribute or the modulepreload link.
async function bindingNames(page) {
  return page.evaluate(async () => {
    let b = window.wasmBindings;
    let via = 'window.wasmBindings';
    if (!b) {
      const src = document.querySelector('script[data-js]')?.dataset.js
        || document.querySelector('link[rel="modulepreload"][href$=".js"]')?.getAttribute('href');
      if (src) { b = await import(src); via = `import('${src}')`; window.__benchBindings = b; }
    } else {
      window.__benchBindings = b;
    }
    return { via, names: b ? Object.keys(b).filter((k) => typeof b[k] === 'function') : [] };
  });
}

async function micro(browser, origin, entries, microRuns) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const results = [];
  try {
    const page = await context.newPage();
    await page.goto(origin + '/', { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null,
      { timeout: READY_TIMEOUT, polling: 20 });
    const { via, names } = await bindingNames(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    for (const entry of entries) {
      if (!names.includes(entry.fn)) {
        results.push({ ...entry, skipped: `not exported by the bundle (looked at ${via})` });
        continue;
      }
      const runs = entry.runs ?? microRuns;
      // `reportsMs`: the function times its own work (without its set-up) and returns the
      // milliseconds; otherwise the whole call is timed here.
      const times = await page.evaluate(async ({ fn, runs, reportsMs }) => {
        const f = window.__benchBindings[fn];
        await f(); // warm-up: first-call compilation and allocation
        const t = [];
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now();
          const r = await f();
          const elapsed = performance.now() - t0;
          t.push(reportsMs && typeof r === 'number' && Number.isFinite(r) ? r : elapsed);
        }
        return t;
      }, { fn: entry.fn, runs, reportsMs: !!entry.reportsMs });
      results.push({ ...entry, times, median: median(times), via });
    }
  } finally {
    await context.close();
  }
  return results;
}

// ---------------------------------------------------------------- output

/** The `q` quantile (0..1) of `xs`, by linear interpolation between the sorted values. */
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
}

/** The middle value, or the mean of the two middle ones. */
const median = (xs) => quantile(xs, 0.5);

/** Times and their median, fastest and slowest, as the tables print them. */
const spread = (times) => ({ times, median: median(times), min: Math.min(...times), max: Math.max(...times) });

const kb = (n) => `${(n / 1024).toFixed(1)}`;
const ms = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
const sizeCell = (s) => `${kb(s.raw)} / ${kb(s.gzip)} / ${kb(s.br)}`;

function table(result) {
  const [app, min] = [result.bundles.app, result.bundles.minimal];
  const rows = [];
  for (const [kind, label] of [['wasm', '.wasm'], ['js', 'JavaScript'], ['css', 'CSS'], ['total', 'Total']]) {
    rows.push([`${label}, KB raw / gzip / brotli`, sizeCell(app.sizes[kind]), sizeCell(min.sizes[kind]),
      ratio(app.sizes[kind].br, min.sizes[kind].br) + ' (brotli)']);
  }
  const first = (b) => `${kb(b.firstLoad.gzip.bytes)} / ${kb(b.firstLoad.br.bytes)}`;
  rows.push(['First load, KB gzip / brotli (from the network log)', first(app), first(min),
    ratio(app.firstLoad.br.bytes, min.firstLoad.br.bytes) + ' (brotli)']);
  rows.push(['First load, requests', String(app.firstLoad.br.requests), String(min.firstLoad.br.requests),
    ratio(app.firstLoad.br.requests, min.firstLoad.br.requests)]);
  for (const [mode, label] of [['fast', 'unthrottled'], ['slow', 'Slow 4G + 4× CPU']]) {
    const a = app.loads[mode], b = min.loads[mode];
    rows.push([`App ready, ${label} (median of ${a.times.length})`,
      `${ms(a.median)} (${ms(a.min)}–${ms(a.max)})`, `${ms(b.median)} (${ms(b.min)}–${ms(b.max)})`,
      ratio(a.median, b.median)]);
  }
  const shown = (b) => `${kb(b.shown.gzip.bytes)} / ${kb(b.shown.br.bytes)}`;
  rows.push(['Start page readable, Slow 4G: KB gzip / brotli of the requests finished before the largest contentful paint', shown(app), shown(min),
    ratio(app.shown.br.bytes, min.shown.br.bytes) + ' (brotli)']);
  for (const [mode, label] of [['fast', 'unthrottled'], ['slow', 'Slow 4G + 4× CPU']]) {
    const a = app.loads[mode].lcp, b = min.loads[mode].lcp;
    rows.push([`Start page readable (largest contentful paint), ${label} (median of ${a.times.length})`,
      `${ms(a.median)} (${ms(a.min)}–${ms(a.max)})`, `${ms(b.median)} (${ms(b.min)}–${ms(b.max)})`,
      ratio(a.median, b.median)]);
  }
  const lines = [
    '| Measure | Inkoopwijzer | Minimal Leptos | Ratio |',
    '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
  return lines.join('\n');
}

function screensTable(rows) {
  if (!rows.length) return '';
  const cell = (c) => (c.error ? `failed: ${c.error}` : `${ms(c.median)} (${kb(c.bytes)} KB)`);
  const lines = [
    '| Screen: click on the start page to content (median; KB of wasm, JS and CSS fetched after the click) ' +
      '| Unthrottled, right after app-ready | Unthrottled, network idle ' +
      '| Slow 4G + 4× CPU, right after app-ready | Slow 4G + 4× CPU, network idle |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const cells = ['fast-ready', 'fast-idle', 'slow-ready', 'slow-idle'].map((k) => cell(r.cells[k]));
    lines.push(`| ${r.name} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

function microTable(results) {
  if (!results.length) return '';
  const lines = ['| Micro-benchmark (4× CPU slowdown) | Function | Median | Middle half | Fastest | Runs |',
    '|---|---|---:|---:|---:|---:|'];
  for (const r of results) {
    lines.push(r.skipped
      ? `| ${r.name} | \`${r.fn}\` | skipped: ${r.skipped} | – | – | – |`
      : `| ${r.name} | \`${r.fn}\` | ${r.median.toFixed(2)} ms | ${quantile(r.times, 0.25).toFixed(1)}–` +
        `${quantile(r.times, 0.75).toFixed(1)} ms | ${Math.min(...r.times).toFixed(2)} ms | ${r.times.length} |`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  for (const b of BUNDLES) {
    if (!existsSync(join(b.dir, 'index.html'))) {
      throw new Error(`${b.dir}/index.html is missing: run scripts/bench without --no-build`);
    }
  }
  const screenList = opts.screens && Array.isArray(config.screens) ? config.screens : [];
  const result = { date: new Date().toISOString(), machine: machine(), bundles: {}, micro: [], screens: [] };
  for (const b of BUNDLES) {
    result.bundles[b.key] = { label: b.label, dir: b.dir, sizes: sizes(b.dir), loads: {}, firstLoad: {} };
  }

  // Two servers per bundle: one sends only brotli (every timed load), one only gzip.
  const servers = { br: {}, gzip: {} };
  for (const enc of ['br', 'gzip']) {
    for (const b of BUNDLES) servers[enc][b.key] = await startServer(b.dir, { compress: true, encodings: [enc] });
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  result.machine.browser = `Chromium ${browser.version()}`;
  try {
    if (opts.loads) {
      for (const [mode, throttled] of [['fast', false], ['slow', true]]) {
        const times = { app: [], minimal: [] };
        const samples = { app: [], minimal: [] };
        // One warm-up load each (not counted): the OS file cache, Chromium's own start-up.
        for (const b of BUNDLES) await load(browser, servers.br[b.key].url, false);
        for (let i = 0; i < opts.runs; i++) {
          for (const b of BUNDLES) {
            const r = await load(browser, servers.br[b.key].url, throttled);
            times[b.key].push(r.ready);
            samples[b.key].push(r);
            process.stderr.write(`  ${mode === 'fast' ? 'unthrottled' : 'Slow 4G + 4x CPU'} ${b.label} #${i + 1}: ` +
              `${ms(r.ready)}, ${r.requests} requests, ${kb(r.transfer)} KB transferred ` +
              `(wasm ${kb(r.wasmTransfer)} KB in ${ms(r.wasmFetch)}, ` +
              `of which ${ms(r.wasmQueued)} waiting for a connection); ` +
              `first load ${kb(r.first.bytes)} KB in ${r.first.requests} requests; ` +
              `readable (LCP) at ${ms(r.lcp)} after ${kb(r.shown.bytes)} KB\n`);
          }
        }
        for (const b of BUNDLES) {
          const t = times[b.key];
          const lcps = samples[b.key].map((x) => x.lcp);
          result.bundles[b.key].loads[mode] = {
            ...spread(t),
            lcp: spread(lcps),
            shown: samples[b.key].map((x) => x.shown),
            transfer: median(samples[b.key].map((s) => s.transfer)),
            firstLoad: samples[b.key].map((s) => s.first),
          };
        }
      }
      for (const b of BUNDLES) {
        // The bytes do not depend on the throttling: the unthrottled loads' median.
        const loads = result.bundles[b.key].loads.fast.firstLoad;
        result.bundles[b.key].firstLoad.br = medianLoad(loads);
        // What the page had in full when it became readable, on the slow line (unthrottled,
        // everything has arrived by then): the throttled loads' median, and one throttled
        // load from the gzip server.
        result.bundles[b.key].shown = { br: medianLoad(result.bundles[b.key].loads.slow.shown) };
        const gz = await load(browser, servers.gzip[b.key].url, false);
        result.bundles[b.key].firstLoad.gzip = gz.first;
        result.bundles[b.key].shown.gzip = (await load(browser, servers.gzip[b.key].url, true)).shown;
        process.stderr.write(`  gzip ${b.label}: first load ${kb(gz.first.bytes)} KB ` +
          `in ${gz.first.requests} requests\n`);
      }
      const enc = (k) => result.bundles.app.firstLoad[k].encodings;
      result.servedEncoding = `${enc('br')} (timed loads), ${enc('gzip')} (gzip first load)`;
    }

    if (opts.micro && Array.isArray(config.micro) && config.micro.length) {
      for (const b of BUNDLES) {
        const entries = config.micro.filter((e) => (e.bundle ?? 'app') === b.key);
        if (entries.length) {
          result.micro.push(...await micro(browser, servers.br[b.key].origin, entries, opts.microRuns));
        }
      }
    }

    if (screenList.length) {
      result.screens = await screens(browser, servers.br.app.url, screenList, opts.screenRuns, config.idleMs ?? 3000);
    }
  } finally {
    await browser.close();
    for (const byBundle of Object.values(servers)) for (const s of Object.values(byBundle)) await s.close();
  }

  const m = result.machine;
  console.log('');
  if (opts.loads) {
    console.log(`Measured ${result.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores), ${m.browser}, Node ${m.node}; ` +
      `bundles served by tests/e2e/server.mjs with ${result.servedEncoding} compression. ` +
      `Sizes in KB (1024 bytes); times from navigation start to the \`app-ready\` mark (range in brackets). ` +
      `Slow 4G: 562.5 ms latency, 1.47 Mbit/s down, 0.68 Mbit/s up. Load average at the start: ${m.load}.`);
    console.log('');
    console.log(table(result));
  }
  const mt = microTable(result.micro);
  if (mt) {
    console.log('');
    console.log(mt);
  }
  const st = screensTable(result.screens);
  if (st) {
    console.log('');
    console.log(st);
  }
  for (const r of result.micro.filter((x) => x.skipped)) {
    console.error(`note: micro-benchmark ${r.fn} skipped: ${r.skipped}`);
  }
  if (opts.json) {
    writeFileSync(opts.json, JSON.stringify(result, null, 2));
    console.error(`Wrote ${opts.json}`);
  }
}

// The first-load sample with the median byte count (the bytes should not vary between loads).
function medianLoad(samples) {
  const sorted = [...samples].sort((a, b) => a.bytes - b.bytes);
  return sorted[(sorted.length - 1) >> 1];
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: (cpus[0]?.model || 'unknown CPU').replace(/\s+/g, ' ').trim(),
    cores: os.availableParallelism?.() ?? cpus.length,
    node: process.versions.node,
    load: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  };
}

main().catch((err) => {
  console.error(err.stack || String(err));
  process.exit(1);
});
