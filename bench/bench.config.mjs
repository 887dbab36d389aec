// Settings for scripts/bench (bench/bench.mjs).
//
// `micro`: in-browser micro-benchmarks. Each entry names a function exported by the wasm
// module through #[wasm_bindgen] (`fn`), which the benchmark calls in the loaded page under 4x
// CPU throttling: one warm-up call, then `runs` timed calls; it prints the median in ms.
// Entries whose function the bundle does not export are skipped, and the output says so.
//   name    what the table shows
//   fn      the exported function (takes no arguments; may return a value or a Promise)
//   bundle  'app' (default) or 'minimal' (bench/minimal, the harness's own self-test)
//   runs    timed calls (default `microRuns`)
//   reportsMs  the function times its own work and returns milliseconds (set-up excluded)
export default {
  // Fresh page loads per bundle and network setting; the table shows the median.
  runs: 5,
  microRuns: 15,
  micro: [
    { name: 'Specification analysis, 20k characters', fn: 'bench_spec_20k' },
    { name: 'Scoring: everything recomputed, 100 bids x 12 criteria x 5 evaluators', fn: 'bench_scoring_100x12x5', reportsMs: true },
    { name: 'Serialise and save a ~1 MB dossier (50 bids, 12 criteria)', fn: 'bench_save_large', reportsMs: true },
    { name: 'Harness self-test (minimal page, 1M integer steps)', fn: 'bench_selftest', bundle: 'minimal' },
  ],
};
