//! Knock-out requirements (pass/fail): a bid that fails one is not scored at all, and it
//! does not count as the lowest or highest price either.
//!
//! Invariants: a bid is excluded as soon as one requirement is known to fail; it is
//! undecided (and a blocking problem says why) when no requirement fails but one cannot
//! be judged yet; otherwise it is admitted.

use crate::domain::scoring::model::{AwardSetup, Bid, KnockoutRule};
use crate::domain::scoring::problem::{Named, NumberIssue, Problem};
use rust_decimal::Decimal;

/// Whether a bid takes part in the scoring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Admission {
    /// Passes every knock-out requirement.
    Admitted,
    /// Fails the knock-outs at these indices of `AwardSetup::knockouts`.
    Excluded {
        /// Indices in `AwardSetup::knockouts`.
        failed: Vec<usize>,
    },
    /// Cannot be judged yet (see the problems).
    Undecided,
}

/// The bid's placement rate as validated by the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RateState {
    Missing,
    Invalid,
    Valid(Decimal),
}

/// Judges one bid against every knock-out requirement.
/// Reports missing bid data for the rules that need it; a missing threshold is reported
/// once per rule by the caller.
pub(crate) fn judge(
    setup: &AwardSetup,
    index: usize,
    bid: &Bid,
    rate: RateState,
    problems: &mut Vec<Problem>,
) -> Admission {
    let mut failed = Vec::new();
    let mut undecided: Vec<Problem> = Vec::new();
    let mut unknown = false;
    let bid_name = || Named::new(&bid.id, &bid.bidder, index);
    for (k, knockout) in setup.knockouts.iter().enumerate() {
        let pass: Option<bool> = match &knockout.rule {
            KnockoutRule::MinPlacementRate { min: Some(min) } => match rate {
                RateState::Valid(r) => Some(r >= min.0),
                RateState::Missing => {
                    undecided.push(Problem::PlacementRate { bid: bid_name(), issue: NumberIssue::Missing });
                    None
                }
                RateState::Invalid => None,
            },
            KnockoutRule::MaxLeadTimeWeeks { max: Some(max) } => match bid.lead_time_weeks {
                Some(w) => Some(w <= *max),
                None => {
                    undecided.push(Problem::LeadTimeMissing { bid: bid_name() });
                    None
                }
            },
            KnockoutRule::MinPlacementRate { min: None } | KnockoutRule::MaxLeadTimeWeeks { max: None } => None,
            KnockoutRule::Manual => {
                let verdict = bid.knockouts.iter().find(|v| v.knockout_id == knockout.id).and_then(|v| v.pass);
                if verdict.is_none() {
                    undecided.push(Problem::KnockoutNotJudged {
                        bid: bid_name(),
                        knockout: Named::new(&knockout.id, &knockout.description, k),
                    });
                }
                verdict
            }
        };
        match pass {
            Some(false) => failed.push(k),
            Some(true) => {}
            // Threshold missing, rate invalid (both reported elsewhere) or data missing.
            None => unknown = true,
        }
    }
    if !failed.is_empty() {
        return Admission::Excluded { failed };
    }
    if unknown {
        problems.extend(undecided);
        Admission::Undecided
    } else {
        Admission::Admitted
    }
}
