//! Texts of step 5, the tender procedure (`features::wizard::procedure`): the estimated
//! contract value against the threshold, the procedures that fit, the invited providers and
//! the timeline, and the way to the bid comparison. The verdict and its reasons are worded in
//! [`super::wizard_messages`]; the field labels are in [`super::labels`].

use super::{Lang, Tr};

// ---- contract value and threshold
pub const VALUE_TITLE: Tr = Tr::new("Geschatte opdrachtwaarde en drempel", "Estimated contract value and threshold");
pub const REGIME_LABEL: Tr = Tr::new("Soort dienst voor de drempel", "Kind of service for the threshold");
pub const FITTING: Tr = Tr::new("Procedures die passen", "Procedures that fit");
pub const DOES_NOT_FIT: Tr = Tr::new(
    "Let op: de gekozen procedure past niet bij deze opdrachtwaarde.",
    "Note: the chosen procedure does not fit this contract value.",
);

/// The threshold field's placeholder: the amount used while the field is empty, and the
/// years of the dated set it comes from.
pub fn threshold_placeholder(amount: &str, from: &str, until: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{amount} (geldt {from}–{until}; leeg laten)"),
        Lang::En => format!("{amount} (applies {from}–{until}; leave empty)"),
    }
}

// ---- the lists
pub const ADD_PROVIDER: Tr = Tr::new("Aanbieder toevoegen", "Add provider");
pub const ADD_MILESTONE: Tr = Tr::new("Mijlpaal toevoegen", "Add milestone");

// ---- to the bid comparison
pub const BIDS_INTRO: Tr = Tr::new(
    "Zijn de offertes binnen? Vergelijk ze op een aparte pagina, met de gunningscriteria en weging uit stap 3.",
    "Have the bids come in? Compare them on a page of their own, with the award criteria and weights of step 3.",
);
pub const TO_BIDS: Tr = Tr::new("Naar de vergelijking van de offertes", "Go to the comparison of the bids");
