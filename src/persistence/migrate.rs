//! Schema migrations: one function per schema step, over `serde_json::Value`, in an ordered
//! table. A dossier written with schema `n` is brought to the current schema by running the
//! steps `n → n+1`, `n+1 → n+2`, … in order.
//!
//! To change the dossier in a way `#[serde(default)]` cannot absorb (a rename, a changed
//! type, a split field): raise `CURRENT_SCHEMA` in `envelope.rs`, add
//! `Migration { from: n, run: migrate_vn_to_vn1 }` to [`MIGRATIONS`], and add a fixture
//! `tests/fixtures/dossier_vn.json` with a test that it reads. Adding an optional field
//! needs no migration: every struct of the dossier is `#[serde(default)]`.

use serde_json::Value;

/// One schema step: turns a dossier (the envelope's `dossier` value) of schema `from` into
/// one of schema `from + 1`.
#[derive(Clone, Copy)]
pub struct Migration {
    pub from: u32,
    pub run: fn(Value) -> Result<Value, String>,
}

/// The migrations of the app, ordered by `from`. Schema 1 is the first: nothing to do yet.
pub const MIGRATIONS: &[Migration] = &[];

/// Why a dossier could not be migrated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MigrationError {
    /// No step starts at this schema (a hole in the table, or a schema below the first).
    #[error("no migration from schema {0}")]
    Missing(u32),
    /// A step refused the data.
    #[error("migration from schema {from} failed: {detail}")]
    Failed { from: u32, detail: String },
}

/// Runs the steps of `table` from schema `from` up to schema `to`.
pub fn migrate_with(table: &[Migration], mut value: Value, from: u32, to: u32) -> Result<Value, MigrationError> {
    let mut schema = from;
    while schema < to {
        let step = table.iter().find(|m| m.from == schema).ok_or(MigrationError::Missing(schema))?;
        value = (step.run)(value).map_err(|detail| MigrationError::Failed { from: schema, detail })?;
        schema += 1;
    }
    Ok(value)
}

/// Brings a dossier of schema `from` to schema `to` with the app's own table.
pub fn migrate(value: Value, from: u32, to: u32) -> Result<Value, MigrationError> {
    migrate_with(MIGRATIONS, value, from, to)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::json;

    // A test-only history: schema 1 called the name `title_text`; schema 2 renamed it to
    // `name`; schema 3 turned `budget` from a number into an exact decimal string.
    fn v1_to_v2(mut v: Value) -> Result<Value, String> {
        let obj = v.as_object_mut().ok_or("not an object")?;
        if let Some(t) = obj.remove("title_text") {
            obj.insert("name".into(), t);
        }
        Ok(v)
    }

    fn v2_to_v3(mut v: Value) -> Result<Value, String> {
        let obj = v.as_object_mut().ok_or("not an object")?;
        if let Some(b) = obj.get("budget").cloned() {
            let n = b.as_i64().ok_or_else(|| format!("budget is not a whole number: {b}"))?;
            obj.insert("budget".into(), Value::String(format!("{n}.00")));
        }
        Ok(v)
    }

    const TABLE: &[Migration] = &[Migration { from: 1, run: v1_to_v2 }, Migration { from: 2, run: v2_to_v3 }];

    #[test]
    fn steps_run_in_order_from_any_schema() {
        let v1 = json!({ "title_text": "Re-integratie", "budget": 4250 });
        assert_eq!(migrate_with(TABLE, v1, 1, 3).unwrap(), json!({ "name": "Re-integratie", "budget": "4250.00" }));
        let v2 = json!({ "name": "X", "budget": 1 });
        assert_eq!(migrate_with(TABLE, v2, 2, 3).unwrap(), json!({ "name": "X", "budget": "1.00" }));
        let v3 = json!({ "name": "Y" });
        assert_eq!(migrate_with(TABLE, v3.clone(), 3, 3).unwrap(), v3);
    }

    #[test]
    fn a_missing_or_failing_step_is_an_error() {
        assert_eq!(migrate_with(TABLE, json!({}), 0, 3), Err(MigrationError::Missing(0)));
        assert_eq!(migrate_with(&TABLE[1..], json!({}), 1, 3), Err(MigrationError::Missing(1)));
        let err = migrate_with(TABLE, json!({ "budget": 1.5 }), 1, 3).unwrap_err();
        assert!(matches!(err, MigrationError::Failed { from: 2, .. }), "{err:?}");
        assert!(matches!(migrate_with(TABLE, json!([]), 1, 2), Err(MigrationError::Failed { from: 1, .. })));
    }

    #[test]
    fn the_app_table_is_ordered_and_contiguous() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.from as usize, i + 1, "migrations must start at schema 1 without holes");
        }
        assert_eq!(MIGRATIONS.len() as u32 + 1, crate::persistence::envelope::CURRENT_SCHEMA);
        // Today the current schema reads as is.
        assert_eq!(migrate(json!({ "id": "d1" }), 1, 1).unwrap(), json!({ "id": "d1" }));
    }
}
