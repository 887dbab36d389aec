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

/// The name of one of Telgen's phases.
pub fn phase_name(phase: crate::domain::steps::TelgenPhase, lang: Lang) -> &'static str {
    use labels::Labeled;
    phase.label().get(lang)
}
