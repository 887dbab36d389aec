//! Five demo dossiers built from the two sources: the four case appendices of the ministry
//! guide *Inkoop en innovatie* (2002: Apeldoorn, Amsterdam, Emmen, Roermond) and the
//! Holland Rijnland joint purchasing plan (2005-2006).
//!
//! What the sources say is filled in as it is. Where the app needs a value to show a
//! computation and the source gives none (an estimated price, trajectories per year, a
//! contract duration, award weights, bids), the demo uses an *illustrative* value and says
//! so in the dossier itself: in the procedure rationale (step 5), in the bidders' names
//! ("Aanbieder A (fictief)") and in the case description. Dossier texts are Dutch: they are
//! user data. Ids are stable strings (`apeldoorn-p1`) so that links and tests survive.
//!
//! `id`, `created_at` and `updated_at` stay empty in a case's dossier; [`DemoCase::copy`]
//! makes the copy a user opens (with an id, a name and timestamps), and [`reset`] puts a copy
//! back to the original. `demo_of` holds the case key.

use crate::domain::dossier::*;
use crate::domain::lang::{Lang, Tr};
use crate::domain::money::{Money, Percent};
use crate::domain::scoring::model::{
    AwardSetup, Bid, Consensus, Criterion, CriterionKind, Evaluator, Knockout, KnockoutRule,
    PriceFormula, QualityScale, Score,
};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// A demo case in the case list.
#[derive(Debug, Clone, Copy)]
pub struct DemoCase {
    /// Stable key, stored in `Dossier::demo_of` of every copy.
    pub key: &'static str,
    pub name: Tr,
    /// One line for the case list.
    pub description: Tr,
    build: fn() -> Dossier,
}

/// Added to a copy's name after the case's name: "Apeldoorn: … (voorbeeld)".
const COPY_SUFFIX: Tr = Tr::new("voorbeeld", "demo");

impl DemoCase {
    /// A fresh dossier of this case (`id` and timestamps empty, `demo_of` set).
    pub fn dossier(&self) -> Dossier {
        (self.build)()
    }

    /// A copy of this case to store as a new dossier with this `id`: named after the case in
    /// the user's language, created and updated `now` (an ISO 8601 timestamp).
    pub fn copy(&self, lang: Lang, id: String, now: &str) -> Dossier {
        let mut d = self.dossier();
        d.id = id;
        d.name = format!("{} ({})", self.name.get(lang), COPY_SUFFIX.get(lang));
        d.created_at = now.to_string();
        d.updated_at = now.to_string();
        d.demo_of = Some(self.key.to_string());
        d
    }
}

/// Puts a demo copy back to its case's original contents, keeping its id, name and creation
/// time; updated `now`. Returns `false`, changing nothing, when the dossier is no copy of a
/// known case.
pub fn reset(d: &mut Dossier, now: &str) -> bool {
    let Some(case) = d.demo_of.as_deref().and_then(demo_case) else { return false };
    let mut fresh = case.dossier();
    fresh.id = std::mem::take(&mut d.id);
    fresh.name = std::mem::take(&mut d.name);
    fresh.created_at = std::mem::take(&mut d.created_at);
    fresh.updated_at = now.to_string();
    fresh.demo_of = Some(case.key.to_string());
    *d = fresh;
    true
}

/// The five cases, in the order of the sources, then a workshop exercise.
pub fn demo_cases() -> Vec<DemoCase> {
    vec![
        DemoCase {
            key: "apeldoorn",
            name: Tr::new("Apeldoorn: bouwproject in Ierland", "Apeldoorn: building project in Ireland"),
            description: Tr::new(
                "Ex-drugsverslaafden restaureren een kerkje in Ierland: onderhands met voorselectie, \
                 prijs gewogen met het plaatsingspercentage, bonus/malus bij 55% (offertes fictief).",
                "Former drug addicts restore a chapel in Ireland: private tender with pre-selection, \
                 price weighted by placement rate, bonus/malus at 55% (bids fictitious).",
            ),
            build: apeldoorn,
        },
        DemoCase {
            key: "amsterdam",
            name: Tr::new("Amsterdam: sociale activeringsmakelaar", "Amsterdam: social activation broker"),
            description: Tr::new(
                "Eén makelaar per regio koppelt klant en activering: functionele vraag, geen \
                 instroomgarantie, jaarcontracten (gewichten illustratief).",
                "One broker per region matches clients and activation: functional request, no \
                 inflow guarantee, one-year contracts (weights illustrative).",
            ),
            build: amsterdam,
        },
        DemoCase {
            key: "emmen",
            name: Tr::new("Emmen: activering in twee dorpen", "Emmen: activation in two villages"),
            description: Tr::new(
                "Ongeveer 25 klanten uit de harde kern in Nieuw-Amsterdam en Veenoord: open vraag \
                 aan de markt, instroomgarantie, prijs weegt licht (gewichten illustratief).",
                "About 25 hard-core clients in Nieuw-Amsterdam and Veenoord: an open question to \
                 the market, inflow guarantee, price weighs little (weights illustrative).",
            ),
            build: emmen,
        },
        DemoCase {
            key: "roermond",
            name: Tr::new("Roermond: integraal wijkproject", "Roermond: integrated neighbourhood project"),
            description: Tr::new(
                "130 trajecten in 24 maanden in twee wijken: integrale trajectprijs, verplichte \
                 samenwerking, gemeente als regisseur (criteria illustratief).",
                "130 trajectories in 24 months in two neighbourhoods: integral trajectory price, \
                 obliged cooperation, the municipality as director (criteria illustrative).",
            ),
            build: roermond,
        },
        DemoCase {
            key: "holland-rijnland",
            name: Tr::new("Holland Rijnland: samen inkopen", "Holland Rijnland: buying jointly"),
            description: Tr::new(
                "Tien gemeenten kopen samen in voor klanten met meervoudige problematiek; ieder \
                 betaalt per persoon uit het eigen WWB-budget (aantallen en criteria illustratief).",
                "Ten municipalities buy jointly for clients with multiple problems; each pays per \
                 person from its own WWB budget (numbers and criteria illustrative).",
            ),
            build: holland_rijnland,
        },
        DemoCase {
            key: "workshop-omkering",
            name: Tr::new("Workshop: rangorde-omkering", "Workshop: rank reversal"),
            description: Tr::new(
                "Drie offertes waarin een kansloze derde bepaalt wie wint (rekenvoorbeeld, fictief): \
                 verwijder C en zie A winnen; kies een absolute formule en de volgorde ligt vast.",
                "Three bids where a hopeless third one decides who wins (worked example, \
                 fictitious): remove C and A wins; choose an absolute formula and the order holds.",
            ),
            build: workshop_reversal,
        },
    ]
}

/// The demo case with this key.
pub fn demo_case(key: &str) -> Option<DemoCase> {
    demo_cases().into_iter().find(|c| c.key == key)
}

// ---------------------------------------------------------------------------------------
// Small builders

fn euros(n: i64) -> Money {
    Money(Decimal::from(n))
}

fn pct(n: i64) -> Percent {
    Percent(Decimal::from(n))
}

fn s(text: &str) -> String {
    text.to_string()
}

fn reqs(prefix: &str, texts: &[&str]) -> Vec<Requirement> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| Requirement {
            id: format!("{prefix}{}", i + 1),
            text: s(t),
        })
        .collect()
}

fn participant(
    id: &str,
    name: &str,
    contact: &str,
    trajectories: Option<u32>,
    size: Option<u32>,
) -> Participant {
    Participant {
        id: s(id),
        name: s(name),
        contact_person: s(contact),
        trajectories,
        budget: None,
        target_group_size: size,
    }
}

fn criteria(case: &str, list: &[(&str, CriterionKind, i64)]) -> Vec<Criterion> {
    list.iter()
        .enumerate()
        .map(|(i, (name, kind, weight))| Criterion {
            id: format!("{case}-c{}", i + 1),
            name: s(name),
            kind: *kind,
            weight: Some(pct(*weight)),
            value_per_point: None,
        })
        .collect()
}

fn providers(case: &str, list: &[(&str, &str)]) -> Vec<Provider> {
    list.iter()
        .enumerate()
        .map(|(i, (name, note))| Provider {
            id: format!("{case}-i{}", i + 1),
            name: s(name),
            note: s(note),
        })
        .collect()
}

fn checklist(case: &str, list: &[(&str, bool)]) -> Vec<ChecklistItem> {
    list.iter()
        .enumerate()
        .map(|(i, (text, done))| ChecklistItem {
            id: format!("{case}-pre{}", i + 1),
            text: s(text),
            done: *done,
        })
        .collect()
}

fn evaluators(case: &str) -> Vec<Evaluator> {
    (1..=2)
        .map(|i| Evaluator {
            id: format!("{case}-e{i}"),
            name: format!("Beoordelaar {i} (fictief)"),
        })
        .collect()
}

/// A fictitious bid: `scores` per quality criterion number (1-based, as in `criteria`):
/// (criterion number, evaluator 1, evaluator 2, agreed score), on the default 0..10 scale.
fn bid(
    case: &str,
    letter: char,
    price: i64,
    rate: i64,
    weeks: u32,
    scores: &[(usize, i64, i64, i64)],
) -> Bid {
    let crit = |n: usize| format!("{case}-c{n}");
    Bid {
        id: format!("{case}-bid-{}", letter.to_ascii_lowercase()),
        bidder: format!("Aanbieder {letter} (fictief)"),
        price: Some(euros(price)),
        placement_rate: Some(pct(rate)),
        lead_time_weeks: Some(weeks),
        scores: scores
            .iter()
            .flat_map(|(n, e1, e2, _)| {
                [(1, *e1), (2, *e2)].map(|(e, points)| Score {
                    criterion_id: crit(*n),
                    evaluator_id: format!("{case}-e{e}"),
                    points: Some(Decimal::from(points)),
                })
            })
            .collect(),
        consensus: scores
            .iter()
            .map(|(n, _, _, agreed)| Consensus {
                criterion_id: crit(*n),
                points: Some(Decimal::from(*agreed)),
                reason: s("Fictieve score voor de demo."),
            })
            .collect(),
        knockouts: Vec::new(),
        note: s("Fictieve offerte om de vergelijking te tonen; niet uit de bron."),
    }
}

fn award(
    criteria: Vec<Criterion>,
    formula: PriceFormula,
    knockouts: Vec<Knockout>,
    case: &str,
    bids: Vec<Bid>,
) -> AwardSetup {
    AwardSetup {
        criteria,
        formula,
        knockouts,
        evaluators: evaluators(case),
        bids,
        ..AwardSetup::default()
    }
}

use CriterionKind::{Price, Quality};

// ---------------------------------------------------------------------------------------
// Workshop: rank reversal (the worked example of the literature, Telgen & Timmer 2016)

/// Price 50 / quality 50, quality out of 100, price scored relative to the lowest bid. A
/// (quality 60, € 100.000) beats B (78, € 125.000) by 80,00 to 79,00; C (5, € 50.000) loses
/// itself but lowers the lowest price, after which B wins with 59,00 before A's 55,00. Only
/// the award part is filled in: it is an exercise for a workshop, not a purchase.
fn workshop_reversal() -> Dossier {
    let case = "workshop";
    let mut crit = criteria(case, &[("Prijs", Price, 50), ("Kwaliteit van het plan van aanpak", Quality, 50)]);
    // The euro value of a quality point, so that 'gunnen op waarde' can be compared too.
    crit[1].value_per_point = Some(euros(1_000));
    let jury = Evaluator { id: format!("{case}-e1"), name: s("Jury (fictief)") };
    let bid = |letter: char, price: i64, rate: i64, quality: i64| Bid {
        id: format!("{case}-bid-{}", letter.to_ascii_lowercase()),
        bidder: format!("Aanbieder {letter} (fictief)"),
        price: Some(euros(price)),
        placement_rate: Some(pct(rate)),
        lead_time_weeks: None,
        scores: vec![Score { criterion_id: format!("{case}-c2"), evaluator_id: jury.id.clone(), points: Some(Decimal::from(quality)) }],
        consensus: Vec::new(),
        knockouts: Vec::new(),
        note: s("Rekenvoorbeeld uit de literatuur over rangorde-omkering; fictief."),
    };
    Dossier {
        name: s("Workshop: rangorde-omkering (voorbeeld)"),
        demo_of: Some(s("workshop-omkering")),
        exploration: Exploration {
            title: s("Workshop: wie wint er, en waarom?"),
            problem: s("Een oefening voor een workshop over gunnen. Drie aanbieders schreven in op \
                 een re-integratieopdracht; prijs en kwaliteit wegen elk 50%. Open 'Offertes \
                 vergelijken' (stap 5): B wint. Verwijder C, die zelf kansloos is, en A wint. \
                 Zet C terug (ongedaan maken) en kies in stap 3 een absolute prijsformule (vaste \
                 grenzen of gunnen op waarde): dan hangt de volgorde van A en B niet meer af van C."),
            goals: s("Laten zien waarom een relatieve prijsformule een risico is, en hoe \
                 vooraf bekendgemaakte grenzen of een waarde per kwaliteitspunt dat voorkomen."),
            ..Exploration::default()
        },
        procedure: Procedure {
            rationale: s("Let op (demo): de offertes zijn het rekenvoorbeeld uit de literatuur \
                 (Telgen & Timmer, 2016), geen echte aanbiedingen. Kwaliteit is gescoord op 0 tot \
                 100 door één jury; plaatsingspercentages en de waarde van een kwaliteitspunt \
                 (€ 1.000) zijn verzonnen om de andere formules te kunnen tonen."),
            ..Procedure::default()
        },
        award: AwardSetup {
            criteria: crit,
            formula: PriceFormula::RelativeToLowest,
            scale: QualityScale { max_points: Decimal::from(100), levels: Vec::new() },
            bids: vec![bid('A', 100_000, 60, 60), bid('B', 125_000, 70, 78), bid('C', 50_000, 20, 5)],
            evaluators: vec![jury],
            ..AwardSetup::default()
        },
        ..Dossier::default()
    }
}

// ---------------------------------------------------------------------------------------
// Apeldoorn (guide, appendix 1)

fn apeldoorn() -> Dossier {
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
                 werk als doel. Van de trajecten bereikt minstens 55% het beoogde resultaat.",
            ),
            principles: s(
                "De gemeente koopt volledige trajecten in en staat open voor vernieuwende vormen van \
                 reïntegratie; het plan van aanpak geeft de doorslag. Deelnemers gaan weg uit hun eigen \
                 omgeving: in Ierland maakt het water tussentijds naar huis gaan onaantrekkelijk (bij een \
                 eerdere training in Frankrijk gingen enkelen voortijdig terug). Alle uitvoerders werken op \
                 dezelfde manier wat betreft privacy, akkoord op het trajectplan, maximale trajectduur en \
                 rapportage. Voorgeschiedenis: het bedrijf ontwikkelde de aanpak met een eenmalige subsidie \
                 van de provincie Gelderland.",
            ),
            participants: vec![participant(p1, "Gemeente Apeldoorn", "Service Unit Toeleiding (SUT)", Some(10), None)],
            contact_participant: Some(s(p1)),
            buyer_role: Some(BuyerRole::Facilitating),
            role_rationale: s(
                "Faciliterende opdrachtgever: de gemeente zorgt dat deelnemers aan de randvoorwaarden \
                 voldoen (passen in de groep, drugsvrij, strafzaken geregeld, schulden beheersbaar). De \
                 klantmanager stelt met de SUT de groep samen en motiveert de deelnemers; de SUT toetst \
                 trajectplannen aan het contract en past de bonus/malusregeling toe.",
            ),
        },
        target_group: TargetGroup {
            description: s(
                "Ex-drugsverslaafden met een uitkering die clean zijn, hun openstaande strafzaken hebben \
                 geregeld en hun schulden beheersbaar hebben gemaakt. Zij tekenen een contract: niet drinken, \
                 geen joints of andere drugs, 's ochtends opstaan en werken. Volgens het reïntegratiebedrijf \
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
                    "Van alle trajectplannen die in uitvoering worden genomen, bereikt minstens 55% het beoogde \
                     resultaat: uitstroom of plaatsing op een sociale-activeringsplaats.",
                    "Bonus/malus: voor elke plaatsing boven het afgesproken plaatsingspercentage een bonus van 15% \
                     van de gemiddelde trajectprijs; voor het deel onder het afgesproken percentage betaalt de \
                     gemeente 50% van de gemiddelde trajectkosten niet.",
                    "De gemeente koopt volledige trajecten in; kan de uitvoerder een onderdeel niet zelf leveren, \
                     dan koopt hij het zelf in bij een onderaannemer.",
                    // The appendix's items 4 and 5 (the price criterion, the average trajectory
                    // price in the bid) are award rules, not requirements: they are the price
                    // criterion, the cost-per-result formula and the knock-out below.
                    "De keuze valt in de eerste plaats op het plan van aanpak; de gemeente staat open voor \
                     vernieuwende vormen van reïntegratie.",
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
                    "Kwartaal- en voortgangsrapportage; facturering per ingezet instrument in plaats van per \
                     traject, zodat bij uitval niet het hele traject wordt betaald.",
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
            },
            innovation_criterion: true,
            integral_price: false,
            cooperation_required: false,
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
                 meldt de klant aan bij het reïntegratiebedrijf. Voor het Ierlandproject stellen klantmanager \
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
                "De SUT onderhoudt de contacten met de reïntegratiebedrijven, betaalt de facturen en \
                 administreert de kosten. De klantmanager blijft integraal verantwoordelijk voor inkomen en \
                 werk van de klant.",
            ),
        },
        procedure: Procedure {
            estimated_price: Some(euros(7_500)),
            threshold_override: None,
            regime: Some(ServiceRegime::SocialAndOtherSpecific),
            kind: Some(ProcedureKind::Private),
            rationale: s(
                "Onderhandse aanbesteding met voorselectie. Vijftig reïntegratiebedrijven kregen een \
                 uitnodiging voor de voorselectie: dertig waarmee de gemeente de twee jaar daarvoor had \
                 gewerkt (waaronder (ex-)gesubsidieerde instellingen), tien op aanbeveling van omliggende \
                 gemeenten en tien die zich kort daarvoor goed hadden gepresenteerd. Op de drie \
                 selectiecriteria zijn 28 bedrijven gevraagd een offerte uit te brengen. Vrijwel alle \
                 offertes voldeden; met twaalf uitvoerders is een contract gesloten, met drie van hen op een \
                 hoger plaatsingspercentage dan 55% (het hoogste 80%, tegen een hogere trajectprijs).\n\n\
                 Let op (demo): de geschatte trajectprijs (€ 7.500), het aantal trajecten per jaar (10), de \
                 contractduur (12 maanden), de gemiddelde prijs bij monitoring en de drie offertes met hun \
                 scores zijn fictief; ze staan er alleen om de berekeningen te tonen. Ook illustratief: de \
                 intaketermijn (2 weken, de norm van Amsterdam), de maximale trajectduur (9 maanden: drie \
                 maanden Ierland plus hoogstens zes maanden vervolgtraject; de bron noemt alleen één maximale \
                 duur voor alle uitvoerders) en de data in het tijdpad (de bron noemt alleen dat de trajecten \
                 vanaf 2002 uit het reguliere budget worden betaald). De gewichten van de gunningscriteria \
                 komen uit de bron.",
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
                    label: s("Uitnodiging voorselectie aan 50 reïntegratiebedrijven (datum illustratief)"),
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
            vec![Knockout {
                id: s("apeldoorn-ko1"),
                description: s("Aangeboden plaatsingspercentage minstens 55%."),
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
                 uit. Als resultaat tellen 17 + 2 = 19 (vrijwilligerswerk geldt als plaatsing op een \
                 activeringsplaats). De gids noemt voor het bouwproject een uitstroom van 90%. De gemiddelde \
                 trajectprijs hierboven is fictief (demo).",
            ),
        },
        accountability: Accountability {
            notes: s(
                "Het eerste jaar kocht de gemeente trajecten voor de helft van de kosten, dankzij de eenmalige \
                 provinciale subsidie; daarna betaalde zij een jaar uit eigen middelen en vanaf 2002 uit het \
                 reguliere reïntegratiebudget. De SUT betaalt de facturen, administreert de kosten en past de \
                 bonus/malusregeling toe.",
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

// ---------------------------------------------------------------------------------------
// Amsterdam (guide, appendix 2)

fn amsterdam() -> Dossier {
    let case = "amsterdam";
    let p1 = "amsterdam-p1";
    Dossier {
        name: s("Amsterdam – sociale activeringsmakelaar (demo)"),
        demo_of: Some(s(case)),
        exploration: Exploration {
            title: s("Sociale activeringsmakelaar per regio"),
            problem: s(
                "Veel Amsterdamse bijstandsklanten staan ver van de arbeidsmarkt. Het aanbod aan sociale \
                 activering verschilt per stadsdeel, en de Sociale Dienst had veel kleine contracten die \
                 moeilijk te sturen en te beheersen waren. Kleinere, vaak vernieuwende aanbieders vielen \
                 bovendien af op de formele eisen over privacy en klachten.",
            ),
            goals: s(
                "De afstand tot de arbeidsmarkt verkleinen en participatie bevorderen: vrijwilligerswerk, \
                 (educatieve) activiteiten of hulp bij het oplossen van problemen, waar mogelijk met toeleiding \
                 naar werk. Dit past bij het streven van de gemeenteraad dat niemand aan de kant blijft staan \
                 (onder meer 4.000 klanten actief in vrijwilligerswerk).",
            ),
            principles: s(
                "Per regio (meerdere stadsdelen) één makelaar die klant en instrument bij elkaar brengt en het \
                 lokale aanbod via onderaanneming in stand houdt; in elke regio werkt hij samen met de \
                 opdrachtnemer Werk. De aanbieder stelt werk boven inkomen en de klant centraal, verwijst voor \
                 taal- of beroepsscholing naar de scholingspartners van de Sociale Dienst, signaleert \
                 knelpunten bij kinderopvang, scholing en schuldhulp en werkt in een netwerk van aanbieders en \
                 werkgevers. Combinaties van bedrijven mogen inschrijven met één hoofdaannemer. De Sociale \
                 Dienst mag de aantallen trajecten uit het bestek altijd wijzigen (onzekerheid over \
                 bezuinigingen).\n\nFinanciering: per klant een budget in twee niveaus (intensief of minder \
                 intensief); begeleiding wordt afgerekend op de (gemaximaliseerde) uren per klant; het budget \
                 voor instrumenten blijft bij de Sociale Dienst en wordt per klant verantwoord met facturen van \
                 derden.",
            ),
            participants: vec![participant(
                p1,
                "Gemeente Amsterdam (Sociale Dienst Amsterdam)",
                "Stedelijk Inkoopbureau Scholing en Activering",
                Some(300),
                None,
            )],
            contact_participant: Some(s(p1)),
            buyer_role: Some(BuyerRole::AtDistance),
            role_rationale: s(
                "De opdrachtgever volgt, bewaakt en stuurt bij op basis van de afspraken en resultaten in het \
                 contract, en bemoeit zich zo min mogelijk met de inhoudelijke invulling. Wel verwacht hij inzet \
                 op samenwerking: de makelaar beschrijft hoe hij samenwerkt met de opdrachtnemer Werk en het \
                 stadsdeel, en neemt deel aan het regulier overleg tussen stadsdeel en Sociale Dienst (onder \
                 meer over de kwartaalrapportages).",
            ),
        },
        target_group: TargetGroup {
            description: s(
                "Klanten met een grote afstand tot de arbeidsmarkt, met en zonder arbeidsplicht, onder wie \
                 klanten (Abw) met een arbeidshandicap en alleenstaande ouders; overwegend fase 4-klanten met \
                 meervoudige problematiek.",
            ),
            characteristics: vec![Characteristic::MultipleProblems, Characteristic::MedicalLimitations],
            other_characteristics: s("Overwegend fase 4; ook alleenstaande ouders; met en zonder arbeidsplicht."),
            result_ladder: vec![
                ResultLevel::SocialActivation,
                ResultLevel::VolunteerWork,
                ResultLevel::Education,
                ResultLevel::RegularWork,
            ],
        },
        specification: Specification {
            functional: reqs(
                "amsterdam-f",
                &[
                    "Diagnose van de situatie van de klant en een reïntegratieplan.",
                    "Begeleiding tijdens het traject, intensief of minder intensief naar behoefte.",
                    "Duurzame plaatsing op werk, een traject naar werk of sociale activering.",
                    "De makelaar zorgt dat de klant het traject werkelijk volgt en afrondt, en voor een passend \
                     vervolg (bijvoorbeeld overdracht aan een werkgever).",
                    "Alle instrumenten die de klant nodig heeft voor een eerste stap richting werk zijn \
                     inzetbaar; de makelaar kiest ze (zoals vrijwilligerswerk, stage, oriëntatie op werk, \
                     computervaardigheden, een cursus zelfredzaamheid, hulp bij problemen).",
                ],
            ),
            technical: reqs(
                "amsterdam-t",
                &[
                    "Dienstverlening zo mogelijk in het Bedrijfsverzamelgebouw.",
                    "Taal- en beroepsscholing via de scholingspartners van de Sociale Dienst; alleen als die het \
                     gevraagde niet bieden, apart inkopen.",
                    "Een kennismakings- of intakegesprek binnen twee weken; binnen 14 dagen hoort de klantmanager \
                     of de klant kan starten.",
                    "Een traject duurt hoogstens twaalf maanden.",
                    "Per kwartaal een voortgangsrapportage per klant; tussentijds een mondelinge rapportage als \
                     go/no-go-moment.",
                    "De inzet van het instrumentenbudget per klant verantwoorden met facturen van derden.",
                ],
            ),
            inflow_guarantee: Some(false),
            inflow_clients: None,
            financing: Some(Financing::Input),
            failure_pay_share: None,
            contract_months: Some(12),
            option_months: None,
            bonus_malus: BonusMalusRule::default(),
            innovation_criterion: true,
            integral_price: false,
            cooperation_required: true,
            selection_criteria: reqs(
                "amsterdam-s",
                &[
                    "Uitsluitingsgronden, geschiktheidseisen en standaardvoorwaarden volgens de selectieleidraad.",
                    "Goed op de hoogte van de sociale kaart van Amsterdam en goede samenwerking met de betrokken \
                     instellingen.",
                    "Kennis van de doelgroep en haar problematiek (signalen herkennen).",
                    "Ervaring van de medewerkers (niet alleen van de organisatie), zodat ook kleinere en jongere \
                     aanbieders kans maken.",
                ],
            ),
        },
        execution: Execution {
            referral: s(
                "De klantmanager beoordeelt het advies van CWI en KWINT en verwijst, zo nodig na een \
                 aanvullende diagnose door derden, naar werk, activering of zorg. Leidt de intake niet tot een \
                 traject, dan hoort de klantmanager dat.",
            ),
            intake_weeks: Some(2),
            max_duration_months: Some(12),
            reporting_frequency: Some(ReportingFrequency::Quarterly),
            reporting_content: s(
                "Per kwartaal rapporteert de makelaar over de voortgang per klant. Tussentijds een mondeling \
                 gesprek tussen klant, makelaar en consulent van de Sociale Dienst: go/no-go-moment voor het \
                 traject en zo nodig heronderzoek. Verder volgens de protocollen Samenwerking en Rapportages.",
            ),
            go_no_go: true,
            data_protection: s("De aanbieder voldoet aan de formele eisen van de Sociale Dienst over privacy en klachten."),
            invoicing: None,
            contacts: s(
                "De makelaar is aanspreekpunt voor de klant en onderhoudt de contacten met de andere \
                 betrokken organisaties; bij knelpunten in een traject neemt hij direct contact op met de \
                 klantmanager. De klantmanager bewaakt de voortgang volgens het rapportageprotocol.",
            ),
        },
        procedure: Procedure {
            estimated_price: Some(euros(3_000)),
            threshold_override: None,
            regime: Some(ServiceRegime::SocialAndOtherSpecific),
            kind: Some(ProcedureKind::Restricted),
            rationale: s(
                "Als enige van de vier gemeenten koos Amsterdam een uitgebreide procedure: een advertentie, een \
                 selectiefase (selectieleidraad met uitsluiting, geschiktheid en standaardvoorwaarden) en een \
                 gunningsfase op prijs/kwaliteitverhouding, met aandacht voor de wensen van de stadsdelen. De \
                 gemeente geeft geen garantie op het aantal doorverwezen klanten.\n\nLet op (demo): de bron \
                 noemt zes gunningscriteria maar geen gewichten; de gewichten hier (25/20/25/10/10/10) zijn \
                 illustratief. Ook de geschatte trajectprijs (€ 3.000), het aantal trajecten per jaar (300) en \
                 de drie offertes met hun scores zijn fictief.",
            ),
            invited: Vec::new(),
            timeline: Vec::new(),
        },
        award: award(
            criteria(
                case,
                &[
                    ("Gehanteerde methodiek: effectiviteit, maatwerk en creativiteit", Quality, 25),
                    ("Verwachte resultaten (plaatsingspercentage)", Quality, 20),
                    ("Prijs", Price, 25),
                    ("Klantvriendelijkheid", Quality, 10),
                    ("Communicatie met de opdrachtgever", Quality, 10),
                    ("Doorlooptijd", Quality, 10),
                ],
            ),
            PriceFormula::RelativeToLowest,
            Vec::new(),
            case,
            vec![
                bid(case, 'A', 2_800, 35, 40, &[(1, 6, 7, 6), (2, 6, 6, 6), (4, 7, 7, 7), (5, 6, 6, 6), (6, 7, 6, 7)]),
                bid(case, 'B', 3_400, 45, 48, &[(1, 9, 8, 8), (2, 8, 7, 8), (4, 8, 8, 8), (5, 7, 8, 7), (6, 6, 6, 6)]),
                bid(case, 'C', 2_300, 25, 36, &[(1, 4, 5, 4), (2, 4, 4, 4), (4, 5, 6, 5), (5, 5, 5, 5), (6, 8, 7, 8)]),
            ],
        ),
        evaluation: Evaluation {
            what_worked: String::new(),
            what_to_change: s(
                "Kleinere, vaak vernieuwende aanbieders vielen af op de formele eisen over privacy en \
                 klachten; daarom telt nu de ervaring van de medewerkers mee. Gezocht wordt naar één integraal \
                 budget voor uren en instrumenten, afgerekend op voortgang en resultaat.",
            ),
            self_assessment: BTreeMap::new(),
        },
        ..Dossier::default()
    }
}

// ---------------------------------------------------------------------------------------
// Emmen (guide, appendix 3)

fn emmen() -> Dossier {
    let case = "emmen";
    let p1 = "emmen-p1";
    Dossier {
        name: s("Emmen – activering Nieuw-Amsterdam en Veenoord (demo)"),
        demo_of: Some(s(case)),
        exploration: Exploration {
            title: s("Activeringsproject Nieuw-Amsterdam en Veenoord"),
            problem: s(
                "In de dorpen Nieuw-Amsterdam en Veenoord wonen ongeveer 25 klanten uit de harde kern van het \
                 bijstandsbestand; de klantmanagers zeggen na jaren geen grip meer op hen te hebben. In \
                 Zuidoost-Drenthe loopt het aantal klanten door de neergaande conjunctuur weer op (Emmen: \
                 ongeveer 107.000 inwoners, 2.250 klanten).",
            ),
            goals: s("De maatschappelijke participatie van deze groep verhogen en hun sociaal isolement doorbreken."),
            principles: s(
                "Bewust een heel open vraag aan de markt: 'bied ons een aanpak' en laat de bedrijven met een \
                 voorstel komen. Eerst zijn, zoals gebruikelijk, de gemeentelijke bedrijven (preferred \
                 suppliers) gevraagd; gezien de complexe problematiek konden die geen aanbod doen. De gekozen \
                 aanpak combineert individuele begeleiding (wekelijks gesprek, eigen activeringsplan) met \
                 groepsactiviteiten: een sociaal café in het dorps- of buurthuis, een sport- en \
                 fitnessprogramma onder leiding van een fysiotherapeut en een groepsprogramma.",
            ),
            participants: vec![participant(p1, "Gemeente Emmen", "Regie Unit (inkoop en monitoring van trajecten)", Some(13), Some(25))],
            contact_participant: Some(s(p1)),
            buyer_role: Some(BuyerRole::AtDistance),
            role_rationale: s(
                "Opdrachtgever op afstand: de verantwoordelijkheid voor het project ligt bij het \
                 reïntegratiebedrijf, dat zijn eigen plan en creativiteit kan volgen. Omdat meetbare \
                 eindresultaten ontbraken, kon de gemeente niet op uitstroom sturen; de Regie Unit volgt daarom \
                 wekelijks per cliënt de voortgang en betaalt pas na oplevering van een programmaonderdeel.",
            ),
        },
        target_group: TargetGroup {
            description: s(
                "Ongeveer 25 klanten uit de harde kern in Nieuw-Amsterdam en Veenoord, zogenaamde fase \
                 4-klanten. Om 25 deelnemers een traject te laten doorlopen, moet de klantmanager ongeveer 50 \
                 kandidaten selecteren.",
            ),
            characteristics: vec![
                Characteristic::LongTermAssistance,
                Characteristic::MedicalLimitations,
                Characteristic::HardToMotivate,
                Characteristic::LowEducation,
                Characteristic::NeverWorked,
                Characteristic::CannotKeepAppointments,
                Characteristic::PsychosocialProblems,
            ],
            other_characteristics: s(
                "Ongevoelig voor oproepen en sancties; reageren niet op argumenten; praktisch ingesteld; vaak \
                 geen vertrouwen meer in hulpverleners.",
            ),
            result_ladder: vec![
                ResultLevel::SocialActivation,
                ResultLevel::VolunteerWork,
                ResultLevel::Education,
                ResultLevel::SubsidisedWork,
                ResultLevel::RegularWork,
            ],
        },
        specification: Specification {
            functional: reqs(
                "emmen-f",
                &[
                    "De opdrachtnemer bevordert de maatschappelijke participatie van deze groep, vergroot en \
                     behoudt het aanwezige arbeidspotentieel en doorbreekt het sociaal isolement met \
                     maatschappelijk zinvolle activiteiten.",
                    "De opdrachtnemer geeft het hele traject zelf vorm (een beroep op zijn creativiteit).",
                    "De hele uitvoering valt onder de verantwoordelijkheid van de opdrachtnemer, ook bij \
                     onderaanneming.",
                    "Uitgangspunt is een integrale aanpak.",
                ],
            ),
            technical: reqs(
                "emmen-t",
                &[
                    "Het hele project wordt in de wijk uitgevoerd.",
                    "De opdrachtnemer houdt de deelnemersregistratie bij.",
                    "Samenwerking zoeken met lokale instellingen; waar nodig gebruikmaken van producten die de \
                     gemeente daar al heeft ingekocht.",
                    "Deelnemers hebben geen wachttijden.",
                    "De inzet van andere instellingen leidt niet tot tussentijdse prijsverhogingen.",
                ],
            ),
            inflow_guarantee: Some(true),
            inflow_clients: Some(25),
            financing: Some(Financing::Input),
            failure_pay_share: None,
            contract_months: Some(24),
            option_months: None,
            bonus_malus: BonusMalusRule::default(),
            innovation_criterion: true,
            integral_price: false,
            cooperation_required: true,
            selection_criteria: Vec::new(),
        },
        execution: Execution {
            referral: s(
                "De klantmanager selecteert de klanten en leidt ze naar het reïntegratiebedrijf. Samen met de \
                 projectleider bezoekt hij de kandidaten thuis om hun motivatie te peilen.",
            ),
            intake_weeks: None,
            max_duration_months: None,
            reporting_frequency: Some(ReportingFrequency::Weekly),
            reporting_content: s(
                "De Regie Unit volgt wekelijks per cliënt de prestaties van het bedrijf. De klantmanager heeft \
                 dagelijks contact met de projectleider, beoordeelt de activeringsplannen en volgt de klant in \
                 het klantvolgsysteem.",
            ),
            go_no_go: false,
            data_protection: String::new(),
            invoicing: Some(Invoicing::PerInstrument),
            contacts: s(
                "Open informatie-uitwisseling tussen klant, klantmanager, projectleider en Regie Unit. De \
                 klantmanager zorgt voor tijdige bijzondere bijstand binnen het traject en sanctioneert zo \
                 nodig.",
            ),
        },
        procedure: Procedure {
            estimated_price: Some(euros(6_000)),
            threshold_override: None,
            regime: Some(ServiceRegime::SocialAndOtherSpecific),
            kind: Some(ProcedureKind::Private),
            rationale: s(
                "Onderhandse aanbesteding, voor Emmen nieuw: tot medio 2001 werd per project één bedrijf \
                 benaderd. Eerst zijn de gemeentelijke bedrijven gevraagd; zij konden niet. Daarna zijn zes \
                 reïntegratiebedrijven benaderd, van wie drie op korte termijn geen geschikt personeel hadden \
                 en niet konden offreren. Kennis van en aantoonbare ervaring met de doelgroep, de integrale \
                 aanpak en de voorgestelde werkwijze wogen zwaar; de prijs speelde een ondergeschikte rol.\n\n\
                 Let op (demo): de bron noemt de criteria maar geen gewichten; de gewichten hier (prijs 10%) zijn \
                 illustratief. De namen van de benaderde bedrijven, de geschatte trajectprijs (€ 6.000), het \
                 aantal trajecten per jaar (13: ongeveer 25 deelnemers over twee jaar) en de drie offertes zijn \
                 fictief.",
            ),
            invited: providers(
                case,
                &[
                    ("Aanbieder A (fictief)", ""),
                    ("Aanbieder B (fictief)", ""),
                    ("Aanbieder C (fictief)", ""),
                    ("Aanbieder D (fictief)", "Kon niet offreren: op korte termijn geen geschikt personeel."),
                    ("Aanbieder E (fictief)", "Kon niet offreren: op korte termijn geen geschikt personeel."),
                    ("Aanbieder F (fictief)", "Kon niet offreren: op korte termijn geen geschikt personeel."),
                ],
            ),
            timeline: Vec::new(),
        },
        award: award(
            criteria(
                case,
                &[
                    ("Trajectprijs", Price, 10),
                    ("Kennis van de regio", Quality, 10),
                    ("Aantoonbare ervaring met de doelgroep", Quality, 25),
                    ("Aanpak en werkwijze: eigen, creatieve invulling van het traject", Quality, 25),
                    ("Integraliteit van de aanpak", Quality, 20),
                    ("Grootte en capaciteit van het bureau", Quality, 10),
                ],
            ),
            PriceFormula::RelativeToLowest,
            Vec::new(),
            case,
            vec![
                bid(case, 'A', 6_500, 40, 52, &[(2, 8, 8, 8), (3, 8, 7, 8), (4, 7, 8, 7), (5, 8, 8, 8), (6, 5, 5, 5)]),
                bid(case, 'B', 5_200, 40, 52, &[(2, 6, 6, 6), (3, 5, 6, 5), (4, 6, 6, 6), (5, 5, 4, 5), (6, 8, 8, 8)]),
                bid(case, 'C', 7_400, 45, 60, &[(2, 5, 6, 5), (3, 9, 9, 9), (4, 9, 8, 9), (5, 7, 8, 7), (6, 6, 6, 6)]),
            ],
        ),
        start: Start {
            preconditions: checklist(
                case,
                &[
                    ("Motivatie van de kandidaten gepeild met een huisbezoek door projectleider en klantmanager.", true),
                    ("Café-accommodatie in het dorps- of buurthuis beschikbaar.", true),
                    ("Sportkleding voor de deelnemers aangeschaft (kosten voor de gemeente).", true),
                    ("Klanten tijdig aangemeld en goed geïnformeerd (ging bij de start mis).", false),
                ],
            ),
            start_date: String::new(),
            first_referrals: BTreeMap::from([(s(p1), 8)]),
        },
        monitoring: Monitoring {
            average_price: None,
            figures: BTreeMap::from([(
                s(p1),
                MonitorFigures { started: Some(18), results: Some(8), cost: None },
            )]),
            notes: s(
                "Eerste groep (8 personen): het traject mislukte volledig; de deelnemers voelden zich door de \
                 projectleider niet serieus genomen en kwamen hun afspraken niet na. Gemeente en bedrijf hebben \
                 de projectleider vervangen; haar opvolger won het vertrouwen terug. Tweede groep (10 personen): \
                 8 aan het werk, regulier of gesubsidieerd, in deeltijd en dus nog deels in de bijstand. De \
                 eerste groep krijgt een herkansing. Gestart = 8 + 10.",
            ),
        },
        evaluation: Evaluation {
            what_worked: s(
                "Vertrouwen opbouwen bleek de sleutel. De nieuwe projectleider zette zich persoonlijk volledig in \
                 en bracht de deelnemers opnieuw in contact met hulpverleners, wijkagent en huisarts.",
            ),
            what_to_change: s(
                "Bij een volgende gunning uitgebreid spreken met de beoogde projectleider. In het nieuwe \
                 contract duidelijke eindresultaten vastleggen (een aantal uren per week gedurende een aantal \
                 maanden sociaal actief, toeleiding naar werk of opleiding), zodat het financiële risico naar \
                 het bedrijf gaat. De klantmanager neemt meer initiatief bij het aanmelden.",
            ),
            self_assessment: BTreeMap::new(),
        },
        ..Dossier::default()
    }
}

// ---------------------------------------------------------------------------------------
// Roermond (guide, appendix 4)

fn roermond() -> Dossier {
    let case = "roermond";
    let p1 = "roermond-p1";
    Dossier {
        name: s("Roermond – integraal Wijkproject II (demo)"),
        demo_of: Some(s(case)),
        exploration: Exploration {
            title: s("Integraal Wijkproject II"),
            problem: s(
                "Roermond (ongeveer 43.000 inwoners, circa 1.550 bijstandsgerechtigden) kampt met complexe \
                 stadsproblematiek, vooral door de achterstand van drie wijken. In die wijken zijn veel \
                 organisaties actief die nog niet gestructureerd samenwerken; dat is verwarrend voor bewoners en \
                 hulpverleners en bemoeilijkt de regie van de gemeente.",
            ),
            goals: s(
                "1. Een sluitend netwerk van dienstverlening rond bijstandsklanten in twee wijken dat hun sociale \
                 participatie bevordert, met als doel 10% minder bijstandsklanten.\n2. Vragen van klanten over \
                 activering en zorg koppelen aan kansen op activiteiten en werk in de wijk (bijvoorbeeld een \
                 boodschappendienst in een wijk met veel ouderen).\nVerwachte baten onder meer: minder \
                 uitkeringen, minder kosten voor maatschappelijk werk, welzijn en politie, en kortere trajecten \
                 door betere afstemming in de keten.",
            ),
            principles: s(
                "Tweede van drie projecten uit het Masterplan, dat stap voor stap een wijkgerichte werkwijze \
                 invoert waarin lokaal sociaal beleid en arbeidsmarktbeleid zijn verweven. Wijkproject II sluit \
                 aan op Wijkproject I: klanten zonder resultaat gaan over van de huidige uitvoerder. \
                 Cofinanciering uit het ESF is nodig. Eén integrale trajectprijs, waarbinnen de aanbieder zelf \
                 bepaalt welke diensten de klant nodig heeft; hij moet diensten van andere contractpartners \
                 inbouwen waar die passen. Bij het gewenste resultaat volgt een bonus (de hoogte staat niet in \
                 de bron).",
            ),
            participants: vec![participant(p1, "Gemeente Roermond", "Afdeling Bijstandszaken", Some(65), Some(130))],
            contact_participant: Some(s(p1)),
            buyer_role: Some(BuyerRole::Director),
            role_rationale: s(
                "Heldere regie- en opdrachtgeversrol: Roermond stuurt op output, regisseert de inrichting van de \
                 projectorganisatie en zorgt voor goede communicatie en informatie-uitwisseling. In de wijk is \
                 de gemeente sturend en aanjagend, en intermediair tussen de betrokken instellingen en de \
                 opdrachtnemer. Van het bedrijf wordt flexibiliteit gevraagd om mee te groeien met het \
                 klantmanagement dat de gemeente ontwikkelt.",
            ),
        },
        target_group: TargetGroup {
            description: s(
                "Bijstandsklanten in de twee kanswijken het Roermondse Veld en De Kemp-Kitskensberg-Heide: 70 \
                 trajecten die uit Wijkproject I overgaan en 60 nieuwe, samen 130. De omvang bij de deelnemer is \
                 dat aantal trajecten; de bron noemt niet hoeveel klanten er in de wijken wonen. Plaatsing telt \
                 ruim: ook gesubsidieerde arbeid, een schakeltraject of sociale activering is een resultaat.",
            ),
            characteristics: Vec::new(),
            other_characteristics: s(
                "Klanten met vragen op het gebied van activering en zorg in achterstandswijken; de bron beschrijft \
                 geen verdere kenmerken.",
            ),
            result_ladder: vec![ResultLevel::SocialActivation, ResultLevel::SubsidisedWork, ResultLevel::RegularWork],
        },
        specification: Specification {
            functional: reqs(
                "roermond-f",
                &[
                    "130 reïntegratietrajecten voor klanten uit de twee kanswijken, die leiden naar werk of \
                     sociale activering; de invulling laat de gemeente aan de aanbieder.",
                    "Plaatsing is ruimer dan uitstroom naar werk: gesubsidieerde arbeid, een schakeltraject of \
                     sociale activering telt ook als resultaat.",
                    "Het bedrijf zoekt met jobhunting vacatures in de wijk (daarna stad en regio) waarbij de \
                     beperkingen van de klant geen rol spelen.",
                    "De doelen van de klant worden verbonden met de kansen op werk en activering in de wijk.",
                ],
            ),
            technical: reqs(
                "roermond-t",
                &[
                    "Aansluiten op Wijkproject I en klanten zonder resultaat overnemen van de huidige uitvoerder.",
                    "Een administratief beheersysteem invoeren en voldoen aan de administratieve eisen van het ESF.",
                    "Producten inzetten die de gemeente elders al inkocht (productenhandboek Bijstandszaken); \
                     extra inkoop of eigen uitvoering valt binnen de integrale trajectprijs.",
                    "Rapporteren volgens het diagnose-instrument van Bijstandszaken, de ESF-administratie en de \
                     monitor scholing en activering.",
                    "Zitting nemen in de wijkbeheergroep, waarin de ketenpartners hun dienstverlening afstemmen.",
                    "Bij de start van een traject (intake, aanvullende diagnose) werken vanaf een herkenbare \
                     locatie in de twee wijken.",
                ],
            ),
            inflow_guarantee: Some(false),
            inflow_clients: None,
            financing: Some(Financing::Output),
            failure_pay_share: None,
            contract_months: Some(24),
            option_months: None,
            bonus_malus: BonusMalusRule::default(),
            innovation_criterion: true,
            integral_price: true,
            cooperation_required: true,
            selection_criteria: reqs(
                "roermond-s",
                &["Visie van de aanbieder op innovatie en vernieuwing: hoe onorthodox wil hij werken om mensen \
                   aan de slag te krijgen?"],
            ),
        },
        execution: Execution {
            referral: s(
                "Klantmanager en reïntegratiebedrijf stellen samen de aanvullende diagnose; de klantmanager \
                 regisseert de dienstverlening, volgt de voortgang en bewaakt de afstemming met de doelen in de \
                 wijk.",
            ),
            intake_weeks: None,
            max_duration_months: None,
            reporting_frequency: None,
            reporting_content: s(
                "Rapportages in dezelfde 'taal' als de gemeente: volgens de indeling van het diagnose-instrument \
                 van Bijstandszaken, de ESF-administratie en de monitor scholing en activering.",
            ),
            go_no_go: false,
            data_protection: String::new(),
            invoicing: Some(Invoicing::PerTrajectory),
            contacts: s(
                "Regelmatig overleg tussen projectleider, klantmanagers van Bijstandszaken en het bedrijf; \
                 afstemming in de keten via de wijkbeheergroep. Alle accountmanagers van gesubsidieerde en \
                 gecontracteerde instellingen zitten in de projectorganisatie.",
            ),
        },
        procedure: Procedure {
            estimated_price: Some(euros(5_000)),
            threshold_override: None,
            regime: Some(ServiceRegime::SocialAndOtherSpecific),
            kind: Some(ProcedureKind::Restricted),
            rationale: s(
                "Niet-openbare procedure: vijf bedrijven is om een offerte gevraagd. Het bestek vraagt vooral \
                 een grondhouding, uitgewerkt in specifieke eisen voor de zorg voor het traject en voor de \
                 opbouw en instandhouding van de keten rond de klant. Er is geen instroomgarantie; dat bleek \
                 bedrijven ervan te weerhouden hun diensten lokaal aan te bieden.\n\nLet op (demo): de bron \
                 noemt geen gunningscriteria met gewichten; de criteria en gewichten hier zijn illustratief, \
                 afgeleid van wat de bron belangrijk vindt. De namen van de vijf bedrijven, de geschatte \
                 trajectprijs (€ 5.000) en de drie offertes zijn fictief. 130 trajecten in 24 maanden is 65 per \
                 jaar.",
            ),
            invited: providers(
                case,
                &[
                    ("Aanbieder A (fictief)", ""),
                    ("Aanbieder B (fictief)", ""),
                    ("Aanbieder C (fictief)", ""),
                    ("Aanbieder D (fictief)", ""),
                    ("Aanbieder E (fictief)", ""),
                ],
            ),
            timeline: Vec::new(),
        },
        award: award(
            criteria(
                case,
                &[
                    ("Visie en vernieuwende aanpak", Quality, 30),
                    ("Samenwerking in de keten en de wijk", Quality, 25),
                    ("Integrale trajectprijs", Price, 30),
                    ("Aansluiting op Wijkproject I en de wijkaanpak", Quality, 15),
                ],
            ),
            PriceFormula::RelativeToLowest,
            Vec::new(),
            case,
            vec![
                bid(case, 'A', 4_600, 35, 52, &[(1, 6, 6, 6), (2, 7, 6, 7), (4, 8, 8, 8)]),
                bid(case, 'B', 5_400, 40, 52, &[(1, 9, 8, 9), (2, 8, 8, 8), (4, 6, 7, 6)]),
                bid(case, 'C', 4_100, 30, 48, &[(1, 4, 5, 4), (2, 5, 5, 5), (4, 5, 5, 5)]),
            ],
        ),
        evaluation: Evaluation {
            what_worked: String::new(),
            what_to_change: s(
                "Zonder instroomgarantie bleken bedrijven niet bereid hun diensten lokaal aan te bieden; de \
                 gemeente overweegt afspraken over een minimale instroom. Nu worden soms contracten van twee \
                 jaar gesloten om nieuwe bedrijven te leren kennen; zodra de resultaten beter zichtbaar zijn, \
                 wil Roermond jaarcontracten sluiten.",
            ),
            self_assessment: BTreeMap::new(),
        },
        ..Dossier::default()
    }
}

// ---------------------------------------------------------------------------------------
// Holland Rijnland (project plan, 2005-2006)

fn holland_rijnland() -> Dossier {
    let case = "holland-rijnland";
    // Ids are short: "hr-…".
    let ids = "hr";
    Dossier {
        name: s("Holland Rijnland – gezamenlijke aanbesteding (demo)"),
        demo_of: Some(s(case)),
        exploration: Exploration {
            title: s("Gezamenlijke aanbesteding reïntegratietrajecten Sociale Diensten Holland Rijnland (pilot)"),
            problem: s(
                "Alle deelnemende gemeenten worstelen met de reïntegratie van een zeer moeilijke doelgroep: \
                 bijstandsgerechtigden met meervoudige problematiek. Ze zoeken allemaal naar nieuwe wegen.",
            ),
            goals: s(
                "1. Reïntegratie van bijstandsgerechtigden met meervoudige problematiek. Het bestek legt vast \
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
            role_rationale: s(
                "Nog te kiezen. Het plan legt het klantmanagement en de reïntegratie van de eigen klanten bij \
                 iedere gemeente; casemanagers van enkele (nog af te spreken) gemeenten begeleiden de \
                 uitvoering. Welke rol de gemeenten tegenover het reïntegratiebedrijf nemen, staat niet in het \
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
            selection_criteria: Vec::new(),
        },
        execution: Execution {
            referral: s(
                "Iedere gemeente meldt haar eigen klanten aan en blijft verantwoordelijk voor klantmanagement en \
                 reïntegratie; de uitvoering pakken de gemeenten samen op.",
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
            estimated_price: Some(euros(6_000)),
            threshold_override: None,
            regime: Some(ServiceRegime::SocialAndOtherSpecific),
            kind: None,
            rationale: s(
                "De aanbesteding gebeurt 'door de individuele gemeenten in samenwerking', met Katwijk als \
                 aanspreekpunt, volgens vaste regelgeving. De Werkgroep Programma van Eisen schrijft de \
                 offertevraag. Voor de drempel telt de waarde van alle deelnemers samen.\n\nLet op (demo): het \
                 plan noemt geen procedure, gunningscriteria, prijzen of aantallen. De criteria en gewichten, de \
                 geschatte trajectprijs (€ 6.000), de aantallen trajecten per deelnemer (10, 15 en 20 per jaar), \
                 de contractduur (12 maanden) en de drie offertes zijn fictief. De data in het tijdpad zijn de \
                 eerste dag van de maand die het plan noemt.",
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
                    ("Afspraken met het reïntegratiebedrijf over betaling en verantwoording per gemeente.", false),
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
                 de verantwoording van haar WWB-middelen.",
            ),
        },
        ..Dossier::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::completeness::{open_points_in, Problem};
    use crate::domain::contract::estimated_contract_value;
    use crate::domain::fields::FieldId;
    use crate::domain::steps::Step;
    use crate::domain::dossier::ServiceRegime;
    use crate::domain::thresholds::assess_dossier;
    use std::collections::HashSet;
    use std::str::FromStr;

    fn money(s: &str) -> Money {
        Money(Decimal::from_str(s).expect("literal"))
    }

    fn all() -> Vec<(DemoCase, Dossier)> {
        demo_cases().into_iter().map(|c| (c, c.dossier())).collect()
    }

    /// The five cases from the sources (not the workshop exercise).
    fn sources() -> Vec<(DemoCase, Dossier)> {
        all().into_iter().filter(|(c, _)| c.key != "workshop-omkering").collect()
    }

    #[test]
    fn a_copy_has_its_id_name_and_times_and_remembers_its_case() {
        let case = demo_case("apeldoorn").expect("case");
        let now = "2026-12-06T10:00:00.000Z";
        let copy = case.copy(Lang::Nl, "d-1".into(), now);
        assert_eq!(copy.id, "d-1");
        assert_eq!(copy.name, "Apeldoorn: bouwproject in Ierland (voorbeeld)");
        assert_eq!((copy.created_at.as_str(), copy.updated_at.as_str()), (now, now));
        assert_eq!(copy.demo_of.as_deref(), Some("apeldoorn"));
        let en = case.copy(Lang::En, "d-2".into(), now);
        assert_eq!(en.name, "Apeldoorn: building project in Ireland (demo)");
        // Apart from those, the copy is the case.
        let expected = Dossier {
            id: "d-1".into(),
            name: copy.name.clone(),
            created_at: now.into(),
            updated_at: now.into(),
            ..case.dossier()
        };
        assert!(copy == expected, "the copy differs from its case");
    }

    #[test]
    fn reset_brings_back_the_case_and_keeps_who_the_copy_is() {
        let case = demo_case("emmen").expect("case");
        let copy = case.copy(Lang::En, "d-7".into(), "2026-01-01T00:00:00.000Z");
        let mut d = copy.clone();
        d.exploration.participants.clear();
        d.specification.functional.clear();
        d.award.bids.clear();
        d.name = "My Emmen".into();
        assert!(reset(&mut d, "2026-02-02T00:00:00.000Z"));
        assert_eq!(d.id, "d-7");
        assert_eq!(d.name, "My Emmen");
        assert_eq!(d.created_at, "2026-01-01T00:00:00.000Z");
        assert_eq!(d.updated_at, "2026-02-02T00:00:00.000Z");
        assert_eq!(d.demo_of.as_deref(), Some("emmen"));
        let mut expected = copy;
        expected.name = "My Emmen".into();
        expected.updated_at = "2026-02-02T00:00:00.000Z".into();
        assert!(d == expected, "the reset copy differs from a fresh copy");
    }

    #[test]
    fn reset_leaves_other_dossiers_alone() {
        let mut own = Dossier { id: "d-1".into(), name: "Eigen".into(), ..Dossier::default() };
        let before = own.clone();
        assert!(!reset(&mut own, "2026-02-02T00:00:00.000Z"));
        assert_eq!(own, before);
        own.demo_of = Some("no-such-case".into());
        let before = own.clone();
        assert!(!reset(&mut own, "2026-02-02T00:00:00.000Z"));
        assert_eq!(own, before);
    }

    #[test]
    fn the_workshop_shows_rank_reversal_and_that_absolute_formulas_prevent_it() {
        use crate::domain::scoring::{evaluate, BidChange};
        let d = demo_case("workshop-omkering").expect("case").dossier();
        let winner = |a: &AwardSetup| {
            let o = evaluate(a).outcome.expect("an outcome, nothing blocks");
            (a.bids[o.winner].bidder.clone(), o.ranking[0].total)
        };
        assert_eq!(winner(&d.award), ("Aanbieder B (fictief)".to_string(), Decimal::from(59)));
        let o = evaluate(&d.award).outcome.expect("outcome");
        assert!(o.reversal.reversals.iter().any(|r| r.change == BidChange::Removed { entry: 2 }), "C is the cause");
        let mut without_c = d.award.clone();
        without_c.bids.pop();
        assert_eq!(winner(&without_c), ("Aanbieder A (fictief)".to_string(), Decimal::from(80)));
        // Gunnen op waarde (the value per point is filled in): no flips.
        let mut absolute = d.award.clone();
        absolute.formula = PriceFormula::QualityToPrice;
        let o = evaluate(&absolute).outcome.expect("outcome");
        assert!(o.reversal.absolute && o.reversal.reversals.is_empty());
        assert!(d.procedure.rationale.contains("Let op (demo)"));
    }

    #[test]
    fn six_cases_with_unique_keys_and_texts_in_both_languages() {
        let cases = demo_cases();
        assert_eq!(cases.len(), 6);
        let keys: HashSet<_> = cases.iter().map(|c| c.key).collect();
        assert_eq!(keys.len(), 6);
        for c in &cases {
            for t in [c.name, c.description] {
                assert!(!t.nl.is_empty() && !t.en.is_empty(), "{}", c.key);
            }
            assert_eq!(demo_case(c.key).map(|x| x.key), Some(c.key));
        }
        assert!(demo_case("nope").is_none());
    }

    #[test]
    fn every_demo_marks_its_case_and_leaves_identity_to_the_caller() {
        for (c, d) in all() {
            assert_eq!(d.demo_of.as_deref(), Some(c.key));
            assert!(d.id.is_empty() && d.created_at.is_empty() && d.updated_at.is_empty());
            assert!(!d.name.is_empty() && !d.exploration.title.is_empty());
            assert_eq!(d, c.dossier(), "{}: building is deterministic", c.key);
        }
    }

    #[test]
    fn every_demo_has_award_weights_adding_up_to_exactly_100() {
        for (c, d) in all() {
            assert!(
                d.award.criteria.iter().all(|k| k.weight.is_some()),
                "{}",
                c.key
            );
            let total = crate::domain::scoring::weight_total(&d.award.criteria).total;
            assert_eq!(total, Decimal::ONE_HUNDRED, "{}", c.key);
            assert_eq!(
                d.award.criteria.iter().filter(|k| k.kind == Price).count(),
                1,
                "{}: exactly one price criterion",
                c.key
            );
            assert!(
                !open_points_in(&d, Step::Bestek)
                    .iter()
                    .any(|p| p.field == FieldId::AwardCriteria),
                "{}",
                c.key
            );
        }
    }

    #[test]
    fn every_demo_round_trips_through_json_unchanged() {
        for (c, d) in all() {
            let json = serde_json::to_string(&d).expect("serialise");
            let back: Dossier = serde_json::from_str(&json).expect("parse");
            assert_eq!(back, d, "{}", c.key);
            let pretty = serde_json::to_string_pretty(&d).expect("serialise");
            assert_eq!(
                serde_json::from_str::<Dossier>(&pretty).expect("parse"),
                d,
                "{}",
                c.key
            );
        }
    }

    #[test]
    fn ids_are_unique_and_references_resolve() {
        let mut all_ids = HashSet::new();
        for (c, d) in sources() {
            let mut ids: Vec<&str> = Vec::new();
            ids.extend(d.exploration.participants.iter().map(|p| p.id.as_str()));
            for list in [
                &d.specification.functional,
                &d.specification.technical,
                &d.specification.selection_criteria,
            ] {
                ids.extend(list.iter().map(|r| r.id.as_str()));
            }
            ids.extend(d.award.criteria.iter().map(|k| k.id.as_str()));
            ids.extend(d.award.knockouts.iter().map(|k| k.id.as_str()));
            ids.extend(d.award.evaluators.iter().map(|e| e.id.as_str()));
            ids.extend(d.award.bids.iter().map(|b| b.id.as_str()));
            ids.extend(d.procedure.invited.iter().map(|p| p.id.as_str()));
            ids.extend(d.procedure.timeline.iter().map(|m| m.id.as_str()));
            ids.extend(d.start.preconditions.iter().map(|k| k.id.as_str()));
            for id in ids {
                assert!(!id.is_empty(), "{}: empty id", c.key);
                // Unique across all demos too, so copies of two demos never collide.
                assert!(
                    all_ids.insert(id.to_string()),
                    "{}: duplicate id {id}",
                    c.key
                );
            }
            let participant = |id: &str| d.exploration.participants.iter().any(|p| p.id == id);
            if let Some(contact) = &d.exploration.contact_participant {
                assert!(participant(contact), "{}", c.key);
            }
            assert!(
                d.start.first_referrals.keys().all(|k| participant(k)),
                "{}",
                c.key
            );
            assert!(
                d.monitoring.figures.keys().all(|k| participant(k)),
                "{}",
                c.key
            );
            let quality: HashSet<&str> = d
                .award
                .criteria
                .iter()
                .filter(|k| k.kind == Quality)
                .map(|k| k.id.as_str())
                .collect();
            let evaluators: HashSet<&str> =
                d.award.evaluators.iter().map(|e| e.id.as_str()).collect();
            for b in &d.award.bids {
                for sc in &b.scores {
                    assert!(
                        quality.contains(sc.criterion_id.as_str()),
                        "{}: {}",
                        c.key,
                        sc.criterion_id
                    );
                    assert!(evaluators.contains(sc.evaluator_id.as_str()), "{}", c.key);
                    assert!(sc
                        .points
                        .is_some_and(|p| p >= Decimal::ZERO && p <= d.award.scale.max_points));
                }
                // Every quality criterion has an agreed score for every bid.
                let agreed: HashSet<&str> = b
                    .consensus
                    .iter()
                    .map(|k| k.criterion_id.as_str())
                    .collect();
                assert_eq!(agreed, quality, "{}: {}", c.key, b.id);
            }
        }
    }

    #[test]
    fn every_demo_has_three_fictitious_bids_and_says_what_is_illustrative() {
        for (c, d) in sources() {
            assert_eq!(d.award.bids.len(), 3, "{}", c.key);
            assert!(
                d.award.bids.iter().all(|b| b.bidder.contains("(fictief)")),
                "{}",
                c.key
            );
            assert!(d.procedure.rationale.contains("Let op (demo)"), "{}", c.key);
            assert_eq!(d.award.evaluators.len(), 2);
        }
    }

    #[test]
    fn apeldoorn_follows_its_appendix() {
        let d = demo_case("apeldoorn").expect("case").dossier();
        let weights: Vec<i64> = d
            .award
            .criteria
            .iter()
            .filter_map(|k| k.weight.and_then(|w| w.0.to_string().parse().ok()))
            .collect();
        assert_eq!(weights, vec![50, 5, 10, 10, 25]);
        assert_eq!(d.award.criteria[0].kind, Price);
        assert_eq!(d.award.formula, PriceFormula::CostPerResult);
        assert_eq!(
            d.award.knockouts[0].rule,
            KnockoutRule::MinPlacementRate { min: Some(pct(55)) }
        );
        let bm = &d.specification.bonus_malus;
        assert!(bm.enabled);
        assert_eq!(
            (bm.agreed_rate, bm.bonus_share, bm.malus_share),
            (Some(pct(55)), Some(pct(15)), Some(pct(50)))
        );
        assert_eq!(d.specification.functional.len(), 4);
        assert_eq!(d.specification.technical.len(), 5);
        assert_eq!(d.execution.invoicing, Some(Invoicing::PerInstrument));
        assert_eq!(d.procedure.kind, Some(ProcedureKind::Private));
        assert_eq!(d.exploration.buyer_role, Some(BuyerRole::Facilitating));
        let f = &d.monitoring.figures["apeldoorn-p1"];
        assert_eq!((f.started, f.results), (Some(21), Some(19)));
        // Bid C offers 50 %: below the knock-out, on purpose.
        assert!(d
            .award
            .bids
            .iter()
            .any(|b| b.placement_rate == Some(pct(50))));
    }

    #[test]
    fn the_other_cases_keep_their_distinguishing_facts() {
        let get = |k: &str| demo_case(k).expect("case").dossier();
        let a = get("amsterdam");
        assert_eq!(a.specification.inflow_guarantee, Some(false));
        assert_eq!(a.specification.contract_months, Some(12));
        assert_eq!(a.execution.max_duration_months, Some(12));
        assert_eq!(a.execution.intake_weeks, Some(2));
        assert_eq!(
            a.execution.reporting_frequency,
            Some(ReportingFrequency::Quarterly)
        );
        assert!(a.execution.go_no_go);
        assert_eq!(a.award.criteria.len(), 6);
        let e = get("emmen");
        assert_eq!(e.specification.inflow_guarantee, Some(true));
        assert_eq!(e.specification.inflow_clients, Some(25));
        assert_eq!(e.specification.contract_months, Some(24));
        assert_eq!(e.procedure.invited.len(), 6);
        assert_eq!(
            e.procedure
                .invited
                .iter()
                .filter(|p| p.note.contains("niet offreren"))
                .count(),
            3
        );
        let price = e
            .award
            .criteria
            .iter()
            .find(|k| k.kind == Price)
            .and_then(|k| k.weight);
        assert!(
            e.award.criteria.iter().all(|k| k.weight >= price),
            "price weighs least"
        );
        let f = &e.monitoring.figures["emmen-p1"];
        assert_eq!((f.started, f.results), (Some(18), Some(8)));
        let r = get("roermond");
        assert_eq!(r.exploration.participants[0].trajectories, Some(65));
        assert_eq!(r.specification.contract_months, Some(24));
        assert!(r.specification.integral_price && r.specification.cooperation_required);
        assert_eq!(r.specification.inflow_guarantee, Some(false));
        assert_eq!(r.exploration.buyer_role, Some(BuyerRole::Director));
        assert_eq!(r.procedure.kind, Some(ProcedureKind::Restricted));
        assert_eq!(r.procedure.invited.len(), 5);
        let h = get("holland-rijnland");
        assert_eq!(
            h.exploration.contact_participant.as_deref(),
            Some("hr-katwijk")
        );
        assert!(h.exploration.participants.iter().any(|p| p
            .name
            .contains("Hillegom, Lisse, Noordwijkerhout en Teylingen")));
        assert_eq!(h.procedure.timeline.len(), 5);
        assert_eq!(h.procedure.timeline[0].date, "2005-12-01");
        assert_eq!(h.procedure.timeline[4].date, "2006-08-01");
    }

    #[test]
    fn contract_values_of_the_demos_are_as_hand_computed() {
        let expect = [
            ("apeldoorn", "75000"),         // 7.500 × 10 × 12/12
            ("amsterdam", "900000"),        // 3.000 × 300 × 12/12
            ("emmen", "156000"),            // 6.000 × 13 × 24/12
            ("roermond", "650000"),         // 5.000 × 65 × 24/12 (130 trajectories in 24 months)
            ("holland-rijnland", "270000"), // 6.000 × (10 + 15 + 20) × 12/12
        ];
        for (key, value) in expect {
            let d = demo_case(key).expect("case").dossier();
            assert_eq!(
                estimated_contract_value(&d).map(|v| v.total),
                Ok(money(value)),
                "{key}"
            );
        }
    }

    #[test]
    fn threshold_advice_for_the_demos() {
        let day = "2025-06-30";
        let social = ServiceRegime::SocialAndOtherSpecific;
        let get = |k: &str| demo_case(k).expect("case").dossier();
        let a = assess_dossier(&get("amsterdam"), social, day).expect("value");
        assert!(a.european, "900.000 ≥ 750.000");
        assert!(a.fits(ProcedureKind::Restricted));
        let r = assess_dossier(&get("roermond"), social, day).expect("value");
        assert!(!r.european && r.fits(ProcedureKind::Restricted));
        let h = assess_dossier(&get("holland-rijnland"), social, day).expect("value");
        assert!(!h.european);
        let hs =
            assess_dossier(&get("holland-rijnland"), ServiceRegime::Services, day).expect("value");
        assert!(
            hs.european,
            "270.000 ≥ 221.000 when summed over the participants"
        );
    }

    #[test]
    fn step_one_is_complete_except_where_the_source_leaves_the_role_open() {
        for (c, d) in sources() {
            let open = open_points_in(&d, Step::Verkenning);
            if c.key == "holland-rijnland" {
                assert_eq!(open.len(), 1);
                assert_eq!(
                    (open[0].field, &open[0].problem),
                    (FieldId::BuyerRole, &Problem::Missing)
                );
            } else {
                assert!(open.is_empty(), "{}: {open:?}", c.key);
            }
        }
    }
}
