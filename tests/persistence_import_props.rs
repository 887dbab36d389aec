//! Whatever file a user picks, importing it returns dossiers or an error, never panics,
//! and never changes the dossiers already stored.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests stop at the first surprise

use inkoopwijzer::domain::dossier::Dossier;
use inkoopwijzer::persistence::envelope::{write_backup, write_envelope, Stamp};
use inkoopwijzer::persistence::import::{apply_import, parse_import, ImportChoice};
use inkoopwijzer::persistence::kv::MemoryKv;
use inkoopwijzer::persistence::store::Store;
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{json, Map, Value};

const FIXTURE: &str = include_str!("fixtures/dossier_v1.json");

fn seeded() -> Store<MemoryKv> {
    let mut store = Store::new(MemoryKv::new(), "tab");
    for (id, name) in [("d1a2b3", "Bestaand"), ("d9z8", "Ook bestaand")] {
        let d = Dossier { id: id.into(), name: name.into(), ..Dossier::default() };
        store.create(&d, "2025-01-01T00:00:00.000Z").expect("seed");
    }
    store
}

/// The property: parsing leaves the store as it was; applying (keep both) adds dossiers
/// and leaves every existing key as it was.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let mut store = seeded();
    let before = store.kv().snapshot();
    let parsed = parse_import(&store, bytes);
    prop_assert_eq!(&store.kv().snapshot(), &before);
    if let Ok(plan) = parsed {
        prop_assert!(!plan.items.is_empty());
        let keep: Vec<_> = plan.items.iter().map(|_| ImportChoice::KeepBoth).collect();
        let mut n = 0;
        let result = apply_import(
            &mut store,
            &plan,
            &keep,
            "2025-02-02T00:00:00.000Z",
            &mut || {
                n += 1;
                format!("imp{n}")
            },
            "(import)",
        );
        let after = store.kv().snapshot();
        for (k, v) in &before {
            prop_assert_eq!(after.get(k), Some(v), "existing key {} changed", k);
        }
        if let Ok(ids) = result {
            prop_assert_eq!(ids.len(), plan.items.len());
            for id in ids {
                prop_assert!(store.open(&id).is_ok());
            }
        }
    }
    Ok(())
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        (-1e12f64..1e12).prop_map(|f| json!(f)),
        prop_oneof![
            Just("<script>alert(1)</script>".to_string()),
            Just("inkoopwijzer-dossier".to_string()),
            Just("inkoopwijzer-backup".to_string()),
            Just("4.250,00".to_string()),
            Just("4250.00".to_string()),
            Just("d1a2b3".to_string()),
            "\\PC{0,20}",
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("format".to_string()),
                        Just("schema".to_string()),
                        Just("dossier".to_string()),
                        Just("dossiers".to_string()),
                        Just("saved".to_string()),
                        Just("id".to_string()),
                        "[a-z_]{1,10}",
                    ],
                    inner
                ),
                0..6
            )
            .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// JSON pointers to every value inside `v`.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => {
            m.iter().for_each(|(k, w)| pointers(w, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out))
        }
        Value::Array(a) => a.iter().enumerate().for_each(|(i, w)| pointers(w, format!("{at}/{i}"), out)),
        _ => {}
    }
}

/// A valid envelope with one value somewhere replaced (or removed).
fn mutate(mut v: Value, at: Index, with: Value, remove: bool) -> Value {
    let mut all = Vec::new();
    pointers(&v, String::new(), &mut all);
    let ptr = at.get(&all).clone();
    if ptr.is_empty() {
        return with;
    }
    if remove {
        let (parent, last) = ptr.rsplit_once('/').unwrap_or(("", ""));
        match v.pointer_mut(parent) {
            Some(Value::Object(m)) => {
                m.remove(&last.replace("~1", "/").replace("~0", "~"));
            }
            Some(Value::Array(a)) => {
                if let Ok(i) = last.parse::<usize>() {
                    if i < a.len() {
                        a.remove(i);
                    }
                }
            }
            _ => {}
        }
    } else if let Some(slot) = v.pointer_mut(&ptr) {
        *slot = with;
    }
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..1024)) {
        check(&bytes)?;
    }

    #[test]
    fn arbitrary_json(v in arb_json()) {
        check(v.to_string().as_bytes())?;
    }

    #[test]
    fn envelope_shaped_json(format in prop_oneof![Just("inkoopwijzer-dossier"), Just("inkoopwijzer-backup"), Just("inkoopwijzer-noodkopie")],
                            body in arb_json(), schema in prop_oneof![Just(json!(1)), Just(json!(2)), Just(json!(0)), Just(json!("1"))]) {
        let v = json!({ "format": format, "schema": schema, "dossier": body.clone(), "dossiers": [body.clone()], "saved": body });
        check(v.to_string().as_bytes())?;
    }

    #[test]
    fn valid_envelope_with_a_mutated_field(at in any::<Index>(), with in arb_json(), remove in any::<bool>()) {
        let v: Value = serde_json::from_str(FIXTURE).expect("fixture");
        check(mutate(v, at, with, remove).to_string().as_bytes())?;
    }

    #[test]
    fn valid_backup_with_a_mutated_field(at in any::<Index>(), with in arb_json(), remove in any::<bool>()) {
        let small = write_envelope(&Dossier { id: "d9z8".into(), ..Dossier::default() }, &Stamp::new(1, "t", "w")).expect("env");
        let backup: Value = serde_json::from_str(&write_backup(&[FIXTURE.to_string(), small], "t").expect("backup")).expect("json");
        check(mutate(backup, at, with, remove).to_string().as_bytes())?;
    }

    #[test]
    fn truncated_valid_files(cut in any::<Index>()) {
        let n = cut.index(FIXTURE.len());
        check(&FIXTURE.as_bytes()[..n])?;
    }
}
