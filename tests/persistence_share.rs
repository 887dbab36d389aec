//! Working together by file, through the session: a contact municipality sends a dossier,
//! two municipalities fill in their own parts in their own browsers (one also changes what
//! the contact changed: a conflict), and the contact merges both files back.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use inkoopwijzer::domain::dossier::{Dossier, Participant};
use inkoopwijzer::domain::money::Money;
use inkoopwijzer::domain::steps::Step;
use inkoopwijzer::persistence::envelope::{read_envelope, Read};
use inkoopwijzer::persistence::import::{ImportError, ImportSource};
use inkoopwijzer::persistence::kv::{KeyValue, MemoryKv, StoreError};
use inkoopwijzer::persistence::merge::{ChangeKind, Choice};
use inkoopwijzer::persistence::session::{Env, Session, StorageMode};
use inkoopwijzer::persistence::share::{Part, Sender};
use inkoopwijzer::persistence::store::Store;
use rust_decimal::Decimal;
use std::cell::RefCell;
use std::rc::Rc;

struct Clock {
    tick: u64,
    name: &'static str,
}

impl Env for Clock {
    fn now_iso(&mut self) -> String {
        self.tick += 1;
        format!("2026-12-06T10:{:02}:{:02}.000Z", self.tick / 60 % 60, self.tick % 60)
    }

    fn now_ms(&mut self) -> f64 {
        self.tick as f64 * 1000.0
    }

    fn new_id(&mut self) -> String {
        self.tick += 1;
        format!("{}{}", self.name, self.tick)
    }
}

type Browser = Session<MemoryKv, Clock>;

fn browser(name: &'static str) -> Browser {
    Session::start(Store::new(MemoryKv::new(), name), StorageMode::Local, false, Clock { tick: 0, name }, MemoryKv::new)
}

fn sender(municipality: &str, name: &str) -> Sender {
    Sender { municipality: municipality.into(), name: name.into() }
}

fn participant(id: &str, name: &str) -> Participant {
    Participant { id: id.into(), name: name.into(), ..Participant::default() }
}

/// Imports a colleague's file as a new dossier and returns it as opened.
fn receive(b: &mut Browser, text: &str) -> Dossier {
    let plan = b.parse_import(text.as_bytes()).unwrap();
    assert_eq!(plan.source, ImportSource::Share);
    assert!(plan.mergeable().is_none(), "new in this browser");
    let ids = b.apply_share_import(None, &plan, &[], "(kopie)").unwrap();
    assert!(b.open(None, &ids[0]));
    b.take_changes().current.flatten().unwrap()
}

fn edit(b: &mut Browser, d: &mut Dossier, f: impl FnOnce(&mut Dossier)) {
    f(d);
    b.edited(d);
    assert!(b.flush(Some(d)));
}

#[test]
fn two_municipalities_edit_one_dossier_and_the_contact_merges_both() {
    // The contact municipality prepares the dossier and sends it.
    let mut contact = browser("c");
    let mut d0 = Dossier { name: "Samen inkopen 2027".into(), ..Dossier::default() };
    d0.exploration.title = "Re-integratie Holland Rijnland".into();
    d0.exploration.participants = vec![participant("p1", "Leiden"), participant("p2", "Katwijk")];
    let id = contact.create(None, d0);
    let mut ours = contact.take_changes().current.flatten().unwrap();
    let sent = contact.share_file(Some(&ours), &id, sender("Holland Rijnland", "Ans"), Part::Whole).unwrap();
    assert!(
        sent.file_name.starts_with("inkoopwijzer-delen-samen-inkopen-2027-holland-rijnland-"),
        "{}",
        sent.file_name
    );

    // Leiden fills in its own part in its own browser.
    let mut leiden = browser("l");
    let mut l = receive(&mut leiden, &sent.text);
    assert_eq!(l.id, id, "the same dossier, by id");
    edit(&mut leiden, &mut l, |d| {
        let p = &mut d.exploration.participants[0];
        p.budget = Some(Money(Decimal::new(170_000, 0)));
        p.target_group_size = Some(420);
        p.contact_person = "Jan de Vries".into();
        d.monitoring.figures.entry("p1".into()).or_default().started = Some(12);
    });
    let from_leiden =
        leiden.share_file(Some(&l), &id, sender("Leiden", "Jan de Vries"), Part::Participant("p1".into())).unwrap();

    // Katwijk does too, and also renames the purchase.
    let mut katwijk = browser("k");
    let mut k = receive(&mut katwijk, &sent.text);
    edit(&mut katwijk, &mut k, |d| {
        d.exploration.participants[1].budget = Some(Money(Decimal::new(60_000, 0)));
        d.exploration.title = "Werk voorop".into();
        d.exploration.problem = "Te weinig uitstroom naar werk".into();
    });
    let from_katwijk = katwijk.share_file(Some(&k), &id, sender("Katwijk", "Els"), Part::Whole).unwrap();

    // Meanwhile the contact renames it differently.
    edit(&mut contact, &mut ours, |d| d.exploration.title = "Re-integratie 2027-2029".into());

    // Leiden's file: its own part only, nothing in conflict, taken at once.
    let plan = contact.parse_import(from_leiden.text.as_bytes()).unwrap();
    assert!(plan.mergeable().is_some());
    let merge = contact.merge_proposal(Some(&ours), &plan).unwrap();
    assert!(!merge.merged.has_conflicts(), "{:?}", merge.merged.changes);
    assert!(merge.taken().all(|c| c.path.to_string().contains("p1")), "only Leiden's part");
    // Nothing is written before the user confirms.
    let before = contact.shared_record(&id);
    assert!(before.replaced.is_none());
    contact.apply_merge(Some(&ours), &plan, &merge, &[]).unwrap();
    ours = contact.take_changes().current.flatten().expect("the open dossier shows the merge");
    assert_eq!(ours.exploration.participants[0].budget, l.exploration.participants[0].budget);
    assert_eq!(ours.exploration.participants[0].contact_person, "Jan de Vries");
    assert_eq!(ours.monitoring.figures.get("p1").and_then(|f| f.started), Some(12));
    assert_eq!(ours.exploration.title, "Re-integratie 2027-2029", "the contact's own change stays");
    let c = ours.contributions.last().unwrap();
    assert_eq!((c.municipality.as_str(), c.name.as_str()), ("Leiden", "Jan de Vries"));
    assert_eq!(c.steps, [Step::Verkenning.slug(), Step::Monitoring.slug()]);
    // The replaced version can still be downloaded.
    let replaced = contact.replaced_version(&id).unwrap();
    let Ok(Read::Current { dossier: old, .. }) = read_envelope(&replaced.text) else { panic!() };
    assert_eq!(old.exploration.participants[0].budget, None);
    assert_eq!(old.exploration.title, "Re-integratie 2027-2029");

    // Katwijk's file arrives second, made from the same first version: its budget is
    // taken, its title is a conflict that waits for the user, Leiden's part is untouched.
    let plan = contact.parse_import(from_katwijk.text.as_bytes()).unwrap();
    let merge = contact.merge_proposal(Some(&ours), &plan).unwrap();
    let conflicts: Vec<_> = merge.merged.conflicts().collect();
    assert_eq!(conflicts.len(), 1, "{:?}", merge.merged.changes);
    let (i, conflict) = conflicts[0];
    assert_eq!(conflict.path.to_string(), "exploration.title");
    assert!(
        !merge.merged.changes.iter().any(|c| c.kind == ChangeKind::Theirs && c.path.to_string().contains("p1")),
        "Katwijk's file does not touch Leiden's part"
    );
    let mut choices = vec![Choice::Keep; merge.merged.changes.len()];
    choices[i] = Choice::Take;
    contact.apply_merge(Some(&ours), &plan, &merge, &choices).unwrap();
    ours = contact.take_changes().current.flatten().unwrap();
    assert_eq!(ours.exploration.title, "Werk voorop");
    assert_eq!(ours.exploration.problem, "Te weinig uitstroom naar werk");
    assert_eq!(ours.exploration.participants[1].budget, Some(Money(Decimal::new(60_000, 0))));
    assert_eq!(ours.exploration.participants[0].budget, Some(Money(Decimal::new(170_000, 0))));
    assert_eq!(ours.contributions.len(), 2);
    assert_eq!(contact.contributions(Some(&ours), &id)[0].municipality, "Katwijk", "newest first");

    // The contact sends the merged dossier back; Leiden merges it into its copy, since the
    // version Leiden itself sent (it never had the contact's merged one).
    let back = contact.share_file(Some(&ours), &id, sender("Holland Rijnland", "Ans"), Part::Whole).unwrap();
    edit(&mut leiden, &mut l, |d| d.exploration.goals = "Duurzame uitstroom".into());
    let plan = leiden.parse_import(back.text.as_bytes()).unwrap();
    let merge = leiden.merge_proposal(Some(&l), &plan).unwrap();
    assert!(!merge.merged.has_conflicts(), "{:?}", merge.merged.changes);
    leiden.apply_merge(Some(&l), &plan, &merge, &[]).unwrap();
    let l2 = leiden.take_changes().current.flatten().unwrap();
    assert_eq!(l2.exploration.title, "Werk voorop");
    assert_eq!(l2.exploration.goals, "Duurzame uitstroom", "Leiden's new work stays");
    assert_eq!(l2.exploration.participants[1].budget, Some(Money(Decimal::new(60_000, 0))));
}

#[test]
fn a_step_file_merges_only_that_step() {
    let mut contact = browser("c");
    let id = contact.create(None, Dossier { name: "Stap".into(), ..Dossier::default() });
    let ours = contact.take_changes().current.flatten().unwrap();
    let sent = contact.share_file(Some(&ours), &id, sender("A", "a"), Part::Whole).unwrap();
    let mut other = browser("o");
    let mut d = receive(&mut other, &sent.text);
    edit(&mut other, &mut d, |d| {
        d.specification.inflow_clients = Some(40);
        d.exploration.title = "Buiten de stap".into();
    });
    let file = other.share_file(Some(&d), &id, sender("B", "b"), Part::Step(Step::Bestek)).unwrap();
    let plan = contact.parse_import(file.text.as_bytes()).unwrap();
    let merge = contact.merge_proposal(Some(&ours), &plan).unwrap();
    let taken: Vec<String> = merge.taken().map(|c| c.path.to_string()).collect();
    assert_eq!(taken, ["specification.inflow_clients"]);
}

#[test]
fn a_bad_share_file_is_named() {
    let contact = browser("c");
    let e = contact.parse_import(br#"{"format":"inkoopwijzer-share","schema":1,"from":{},"dossier":{}}"#).unwrap_err();
    assert!(matches!(&e, ImportError::Read(r) if r.path() == "base"), "{e:?}");
    let e = contact.parse_import(br#"{"format":"inkoopwijzer-share","schema":4}"#).unwrap_err();
    assert!(matches!(e, ImportError::NewerSchema { found: 4, .. }), "{e:?}");
}

/// A store the test can reach into while the session runs (to fill it up).
#[derive(Clone, Default)]
struct SharedKv(Rc<RefCell<MemoryKv>>);

impl KeyValue for SharedKv {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.0.borrow().keys()
    }
}

#[test]
fn when_the_replaced_version_cannot_be_kept_nothing_is_merged() {
    let kv = SharedKv::default();
    let mut contact = Session::start(
        Store::new(kv.clone(), "c"),
        StorageMode::Local,
        false,
        Clock { tick: 0, name: "c" },
        SharedKv::default,
    );
    let id = contact.create(None, Dossier { name: "Vol".into(), ..Dossier::default() });
    let ours = contact.take_changes().current.flatten().unwrap();
    let sent = contact.share_file(Some(&ours), &id, sender("A", "a"), Part::Whole).unwrap();
    let mut other = browser("o");
    let mut d = receive(&mut other, &sent.text);
    edit(&mut other, &mut d, |d| d.exploration.problem = "Nieuw".into());
    let file = other.share_file(Some(&d), &id, sender("B", "b"), Part::Whole).unwrap();

    let plan = contact.parse_import(file.text.as_bytes()).unwrap();
    let merge = contact.merge_proposal(Some(&ours), &plan).unwrap();
    let before = kv.0.borrow().snapshot();
    let used = kv.0.borrow().used();
    kv.0.borrow_mut().set_quota(Some(used + 10));
    let e = contact.apply_merge(Some(&ours), &plan, &merge, &[]).unwrap_err();
    assert_eq!(e, ImportError::Storage(StoreError::QuotaExceeded));
    assert_eq!(kv.0.borrow().snapshot(), before, "nothing written");
    kv.0.borrow_mut().set_quota(None);
    contact.apply_merge(Some(&ours), &plan, &merge, &[]).unwrap();
    assert_eq!(contact.take_changes().current.flatten().unwrap().exploration.problem, "Nieuw");
}

#[test]
fn the_record_of_a_deleted_dossier_goes_at_the_next_start() {
    let kv = SharedKv::default();
    let start = |kv: &SharedKv| {
        Session::start(
            Store::new(kv.clone(), "c"),
            StorageMode::Local,
            false,
            Clock { tick: 0, name: "c" },
            SharedKv::default,
        )
    };
    let mut s = start(&kv);
    let keep = s.create(None, Dossier { name: "Blijft".into(), ..Dossier::default() });
    let cur = s.take_changes().current.flatten().unwrap();
    s.share_file(Some(&cur), &keep, sender("A", "a"), Part::Whole).unwrap();
    let gone = s.create(Some(&cur), Dossier { name: "Weg".into(), ..Dossier::default() });
    let cur = s.take_changes().current.flatten().unwrap();
    s.share_file(Some(&cur), &gone, sender("A", "a"), Part::Whole).unwrap();
    let has = |kv: &SharedKv, id: &str| kv.0.borrow().snapshot().contains_key(&format!("inkoopwijzer:shared:{id}"));
    assert!(has(&kv, &keep) && has(&kv, &gone));
    s.delete(Some(&cur), &gone).unwrap();
    assert!(has(&kv, &gone), "kept during the visit (a delete can be undone)");
    drop(s);
    let _ = start(&kv);
    assert!(has(&kv, &keep));
    assert!(!has(&kv, &gone));
}
