//! Properties of the award arithmetic, checked on generated set-ups.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests stop at the first surprise

use inkoopwijzer::domain::money::{Money, Percent};
use inkoopwijzer::domain::scoring::model::*;
use inkoopwijzer::domain::scoring::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

const KINDS: [FormulaKind; 5] = FormulaKind::ALL;

/// A generated, valid award: price + 1..=3 quality criteria with weights in hundredths
/// adding up to 100, agreed scores, prices €1..€200,000, rates 0.01..100 %.
#[derive(Debug, Clone)]
struct Gen {
    setup: AwardSetup,
}

fn arb_bid(n_q: usize, max: i64, idx: usize) -> impl Strategy<Value = Bid> {
    (100i64..=20_000_000, 1i64..=10_000, prop::collection::vec(0..=max, n_q)).prop_map(move |(cents, rate, points)| {
        Bid {
            id: format!("b{idx}"),
            bidder: format!("Bidder {idx}"),
            price: Some(Money(Decimal::new(cents, 2))),
            placement_rate: Some(Percent(Decimal::new(rate, 2))),
            consensus: points
                .iter()
                .enumerate()
                .map(|(c, p)| Consensus {
                    criterion_id: format!("q{c}"),
                    points: Some(Decimal::from(*p)),
                    reason: "r".into(),
                })
                .collect(),
            ..Bid::default()
        }
    })
}

fn arb_setup(kind: impl Strategy<Value = FormulaKind>, min_bids: usize) -> impl Strategy<Value = Gen> {
    (1usize..=3, prop::sample::select(vec![5i64, 10, 100]), kind)
        .prop_flat_map(move |(n_q, max, kind)| {
            let cuts = prop::collection::vec(0i64..=10_000, n_q);
            let bids = (min_bids..=7).prop_flat_map(move |n| (0..n).map(|i| arb_bid(n_q, max, i)).collect::<Vec<_>>());
            let values = prop::collection::vec(0i64..=100_000, n_q);
            let bounds = (100i64..=10_000_000, 1i64..=10_000_000);
            (Just(n_q), Just(max), Just(kind), cuts, bids, values, bounds)
        })
        .prop_map(|(n_q, max, kind, mut cuts, bids, values, (lo, span))| {
            cuts.sort();
            let mut weights = Vec::with_capacity(n_q + 1);
            let mut prev = 0;
            for c in cuts.iter().chain(std::iter::once(&10_000)) {
                weights.push(c - prev);
                prev = *c;
            }
            let mut criteria = vec![Criterion {
                id: "price".into(),
                name: "Prijs".into(),
                kind: CriterionKind::Price,
                weight: Some(Percent(Decimal::new(weights[0], 2))),
                value_per_point: None,
            }];
            for c in 0..n_q {
                criteria.push(Criterion {
                    id: format!("q{c}"),
                    name: format!("Kwaliteit {c}"),
                    kind: CriterionKind::Quality,
                    weight: Some(Percent(Decimal::new(weights[c + 1], 2))),
                    value_per_point: Some(Money(Decimal::new(values[c], 2))),
                });
            }
            let formula = match kind {
                FormulaKind::RelativeToLowest => PriceFormula::RelativeToLowest,
                FormulaKind::LinearLowestHighest => PriceFormula::LinearLowestHighest,
                FormulaKind::FixedBounds => PriceFormula::FixedBounds {
                    low: Some(Money(Decimal::new(lo, 2))),
                    high: Some(Money(Decimal::new(lo + span, 2))),
                },
                FormulaKind::QualityToPrice => PriceFormula::QualityToPrice,
                FormulaKind::CostPerResult => PriceFormula::CostPerResult,
            };
            Gen {
                setup: AwardSetup {
                    criteria,
                    formula,
                    scale: QualityScale { max_points: Decimal::from(max), levels: vec![] },
                    bids,
                    ..AwardSetup::default()
                },
            }
        })
}

fn valid_outcome(setup: &AwardSetup) -> Option<Outcome> {
    let e = evaluate(setup);
    assert_eq!(e.outcome.is_some(), !e.problems.iter().any(Problem::is_blocking), "{:?}", e.problems);
    e.outcome
}

/// Position of every entry in the ranking.
fn positions(o: &Outcome, n: usize) -> Vec<Option<usize>> {
    let mut pos = vec![None; n];
    for (i, r) in o.ranking.iter().enumerate() {
        pos[r.entry] = Some(i);
    }
    pos
}

/// Pairs (a, b) of entries, both in `keep`, whose order differs between two outcomes.
/// `map_after` maps an entry of `before` to its entry in `after`.
fn flipped_pairs(
    before: &Outcome,
    after: &Outcome,
    n_before: usize,
    n_after: usize,
    map_after: impl Fn(usize) -> Option<usize>,
) -> Vec<(usize, usize)> {
    let pb = positions(before, n_before);
    let pa = positions(after, n_after);
    let mut out = Vec::new();
    for a in 0..n_before {
        for b in 0..n_before {
            let (Some(ba), Some(bb)) = (pb[a], pb[b]) else { continue };
            let (Some(ea), Some(eb)) = (map_after(a), map_after(b)) else { continue };
            let (Some(aa), Some(ab)) = (pa[ea], pa[eb]) else { continue };
            if ba < bb && aa > ab {
                out.push((a, b));
            }
        }
    }
    out
}

fn price_column(o: &Outcome) -> usize {
    o.columns.iter().position(|c| c.kind == CriterionKind::Price).unwrap_or(0)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn absolute_formulas_never_reverse_ranks(
        g in arb_setup(prop::sample::select(vec![FormulaKind::FixedBounds, FormulaKind::QualityToPrice]), 2),
        extra in arb_bid(3, 5, 99),
    ) {
        let setup = g.setup;
        let n = setup.bids.len();
        let full = valid_outcome(&setup).expect("valid");
        prop_assert!(full.reversal.reversals.is_empty());
        // remove each bid in turn
        for k in 0..n {
            let mut s = setup.clone();
            s.bids.remove(k);
            let o = valid_outcome(&s).expect("still valid");
            let flips = flipped_pairs(&full, &o, n, n - 1, |e| match e.cmp(&k) {
                std::cmp::Ordering::Less => Some(e),
                std::cmp::Ordering::Equal => None,
                std::cmp::Ordering::Greater => Some(e - 1),
            });
            prop_assert!(flips.is_empty(), "removing {} flips {:?}", k, flips);
        }
        // add a bid (its scores trimmed to the criteria present, scale 0..=5 fits every max)
        let mut s = setup.clone();
        let mut extra = extra;
        let n_q = s.criteria.len() - 1;
        extra.consensus.truncate(n_q);
        s.bids.push(extra);
        let o = valid_outcome(&s).expect("still valid");
        let flips = flipped_pairs(&full, &o, n, n + 1, Some);
        prop_assert!(flips.is_empty(), "adding flips {:?}", flips);
    }

    #[test]
    fn the_reversal_report_matches_full_rescoring(g in arb_setup(prop::sample::select(KINDS.to_vec()), 3)) {
        let setup = g.setup;
        let n = setup.bids.len();
        let Some(full) = valid_outcome(&setup) else { return Ok(()) };
        for k in 0..n {
            let mut s = setup.clone();
            s.bids.remove(k);
            let Some(o) = valid_outcome(&s) else { continue };
            let mut expected = flipped_pairs(&full, &o, n, n - 1, |e| match e.cmp(&k) {
                std::cmp::Ordering::Less => Some(e),
                std::cmp::Ordering::Equal => None,
                std::cmp::Ordering::Greater => Some(e - 1),
            });
            expected.sort();
            let mut reported: Vec<(usize, usize)> = full
                .reversal
                .reversals
                .iter()
                .filter(|r| r.change == BidChange::Removed { entry: k })
                .flat_map(|r| r.flips.iter().map(|f| (f.was_ahead, f.was_behind)))
                .collect();
            reported.sort();
            prop_assert_eq!(reported, expected, "removing {}", k);
        }
    }

    #[test]
    fn a_lower_price_never_lowers_the_price_score(
        g in arb_setup(prop::sample::select(KINDS.to_vec()), 1),
        which in any::<prop::sample::Index>(),
        cut in 1i64..=1_000_000,
    ) {
        let setup = g.setup;
        let k = which.index(setup.bids.len());
        let Some(before) = valid_outcome(&setup) else { return Ok(()) };
        let mut cheaper = setup.clone();
        let Some(Money(p)) = cheaper.bids[k].price else { return Ok(()) };
        let lower = p - Decimal::new(cut, 2);
        prop_assume!(lower > Decimal::ZERO);
        cheaper.bids[k].price = Some(Money(lower));
        let Some(after) = valid_outcome(&cheaper) else { return Ok(()) };
        let row = |o: &Outcome| o.ranking.iter().find(|r| r.entry == k).cloned().expect("scored");
        let (rb, ra) = (row(&before), row(&after));
        if before.unit == ScoreUnit::Points {
            let c = price_column(&before);
            prop_assert!(ra.contributions[c] >= rb.contributions[c], "{} -> {}", rb.contributions[c], ra.contributions[c]);
        } else {
            // quality-to-price: the fictive price drops by exactly the price cut
            prop_assert_eq!(rb.total - ra.total, Decimal::new(cut, 2));
        }
    }

    #[test]
    fn scores_stay_within_bounds_and_add_up_exactly(g in arb_setup(prop::sample::select(KINDS.to_vec()), 1)) {
        let setup = g.setup;
        let Some(o) = valid_outcome(&setup) else { return Ok(()) };
        for r in &o.ranking {
            let sum: Decimal = r.contributions.iter().copied().sum();
            prop_assert_eq!(sum, r.total);
            for (col, c) in o.columns.iter().zip(&r.contributions) {
                match o.unit {
                    ScoreUnit::Points => {
                        let w = col.weight.expect("weighted");
                        prop_assert!(*c >= Decimal::ZERO && *c <= w, "{} not in [0, {}]", c, w);
                        prop_assert_eq!(c.scale() <= 2, true);
                    }
                    ScoreUnit::Euros => {
                        if col.kind == CriterionKind::Price {
                            prop_assert_eq!(*c, r.price.0);
                        } else {
                            let v = col.value_per_point.expect("value");
                            prop_assert!(*c <= Decimal::ZERO && *c >= -(v * setup.scale.max_points));
                        }
                    }
                }
            }
            if o.unit == ScoreUnit::Points {
                prop_assert!(r.total >= Decimal::ZERO && r.total <= Decimal::ONE_HUNDRED);
            }
        }
        // ranks follow the totals
        for w in o.ranking.windows(2) {
            match o.unit {
                ScoreUnit::Points => prop_assert!(w[0].total >= w[1].total),
                ScoreUnit::Euros => prop_assert!(w[0].total <= w[1].total),
            }
        }
    }

    #[test]
    fn the_winner_holds_inside_its_weight_range(g in arb_setup(prop::sample::select(vec![
        FormulaKind::RelativeToLowest, FormulaKind::LinearLowestHighest, FormulaKind::FixedBounds, FormulaKind::CostPerResult,
    ]), 2)) {
        // Two criteria only, so "the others in proportion" is just 100 − t and every t in
        // hundredths is a valid weight.
        let mut setup = g.setup;
        setup.criteria.truncate(2);
        let w0 = setup.criteria[0].weight.map(|w| w.0).unwrap_or_default();
        setup.criteria[1].weight = Some(Percent(Decimal::ONE_HUNDRED - w0));
        let Some(o) = valid_outcome(&setup) else { return Ok(()) };
        // a clear lead (≥ 0.1 points), so rounding to two decimals cannot decide inside
        prop_assume!(o.ranking.len() >= 2 && o.ranking[0].total - o.ranking[1].total >= Decimal::new(1, 1));
        let s = o.sensitivity[0];
        // A criterion with all the weight has no range: the others have nothing to scale in
        // proportion (`Sensitivity::range`). Found by this property (price 100 %, quality 0 %).
        if w0 >= Decimal::ONE_HUNDRED {
            prop_assert!(s.range.is_none());
            return Ok(());
        }
        let r = s.range.expect("range");
        prop_assert!(!r.rounding_decides);
        let high = r.high.expect("bounded");
        prop_assert!(r.low <= s.current && s.current <= high);
        for bound in [r.low, high] {
            let mid = ((s.current + bound) / Decimal::TWO).round_dp(2);
            let mut t = setup.clone();
            t.criteria[0].weight = Some(Percent(mid));
            t.criteria[1].weight = Some(Percent(Decimal::ONE_HUNDRED - mid));
            let o2 = valid_outcome(&t).expect("valid");
            prop_assert_eq!(o2.winner, o.winner, "at weight {} (range {}..{})", mid, r.low, high);
        }
    }

    #[test]
    fn evaluate_never_panics_on_arbitrary_numbers(
        prices in prop::collection::vec(prop::option::of(any::<i64>()), 0..5),
        scales in prop::collection::vec(0u32..=28, 5),
        weights in prop::collection::vec(prop::option::of(any::<i64>()), 0..4),
        rate in prop::option::of(any::<i64>()),
        max in any::<i64>(),
        points in any::<i64>(),
        kind in prop::sample::select(KINDS.to_vec()),
    ) {
        let dec = |v: i64, s: u32| Decimal::new(v, s);
        let criteria: Vec<Criterion> = weights.iter().enumerate().map(|(i, w)| Criterion {
            id: format!("c{i}"),
            name: String::new(),
            kind: if i == 0 { CriterionKind::Price } else { CriterionKind::Quality },
            weight: w.map(|w| Percent(dec(w, scales[i % 5]))),
            value_per_point: Some(Money(dec(points, scales[(i + 1) % 5]))),
        }).collect();
        let bids: Vec<Bid> = prices.iter().enumerate().map(|(i, p)| Bid {
            id: format!("b{i}"),
            price: p.map(|p| Money(dec(p, scales[i % 5]))),
            placement_rate: rate.map(|r| Percent(dec(r, scales[(i + 2) % 5]))),
            consensus: criteria.iter().map(|c| Consensus {
                criterion_id: c.id.clone(),
                points: Some(dec(points, scales[(i + 3) % 5])),
                reason: String::new(),
            }).collect(),
            ..Bid::default()
        }).collect();
        let formula = match kind {
            FormulaKind::FixedBounds => PriceFormula::FixedBounds {
                low: Some(Money(dec(points, 2))),
                high: Some(Money(dec(max, 1))),
            },
            FormulaKind::RelativeToLowest => PriceFormula::RelativeToLowest,
            FormulaKind::LinearLowestHighest => PriceFormula::LinearLowestHighest,
            FormulaKind::QualityToPrice => PriceFormula::QualityToPrice,
            FormulaKind::CostPerResult => PriceFormula::CostPerResult,
        };
        let setup = AwardSetup {
            criteria,
            formula,
            scale: QualityScale { max_points: dec(max, scales[4]), levels: vec![] },
            bids,
            ..AwardSetup::default()
        };
        let e = evaluate(&setup);
        prop_assert_eq!(e.outcome.is_some(), !e.problems.iter().any(Problem::is_blocking));
        let _ = weight_total(&setup.criteria);
    }
}
