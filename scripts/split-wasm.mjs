#!/usr/bin/env node
// Splits the release build's WebAssembly into a main module and one chunk per lazy screen
// (code splitting; see src/components/lazy.rs), and puts the result into the bundle that
// Trunk wrote. Trunk 0.21 has no split step, so scripts/build runs this after `trunk build
// --release --features split` (built with -Clink-args=--emit-relocs):
//
//   1. wasm-split-cli on the raw cargo output (wasm-bindgen would drop the relocations it needs)
//   2. wasm-bindgen --keep-lld-exports on the main module (the chunks import its exports)
//   3. wasm-opt -Oz on the main module and every chunk; then the shared chunks merged into
//      packs (scripts/wasm-packs.mjs: fewer requests per screen) with binaryen's wasm-merge
//   4. every file named by the hash of its content (main JS and wasm, the link module, the
//      chunks), and the references between them rewritten, so a cache never mixes versions
//   5. index.html points at the new main files and preloads the link module (the main JS
//      imports it; without the preload it would cost a round trip before the wasm starts)
//
// Usage: node scripts/split-wasm.mjs <dist dir> <raw .wasm from cargo>
// Prints the files it wrote with their sizes. Exits non-zero on any failure.

import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseLink, planPacks, rewriteLink, wasmImports, withoutCustomSections } from './wasm-packs.mjs';

const [dist, raw] = process.argv.slice(2);
if (!dist || !raw) {
  console.error('usage: node scripts/split-wasm.mjs <dist dir> <raw .wasm>');
  process.exit(2);
}

// -Oz as Trunk used it; the features rustc emits for wasm32 by default, named explicitly
// because a chunk may lack the target_features section that wasm-opt otherwise reads.
const FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals'];
const OPT_FLAGS = ['-Oz', ...FEATURES];
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

const indexPath = join(dist, 'index.html');
let index = readFileSync(indexPath, 'utf8');
// Trunk's names of the unsplit files (the HTML may be minified: attribute values unquoted).
const attr = (name) => {
  const m = index.match(new RegExp(`${name}=["']?/?([^"' >]+)`));
  if (!m) throw new Error(`index.html has no ${name}`);
  return m[1];
};
const oldJs = attr('data-js');
const oldWasm = attr('data-wasm');

// Merges chunks into one module. Every chunk imports the same few things from "__wasm_split"
// (the main module's memory, function table and stack pointer) and exports nothing: it only
// writes its functions into the table and its data into memory when instantiated, so a merged
// module does all of that at once. wasm-merge would keep one import per chunk (and several
// memories are not allowed), so a small module named "__wasm_split" takes the place of the
// main module: it imports each of those things once, from "__wasm_split_pack", and exports it
// to the chunks; the link module passes the main module's exports under that name.
function mergePack(paths, names, out) {
  const imports = new Map();
  for (const path of paths) {
    for (const { module, name, kind, type } of wasmImports(readFileSync(path))) {
      if (module !== '__wasm_split') throw new Error(`${path}: imports ${module}.${name}; a chunk only imports from __wasm_split`);
      const known = imports.get(name);
      if (known && (known.kind !== kind || known.type !== type)) {
        throw new Error(`${path}: ${name} imported as ${kind} ${type}, elsewhere as ${known.kind} ${known.type}`);
      }
      imports.set(name, { kind, type });
    }
  }
  const entries = [...imports].map(([name, { kind, type }], i) =>
    `  (import "__wasm_split_pack" "${name}" (${kind} $i${i} ${type}))\n  (export "${name}" (${kind} $i${i}))\n`);
  const provider = `${out}.provider`;
  writeFileSync(`${provider}.wat`, `(module\n${entries.join('')})\n`);
  run('wasm-as', [...FEATURES, `${provider}.wat`, '-o', `${provider}.wasm`]);
  // The splitter's chunks carry a names subsection that binaryen does not know; it warns once
  // per chunk and reads the rest. Those warnings are left out, anything else is shown.
  const merge = spawnSync('wasm-merge', [...FEATURES, `${provider}.wasm`, '__wasm_split',
    ...paths.flatMap((p, i) => [p, names[i]]), '-o', out], { encoding: 'utf8' });
  const said = `${merge.stdout ?? ''}${merge.stderr ?? ''}`.split('\n')
    .filter((line) => line && !/^warning: unknown name subsection with id 3 at \d+$/.test(line));
  if (said.length) console.error(said.join('\n'));
  if (merge.status !== 0) throw new Error(`wasm-merge failed for ${out} (${merge.error ?? `exit ${merge.status}`})`);
  const stray = wasmImports(readFileSync(out)).filter((i) => i.module !== '__wasm_split_pack');
  if (stray.length) throw new Error(`${out}: imports left outside the pack's: ${JSON.stringify(stray)}`);
}

const work = mkdtempSync(join(tmpdir(), 'inkoopwijzer-split-'));
try {
  const splitDir = join(work, 'split');
  const bindgenDir = join(work, 'bindgen');
  const stem = 'inkoopwijzer';
  run('wasm-split-cli', [raw, splitDir, '--target', 'web', '--out-name', stem]);
  run('wasm-bindgen', [join(splitDir, `${stem}.wasm`), '--out-dir', bindgenDir, '--target', 'web',
    '--out-name', stem, '--keep-lld-exports', '--no-demangle']);

  const optimise = (from, to) => run('wasm-opt', [...OPT_FLAGS, from, '-o', to]);

  // The shared chunks merged into packs (scripts/wasm-packs.mjs says why and how), planned on
  // their gzip sizes as the splitter wrote them, without the names (closer to the optimised).
  let link = readFileSync(join(splitDir, '__wasm_split.js'), 'utf8');
  const written = [];
  const parsed = parseLink(link);
  const shared = [...parsed.chunks].map(([id, chunk]) => ({
    id,
    users: parsed.loaders.flatMap((loader, i) => (loader.deps.includes(id) ? [i] : [])),
    size: gzipSync(withoutCustomSections(readFileSync(join(splitDir, chunk.file)))).length,
  }));
  const packs = planPacks(shared);
  const sharedFiles = new Set([...parsed.chunks.values()].map((c) => c.file));
  const files = readdirSync(splitDir).filter((f) => f.endsWith('.wasm') && f !== `${stem}.wasm` && !sharedFiles.has(f));
  const merged = new Set();
  packs.forEach((members, n) => {
    if (members.length < 2) {
      files.push(parsed.chunks.get(members[0]).file);
      return;
    }
    const file = `pack_${n}.wasm`;
    mergePack(members.map((id) => join(splitDir, parsed.chunks.get(id).file)), members, join(splitDir, file));
    for (const id of members) merged.add(parsed.chunks.get(id).file);
    files.push(file);
  });
  link = rewriteLink(link, parsed, packs);
  console.log(`  ${parsed.chunks.size} shared chunks in ${packs.length} files (${merged.size} of them in ${packs.filter((p) => p.length > 1).length} packs)`);

  // Every file the link module fetches, optimised: their hashed names go into the link module.
  // wasm-opt runs on as many files at once as there are cores (each run starts binaryen anew).
  const pending = [...files];
  const optimiseAsync = promisify(execFile);
  await Promise.all(Array.from({ length: Math.max(1, cpus().length) }, async () => {
    for (let file = pending.shift(); file; file = pending.shift()) {
      await optimiseAsync('wasm-opt', [...OPT_FLAGS, join(splitDir, file), '-o', join(work, file)]);
    }
  }));

  for (const file of files.sort()) {
    const bytes = readFileSync(join(work, file));
    const name = `${file.replace(/\.wasm$/, '')}-${hash(bytes)}.wasm`;
    writeFileSync(join(dist, name), bytes);
    written.push([name, bytes.length]);
    if (!link.includes(`"./${file}"`)) throw new Error(`the link module does not name ${file}`);
    link = link.replaceAll(`"./${file}"`, `"./${name}"`);
  }

  // The background prefetch (src/app.rs) sets window.inkoopwijzerPrefetching while it starts a
  // chunk's fetches: those go out with low priority, so that the chunks of a screen the user
  // clicked meanwhile are sent first on a slow line (HTTP/1.1 has six connections per host, and
  // the browser dispatches waiting requests by priority). Anything else keeps the default.
  const plainFetch = /fetch\(new URL\(("\.\/[^"]+\.wasm"), import\.meta\.url\)\)/g;
  const fetches = link.match(plainFetch)?.length ?? 0;
  if (fetches !== files.length) throw new Error(`the link module has ${fetches} chunk fetches for ${files.length} files`);
  for (const file of merged) {
    if (link.includes(`"./${file}"`)) throw new Error(`the link module still fetches ${file}, which is in a pack`);
  }
  link = link.replace(plainFetch,
    'fetch(new URL($1, import.meta.url), { priority: globalThis.inkoopwijzerPrefetching ? "low" : "auto" })');

  // The main wasm, then the main JS (which names the wasm and imports the link module), then
  // the link module (which imports the main JS). The two JS files name each other, so the main
  // JS is named by a build id (the hash of everything it is made from: the main wasm, the
  // chunks' names and the glue wasm-bindgen wrote) and the link module by its own content.
  const mainOpt = join(work, 'main.wasm');
  optimise(join(bindgenDir, `${stem}_bg.wasm`), mainOpt);
  const mainBytes = readFileSync(mainOpt);
  const wasmName = `${stem}-${hash(mainBytes)}_bg.wasm`;
  let js = readFileSync(join(bindgenDir, `${stem}.js`), 'utf8');
  const buildId = hash(Buffer.from([wasmName, ...written.map(([n]) => n), js].join('\n')));
  const jsName = `${stem}-${buildId}.js`;
  writeFileSync(join(dist, wasmName), mainBytes);
  written.push([wasmName, mainBytes.length]);

  link = link.replaceAll(`"./${stem}.js"`, `"./${jsName}"`);
  if (!link.includes(`"./${jsName}"`)) throw new Error('the link module does not import the main JS');
  const linkName = `__wasm_split-${hash(Buffer.from(link))}.js`;
  // The main JS imports the link module: a syntax error there would stop the app from starting.
  const linkCheck = join(work, 'link-check.mjs');
  writeFileSync(linkCheck, link);
  run(process.execPath, ['--check', linkCheck]);
  writeFileSync(join(dist, linkName), link);
  written.push([linkName, link.length]);

  // Only the import statement: the imports object keeps "./__wasm_split.js" as its key, the
  // module name the wasm imports from.
  const importFrom = 'from "./__wasm_split.js"';
  if (!js.includes(importFrom)) throw new Error('the main JS does not import the link module');
  js = js.replaceAll(importFrom, `from "./${linkName}"`).replaceAll(`${stem}_bg.wasm`, wasmName);
  writeFileSync(join(dist, jsName), js);
  written.push([jsName, js.length]);

  // Trunk's unsplit files go; index.html names the split ones.
  for (const old of [oldJs, oldWasm]) {
    if (old !== jsName && old !== wasmName) unlinkSync(join(dist, old));
  }
  index = index.replaceAll(oldJs, jsName).replaceAll(oldWasm, wasmName);
  const preload = `<link rel="modulepreload" href="/${linkName}">`;
  if (!index.includes('</head>')) throw new Error('index.html has no </head> to put the preload before');
  index = index.replace('</head>', `${preload}</head>`);
  writeFileSync(indexPath, index);

  for (const [name, size] of written) console.log(`  ${name}  ${(size / 1024).toFixed(1)} KB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
