//! Texts of the application chrome: header, navigation, start page, common buttons.
//! A struct per language: a text missing in one language does not compile.

use super::Lang;

pub struct Ui {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub skip_link: &'static str,
    pub nav_label: &'static str,
    pub nav_start: &'static str,
    pub nav_steps: &'static str,
    pub nav_spec: &'static str,
    pub switch_lang: &'static str,
    pub switch_lang_label: &'static str,
    pub loading: &'static str,
    pub start_title: &'static str,
    pub start_intro: &'static str,
    pub start_for_whom: &'static str,
    pub start_levers_title: &'static str,
    pub entry_new: &'static str,
    pub entry_new_text: &'static str,
    pub entry_demo: &'static str,
    pub entry_demo_text: &'static str,
    pub entry_spec: &'static str,
    pub entry_spec_text: &'static str,
    pub entry_learn: &'static str,
    pub entry_learn_text: &'static str,
    pub steps_title: &'static str,
    pub steps_intro: &'static str,
    pub step_word: &'static str,
    pub phase_word: &'static str,
    pub steps_nav_label: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub back_to_start: &'static str,
    /// A screen whose code is still arriving (code splitting).
    pub screen_loading: &'static str,
    pub screen_failed_title: &'static str,
    pub screen_failed_text: &'static str,
    pub screen_retry: &'static str,
    /// After an update of the app the old screens' code is gone: a reload fetches the new.
    pub screen_reload: &'static str,
    pub error_title: &'static str,
    pub error_text: &'static str,
    pub footer: &'static str,
    pub telgen_title: &'static str,
    pub tendering_note: &'static str,
}

pub const NL: Ui = Ui {
    app_name: "Inkoopwijzer",
    tagline: "Re-integratie inkopen, stap voor stap en innovatief",
    skip_link: "Naar de inhoud",
    nav_label: "Hoofdmenu",
    nav_start: "Start",
    nav_steps: "De negen stappen",
    nav_spec: "Specificatiehulp",
    switch_lang: "English",
    switch_lang_label: "Switch to English",
    loading: "Inkoopwijzer wordt geladen…",
    start_title: "Re-integratietrajecten inkopen die werken",
    start_intro: "Inkoopwijzer helpt een gemeente bij het inkopen van re-integratietrajecten voor mensen in de bijstand. \
        In negen stappen stelt u een inkoopdossier samen: van verkenning en doelgroep via het bestek en de offerteprocedure \
        tot monitoring en evaluatie. Bij elke stap leest u waarom hij ertoe doet.",
    start_for_whom: "Voor de beleidsmedewerker die een inkoop alleen voorbereidt, voor de begeleider van een workshop over \
        innovatief inkopen, en voor wie zichzelf wil scholen. Alles blijft in deze browser: er is geen server en niemand \
        anders ziet uw gegevens.",
    start_levers_title: "Vier hefbomen voor vernieuwing",
    entry_new: "Nieuw dossier",
    entry_new_text: "Begin een eigen inkoop en doorloop de negen stappen.",
    entry_demo: "Voorbeeldcasussen",
    entry_demo_text: "Open Apeldoorn, Amsterdam, Emmen, Roermond of Holland Rijnland als kopie, of de workshop over rangorde-omkering.",
    entry_spec: "Specificatiehulp",
    entry_spec_text: "Zie direct of een eis technisch of functioneel is geformuleerd.",
    entry_learn: "Leer de negen stappen",
    entry_learn_text: "Lees per stap wat er gebeurt en waarom.",
    steps_title: "De negen stappen van een inkoop",
    steps_intro: "Een inkoop van re-integratietrajecten verloopt in negen stappen. Elke stap hoort bij een fase van het \
        inkoopproces zoals Telgen dat beschrijft: van inventariseren tot nazorg.",
    step_word: "Stap",
    phase_word: "Fase",
    steps_nav_label: "Stappen",
    previous: "Vorige stap",
    next: "Volgende stap",
    not_found_title: "Deze pagina bestaat niet",
    not_found_text: "Het adres klopt niet (meer). Ga terug naar de startpagina.",
    back_to_start: "Naar de startpagina",
    screen_loading: "Dit scherm wordt geladen…",
    screen_failed_title: "Dit scherm kon niet worden geladen",
    screen_failed_text: "Het deel van Inkoopwijzer dat dit scherm toont, kon niet worden opgehaald. \
        Misschien is de verbinding weg, of is de app net bijgewerkt. Uw dossiers zijn veilig: ze staan \
        in deze browser. Controleer de verbinding en probeer het opnieuw.",
    screen_retry: "Opnieuw proberen",
    screen_reload: "Pagina opnieuw laden",
    error_title: "Dit onderdeel kon niet worden getoond",
    error_text: "Er ging iets mis bij het tonen van deze pagina. Uw opgeslagen gegevens zijn niet aangetast.",
    footer: "Inkoopwijzer werkt volledig in uw browser. Gebaseerd op de handreiking ‘Inkoop en innovatie’ (SZW, 2002) \
        en het projectplan voor de gezamenlijke aanbesteding in Holland Rijnland (2005-2006).",
    telgen_title: "Fasen van het inkoopproces (Telgen)",
    tendering_note: "Specificeren, selecteren en contracteren samen heten aanbesteden.",
};

pub const EN: Ui = Ui {
    app_name: "Inkoopwijzer",
    tagline: "Purchasing re-integration, step by step and innovatively",
    skip_link: "Skip to content",
    nav_label: "Main menu",
    nav_start: "Start",
    nav_steps: "The nine steps",
    nav_spec: "Specification helper",
    switch_lang: "Nederlands",
    switch_lang_label: "Schakel naar Nederlands",
    loading: "Loading Inkoopwijzer…",
    start_title: "Buying re-integration trajectories that work",
    start_intro: "Inkoopwijzer helps a municipality purchase re-integration trajectories for people on social assistance. \
        In nine steps you build a purchase dossier: from exploration and target group through the bestek and the tender \
        procedure to monitoring and evaluation. Each step tells you why it matters.",
    start_for_whom: "For the policy officer preparing a purchase alone, for the facilitator of a workshop on innovative \
        purchasing, and for anyone training themselves. Everything stays in this browser: there is no server and nobody \
        else sees your data.",
    start_levers_title: "Four levers for innovation",
    entry_new: "New dossier",
    entry_new_text: "Start a purchase of your own and walk through the nine steps.",
    entry_demo: "Demo cases",
    entry_demo_text: "Open Apeldoorn, Amsterdam, Emmen, Roermond or Holland Rijnland as a copy, or the workshop on rank reversal.",
    entry_spec: "Specification helper",
    entry_spec_text: "See at once whether a requirement is phrased technically or functionally.",
    entry_learn: "Learn the nine steps",
    entry_learn_text: "Read what happens in each step and why.",
    steps_title: "The nine steps of a purchase",
    steps_intro: "A purchase of re-integration trajectories goes through nine steps. Each step belongs to a phase of the \
        purchasing process as Telgen describes it: from taking stock to following up.",
    step_word: "Step",
    phase_word: "Phase",
    steps_nav_label: "Steps",
    previous: "Previous step",
    next: "Next step",
    not_found_title: "This page does not exist",
    not_found_text: "The address is wrong (or no longer valid). Go back to the start page.",
    back_to_start: "To the start page",
    screen_loading: "Loading this screen…",
    screen_failed_title: "This screen could not be loaded",
    screen_failed_text: "The part of Inkoopwijzer that shows this screen could not be fetched. \
        The connection may be down, or the app was just updated. Your dossiers are safe: they are \
        stored in this browser. Check the connection and try again.",
    screen_retry: "Try again",
    screen_reload: "Reload the page",
    error_title: "This part could not be shown",
    error_text: "Something went wrong while showing this page. Your saved data is not affected.",
    footer: "Inkoopwijzer runs entirely in your browser. Based on the guide ‘Inkoop en innovatie’ (Ministry of Social \
        Affairs, 2002) and the project plan for the joint tender in Holland Rijnland (2005-2006).",
    telgen_title: "Phases of the purchasing process (Telgen)",
    tendering_note: "Specifying, selecting and contracting together are called tendering (aanbesteden).",
};

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_are_filled_in() {
        // A cheap guard against an empty string slipping in during edits.
        for t in [ui(Lang::Nl), ui(Lang::En)] {
            for s in [t.app_name, t.start_title, t.start_intro, t.entry_new, t.footer, t.not_found_title] {
                assert!(!s.trim().is_empty());
            }
        }
        assert_ne!(NL.start_intro, EN.start_intro);
    }
}
