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
    /// version's best reading of it (unknown fields ignored), when that works at all;
    /// `name` is its name, or without one its purchase's title.
    Newer {
        stamp: Stamp,
        dossier: Option<Dossier>,
        id: Option<String>,
        name: Option<String>,
        updated_at: Option<String>,
    },
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
    /// JSON nested deeper than the reader follows (128 levels): no file of this app is.
    #[error("nested too deeply (line {line}, column {column})")]
    TooDeep { line: usize, column: usize },
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
            ReadError::NotJson { .. } | ReadError::TooDeep { .. } => ".",
            ReadError::NotAnObject { path }
            | ReadError::WrongFormat { path, .. }
            | ReadError::BadSchema { path }
            | ReadError::BadField { path, .. }
            | ReadError::Migration { path, .. } => path,
        }
    }
}

/// What is wrong with a field, for a message in the user's language. The reader's own
/// detail ([`ReadError::BadField`]) is English and technical; it is shown only behind a
/// "technical details" disclosure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldIssue {
    /// The value is of another kind than the field holds (a number where text belongs).
    WrongKind {
        found: ValueKind,
        expected: ValueKind,
    },
    /// The kind is right but the value is not allowed (a negative count, a number too large,
    /// an amount not written as a decimal with a point).
    BadValue {
        expected: ValueKind,
    },
    /// A choice this version does not know.
    UnknownChoice {
        found: String,
    },
    Missing,
    Other,
}

/// The kinds of value a message names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// `null`.
    Empty,
    YesNo,
    WholeNumber,
    Number,
    Text,
    /// An exact amount or percentage: text with a decimal point (`"4250.00"`).
    Amount,
    List,
    /// A group of named fields (a JSON object).
    Object,
    /// One of a fixed set of choices.
    Choice,
    Unknown,
}

impl FieldIssue {
    /// Reads the detail of a [`ReadError::BadField`]: serde's phrasing (`invalid type:
    /// integer `5`, expected a string`, `invalid value: …`, `unknown variant `x`, expected one
    /// of …`, `missing field `x``) and this module's own (`expected text, found 5`, `missing`).
    /// Anything else is [`FieldIssue::Other`].
    pub fn of(detail: &str) -> FieldIssue {
        let d = detail.trim();
        if d == "missing" || d.starts_with("missing field") {
            return FieldIssue::Missing;
        }
        if let Some(rest) = d.strip_prefix("unknown variant `") {
            let found = rest.split('`').next().unwrap_or_default().chars().take(40).collect();
            return FieldIssue::UnknownChoice { found };
        }
        if let Some(rest) = d.strip_prefix("invalid type: ") {
            let (found, expected) = rest.rsplit_once(", expected ").unwrap_or((rest, ""));
            return FieldIssue::WrongKind { found: found_kind(found), expected: expected_kind(expected) };
        }
        if let Some(rest) = d.strip_prefix("invalid value: ") {
            let expected = rest.rsplit_once(", expected ").map_or("", |(_, e)| e);
            return FieldIssue::BadValue { expected: expected_kind(expected) };
        }
        if let Some(rest) = d.strip_prefix("expected ") {
            let (expected, found) = match rest.rsplit_once(", found ") {
                Some((e, f)) => (expected_kind(e), literal_kind(f)),
                None => (expected_kind(rest), ValueKind::Unknown),
            };
            let numbers = [ValueKind::WholeNumber, ValueKind::Number];
            return if found == expected || (numbers.contains(&found) && numbers.contains(&expected)) {
                FieldIssue::BadValue { expected }
            } else {
                FieldIssue::WrongKind { found, expected }
            };
        }
        FieldIssue::Other
    }
}

/// The kind of serde's "unexpected" phrase (`integer `5``, `string "x"`, `map`, `null`).
fn found_kind(found: &str) -> ValueKind {
    let f = found.trim();
    match f.split([' ', '`', '"']).next().unwrap_or_default() {
        "null" | "unit" => ValueKind::Empty,
        "boolean" => ValueKind::YesNo,
        "integer" => ValueKind::WholeNumber,
        "floating" => ValueKind::Number,
        "string" | "character" => ValueKind::Text,
        "sequence" => ValueKind::List,
        "map" => ValueKind::Object,
        _ => ValueKind::Unknown,
    }
}

/// The kind of a JSON text as this module quotes it in details (`-3`, `"x"`, `[1]`).
fn literal_kind(found: &str) -> ValueKind {
    let f = found.trim();
    match f.chars().next() {
        Some('"') => ValueKind::Text,
        Some('[') => ValueKind::List,
        Some('{') => ValueKind::Object,
        Some('t' | 'f') => ValueKind::YesNo,
        Some('n') => ValueKind::Empty,
        Some(c) if c == '-' || c.is_ascii_digit() => {
            if f.contains(['.', 'e', 'E']) {
                ValueKind::Number
            } else {
                ValueKind::WholeNumber
            }
        }
        _ => ValueKind::Unknown,
    }
}

/// The kind of serde's "expected" phrase (`a string`, `u32`, `a Decimal type …`, `struct
/// Participant`, `one of …`) or this module's own (`text`, `a whole number ≥ 0`).
fn expected_kind(expected: &str) -> ValueKind {
    let e = expected.trim().to_ascii_lowercase();
    let integer = |t: &str| {
        let digits = t.trim_start_matches(['u', 'i']);
        t.len() > digits.len()
            && (digits == "size" || (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())))
    };
    if e.contains("decimal") {
        ValueKind::Amount
    } else if e.contains("whole number") || integer(&e) {
        ValueKind::WholeNumber
    } else if e == "f32" || e == "f64" || e.contains("number") {
        ValueKind::Number
    } else if e.contains("string") || e.contains("text") {
        ValueKind::Text
    } else if e.contains("boolean") || e == "bool" {
        ValueKind::YesNo
    } else if e.contains("sequence") || e.contains("list") {
        ValueKind::List
    } else if e.starts_with("struct") || e.contains("map") || e.contains("object") {
        ValueKind::Object
    } else if e.contains("one of") || e.contains("variant") {
        ValueKind::Choice
    } else {
        ValueKind::Unknown
    }
}

/// The name of a dossier (or, without one, its title) as far as it can be read from stored
/// text that is not a readable envelope, so that a message can name the dossier instead of
/// its storage key. Best effort: `None` when nothing in the text looks like a name.
pub fn salvage_name(raw: &str) -> Option<String> {
    let clean = |s: &str| -> Option<String> {
        let t: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        let t: String = t.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(120).collect();
        (!t.is_empty()).then_some(t)
    };
    // JSON of another shape: the envelope's dossier, or a bare dossier.
    if let Ok(v) = serde_json::from_str::<Value>(raw) {
        let d = v.get("dossier").filter(|d| d.is_object()).unwrap_or(&v);
        let name = d.get("name").and_then(Value::as_str).and_then(clean);
        let title = || d.get("exploration")?.get("title")?.as_str().and_then(clean);
        return name.or_else(title);
    }
    // Cut-off or damaged JSON: the first `"name": "…"` (the dossier's own comes before any
    // other name in the text this app writes), else the first `"title": "…"`.
    let from = raw.find("\"dossier\"").unwrap_or(0);
    let rest = raw.get(from..).unwrap_or(raw);
    string_field(rest, "name").and_then(|n| clean(&n)).or_else(|| string_field(rest, "title").and_then(|t| clean(&t)))
}

/// The first string value of `"field": "…"` in JSON-like text, decoded.
fn string_field(text: &str, field: &str) -> Option<String> {
    let key = format!("\"{field}\"");
    let mut search = text;
    while let Some(at) = search.find(&key) {
        let after = search.get(at + key.len()..)?;
        let value = after.trim_start().strip_prefix(':').map(str::trim_start);
        if let Some(v) = value.filter(|v| v.starts_with('"')) {
            // The string literal ends at the first quote that no backslash escapes.
            let mut escaped = false;
            for (i, c) in v.char_indices().skip(1) {
                match c {
                    '\\' if !escaped => escaped = true,
                    '"' if !escaped => return serde_json::from_str::<String>(v.get(..=i)?).ok(),
                    _ => escaped = false,
                }
            }
            return None;
        }
        search = after;
    }
    None
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
    serde_json::from_str(raw).map_err(|e| {
        let (line, column, detail) = (e.line(), e.column(), e.to_string());
        // serde_json names this case only in its message.
        if detail.starts_with("recursion limit exceeded") {
            ReadError::TooDeep { line, column }
        } else {
            ReadError::NotJson { line, column, detail }
        }
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
    let dossier = obj
        .remove("dossier")
        .ok_or_else(|| ReadError::BadField { path: join(at, "dossier"), detail: "missing".to_string() })?;
    let dossier_at = join(at, "dossier");
    if !dossier.is_object() {
        // serde would read a struct from a list too (by position): refuse that shape.
        return Err(ReadError::BadField {
            path: dossier_at,
            detail: format!("expected an object, found {}", short(&dossier)),
        });
    }

    if stamp.schema > CURRENT_SCHEMA {
        let text = |field: &str| dossier.get(field).and_then(Value::as_str).map(str::to_string);
        let (id, updated_at) = (text("id"), text("updated_at"));
        // The name the list shows: the dossier's name, or without one its purchase's title
        // (as `Dossier::display_name` does for a dossier this version reads).
        let title = dossier.get("exploration").and_then(|e| e.get("title")).and_then(Value::as_str);
        let name = [text("name").as_deref(), title]
            .into_iter()
            .flatten()
            .map(str::trim)
            .find(|n| !n.is_empty())
            .map(str::to_string);
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
            Some(v) => {
                Err(ReadError::BadField { path: join(at, field), detail: format!("expected text, found {}", short(v)) })
            }
        }
    };
    Ok(Stamp {
        schema,
        revision,
        saved_at: text("saved_at")?,
        app_version: text("app_version")?,
        writer: text("writer")?,
    })
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
    /// What the dossier list shows, so that the start page can list the dossiers without the
    /// dossier reader (see `persistence::summary::listed`). Derived from `dossier`; a reader of
    /// the dossier ignores it, and a version from before it ignores it too.
    summary: Listed<'a>,
    dossier: &'a Dossier,
}

/// The envelope's `summary`: the dossier list's row of this dossier.
#[derive(Serialize)]
struct Listed<'a> {
    name: &'a str,
    created_at: &'a str,
    updated_at: &'a str,
    steps_complete: usize,
    steps_started: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    demo_of: Option<&'a str>,
}

fn envelope_ref<'a>(dossier: &'a Dossier, stamp: &'a Stamp) -> EnvelopeRef<'a> {
    EnvelopeRef {
        format: DOSSIER_FORMAT,
        schema: CURRENT_SCHEMA,
        revision: stamp.revision,
        saved_at: &stamp.saved_at,
        app_version: &stamp.app_version,
        writer: &stamp.writer,
        summary: Listed {
            name: dossier.display_name().unwrap_or_default(),
            created_at: &dossier.created_at,
            updated_at: &dossier.updated_at,
            steps_complete: super::summary::steps_complete(dossier),
            steps_started: super::summary::steps_started(dossier),
            demo_of: dossier.demo_of.as_deref(),
        },
        dossier,
    }
}

// Size: the dossier's serialisation code is generated once per serializer it is used
// with, and the dossier is large. So it is serialised only by `write_envelope` (compact);
// files for people are that text re-indented by `pretty`, which keeps the key order.

/// The compact text stored in localStorage: ASCII only, every other character written as
/// a JSON `\uXXXX` escape (see [`AsciiFormatter`]).
pub fn write_envelope(dossier: &Dossier, stamp: &Stamp) -> Result<String, serde_json::Error> {
    let mut out = Vec::with_capacity(64 * 1024);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, AsciiFormatter);
    envelope_ref(dossier, stamp).serialize(&mut ser)?;
    // Only ASCII was written, so this cannot fail; no `unwrap` all the same.
    String::from_utf8(out).map_err(|e| serde::ser::Error::custom(e.to_string()))
}

/// Compact JSON with every character outside ASCII escaped as `\uXXXX` (UTF-16 units, so
/// a character outside the Basic Multilingual Plane becomes a surrogate pair), which every
/// JSON reader decodes back to the same text.
///
/// Why: Dutch text nearly always holds a character outside Latin-1 (`€`, `‘`, `’`), and one
/// such character makes the browser keep the whole text as a two-byte string. Measured in
/// Chromium at 4x CPU on the 1 MB benchmark dossier: the UTF-8 to UTF-16 conversion when the
/// text crosses into JavaScript took ~14 ms and `localStorage.setItem` ~32 ms; as ASCII they
/// take ~1.5 ms and ~7 ms, for ~2 ms more serialising (~9 ms instead of ~7). Pure ASCII
/// crosses as a one-byte string and is stored at one byte per character, which also leaves
/// more of the origin's storage quota for dossiers.
pub struct AsciiFormatter;

impl serde_json::ser::Formatter for AsciiFormatter {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        // Most text is ASCII: one fast check (word at a time) and one copy.
        let mut rest = fragment;
        while !rest.is_ascii() {
            // The first byte that is not ASCII starts a character.
            let at = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
            let (ascii, tail) = rest.split_at_checked(at).unwrap_or((rest, ""));
            writer.write_all(ascii.as_bytes())?;
            let mut chars = tail.chars();
            let Some(c) = chars.next() else { break };
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                let u = *unit as usize;
                writer.write_all(&[b'\\', b'u', HEX[u >> 12], HEX[(u >> 8) & 15], HEX[(u >> 4) & 15], HEX[u & 15]])?;
            }
            rest = chars.as_str();
        }
        writer.write_all(rest.as_bytes())
    }
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

/// Reads a `\uXXXX` escape at the start of `s` (which starts right after a backslash).
fn hex_escape(s: &str) -> Option<u32> {
    let hex = s.strip_prefix('u')?.get(..4)?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(hex, 16).ok()
}

/// The character a `\uXXXX` escape (or a surrogate pair of them) at the start of `s` stands
/// for, when it is outside ASCII, and the bytes it takes after the backslash. ASCII escapes
/// (quotes, control characters) and unpaired surrogates stay escaped.
fn non_ascii_escape(s: &str) -> Option<(char, usize)> {
    let first = hex_escape(s)?;
    match first {
        0xD800..=0xDBFF => {
            let low = hex_escape(s.get(5..)?.strip_prefix('\\')?)?;
            if !(0xDC00..=0xDFFF).contains(&low) {
                return None;
            }
            char::from_u32(0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00)).map(|c| (c, 11))
        }
        0x80.. => char::from_u32(first).map(|c| (c, 5)),
        _ => None,
    }
}

/// Re-indents JSON text (two spaces per level) for people who open the file, keeping
/// everything else, the key order included. Whitespace outside strings is dropped first, so
/// any valid JSON works. Characters outside ASCII that the stored text escapes (see
/// [`AsciiFormatter`]) are written as themselves (UTF-8), which means the same to JSON.
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
    let mut chars = json.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                if let Some((decoded, len)) = json.get(at + 1..).and_then(non_ascii_escape) {
                    out.push(decoded);
                    for _ in 0..len {
                        chars.next();
                    }
                    continue;
                }
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            out.push(c);
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                while chars.peek().is_some_and(|(_, c)| c.is_whitespace()) {
                    chars.next();
                }
                match chars.peek() {
                    Some(&(_, close @ ('}' | ']'))) => {
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

    /// Issue 17: a new dossier's price formula is fixed bounds, but a dossier stored (or
    /// imported) before, with or without the field, keeps the formula it had.
    #[test]
    fn a_stored_dossier_keeps_its_price_formula_on_reading() {
        use crate::domain::scoring::model::PriceFormula;
        let envelope = |dossier: &str| {
            format!(
                r#"{{"format":"inkoopwijzer-dossier","schema":1,"revision":4,"saved_at":"2026-01-02T03:04:05.000Z","app_version":"0.1.0","writer":"tabA","dossier":{dossier}}}"#
            )
        };
        let fixed = PriceFormula::FixedBounds {
            low: Some(crate::domain::money::Money(rust_decimal::Decimal::from(3_000))),
            high: Some(crate::domain::money::Money(rust_decimal::Decimal::from(6_000))),
        };
        for (stored, expected) in [
            (r#"{"id":"d1","name":"Oud"}"#, PriceFormula::RelativeToLowest),
            (r#"{"id":"d1","name":"Oud","award":{"criteria":[]}}"#, PriceFormula::RelativeToLowest),
            (r#"{"id":"d1","award":{"formula":{"kind":"relative_to_lowest"}}}"#, PriceFormula::RelativeToLowest),
            (r#"{"id":"d1","award":{"formula":{"kind":"linear_lowest_highest"}}}"#, PriceFormula::LinearLowestHighest),
            (r#"{"id":"d1","award":{"formula":{"kind":"fixed_bounds","low":"3000","high":"6000"}}}"#, fixed),
        ] {
            let Read::Current { dossier, .. } = read_envelope(&envelope(stored)).unwrap() else {
                panic!("{stored}");
            };
            assert_eq!(dossier.award.formula, expected, "{stored}");
            // Written back and read again (a save), it still has that formula.
            let again = write_envelope(&dossier, &Stamp::new(5, "2026-01-03T00:00:00.000Z", "tabB")).unwrap();
            let Read::Current { dossier: back, .. } = read_envelope(&again).unwrap() else { panic!("{again}") };
            assert_eq!(back.award.formula, expected, "{stored} after a save");
        }
        // A new dossier's fixed bounds are written out, so they too survive a save.
        let new = Dossier { id: "d2".into(), ..Dossier::named("Nieuw".into()) };
        let raw = write_envelope(&new, &Stamp::new(1, "2026-01-02T03:04:05.000Z", "tabA")).unwrap();
        let Read::Current { dossier, .. } = read_envelope(&raw).unwrap() else { panic!("{raw}") };
        assert_eq!(dossier.award.formula, PriceFormula::FixedBounds { low: None, high: None });
        // Every demo keeps the formula its source chose.
        for case in crate::domain::demo::demo_cases() {
            let d = case.dossier();
            let raw = write_envelope(&d, &Stamp::new(1, "2026-01-02T03:04:05.000Z", "tabA")).unwrap();
            let Read::Current { dossier, .. } = read_envelope(&raw).unwrap() else { panic!("{}", case.key) };
            assert_eq!(dossier.award.formula, d.award.formula, "{}", case.key);
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
        let e =
            read_envelope(r#"{"format":"inkoopwijzer-dossier","schema":1,"revision":-1,"dossier":{}}"#).unwrap_err();
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
    fn a_newer_dossier_without_a_name_is_named_by_its_title() {
        let raw = json!({ "format": DOSSIER_FORMAT, "schema": 7, "dossier": {
            "id": "d9", "name": "  ", "exploration": { "title": " Taaltrajecten 2027 " } } })
        .to_string();
        assert!(matches!(read_envelope(&raw), Ok(Read::Newer { name: Some(n), .. }) if n == "Taaltrajecten 2027"));
        let raw =
            json!({ "format": DOSSIER_FORMAT, "schema": 7, "dossier": { "name": 5, "exploration": [] } }).to_string();
        assert!(matches!(read_envelope(&raw), Ok(Read::Newer { name: None, .. })));
    }

    #[test]
    fn field_issues_are_read_from_the_details() {
        use FieldIssue::*;
        use ValueKind::*;
        let issue = |patch: Value| {
            let mut v = json!({ "format": DOSSIER_FORMAT, "schema": 1, "dossier": {} });
            if let (Some(d), Value::Object(p)) = (v.get_mut("dossier").and_then(Value::as_object_mut), patch) {
                d.extend(p);
            }
            match read_envelope(&v.to_string()) {
                Err(ReadError::BadField { detail, .. }) => FieldIssue::of(&detail),
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(issue(json!({ "name": 5 })), WrongKind { found: WholeNumber, expected: Text });
        assert_eq!(issue(json!({ "name": null })), WrongKind { found: Empty, expected: Text });
        assert_eq!(issue(json!({ "name": [1] })), WrongKind { found: List, expected: Text });
        assert_eq!(issue(json!({ "name": true })), WrongKind { found: YesNo, expected: Text });
        let participant = |field: &str, v: Value| json!({ "exploration": { "participants": [ { field: v } ] } });
        assert_eq!(issue(participant("trajectories", json!("x"))), WrongKind { found: Text, expected: WholeNumber });
        assert_eq!(issue(participant("trajectories", json!(1.5))), WrongKind { found: Number, expected: WholeNumber });
        assert_eq!(issue(participant("trajectories", json!(-1))), BadValue { expected: WholeNumber });
        assert_eq!(issue(participant("budget", json!("4.250,00"))), BadValue { expected: Amount });
        assert_eq!(issue(participant("budget", json!(4250))), WrongKind { found: WholeNumber, expected: Amount });
        assert_eq!(
            issue(json!({ "exploration": { "participants": {} } })),
            WrongKind { found: Object, expected: List }
        );
        assert_eq!(
            issue(json!({ "exploration": { "buyer_role": "koning" } })),
            UnknownChoice { found: "koning".into() }
        );
        assert_eq!(issue(json!({ "exploration": 3 })), WrongKind { found: WholeNumber, expected: Object });
        // This module's own details.
        assert_eq!(FieldIssue::of("expected a whole number ≥ 0, found -3"), BadValue { expected: WholeNumber });
        assert_eq!(FieldIssue::of("expected text, found [1]"), WrongKind { found: List, expected: Text });
        assert_eq!(FieldIssue::of("expected an object, found \"x\""), WrongKind { found: Text, expected: Object });
        assert_eq!(FieldIssue::of("missing"), Missing);
        assert_eq!(FieldIssue::of("something else entirely"), Other);
    }

    #[test]
    fn json_nested_too_deeply_is_told_apart_from_broken_json() {
        let deep = "[".repeat(10_000);
        assert!(matches!(read_envelope(&deep), Err(ReadError::TooDeep { line: 1, .. })));
        let deep = format!("{{\"format\":\"inkoopwijzer-dossier\",\"dossier\":{}", "{\"a\":".repeat(10_000));
        assert!(matches!(read_envelope(&deep), Err(ReadError::TooDeep { .. })));
        assert!(matches!(read_envelope("{\"format\": "), Err(ReadError::NotJson { .. })));
    }

    #[test]
    fn a_name_is_salvaged_from_text_that_does_not_read() {
        let raw =
            write_envelope(&Dossier { name: "Cliënt “werk” \\ 2027".into(), ..sample() }, &Stamp::new(1, "t", "w"))
                .unwrap();
        assert_eq!(salvage_name(&raw).as_deref(), Some("Cliënt “werk” \\ 2027"));
        // Cut off half-way: still found.
        assert_eq!(salvage_name(&raw[..raw.len() / 2]).as_deref(), Some("Cliënt “werk” \\ 2027"));
        let mut titled = sample();
        titled.name.clear();
        titled.exploration.title = "Taaltrajecten".into();
        let raw = write_envelope(&titled, &Stamp::new(1, "t", "w")).unwrap();
        assert_eq!(salvage_name(&raw).as_deref(), Some("Taaltrajecten"));
        assert_eq!(salvage_name(&raw[..raw.len() - 3]).as_deref(), Some("Taaltrajecten"));
        assert_eq!(salvage_name(r#"{"format":"x","dossier":{"name":"  Los\n\u0000 "}}"#).as_deref(), Some("Los"));
        assert_eq!(salvage_name("not json at all"), None);
        assert_eq!(salvage_name(r#"{"dossier":{"name":"unterminated"#), None);
        assert_eq!(salvage_name(""), None);
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
    fn stored_text_is_ascii_and_reads_back_every_character() {
        let name = "Cliënt € ‘werk’ 😀 \"q\" \\ \u{1}\n\u{80}\u{ffff} Ω";
        let d = Dossier { name: name.into(), ..sample() };
        let raw = write_envelope(&d, &Stamp::new(1, "t", "w")).unwrap();
        assert!(raw.is_ascii(), "{raw}");
        assert!(
            raw.contains(r#"Cli\u00ebnt \u20ac \u2018werk\u2019 \ud83d\ude00 \"q\" \\ \u0001\n\u0080\uffff \u03a9"#),
            "{raw}"
        );
        match read_envelope(&raw).unwrap() {
            Read::Current { dossier, .. } => assert_eq!(dossier.name, name),
            other => panic!("{other:?}"),
        }
        // Same value as serde_json's own (UTF-8) output.
        let plain = serde_json::to_string(&envelope_ref(&d, &Stamp::new(1, "t", "w"))).unwrap();
        assert_eq!(serde_json::from_str::<Value>(&raw).unwrap(), serde_json::from_str::<Value>(&plain).unwrap());
    }

    #[test]
    fn pretty_writes_escaped_characters_as_themselves() {
        let compact = r#"{"a":"Cli\u00ebnt \u20AC \ud83d\ude00 \u0022 \\u00e9 \ud800 x \udc00 \u00","b":"\ud83dz"}"#;
        let p = pretty(compact);
        assert!(p.contains(r#""Cliënt € 😀 \u0022 \\u00e9 \ud800 x \udc00 \u00""#), "{p}");
        assert!(p.contains(r#""\ud83dz""#), "{p}");
        assert_eq!(pretty(&p), p, "idempotent");
        let file =
            write_envelope_pretty(&Dossier { name: "Cliënt €".into(), ..sample() }, &Stamp::new(1, "t", "w")).unwrap();
        assert!(file.contains("\"name\": \"Cliënt €\""), "{file}");
    }

    // proptest is a native dev-dependency (the unit tests are also built for the browser).
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn any_text_survives_storage_and_backup(name in "\\PC*", notes in ".*") {
            let mut d = Dossier { name: name.clone(), ..sample() };
            d.exploration.problem = notes.clone();
            let raw = write_envelope(&d, &Stamp::new(1, "t", "w")).unwrap();
            proptest::prop_assert!(raw.is_ascii());
            for text in [raw.clone(), pretty(&raw)] {
                match read_envelope(&text).unwrap() {
                    Read::Current { dossier, .. } => proptest::prop_assert_eq!(&dossier, &d),
                    other => proptest::prop_assert!(false, "{:?}", other),
                }
            }
        }
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
