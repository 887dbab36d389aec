//! Texts of the generated documents (the bestek with the request for tender, and the
//! projectplan), in Dutch and English; and of the page that shows them (`features::documents`).
//!
//! Fixed texts are fields of [`DocText`], one constant per language, so a text missing in one
//! language does not compile. Sentences with numbers are functions per language. Where a
//! sentence has a value in the middle that may be a "to be completed" marker, the text is
//! split in a `…_pre` and a `…_post` part and the builder puts the value between them.
//! Names of choices (financing, procedure, result levels …) are not repeated here: the
//! builders take them from `labels` (the `Labeled` trait). Dossier texts are user data
//! and stay as the user wrote them, also in an English document.

use super::{Lang, Tr};
use crate::domain::money::format_fixed;
use crate::domain::steps::Step;
use rust_decimal::Decimal;

/// The fixed texts of the documents in one language.
pub struct DocText {
    // Markers and common words
    pub open_prefix: &'static str,
    pub open_suffix: &'static str,
    /// In place of an optional value the dossier leaves empty (a table cell, a number in a
    /// sentence): not a gap, so no marker.
    pub not_given_inline: &'static str,
    /// A paragraph in place of an optional text the dossier leaves empty.
    pub not_given: &'static str,
    /// The selection section when the dossier names no selection criteria (they are optional).
    pub b_no_selection: &'static str,
    pub what_number: &'static str,
    pub what_percentage: &'static str,
    pub what_amount: &'static str,
    pub what_participant_name: &'static str,
    pub what_trajectories: &'static str,
    pub what_size: &'static str,
    pub what_budget: &'static str,
    pub what_knockout: &'static str,
    pub what_criterion_name: &'static str,
    pub what_weight: &'static str,
    pub what_value_per_point: &'static str,
    pub and: &'static str,
    pub total: &'static str,
    pub done: &'static str,
    pub open: &'static str,
    /// Footer: `Pagina 3 van 12`.
    pub page: &'static str,
    pub page_of: &'static str,
    /// The name of the n-th table in the file (`Tabel3`).
    pub table_name: &'static str,

    // Front matter
    pub meta_buyer: &'static str,
    pub meta_contact: &'static str,
    pub meta_date: &'static str,
    pub meta_status: &'static str,
    pub status_draft: &'static str,
    pub demo_note: &'static str,

    // Table headers
    pub col_participant: &'static str,
    pub col_size: &'static str,
    pub col_trajectories: &'static str,
    pub col_nr: &'static str,
    pub col_requirement: &'static str,
    pub col_criterion: &'static str,
    pub col_kind: &'static str,
    pub col_weight: &'static str,
    pub col_value_per_point: &'static str,
    pub col_milestone: &'static str,
    pub col_date: &'static str,
    pub col_contact_person: &'static str,
    pub col_budget: &'static str,
    pub col_provider: &'static str,
    pub col_note: &'static str,
    pub col_step: &'static str,
    pub col_phase: &'static str,
    pub col_activity: &'static str,
    pub col_status: &'static str,
    pub col_first_referrals: &'static str,
    pub col_started: &'static str,
    pub col_results: &'static str,
    pub col_cost: &'static str,
    pub kind_price: &'static str,
    pub kind_quality: &'static str,

    // Target group (both documents)
    pub h_description: &'static str,
    pub h_characteristics: &'static str,
    pub characteristics_intro: &'static str,
    pub h_size: &'static str,
    pub size_intro: &'static str,
    pub h_results: &'static str,
    pub ladder_intro: &'static str,
    pub ladder_outro: &'static str,

    // Contract value and threshold (both documents)
    pub value_pre: &'static str,
    pub value_post: &'static str,
    pub value_missing: &'static str,
    pub regime_pre: &'static str,
    pub thresholds_used_pre: &'static str,

    // Bestek
    pub b_subtitle: &'static str,
    pub b_h_intro: &'static str,
    pub b_h_buyer: &'static str,
    pub b_single_buyer_pre: &'static str,
    pub b_single_buyer_post: &'static str,
    pub b_h_contact: &'static str,
    pub b_contact_pre: &'static str,
    pub contact_person_pre: &'static str,
    pub contact_person_post: &'static str,
    pub b_contact_rules: &'static str,
    pub b_h_reason: &'static str,
    pub b_h_goal: &'static str,
    pub b_h_reading: &'static str,
    pub b_reading: &'static str,
    pub b_h_target: &'static str,
    pub b_h_pve: &'static str,
    pub b_pve_intro: &'static str,
    pub b_h_functional: &'static str,
    pub b_functional_intro: &'static str,
    pub b_h_technical: &'static str,
    pub b_technical_intro: &'static str,
    pub b_no_technical: &'static str,
    pub b_h_cooperation: &'static str,
    pub b_cooperation: &'static str,
    pub b_h_risks: &'static str,
    pub b_h_inflow: &'static str,
    pub b_inflow_pre: &'static str,
    pub b_inflow_post: &'static str,
    pub b_no_inflow: &'static str,
    pub b_h_financing: &'static str,
    pub b_input: &'static str,
    pub b_output: &'static str,
    pub b_nclp_pre: &'static str,
    pub b_nclp_post: &'static str,
    pub b_integral_price: &'static str,
    pub b_joint_payment: &'static str,
    pub b_h_duration: &'static str,
    pub b_duration_pre: &'static str,
    pub b_duration_post: &'static str,
    pub b_options_pre: &'static str,
    pub b_options_post: &'static str,
    pub b_start_pre: &'static str,
    pub b_start_post: &'static str,
    pub b_h_bonus_malus: &'static str,
    pub b_no_bonus_malus: &'static str,
    pub b_bm_rate_pre: &'static str,
    pub b_bm_rate_post: &'static str,
    pub b_bm_bonus_pre: &'static str,
    pub b_bm_bonus_post: &'static str,
    pub b_bm_malus_pre: &'static str,
    pub b_bm_malus_post: &'static str,
    pub b_bm_settlement: &'static str,
    pub b_h_execution: &'static str,
    pub b_h_referral: &'static str,
    pub b_intake_pre: &'static str,
    pub b_intake_post: &'static str,
    pub b_max_duration_pre: &'static str,
    pub b_max_duration_post: &'static str,
    pub b_h_reporting: &'static str,
    pub b_reporting_pre: &'static str,
    pub b_reporting_post: &'static str,
    pub b_go_no_go: &'static str,
    pub b_h_privacy: &'static str,
    pub b_h_invoicing: &'static str,
    pub b_per_instrument: &'static str,
    pub b_per_trajectory: &'static str,
    pub b_h_contacts: &'static str,
    pub b_contacts_table_intro: &'static str,
    pub b_h_procedure: &'static str,
    pub b_h_kind: &'static str,
    pub procedure_pre: &'static str,
    pub b_h_value: &'static str,
    pub b_h_timeline: &'static str,
    pub timeline_intro: &'static str,
    pub b_h_criteria: &'static str,
    pub b_h_knockouts: &'static str,
    pub b_knockouts_intro: &'static str,
    pub b_h_selection: &'static str,
    pub b_selection_intro: &'static str,
    pub b_h_award: &'static str,
    pub b_award_intro: &'static str,
    pub b_innovation: &'static str,
    pub b_h_price: &'static str,
    pub b_relative: &'static str,
    pub b_linear: &'static str,
    pub b_bounds_pre: &'static str,
    pub b_bounds_mid: &'static str,
    pub b_bounds_post: &'static str,
    pub b_quality_to_price: &'static str,
    pub b_cost_per_result: &'static str,
    pub b_h_request: &'static str,
    pub b_h_contents: &'static str,
    pub b_contents_intro: &'static str,
    pub b_item_plan: &'static str,
    pub b_item_quality: &'static str,
    pub b_item_price: &'static str,
    pub b_item_price_integral: &'static str,
    pub b_item_rate: &'static str,
    pub b_item_lead_time: &'static str,
    pub b_item_technical: &'static str,
    pub b_item_selection: &'static str,
    pub b_item_knockouts: &'static str,
    pub b_item_cooperation: &'static str,
    pub b_item_reporting: &'static str,
    pub b_item_privacy: &'static str,
    pub b_h_submit: &'static str,
    pub b_submit_pre: &'static str,
    pub b_submit_post: &'static str,
    pub b_submit_rules: &'static str,

    // Projectplan
    pub p_subtitle: &'static str,
    pub p_h_intro: &'static str,
    pub p_intro_single_pre: &'static str,
    pub p_intro_single_post: &'static str,
    pub p_outline: &'static str,
    pub p_h_description: &'static str,
    pub p_h_goals: &'static str,
    pub p_h_principles: &'static str,
    pub p_h_target: &'static str,
    pub p_h_structure: &'static str,
    pub p_h_participants: &'static str,
    pub p_h_contact: &'static str,
    pub p_contact_post: &'static str,
    pub p_h_role: &'static str,
    pub what_role: &'static str,
    pub p_intro_joint_post: &'static str,
    pub p_h_phases: &'static str,
    pub p_h_steps: &'static str,
    pub p_h_timeline: &'static str,
    pub p_h_tender: &'static str,
    pub p_invited_intro: &'static str,
    pub p_open_procedure_no_invites: &'static str,
    pub p_h_start: &'static str,
    pub p_start_pre: &'static str,
    pub p_start_post: &'static str,
    pub p_preconditions_intro: &'static str,
    pub p_h_tasks: &'static str,
    pub p_h_each: &'static str,
    pub p_each: &'static str,
    pub p_h_single: &'static str,
    pub p_single: &'static str,
    pub p_h_together: &'static str,
    pub p_together: &'static str,
    pub p_h_contact_role: &'static str,
    pub p_h_project_group: &'static str,
    pub p_h_working_groups: &'static str,
    pub p_h_decisions: &'static str,
    pub p_h_facilitator: &'static str,
    pub col_who: &'static str,
    pub p_contact_role_post: &'static str,
    pub p_h_contractor: &'static str,
    pub p_contractor: &'static str,
    pub p_referral_label: &'static str,
    pub p_contacts_label: &'static str,
    pub p_h_finance: &'static str,
    pub p_finance_joint: &'static str,
    pub p_finance_single: &'static str,
    pub p_budget_intro: &'static str,
    pub p_budget_partial: &'static str,
    pub p_financing_pre: &'static str,
    pub p_time_investment: &'static str,
    pub p_h_monitoring_accountability: &'static str,
    pub p_h_monitoring: &'static str,
    pub p_monitoring_figures_intro: &'static str,
    pub p_average_price_pre: &'static str,
    pub p_bonus_malus_applies: &'static str,
    pub p_settlement_intro: &'static str,
    pub col_agreed_placements: &'static str,
    pub col_bonus: &'static str,
    pub col_withheld: &'static str,
    pub p_h_accountability: &'static str,
    pub p_h_evaluation: &'static str,
    pub p_evaluation: &'static str,
    pub p_what_worked: &'static str,
    pub p_what_to_change: &'static str,
}

pub const NL: DocText = DocText {
    open_prefix: "[nog in te vullen: ",
    open_suffix: "]",
    not_given_inline: "–",
    not_given: "Niet opgegeven.",
    b_no_selection: "Dit bestek stelt geen aparte selectiecriteria; de knock-outcriteria en de \
                     gunningscriteria gelden voor alle inschrijvers.",
    what_number: "aantal",
    what_percentage: "percentage",
    what_amount: "bedrag",
    what_participant_name: "naam van de deelnemer",
    what_trajectories: "trajecten per jaar",
    what_size: "omvang doelgroep",
    what_budget: "budget",
    what_knockout: "omschrijving van de knock-outeis",
    what_criterion_name: "naam van het criterium",
    what_weight: "weging",
    what_value_per_point: "waarde per punt",
    and: "en",
    total: "Totaal",
    done: "Gereed",
    open: "Open",
    page: "Pagina",
    page_of: "van",
    table_name: "Tabel",

    meta_buyer: "Opdrachtgever",
    meta_contact: "Aanspreekpunt",
    meta_date: "Datum",
    meta_status: "Status",
    status_draft: "Concept",
    demo_note: "Dit document is gemaakt uit een demodossier. De feiten komen uit de bronnen (de \
        handreiking Inkoop en innovatie, 2002, en het projectplan van Holland Rijnland, 2005-2006); \
        bedragen, aantallen en offertes die de bronnen niet noemen, zijn fictief. Welke gegevens \
        fictief zijn, staat bij de motivering van de procedurekeuze.",

    col_participant: "Deelnemer",
    col_size: "Omvang doelgroep",
    col_trajectories: "Trajecten per jaar",
    col_nr: "Nr.",
    col_requirement: "Eis",
    col_criterion: "Criterium",
    col_kind: "Soort",
    col_weight: "Weging",
    col_value_per_point: "Waarde per punt",
    col_milestone: "Mijlpaal",
    col_date: "Datum",
    col_contact_person: "Contactpersoon",
    col_budget: "Budget",
    col_provider: "Aanbieder",
    col_note: "Toelichting",
    col_step: "Stap",
    col_phase: "Fase (Telgen)",
    col_activity: "Wat gebeurt er",
    col_status: "Stand van zaken",
    col_first_referrals: "Eerste aanmeldingen",
    col_started: "Gestart",
    col_results: "Resultaat bereikt",
    col_cost: "Kosten",
    kind_price: "Prijs",
    kind_quality: "Kwaliteit",

    h_description: "Omschrijving",
    h_characteristics: "Kenmerken",
    characteristics_intro: "Voor een groot deel van de doelgroep geldt (niet limitatief):",
    h_size: "Omvang",
    size_intro: "De verwachte omvang van de doelgroep en het verwachte aantal trajecten per jaar, per \
        deelnemer:",
    h_results: "Wat telt als resultaat",
    ladder_intro: "Als resultaat telt dat een deelnemer een van de volgende treden bereikt, van de \
        eerste stap tot werk:",
    ladder_outro: "Elke trede is een resultaat. Een hogere trede is nadrukkelijk gewenst waar die \
        voor de deelnemer haalbaar is.",

    value_pre: "De geraamde waarde van de hele opdracht, exclusief btw en inclusief opties, is ",
    value_post: ":",
    value_missing: "De geraamde waarde kan nog niet worden berekend. Nog nodig: ",
    regime_pre: "Soort dienst voor de drempel: ",
    thresholds_used_pre: "Gebruikte drempels: ",

    b_subtitle: "Bestek (Programma van Eisen) en offerteaanvraag",
    b_h_intro: "Inleiding",
    b_h_buyer: "Opdrachtgever",
    b_single_buyer_pre: "Opdrachtgever voor deze opdracht is ",
    b_single_buyer_post: ".",
    b_h_contact: "Aanspreekpunt tijdens de aanbesteding",
    b_contact_pre: "Aanspreekpunt tijdens de aanbesteding is ",
    contact_person_pre: " (contactpersoon: ",
    contact_person_post: ")",
    b_contact_rules: "Alle vragen over deze offerteaanvraag worden uitsluitend aan dit aanspreekpunt gesteld. \
        Vragen en antwoorden worden zonder de naam van de vraagsteller met alle inschrijvers \
        gedeeld, zodat iedereen over dezelfde informatie beschikt.",
    b_h_reason: "Aanleiding",
    b_h_goal: "Doel van de opdracht",
    b_h_reading: "Opbouw van dit document",
    b_reading: "Hoofdstuk 2 beschrijft de doelgroep en wat als resultaat telt. Hoofdstuk 3 bevat het \
        Programma van Eisen, hoofdstuk 4 de verdeling van de risico's en de financiering en \
        hoofdstuk 5 de afspraken over de uitvoering. Hoofdstuk 6 beschrijft de procedure: de \
        vragenronde, het indienen, de gunningsbeslissing en de rechtsbescherming. Hoofdstuk 7 \
        bevat de uitsluitingsgronden, de geschiktheidseisen en de gunningscriteria met een \
        rekenvoorbeeld, hoofdstuk 8 de belangrijkste voorwaarden van de overeenkomst en hoofdstuk \
        9 wat de offerte moet bevatten. De bijlagen bevatten de formulieren die de inschrijver \
        invult.",
    b_h_target: "Doelgroep",
    b_h_pve: "Programma van Eisen",
    b_pve_intro: "De opdrachtgever vraagt om resultaten en laat de aanpak aan de opdrachtnemer. De \
        functionele eisen beschrijven wat er bereikt moet worden en hoe dat wordt vastgesteld; de \
        technische eisen zijn randvoorwaarden waaraan de uitvoering moet voldoen. Binnen die \
        grenzen stelt de inschrijver een eigen, en waar mogelijk vernieuwende, aanpak voor. De \
        offerte verwijst naar de nummers van de eisen.",
    b_h_functional: "Functionele eisen",
    b_functional_intro: "Wat de opdracht moet opleveren:",
    b_h_technical: "Technische eisen",
    b_technical_intro: "Randvoorwaarden voor de uitvoering:",
    b_no_technical: "Dit bestek stelt geen technische eisen: hoe het resultaat wordt bereikt, \
        bepaalt de opdrachtnemer.",
    b_h_cooperation: "Samenwerking in de keten",
    b_cooperation: "De opdrachtnemer werkt samen met de andere aanbieders en instellingen rond de \
        deelnemer en bouwt hun dienstverlening in zijn aanpak in waar die past.",
    b_h_risks: "Risicoverdeling en financiering",
    b_h_inflow: "Instroom",
    b_inflow_pre: "De opdrachtgever garandeert dat ten minste ",
    b_inflow_post: " deelnemers naar de opdrachtnemer worden verwezen (instroomgarantie).",
    b_no_inflow: "De opdrachtgever geeft geen instroomgarantie. De aantallen in hoofdstuk 2 zijn \
        een verwachting en geen toezegging: het werkelijke aantal verwijzingen hangt af van het \
        aantal geschikte klanten.",
    b_h_financing: "Financiering",
    b_input: "De opdrachtgever betaalt voor de geleverde inzet: de uren, programmaonderdelen of \
        instrumenten die aantoonbaar voor een deelnemer zijn ingezet.",
    b_output: "De opdrachtgever betaalt voor het bereikte resultaat, zoals omschreven in \
        hoofdstuk 2.",
    b_nclp_pre: "Bij een bereikt resultaat betaalt de opdrachtgever de volledige trajectprijs; \
        wordt het resultaat niet bereikt, dan betaalt de opdrachtgever ",
    b_nclp_post: " van de trajectprijs.",
    b_integral_price: "De opdrachtgever koopt in tegen één integrale trajectprijs: alle diensten \
        en instrumenten die een deelnemer nodig heeft, zijn daarin inbegrepen, ook als de \
        opdrachtnemer ze bij derden inkoopt. De opdrachtnemer bepaalt zelf wat een deelnemer \
        nodig heeft.",
    b_joint_payment: "Iedere deelnemende gemeente betaalt de trajecten van haar eigen klanten uit \
        haar eigen budget. De opdrachtnemer factureert en verantwoordt daarom per gemeente.",
    b_h_duration: "Looptijd",
    b_duration_pre: "Het contract loopt ",
    b_duration_post: " maanden.",
    b_options_pre: " De opdrachtgever kan het contract daarna verlengen met ten hoogste ",
    b_options_post: " maanden.",
    b_start_pre: "De uitvoering begint naar verwachting op ",
    b_start_post: ".",
    b_h_bonus_malus: "Bonus/malus",
    b_no_bonus_malus: "Er geldt geen bonus-malusregeling.",
    b_bm_rate_pre: "Het afgesproken plaatsingspercentage is ",
    b_bm_rate_post: ".",
    b_bm_bonus_pre: " Voor elke plaatsing boven het aantal dat bij dit percentage hoort, betaalt \
        de opdrachtgever een bonus van ",
    b_bm_bonus_post: " van de gemiddelde trajectprijs.",
    b_bm_malus_pre: " Blijft het aantal plaatsingen daaronder, dan betaalt de opdrachtgever voor \
        elke ontbrekende plaatsing ",
    b_bm_malus_post: " van de gemiddelde trajectprijs niet (malus).",
    b_bm_settlement: "De regeling wordt na afloop van de contractperiode toegepast op het aantal \
        gestarte trajecten en het aantal bereikte plaatsingen.",
    b_h_execution: "Uitvoering",
    b_h_referral: "Aanmelding en intake",
    b_intake_pre: "De intake vindt plaats binnen ",
    b_intake_post: " weken na aanmelding.",
    b_max_duration_pre: "Een traject duurt ten hoogste ",
    b_max_duration_post: " maanden.",
    b_h_reporting: "Rapportage en sturing",
    b_reporting_pre: "De opdrachtnemer rapporteert ",
    b_reporting_post: " aan de opdrachtgever.",
    b_go_no_go: "Tijdens elk traject is er een go/no-go-moment: opdrachtgever en opdrachtnemer \
        beslissen dan of het traject wordt voortgezet.",
    b_h_privacy: "Bescherming van persoonsgegevens",
    b_h_invoicing: "Facturering",
    b_per_instrument: "De opdrachtnemer factureert per deelnemer de instrumenten die werkelijk zijn \
        ingezet. Valt een deelnemer uit, dan wordt niet het hele traject betaald.",
    b_per_trajectory: "De opdrachtnemer factureert per traject één prijs, waarin alle ingezette \
        diensten en instrumenten zijn inbegrepen.",
    b_h_contacts: "Contact en overleg",
    b_contacts_table_intro: "Contactpersonen bij de opdrachtgever:",
    b_h_procedure: "Procedure",
    b_h_kind: "Procedurekeuze",
    procedure_pre: "Procedure: ",
    b_h_value: "Geraamde waarde en drempel",
    b_h_timeline: "Tijdpad",
    timeline_intro: "Het tijdpad:",
    b_h_criteria: "Selectie- en gunningscriteria",
    b_h_knockouts: "Knock-outeisen",
    b_knockouts_intro: "Een offerte die niet aan de volgende eisen voldoet, wordt niet verder \
        beoordeeld:",
    b_h_selection: "Selectiecriteria",
    b_selection_intro: "Inschrijvers moeten aantonen dat zij voldoen aan de volgende criteria:",
    b_h_award: "Gunningscriteria",
    b_award_intro: "De opdracht wordt gegund aan de inschrijver met de beste \
        prijs-kwaliteitverhouding (BPKV). De criteria en hun gewichten liggen vooraf vast:",
    b_innovation: "Vernieuwing van de aanpak weegt nadrukkelijk mee bij de beoordeling van de \
        kwaliteit.",
    b_h_price: "Beoordeling van de prijs",
    b_relative: "De laagste prijs krijgt het volle gewicht van het prijscriterium; elke andere \
        prijs krijgt punten naar verhouding: punten = weging × laagste prijs ÷ aangeboden prijs. \
        Een prijs die twee keer zo hoog is als de laagste, krijgt dus de helft van de punten.",
    b_linear: "De laagste prijs krijgt het volle gewicht van het prijscriterium en de hoogste \
        prijs nul punten; daartussen loopt de score lineair: punten = weging × (hoogste prijs − \
        aangeboden prijs) ÷ (hoogste prijs − laagste prijs).",
    b_bounds_pre: "De prijs wordt gescoord tussen twee vooraf bekendgemaakte grenzen. Een prijs \
        van ",
    b_bounds_mid: " of lager krijgt het volle gewicht van het prijscriterium, een prijs van ",
    b_bounds_post: "of hoger nul punten; daartussen loopt de score lineair: punten = weging × (bovengrens − \
        aangeboden prijs) ÷ (bovengrens − ondergrens). Zo hangt de score van een offerte niet af \
        van de andere offertes.",
    b_quality_to_price: "Gunnen op waarde: elk kwaliteitspunt is vooraf een bedrag waard (zie de tabel). Van de \
        aangeboden prijs wordt de waarde van de behaalde kwaliteitspunten afgetrokken; zo ontstaat \
        een fictieve prijs. De offerte met de laagste fictieve prijs wint. De uitkomst voor een \
        offerte hangt daarbij niet af van de andere offertes.",
    b_cost_per_result: "De prijs wordt beoordeeld als prijs per resultaat: de aangeboden trajectprijs gedeeld door \
        het aangeboden plaatsingspercentage. Dat is de prijs van één geslaagd traject. De laagste \
        prijs per resultaat krijgt het volle gewicht van het prijscriterium; elke andere offerte \
        krijgt punten naar verhouding: punten = weging × laagste prijs per resultaat ÷ eigen prijs \
        per resultaat.",
    b_h_request: "Offerteaanvraag",
    b_h_contents: "Inhoud van de offerte",
    b_contents_intro: "De offerte bevat ten minste:",
    b_item_plan: "Een plan van aanpak: hoe de inschrijver de functionele eisen waarmaakt voor de doelgroep \
        uit hoofdstuk 2, en waarom die aanpak bij deze doelgroep werkt.",
    b_item_quality: "Per kwaliteitscriterium een onderbouwing: ",
    b_item_price: "De trajectprijs per deelnemer, exclusief btw, op het prijsformulier (bijlage A).",
    b_item_price_integral: "De integrale trajectprijs per deelnemer, exclusief btw, met alle diensten en instrumenten \
        inbegrepen, op het prijsformulier (bijlage A).",
    b_item_rate: "Het aangeboden plaatsingspercentage: het deel van de trajecten dat het resultaat bereikt.",
    b_item_lead_time: "De doorlooptijd van een traject, in weken.",
    b_item_technical: "Een verklaring dat de inschrijver voldoet aan de technische eisen.",
    b_item_selection: "De gegevens waaruit blijkt dat de inschrijver voldoet aan de geschiktheidseisen.",
    b_item_knockouts: "Een verklaring dat de inschrijver voldoet aan de knock-outeisen.",
    b_item_cooperation: "Met wie de inschrijver samenwerkt in de keten, en hoe.",
    b_item_reporting: "Hoe de inschrijver rapporteert over de voortgang en de resultaten.",
    b_item_privacy: "Hoe de inschrijver de persoonsgegevens van de deelnemers beschermt.",
    b_h_submit: "Indienen",
    b_submit_pre: "De offerte wordt ingediend zoals beschreven in hoofdstuk 6, met het ingevulde \
        prijsformulier, het ingevulde en ondertekende inschrijfformulier en de verklaring uit \
        hoofdstuk 7. Aanspreekpunt: ",
    b_submit_post: ".",
    b_submit_rules: "De data in het tijdpad in hoofdstuk 6 zijn leidend; een offerte die na de sluitingstijd \
        binnenkomt, wordt niet beoordeeld. Alle bedragen in de offerte zijn exclusief btw.",

    p_subtitle: "Projectplan",
    p_h_intro: "Inleiding",
    p_intro_single_pre: "",
    p_intro_single_post: " koopt re-integratietrajecten in voor de doelgroep die in hoofdstuk 2 \
        is beschreven.",
    p_outline: "Dit projectplan beschrijft het project (hoofdstuk 2), de structuur waarbinnen het \
        wordt uitgevoerd (3), de fasen (4), de verdeling van taken, rollen en \
        verantwoordelijkheden (5), de financiën (6), monitoring en verantwoording (7) en de \
        evaluatie (8).",
    p_h_description: "Projectomschrijving",
    p_h_goals: "Doelstelling",
    p_h_principles: "Uitgangspunten",
    p_h_target: "Doelgroep",
    p_h_structure: "Projectstructuur",
    p_h_participants: "Deelnemers",
    p_h_contact: "Aanspreekpunt",
    p_contact_post: " is het aanspreekpunt tijdens de aanbesteding: vragen van inschrijvers \
        lopen via één loket, zodat alle aanbieders dezelfde informatie krijgen.",
    p_h_role: "Rol van de opdrachtgever",
    what_role: "rol van de opdrachtgever",
    p_intro_joint_post: " deelnemers kopen samen re-integratietrajecten in voor de doelgroep die \
        in hoofdstuk 2 is beschreven:",
    p_h_phases: "Fasen",
    p_h_steps: "De negen stappen",
    p_h_timeline: "Tijdpad",
    p_h_tender: "Offerteprocedure",
    p_invited_intro: "Uit te nodigen aanbieders:",
    p_open_procedure_no_invites: "Bij een openbare procedure kan iedere aanbieder inschrijven; er \
        worden geen aanbieders uitgenodigd.",
    p_h_start: "Start van de uitvoering",
    p_start_pre: "Beoogde startdatum: ",
    p_start_post: ".",
    p_preconditions_intro: "Randvoorwaarden voor de start:",
    p_h_tasks: "Taken, rollen en verantwoordelijkheden",
    p_h_each: "De afzonderlijke deelnemers",
    p_each: "Iedere deelnemer doet mee met een eigen verantwoordelijkheid en ziet in de \
        samenwerking een meerwaarde voor de eigen gemeente. De taken van een deelnemer zijn: tijd \
        inzetten in het gezamenlijke overleg, terugkoppelen naar de eigen organisatie, meedoen in \
        de uitvoering en gegevens aanleveren. Iedere deelnemer is zelf verantwoordelijk voor de \
        afstemming met en het draagvlak in de eigen organisatie, voor de re-integratie en het \
        klantmanagement van de eigen klanten en voor de inzet en verantwoording van het eigen geld.",
    p_h_single: "De gemeente",
    p_single: "De gemeente is opdrachtgever. Zij is verantwoordelijk voor de re-integratie en het \
        klantmanagement van haar klanten, voor het verwijzen van klanten naar de opdrachtnemer en \
        voor de inzet en verantwoording van het budget.",
    p_h_together: "De deelnemers samen",
    p_together: "Samen geven de deelnemers het project vorm: zij stellen het bestek vast, voeren de \
        offerteprocedure uit, overleggen over de uitvoering en zorgen voor eenduidige besluiten. \
        Samen volgen zij de voortgang, en samen zijn zij verantwoordelijk voor het slagen van het \
        project: de re-integratie van de deelnemers en de samenwerking tussen de gemeenten.",
    p_h_contact_role: "Het aanspreekpunt",
    p_h_project_group: "Projectgroep",
    p_h_working_groups: "Werkgroepen",
    p_h_decisions: "Besluitvorming",
    p_h_facilitator: "Procesbegeleiding",
    col_who: "Wie",
    p_contact_role_post: " is het aanspreekpunt tijdens de aanbesteding. Het beantwoordt de vragen \
        van inschrijvers, deelt vragen en antwoorden met alle inschrijvers en regelt de procedure \
        namens de deelnemers; de besluiten nemen de deelnemers samen.",
    p_h_contractor: "De opdrachtnemer",
    p_contractor: "De opdrachtnemer voert de trajecten uit volgens het bestek en zijn offerte, \
        rapporteert over voortgang en resultaten en factureert volgens de afspraken in het contract.",
    p_referral_label: "Aanmelding: ",
    p_contacts_label: "Contact en overleg: ",
    p_h_finance: "Financiën",
    p_finance_joint: "De deelnemers blijven ieder verantwoordelijk voor de inzet en verantwoording \
        van hun eigen middelen. Iedere gemeente betaalt per persoon het traject van haar eigen \
        klanten uit haar eigen re-integratiebudget en verantwoordt die uitgaven in haar eigen \
        verantwoording. Met de opdrachtnemer worden daarom afspraken gemaakt over betaling en \
        verantwoording per gemeente.",
    p_finance_single: "De gemeente betaalt de trajecten per persoon uit haar re-integratiebudget en \
        verantwoordt die uitgaven in haar eigen verantwoording.",
    p_budget_intro: "Budget per deelnemer voor deze inkoop:",
    p_budget_partial: "Het totaal telt alleen de budgetten die al zijn ingevuld.",
    p_financing_pre: "Betaling aan de opdrachtnemer: ",
    p_time_investment: "Daarnaast investeren de betrokken medewerkers tijd in de totstandkoming en \
        de uitvoering van het project.",
    p_h_monitoring_accountability: "Monitoring en verantwoording",
    p_h_monitoring: "Monitoring",
    p_monitoring_figures_intro: "Voortgang per deelnemer tot nu toe:",
    p_average_price_pre: "Gemiddelde trajectprijs volgens het contract: ",
    p_bonus_malus_applies: "Na afloop van de contractperiode wordt de bonus-malusregeling uit het \
        bestek toegepast op het aantal gestarte trajecten en het aantal bereikte plaatsingen.",
    p_settlement_intro: "De bonus-malusregeling toegepast op de cijfers tot nu toe, met de \
        gemiddelde trajectprijs uit het contract:",
    col_agreed_placements: "Afgesproken plaatsingen",
    col_bonus: "Bonus",
    col_withheld: "Inhouding",
    p_h_accountability: "Verantwoording",
    p_h_evaluation: "Evaluatie",
    p_evaluation: "Na afloop evalueren de deelnemers het project: wat werkte, wat moet de volgende \
        keer anders, en hoe ver kwamen zij met de vier hefbomen voor innovatief inkopen \
        (functioneel vragen, risicoverdeling, prikkels en de rol van de opdrachtgever). De lessen \
        worden vastgelegd voor de volgende inkoop.",
    p_what_worked: "Wat werkte: ",
    p_what_to_change: "Wat de volgende keer anders moet: ",
};

pub const EN: DocText = DocText {
    open_prefix: "[to be completed: ",
    open_suffix: "]",
    not_given_inline: "–",
    not_given: "Not specified.",
    b_no_selection: "This bestek sets no separate selection criteria; the knock-out criteria and \
                     the gunningscriteria (award criteria) apply to every bidder.",
    what_number: "number",
    what_percentage: "percentage",
    what_amount: "amount",
    what_participant_name: "name of the participant",
    what_trajectories: "trajectories per year",
    what_size: "size of the target group",
    what_budget: "budget",
    what_knockout: "description of the knock-out requirement",
    what_criterion_name: "name of the criterion",
    what_weight: "weight",
    what_value_per_point: "value per point",
    and: "and",
    total: "Total",
    done: "Done",
    open: "Open",
    page: "Page",
    page_of: "of",
    table_name: "Table",

    meta_buyer: "Buyer (opdrachtgever)",
    meta_contact: "Contact",
    meta_date: "Date",
    meta_status: "Status",
    status_draft: "Draft",
    demo_note: "This document was made from a demo dossier. The facts come from the sources (the \
        guide Inkoop en innovatie, 2002, and the Holland Rijnland project plan, 2005-2006); \
        amounts, numbers and bids the sources do not give are fictitious. Which data are \
        fictitious is stated with the reasons for the choice of procedure.",

    col_participant: "Participant",
    col_size: "Size of the target group",
    col_trajectories: "Trajectories per year",
    col_nr: "No.",
    col_requirement: "Requirement",
    col_criterion: "Criterion",
    col_kind: "Type",
    col_weight: "Weight",
    col_value_per_point: "Value per point",
    col_milestone: "Milestone",
    col_date: "Date",
    col_contact_person: "Contact person",
    col_budget: "Budget",
    col_provider: "Provider",
    col_note: "Note",
    col_step: "Step",
    col_phase: "Phase (Telgen)",
    col_activity: "What happens",
    col_status: "Status",
    col_first_referrals: "First referrals",
    col_started: "Started",
    col_results: "Result reached",
    col_cost: "Cost",
    kind_price: "Price",
    kind_quality: "Quality",

    h_description: "Description",
    h_characteristics: "Characteristics",
    characteristics_intro: "For a large part of the target group the following applies (not \
        exhaustive):",
    h_size: "Size",
    size_intro: "The expected size of the target group and the expected number of trajectories \
        per year, per participant:",
    h_results: "What counts as a result",
    ladder_intro: "A result is a participant reaching one of the following rungs, from the first \
        step up to work:",
    ladder_outro: "Each rung is a result. A higher rung is expressly wanted where it is feasible \
        for the participant.",

    value_pre: "The estimated value of the whole contract, excluding VAT and including options, is ",
    value_post: ":",
    value_missing: "The estimated value cannot be computed yet. Still needed: ",
    regime_pre: "Type of service for the threshold: ",
    thresholds_used_pre: "Thresholds used: ",

    b_subtitle: "Bestek (Programma van Eisen) and request for tender",
    b_h_intro: "Introduction",
    b_h_buyer: "Buyer",
    b_single_buyer_pre: "The buyer (opdrachtgever) of this contract is ",
    b_single_buyer_post: ".",
    b_h_contact: "Contact during the tender",
    b_contact_pre: "The contact during the tender is ",
    contact_person_pre: " (contact person: ",
    contact_person_post: ")",
    b_contact_rules: "All questions about this request for tender are put to this contact only. Questions and \
        answers are shared with all bidders without the name of the person asking, so that \
        everyone has the same information.",
    b_h_reason: "Background",
    b_h_goal: "Purpose of the contract",
    b_h_reading: "Structure of this document",
    b_reading: "Chapter 2 describes the target group and what counts as a result. Chapter 3 holds the \
        Programma van Eisen, chapter 4 the allocation of risks and the financing and chapter 5 the \
        arrangements for delivery. Chapter 6 describes the procedure: the question round, \
        submission, the award decision and legal protection. Chapter 7 holds the exclusion \
        grounds, the suitability requirements and the award criteria with a worked example, \
        chapter 8 the main conditions of the contract and chapter 9 what the bid must contain. The \
        annexes hold the forms the bidder fills in.",
    b_h_target: "Target group",
    b_h_pve: "Programma van Eisen (statement of requirements)",
    b_pve_intro: "The buyer asks for results and leaves the approach to the contractor. The functional \
        requirements describe what must be achieved and how that is established; the technical \
        requirements are conditions the delivery must meet. Within those limits the bidder \
        proposes an approach of its own, and an innovative one where possible. The bid refers to \
        the numbers of the requirements.",
    b_h_functional: "Functional requirements",
    b_functional_intro: "What the contract must deliver:",
    b_h_technical: "Technical requirements",
    b_technical_intro: "Conditions for the delivery:",
    b_no_technical: "This bestek sets no technical requirements: how the result is reached is up \
        to the contractor.",
    b_h_cooperation: "Cooperation in the chain",
    b_cooperation: "The contractor cooperates with the other providers and institutions around the \
        participant and builds their services into its approach where they fit.",
    b_h_risks: "Risk allocation and financing",
    b_h_inflow: "Inflow",
    b_inflow_pre: "The buyer guarantees that at least ",
    b_inflow_post: " participants will be referred to the contractor (instroomgarantie, inflow \
        guarantee).",
    b_no_inflow: "The buyer gives no inflow guarantee. The numbers in chapter 2 are an expectation, \
        not a promise: the actual number of referrals depends on the number of suitable clients.",
    b_h_financing: "Financing",
    b_input: "The buyer pays for the effort delivered: the hours, programme parts or instruments \
        demonstrably used for a participant.",
    b_output: "The buyer pays for the result reached, as described in chapter 2.",
    b_nclp_pre: "When the result is reached, the buyer pays the full trajectory price; when it is \
        not, the buyer pays ",
    b_nclp_post: " of the trajectory price.",
    b_integral_price: "The buyer buys at one integral trajectory price: all services and \
        instruments a participant needs are included, also when the contractor buys them from \
        third parties. The contractor decides what a participant needs.",
    b_joint_payment: "Each participating municipality pays for the trajectories of its own clients \
        from its own budget. The contractor therefore invoices and accounts per municipality.",
    b_h_duration: "Contract period",
    b_duration_pre: "The contract runs for ",
    b_duration_post: " months.",
    b_options_pre: " The buyer may then extend it by at most ",
    b_options_post: " months.",
    b_start_pre: "Delivery is expected to start on ",
    b_start_post: ".",
    b_h_bonus_malus: "Bonus/malus",
    b_no_bonus_malus: "There is no bonus/malus rule.",
    b_bm_rate_pre: "The agreed placement rate is ",
    b_bm_rate_post: ".",
    b_bm_bonus_pre: " For each placement above the number that goes with this rate, the buyer pays \
        a bonus of ",
    b_bm_bonus_post: " of the average trajectory price.",
    b_bm_malus_pre: " If the number of placements stays below it, the buyer withholds, for each \
        missing placement, ",
    b_bm_malus_post: " of the average trajectory price (malus).",
    b_bm_settlement: "The rule is applied after the contract period to the number of trajectories \
        started and the number of placements reached.",
    b_h_execution: "Delivery",
    b_h_referral: "Referral and intake",
    b_intake_pre: "The intake takes place within ",
    b_intake_post: " weeks of referral.",
    b_max_duration_pre: "A trajectory lasts at most ",
    b_max_duration_post: " months.",
    b_h_reporting: "Reporting and steering",
    b_reporting_pre: "The contractor reports to the buyer ",
    b_reporting_post: ".",
    b_go_no_go: "Every trajectory has a go/no-go moment: buyer and contractor then decide whether \
        the trajectory continues.",
    b_h_privacy: "Protection of personal data",
    b_h_invoicing: "Invoicing",
    b_per_instrument: "The contractor invoices, per participant, the instruments actually used. If \
        a participant drops out, the whole trajectory is not paid for.",
    b_per_trajectory: "The contractor invoices one price per trajectory, all services and \
        instruments used included.",
    b_h_contacts: "Contacts and meetings",
    b_contacts_table_intro: "Contact persons at the buyer:",
    b_h_procedure: "Procedure",
    b_h_kind: "Choice of procedure",
    procedure_pre: "Procedure: ",
    b_h_value: "Estimated value and threshold",
    b_h_timeline: "Timeline",
    timeline_intro: "The timeline:",
    b_h_criteria: "Selection and award criteria",
    b_h_knockouts: "Knock-out requirements",
    b_knockouts_intro: "A bid that does not meet the following requirements is not assessed \
        further:",
    b_h_selection: "Selection criteria",
    b_selection_intro: "Bidders must show that they meet the following criteria:",
    b_h_award: "Award criteria (gunningscriteria)",
    b_award_intro: "The contract is awarded to the bidder with the best price-quality ratio (BPKV, \
        the most economically advantageous tender). The criteria and their weights are fixed in \
        advance:",
    b_innovation: "Innovation in the approach weighs explicitly in the assessment of quality.",
    b_h_price: "Scoring of the price",
    b_relative: "The lowest price gets the full weight of the price criterion; every other price \
        gets points in proportion: points = weight × lowest price ÷ price offered. A price twice \
        the lowest therefore gets half the points.",
    b_linear: "The lowest price gets the full weight of the price criterion and the highest price \
        zero points; in between the score is linear: points = weight × (highest price − price \
        offered) ÷ (highest price − lowest price).",
    b_bounds_pre: "The price is scored between two bounds published in advance. A price of ",
    b_bounds_mid: " or less gets the full weight of the price criterion, a price of ",
    b_bounds_post: "or more gets no points; in between the score is linear: points = weight × (upper bound − \
        price offered) ÷ (upper bound − lower bound). A bid's score therefore does not depend on \
        the other bids.",
    b_quality_to_price: "Award on value: each quality point is worth an amount set in advance (see the table). The \
        value of the quality points achieved is subtracted from the price offered, which gives a \
        fictive price. The bid with the lowest fictive price wins. The outcome for a bid does not \
        depend on the other bids.",
    b_cost_per_result: "The price is assessed as the price per result: the trajectory price offered divided by the \
        placement rate offered. That is the price of one successful trajectory. The lowest price \
        per result gets the full weight of the price criterion; every other bid gets points in \
        proportion: points = weight × lowest price per result ÷ own price per result.",
    b_h_request: "Request for tender",
    b_h_contents: "Contents of the bid",
    b_contents_intro: "The bid contains at least:",
    b_item_plan: "A plan of approach: how the bidder will meet the functional requirements for the target \
        group of chapter 2, and why that approach works for this group.",
    b_item_quality: "For each quality criterion, the bidder's substantiation: ",
    b_item_price: "The trajectory price per participant, excluding VAT, on the price form (annex A).",
    b_item_price_integral: "The integral trajectory price per participant, excluding VAT, with all services and \
        instruments included, on the price form (annex A).",
    b_item_rate: "The placement rate offered: the share of trajectories that reach the result.",
    b_item_lead_time: "The lead time of a trajectory, in weeks.",
    b_item_technical: "A statement that the bidder meets the technical requirements.",
    b_item_selection: "The information showing that the bidder meets the suitability requirements.",
    b_item_knockouts: "A statement that the bidder meets the knock-out requirements.",
    b_item_cooperation: "Whom the bidder cooperates with in the chain, and how.",
    b_item_reporting: "How the bidder reports on progress and results.",
    b_item_privacy: "How the bidder protects the participants' personal data.",
    b_h_submit: "Submission",
    b_submit_pre: "The bid is submitted as described in chapter 6, with the completed price form, the \
        completed and signed tender form and the declaration of chapter 7. Contact: ",
    b_submit_post: ".",
    b_submit_rules: "The dates in the timeline in chapter 6 are binding; a bid that arrives after the closing \
        time is not assessed. All amounts in the bid exclude VAT.",

    p_subtitle: "Project plan",
    p_h_intro: "Introduction",
    p_intro_single_pre: "",
    p_intro_single_post: " buys re-integration trajectories for the target group described in \
        chapter 2.",
    p_outline: "This project plan describes the project (chapter 2), the structure within which it \
        is carried out (3), the phases (4), the division of tasks, roles and responsibilities (5), \
        the finances (6), monitoring and accountability (7) and the evaluation (8).",
    p_h_description: "Project description",
    p_h_goals: "Objectives",
    p_h_principles: "Principles",
    p_h_target: "Target group",
    p_h_structure: "Project structure",
    p_h_participants: "Participants",
    p_h_contact: "Contact",
    p_contact_post: " is the contact during the tender: bidders' questions go through a single \
        point of contact, so that every provider gets the same information.",
    p_h_role: "Role of the buyer",
    what_role: "role of the buyer",
    p_intro_joint_post: " participants buy re-integration trajectories together for the target \
        group described in chapter 2:",
    p_h_phases: "Phases",
    p_h_steps: "The nine steps",
    p_h_timeline: "Timeline",
    p_h_tender: "Tender procedure",
    p_invited_intro: "Providers to be invited:",
    p_open_procedure_no_invites: "In an open procedure any provider can bid; no providers are \
        invited.",
    p_h_start: "Start of delivery",
    p_start_pre: "Intended start date: ",
    p_start_post: ".",
    p_preconditions_intro: "Preconditions for the start:",
    p_h_tasks: "Tasks, roles and responsibilities",
    p_h_each: "The individual participants",
    p_each: "Each participant takes part with its own responsibility and sees added value for its \
        own municipality in working together. A participant's tasks are: spending time in the joint \
        meetings, reporting back to its own organisation, taking part in delivery and supplying \
        data. Each participant is itself responsible for alignment with and support in its own \
        organisation, for the re-integration and case management of its own clients and for the \
        use of and accounting for its own money.",
    p_h_single: "The municipality",
    p_single: "The municipality is the buyer. It is responsible for the re-integration and case \
        management of its clients, for referring clients to the contractor and for the use of and \
        accounting for the budget.",
    p_h_together: "The participants together",
    p_together: "Together the participants shape the project: they adopt the bestek, run the \
        tender procedure, consult on delivery and see to unambiguous decisions. Together they \
        follow progress, and together they are responsible for the success of the project: the \
        re-integration of the participants and the cooperation between the municipalities.",
    p_h_contact_role: "The contact",
    p_h_project_group: "Project group",
    p_h_working_groups: "Working groups",
    p_h_decisions: "Decision-making",
    p_h_facilitator: "Process facilitation",
    col_who: "Who",
    p_contact_role_post: " is the contact during the tender. It answers bidders' questions, shares \
        questions and answers with all bidders and runs the procedure on behalf of the \
        participants; the participants take the decisions together.",
    p_h_contractor: "The contractor",
    p_contractor: "The contractor delivers the trajectories according to the bestek and its bid, \
        reports on progress and results and invoices according to the contract.",
    p_referral_label: "Referral: ",
    p_contacts_label: "Contacts and meetings: ",
    p_h_finance: "Finances",
    p_finance_joint: "The participants each remain responsible for the use of and accounting for \
        their own money. Each municipality pays, per person, for the trajectory of its own clients \
        from its own re-integration budget and accounts for that spending in its own accounts. \
        Agreements with the contractor on payment and accounting per municipality are made for \
        that reason.",
    p_finance_single: "The municipality pays for the trajectories per person from its \
        re-integration budget and accounts for that spending in its own accounts.",
    p_budget_intro: "Budget per participant for this purchase:",
    p_budget_partial: "The total only counts the budgets filled in so far.",
    p_financing_pre: "Payment of the contractor: ",
    p_time_investment: "In addition, the staff involved invest time in preparing and delivering the \
        project.",
    p_h_monitoring_accountability: "Monitoring and accountability",
    p_h_monitoring: "Monitoring",
    p_monitoring_figures_intro: "Progress per participant so far:",
    p_average_price_pre: "Average trajectory price under the contract: ",
    p_bonus_malus_applies: "After the contract period the bonus/malus rule of the bestek is applied \
        to the number of trajectories started and the number of placements reached.",
    p_settlement_intro: "The bonus/malus rule applied to the figures so far, with the \
        contract's average trajectory price:",
    col_agreed_placements: "Agreed placements",
    col_bonus: "Bonus",
    col_withheld: "Withheld",
    p_h_accountability: "Accountability",
    p_h_evaluation: "Evaluation",
    p_evaluation: "Afterwards the participants evaluate the project: what worked, what must change \
        next time, and how far they got with the four levers for innovative purchasing (asking \
        functionally, risk allocation, incentives and the role of the buyer). The lessons are \
        recorded for the next purchase.",
    p_what_worked: "What worked: ",
    p_what_to_change: "What must change next time: ",
};

/// The document texts of a language.
pub fn texts(lang: Lang) -> &'static DocText {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

fn count(n: usize, lang: Lang) -> String {
    format_fixed(Decimal::from(n), 0, lang.number_style())
}

/// `Deze opdracht wordt gezamenlijk ingekocht door 3 deelnemers …`
pub fn joint_buyers(n: usize, lang: Lang) -> String {
    let n = count(n, lang);
    match lang {
        Lang::Nl => format!(
            "Deze opdracht wordt gezamenlijk ingekocht door {n} deelnemers. In dit document heten zij \
             samen ‘de opdrachtgever’; iedere deelnemer blijft verantwoordelijk voor zijn eigen \
             klanten en betaalt hun trajecten zelf:"
        ),
        Lang::En => format!(
            "This contract is bought jointly by {n} participants. In this document they are together \
             called ‘the buyer’ (opdrachtgever); each participant remains responsible for its own \
             clients and pays for their trajectories itself:"
        ),
    }
}

/// The summary of open markers on the title page.
pub fn open_summary(n: usize, lang: Lang) -> String {
    let num = count(n, lang);
    match (lang, n) {
        (Lang::Nl, 1) => "Dit concept bevat nog 1 open punt, gemarkeerd met ‘nog in te vullen’. Het wordt \
             in het dossier aangevuld voordat het document wordt gebruikt."
            .to_string(),
        (Lang::Nl, _) => format!(
            "Dit concept bevat nog {num} open punten, gemarkeerd met ‘nog in te vullen’. Ze worden \
             in het dossier aangevuld voordat het document wordt gebruikt."
        ),
        (Lang::En, 1) => "This draft still has 1 open point, marked ‘to be completed’. It is to be \
             completed in the dossier before the document is used."
            .to_string(),
        (Lang::En, _) => format!(
            "This draft still has {num} open points, marked ‘to be completed’. They are to be \
             completed in the dossier before the document is used."
        ),
    }
}

/// The quality scale in one sentence; `weighted` adds how a score becomes points.
pub fn quality_scale(max: &str, weighted: bool, evaluators: usize, lang: Lang) -> String {
    let mut s = match (lang, weighted) {
        (Lang::Nl, true) => format!(
            "Elk kwaliteitscriterium wordt gescoord op een schaal van 0 tot {max} punten en levert \
             weging × score ÷ {max} punten op."
        ),
        (Lang::Nl, false) => {
            format!("Elk kwaliteitscriterium wordt gescoord op een schaal van 0 tot {max} punten.")
        }
        (Lang::En, true) => format!(
            "Each quality criterion is scored on a scale from 0 to {max} points and yields weight × \
             score ÷ {max} points."
        ),
        (Lang::En, false) => {
            format!("Each quality criterion is scored on a scale from 0 to {max} points.")
        }
    };
    if evaluators >= 2 {
        let n = count(evaluators, lang);
        s.push_str(&match lang {
            Lang::Nl => format!(
                " De kwaliteit wordt beoordeeld door {n} beoordelaars: ieder scoort eerst \
                 afzonderlijk, daarna stellen zij samen de score vast."
            ),
            Lang::En => format!(
                " Quality is assessed by {n} evaluators: each first scores independently, then \
                 they agree on the score together."
            ),
        });
    }
    s
}

/// The heading of the risk-sharing clauses of the bestek (chapter 4).
pub const RISK_SHARING_HEADING: Tr = Tr::new("Risico's in de aanloopfase", "Risks in the start-up phase");

/// The bestek's clause for a way the buyer carries part of the risk (`RiskInstrument`).
pub fn risk_instrument_clause(r: crate::domain::dossier::RiskInstrument) -> Tr {
    use crate::domain::dossier::RiskInstrument::*;
    match r {
        AcclimatisationBudget => Tr::new(
            "De opdrachtgever stelt voor de aanloopfase een gewenningsbudget beschikbaar, zodat een nieuwe aanpak kan \
             worden ingevoerd en de organisatie van de opdrachtgever eraan kan wennen. Hoogte en duur worden in het \
             contract vastgelegd.",
            "For the start-up phase the buyer makes an acclimatisation budget (gewenningsbudget) available, so that a \
             new approach can be introduced and the buyer's organisation can get used to it. Amount and duration are \
             set in the contract.",
        ),
        CofinanceFailures => Tr::new(
            "In de aanloopfase betaalt de opdrachtgever trajecten of plaatsingen die mislukken geheel of gedeeltelijk \
             mee. Welk deel en hoe lang worden in het contract vastgelegd.",
            "In the start-up phase the buyer pays, in whole or in part, for trajectories or placements that fail. \
             Which share, and for how long, is set in the contract.",
        ),
        GuaranteedFirstBuyer => Tr::new(
            "De opdrachtgever verbindt zich als eerste afnemer van de nieuwe aanpak of het nieuwe product. De \
             afgesproken aantallen worden in het contract vastgelegd.",
            "The buyer commits itself as the first buyer of the new approach or product. The agreed numbers are set \
             in the contract.",
        ),
        Pilot => Tr::new(
            "De opdracht begint met een proef waarvan de opdrachtgever een deel van de kosten draagt. Na een \
             geslaagde proef volgt een gewone aanbesteding met een norm voor het resultaat.",
            "The contract starts with a pilot of which the buyer carries part of the cost. After a successful pilot a \
             regular tender follows, with a norm for the result.",
        ),
    }
}

/// The bonus/malus rule as formulas, e.g. with `15 %`, `55 %`, `50 %`.
pub fn bonus_malus_formula(bonus: &str, rate: &str, malus: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "In formule, met T de gemiddelde trajectprijs, N het aantal gestarte trajecten en k het \
             aantal plaatsingen: bonus = {bonus} × T × max(0; k − {rate} × N) en inhouding = {malus} \
             × T × max(0; {rate} × N − k)."
        ),
        Lang::En => format!(
            "As formulas, with T the average trajectory price, N the number of trajectories started \
             and k the number of placements: bonus = {bonus} × T × max(0, k − {rate} × N) and \
             withheld = {malus} × T × max(0, {rate} × N − k)."
        ),
    }
}

/// The worked example of the bonus/malus rule: the introduction.
pub fn bonus_malus_example_intro(price: &str, n: &str, rate: &str, agreed: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "Rekenvoorbeeld, ter illustratie: bij een gemiddelde trajectprijs van {price} en {n} \
             gestarte trajecten is het afgesproken aantal plaatsingen {rate} × {n} = {agreed}."
        ),
        Lang::En => format!(
            "Worked example, for illustration: with an average trajectory price of {price} and {n} \
             trajectories started, the agreed number of placements is {rate} × {n} = {agreed}."
        ),
    }
}

/// The worked example: placements above the agreed number.
pub fn bonus_malus_example_above(k: &str, above: &str, share: &str, price: &str, bonus: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "Bij {k} plaatsingen, {above} boven het afgesproken aantal, betaalt de opdrachtgever een \
             bonus van {share} × {price} × {above} = {bonus}."
        ),
        Lang::En => format!(
            "With {k} placements, {above} above the agreed number, the buyer pays a bonus of {share} \
             × {price} × {above} = {bonus}."
        ),
    }
}

/// The worked example: placements below the agreed number.
pub fn bonus_malus_example_below(k: &str, short: &str, share: &str, price: &str, withheld: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "Bij {k} plaatsingen, {short} onder het afgesproken aantal, houdt de opdrachtgever \
             {share} × {price} × {short} = {withheld} in."
        ),
        Lang::En => format!(
            "With {k} placements, {short} below the agreed number, the buyer withholds {share} × \
             {price} × {short} = {withheld}."
        ),
    }
}

/// A knock-out generated from its rule: minimum placement rate.
pub fn knockout_min_rate(rate: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Het aangeboden plaatsingspercentage is ten minste {rate}."),
        Lang::En => format!("The placement rate offered is at least {rate}."),
    }
}

/// A knock-out generated from its rule: maximum lead time.
pub fn knockout_max_weeks(weeks: u32, lang: Lang) -> String {
    let n = count(weeks as usize, lang);
    match lang {
        Lang::Nl => format!("De aangeboden doorlooptijd is ten hoogste {n} weken."),
        Lang::En => format!("The lead time offered is at most {n} weeks."),
    }
}

/// Warning under the contract value: the chosen procedure does not fit it.
pub fn procedure_does_not_fit(chosen: &str, fitting: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "Let op: de gekozen procedure, ‘{chosen}’, past niet bij deze waarde. Passende \
             procedures: {fitting}."
        ),
        Lang::En => format!(
            "Note: the chosen procedure, ‘{chosen}’, does not fit this value. Fitting procedures: \
             {fitting}."
        ),
    }
}

/// The introduction to the table of the nine steps.
pub fn steps_intro(date: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "Het project volgt negen stappen. Elke stap hoort bij een of twee fasen van het \
             inkoopproces volgens Telgen; aanbesteden omvat de fasen specificeren, selecteren en \
             contracteren. De stand van zaken is die van het dossier op {date}."
        ),
        Lang::En => format!(
            "The project follows nine steps. Each step belongs to one or two phases of the purchasing \
             process according to Telgen; tendering covers the phases of specifying, selecting \
             and contracting. The status is that of the dossier on {date}."
        ),
    }
}

// ---------------------------------------------------------------------------------------
// The documents page (`features::documents`)
// ---------------------------------------------------------------------------------------

pub const PAGE_TITLE: Tr = Tr::new("Documenten", "Documents");
pub const PAGE_INTRO: Tr = Tr::new(
    "De documenten worden opgebouwd uit uw dossier. Wat nog ontbreekt staat gemarkeerd: klik erop \
     om naar het veld te gaan. Lees een document altijd na voordat u het verstuurt. Het bestek \
     bevat alles wat een offerteaanvraag nodig heeft (vragenronde, indienen, uitsluitingsgronden, \
     gunning met rekenvoorbeeld, contractvoorwaarden, opschortende termijn, bijlagen); laat het \
     vóór verzending juridisch toetsen.",
    "The documents are built from your dossier. What is still missing is marked: click it to go to \
     the field. Always read a document through before you send it. The bestek holds everything a \
     request for tender needs (question round, submission, exclusion grounds, award with a worked \
     example, contract conditions, standstill period, annexes); have it checked legally before \
     you send it.",
);
/// The legend of the choice between the documents.
pub const WHICH_DOCUMENT: Tr = Tr::new("Welk document?", "Which document?");
pub const PRINT: Tr = Tr::new("Afdrukken", "Print");
pub const DOWNLOAD: Tr = Tr::new("Download als .odt (Word, LibreOffice)", "Download as .odt (Word, LibreOffice)");
pub const DOWNLOAD_FAILED: Tr = Tr::new(
    "Het document kon niet worden gemaakt. Uw dossier is niet aangetast.",
    "The document could not be made. Your dossier is not affected.",
);

/// The name of a document kind, for buttons and headings in the app.
pub fn document_name(kind: crate::domain::document_kind::DocumentKind) -> Tr {
    use crate::domain::document_kind::DocumentKind;
    match kind {
        DocumentKind::Bestek => Tr::new("Bestek en offerteaanvraag", "Bestek (specification) and request for tender"),
        DocumentKind::Projectplan => Tr::new("Projectplan", "Project plan"),
    }
}

/// What happens in a step, as the activities column of the projectplan's table of phases.
pub fn step_activity(step: Step) -> Tr {
    match step {
        Step::Verkenning => Tr::new(
            "Vraag inventariseren, doelen en uitgangspunten afspreken, deelnemers en rol bepalen",
            "Take stock of the need, agree on goals and principles, decide who takes part and the role",
        ),
        Step::Doelgroep => Tr::new(
            "Doelgroep omschrijven: kenmerken, omvang per gemeente, wat als resultaat telt",
            "Describe the target group: characteristics, size per municipality, what counts as a result",
        ),
        Step::Bestek => Tr::new(
            "Programma van Eisen: functionele en technische eisen, risicoverdeling, prikkels, \
             selectie- en gunningscriteria",
            "Programma van Eisen: functional and technical requirements, risk allocation, \
             incentives, selection and award criteria",
        ),
        Step::Uitvoeringsproces => Tr::new(
            "Aanmelding, rapportage, sturing, privacy en facturering beschrijven",
            "Describe referral, reporting, steering, privacy and invoicing",
        ),
        Step::Offerteprocedure => Tr::new(
            "Procedure kiezen, offerteaanvraag versturen, offertes beoordelen, gunnen",
            "Choose the procedure, send the request for tender, assess the bids, award",
        ),
        Step::StartUitvoering => Tr::new(
            "Randvoorwaarden voor de uitvoering regelen, eerste aanmeldingen",
            "Arrange the preconditions for delivery, first referrals",
        ),
        Step::Monitoring => Tr::new(
            "Voortgang en resultaten volgen en toetsen aan het contract",
            "Follow progress and results and check them against the contract",
        ),
        Step::Verantwoording => {
            Tr::new("Iedere deelnemer verantwoordt het eigen geld", "Each participant accounts for its own money")
        }
        Step::Evaluatie => {
            Tr::new("Lessen vastleggen voor de volgende inkoop", "Record the lessons for the next purchase")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_recognisable_in_both_languages() {
        assert_eq!(NL.open_prefix, "[nog in te vullen: ");
        assert_eq!(EN.open_prefix, "[to be completed: ");
        assert_eq!(NL.open_suffix, "]");
        // The summary names the marker without its bracket, so searching for markers
        // never finds the summary.
        for lang in [Lang::Nl, Lang::En] {
            for n in [1, 2, 1000] {
                let s = open_summary(n, lang);
                assert!(!s.contains('['), "{s}");
            }
        }
        assert!(open_summary(1000, Lang::Nl).contains("1.000 open punten"));
    }

    #[test]
    fn formatted_sentences_in_both_languages() {
        assert!(joint_buyers(3, Lang::Nl).contains("door 3 deelnemers"));
        assert!(joint_buyers(3, Lang::En).contains("by 3 participants"));
        assert!(quality_scale("10", true, 2, Lang::Nl).ends_with("daarna stellen zij samen de score vast."));
        assert!(!quality_scale("10", false, 1, Lang::En).contains("evaluators"));
        assert!(bonus_malus_formula("15 %", "55 %", "50 %", Lang::Nl).contains("max(0; k − 55 % × N)"));
        assert!(bonus_malus_formula("15%", "55%", "50%", Lang::En).contains("max(0, k − 55% × N)"));
        assert_eq!(knockout_max_weeks(12, Lang::En), "The lead time offered is at most 12 weeks.");
    }
}
