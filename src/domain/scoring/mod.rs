//! Award arithmetic: price formulas, ranking, rank-reversal and weight-sensitivity checks,
//! evaluator consensus. Pure and exact (rust_decimal); never divides by zero or panics.
//!
//! # Entry point
//! [`evaluate`] takes the [`AwardSetup`](model::AwardSetup) and returns an
//! [`Evaluation`]: every [`Problem`] found (blocking ones and warnings), the live weight
//! total, each bid's admission (knock-outs), the evaluators' score summaries, and — only
//! when no problem is blocking — the [`Outcome`].
//!
//! ```
//! use inkoopwijzer::domain::scoring::{evaluate, sample_setup, Severity};
//!
//! let setup = sample_setup(5, 3, 2);
//! let evaluation = evaluate(&setup);
//! for p in &evaluation.problems {
//!     // The UI phrases each problem with `i18n::scoring::problem_message(p, lang)` and links
//!     // to the field that fixes it.
//!     let _line = (p.severity() == Severity::Blocking, p.field().anchor());
//! }
//! if let Some(outcome) = &evaluation.outcome {
//!     let winner = &outcome.ranking[0];
//!     assert_eq!(winner.entry, outcome.winner);
//!     assert_eq!(winner.contributions.iter().sum::<rust_decimal::Decimal>(), winner.total);
//! }
//! ```
//!
//! # Invariants
//! - **No floats.** Money, weights, points and scores are `rust_decimal::Decimal`.
//! - **No panics, no division by zero, no overflow.** Inputs are range-checked against
//!   [`problem::limits`] before any arithmetic; every operation that could still fail is
//!   checked and surfaces as [`Problem::Overflow`].
//! - **Valid or nothing.** `Evaluation::outcome` is `Some` exactly when no problem has
//!   [`Severity::Blocking`]; the UI never has to decide whether numbers are trustworthy.
//! - **The rounding rule.** Each contribution (a criterion's share of a bid's total) is
//!   the exact fraction rounded once to [`SCORE_DECIMALS`] = 2 decimals (quality-to-price:
//!   to cents), half away from zero. A bid's total is *defined* as the sum of its rounded
//!   contributions, so the table adds up exactly as shown, and anyone can recompute it by
//!   hand. Ranks follow those totals, then [`TIE_BREAK_RULE`]: higher quality total, then
//!   lower price, then lots (as the bestek states): bids equal in all three share a rank,
//!   never ordered by entry.
//! - **Which score counts.** Per bid and quality criterion: the agreed (consensus) score
//!   when recorded, else the mean of all evaluators' scores ([`ScoreSource`]).
//! - **Analyses are analytic.** Weight sensitivity finds breakpoints exactly (scores are
//!   linear in a weight); the rank-reversal check rescoring is exact; neither samples.

pub mod consensus;
pub mod edit;
pub mod formula;
pub mod knockout;
pub mod model;
mod outcome;
mod prepare;
pub mod price_criterion;
pub mod problem;
pub mod reversal;
pub mod sample;
pub mod sensitivity;
mod table;
pub mod weights;

pub use consensus::{ScoreSource, ScoreSummary};
pub use edit::{Removed, Taken};
pub use formula::{round_score, FormulaKind, ScoreUnit, SCORE_DECIMALS};
pub use knockout::Admission;
pub use outcome::{Alternative, BidResult, Column, Outcome, RankedEntry, References, TieBreakStep, TIE_BREAK_RULE};
pub use problem::{Named, NumberIssue, Problem, Severity};
pub use reversal::{
    BidChange, Flip, HypotheticalBid, HypotheticalKind, RankReversal, ReferenceChange, ReferenceKind, ReversalReport,
};
pub use sample::sample_setup;
pub use sensitivity::{PointValue, PointValueBasis, Sensitivity, SensitivityParameter, StableRange};
pub use weights::{weight_total, WeightStatus, WeightTotal};

use model::AwardSetup;

/// Everything computed from an award set-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    /// Blocking problems and warnings, in the order found (set-up, bids, formula, findings).
    pub problems: Vec<Problem>,
    /// The live total of the weights.
    pub weights: WeightTotal,
    /// Per bid (same order as `AwardSetup::bids`): admitted, excluded or undecided.
    pub admission: Vec<Admission>,
    /// Per bid and quality criterion: the evaluators' scores, mean, spread, agreed score.
    pub scores: Vec<ScoreSummary>,
    /// The outcome; `Some` exactly when no problem is blocking.
    pub outcome: Option<Outcome>,
}

impl Evaluation {
    /// Whether the outcome can be shown as valid.
    pub fn is_valid(&self) -> bool {
        self.outcome.is_some()
    }

    /// The problems that withhold the outcome.
    pub fn blocking(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.is_blocking())
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| !p.is_blocking())
    }
}

/// Evaluates an award set-up: checks it, and when nothing blocks, scores, ranks and
/// analyses the bids. Pure: the same set-up always gives the same evaluation.
pub fn evaluate(setup: &AwardSetup) -> Evaluation {
    let weights = weight_total(&setup.criteria);
    let prepared = prepare::prepare(setup);
    let mut problems = prepared.problems;
    let mut outcome = None;
    if let Some(ctx) = &prepared.ctx {
        let formula_problems = prepare::formula_problems(setup, ctx, &setup.formula);
        let blocked = formula_problems.iter().any(Problem::is_blocking);
        problems.extend(formula_problems);
        if !blocked {
            match outcome::build(setup, ctx) {
                Ok((o, findings)) => {
                    problems.extend(findings);
                    outcome = Some(o);
                }
                Err(table::CalcError) => problems.push(Problem::Overflow),
            }
        }
    }
    Evaluation { problems, weights, admission: prepared.admission, scores: prepared.summaries, outcome }
}
