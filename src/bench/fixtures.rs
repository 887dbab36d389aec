//! The fixture of the save benchmark of the issue: "serialise and save a large dossier (50
//! bids, 12 criteria, every text field filled, about 1 MB of JSON) in under 50 ms in Chromium
//! with 4x CPU slowdown".
//!
//! [`large_dossier`] is pure and deterministic, and compiles natively: the storage tests
//! (`tests/persistence_store.rs`, `tests/browser_persistence.rs`, `persistence::summary`) use it
//! too. The benchmarks that store it are in `storage.rs`.

use crate::domain::dossier::{
    Accountability, BonusMalusRule, BuyerRole, Characteristic, ChecklistItem, Dossier, Evaluation, Execution,
    Exploration, Financing, Invoicing, Milestone, MonitorFigures, Monitoring, Participant, Procedure, ProcedureKind,
    Provider, ReportingFrequency, Requirement, ResultLevel, Specification, Start, TargetGroup,
};
use crate::domain::money::{Money, Percent};
use crate::domain::scoring::model::{
    AwardSetup, Bid, Consensus, Criterion, CriterionKind, Evaluator, Knockout, KnockoutRule, KnockoutVerdict,
    NamedLevel, PriceFormula, QualityScale, Score,
};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

const WORDS: &[&str] = &[
    "re-integratie",
    "traject",
    "cliënt",
    "werkgever",
    "begeleiding",
    "uitstroom",
    "participatie",
    "gemeente",
    "aanbieder",
    "resultaat",
    "plaatsing",
    "coaching",
    "scholing",
    "maatwerk",
    "motivatie",
    "netwerk",
    "€ 4.250,00",
    "55 %",
    "‘werk boven uitkering’",
    "samenwerking",
    "doelgroep",
    "zorg",
    "schuldhulp",
    "taal",
    "vrijwilligerswerk",
    "proefplaatsing",
    "nazorg",
    "evaluatie",
    "<b>vet</b>",
    "rapportage",
    "privacy",
    "AVG",
    "Holland Rijnland",
    "Apeldoorn",
    "wijkteam",
    "intake",
];

/// Deterministic text of about `len` characters: words from a small Dutch vocabulary,
/// including accents, quotes, a euro sign and markup-like text (which must stay text).
fn text(seed: usize, len: usize) -> String {
    let mut out = String::with_capacity(len + 24);
    let mut i = seed.wrapping_mul(2_654_435_761) % WORDS.len();
    let mut n = 0usize;
    while out.chars().count() < len {
        if !out.is_empty() {
            out.push_str(if n % 13 == 12 { ". " } else { " " });
        }
        out.push_str(WORDS[i]);
        i = (i * 7 + 3 + seed) % WORDS.len();
        n += 1;
    }
    out
}

fn money(units: i64) -> Money {
    Money(Decimal::new(units, 2))
}

fn pct(p: i64) -> Percent {
    Percent(Decimal::new(p, 1))
}

/// A large dossier: 50 bids, 12 criteria (price and 11 quality), 3 evaluators who scored
/// everything, every text field filled. About 1 MB of JSON. Same result on every call.
pub fn large_dossier() -> Dossier {
    let participants: Vec<Participant> = (0..6)
        .map(|i| Participant {
            id: format!("p{i}"),
            name: format!("Gemeente {}", text(i, 20)),
            contact_person: text(i + 100, 30),
            trajectories: Some(40 + i as u32),
            budget: Some(money(25_000_000 + i as i64 * 123_456)),
            budget_period: Some(crate::domain::dossier::BudgetPeriod::PerYear),
            target_group_size: Some(300 + i as u32 * 17),
        })
        .collect();
    let req = |prefix: &str, n: usize, seed: usize| -> Vec<Requirement> {
        (0..n).map(|i| Requirement { id: format!("{prefix}{i}"), text: text(seed + i, 400) }).collect()
    };
    let criteria: Vec<Criterion> = (0..12)
        .map(|i| Criterion {
            id: format!("c{i:02}"),
            name: text(i + 200, 60),
            kind: if i == 0 { CriterionKind::Price } else { CriterionKind::Quality },
            weight: Some(Percent(Decimal::new(if i == 0 { 34 } else { 6 }, 0))),
            value_per_point: Some(money(5_000 + i as i64)),
        })
        .collect();
    let evaluators: Vec<Evaluator> =
        (0..3).map(|i| Evaluator { id: format!("e{i}"), name: text(i + 300, 25) }).collect();
    let knockouts = vec![
        Knockout {
            id: "k0".into(),
            description: text(400, 200),
            rule: KnockoutRule::MinPlacementRate { min: Some(pct(550)) },
        },
        Knockout {
            id: "k1".into(),
            description: text(401, 200),
            rule: KnockoutRule::MaxLeadTimeWeeks { max: Some(6) },
        },
        Knockout { id: "k2".into(), description: text(402, 200), rule: KnockoutRule::Manual },
    ];
    let bids: Vec<Bid> = (0..50)
        .map(|b| Bid {
            id: format!("b{b:02}"),
            bidder: format!("Aanbieder {b} — {}", text(b + 500, 30)),
            price: Some(money(350_000 + (b as i64 * 7_919) % 200_000)),
            placement_rate: Some(pct(450 + (b as i64 * 37) % 300)),
            lead_time_weeks: Some(2 + (b as u32 % 6)),
            scores: criteria[1..]
                .iter()
                .flat_map(|c| {
                    evaluators.iter().enumerate().map(move |(e, ev)| Score {
                        criterion_id: c.id.clone(),
                        evaluator_id: ev.id.clone(),
                        points: Some(Decimal::new(((b * 3 + e * 5 + c.id.len()) % 21) as i64 * 5, 1)),
                    })
                })
                .collect(),
            consensus: criteria[1..]
                .iter()
                .enumerate()
                .map(|(i, c)| Consensus {
                    criterion_id: c.id.clone(),
                    points: Some(Decimal::new(((b + i) % 11) as i64, 0)),
                    reason: text(b * 31 + i, 1150),
                })
                .collect(),
            knockouts: knockouts
                .iter()
                .enumerate()
                .map(|(i, k)| KnockoutVerdict { knockout_id: k.id.clone(), pass: Some((b + i) % 7 != 0) })
                .collect(),
            note: text(b + 700, 1500),
        })
        .collect();

    Dossier {
        id: "dlarge".into(),
        name: "Groot dossier — re-integratie 2026".into(),
        created_at: "2025-01-06T09:00:00.000Z".into(),
        updated_at: "2025-11-20T16:45:12.345Z".into(),
        demo_of: Some("holland-rijnland".into()),
        exploration: Exploration {
            title: text(1, 80),
            problem: text(2, 2000),
            goals: text(3, 2000),
            principles: text(4, 2000),
            contact_participant: Some("p0".into()),
            participants,
            buyer_role: Some(BuyerRole::Director),
            governance: Default::default(),
            role_rationale: text(5, 1500),
        },
        target_group: TargetGroup {
            description: text(6, 2000),
            characteristics: Characteristic::ALL.to_vec(),
            other_characteristics: text(7, 1000),
            result_ladder: ResultLevel::ALL.to_vec(),
        },
        specification: Specification {
            functional: req("f", 25, 800),
            technical: req("t", 10, 900),
            inflow_guarantee: Some(true),
            inflow_clients: Some(240),
            financing: Some(Financing::NoCureLessPay),
            failure_pay_share: Some(pct(600)),
            contract_months: Some(24),
            option_months: Some(12),
            bonus_malus: BonusMalusRule {
                enabled: true,
                agreed_rate: Some(pct(550)),
                bonus_share: Some(pct(150)),
                malus_share: Some(pct(100)),
                ..BonusMalusRule::default()
            },
            innovation_criterion: true,
            integral_price: true,
            cooperation_required: true,
            risk_sharing: Vec::new(),
            selection_criteria: req("s", 8, 950),
        },
        execution: Execution {
            referral: text(10, 1500),
            intake_weeks: Some(2),
            max_duration_months: Some(12),
            reporting_frequency: Some(ReportingFrequency::Quarterly),
            reporting_content: text(11, 1500),
            go_no_go: true,
            data_protection: text(12, 1500),
            invoicing: Some(Invoicing::PerTrajectory),
            contacts: text(13, 800),
        },
        procedure: Procedure {
            submission: Default::default(),
            estimated_price: Some(money(425_000)),
            threshold_override: Some(money(22_100_000)),
            regime: Some(crate::domain::dossier::ServiceRegime::SocialAndOtherSpecific),
            kind: Some(ProcedureKind::Private),
            rationale: text(14, 1500),
            invited: (0..8)
                .map(|i| Provider { id: format!("v{i}"), name: text(i + 1000, 30), note: text(i + 1100, 400) })
                .collect(),
            timeline: (0..10)
                .map(|i| Milestone {
                    id: format!("m{i}"),
                    label: text(i + 1200, 60),
                    date: format!("2026-{:02}-15", i + 1),
                })
                .collect(),
        },
        award: AwardSetup {
            criteria,
            formula: PriceFormula::FixedBounds { low: Some(money(30_000_000)), high: Some(money(60_000_000)) },
            knockouts,
            scale: QualityScale {
                max_points: Decimal::TEN,
                levels: (0..5)
                    .map(|i| NamedLevel {
                        id: String::new(),
                        label: text(i + 1300, 20),
                        points: Decimal::new(i as i64 * 25, 1),
                    })
                    .collect(),
            },
            evaluators,
            bids,
            disagreement_margin: Decimal::new(25, 1),
            ..AwardSetup::default()
        },
        start: Start {
            preconditions: (0..12)
                .map(|i| ChecklistItem { id: format!("pc{i}"), text: text(i + 1400, 200), done: i % 2 == 0 })
                .collect(),
            start_date: "2026-03-01".into(),
            first_referrals: (0..6).map(|i| (format!("p{i}"), 5 + i as u32)).collect::<BTreeMap<_, _>>(),
        },
        monitoring: Monitoring {
            average_price: Some(money(412_500)),
            figures: (0..6)
                .map(|i| {
                    (
                        format!("p{i}"),
                        MonitorFigures {
                            started: Some(30 + i),
                            results: Some(12 + i),
                            cost: Some(money(1_234_567 * (i as i64 + 1))),
                        },
                    )
                })
                .collect(),
            notes: text(15, 2000),
        },
        accountability: Accountability { notes: text(16, 2000) },
        evaluation: Evaluation {
            what_worked: text(17, 2000),
            what_to_change: text(18, 2000),
            self_assessment: (0..20).map(|i| (format!("q{i:02}"), (i % 5) as u8)).collect(),
        },
        contributions: Vec::new(),
    }
}

/// [`large_dossier`] with `bids` bids: its fifty repeated with new ids and names, for the
/// bid-table typing benchmark (`bench/keystroke.mjs`).
pub fn large_dossier_with_bids(bids: usize) -> Dossier {
    let mut d = large_dossier();
    let base = std::mem::take(&mut d.award.bids);
    d.award.bids = (0..bids)
        .filter_map(|i| {
            let mut b = base.get(i % base.len().max(1))?.clone();
            b.id = format!("b{i}");
            b.bidder = format!("Aanbieder {i}");
            Some(b)
        })
        .collect();
    d
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::persistence::envelope::{read_envelope, write_envelope, Read, Stamp};

    #[test]
    fn the_typing_benchmark_dossier_has_the_bids_asked_for() {
        for n in [0, 10, 50, 120] {
            let d = large_dossier_with_bids(n);
            assert_eq!(d.award.bids.len(), n);
            let ids: std::collections::HashSet<_> = d.award.bids.iter().map(|b| b.id.as_str()).collect();
            assert_eq!(ids.len(), n, "unique ids");
        }
    }

    #[test]
    fn large_dossier_is_about_one_megabyte_and_deterministic() {
        let d = large_dossier();
        assert_eq!(d, large_dossier());
        assert_eq!(d.award.bids.len(), 50);
        assert_eq!(d.award.criteria.len(), 12);
        let raw = write_envelope(&d, &Stamp::new(1, "t", "w")).unwrap();
        let size = raw.len();
        assert!((900_000..1_300_000).contains(&size), "{size} bytes");
        match read_envelope(&raw).unwrap() {
            Read::Current { dossier, .. } => assert_eq!(dossier, d),
            other => panic!("{other:?}"),
        }
    }
}
