//! Texts of the demo cases on the start page (`features::demos`). The cases' own names and
//! descriptions are domain data (`domain::demo`), each a [`Tr`] pair.

use super::Tr;

pub const TITLE: Tr = Tr::new("Voorbeeldcasussen", "Demo cases");
pub const INTRO: Tr = Tr::new(
    "Vier inkopen uit de handreiking en het inkoopplan van Holland Rijnland, ingevuld met hun \
     feiten, en een rekenoefening voor een workshop. U opent steeds een kopie: uw eigen \
     dossiers blijven onaangeroerd, en een kopie kunt u altijd terugzetten naar het origineel.",
    "Four purchases from the guide and the Holland Rijnland purchasing plan, filled in with \
     their facts, and a worked exercise for a workshop. You always open a copy: your own \
     dossiers stay untouched, and a copy can always be put back to the original.",
);
/// The button of a case (its accessible name adds the case's name: "Open als kopie: …").
pub const OPEN: Tr = Tr::new("Open als kopie", "Open as a copy");

/// Only shown in English: the cases are Dutch purchases and their content stays Dutch. (So it
/// has no Dutch twin, and is not a [`Tr`].)
pub const CONTENT_IN_DUTCH: &str = "These are Dutch purchases: what the dossiers hold (requirements, \
     criteria, notes) is in Dutch, as the municipalities wrote it. The app around it speaks English.";

// ---- opening a case that already has a copy here
/// "U hebt al een kopie van dit voorbeeld: ‘…’."
pub fn existing_copy(name: &str, lang: super::Lang) -> String {
    super::pick(
        format!("U hebt al een kopie van dit voorbeeld: ‘{name}’. Daar staat alles wat u er eerder in veranderde; op de pagina zelf zet u het terug naar het origineel."),
        format!("You already have a copy of this demo: ‘{name}’. It holds whatever you changed in it before; on the page itself you can put it back to the original."),
        lang,
    )
}
pub const OPEN_EXISTING: Tr = Tr::new("Open de bestaande kopie", "Open the existing copy");
pub const NEW_COPY_ANYWAY: Tr = Tr::new("Toch een nieuwe kopie", "Make a new copy anyway");
pub const CANCEL: Tr = Tr::new("Annuleren", "Cancel");

// ---- a link to a copy that is not in this browser
/// "Deze link wijst naar een kopie van het voorbeeld ‘…’ in een andere browser."
pub fn foreign_copy(case: &str, lang: super::Lang) -> String {
    super::pick(
        format!(
            "Deze link wijst naar een kopie van het voorbeeld ‘{case}’ die in een andere browser staat, \
             bijvoorbeeld bij de begeleider van een workshop. U kunt hetzelfde voorbeeld hier als eigen kopie \
             openen; wat de begeleider eraan veranderde, staat daar niet in."
        ),
        format!(
            "This link points to a copy of the demo ‘{case}’ kept in another browser, for instance the \
             facilitator's of a workshop. You can open the same demo here as a copy of your own; what the \
             facilitator changed in it is not included."
        ),
        lang,
    )
}
pub const OPEN_SAME_DEMO: Tr = Tr::new("Open dit voorbeeld als kopie", "Open this demo as a copy");

// ---- the dossier list
pub const DEMO_BADGE: Tr = Tr::new("Voorbeeld", "Demo");
/// "9 van 9 stappen ingevuld" (a demo copy: steps with content, not steps without open points).
pub fn filled_in(n: usize, lang: super::Lang) -> String {
    super::pick(format!("{n} van 9 stappen ingevuld"), format!("{n} of 9 steps filled in"), lang)
}

// ---- reset on the page itself (the dossier bar of a demo copy)
pub const RESET: Tr = Tr::new("Voorbeeld terugzetten", "Reset the demo");
pub const RESET_CONFIRM: Tr = Tr::new(
    "Dit voorbeeld terugzetten naar het origineel? Wat in deze kopie is veranderd, gaat verloren. Uw eigen \
     dossiers blijven zoals ze zijn.",
    "Put this demo back to the original? What was changed in this copy is lost. Your own dossiers stay as \
     they are.",
);
pub const RESET_YES: Tr = Tr::new("Ja, terugzetten", "Yes, reset");
pub const RESET_NO: Tr = Tr::new("Nee", "No");
pub const RESET_DONE: Tr = Tr::new("Het voorbeeld staat weer zoals het begon.", "The demo is back as it started.");
pub const DOSSIER_LOCKED: Tr = Tr::new(
    "Presentatie vergrendeld: dit dossier kan nu niet worden gewijzigd.",
    "Presentation locked: this dossier cannot be changed now.",
);
