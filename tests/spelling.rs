//! The house style, held over every file with user-facing text: every string literal in `src/`
//! (the `i18n` texts, the demo dossiers, the documents, the few texts the domain carries),
//! `index.html` and the plain JavaScript in `public/`.
//!
//! Left out: the specification analyser's lexicon (`src/domain/spec/`: words it recognises in
//! what users type, not words it shows), the benchmark fixtures (`src/bench/`), and test code
//! (`#[cfg(test)]` modules, `tests.rs` and the demo's `source_facts.rs`), which feeds
//! deliberately odd text in or quotes the demos.
//! Comments are not text the user sees and are not checked.
//!
//! The rules (from the domain-fidelity review's style section):
//! - re-integratie / re-integration with a hyphen and no diaeresis;
//! - bonus-malusregeling (not bonus/malusregeling or bonus/malus-regeling);
//! - sociale-activeringsplaats, -makelaar, …: an adjective before a compound takes a hyphen
//!   (Woordenlijst, as in sociale-zekerheidsstelsel);
//! - minimumaantal in one word;
//! - percentages as the app formats them: `55 %` in Dutch, `55%` in English. A literal's
//!   language is known when it is one half of a `Tr::new(nl, en)` pair, inside a per-language
//!   `const NL`/`const EN` table, or in a demo dossier (Dutch user data).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    Nl,
    En,
}

/// A string literal of a source file.
#[derive(Debug)]
struct Literal {
    text: String,
    line: usize,
    lang: Option<Lang>,
}

/// The string literals of Rust source `src`, outside comments and `#[cfg(test)]` modules, with
/// their language where it is known. `default` is the language of a literal in no pair or table.
fn literals(src: &str, default: Option<Lang>) -> Vec<Literal> {
    let b: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let mut depth = 0usize;
    // Recent significant tokens (words and punctuation), to recognise `Tr::new(`, `const NL`,
    // `#[cfg(test)]` and `mod x {`.
    let mut recent: Vec<String> = Vec::new();
    // `#[cfg(test)]` seen: skip the next `mod … { … }`.
    let mut test_attr = false;
    // Inside a skipped test module: the depth to return to.
    let mut skip_until: Option<usize> = None;
    // A per-language table: its language and the depth of its opening brace.
    let mut table: Option<(Lang, usize)> = None;
    let mut pending_table: Option<Lang> = None;
    // The position in `recent` of the last Tr::new's Dutch literal, if the next is its English.
    let mut pair_nl_at: Option<usize> = None;
    let push = |recent: &mut Vec<String>, t: String| {
        recent.push(t);
        if recent.len() > 64 {
            recent.drain(..32);
        }
    };
    while i < b.len() {
        let c = b[i];
        if c == '\n' {
            line += 1;
            i += 1;
            continue;
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        // Comments.
        if c == '/' && b.get(i + 1) == Some(&'/') {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && b.get(i + 1) == Some(&'*') {
            i += 2;
            while i + 1 < b.len() && !(b[i] == '*' && b[i + 1] == '/') {
                if b[i] == '\n' {
                    line += 1;
                }
                i += 1;
            }
            i += 2;
            continue;
        }
        // Raw strings r"…", r#"…"#, br"…".
        let raw_start = if c == 'r' && matches!(b.get(i + 1), Some('"') | Some('#')) {
            Some(i + 1)
        } else if c == 'b' && b.get(i + 1) == Some(&'r') && matches!(b.get(i + 2), Some('"') | Some('#')) {
            Some(i + 2)
        } else {
            None
        };
        if let Some(mut j) = raw_start {
            let prev_is_word = i > 0 && (b[i - 1].is_alphanumeric() || b[i - 1] == '_');
            if !prev_is_word {
                let mut hashes = 0;
                while b.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) == Some(&'"') {
                    let start_line = line;
                    j += 1;
                    let mut text = String::new();
                    loop {
                        if j >= b.len() {
                            break;
                        }
                        if b[j] == '"' && (0..hashes).all(|k| b.get(j + 1 + k) == Some(&'#')) {
                            j += 1 + hashes;
                            break;
                        }
                        if b[j] == '\n' {
                            line += 1;
                        }
                        text.push(b[j]);
                        j += 1;
                    }
                    if skip_until.is_none() {
                        out.push(Literal { text, line: start_line, lang: table.map(|t| t.0).or(default) });
                    }
                    push(&mut recent, "\"".into());
                    i = j;
                    continue;
                }
            }
        }
        // Char literals and lifetimes.
        if c == '\'' {
            if b.get(i + 1) == Some(&'\\') {
                i += 2;
                while i < b.len() && b[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if b.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
            continue;
        }
        // Strings.
        if c == '"' || (c == 'b' && b.get(i + 1) == Some(&'"')) {
            if c == 'b' {
                i += 1;
            }
            let start_line = line;
            i += 1;
            let mut text = String::new();
            while i < b.len() && b[i] != '"' {
                if b[i] == '\\' {
                    match b.get(i + 1) {
                        Some('\n') => {
                            // A line continuation: the newline and the next line's indentation go.
                            line += 1;
                            i += 2;
                            while i < b.len() && b[i].is_whitespace() {
                                if b[i] == '\n' {
                                    line += 1;
                                }
                                i += 1;
                            }
                            continue;
                        }
                        Some('n') => text.push('\n'),
                        Some('t') => text.push('\t'),
                        Some(other) => text.push(*other),
                        None => {}
                    }
                    i += 2;
                    continue;
                }
                if b[i] == '\n' {
                    line += 1;
                }
                text.push(b[i]);
                i += 1;
            }
            i += 1;
            // Which language: one half of a Tr::new pair, a per-language table, or the default.
            let n = recent.len();
            let tail = |k: usize| recent.iter().rev().take(k).rev().cloned().collect::<Vec<_>>().join("");
            let lang = if tail(5) == "Tr::new(" {
                pair_nl_at = Some(n);
                Some(Lang::Nl)
            } else if pair_nl_at == Some(n.saturating_sub(2)) && recent.last().map(String::as_str) == Some(",") {
                pair_nl_at = None;
                Some(Lang::En)
            } else {
                pair_nl_at = None;
                table.map(|t| t.0).or(default)
            };
            if skip_until.is_none() {
                out.push(Literal { text, line: start_line, lang });
            }
            push(&mut recent, "\"".into());
            continue;
        }
        // Words.
        if c.is_alphanumeric() || c == '_' {
            let mut w = String::new();
            while i < b.len() && (b[i].is_alphanumeric() || b[i] == '_') {
                w.push(b[i]);
                i += 1;
            }
            if recent.last().map(String::as_str) == Some("const") {
                pending_table = match w.as_str() {
                    "NL" => Some(Lang::Nl),
                    "EN" => Some(Lang::En),
                    _ => None,
                };
            }
            push(&mut recent, w);
            continue;
        }
        // Punctuation; braces keep the depth.
        match c {
            '{' => {
                // `#[cfg(test)]` applies to the next item: skipped when it is a module.
                let mod_block = recent.len() >= 2 && recent[recent.len() - 2] == "mod";
                if test_attr && mod_block && skip_until.is_none() {
                    skip_until = Some(depth);
                }
                test_attr = false;
                if let Some(l) = pending_table.take() {
                    if table.is_none() {
                        table = Some((l, depth));
                    }
                }
                depth += 1;
            }
            '}' => {
                depth = depth.saturating_sub(1);
                if skip_until == Some(depth) {
                    skip_until = None;
                }
                if table.is_some_and(|t| t.1 == depth) {
                    table = None;
                }
            }
            ';' => {
                pending_table = None;
                test_attr = false;
            }
            ']' if recent.iter().rev().take(6).rev().cloned().collect::<Vec<_>>().join("") == "#[cfg(test)" => {
                test_attr = true;
            }
            _ => {}
        }
        push(&mut recent, c.to_string());
        i += 1;
    }
    out
}

/// A rule broken: the offending piece, and what to write instead.
fn check(text: &str, lang: Option<Lang>) -> Vec<String> {
    let mut found = Vec::new();
    let lower = text.to_lowercase();
    for wrong in ["reïntegr", "reintegr", "re-ïntegr", "re integr"] {
        if lower.contains(wrong) {
            found.push(format!("{wrong:?}: write re-integr…"));
        }
    }
    for wrong in ["bonus/malusregeling", "bonus/malus-regeling", "bonusmalusregeling"] {
        if lower.contains(wrong) {
            found.push(format!("{wrong:?}: write bonus-malusregeling"));
        }
    }
    if lower.contains("sociale activerings") {
        found.push("\"sociale activerings…\": write sociale-activerings…".into());
    }
    if lower.contains("minimum aantal") {
        found.push("\"minimum aantal\": write minimumaantal".into());
    }
    let chars: Vec<char> = text.chars().collect();
    for (k, w) in chars.windows(2).enumerate() {
        match lang {
            Some(Lang::Nl) if w[0].is_ascii_digit() && w[1] == '%' => {
                found.push(format!("\"{}%\": write \"{} %\" in Dutch", w[0], w[0]));
            }
            Some(Lang::En) if w[0] == ' ' && w[1] == '%' && k > 0 && chars[k - 1].is_ascii_digit() => {
                found.push(format!("\"{} %\": write \"{}%\" in English", chars[k - 1], chars[k - 1]));
            }
            _ => {}
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir).expect("read src").map(|e| e.expect("entry").path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The Rust files with user-facing text, as paths relative to the crate.
fn checked_rust_files() -> Vec<PathBuf> {
    let mut all = Vec::new();
    rust_files(&root().join("src"), &mut all);
    all.into_iter()
        .filter(|p| {
            let rel = p.strip_prefix(root()).expect("inside the crate");
            let s = rel.to_string_lossy().replace('\\', "/");
            // Test code in files of its own (`#[cfg(test)] mod …;`).
            let test_file = s.ends_with("/tests.rs") || s == "src/domain/demo/source_facts.rs";
            !s.starts_with("src/domain/spec/") && !s.starts_with("src/bench/") && !test_file
        })
        .collect()
}

#[test]
fn every_user_facing_text_keeps_the_house_style() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for path in checked_rust_files() {
        let src = fs::read_to_string(&path).expect("read");
        let rel = path.strip_prefix(root()).expect("inside").to_string_lossy().replace('\\', "/");
        // The demo dossiers' texts are Dutch user data.
        let default = rel.starts_with("src/domain/demo/").then_some(Lang::Nl);
        for lit in literals(&src, default) {
            checked += 1;
            for p in check(&lit.text, lit.lang) {
                problems.push(format!("{rel}:{}: {p}", lit.line));
            }
        }
    }
    for name in ["index.html", "public/boot.js", "public/fallback.js"] {
        let text = fs::read_to_string(root().join(name)).expect("read");
        for p in check(&text, None) {
            problems.push(format!("{name}: {p}"));
        }
    }
    assert!(checked > 2000, "only {checked} literals found: is the scanner still reading the sources?");
    assert!(problems.is_empty(), "{} style problems:\n{}", problems.len(), problems.join("\n"));
}

/// The scanner itself: languages of pairs and tables, comments, test modules, continuations.
#[test]
fn the_scanner_finds_literals_and_their_language() {
    let src = r##"
        // "reïntegratie in a comment"
        const A: Tr = Tr::new("55 % nl", "55% en");
        pub const NL: Ui = Ui { a: "tabel \
            nl" };
        pub const EN: Ui = Ui { a: "table en" };
        fn f() -> &'static str { let c = '"'; "plain" }
        #[cfg(test)]
        mod tests { const T: &str = "reïntegratie in a test"; }
        const R: &str = r#"raw "quoted""#;
    "##;
    let lits = literals(src, None);
    let got: Vec<(&str, Option<Lang>)> = lits.iter().map(|l| (l.text.as_str(), l.lang)).collect();
    assert_eq!(
        got,
        vec![
            ("55 % nl", Some(Lang::Nl)),
            ("55% en", Some(Lang::En)),
            ("tabel nl", Some(Lang::Nl)),
            ("table en", Some(Lang::En)),
            ("plain", None),
            ("raw \"quoted\"", None),
        ]
    );
    assert!(check("55 % nl", Some(Lang::Nl)).is_empty() && check("55% en", Some(Lang::En)).is_empty());
    assert_eq!(check("55% nl", Some(Lang::Nl)).len(), 1);
    assert_eq!(check("55 % en", Some(Lang::En)).len(), 1);
    assert_eq!(check("Reïntegratie en de bonus/malus-regeling, sociale activeringsplaats", None).len(), 3);
    assert!(check("re-integratie, bonus-malusregeling, sociale-activeringsplaats, sociale activering", None).is_empty());
}
