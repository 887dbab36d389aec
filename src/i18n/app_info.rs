//! Texts about the app itself: its version, offline use, installation, the update banner and
//! where the browser keeps the dossiers (the footer line, the banner and the page `/over`).
//! A struct per language: a text missing in one language does not compile.

use super::Lang;

pub struct AppInfo {
    pub footer_about: &'static str,
    pub version_word: &'static str,
    /// A build without a date: `trunk serve` on a developer's machine.
    pub dev_build: &'static str,
    pub offline_ready: &'static str,
    pub offline_preparing: &'static str,
    pub offline_unsupported: &'static str,
    pub offline_dev: &'static str,
    pub update_text: &'static str,
    pub update_button: &'static str,
    pub update_saved_first: &'static str,
    pub update_not_saved: &'static str,
    pub install_button: &'static str,
    pub install_done: &'static str,
    /// The installed app starts without dossiers.
    pub installed_empty: &'static str,
    pub installed_empty_link: &'static str,

    pub page_title: &'static str,
    pub page_intro: &'static str,
    pub version_title: &'static str,
    pub offline_title: &'static str,
    pub offline_text: &'static str,
    pub offline_error: &'static str,
    pub install_title: &'static str,
    pub install_offered: &'static str,
    pub install_standalone: &'static str,
    pub install_chromium: &'static str,
    pub install_safari: &'static str,
    pub install_safari_data: &'static str,
    pub install_firefox: &'static str,
    pub install_other: &'static str,
    pub storage_title: &'static str,
    pub storage_local: &'static str,
    pub storage_unreadable: &'static str,
    pub storage_persisted: &'static str,
    pub storage_not_persisted: &'static str,
    pub storage_safari: &'static str,
    pub storage_backup: &'static str,
    pub storage_backup_link: &'static str,
}

pub const NL: AppInfo = AppInfo {
    footer_about: "Over deze app, offline en installeren",
    version_word: "Versie",
    dev_build: "ontwikkelversie",
    offline_ready: "Werkt ook zonder verbinding",
    offline_preparing: "Wordt klaargezet voor gebruik zonder verbinding…",
    offline_unsupported: "Deze browser kan de app niet voor gebruik zonder verbinding bewaren",
    offline_dev: "Ontwikkelversie: niet beschikbaar zonder verbinding",
    update_text: "Er is een nieuwe versie van Inkoopwijzer.",
    update_button: "Nu overschakelen",
    update_saved_first: "Uw werk wordt eerst opgeslagen; daarna laadt de pagina opnieuw.",
    update_not_saved: "Uw laatste wijzigingen konden niet worden opgeslagen, dus er is nog niet overgeschakeld. \
        Download eerst een back-up (Alles exporteren op de startpagina) en probeer het dan opnieuw.",
    install_button: "Installeer Inkoopwijzer",
    install_done: "Inkoopwijzer is geïnstalleerd. U vindt de app bij uw andere programma's.",
    installed_empty: "U gebruikt de geïnstalleerde app, en die heeft nog geen dossiers. Werkte u eerder in de \
        browser? De geïnstalleerde app ziet die dossiers niet altijd (Safari): maak daar een back-up en zet die hier terug.",
    installed_empty_link: "Back-up terugzetten",

    page_title: "Over Inkoopwijzer",
    page_intro: "Inkoopwijzer draait helemaal in uw browser. Er is geen server die uw gegevens ontvangt: \
        dossiers, concepten en instellingen blijven op deze computer, in deze browser.",
    version_title: "Versie",
    offline_title: "Gebruik zonder verbinding",
    offline_text: "Na het eerste bezoek bewaart de browser alle onderdelen van de app. Daarna opent Inkoopwijzer \
        ook zonder internet, bijvoorbeeld in een zaal met slechte wifi of in de trein: alle pagina's, de \
        voorbeelddossiers en het downloaden van documenten en back-ups. Komt er een nieuwe versie, dan \
        verschijnt bovenaan een melding; u kiest zelf wanneer u overschakelt.",
    offline_error:
        "Het klaarzetten voor gebruik zonder verbinding is mislukt. De app werkt wel zolang er verbinding is.",
    install_title: "Installeren",
    install_offered: "Uw browser biedt aan om Inkoopwijzer te installeren. De app krijgt dan een eigen venster en \
        een pictogram, en opent ook zonder verbinding. Er is geen beheerder of app-winkel voor nodig.",
    install_standalone: "U gebruikt de geïnstalleerde app.",
    install_chromium: "In Chrome of Edge: kies in de adresbalk het pictogram ‘Installeren’, of in het menu (⋮ of …) \
        ‘Inkoopwijzer installeren’ of ‘App beschikbaar’. Ziet u die keuze niet, dan heeft uw organisatie \
        installeren uitgezet; de app werkt dan gewoon in de browser, ook zonder verbinding.",
    install_safari: "In Safari op de Mac: Archief > Voeg toe aan Dock. Op iPhone of iPad: de deelknop > \
        Zet op beginscherm.",
    install_safari_data: "Let op: een app die u in Safari aan het Dock toevoegt, ziet de dossiers uit het gewone \
        Safari-venster niet. Exporteer ze daar eerst als back-up en importeer die back-up in de app.",
    install_firefox: "Firefox installeert webapps alleen op Windows (als taakbalk-tabblad). Ook zonder installatie \
        werkt Inkoopwijzer in Firefox na het eerste bezoek zonder verbinding.",
    install_other: "Zoekt u in het menu van uw browser naar ‘Installeren’ of ‘Toevoegen aan beginscherm’. \
        Zonder installatie werkt de app ook, in een gewoon tabblad.",
    storage_title: "Opslag en back-ups",
    storage_local: "Uw dossiers, concepten en instellingen gebruiken nu {used} van de ongeveer 5 MB die de \
        browser per website hiervoor geeft.",
    storage_unreadable: "De browser laat op dit moment niet zien hoeveel opslag de dossiers gebruiken.",
    storage_persisted: "De browser heeft toegezegd deze gegevens niet zelf op te ruimen als de schijf vol raakt.",
    storage_not_persisted: "De browser mag deze gegevens opruimen als de schijf vol raakt, of als u de \
        browsergegevens wist.",
    storage_safari: "Safari wist de gegevens van een website die u zeven dagen niet hebt gebruikt (in een gewoon \
        Safari-venster). Gebruik Inkoopwijzer dus regelmatig, of bewaar na elke sessie een back-up.",
    storage_backup: "Een back-upbestand is de enige kopie buiten deze browser. Bewaar er regelmatig een, vooral \
        voordat u de browser opschoont, van computer wisselt of een dossier aan een collega stuurt.",
    storage_backup_link: "Naar de startpagina: back-up maken of terugzetten",
};

pub const EN: AppInfo = AppInfo {
    footer_about: "About this app, offline use and installing",
    version_word: "Version",
    dev_build: "development build",
    offline_ready: "Works without a connection too",
    offline_preparing: "Getting ready for use without a connection…",
    offline_unsupported: "This browser cannot keep the app for use without a connection",
    offline_dev: "Development build: not available without a connection",
    update_text: "A new version of Inkoopwijzer is available.",
    update_button: "Switch now",
    update_saved_first: "Your work is saved first; then the page reloads.",
    update_not_saved: "Your latest changes could not be saved, so the switch has not happened yet. Download a \
        backup first (Export everything on the start page), then try again.",
    install_button: "Install Inkoopwijzer",
    install_done: "Inkoopwijzer is installed. You will find it with your other programs.",
    installed_empty:
        "You are using the installed app, and it has no dossiers yet. Did you work in the browser \
        before? The installed app does not always see those dossiers (Safari): make a backup there and restore it here.",
    installed_empty_link: "Restore a backup",

    page_title: "About Inkoopwijzer",
    page_intro: "Inkoopwijzer runs entirely in your browser. No server receives your data: dossiers, drafts and \
        settings stay on this computer, in this browser.",
    version_title: "Version",
    offline_title: "Use without a connection",
    offline_text: "After the first visit the browser keeps every part of the app. From then on Inkoopwijzer also \
        opens without internet, for example in a room with poor Wi-Fi or on the train: every page, the demo \
        dossiers, and downloading documents and backups. When a new version arrives, a notice appears at the \
        top; you choose when to switch.",
    offline_error: "Getting ready for use without a connection failed. The app works as long as there is a connection.",
    install_title: "Installing",
    install_offered: "Your browser offers to install Inkoopwijzer. The app then gets its own window and an icon, \
        and opens without a connection too. No administrator or app store is needed.",
    install_standalone: "You are using the installed app.",
    install_chromium: "In Chrome or Edge: choose the ‘Install’ icon in the address bar, or ‘Install Inkoopwijzer’ or \
        ‘App available’ in the menu (⋮ or …). If you do not see that choice, your organisation has turned \
        installing off; the app still works in the browser, also without a connection.",
    install_safari: "In Safari on a Mac: File > Add to Dock. On iPhone or iPad: the share button > Add to Home \
        Screen.",
    install_safari_data: "Note: an app you add to the Dock from Safari does not see the dossiers of the ordinary \
        Safari window. Export them there as a backup first, and import that backup in the app.",
    install_firefox: "Firefox installs web apps on Windows only (as a taskbar tab). Without installing, \
        Inkoopwijzer still works in Firefox without a connection after the first visit.",
    install_other: "Look in your browser's menu for ‘Install’ or ‘Add to Home Screen’. The app also works \
        without installing, in an ordinary tab.",
    storage_title: "Storage and backups",
    storage_local: "Your dossiers, drafts and settings now use {used} of the about 5 MB the browser gives each \
        website for this.",
    storage_unreadable: "The browser does not show how much storage the dossiers use right now.",
    storage_persisted: "The browser has promised not to clear this data by itself when the disk runs full.",
    storage_not_persisted: "The browser may clear this data when the disk runs full, or when you clear your \
        browsing data.",
    storage_safari: "Safari deletes the data of a website you have not used for seven days (in an ordinary Safari \
        window). So use Inkoopwijzer regularly, or keep a backup after every session.",
    storage_backup: "A backup file is the only copy outside this browser. Keep one regularly, especially before \
        you clean up the browser, change computers or send a dossier to a colleague.",
    storage_backup_link: "To the start page: make or restore a backup",
};

pub fn app_info(lang: Lang) -> &'static AppInfo {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// A size in storage units (UTF-16 code units, about a byte each for the app's ASCII text)
/// for people: `12 kB`, `1,3 MB` / `1.3 MB`.
pub fn storage_size(units: usize, lang: Lang) -> String {
    let (value, unit) = if units < 1_000_000 {
        // At least 1 kB: "0 kB" would read as "nothing stored".
        (format!("{}", units.div_ceil(1000).max(1)), "kB")
    } else {
        let tenths = (units + 50_000) / 100_000;
        let sep = match lang {
            Lang::Nl => ',',
            Lang::En => '.',
        };
        (format!("{}{sep}{}", tenths / 10, tenths % 10), "MB")
    };
    format!("{value} {unit}")
}

/// `Versie 0.1.0 · 6 december 2026`; a build without a date says it is a development build.
pub fn version_line(version: &str, build_date: Option<&str>, lang: Lang) -> String {
    let t = app_info(lang);
    match build_date {
        Some(date) => format!("{} {version} · {}", t.version_word, super::wizard_messages::long_date(date, lang)),
        None => format!("{} {version} · {}", t.version_word, t.dev_build),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(storage_size(0, Lang::Nl), "1 kB");
        assert_eq!(storage_size(12_345, Lang::Nl), "13 kB");
        assert_eq!(storage_size(999_999, Lang::En), "1000 kB");
        assert_eq!(storage_size(1_260_000, Lang::Nl), "1,3 MB");
        assert_eq!(storage_size(1_260_000, Lang::En), "1.3 MB");
        assert_eq!(storage_size(5_000_000, Lang::Nl), "5,0 MB");
    }

    #[test]
    fn the_version_line_names_the_build_date_or_says_development() {
        assert_eq!(version_line("0.1.0", Some("2026-12-06"), Lang::Nl), "Versie 0.1.0 · 6 december 2026");
        assert_eq!(version_line("0.1.0", Some("2026-12-06"), Lang::En), "Version 0.1.0 · 6 December 2026");
        assert_eq!(version_line("0.1.0", None, Lang::Nl), "Versie 0.1.0 · ontwikkelversie");
    }

    #[test]
    fn the_storage_sentence_has_its_placeholder_in_both_languages() {
        for t in [app_info(Lang::Nl), app_info(Lang::En)] {
            assert!(t.storage_local.contains("{used}"));
        }
    }
}
