// Settings for scripts/bench (bench/bench.mjs).
//
// `micro`: in-browser micro-benchmarks. Each entry names a function exported by the wasm
// module through #[wasm_bindgen] (`fn`), which the benchmark calls in the loaded page under 4x
// CPU throttling: one warm-up call, then `runs` timed calls; it prints the median in ms, the
// middle half of the calls (25th to 75th percentile) and the fastest.
// Entries whose function the bundle does not export are skipped, and the output says so.
//   name    what the table shows
//   fn      the exported function (takes no arguments; may return a value or a Promise)
//   bundle  'app' (default) or 'minimal' (bench/minimal, the harness's own self-test)
//   runs    timed calls (default `microRuns`)
//   reportsMs  the function times its own work and returns milliseconds (set-up excluded)
//
// `screens`: screens opened from the start page, each timed from the click until its content
// is in the page (and the next frame has run): unthrottled and on Slow 4G + 4x CPU, with the
// click right after app-ready and after the network has been idle for `idleMs` (so that a
// background prefetch has finished). Each measurement is a fresh page load; `screenRuns` of
// them per cell, the table shows the median. An empty list measures nothing.
//   name     what the table shows
//   click    CSS selector of the link or button to click (document.querySelector's first match)
//   content  CSS selector that appears only when the screen's content is shown (not before the
//            click, not in a loading frame)
//   before   optional untimed steps first, each { click, content }, e.g. opening a dossier
//   timeout  optional, ms to wait for the content (default 120 s)
export default {
  // Fresh page loads per bundle and network setting; the table shows the median.
  runs: 5,
  // 41 timed calls: on a shared 2-core machine single calls at 4x CPU scatter by a factor of
  // ten (the harness's self-test shows how much), and the median of 15 moved by several ms
  // from run to run.
  microRuns: 41,
  screenRuns: 3,
  idleMs: 3000,
  screens: [
    { name: 'Learning pages (De negen stappen)', click: 'header a[href="/stappen"]', content: '.step-main .levers-list' },
    { name: 'Specification helper', click: 'header a[href="/specificatiehulp"]', content: 'textarea#spec-input' },
    { name: 'Demo dossier Apeldoorn, step 1', click: 'button[data-demo="apeldoorn"]', content: '.step-form #f-title' },
    {
      name: 'Bids of the demo dossier',
      before: [{ click: 'button[data-demo="apeldoorn"]', content: '.step-form #f-title' }],
      click: 'a[href$="/offertes"]',
      content: 'table.bids-criteria',
    },
    {
      name: 'Documents of the demo dossier',
      before: [{ click: 'button[data-demo="apeldoorn"]', content: '.step-form #f-title' }],
      click: 'a[href$="/documenten"]',
      content: 'article.document',
    },
  ],
  micro: [
    { name: 'Specification analysis, 20k characters', fn: 'bench_spec_20k' },
    { name: 'Scoring: everything recomputed, 100 bids x 12 criteria x 5 evaluators', fn: 'bench_scoring_100x12x5', reportsMs: true },
    { name: 'Serialise and save a ~1 MB dossier (50 bids, 12 criteria)', fn: 'bench_save_large', reportsMs: true },
    { name: 'Harness self-test (minimal page, 1M integer steps)', fn: 'bench_selftest', bundle: 'minimal' },
  ],
};
