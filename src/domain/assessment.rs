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

/// What the answers say, for the reader of step 9: the weakest lever, and answers that the
/// dossier itself contradicts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reading {
    /// The lever with the lowest average, when something is answered and it is below the top
    /// of the scale (the first of equals, in the order of [`Lever::ALL`]).
    pub weakest: Option<(Lever, Decimal)>,
    pub mismatches: Vec<Mismatch>,
}

/// An answer that the dossier contradicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mismatch {
    /// "The bestek describes the result" scored high, while this many of the functional
    /// requirements read as technical to the specification analyser.
    TechnicalRequirements { score: u8, technical: usize, total: usize },
    /// The inflow-guarantee question scored high without a guarantee in step 3, or low with one.
    InflowGuarantee { score: u8, in_dossier: bool },
    /// "The financial risk is spread" scored high, while step 3 has neither no cure less pay nor
    /// another way of carrying risk.
    SpreadRiskWithoutMeans { score: u8 },
    /// "Innovation is rewarded" scored high, while step 3 has neither a bonus nor innovation as
    /// an award criterion.
    RewardWithoutMeans { score: u8 },
}

/// A high score: 3 or 4.
const HIGH: u8 = 3;
/// A low score: 0 or 1.
const LOW: u8 = 1;

/// The reading of a dossier's self-assessment.
pub fn read(d: &crate::domain::dossier::Dossier) -> Reading {
    use crate::domain::dossier::Financing;
    let answers = &d.evaluation.self_assessment;
    let score = |q: Question| answers.get(q.id()).copied();
    let weakest = per_lever(answers)
        .into_iter()
        .filter_map(|(l, a)| a.map(|a| (l, a)))
        .fold(None, |min: Option<(Lever, Decimal)>, (l, a)| match min {
            Some((_, m)) if m <= a => min,
            _ => Some((l, a)),
        })
        .filter(|(_, a)| *a < Decimal::from(SCALE_MAX));
    let s = &d.specification;
    let mut mismatches = Vec::new();
    if let Some(sc) = score(Question::ResultNotMethod).filter(|sc| *sc >= HIGH) {
        let texts: Vec<&str> = s.functional.iter().map(|r| r.text.trim()).filter(|t| !t.is_empty()).collect();
        let technical = texts
            .iter()
            .filter(|t| crate::domain::spec::assess(t).verdict() == crate::domain::spec::Verdict::Technical)
            .count();
        // From a third of them on: one technical-sounding line among many is no contradiction.
        if !texts.is_empty() && technical * 3 >= texts.len() {
            mismatches.push(Mismatch::TechnicalRequirements { score: sc, technical, total: texts.len() });
        }
    }
    if let (Some(sc), Some(has)) = (score(Question::InflowGuarantee), s.inflow_guarantee) {
        if (sc >= HIGH && !has) || (sc <= LOW && has) {
            mismatches.push(Mismatch::InflowGuarantee { score: sc, in_dossier: has });
        }
    }
    if let Some(sc) = score(Question::SpreadRisk).filter(|sc| *sc >= HIGH) {
        if s.financing != Some(Financing::NoCureLessPay) && s.risk_sharing.is_empty() {
            mismatches.push(Mismatch::SpreadRiskWithoutMeans { score: sc });
        }
    }
    if let Some(sc) = score(Question::Reward).filter(|sc| *sc >= HIGH) {
        if !s.bonus_malus.enabled && !s.innovation_criterion {
            mismatches.push(Mismatch::RewardWithoutMeans { score: sc });
        }
    }
    Reading { weakest, mismatches }
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

    fn answered(pairs: &[(&str, u8)]) -> crate::domain::dossier::Dossier {
        let mut d = crate::domain::dossier::Dossier::default();
        d.evaluation.self_assessment = pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect();
        d
    }

    #[test]
    fn the_weakest_lever_is_the_lowest_answered_one_below_the_top() {
        assert_eq!(read(&answered(&[])).weakest, None);
        let d = answered(&[("fs-result-not-method", 4), ("ra-invest", 1), ("in-reward", 1), ("br-consistent", 3)]);
        assert_eq!(read(&d).weakest, Some((Lever::RiskAllocation, Decimal::ONE)), "the first of equals");
        assert_eq!(read(&answered(&[("fs-result-not-method", 4), ("ra-invest", 4)])).weakest, None);
    }

    #[test]
    fn answers_the_dossier_contradicts_are_named() {
        use crate::domain::dossier::{Financing, Requirement, RiskInstrument};
        let mut d =
            answered(&[("fs-result-not-method", 4), ("in-inflow-guarantee", 0), ("ra-spread", 3), ("in-reward", 4)]);
        d.specification.functional = vec![
            Requirement { id: "f1".into(), text: "Taalcursus NT2 van 40 lessen in het wijkcentrum.".into() },
            Requirement {
                id: "f2".into(),
                text: "Voldoende kennis van de Nederlandse taal om volwaardig aan de samenleving deel te nemen.".into(),
            },
        ];
        d.specification.inflow_guarantee = Some(true);
        let m = read(&d).mismatches;
        assert!(m.contains(&Mismatch::TechnicalRequirements { score: 4, technical: 1, total: 2 }), "{m:?}");
        assert!(m.contains(&Mismatch::InflowGuarantee { score: 0, in_dossier: true }));
        assert!(m.contains(&Mismatch::SpreadRiskWithoutMeans { score: 3 }));
        assert!(m.contains(&Mismatch::RewardWithoutMeans { score: 4 }));
        // What the dossier does backs the answers: nothing left to name.
        d.specification.functional.remove(0);
        d.specification.inflow_guarantee = Some(false);
        d.evaluation.self_assessment.insert("in-inflow-guarantee".into(), 1);
        d.specification.financing = Some(Financing::Output);
        d.specification.risk_sharing = vec![RiskInstrument::Pilot];
        d.specification.bonus_malus.enabled = true;
        assert_eq!(read(&d).mismatches, vec![]);
    }
}
