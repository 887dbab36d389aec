// Packs: fewer, larger shared chunks (used by scripts/split-wasm.mjs; tested by
// tests/e2e/packs.test.mjs).
//
// wasm-split-cli gives every set of lazy screens that shares some code a chunk of its own: with
// 19 split points that is close to 300 chunks, two thirds of them under 1 KB gzip, and a screen
// needs up to 195 of them. Over HTTP/1.1 a browser sends six requests at a time, so on a slow
// line (Slow 4G: 562 ms round trip) a screen clicked early waited for tens of round trips, not
// for bytes. A pack is several chunks merged into one wasm module (binaryen's wasm-merge): one
// request instead of many, at the price of bytes a screen may not need.
//
// The plan is greedy: start with one pack per chunk and keep merging the pair that lowers the
// total cost most, where a split point's cost is its requests times REQUEST_COST plus the bytes
// it fetches. Merging A and B saves one request for every split point that uses both, and costs
// B's bytes for every split point that uses A only (and A's for B only). It stops when no merge
// lowers the cost.

// One request's worth of bytes on Slow 4G (1.44 Mbit/s ≈ 180 KB/s, 562 ms round trip, six
// connections): a round trip shared by six requests is about 94 ms of the line, about 17 KB.
export const REQUEST_COST = 17 * 1024;

// The chunks and the loaders that use them, from the link module wasm-split-cli writes
// (__wasm_split.js, wasm-split-cli 0.2). Throws when the text is not in the expected shape, so a
// new version of the splitter cannot silently produce a bundle that loads the wrong code.
export function parseLink(link) {
  const chunkBlock = /(?:\/\*[^*]*\*\/\n)?const (__chunk_\d+) = makeLoad\(\(\) => \{\n\s*const src = fetch\(new URL\("\.\/([^"]+\.wasm)", import\.meta\.url\)\);\n[\s\S]*?\n\}\n, \[\]\);\n/g;
  const chunks = new Map();
  for (const m of link.matchAll(chunkBlock)) {
    chunks.set(m[1], { file: m[2], block: m[0], index: m.index });
  }
  const defined = (link.match(/^const __chunk_\d+ = /gm) ?? []).length;
  if (defined !== chunks.size) throw new Error(`parsed ${chunks.size} of the link module's ${defined} chunks`);
  const loaderRe = /export const (__wasm_split_load_\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\n[\s\S]*?\n\}\n, \[([^\]]*)\]\)\);/g;
  const loaders = [];
  for (const m of link.matchAll(loaderRe)) {
    const deps = m[2].split(',').map((s) => s.trim()).filter(Boolean);
    for (const d of deps) {
      if (!chunks.has(d)) throw new Error(`the link module's ${m[1]} needs ${d}, which it does not define`);
    }
    loaders.push({ name: m[1], deps, text: m[0], depsText: `[${m[2]}]` });
  }
  const exported = (link.match(/^export const __wasm_split_load_/gm) ?? []).length;
  if (exported !== loaders.length) throw new Error(`parsed ${loaders.length} of the link module's ${exported} loaders`);
  return { chunks, loaders };
}

// items: [{ id, users: [loader index, ...], size }] (size in bytes, gzip); returns the packs as
// lists of ids, each list in the items' order. A chunk nobody uses stays alone.
export function planPacks(items, requestCost = REQUEST_COST) {
  const mask = (users) => users.reduce((m, u) => m | (1n << BigInt(u)), 0n);
  const count = (x) => {
    let n = 0;
    for (; x; x &= x - 1n) n++;
    return n;
  };
  let packs = items.map((it, order) => ({ members: [order], users: mask(it.users), size: it.size }));
  const delta = (a, b) =>
    -requestCost * count(a.users & b.users) + b.size * count(a.users & ~b.users) + a.size * count(b.users & ~a.users);
  for (;;) {
    let best = null;
    let bestDelta = 0;
    for (let i = 0; i < packs.length; i++) {
      for (let j = i + 1; j < packs.length; j++) {
        const d = delta(packs[i], packs[j]);
        if (d < bestDelta) {
          bestDelta = d;
          best = [i, j];
        }
      }
    }
    if (!best) break;
    const [i, j] = best;
    const a = packs[i];
    const b = packs[j];
    packs[i] = { members: [...a.members, ...b.members].sort((x, y) => x - y), users: a.users | b.users, size: a.size + b.size };
    packs.splice(j, 1);
  }
  packs.sort((a, b) => a.members[0] - b.members[0]);
  return packs.map((p) => p.members.map((m) => items[m].id));
}

// The link module with the packs in place of their chunks: each pack of two or more chunks is
// one loader (`__pack_N`, fetching `./pack_N.wasm`, whose imports come from the module
// "__wasm_split_pack"), defined where the first chunk was; the chunks' own loaders go, and every
// screen's list of dependencies names the packs (once each) and the chunks left alone.
export function rewriteLink(link, parsed, packs) {
  const packOf = new Map();
  let out = link;
  const defs = [];
  packs.forEach((members, n) => {
    if (members.length < 2) return;
    const name = `__pack_${n}`;
    for (const id of members) packOf.set(id, name);
    defs.push(
      `/* pack ${n}: ${members.join(', ')} */\n` +
        `const ${name} = makeLoad(() => {\n` +
        `    const src = fetch(new URL("./pack_${n}.wasm", import.meta.url));\n` +
        `    src.catch(() => {});\n` +
        `    return async (imports) => (WebAssembly.instantiateStreaming(src, { __wasm_split_pack: imports.__wasm_split }));\n` +
        `}\n, []);\n`,
    );
  });
  if (defs.length === 0) return link;
  const first = [...parsed.chunks.values()].reduce((a, b) => (a.index < b.index ? a : b));
  // Replacer functions, not strings: a `$` in the text must not be read as a pattern.
  out = out.replace(first.block, () => `${defs.join('')}${first.block}`);
  for (const [id, chunk] of parsed.chunks) {
    if (packOf.has(id)) out = out.replace(chunk.block, () => '');
  }
  for (const loader of parsed.loaders) {
    const deps = [...new Set(loader.deps.map((d) => packOf.get(d) ?? d))];
    const text = loader.text.replace(new RegExp(`${escape(loader.depsText)}\\)\\);$`), () => `[${deps.join(', ')}]));`);
    if (text === loader.text && deps.join() !== loader.deps.join()) throw new Error(`could not rewrite ${loader.name}`);
    out = out.replace(loader.text, () => text);
  }
  checkLinked(out);
  return out;
}

// The rewritten link module, checked before it ships (the main JS imports it, so one bad name
// would stop the app from starting): every loader a screen names is defined before the first
// screen, exactly once, and no merged chunk is named any more.
export function checkLinked(text) {
  const out = text.replace(/\/\*[\s\S]*?\*\//g, '');
  const defined = [...out.matchAll(/^const (__(?:chunk|pack)_\d+) = makeLoad\(/gm)];
  const firstScreen = out.search(/^export const __wasm_split_load_/m);
  if (firstScreen < 0) throw new Error('the rewritten link module has no screens');
  const names = new Set();
  for (const m of defined) {
    if (names.has(m[1])) throw new Error(`${m[1]} is defined twice`);
    if (m.index > firstScreen) throw new Error(`${m[1]} is defined after the first screen`);
    names.add(m[1]);
  }
  for (const m of out.matchAll(/\b__(?:chunk|pack)_\d+\b/g)) {
    if (!names.has(m[0])) throw new Error(`the rewritten link module names ${m[0]}, which it does not define`);
  }
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The imports of a wasm module with their types, in the text format's words (for the module
// that stands in for the main module when chunks are merged): [{ module, name, kind, type }],
// e.g. { module: '__wasm_split', name: 'memory', kind: 'memory', type: '26' }. Reads the binary's
// import section; throws on a kind of import it does not know.
export function wasmImports(bytes) {
  let at = 8;
  const u32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++];
      if (byte === undefined) throw new Error('wasm: cut off');
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7;
    }
  };
  const name = () => {
    const length = u32();
    const text = Buffer.from(bytes.subarray(at, at + length)).toString('utf8');
    at += length;
    return text;
  };
  const limits = () => {
    const flags = bytes[at++];
    if (flags !== 0 && flags !== 1) throw new Error(`wasm: limits flags ${flags} (shared or 64-bit memory) not handled`);
    const min = u32();
    return flags === 1 ? `${min} ${u32()}` : `${min}`;
  };
  const VALUE = { 0x7f: 'i32', 0x7e: 'i64', 0x7d: 'f32', 0x7c: 'f64' };
  const REF = { 0x70: 'funcref', 0x6f: 'externref' };
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    throw new Error('wasm: not a module');
  }
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = u32();
    const end = at + size;
    if (id !== 2) {
      at = end;
      continue;
    }
    const list = [];
    for (let n = u32(); n > 0; n--) {
      const module = name();
      const field = name();
      const kind = bytes[at++];
      if (kind === 0x02) list.push({ module, name: field, kind: 'memory', type: limits() });
      else if (kind === 0x01) {
        const ref = REF[bytes[at++]];
        if (!ref) throw new Error(`wasm: table of an unknown type`);
        list.push({ module, name: field, kind: 'table', type: `${limits()} ${ref}` });
      } else if (kind === 0x03) {
        const value = VALUE[bytes[at++]];
        const mutable = bytes[at++];
        if (!value || mutable > 1) throw new Error('wasm: global of an unknown type');
        list.push({ module, name: field, kind: 'global', type: mutable ? `(mut ${value})` : value });
      } else throw new Error(`wasm: import ${module}.${field} of kind ${kind} (a function?) not handled`);
    }
    return list;
  }
  return [];
}

// A module without its custom sections (names, producers): what planPacks weighs, closer to
// the optimised file than the splitter's output with its names.
export function withoutCustomSections(bytes) {
  const kept = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    let size = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      if (byte === undefined) throw new Error('wasm: cut off');
      size += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) break;
    }
    at += size;
    if (at > bytes.length) throw new Error('wasm: cut off');
    if (id !== 0) kept.push(bytes.subarray(start, at));
  }
  return Buffer.concat(kept);
}
