//! Hand-computed examples of the award arithmetic, through the public API.
#![cfg(not(target_arch = "wasm32"))]

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
    assert_eq!(
        totals(&o),
        vec![("B".into(), d("59.00")), ("A".into(), d("55.00")), ("C".into(), d("52.50"))]
    );
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
    use inkoopwijzer::domain::csv::{award_csv, CsvOptions};
    use inkoopwijzer::i18n::Lang;
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
