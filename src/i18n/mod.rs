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

pub mod award_criteria;
pub mod demos;
pub mod documents;
pub mod guidance;
pub mod labels;
pub mod messages;
pub mod overview;
pub mod persistence;
pub mod procedure;
pub mod scoring;
pub mod settlement;
pub mod spec;
pub mod spec_helper;
pub mod ui;
pub mod wizard_messages;
pub mod wizard_ui;

pub use crate::domain::lang::{Lang, Tr};

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
/// in English they are named as activities too (Specifying, Tracking), so that a phase never
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
        assert_eq!(
            step_eyebrow(Step::Offerteprocedure, Lang::Nl),
            "Stap 5 van 9 · Fase: Selecteren / Contracteren"
        );
        assert_eq!(
            step_eyebrow(Step::Offerteprocedure, Lang::En),
            "Step 5 of 9 · Phase: Selecting / Contracting"
        );
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
