//! Holland Rijnland (joint purchasing plan, 2005-2006): the demo case `holland-rijnland`.
//!
//! What is taken from the source and what is illustrative: see the header of `domain::demo`.

use super::{award, bid, checklist, criteria, euros, participant, reqs, s};
use crate::domain::dossier::{
    Accountability, BonusMalusRule, Characteristic, Dossier, Execution, Exploration, Governance, Invoicing, Milestone,
    Monitoring, Procedure, ResultLevel, ServiceRegime, Specification, Start, TargetGroup,
};
use crate::domain::scoring::model::CriterionKind::{Price, Quality};
use crate::domain::scoring::model::PriceFormula;
use std::collections::BTreeMap;

pub(super) fn holland_rijnland() -> Dossier {
    let case = "holland-rijnland";
    // Ids are short: "hr-…".
    let ids = "hr";
    Dossier {
        name: s("Holland Rijnland – gezamenlijke aanbesteding (demo)"),
        demo_of: Some(s(case)),
        exploration: Exploration {
            title: s("Gezamenlijke aanbesteding re-integratietrajecten Sociale Diensten Holland Rijnland (pilot)"),
            problem: s(
                "Alle deelnemende gemeenten worstelen met de re-integratie van een zeer moeilijke doelgroep: \
                 bijstandsgerechtigden met meervoudige problematiek. Ze zoeken allemaal naar nieuwe wegen.",
            ),
            goals: s(
                "1. Re-integratie van bijstandsgerechtigden met meervoudige problematiek. Het bestek legt vast \
                 wat als resultaat telt, van sociale activering tot regulier werk. Samen inkopen geeft \
                 kennisuitwisseling, meer schaal en ruimte om met verschillende bedrijven te experimenteren.\n\
                 2. De samenwerking tussen de Holland Rijnland-gemeenten op het terrein van Werk en Inkomen \
                 bevorderen.\n3. Het samenwerkingsproces volgen om er later van te leren.",
            ),
            principles: s(
                "Praktisch samenwerken: samen aanbesteden én samen uitvoeren. Iedere gemeente houdt haar eigen \
                 verantwoordelijkheid; het resultaat voor de eigen gemeente is leidend. 'Al doende leert men': \
                 proces en tijdpad mogen onderweg worden bijgesteld. De projectgroep (beleidsmedewerkers van \
                 alle deelnemers) neemt de besluiten, met twee werkgroepen (Programma van Eisen en Uitvoering); \
                 de besluiten gaan ter advisering naar de afdelingshoofden (AAG) en de portefeuillehouders (PHO \
                 SA). Het samenwerkingsorgaan Holland Rijnland begeleidt het proces en is technisch voorzitter, \
                 maar is geen deelnemer en niet verantwoordelijk voor de inhoud of het geld.",
            ),
            participants: vec![
                participant("hr-katwijk", "Gemeente Katwijk", "", Some(10), None),
                participant(
                    "hr-isd-bollenstreek",
                    "ISD Bollenstreek (voor Hillegom, Lisse, Noordwijkerhout en Teylingen)",
                    "",
                    Some(15),
                    None,
                ),
                participant(
                    "hr-overige",
                    "Overige deelnemende gemeenten van Holland Rijnland (niet bij naam in het plan)",
                    "",
                    Some(20),
                    None,
                ),
            ],
            contact_participant: Some(s("hr-katwijk")),
            buyer_role: None,
            governance: Governance {
                project_group: s(
                    "Beleidsmedewerkers van alle deelnemende gemeenten (en de ISD Bollenstreek). De projectgroep \
                     stuurt het project aan, overlegt gezamenlijk, zorgt voor eenduidige besluiten en volgt het \
                     project; zij neemt de definitieve besluiten. Elk lid koppelt terug naar de eigen gemeente en \
                     zorgt daar voor commitment.",
                ),
                working_groups: s(
                    "Werkgroep Programma van Eisen (conceptbestek, offertevraag) en Werkgroep Uitvoering \
                     (uitvoeringsproces, randvoorwaarden voor de start), elk met een vertegenwoordiging uit de \
                     projectgroep. Beide koppelen hun resultaten terug aan de projectgroep.",
                ),
                decision_route: s(
                    "De besluiten van de projectgroep gaan ter advisering naar het AAG (afdelingshoofden) en het \
                     PHO SA (portefeuillehouders), om de ambtelijke en bestuurlijke legitimatie van de regio te \
                     garanderen. Omdat de leden terugkoppelen naar hun eigen gemeente, verschillen de discussies \
                     daar naar verwachting weinig van die in de projectgroep.",
                ),
                facilitator: s(
                    "Het samenwerkingsorgaan Holland Rijnland: procesbegeleider en onafhankelijk (technisch) \
                     voorzitter van de projectgroep tijdens de totstandkoming (fase 1 tot en met 5). Geen deelnemer \
                     van project- of werkgroepen, niet verantwoordelijk voor de inhoudelijke doelen en de \
                     financiële verantwoording.",
                ),
                step_owners: BTreeMap::from([
                    (s("1-verkenning"), s("Projectgroep")),
                    (s("2-doelgroep"), s("Projectgroep")),
                    (s("3-bestek"), s("Werkgroep Programma van Eisen")),
                    (s("4-uitvoeringsproces"), s("Werkgroep Uitvoering")),
                    (
                        s("5-offerteprocedure"),
                        s("Een van de gemeenten (Katwijk) als aanspreekpunt; de Werkgroep Programma van Eisen schrijft \
                           de offertevraag; de projectgroep voert de procedure uit"),
                    ),
                    (s("6-start-uitvoering"), s("Werkgroep Uitvoering")),
                    (s("7-monitoring"), s("Projectgroep en Holland Rijnland")),
                    (s("8-verantwoording"), s("De gemeenten afzonderlijk")),
                    (s("9-evaluatie"), s("Projectgroep")),
                ]),
            },
            role_rationale: s(
                "Nog te kiezen. Het plan legt het klantmanagement en de re-integratie van de eigen klanten bij \
                 iedere gemeente; casemanagers van enkele (nog af te spreken) gemeenten begeleiden de \
                 uitvoering. Welke rol de gemeenten tegenover het re-integratiebedrijf nemen, staat niet in het \
                 plan.\n\nDeelnemers: volgens het plan doen tien gemeenten mee, waarbij 'gemeenten' ook de ISD \
                 Bollenstreek omvat; die vertegenwoordigt Hillegom, Lisse, Noordwijkerhout en Teylingen. \
                 Alkemade en Zoeterwoude doen niet mee. Katwijk is aanspreekpunt tijdens de aanbesteding. De \
                 overige deelnemers noemt het plan niet bij naam; ze staan hier samen op één regel.",
            ),
        },
        target_group: TargetGroup {
            description: s(
                "De 'harde kern' van het bijstandsbestand: langdurig in de bijstand, zeer moeilijk in beweging te \
                 krijgen en met meervoudige problematiek. De doelgroepomschrijving (bijlage bij het plan, \
                 vastgesteld in februari 2006) is door alle deelnemers onderschreven; de kenmerken hier zijn \
                 niet limitatief.",
            ),
            characteristics: vec![
                Characteristic::LongTermAssistance,
                Characteristic::MedicalLimitations,
                Characteristic::MultipleProblems,
                Characteristic::LowSelfImage,
                Characteristic::HardToMotivate,
            ],
            other_characteristics: s(
                "Door alle problemen het geloof in zichzelf kwijt; vaak niet-willers, bij wie het vinden van de \
                 juiste ingang voor motivatie veel deskundigheid vraagt. Medische beperkingen kunnen fysiek of \
                 psychisch zijn.",
            ),
            result_ladder: ResultLevel::ALL.to_vec(),
        },
        specification: Specification {
            functional: reqs(
                "hr-f",
                &["Bijstandsgerechtigden met meervoudige problematiek komen een stap verder, van sociale \
                   activering tot regulier werk; het bestek legt vast wat als resultaat telt."],
            ),
            technical: reqs(
                "hr-t",
                &["Betaling en verantwoording per gemeente: iedere gemeente betaalt het traject per persoon uit \
                   haar eigen Werkdeel WWB; het bedrijf factureert en rapporteert aan de afzonderlijke gemeenten."],
            ),
            inflow_guarantee: None,
            inflow_clients: None,
            financing: None,
            failure_pay_share: None,
            contract_months: Some(12),
            option_months: None,
            bonus_malus: BonusMalusRule::default(),
            innovation_criterion: false,
            integral_price: false,
            cooperation_required: false,
            risk_sharing: Vec::new(),
            selection_criteria: Vec::new(),
        },
        execution: Execution {
            referral: s(
                "Iedere gemeente meldt haar eigen klanten aan en blijft verantwoordelijk voor klantmanagement en \
                 re-integratie; de uitvoering pakken de gemeenten samen op.",
            ),
            intake_weeks: None,
            max_duration_months: None,
            reporting_frequency: None,
            reporting_content: s(
                "Aanlevering van klanten, terugkoppeling, verantwoording en monitoring beschrijft de Werkgroep \
                 Uitvoering (maart/april 2006); betaling en verantwoording gaan per gemeente.",
            ),
            go_no_go: false,
            data_protection: String::new(),
            invoicing: Some(Invoicing::PerTrajectory),
            contacts: s(
                "Katwijk is aanspreekpunt tijdens de aanbesteding. Casemanagers van enkele, nog af te spreken \
                 gemeenten begeleiden de uitvoering. Holland Rijnland begeleidt het proces tot en met de \
                 offerteprocedure (fase 1 tot en met 5).",
            ),
        },
        procedure: Procedure {
            submission: Default::default(),
            estimated_price: Some(euros(6_000)),
            threshold_override: None,
            regime: Some(ServiceRegime::SocialAndOtherSpecific),
            kind: None,
            rationale: s(
                "De aanbesteding gebeurt 'door de individuele gemeenten in samenwerking', met Katwijk als \
                 aanspreekpunt, volgens vaste regelgeving. De Werkgroep Programma van Eisen schrijft de \
                 offertevraag.\n\nOpmerking van Inkoopwijzer (niet uit het plan): voor de Europese drempel \
                 telt de waarde van alle deelnemers samen, want de gezamenlijke opdracht wordt als geheel \
                 geraamd.\n\nLet op (demo): \
                 de vooraf gepubliceerde prijsgrenzen (€ 4.000 en € 8.000, voor de formule met vaste \
                 grenzen) zijn illustratief; \
                 het plan noemt geen procedure, gunningscriteria, prijzen of \
                 aantallen. De prijsformule (relatief ten opzichte van de laagste prijs) is voor de demo \
                 gekozen. De criteria en gewichten, de \
                 geschatte trajectprijs (€ 6.000), de aantallen trajecten per deelnemer (10, 15 en 20 per jaar), \
                 de contractduur (12 maanden) en de drie offertes zijn fictief. De data in het tijdpad zijn de \
                 eerste dag van de maand die het plan noemt.\n\n\
                 Bronnen: Projectplan Holland Rijnland §2.1; Projectplan Holland Rijnland §2.3; Projectplan \
                 Holland Rijnland §2.4; Projectplan Holland Rijnland §3; Projectplan Holland Rijnland §4.",
            ),
            invited: Vec::new(),
            timeline: vec![
                Milestone {
                    id: s("hr-m1"),
                    label: s("Brainstorm: vraag inventariseren en overeenstemming over het project (december 2005 – maart 2006)"),
                    date: s("2005-12-01"),
                },
                Milestone { id: s("hr-m2"), label: s("Doelgroepomschrijving vastgesteld (februari 2006)"), date: s("2006-02-01") },
                Milestone {
                    id: s("hr-m3"),
                    label: s("Conceptbestek en beschrijving uitvoeringsproces (maart/april 2006)"),
                    date: s("2006-03-01"),
                },
                Milestone {
                    id: s("hr-m4"),
                    label: s("Offerteprocedure: aanspreekpunt, offertevraag, gunning (mei – juli 2006)"),
                    date: s("2006-05-01"),
                },
                Milestone {
                    id: s("hr-m5"),
                    label: s("Start uitvoering: randvoorwaarden in kaart (augustus 2006)"),
                    date: s("2006-08-01"),
                },
            ],
        },
        award: award(
            criteria(
                ids,
                &[
                    ("Ervaring met de doelgroep met meervoudige problematiek", Quality, 30),
                    ("Aanpak en motivatie van de deelnemers", Quality, 30),
                    ("Afspraken over facturering en verantwoording per gemeente", Quality, 10),
                    ("Prijs", Price, 30),
                ],
            ),
            PriceFormula::RelativeToLowest,
            (4_000, 8_000),
            Vec::new(),
            ids,
            vec![
                bid(ids, 'A', 5_800, 30, 52, &[(1, 7, 7, 7), (2, 6, 7, 6), (3, 8, 8, 8)]),
                bid(ids, 'B', 6_900, 35, 52, &[(1, 9, 8, 9), (2, 8, 9, 8), (3, 6, 6, 6)]),
                bid(ids, 'C', 4_900, 25, 40, &[(1, 5, 5, 5), (2, 5, 4, 5), (3, 7, 7, 7)]),
            ],
        ),
        start: Start {
            preconditions: checklist(
                ids,
                &[
                    ("Randvoorwaarden voor de uitvoering in kaart gebracht (Werkgroep Uitvoering).", false),
                    ("Afspraken met het re-integratiebedrijf over betaling en verantwoording per gemeente.", false),
                    ("Casemanagers van enkele gemeenten aangewezen voor de begeleiding.", false),
                ],
            ),
            start_date: String::new(),
            first_referrals: BTreeMap::new(),
        },
        monitoring: Monitoring {
            average_price: None,
            figures: BTreeMap::new(),
            notes: s(
                "Projectgroep en Holland Rijnland volgen proces en inhoud doorlopend; het volgen van de \
                 samenwerking zelf is doelstelling 3.",
            ),
        },
        accountability: Accountability {
            notes: s(
                "Iedere gemeente verantwoordt haar eigen middelen, na afloop van het project, als onderdeel van \
                 de verantwoording van haar WWB-middelen. (Opmerking van Inkoopwijzer: de WWB is sinds 2015 de \
                 Participatiewet; het Werkdeel ging in 2009 op in het participatiebudget.)",
            ),
        },
        ..Dossier::default()
    }
}
