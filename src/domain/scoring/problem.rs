//! Problems found while evaluating an award set-up: one enum, each value with a severity.
//!
//! Invariants: a [`Severity::Blocking`] problem means the outcome is withheld (the UI must
//! not show scores as valid); a [`Severity::Warning`] leaves the outcome in place but asks
//! the user to look again. Problems carry ids *and* the names at the time of evaluation
//! so that `crate::i18n::scoring::problem_message` can phrase them without the set-up.

use crate::domain::fields::FieldId;
use crate::domain::money::Money;
use crate::domain::scoring::formula::FormulaKind;
use rust_decimal::Decimal;

/// Something the user entered, by id and by the name shown to the user.
///
/// `name` is the bidder, criterion, evaluator or knock-out text as entered, or `#n`
/// (1-based position) when that text is empty.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Named {
    pub id: String,
    pub name: String,
}

impl Named {
    /// Names an entry at `index` (0-based); an empty name becomes `#index+1`.
    pub fn new(id: &str, name: &str, index: usize) -> Named {
        let trimmed = name.trim();
        let name = if trimmed.is_empty() { format!("#{}", index + 1) } else { trimmed.to_string() };
        Named { id: id.to_string(), name }
    }
}

/// What is wrong with one number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberIssue {
    /// Not filled in.
    Missing,
    /// Zero where only a positive number makes sense (a price, a placement rate used as divisor).
    Zero,
    /// Below zero.
    Negative,
    /// Beyond the largest value the app accepts (see [`limits`]).
    TooLarge,
    /// More decimals than allowed (money: 2; weights: 2).
    TooManyDecimals,
    /// A percentage above 100.
    AboveHundred,
}

/// The largest values accepted; beyond them a number is [`NumberIssue::TooLarge`].
/// They keep every intermediate product far below `Decimal::MAX` (about 7.9·10^28).
pub mod limits {
    use rust_decimal::Decimal;
    /// Prices, bounds and euro values per point: one trillion euros (as `Money::parse`).
    pub const MAX_MONEY: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0);
    /// The top of the quality scale: one million points.
    pub const MAX_SCALE_POINTS: Decimal = Decimal::from_parts(1_000_000, 0, 0, false, 0);
    /// Decimals allowed in a money amount.
    pub const MONEY_DECIMALS: u32 = 2;
    /// Decimals allowed in a weight (weights are published as e.g. 33,33 %).
    pub const WEIGHT_DECIMALS: u32 = 2;
    /// Decimals allowed in a percentage such as a placement rate.
    pub const PERCENT_DECIMALS: u32 = 4;
    /// Decimals allowed in a quality score.
    pub const POINTS_DECIMALS: u32 = 4;
}

/// Which of the two fixed price bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BoundSide {
    Low,
    High,
}

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Severity {
    /// The outcome is withheld until this is solved.
    Blocking,
    /// The outcome is shown; the user should look again.
    Warning,
}

/// One problem with the award set-up or a finding about its outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    // ---- set-up
    /// There are no award criteria.
    NoCriteria,
    /// There are no bids.
    NoBids,
    /// Two criteria share an id.
    DuplicateCriterionId { id: String },
    /// Two bids share an id.
    DuplicateBidId { id: String },
    /// Two evaluators share an id.
    DuplicateEvaluatorId { id: String },
    /// More than one criterion is of kind price.
    MultiplePriceCriteria { count: usize },
    /// (Warning) No criterion is of kind price: the price plays no role in the score.
    NoPriceCriterion,
    /// No criterion is of kind price, and this quality criterion is named after the price
    /// ("Prijs"): it is the price criterion with the wrong kind. Blocking, because the
    /// evaluators would otherwise have to score the price by hand; its missing scores are
    /// not reported, since scoring it is not the fix.
    PriceCriterionIsQuality { criterion: Named },
    /// A criterion's weight is missing or not a valid percentage.
    Weight { criterion: Named, issue: NumberIssue },
    /// The weights do not add up to exactly 100 %.
    WeightsNotHundred { total: Decimal },
    /// The top of the quality scale is not a positive number of points.
    ScaleMax { issue: NumberIssue },
    /// A named level lies outside 0..=max points.
    LevelOutsideScale { label: String, points: Decimal },
    /// The disagreement margin is negative or too large.
    DisagreementMargin { issue: NumberIssue },

    // ---- knock-outs
    /// A knock-out rule's threshold (minimum rate, maximum weeks) is missing or invalid.
    KnockoutThreshold { knockout: Named, issue: NumberIssue },
    /// A manual knock-out has not been judged for a bid.
    KnockoutNotJudged { bid: Named, knockout: Named },
    /// A lead-time knock-out applies but the bid has no lead time.
    LeadTimeMissing { bid: Named },
    /// Every bid failed a knock-out requirement: there is nothing to award.
    AllBidsKnockedOut,

    // ---- bids
    /// A bid's price is missing or invalid.
    Price { bid: Named, issue: NumberIssue },
    /// A bid's placement rate is missing (where needed) or invalid.
    PlacementRate { bid: Named, issue: NumberIssue },
    /// Quality scores are missing: `count` of them by `evaluator`, or (`None`) for
    /// bid-criterion pairs without evaluators and without an agreed score. `bid` and
    /// `criterion` name the first one. One problem per evaluator, not per score, so an
    /// empty score sheet stays one line (the score grid shows which cells are empty).
    MissingScores { evaluator: Option<Named>, count: usize, bid: Named, criterion: Named },
    /// A score lies outside the scale. `evaluator: None` is the agreed (consensus) score.
    ScoreOutOfRange { bid: Named, criterion: Named, evaluator: Option<Named>, points: Decimal, max: Decimal },
    /// The scale has named levels and a score is none of them (or has too many decimals).
    ScoreNotALevel { bid: Named, criterion: Named, evaluator: Option<Named>, points: Decimal },
    /// One evaluator has two scores for the same bid and criterion.
    DuplicateScore { bid: Named, criterion: Named, evaluator: Named },
    /// (Warning) Evaluators differ by more than the margin and no agreed score is recorded:
    /// their scores are averaged without discussion.
    EvaluatorsDisagree { bid: Named, criterion: Named, spread: Decimal, margin: Decimal },
    /// (Warning) An agreed score is recorded without a reason.
    ConsensusWithoutReason { bid: Named, criterion: Named },
    /// (Warning) Only one bid is scored: there is nothing to compare.
    SingleBid,

    // ---- the price formula
    /// Fixed bounds are chosen but a bound is missing or invalid.
    Bound { side: BoundSide, issue: NumberIssue },
    /// The high bound is not above the low bound.
    BoundsNotIncreasing { low: Money, high: Money },
    /// (Warning) A price lies outside the fixed bounds: it gets 0 or all price points,
    /// and price differences beyond the bound no longer count.
    PriceOutsideBounds { bid: Named, price: Money },
    /// Quality-to-price needs a euro value per point for each quality criterion.
    ValuePerPoint { criterion: Named, issue: NumberIssue },
    /// Linear between lowest and highest bid: all prices are equal, the formula divides by zero.
    LowestEqualsHighest { price: Money },
    /// A calculation exceeded the range of exact decimals (only with absurd inputs).
    Overflow,

    // ---- findings about the outcome (warnings)
    /// (Warning) With this (relative) formula, removing or adding a bid flips the order of
    /// other bids: see `Outcome::reversal`.
    RanksCanReverse { flips: usize },
    /// (Warning) Other formulas would choose another winner.
    WinnerDependsOnFormula { formulas: Vec<FormulaKind> },
    /// (Warning) A change of less than `SENSITIVE_WEIGHT_MARGIN` percentage points in this
    /// criterion's weight changes the winner.
    WinnerSensitiveToWeight { criterion: Named, weight: Decimal, low: Decimal, high: Decimal },
}

impl Problem {
    /// Whether the problem withholds the outcome.
    pub fn severity(&self) -> Severity {
        use Problem::*;
        match self {
            NoPriceCriterion
            | EvaluatorsDisagree { .. }
            | ConsensusWithoutReason { .. }
            | SingleBid
            | PriceOutsideBounds { .. }
            | RanksCanReverse { .. }
            | WinnerDependsOnFormula { .. }
            | WinnerSensitiveToWeight { .. } => Severity::Warning,
            _ => Severity::Blocking,
        }
    }

    /// Whether the problem withholds the outcome.
    pub fn is_blocking(&self) -> bool {
        self.severity() == Severity::Blocking
    }

    /// The input field the problem is about, so the UI can link to it.
    pub fn field(&self) -> FieldId {
        use Problem::*;
        match self {
            NoCriteria
            | DuplicateCriterionId { .. }
            | MultiplePriceCriteria { .. }
            | NoPriceCriterion
            | PriceCriterionIsQuality { .. }
            | Weight { .. }
            | WeightsNotHundred { .. }
            | ScaleMax { .. }
            | LevelOutsideScale { .. }
            | KnockoutThreshold { .. }
            | WinnerSensitiveToWeight { .. } => FieldId::AwardCriteria,
            Bound { .. }
            | BoundsNotIncreasing { .. }
            | ValuePerPoint { .. }
            | LowestEqualsHighest { .. }
            | RanksCanReverse { .. }
            | WinnerDependsOnFormula { .. } => FieldId::PriceFormula,
            _ => FieldId::Bids,
        }
    }
}

/// Checks a money amount: not negative, at most [`limits::MAX_MONEY`], at most two decimals.
/// `positive` also rejects zero.
pub(crate) fn money_issue(d: Decimal, positive: bool) -> Option<NumberIssue> {
    if d.is_sign_negative() && !d.is_zero() {
        Some(NumberIssue::Negative)
    } else if positive && d.is_zero() {
        Some(NumberIssue::Zero)
    } else if d > limits::MAX_MONEY {
        Some(NumberIssue::TooLarge)
    } else if d.normalize().scale() > limits::MONEY_DECIMALS {
        Some(NumberIssue::TooManyDecimals)
    } else {
        None
    }
}

/// Checks a percentage in 0..=100 with at most `decimals` decimals; `positive` rejects zero.
pub(crate) fn percent_issue(d: Decimal, decimals: u32, positive: bool) -> Option<NumberIssue> {
    if d.is_sign_negative() && !d.is_zero() {
        Some(NumberIssue::Negative)
    } else if positive && d.is_zero() {
        Some(NumberIssue::Zero)
    } else if d > Decimal::ONE_HUNDRED {
        Some(NumberIssue::AboveHundred)
    } else if d.normalize().scale() > decimals {
        Some(NumberIssue::TooManyDecimals)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_what_they_say() {
        assert_eq!(limits::MAX_MONEY, Decimal::from(1_000_000_000_000i64));
        assert_eq!(limits::MAX_SCALE_POINTS, Decimal::from(1_000_000));
    }

    #[test]
    fn empty_names_become_positions() {
        assert_eq!(Named::new("x", "  ", 2).name, "#3");
        assert_eq!(Named::new("x", " Aap ", 0).name, "Aap");
    }
}
