//! Properties of the award set-up's edits (`domain::scoring::edit`): a removal leaves nothing
//! that refers to the removed id, and undoing removals (last one first) gives back the
//! identical set-up, positions included.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests stop at the first surprise

use inkoopwijzer::domain::scoring::model::*;
use inkoopwijzer::domain::scoring::Removed;
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Ids that lists use: a few existing ones and one that no entry has (an orphan reference).
const CRITERIA: [&str; 4] = ["c0", "c1", "c2", "c-gone"];
const EVALUATORS: [&str; 4] = ["e0", "e1", "e2", "e-gone"];
const KNOCKOUTS: [&str; 3] = ["k0", "k1", "k-gone"];

fn arb_bid(idx: usize) -> impl Strategy<Value = Bid> {
    let ids = (prop::sample::select(CRITERIA.to_vec()), prop::sample::select(EVALUATORS.to_vec()));
    let score = (ids, prop::option::of(0i64..=10)).prop_map(|((c, e), p)| Score {
        criterion_id: c.into(),
        evaluator_id: e.into(),
        points: p.map(Decimal::from),
    });
    let agreed = (prop::sample::select(CRITERIA.to_vec()), prop::option::of(0i64..=10)).prop_map(|(c, p)| Consensus {
        criterion_id: c.into(),
        points: p.map(Decimal::from),
        reason: format!("r {c}"),
    });
    let verdict = (prop::sample::select(KNOCKOUTS.to_vec()), prop::option::of(any::<bool>()))
        .prop_map(|(k, pass)| KnockoutVerdict { knockout_id: k.into(), pass });
    use prop::collection::vec;
    let lists = (vec(score, 0..8), vec(agreed, 0..4), vec(verdict, 0..4));
    lists.prop_map(move |(scores, consensus, knockouts)| Bid {
        id: format!("b{idx}"),
        bidder: format!("Bidder {idx}"),
        scores,
        consensus,
        knockouts,
        ..Bid::default()
    })
}

fn arb_setup() -> impl Strategy<Value = AwardSetup> {
    (0usize..=3, 0usize..=3, 0usize..=2, 0usize..=3, 0usize..=4).prop_flat_map(|(nc, ne, nk, nl, nb)| {
        let bids = (0..nb).map(arb_bid).collect::<Vec<_>>();
        (Just((nc, ne, nk, nl)), bids).prop_map(|((nc, ne, nk, nl), bids)| {
            let mut a = AwardSetup::default();
            (0..nc).for_each(|i| a.add_criterion(format!("c{i}")));
            (0..ne).for_each(|i| a.add_evaluator(format!("e{i}"), format!("Evaluator {i}")));
            (0..nk).for_each(|i| a.add_knockout(format!("k{i}")));
            a.scale.levels = (0..nl)
                .map(|i| NamedLevel { id: String::new(), label: format!("l{i}"), points: Decimal::from(i) })
                .collect();
            a.bids = bids;
            a
        })
    })
}

/// One removal: which list, and an index into a list of candidate ids (existing or not).
#[derive(Debug, Clone, Copy)]
enum Op {
    Criterion(usize),
    Evaluator(usize),
    Knockout(usize),
    Level(usize),
    Bid(usize),
}

fn arb_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0usize..4).prop_map(Op::Criterion),
        (0usize..4).prop_map(Op::Evaluator),
        (0usize..3).prop_map(Op::Knockout),
        (0usize..4).prop_map(Op::Level),
        (0usize..5).prop_map(Op::Bid),
    ]
}

fn apply(a: &mut AwardSetup, op: Op) -> Option<Removed> {
    match op {
        Op::Criterion(i) => a.remove_criterion(CRITERIA[i]),
        Op::Evaluator(i) => a.remove_evaluator(EVALUATORS[i]),
        Op::Knockout(i) => a.remove_knockout(KNOCKOUTS[i]),
        Op::Level(i) => a.remove_level(i),
        Op::Bid(i) => a.remove_bid(&format!("b{i}")),
    }
}

/// No score, agreed score or verdict refers to the removed entry.
fn nothing_refers_to(a: &AwardSetup, removed: &Removed) -> bool {
    match removed {
        Removed::Criterion { criterion: c, .. } => a.bids.iter().all(|b| {
            b.scores.iter().all(|s| s.criterion_id != c.id) && b.consensus.iter().all(|k| k.criterion_id != c.id)
        }),
        Removed::Evaluator { evaluator: e, .. } => {
            a.bids.iter().all(|b| b.scores.iter().all(|s| s.evaluator_id != e.id))
        }
        Removed::Knockout { knockout: k, .. } => {
            a.bids.iter().all(|b| b.knockouts.iter().all(|v| v.knockout_id != k.id))
        }
        Removed::Level { .. } | Removed::Bid { .. } => true,
    }
}

proptest! {
    #[test]
    fn remove_then_restore_gives_back_the_identical_setup(before in arb_setup(), op in arb_op()) {
        let mut a = before.clone();
        match apply(&mut a, op) {
            None => prop_assert_eq!(&a, &before),
            Some(removed) => {
                prop_assert!(nothing_refers_to(&a, &removed), "{removed:?} left references in {a:?}");
                prop_assert!(a.restore(removed));
                prop_assert_eq!(&a, &before);
            }
        }
    }

    #[test]
    fn undoing_many_removals_last_first_gives_back_the_identical_setup(
        before in arb_setup(),
        ops in prop::collection::vec(arb_op(), 1..8),
    ) {
        let mut a = before.clone();
        let mut undo = Vec::new();
        for op in ops {
            if let Some(removed) = apply(&mut a, op) {
                prop_assert!(nothing_refers_to(&a, &removed));
                undo.push(removed);
            }
        }
        while let Some(removed) = undo.pop() {
            prop_assert!(a.restore(removed));
        }
        prop_assert_eq!(&a, &before);
    }

    #[test]
    fn removing_a_criterion_keeps_every_other_score(before in arb_setup(), i in 0usize..4) {
        let mut a = before.clone();
        let id = CRITERIA[i];
        let removed = a.remove_criterion(id).is_some();
        let on_it = |c: &str| removed && c == id;
        for (after, b) in a.bids.iter().zip(&before.bids) {
            let scores: Vec<&Score> = b.scores.iter().filter(|s| !on_it(&s.criterion_id)).collect();
            let agreed: Vec<&Consensus> = b.consensus.iter().filter(|k| !on_it(&k.criterion_id)).collect();
            prop_assert_eq!(after.scores.iter().collect::<Vec<_>>(), scores);
            prop_assert_eq!(after.consensus.iter().collect::<Vec<_>>(), agreed);
            prop_assert_eq!(&after.knockouts, &b.knockouts);
        }
    }
}
