//! Hand-computed examples of the award arithmetic, through the public API.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests stop at the first surprise

use inkoopwijzer::domain::money::{Money, Percent};
use inkoopwijzer::domain::scoring::model::*;
use inkoopwijzer::domain::scoring::*;
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).expect("literal")
}

fn price_crit(w: &str) -> Criterion {
    Criterion {
        id: "price".into(),
        name: "Prijs".into(),
        kind: CriterionKind::Price,
        weight: Some(Percent(d(w))),
        value_per_point: None,
    }
}

fn quality_crit(id: &str, w: &str) -> Criterion {
    Criterion {
        id: id.into(),
        name: format!("Kwaliteit {id}"),
        kind: CriterionKind::Quality,
        weight: Some(Percent(d(w))),
        value_per_point: None,
    }
}

/// A bid with agreed (consensus) scores per criterion, no evaluators needed.
fn bid(id: &str, price: &str, quality: &[(&str, &str)]) -> Bid {
    Bid {
        id: id.into(),
        bidder: id.into(),
        price: Some(Money(d(price))),
        placement_rate: Some(Percent(d("60"))),
        consensus: quality
            .iter()
            .map(|(c, p)| Consensus { criterion_id: (*c).into(), points: Some(d(p)), reason: "overleg".into() })
            .collect(),
        ..Bid::default()
    }
}

/// The primer's rank-reversal example: 50/50, quality out of 100, relative to lowest.
fn primer(with_c: bool) -> AwardSetup {
    let mut bids = vec![bid("A", "100000", &[("q", "60")]), bid("B", "125000", &[("q", "78")])];
    if with_c {
        bids.push(bid("C", "50000", &[("q", "5")]));
    }
    AwardSetup {
        criteria: vec![price_crit("50"), quality_crit("q", "50")],
        formula: PriceFormula::RelativeToLowest,
        scale: QualityScale { max_points: d("100"), levels: vec![] },
        bids,
        ..AwardSetup::default()
    }
}

fn totals(o: &Outcome) -> Vec<(String, Decimal)> {
    o.ranking.iter().map(|r| (r.bidder.clone(), r.total)).collect()
}

#[test]
fn primer_example_without_c_a_wins() {
    let e = evaluate(&primer(false));
    assert!(e.blocking().next().is_none(), "{:?}", e.problems);
    let o = e.outcome.expect("outcome");
    assert_eq!(totals(&o), vec![("A".into(), d("80.00")), ("B".into(), d("79.00"))]);
    // contributions: A = 50 (price) + 30 (quality); B = 40 + 39
    assert_eq!(o.ranking[0].contributions, vec![d("50"), d("30")]);
    assert_eq!(o.ranking[1].contributions, vec![d("40"), d("39")]);
    // the plausible cheap extra bid (half the lowest price, lowest quality) flips A and B
    let added = o
        .reversal
        .reversals
        .iter()
        .find(|r| matches!(&r.change, BidChange::Added(h) if h.kind == HypotheticalKind::CheapLowQuality))
        .expect("the cheap extra bid flips A and B");
    let BidChange::Added(h) = &added.change else { unreachable!() };
    assert_eq!(h.price, Money(d("50000")));
    assert_eq!(added.flips.len(), 1);
    let f = added.flips[0];
    assert_eq!((f.was_ahead, f.was_behind), (0, 1));
    assert_eq!(f.totals_before, (d("80"), d("79")));
    assert_eq!(f.totals_after, (d("55"), d("59")));
    assert_eq!((added.best_other_before, added.best_other_after), (0, 1));
    assert!(!added.hypothetical_wins);
    assert_eq!(
        added.references,
        vec![ReferenceChange { kind: ReferenceKind::LowestPrice, from: Money(d("100000")), to: Money(d("50000")) }]
    );
    assert!(e.problems.contains(&Problem::RanksCanReverse { flips: 1 }));
}

#[test]
fn primer_example_with_c_b_wins_and_c_is_the_cause() {
    let e = evaluate(&primer(true));
    let o = e.outcome.expect("outcome");
    assert_eq!(totals(&o), vec![("B".into(), d("59.00")), ("A".into(), d("55.00")), ("C".into(), d("52.50"))]);
    let removed_c = o
        .reversal
        .reversals
        .iter()
        .find(|r| r.change == BidChange::Removed { entry: 2 })
        .expect("removing C flips A and B");
    assert_eq!(removed_c.flips.len(), 1);
    let f = removed_c.flips[0];
    assert_eq!((f.was_ahead, f.was_behind), (1, 0)); // B was ahead, A is ahead without C
    assert_eq!(f.totals_before, (d("59"), d("55")));
    assert_eq!(f.totals_after, (d("79"), d("80")));
    assert_eq!(
        removed_c.references,
        vec![ReferenceChange { kind: ReferenceKind::LowestPrice, from: Money(d("50000")), to: Money(d("100000")) }]
    );
    // removing A or B does not change the lowest price: no flips from them
    assert!(o.reversal.reversals.iter().all(|r| r.change != BidChange::Removed { entry: 0 }));
}

#[test]
fn primer_example_under_absolute_formulas_never_flips() {
    for formula in [
        PriceFormula::FixedBounds { low: Some(Money(d("40000"))), high: Some(Money(d("150000"))) },
        PriceFormula::QualityToPrice,
    ] {
        let mut s = primer(true);
        s.formula = formula;
        s.criteria[1].value_per_point = Some(Money(d("1000")));
        let e = evaluate(&s);
        let o = e.outcome.expect("outcome");
        assert!(o.reversal.absolute);
        assert!(o.reversal.reversals.is_empty(), "{:?}", o.reversal);
    }
}

#[test]
fn timing_full_recompute_100_bids_12_criteria_5_evaluators() {
    let setup = sample_setup(100, 12, 5);
    let first = evaluate(&setup);
    assert!(first.is_valid(), "{:?}", first.blocking().collect::<Vec<_>>());
    let mut times: Vec<std::time::Duration> = (0..50)
        .map(|_| {
            let start = std::time::Instant::now();
            std::hint::black_box(evaluate(std::hint::black_box(&setup)));
            start.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "evaluate(sample_setup(100, 12, 5)): median {:?}, fastest {:?} over 50 runs (debug builds are far slower than release)",
        times[times.len() / 2],
        times[0]
    );
}

#[test]
fn csv_of_the_primer_example() {
    use inkoopwijzer::domain::lang::Lang;
    use inkoopwijzer::render::csv::{award_csv, CsvOptions};
    let mut setup = primer(true);
    setup.bids[2].bidder = "=C Goedkoop; B.V.".into();
    let e = evaluate(&setup);
    let nl = award_csv(&setup, &e, &CsvOptions::for_lang(Lang::Nl));
    println!("{nl}");
    assert!(nl.starts_with('\u{FEFF}'));
    let lines: Vec<&str> = nl.trim_start_matches('\u{FEFF}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Rang;Inschrijver;Prijs per traject (€);Plaatsingspercentage (%);Doorlooptijd (weken);Kosten per resultaat (€);Prijs (50 %, punten);Kwaliteit q (50 %, punten);Totaalscore (punten);Status"
    );
    assert_eq!(lines[1], "1;B;125000,00;60,00;;208333,33;20,00;39,00;59,00;Winnaar");
    assert_eq!(lines[3], "3;\"'=C Goedkoop; B.V.\";50000,00;60,00;;83333,33;50,00;2,50;52,50;Toegelaten");
    let en = award_csv(&setup, &e, &CsvOptions::for_lang(Lang::En));
    assert!(en.contains("1;B;125000.00;60.00;;208333.33;20.00;39.00;59.00;Winner\r\n"));
    println!("{en}");
}

// ---------------------------------------------------------------- more hand-computed cases

fn with_rate(mut b: Bid, rate: &str) -> Bid {
    b.placement_rate = Some(Percent(d(rate)));
    b
}

/// Price 40 %, one quality criterion 60 % on a 0..=10 scale.
fn forty_sixty(formula: PriceFormula, bids: Vec<Bid>) -> AwardSetup {
    AwardSetup { criteria: vec![price_crit("40"), quality_crit("q", "60")], formula, bids, ..AwardSetup::default() }
}

fn outcome_of(setup: &AwardSetup) -> Outcome {
    let e = evaluate(setup);
    assert!(e.blocking().next().is_none(), "unexpected problems: {:?}", e.problems);
    e.outcome.expect("outcome")
}

#[test]
fn linear_between_lowest_and_highest_by_hand() {
    let s = forty_sixty(
        PriceFormula::LinearLowestHighest,
        vec![bid("A", "9000", &[("q", "6")]), bid("B", "10000", &[("q", "8")]), bid("C", "12000", &[("q", "10")])],
    );
    let o = outcome_of(&s);
    // A: 40·3000/3000 + 60·6/10 = 40 + 36; B: 40·2000/3000 = 26.67 + 48; C: 0 + 60
    assert_eq!(totals(&o), vec![("A".into(), d("76")), ("B".into(), d("74.67")), ("C".into(), d("60"))]);
    assert_eq!(o.ranking[1].contributions, vec![d("26.67"), d("48")]);
    // one quality point = (60/10) · (12000 − 9000)/40 = €450, exact at any price
    let pv = o.point_values[0];
    assert_eq!((pv.euros, pv.basis), (Some(Money(d("450"))), PointValueBasis::Exact));
    assert_eq!(pv.euros_per_score_point, Some(Money(d("75"))));
    assert!(!o.reversal.absolute);
}

#[test]
fn fixed_bounds_by_hand_with_clamping() {
    let s = forty_sixty(
        PriceFormula::FixedBounds { low: Some(Money(d("8000"))), high: Some(Money(d("14000"))) },
        vec![
            bid("A", "9000", &[("q", "6")]),
            bid("B", "10000", &[("q", "8")]),
            bid("C", "15000", &[("q", "10")]),
            bid("D", "7000", &[("q", "2")]),
        ],
    );
    let e = evaluate(&s);
    // C and D are outside the bounds: warnings, not blocking
    assert_eq!(e.warnings().filter(|p| matches!(p, Problem::PriceOutsideBounds { .. })).count(), 2);
    let o = e.outcome.expect("outcome");
    // A: 40·5000/6000 = 33.33 + 36; B: 40·4000/6000 = 26.67 + 48; C: 0 + 60; D: 40 + 12
    assert_eq!(
        totals(&o),
        vec![("B".into(), d("74.67")), ("A".into(), d("69.33")), ("C".into(), d("60")), ("D".into(), d("52"))]
    );
    assert_eq!(o.point_values[0].euros, Some(Money(d("900"))));
    assert!(o.reversal.absolute && o.reversal.reversals.is_empty());
    assert_eq!(o.references.bounds, Some((Money(d("8000")), Money(d("14000")))));
}

#[test]
fn quality_to_price_by_hand() {
    let mut q1 = quality_crit("q1", "30");
    q1.value_per_point = Some(Money(d("150")));
    let mut q2 = quality_crit("q2", "30");
    q2.value_per_point = Some(Money(d("100")));
    let mut price = price_crit("40");
    price.weight = None; // quality-to-price needs no weights
    q1.weight = None;
    q2.weight = None;
    let s = AwardSetup {
        criteria: vec![price, q1, q2],
        formula: PriceFormula::QualityToPrice,
        bids: vec![
            bid("A", "10000", &[("q1", "8"), ("q2", "6")]),
            bid("B", "9000", &[("q1", "4"), ("q2", "5")]),
            bid("C", "9500", &[("q1", "6"), ("q2", "6")]),
        ],
        ..AwardSetup::default()
    };
    let o = outcome_of(&s);
    assert_eq!(o.unit, ScoreUnit::Euros);
    // fictive prices: A 10000 − 1200 − 600 = 8200; B 9000 − 600 − 500 = 7900; C 9500 − 900 − 600 = 8000
    assert_eq!(totals(&o), vec![("B".into(), d("7900")), ("C".into(), d("8000")), ("A".into(), d("8200"))]);
    let a = &o.ranking[2];
    assert_eq!(a.contributions, vec![d("10000"), d("-1200"), d("-600")]);
    assert_eq!(a.fictive_price, Some(Money(d("8200"))));
    assert_eq!(a.quality_total, d("1800"));
    // the other formulas need weights: unavailable, with the reason
    assert!(o.alternatives.iter().all(|alt| alt.ranking.is_err()));
    // value sensitivity of q1 (now €150): C takes over above €200 (9500 − 1200 − 600 = 7700
    // = 9000 − 800 − 500); nothing below
    let s1 = o.sensitivity.iter().find(|s| s.criterion == 1).expect("q1");
    assert_eq!(s1.parameter, SensitivityParameter::ValuePerPoint);
    let r = s1.range.expect("range");
    assert_eq!((r.low, r.high, r.below, r.above), (d("0"), Some(d("200")), None, Some(2)));
    assert_eq!(o.point_values[0].basis, PointValueBasis::ValuePerPoint);
    assert_eq!(o.point_values[0].euros, Some(Money(d("150"))));
}

#[test]
fn cost_per_result_by_hand() {
    let s = AwardSetup {
        criteria: vec![price_crit("50"), quality_crit("q", "50")],
        formula: PriceFormula::CostPerResult,
        bids: vec![with_rate(bid("A", "9000", &[("q", "8")]), "50"), with_rate(bid("B", "12000", &[("q", "6")]), "80")],
        ..AwardSetup::default()
    };
    let o = outcome_of(&s);
    // cost per result: A 18 000, B 15 000 (lowest). A: 50·15000/18000 = 41.67 + 40; B: 50 + 30
    assert_eq!(totals(&o), vec![("A".into(), d("81.67")), ("B".into(), d("80"))]);
    assert_eq!(o.ranking[0].cost_per_result, Some(Money(d("18000"))));
    assert_eq!(o.references.lowest_cost_per_result, Some(Money(d("15000"))));
    // one point ≈ (50/10) · 12000/50 = €1200 near the lowest cost per result
    assert_eq!(o.point_values[0].euros, Some(Money(d("1200"))));
    assert_eq!(o.point_values[0].basis, PointValueBasis::AroundLowestCostPerResult);
}

#[test]
fn weight_sensitivity_of_the_primer_example_is_exact() {
    let o = outcome_of(&primer(true));
    // B: 78 − 0.38t, C: 5 + 0.95t with t the price weight: they meet at t = 73/1.33
    let price = o.sensitivity.iter().find(|s| s.criterion == 0).expect("price");
    let r = price.range.expect("range");
    assert_eq!(r.low, d("0"));
    let high = r.high.expect("upper limit");
    let exact = d("73") / d("1.33");
    assert!((high - exact).abs() < d("0.0000000000000000001"), "{high} vs {exact}");
    assert_eq!(r.above, Some(2)); // C
    assert_eq!(r.display_bounds(2), (d("0"), Some(d("54.88"))));
    let quality = o.sensitivity.iter().find(|s| s.criterion == 1).expect("quality");
    let r = quality.range.expect("range");
    assert_eq!(r.display_bounds(2), (d("45.12"), Some(d("100"))));
    assert_eq!(r.below, Some(2));
}

fn evaluators(n: usize) -> Vec<Evaluator> {
    (0..n).map(|i| Evaluator { id: format!("e{i}"), name: format!("Beoordelaar {}", i + 1) }).collect()
}

fn scored_bid(id: &str, price: &str, scores: &[&str]) -> Bid {
    Bid {
        id: id.into(),
        bidder: id.into(),
        price: Some(Money(d(price))),
        scores: scores
            .iter()
            .enumerate()
            .map(|(i, p)| Score { criterion_id: "q".into(), evaluator_id: format!("e{i}"), points: Some(d(p)) })
            .collect(),
        ..Bid::default()
    }
}

#[test]
fn evaluators_mean_spread_disagreement_and_consensus() {
    let mut y = scored_bid("Y", "10000", &["4", "8", "5"]);
    y.consensus = vec![Consensus { criterion_id: "q".into(), points: Some(d("6")), reason: "Plan besproken".into() }];
    let s = AwardSetup {
        evaluators: evaluators(3),
        ..forty_sixty(
            PriceFormula::RelativeToLowest,
            vec![scored_bid("X", "10000", &["7", "8", "8"]), y, scored_bid("Z", "10000", &["2", "9", "5"])],
        )
    };
    let e = evaluate(&s);
    let x = &e.scores[0];
    assert_eq!((x.count, x.spread, x.disagree), (3, Some(d("1")), false));
    assert_eq!(x.mean.map(|m| m.round_dp(2)), Some(d("7.67")));
    assert_eq!(x.source, Some(ScoreSource::Mean));
    let y = &e.scores[1];
    assert_eq!(
        (y.spread, y.disagree, y.used, y.source),
        (Some(d("4")), true, Some(d("6")), Some(ScoreSource::Consensus))
    );
    let z = &e.scores[2];
    assert!(z.disagree);
    // only Z warns: Y's disagreement was settled with a reason
    let disagreements: Vec<_> = e.warnings().filter(|p| matches!(p, Problem::EvaluatorsDisagree { .. })).collect();
    assert_eq!(disagreements.len(), 1);
    assert!(
        matches!(disagreements[0], Problem::EvaluatorsDisagree { bid, spread, .. } if bid.id == "Z" && *spread == d("7"))
    );
    let o = e.outcome.expect("outcome");
    // X: 40 + 60·23/30 = 40 + 46 = 86; Y: 40 + 36 = 76; Z: 40 + 60·16/30 = 72
    assert_eq!(totals(&o), vec![("X".into(), d("86")), ("Y".into(), d("76")), ("Z".into(), d("72"))]);
}

#[test]
fn missing_evaluator_score_blocks_the_outcome() {
    let s = AwardSetup {
        evaluators: evaluators(3),
        ..forty_sixty(
            PriceFormula::RelativeToLowest,
            vec![scored_bid("X", "10000", &["7", "8", "8"]), scored_bid("Y", "9000", &["7", "8"])],
        )
    };
    let e = evaluate(&s);
    assert!(e.outcome.is_none());
    assert!(e.problems.iter().any(|p| matches!(p,
        Problem::MissingScores { bid, evaluator: Some(ev), count: 1, .. } if bid.id == "Y" && ev.id == "e2")));
}

#[test]
fn knocked_out_bids_are_not_scored_and_do_not_set_the_lowest_price() {
    let mut s = forty_sixty(
        PriceFormula::RelativeToLowest,
        vec![
            with_rate(bid("A", "10000", &[("q", "6")]), "60"),
            with_rate(bid("Cheap", "5000", &[("q", "2")]), "40"),
            with_rate(bid("B", "12500", &[("q", "8")]), "70"),
        ],
    );
    s.knockouts = vec![Knockout {
        id: "k".into(),
        description: "Plaatsingspercentage minstens 55 %".into(),
        rule: KnockoutRule::MinPlacementRate { min: Some(Percent(d("55"))) },
    }];
    let e = evaluate(&s);
    assert_eq!(e.admission[1], Admission::Excluded { failed: vec![0] });
    let o = e.outcome.expect("outcome");
    assert_eq!(o.references.lowest_price, Money(d("10000")));
    // A: 40 + 36 = 76; B: 40·10000/12500 = 32 + 48 = 80
    assert_eq!(totals(&o), vec![("B".into(), d("80")), ("A".into(), d("76"))]);
}

#[test]
fn manual_knockout_not_judged_blocks() {
    let mut s = forty_sixty(
        PriceFormula::RelativeToLowest,
        vec![bid("A", "10000", &[("q", "6")]), bid("B", "12500", &[("q", "8")])],
    );
    s.knockouts = vec![Knockout { id: "k".into(), description: "Referenties".into(), rule: KnockoutRule::Manual }];
    s.bids[0].knockouts = vec![KnockoutVerdict { knockout_id: "k".into(), pass: Some(true) }];
    let e = evaluate(&s);
    assert_eq!(e.admission, vec![Admission::Admitted, Admission::Undecided]);
    assert!(e.outcome.is_none());
    assert!(e.problems.iter().any(|p| matches!(p, Problem::KnockoutNotJudged { bid, .. } if bid.id == "B")));
}

#[test]
fn tie_break_rule_quality_then_price_then_entry() {
    // Relative, 50/50, scale 10. A: 50·8000/10000 = 40 + 30 = 70; B: 50 + 20 = 70.
    let s = AwardSetup {
        criteria: vec![price_crit("50"), quality_crit("q", "50")],
        bids: vec![bid("B", "8000", &[("q", "4")]), bid("A", "10000", &[("q", "6")])],
        ..AwardSetup::default()
    };
    let o = outcome_of(&s);
    assert_eq!(totals(&o), vec![("A".into(), d("70")), ("B".into(), d("70"))]);
    assert_eq!(o.ranking[1].tie_with_previous, Some(TieBreakStep::HigherQualityTotal));
    // Fixed bounds, both below the low bound: full price points; the lower price wins.
    let s = AwardSetup {
        criteria: vec![price_crit("50"), quality_crit("q", "50")],
        formula: PriceFormula::FixedBounds { low: Some(Money(d("8000"))), high: Some(Money(d("14000"))) },
        bids: vec![bid("A", "7500", &[("q", "6")]), bid("B", "7000", &[("q", "6")])],
        ..AwardSetup::default()
    };
    let o = outcome_of(&s);
    assert_eq!(o.ranking[0].bidder, "B");
    assert_eq!(o.ranking[1].tie_with_previous, Some(TieBreakStep::LowerPrice));
    // Identical bids: lots decide, as the bestek says; the app shows a tie (one rank), never
    // the one entered first as the winner (issue 17).
    let s = AwardSetup {
        criteria: vec![price_crit("50"), quality_crit("q", "50")],
        bids: vec![bid("First", "9000", &[("q", "6")]), bid("Second", "9000", &[("q", "6")])],
        ..AwardSetup::default()
    };
    let o = outcome_of(&s);
    assert_eq!(o.ranking[1].tie_with_previous, Some(TieBreakStep::Lot));
    assert_eq!((o.ranking[0].rank, o.ranking[1].rank), (1, 1));
    assert_eq!(o.tied_for_first(), vec![0, 1]);
    assert_eq!(o.tie_break, TIE_BREAK_RULE);
}

fn problems_of(s: &AwardSetup) -> Vec<Problem> {
    let e = evaluate(s);
    assert_eq!(e.outcome.is_some(), !e.problems.iter().any(Problem::is_blocking));
    e.problems
}

fn base() -> AwardSetup {
    forty_sixty(
        PriceFormula::RelativeToLowest,
        vec![bid("A", "10000", &[("q", "6")]), bid("B", "12500", &[("q", "8")])],
    )
}

#[test]
fn invalid_inputs_are_clear_problems_not_panics() {
    let named_a = Named { id: "A".into(), name: "A".into() };
    let mut s = base();
    s.bids[0].price = Some(Money(d("0")));
    assert!(problems_of(&s).contains(&Problem::Price { bid: named_a.clone(), issue: NumberIssue::Zero }));
    s.bids[0].price = Some(Money(d("-5")));
    assert!(problems_of(&s).contains(&Problem::Price { bid: named_a.clone(), issue: NumberIssue::Negative }));
    s.bids[0].price = Some(Money(Decimal::MAX));
    assert!(problems_of(&s).contains(&Problem::Price { bid: named_a.clone(), issue: NumberIssue::TooLarge }));
    s.bids[0].price = None;
    assert!(problems_of(&s).contains(&Problem::Price { bid: named_a.clone(), issue: NumberIssue::Missing }));

    let mut s = base();
    s.criteria[1].weight = Some(Percent(d("50")));
    assert!(problems_of(&s).contains(&Problem::WeightsNotHundred { total: d("90") }));
    s.criteria[1].weight = Some(Percent(Decimal::MAX));
    assert!(problems_of(&s).iter().any(|p| matches!(p, Problem::Weight { issue: NumberIssue::AboveHundred, .. })));
    s.criteria[1].weight = Some(Percent(d("59.995")));
    assert!(problems_of(&s).iter().any(|p| matches!(p, Problem::Weight { issue: NumberIssue::TooManyDecimals, .. })));

    let mut s = base();
    s.bids[1].price = Some(Money(d("10000")));
    s.formula = PriceFormula::LinearLowestHighest;
    assert!(problems_of(&s).contains(&Problem::LowestEqualsHighest { price: Money(d("10000")) }));

    let mut s = base();
    s.formula = PriceFormula::CostPerResult;
    s.bids[0].placement_rate = Some(Percent(d("0")));
    assert!(problems_of(&s).contains(&Problem::PlacementRate { bid: named_a.clone(), issue: NumberIssue::Zero }));
    s.bids[0].placement_rate = None;
    assert!(problems_of(&s).contains(&Problem::PlacementRate { bid: named_a.clone(), issue: NumberIssue::Missing }));
    s.bids[0].placement_rate = Some(Percent(d("101")));
    assert!(problems_of(&s).contains(&Problem::PlacementRate { bid: named_a, issue: NumberIssue::AboveHundred }));

    let mut s = base();
    s.formula = PriceFormula::FixedBounds { low: Some(Money(d("9000"))), high: Some(Money(d("9000"))) };
    assert!(problems_of(&s).contains(&Problem::BoundsNotIncreasing { low: Money(d("9000")), high: Money(d("9000")) }));
    s.formula = PriceFormula::FixedBounds { low: None, high: Some(Money(d("9000"))) };
    assert!(problems_of(&s).contains(&Problem::Bound { side: problem::BoundSide::Low, issue: NumberIssue::Missing }));

    let mut s = base();
    s.bids.clear();
    assert!(problems_of(&s).contains(&Problem::NoBids));
    let mut s = base();
    s.criteria.clear();
    assert!(problems_of(&s).contains(&Problem::NoCriteria));
    let mut s = base();
    s.scale.max_points = d("0");
    assert!(problems_of(&s).contains(&Problem::ScaleMax { issue: NumberIssue::Zero }));
    let mut s = base();
    s.bids[0].consensus[0].points = Some(d("11"));
    assert!(problems_of(&s).iter().any(|p| matches!(p, Problem::ScoreOutOfRange { evaluator: None, .. })));
    let mut s = base();
    s.scale.levels = vec![
        NamedLevel { id: String::new(), label: "onvoldoende".into(), points: d("0") },
        NamedLevel { id: String::new(), label: "goed".into(), points: d("7") },
        NamedLevel { id: String::new(), label: "uitstekend".into(), points: d("10") },
    ];
    assert!(problems_of(&s).iter().any(|p| matches!(p, Problem::ScoreNotALevel { .. })));
    let mut s = base();
    s.criteria[0].kind = CriterionKind::Quality;
    s.criteria[1].kind = CriterionKind::Price;
    s.criteria.push(price_crit("0"));
    assert!(problems_of(&s).contains(&Problem::MultiplePriceCriteria { count: 2 }));
}

#[test]
fn one_bid_is_a_warning_and_still_scored() {
    let mut s = base();
    s.bids.truncate(1);
    let e = evaluate(&s);
    assert!(e.problems.contains(&Problem::SingleBid));
    assert_eq!(Problem::SingleBid.severity(), Severity::Warning);
    let o = e.outcome.expect("one bid can be scored");
    assert_eq!(totals(&o), vec![("A".into(), d("76"))]);
    // linear between lowest and highest cannot score one bid
    s.formula = PriceFormula::LinearLowestHighest;
    assert!(evaluate(&s).outcome.is_none());
}

#[test]
fn alternatives_rank_the_same_bids_with_every_other_formula() {
    let mut s = primer(true);
    s.criteria[1].value_per_point = Some(Money(d("1000")));
    let o = outcome_of(&s);
    let kinds: Vec<FormulaKind> = o.alternatives.iter().map(|a| a.formula).collect();
    assert_eq!(
        kinds,
        vec![
            FormulaKind::LinearLowestHighest,
            FormulaKind::FixedBounds,
            FormulaKind::QualityToPrice,
            FormulaKind::CostPerResult
        ]
    );
    let linear = &o.alternatives[0];
    // C 50 + 2.5; A 50·25/75 = 16.67 + 30; B 0 + 39
    assert_eq!(
        linear.ranking.as_ref().expect("linear").iter().map(|e| (e.entry, e.total)).collect::<Vec<_>>(),
        vec![(2, d("52.5")), (0, d("46.67")), (1, d("39"))]
    );
    assert!(!linear.same_winner);
    // fixed bounds need published bounds
    assert!(o.alternatives[1].ranking.is_err());
    // quality-to-price: A 100000 − 60000 = 40000; B 125000 − 78000 = 47000; C 50000 − 5000 = 45000
    let qtp = o.alternatives[2].ranking.as_ref().expect("qtp");
    assert_eq!(
        qtp.iter().map(|e| (e.entry, e.total)).collect::<Vec<_>>(),
        vec![(0, d("40000")), (2, d("45000")), (1, d("47000"))]
    );
    assert!(o.alternatives[3].same_winner);
}

#[test]
fn messages_exist_in_both_languages() {
    use inkoopwijzer::domain::lang::Lang;
    use inkoopwijzer::test_texts::problem_message;
    let mut s = primer(true);
    s.bids[0].price = Some(Money(d("0")));
    let e = evaluate(&s);
    for p in &e.problems {
        let nl = problem_message(p, Lang::Nl);
        let en = problem_message(p, Lang::En);
        assert!(!nl.is_empty() && !en.is_empty() && nl != en, "{nl} / {en}");
    }
    assert_eq!(
        problem_message(&Problem::WeightsNotHundred { total: d("90") }, Lang::Nl),
        "De wegingen tellen op tot 90 %, niet tot 100 %."
    );
}

#[test]
fn an_empty_score_sheet_is_one_problem_per_evaluator_and_stays_fast() {
    let mut s = sample_setup(100, 12, 5);
    for b in &mut s.bids {
        b.scores.clear();
        b.consensus.clear();
    }
    let start = std::time::Instant::now();
    let e = evaluate(&s);
    let elapsed = start.elapsed();
    let missing: Vec<&Problem> = e.problems.iter().filter(|p| matches!(p, Problem::MissingScores { .. })).collect();
    assert_eq!(missing.len(), 5);
    assert!(matches!(missing[0], Problem::MissingScores { count: 1100, evaluator: Some(ev), .. } if ev.id == "e0"));
    assert!(e.outcome.is_none());
    println!("evaluate with an empty score sheet: {elapsed:?}");
}

#[test]
fn bids_only_lots_can_separate_share_their_rank_and_the_next_rank_skips() {
    // Relative, 50/50, lowest price 8000 (D). A and C identical (9000, 6): 44,44 + 30 = 74,44
    // each; B (9000, 4) 64,44; D (8000, 2) 50 + 10 = 60. Entered D, A, B, C: A and C tie.
    let s = AwardSetup {
        criteria: vec![price_crit("50"), quality_crit("q", "50")],
        bids: vec![
            bid("D", "8000", &[("q", "2")]),
            bid("A", "9000", &[("q", "6")]),
            bid("B", "9000", &[("q", "4")]),
            bid("C", "9000", &[("q", "6")]),
        ],
        ..AwardSetup::default()
    };
    let o = outcome_of(&s);
    let ranks: Vec<(String, usize)> = o.ranking.iter().map(|r| (r.bidder.clone(), r.rank)).collect();
    assert_eq!(ranks, vec![("A".into(), 1), ("C".into(), 1), ("B".into(), 3), ("D".into(), 4)]);
    assert_eq!(o.tied_for_first(), vec![1, 3], "A and C share the first place");
    // Reversing the entry order changes no rank: nothing is decided by entry order.
    let mut reversed = s.clone();
    reversed.bids.reverse();
    let o2 = outcome_of(&reversed);
    let mut ranks2: Vec<(String, usize)> = o2.ranking.iter().map(|r| (r.bidder.clone(), r.rank)).collect();
    ranks2.sort();
    let mut ranks1 = ranks.clone();
    ranks1.sort();
    assert_eq!(ranks1, ranks2);
    assert_eq!(o2.tied_for_first().len(), 2);
    // A tie lower down: the winner is clear, the two below share rank 2.
    let s = AwardSetup {
        criteria: vec![price_crit("50"), quality_crit("q", "50")],
        bids: vec![bid("X", "9000", &[("q", "4")]), bid("W", "8000", &[("q", "9")]), bid("Y", "9000", &[("q", "4")])],
        ..AwardSetup::default()
    };
    let o = outcome_of(&s);
    let ranks: Vec<(String, usize)> = o.ranking.iter().map(|r| (r.bidder.clone(), r.rank)).collect();
    assert_eq!(ranks, vec![("W".into(), 1), ("X".into(), 2), ("Y".into(), 2)]);
    assert!(o.tied_for_first().is_empty());
    // Equal totals that the bestek's computable steps separate keep distinct ranks.
    let s = AwardSetup {
        criteria: vec![price_crit("50"), quality_crit("q", "50")],
        bids: vec![bid("B", "8000", &[("q", "4")]), bid("A", "10000", &[("q", "6")])],
        ..AwardSetup::default()
    };
    let o = outcome_of(&s);
    assert_eq!((o.ranking[0].rank, o.ranking[1].rank), (1, 2));
    assert!(o.tied_for_first().is_empty());
}
