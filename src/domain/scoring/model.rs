//! The award data a user enters: criteria, formula, knock-outs, evaluators and bids.
//! Stored inside the dossier (`Dossier::award`). Every struct takes `#[serde(default)]`
//! so that fields added later read old files.

use crate::domain::money::{Money, Percent};
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
        #[serde(default)]
        low: Option<Money>,
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
    Price,
    #[default]
    Quality,
}

/// An award criterion (gunningscriterium) with its published weight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Criterion {
    pub id: String,
    pub name: String,
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
    MinPlacementRate { min: Option<Percent> },
    /// The offered lead time must be at most this many weeks.
    MaxLeadTimeWeeks { max: Option<u32> },
    /// Judged by the evaluators: pass or fail per bid.
    #[default]
    Manual,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Knockout {
    pub id: String,
    pub description: String,
    pub rule: KnockoutRule,
}

/// The quality scale evaluators score on: 0..=max points, optionally with named levels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QualityScale {
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct NamedLevel {
    pub label: String,
    #[serde(with = "rust_decimal::serde::str")]
    pub points: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Evaluator {
    pub id: String,
    pub name: String,
}

/// One evaluator's score for one quality criterion of one bid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Score {
    pub criterion_id: String,
    pub evaluator_id: String,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub points: Option<Decimal>,
}

/// The score the evaluators agreed on after discussion, with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Consensus {
    pub criterion_id: String,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub points: Option<Decimal>,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct KnockoutVerdict {
    pub knockout_id: String,
    /// `None`: not judged yet.
    pub pass: Option<bool>,
}

/// A bid (offerte).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Bid {
    pub id: String,
    pub bidder: String,
    /// Price per trajectory.
    pub price: Option<Money>,
    pub placement_rate: Option<Percent>,
    pub lead_time_weeks: Option<u32>,
    pub scores: Vec<Score>,
    pub consensus: Vec<Consensus>,
    pub knockouts: Vec<KnockoutVerdict>,
    pub note: String,
}

/// Everything about awarding: stored in the dossier, edited in steps 3 and 5.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AwardSetup {
    pub criteria: Vec<Criterion>,
    pub formula: PriceFormula,
    pub knockouts: Vec<Knockout>,
    pub scale: QualityScale,
    pub evaluators: Vec<Evaluator>,
    pub bids: Vec<Bid>,
    /// Evaluators disagree when their scores for one criterion differ by more than this
    /// many points.
    #[serde(with = "rust_decimal::serde::str")]
    pub disagreement_margin: Decimal,
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
        }
    }
}
