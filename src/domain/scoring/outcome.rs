//! The outcome of an award: the breakdown table, ranking, winner, comparisons and checks,
//! as plain data for the UI and the CSV export.
//!
//! Invariants: an [`Outcome`] exists only when no blocking problem was found. In every
//! [`BidResult`], `total` is exactly the sum of `contributions` (each rounded to
//! [`SCORE_DECIMALS`](crate::domain::scoring::formula::SCORE_DECIMALS) decimals / cents,
//! half away from zero); ranks follow the totals, then [`TIE_BREAK_RULE`]. Bids that the rule's
//! computable steps do not separate share their rank: the bestek says lots decide then, so the
//! app never picks one by entry order (issue 17).

use crate::domain::money::{Money, MONEY_ROUNDING};
use crate::domain::scoring::formula::{cost_per_result, FormulaKind, ScoreUnit};
use crate::domain::scoring::model::{AwardSetup, CriterionKind, PriceFormula};
use crate::domain::scoring::prepare::{bounds_of, formula_problems, Ctx};
use crate::domain::scoring::problem::{Named, Problem};
use crate::domain::scoring::reversal::{self, ReversalReport};
use crate::domain::scoring::sensitivity::{self, PointValue, Sensitivity, SENSITIVE_WEIGHT_MARGIN};
use crate::domain::scoring::table::{ok, quality_score, Calc, Candidate, Family, QualityScore, Refs, Scored, Scorer};
use rust_decimal::Decimal;

/// One step of the tie-break rule, applied when totals are equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TieBreakStep {
    /// The higher quality total ranks first (points, or the euro value of the quality).
    HigherQualityTotal,
    /// Then the lower price per trajectory.
    LowerPrice,
    /// Total, quality and price all equal: the bestek says lots are drawn. The app does not
    /// draw them; the bids share the rank (listed in entry order, which decides nothing).
    Lot,
}

/// The tie-break rule, in order, as the bestek states it. The app computes the first two
/// steps; the last (lots) is for the buyer to carry out.
pub const TIE_BREAK_RULE: [TieBreakStep; 3] =
    [TieBreakStep::HigherQualityTotal, TieBreakStep::LowerPrice, TieBreakStep::Lot];

/// A column of the breakdown table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Index in `AwardSetup::criteria`; `None` for the price column that quality-to-price
    /// adds when there is no price criterion.
    pub criterion: Option<usize>,
    /// Price or quality.
    pub kind: CriterionKind,
    /// The weight (weighted formulas) in percentage points: the most this column can add.
    pub weight: Option<Decimal>,
    /// Quality-to-price: euros per point.
    pub value_per_point: Option<Decimal>,
}

/// One bid's row in the breakdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BidResult {
    /// Index in `AwardSetup::bids`.
    pub entry: usize,
    /// `Bid::id`.
    pub id: String,
    /// `Bid::bidder` as entered.
    pub bidder: String,
    /// 1 is the winner. Bids equal in total, quality and price share a rank (lots decide,
    /// [`TieBreakStep::Lot`]); the next rank then skips (1, 1, 3).
    pub rank: usize,
    /// One per [`Outcome::columns`], rounded; they add up exactly to `total`.
    /// Points formulas: points. Quality-to-price: the price, and minus the euro value of
    /// each quality score.
    pub contributions: Vec<Decimal>,
    /// Sum of `contributions`: points (highest wins) or the fictive price (lowest wins).
    pub total: Decimal,
    /// The first tie-break measure: quality points, or the euro value of the quality.
    pub quality_total: Decimal,
    /// Price per trajectory.
    pub price: Money,
    /// Price per successful trajectory, rounded to cents (when a placement rate is given).
    pub cost_per_result: Option<Money>,
    /// Quality-to-price: the fictive price (= `total`).
    pub fictive_price: Option<Money>,
    /// When this bid's total equals the total of the bid ranked just above it: the step
    /// of the tie-break rule that put that bid first.
    pub tie_with_previous: Option<TieBreakStep>,
}

/// A bid's place under another formula.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RankedEntry {
    /// Index in `AwardSetup::bids`.
    pub entry: usize,
    /// Its total under that formula (points, or the fictive price).
    pub total: Decimal,
}

/// The ranking another formula would give, for comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    /// The other formula.
    pub formula: FormulaKind,
    /// Its unit (totals in points or euros).
    pub unit: ScoreUnit,
    /// Best first; `Err`: what that formula would still need (e.g. fixed bounds, euro
    /// values per point, placement rates).
    pub ranking: Result<Vec<RankedEntry>, Vec<Problem>>,
    /// Whether its winner is the chosen formula's winner (`false` when unavailable).
    pub same_winner: bool,
}

/// The reference values the chosen formula used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct References {
    /// Lowest price among the admitted bids.
    pub lowest_price: Money,
    /// Highest price among the admitted bids.
    pub highest_price: Money,
    /// Fixed bounds (low, high), for that formula.
    pub bounds: Option<(Money, Money)>,
    /// Lowest cost per result (rounded to cents), for that formula.
    pub lowest_cost_per_result: Option<Money>,
}

/// Everything the award step shows once the input is valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The chosen formula.
    pub formula: FormulaKind,
    /// Points (highest wins) or euros (fictive price, lowest wins).
    pub unit: ScoreUnit,
    /// The columns of the breakdown, in criteria order (quality-to-price without a price
    /// criterion: a price column first).
    pub columns: Vec<Column>,
    /// Admitted bids, best first.
    pub ranking: Vec<BidResult>,
    /// Index in `AwardSetup::bids` of the winner (`ranking[0]`). When lots must decide
    /// between the first bids ([`Outcome::tied_for_first`]) it is the first of them in list
    /// order, for the checks that compare rankings; the pages then name no single winner.
    pub winner: usize,
    /// The tie-break rule that was applied ([`TIE_BREAK_RULE`]).
    pub tie_break: [TieBreakStep; 3],
    /// The lowest and highest price, bounds and lowest cost per result used.
    pub references: References,
    /// Every other formula's ranking.
    pub alternatives: Vec<Alternative>,
    /// The rank-reversal check of the chosen formula.
    pub reversal: ReversalReport,
    /// Per criterion (weighted formulas) or per quality criterion (quality-to-price).
    pub sensitivity: Vec<Sensitivity>,
    /// Per quality criterion.
    pub point_values: Vec<PointValue>,
}

impl Outcome {
    /// The bids sharing the first place (entries, in list order) when only lots can decide
    /// between them; empty when the ranking has one winner.
    pub fn tied_for_first(&self) -> Vec<usize> {
        let first: Vec<usize> = self.ranking.iter().take_while(|r| r.rank == 1).map(|r| r.entry).collect();
        if first.len() > 1 {
            first
        } else {
            Vec::new()
        }
    }
}

fn cents(d: Decimal) -> Money {
    Money(d.round_dp_with_strategy(2, MONEY_ROUNDING))
}

fn scorer_for<'a>(setup: &AwardSetup, ctx: &'a Ctx, formula: &PriceFormula) -> Scorer<'a> {
    Scorer {
        ctx,
        kind: formula.kind(),
        price_weight: ctx.price_crit.and_then(|c| setup.criteria[c].weight).map(|w| w.0).unwrap_or_default(),
        bounds: bounds_of(formula).unwrap_or_default(),
    }
}

fn candidates_of<'a>(ctx: &'a Ctx, q: &'a [QualityScore]) -> Vec<Candidate<'a>> {
    ctx.bids.iter().zip(q).map(|(info, quality)| Candidate { info, quality }).collect()
}

fn tie_step(ahead: &Scored, behind: &Scored) -> Option<TieBreakStep> {
    if ahead.merit != behind.merit {
        None
    } else if ahead.quality_total != behind.quality_total {
        Some(TieBreakStep::HigherQualityTotal)
    } else if ahead.price != behind.price {
        Some(TieBreakStep::LowerPrice)
    } else {
        Some(TieBreakStep::Lot)
    }
}

/// Computes the outcome for a checked set-up whose chosen formula passed its checks.
/// Returns the outcome and the findings (warnings) about it.
pub(crate) fn build(setup: &AwardSetup, ctx: &Ctx) -> Calc<(Outcome, Vec<Problem>)> {
    let formula = &setup.formula;
    let kind = formula.kind();
    let family = Family::of(kind);
    let mut findings = Vec::new();

    let entries: Vec<usize> = ctx.bids.iter().map(|b| b.entry).collect();
    let points_q: Vec<QualityScore> =
        ctx.bids.iter().map(|b| quality_score(setup, ctx, Family::Points, &b.points)).collect::<Calc<_>>()?;
    // The euro family exists only when every quality criterion has a value per point.
    let euros_possible = ctx.quality.iter().all(|&c| setup.criteria[c].value_per_point.is_some());
    let euros_q: Option<Vec<QualityScore>> = if euros_possible {
        Some(ctx.bids.iter().map(|b| quality_score(setup, ctx, Family::Euros, &b.points)).collect::<Calc<_>>()?)
    } else {
        None
    };
    let chosen_q = match family {
        Family::Points => &points_q,
        Family::Euros => euros_q.as_ref().ok_or(crate::domain::scoring::table::CalcError)?,
    };
    let candidates = candidates_of(ctx, chosen_q);
    let scorer = scorer_for(setup, ctx, formula);
    let refs = scorer.refs(ctx.bids.iter())?;
    let ranked = scorer.rank_with(&candidates, &entries, refs)?;

    // Columns.
    let mut columns = Vec::with_capacity(setup.criteria.len() + 1);
    if family == Family::Euros && ctx.price_crit.is_none() {
        columns.push(Column { criterion: None, kind: CriterionKind::Price, weight: None, value_per_point: None });
    }
    for (c, crit) in setup.criteria.iter().enumerate() {
        columns.push(Column {
            criterion: Some(c),
            kind: crit.kind,
            weight: if family == Family::Points { crit.weight.map(|w| w.0) } else { None },
            value_per_point: if family == Family::Euros { crit.value_per_point.map(|v| v.0) } else { None },
        });
    }

    // Rows.
    let mut ranking: Vec<BidResult> = Vec::with_capacity(ranked.len());
    for (i, s) in ranked.iter().enumerate() {
        let info = &ctx.bids[s.pos];
        let bid = &setup.bids[info.entry];
        let quality = candidates[s.pos].quality;
        let mut contributions = Vec::with_capacity(columns.len());
        for col in &columns {
            contributions.push(match col.criterion {
                None => s.price_contribution,
                Some(c) if Some(c) == ctx.price_crit => s.price_contribution,
                Some(c) => quality.contributions[c],
            });
        }
        let cpr = match info.rate {
            Some(r) if !r.is_zero() => cost_per_result(info.price, r).map(cents),
            _ => None,
        };
        let tie_with_previous = if i > 0 { tie_step(&ranked[i - 1], s) } else { None };
        // Only lots could separate it from the bid above: the same rank.
        let rank = match (tie_with_previous, ranking.last()) {
            (Some(TieBreakStep::Lot), Some(above)) => above.rank,
            _ => i + 1,
        };
        ranking.push(BidResult {
            entry: info.entry,
            id: bid.id.clone(),
            bidder: bid.bidder.clone(),
            rank,
            contributions,
            total: s.total,
            quality_total: s.quality_total,
            price: Money(info.price),
            cost_per_result: cpr,
            fictive_price: if family == Family::Euros { Some(Money(s.total)) } else { None },
            tie_with_previous,
        });
    }
    let winner = ok(ranked.first())?.entry;

    // References.
    let lowest = ok(ctx.bids.iter().map(|b| b.price).min())?;
    let highest = ok(ctx.bids.iter().map(|b| b.price).max())?;
    let references = References {
        lowest_price: Money(lowest),
        highest_price: Money(highest),
        bounds: bounds_of(formula).map(|(l, h)| (Money(l), Money(h))),
        lowest_cost_per_result: match refs {
            Refs::BestCpr { price, rate } => cost_per_result(price, rate).map(cents),
            _ => None,
        },
    };

    // Every other formula.
    let mut alternatives = Vec::new();
    let mut other_winners = Vec::new();
    for other in FormulaKind::ALL {
        if other == kind {
            continue;
        }
        let alt_formula = match other {
            FormulaKind::RelativeToLowest => PriceFormula::RelativeToLowest,
            FormulaKind::LinearLowestHighest => PriceFormula::LinearLowestHighest,
            FormulaKind::FixedBounds => setup.fixed_bounds_formula(),
            FormulaKind::QualityToPrice => PriceFormula::QualityToPrice,
            FormulaKind::CostPerResult => PriceFormula::CostPerResult,
        };
        let blocking: Vec<Problem> =
            formula_problems(setup, ctx, &alt_formula).into_iter().filter(Problem::is_blocking).collect();
        let ranking = if !blocking.is_empty() {
            Err(blocking)
        } else {
            let q = match Family::of(other) {
                Family::Points => Some(&points_q),
                Family::Euros => euros_q.as_ref(),
            };
            match q {
                Some(q) => {
                    let alt_scorer = scorer_for(setup, ctx, &alt_formula);
                    let r = alt_scorer.rank(&candidates_of(ctx, q), &entries)?;
                    Ok(r.iter().map(|s| RankedEntry { entry: s.entry, total: s.total }).collect::<Vec<_>>())
                }
                None => Err(vec![Problem::Overflow]),
            }
        };
        let same_winner = matches!(&ranking, Ok(r) if r.first().map(|e| e.entry) == Some(winner));
        if ranking.is_ok() && !same_winner {
            other_winners.push(other);
        }
        alternatives.push(Alternative { formula: other, unit: other.unit(), ranking, same_winner });
    }
    if !other_winners.is_empty() {
        findings.push(Problem::WinnerDependsOnFormula { formulas: other_winners });
    }

    // Rank reversal.
    let reversal = reversal::check(setup, ctx, &scorer, &candidates, &entries, &ranked, refs)?;
    if reversal.flip_count > 0 {
        findings.push(Problem::RanksCanReverse { flips: reversal.flip_count });
    }

    // Sensitivity and the worth of a point.
    let sensitivity = if family == Family::Points {
        sensitivity::weight_sensitivity(setup, ctx, &scorer, &candidates, &ranked, refs)?
    } else {
        sensitivity::value_sensitivity(setup, ctx, &candidates, &ranked)?
    };
    if family == Family::Points && ranked.len() > 1 {
        for s in &sensitivity {
            let Some(r) = s.range else { continue };
            let close_below = r.below.is_some() && s.current - r.low < SENSITIVE_WEIGHT_MARGIN;
            let close_above = r.above.is_some() && r.high.is_some_and(|h| h - s.current < SENSITIVE_WEIGHT_MARGIN);
            if r.rounding_decides || close_below || close_above {
                let crit = &setup.criteria[s.criterion];
                findings.push(Problem::WinnerSensitiveToWeight {
                    criterion: Named::new(&crit.id, &crit.name, s.criterion),
                    weight: s.current,
                    low: r.low,
                    high: r.high.unwrap_or(Decimal::ONE_HUNDRED),
                });
            }
        }
    }
    let point_values = sensitivity::point_values(setup, ctx, &scorer, refs)?;

    Ok((
        Outcome {
            formula: kind,
            unit: kind.unit(),
            columns,
            ranking,
            winner,
            tie_break: TIE_BREAK_RULE,
            references,
            alternatives,
            reversal,
            sensitivity,
            point_values,
        },
        findings,
    ))
}
