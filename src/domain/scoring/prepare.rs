//! Validation of an award set-up and its translation into checked, index-based data.
//!
//! Invariants: [`Ctx`] is built only from a set-up without general blocking problems, so
//! every admitted bid in it has a valid positive price and a score (fraction) for every
//! quality criterion, and the scale maximum is positive. Formula-specific checks
//! ([`formula_problems`]) must pass before a formula is scored on a `Ctx`.

use crate::domain::money::Money;
use crate::domain::scoring::consensus::{summarize_bid, IdIndex, MissingTally, ScaleCheck, ScoreContext, ScoreSummary};
use crate::domain::scoring::formula::Frac;
use crate::domain::scoring::knockout::{judge, Admission, RateState};
use crate::domain::scoring::model::{AwardSetup, CriterionKind, KnockoutRule, PriceFormula};
use crate::domain::scoring::problem::{limits, money_issue, percent_issue, BoundSide, Named, NumberIssue, Problem};
use rust_decimal::Decimal;
use std::cell::RefCell;
use std::collections::HashSet;

/// One admitted bid, checked.
#[derive(Debug, Clone)]
pub(crate) struct BidInfo {
    /// Index in `AwardSetup::bids` (entry order).
    pub entry: usize,
    pub price: Decimal,
    /// Placement rate in percent, when given and valid (may be zero).
    pub rate: Option<Decimal>,
    /// Points that count, per criterion index (`Frac::ZERO` for the price criterion).
    pub points: Vec<Frac>,
}

/// The checked set-up.
#[derive(Debug, Clone)]
pub(crate) struct Ctx {
    pub max_points: Decimal,
    pub price_crit: Option<usize>,
    pub quality: Vec<usize>,
    /// Admitted bids in entry order.
    pub bids: Vec<BidInfo>,
}

/// The result of the general checks.
pub(crate) struct Prepared {
    pub problems: Vec<Problem>,
    pub admission: Vec<Admission>,
    pub summaries: Vec<ScoreSummary>,
    pub ctx: Option<Ctx>,
}

fn duplicates<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut dup = Vec::new();
    for id in ids {
        if !seen.insert(id) && !dup.iter().any(|d: &String| d == id) {
            dup.push(id.to_string());
        }
    }
    dup
}

/// Runs the checks that do not depend on the price formula.
pub(crate) fn prepare(setup: &AwardSetup) -> Prepared {
    let mut problems = Vec::new();

    // Criteria.
    if setup.criteria.is_empty() {
        problems.push(Problem::NoCriteria);
    }
    for id in duplicates(setup.criteria.iter().map(|c| c.id.as_str())) {
        problems.push(Problem::DuplicateCriterionId { id });
    }
    let price_crits: Vec<usize> =
        (0..setup.criteria.len()).filter(|&i| setup.criteria[i].kind == CriterionKind::Price).collect();
    if price_crits.len() > 1 {
        problems.push(Problem::MultiplePriceCriteria { count: price_crits.len() });
    }
    let quality: Vec<usize> =
        (0..setup.criteria.len()).filter(|&i| setup.criteria[i].kind == CriterionKind::Quality).collect();
    // A quality criterion named "Prijs" without any price criterion: the cause, reported
    // instead of the evaluators' missing scores on it.
    let price_named = setup.price_named_quality();
    if let Some(c) = price_named {
        let crit = &setup.criteria[c];
        problems.push(Problem::PriceCriterionIsQuality { criterion: Named::new(&crit.id, &crit.name, c) });
    }

    // Evaluators.
    for id in duplicates(setup.evaluators.iter().map(|e| e.id.as_str())) {
        problems.push(Problem::DuplicateEvaluatorId { id });
    }

    // Scale.
    let max = setup.scale.max_points;
    let scale_issue = if max.is_sign_negative() && !max.is_zero() {
        Some(NumberIssue::Negative)
    } else if max.is_zero() {
        Some(NumberIssue::Zero)
    } else if max > limits::MAX_SCALE_POINTS {
        Some(NumberIssue::TooLarge)
    } else if max.normalize().scale() > limits::POINTS_DECIMALS {
        Some(NumberIssue::TooManyDecimals)
    } else {
        None
    };
    if let Some(issue) = scale_issue {
        problems.push(Problem::ScaleMax { issue });
    }
    let levels: Vec<Decimal> = setup.scale.levels.iter().map(|l| l.points).collect();
    if scale_issue.is_none() {
        for l in &setup.scale.levels {
            if l.points.is_sign_negative() && !l.points.is_zero() || l.points > max {
                problems.push(Problem::LevelOutsideScale { label: l.label.clone(), points: l.points });
            }
        }
    }
    let margin = setup.disagreement_margin;
    let margin_ok = if margin.is_sign_negative() && !margin.is_zero() {
        problems.push(Problem::DisagreementMargin { issue: NumberIssue::Negative });
        None
    } else {
        Some(margin)
    };

    // Knock-out thresholds.
    for (k, ko) in setup.knockouts.iter().enumerate() {
        let issue = match &ko.rule {
            KnockoutRule::MinPlacementRate { min: None } | KnockoutRule::MaxLeadTimeWeeks { max: None } => {
                Some(NumberIssue::Missing)
            }
            KnockoutRule::MinPlacementRate { min: Some(m) } => percent_issue(m.0, limits::PERCENT_DECIMALS, false),
            _ => None,
        };
        if let Some(issue) = issue {
            problems.push(Problem::KnockoutThreshold { knockout: Named::new(&ko.id, &ko.description, k), issue });
        }
    }

    // Bids.
    if setup.bids.is_empty() {
        problems.push(Problem::NoBids);
    }
    for id in duplicates(setup.bids.iter().map(|b| b.id.as_str())) {
        problems.push(Problem::DuplicateBidId { id });
    }
    let score_cx = ScoreContext {
        setup,
        criteria: RefCell::new(IdIndex::new(setup.criteria.iter().map(|c| c.id.as_str()).collect())),
        evaluators: RefCell::new(IdIndex::new(setup.evaluators.iter().map(|e| e.id.as_str()).collect())),
        quality: &quality,
        scale: if scale_issue.is_none() { Some(ScaleCheck { max, levels: &levels }) } else { None },
        margin: margin_ok,
        missing: RefCell::new(MissingTally::new(setup.evaluators.len())),
        unscored: price_named,
    };
    let mut admission = Vec::with_capacity(setup.bids.len());
    let mut summaries = Vec::with_capacity(setup.bids.len() * quality.len());
    let mut infos = Vec::new();
    for (i, bid) in setup.bids.iter().enumerate() {
        let name = || Named::new(&bid.id, &bid.bidder, i);
        let price = match bid.price {
            Some(Money(p)) => match money_issue(p, true) {
                Some(issue) => {
                    problems.push(Problem::Price { bid: name(), issue });
                    None
                }
                None => Some(p),
            },
            None => None,
        };
        let rate = match bid.placement_rate {
            Some(r) => match percent_issue(r.0, limits::PERCENT_DECIMALS, false) {
                Some(issue) => {
                    problems.push(Problem::PlacementRate { bid: name(), issue });
                    RateState::Invalid
                }
                None => RateState::Valid(r.0),
            },
            None => RateState::Missing,
        };
        let adm = judge(setup, i, bid, rate, &mut problems);
        let admitted = adm == Admission::Admitted;
        if admitted && bid.price.is_none() {
            problems.push(Problem::Price { bid: name(), issue: NumberIssue::Missing });
        }
        let scores = summarize_bid(&score_cx, i, bid, admitted, &mut problems);
        summaries.extend(scores.summaries);
        if admitted {
            if let Some(price) = price {
                let points = scores.points.iter().map(|p| p.unwrap_or(Frac::ZERO)).collect();
                let rate = if let RateState::Valid(r) = rate { Some(r) } else { None };
                infos.push(BidInfo { entry: i, price, rate, points });
            }
        }
        admission.push(adm);
    }
    problems.extend(score_cx.missing.borrow().problems(setup));
    let admitted = admission.iter().filter(|a| **a == Admission::Admitted).count();
    let undecided = admission.contains(&Admission::Undecided);
    if !setup.bids.is_empty() && admitted == 0 && !undecided {
        problems.push(Problem::AllBidsKnockedOut);
    }
    if admitted == 1 {
        problems.push(Problem::SingleBid);
    }

    let ctx = if problems.iter().any(Problem::is_blocking) {
        None
    } else {
        Some(Ctx { max_points: max, price_crit: price_crits.first().copied(), quality, bids: infos })
    };
    Prepared { problems, admission, summaries, ctx }
}

/// The fixed bounds of a formula, when both are valid.
pub(crate) fn bounds_of(formula: &PriceFormula) -> Option<(Decimal, Decimal)> {
    match formula {
        PriceFormula::FixedBounds { low: Some(l), high: Some(h) }
            if money_issue(l.0, false).is_none() && money_issue(h.0, false).is_none() && h.0 > l.0 =>
        {
            Some((l.0, h.0))
        }
        _ => None,
    }
}

/// The checks one formula needs on top of the general ones: weights, bounds, values per
/// point, placement rates, distinct prices. Returns blocking problems and warnings.
pub(crate) fn formula_problems(setup: &AwardSetup, ctx: &Ctx, formula: &PriceFormula) -> Vec<Problem> {
    let kind = formula.kind();
    let mut problems = Vec::new();
    let bid_name = |b: &BidInfo| Named::new(&setup.bids[b.entry].id, &setup.bids[b.entry].bidder, b.entry);
    let crit_name = |c: usize| Named::new(&setup.criteria[c].id, &setup.criteria[c].name, c);

    if kind.is_weighted() {
        let mut all_valid = true;
        let mut total = Decimal::ZERO;
        for (c, crit) in setup.criteria.iter().enumerate() {
            let issue = match crit.weight {
                None => Some(NumberIssue::Missing),
                Some(w) => percent_issue(w.0, limits::WEIGHT_DECIMALS, false),
            };
            match (issue, crit.weight) {
                (Some(issue), _) => {
                    all_valid = false;
                    problems.push(Problem::Weight { criterion: crit_name(c), issue });
                }
                (None, Some(w)) => total += w.0, // each ≤ 100 with 2 decimals: cannot overflow
                (None, None) => {}
            }
        }
        if all_valid && total != Decimal::ONE_HUNDRED {
            problems.push(Problem::WeightsNotHundred { total });
        }
        if ctx.price_crit.is_none() {
            problems.push(Problem::NoPriceCriterion);
        }
    }
    match formula {
        PriceFormula::FixedBounds { low, high } => {
            let mut ok = true;
            for (side, bound) in [(BoundSide::Low, low), (BoundSide::High, high)] {
                let issue = match bound {
                    None => Some(NumberIssue::Missing),
                    Some(b) => money_issue(b.0, false),
                };
                if let Some(issue) = issue {
                    ok = false;
                    problems.push(Problem::Bound { side, issue });
                }
            }
            if let (true, Some(l), Some(h)) = (ok, low, high) {
                if h.0 <= l.0 {
                    problems.push(Problem::BoundsNotIncreasing { low: *l, high: *h });
                } else {
                    for b in &ctx.bids {
                        if b.price < l.0 || b.price > h.0 {
                            problems.push(Problem::PriceOutsideBounds { bid: bid_name(b), price: Money(b.price) });
                        }
                    }
                }
            }
        }
        PriceFormula::QualityToPrice => {
            for &c in &ctx.quality {
                let issue = match setup.criteria[c].value_per_point {
                    None => Some(NumberIssue::Missing),
                    Some(v) => money_issue(v.0, false),
                };
                if let Some(issue) = issue {
                    problems.push(Problem::ValuePerPoint { criterion: crit_name(c), issue });
                }
            }
        }
        PriceFormula::CostPerResult => {
            for b in &ctx.bids {
                match b.rate {
                    None => problems.push(Problem::PlacementRate { bid: bid_name(b), issue: NumberIssue::Missing }),
                    Some(r) if r.is_zero() => {
                        problems.push(Problem::PlacementRate { bid: bid_name(b), issue: NumberIssue::Zero })
                    }
                    Some(_) => {}
                }
            }
        }
        PriceFormula::LinearLowestHighest => {
            if let Some(first) = ctx.bids.first() {
                if ctx.bids.iter().all(|b| b.price == first.price) {
                    problems.push(Problem::LowestEqualsHighest { price: Money(first.price) });
                }
            }
        }
        PriceFormula::RelativeToLowest => {}
    }
    problems
}
