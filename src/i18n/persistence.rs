//! Texts of saving, the dossier list, backups and imports, in Dutch and English.
//! Plain texts are `Tr` pairs; texts with values are functions. Storage and import errors
//! (enums of `persistence`) are turned into sentences here.

use super::{Lang, Tr};
use crate::persistence::envelope::ReadError;
use crate::persistence::import::ImportError;
use crate::persistence::kv::StoreError;
use crate::persistence::migrate::MigrationError;
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
     meer nodig hebt te verwijderen; dan wordt weer opgeslagen.",
    "This browser's storage for Inkoopwijzer is full. The previously saved version is still there, and your changes \
     are still in this tab. Make a backup file now. Then make room by deleting dossiers you no longer need; saving \
     then resumes.",
);
pub const BLOCKED_TITLE: Tr = Tr::new("Opslaan lukt niet meer", "Saving no longer works");
pub const BLOCKED_TEXT: Tr = Tr::new(
    "De browser weigert op dit moment op te slaan. Uw wijzigingen staan nog in dit tabblad. Maak een \
     back-up-bestand voordat u het tabblad sluit.",
    "The browser refuses to save at the moment. Your changes are still in this tab. Make a backup file before you \
     close the tab.",
);
pub const ERROR_TITLE: Tr = Tr::new("Opslaan is mislukt", "Saving failed");
pub const TECHNICAL: Tr = Tr::new("Technische melding", "Technical message");

pub const CONFLICT_TITLE: Tr =
    Tr::new("Dit dossier is ook in een ander tabblad gewijzigd", "This dossier was also changed in another tab");
pub fn conflict_text(name: &str, theirs: &Theirs, lang: Lang) -> String {
    match (theirs, lang) {
        (Theirs::Changed { .. }, Lang::Nl) => format!(
            "‘{name}’ is in een ander tabblad of venster opgeslagen. Uw wijzigingen hier zijn niet opgeslagen, zodat die \
             andere versie niet verloren gaat. Kies welke versie u houdt; u kunt ook allebei houden."
        ),
        (Theirs::Changed { .. }, Lang::En) => format!(
            "‘{name}’ was saved in another tab or window. Your changes here were not saved, so that the other version \
             is not lost. Choose which version to keep; you can also keep both."
        ),
        (Theirs::Deleted, Lang::Nl) => {
            format!("‘{name}’ is in een ander tabblad verwijderd. Uw versie hier is niet opgeslagen.")
        }
        (Theirs::Deleted, Lang::En) => format!("‘{name}’ was deleted in another tab. Your version here is not saved."),
        (Theirs::Newer { .. }, Lang::Nl) => format!(
            "‘{name}’ is in een ander tabblad opgeslagen door een nieuwere versie van Inkoopwijzer. Uw versie hier is \
             niet opgeslagen."
        ),
        (Theirs::Newer { .. }, Lang::En) => format!(
            "‘{name}’ was saved in another tab by a newer version of Inkoopwijzer. Your version here is not saved."
        ),
        (Theirs::Unreadable, Lang::Nl) => format!(
            "Wat nu onder ‘{name}’ is opgeslagen, kan deze versie niet lezen. Uw versie hier is niet opgeslagen."
        ),
        (Theirs::Unreadable, Lang::En) => {
            format!("What is now stored under ‘{name}’ cannot be read by this version. Your version here is not saved.")
        }
    }
}
pub const CONFLICT_LOAD_THEIRS: Tr =
    Tr::new("De andere versie laden (mijn wijzigingen vervallen)", "Load the other version (discard my changes)");
pub const CONFLICT_KEEP_MINE: Tr = Tr::new("Mijn versie bewaren als kopie", "Keep my version as a copy");
pub const CONFLICT_DISCARD_MINE: Tr = Tr::new("Mijn versie weggooien", "Discard my version");
pub const MY_VERSION_SUFFIX: Tr = Tr::new("(mijn versie)", "(my version)");
pub const ADOPTED: Tr = Tr::new(
    "Dit dossier is bijgewerkt met wijzigingen uit een ander tabblad.",
    "This dossier was updated with changes from another tab.",
);

pub const PROBLEMS_TITLE: Tr =
    Tr::new("Opgeslagen gegevens konden niet worden gelezen", "Stored data could not be read");
pub fn problem_text(original_key: &str, quarantined: bool, lang: Lang) -> String {
    match (quarantined, lang) {
        (true, Lang::Nl) => format!(
            "Wat onder ‘{original_key}’ was opgeslagen, kan deze versie niet lezen. De tekst is ongewijzigd apart \
             bewaard en wordt nooit overschreven. Download hem om hem te bewaren of te laten herstellen."
        ),
        (true, Lang::En) => format!(
            "What was stored under ‘{original_key}’ cannot be read by this version. The text has been kept aside \
             unchanged and is never overwritten. Download it to keep it or have it repaired."
        ),
        (false, Lang::Nl) => format!(
            "Wat onder ‘{original_key}’ is opgeslagen, kan deze versie niet lezen. Er was geen ruimte voor een kopie: \
             de tekst blijft op zijn plaats staan en wordt niet overschreven. Download hem."
        ),
        (false, Lang::En) => format!(
            "What is stored under ‘{original_key}’ cannot be read by this version. There was no room for a copy: the \
             text stays where it is and is not overwritten. Download it."
        ),
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

// Import.
pub const IMPORT_TITLE: Tr = Tr::new("Back-up terugzetten", "Restore a backup");
pub const IMPORT_LABEL: Tr = Tr::new("Kies een back-up-bestand (.json)", "Choose a backup file (.json)");
pub const DROP_HINT: Tr = Tr::new(
    "U kunt het bestand ook hierheen slepen. Uw bestaande dossiers blijven staan.",
    "You can also drag the file here. Your existing dossiers stay.",
);
pub const DROP_HERE: Tr = Tr::new("Laat het bestand los om het te importeren", "Drop the file to import it");
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

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
}

/// What is wrong with stored or imported text, with the field path.
pub fn read_error(e: &ReadError, lang: Lang) -> String {
    match (e, lang) {
        (ReadError::NotJson { line, column, .. }, Lang::Nl) => {
            format!("dit is geen geldige JSON-tekst (fout in regel {line}, kolom {column})")
        }
        (ReadError::NotJson { line, column, .. }, Lang::En) => {
            format!("this is not valid JSON text (error at line {line}, column {column})")
        }
        (ReadError::NotAnObject { path }, Lang::Nl) => {
            format!("op ‘{path}’ staat geen object, zoals een Inkoopwijzer-bestand dat heeft")
        }
        (ReadError::NotAnObject { path }, Lang::En) => {
            format!("at ‘{path}’ there is no object, as an Inkoopwijzer file has")
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
        (ReadError::BadField { path, detail }, Lang::Nl) => format!("het veld ‘{path}’ is ongeldig ({detail})"),
        (ReadError::BadField { path, detail }, Lang::En) => format!("the field ‘{path}’ is invalid ({detail})"),
        (ReadError::Migration { path, error }, Lang::Nl) => match error {
            MigrationError::Missing(from) => {
                format!("‘{path}’ heeft opslagversie {from}, die deze versie niet kan omzetten")
            }
            MigrationError::Failed { from, detail } => {
                format!("‘{path}’ kon niet worden omgezet vanaf opslagversie {from} ({detail})")
            }
        },
        (ReadError::Migration { path, error }, Lang::En) => match error {
            MigrationError::Missing(from) => {
                format!("‘{path}’ has storage version {from}, which this version cannot convert")
            }
            MigrationError::Failed { from, detail } => {
                format!("‘{path}’ could not be converted from storage version {from} ({detail})")
            }
        },
    }
}

fn store_error(e: &StoreError, lang: Lang) -> String {
    match (e, lang) {
        (StoreError::QuotaExceeded, Lang::Nl) => "de opslag van deze browser is vol".into(),
        (StoreError::QuotaExceeded, Lang::En) => "this browser's storage is full".into(),
        (StoreError::Unavailable(_), Lang::Nl) => "de browser staat opslaan niet toe".into(),
        (StoreError::Unavailable(_), Lang::En) => "the browser does not allow saving".into(),
        (StoreError::Other(m), Lang::Nl) => format!("fout van de browser ({m})"),
        (StoreError::Other(m), Lang::En) => format!("browser error ({m})"),
    }
}

fn capitalise(s: String) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => s,
    }
}

/// A full sentence for a failed import.
pub fn import_error(e: &ImportError, lang: Lang) -> String {
    let s = match (e, lang) {
        (ImportError::TooLarge { bytes, limit }, Lang::Nl) => {
            format!("het bestand is te groot ({}); de grens is {}", mb(*bytes), mb(*limit))
        }
        (ImportError::TooLarge { bytes, limit }, Lang::En) => {
            format!("the file is too large ({}); the limit is {}", mb(*bytes), mb(*limit))
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
        (ImportError::Storage(s), lang) => store_error(s, lang),
        (ImportError::Save(s), lang) => save_error(s, lang),
    };
    format!("{}.", capitalise(s))
}

/// Why a save, rename, copy or delete did not happen (a clause, without a full stop).
pub fn save_error(e: &SaveError, lang: Lang) -> String {
    match (e, lang) {
        (SaveError::Storage(s), lang) => store_error(s, lang),
        (SaveError::Conflict(_), Lang::Nl) => "het dossier is intussen in een ander tabblad gewijzigd".into(),
        (SaveError::Conflict(_), Lang::En) => "the dossier was changed in another tab meanwhile".into(),
        (SaveError::ReadOnly, Lang::Nl) => {
            "het dossier is van een nieuwere versie en kan hier niet worden gewijzigd".into()
        }
        (SaveError::ReadOnly, Lang::En) => "the dossier is from a newer version and cannot be changed here".into(),
        (SaveError::IdTaken, Lang::Nl) => "er bestaat al een dossier met deze sleutel".into(),
        (SaveError::IdTaken, Lang::En) => "a dossier with this key exists already".into(),
        (SaveError::InvalidId, Lang::Nl) => "de sleutel van het dossier is ongeldig".into(),
        (SaveError::InvalidId, Lang::En) => "the dossier's key is invalid".into(),
        (SaveError::NotFound, Lang::Nl) => "het dossier bestaat niet (meer)".into(),
        (SaveError::NotFound, Lang::En) => "the dossier does not exist (any more)".into(),
        (SaveError::Unreadable(r), lang) => read_error(r, lang),
        (SaveError::Serialize(m), Lang::Nl) => format!("het dossier kon niet worden omgezet naar tekst ({m})"),
        (SaveError::Serialize(m), Lang::En) => format!("the dossier could not be turned into text ({m})"),
    }
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
    use crate::persistence::import::parse_import;
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
        let e = ImportError::TooLarge { bytes: 25 * 1024 * 1024, limit: 20 * 1024 * 1024 };
        assert_eq!(import_error(&e, Lang::Nl), "Het bestand is te groot (25.0 MB); de grens is 20.0 MB.");
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
