//! The module graph that the README draws, checked: every room of `src/` imports only rooms
//! on lower floors, so data flows one way and there are no circles between rooms. The domain
//! and the platform helpers stand on the ground floor and import nothing of the crate; the
//! domain also takes nothing from leptos, web-sys or gloo.
//!
//! Test modules (from `#[cfg(test)]` to the end of a file) may reach up for fixtures.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests stop at the first surprise

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The floors, bottom first. A room may import rooms of lower floors only.
const FLOORS: &[(&str, u32)] = &[
    ("domain", 0),
    ("platform", 0),
    ("persistence", 1),
    ("routes", 1),
    ("i18n", 2),
    ("bench", 2),
    ("render", 3),
    ("state", 3),
    ("components", 4),
    ("features", 5),
    ("app", 6),
];

fn floor(room: &str) -> Option<u32> {
    FLOORS.iter().find(|(r, _)| *r == room).map(|(_, f)| *f)
}

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rs_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The room of a file: its first path component under `src/`, without `.rs`.
fn room_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    Some(first.trim_end_matches(".rs").to_string())
}

/// The production code of a file: comments dropped, test modules cut off.
fn production_code(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let code = line.split("//").next().unwrap_or("");
        out.push_str(code);
        out.push('\n');
    }
    out
}

/// Every `crate::<room>` a piece of code names.
fn rooms_named(code: &str) -> BTreeSet<String> {
    let mut rooms = BTreeSet::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        if !name.is_empty() {
            rooms.insert(name);
        }
    }
    rooms
}

#[test]
fn every_room_imports_only_rooms_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rs_files(&src, &mut files);
    files.sort();
    let mut crossings = Vec::new();
    let mut checked = 0;
    for file in &files {
        let Some(room) = room_of(&src, file) else { continue };
        if room == "lib" || room == "main" {
            continue; // the module tree itself
        }
        let own = floor(&room).unwrap_or_else(|| panic!("{}: room `{room}` has no floor in FLOORS", file.display()));
        let code = production_code(&std::fs::read_to_string(file).unwrap());
        checked += 1;
        for named in rooms_named(&code) {
            if named == room {
                continue;
            }
            match floor(&named) {
                Some(f) if f < own => {}
                _ => crossings.push(format!("{} ({room}, floor {own}) imports crate::{named}", file.display())),
            }
        }
    }
    assert!(checked > 100, "only {checked} files were checked: is the walk broken?");
    assert!(crossings.is_empty(), "imports that run up or sideways:\n{}", crossings.join("\n"));
}

#[test]
fn the_domain_takes_nothing_from_the_browser_or_the_ui() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join("domain");
    let mut files = Vec::new();
    rs_files(&src, &mut files);
    for file in files {
        let code = production_code(&std::fs::read_to_string(&file).unwrap());
        for forbidden in ["leptos", "web_sys", "gloo", "js_sys", "wasm_bindgen"] {
            assert!(!code.contains(&format!("{forbidden}::")), "{} uses {forbidden}", file.display());
        }
    }
}

#[test]
fn the_checker_finds_a_crossing() {
    // The parser itself: a crossing in code is found, one in a comment or a test is not.
    let code = production_code(
        "use crate::state::use_lang; // crate::features in a comment\nfn f() {}\n#[cfg(test)]\nmod tests { use crate::app; }\n",
    );
    assert_eq!(rooms_named(&code), BTreeSet::from(["state".to_string()]));
}
