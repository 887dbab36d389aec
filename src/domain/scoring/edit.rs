//! Edits of the award set-up that take dependent data along: adding and removing a criterion,
//! an evaluator or a knock-out requirement, removing a named level of the scale or a bid, and
//! putting a removed entry back (undo). Step 3 and the bid comparison both edit through these.
//!
//! Invariants:
//! - After a removal nothing in the set-up refers to the removed id: a criterion takes its
//!   evaluators' scores and its agreed scores along, an evaluator their scores, a knock-out
//!   requirement its verdicts. What was taken travels in the [`Removed`] value.
//! - [`AwardSetup::restore`] of the value that the last removal returned gives back the
//!   identical set-up, positions included (the entry in its list, and every score, agreed
//!   score or verdict at its index in its bid's list).
//! - Restoring onto a set-up that changed in between is safe: a position past the end goes to
//!   the end, what belonged to a bid that is gone stays gone, and an entry whose id is in the
//!   set-up again is not added twice (`restore` then changes nothing and returns `false`).

use super::model::{
    AwardSetup, Bid, Consensus, Criterion, Evaluator, Knockout, KnockoutRule, KnockoutVerdict, NamedLevel, Score,
};

/// Entries taken out of one list of one bid, each with the index it had there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taken<T> {
    /// The bid's index in `AwardSetup::bids` at the time.
    pub bid: usize,
    /// The bid's id (found by id if the bids moved in between).
    pub bid_id: String,
    /// The entries with their former indices, in increasing order of index.
    pub entries: Vec<(usize, T)>,
}

/// An entry removed from the award set-up with everything that referred to it, kept so that
/// [`AwardSetup::restore`] can put it back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Removed {
    /// An award criterion, its evaluators' scores and its agreed scores.
    Criterion { pos: usize, criterion: Criterion, scores: Vec<Taken<Score>>, consensus: Vec<Taken<Consensus>> },
    /// An evaluator and their scores.
    Evaluator { pos: usize, evaluator: Evaluator, scores: Vec<Taken<Score>> },
    /// A knock-out requirement and the verdicts on it.
    Knockout { pos: usize, knockout: Knockout, verdicts: Vec<Taken<KnockoutVerdict>> },
    /// A named level of the quality scale.
    Level { pos: usize, level: NamedLevel },
    /// A bid (its scores, agreed scores and verdicts are inside it).
    Bid { pos: usize, bid: Bid },
}

impl Removed {
    /// Where the entry stood in its list.
    pub fn pos(&self) -> usize {
        match self {
            Removed::Criterion { pos, .. }
            | Removed::Evaluator { pos, .. }
            | Removed::Knockout { pos, .. }
            | Removed::Level { pos, .. }
            | Removed::Bid { pos, .. } => *pos,
        }
    }

    /// The id of the removed entry (a named level has none).
    pub fn id(&self) -> Option<&str> {
        match self {
            Removed::Criterion { criterion, .. } => Some(&criterion.id),
            Removed::Evaluator { evaluator, .. } => Some(&evaluator.id),
            Removed::Knockout { knockout, .. } => Some(&knockout.id),
            Removed::Level { .. } => None,
            Removed::Bid { bid, .. } => Some(&bid.id),
        }
    }
}

/// Takes the entries of one list of every bid that `hit` selects, with their indices.
fn take_from_bids<T>(bids: &mut [Bid], list: fn(&mut Bid) -> &mut Vec<T>, hit: impl Fn(&T) -> bool) -> Vec<Taken<T>> {
    let mut taken = Vec::new();
    for (bid, b) in bids.iter_mut().enumerate() {
        let items = list(b);
        let mut entries = Vec::new();
        for (i, x) in std::mem::take(items).into_iter().enumerate() {
            if hit(&x) {
                entries.push((i, x));
            } else {
                items.push(x);
            }
        }
        if !entries.is_empty() {
            taken.push(Taken { bid, bid_id: b.id.clone(), entries });
        }
    }
    taken
}

/// Puts taken entries back at their indices: into the bid at the recorded index if it still has
/// the recorded id, else into the first bid with that id, else nowhere.
fn put_back<T>(bids: &mut [Bid], list: fn(&mut Bid) -> &mut Vec<T>, taken: Vec<Taken<T>>) {
    for t in taken {
        let at = match bids.get(t.bid) {
            Some(b) if b.id == t.bid_id => Some(t.bid),
            _ => bids.iter().position(|b| b.id == t.bid_id),
        };
        let Some(b) = at.and_then(|i| bids.get_mut(i)) else { continue };
        let items = list(b);
        for (i, x) in t.entries {
            items.insert(i.min(items.len()), x);
        }
    }
}

fn scores(b: &mut Bid) -> &mut Vec<Score> {
    &mut b.scores
}

fn consensus(b: &mut Bid) -> &mut Vec<Consensus> {
    &mut b.consensus
}

fn verdicts(b: &mut Bid) -> &mut Vec<KnockoutVerdict> {
    &mut b.knockouts
}

impl AwardSetup {
    /// Adds an empty quality criterion with this id at the end.
    pub fn add_criterion(&mut self, id: String) {
        self.criteria.push(Criterion { id, ..Criterion::default() });
    }

    /// Adds an evaluator with this id and name at the end.
    pub fn add_evaluator(&mut self, id: String, name: String) {
        self.evaluators.push(Evaluator { id, name });
    }

    /// Adds a knock-out requirement with this id at the end: no description yet, judged on a
    /// minimum placement rate that is not set yet.
    pub fn add_knockout(&mut self, id: String) {
        self.knockouts.push(Knockout {
            id,
            description: String::new(),
            rule: KnockoutRule::MinPlacementRate { min: None },
        });
    }

    /// Removes the criterion with this id, with every bid's scores and agreed scores on it.
    /// `None` (and no change) if there is no such criterion.
    pub fn remove_criterion(&mut self, id: &str) -> Option<Removed> {
        let pos = self.criteria.iter().position(|c| c.id == id)?;
        let criterion = self.criteria.remove(pos);
        let scores = take_from_bids(&mut self.bids, scores, |s| s.criterion_id == id);
        let consensus = take_from_bids(&mut self.bids, consensus, |k| k.criterion_id == id);
        Some(Removed::Criterion { pos, criterion, scores, consensus })
    }

    /// Removes the evaluator with this id, with their scores in every bid.
    /// `None` (and no change) if there is no such evaluator.
    pub fn remove_evaluator(&mut self, id: &str) -> Option<Removed> {
        let pos = self.evaluators.iter().position(|e| e.id == id)?;
        let evaluator = self.evaluators.remove(pos);
        let scores = take_from_bids(&mut self.bids, scores, |s| s.evaluator_id == id);
        Some(Removed::Evaluator { pos, evaluator, scores })
    }

    /// Removes the knock-out requirement with this id, with every bid's verdict on it.
    /// `None` (and no change) if there is no such requirement.
    pub fn remove_knockout(&mut self, id: &str) -> Option<Removed> {
        let pos = self.knockouts.iter().position(|k| k.id == id)?;
        let knockout = self.knockouts.remove(pos);
        let verdicts = take_from_bids(&mut self.bids, verdicts, |v| v.knockout_id == id);
        Some(Removed::Knockout { pos, knockout, verdicts })
    }

    /// Removes the named level at this index of the scale. `None` if there is none.
    pub fn remove_level(&mut self, index: usize) -> Option<Removed> {
        (index < self.scale.levels.len()).then(|| Removed::Level { pos: index, level: self.scale.levels.remove(index) })
    }

    /// Removes the bid with this id. `None` (and no change) if there is no such bid.
    pub fn remove_bid(&mut self, id: &str) -> Option<Removed> {
        let pos = self.bids.iter().position(|b| b.id == id)?;
        Some(Removed::Bid { pos, bid: self.bids.remove(pos) })
    }

    /// Puts back what a removal took out, at the positions it had. Returns `false`, changing
    /// nothing, when an entry with the same id is in the set-up again.
    pub fn restore(&mut self, removed: Removed) -> bool {
        match removed {
            Removed::Criterion { pos, criterion, scores: s, consensus: k } => {
                if self.criteria.iter().any(|c| c.id == criterion.id) {
                    return false;
                }
                self.criteria.insert(pos.min(self.criteria.len()), criterion);
                put_back(&mut self.bids, scores, s);
                put_back(&mut self.bids, consensus, k);
            }
            Removed::Evaluator { pos, evaluator, scores: s } => {
                if self.evaluators.iter().any(|e| e.id == evaluator.id) {
                    return false;
                }
                self.evaluators.insert(pos.min(self.evaluators.len()), evaluator);
                put_back(&mut self.bids, scores, s);
            }
            Removed::Knockout { pos, knockout, verdicts: v } => {
                if self.knockouts.iter().any(|k| k.id == knockout.id) {
                    return false;
                }
                self.knockouts.insert(pos.min(self.knockouts.len()), knockout);
                put_back(&mut self.bids, verdicts, v);
            }
            Removed::Level { pos, level } => {
                self.scale.levels.insert(pos.min(self.scale.levels.len()), level);
            }
            Removed::Bid { pos, bid } => {
                if self.bids.iter().any(|b| b.id == bid.id) {
                    return false;
                }
                self.bids.insert(pos.min(self.bids.len()), bid);
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scoring::sample_setup;
    use rust_decimal::Decimal;

    fn score(c: &str, e: &str, p: i64) -> Score {
        Score { criterion_id: c.into(), evaluator_id: e.into(), points: Some(Decimal::from(p)) }
    }

    fn setup() -> AwardSetup {
        let mut a = AwardSetup::default();
        for id in ["c1", "c2", "c3"] {
            a.add_criterion(id.into());
        }
        a.add_evaluator("e1".into(), "Ann".into());
        a.add_evaluator("e2".into(), "Bob".into());
        a.add_knockout("k1".into());
        a.add_knockout("k2".into());
        a.bids = vec![
            Bid {
                id: "b1".into(),
                scores: vec![score("c1", "e1", 5), score("c2", "e1", 6), score("c1", "e2", 7), score("c2", "e2", 8)],
                consensus: vec![
                    Consensus { criterion_id: "c2".into(), points: Some(Decimal::ONE), reason: "r".into() },
                    Consensus { criterion_id: "c1".into(), points: None, reason: String::new() },
                ],
                knockouts: vec![
                    KnockoutVerdict { knockout_id: "k2".into(), pass: Some(true) },
                    KnockoutVerdict { knockout_id: "k1".into(), pass: Some(false) },
                ],
                ..Bid::default()
            },
            Bid { id: "b2".into(), scores: vec![score("c2", "e2", 3)], ..Bid::default() },
        ];
        a
    }

    #[test]
    fn adds_entries_at_the_end() {
        let a = setup();
        assert_eq!(a.criteria.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["c1", "c2", "c3"]);
        assert_eq!(a.criteria[0], Criterion { id: "c1".into(), ..Criterion::default() });
        assert_eq!(a.evaluators[1], Evaluator { id: "e2".into(), name: "Bob".into() });
        assert_eq!(a.knockouts[1].rule, KnockoutRule::MinPlacementRate { min: None });
        assert!(a.knockouts[1].description.is_empty());
    }

    #[test]
    fn removing_a_criterion_takes_its_scores_and_agreed_scores_along() {
        let before = setup();
        let mut a = before.clone();
        let removed = a.remove_criterion("c1").expect("present");
        assert_eq!(a.criteria.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["c2", "c3"]);
        assert!(a.bids.iter().all(|b| b.scores.iter().all(|s| s.criterion_id != "c1")));
        assert!(a.bids.iter().all(|b| b.consensus.iter().all(|k| k.criterion_id != "c1")));
        assert_eq!(a.bids[0].scores, vec![score("c2", "e1", 6), score("c2", "e2", 8)]);
        assert_eq!(a.bids[1], before.bids[1]);
        assert_eq!(removed.pos(), 0);
        assert_eq!(removed.id(), Some("c1"));
        assert!(a.restore(removed));
        assert_eq!(a, before);
    }

    #[test]
    fn removing_an_evaluator_takes_their_scores_along() {
        let before = setup();
        let mut a = before.clone();
        let removed = a.remove_evaluator("e2").expect("present");
        assert_eq!(a.bids[0].scores, vec![score("c1", "e1", 5), score("c2", "e1", 6)]);
        assert!(a.bids[1].scores.is_empty());
        assert_eq!(a.bids[0].consensus, before.bids[0].consensus);
        assert!(a.restore(removed));
        assert_eq!(a, before);
    }

    #[test]
    fn removing_a_knockout_takes_its_verdicts_along() {
        let before = setup();
        let mut a = before.clone();
        let removed = a.remove_knockout("k2").expect("present");
        assert_eq!(a.bids[0].knockouts, vec![KnockoutVerdict { knockout_id: "k1".into(), pass: Some(false) }]);
        assert!(a.restore(removed));
        assert_eq!(a, before);
    }

    #[test]
    fn removing_levels_and_bids_restores_positions() {
        let mut before = setup();
        before.scale.levels = vec![
            NamedLevel { id: String::new(), label: "laag".into(), points: Decimal::ZERO },
            NamedLevel { id: String::new(), label: "hoog".into(), points: Decimal::TEN },
        ];
        let mut a = before.clone();
        let level = a.remove_level(0).expect("present");
        assert_eq!(a.scale.levels.len(), 1);
        assert_eq!(level.id(), None);
        assert!(a.remove_level(5).is_none());
        let bid = a.remove_bid("b1").expect("present");
        assert_eq!(a.bids.len(), 1);
        assert!(a.restore(bid));
        assert!(a.restore(level));
        assert_eq!(a, before);
    }

    #[test]
    fn removing_what_is_not_there_changes_nothing() {
        let before = setup();
        let mut a = before.clone();
        assert!(a.remove_criterion("nope").is_none());
        assert!(a.remove_evaluator("nope").is_none());
        assert!(a.remove_knockout("nope").is_none());
        assert!(a.remove_bid("nope").is_none());
        assert_eq!(a, before);
    }

    #[test]
    fn restore_is_safe_after_other_edits() {
        let mut a = setup();
        let removed = a.remove_criterion("c2").expect("present");
        // The same undo twice: the second one finds the criterion back and changes nothing.
        assert!(a.restore(removed.clone()));
        let once = a.clone();
        assert!(!a.restore(removed.clone()));
        assert_eq!(a, once);
        // The bid that held scores is gone in between: the criterion comes back, its scores
        // of that bid do not, and the other bid gets its own back.
        let removed = a.remove_criterion("c2").expect("present");
        a.remove_bid("b1");
        a.criteria.clear();
        assert!(a.restore(removed));
        assert_eq!(a.criteria.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["c2"]);
        assert_eq!(a.bids[0].scores, vec![score("c2", "e2", 3)]);
    }

    #[test]
    fn restore_finds_a_bid_that_moved() {
        let before = setup();
        let mut a = before.clone();
        let removed = a.remove_evaluator("e2").expect("present");
        a.bids.swap(0, 1);
        assert!(a.restore(removed));
        a.bids.swap(0, 1);
        assert_eq!(a, before);
    }

    #[test]
    fn sample_setups_round_trip() {
        let before = sample_setup(5, 3, 2);
        for id in before.criteria.iter().map(|c| c.id.clone()) {
            let mut a = before.clone();
            let removed = a.remove_criterion(&id).expect("present");
            assert!(a.bids.iter().all(|b| b.scores.iter().all(|s| s.criterion_id != id)));
            assert!(a.bids.iter().all(|b| b.consensus.iter().all(|k| k.criterion_id != id)));
            assert!(a.restore(removed));
            assert_eq!(a, before);
        }
    }
}
