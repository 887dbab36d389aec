//! All user-facing text, in Dutch (first) and English.
//!
//! Keys are checked at compile time: every text is a field of a struct or a `Tr` pair, so a
//! text missing in one language does not compile. Domain modules return enums (reasons,
//! errors); this module turns them into words. Dutch terms of art (bestek, Programma van
//! Eisen, gunningscriteria) stay Dutch in the English texts too.

pub mod messages;
pub mod ui;
pub mod wizard_ui;

use serde::{Deserialize, Serialize};

pub mod guidance;
pub mod labels;
pub mod wizard_messages;

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

/// Step and phase names: short, used in navigation everywhere.
pub fn step_name(step: crate::domain::steps::Step, lang: Lang) -> &'static str {
    use crate::domain::steps::Step::*;
    let t = match step {
        Verkenning => Tr::new("Verkenning", "Exploration"),
        Doelgroep => Tr::new("Doelgroep", "Target group"),
        Bestek => Tr::new("Bestek", "Bestek (specification)"),
        Uitvoeringsproces => Tr::new("Uitvoeringsproces", "Execution process"),
        Offerteprocedure => Tr::new("Offerteprocedure", "Tender procedure"),
        StartUitvoering => Tr::new("Start uitvoering", "Start of execution"),
        Monitoring => Tr::new("Monitoring", "Monitoring"),
        Verantwoording => Tr::new("Verantwoording", "Accountability"),
        Evaluatie => Tr::new("Evaluatie", "Evaluation"),
    };
    t.get(lang)
}

pub fn phase_name(phase: crate::domain::steps::TelgenPhase, lang: Lang) -> &'static str {
    use crate::domain::steps::TelgenPhase::*;
    let t = match phase {
        Inventariseren => Tr::new("Inventariseren", "Inventory"),
        Specificeren => Tr::new("Specificeren", "Specifying"),
        Selecteren => Tr::new("Selecteren", "Selecting"),
        Contracteren => Tr::new("Contracteren", "Contracting"),
        Bestellen => Tr::new("Bestellen", "Ordering"),
        Bewaken => Tr::new("Bewaken", "Monitoring"),
        Nazorg => Tr::new("Nazorg", "Aftercare"),
    };
    t.get(lang)
}
