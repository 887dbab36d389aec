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
        // Fast path in exact integers: at most four decimals, so only the range and the
        // levels can be wrong.
        if let (Some(v), Some(m)) = (fixed4(points), fixed4(self.max)) {
            return if v < 0 || v > m {
                Some(ScoreIssue::OutOfRange)
            } else if !self.levels.is_empty() && !self.levels.contains(&points) {
                Some(ScoreIssue::NotALevel)
            } else {
                None
            };
        }
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

/// `d` in ten-thousandths, exactly, when it has at most four decimals and fits an `i64`
/// (every valid score does: at most a million points).
fn fixed4(d: Decimal) -> Option<i64> {
    const FACTOR: [i64; 5] = [10_000, 1_000, 100, 10, 1];
    let factor = *FACTOR.get(d.scale() as usize)?;
    i64::try_from(d.mantissa()).ok()?.checked_mul(factor)
}

/// Sum, count, lowest and highest of the scores given.
struct Stats {
    sum: Decimal,
    count: usize,
    lo: Option<Decimal>,
    hi: Option<Decimal>,
    overflow: bool,
}

/// Computes [`Stats`] in exact integers (ten-thousandths) when every score has at most
/// four decimals — the normal case, and much cheaper than decimal arithmetic — else in
/// decimals. Both give the same numbers.
fn stats(scores: &[Option<Decimal>]) -> Stats {
    let fast = || -> Option<Stats> {
        let (mut sum, mut lo, mut hi, mut count) = (0i64, i64::MAX, i64::MIN, 0usize);
        for p in scores.iter().flatten() {
            let v = fixed4(*p)?;
            sum = sum.checked_add(v)?;
            lo = lo.min(v);
            hi = hi.max(v);
            count += 1;
        }
        // Back to a decimal without trailing zeros (cheap integer steps), so later
        // arithmetic works on the shortest numbers.
        let dec = |mut v: i64| {
            let mut scale = 4;
            while scale > 0 && v % 10 == 0 {
                v /= 10;
                scale -= 1;
            }
            Some(Decimal::new(v, scale))
        };
        Some(if count == 0 {
            Stats { sum: Decimal::ZERO, count, lo: None, hi: None, overflow: false }
        } else {
            Stats { sum: dec(sum)?, count, lo: Some(dec(lo)?), hi: Some(dec(hi)?), overflow: false }
        })
    };
    if let Some(s) = fast() {
        return s;
    }
    let mut st = Stats { sum: Decimal::ZERO, count: 0, lo: None, hi: None, overflow: false };
    for &p in scores.iter().flatten() {
        match st.sum.checked_add(p) {
            Some(s) => st.sum = s,
            None => st.overflow = true,
        }
        st.count += 1;
        st.lo = Some(st.lo.map_or(p, |l| l.min(p)));
        st.hi = Some(st.hi.map_or(p, |h| h.max(p)));
    }
    st
}

/// Everything about one bid's quality scores.
pub(crate) struct BidScores {
    pub summaries: Vec<ScoreSummary>,
    /// Per criterion index: the points that count, as a fraction; `None` for the price
    /// criterion or when missing.
    pub points: Vec<Option<Frac>>,
}

/// Missing scores per evaluator (the last slot: no evaluators and no agreed score):
/// how many, and the first (bid index, criterion index).
#[derive(Debug, Clone, Default)]
pub(crate) struct MissingTally {
    pub per_evaluator: Vec<(usize, Option<(usize, usize)>)>,
}

impl MissingTally {
    pub fn new(evaluators: usize) -> Self {
        MissingTally { per_evaluator: vec![(0, None); evaluators + 1] }
    }

    fn add(&mut self, slot: usize, bid: usize, criterion: usize) {
        if let Some((count, first)) = self.per_evaluator.get_mut(slot) {
            *count += 1;
            first.get_or_insert((bid, criterion));
        }
    }

    /// One problem per evaluator with missing scores.
    pub fn problems(&self, setup: &AwardSetup) -> Vec<Problem> {
        let n_eval = setup.evaluators.len();
        self.per_evaluator
            .iter()
            .enumerate()
            .filter_map(|(slot, &(count, first))| {
                let (b, c) = first?;
                let bid = setup.bids.get(b).map(|x| Named::new(&x.id, &x.bidder, b))?;
                let criterion = setup.criteria.get(c).map(|x| Named::new(&x.id, &x.name, c))?;
                let evaluator = if slot < n_eval {
                    Some(setup.evaluators.get(slot).map(|e| Named::new(&e.id, &e.name, slot))?)
                } else {
                    None
                };
                Some(Problem::MissingScores { evaluator, count, bid, criterion })
            })
            .collect()
    }
}

/// Context shared by all bids.
pub(crate) struct ScoreContext<'a> {
    pub setup: &'a AwardSetup,
    pub criteria: std::cell::RefCell<IdIndex<'a>>,
    pub evaluators: std::cell::RefCell<IdIndex<'a>>,
    pub quality: &'a [usize],
    pub scale: Option<ScaleCheck<'a>>,
    pub margin: Option<Decimal>,
    pub missing: std::cell::RefCell<MissingTally>,
    /// A criterion whose missing scores are not reported because another problem names the
    /// cause (see `Problem::PriceCriterionIsQuality`).
    pub unscored: Option<usize>,
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
                problems.push(Problem::DuplicateScore {
                    bid: bid_name(),
                    criterion: crit_name(c),
                    evaluator: eval_name(e),
                });
            }
            continue;
        }
        *slot = Some(points);
    }

    let mut summaries = Vec::with_capacity(cx.quality.len());
    let mut points = vec![None; n_crit];
    for &c in cx.quality {
        let scores: Vec<Option<Decimal>> = grid[c * n_eval..(c + 1) * n_eval].to_vec();
        if report {
            if let Some(scale) = &cx.scale {
                for (e, p) in scores.iter().enumerate() {
                    let Some(p) = *p else { continue };
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
        }
        let Stats { sum, count, lo, hi, overflow } = stats(&scores);
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

        if report && consensus_points.is_none() && cx.unscored != Some(c) {
            let mut missing = cx.missing.borrow_mut();
            if n_eval == 0 {
                missing.add(n_eval, bid_index, c);
            }
            for (e, p) in scores.iter().enumerate() {
                if p.is_none() {
                    missing.add(e, bid_index, c);
                }
            }
            if disagree {
                if let (Some(spread), Some(margin)) = (spread, cx.margin) {
                    problems.push(Problem::EvaluatorsDisagree {
                        bid: bid_name(),
                        criterion: crit_name(c),
                        spread,
                        margin,
                    });
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
