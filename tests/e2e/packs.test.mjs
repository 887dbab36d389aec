// Packs (scripts/wasm-packs.mjs): the shared chunks of the split bundle merged into fewer files.
// The planner and the link module's rewrite on small made-up inputs, the import reader on a
// module written byte by byte, and the release bundle's link module itself: every file it
// fetches exists, and no screen needs more than a handful of requests. Deterministic: no timing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkLinked, parseLink, planPacks, rewriteLink, wasmImports, withoutCustomSections } from '../../scripts/wasm-packs.mjs';
import { DIST } from './lib.mjs';

const KB = 1024;

test('two small chunks used by the same screens become one pack', () => {
  const packs = planPacks([
    { id: 'a', users: [0, 1], size: 300 },
    { id: 'b', users: [0, 1], size: 400 },
  ]);
  assert.deepEqual(packs, [['a', 'b']]);
});

test('a large chunk is not sent to a screen that does not use it to save one request', () => {
  // Screen 0 uses both, screen 1 only the small one: merging would send screen 1 the large
  // chunk (500 KB) to save screen 0 one request (17 KB worth).
  const packs = planPacks([
    { id: 'large', users: [0], size: 500 * KB },
    { id: 'small', users: [0, 1], size: 1 * KB },
  ]);
  assert.deepEqual(packs, [['large'], ['small']]);
});

test('small chunks merge when the requests saved outweigh the bytes sent in vain', () => {
  // Four screens share three tiny chunks in different combinations: one pack is cheaper for
  // every screen than up to three round trips.
  const packs = planPacks([
    { id: 'x', users: [0, 1, 2], size: 600 },
    { id: 'y', users: [1, 2, 3], size: 500 },
    { id: 'z', users: [0, 3], size: 700 },
  ]);
  assert.deepEqual(packs, [['x', 'y', 'z']]);
  // With requests free, nothing merges.
  assert.deepEqual(planPacks([
    { id: 'x', users: [0, 1, 2], size: 600 },
    { id: 'y', users: [1, 2, 3], size: 500 },
  ], 0), [['x'], ['y']]);
});

test('every chunk lands in exactly one pack, in a stable order', () => {
  const items = Array.from({ length: 60 }, (_, i) => ({
    id: `c${i}`,
    users: [i % 7, (i * 3) % 11, 12 + (i % 3)],
    size: 200 + ((i * 7919) % 40) * KB,
  }));
  const packs = planPacks(items);
  const all = packs.flat();
  assert.equal(all.length, items.length);
  assert.deepEqual([...all].sort(), items.map((i) => i.id).sort());
  assert.deepEqual(planPacks(items), packs, 'the same input gives the same plan');
  assert.ok(packs.length < items.length, `some chunks merged (${packs.length} packs)`);
});

const LINK = `import { initSync } from "./inkoopwijzer.js";
function makeLoad(fetcher, deps) { return () => Promise.all(deps.map((d) => d())).then(fetcher); }
/* a_chunk, b_chunk */
const __chunk_1 = makeLoad(() => {
    const src = fetch(new URL("./chunk_1.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
/* a_chunk, b_chunk */
const __chunk_2 = makeLoad(() => {
    const src = fetch(new URL("./chunk_2.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
/* b_chunk */
const __chunk_3 = makeLoad(() => {
    const src = fetch(new URL("./chunk_3.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
export const __wasm_split_load_a_chunk = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_a_chunk.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_1, __chunk_2]));
export const __wasm_split_load_b_chunk = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_b_chunk.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_1, __chunk_2, __chunk_3]));
`;

test('the link module: a pack replaces its chunks, and each screen names it once', () => {
  const parsed = parseLink(LINK);
  assert.deepEqual([...parsed.chunks.keys()], ['__chunk_1', '__chunk_2', '__chunk_3']);
  assert.deepEqual(parsed.loaders.map((l) => l.deps), [['__chunk_1', '__chunk_2'], ['__chunk_1', '__chunk_2', '__chunk_3']]);
  const out = rewriteLink(LINK, parsed, [['__chunk_1', '__chunk_2'], ['__chunk_3']]);
  assert.match(out, /const __pack_0 = makeLoad\(\(\) => \{\n {4}const src = fetch\(new URL\("\.\/pack_0\.wasm", import\.meta\.url\)\);/);
  assert.match(out, /instantiateStreaming\(src, \{ __wasm_split_pack: imports\.__wasm_split \}\)/);
  assert.ok(!out.includes('chunk_1.wasm') && !out.includes('chunk_2.wasm'), 'the merged chunks are not fetched');
  assert.ok(out.includes('"./chunk_3.wasm"'), 'a chunk left alone is fetched as before');
  assert.ok(out.includes(', [__pack_0]));\nexport const __wasm_split_load_b_chunk'), out);
  assert.ok(out.endsWith(', [__pack_0, __chunk_3]));\n'), out);
  // The pack is defined before the screens that name it.
  assert.ok(out.indexOf('const __pack_0') < out.indexOf('__wasm_split_load_a_chunk'));
});

test('the rewritten link module is checked: each loader defined once, before the screens, and every name defined', () => {
  const good = rewriteLink(LINK, parseLink(LINK), [['__chunk_1', '__chunk_2'], ['__chunk_3']]);
  assert.doesNotThrow(() => checkLinked(good));
  assert.throws(() => checkLinked(good.replace(', [__pack_0]));', ', [__pack_7]));')), /names __pack_7, which it does not define/);
  const def = good.slice(good.indexOf('const __pack_0'), good.indexOf('/* b_chunk */'));
  assert.throws(() => checkLinked(good + def), /__pack_0 is defined twice/);
  assert.throws(() => checkLinked(good.replace(def, '') + def), /__pack_0 is defined after the first screen/);
});

test('a link module in another shape is refused, not half rewritten', () => {
  assert.throws(() => parseLink(LINK.replace(', [__chunk_1, __chunk_2]));', ', [__chunk_1, __chunk_9]));')), /__chunk_9/);
  assert.throws(() => parseLink(LINK.replace('const src = fetch(new URL("./chunk_2.wasm"', 'const src = load("./chunk_2.wasm"')),
    /parsed 2 of the link module's 3 chunks/);
});

// A module that imports a memory (min 26), a table (min 8025, funcref) and a mutable i32
// global from "__wasm_split", and has a custom section.
const str = (text) => [text.length, ...Buffer.from(text)];
const IMPORTS = [
  0x03, // three imports
  ...str('__wasm_split'), ...str('memory'), 0x02, 0x00, 0x1a,
  ...str('__wasm_split'), ...str('__indirect_function_table'), 0x01, 0x70, 0x00, 0xd9, 0x3e,
  ...str('__wasm_split'), ...str('__wasm_split_shared0'), 0x03, 0x7f, 0x01,
];
const MODULE = Buffer.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  0x00, 0x05, ...str('name'), // custom section "name", empty
  0x02, IMPORTS.length, ...IMPORTS,
]);

test('the import reader gives the types a pack\'s stand-in module declares', () => {
  assert.ok(WebAssembly.validate(MODULE), 'the hand-written module is valid');
  assert.deepEqual(wasmImports(MODULE), [
    { module: '__wasm_split', name: 'memory', kind: 'memory', type: '26' },
    { module: '__wasm_split', name: '__indirect_function_table', kind: 'table', type: '8025 funcref' },
    { module: '__wasm_split', name: '__wasm_split_shared0', kind: 'global', type: '(mut i32)' },
  ]);
  const stripped = withoutCustomSections(MODULE);
  assert.equal(stripped.length, MODULE.length - 7);
  assert.deepEqual(wasmImports(stripped), wasmImports(MODULE));
  assert.throws(() => wasmImports(MODULE.subarray(0, 40)), /cut off/);
});

test('the release bundle: every file the link module fetches is there, and a screen needs few', () => {
  const name = readdirSync(DIST).find((f) => /^__wasm_split-[0-9a-f]+\.js$/.test(f));
  assert.ok(name, 'dist/ holds the link module');
  const link = readFileSync(join(DIST, name), 'utf8');
  const fetched = [...link.matchAll(/new URL\("\.\/([^"]+\.wasm)", import\.meta\.url\)/g)].map((m) => m[1]);
  assert.ok(fetched.length > 10, `the link module fetches ${fetched.length} files`);
  checkLinked(link);
  for (const file of fetched) assert.ok(existsSync(join(DIST, file)), `${file} is in dist/`);
  const onDisk = readdirSync(DIST).filter((f) => /^(chunk|pack)_\d+-[0-9a-f]+\.wasm$/.test(f));
  assert.deepEqual(onDisk.filter((f) => !fetched.includes(f)), [], 'no shared chunk is left over in dist/');
  // Each screen's shared code: before the packs, the wizard needed 195 files and the learning
  // pages 26 to 44; now a screen needs at most MAX.
  const MAX = 16;
  const loaders = [...link.matchAll(/export const __wasm_split_load_(\w+) = [\s\S]*?\n, \[([^\]]*)\]\)\);/g)];
  assert.ok(loaders.length >= 15, `${loaders.length} screens and actions`);
  const counts = Object.fromEntries(loaders.map((m) => [m[1], m[2].split(',').filter((s) => s.trim()).length]));
  const over = Object.entries(counts).filter(([, n]) => n > MAX);
  assert.deepEqual(over, [], `requests per screen: ${JSON.stringify(counts)}`);
  console.log(`# shared files per screen: ${JSON.stringify(counts)}`);
});
