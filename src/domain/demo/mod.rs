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

//!
//! One file per case: `apeldoorn.rs`, `amsterdam.rs`, `emmen.rs`, `roermond.rs`,
//! `holland_rijnland.rs`, and the workshop exercise in `workshop_reversal.rs`. This file holds
//! the case list, copy and reset, and the small builders the cases share; tests in `tests.rs`.

mod amsterdam;
mod apeldoorn;
mod emmen;
mod holland_rijnland;
mod list_notes;
mod roermond;
#[cfg(test)]
mod source_facts;
#[cfg(test)]
mod tests;
mod workshop_reversal;

use crate::domain::dossier::{ChecklistItem, Dossier, Participant, Provider, Requirement};
use crate::domain::lang::{Lang, Tr};
use crate::domain::money::{Money, Percent};
use crate::domain::scoring::model::{
    AwardSetup, Bid, Consensus, Criterion, CriterionKind, Evaluator, Knockout, PriceBounds, PriceFormula, Score,
};
use crate::domain::source::{SourceRef, LATER_PRACTICE, OWN_WORKING};
use amsterdam::amsterdam;
use apeldoorn::apeldoorn;
use emmen::emmen;
use holland_rijnland::holland_rijnland;
pub use list_notes::{list_note, list_note_of, ListNote};
use roermond::roermond;
use rust_decimal::Decimal;
use workshop_reversal::workshop_reversal;

/// A demo case in the case list.
#[derive(Debug, Clone, Copy)]
pub struct DemoCase {
    /// Stable key, stored in `Dossier::demo_of` of every copy.
    pub key: &'static str,
    pub name: Tr,
    /// One line for the case list.
    pub description: Tr,
    /// Where the case's facts are: the guide's appendix and sections, or the plan's sections.
    /// The dossier's procedure rationale (step 5) ends with the same references in Dutch.
    pub sources: &'static [SourceRef],
}

/// Added to a copy's name after the case's name: "Apeldoorn: … (voorbeeld)".
const COPY_SUFFIX: Tr = Tr::new("voorbeeld", "demo");

impl DemoCase {
    /// A fresh dossier of this case (`id` and timestamps empty, `demo_of` set).
    /// (The builders are named in a match, not held as function pointers in the case list, so
    /// that the list of cases on the start page does not pull the cases' data into the main
    /// wasm module: it stays in the chunk of the code that builds a copy.)
    pub fn dossier(&self) -> Dossier {
        match self.key {
            "apeldoorn" => apeldoorn(),
            "amsterdam" => amsterdam(),
            "emmen" => emmen(),
            "roermond" => roermond(),
            "holland-rijnland" => holland_rijnland(),
            "workshop-omkering" => workshop_reversal(),
            _ => Dossier::default(),
        }
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

impl DemoCase {
    /// The id prefix of this case's copies, `d-<key>`: a copy's id then says which case it came
    /// from, so that someone who opens the facilitator's link to a copy they do not have can be
    /// offered the same case ([`case_of_copy_id`]). Still a valid dossier id (letters, digits
    /// and `-`).
    pub fn id_prefix(&self) -> String {
        format!("d-{}", self.key)
    }

    /// Whether a copy opens on the bid comparison instead of step 1: the workshop exercise is
    /// about the comparison and nothing else.
    pub fn opens_on_bids(&self) -> bool {
        self.key == "workshop-omkering"
    }
}

/// The case whose copy this id is (`d-<key>-…`, see [`DemoCase::id_prefix`]); `None` for any
/// other id, including copies made before ids named their case.
pub fn case_of_copy_id(id: &str) -> Option<DemoCase> {
    let rest = id.strip_prefix("d-")?;
    // The longest key that fits, so that one key being the start of another cannot mislead.
    demo_cases()
        .into_iter()
        .filter(|c| rest.strip_prefix(c.key).is_some_and(|tail| tail.starts_with('-') && tail.len() > 1))
        .max_by_key(|c| c.key.len())
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

// Where each case comes from (in `const`s, so that the list can hold them as `&'static`).
const APELDOORN_SOURCES: &[SourceRef] =
    &[SourceRef::appendix(1, 28, 32), SourceRef::guide("3.3", 19, 19), SourceRef::guide("3.5", 23, 23)];
const AMSTERDAM_SOURCES: &[SourceRef] = &[
    SourceRef::appendix(2, 33, 35),
    SourceRef::guide("3.2", 17, 17),
    SourceRef::guide("3.4", 20, 20),
    SourceRef::guide("3.5", 22, 22),
];
const EMMEN_SOURCES: &[SourceRef] = &[
    SourceRef::appendix(3, 36, 40),
    SourceRef::guide("3.2", 18, 18),
    SourceRef::guide("3.3", 19, 19),
    SourceRef::guide("3.5", 22, 22),
];
const ROERMOND_SOURCES: &[SourceRef] = &[
    SourceRef::appendix(4, 41, 44),
    SourceRef::guide("3.1", 16, 16),
    SourceRef::guide("3.3", 18, 19),
    SourceRef::guide("3.4", 20, 21),
    SourceRef::guide("3.5", 22, 22),
];
const HOLLAND_RIJNLAND_SOURCES: &[SourceRef] = &[
    SourceRef::plan("2.1"),
    SourceRef::plan("2.3"),
    SourceRef::plan("2.4"),
    SourceRef::plan("3"),
    SourceRef::plan("4"),
];
const WORKSHOP_SOURCES: &[SourceRef] = &[LATER_PRACTICE, OWN_WORKING];

/// The five cases, in the order of the sources, then a workshop exercise.
pub fn demo_cases() -> Vec<DemoCase> {
    vec![
        DemoCase {
            key: "apeldoorn",
            name: Tr::new("Apeldoorn: bouwproject in Ierland", "Apeldoorn: building project in Ireland"),
            description: Tr::new(
                "Ex-drugsverslaafden restaureren een kerkje in Ierland: onderhands met voorselectie, \
                 prijs gewogen met het plaatsingspercentage, bonus/malus bij 55 % (offertes fictief).",
                "Former drug addicts restore a chapel in Ireland: private tender with pre-selection, \
                 price weighted by placement rate, bonus/malus at 55% (bids fictitious).",
            ),
            sources: APELDOORN_SOURCES,
        },
        DemoCase {
            key: "amsterdam",
            name: Tr::new("Amsterdam: sociale-activeringsmakelaar", "Amsterdam: social activation broker"),
            description: Tr::new(
                "Eén makelaar per regio koppelt klant en activering: functionele vraag, geen \
                 instroomgarantie, jaarcontracten (gewichten illustratief).",
                "One broker per region matches clients and activation: functional request, no \
                 inflow guarantee, one-year contracts (weights illustrative).",
            ),
            sources: AMSTERDAM_SOURCES,
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
            sources: EMMEN_SOURCES,
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
            sources: ROERMOND_SOURCES,
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
            sources: HOLLAND_RIJNLAND_SOURCES,
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
            sources: WORKSHOP_SOURCES,
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
    texts.iter().enumerate().map(|(i, t)| Requirement { id: format!("{prefix}{}", i + 1), text: s(t) }).collect()
}

fn participant(id: &str, name: &str, contact: &str, trajectories: Option<u32>, size: Option<u32>) -> Participant {
    Participant {
        id: s(id),
        name: s(name),
        contact_person: s(contact),
        trajectories,
        budget: None,
        budget_period: None,
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
        .map(|(i, (name, note))| Provider { id: format!("{case}-i{}", i + 1), name: s(name), note: s(note) })
        .collect()
}

fn checklist(case: &str, list: &[(&str, bool)]) -> Vec<ChecklistItem> {
    list.iter()
        .enumerate()
        .map(|(i, (text, done))| ChecklistItem { id: format!("{case}-pre{}", i + 1), text: s(text), done: *done })
        .collect()
}

fn evaluators(case: &str) -> Vec<Evaluator> {
    (1..=2).map(|i| Evaluator { id: format!("{case}-e{i}"), name: format!("Beoordelaar {i} (fictief)") }).collect()
}

/// A fictitious bid: `scores` per quality criterion number (1-based, as in `criteria`):
/// (criterion number, evaluator 1, evaluator 2, agreed score), on the default 0..10 scale.
fn bid(case: &str, letter: char, price: i64, rate: i64, weeks: u32, scores: &[(usize, i64, i64, i64)]) -> Bid {
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

/// The award of a case; `bounds` are the published price bounds (low, high) in euros, so
/// that the fixed-bounds formula can be compared with the chosen one. No source states price
/// bounds: they are illustrative, like the bids (each demo's text says so).
fn award(
    criteria: Vec<Criterion>,
    formula: PriceFormula,
    bounds: (i64, i64),
    knockouts: Vec<Knockout>,
    case: &str,
    bids: Vec<Bid>,
) -> AwardSetup {
    let mut setup =
        AwardSetup { criteria, formula, knockouts, evaluators: evaluators(case), bids, ..AwardSetup::default() };
    setup.set_published_bounds(PriceBounds { low: Some(euros(bounds.0)), high: Some(euros(bounds.1)) });
    setup
}
