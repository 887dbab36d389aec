//! Which award criterion is the price: recognising a criterion *named* after the price
//! ("Prijs", "Trajectprijs", "Kosten", "Price") so that it is not left as a quality criterion
//! by mistake. A weighted price formula scores exactly one criterion of kind price; a
//! criterion called "Prijs" that is of kind quality would instead be scored by hand by the
//! evaluators, and the price would play no role (issue 17, the first trap).
//!
//! The check is by whole words (case-insensitive, Dutch and English): a word that is or ends
//! in `prijs` (prijs, trajectprijs, kostprijs), `price`/`prices`, `kosten`, `cost`/`costs`,
//! `tarief`/`tarieven`, or `pricing`. Words that merely contain them do not count
//! ("kostenbewustzijn", "prijsbewust" are about quality), and neither do names in which a
//! price word is qualified by a quality word ("prijs-kwaliteitverhouding" is the whole award).

use super::model::{AwardSetup, CriterionKind};

/// Whether a criterion's name says it is the price.
pub fn names_price(name: &str) -> bool {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    if words.iter().any(|w| w.starts_with("kwaliteit") || w.starts_with("quality")) {
        return false;
    }
    words.iter().any(|w| {
        w.ends_with("prijs")
            || matches!(*w, "price" | "prices" | "pricing" | "kosten" | "cost" | "costs" | "tarief" | "tarieven")
            || w.ends_with("kosten")
    })
}

/// The kind a criterion with this name most likely has: price when its name says so.
pub fn suggested_kind(name: &str) -> CriterionKind {
    if names_price(name) {
        CriterionKind::Price
    } else {
        CriterionKind::Quality
    }
}

impl AwardSetup {
    /// Whether a criterion is of kind price.
    pub fn has_price_criterion(&self) -> bool {
        self.criteria.iter().any(|c| c.kind == CriterionKind::Price)
    }

    /// The index of the first criterion of kind quality whose name says it is the price, when
    /// no criterion is of kind price: almost surely the price criterion with the wrong kind.
    pub fn price_named_quality(&self) -> Option<usize> {
        if self.has_price_criterion() {
            return None;
        }
        self.criteria.iter().position(|c| c.kind == CriterionKind::Quality && names_price(&c.name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scoring::model::Criterion;

    #[test]
    fn price_names_in_both_languages() {
        for n in [
            "Prijs",
            "prijs",
            " PRIJS ",
            "Trajectprijs",
            "Prijs per traject",
            "Prijs, gewogen met het plaatsingspercentage",
            "Kosten",
            "Integrale kosten",
            "Trajectkosten",
            "Price",
            "Total cost",
            "Tarief",
            "Kostprijs per plaatsing",
        ] {
            assert!(names_price(n), "{n}");
            assert_eq!(suggested_kind(n), CriterionKind::Price, "{n}");
        }
        for n in [
            "",
            "Kwaliteit van het plan",
            "Aanpak",
            "Kostenbewustzijn",
            "Prijsbewust werken",
            "Prijs-kwaliteitverhouding",
            "Price-quality ratio",
            "Doorlooptijd",
            "Plaatsingspercentage",
            "Ervaring met de doelgroep",
        ] {
            assert!(!names_price(n), "{n}");
            assert_eq!(suggested_kind(n), CriterionKind::Quality, "{n}");
        }
    }

    fn crit(id: &str, name: &str, kind: CriterionKind) -> Criterion {
        Criterion { id: id.into(), name: name.into(), kind, ..Criterion::default() }
    }

    #[test]
    fn the_price_named_quality_criterion_is_found_only_without_a_price_criterion() {
        let mut a = AwardSetup::default();
        assert!(!a.has_price_criterion());
        assert_eq!(a.price_named_quality(), None);
        a.criteria = vec![
            crit("q", "Aanpak", CriterionKind::Quality),
            crit("p", "Prijs", CriterionKind::Quality),
            crit("k", "Kosten", CriterionKind::Quality),
        ];
        assert_eq!(a.price_named_quality(), Some(1), "the first one named after the price");
        a.criteria[2].kind = CriterionKind::Price;
        assert!(a.has_price_criterion());
        assert_eq!(a.price_named_quality(), None, "a price criterion exists: 'Prijs' may be something else");
    }
}

#[cfg(test)]
mod evaluation_tests {
    use crate::domain::money::{Money, Percent};
    use crate::domain::scoring::model::{AwardSetup, Bid, Criterion, CriterionKind, Evaluator, Score};
    use crate::domain::scoring::{evaluate, Problem};
    use rust_decimal::Decimal;

    /// The walkthrough's bid page: "Prijs" 40 % left as quality, "Aanpak" 60 % scored by one
    /// evaluator, three bids. The outcome is blocked by the cause, not by "M. de Vries must
    /// still give 3 scores on 'Prijs'".
    fn walkthrough() -> AwardSetup {
        let crit = |id: &str, name: &str, w: i64| Criterion {
            id: id.into(),
            name: name.into(),
            kind: CriterionKind::Quality,
            weight: Some(Percent(Decimal::from(w))),
            value_per_point: None,
        };
        let bid = |id: &str, name: &str, price: i64, aanpak: i64| Bid {
            id: id.into(),
            bidder: name.into(),
            price: Some(Money(Decimal::from(price))),
            scores: vec![Score {
                criterion_id: "aanpak".into(),
                evaluator_id: "e".into(),
                points: Some(Decimal::from(aanpak)),
            }],
            ..Bid::default()
        };
        AwardSetup {
            criteria: vec![crit("prijs", "Prijs", 40), crit("aanpak", "Aanpak", 60)],
            evaluators: vec![Evaluator { id: "e".into(), name: "M. de Vries".into() }],
            bids: vec![
                bid("a", "Werkpunt Oost BV", 7200, 7),
                bid("b", "Stap Verder", 7900, 8),
                bid("c", "Baan in Zicht", 6800, 5),
            ],
            ..AwardSetup::default()
        }
    }

    #[test]
    fn a_price_named_quality_criterion_blocks_with_its_cause() {
        let mut setup = walkthrough();
        let e = evaluate(&setup);
        assert!(e.outcome.is_none());
        let blocking: Vec<&Problem> = e.problems.iter().filter(|p| p.is_blocking()).collect();
        assert_eq!(blocking.len(), 1, "{blocking:?}");
        assert!(
            matches!(blocking[0], Problem::PriceCriterionIsQuality { criterion } if criterion.name == "Prijs"),
            "{blocking:?}"
        );
        assert!(!e.problems.iter().any(|p| matches!(p, Problem::MissingScores { .. })), "not the symptom");
        assert_eq!(blocking[0].field(), crate::domain::fields::FieldId::AwardCriteria);
        // The fix named in the message: the kind set to price. Then there is an outcome.
        setup.criteria[0].kind = CriterionKind::Price;
        let e = evaluate(&setup);
        assert!(e.outcome.is_some(), "{:?}", e.problems);
        // Scores really missing on a real quality criterion are still reported.
        setup.bids[0].scores.clear();
        let e = evaluate(&setup);
        assert!(e.problems.iter().any(|p| matches!(p, Problem::MissingScores { count: 1, .. })));
    }
}
