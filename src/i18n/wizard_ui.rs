//! Texts of the wizard's own chrome (not the guidance and field labels, which live in
//! `guidance` and `labels`).

use super::Lang;

pub struct WizardText {
    pub why_title: &'static str,
    pub levers: &'static str,
    pub example: &'static str,
    pub open_points_title: &'static str,
    pub no_open_points: &'static str,
    pub status_complete: &'static str,
    pub status_not_started: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub remove: &'static str,
    pub removed: &'static str,
    pub undo: &'static str,
    pub add_participant: &'static str,
    pub add_item: &'static str,
    pub requirement: &'static str,
    pub participant_name: &'static str,
    pub contact_person: &'static str,
    pub trajectories_per_year: &'static str,
    pub budget: &'static str,
    pub provider_name: &'static str,
    pub provider_note: &'static str,
    pub milestone_label: &'static str,
    pub milestone_date: &'static str,
    pub checklist_item: &'static str,
    pub done: &'static str,
    pub none_chosen: &'static str,
    pub dossier_not_found: &'static str,
    pub dossier_not_found_text: &'static str,
    pub overview: &'static str,
    /// The dossier bar's link to the nine steps.
    pub steps: &'static str,
    /// The dossier bar's accessible name.
    pub dossier_nav: &'static str,
    pub bids: &'static str,
    pub documents: &'static str,
    pub no_participants_yet: &'static str,
    pub step_of: &'static str,
}

pub const NL: WizardText = WizardText {
    why_title: "Waarom deze stap?",
    levers: "Hefbomen voor vernieuwing",
    example: "Voorbeeld uit de praktijk",
    open_points_title: "Open punten in deze stap",
    no_open_points: "Deze stap is compleet.",
    status_complete: "compleet",
    status_not_started: "nog niet begonnen",
    move_up: "Omhoog: regel",
    move_down: "Omlaag: regel",
    remove: "Verwijderen",
    removed: "Regel verwijderd.",
    undo: "Ongedaan maken",
    add_participant: "Gemeente toevoegen",
    add_item: "Voorwaarde toevoegen",
    requirement: "Eis",
    participant_name: "Gemeente",
    contact_person: "Contactpersoon",
    trajectories_per_year: "Trajecten per jaar",
    budget: "Budget",
    provider_name: "Naam aanbieder",
    provider_note: "Toelichting",
    milestone_label: "Mijlpaal",
    milestone_date: "Datum",
    checklist_item: "Voorwaarde",
    done: "geregeld",
    none_chosen: "Nog niet gekozen",
    dossier_not_found: "Dit dossier bestaat niet (meer)",
    dossier_not_found_text: "Het dossier is niet gevonden in deze browser. Misschien is het verwijderd, of opgeslagen in een andere browser.",
    overview: "Overzicht",
    steps: "Stappen",
    dossier_nav: "Dit dossier",
    bids: "Offertes vergelijken",
    documents: "Documenten",
    no_participants_yet: "Voeg eerst bij stap 1 de deelnemende gemeenten toe.",
    step_of: "van",
};

pub const EN: WizardText = WizardText {
    why_title: "Why this step?",
    levers: "Levers for innovation",
    example: "Example from practice",
    open_points_title: "Open points in this step",
    no_open_points: "This step is complete.",
    status_complete: "complete",
    status_not_started: "not started",
    move_up: "Move up: row",
    move_down: "Move down: row",
    remove: "Remove",
    removed: "Row removed.",
    undo: "Undo",
    add_participant: "Add municipality",
    add_item: "Add precondition",
    requirement: "Requirement",
    participant_name: "Municipality",
    contact_person: "Contact person",
    trajectories_per_year: "Trajectories per year",
    budget: "Budget",
    provider_name: "Provider name",
    provider_note: "Note",
    milestone_label: "Milestone",
    milestone_date: "Date",
    checklist_item: "Precondition",
    done: "arranged",
    none_chosen: "Not chosen yet",
    dossier_not_found: "This dossier does not exist (any more)",
    dossier_not_found_text:
        "The dossier was not found in this browser. It may have been deleted, or saved in another browser.",
    overview: "Overview",
    steps: "Steps",
    dossier_nav: "This dossier",
    bids: "Compare bids",
    documents: "Documents",
    no_participants_yet: "First add the participating municipalities in step 1.",
    step_of: "of",
};

pub fn wt(lang: Lang) -> &'static WizardText {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

use super::Tr;

/// Step 3's table of contents (a long page: requirements, risk, incentives, criteria).
pub const ON_THIS_PAGE: Tr = Tr::new("Op deze pagina", "On this page");
pub const SECTION_REQUIREMENTS: Tr =
    Tr::new("Functionele en technische eisen", "Functional and technical requirements");
pub const SECTION_OPEN_POINTS: Tr = Tr::new("Open punten", "Open points");
pub const SECTION_RISKS: Tr = Tr::new("Risicoverdeling", "Risk allocation");
pub const SECTION_INCENTIVES: Tr = Tr::new("Prikkels", "Incentives");
pub const SECTION_CRITERIA: Tr =
    Tr::new("Selectie- en gunningscriteria", "Selection and award criteria (gunningscriteria)");
