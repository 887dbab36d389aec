//! A deterministic sample award for benchmarks and demos: no randomness crate, the same
//! set-up for the same arguments on every machine.

use crate::domain::money::{Money, Percent};
use crate::domain::scoring::model::{
    AwardSetup, Bid, Consensus, Criterion, CriterionKind, Evaluator, Knockout, KnockoutRule, PriceFormula,
    QualityScale, Score,
};
use rust_decimal::Decimal;

/// A small deterministic generator (SplitMix64): good enough spread for sample data.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// An award with `bids` bids, `criteria` criteria (the first is price, the others
/// quality; at least one) and `evaluators` evaluators who all score every quality
/// criterion on a 0..=10 scale, mostly within two points of each other. Weights are whole
/// percentages adding up to 100; price weighs 40 % (100 % when it is the only criterion).
/// Every bid passes the knock-out (placement rate at least 55 %); every tenth
/// bid-criterion pair has an agreed score. The formula is relative to the lowest price.
pub fn sample_setup(bids: usize, criteria: usize, evaluators: usize) -> AwardSetup {
    let mut rng = SplitMix(0x1B2D_2007);
    let criteria = criteria.max(1);
    let quality_count = criteria - 1;
    let price_weight: i64 = if quality_count == 0 { 100 } else { 40 };
    let q = quality_count as i64;
    let rest = 100 - price_weight;
    let mut crits = vec![Criterion {
        id: "c-price".into(),
        name: "Prijs".into(),
        kind: CriterionKind::Price,
        weight: Some(Percent(Decimal::from(price_weight))),
        value_per_point: None,
    }];
    for i in 0..quality_count {
        let extra = if (i as i64) < rest % q.max(1) { 1 } else { 0 };
        crits.push(Criterion {
            id: format!("c-q{i}"),
            name: format!("Kwaliteit {}", i + 1),
            kind: CriterionKind::Quality,
            weight: Some(Percent(Decimal::from(rest / q.max(1) + extra))),
            value_per_point: Some(Money(Decimal::from(50 + 25 * (i as i64 % 4)))),
        });
    }
    let evals: Vec<Evaluator> =
        (0..evaluators).map(|e| Evaluator { id: format!("e{e}"), name: format!("Beoordelaar {}", e + 1) }).collect();
    let mut all_bids = Vec::with_capacity(bids);
    for b in 0..bids {
        let price = Decimal::new(800_000 + rng.below(700_000) as i64, 2); // €8,000.00 .. €14,999.99
        let rate = Decimal::from(55 + rng.below(30) as i64);
        let mut scores = Vec::with_capacity(quality_count * evaluators);
        let mut consensus = Vec::new();
        for c in crits.iter().skip(1) {
            let base = 3 + rng.below(6) as i64; // 3..=8
            for e in &evals {
                let p = (base + rng.below(3) as i64).min(10); // within two points
                scores.push(Score {
                    criterion_id: c.id.clone(),
                    evaluator_id: e.id.clone(),
                    points: Some(Decimal::from(p)),
                });
            }
            if rng.below(10) == 0 {
                consensus.push(Consensus {
                    criterion_id: c.id.clone(),
                    points: Some(Decimal::from(base + 1)),
                    reason: "Besproken in het beoordelingsoverleg".into(),
                });
            }
        }
        all_bids.push(Bid {
            id: format!("b{b}"),
            bidder: format!("Aanbieder {}", b + 1),
            price: Some(Money(price)),
            placement_rate: Some(Percent(rate)),
            lead_time_weeks: Some(2 + rng.below(6) as u32),
            scores,
            consensus,
            knockouts: Vec::new(),
            note: String::new(),
        });
    }
    AwardSetup {
        criteria: crits,
        formula: PriceFormula::RelativeToLowest,
        knockouts: vec![Knockout {
            id: "k-rate".into(),
            description: "Plaatsingspercentage minstens 55 %".into(),
            rule: KnockoutRule::MinPlacementRate { min: Some(Percent(Decimal::from(55))) },
        }],
        scale: QualityScale { max_points: Decimal::TEN, levels: Vec::new() },
        evaluators: evals,
        bids: all_bids,
        disagreement_margin: Decimal::TWO,
        ..AwardSetup::default()
    }
}
