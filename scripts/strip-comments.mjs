// Removes the whole-line `//` comments from the hand-written loaders in dist/ (boot.js,
// fallback.js): they explain the code to its maintainers in public/, and a visitor on a slow
// line need not download them (boot.js is among the few files before the start page can be
// read; tests/e2e/budget.test.mjs). Only lines that hold nothing but a comment go, and none
// inside a template literal; the result must still parse (`node --check`), else the build
// stops with the file untouched.
// Usage: node scripts/strip-comments.mjs dist/boot.js dist/fallback.js
import { readFileSync, writeFileSync, mkdtempSync, rmSync, realpathSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

/**
 * The text without its whole-line `//` comments (outside template literals). Throws where it
 * could misjudge a line: a string continued with a trailing backslash, or a template literal
 * left open at the end (a backtick inside a quote or a regular expression would do that).
 */
export function stripLineComments(text) {
  let inTemplate = false;
  const kept = [];
  for (const line of text.split('\n')) {
    if (!inTemplate && /^\s*\/\//.test(line)) continue;
    if (/\\\r?$/.test(line)) throw new Error(`a line ends in a backslash: ${line.trim()}`);
    kept.push(line);
    // A backtick not escaped opens or closes a template literal.
    const ticks = (line.match(/(?<!\\)`/g) || []).length;
    if (ticks % 2 === 1) inTemplate = !inTemplate;
  }
  if (inTemplate) throw new Error('a template literal is left open: backticks do not pair up');
  return kept.join('\n');
}

/** Throws when `text` does not parse as a module (`.mjs`) or a classic script. */
function check(text, name, asModule) {
  const dir = mkdtempSync(join(tmpdir(), 'strip-'));
  try {
    const file = join(dir, basename(name).replace(/\.js$/, asModule ? '.mjs' : '.cjs'));
    writeFileSync(file, text);
    execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(files) {
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    // boot.js is a module (top-level await, import()); fallback.js a classic script.
    const asModule = /^\s*(import|export)\b|\bawait import\(/m.test(text);
    let out;
    try {
      out = stripLineComments(text);
      check(out, file, asModule);
    } catch (err) {
      console.error(`scripts/strip-comments: ${file} cannot safely lose its comment lines; left as it is.`);
      console.error(String(err.stderr || err.message));
      process.exit(1);
    }
    writeFileSync(file, out);
    console.log(`  ${file}: ${text.length} -> ${out.length} bytes`);
  }
}

if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  main(process.argv.slice(2));
}
