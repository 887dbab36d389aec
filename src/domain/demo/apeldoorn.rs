//! Apeldoorn (guide *Inkoop en innovatie*, appendix 1): the demo case `apeldoorn`.
//!
//! What is taken from the source and what is illustrative: see the header of `domain::demo`.

use super::{award, bid, checklist, criteria, euros, participant, pct, providers, reqs, s};
use crate::domain::dossier::{
    Accountability, BonusMalusRule, BuyerRole, Characteristic, Dossier, Evaluation, Execution, Exploration, Financing,
    Invoicing, Milestone, MonitorFigures, Monitoring, Procedure, ProcedureKind, ReportingFrequency, ResultLevel,
    ServiceRegime, SettlementBasis, Specification, Start, TargetGroup,
};
use crate::domain::scoring::model::CriterionKind::{Price, Quality};
use crate::domain::scoring::model::{Knockout, KnockoutRule, PriceFormula};
use std::collections::BTreeMap;

pub(super) fn apeldoorn() -> Dossier {
    let case = "apeldoorn";
    let p1 = "apeldoorn-p1";
    Dossier {
        name: s("Apeldoorn – bouwproject in Ierland (demo)"),
        demo_of: Some(s(case)),
        exploration: Exploration {
            title: s("Bouwproject in Ierland voor ex-drugsverslaafden"),
            problem: s(
                "In Apeldoorn (ongeveer 154.000 inwoners, 2.700 klanten met een uitkering) wonen zo'n 300 \
                 drugsverslaafden. Ex-verslaafden in de bijstand zitten vaak vast in een vicieuze cirkel van \
                 langdurige werkloosheid, verveling, geldgebrek, criminaliteit en detentie. In de eigen \
                 omgeving en vriendenkring is de kans op terugval groot.",
            ),
            goals: s(
                "Deelnemers krijgen weer een normaal dagritme, leren samenwerken en met anderen in één huis \
                 wonen, en dragen verantwoordelijkheid voor zichzelf en anderen. Na drie maanden training in \
                 Ierland volgt een vervolgtraject (opleiding, scholing of stage, hoogstens zes maanden) met \
                 werk als doel. Van de trajecten bereikt minstens 55 % het beoogde resultaat.",
            ),
            principles: s(
                "De gemeente koopt volledige trajecten in en staat open voor vernieuwende vormen van \
                 re-integratie; het plan van aanpak geeft de doorslag. Deelnemers gaan weg uit hun eigen \
                 omgeving: in Ierland maakt het water tussentijds naar huis gaan onaantrekkelijk (bij een \
                 eerdere training in Frankrijk gingen enkelen voortijdig terug). Alle uitvoerders werken op \
                 dezelfde manier wat betreft privacy, akkoord op het trajectplan, maximale trajectduur en \
                 rapportage. Voorgeschiedenis: het bedrijf ontwikkelde de aanpak met een eenmalige subsidie \
                 van de provincie Gelderland.",
            ),
            participants: vec![participant(p1, "Gemeente Apeldoorn", "Service Unit Toeleiding (SUT)", Some(10), None)],
            contact_participant: Some(s(p1)),
            buyer_role: Some(BuyerRole::Facilitating),
            governance: Default::default(),
            role_rationale: s(
                "Faciliterende opdrachtgever: de gemeente zorgt dat deelnemers aan de randvoorwaarden \
                 voldoen (passen in de groep, drugsvrij, strafzaken geregeld, schulden beheersbaar). De \
                 klantmanager stelt met de SUT de groep samen en motiveert de deelnemers; de SUT toetst \
                 trajectplannen aan het contract en past de bonus-malusregeling toe.",
            ),
        },
        target_group: TargetGroup {
            description: s(
                "Ex-drugsverslaafden met een uitkering die clean zijn, hun openstaande strafzaken hebben \
                 geregeld en hun schulden beheersbaar hebben gemaakt. Zij tekenen een contract: niet drinken, \
                 geen joints of andere drugs, 's ochtends opstaan en werken. Volgens het re-integratiebedrijf \
                 slaagt deze aanpak alleen bij zeer moeilijke doelgroepen, voor wie het de laatste kans is.",
            ),
            characteristics: vec![Characteristic::LongTermAssistance, Characteristic::Addiction, Characteristic::Debts],
            other_characteristics: s(
                "Verleden met criminaliteit en detentie; door hun verleden sterk op zichzelf gericht; de \
                 vriendenkring werkt terugval in de hand.",
            ),
            result_ladder: vec![
                ResultLevel::SocialActivation,
                ResultLevel::VolunteerWork,
                ResultLevel::Education,
                ResultLevel::RegularWork,
            ],
        },
        specification: Specification {
            functional: reqs(
                "apeldoorn-f",
                &[
                    "Van alle trajectplannen die in uitvoering worden genomen, bereikt minstens 55 % het beoogde \
                     resultaat: uitstroom of plaatsing op een sociale-activeringsplaats.",
                    "Bonus/malus: voor elke plaatsing boven het afgesproken plaatsingspercentage een bonus van 15 % \
                     van de gemiddelde trajectprijs; voor het deel onder het afgesproken percentage betaalt de \
                     gemeente 50 % van de gemiddelde trajectkosten niet.",
                    "De gemeente koopt volledige trajecten in; kan de uitvoerder een onderdeel niet zelf leveren, \
                     dan koopt hij het zelf in bij een onderaannemer.",
                    // The appendix's items 4 and 5 (the price criterion, the average trajectory
                    // price in the bid) are award rules, not requirements: they are the price
                    // criterion, the cost-per-result formula and the knock-out below.
                    "De keuze valt in de eerste plaats op het plan van aanpak; de gemeente staat open voor \
                     vernieuwende vormen van re-integratie.",
                ],
            ),
            technical: reqs(
                "apeldoorn-t",
                &[
                    "De dienstverlening vindt plaats vanuit een vestiging in Apeldoorn.",
                    "Alle uitvoerders werken op dezelfde manier volgens de privacywet (destijds de Wet \
                     bescherming persoonsgegevens).",
                    "De gemeente keurt het trajectplan goed voordat de uitvoering begint.",
                    "Eén maximale duur van een traject voor alle uitvoerders.",
                    // The appendix's reason (no payment for the whole trajectory on drop-out) is
                    // the invoicing choice of step 4, whose explanation says it.
                    "Kwartaal- en voortgangsrapportage volgens de uniforme werkwijze; facturering per ingezet \
                     instrument in plaats van per traject.",
                ],
            ),
            inflow_guarantee: Some(true),
            inflow_clients: None,
            financing: Some(Financing::Output),
            failure_pay_share: None,
            contract_months: Some(12),
            option_months: None,
            bonus_malus: BonusMalusRule {
                enabled: true,
                agreed_rate: Some(pct(55)),
                bonus_share: Some(pct(15)),
                malus_share: Some(pct(50)),
                basis: SettlementBasis::WholeContract,
            },
            innovation_criterion: true,
            integral_price: false,
            cooperation_required: false,
            risk_sharing: Vec::new(),
            selection_criteria: reqs(
                "apeldoorn-s",
                &[
                    "De aangeboden dienstverlening.",
                    "De in het verleden behaalde resultaten.",
                    "Beschikking over vakbekwaam personeel.",
                ],
            ),
        },
        execution: Execution {
            referral: s(
                "De klantmanager stelt de diagnose en geeft een trajectadvies; de SUT beoordeelt het advies en \
                 meldt de klant aan bij het re-integratiebedrijf. Voor het Ierlandproject stellen klantmanager \
                 en SUT samen de groep samen. De SUT verdeelt de klanten over de bedrijven volgens de \
                 afgesproken aantallen.",
            ),
            // Illustrative: the appendix asks one maximum duration of all providers without a
            // number; three months in Ireland plus a follow-up of at most six months gives nine.
            // The intake term is not in the appendix (Amsterdam's two weeks, see the note).
            intake_weeks: Some(2),
            max_duration_months: Some(9),
            reporting_frequency: Some(ReportingFrequency::Quarterly),
            reporting_content: s(
                "Kwartaal- en voortgangsrapportage volgens de uniforme werkwijze; de SUT beoordeelt ze. Na \
                 terugkeer houdt het bedrijf zes maanden lang wekelijks of maandelijks contact met de \
                 deelnemer en zijn werkgever.",
            ),
            go_no_go: false,
            data_protection: s(
                "Uniforme werkwijze van alle uitvoerders volgens de privacywet (in 2002 de Wet bescherming \
                 persoonsgegevens; nu de AVG).",
            ),
            invoicing: Some(Invoicing::PerInstrument),
            contacts: s(
                "De SUT onderhoudt de contacten met de re-integratiebedrijven, betaalt de facturen en \
                 administreert de kosten. De klantmanager blijft integraal verantwoordelijk voor inkomen en \
                 werk van de klant.",
            ),
        },
        procedure: Procedure {
            submission: Default::default(),
            estimated_price: Some(euros(7_500)),
            threshold_override: None,
            regime: Some(ServiceRegime::SocialAndOtherSpecific),
            kind: Some(ProcedureKind::Private),
            rationale: s(
                "Onderhandse aanbesteding met voorselectie. Vijftig re-integratiebedrijven kregen een \
                 uitnodiging voor de voorselectie: dertig waarmee de gemeente de twee jaar daarvoor had \
                 gewerkt (waaronder (ex-)gesubsidieerde instellingen), tien op aanbeveling van omliggende \
                 gemeenten en tien die zich kort daarvoor goed hadden gepresenteerd. Op de drie \
                 selectiecriteria zijn 28 bedrijven gevraagd een offerte uit te brengen. Vrijwel alle \
                 offertes voldeden; met twaalf uitvoerders is een contract gesloten, met drie van hen op een \
                 hoger plaatsingspercentage dan 55 % (het hoogste 80 %, tegen een hogere trajectprijs).\n\n\
                 Let op (demo): \
                 de vooraf gepubliceerde prijsgrenzen (€ 5.000 en € 10.000, voor de formule met vaste \
                 grenzen) zijn illustratief; \
                 de geschatte trajectprijs (€ 7.500), het aantal trajecten per jaar (10), de \
                 contractduur (12 maanden), de gemiddelde prijs bij monitoring en de drie offertes met hun \
                 scores zijn fictief; ze staan er alleen om de berekeningen te tonen. Ook illustratief: de \
                 intaketermijn (2 weken, de norm van Amsterdam), de maximale trajectduur (9 maanden: drie \
                 maanden Ierland plus hoogstens zes maanden vervolgtraject; de bron noemt alleen één maximale \
                 duur voor alle uitvoerders) en de data in het tijdpad (de bron noemt alleen dat de trajecten \
                 vanaf 2002 uit het reguliere budget worden betaald). De gewichten van de gunningscriteria \
                 komen uit de bron. De prijsformule 'kosten per resultaat' (trajectprijs gedeeld door het \
                 plaatsingspercentage) is de uitwerking van Inkoopwijzer van 'de prijs, gewogen met het \
                 plaatsingspercentage': de bron geeft geen rekenregel.\n\n\
                 Bronnen: Handreiking bijlage 1 (Apeldoorn), blz. 28-32; Handreiking §3.3, blz. 19; \
                 Handreiking §3.5, blz. 23.",
            ),
            invited: providers(
                case,
                &[
                    (
                        "Groep: 30 bedrijven waarmee de gemeente al samenwerkte",
                        "Waaronder (ex-)gesubsidieerde instellingen; namen staan niet in de bron.",
                    ),
                    ("Groep: 10 bedrijven aanbevolen door omliggende gemeenten", "Namen staan niet in de bron."),
                    ("Groep: 10 bedrijven die zich recent goed presenteerden", "Namen staan niet in de bron."),
                ],
            ),
            // Illustrative dates (see the note above); the steps are the appendix's.
            timeline: vec![
                Milestone {
                    id: s("apeldoorn-m1"),
                    label: s("Uitnodiging voorselectie aan 50 re-integratiebedrijven (datum illustratief)"),
                    date: s("2001-09-03"),
                },
                Milestone {
                    id: s("apeldoorn-m2"),
                    label: s("Offerteaanvraag aan 28 geselecteerde bedrijven (datum illustratief)"),
                    date: s("2001-10-15"),
                },
                Milestone {
                    id: s("apeldoorn-m3"),
                    label: s("Gunning: contracten met twaalf uitvoerders (datum illustratief)"),
                    date: s("2001-12-14"),
                },
                Milestone {
                    id: s("apeldoorn-m4"),
                    label: s("Start contractperiode, trajecten uit het reguliere budget"),
                    date: s("2002-01-01"),
                },
            ],
        },
        award: award(
            criteria(
                case,
                &[
                    ("Prijs (gemiddelde trajectprijs), gewogen met het plaatsingspercentage", Price, 50),
                    ("Helderheid van het plan van dienstverlening", Quality, 5),
                    ("Doorlooptijd", Quality, 10),
                    ("Aansluiting bij het beleid van de gemeente", Quality, 10),
                    ("Behaalde resultaten en vakbekwaamheid van het personeel", Quality, 25),
                ],
            ),
            PriceFormula::CostPerResult,
            (5_000, 10_000),
            vec![Knockout {
                id: s("apeldoorn-ko1"),
                description: s("Aangeboden plaatsingspercentage minstens 55 %."),
                rule: KnockoutRule::MinPlacementRate { min: Some(pct(55)) },
            }],
            case,
            vec![
                bid(case, 'A', 7_200, 60, 36, &[(2, 7, 8, 7), (3, 6, 6, 6), (4, 7, 7, 7), (5, 4, 8, 6)]),
                bid(case, 'B', 8_400, 80, 40, &[(2, 8, 8, 8), (3, 5, 6, 5), (4, 8, 7, 8), (5, 9, 8, 9)]),
                bid(case, 'C', 6_000, 50, 30, &[(2, 6, 5, 6), (3, 8, 8, 8), (4, 6, 6, 6), (5, 5, 5, 5)]),
            ],
        ),
        start: Start {
            preconditions: checklist(
                case,
                &[
                    ("Deelnemers zijn drugsvrij, hebben openstaande strafzaken geregeld en hun schulden beheersbaar gemaakt.", true),
                    ("Deelnemers hebben het deelnamecontract getekend (niet drinken, geen drugs, opstaan, werken).", true),
                    ("Zakgeld geregeld: € 50 per week; de gemeente spaart de rest van de uitkering en betaalt die uit bij terugkeer.", true),
                    ("Bij terugkeer in Nederland ligt een vervolgtraject (opleiding, scholing of stage) klaar.", true),
                ],
            ),
            start_date: String::new(),
            first_referrals: BTreeMap::new(),
        },
        monitoring: Monitoring {
            average_price: Some(euros(7_500)),
            figures: BTreeMap::from([(
                s(p1),
                MonitorFigures { started: Some(21), results: Some(19), cost: None },
            )]),
            notes: s(
                "Stand eind 2002: 21 deelnemers volgden de training in Ierland; 17 vonden een reguliere baan \
                 (onder meer in de bouw en als taxichauffeur), 2 doen vrijwilligerswerk en 2 vielen voortijdig \
                 uit. Hier geteld als resultaat: 17 + 2 = 19, met vrijwilligerswerk als plaatsing op een \
                 sociale-activeringsplaats. De handreiking noemt voor het bouwproject een uitstroom van 90 %, \
                 maar zegt niet hoe die is berekend (19 van 21 en 17 van 19 geven allebei ongeveer 90 %). Een \
                 deel van de 21 volgde de training al in de jaren met subsidie, vóór het contract met de norm \
                 van 55 %; de bonus en malus over alle 21 in stap 7 zijn dus een illustratie. De gemiddelde \
                 trajectprijs hierboven is fictief (demo).",
            ),
        },
        accountability: Accountability {
            notes: s(
                "Het eerste jaar kocht de gemeente trajecten voor de helft van de kosten, dankzij de eenmalige \
                 provinciale subsidie; daarna betaalde zij een jaar uit eigen middelen en vanaf 2002 uit het \
                 reguliere re-integratiebudget. De SUT betaalt de facturen, administreert de kosten en past de \
                 bonus-malusregeling toe.",
            ),
        },
        evaluation: Evaluation {
            what_worked: s(
                "Deelnemers uit hun omgeving halen werkt: het bouwproject haalt een hoge uitstroom. Met twaalf \
                 uitvoerders deed de gemeente ervaring op met veel aanbieders en kan zij na de eerste \
                 contractperiode de best presterende bedrijven aanwijzen.",
            ),
            what_to_change: s(
                "Twaalf uitvoerders is te veel om efficiënt mee samen te werken; de coördinatie is ingewikkeld. \
                 In de volgende ronde minder bedrijven contracteren en het afgesproken aantal trajecten per \
                 contract aan de lage kant houden: vooral voorheen gesubsidieerde instellingen houden de \
                 gemeente aan de afgesproken aantallen.",
            ),
            self_assessment: BTreeMap::new(),
        },
        ..Dossier::default()
    }
}
