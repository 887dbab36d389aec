//! The award data a user enters: criteria, formula, knock-outs, evaluators and bids.
//! Stored inside the dossier (`Dossier::award`). Every struct takes `#[serde(default)]`
//! so that fields added later read old files.

use crate::domain::money::{Money, Percent};
use crate::domain::scoring::formula::FormulaKind;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// How the price of a bid is turned into points (see the domain primer).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PriceFormula {
    /// W·P_min/P: common, but relative (rank reversal possible).
    #[default]
    RelativeToLowest,
    /// W·(P_max − P)/(P_max − P_min): relative.
    LinearLowestHighest,
    /// W·(P_hi − P)/(P_hi − P_lo) between bounds published in advance: absolute.
    FixedBounds {
        /// `P_lo`: at or below it a bid gets all price points.
        #[serde(default)]
        low: Option<Money>,
        /// `P_hi`: at or above it a bid gets no price points.
        #[serde(default)]
        high: Option<Money>,
    },
    /// Gunnen op waarde: fictive price = P − Σ euro value of the quality levels; lowest wins.
    QualityToPrice,
    /// Price of one successful trajectory: P / placement rate; lowest wins.
    CostPerResult,
}

/// Whether a criterion is the price or a quality aspect scored by evaluators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum CriterionKind {
    /// Scored by the price formula.
    Price,
    /// Scored by the evaluators on the quality scale.
    #[default]
    Quality,
}

/// An award criterion (gunningscriterium) with its published weight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Criterion {
    /// Stable id, referenced by scores.
    pub id: String,
    /// The name as published.
    pub name: String,
    /// Price or quality.
    pub kind: CriterionKind,
    /// Weight in percentage points; all weights together must be 100.
    pub weight: Option<Percent>,
    /// For quality-to-price: the euro value of one quality point (per trajectory).
    pub value_per_point: Option<Money>,
}

/// A knock-out requirement: a bid that fails it is not scored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum KnockoutRule {
    /// The offered placement rate must be at least this (Apeldoorn: 55 %).
    MinPlacementRate {
        /// The minimum rate.
        min: Option<Percent>,
    },
    /// The offered lead time must be at most this many weeks.
    MaxLeadTimeWeeks {
        /// The maximum number of weeks.
        max: Option<u32>,
    },
    /// Judged by the evaluators: pass or fail per bid.
    #[default]
    Manual,
}

/// A knock-out requirement as published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Knockout {
    /// Stable id, referenced by verdicts.
    pub id: String,
    /// The requirement in words.
    pub description: String,
    /// How it is judged.
    pub rule: KnockoutRule,
}

/// The quality scale evaluators score on: 0..=max points, optionally with named levels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QualityScale {
    /// The top of the scale (at least 1 point); 0 is the bottom.
    #[serde(with = "rust_decimal::serde::str")]
    pub max_points: Decimal,
    /// Named levels such as "onvoldoende" = 0, "goed" = 7, "uitstekend" = 10.
    pub levels: Vec<NamedLevel>,
}

impl Default for QualityScale {
    fn default() -> Self {
        QualityScale { max_points: Decimal::TEN, levels: Vec::new() }
    }
}

/// A named level of the quality scale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct NamedLevel {
    /// Stable id, so that two copies of a dossier merge level by level (see
    /// `persistence::merge`). Levels made before it existed have none (and merge as one list);
    /// it is not written when empty, so their stored form does not change.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// E.g. "goed".
    pub label: String,
    /// Its points on the scale.
    #[serde(with = "rust_decimal::serde::str")]
    pub points: Decimal,
}

/// A member of the evaluation committee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Evaluator {
    /// Stable id, referenced by scores.
    pub id: String,
    /// The name shown.
    pub name: String,
}

/// One evaluator's score for one quality criterion of one bid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Score {
    /// The quality criterion scored.
    pub criterion_id: String,
    /// Who scored.
    pub evaluator_id: String,
    /// Points on the scale; `None`: not scored yet.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub points: Option<Decimal>,
}

/// The score the evaluators agreed on after discussion, with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Consensus {
    /// The quality criterion.
    pub criterion_id: String,
    /// The agreed points; `None`: no agreed score (the mean counts).
    #[serde(with = "rust_decimal::serde::str_option")]
    pub points: Option<Decimal>,
    /// Why the evaluators agreed on this score.
    pub reason: String,
}

/// The evaluators' verdict on a manual knock-out requirement for one bid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct KnockoutVerdict {
    /// The knock-out requirement.
    pub knockout_id: String,
    /// `None`: not judged yet.
    pub pass: Option<bool>,
}

/// A bid (offerte).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Bid {
    /// Stable id.
    pub id: String,
    /// The bidder's name.
    pub bidder: String,
    /// Price per trajectory.
    pub price: Option<Money>,
    /// Offered placement rate.
    pub placement_rate: Option<Percent>,
    /// Offered lead time in weeks.
    pub lead_time_weeks: Option<u32>,
    /// Each evaluator's scores.
    pub scores: Vec<Score>,
    /// Agreed scores, per criterion.
    pub consensus: Vec<Consensus>,
    /// Verdicts on manual knock-out requirements.
    pub knockouts: Vec<KnockoutVerdict>,
    /// Free text.
    pub note: String,
}

/// Everything about awarding: stored in the dossier, edited in steps 3 and 5.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AwardSetup {
    /// Award criteria with their weights.
    pub criteria: Vec<Criterion>,
    /// How price is scored.
    pub formula: PriceFormula,
    /// Knock-out requirements.
    pub knockouts: Vec<Knockout>,
    /// The quality scale.
    pub scale: QualityScale,
    /// The evaluation committee.
    pub evaluators: Vec<Evaluator>,
    /// The bids, in entry order (the last tie-break).
    pub bids: Vec<Bid>,
    /// Evaluators disagree when their scores for one criterion differ by more than this
    /// many points.
    #[serde(with = "rust_decimal::serde::str")]
    pub disagreement_margin: Decimal,
    /// The independent scoring round, once an evaluation package was sent out: while its
    /// prices are not opened, the bids page hides them. Not written when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub round: Option<EvaluationRound>,
    /// Every score sheet imported from an evaluator, as it came (for the record: the
    /// scores in `bids` may be changed later, these are not). Not written when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sheets: Vec<SheetRecord>,
    /// The published price bounds while the chosen formula is *not* fixed bounds, so that
    /// the comparison of formulas can score that formula too. While fixed bounds is chosen,
    /// its own `low`/`high` are the bounds and this stays empty: one source at a time (see
    /// [`AwardSetup::published_bounds`] and [`AwardSetup::set_formula_kind`]). Not written when
    /// empty, so dossiers stored before it existed keep their exact form.
    #[serde(skip_serializing_if = "PriceBounds::is_empty")]
    pub price_bounds: PriceBounds,
}

/// Price bounds published in advance: at or below `low` a bid gets all price points, at or
/// above `high` none (the fixed-bounds formula).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PriceBounds {
    /// `P_lo`.
    pub low: Option<Money>,
    /// `P_hi`.
    pub high: Option<Money>,
}

impl PriceBounds {
    /// Neither bound is entered.
    pub fn is_empty(&self) -> bool {
        self.low.is_none() && self.high.is_none()
    }
}

/// An independent scoring round: the package sent to the evaluators, and when and by whom
/// the prices were opened (quality is scored first, without prices).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct EvaluationRound {
    /// The id of the package the evaluators received (their sheets carry it); empty: not
    /// sent yet (the descriptions are being written).
    pub package_id: String,
    /// When the package was made (ISO 8601).
    pub sent_at: String,
    /// Who made it, as typed.
    pub sent_by: String,
    /// When the prices were opened (ISO 8601); empty: still closed.
    pub prices_opened_at: String,
    /// Who opened them, as typed.
    pub prices_opened_by: String,
    /// What evaluators read about each quality criterion in the package (what a high score
    /// asks for), by criterion id.
    pub descriptions: Vec<CriterionNote>,
}

/// A text about one criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct CriterionNote {
    /// The criterion.
    pub criterion_id: String,
    /// The text.
    pub text: String,
}

impl EvaluationRound {
    /// Whether the prices are still closed.
    pub fn prices_closed(&self) -> bool {
        !self.package_id.is_empty() && self.prices_opened_at.is_empty()
    }

    /// The description of a criterion for the evaluators (empty when none).
    pub fn description(&self, criterion_id: &str) -> &str {
        self.descriptions.iter().find(|n| n.criterion_id == criterion_id).map_or("", |n| n.text.as_str())
    }
}

/// One score of an evaluator's sheet, with the evaluator's reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct SheetScore {
    /// The bid scored.
    pub bid_id: String,
    /// The quality criterion scored.
    pub criterion_id: String,
    /// Points on the scale; `None`: not scored.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub points: Option<Decimal>,
    /// Why.
    pub reason: String,
}

/// An evaluator's score sheet as imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct SheetRecord {
    /// Stable id of this record (so that copies of a dossier merge record by record).
    pub id: String,
    /// The evaluator the scores were entered under (`AwardSetup::evaluators`).
    pub evaluator_id: String,
    /// The evaluator's name as on the sheet.
    pub evaluator_name: String,
    /// The evaluator's municipality as on the sheet.
    pub municipality: String,
    /// The package the sheet answers.
    pub package_id: String,
    /// When the evaluator made the sheet.
    pub submitted_at: String,
    /// When it was imported here.
    pub imported_at: String,
    /// When a later sheet of the same evaluator replaced it (empty: current).
    pub replaced_at: String,
    /// The scores, as on the sheet.
    pub scores: Vec<SheetScore>,
}

impl AwardSetup {
    /// Whether the bids page must hide prices: a scoring round is on and its prices are
    /// not opened yet.
    pub fn prices_hidden(&self) -> bool {
        self.round.as_ref().is_some_and(EvaluationRound::prices_closed)
    }

    /// The published price bounds: those of the fixed-bounds formula when it is chosen,
    /// otherwise [`AwardSetup::price_bounds`].
    pub fn published_bounds(&self) -> PriceBounds {
        match self.formula {
            PriceFormula::FixedBounds { low, high } => PriceBounds { low, high },
            _ => self.price_bounds,
        }
    }

    /// Sets the published price bounds where they live now (see [`AwardSetup::published_bounds`]).
    pub fn set_published_bounds(&mut self, bounds: PriceBounds) {
        match &mut self.formula {
            PriceFormula::FixedBounds { low, high } => {
                *low = bounds.low;
                *high = bounds.high;
                self.price_bounds = PriceBounds::default();
            }
            _ => self.price_bounds = bounds,
        }
    }

    /// Chooses a price formula, moving the published bounds along: into the fixed-bounds
    /// formula when it is chosen, out of it into [`AwardSetup::price_bounds`] when another is.
    pub fn set_formula_kind(&mut self, kind: FormulaKind) {
        if self.formula.kind() == kind {
            return;
        }
        let bounds = self.published_bounds();
        self.formula = match kind {
            FormulaKind::RelativeToLowest => PriceFormula::RelativeToLowest,
            FormulaKind::LinearLowestHighest => PriceFormula::LinearLowestHighest,
            FormulaKind::FixedBounds => PriceFormula::FixedBounds { low: None, high: None },
            FormulaKind::QualityToPrice => PriceFormula::QualityToPrice,
            FormulaKind::CostPerResult => PriceFormula::CostPerResult,
        };
        self.price_bounds = PriceBounds::default();
        self.set_published_bounds(bounds);
    }

    /// The fixed-bounds formula with the published bounds, as the comparison of formulas
    /// scores it.
    pub fn fixed_bounds_formula(&self) -> PriceFormula {
        let PriceBounds { low, high } = self.published_bounds();
        PriceFormula::FixedBounds { low, high }
    }

    /// The current (not replaced) sheet of each evaluator, in import order.
    pub fn current_sheets(&self) -> impl Iterator<Item = &SheetRecord> {
        self.sheets.iter().filter(|s| s.replaced_at.is_empty())
    }
}

impl Default for AwardSetup {
    fn default() -> Self {
        AwardSetup {
            criteria: Vec::new(),
            formula: PriceFormula::default(),
            knockouts: Vec::new(),
            scale: QualityScale::default(),
            evaluators: Vec::new(),
            bids: Vec::new(),
            disagreement_margin: Decimal::TWO,
            round: None,
            sheets: Vec::new(),
            price_bounds: PriceBounds::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scoring::problem::Problem;
    use crate::domain::scoring::{evaluate, FormulaKind};

    fn euros(n: i64) -> Option<Money> {
        Some(Money(Decimal::from(n)))
    }

    #[test]
    fn an_award_stored_before_the_price_bounds_reads_and_writes_back_identically() {
        // Fixed bounds chosen: the bounds stay in the formula; and another formula chosen.
        for old in [
            r#"{"criteria":[],"formula":{"kind":"fixed_bounds","low":"3000","high":"6000"},"knockouts":[],"scale":{"max_points":"10","levels":[]},"evaluators":[],"bids":[],"disagreement_margin":"2"}"#,
            r#"{"criteria":[],"formula":{"kind":"relative_to_lowest"},"knockouts":[],"scale":{"max_points":"10","levels":[]},"evaluators":[],"bids":[],"disagreement_margin":"2"}"#,
        ] {
            let setup: AwardSetup = serde_json::from_str(old).expect("old award");
            assert!(setup.price_bounds.is_empty());
            assert_eq!(serde_json::to_string(&setup).expect("json"), old);
        }
    }

    #[test]
    fn the_bounds_move_with_the_formula_and_live_in_one_place() {
        let mut setup = AwardSetup::default();
        let bounds = PriceBounds { low: euros(3_000), high: euros(6_000) };
        setup.set_published_bounds(bounds);
        assert_eq!(setup.price_bounds, bounds);
        assert_eq!(setup.fixed_bounds_formula(), PriceFormula::FixedBounds { low: euros(3_000), high: euros(6_000) });
        setup.set_formula_kind(FormulaKind::FixedBounds);
        assert_eq!(setup.formula, PriceFormula::FixedBounds { low: euros(3_000), high: euros(6_000) });
        assert!(setup.price_bounds.is_empty());
        let json = serde_json::to_string(&setup).expect("json");
        assert!(!json.contains("price_bounds"), "{json}");
        setup.set_published_bounds(PriceBounds { low: euros(2_000), high: euros(6_000) });
        setup.set_formula_kind(FormulaKind::CostPerResult);
        assert_eq!(setup.formula, PriceFormula::CostPerResult);
        assert_eq!(setup.published_bounds(), PriceBounds { low: euros(2_000), high: euros(6_000) });
        let back: AwardSetup = serde_json::from_str(&serde_json::to_string(&setup).expect("json")).expect("read");
        assert_eq!(back, setup);
    }

    #[test]
    fn published_bounds_that_do_not_increase_give_the_bounds_problem_in_the_comparison() {
        let mut setup = crate::domain::demo::demo_case("workshop-omkering").expect("case").dossier().award;
        setup.set_published_bounds(PriceBounds { low: euros(150_000), high: euros(40_000) });
        let outcome = evaluate(&setup).outcome.expect("the chosen formula still computes");
        let fixed = outcome.alternatives.iter().find(|a| a.formula == FormulaKind::FixedBounds).expect("alternative");
        let expected =
            Problem::BoundsNotIncreasing { low: Money(Decimal::from(150_000)), high: Money(Decimal::from(40_000)) };
        assert_eq!(fixed.ranking, Err(vec![expected.clone()]));
        // Chosen, the same bounds block the outcome with the same problem.
        setup.set_formula_kind(FormulaKind::FixedBounds);
        let e = evaluate(&setup);
        assert!(e.outcome.is_none());
        assert!(e.problems.contains(&expected), "{:?}", e.problems);
    }
}
