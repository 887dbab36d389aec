// Loads the WebAssembly app. An external file (not inline) so that the Content-Security-
// Policy can forbid inline scripts. Trunk writes the hashed file names into data attributes.
const tag = document.querySelector('script[data-wasm]');
try {
  const bindings = await import(tag.dataset.js);
  await bindings.default({ module_or_path: tag.dataset.wasm });
  // The exported functions, for the benchmark script (scripts/bench) and for debugging.
  window.wasmBindings = bindings;
} catch (err) {
  // The module could not load (old browser, blocked WebAssembly, broken download).
  if (window.inkoopwijzerFatal) window.inkoopwijzerFatal(String(err && err.message || err));
}
