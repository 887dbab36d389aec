//! All user-facing text, in Dutch (first) and English.
//!
//! Keys are checked at compile time: every text is a field of a struct or a `Tr` pair, so a
//! text missing in one language does not compile. Domain modules return enums (reasons,
//! errors); this module turns them into words. Dutch terms of art (bestek, Programma van
//! Eisen, gunningscriteria) stay Dutch in the English texts too.
//!
//! The language types themselves ([`Lang`], [`Tr`]) are pure data on the ground floor
//! (`crate::domain::lang`) and re-exported here, so that the domain can carry a `Tr` without
//! importing `i18n`. This module imports the domain (to name its enums), never the reverse.
//!
//! # One shape per kind of text
//! - **Content: a [`Tr`] pair**, `Tr::new("nl", "en")`: the words of one screen or one topic
//!   (a page's title and introduction, a column header, the label of a choice), kept in the
//!   module of its area, named for what it is (`settlement::COL_BONUS`). A view shows it with
//!   `lang.text(tr)` (`state::LangCtx::text`) or `tr.get(lang)`.
//! - **Chrome: a per-language struct**, one constant per language and a `fn(Lang) -> &Struct`
//!   ([`ui::ui`], [`wizard_ui::wt`]): the few words that every page repeats (navigation,
//!   remove/undo, step and phase, "not found"). A view shows a field with `lang.pick(wt, |t|
//!   t.remove)` or `lang.ui(|t| t.next)`. They exist for code size: every call of
//!   `LangCtx::pick` on one table returns the same closure type, so the code that renders and
//!   updates such a text exists once in the wasm (the note in `state/mod.rs`). The generated
//!   documents' fixed words use the same shape ([`documents::DocText`]), because the document
//!   builders take all of them at once for one language. A new text is content unless it is
//!   one of those shared words.
//! - **Parameterised messages: functions** `fn(inputs.., lang: Lang) -> String` (or
//!   `-> &'static str` when they choose between fixed texts), with the language always the
//!   last argument (`settlement::payout_chart_label(first, n, last, lang)`,
//!   `persistence::saved_at(time, lang)`). Inside, a `match lang` (or `pick`) puts each
//!   language's whole sentence side by side, so that word order and plurals stay per language.
//! - **A message computed ahead: [`Both`]**, the same message function run once per language,
//!   owned. Only for a value kept in state whose inputs are not at hand where it is shown (the
//!   bid tables, `features/bids/rows.rs`, keep each bid's messages this way so that a language
//!   switch or another bid's edit recomputes nothing).
//!
//! # Where a text goes
//! One module per area, named as the feature it serves (`spec_helper`, `settlement`,
//! `procedure`, `overview`, `demos`, `bids`, …); field labels and help texts and the names of
//! the dossier's choices in [`labels`]; the guide's "why this step" in [`guidance`]; messages
//! about the dossier's completeness and thresholds in [`wizard_messages`]. Nothing under
//! `features/` or `components/` writes words of its own.
//!
//! # Naming a text module
//! Callers name a text module by its full name, never by a short alias: `use crate::i18n::bids;`
//! then `bids::TITLE`. Where the bare name would read as another room (`scoring`, `spec`,
//! `persistence`, `documents` and `csv` are also rooms of the domain, persistence or render),
//! they write it with its room: `use crate::i18n;` then `i18n::scoring::formula_name`.

// The texts are shown by the user interface, which exists only in the wasm build: whether a
// text is used is judged there (`cargo clippy --target wasm32-unknown-unknown`), not natively.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code, unused_imports))]

pub mod app_info;
pub mod award_criteria;
pub mod bids;
pub mod csv;
pub mod demos;
pub mod documents;
pub mod evaluation;
pub mod first_tender;
pub mod first_tender_tail;
pub mod guidance;
pub mod labels;
pub mod lessons;
pub mod messages;
pub mod overview;
pub mod persistence;
pub mod procedure;
pub mod scoring;
pub mod settlement;
pub mod share_link;
pub mod sharing;
pub mod source;
pub mod spec;
pub mod spec_helper;
pub mod spec_lists;
pub mod spec_model;
pub mod tender_documents;
pub mod ui;
pub mod wizard_messages;
pub mod wizard_steps;
pub mod wizard_ui;
pub mod workshop;
pub mod workshop_more;

pub use crate::domain::lang::{Lang, Tr};

/// `nl` or `en`, whichever `lang` asks for: the two sentences of a parameterised message.
fn pick<T>(nl: T, en: T, lang: Lang) -> T {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// A message computed ahead in both languages, owned: `Both::of(|lang| message(.., lang))`.
/// For state that must follow a language switch without recomputing the message (see the
/// module documentation); everywhere else, call the message function where it is shown.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Both {
    pub nl: String,
    pub en: String,
}

impl Both {
    /// Runs `message` once per language.
    pub fn of(message: impl Fn(Lang) -> String) -> Both {
        Both { nl: message(Lang::Nl), en: message(Lang::En) }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }

    /// Appends `more` after a space, in each language (several messages at one input).
    pub fn append(&mut self, more: &Both) {
        for (text, add) in [(&mut self.nl, &more.nl), (&mut self.en, &more.en)] {
            text.push(' ');
            text.push_str(add);
        }
    }
}

/// A choice with a name and a short explanation, in both languages. `VARIANTS` lists every
/// variant in display order, so a select or radio group can be built generically.
pub trait Labeled: Copy + 'static {
    const VARIANTS: &'static [Self];
    fn label(self) -> Tr;
    fn explanation(self) -> Tr;
}

/// The short name of a step, as in the step list.
pub fn step_name(step: crate::domain::steps::Step, lang: Lang) -> &'static str {
    guidance::step_guidance(step).short_name.get(lang)
}

/// The name of one of Telgen's phases. The phases are activities (Specificeren, Bewaken), and
/// in English they are named as activities too (Specifying, Expediting), so that a phase never
/// reads like the step it belongs to (step 3 'Specification', step 7 'Monitoring').
pub fn phase_name(phase: crate::domain::steps::TelgenPhase, lang: Lang) -> &'static str {
    phase.label().get(lang)
}

/// The line above a step's title, the same on every page about a step (the wizard's step
/// pages, the bid comparison): `Stap 5 van 9 · Fase: Selecteren / Contracteren` /
/// `Step 5 of 9 · Phase: Selecting / Contracting`.
pub fn step_eyebrow(step: crate::domain::steps::Step, lang: Lang) -> String {
    let t = ui::ui(lang);
    let phases: Vec<&str> = step.phases().iter().map(|p| phase_name(*p, lang)).collect();
    format!(
        "{} {} {} {} · {}: {}",
        t.step_word,
        step.number(),
        wizard_ui::wt(lang).step_of,
        crate::domain::steps::Step::ALL.len(),
        t.phase_word,
        phases.join(" / ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::steps::{Step, TelgenPhase};

    #[test]
    fn step_eyebrows_are_translated_and_phases_differ_from_step_names() {
        assert_eq!(step_eyebrow(Step::Offerteprocedure, Lang::Nl), "Stap 5 van 9 · Fase: Selecteren / Contracteren");
        assert_eq!(step_eyebrow(Step::Offerteprocedure, Lang::En), "Step 5 of 9 · Phase: Selecting / Contracting");
        for lang in [Lang::Nl, Lang::En] {
            for step in Step::ALL {
                let name = step_name(step, lang).to_lowercase();
                for p in step.phases() {
                    assert_ne!(phase_name(*p, lang).to_lowercase(), name, "{step:?} {lang:?}");
                }
            }
        }
        // English phases are activities.
        for p in TelgenPhase::ALL {
            let en = phase_name(p, Lang::En);
            let first = en.split(' ').next().unwrap_or_default();
            assert!(first.ends_with("ing") || en == "After-care", "{en}");
        }
    }
}
