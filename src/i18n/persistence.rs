//! Texts of saving, the dossier list, backups and imports, in Dutch and English.
//! Plain texts are `Tr` pairs; texts with values are functions. Storage and import errors
//! (enums of `persistence`) are turned into sentences here.

use super::{Lang, Tr};
use crate::persistence::envelope::{FieldIssue, ReadError, ValueKind};
use crate::persistence::import::ImportError;
use crate::persistence::keys::{dossier_id, SETTINGS_KEY};
use crate::persistence::kv::StoreError;
use crate::persistence::migrate::MigrationError;
use crate::persistence::session::Action;
use crate::persistence::store::{OpenError, SaveError, Theirs};

// Save status in the header.
pub const SAVED: Tr = Tr::new("Opgeslagen", "Saved");
pub const SAVING: Tr = Tr::new("Opslaan…", "Saving…");
/// Header link to number entries that do not parse (kept, but not in the dossier).
pub fn invalid_entries(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "1 ongeldige invoer: nog niet in het dossier".to_string(),
        (Lang::Nl, n) => format!("{n} ongeldige invoeren: nog niet in het dossier"),
        (Lang::En, 1) => "1 invalid entry: not in the dossier yet".to_string(),
        (Lang::En, n) => format!("{n} invalid entries: not in the dossier yet"),
    }
}
pub const INVALID_ENTRIES_TITLE: Tr = Tr::new(
    "Wat u typte is bewaard, ook na herladen, maar het dossier houdt de laatste geldige waarde tot u het verbetert. Klik om naar het veld te gaan.",
    "What you typed is kept, also after a reload, but the dossier keeps the last valid value until you correct it. Click to go to the field.",
);
pub const NOT_SAVED_QUOTA: Tr = Tr::new("Niet opgeslagen: opslag vol", "Not saved: storage full");
pub const NOT_SAVED_BLOCKED: Tr = Tr::new("Niet opgeslagen: opslag geblokkeerd", "Not saved: storage blocked");
pub const NOT_SAVED_CONFLICT: Tr =
    Tr::new("Niet opgeslagen: gewijzigd in een ander tabblad", "Not saved: changed in another tab");
pub const NOT_SAVED_ERROR: Tr = Tr::new("Niet opgeslagen: fout bij opslaan", "Not saved: error while saving");
pub const NOT_SAVED_REVISION: Tr =
    Tr::new("Niet opgeslagen: alleen als kopie te bewaren", "Not saved: can only be kept as a copy");
pub const NOT_SAVED_MEMORY: Tr = Tr::new("Niet opgeslagen: alleen in dit tabblad", "Not saved: in this tab only");
pub const READ_ONLY: Tr = Tr::new("Alleen lezen", "Read-only");

pub fn saved_at(time: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Alles is opgeslagen in deze browser (om {time})."),
        Lang::En => format!("Everything is saved in this browser (at {time})."),
    }
}

// Backups in the header.
pub const NO_BACKUP_YET: Tr = Tr::new("Nog geen back-up", "No backup yet");
pub fn last_backup(when: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Laatste back-up: {when}"),
        Lang::En => format!("Last backup: {when}"),
    }
}
/// The stored date of the last backup cannot be read (a damaged settings value).
pub const LAST_BACKUP_UNKNOWN: Tr = Tr::new("Laatste back-up: datum onbekend", "Last backup: date unknown");
pub const BACKUP_DUE: Tr = Tr::new("Maak een back-up", "Make a backup");
pub const BACKUP_DUE_TEXT: Tr = Tr::new(
    "U werkt al een week zonder back-up-bestand. Browsers kunnen opgeslagen gegevens wissen (Safari doet dat na zeven \
     dagen zonder bezoek). Bewaar een back-up op uw computer of netwerkschijf.",
    "You have been working for a week without a backup file. Browsers may delete stored data (Safari does so after \
     seven days without a visit). Keep a backup on your computer or network drive.",
);
pub const EXPORT_ALL: Tr = Tr::new("Back-up van alle dossiers", "Backup of all dossiers");
pub const EXPORT_NOW: Tr = Tr::new("Nu een back-up maken", "Make a backup now");
pub const RETRY: Tr = Tr::new("Opnieuw proberen", "Try again");

// Banners.
pub const MEMORY_TITLE: Tr = Tr::new("Uw werk wordt niet opgeslagen", "Your work is not being saved");
pub const MEMORY_TEXT: Tr = Tr::new(
    "Deze browser staat opslaan niet toe (bijvoorbeeld in een privévenster, of door een instelling of beleid). U kunt \
     verder werken, maar alles verdwijnt zodra u dit tabblad sluit. Maak een back-up-bestand om uw werk te bewaren.",
    "This browser does not allow saving (for example in a private window, or because of a setting or policy). You can \
     keep working, but everything is gone once you close this tab. Make a backup file to keep your work.",
);
pub const QUOTA_TITLE: Tr = Tr::new(
    "Opslag vol: uw laatste wijzigingen zijn niet opgeslagen",
    "Storage full: your latest changes are not saved",
);
pub const QUOTA_TEXT: Tr = Tr::new(
    "De opslagruimte van deze browser voor Inkoopwijzer is vol. De vorige opgeslagen versie is er nog, en uw \
     wijzigingen staan nog in dit tabblad. Maak nu een back-up-bestand. Maak daarna ruimte door dossiers die u niet \
     meer nodig hebt te verwijderen: dan wordt meteen weer opgeslagen. Ook uw volgende wijziging en ‘Opnieuw \
     proberen’ slaan opnieuw op.",
    "This browser's storage for Inkoopwijzer is full. The previously saved version is still there, and your changes \
     are still in this tab. Make a backup file now. Then make room by deleting dossiers you no longer need: saving \
     resumes at once. Your next change and ‘Try again’ also save again.",
);
pub const BLOCKED_TITLE: Tr = Tr::new("Opslaan lukt niet meer", "Saving no longer works");
pub const BLOCKED_TEXT: Tr = Tr::new(
    "De browser weigert op dit moment op te slaan. Uw wijzigingen staan nog in dit tabblad. Maak een \
     back-up-bestand voordat u het tabblad sluit.",
    "The browser refuses to save at the moment. Your changes are still in this tab. Make a backup file before you \
     close the tab.",
);
pub const ERROR_TITLE: Tr = Tr::new("Opslaan is mislukt", "Saving failed");
pub const ERROR_TEXT: Tr = Tr::new(
    "De browser meldde een onverwachte fout bij het opslaan. De vorige opgeslagen versie is er nog, en uw wijzigingen \
     staan nog in dit tabblad. Probeer het opnieuw; lukt het dan niet, maak een back-up-bestand voordat u het \
     tabblad sluit.",
    "The browser reported an unexpected error while saving. The previously saved version is still there, and your \
     changes are still in this tab. Try again; if that does not work, make a backup file before you close the tab.",
);
pub const REVISION_TITLE: Tr =
    Tr::new("Dit dossier kan niet meer gewoon worden opgeslagen", "This dossier can no longer be saved as usual");
pub const REVISION_TEXT: Tr = Tr::new(
    "Het versienummer van de opgeslagen versie staat op het hoogste getal dat er is; dat gebeurt alleen als de \
     opgeslagen tekst buiten Inkoopwijzer is gewijzigd. De opgeslagen versie is er nog, en uw wijzigingen staan in \
     dit tabblad.",
    "The version number of the stored version is at the highest number there is; that only happens when the stored \
     text was changed outside Inkoopwijzer. The stored version is still there, and your changes are in this tab.",
);

// The save dock: a line that stays in view at the top of the window while something is not
// saved, wherever the user is on the page.
pub const DOCK_LABEL: Tr = Tr::new("Opslagstatus", "Save status");
pub const DOCK_DETAILS: Tr = Tr::new("Uitleg en keuzes", "Details and choices");
pub const DOCK_CHOOSE: Tr = Tr::new("Kies een versie", "Choose a version");
pub const DOCK_BACKUP: Tr = Tr::new("Back-up maken", "Make a backup");
pub const DOCK_QUOTA: Tr = Tr::new("Niet opgeslagen: de opslag is vol.", "Not saved: storage is full.");
pub const DOCK_BLOCKED: Tr =
    Tr::new("Niet opgeslagen: de browser blokkeert opslaan.", "Not saved: the browser blocks saving.");
pub const DOCK_ERROR: Tr = Tr::new("Niet opgeslagen: fout bij opslaan.", "Not saved: error while saving.");
pub const DOCK_REVISION: Tr = Tr::new(
    "Niet opgeslagen: dit dossier kan alleen als kopie worden bewaard.",
    "Not saved: this dossier can only be kept as a copy.",
);
pub const DOCK_MEMORY: Tr =
    Tr::new("Niet opgeslagen: deze browser staat opslaan niet toe.", "Not saved: this browser does not allow saving.");
/// The dock's second sentence (left out on a phone's width, where the banner says it).
pub const DOCK_ONLY_HERE: Tr =
    Tr::new("Uw wijzigingen staan alleen in dit tabblad.", "Your changes exist in this tab only.");
pub const DOCK_BACKUP_FIRST: Tr =
    Tr::new("Maak een back-up voordat u het tabblad sluit.", "Make a backup before you close the tab.");
pub fn dock_conflict(name: &str, lang: Lang) -> String {
    let n = quoted(name, lang);
    match lang {
        Lang::Nl => format!("Niet opgeslagen: {n} is ook in een ander tabblad gewijzigd."),
        Lang::En => format!("Not saved: {n} was also changed in another tab."),
    }
}
pub const TECHNICAL: Tr = Tr::new("Technische details", "Technical details");

pub const CONFLICT_TITLE: Tr =
    Tr::new("Dit dossier is ook in een ander tabblad gewijzigd", "This dossier was also changed in another tab");
pub fn conflict_text(name: &str, theirs: &Theirs, lang: Lang) -> String {
    let n = quoted(name, lang);
    let s = match (theirs, lang) {
        (Theirs::Changed { .. }, Lang::Nl) => format!(
            "{n} is in een ander tabblad of venster opgeslagen. Uw wijzigingen hier zijn niet opgeslagen, zodat die \
             andere versie niet verloren gaat. Kies welke versie u houdt; u kunt ook allebei houden."
        ),
        (Theirs::Changed { .. }, Lang::En) => format!(
            "{n} was saved in another tab or window. Your changes here were not saved, so that the other version is \
             not lost. Choose which version to keep; you can also keep both."
        ),
        (Theirs::Deleted, Lang::Nl) => {
            format!("{n} is in een ander tabblad verwijderd. Uw versie hier is niet opgeslagen.")
        }
        (Theirs::Deleted, Lang::En) => format!("{n} was deleted in another tab. Your version here is not saved."),
        (Theirs::Newer { .. }, Lang::Nl) => format!(
            "{n} is in een ander tabblad opgeslagen door een nieuwere versie van Inkoopwijzer. Uw versie hier is niet \
             opgeslagen."
        ),
        (Theirs::Newer { .. }, Lang::En) => {
            format!("{n} was saved in another tab by a newer version of Inkoopwijzer. Your version here is not saved.")
        }
        (Theirs::Unreadable, Lang::Nl) => {
            format!("Wat nu onder {n} is opgeslagen, kan deze versie niet lezen. Uw versie hier is niet opgeslagen.")
        }
        (Theirs::Unreadable, Lang::En) => {
            format!("What is now stored under {n} cannot be read by this version. Your version here is not saved.")
        }
    };
    capitalise(s)
}
pub const CONFLICT_LOAD_THEIRS: Tr =
    Tr::new("De andere versie laden (mijn wijzigingen vervallen)", "Load the other version (discard my changes)");
pub const CONFLICT_KEEP_MINE: Tr = Tr::new("Mijn versie bewaren als kopie", "Keep my version as a copy");
pub const CONFLICT_DISCARD_MINE: Tr = Tr::new("Mijn versie weggooien", "Discard my version");
pub const MY_VERSION_SUFFIX: Tr = Tr::new("(mijn versie)", "(my version)");
pub const CODE_UNAVAILABLE: Tr = Tr::new(
    "Dat lukte niet: een deel van de app is nog niet binnengekomen (geen verbinding?). Er is niets veranderd. Probeer het opnieuw zodra er verbinding is.",
    "That did not work: part of the app has not arrived yet (no connection?). Nothing was changed. Try again once you are connected.",
);

/// Shown in the dossier list while the dossiers without a list summary are read.
pub const READING_DOSSIERS: Tr = Tr::new("Dossiers worden gelezen…", "Reading dossiers…");
/// Shown instead when the code for reading them could not be fetched.
pub const READING_FAILED: Tr = Tr::new(
    "Deze lijst is misschien niet volledig: het deel van de app dat de opgeslagen dossiers leest en controleert, is nog niet binnengekomen (geen verbinding?). Er is niets veranderd.",
    "This list may not be complete: the part of the app that reads and checks the stored dossiers has not arrived yet (no connection?). Nothing was changed.",
);

pub const ADOPTED: Tr = Tr::new(
    "Dit dossier is bijgewerkt met wijzigingen uit een ander tabblad.",
    "This dossier was updated with changes from another tab.",
);

pub const PROBLEMS_TITLE: Tr =
    Tr::new("Opgeslagen gegevens konden niet worden gelezen", "Stored data could not be read");
/// What could not be read, named as the user knows it: the dossier by its name (as far as
/// the unreadable text still tells it), the settings, or other data of the app. The storage
/// key itself goes behind "technical details".
pub fn problem_text(original_key: &str, name: Option<&str>, quarantined: bool, lang: Lang) -> String {
    let what = match (dossier_id(original_key).is_some(), original_key == SETTINGS_KEY, name, lang) {
        (true, _, Some(n), Lang::Nl) => format!("Het dossier ‘{n}’ kan deze versie niet lezen."),
        (true, _, Some(n), Lang::En) => format!("The dossier ‘{n}’ cannot be read by this version of Inkoopwijzer."),
        (true, _, None, Lang::Nl) => {
            "Een dossier in deze browser kan deze versie niet lezen, ook de naam niet.".to_string()
        }
        (true, _, None, Lang::En) => {
            "A dossier in this browser cannot be read by this version of Inkoopwijzer, not even its name.".to_string()
        }
        (_, true, _, Lang::Nl) => "Uw instellingen (taal en back-up-overzicht) kan deze versie niet lezen; tot u iets \
                                   wijzigt, gelden de standaardinstellingen."
            .to_string(),
        (_, true, _, Lang::En) => "Your settings (language and backup log) cannot be read by this version of \
                                   Inkoopwijzer; until you change one, the defaults apply."
            .to_string(),
        (_, _, _, Lang::Nl) => "Opgeslagen gegevens van Inkoopwijzer kan deze versie niet lezen.".to_string(),
        (_, _, _, Lang::En) => "Data stored by Inkoopwijzer cannot be read by this version.".to_string(),
    };
    let kept = match (quarantined, lang) {
        (true, Lang::Nl) => {
            "De tekst is ongewijzigd apart bewaard en wordt nooit overschreven. Download hem om hem te \
                             bewaren of te laten herstellen."
        }
        (true, Lang::En) => {
            "The text has been kept aside unchanged and is never overwritten. Download it to keep it \
                             or have it repaired."
        }
        (false, Lang::Nl) => {
            "Er was geen ruimte voor een kopie: de tekst blijft op zijn plaats staan en wordt niet \
                              overschreven. Download hem."
        }
        (false, Lang::En) => {
            "There was no room for a copy: the text stays where it is and is not overwritten. \
                              Download it."
        }
    };
    format!("{what} {kept}")
}
/// What is wrong with the text (`read_error`), as a sentence under the problem.
pub fn problem_reason(reason: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Wat er mis is: {reason}."),
        Lang::En => format!("What is wrong: {reason}."),
    }
}
/// The technical details of a problem: where it was stored and the reader's message.
pub fn problem_detail(key: &str, original_key: &str, detail: Option<&str>, lang: Lang) -> String {
    let moved = if key == original_key { String::new() } else { format!(" → {key}") };
    let detail = detail.map(|d| format!("; {d}")).unwrap_or_default();
    match lang {
        Lang::Nl => format!("Sleutel in localStorage: {original_key}{moved}{detail}"),
        Lang::En => format!("Key in localStorage: {original_key}{moved}{detail}"),
    }
}
pub const READS_NOW: Tr = Tr::new(
    "Deze tekst is inmiddels leesbaar: download hem en importeer hem als back-up.",
    "This text can be read now: download it and import it as a backup.",
);
pub const DOWNLOAD_RAW: Tr = Tr::new("Tekst downloaden", "Download the text");
pub const DISCARD_RAW: Tr = Tr::new("Tekst verwijderen", "Delete the text");
pub const CONFIRM_DISCARD_RAW: Tr = Tr::new(
    "Deze tekst definitief verwijderen? Download hem eerst als u hem wilt bewaren.",
    "Delete this text for good? Download it first if you want to keep it.",
);

pub const NEWER_TITLE: Tr = Tr::new("Gemaakt met een nieuwere versie", "Made with a newer version");
pub fn newer_text(schema: u32, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "Dit dossier is opgeslagen door een nieuwere versie van Inkoopwijzer (opslagversie {schema}). U kunt het \
             bekijken maar niet wijzigen, zodat er niets van verloren gaat. Werk verder in de nieuwere versie."
        ),
        Lang::En => format!(
            "This dossier was saved by a newer version of Inkoopwijzer (storage version {schema}). You can view it but \
             not change it, so that nothing of it is lost. Continue in the newer version."
        ),
    }
}

pub const UNSAVED_TITLE: Tr =
    Tr::new("Dossiers met wijzigingen die niet zijn opgeslagen", "Dossiers with changes that are not saved");
pub const UNSAVED_TEXT: Tr = Tr::new(
    "Deze dossiers staan alleen in dit tabblad. Maak er een back-up van, of open ze om opnieuw op te slaan.",
    "These dossiers exist in this tab only. Make a backup of them, or open them to try saving again.",
);
pub const CLOSE_NOTICE: Tr = Tr::new("Melding sluiten", "Close message");

// The dossier list.
pub const LIST_TITLE: Tr = Tr::new("Uw dossiers", "Your dossiers");
pub const LIST_INTRO: Tr = Tr::new(
    "Uw dossiers worden automatisch in deze browser bewaard, op deze computer. Maak regelmatig een back-up-bestand: \
     daarmee zet u uw werk ook over naar een andere computer of browser.",
    "Your dossiers are saved automatically in this browser, on this computer. Make a backup file regularly: it also \
     moves your work to another computer or browser.",
);
pub const LIST_EMPTY: Tr = Tr::new("U hebt nog geen dossiers.", "You have no dossiers yet.");
pub const NEW_TITLE: Tr = Tr::new("Nieuw dossier", "New dossier");
pub const NEW_NAME_LABEL: Tr = Tr::new("Naam van het nieuwe dossier", "Name of the new dossier");
pub const NEW_NAME_HINT: Tr = Tr::new(
    "Bijvoorbeeld ‘Re-integratie 2026’. U kunt de naam later wijzigen.",
    "For example ‘Re-integration 2026’. You can change the name later.",
);
pub const CREATE: Tr = Tr::new("Dossier maken", "Create dossier");
pub const UNNAMED: Tr = Tr::new("Naamloos dossier", "Untitled dossier");
pub const COL_NAME: Tr = Tr::new("Dossier", "Dossier");
pub const COL_CHANGED: Tr = Tr::new("Laatst gewijzigd", "Last changed");
pub const COL_PROGRESS: Tr = Tr::new("Voortgang", "Progress");
pub const COL_ACTIONS: Tr = Tr::new("Acties", "Actions");
pub fn progress(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{n} van 9 stappen"),
        Lang::En => format!("{n} of 9 steps"),
    }
}
pub const CURRENT: Tr = Tr::new("Geopend", "Open");
pub const RENAME: Tr = Tr::new("Naam wijzigen", "Rename");
pub fn rename_label(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Nieuwe naam voor ‘{name}’"),
        Lang::En => format!("New name for ‘{name}’"),
    }
}
pub const SAVE_NAME: Tr = Tr::new("Naam opslaan", "Save name");
pub const CANCEL: Tr = Tr::new("Annuleren", "Cancel");
pub const DUPLICATE: Tr = Tr::new("Kopiëren", "Duplicate");
pub const COPY_SUFFIX: Tr = Tr::new("(kopie)", "(copy)");
pub const EXPORT_ONE: Tr = Tr::new("Back-up", "Backup");
pub const DELETE: Tr = Tr::new("Verwijderen", "Delete");
pub fn action_label(action: Tr, name: &str, lang: Lang) -> String {
    format!("{}: {name}", action.get(lang))
}
pub fn deleted(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("‘{name}’ is verwijderd."),
        Lang::En => format!("‘{name}’ was deleted."),
    }
}
pub const UNDO: Tr = Tr::new("Ongedaan maken", "Undo");
pub fn restored(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("‘{name}’ is teruggezet."),
        Lang::En => format!("‘{name}’ was restored."),
    }
}
pub fn duplicated(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Kopie gemaakt: ‘{name}’."),
        Lang::En => format!("Copy made: ‘{name}’."),
    }
}
pub const NEWER_BADGE: Tr = Tr::new("Nieuwere versie, alleen lezen", "Newer version, read-only");
pub const UNSAVED_BADGE: Tr = Tr::new("Niet opgeslagen", "Not saved");
pub const EXPORTED: Tr = Tr::new("Back-up-bestand gemaakt.", "Backup file made.");
pub const NOT_OPENED: Tr = Tr::new("Dit dossier kan niet worden geopend", "This dossier cannot be opened");
/// A dossier URL whose dossier exists but whose step does not (`/dossier/d1/stap/99`).
pub const STEP_NOT_FOUND: Tr = Tr::new("Deze stap bestaat niet", "This step does not exist");
pub fn step_not_found_text(name: &str, step: &str, lang: Lang) -> String {
    let n = quoted(name, lang);
    let s = match lang {
        Lang::Nl => format!("{n} bestaat wel, maar een stap ‘{step}’ heeft het niet: een dossier heeft negen stappen."),
        Lang::En => format!("{n} exists, but it has no step ‘{step}’: a dossier has nine steps."),
    };
    capitalise(s)
}
pub const TO_FIRST_STEP: Tr = Tr::new("Naar stap 1 van dit dossier", "To step 1 of this dossier");

// Import.
pub const IMPORT_TITLE: Tr = Tr::new("Back-up terugzetten", "Restore a backup");
pub const IMPORT_LABEL: Tr = Tr::new("Kies een back-up-bestand (.json)", "Choose a backup file (.json)");
pub const DROP_HINT: Tr = Tr::new(
    "U kunt het bestand ook hierheen slepen. Uw bestaande dossiers blijven staan.",
    "You can also drag the file here. Your existing dossiers stay.",
);
pub const DROP_HERE: Tr = Tr::new("Laat het bestand los om het te importeren", "Drop the file to import it");
/// More files dropped on a zone that takes one: nothing is read.
pub fn one_file_at_a_time(dropped: u32, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("U sleepte {dropped} bestanden tegelijk; er is niets gelezen. Sleep er één."),
        Lang::En => format!("You dropped {dropped} files at once; nothing was read. Drop one."),
    }
}
pub const IMPORT_CONFLICT_TITLE: Tr = Tr::new("Deze dossiers bestaan al", "These dossiers exist already");
pub fn import_conflict_text(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("‘{name}’ staat al in deze browser. Wat wilt u met het dossier uit het bestand doen?"),
        Lang::En => {
            format!("‘{name}’ is already in this browser. What do you want to do with the dossier from the file?")
        }
    }
}
pub const REPLACE: Tr = Tr::new("Het bestaande vervangen", "Replace the existing one");
pub const KEEP_BOTH: Tr = Tr::new("Beide bewaren", "Keep both");
pub const NOT_REPLACEABLE: Tr = Tr::new(
    "Het bestaande dossier is van een nieuwere versie en wordt niet vervangen; het geïmporteerde komt ernaast.",
    "The existing dossier is from a newer version and is not replaced; the imported one is added beside it.",
);
pub const IMPORT_CONFIRM: Tr = Tr::new("Importeren", "Import");
pub const IMPORT_SUFFIX: Tr = Tr::new("(geïmporteerd)", "(imported)");
pub fn imported(n: usize, lang: Lang) -> String {
    match (n, lang) {
        (1, Lang::Nl) => "1 dossier geïmporteerd.".to_string(),
        (n, Lang::Nl) => format!("{n} dossiers geïmporteerd."),
        (1, Lang::En) => "1 dossier imported.".to_string(),
        (n, Lang::En) => format!("{n} dossiers imported."),
    }
}
pub const IMPORT_FAILED: Tr = Tr::new("Importeren is niet gelukt", "The import did not succeed");
pub const NOTHING_CHANGED: Tr =
    Tr::new("Uw bestaande dossiers zijn niet gewijzigd.", "Your existing dossiers have not been changed.");

/// A size in megabytes (1 MB = 1,000,000 bytes) with at most one decimal, in the language's
/// notation (`20,1 MB`, `20.1 MB`). Rounded up, so that a size over a limit never reads as the
/// limit itself.
pub fn megabytes(bytes: u64, lang: Lang) -> String {
    let tenths = bytes.div_ceil(100_000);
    let (whole, tenth) = (tenths / 10, tenths % 10);
    let point = match lang {
        Lang::Nl => ',',
        Lang::En => '.',
    };
    if tenth == 0 {
        format!("{whole} MB")
    } else {
        format!("{whole}{point}{tenth} MB")
    }
}

/// What most browsers keep for one website (5 to 10 MB): a dossier larger than this does not
/// fit however much room is made.
pub const BROWSER_ROOM_BYTES: u64 = 5_000_000;

/// A dossier's name in quotes, or words for a dossier without one.
fn quoted(name: &str, lang: Lang) -> String {
    match (name.trim(), lang) {
        ("", Lang::Nl) => "een dossier zonder naam".to_string(),
        ("", Lang::En) => "an untitled dossier".to_string(),
        (n, _) => format!("‘{n}’"),
    }
}

/// A kind of value, as a message names it.
fn kind(k: ValueKind, lang: Lang) -> &'static str {
    use ValueKind::*;
    match (k, lang) {
        (Empty, Lang::Nl) => "een lege waarde (null)",
        (Empty, Lang::En) => "an empty value (null)",
        (YesNo, Lang::Nl) => "ja of nee (true of false)",
        (YesNo, Lang::En) => "yes or no (true or false)",
        (WholeNumber, Lang::Nl) => "een heel getal",
        (WholeNumber, Lang::En) => "a whole number",
        (Number, Lang::Nl) => "een getal",
        (Number, Lang::En) => "a number",
        (Text, Lang::Nl) => "tekst",
        (Text, Lang::En) => "text",
        (Amount, Lang::Nl) => "een bedrag of percentage als tekst met een punt, zoals \"4250.00\"",
        (Amount, Lang::En) => "an amount or percentage as text with a point, such as \"4250.00\"",
        (List, Lang::Nl) => "een lijst",
        (List, Lang::En) => "a list",
        (Object, Lang::Nl) => "een groep velden",
        (Object, Lang::En) => "a group of fields",
        (Choice, Lang::Nl) => "een van de vaste keuzes",
        (Choice, Lang::En) => "one of the fixed choices",
        (Unknown, Lang::Nl) => "een andere waarde",
        (Unknown, Lang::En) => "another value",
    }
}

/// What is wrong with the field at `path`, in words (the reader's English detail is not
/// shown here; see [`import_error_detail`]).
fn field_error(path: &str, issue: &FieldIssue, lang: Lang) -> String {
    match (issue, lang) {
        (FieldIssue::WrongKind { found: ValueKind::Unknown, expected }, Lang::Nl)
        | (FieldIssue::BadValue { expected }, Lang::Nl) => {
            let expected = match expected {
                ValueKind::WholeNumber => "een heel getal van 0 of meer dat niet te groot is",
                other => kind(*other, lang),
            };
            format!("het veld ‘{path}’ is ongeldig: hier hoort {expected}")
        }
        (FieldIssue::WrongKind { found: ValueKind::Unknown, expected }, Lang::En)
        | (FieldIssue::BadValue { expected }, Lang::En) => {
            let expected = match expected {
                ValueKind::WholeNumber => "a whole number of 0 or more that is not too large",
                other => kind(*other, lang),
            };
            format!("the field ‘{path}’ is invalid: it should be {expected}")
        }
        (FieldIssue::WrongKind { found, expected }, Lang::Nl) => {
            format!(
                "het veld ‘{path}’ is ongeldig: er staat {} waar {} hoort",
                kind(*found, lang),
                kind(*expected, lang)
            )
        }
        (FieldIssue::WrongKind { found, expected }, Lang::En) => format!(
            "the field ‘{path}’ is invalid: it holds {} where {} belongs",
            kind(*found, lang),
            kind(*expected, lang)
        ),
        (FieldIssue::UnknownChoice { found }, Lang::Nl) => {
            format!("het veld ‘{path}’ is ongeldig: deze versie van Inkoopwijzer kent de keuze ‘{found}’ niet")
        }
        (FieldIssue::UnknownChoice { found }, Lang::En) => {
            format!("the field ‘{path}’ is invalid: this version of Inkoopwijzer does not know the choice ‘{found}’")
        }
        (FieldIssue::Missing, Lang::Nl) => format!("het veld ‘{path}’ ontbreekt"),
        (FieldIssue::Missing, Lang::En) => format!("the field ‘{path}’ is missing"),
        (FieldIssue::Other, Lang::Nl) => format!("het veld ‘{path}’ is ongeldig"),
        (FieldIssue::Other, Lang::En) => format!("the field ‘{path}’ is invalid"),
    }
}

/// What is wrong with stored or imported text, with the field path (a clause, without a
/// full stop). No internal detail: that is [`read_error_detail`].
pub fn read_error(e: &ReadError, lang: Lang) -> String {
    match (e, lang) {
        (ReadError::NotJson { line, column, .. }, Lang::Nl) => {
            format!("dit is geen geldige JSON-tekst (fout in regel {line}, kolom {column})")
        }
        (ReadError::NotJson { line, column, .. }, Lang::En) => {
            format!("this is not valid JSON text (error at line {line}, column {column})")
        }
        (ReadError::TooDeep { .. }, Lang::Nl) => {
            "de gegevens zijn dieper genest (meer dan 128 niveaus) dan Inkoopwijzer \
                                                  leest; een back-up van Inkoopwijzer is nooit zo opgebouwd"
                .into()
        }
        (ReadError::TooDeep { .. }, Lang::En) => "the data is nested more deeply (over 128 levels) than Inkoopwijzer \
                                                  reads; a backup of Inkoopwijzer is never built like that"
            .into(),
        (ReadError::NotAnObject { path }, Lang::Nl) => {
            format!("op ‘{path}’ staat geen groep velden, zoals een Inkoopwijzer-bestand die daar heeft")
        }
        (ReadError::NotAnObject { path }, Lang::En) => {
            format!("at ‘{path}’ there is no group of fields, as an Inkoopwijzer file has there")
        }
        (ReadError::WrongFormat { path, found }, Lang::Nl) => match found {
            Some(f) => format!("dit is geen Inkoopwijzer-bestand (‘{path}’ is ‘{f}’)"),
            None => format!("dit is geen Inkoopwijzer-bestand (‘{path}’ ontbreekt)"),
        },
        (ReadError::WrongFormat { path, found }, Lang::En) => match found {
            Some(f) => format!("this is not an Inkoopwijzer file (‘{path}’ is ‘{f}’)"),
            None => format!("this is not an Inkoopwijzer file (‘{path}’ is missing)"),
        },
        (ReadError::BadSchema { path }, Lang::Nl) => format!("het versienummer ‘{path}’ ontbreekt of is ongeldig"),
        (ReadError::BadSchema { path }, Lang::En) => format!("the version number ‘{path}’ is missing or invalid"),
        (ReadError::BadField { path, detail }, lang) => field_error(path, &FieldIssue::of(detail), lang),
        (ReadError::Migration { path, error }, Lang::Nl) => match error {
            MigrationError::Missing(from) => {
                format!("‘{path}’ heeft opslagversie {from}, die deze versie niet kan omzetten")
            }
            MigrationError::Failed { from, .. } => {
                format!("‘{path}’ kon niet worden omgezet vanaf opslagversie {from}")
            }
        },
        (ReadError::Migration { path, error }, Lang::En) => match error {
            MigrationError::Missing(from) => {
                format!("‘{path}’ has storage version {from}, which this version cannot convert")
            }
            MigrationError::Failed { from, .. } => {
                format!("‘{path}’ could not be converted from storage version {from}")
            }
        },
    }
}

/// The technical detail behind [`read_error`] (English, for a "technical details"
/// disclosure).
pub fn read_error_detail(e: &ReadError) -> String {
    e.to_string()
}

fn store_error(e: &StoreError, lang: Lang) -> String {
    match (e, lang) {
        (StoreError::QuotaExceeded, Lang::Nl) => "de opslag van deze browser is vol".into(),
        (StoreError::QuotaExceeded, Lang::En) => "this browser's storage is full".into(),
        (StoreError::Unavailable(_), Lang::Nl) => "de browser staat opslaan niet toe".into(),
        (StoreError::Unavailable(_), Lang::En) => "the browser does not allow saving".into(),
        (StoreError::Other(_), Lang::Nl) => "de browser meldde een onverwachte fout".into(),
        (StoreError::Other(_), Lang::En) => "the browser reported an unexpected error".into(),
    }
}

/// What to do after a storage error (a full sentence).
fn store_advice(e: &StoreError, lang: Lang) -> &'static str {
    match (e, lang) {
        (StoreError::QuotaExceeded, Lang::Nl) => {
            "Maak ruimte door dossiers te verwijderen die u niet meer nodig hebt (maak er eerst een back-up van)."
        }
        (StoreError::QuotaExceeded, Lang::En) => {
            "Make room by deleting dossiers you no longer need (make a backup of them first)."
        }
        (StoreError::Unavailable(_), Lang::Nl) => {
            "Maak een back-up-bestand: zolang de browser opslaan blokkeert, staat uw werk alleen in dit tabblad."
        }
        (StoreError::Unavailable(_), Lang::En) => {
            "Make a backup file: while the browser blocks saving, your work exists in this tab only."
        }
        (StoreError::Other(_), Lang::Nl) => "Probeer het opnieuw. Lukt het dan niet, maak dan een back-up-bestand.",
        (StoreError::Other(_), Lang::En) => "Try again. If that does not work, make a backup file.",
    }
}

fn capitalise(s: String) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => s,
    }
}

/// A full sentence for a failed import: what is wrong with the file. [`import_advice`] says
/// what to do; [`import_error_detail`] holds the technical detail.
pub fn import_error(e: &ImportError, lang: Lang) -> String {
    let s = match (e, lang) {
        (ImportError::TooLarge { bytes, limit }, Lang::Nl) => {
            format!("het bestand is te groot ({}); de grens is {}", megabytes(*bytes, lang), megabytes(*limit, lang))
        }
        (ImportError::TooLarge { bytes, limit }, Lang::En) => {
            format!("the file is too large ({}); the limit is {}", megabytes(*bytes, lang), megabytes(*limit, lang))
        }
        (ImportError::Empty, Lang::Nl) => "het bestand is leeg".into(),
        (ImportError::Empty, Lang::En) => "the file is empty".into(),
        (ImportError::FileUnreadable, Lang::Nl) => {
            "het bestand kon niet worden gelezen (is het verplaatst of afgeschermd?)".into()
        }
        (ImportError::FileUnreadable, Lang::En) => "the file could not be read (was it moved or protected?)".into(),
        (ImportError::NotUtf8 { offset }, Lang::Nl) => {
            format!("dit is geen tekstbestand (onleesbaar teken bij byte {offset}); kies een .json-back-up van Inkoopwijzer")
        }
        (ImportError::NotUtf8 { offset }, Lang::En) => {
            format!("this is not a text file (unreadable character at byte {offset}); choose a .json backup of Inkoopwijzer")
        }
        (ImportError::Read(r), lang) => read_error(r, lang),
        (ImportError::NewerSchema { path, found, supported }, Lang::Nl) => format!(
            "‘{path}’: dit bestand is gemaakt met een nieuwere versie van Inkoopwijzer (opslagversie {found}; deze \
             versie leest tot en met {supported}). Open het in de nieuwere versie"
        ),
        (ImportError::NewerSchema { path, found, supported }, Lang::En) => format!(
            "‘{path}’: this file was made with a newer version of Inkoopwijzer (storage version {found}; this version \
             reads up to {supported}). Open it in the newer version"
        ),
        (ImportError::NoDossiers, Lang::Nl) => "het bestand bevat geen dossiers".into(),
        (ImportError::NoDossiers, Lang::En) => "the file contains no dossiers".into(),
        (ImportError::TooMany { count, limit }, Lang::Nl) => {
            format!("het bestand bevat {count} dossiers; er kunnen er hoogstens {limit} tegelijk worden geïmporteerd")
        }
        (ImportError::TooMany { count, limit }, Lang::En) => {
            format!("the file contains {count} dossiers; at most {limit} can be imported at once")
        }
        (ImportError::NoRoom { name, bytes }, Lang::Nl) if *bytes > BROWSER_ROOM_BYTES => format!(
            "{} is {}: meer dan de meeste browsers voor één website bewaren (5 tot 10 MB). Het kan in deze browser \
             niet worden opgeslagen, ook niet als u ruimte maakt",
            quoted(name, lang),
            megabytes(*bytes, lang)
        ),
        (ImportError::NoRoom { name, bytes }, Lang::En) if *bytes > BROWSER_ROOM_BYTES => format!(
            "{} is {}: more than most browsers keep for one website (5 to 10 MB). It cannot be stored in this \
             browser, even if you make room",
            quoted(name, lang),
            megabytes(*bytes, lang)
        ),
        (ImportError::NoRoom { name, bytes }, Lang::Nl) => format!(
            "er is in deze browser niet genoeg ruimte meer om {} ({}) op te slaan",
            quoted(name, lang),
            megabytes(*bytes, lang)
        ),
        (ImportError::NoRoom { name, bytes }, Lang::En) => format!(
            "there is not enough room left in this browser to store {} ({})",
            quoted(name, lang),
            megabytes(*bytes, lang)
        ),
        (ImportError::Storage(s), lang) => store_error(s, lang),
        (ImportError::Save(s), lang) => save_error(s, lang),
        (ImportError::EvaluationFile { sheet }, lang) => crate::i18n::evaluation::not_a_dossier(*sheet, lang).into(),
    };
    format!("{}.", capitalise(s))
}

/// What to do after a failed import (a full sentence).
pub fn import_advice(e: &ImportError, lang: Lang) -> &'static str {
    const CHOOSE: Tr = Tr::new(
        "Kies een back-up-bestand dat Inkoopwijzer heeft gemaakt: een .json-bestand waarvan de naam begint met \
         ‘inkoopwijzer-’.",
        "Choose a backup file that Inkoopwijzer made: a .json file whose name starts with ‘inkoopwijzer-’.",
    );
    const DAMAGED: Tr = Tr::new(
        "Het bestand is na het maken gewijzigd of beschadigd. Kies een andere back-up, of laat dit bestand herstellen \
         (de technische details zeggen wat er mis is).",
        "The file was changed or damaged after it was made. Choose another backup, or have this file repaired (the \
         technical details say what is wrong).",
    );
    match e {
        ImportError::TooLarge { .. } => Tr::new(
            "Kies een back-up-bestand van Inkoopwijzer; zo'n bestand is zelden groter dan 1 MB.",
            "Choose a backup file of Inkoopwijzer; such a file is rarely larger than 1 MB.",
        )
        .get(lang),
        ImportError::Empty | ImportError::NotUtf8 { .. } | ImportError::NoDossiers => CHOOSE.get(lang),
        ImportError::Read(ReadError::NotJson { .. } | ReadError::TooDeep { .. } | ReadError::WrongFormat { .. }) => {
            CHOOSE.get(lang)
        }
        ImportError::Read(_) => DAMAGED.get(lang),
        ImportError::FileUnreadable => Tr::new(
            "Controleer of het bestand er nog is en of u het mag openen, en kies het opnieuw.",
            "Check that the file is still there and that you may open it, and choose it again.",
        )
        .get(lang),
        ImportError::NewerSchema { .. } => Tr::new(
            "Uw dossiers in deze versie blijven zoals ze zijn.",
            "Your dossiers in this version stay as they are.",
        )
        .get(lang),
        ImportError::TooMany { .. } => Tr::new(
            "Maak in de browser waar de dossiers vandaan komen back-ups van minder dossiers tegelijk, bijvoorbeeld \
             één per dossier.",
            "In the browser the dossiers come from, make backups of fewer dossiers at a time, for example one per \
             dossier.",
        )
        .get(lang),
        ImportError::NoRoom { bytes, .. } if *bytes > BROWSER_ROOM_BYTES => Tr::new(
            "Het bestand blijft een bruikbare back-up. Maak het dossier kleiner in de browser waar het vandaan komt \
             (bijvoorbeeld door lange teksten in te korten) en maak daar een nieuwe back-up.",
            "The file remains a usable backup. Make the dossier smaller in the browser it comes from (for example by \
             shortening long texts) and make a new backup there.",
        )
        .get(lang),
        ImportError::NoRoom { .. } => Tr::new(
            "Maak ruimte door dossiers te verwijderen die u niet meer nodig hebt (maak er eerst een back-up van), en \
             importeer het bestand daarna opnieuw.",
            "Make room by deleting dossiers you no longer need (make a backup of them first), then import the file \
             again.",
        )
        .get(lang),
        ImportError::Storage(s) => store_advice(s, lang),
        ImportError::Save(s) => save_advice(s, lang),
        ImportError::EvaluationFile { sheet } => crate::i18n::evaluation::not_a_dossier_advice(*sheet, lang),
    }
}

/// The technical detail of a failed import, when there is more to it than the message says
/// (English, for a "technical details" disclosure).
pub fn import_error_detail(e: &ImportError) -> Option<String> {
    match e {
        ImportError::Read(r) => Some(read_error_detail(r)),
        ImportError::Storage(StoreError::Other(_) | StoreError::Unavailable(_)) => Some(e.to_string()),
        ImportError::Save(s) => save_error_detail(s),
        _ => None,
    }
}

/// Why a save, rename, copy or delete did not happen (a clause, without a full stop). No
/// internal detail: that is [`save_error_detail`]; [`save_advice`] says what to do.
pub fn save_error(e: &SaveError, lang: Lang) -> String {
    match (e, lang) {
        (SaveError::Storage(s), lang) => store_error(s, lang),
        (SaveError::Conflict(_), Lang::Nl) => "het dossier is intussen in een ander tabblad gewijzigd".into(),
        (SaveError::Conflict(_), Lang::En) => "the dossier was changed in another tab meanwhile".into(),
        (SaveError::ReadOnly, Lang::Nl) => {
            "het dossier is van een nieuwere versie en kan hier niet worden gewijzigd".into()
        }
        (SaveError::ReadOnly, Lang::En) => "the dossier is from a newer version and cannot be changed here".into(),
        (SaveError::IdTaken, Lang::Nl) => "er is intussen een ander dossier onder hetzelfde kenmerk opgeslagen".into(),
        (SaveError::IdTaken, Lang::En) => "another dossier was stored under the same identifier meanwhile".into(),
        (SaveError::InvalidId, Lang::Nl) => "het kenmerk van het dossier is ongeldig".into(),
        (SaveError::InvalidId, Lang::En) => "the dossier's identifier is invalid".into(),
        (SaveError::NotFound, Lang::Nl) => "het dossier bestaat niet (meer) in deze browser".into(),
        (SaveError::NotFound, Lang::En) => "the dossier does not exist in this browser (any more)".into(),
        (SaveError::Unreadable(r), lang) => read_error(r, lang),
        (SaveError::Serialize(_), Lang::Nl) => "het dossier kon niet worden omgezet naar tekst om op te slaan".into(),
        (SaveError::Serialize(_), Lang::En) => "the dossier could not be turned into text to store".into(),
        (SaveError::RevisionLimit, Lang::Nl) => {
            "het versienummer van het opgeslagen dossier staat op het hoogste getal \
                                                 dat er is (de opgeslagen tekst is buiten Inkoopwijzer gewijzigd)"
                .into()
        }
        (SaveError::RevisionLimit, Lang::En) => "the stored dossier's version number is at the highest number there \
                                                 is (the stored text was changed outside Inkoopwijzer)"
            .into(),
    }
}

/// What to do after a failed save, rename, copy or delete (a full sentence).
pub fn save_advice(e: &SaveError, lang: Lang) -> &'static str {
    match e {
        SaveError::Storage(s) => store_advice(s, lang),
        SaveError::Conflict(_) => Tr::new(
            "Open het dossier om te kiezen welke versie u houdt.",
            "Open the dossier to choose which version to keep.",
        )
        .get(lang),
        SaveError::ReadOnly => Tr::new(
            "Werk eraan verder in de nieuwere versie van Inkoopwijzer.",
            "Continue with it in the newer version of Inkoopwijzer.",
        )
        .get(lang),
        SaveError::IdTaken | SaveError::InvalidId => Tr::new("Probeer het opnieuw.", "Try again.").get(lang),
        SaveError::NotFound => Tr::new(
            "Misschien is het in een ander tabblad verwijderd; de lijst van dossiers toont wat er nu is.",
            "It may have been deleted in another tab; the list of dossiers shows what is there now.",
        )
        .get(lang),
        SaveError::Unreadable(_) => Tr::new(
            "Laad de pagina opnieuw: onleesbare tekst wordt dan apart gezet, en u kunt hem downloaden.",
            "Reload the page: unreadable text is then set aside, and you can download it.",
        )
        .get(lang),
        SaveError::Serialize(_) => {
            Tr::new("Maak een back-up-bestand en probeer het opnieuw.", "Make a backup file and try again.").get(lang)
        }
        SaveError::RevisionLimit => REVISION_LIMIT_ADVICE.get(lang),
    }
}

/// The technical detail of a failed save, when there is more to it than the message says.
pub fn save_error_detail(e: &SaveError) -> Option<String> {
    match e {
        SaveError::Storage(StoreError::Other(_) | StoreError::Unavailable(_))
        | SaveError::Unreadable(_)
        | SaveError::Serialize(_)
        | SaveError::Conflict(_) => Some(e.to_string()),
        _ => None,
    }
}

/// What to do with a dossier whose stored revision cannot be raised.
pub const REVISION_LIMIT_ADVICE: Tr = Tr::new(
    "Maak een back-up-bestand van dit dossier en importeer het met ‘Beide bewaren’: de kopie wordt weer gewoon \
     opgeslagen.",
    "Make a backup file of this dossier and import it with ‘Keep both’: the copy is saved as usual again.",
);

/// An action on a dossier that can fail (for the message that says which one failed).
pub fn failed_action(action: Action, name: &str, e: &SaveError, lang: Lang) -> String {
    let n = quoted(name, lang);
    let clause = save_error(e, lang);
    let what = match (action, lang) {
        (Action::Rename, Lang::Nl) => format!("De naam van {n} is niet gewijzigd"),
        (Action::Rename, Lang::En) => format!("The name of {n} was not changed"),
        (Action::Duplicate, Lang::Nl) => format!("Er is geen kopie van {n} gemaakt"),
        (Action::Duplicate, Lang::En) => format!("No copy of {n} was made"),
        (Action::Delete, Lang::Nl) => format!("{} is niet verwijderd", capitalise(n)),
        (Action::Delete, Lang::En) => format!("{} was not deleted", capitalise(n)),
        (Action::Undo, Lang::Nl) => "Het verwijderde dossier is niet teruggezet".to_string(),
        (Action::Undo, Lang::En) => "The deleted dossier was not restored".to_string(),
        (Action::Export, Lang::Nl) => format!("Er is geen back-up-bestand van {n} gemaakt"),
        (Action::Export, Lang::En) => format!("No backup file of {n} was made"),
        (Action::ExportAll, Lang::Nl) => "Er is geen back-up-bestand gemaakt".to_string(),
        (Action::ExportAll, Lang::En) => "No backup file was made".to_string(),
        (Action::Download, Lang::Nl) => "De tekst is niet gedownload".to_string(),
        (Action::Download, Lang::En) => "The text was not downloaded".to_string(),
        (Action::Discard, Lang::Nl) => "De tekst is niet verwijderd".to_string(),
        (Action::Discard, Lang::En) => "The text was not deleted".to_string(),
        (Action::Share, Lang::Nl) => format!("Er is geen bestand voor collega's van {n} gemaakt"),
        (Action::Share, Lang::En) => format!("No file for colleagues of {n} was made"),
        (Action::DownloadReplaced, Lang::Nl) => {
            format!("De vervangen versie van {n} is niet gedownload")
        }
        (Action::DownloadReplaced, Lang::En) => format!("The replaced version of {n} was not downloaded"),
    };
    format!("{what}: {clause}. {}", save_advice(e, lang))
}

/// Why a dossier could not be opened (a full sentence).
pub fn open_error(e: &OpenError, lang: Lang) -> String {
    let s = match (e, lang) {
        (OpenError::NotFound, Lang::Nl) => "dit dossier bestaat niet in deze browser".to_string(),
        (OpenError::NotFound, Lang::En) => "this dossier does not exist in this browser".to_string(),
        (OpenError::Unreadable(r), lang) => read_error(r, lang),
        (OpenError::TooNew(schema), Lang::Nl) => {
            format!("dit dossier is opgeslagen door een nieuwere versie (opslagversie {schema}) en kan hier niet worden getoond")
        }
        (OpenError::TooNew(schema), Lang::En) => {
            format!("this dossier was saved by a newer version (storage version {schema}) and cannot be shown here")
        }
        (OpenError::Storage(s), lang) => store_error(s, lang),
    };
    format!("{}.", capitalise(s))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::persistence::import::{parse_import, MAX_IMPORT_BYTES};
    use crate::persistence::kv::MemoryKv;
    use crate::persistence::store::Store;

    #[test]
    fn import_errors_read_as_sentences_with_the_field_path() {
        let store = Store::new(MemoryKv::new(), "t");
        let bad =
            br#"{"format":"inkoopwijzer-dossier","schema":1,"dossier":{"award":{"bids":[{"price":"4.250,00"}]}}}"#;
        let e = parse_import(&store, bad).unwrap_err();
        let nl = import_error(&e, Lang::Nl);
        let en = import_error(&e, Lang::En);
        assert!(nl.starts_with("Het veld ‘dossier.award.bids[0].price’ is ongeldig"), "{nl}");
        assert!(en.starts_with("The field ‘dossier.award.bids[0].price’ is invalid"), "{en}");
        assert!(nl.ends_with('.') && en.ends_with('.'));
        let e = parse_import(&store, b"{\"format\": 1,").unwrap_err();
        assert_eq!(import_error(&e, Lang::Nl), "Dit is geen geldige JSON-tekst (fout in regel 1, kolom 13).");
        let e = parse_import(&store, br#"{"format":"excel"}"#).unwrap_err();
        assert_eq!(import_error(&e, Lang::En), "This is not an Inkoopwijzer file (‘format’ is ‘excel’).");
        // Issue 18: sizes in the language's notation, in the megabytes they say, never the
        // same figure twice (was "te groot (25.0 MB); de grens is 20.0 MB").
        let e = ImportError::TooLarge { bytes: 25 * 1024 * 1024, limit: MAX_IMPORT_BYTES };
        assert_eq!(import_error(&e, Lang::Nl), "Het bestand is te groot (26,3 MB); de grens is 20 MB.");
        assert_eq!(import_error(&e, Lang::En), "The file is too large (26.3 MB); the limit is 20 MB.");
        let e = ImportError::TooLarge { bytes: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES };
        assert_eq!(import_error(&e, Lang::Nl), "Het bestand is te groot (20,1 MB); de grens is 20 MB.");
    }

    /// English words a Dutch reader should never meet outside "technical details".
    fn assert_no_internal_detail(text: &str) {
        for word in
            ["invalid type", "expected", "integer", "sequence", "struct", "variant", "serde", "recursion", "u32"]
        {
            assert!(!text.contains(word), "internal detail ‘{word}’ in: {text}");
        }
    }

    #[test]
    fn import_errors_carry_no_serde_english_and_say_what_to_do() {
        let store = Store::new(MemoryKv::new(), "t");
        let base: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/dossier_v1.json")).unwrap();
        let cases: [(&str, serde_json::Value, &str, &str); 6] = [
            (
                "/dossier/name",
                serde_json::json!(5),
                "er staat een heel getal waar tekst hoort",
                "it holds a whole number where text belongs",
            ),
            (
                "/dossier/exploration/participants/0/trajectories",
                serde_json::json!(-1),
                "hier hoort een heel getal van 0 of meer",
                "it should be a whole number of 0 or more",
            ),
            (
                "/dossier/exploration/participants/0/budget",
                serde_json::json!("4.250,00"),
                "als tekst met een punt",
                "as text with a point",
            ),
            (
                "/dossier/exploration/buyer_role",
                serde_json::json!("koning"),
                "kent de keuze ‘koning’ niet",
                "does not know the choice ‘koning’",
            ),
            (
                "/dossier/exploration/participants",
                serde_json::json!({}),
                "er staat een groep velden waar een lijst hoort",
                "it holds a group of fields where a list belongs",
            ),
            (
                "/dossier/award/bids/0/knockouts/0/pass",
                serde_json::json!("ja"),
                "waar ja of nee (true of false) hoort",
                "where yes or no (true or false) belongs",
            ),
        ];
        for (ptr, value, nl_part, en_part) in cases {
            let mut v = base.clone();
            *v.pointer_mut(ptr).unwrap() = value;
            let e = parse_import(&store, v.to_string().as_bytes()).unwrap_err();
            let (nl, en) = (import_error(&e, Lang::Nl), import_error(&e, Lang::En));
            assert!(nl.contains(nl_part), "{nl}");
            assert!(en.contains(en_part), "{en}");
            assert_no_internal_detail(&nl);
            assert!(import_advice(&e, Lang::Nl).contains("Kies een andere back-up"));
            assert!(!import_error_detail(&e).unwrap().is_empty(), "the detail stays available");
        }
        // Deeply nested JSON is not called broken JSON.
        let e = parse_import(&store, "[".repeat(10_000).as_bytes()).unwrap_err();
        let nl = import_error(&e, Lang::Nl);
        assert!(nl.contains("dieper genest") && !nl.contains("geen geldige JSON"), "{nl}");
        assert_no_internal_detail(&nl);
        // A revision below zero, in this module's own words.
        let mut v = base.clone();
        v["revision"] = serde_json::json!(-3);
        let e = parse_import(&store, v.to_string().as_bytes()).unwrap_err();
        assert_eq!(
            import_error(&e, Lang::Nl),
            "Het veld ‘revision’ is ongeldig: hier hoort een heel getal van 0 of meer dat niet te groot is."
        );
    }

    #[test]
    fn a_dossier_that_does_not_fit_is_not_called_a_full_storage() {
        let big = ImportError::NoRoom { name: "Groot".into(), bytes: 12_345_678 };
        let nl = import_error(&big, Lang::Nl);
        assert!(nl.starts_with("‘Groot’ is 12,4 MB: meer dan de meeste browsers"), "{nl}");
        assert!(!nl.contains("vol"), "{nl}");
        assert!(import_advice(&big, Lang::Nl).contains("kleiner"));
        let small = ImportError::NoRoom { name: String::new(), bytes: 300_000 };
        assert_eq!(
            import_error(&small, Lang::En),
            "There is not enough room left in this browser to store an untitled dossier (0.3 MB)."
        );
        assert!(import_advice(&small, Lang::En).starts_with("Make room"));
    }

    #[test]
    fn messages_name_the_dossier_not_the_storage_key() {
        let nl = problem_text("inkoopwijzer:dossier:d1", Some("Taaltrajecten"), true, Lang::Nl);
        assert!(nl.starts_with("Het dossier ‘Taaltrajecten’ kan deze versie"), "{nl}");
        assert!(!nl.contains("inkoopwijzer:"), "{nl}");
        let en = problem_text("inkoopwijzer:dossier:d1", None, false, Lang::En);
        assert!(en.starts_with("A dossier in this browser cannot be read") && !en.contains("inkoopwijzer:"), "{en}");
        assert!(problem_text(SETTINGS_KEY, None, true, Lang::Nl).starts_with("Uw instellingen"));
        assert!(problem_detail("inkoopwijzer:quarantine:dossier:d1:t", "inkoopwijzer:dossier:d1", None, Lang::Nl)
            .contains("inkoopwijzer:dossier:d1 → inkoopwijzer:quarantine:dossier:d1:t"));
        // A conflict on a dossier without a name or title.
        let t = conflict_text("", &Theirs::Deleted, Lang::Nl);
        assert!(t.starts_with("Een dossier zonder naam is in een ander tabblad verwijderd"), "{t}");
        assert!(!conflict_text(" ", &Theirs::Deleted, Lang::En).contains("‘’"));
        assert_eq!(
            step_not_found_text("Taal", "99", Lang::Nl),
            "‘Taal’ bestaat wel, maar een stap ‘99’ heeft het niet: een dossier heeft negen stappen."
        );
    }

    #[test]
    fn a_failed_action_says_what_to_which_dossier_why_and_what_to_do() {
        let e = SaveError::Storage(StoreError::QuotaExceeded);
        assert_eq!(
            failed_action(Action::Duplicate, "Taal", &e, Lang::Nl),
            "Er is geen kopie van ‘Taal’ gemaakt: de opslag van deze browser is vol. Maak ruimte door dossiers te \
             verwijderen die u niet meer nodig hebt (maak er eerst een back-up van)."
        );
        let e = SaveError::Storage(StoreError::Other("NS_ERROR_FILE_CORRUPTED".into()));
        let t = failed_action(Action::Delete, "", &e, Lang::Nl);
        assert!(
            t.starts_with("Een dossier zonder naam is niet verwijderd: de browser meldde een onverwachte fout."),
            "{t}"
        );
        assert!(!t.contains("NS_ERROR"), "the browser's own words only behind technical details: {t}");
        assert!(save_error_detail(&e).unwrap().contains("NS_ERROR_FILE_CORRUPTED"));
        let t = failed_action(Action::Rename, "X", &SaveError::RevisionLimit, Lang::En);
        assert!(t.contains("Keep both"), "{t}");
        for (nl, en) in [
            (megabytes(0, Lang::Nl), megabytes(0, Lang::En)),
            (megabytes(1_050_000, Lang::Nl), megabytes(1_050_000, Lang::En)),
        ] {
            assert!(nl.ends_with(" MB") && en.ends_with(" MB"));
        }
        assert_eq!(megabytes(1_050_000, Lang::Nl), "1,1 MB");
        assert_eq!(megabytes(20_000_000, Lang::En), "20 MB");
    }

    #[test]
    fn every_text_has_both_languages() {
        for t in [
            SAVED,
            SAVING,
            NOT_SAVED_QUOTA,
            NOT_SAVED_MEMORY,
            MEMORY_TEXT,
            QUOTA_TEXT,
            CONFLICT_KEEP_MINE,
            LIST_TITLE,
            UNDO,
        ] {
            assert!(!t.nl.trim().is_empty() && !t.en.trim().is_empty());
        }
        assert_eq!(progress(3, Lang::Nl), "3 van 9 stappen");
        assert_eq!(imported(1, Lang::En), "1 dossier imported.");
    }
}
