//! The store's promises, over the in-memory key-value store: nothing is lost when storage
//! fails, unreadable text is quarantined byte for byte, and a stale tab never overwrites.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests stop at the first surprise

use inkoopwijzer::bench::fixtures::large_dossier;
use inkoopwijzer::domain::dossier::Dossier;
use inkoopwijzer::persistence::envelope::{read_envelope, write_envelope, Read, Stamp};
use inkoopwijzer::persistence::import::{apply_import, parse_import};
use inkoopwijzer::persistence::keys::{dossier_key, is_quarantine_key, SETTINGS_KEY};
use inkoopwijzer::persistence::kv::{KeyValue, MemoryKv, StoreError};
use inkoopwijzer::persistence::store::{Observed, OpenError, SaveError, Store, Theirs};

const T0: &str = "2025-11-22T10:00:00.000Z";
const T1: &str = "2025-11-22T10:00:01.000Z";
const T2: &str = "2025-11-22T10:00:02.000Z";

fn dossier(id: &str, name: &str) -> Dossier {
    Dossier { id: id.into(), name: name.into(), created_at: T0.into(), updated_at: T0.into(), ..Dossier::default() }
}

fn stored(store: &Store<MemoryKv>, id: &str) -> Option<String> {
    store.kv().get(&dossier_key(id)).unwrap()
}

#[test]
fn save_then_read_back_keeps_every_field() {
    let mut store = Store::new(MemoryKv::new(), "tabA");
    let d = large_dossier();
    assert_eq!(store.create(&d, T0), Ok(1));
    let mut fresh = Store::new(store.kv().clone(), "tabB");
    let opened = fresh.open(&d.id).unwrap();
    assert_eq!(opened.dossier, d);
    assert_eq!(opened.revision, 1);
    assert_eq!(opened.newer_schema, None);
}

#[test]
fn revisions_count_up_and_the_list_shows_progress() {
    let mut store = Store::new(MemoryKv::new(), "tabA");
    let mut d = dossier("d1", "Eerste");
    store.create(&d, T0).unwrap();
    d.exploration.title = "Titel".into();
    assert_eq!(store.save(&d, T1), Ok(2));
    assert_eq!(store.save(&d, T2), Ok(3));
    let list = store.startup(T2).unwrap();
    assert_eq!(list.dossiers.len(), 1);
    assert_eq!(list.dossiers[0].revision, 3);
    assert_eq!(list.dossiers[0].steps_started, 1);
    assert_eq!(list.dossiers[0].steps_complete, 0, "a title alone does not complete step 1");
    assert!(list.problems.is_empty());
}

#[test]
fn unreadable_text_is_quarantined_byte_for_byte_at_startup() {
    let mut kv = MemoryKv::new();
    let broken = "{\"format\":\"inkoopwijzer-dossier\",\"schema\":1,\"dossier\":{\"name\":\"half geschreven ✓";
    let wrong_shape = r#"{"format":"inkoopwijzer-dossier","schema":1,"dossier":{"award":{"bids":"geen lijst"}}}"#;
    kv.set(&dossier_key("dbroken"), broken).unwrap();
    kv.set(&dossier_key("dshape"), wrong_shape).unwrap();
    kv.set(&dossier_key("dgood"), &write_envelope(&dossier("dgood", "Goed"), &Stamp::new(1, T0, "x")).unwrap())
        .unwrap();
    let mut store = Store::new(kv, "tab");

    let report = store.startup(T1).unwrap();
    assert_eq!(report.dossiers.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["dgood"]);
    assert_eq!(report.problems.len(), 2);
    for p in &report.problems {
        assert!(p.quarantined, "{p:?}");
        assert!(is_quarantine_key(&p.key));
        let raw = store.raw(&p.key).unwrap().unwrap();
        let expected = if p.original_key.ends_with("dbroken") { broken } else { wrong_shape };
        assert_eq!(raw, expected, "kept byte for byte");
        assert_eq!(store.raw(&p.original_key).unwrap(), None, "the original key is free again");
    }
    let shape = report.problems.iter().find(|p| p.original_key.ends_with("dshape")).unwrap();
    assert_eq!(shape.error.as_ref().map(|e| e.path().to_string()), Some("dossier.award.bids".into()));

    // The next start lists the quarantined text again, without copying it again.
    let before = store.kv().snapshot();
    let again = store.startup(T2).unwrap();
    assert_eq!(again.problems.len(), 2);
    assert_eq!(store.kv().snapshot(), before);
    // Discarding is explicit.
    store.discard_quarantined(&again.problems[0].key).unwrap();
    assert_eq!(store.startup(T2).unwrap().problems.len(), 1);
}

#[test]
fn when_even_the_quarantine_copy_does_not_fit_the_text_stays_and_is_never_written() {
    let mut kv = MemoryKv::new();
    let broken = format!("{{not json {}", "x".repeat(100));
    kv.set(&dossier_key("d1"), &broken).unwrap();
    let used = kv.used();
    kv.set_quota(Some(used + 10));
    let mut store = Store::new(kv, "tab");
    let report = store.startup(T1).unwrap();
    assert_eq!(report.problems.len(), 1);
    assert!(!report.problems[0].quarantined);
    assert_eq!(report.problems[0].key, dossier_key("d1"));
    assert_eq!(stored(&store, "d1").as_deref(), Some(broken.as_str()));
    store.kv_mut().set_quota(None);
    // No path writes over it: not a save (never read), not a create (id taken).
    assert_eq!(store.save(&dossier("d1", "over"), T2), Err(SaveError::Conflict(Theirs::Unreadable)));
    assert_eq!(store.create(&dossier("d1", "over"), T2), Err(SaveError::IdTaken));
    assert!(matches!(store.open("d1"), Err(OpenError::Unreadable(_))));
    assert_eq!(stored(&store, "d1").as_deref(), Some(broken.as_str()));
}

#[test]
fn a_failed_write_keeps_the_previous_copy_byte_identical() {
    let mut store = Store::new(MemoryKv::new(), "tab");
    let mut d = dossier("d1", "Klein");
    store.create(&d, T0).unwrap();
    let before = stored(&store, "d1").unwrap();
    let used = store.kv().used();
    store.kv_mut().set_quota(Some(used + 100));
    d.exploration.problem = "lang ".repeat(1000);
    assert_eq!(store.save(&d, T1), Err(SaveError::Storage(StoreError::QuotaExceeded)));
    assert_eq!(stored(&store, "d1").as_deref(), Some(before.as_str()));
    // Once there is room again, the same save goes through, as the next revision.
    store.kv_mut().set_quota(None);
    assert_eq!(store.save(&d, T2), Ok(2));
}

#[test]
fn blocked_storage_reports_unavailable_and_changes_nothing() {
    let mut store = Store::new(MemoryKv::new(), "tab");
    store.create(&dossier("d1", "x"), T0).unwrap();
    let before = store.kv().snapshot();
    store.kv_mut().break_with(Some(StoreError::Unavailable("SecurityError".into())));
    assert!(matches!(store.save(&dossier("d1", "y"), T1), Err(SaveError::Storage(StoreError::Unavailable(_)))));
    assert!(store.startup(T1).is_err());
    store.kv_mut().break_with(None);
    assert_eq!(store.kv().snapshot(), before);
}

#[test]
fn two_tabs_the_stale_one_detects_the_conflict_and_does_not_overwrite() {
    let mut a = Store::new(MemoryKv::new(), "tabA");
    let mut d = dossier("d1", "Gedeeld");
    a.create(&d, T0).unwrap();
    // Tab B shares the same storage: model it by handing the key-value store back and forth.
    let mut b = Store::new(a.kv().clone(), "tabB");
    let mut db = b.open("d1").unwrap().dossier;

    d.exploration.title = "Van A".into();
    a.save(&d, T1).unwrap();
    let after_a = stored(&a, "d1").unwrap();
    *b.kv_mut() = a.kv().clone();

    // B did not hear about it (slept) and saves: refused, and A's version stays.
    db.exploration.title = "Van B".into();
    assert_eq!(b.save(&db, T2), Err(SaveError::Conflict(Theirs::Changed { revision: 2, saved_at: T1.into() })));
    assert_eq!(stored(&b, "d1").as_deref(), Some(after_a.as_str()));

    // The storage event tells B; B has unsaved changes: a conflict, not an adoption.
    let snapshot = b.kv().snapshot();
    assert!(matches!(
        b.observe(&dossier_key("d1"), Some(&after_a), true),
        Observed::Conflict(Theirs::Changed { revision: 2, .. })
    ));
    // Without unsaved changes B shows A's version, and can then save on top of it.
    match b.observe(&dossier_key("d1"), Some(&after_a), false) {
        Observed::Adopt(o) => assert_eq!(o.dossier.exploration.title, "Van A"),
        other => panic!("{other:?}"),
    }
    assert_eq!(b.kv().snapshot(), snapshot, "observing never writes");
    assert_eq!(b.save(&db, T2), Ok(3));
}

#[test]
fn an_overwrite_that_did_not_build_on_this_tab_is_a_conflict_even_when_clean() {
    // A and B both saved revision 2 (a race): A learns that B's revision 2 replaced its own.
    let mut a = Store::new(MemoryKv::new(), "tabA");
    let d = dossier("d1", "x");
    a.create(&d, T0).unwrap();
    let mut b = Store::new(a.kv().clone(), "tabB");
    b.open("d1").unwrap();
    a.save(&d, T1).unwrap();
    b.save(&dossier("d1", "y"), T1).unwrap();
    let theirs = stored(&b, "d1").unwrap();
    assert!(matches!(
        a.observe(&dossier_key("d1"), Some(&theirs), false),
        Observed::Conflict(Theirs::Changed { revision: 2, .. })
    ));
    assert_eq!(a.observe(&dossier_key("d1"), None, false), Observed::Conflict(Theirs::Deleted));
    assert_eq!(a.observe(&dossier_key("d2"), Some("x"), false), Observed::NotHeld);
    assert_eq!(a.observe(SETTINGS_KEY, Some("x"), false), Observed::NotHeld);
}

#[test]
fn a_deleted_dossier_is_not_silently_recreated() {
    let mut a = Store::new(MemoryKv::new(), "tabA");
    a.create(&dossier("d1", "x"), T0).unwrap();
    let mut b = Store::new(a.kv().clone(), "tabB");
    b.open("d1").unwrap();
    b.delete("d1").unwrap();
    *a.kv_mut() = b.kv().clone();
    assert_eq!(a.save(&dossier("d1", "x"), T1), Err(SaveError::Conflict(Theirs::Deleted)));
    assert_eq!(stored(&a, "d1"), None);
}

#[test]
fn a_newer_version_dossier_opens_read_only_and_is_never_written() {
    let raw =
        r#"{"format":"inkoopwijzer-dossier","schema":7,"revision":2,"dossier":{"id":"d1","name":"Later","x_new":1}}"#;
    let mut kv = MemoryKv::new();
    kv.set(&dossier_key("d1"), raw).unwrap();
    let mut store = Store::new(kv, "tab");
    let report = store.startup(T0).unwrap();
    assert!(report.problems.is_empty(), "a newer schema is not quarantined");
    assert_eq!(report.dossiers[0].newer_schema, Some(7));
    let opened = store.open("d1").unwrap();
    assert_eq!(opened.newer_schema, Some(7));
    assert_eq!(store.save(&opened.dossier, T1), Err(SaveError::ReadOnly));
    assert_eq!(store.modify("d1", T1, |d| d.name = "x".into()), Err(SaveError::ReadOnly));
    assert_eq!(stored(&store, "d1").as_deref(), Some(raw));
}

#[test]
fn delete_can_be_undone_byte_for_byte() {
    let mut store = Store::new(MemoryKv::new(), "tab");
    store.create(&dossier("d1", "Weg"), T0).unwrap();
    let before = store.kv().snapshot();
    let raw = store.delete("d1").unwrap().unwrap();
    assert_eq!(stored(&store, "d1"), None);
    store.restore("d1", &raw).unwrap();
    assert_eq!(store.kv().snapshot(), before);
    assert_eq!(store.restore("d1", &raw), Err(SaveError::IdTaken));
}

#[test]
fn rename_and_duplicate_from_the_list() {
    let mut store = Store::new(MemoryKv::new(), "tab");
    let mut d = dossier("d1", "Oud");
    d.exploration.goals = "doelen".into();
    store.create(&d, T0).unwrap();
    store.forget("d1"); // this tab no longer holds it open
    let (renamed, rev) = store.modify("d1", T1, |d| d.name = "Nieuw".into()).unwrap();
    assert_eq!((renamed.name.as_str(), rev, renamed.updated_at.as_str()), ("Nieuw", 2, T1));
    assert!(store.known("d1").is_none(), "a list action does not make this tab hold the dossier");
    let copy = store.duplicate("d1", "d2", "Nieuw (kopie)", T2).unwrap();
    assert_eq!(copy.exploration.goals, "doelen");
    assert_eq!(store.open("d2").unwrap().dossier.name, "Nieuw (kopie)");
    assert_eq!(store.duplicate("d1", "d2", "again", T2), Err(SaveError::IdTaken));
}

#[test]
fn export_all_then_import_restores_every_dossier() {
    let mut store = Store::new(MemoryKv::new(), "tab");
    store.create(&dossier("d1", "Een"), T0).unwrap();
    store.create(&large_dossier(), T0).unwrap();
    let mut unsaved = dossier("d3", "Alleen in het geheugen");
    unsaved.evaluation.what_worked = "veel".into();
    let (file, exported) = store.export_all(std::slice::from_ref(&unsaved), T1).unwrap();
    assert_eq!(exported.len(), 3);
    let settings = store.record_export(&exported, T1).unwrap();
    assert_eq!(settings.last_export_at.as_deref(), Some(T1));
    assert_eq!(settings.backups.len(), 3);

    let mut other = Store::new(MemoryKv::new(), "elsewhere");
    let plan = parse_import(&other, file.as_bytes()).unwrap();
    let ids = apply_import(&mut other, &plan, &[], T2, &mut || "unused".to_string(), "(kopie)").unwrap();
    assert_eq!(ids.len(), 3);
    assert_eq!(other.open("dlarge").unwrap().dossier, large_dossier());
    assert_eq!(other.open("d3").unwrap().dossier, unsaved);
}

#[test]
fn unreadable_settings_are_quarantined_before_new_settings_are_written() {
    let mut kv = MemoryKv::new();
    kv.set(SETTINGS_KEY, "{\"lang\": 12").unwrap();
    let mut store = Store::new(kv, "tab");
    store.record_export(&[], T1).unwrap();
    let keys = store.kv().keys().unwrap();
    let q = keys.iter().find(|k| is_quarantine_key(k)).expect("quarantined");
    assert_eq!(store.raw(q).unwrap().as_deref(), Some("{\"lang\": 12"));
    assert_eq!(store.settings().last_export_at.as_deref(), Some(T1));
}

#[test]
fn a_left_over_benchmark_key_is_removed_at_startup() {
    use inkoopwijzer::persistence::keys::BENCH_KEY;
    let mut kv = MemoryKv::new();
    kv.set(BENCH_KEY, &write_envelope(&large_dossier(), &Stamp::new(1, T0, "bench")).unwrap()).unwrap();
    let mut store = Store::new(kv, "tab");
    assert!(store.startup(T1).unwrap().dossiers.is_empty());
    assert_eq!(store.kv().get(BENCH_KEY).unwrap(), None);
}

#[test]
fn summaries_of_other_tabs_writes() {
    let mut store = Store::new(MemoryKv::new(), "tab");
    store.create(&dossier("d1", "Een"), T0).unwrap();
    assert_eq!(store.summary("d1").unwrap().map(|s| s.name), Some("Een".into()));
    assert_eq!(store.summary("nope").unwrap(), None);
    let raw = stored(&store, "d1").unwrap();
    assert!(matches!(read_envelope(&raw), Ok(Read::Current { .. })));
}
