// Benchmark: typing in the bid table. For each table size, the page gets a dossier with that
// many bids (12 criteria, 3 evaluators; made by the app's own `bench_bid_table_dossier`), opens
// /dossier/bench-bids/offertes, and types ten digits into a price cell with real key presses
// (DevTools protocol input events, so they are trusted). Each key press is timed with the
// Event Timing API: the interaction's duration runs from the key press until the next frame is
// painted (what INP measures). Unthrottled and with 4x CPU slowdown; prints the medians.
//
//   node bench/keystroke.mjs [--bids 10,50] [--json FILE]
//
// scripts/bench runs it after the main benchmark, against the same dist/.

import { writeFileSync } from 'node:fs';
import { resolve, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(process.env.BENCH_APP_DIST || join(ROOT, 'dist'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const KEY = 'inkoopwijzer:dossier:bench-bids';

function parseArgs(argv) {
  const opts = { bids: [10, 50], json: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--bids') opts.bids = argv[++i].split(',').map(Number);
    else if (argv[i] === '--json') opts.json = argv[++i];
    else throw new Error(`keystroke.mjs: unknown argument ${argv[i]}`);
  }
  return opts;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function measure(browser, origin, bids) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    await page.goto(origin + '/');
    await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
    // The app makes the dossier; it is stored as any dossier is, then the page is reloaded.
    await page.evaluate(async ({ bids, key }) => {
      const b = await import(document.querySelector('script[data-js]').dataset.js);
      localStorage.setItem(key, await b.bench_bid_table_dossier(bids));
    }, { bids, key: KEY });
    await page.goto(origin + '/dossier/bench-bids/offertes');
    await page.locator('.bids-table').waitFor({ timeout: 120_000 });
    const inputs = await page.locator('input').count();
    await page.evaluate(() => {
      window.__interactions = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'keydown') window.__interactions.push(e.duration);
      }).observe({ type: 'event', durationThreshold: 16, buffered: false });
    });
    const cdp = await context.newCDPSession(page);
    const result = { bids, inputs };
    for (const [label, rate] of [['fast', 1], ['slow', 4]]) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.locator('#bid-b3-price').click();
      await page.keyboard.press('End');
      await page.evaluate(() => { window.__interactions = []; });
      for (let i = 0; i < 10; i++) {
        await page.keyboard.type(String(i));
        await page.waitForTimeout(200);
      }
      await page.waitForTimeout(1000);
      // Interactions under 16 ms are not reported by the API: count them as 16 ms.
      const times = await page.evaluate(() => window.__interactions);
      while (times.length < 10) times.push(16);
      result[label] = { times, median: median(times), max: Math.max(...times) };
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.evaluate((key) => localStorage.removeItem(key), KEY);
    return result;
  } finally {
    await context.close();
  }
}

const opts = parseArgs(process.argv.slice(2));
const server = await startServer(DIST);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const results = [];
try {
  for (const bids of opts.bids) results.push(await measure(browser, server.origin, bids));
} finally {
  await browser.close();
  await server.close();
}
console.log('\n| Bid table (12 criteria × 3 evaluators) | Inputs | Key press, unthrottled | Key press, 4× CPU |');
console.log('|---|---:|---:|---:|');
for (const r of results) {
  console.log(`| ${r.bids} bids | ${r.inputs} | ${Math.round(r.fast.median)} ms (max ${Math.round(r.fast.max)}) | ${Math.round(r.slow.median)} ms (max ${Math.round(r.slow.max)}) |`);
}
if (opts.json) writeFileSync(opts.json, JSON.stringify(results, null, 2));
