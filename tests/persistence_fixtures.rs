//! Stored and exported files of earlier versions must keep reading. Each fixture under
//! `tests/fixtures/` is a file as a released version wrote it; never edit one, add a new
//! one per schema.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests stop at the first surprise

use inkoopwijzer::domain::dossier::{BuyerRole, Financing};
use inkoopwijzer::domain::scoring::model::PriceFormula;
use inkoopwijzer::persistence::envelope::ReadError;
use inkoopwijzer::persistence::envelope::{read_envelope, write_envelope_pretty, Read, CURRENT_SCHEMA};
use inkoopwijzer::persistence::import::{parse_import, ImportError, ImportSource};
use inkoopwijzer::persistence::kv::MemoryKv;
use inkoopwijzer::persistence::store::Store;
use serde_json::Value;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture")
}

/// Every field of `old` is in `new` with the same value (`new` may have more fields:
/// fields added later with `#[serde(default)]`).
fn contained(old: &Value, new: &Value, path: &str) {
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in a {
                let Some(w) = b.get(k) else { panic!("{path}.{k} was dropped") };
                contained(v, w, &format!("{path}.{k}"));
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "{path}: length");
            for (i, (v, w)) in a.iter().zip(b).enumerate() {
                contained(v, w, &format!("{path}[{i}]"));
            }
        }
        _ => assert_eq!(old, new, "{path}"),
    }
}

#[test]
fn v1_fixture_reads_with_every_field() {
    let raw = fixture("dossier_v1.json");
    let Ok(Read::Current { dossier: d, stamp, migrated_from }) = read_envelope(&raw) else { panic!("v1 must read") };
    assert_eq!(migrated_from, None);
    assert_eq!((stamp.schema, stamp.revision, stamp.writer.as_str()), (1, 12, "t8k2x9"));
    assert_eq!(d.id, "d1a2b3");
    assert_eq!(d.name, "Re-integratie 2026 — Holland Rijnland");
    assert_eq!(d.exploration.participants[1].budget.map(|m| m.0.to_string()), Some("106250.50".into()));
    assert_eq!(d.exploration.buyer_role, Some(BuyerRole::Director));
    assert_eq!(d.specification.financing, Some(Financing::NoCureLessPay));
    assert_eq!(d.award.bids[0].placement_rate.map(|p| p.0.to_string()), Some("58.5".into()));
    assert!(matches!(d.award.formula, PriceFormula::FixedBounds { low: Some(_), high: Some(_) }));
    assert_eq!(d.evaluation.self_assessment.get("q1"), Some(&3));

    // Written again, nothing of the file is lost or renamed.
    let again = write_envelope_pretty(&d, &stamp).unwrap();
    let (old, new): (Value, Value) = (serde_json::from_str(&raw).unwrap(), serde_json::from_str(&again).unwrap());
    contained(&old, &new, "");
}

#[test]
fn newer_schema_fixture_is_read_only_and_exported_as_is() {
    let raw = fixture("dossier_v2_future.json");
    let Ok(Read::Newer { stamp, dossier, name, .. }) = read_envelope(&raw) else { panic!("schema 2 is newer") };
    assert!(stamp.schema > CURRENT_SCHEMA);
    assert_eq!(name.as_deref(), Some("Uit de toekomst"));
    assert_eq!(dossier.map(|d| d.exploration.title), Some("Nieuw".into()));

    let mut kv = MemoryKv::new();
    use inkoopwijzer::persistence::kv::KeyValue;
    kv.set("inkoopwijzer:dossier:dfuture", &raw).unwrap();
    let mut store = Store::new(kv, "tab");
    let opened = store.open("dfuture").unwrap();
    assert_eq!(opened.newer_schema, Some(2));
    let (text, _) = store.export_one("dfuture", None, "now").unwrap();
    assert_eq!(text, raw, "a newer version's dossier is exported byte for byte");
    // And it is not importable here: this version would drop its unknown fields.
    assert!(matches!(parse_import(&store, raw.as_bytes()), Err(ImportError::NewerSchema { found: 2, .. })));
}

#[test]
fn backup_and_emergency_fixtures_import() {
    let store = Store::new(MemoryKv::new(), "tab");
    let plan = parse_import(&store, fixture("backup_v1.json").as_bytes()).unwrap();
    assert_eq!(plan.source, ImportSource::Backup);
    assert_eq!(plan.items.iter().map(|i| i.dossier.id.as_str()).collect::<Vec<_>>(), ["d1a2b3", "d9z8"]);

    let plan = parse_import(&store, fixture("noodkopie.json").as_bytes()).unwrap();
    assert_eq!(plan.source, ImportSource::Emergency);
    assert_eq!(plan.items.len(), 1);
    assert_eq!(plan.items[0].dossier.name, "Kleine inkoop");
}

#[test]
fn a_bad_field_deep_in_a_backup_is_named() {
    let store = Store::new(MemoryKv::new(), "tab");
    let e = parse_import(&store, fixture("backup_bad_price.json").as_bytes()).unwrap_err();
    match e {
        ImportError::Read(ReadError::BadField { path, detail }) => {
            assert_eq!(path, "dossiers[1].dossier.award.bids[0].price");
            assert!(!detail.is_empty());
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn hostile_text_stays_text_and_unsafe_ids_are_replaced() {
    let store = Store::new(MemoryKv::new(), "tab");
    let plan = parse_import(&store, fixture("hostile_names.json").as_bytes()).unwrap();
    let item = &plan.items[0];
    assert!(item.needs_new_id, "`../../etc` is not a safe id");
    assert_eq!(item.dossier.name, "<script>alert('x')</script><img src=x onerror=alert(1)>");
    assert_eq!(item.dossier.exploration.title, "\u{202e}evil\u{0} & \"quotes\"");
}

/// The joint-purchase structure and the ways of carrying risk came after schema 1 was released:
/// a file without them reads, with them empty, and a dossier that has them keeps them.
#[test]
fn fields_added_later_default_when_missing_and_survive_a_write() {
    use inkoopwijzer::domain::dossier::RiskInstrument;
    let raw = fixture("dossier_v1.json");
    let Ok(Read::Current { dossier: mut d, stamp, .. }) = read_envelope(&raw) else { panic!("v1 must read") };
    assert_eq!(d.exploration.governance, Default::default());
    assert!(d.specification.risk_sharing.is_empty());
    d.exploration.governance.project_group = "Beleidsmedewerkers".into();
    d.exploration.governance.step_owners.insert("3-bestek".into(), "Werkgroep PvE".into());
    d.specification.risk_sharing = vec![RiskInstrument::AcclimatisationBudget, RiskInstrument::Pilot];
    let again = write_envelope_pretty(&d, &stamp).unwrap();
    assert!(again.contains("\"acclimatisation_budget\"") && again.contains("\"3-bestek\""));
    let Ok(Read::Current { dossier: back, .. }) = read_envelope(&again) else { panic!("reads back") };
    assert_eq!(back, d);
}

/// Issue 17 added a participant's budget period, the bonus/malus settlement basis and the
/// light regime as a procedure. A dossier stored before (the v1 fixture, and a minimal one
/// with a bonus/malus rule and budgets) still reads: the period is unknown (step 1 asks), the
/// basis is the whole contract (what its bestek said), and nothing else changes.
#[test]
fn a_dossier_from_before_issue_17_still_reads() {
    use inkoopwijzer::domain::dossier::{Dossier, ProcedureKind, SettlementBasis};
    let raw = fixture("dossier_v1.json");
    let Ok(Read::Current { dossier: d, .. }) = read_envelope(&raw) else { panic!("v1 must read") };
    assert!(d.exploration.participants.iter().all(|p| p.budget_period.is_none()));
    assert_eq!(d.specification.bonus_malus.basis, SettlementBasis::WholeContract);

    let old = r#"{
        "id": "d-old", "name": "Oud dossier",
        "exploration": { "participants": [ { "id": "p1", "name": "Heuvelrand", "trajectories": 30, "budget": "150000.00" } ] },
        "specification": { "bonus_malus": { "enabled": true, "agreed_rate": "40", "bonus_share": "15", "malus_share": "50" } },
        "procedure": { "kind": "private", "regime": "social_and_other_specific" }
    }"#;
    let d: Dossier = serde_json::from_str(old).expect("an old dossier reads");
    assert_eq!(d.exploration.participants[0].budget_period, None);
    assert_eq!(d.specification.bonus_malus.basis, SettlementBasis::WholeContract);
    assert_eq!(d.procedure.kind, Some(ProcedureKind::Private));
    // The new values are written in snake case and read back.
    let mut d = d;
    d.procedure.kind = Some(ProcedureKind::LightRegime);
    d.specification.bonus_malus.basis = SettlementBasis::PerParticipant;
    let json = serde_json::to_value(&d).expect("writes");
    assert_eq!(json["procedure"]["kind"], "light_regime");
    assert_eq!(json["specification"]["bonus_malus"]["basis"], "per_participant");
    let back: Dossier = serde_json::from_value(json).expect("reads back");
    assert_eq!(back, d);
}
