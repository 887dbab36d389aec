//! Texts about requirements that sit in the other list than their verdict: the notes in the
//! bestek under "Functionele eisen", and the reasons step 3 gives for the demo requirements
//! that are there on purpose (`domain::demo::ListNote`).

use super::{Lang, Tr};
use crate::domain::demo::ListNote;

/// "F1", "F1 en F3", "F1, F2 en F4"; "F1 and F3" in English.
fn numbers(items: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Nl => "en",
        Lang::En => "and",
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// The bestek, after the functional requirements: those that read technical. `None` when
/// there are none.
pub fn bestek_technical_in_functional(items: &[String], lang: Lang) -> Option<String> {
    let list = numbers(items, lang);
    let one = items.len() == 1;
    let text = match lang {
        Lang::Nl if one => format!(
            "Let op: eis {list} staat bij de functionele eisen, maar schrijft voor hoe het moet (zo leest de \
             specificatiehulp haar). Zij hoort als resultaat geformuleerd of bij de technische eisen te staan \
             voordat het bestek wordt verstuurd."
        ),
        Lang::Nl => format!(
            "Let op: de eisen {list} staan bij de functionele eisen, maar schrijven voor hoe het moet (zo leest \
             de specificatiehulp ze). Zij horen als resultaat geformuleerd of bij de technische eisen te staan \
             voordat het bestek wordt verstuurd."
        ),
        Lang::En if one => format!(
            "Note: requirement {list} is listed as functional, but it prescribes how (that is how the \
             specification helper reads it). It should be phrased as a result or moved to the technical \
             requirements before the bestek is sent."
        ),
        Lang::En => format!(
            "Note: requirements {list} are listed as functional, but they prescribe how (that is how the \
             specification helper reads them). They should be phrased as results or moved to the technical \
             requirements before the bestek is sent."
        ),
    };
    (!items.is_empty()).then_some(text)
}

/// The bestek, after the functional requirements: those that also fix a means. `None` when
/// there are none.
pub fn bestek_mixed_in_functional(items: &[String], lang: Lang) -> Option<String> {
    let list = numbers(items, lang);
    let one = items.len() == 1;
    let text = match lang {
        Lang::Nl if one => format!(
            "Eis {list} vraagt een resultaat, maar legt ook een middel vast; dat middel kan beter aan de \
             inschrijver worden gelaten."
        ),
        Lang::Nl => format!(
            "De eisen {list} vragen een resultaat, maar leggen ook een middel vast; dat middel kan beter aan de \
             inschrijver worden gelaten."
        ),
        Lang::En if one => format!(
            "Requirement {list} asks for a result but also fixes a means; the means is better left to the \
             tenderer."
        ),
        Lang::En => format!(
            "Requirements {list} ask for a result but also fix a means; the means is better left to the \
             tenderer."
        ),
    };
    (!items.is_empty()).then_some(text)
}

/// Step 3: why a demo requirement sits in the list it is in, although the helper reads it
/// otherwise.
pub fn demo_list_note(note: ListNote) -> Tr {
    match note {
        ListNote::GuideCallsItFunctional => Tr::new(
            "Waarom deze eis hier staat: de handreiking noemt de vraag van Amsterdam functioneel en noemt \
             diagnose en begeleiding daarbij als de diensten die worden ingekocht (§3.2, blz. 17): de makelaar kiest zelf de middelen. De \
             specificatiehulp leest de zin op zichzelf en ziet een middel, dus technisch. De demo volgt de \
             bron; beide lezingen zijn te verdedigen.",
            "Why this requirement is here: the guide calls Amsterdam's request functional and names diagnosis \
             and guidance as the services bought (§3.2, p. 17): the broker chooses the means. The helper reads the sentence on \
             its own and sees a means, so technical. The demo follows the source; both readings can be \
             defended.",
        ),
        ListNote::OwnSplitDirectionAndWay => Tr::new(
            "Waarom deze eis hier staat: de bijlage over Roermond deelt de eisen niet in; deze indeling is van \
             Inkoopwijzer. De zin noemt een richting (werk en activering in de wijk) en een werkwijze (de \
             doelen van de klant daaraan verbinden), daarom leest de specificatiehulp haar als gemengd. Ze \
             staat bij de functionele eisen omdat de aanbieder zelf bepaalt hoe hij die verbinding legt.",
            "Why this requirement is here: the appendix on Roermond does not sort its requirements; this split \
             is Inkoopwijzer's. The sentence names a direction (work and activation in the neighbourhood) and \
             a way of working (linking the client's goals to it), so the helper reads it as mixed. It is in the \
             functional list because the provider decides how to make that link.",
        ),
        ListNote::MeansWithIntegralPrice => Tr::new(
            "Waarom deze eis hier staat: het eerste deel schrijft een middel voor (producten die de gemeente al \
             inkocht), het tweede legt de integrale trajectprijs vast, een functionele manier van betalen; \
             daarom leest de specificatiehulp de zin als gemengd. Het voorschrift maakt haar een technische \
             eis. De bijlage over Roermond deelt de eisen niet in; deze indeling is van Inkoopwijzer.",
            "Why this requirement is here: its first part prescribes a means (products the municipality has \
             already bought), its second fixes the integral trajectory price, a functional way of paying; so \
             the helper reads the sentence as mixed. The prescription makes it a technical requirement. The \
             appendix on Roermond does not sort its requirements; this split is Inkoopwijzer's.",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_joined_in_each_language() {
        let items: Vec<String> = ["F1", "F2", "F4"].iter().map(|s| s.to_string()).collect();
        assert_eq!(numbers(&items, Lang::Nl), "F1, F2 en F4");
        assert_eq!(numbers(&items[..2], Lang::En), "F1 and F2");
        assert_eq!(bestek_technical_in_functional(&[], Lang::Nl), None);
        let one = bestek_technical_in_functional(&items[..1], Lang::Nl).unwrap_or_default();
        assert!(one.contains("eis F1 staat"), "{one}");
    }
}
