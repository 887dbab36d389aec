//! The labelled corpus: every sentence of `tests/fixtures/spec_corpus.tsv` is assessed and
//! compared with its label. Prints the confusion matrix per section group and overall (run
//! with `--nocapture` to see it on success) and asserts at least 90% correct overall.
//!
//! Also prints the time to analyse two texts of 20,000 characters (no assertion on time).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests stop at the first surprise

use inkoopwijzer::domain::spec::{assess, Verdict};

const CORPUS: &str = include_str!("fixtures/spec_corpus.tsv");

struct Case {
    section: String,
    label: Verdict,
    text: String,
}

fn parse_label(s: &str) -> Option<Verdict> {
    match s.trim() {
        "functional" => Some(Verdict::Functional),
        "technical" => Some(Verdict::Technical),
        "mixed" => Some(Verdict::Mixed),
        _ => None,
    }
}

fn cases() -> Vec<Case> {
    parse(CORPUS, "unsectioned")
}

/// Parses `label<TAB>sentence` lines; `# section: name` starts a section.
fn parse(source: &str, first_section: &str) -> Vec<Case> {
    let mut out = Vec::new();
    let mut section = first_section.to_string();
    for (n, line) in source.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if let Some(rest) = line.strip_prefix("# section:") {
            section = rest.split_whitespace().next().unwrap_or("unsectioned").to_string();
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (label, text) =
            line.split_once('\t').unwrap_or_else(|| panic!("line {}: expected label<TAB>sentence", n + 1));
        let label = parse_label(label).unwrap_or_else(|| panic!("line {}: unknown label {label:?}", n + 1));
        out.push(Case { section: section.clone(), label, text: text.to_string() });
    }
    out
}

const ORDER: [Verdict; 3] = [Verdict::Functional, Verdict::Technical, Verdict::Mixed];

fn idx(v: Verdict) -> usize {
    match v {
        Verdict::Functional => 0,
        Verdict::Technical => 1,
        Verdict::Mixed => 2,
    }
}

#[derive(Default)]
struct Matrix {
    m: [[usize; 3]; 3],
}

impl Matrix {
    fn add(&mut self, label: Verdict, got: Verdict) {
        self.m[idx(label)][idx(got)] += 1;
    }
    fn total(&self) -> usize {
        self.m.iter().flatten().sum()
    }
    fn correct(&self) -> usize {
        (0..3).map(|i| self.m[i][i]).sum()
    }
    fn accuracy(&self) -> f64 {
        if self.total() == 0 {
            return 0.0;
        }
        self.correct() as f64 / self.total() as f64
    }
    fn print(&self, title: &str) {
        println!("\n{title}: {}/{} correct ({:.1}%)", self.correct(), self.total(), 100.0 * self.accuracy());
        println!("  label \\ verdict   functional  technical      mixed");
        for (i, v) in ORDER.iter().enumerate() {
            println!(
                "  {:<16} {:>10} {:>10} {:>10}",
                format!("{v:?}").to_lowercase(),
                self.m[i][0],
                self.m[i][1],
                self.m[i][2]
            );
        }
    }
}

#[test]
fn corpus_accuracy() {
    let cases = cases();
    assert!(cases.len() >= 100, "corpus too small: {}", cases.len());
    let mut all = Matrix::default();
    let mut groups: Vec<(String, Matrix)> = Vec::new();
    let mut misses = Vec::new();
    for c in &cases {
        let a = assess(&c.text);
        let got = a.verdict();
        all.add(c.label, got);
        let group = c.section.split('-').next().unwrap_or("").to_string()
            + if c.section.ends_with("heldout") {
                "-heldout"
            } else if c.section.starts_with("own") {
                "-dev"
            } else {
                ""
            };
        match groups.iter_mut().find(|(g, _)| *g == group) {
            Some((_, m)) => m.add(c.label, got),
            None => {
                let mut m = Matrix::default();
                m.add(c.label, got);
                groups.push((group, m));
            }
        }
        if got != c.label {
            let signals: Vec<String> =
                a.signals().map(|s| format!("{:?}({:.2}) «{}»", s.kind, s.weight, s.span.text(&c.text))).collect();
            misses.push(format!(
                "[{}] label {:?}, got {:?}: {}\n      {}",
                c.section,
                c.label,
                got,
                c.text,
                signals.join(", ")
            ));
        }
    }
    for (g, m) in &groups {
        m.print(g);
    }
    all.print("ALL");
    println!("\nMisclassified ({}):", misses.len());
    for m in &misses {
        println!("  {m}");
    }
    assert!(all.accuracy() >= 0.90, "accuracy {:.3} below 0.90", all.accuracy());
}

/// The fresh batches in `tests/fixtures/spec_batches/` (see its README): each file scored on
/// its own. Misses of `tune-*` files are printed; those of `heldout-*` files are not, so that
/// nobody tunes on them by accident. Their first-contact scores are in `docs/spec-ledger.md`.
fn batch_files() -> Vec<(String, Vec<Case>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/spec_batches");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(&p).unwrap();
            let cases = parse(&text, &name);
            (name, cases)
        })
        .collect()
}

#[test]
fn fresh_batches() {
    let files = batch_files();
    assert!(!files.is_empty(), "no batch files");
    let mut tuned = Matrix::default();
    let mut heldout = Matrix::default();
    for (name, cases) in &files {
        let mut m = Matrix::default();
        let mut misses = Vec::new();
        for c in cases {
            let a = assess(&c.text);
            let got = a.verdict();
            m.add(c.label, got);
            if name.starts_with("heldout") {
                heldout.add(c.label, got);
            } else {
                tuned.add(c.label, got);
            }
            if got != c.label && !name.starts_with("heldout") {
                let signals: Vec<String> =
                    a.signals().map(|s| format!("{:?}({:.2}) «{}»", s.kind, s.weight, s.span.text(&c.text))).collect();
                misses.push(format!("label {:?}, got {:?}: {}\n      {}", c.label, got, c.text, signals.join(", ")));
            }
        }
        m.print(name);
        for miss in &misses {
            println!("  {miss}");
        }
    }
    tuned.print("ALL BATCHES EXCEPT HELD-OUT");
    if heldout.total() > 0 {
        heldout.print("HELD-OUT");
    }
    // After tuning the tuned batches hold (99.5% when this was written); the held-out split,
    // never tuned on, stays well above the 84% of the analyser before issue 16 (96.8%).
    assert!(tuned.accuracy() >= 0.97, "tuned batches: {:.3}", tuned.accuracy());
    assert!(heldout.accuracy() >= 0.93, "held-out: {:.3}", heldout.accuracy());
}

/// The guide's own side-by-side examples must come out as the guide labels them.
#[test]
fn guide_examples_in_i18n_are_classified_as_labelled() {
    use inkoopwijzer::test_texts::{APELDOORN, COFFEE, EMMEN, GUIDE_TABLE};
    let mut checked = 0;
    for ex in GUIDE_TABLE.iter().chain(std::iter::once(&COFFEE)) {
        // Both languages: the English rendering must be read as the guide labels the Dutch.
        for (tech, func) in [(ex.technical.nl, ex.functional.nl), (ex.technical.en, ex.functional.en)] {
            for (text, want) in [(tech, Verdict::Technical), (func, Verdict::Functional)] {
                assert_eq!(assess(text).verdict(), want, "{text}");
                checked += 1;
            }
        }
        if let (Some(t), Some(f)) = (ex.technical_cost, ex.functional_cost) {
            for (t, f) in [(t.nl, f.nl), (t.en, f.en)] {
                assert_eq!(assess(t).verdict(), Verdict::Technical, "{t}");
                assert_eq!(assess(f).verdict(), Verdict::Functional, "{f}");
                checked += 2;
            }
        }
    }
    let mut wrong = Vec::new();
    let mut total = 0;
    for case in [&APELDOORN, &EMMEN] {
        for (list, want) in [(case.functional, Verdict::Functional), (case.technical, Verdict::Technical)] {
            for r in list {
                total += 1;
                if assess(r.nl).verdict() != want {
                    wrong.push(r.nl);
                }
            }
        }
    }
    println!("guide examples: {checked} pairs checked; case lists {}/{total} as labelled", total - wrong.len());
    for w in &wrong {
        println!("  not as labelled: {w}");
    }
    assert!(wrong.len() * 10 <= total, "too many case requirements misread: {wrong:?}");
}

/// The corpus's sentences one after another (a paragraph break after every fifth) until the
/// text has `chars` characters: varied sentences, as a pasted bestek is.
fn corpus_text(chars: usize) -> String {
    let mut corpus = String::new();
    let cases = cases();
    let mut k = 0;
    while corpus.chars().count() < chars {
        corpus.push_str(&cases[k % cases.len()].text);
        corpus.push_str(if k % 5 == 4 { "\n\n" } else { " " });
        k += 1;
    }
    corpus
}

/// Times `assess` on two texts of 20,000 characters: the bench's bestek (six sentences
/// repeated) and one built from the corpus (varied sentences, as a pasted bestek is). Best and
/// median of 41 runs each, with an empty word cache (cold) and with the same text again
/// (warm). No assertion on time; run it in release for figures:
/// `cargo test --release --test spec_corpus timing -- --nocapture`.
#[test]
fn timing_20k_characters() {
    use inkoopwijzer::domain::spec::clear_cache;
    let corpus = corpus_text(20_000);
    let sample = inkoopwijzer::bench::sample::sample_bestek(20_000);
    let runs = if cfg!(debug_assertions) { 5 } else { 41 };
    for (name, text) in [("sample_bestek(20000)", &sample), ("corpus 20k", &corpus)] {
        // Builds the lexicon once.
        let a = assess(text);
        let time = |cold: bool| {
            let mut times = Vec::with_capacity(runs);
            for _ in 0..runs {
                if cold {
                    clear_cache();
                }
                let t0 = std::time::Instant::now();
                let a2 = assess(text);
                times.push(t0.elapsed());
                assert_eq!(a2.sentences().len(), a.sentences().len());
            }
            times.sort();
            (times[runs / 2], times[0])
        };
        let (cold_median, cold_best) = time(true);
        let (warm_median, warm_best) = time(false);
        println!(
            "assess on {name}: {} chars, {} sentences, {} build, {runs} runs: cold (empty word cache) best {:?}, \
             median {:?}; warm (same text again) best {:?}, median {:?}",
            text.chars().count(),
            a.sentences().len(),
            if cfg!(debug_assertions) { "debug" } else { "release" },
            cold_best,
            cold_median,
            warm_best,
            warm_median
        );
    }
}

/// A driver for profiling `assess` (e.g. under `valgrind --tool=callgrind`): the bench's bestek
/// or, with `SPEC_PROF=corpus`, the corpus text of `timing_20k_characters`; analysed once and
/// then 10 times more, with an empty word cache each time unless `SPEC_WARM` is set.
#[test]
#[ignore]
fn profile_loop() {
    use inkoopwijzer::domain::spec::clear_cache;
    let which = std::env::var("SPEC_PROF").unwrap_or_default();
    let text = if which == "corpus" { corpus_text(20_000) } else { inkoopwijzer::bench::sample::sample_bestek(20_000) };
    let mut n = assess(&text).sentences().len();
    let warm = std::env::var("SPEC_WARM").is_ok();
    for _ in 0..10 {
        if !warm {
            clear_cache();
        }
        n += assess(&text).sentences().len();
    }
    println!("{n}");
}
