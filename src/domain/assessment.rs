//! The step-9 self-assessment against the guide's four conditions for innovative purchasing
//! (guide §2.5): the four levers, the questions and the lever each one is about, the scale
//! 0..=[`SCALE_MAX`], and the averages per lever. The texts of the levers, questions and scale
//! points live in `i18n` (`guidance`, `labels`).
//!
//! Invariants: a question's id is stored in the dossier (`Evaluation::self_assessment`, id ->
//! score) and never changes; the questions are grouped by lever in the order of
//! [`Lever::ALL`], with at least two per lever.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The four levers a buyer has to stimulate innovation (guide §2.3 and §2.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lever {
    /// Functionele vraagformulering: ask what result is needed, not how.
    FunctionalSpecification,
    /// Risicoverdeling: who carries the inflow, outflow and duration risks.
    RiskAllocation,
    /// (Financiële) prikkels: reward innovation and cooperation.
    Incentives,
    /// Rolverdeling: how the buyer takes its role towards the provider.
    BuyerRole,
}

impl Lever {
    pub const ALL: [Lever; 4] =
        [Lever::FunctionalSpecification, Lever::RiskAllocation, Lever::Incentives, Lever::BuyerRole];
}

/// The highest score of a question; scores run from 0 to this.
pub const SCALE_MAX: u8 = 4;

/// A question of the self-assessment. The first nine follow the questions of guide §2.5
/// (which lists the inflow guarantee under incentives); the last one follows its closing
/// remarks (chapter 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Question {
    /// The bestek describes the result, not the method.
    ResultNotMethod,
    /// The question challenges providers to think along.
    ThinkAlong,
    /// Both sides were willing to invest in a new approach.
    Invest,
    /// The financial risk is spread (no cure, less pay).
    SpreadRisk,
    /// Innovation is rewarded.
    Reward,
    /// Other award criteria than price count seriously.
    AwardCriteria,
    /// An inflow guarantee gives providers certainty.
    InflowGuarantee,
    /// The buyer chose its role deliberately.
    DeliberateRole,
    /// The municipality shows it wants to lead.
    Frontrunner,
    /// Everyone keeps to the room the bestek gives.
    Consistent,
}

impl Question {
    /// Every question, grouped by lever in the order of [`Lever::ALL`].
    pub const ALL: [Question; 10] = [
        Question::ResultNotMethod,
        Question::ThinkAlong,
        Question::Invest,
        Question::SpreadRisk,
        Question::Reward,
        Question::AwardCriteria,
        Question::InflowGuarantee,
        Question::DeliberateRole,
        Question::Frontrunner,
        Question::Consistent,
    ];

    /// The id under which the answer is stored; it must never change.
    pub fn id(self) -> &'static str {
        match self {
            Question::ResultNotMethod => "fs-result-not-method",
            Question::ThinkAlong => "fs-think-along",
            Question::Invest => "ra-invest",
            Question::SpreadRisk => "ra-spread",
            Question::Reward => "in-reward",
            Question::AwardCriteria => "in-award-criteria",
            Question::InflowGuarantee => "in-inflow-guarantee",
            Question::DeliberateRole => "br-deliberate-role",
            Question::Frontrunner => "br-frontrunner",
            Question::Consistent => "br-consistent",
        }
    }

    /// The condition (lever) the question is about.
    pub fn lever(self) -> Lever {
        match self {
            Question::ResultNotMethod | Question::ThinkAlong => Lever::FunctionalSpecification,
            Question::Invest | Question::SpreadRisk => Lever::RiskAllocation,
            Question::Reward | Question::AwardCriteria | Question::InflowGuarantee => Lever::Incentives,
            Question::DeliberateRole | Question::Frontrunner | Question::Consistent => Lever::BuyerRole,
        }
    }

    /// The question with this stored id.
    pub fn from_id(id: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.id() == id)
    }
}

/// The questions about one lever.
pub fn questions_for(lever: Lever) -> impl Iterator<Item = Question> {
    Question::ALL.into_iter().filter(move |q| q.lever() == lever)
}

/// The average of the answered scores (unanswered ones are left out), rounded to one
/// decimal half away from zero; `None` when nothing is answered.
pub fn average(scores: impl IntoIterator<Item = Option<u8>>) -> Option<Decimal> {
    let (sum, n) = scores.into_iter().flatten().fold((0u32, 0u32), |(s, n), x| (s + u32::from(x), n + 1));
    if n == 0 {
        return None;
    }
    Some((Decimal::from(sum) / Decimal::from(n)).round_dp_with_strategy(1, crate::domain::money::MONEY_ROUNDING))
}

/// The [`average`] of each lever's questions over the stored answers (question id -> score),
/// in the order of [`Lever::ALL`].
pub fn per_lever(answers: &BTreeMap<String, u8>) -> [(Lever, Option<Decimal>); 4] {
    Lever::ALL.map(|lever| (lever, average(questions_for(lever).map(|q| answers.get(q.id()).copied()))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn averages_only_answered_questions() {
        assert_eq!(average([None, None]), None);
        assert_eq!(average([Some(4), None, Some(1)]), Some(Decimal::new(25, 1)));
        assert_eq!(average([Some(1), Some(1), Some(2)]), Some(Decimal::new(13, 1)));
        assert_eq!(average([Some(0)]), Some(Decimal::ZERO));
    }

    #[test]
    fn questions_cover_every_lever_with_stable_unique_ids() {
        let ids: HashSet<_> = Question::ALL.iter().map(|q| q.id()).collect();
        assert_eq!(ids.len(), Question::ALL.len());
        for q in Question::ALL {
            assert!(q.id().bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{}", q.id());
            assert_eq!(Question::from_id(q.id()), Some(q));
        }
        for l in Lever::ALL {
            assert!(questions_for(l).count() >= 2, "{l:?} has too few questions");
        }
        // Grouped in the order of the levers.
        let order: Vec<_> = Question::ALL.iter().map(|q| q.lever()).collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted);
        assert_eq!(Question::from_id("nope"), None);
    }

    #[test]
    fn the_stored_ids_are_the_published_ones() {
        // Dossiers saved since the first release hold these ids.
        let ids: Vec<_> = Question::ALL.iter().map(|q| q.id()).collect();
        assert_eq!(
            ids,
            [
                "fs-result-not-method",
                "fs-think-along",
                "ra-invest",
                "ra-spread",
                "in-reward",
                "in-award-criteria",
                "in-inflow-guarantee",
                "br-deliberate-role",
                "br-frontrunner",
                "br-consistent",
            ]
        );
    }

    #[test]
    fn per_lever_averages_each_levers_answers() {
        let answers: BTreeMap<String, u8> = [
            ("fs-result-not-method", 4),
            ("fs-think-along", 1),
            ("in-reward", 1),
            ("in-award-criteria", 1),
            ("in-inflow-guarantee", 2),
            ("unknown-question", 0),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        assert_eq!(
            per_lever(&answers),
            [
                (Lever::FunctionalSpecification, Some(Decimal::new(25, 1))),
                (Lever::RiskAllocation, None),
                (Lever::Incentives, Some(Decimal::new(13, 1))),
                (Lever::BuyerRole, None),
            ]
        );
        assert!(per_lever(&BTreeMap::new()).iter().all(|(_, a)| a.is_none()));
    }
}
