//! Independent scoring by file: the evaluation package, the evaluator's page, the score
//! sheets read into the consensus view, and the price opening (`features/evaluation/`).

use super::{Lang, Tr};

/// Why an evaluation file is not a dossier (a clause for `persistence::import_error`).
pub fn not_a_dossier(sheet: bool, lang: Lang) -> &'static str {
    match (sheet, lang) {
        (false, Lang::Nl) => "dit is een beoordelingspakket, geen dossier",
        (false, Lang::En) => "this is an evaluation package, not a dossier",
        (true, Lang::Nl) => "dit is een scoreformulier van een beoordelaar, geen dossier",
        (true, Lang::En) => "this is an evaluator's score sheet, not a dossier",
    }
}

/// Where an evaluation file belongs (a full sentence).
pub fn not_a_dossier_advice(sheet: bool, lang: Lang) -> &'static str {
    match (sheet, lang) {
        (false, Lang::Nl) => "Open het op de pagina ‘Beoordelen’ (in het menu): daar scoort u de offertes.",
        (false, Lang::En) => "Open it on the ‘Score bids’ page (in the menu): that is where you score the bids.",
        (true, Lang::Nl) => "Lees het in bij het dossier zelf: pagina Offertes, onderdeel ‘Onafhankelijk beoordelen’.",
        (true, Lang::En) => "Read it into the dossier itself: the Bids page, section ‘Independent scoring’.",
    }
}
