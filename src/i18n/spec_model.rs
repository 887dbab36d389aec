//! Texts for the model that reads a requirement alongside the specification rules
//! (`domain::spec::model`): the note on a sentence where the model overrode the rules.

use super::{pick, spec::verdict_label, Lang};
use crate::domain::spec::SentenceAssessment;

/// The words the model weighed most, quoted and joined: «a», «b» en «c».
fn quoted(source: &str, s: &SentenceAssessment, lang: Lang) -> Option<String> {
    let words: Vec<String> = s
        .model
        .as_ref()?
        .words
        .iter()
        .map(|w| w.text(source))
        .filter(|w| !w.is_empty())
        .map(|w| format!("‘{w}’"))
        .collect();
    let and = pick("en", "and", lang);
    match words.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [init @ .., last] => Some(format!("{} {and} {last}", init.join(", "))),
    }
}

/// For a sentence where the model overrode the rules: what the rules said, what the model
/// says and how sure it is, the words it weighed most, and that the highlighted words are
/// the rules' clues. `None` when the rules' verdict stands.
pub fn override_note(source: &str, s: &SentenceAssessment, lang: Lang) -> Option<String> {
    let d = s.model.as_ref()?;
    let rules = verdict_label(d.rules).get(lang).to_lowercase();
    let model = verdict_label(s.verdict).get(lang).to_lowercase();
    let percent = (d.confidence * 100.0).round().clamp(0.0, 100.0) as u32;
    let words = quoted(source, s, lang);
    Some(match lang {
        Lang::Nl => {
            let words = words.map(|w| format!(" Het zwaarst wogen voor het model: {w}.")).unwrap_or_default();
            format!(
                "De regels lazen deze zin als {rules}. Het leesmodel, dat is getraind op de gelabelde eisen van \
                 deze hulp, leest hem met {percent} % zekerheid als {model} en geeft de doorslag.{words} De \
                 gemarkeerde woorden zijn de aanwijzingen die de regels vonden."
            )
        }
        Lang::En => {
            let words = words.map(|w| format!(" The model weighed most: {w}.")).unwrap_or_default();
            format!(
                "The rules read this sentence as {rules}. The reading model, trained on this helper's labelled \
                 requirements, reads it as {model} with {percent}% certainty and decides.{words} The highlighted \
                 words are the clues the rules found."
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::spec::{assess, ModelDecision, Span, Verdict};

    #[test]
    fn the_note_names_both_verdicts_and_the_words_in_the_users_language() {
        let text = "Deelnemers vinden werk na de cursus.";
        let mut s = assess(text).sentences()[0].clone();
        assert_eq!(override_note(text, &s, Lang::Nl), None, "no note while the rules decide");
        s.model = Some(ModelDecision {
            rules: Verdict::Mixed,
            confidence: 0.834,
            words: vec![Span { start: 0, end: 10 }, Span { start: 18, end: 22 }],
        });
        s.verdict = Verdict::Functional;
        let nl = override_note(text, &s, Lang::Nl).unwrap();
        assert!(nl.contains("als gemengd") && nl.contains("83 % zekerheid als functioneel"), "{nl}");
        assert!(nl.contains("‘Deelnemers’ en ‘werk’"), "{nl}");
        let en = override_note(text, &s, Lang::En).unwrap();
        assert!(en.contains("as mixed") && en.contains("as functional with 83% certainty"), "{en}");
        assert!(en.contains("‘Deelnemers’ and ‘werk’"), "{en}");
    }

    /// Every sentence of the corpus, of every batch, of the demo dossiers and of the bench's
    /// texts, with everything the screen shows of it (verdict, score, signals with their words
    /// and weights, the model's decision and words, parts, rewrite, proposal, measure hint and
    /// override note, in both languages), written to the file named by `SPEC_DUMP`. A change
    /// meant to keep every verdict is checked by diffing two dumps:
    /// `SPEC_DUMP=/tmp/a.txt cargo test --lib dump_every_reading -- --ignored`.
    #[test]
    #[ignore]
    fn dump_every_reading() {
        use crate::domain::spec::{assess, Assessment};
        use crate::i18n::spec::{measure_hint, proposal};
        use std::fmt::Write as _;
        let Ok(path) = std::env::var("SPEC_DUMP") else { return };
        let root = env!("CARGO_MANIFEST_DIR");
        let mut texts: Vec<(String, String)> = Vec::new();
        let mut lines_of = |name: &str, file: &str| {
            let source = std::fs::read_to_string(format!("{root}/{file}")).unwrap();
            for (n, line) in source.lines().enumerate() {
                if let Some((_, t)) = line.trim_end_matches('\r').split_once('\t') {
                    if !line.starts_with('#') {
                        texts.push((format!("{name}:{n}"), t.to_string()));
                    }
                }
            }
        };
        lines_of("corpus", "tests/fixtures/spec_corpus.tsv");
        let mut batches: Vec<_> = std::fs::read_dir(format!("{root}/tests/fixtures/spec_batches"))
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().to_string()))
            .filter(|n| n.ends_with(".tsv"))
            .collect();
        batches.sort();
        for b in &batches {
            lines_of(b, &format!("tests/fixtures/spec_batches/{b}"));
        }
        for case in crate::domain::demo::demo_cases() {
            let d = case.dossier();
            for r in d.specification.functional.iter().chain(d.specification.technical.iter()) {
                texts.push((format!("demo:{}", r.id), r.text.clone()));
            }
        }
        // The six sentences of the bench's bestek.
        texts.push(("bench:sample_bestek".into(), crate::bench::sample::SENTENCES.join(" ")));
        let mut out = String::new();
        let mut dump = |name: &str, text: &str, a: &Assessment| {
            let _ = writeln!(out, "== {name} {:?} {:?} {:?}", a.verdict(), a.counts(), a.language());
            for s in a.sentences() {
                let _ = writeln!(
                    out,
                    "  [{}..{}] {:?} {:.4} {:?}",
                    s.span.start, s.span.end, s.verdict, s.score, s.language
                );
                for g in &s.signals {
                    let _ = writeln!(out, "    {:?} {:.4} {:?}", g.kind, g.weight, g.span.text(text));
                }
                if let Some(m) = &s.model {
                    let words: Vec<&str> = m.words.iter().map(|w| w.text(text)).collect();
                    let _ = writeln!(out, "    model {:?} {:.4} {words:?}", m.rules, m.confidence);
                }
                if let Some(p) = &s.parts {
                    let _ = writeln!(out, "    parts F {:?} T {:?}", p.functional.text(text), p.technical.text(text));
                }
                let _ = writeln!(out, "    rewrite {:?}", s.rewrite);
                for lang in [Lang::Nl, Lang::En] {
                    let _ = writeln!(out, "    proposal {:?}", proposal(text, s, lang));
                    let _ = writeln!(out, "    hint {:?}", measure_hint(s, lang));
                    let _ = writeln!(out, "    note {:?}", override_note(text, s, lang));
                }
            }
        };
        for (name, text) in &texts {
            dump(name, text, &assess(text));
        }
        // The corpus run as one text, as a pasted bestek is.
        let whole: String =
            texts.iter().filter(|(n, _)| n.starts_with("corpus")).map(|(_, t)| format!("{t} ")).collect();
        dump("corpus-as-one-text", &whole, &assess(&whole));
        std::fs::write(&path, out).unwrap();
    }
}
