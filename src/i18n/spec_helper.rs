//! Texts of the specification helper's page (`features::spec_helper`): its title and
//! introduction, the input, and the headings of the guide's examples. The analyser's own words
//! (verdicts, signals, the rewrite) and the examples themselves are in [`super::spec`].

use super::{Lang, Tr};

pub const TITLE: Tr =
    Tr::new("Specificatiehulp: functioneel of technisch?", "Specification helper: functional or technical?");
pub const INTRO: Tr = Tr::new(
    "Vraag de markt wát u wilt bereiken, niet hóé. Een technische eis schrijft middelen, aantallen, \
     plaatsen of methoden voor; een functionele eis noemt het resultaat voor de klant en hoe u dat \
     meet. Dan kan een aanbieder met een betere aanpak komen. Typ of plak hieronder een eis of een \
     heel bestek: elke zin krijgt direct een oordeel.",
    "Ask the market what you want to achieve, not how. A technical requirement prescribes means, \
     quantities, places or methods; a functional requirement names the result for the client and \
     how you measure it. That leaves a provider room for a better approach. Type or paste a \
     requirement or a whole bestek below: every sentence gets a verdict at once.",
);

// ---- the input and the verdict
pub const INPUT_LABEL: Tr = Tr::new("Uw eis of bestek", "Your requirement or bestek");
pub const INPUT_HELP: Tr = Tr::new(
    "Nederlands of Engels. De tekst blijft in deze browser bewaard.",
    "Dutch or English. The text is kept in this browser.",
);
/// The text that "Try an example" puts in the input.
pub const EXAMPLE: Tr = Tr::new(
    "De aanbieder verzorgt een taalcursus NT2 van 40 lessen van 2 uur in het wijkcentrum, tegen een prijs per les.",
    "The provider gives an NT2 language course of 40 lessons of 2 hours in the community centre, at a price per lesson.",
);
pub const TRY_EXAMPLE: Tr = Tr::new("Probeer een voorbeeld", "Try an example");
pub const RESULT: Tr = Tr::new("Oordeel", "Verdict");
pub const EMPTY: Tr = Tr::new("Nog geen tekst om te beoordelen.", "No text to assess yet.");

// ---- sending a sentence to the open dossier
/// The button under each sentence while a dossier is open.
pub fn send_label(dossier: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Zet bij de eisen van «{dossier}»"),
        Lang::En => format!("Add to the requirements of «{dossier}»"),
    }
}

/// After a sentence was added to the open dossier.
pub fn sent_message(functional: bool, dossier: &str, lang: Lang) -> String {
    match (lang, functional) {
        (Lang::Nl, true) => format!("Toegevoegd aan de functionele eisen van «{dossier}»."),
        (Lang::Nl, false) => format!(
            "Toegevoegd aan de technische eisen van «{dossier}» (de zin is niet functioneel; herschrijf hem daar of hier)."
        ),
        (Lang::En, true) => format!("Added to the functional requirements of «{dossier}»."),
        (Lang::En, false) => format!(
            "Added to the technical requirements of «{dossier}» (the sentence is not functional; rewrite it there or here)."
        ),
    }
}

/// The link after [`sent_message`].
pub const TO_STEP_3: Tr = Tr::new("Naar stap 3 (Bestek)", "To step 3 (Bestek)");

// ---- the guide's table: technical and functional side by side
pub const SIDE_TITLE: Tr = Tr::new("Technisch en functioneel naast elkaar", "Technical and functional side by side");
pub const SIDE_INTRO: Tr = Tr::new(
    "De voorbeelden uit de handreiking Inkoop en innovatie (§2.3, blz. 12): dezelfde vraag, technisch en functioneel \
     gesteld. De laatste kolom is een toelichting van Inkoopwijzer, geen tekst uit de handreiking.",
    "The examples of the guide Inkoop en innovatie (§2.3, p. 12): the same need, asked technically and functionally. \
     The last column is Inkoopwijzer's explanation, not text from the guide.",
);
pub const COL_TOPIC: Tr = Tr::new("Onderwerp", "Topic");
pub const COL_TECH: Tr = Tr::new("Technisch (hoe)", "Technical (how)");
pub const COL_FUNC: Tr = Tr::new("Functioneel (wat)", "Functional (what)");
pub const COL_WHY: Tr = Tr::new(
    "Waarom functioneel ruimte geeft (toelichting Inkoopwijzer)",
    "Why functional leaves room (Inkoopwijzer's note)",
);
pub const COST: Tr = Tr::new("Kosten", "Cost");

// ---- the cases of Apeldoorn and Emmen
pub const CASES_TITLE: Tr = Tr::new("Echte eisen uit Apeldoorn en Emmen", "Real requirements from Apeldoorn and Emmen");
pub const FUNCTIONAL_REQS: Tr = Tr::new("Functionele prestatie-eisen", "Functional performance requirements");
pub const TECHNICAL_REQS: Tr = Tr::new("Technische prestatie-eisen", "Technical performance requirements");
