//! Workshop: rank reversal, a worked example of the phenomenon the literature describes
//! (Telgen & Timmer 2016; Bergman & Lundberg 2013). The numbers are ours, not quoted from either
//! paper. Not a case from the sources but an exercise; the demo case `workshop-omkering`.
//!
//! What is taken from the source and what is illustrative: see the header of `domain::demo`.

use super::{criteria, euros, pct, s};
use crate::domain::dossier::{Dossier, Exploration, Procedure};
use crate::domain::scoring::model::CriterionKind::{Price, Quality};
use crate::domain::scoring::model::{AwardSetup, Bid, Evaluator, PriceBounds, PriceFormula, QualityScale, Score};
use rust_decimal::Decimal;

/// Price 50 / quality 50, quality out of 100, price scored relative to the lowest bid. A
/// (quality 60, € 100.000) beats B (78, € 125.000) by 80,00 to 79,00; C (5, € 50.000) loses
/// itself but lowers the lowest price, after which B wins with 59,00 before A's 55,00. Only
/// the award part is filled in: it is an exercise for a workshop, not a purchase.
pub(super) fn workshop_reversal() -> Dossier {
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
        scores: vec![Score {
            criterion_id: format!("{case}-c2"),
            evaluator_id: jury.id.clone(),
            points: Some(Decimal::from(quality)),
        }],
        consensus: Vec::new(),
        knockouts: Vec::new(),
        note: s("Rekenvoorbeeld bij rangorde-omkering, het verschijnsel uit de literatuur; fictief."),
    };
    Dossier {
        name: s("Workshop: rangorde-omkering (voorbeeld)"),
        demo_of: Some(s("workshop-omkering")),
        exploration: Exploration {
            title: s("Workshop: wie wint er, en waarom?"),
            problem: s("Een oefening voor een workshop over gunnen. Drie aanbieders schreven in op \
                 een re-integratieopdracht; prijs en kwaliteit wegen elk 50 %. Open 'Offertes \
                 vergelijken' (stap 5): B wint. Verwijder C, die zelf kansloos is, en A wint. \
                 Zet C terug (ongedaan maken) en kies in stap 3 een absolute prijsformule (vaste \
                 grenzen of gunnen op waarde): dan hangt de volgorde van A en B niet meer af van C."),
            goals: s("Laten zien waarom een relatieve prijsformule een risico is, en hoe \
                 vooraf bekendgemaakte grenzen of een waarde per kwaliteitspunt dat voorkomen."),
            ..Exploration::default()
        },
        procedure: Procedure {
            submission: Default::default(),
            rationale: s("Let op (demo): \
                 de vooraf gepubliceerde prijsgrenzen (€ 40.000 en € 150.000, voor de formule met vaste \
                 grenzen) zijn illustratief; \
                 de offertes zijn een rekenvoorbeeld van Inkoopwijzer bij het \
                 verschijnsel dat Telgen & Timmer (2016) en Bergman & Lundberg (2013) beschrijven, geen \
                 echte aanbiedingen. Rangorde-omkering en prijsformules komen niet uit de handreiking van \
                 2002. Kwaliteit is gescoord op 0 tot \
                 100 door één jury; plaatsingspercentages en de waarde van een kwaliteitspunt \
                 (€ 1.000) zijn verzonnen om de andere formules te kunnen tonen.\n\nBronnen: Toevoeging Inkoopwijzer: latere praktijk; Toevoeging Inkoopwijzer: eigen \
                 uitwerking."),
            ..Procedure::default()
        },
        award: AwardSetup {
            criteria: crit,
            formula: PriceFormula::RelativeToLowest,
            // Illustrative bounds, the same as the exercise's absolute step
            // (`domain::workshop::REVERSAL_BOUNDS`).
            price_bounds: PriceBounds { low: Some(euros(40_000)), high: Some(euros(150_000)) },
            scale: QualityScale { max_points: Decimal::from(100), levels: Vec::new() },
            bids: vec![bid('A', 100_000, 60, 60), bid('B', 125_000, 70, 78), bid('C', 50_000, 20, 5)],
            evaluators: vec![jury],
            ..AwardSetup::default()
        },
        ..Dossier::default()
    }
}
