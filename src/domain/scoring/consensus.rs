//! Evaluators' scores per bid and criterion: mean, spread, disagreement, agreed score.
//!
//! Invariants: each evaluator scores on their own; the score that counts is the agreed
//! (consensus) score when one is recorded, else the mean of the evaluators' scores, and
//! [`ScoreSummary::source`] says which. The mean is kept as an exact fraction internally
//! (sum / count) so it enters a bid's score through one division only.

use crate::domain::scoring::formula::Frac;
use crate::domain::scoring::model::{AwardSetup, Bid};
use crate::domain::scoring::problem::{limits, Named, Problem};
use rust_decimal::Decimal;

/// Which score counted for a bid and criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScoreSource {
    /// The score the evaluators agreed on after discussion (with its reason).
    Consensus,
    /// The mean of the evaluators' own scores.
    Mean,
}

/// The evaluators' scores for one bid on one quality criterion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreSummary {
    /// Index of the bid in `AwardSetup::bids`.
    pub bid: usize,
    /// Index of the criterion in `AwardSetup::criteria`.
    pub criterion: usize,
    /// Each evaluator's score, in the order of `AwardSetup::evaluators`; `None`: not scored.
    pub scores: Vec<Option<Decimal>>,
    /// How many evaluators scored.
    pub count: usize,
    /// Mean of the scores given (28 significant digits; round for display).
    pub mean: Option<Decimal>,
    /// Highest minus lowest score given.
    pub spread: Option<Decimal>,
    /// At least two scores and a spread above the disagreement margin.
    pub disagree: bool,
    /// The agreed score, when recorded.
    pub consensus: Option<Decimal>,
    /// The score that counts: the agreed score, else the mean (only when every
    /// evaluator scored).
    pub used: Option<Decimal>,
    /// Where `used` comes from.
    pub source: Option<ScoreSource>,
}

/// Looks ids up by position, trying the last hit and the one after it first (scores are
/// usually stored in criterion/evaluator order, so this is nearly always one comparison).
pub(crate) struct IdIndex<'a> {
    ids: Vec<&'a str>,
    last: usize,
}

impl<'a> IdIndex<'a> {
    pub fn new(ids: Vec<&'a str>) -> Self {
        IdIndex { ids, last: 0 }
    }

    pub fn find(&mut self, id: &str) -> Option<usize> {
        let n = self.ids.len();
        let mut i = self.last;
        for _ in 0..n {
            if i >= n {
                i = 0;
            }
            if self.ids[i] == id {
                self.last = i;
                return Some(i);
            }
            i += 1;
        }
        None
    }
}

/// The scale as validated: `None` when the scale itself is invalid (then scores are not
/// range-checked; the scale problem already blocks).
pub(crate) struct ScaleCheck<'a> {
    pub max: Decimal,
    pub levels: &'a [Decimal],
}

impl ScaleCheck<'_> {
    fn check(&self, points: Decimal) -> Option<ScoreIssue> {
        if points.is_sign_negative() && !points.is_zero() || points > self.max {
            Some(ScoreIssue::OutOfRange)
        } else if (points.scale() > limits::POINTS_DECIMALS && points.normalize().scale() > limits::POINTS_DECIMALS)
            || (!self.levels.is_empty() && !self.levels.contains(&points))
        {
            Some(ScoreIssue::NotALevel)
        } else {
            None
        }
    }
}

enum ScoreIssue {
    OutOfRange,
    NotALevel,
}

/// Everything about one bid's quality scores.
pub(crate) struct BidScores {
    pub summaries: Vec<ScoreSummary>,
    /// Per criterion index: the points that count, as a fraction; `None` for the price
    /// criterion or when missing.
    pub points: Vec<Option<Frac>>,
}

/// Context shared by all bids.
pub(crate) struct ScoreContext<'a> {
    pub setup: &'a AwardSetup,
    pub criteria: std::cell::RefCell<IdIndex<'a>>,
    pub evaluators: std::cell::RefCell<IdIndex<'a>>,
    pub quality: &'a [usize],
    pub scale: Option<ScaleCheck<'a>>,
    pub margin: Option<Decimal>,
}

/// Summarizes one bid's scores. Problems are reported only when `report` (the bid is
/// admitted, so its scores matter).
pub(crate) fn summarize_bid(
    cx: &ScoreContext<'_>,
    bid_index: usize,
    bid: &Bid,
    report: bool,
    problems: &mut Vec<Problem>,
) -> BidScores {
    let setup = cx.setup;
    let n_crit = setup.criteria.len();
    let n_eval = setup.evaluators.len();
    let mut grid: Vec<Option<Decimal>> = vec![None; n_crit * n_eval];
    let mut crit_index = cx.criteria.borrow_mut();
    let mut eval_index = cx.evaluators.borrow_mut();
    let bid_name = || Named::new(&bid.id, &bid.bidder, bid_index);
    let crit_name = |c: usize| Named::new(&setup.criteria[c].id, &setup.criteria[c].name, c);
    let eval_name = |e: usize| Named::new(&setup.evaluators[e].id, &setup.evaluators[e].name, e);

    for s in &bid.scores {
        let Some(points) = s.points else { continue };
        let (Some(c), Some(e)) = (crit_index.find(&s.criterion_id), eval_index.find(&s.evaluator_id)) else {
            // A score for a deleted criterion or evaluator: not part of the award.
            continue;
        };
        let slot = &mut grid[c * n_eval + e];
        if slot.is_some() {
            if report {
                problems.push(Problem::DuplicateScore { bid: bid_name(), criterion: crit_name(c), evaluator: eval_name(e) });
            }
            continue;
        }
        *slot = Some(points);
    }

    let mut summaries = Vec::with_capacity(cx.quality.len());
    let mut points = vec![None; n_crit];
    for &c in cx.quality {
        let scores: Vec<Option<Decimal>> = grid[c * n_eval..(c + 1) * n_eval].to_vec();
        let mut sum = Decimal::ZERO;
        let mut count = 0usize;
        let mut lo: Option<Decimal> = None;
        let mut hi: Option<Decimal> = None;
        let mut overflow = false;
        for (e, p) in scores.iter().enumerate() {
            let Some(p) = *p else {
                continue;
            };
            if report {
                if let Some(scale) = &cx.scale {
                    match scale.check(p) {
                        Some(ScoreIssue::OutOfRange) => problems.push(Problem::ScoreOutOfRange {
                            bid: bid_name(),
                            criterion: crit_name(c),
                            evaluator: Some(eval_name(e)),
                            points: p,
                            max: scale.max,
                        }),
                        Some(ScoreIssue::NotALevel) => problems.push(Problem::ScoreNotALevel {
                            bid: bid_name(),
                            criterion: crit_name(c),
                            evaluator: Some(eval_name(e)),
                            points: p,
                        }),
                        None => {}
                    }
                }
            }
            match sum.checked_add(p) {
                Some(s) => sum = s,
                None => overflow = true,
            }
            count += 1;
            lo = Some(lo.map_or(p, |l| l.min(p)));
            hi = Some(hi.map_or(p, |h| h.max(p)));
        }
        let mean = if count > 0 && !overflow { sum.checked_div(Decimal::from(count)) } else { None };
        let spread = match (lo, hi) {
            (Some(l), Some(h)) => h.checked_sub(l),
            _ => None,
        };
        let disagree = count >= 2 && matches!((spread, cx.margin), (Some(s), Some(m)) if s > m);

        let crit_id = setup.criteria[c].id.as_str();
        let consensus = bid.consensus.iter().find(|k| k.criterion_id == crit_id && k.points.is_some());
        let consensus_points = consensus.and_then(|k| k.points);
        if report {
            if let (Some(k), Some(p), Some(scale)) = (consensus, consensus_points, &cx.scale) {
                match scale.check(p) {
                    Some(ScoreIssue::OutOfRange) => problems.push(Problem::ScoreOutOfRange {
                        bid: bid_name(),
                        criterion: crit_name(c),
                        evaluator: None,
                        points: p,
                        max: scale.max,
                    }),
                    Some(ScoreIssue::NotALevel) => problems.push(Problem::ScoreNotALevel {
                        bid: bid_name(),
                        criterion: crit_name(c),
                        evaluator: None,
                        points: p,
                    }),
                    None => {}
                }
                if k.reason.trim().is_empty() {
                    problems.push(Problem::ConsensusWithoutReason { bid: bid_name(), criterion: crit_name(c) });
                }
            }
        }

        let (used, source, frac) = if let Some(p) = consensus_points {
            (Some(p), Some(ScoreSource::Consensus), Some(Frac { num: p, den: Decimal::ONE }))
        } else if count == n_eval && count > 0 && !overflow {
            (mean, Some(ScoreSource::Mean), Some(Frac { num: sum, den: Decimal::from(count) }))
        } else {
            (None, None, None)
        };

        if report && consensus_points.is_none() {
            if n_eval == 0 {
                problems.push(Problem::MissingScore { bid: bid_name(), criterion: crit_name(c), evaluator: None });
            }
            for (e, p) in scores.iter().enumerate() {
                if p.is_none() {
                    problems.push(Problem::MissingScore {
                        bid: bid_name(),
                        criterion: crit_name(c),
                        evaluator: Some(eval_name(e)),
                    });
                }
            }
            if disagree {
                if let (Some(spread), Some(margin)) = (spread, cx.margin) {
                    problems.push(Problem::EvaluatorsDisagree { bid: bid_name(), criterion: crit_name(c), spread, margin });
                }
            }
        }
        points[c] = frac;
        summaries.push(ScoreSummary {
            bid: bid_index,
            criterion: c,
            scores,
            count,
            mean,
            spread,
            disagree,
            consensus: consensus_points,
            used,
            source,
        });
    }
    BidScores { summaries, points }
}
