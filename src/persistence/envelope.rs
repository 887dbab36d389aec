//! The versioned envelope a dossier is stored and exported in.
//!
//! ```json
//! { "format": "inkoopwijzer-dossier", "schema": 1, "revision": 7,
//!   "saved_at": "2025-11-22T17:36:00.000Z", "app_version": "0.1.0", "writer": "t3k9x2",
//!   "dossier": { ... } }
//! ```
//! The same text is the value under `inkoopwijzer:dossier:<id>` and the content of a
//! one-dossier backup file. A backup of all dossiers wraps a list of envelopes:
//! `{ "format": "inkoopwijzer-backup", "schema": 1, "exported_at": …, "app_version": …,
//! "dossiers": [envelope, …] }`.
//!
//! Reading never panics and never guesses: text that is not an envelope of this app is a
//! [`ReadError`] naming the field path; a schema newer than the app is [`Read::Newer`]
//! (shown read-only, never rewritten); an older schema is migrated (`migrate.rs`).

use super::migrate::{migrate, MigrationError};
use crate::domain::dossier::Dossier;
use serde::Serialize;
use serde_json::{Map, Value};

pub const DOSSIER_FORMAT: &str = "inkoopwijzer-dossier";
pub const BACKUP_FORMAT: &str = "inkoopwijzer-backup";
/// Written by `public/fallback.js` after a crash: `{ "format": …, "saved": { key: raw } }`.
pub const EMERGENCY_FORMAT: &str = "inkoopwijzer-noodkopie";
/// The dossier schema this version writes and reads without migration.
pub const CURRENT_SCHEMA: u32 = 1;
/// The version of the backup wrapper (the list around the envelopes).
pub const BACKUP_SCHEMA: u32 = 1;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The envelope's fields other than the dossier.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stamp {
    pub schema: u32,
    /// Raised by one on every save; used to detect saves from another tab.
    pub revision: u64,
    /// ISO 8601 UTC.
    pub saved_at: String,
    pub app_version: String,
    /// A random id of the tab (page load) that wrote this revision.
    pub writer: String,
}

impl Stamp {
    /// The stamp for a new revision written by this app.
    pub fn new(revision: u64, saved_at: &str, writer: &str) -> Stamp {
        Stamp {
            schema: CURRENT_SCHEMA,
            revision,
            saved_at: saved_at.to_string(),
            app_version: APP_VERSION.to_string(),
            writer: writer.to_string(),
        }
    }
}

/// What a stored or imported envelope holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read {
    /// Readable by this version (after migration when it was older).
    Current { dossier: Dossier, stamp: Stamp, migrated_from: Option<u32> },
    /// Written by a newer version: kept as it is and shown read-only. `dossier` is this
    /// version's best reading of it (unknown fields ignored), when that works at all.
    Newer { stamp: Stamp, dossier: Option<Dossier>, id: Option<String>, name: Option<String>, updated_at: Option<String> },
}

impl Read {
    pub fn stamp(&self) -> &Stamp {
        match self {
            Read::Current { stamp, .. } | Read::Newer { stamp, .. } => stamp,
        }
    }
}

/// Why a text is not a readable envelope. Every variant names where (a field path).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("not JSON (line {line}, column {column}): {detail}")]
    NotJson { line: usize, column: usize, detail: String },
    #[error("{path}: not a JSON object")]
    NotAnObject { path: String },
    #[error("{path}: not an Inkoopwijzer file (format {found:?})")]
    WrongFormat { path: String, found: Option<String> },
    #[error("{path}: missing or not a positive whole number")]
    BadSchema { path: String },
    #[error("{path}: {detail}")]
    BadField { path: String, detail: String },
    #[error("{path}: {error}")]
    Migration { path: String, error: MigrationError },
}

impl ReadError {
    /// The field path the error is about (`.` for the whole text).
    pub fn path(&self) -> &str {
        match self {
            ReadError::NotJson { .. } => ".",
            ReadError::NotAnObject { path }
            | ReadError::WrongFormat { path, .. }
            | ReadError::BadSchema { path }
            | ReadError::BadField { path, .. }
            | ReadError::Migration { path, .. } => path,
        }
    }
}

/// `a.b`, `b` at the root.
pub(crate) fn join(at: &str, field: &str) -> String {
    if at.is_empty() || at == "." {
        field.to_string()
    } else {
        format!("{at}.{field}")
    }
}

pub(crate) fn root(at: &str) -> String {
    if at.is_empty() {
        ".".to_string()
    } else {
        at.to_string()
    }
}

/// Parses text as JSON, with the position of the first error.
pub fn parse_json(raw: &str) -> Result<Value, ReadError> {
    serde_json::from_str(raw).map_err(|e| ReadError::NotJson {
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    })
}

/// Reads a stored or exported envelope.
pub fn read_envelope(raw: &str) -> Result<Read, ReadError> {
    read_envelope_value(parse_json(raw)?, "")
}

/// Reads an envelope that is already JSON; `at` is its path inside a larger file.
pub fn read_envelope_value(value: Value, at: &str) -> Result<Read, ReadError> {
    let Value::Object(mut obj) = value else {
        return Err(ReadError::NotAnObject { path: root(at) });
    };
    match obj.get("format") {
        Some(Value::String(f)) if f == DOSSIER_FORMAT => {}
        other => {
            return Err(ReadError::WrongFormat {
                path: join(at, "format"),
                found: other.map(|v| match v {
                    Value::String(s) => s.clone(),
                    v => v.to_string(),
                }),
            })
        }
    }
    let stamp = read_stamp(&obj, at)?;
    let dossier = obj.remove("dossier").ok_or_else(|| ReadError::BadField {
        path: join(at, "dossier"),
        detail: "missing".to_string(),
    })?;
    let dossier_at = join(at, "dossier");
    if !dossier.is_object() {
        // serde would read a struct from a list too (by position): refuse that shape.
        return Err(ReadError::BadField { path: dossier_at, detail: format!("expected an object, found {}", short(&dossier)) });
    }

    if stamp.schema > CURRENT_SCHEMA {
        let text = |field: &str| dossier.get(field).and_then(Value::as_str).map(str::to_string);
        let (id, name, updated_at) = (text("id"), text("name"), text("updated_at"));
        // Through the same deserializer as below: one instantiation of the dossier's code.
        let readable = serde_path_to_error::deserialize::<_, Dossier>(dossier).ok();
        return Ok(Read::Newer { stamp, dossier: readable, id, name, updated_at });
    }

    let (dossier, migrated_from) = if stamp.schema < CURRENT_SCHEMA {
        let migrated = migrate(dossier, stamp.schema, CURRENT_SCHEMA)
            .map_err(|error| ReadError::Migration { path: dossier_at.clone(), error })?;
        (migrated, Some(stamp.schema))
    } else {
        (dossier, None)
    };
    let dossier: Dossier = serde_path_to_error::deserialize(dossier).map_err(|e| {
        let inner = e.path().to_string();
        let path = if inner == "." { dossier_at.clone() } else { join(&dossier_at, &inner) };
        ReadError::BadField { path, detail: e.into_inner().to_string() }
    })?;
    Ok(Read::Current { dossier, stamp, migrated_from })
}

fn read_stamp(obj: &Map<String, Value>, at: &str) -> Result<Stamp, ReadError> {
    let schema = obj
        .get("schema")
        .and_then(Value::as_u64)
        .filter(|s| *s >= 1)
        .and_then(|s| u32::try_from(s).ok())
        .ok_or_else(|| ReadError::BadSchema { path: join(at, "schema") })?;
    let revision = match obj.get("revision") {
        None | Some(Value::Null) => 0,
        Some(v) => v.as_u64().ok_or_else(|| ReadError::BadField {
            path: join(at, "revision"),
            detail: format!("expected a whole number ≥ 0, found {}", short(v)),
        })?,
    };
    let text = |field: &str| -> Result<String, ReadError> {
        match obj.get(field) {
            None | Some(Value::Null) => Ok(String::new()),
            Some(Value::String(s)) => Ok(s.clone()),
            Some(v) => Err(ReadError::BadField {
                path: join(at, field),
                detail: format!("expected text, found {}", short(v)),
            }),
        }
    };
    Ok(Stamp { schema, revision, saved_at: text("saved_at")?, app_version: text("app_version")?, writer: text("writer")? })
}

/// A value for an error message: at most 40 characters.
fn short(v: &Value) -> String {
    let s = v.to_string();
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s,
    }
}

#[derive(Serialize)]
struct EnvelopeRef<'a> {
    format: &'static str,
    schema: u32,
    revision: u64,
    saved_at: &'a str,
    app_version: &'a str,
    writer: &'a str,
    dossier: &'a Dossier,
}

fn envelope_ref<'a>(dossier: &'a Dossier, stamp: &'a Stamp) -> EnvelopeRef<'a> {
    EnvelopeRef {
        format: DOSSIER_FORMAT,
        schema: CURRENT_SCHEMA,
        revision: stamp.revision,
        saved_at: &stamp.saved_at,
        app_version: &stamp.app_version,
        writer: &stamp.writer,
        dossier,
    }
}

// Size: the dossier's serialisation code is generated once per serializer it is used
// with, and the dossier is large. So it is serialised only by `write_envelope` (compact);
// files for people are that text re-indented by `pretty`, which keeps the key order.

/// The compact text stored in localStorage.
pub fn write_envelope(dossier: &Dossier, stamp: &Stamp) -> Result<String, serde_json::Error> {
    serde_json::to_string(&envelope_ref(dossier, stamp))
}

/// The envelope as a JSON value (tests and tools).
pub fn envelope_value(dossier: &Dossier, stamp: &Stamp) -> Result<Value, serde_json::Error> {
    serde_json::from_str(&write_envelope(dossier, stamp)?)
}

/// A one-dossier backup file: the envelope, indented for people who open it.
pub fn write_envelope_pretty(dossier: &Dossier, stamp: &Stamp) -> Result<String, serde_json::Error> {
    Ok(pretty(&write_envelope(dossier, stamp)?))
}

/// A backup of several dossiers. `envelopes` are envelope texts as stored (JSON that
/// `read_envelope` accepted, of any schema), put in the file as they are.
pub fn write_backup(envelopes: &[String], exported_at: &str) -> Result<String, serde_json::Error> {
    let head = format!(
        "{{\"format\":\"{BACKUP_FORMAT}\",\"schema\":{BACKUP_SCHEMA},\"exported_at\":{},\"app_version\":{},\"dossiers\":[",
        serde_json::to_string(exported_at)?,
        serde_json::to_string(APP_VERSION)?,
    );
    let mut compact = String::with_capacity(head.len() + envelopes.iter().map(|e| e.len() + 1).sum::<usize>() + 2);
    compact.push_str(&head);
    for (i, e) in envelopes.iter().enumerate() {
        if i > 0 {
            compact.push(',');
        }
        compact.push_str(e);
    }
    compact.push_str("]}");
    Ok(pretty(&compact))
}

/// Re-indents JSON text (two spaces per level), keeping everything else, the key order
/// included. Whitespace outside strings is dropped first, so any valid JSON works.
pub fn pretty(json: &str) -> String {
    fn newline(out: &mut String, indent: usize) {
        out.push('\n');
        for _ in 0..indent {
            out.push_str("  ");
        }
    }
    let mut out = String::with_capacity(json.len() + json.len() / 4);
    let mut indent = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    let mut chars = json.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
                match chars.peek() {
                    Some(&close @ ('}' | ']')) => {
                        out.push(close);
                        chars.next();
                    }
                    _ => {
                        indent += 1;
                        newline(&mut out, indent);
                    }
                }
            }
            '}' | ']' => {
                indent = indent.saturating_sub(1);
                newline(&mut out, indent);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, indent);
            }
            ':' => out.push_str(": "),
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample() -> Dossier {
        Dossier { id: "d1".into(), name: "Proef".into(), ..Dossier::default() }
    }

    #[test]
    fn write_then_read_keeps_the_stamp_and_the_dossier() {
        let stamp = Stamp::new(3, "2025-01-02T03:04:05.000Z", "tabA");
        let raw = write_envelope(&sample(), &stamp).unwrap();
        assert!(raw.starts_with("{\"format\":\"inkoopwijzer-dossier\",\"schema\":1,\"revision\":3"));
        match read_envelope(&raw).unwrap() {
            Read::Current { dossier, stamp: s, migrated_from } => {
                assert_eq!(dossier, sample());
                assert_eq!(s, stamp);
                assert_eq!(migrated_from, None);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn errors_name_the_field() {
        assert!(matches!(read_envelope("{\"format\": "), Err(ReadError::NotJson { line: 1, .. })));
        assert_eq!(read_envelope("[1]"), Err(ReadError::NotAnObject { path: ".".into() }));
        assert_eq!(
            read_envelope(r#"{"format":"other"}"#),
            Err(ReadError::WrongFormat { path: "format".into(), found: Some("other".into()) })
        );
        assert_eq!(
            read_envelope(r#"{"format":"inkoopwijzer-dossier","schema":0,"dossier":{}}"#),
            Err(ReadError::BadSchema { path: "schema".into() })
        );
        assert_eq!(
            read_envelope(r#"{"format":"inkoopwijzer-dossier","schema":"1","dossier":{}}"#),
            Err(ReadError::BadSchema { path: "schema".into() })
        );
        let e = read_envelope(r#"{"format":"inkoopwijzer-dossier","schema":1,"revision":-1,"dossier":{}}"#).unwrap_err();
        assert_eq!(e.path(), "revision");
        let e = read_envelope(r#"{"format":"inkoopwijzer-dossier","schema":1}"#).unwrap_err();
        assert_eq!(e.path(), "dossier");
        let e = read_envelope(r#"{"format":"inkoopwijzer-dossier","schema":1,"dossier":[]}"#).unwrap_err();
        assert_eq!(e.path(), "dossier");
        let raw = json!({ "format": DOSSIER_FORMAT, "schema": 1, "dossier": {
            "award": { "bids": [ {}, { "price": 12 } ] } } })
        .to_string();
        let e = read_envelope(&raw).unwrap_err();
        assert_eq!(e.path(), "dossier.award.bids[1].price");
        assert!(matches!(&e, ReadError::BadField { detail, .. } if detail.contains("invalid type")), "{e:?}");
        let raw = json!({ "format": DOSSIER_FORMAT, "schema": 1, "dossier": { "name": 5 } }).to_string();
        assert_eq!(read_envelope(&raw).unwrap_err().path(), "dossier.name");
    }

    #[test]
    fn a_newer_schema_is_not_an_error_and_keeps_what_it_can() {
        let raw = json!({ "format": DOSSIER_FORMAT, "schema": 99, "revision": 4, "dossier": {
            "id": "d9", "name": "Van later", "brand_new_field": { "x": 1 } } })
        .to_string();
        match read_envelope(&raw).unwrap() {
            Read::Newer { stamp, dossier, id, name, .. } => {
                assert_eq!(stamp.schema, 99);
                assert_eq!(stamp.revision, 4);
                assert_eq!(id.as_deref(), Some("d9"));
                assert_eq!(name.as_deref(), Some("Van later"));
                assert_eq!(dossier.map(|d| d.name), Some("Van later".to_string()));
            }
            other => panic!("{other:?}"),
        }
        // Even when this version cannot read its dossier at all.
        let raw = json!({ "format": DOSSIER_FORMAT, "schema": 2, "dossier": { "name": ["changed type"] } }).to_string();
        assert!(matches!(read_envelope(&raw), Ok(Read::Newer { dossier: None, .. })));
    }

    #[test]
    fn pretty_keeps_order_and_content() {
        let compact = r#"{"b":1,"a":[],"c":{},"d":[1,{"e":"x, y: {z} [\"q\"] \\"}],"f":"é😀"}"#;
        let p = pretty(compact);
        assert!(p.starts_with("{\n  \"b\": 1,\n  \"a\": [],\n  \"c\": {},"), "{p}");
        assert_eq!(serde_json::from_str::<Value>(&p).unwrap(), serde_json::from_str::<Value>(compact).unwrap());
        assert_eq!(pretty(&p), p, "idempotent");
        let stamp = Stamp::new(1, "t", "w");
        let file = write_envelope_pretty(&sample(), &stamp).unwrap();
        assert!(file.starts_with("{\n  \"format\": \"inkoopwijzer-dossier\""));
        assert!(matches!(read_envelope(&file), Ok(Read::Current { .. })));
    }

    #[test]
    fn backup_wraps_envelopes() {
        let stamp = Stamp::new(1, "t", "w");
        let v = write_envelope(&sample(), &stamp).unwrap();
        let raw = write_backup(&[v.clone(), v], "2025-01-01T00:00:00.000Z").unwrap();
        assert!(raw.starts_with("{\n  \"format\": \"inkoopwijzer-backup\",\n  \"schema\": 1,"), "{raw}");
        let parsed: Value = serde_json::from_str(&raw).unwrap();
        assert_eq!(parsed["format"], BACKUP_FORMAT);
        assert_eq!(parsed["dossiers"].as_array().map(Vec::len), Some(2));
        assert_eq!(parsed["dossiers"][1]["dossier"]["name"], "Proef");
    }
}
