// Benchmark: bundle sizes and time to app-ready, for the app and for a minimal Leptos page
// built the same way (bench/minimal), so that the app's cost reads as a ratio. Run it through
// scripts/bench, which builds both bundles first (or not, with --no-build).
//
//   node bench/bench.mjs [--runs N] [--micro-runs N] [--json FILE] [--no-micro]
//
// Sizes: every .wasm, .js and .css file of each dist/ directory, raw and compressed with node's
// zlib (gzip level 9, brotli quality 11), as a static host would serve them.
// Times: `performance.getEntriesByName('app-ready')[0].startTime`, the mark both pages set
// right after mounting (milliseconds from the start of navigation), the median of N fresh page
// loads (a new browser context each: empty cache, cache disabled), served compressed by
// tests/e2e/server.mjs on 127.0.0.1:
//   - unthrottled;
//   - "Slow 4G" network with 4x CPU slowdown, through the DevTools protocol, as Lighthouse's
//     mobile DevTools throttling does: 562.5 ms request latency (150 ms RTT x 3.75),
//     1474.56 kbit/s down (1.6 Mbit/s x 0.9), 675 kbit/s up, and
//     Emulation.setCPUThrottlingRate({ rate: 4 }).
// Loads of the two bundles alternate, so that a busy machine hurts both alike.
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
  const opts = { runs: config.runs ?? 5, microRuns: config.microRuns ?? 15, json: null, micro: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') opts.runs = Number(argv[++i]);
    else if (a === '--micro-runs') opts.microRuns = Number(argv[++i]);
    else if (a === '--json') opts.json = argv[++i];
    else if (a === '--no-micro') opts.micro = false;
    else if (a === '--no-build') { /* handled by scripts/bench */ }
    else throw new Error(`bench.mjs: unknown argument ${a}`);
  }
  if (!(opts.runs >= 1)) throw new Error('--runs must be at least 1');
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

// ---------------------------------------------------------------- page loads

async function load(browser, url, throttled) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'nl-NL' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttled) {
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    }
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'commit', timeout: READY_TIMEOUT });
    await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null,
      { timeout: READY_TIMEOUT, polling: 20 }).catch((e) => {
      throw new Error(`${url}: no app-ready mark (${e.message}) ${errors.join('; ')}`);
    });
    return await page.evaluate(() => {
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
  } finally {
    await context.close();
  }
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

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

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
  for (const [mode, label] of [['fast', 'unthrottled'], ['slow', 'Slow 4G + 4× CPU']]) {
    const a = app.loads[mode], b = min.loads[mode];
    rows.push([`App ready, ${label} (median of ${a.times.length})`,
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

function microTable(results) {
  if (!results.length) return '';
  const lines = ['| Micro-benchmark (4× CPU slowdown) | Function | Median | Runs |', '|---|---|---:|---:|'];
  for (const r of results) {
    lines.push(r.skipped
      ? `| ${r.name} | \`${r.fn}\` | skipped: ${r.skipped} | – |`
      : `| ${r.name} | \`${r.fn}\` | ${r.median.toFixed(2)} ms | ${r.times.length} |`);
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
  const result = { date: new Date().toISOString(), machine: machine(), bundles: {}, micro: [] };
  for (const b of BUNDLES) result.bundles[b.key] = { label: b.label, dir: b.dir, sizes: sizes(b.dir), loads: {} };

  const servers = {};
  for (const b of BUNDLES) servers[b.key] = await startServer(b.dir, { compress: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  result.machine.browser = `Chromium ${browser.version()}`;
  try {
    for (const [mode, throttled] of [['fast', false], ['slow', true]]) {
      const times = { app: [], minimal: [] };
      const samples = { app: [], minimal: [] };
      // One warm-up load each (not counted): the OS file cache, Chromium's own start-up.
      for (const b of BUNDLES) await load(browser, servers[b.key].url, false);
      for (let i = 0; i < opts.runs; i++) {
        for (const b of BUNDLES) {
          const r = await load(browser, servers[b.key].url, throttled);
          times[b.key].push(r.ready);
          samples[b.key].push(r);
          process.stderr.write(`  ${mode === 'fast' ? 'unthrottled' : 'Slow 4G + 4x CPU'} ${b.label} #${i + 1}: ` +
            `${ms(r.ready)}, ${r.requests} requests, ${kb(r.transfer)} KB transferred ` +
            `(wasm ${kb(r.wasmTransfer)} KB in ${ms(r.wasmFetch)}, of which ${ms(r.wasmQueued)} waiting for a connection)\n`);
        }
      }
      for (const b of BUNDLES) {
        const t = times[b.key];
        result.bundles[b.key].loads[mode] = {
          times: t, median: median(t), min: Math.min(...t), max: Math.max(...t),
          transfer: median(samples[b.key].map((s) => s.transfer)),
        };
      }
    }
    const encodings = new Set(servers.app.requests.filter((r) => r.path.endsWith('.wasm')).map((r) => r.encoding || 'none'));
    result.servedEncoding = [...encodings].join(', ');

    if (opts.micro && Array.isArray(config.micro) && config.micro.length) {
      for (const b of BUNDLES) {
        const entries = config.micro.filter((e) => (e.bundle ?? 'app') === b.key);
        if (entries.length) result.micro.push(...await micro(browser, servers[b.key].origin, entries, opts.microRuns));
      }
    }
  } finally {
    await browser.close();
    for (const s of Object.values(servers)) await s.close();
  }

  const m = result.machine;
  console.log('');
  console.log(`Measured ${result.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores), ${m.browser}, Node ${m.node}; ` +
    `bundles served by tests/e2e/server.mjs with ${result.servedEncoding} compression. ` +
    `Sizes in KB (1024 bytes); times from navigation start to the \`app-ready\` mark (range in brackets). ` +
    `Slow 4G: 562.5 ms latency, 1.47 Mbit/s down, 0.68 Mbit/s up. Load average at the start: ${m.load}.`);
  console.log('');
  console.log(table(result));
  const mt = microTable(result.micro);
  if (mt) {
    console.log('');
    console.log(mt);
  }
  for (const r of result.micro.filter((x) => x.skipped)) {
    console.error(`note: micro-benchmark ${r.fn} skipped: ${r.skipped}`);
  }
  if (opts.json) {
    writeFileSync(opts.json, JSON.stringify(result, null, 2));
    console.error(`Wrote ${opts.json}`);
  }
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
