//! Importing backup files: a one-dossier envelope, a backup of all dossiers, or the
//! emergency copy `public/fallback.js` offers after a crash.
//!
//! Two steps, so that the user can decide between them: [`parse_import`] reads and checks
//! the whole file and only reads the store (to find ids that exist already); nothing is
//! written until [`apply_import`], which writes every dossier or, when one write fails,
//! undoes the ones it made: the existing dossiers stay as they were.
//!
//! Every error names what is wrong and where (a field path such as
//! `dossiers[2].dossier.award.bids[0].price`). Imported text is data: names are shown as
//! text by the UI (never as HTML), and ids that are not safe in a key or URL are replaced.

use super::envelope::{
    self, parse_json, read_envelope_value, Read, ReadError, BACKUP_FORMAT, BACKUP_SCHEMA, CURRENT_SCHEMA,
    DOSSIER_FORMAT, EMERGENCY_FORMAT,
};
use super::evaluation::{PACKAGE_FORMAT, SHEET_FORMAT};
use super::keys::{dossier_key, is_valid_id, DOSSIER_PREFIX};
use super::kv::{KeyValue, StoreError};
use super::share::{read_share, ShareFile, ShareRead, SHARE_FORMAT, SHARE_SCHEMA};
use super::store::{SaveError, Store};
use crate::domain::dossier::Dossier;
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// Largest file accepted (20 MB, in the decimal megabytes messages use): far above any real
/// dossier (a large one is about 1 MB) and above what localStorage holds anyway (5 to 10 MB
/// per site).
pub const MAX_IMPORT_BYTES: u64 = 20_000_000;
/// Most dossiers accepted from one file.
pub const MAX_IMPORT_DOSSIERS: usize = 500;

/// What kind of file it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportSource {
    Dossier,
    Backup,
    Emergency,
    /// A file sent by a colleague (`share.rs`): one dossier with the version it started from.
    Share,
}

/// A dossier already stored under the id of an imported one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Existing {
    pub name: String,
    /// False when the stored one is not readable by this version (written by a newer
    /// version): it may not be replaced, only kept beside.
    pub replaceable: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportItem {
    pub dossier: Dossier,
    /// Where in the file (`.` for a one-dossier file, `dossiers[2]` in a backup).
    pub path: String,
    pub existing: Option<Existing>,
    pub migrated_from: Option<u32>,
    /// The id in the file is unusable (empty, unsafe, or repeated in the file): the
    /// dossier gets a new one.
    pub needs_new_id: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPlan {
    pub source: ImportSource,
    pub items: Vec<ImportItem>,
    /// For a colleague's file: who sent it, the part, and the version it started from
    /// (`items` holds its one dossier).
    pub share: Option<Box<ShareFile>>,
}

impl ImportPlan {
    /// A colleague's file for a dossier that is here already and can be merged into it.
    pub fn mergeable(&self) -> Option<&ShareFile> {
        let item = self.items.first()?;
        (!item.needs_new_id && item.existing.as_ref().is_some_and(|e| e.replaceable))
            .then_some(self.share.as_deref())
            .flatten()
    }
}

impl ImportPlan {
    /// Whether the user must choose between replacing and keeping both.
    pub fn has_conflicts(&self) -> bool {
        self.items.iter().any(|i| i.existing.is_some() && !i.needs_new_id)
    }
}

/// For an imported dossier whose id exists: replace the stored one, or keep both (the
/// imported one gets a new id and a name suffix).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ImportChoice {
    Replace,
    #[default]
    KeepBoth,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("file too large: {bytes} bytes, limit {limit}")]
    TooLarge { bytes: u64, limit: u64 },
    #[error("the file is empty")]
    Empty,
    /// The browser could not read the file (removed, no permission).
    #[error("the file could not be read")]
    FileUnreadable,
    #[error("not text (UTF-8) from byte {offset}")]
    NotUtf8 { offset: usize },
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("{path}: made by a newer version (schema {found}, this version reads up to {supported})")]
    NewerSchema { path: String, found: u32, supported: u32 },
    #[error("no dossiers in the file")]
    NoDossiers,
    #[error("{count} dossiers, limit {limit}")]
    TooMany { count: usize, limit: usize },
    #[error(transparent)]
    Storage(#[from] StoreError),
    /// A dossier of the file did not fit in the browser's storage (`bytes`: its stored text).
    #[error("no room to store {name:?} ({bytes} bytes)")]
    NoRoom { name: String, bytes: u64 },
    #[error("{0}")]
    Save(SaveError),
    /// An evaluation package or a score sheet (`evaluation.rs`) offered as a dossier.
    #[error("an evaluation file (score sheet: {sheet}), not a dossier")]
    EvaluationFile { sheet: bool },
}

/// The checks every file of the app passes first: its size, text (UTF-8, a byte-order mark
/// is dropped), not empty, JSON, an object. Used by [`parse_import`] and by the evaluation
/// files (`evaluation.rs`).
pub fn read_object(bytes: &[u8]) -> Result<Map<String, Value>, ImportError> {
    let len = bytes.len() as u64;
    if len > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: len, limit: MAX_IMPORT_BYTES });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotUtf8 { offset: e.valid_up_to() })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    match parse_json(text)? {
        Value::Object(obj) => Ok(obj),
        _ => Err(ReadError::NotAnObject { path: ".".into() }.into()),
    }
}

/// Checks a file's own schema number (at `field`): a positive whole number this version
/// reads, else a message that names it (a newer one: which version is needed).
pub fn check_schema(obj: &Map<String, Value>, field: &str, supported: u32) -> Result<(), ImportError> {
    match obj.get(field).and_then(Value::as_u64).filter(|s| *s >= 1) {
        None => Err(ReadError::BadSchema { path: field.into() }.into()),
        Some(s) if s > u64::from(supported) => {
            Err(ImportError::NewerSchema { path: field.into(), found: u32::try_from(s).unwrap_or(u32::MAX), supported })
        }
        Some(_) => Ok(()),
    }
}

/// Reads and checks a file. Reads the store only to find existing ids; writes nothing.
pub fn parse_import<K: KeyValue>(store: &Store<K>, bytes: &[u8]) -> Result<ImportPlan, ImportError> {
    let mut obj = read_object(bytes)?;
    let format = obj.get("format").and_then(Value::as_str).map(str::to_string);
    let (source, entries): (ImportSource, Vec<(String, Value)>) = match format.as_deref() {
        Some(DOSSIER_FORMAT) => (ImportSource::Dossier, vec![(String::new(), Value::Object(obj))]),
        Some(BACKUP_FORMAT) => {
            check_schema(&obj, "schema", BACKUP_SCHEMA)?;
            let Some(Value::Array(list)) = obj.remove("dossiers") else {
                return Err(ReadError::BadField {
                    path: "dossiers".into(),
                    detail: "expected a list of dossiers".into(),
                }
                .into());
            };
            if list.len() > MAX_IMPORT_DOSSIERS {
                return Err(ImportError::TooMany { count: list.len(), limit: MAX_IMPORT_DOSSIERS });
            }
            (ImportSource::Backup, list.into_iter().enumerate().map(|(i, v)| (format!("dossiers[{i}]"), v)).collect())
        }
        Some(EMERGENCY_FORMAT) => {
            let Some(Value::Object(saved)) = obj.remove("saved") else {
                return Err(ReadError::BadField {
                    path: "saved".into(),
                    detail: "expected an object of stored texts".into(),
                }
                .into());
            };
            let mut entries = Vec::new();
            for (key, raw) in saved {
                if !key.starts_with(DOSSIER_PREFIX) {
                    continue; // settings and quarantined text are not dossiers
                }
                let path = format!("saved[{}]", serde_json::to_string(&key).unwrap_or_default());
                let Value::String(raw) = raw else {
                    return Err(ReadError::BadField { path, detail: "expected the stored text".into() }.into());
                };
                let value = parse_json(&raw).map_err(|e| match e {
                    ReadError::NotJson { line, column, detail } => ReadError::BadField {
                        path: path.clone(),
                        detail: format!("not JSON (line {line}, column {column}): {detail}"),
                    },
                    other => other,
                })?;
                entries.push((path, value));
            }
            if entries.len() > MAX_IMPORT_DOSSIERS {
                return Err(ImportError::TooMany { count: entries.len(), limit: MAX_IMPORT_DOSSIERS });
            }
            (ImportSource::Emergency, entries)
        }
        Some(SHARE_FORMAT) => {
            check_schema(&obj, "schema", SHARE_SCHEMA)?;
            let file = match read_share(obj)? {
                ShareRead::Read(file) => file,
                ShareRead::Newer { path, found } => {
                    return Err(ImportError::NewerSchema { path, found, supported: CURRENT_SCHEMA })
                }
            };
            let dossier = file.dossier.clone();
            let fresh = is_valid_id(&dossier.id);
            let existing = if fresh { existing(store, &dossier.id)? } else { None };
            let item =
                ImportItem { path: "dossier".into(), needs_new_id: !fresh, existing, migrated_from: None, dossier };
            return Ok(ImportPlan { source: ImportSource::Share, items: vec![item], share: Some(file) });
        }
        // An evaluation package or a score sheet is not a dossier: said so, with where it
        // belongs (`evaluation.rs`).
        Some(PACKAGE_FORMAT) => return Err(ImportError::EvaluationFile { sheet: false }),
        Some(SHEET_FORMAT) => return Err(ImportError::EvaluationFile { sheet: true }),
        _ => {
            return Err(ReadError::WrongFormat {
                path: "format".into(),
                found: obj.get("format").map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string())),
            }
            .into())
        }
    };

    let mut items = Vec::new();
    let mut seen = BTreeSet::new();
    for (path, value) in entries {
        match read_envelope_value(value, &path)? {
            Read::Current { dossier, migrated_from, .. } => {
                let fresh = is_valid_id(&dossier.id) && seen.insert(dossier.id.clone());
                let existing = if fresh { existing(store, &dossier.id)? } else { None };
                items.push(ImportItem {
                    path: envelope::root(&path),
                    needs_new_id: !fresh,
                    existing,
                    migrated_from,
                    dossier,
                });
            }
            Read::Newer { stamp, .. } => {
                return Err(ImportError::NewerSchema {
                    path: envelope::join(&path, "schema"),
                    found: stamp.schema,
                    supported: CURRENT_SCHEMA,
                })
            }
        }
    }
    if items.is_empty() {
        return Err(ImportError::NoDossiers);
    }
    Ok(ImportPlan { source, items, share: None })
}

fn existing<K: KeyValue>(store: &Store<K>, id: &str) -> Result<Option<Existing>, StoreError> {
    let Some(raw) = store.raw(&dossier_key(id))? else { return Ok(None) };
    Ok(Some(match envelope::read_envelope(&raw) {
        Ok(Read::Current { dossier, .. }) => Existing { name: dossier.name, replaceable: true },
        Ok(Read::Newer { name, .. }) => Existing { name: name.unwrap_or_default(), replaceable: false },
        Err(_) => Existing { name: String::new(), replaceable: false },
    }))
}

/// Writes the dossiers of a plan. `choices[i]` applies to `plan.items[i]` (missing ones:
/// keep both). `new_id` makes fresh ids; `copy_suffix` is added to the name of a dossier
/// kept beside an existing one. Returns the ids written, in file order. On any failure
/// every write of this import is undone and the error returned.
pub fn apply_import<K: KeyValue>(
    store: &mut Store<K>,
    plan: &ImportPlan,
    choices: &[ImportChoice],
    now: &str,
    new_id: &mut dyn FnMut() -> String,
    copy_suffix: &str,
) -> Result<Vec<String>, ImportError> {
    let mut undo: Vec<(String, Option<String>)> = Vec::new();
    let mut ids = Vec::new();
    for (i, item) in plan.items.iter().enumerate() {
        let choice = choices.get(i).copied().unwrap_or_default();
        let mut d = item.dossier.clone();
        if d.created_at.is_empty() {
            d.created_at = now.to_string();
        }
        if d.updated_at.is_empty() {
            d.updated_at = now.to_string();
        }
        let replace = !item.needs_new_id
            && choice == ImportChoice::Replace
            && item.existing.as_ref().is_some_and(|e| e.replaceable);
        let taken =
            |store: &Store<K>, id: &str| -> Result<bool, StoreError> { Ok(!is_valid_id(id) || store.exists(id)?) };
        let step = (|| -> Result<(), ImportError> {
            if !replace && (item.needs_new_id || taken(store, &d.id)?) {
                if item.existing.is_some() && !copy_suffix.is_empty() {
                    d.name = format!("{} {copy_suffix}", d.display_name().unwrap_or_default()).trim().to_string();
                }
                let mut tries = 0;
                d.id = new_id();
                while taken(store, &d.id)? {
                    tries += 1;
                    if tries > 100 {
                        return Err(ImportError::Save(SaveError::IdTaken));
                    }
                    d.id = new_id();
                }
            }
            let previous = store.raw(&dossier_key(&d.id))?;
            let result = if replace { store.replace(&d, now) } else { store.create(&d, now) };
            result.map_err(|e| match e {
                // Say how large it is: a dossier larger than a whole browser's storage needs
                // another message than a full storage.
                SaveError::Storage(StoreError::QuotaExceeded) => ImportError::NoRoom {
                    name: d.display_name().unwrap_or_default().to_string(),
                    bytes: envelope::write_envelope(&d, &envelope::Stamp::new(1, now, ""))
                        .map_or(0, |t| t.len() as u64),
                },
                other => ImportError::Save(other),
            })?;
            undo.push((d.id.clone(), previous));
            Ok(())
        })();
        if let Err(e) = step {
            store.undo_writes(&undo);
            return Err(e);
        }
        ids.push(d.id.clone());
    }
    Ok(ids)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::persistence::envelope::{write_backup, write_envelope, Stamp};
    use crate::persistence::kv::MemoryKv;
    use serde_json::json;

    fn dossier(id: &str, name: &str) -> Dossier {
        Dossier { id: id.into(), name: name.into(), ..Dossier::default() }
    }

    fn store_with(ds: &[Dossier]) -> Store<MemoryKv> {
        let mut s = Store::new(MemoryKv::new(), "tab");
        for d in ds {
            s.create(d, "2025-01-01T00:00:00.000Z").unwrap();
        }
        s
    }

    fn counter() -> impl FnMut() -> String {
        let mut n = 0;
        move || {
            n += 1;
            format!("new{n}")
        }
    }

    #[test]
    fn one_dossier_file_imports() {
        let mut store = store_with(&[]);
        let raw = write_envelope(&dossier("d1", "Eén"), &Stamp::new(4, "t", "w")).unwrap();
        let plan = parse_import(&store, raw.as_bytes()).unwrap();
        assert_eq!(plan.source, ImportSource::Dossier);
        assert!(!plan.has_conflicts());
        let ids = apply_import(&mut store, &plan, &[], "now", &mut counter(), "(kopie)").unwrap();
        assert_eq!(ids, vec!["d1".to_string()]);
        assert_eq!(store.open("d1").unwrap().dossier.name, "Eén");
    }

    #[test]
    fn an_existing_id_is_replaced_or_kept_beside() {
        let mut store = store_with(&[dossier("d1", "Oud")]);
        let raw = write_envelope(&dossier("d1", "Nieuw"), &Stamp::new(9, "t", "w")).unwrap();
        let plan = parse_import(&store, raw.as_bytes()).unwrap();
        assert!(plan.has_conflicts());
        assert_eq!(plan.items[0].existing, Some(Existing { name: "Oud".into(), replaceable: true }));

        let ids =
            apply_import(&mut store, &plan, &[ImportChoice::KeepBoth], "now", &mut counter(), "(import)").unwrap();
        assert_eq!(ids, vec!["new1".to_string()]);
        assert_eq!(store.open("d1").unwrap().dossier.name, "Oud");
        assert_eq!(store.open("new1").unwrap().dossier.name, "Nieuw (import)");

        let ids = apply_import(&mut store, &plan, &[ImportChoice::Replace], "now", &mut counter(), "(import)").unwrap();
        assert_eq!(ids, vec!["d1".to_string()]);
        let opened = store.open("d1").unwrap();
        assert_eq!(opened.dossier.name, "Nieuw");
        assert_eq!(opened.revision, 2, "a replace continues the stored revisions");
    }

    #[test]
    fn backup_with_repeated_and_unsafe_ids_gets_new_ids() {
        let mut store = store_with(&[]);
        let stamp = Stamp::new(1, "t", "w");
        let list: Vec<_> = [dossier("a", "1"), dossier("a", "2"), dossier("<script>", "3"), dossier("", "4")]
            .iter()
            .map(|d| write_envelope(d, &stamp).unwrap())
            .collect();
        let raw = write_backup(&list, "t").unwrap();
        let plan = parse_import(&store, raw.as_bytes()).unwrap();
        assert_eq!(plan.source, ImportSource::Backup);
        assert_eq!(plan.items.iter().map(|i| i.needs_new_id).collect::<Vec<_>>(), [false, true, true, true]);
        assert_eq!(plan.items[1].path, "dossiers[1]");
        let ids = apply_import(&mut store, &plan, &[], "now", &mut counter(), "(kopie)").unwrap();
        assert_eq!(ids, ["a", "new1", "new2", "new3"]);
        assert_eq!(store.open("new2").unwrap().dossier.name, "3", "no suffix: nothing existed under that id");
    }

    #[test]
    fn emergency_copy_imports_its_dossiers() {
        let store = store_with(&[]);
        let env = write_envelope(&dossier("d7", "Gered"), &Stamp::new(2, "t", "w")).unwrap();
        let file = json!({ "format": EMERGENCY_FORMAT, "saved": {
            "inkoopwijzer:settings": "{\"lang\":\"En\"}",
            "inkoopwijzer:dossier:d7": env,
            "inkoopwijzer:quarantine:dossier:x:2025": "garbage"
        } });
        let plan = parse_import(&store, file.to_string().as_bytes()).unwrap();
        assert_eq!(plan.source, ImportSource::Emergency);
        assert_eq!(plan.items.len(), 1);
        assert_eq!(plan.items[0].dossier.name, "Gered");

        let bad = json!({ "format": EMERGENCY_FORMAT, "saved": { "inkoopwijzer:dossier:d7": "{oops" } });
        let e = parse_import(&store, bad.to_string().as_bytes()).unwrap_err();
        assert!(
            matches!(&e, ImportError::Read(ReadError::BadField { path, .. }) if path == "saved[\"inkoopwijzer:dossier:d7\"]"),
            "{e:?}"
        );
    }

    #[test]
    fn bad_files_are_named_precisely() {
        let store = store_with(&[]);
        let err = |bytes: &[u8]| parse_import(&store, bytes).unwrap_err();
        assert_eq!(err(b""), ImportError::Empty);
        assert_eq!(err(b"  \n"), ImportError::Empty);
        assert_eq!(err(b"\xff\xfe{"), ImportError::NotUtf8 { offset: 0 });
        assert!(matches!(err(b"{\n\"format\": }"), ImportError::Read(ReadError::NotJson { line: 2, .. })));
        assert_eq!(err(b"[]"), ImportError::Read(ReadError::NotAnObject { path: ".".into() }));
        assert!(
            matches!(err(br#"{"format":"excel"}"#), ImportError::Read(ReadError::WrongFormat { found: Some(f), .. }) if f == "excel")
        );
        assert_eq!(err(br#"{"format":"inkoopwijzer-backup","schema":1,"dossiers":[]}"#), ImportError::NoDossiers);
        assert!(
            matches!(err(br#"{"format":"inkoopwijzer-backup","schema":1}"#), ImportError::Read(ReadError::BadField { path, .. }) if path == "dossiers")
        );
        assert!(matches!(
            err(br#"{"format":"inkoopwijzer-backup","schema":3,"dossiers":[]}"#),
            ImportError::NewerSchema { found: 3, .. }
        ));
        let newer = json!({ "format": BACKUP_FORMAT, "schema": 1, "dossiers": [
            { "format": DOSSIER_FORMAT, "schema": 1, "dossier": {} },
            { "format": DOSSIER_FORMAT, "schema": 5, "dossier": {} } ] });
        assert_eq!(
            err(newer.to_string().as_bytes()),
            ImportError::NewerSchema { path: "dossiers[1].schema".into(), found: 5, supported: CURRENT_SCHEMA }
        );
        let bad_field = json!({ "format": BACKUP_FORMAT, "schema": 1, "dossiers": [
            { "format": DOSSIER_FORMAT, "schema": 1, "dossier": { "exploration": { "participants": [ { "trajectories": "veel" } ] } } } ] });
        assert_eq!(
            err(bad_field.to_string().as_bytes()).to_string().split(':').next(),
            Some("dossiers[0].dossier.exploration.participants[0].trajectories")
        );
        let huge = vec![b' '; MAX_IMPORT_BYTES as usize + 1];
        assert!(matches!(err(&huge), ImportError::TooLarge { .. }));
    }

    #[test]
    fn a_failed_import_undoes_its_writes() {
        let mut store = store_with(&[dossier("d1", "Oud")]);
        let before = store.kv().snapshot();
        let stamp = Stamp::new(1, "t", "w");
        let mut big = dossier("d3", "groot");
        big.exploration.problem = "x".repeat(5000);
        let list: Vec<_> = [dossier("d1", "Vervangen"), dossier("d2", "Nieuw"), big]
            .iter()
            .map(|d| write_envelope(d, &stamp).unwrap())
            .collect();
        let plan = parse_import(&store, write_backup(&list, "t").unwrap().as_bytes()).unwrap();
        let used = store.kv().used();
        store.kv_mut().set_quota(Some(used + 1500));
        let choices = [ImportChoice::Replace, ImportChoice::KeepBoth, ImportChoice::KeepBoth];
        let e = apply_import(&mut store, &plan, &choices, "now", &mut counter(), "").unwrap_err();
        // The dossier that did not fit is named, with its size.
        assert!(matches!(&e, ImportError::NoRoom { name, bytes } if name == "Nieuw" && *bytes > 1000), "{e:?}");
        assert_eq!(store.kv().snapshot(), before);
    }
}
