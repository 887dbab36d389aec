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
}
