//! Where each problem of the award lives on the page: the id of the input it is about (so a
//! problem in the list can move focus there, and the input can show the message itself), or
//! the step of the wizard where it is fixed.
//!
//! Element ids used on this page (all ids come from the dossier's own stable ids):
//! - bids table: `bid-{bid}-name`, `-price`, `-rate`, `-weeks`, `-ko-{knockout}`,
//!   `-s-{criterion}-{evaluator}` (an evaluator's score);
//! - agreed scores: `agree-{bid}-{criterion}` and `agree-{bid}-{criterion}-reason`;
//! - set-up: `vpp-{criterion}`, `ko-{knockout}-threshold`, `scale-max`, `scale-levels`,
//!   `margin`, `knockouts`, `evaluators`, `bids-add`;
//! - sections (headings): `reversal`, `alternatives`, `sensitivity`.

use super::rows::{Msg, MsgsByBid};
use crate::domain::scoring::{NumberIssue, Problem};
use crate::i18n::scoring::problem_message;
use crate::i18n::Both;

/// Where a problem is solved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An input on this page, by id.
    Here(String),
    /// A part of this page that explains the finding, by the id of its heading.
    Section(&'static str),
    /// A field of step 3 (the bestek), by its anchor.
    Step3(&'static str),
    /// Nowhere in particular.
    Nowhere,
}

pub fn bid_cell(bid: &str, what: &str) -> String {
    format!("bid-{bid}-{what}")
}

pub fn score_cell(bid: &str, criterion: &str, evaluator: &str) -> String {
    format!("bid-{bid}-s-{criterion}-{evaluator}")
}

pub fn knockout_cell(bid: &str, knockout: &str) -> String {
    format!("bid-{bid}-ko-{knockout}")
}

pub fn agreed_cell(bid: &str, criterion: &str) -> String {
    format!("agree-{bid}-{criterion}")
}

pub fn agreed_reason(bid: &str, criterion: &str) -> String {
    format!("agree-{bid}-{criterion}-reason")
}

pub fn value_per_point(criterion: &str) -> String {
    format!("vpp-{criterion}")
}

/// The input of a published price bound on the bids page.
pub fn price_bound(side: crate::domain::scoring::problem::BoundSide) -> String {
    match side {
        crate::domain::scoring::problem::BoundSide::Low => "price-bound-low".to_string(),
        crate::domain::scoring::problem::BoundSide::High => "price-bound-high".to_string(),
    }
}

pub fn knockout_threshold(knockout: &str) -> String {
    format!("ko-{knockout}-threshold")
}

/// The place of a problem.
pub fn target(p: &Problem) -> Target {
    use Problem::*;
    let here = |s: String| Target::Here(s);
    match p {
        NoCriteria
        | DuplicateCriterionId { .. }
        | MultiplePriceCriteria { .. }
        | NoPriceCriterion
        | PriceCriterionIsQuality { .. }
        | Weight { .. }
        | WeightsNotHundred { .. } => Target::Step3("f-award-criteria"),
        Bound { .. } | BoundsNotIncreasing { .. } | LowestEqualsHighest { .. } => Target::Step3("f-price-formula"),
        NoBids | SingleBid | DuplicateBidId { .. } => here("bids-add".into()),
        DuplicateEvaluatorId { .. } => here("evaluators".into()),
        ScaleMax { .. } => here("scale-max".into()),
        LevelOutsideScale { .. } => here("scale-levels".into()),
        DisagreementMargin { .. } => here("margin".into()),
        KnockoutThreshold { knockout, .. } => here(knockout_threshold(&knockout.id)),
        KnockoutNotJudged { bid, knockout } => here(knockout_cell(&bid.id, &knockout.id)),
        AllBidsKnockedOut => here("knockouts".into()),
        LeadTimeMissing { bid } => here(bid_cell(&bid.id, "weeks")),
        Price { bid, .. } | PriceOutsideBounds { bid, .. } => here(bid_cell(&bid.id, "price")),
        PlacementRate { bid, .. } => here(bid_cell(&bid.id, "rate")),
        MissingScores { bid, criterion, evaluator: Some(e), .. }
        | ScoreOutOfRange { bid, criterion, evaluator: Some(e), .. }
        | ScoreNotALevel { bid, criterion, evaluator: Some(e), .. }
        | DuplicateScore { bid, criterion, evaluator: e } => here(score_cell(&bid.id, &criterion.id, &e.id)),
        MissingScores { bid, criterion, evaluator: None, .. }
        | ScoreOutOfRange { bid, criterion, evaluator: None, .. }
        | ScoreNotALevel { bid, criterion, evaluator: None, .. }
        | EvaluatorsDisagree { bid, criterion, .. } => here(agreed_cell(&bid.id, &criterion.id)),
        ConsensusWithoutReason { bid, criterion } => here(agreed_reason(&bid.id, &criterion.id)),
        ValuePerPoint { criterion, .. } => here(value_per_point(&criterion.id)),
        RanksCanReverse { .. } => Target::Section("reversal"),
        WinnerDependsOnFormula { .. } => Target::Section("alternatives"),
        WinnerSensitiveToWeight { .. } => Target::Section("sensitivity"),
        Overflow => Target::Nowhere,
    }
}

/// Whether a problem is about a value that was typed wrongly (shown at the input itself).
/// Missing values are not: an empty cell says so already, and listing "missing" under every
/// empty cell of a new row would bury the real mistakes. Disagreeing evaluators neither: the
/// consensus table flags that row in its own column.
fn shown_at_input(p: &Problem) -> bool {
    use Problem::*;
    match p {
        Price { issue, .. }
        | PlacementRate { issue, .. }
        | KnockoutThreshold { issue, .. }
        | ValuePerPoint { issue, .. } => *issue != NumberIssue::Missing,
        ScoreOutOfRange { .. }
        | ScoreNotALevel { .. }
        | DuplicateScore { .. }
        | PriceOutsideBounds { .. }
        | ConsensusWithoutReason { .. }
        | ScaleMax { .. }
        | DisagreementMargin { .. } => true,
        _ => false,
    }
}

/// The bid a problem belongs to, if any.
fn owner(p: &Problem) -> Option<&str> {
    use Problem::*;
    match p {
        KnockoutNotJudged { bid, .. }
        | LeadTimeMissing { bid }
        | Price { bid, .. }
        | PriceOutsideBounds { bid, .. }
        | PlacementRate { bid, .. }
        | MissingScores { bid, .. }
        | ScoreOutOfRange { bid, .. }
        | ScoreNotALevel { bid, .. }
        | DuplicateScore { bid, .. }
        | EvaluatorsDisagree { bid, .. }
        | ConsensusWithoutReason { bid, .. } => Some(&bid.id),
        _ => None,
    }
}

/// Messages to show at inputs, in both languages, by the bid they belong to (`None`: the
/// set-up).
pub fn cell_messages(problems: &[Problem]) -> MsgsByBid {
    let mut out = MsgsByBid::new();
    for p in problems.iter().filter(|p| shown_at_input(p)) {
        if let Target::Here(id) = target(p) {
            let text = Both::of(|lang| problem_message(p, lang));
            let blocking = p.is_blocking();
            out.entry(owner(p).map(str::to_string))
                .or_default()
                .entry(id)
                .and_modify(|m| {
                    m.text.append(&text);
                    m.blocking |= blocking;
                })
                .or_insert(Msg { text, blocking });
        }
    }
    out
}
