//! Handing the room a scenario: a link (and its QR code) that carries a bid table, and the page
//! that opens one (`features/share_link.rs`, `persistence::link`).

use super::{Lang, Tr};
use crate::persistence::link::LinkError;

// Sharing.
pub const SHARE_BUTTON: Tr = Tr::new("Deel als link", "Share as a link");
pub const HIDE_BUTTON: Tr = Tr::new("Verberg de link", "Hide the link");
pub const EXAMPLES_ONLY: Tr = Tr::new(
    "Alleen voor oefengegevens. Deel zo nooit echte offertes of andere aanbestedingsgegevens: de link bevat het \
     hele scenario, en sommige mailfilters openen links op hun eigen server.",
    "For practice data only. Never share real bids or other tender data this way: the link holds the whole \
     scenario, and some mail filters open links on their own server.",
);
pub const LINK_LABEL: Tr = Tr::new("Link naar dit scenario", "Link to this scenario");
pub const COPY_LINK: Tr = Tr::new("Kopieer de link", "Copy the link");
pub const COPIED: Tr = Tr::new(
    "De link staat op het klembord. Plak hem in een e-mail of chatbericht.",
    "The link is on the clipboard. Paste it into an email or chat message.",
);
pub const COPY_FAILED: Tr = Tr::new(
    "Kopiëren lukte niet in deze browser. De link is geselecteerd: kopieer hem met Ctrl+C (Cmd+C op een Mac).",
    "Copying did not work in this browser. The link is selected: copy it with Ctrl+C (Cmd+C on a Mac).",
);
pub fn link_length(chars: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{chars} tekens. Wie de link opent, krijgt het scenario als nieuw dossier."),
        Lang::En => format!("{chars} characters. Whoever opens the link gets the scenario as a new dossier."),
    }
}
pub const QR_LABEL: Tr = Tr::new("QR-code van de link", "QR code of the link");
pub const QR_CAPTION: Tr = Tr::new(
    "Scan de code om het scenario op uw eigen laptop of telefoon te openen.",
    "Scan the code to open the scenario on your own laptop or phone.",
);
pub const QR_TOO_DENSE: Tr = Tr::new(
    "Deze link is te lang voor een QR-code. Stuur de link of het bestand.",
    "This link is too long for a QR code. Send the link or the file.",
);
pub const DOWNLOAD_FILE: Tr = Tr::new("Download als bestand", "Download as a file");
pub const FILE_HINT: Tr = Tr::new(
    "De ontvanger zet het bestand terug via ‘Back-up terugzetten’ op de startpagina.",
    "The recipient loads the file through ‘Restore a backup’ on the start page.",
);
pub const DOWNLOAD_FAILED: Tr = Tr::new("Het bestand kon niet worden gedownload.", "The file could not be downloaded.");
pub const NO_SCENARIO: Tr = Tr::new("Er is nog geen scenario om te delen.", "There is no scenario to share yet.");

/// The scenario name of the rank-reversal exercise at a step (its label, as the step buttons
/// show it).
pub fn reversal_name(step_label: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Workshop rangomkering, stap {step_label}"),
        Lang::En => format!("Workshop rank reversal, step {step_label}"),
    }
}

/// The scenario name of the weights exercise at a quality weight.
pub fn weights_name(quality_weight: u32, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Workshop gewichten, kwaliteit {quality_weight} %"),
        Lang::En => format!("Workshop weights, quality {quality_weight}%"),
    }
}

// Opening (`/gedeeld`).
pub const PAGE_TITLE: Tr = Tr::new("Gedeeld scenario", "Shared scenario");
pub const PAGE_INTRO: Tr = Tr::new(
    "Iemand heeft u een oefenscenario gestuurd. Het opent als een nieuw dossier in deze browser: niets van wat u \
     al hebt, wordt overschreven.",
    "Someone sent you a practice scenario. It opens as a new dossier in this browser: nothing you already have is \
     overwritten.",
);
pub const CONTAINS: Tr = Tr::new("Wat de link bevat", "What the link holds");
pub fn summary(name: &str, bids: usize, criteria: usize, lang: Lang) -> String {
    let name = if name.trim().is_empty() { UNNAMED.get(lang) } else { name };
    match lang {
        Lang::Nl => format!(
            "Scenario ‘{name}’: {bids} {}, {criteria} {}.",
            if bids == 1 { "inschrijving" } else { "inschrijvingen" },
            if criteria == 1 { "gunningscriterium" } else { "gunningscriteria" }
        ),
        Lang::En => format!(
            "Scenario ‘{name}’: {bids} {}, {criteria} {}.",
            if bids == 1 { "bid" } else { "bids" },
            if criteria == 1 { "gunningscriterium" } else { "gunningscriteria" }
        ),
    }
}
pub const UNNAMED: Tr = Tr::new("naamloos", "unnamed");
pub const CRITERIA: Tr = Tr::new("Gunningscriteria en gewichten", "Gunningscriteria and weights");
pub const BIDDERS: Tr = Tr::new("Inschrijvers", "Bidders");
pub const NO_WEIGHT: Tr = Tr::new("geen gewicht", "no weight");
pub const OPEN_COPY: Tr = Tr::new("Open als kopie", "Open as a copy");
pub const DONT_OPEN: Tr = Tr::new("Niet openen", "Do not open");
pub const OPEN_FAILED: Tr = Tr::new("Het scenario kon niet worden opgeslagen.", "The scenario could not be saved.");
pub const TO_START: Tr = Tr::new("Naar de startpagina", "To the start page");
pub const ERROR_TITLE: Tr = Tr::new("Deze link kan niet worden geopend", "This link cannot be opened");

/// Why a link cannot be opened or made, as full sentences with what to do.
pub fn link_error(e: &LinkError, lang: Lang) -> String {
    let ask_again = match lang {
        Lang::Nl => "Vraag de afzender om de link opnieuw te sturen, of om het scenario als bestand.",
        Lang::En => "Ask the sender to send the link again, or to send the scenario as a file.",
    };
    match (e, lang) {
        (LinkError::Empty, Lang::Nl) => format!("Deze link bevat geen scenario. {ask_again}"),
        (LinkError::Empty, Lang::En) => format!("This link holds no scenario. {ask_again}"),
        (LinkError::NotALink, Lang::Nl) => {
            format!("Dit is geen scenariolink van Inkoopwijzer: het stuk na het hekje (#) klopt niet. {ask_again}")
        }
        (LinkError::NotALink, Lang::En) => {
            format!("This is not an Inkoopwijzer scenario link: the part after the hash (#) is wrong. {ask_again}")
        }
        (LinkError::NewerVersion { .. }, Lang::Nl) => "Deze link is gemaakt met een nieuwere versie van Inkoopwijzer. \
                                                       Laad de pagina opnieuw om de nieuwste versie te krijgen."
            .to_string(),
        (LinkError::NewerVersion { .. }, Lang::En) => {
            "This link was made by a newer version of Inkoopwijzer. Reload the page to get the newest version."
                .to_string()
        }
        (LinkError::Truncated { .. }, Lang::Nl) => format!(
            "De link is onvolledig: het laatste stuk ontbreekt. Mailprogramma's breken lange links soms af. {ask_again}"
        ),
        (LinkError::Truncated { .. }, Lang::En) => {
            format!("The link is incomplete: its last part is missing. Mail programs sometimes cut long links. {ask_again}")
        }
        (LinkError::Damaged, Lang::Nl) => format!(
            "De link is beschadigd: er is een teken veranderd, toegevoegd of weggelaten. Er is niets geopend. {ask_again}"
        ),
        (LinkError::Damaged, Lang::En) => format!(
            "The link is damaged: a character was changed, added or left out. Nothing was opened. {ask_again}"
        ),
        (LinkError::TooLarge { .. }, Lang::Nl) => {
            "Deze link bevat meer dan een scenario kan bevatten en is daarom niet geopend.".to_string()
        }
        (LinkError::TooLarge { .. }, Lang::En) => {
            "This link holds more than a scenario can, so it was not opened.".to_string()
        }
        (LinkError::TooLong { chars, limit }, Lang::Nl) => format!(
            "Dit scenario is te groot voor een link: {chars} tekens, en mailprogramma's breken links van meer dan \
             {limit} tekens af. Deel het als bestand."
        ),
        (LinkError::TooLong { chars, limit }, Lang::En) => format!(
            "This scenario is too large for a link: {chars} characters, and mail programs break links longer than \
             {limit} characters. Share it as a file."
        ),
        (LinkError::Invalid(inner), lang) => {
            let detail = super::persistence::import_error(inner, lang);
            match lang {
                Lang::Nl => format!("De link bevat geen geldig scenario. {detail}"),
                Lang::En => format!("The link holds no valid scenario. {detail}"),
            }
        }
        (LinkError::NotAScenario, Lang::Nl) => {
            "Deze link bevat geen scenario maar iets anders (zoals een back-up van meerdere dossiers).".to_string()
        }
        (LinkError::NotAScenario, Lang::En) => {
            "This link holds something other than a scenario (such as a backup of several dossiers).".to_string()
        }
        (LinkError::Write, Lang::Nl) => "Het scenario kon niet worden ingepakt.".to_string(),
        (LinkError::Write, Lang::En) => "The scenario could not be packed.".to_string(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::persistence::import::ImportError;

    #[test]
    fn every_link_error_is_a_sentence_in_both_languages() {
        let errors = [
            LinkError::Empty,
            LinkError::NotALink,
            LinkError::NewerVersion { found: 2 },
            LinkError::Truncated { found: 3, expected: 9 },
            LinkError::Damaged,
            LinkError::TooLarge { limit: 9 },
            LinkError::TooLong { chars: 2400, limit: 2000 },
            LinkError::Invalid(ImportError::Empty),
            LinkError::NotAScenario,
            LinkError::Write,
        ];
        for e in &errors {
            let (nl, en) = (link_error(e, Lang::Nl), link_error(e, Lang::En));
            assert_ne!(nl, en, "{e:?}");
            for s in [&nl, &en] {
                assert!(s.ends_with('.') && s.chars().next().unwrap().is_uppercase(), "{s}");
            }
        }
        assert!(link_error(&LinkError::Truncated { found: 3, expected: 9 }, Lang::Nl).contains("onvolledig"));
        assert!(link_error(&LinkError::Damaged, Lang::En).contains("damaged"));
        assert_eq!(summary("X", 1, 2, Lang::Nl), "Scenario ‘X’: 1 inschrijving, 2 gunningscriteria.");
        assert_eq!(summary(" ", 3, 1, Lang::En), "Scenario ‘unnamed’: 3 bids, 1 gunningscriterium.");
    }
}
