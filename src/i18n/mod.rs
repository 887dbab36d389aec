//! All user-facing text, in Dutch (first) and English.
//!
//! Keys are checked at compile time: every text is a field of a struct or a `Tr` pair, so a
//! text missing in one language does not compile. Domain modules return enums (reasons,
//! errors); this module turns them into words. Dutch terms of art (bestek, Programma van
//! Eisen, gunningscriteria) stay Dutch in the English texts too.

pub mod messages;
pub mod persistence;
pub mod ui;
pub mod wizard_ui;
pub mod spec;

use serde::{Deserialize, Serialize};

pub mod documents;
pub mod guidance;
pub mod labels;
pub mod wizard_messages;
pub mod scoring;

/// The interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag.get(..2).map(|s| s.to_ascii_lowercase()).as_deref() {
            Some("nl") => Some(Lang::Nl),
            Some("en") => Some(Lang::En),
            _ => None,
        }
    }

    pub fn number_style(self) -> crate::domain::money::NumberStyle {
        match self {
            Lang::Nl => crate::domain::money::NumberStyle::Dutch,
            Lang::En => crate::domain::money::NumberStyle::English,
        }
    }
}

/// One text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Tr {
    pub const fn new(nl: &'static str, en: &'static str) -> Tr {
        Tr { nl, en }
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

/// The short name of a step, as in the step list.
pub fn step_name(step: crate::domain::steps::Step, lang: Lang) -> &'static str {
    guidance::step_guidance(step).short_name.get(lang)
}

/// The name of one of Telgen's phases. The phases are activities (Specificeren, Bewaken), and
/// in English they are named as activities too (Specifying, Tracking), so that a phase never
/// reads like the step it belongs to (step 3 'Specification', step 7 'Monitoring').
pub fn phase_name(phase: crate::domain::steps::TelgenPhase, lang: Lang) -> &'static str {
    use labels::Labeled;
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
