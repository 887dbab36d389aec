//! Working together without a server: a dossier (or a part of it) sent to colleagues as a
//! file that carries the version they start from, so that their file, imported back into
//! the same dossier, can be merged since that version (`merge.rs`).
//!
//! Two things live here:
//!
//! - The **share file** (`inkoopwijzer-share`): who sent it, which part it is about, the
//!   version the recipients start from (`base`) and the version sent (`dossier`), both as
//!   complete dossier envelopes. It is read by the same checked import path as backups
//!   (`import.rs`), so a bad file gets the same precise messages.
//! - The **shared record** of a dossier in this browser (key `inkoopwijzer:shared:<id>`):
//!   the last version exchanged by file, the fingerprints of every version this browser
//!   sent or received, and the version the last merge replaced (so it can still be
//!   downloaded).
//!
//! Which base a merge uses: the file's own base when this browser knows that version (it
//! sent or received it, so its own copy descends from it), else the last version this
//! browser exchanged (a colleague's file made from a newer version this browser never saw;
//! the colleague received that from someone who had this browser's last version).

use super::envelope::{envelope_value, pretty, read_envelope_value, Read, ReadError, Stamp, APP_VERSION};
use super::merge::{dossier_value, Path, Seg};
use crate::domain::dossier::Dossier;
use crate::domain::steps::Step;
use serde_json::{Map, Value};

pub const SHARE_FORMAT: &str = "inkoopwijzer-share";
/// Version of the share file's own shape (the dossiers inside carry their own `schema`).
pub const SHARE_SCHEMA: u32 = 1;
pub const SHARED_PREFIX: &str = "inkoopwijzer:shared:";
pub const SHARED_FORMAT: &str = "inkoopwijzer-shared";
/// At most this many fingerprints are kept per dossier (the oldest go first).
pub const MAX_KNOWN: usize = 50;
/// Longest municipality or name accepted from a file (characters).
pub const MAX_SENDER_CHARS: usize = 200;

pub fn shared_key(id: &str) -> String {
    format!("{SHARED_PREFIX}{id}")
}

/// Who sent a file: as they typed it (there are no accounts).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sender {
    pub municipality: String,
    pub name: String,
}

/// What a file is about: the whole dossier, one step, or one participant's own part.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Part {
    #[default]
    Whole,
    Step(Step),
    /// A participant's own figures: its entry in the participant list (target-group size,
    /// budget, contact person), its first referrals, and its monitoring and accountability
    /// figures.
    Participant(String),
}

impl Part {
    /// The places of the dossier this part covers (`None`: all).
    pub fn paths(&self) -> Option<Vec<Path>> {
        let p = |segs: &[&str]| Path(segs.iter().map(|s| Seg::Field(s.to_string())).collect());
        match self {
            Part::Whole => None,
            Part::Step(step) => Some(match step {
                Step::Verkenning => vec![p(&["exploration"])],
                Step::Doelgroep => vec![p(&["target_group"])],
                Step::Bestek => vec![
                    p(&["specification"]),
                    p(&["award", "criteria"]),
                    p(&["award", "formula"]),
                    p(&["award", "knockouts"]),
                    p(&["award", "scale"]),
                ],
                Step::Uitvoeringsproces => vec![p(&["execution"])],
                Step::Offerteprocedure => vec![
                    p(&["procedure"]),
                    p(&["award", "evaluators"]),
                    p(&["award", "bids"]),
                    p(&["award", "disagreement_margin"]),
                ],
                Step::StartUitvoering => vec![p(&["start"])],
                Step::Monitoring => vec![p(&["monitoring"])],
                Step::Verantwoording => vec![p(&["accountability"])],
                Step::Evaluatie => vec![p(&["evaluation"])],
            }),
            Part::Participant(id) => {
                let item = Path(vec![
                    Seg::Field("exploration".into()),
                    Seg::Field("participants".into()),
                    Seg::Item(id.clone()),
                ]);
                let mut referrals = p(&["start", "first_referrals"]);
                referrals.0.push(Seg::Field(id.clone()));
                let mut figures = p(&["monitoring", "figures"]);
                figures.0.push(Seg::Field(id.clone()));
                Some(vec![item, referrals, figures])
            }
        }
    }
}

/// The step a place of the dossier is edited in (for "who changed what").
pub fn step_of(path: &Path) -> Option<Step> {
    let mut fields = path.0.iter().filter_map(|s| match s {
        Seg::Field(f) => Some(f.as_str()),
        _ => None,
    });
    Some(match (fields.next()?, fields.next()) {
        ("name" | "exploration", _) => Step::Verkenning,
        ("target_group", _) => Step::Doelgroep,
        ("specification", _) => Step::Bestek,
        ("award", Some("evaluators" | "bids" | "disagreement_margin")) => Step::Offerteprocedure,
        ("award", _) => Step::Bestek,
        ("execution", _) => Step::Uitvoeringsproces,
        ("procedure", _) => Step::Offerteprocedure,
        ("start", _) => Step::StartUitvoering,
        ("monitoring", _) => Step::Monitoring,
        ("accountability", _) => Step::Verantwoording,
        ("evaluation", _) => Step::Evaluatie,
        _ => return None,
    })
}

/// A share file, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareFile {
    pub sent_at: String,
    pub from: Sender,
    pub part: Part,
    /// The version the recipients started from.
    pub base: Dossier,
    /// The version sent.
    pub dossier: Dossier,
}

/// A dossier envelope inside a share file or record.
fn envelope(d: &Dossier, at: &str) -> Result<Value, serde_json::Error> {
    envelope_value(d, &Stamp::new(0, at, "share"))
}

/// The share file's text, indented for people who open it.
pub fn write_share(file: &ShareFile) -> Result<String, serde_json::Error> {
    let mut from = Map::new();
    from.insert("municipality".into(), Value::String(file.from.municipality.clone()));
    from.insert("name".into(), Value::String(file.from.name.clone()));
    let part = match &file.part {
        Part::Whole => Value::Null,
        Part::Step(step) => {
            let mut m = Map::new();
            m.insert("step".into(), Value::String(step.slug().into()));
            Value::Object(m)
        }
        Part::Participant(id) => {
            let mut m = Map::new();
            m.insert("participant".into(), Value::String(id.clone()));
            Value::Object(m)
        }
    };
    // Written in this order (serde_json's map keeps its keys sorted; the text is built by hand).
    let fields: [(&str, Value); 8] = [
        ("format", Value::String(SHARE_FORMAT.into())),
        ("schema", Value::from(SHARE_SCHEMA)),
        ("sent_at", Value::String(file.sent_at.clone())),
        ("app_version", Value::String(APP_VERSION.into())),
        ("from", Value::Object(from)),
        ("part", part),
        ("base", envelope(&file.base, &file.sent_at)?),
        ("dossier", envelope(&file.dossier, &file.sent_at)?),
    ];
    let mut text = String::from("{");
    for (i, (k, v)) in fields.iter().enumerate() {
        if i > 0 {
            text.push(',');
        }
        text.push_str(&serde_json::to_string(k)?);
        text.push(':');
        text.push_str(&serde_json::to_string(v)?);
    }
    text.push('}');
    Ok(pretty(&text))
}

/// Why a share file is not readable, beyond the envelope's own errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareRead {
    Read(Box<ShareFile>),
    /// One of its dossiers was written by a newer version (path of its `schema`).
    Newer {
        path: String,
        found: u32,
    },
}

fn text_field(obj: &Map<String, Value>, field: &str, at: &str) -> Result<String, ReadError> {
    let path = if at.is_empty() { field.to_string() } else { format!("{at}.{field}") };
    match obj.get(field) {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) if s.chars().count() <= MAX_SENDER_CHARS => Ok(s.clone()),
        Some(Value::String(_)) => {
            Err(ReadError::BadField { path, detail: format!("longer than {MAX_SENDER_CHARS} characters") })
        }
        Some(_) => Err(ReadError::BadField { path, detail: "expected text".into() }),
    }
}

/// Reads a share file's fields (its `format` was checked by the caller; `schema` is
/// checked here against [`SHARE_SCHEMA`] by the caller too).
pub fn read_share(mut obj: Map<String, Value>) -> Result<ShareRead, ReadError> {
    let sent_at = text_field(&obj, "sent_at", "")?;
    let from = match obj.get("from") {
        None | Some(Value::Null) => Sender::default(),
        Some(Value::Object(f)) => {
            Sender { municipality: text_field(f, "municipality", "from")?, name: text_field(f, "name", "from")? }
        }
        Some(_) => return Err(ReadError::BadField { path: "from".into(), detail: "expected an object".into() }),
    };
    let part = match obj.get("part") {
        None | Some(Value::Null) => Part::Whole,
        Some(Value::Object(p)) => match (p.get("step"), p.get("participant")) {
            (Some(Value::String(slug)), None) => Part::Step(Step::from_slug(slug).ok_or_else(|| {
                ReadError::BadField { path: "part.step".into(), detail: format!("unknown step {slug:?}") }
            })?),
            (None, Some(Value::String(id))) if !id.is_empty() => Part::Participant(id.clone()),
            _ => {
                return Err(ReadError::BadField {
                    path: "part".into(),
                    detail: "expected a step or a participant".into(),
                })
            }
        },
        Some(_) => return Err(ReadError::BadField { path: "part".into(), detail: "expected an object".into() }),
    };
    let mut read = |field: &str| -> Result<Result<Dossier, ShareRead>, ReadError> {
        let value =
            obj.remove(field).ok_or_else(|| ReadError::BadField { path: field.into(), detail: "missing".into() })?;
        Ok(match read_envelope_value(value, field)? {
            Read::Current { dossier, .. } => Ok(dossier),
            Read::Newer { stamp, .. } => Err(ShareRead::Newer { path: format!("{field}.schema"), found: stamp.schema }),
        })
    };
    let base = match read("base")? {
        Ok(d) => d,
        Err(newer) => return Ok(newer),
    };
    let dossier = match read("dossier")? {
        Ok(d) => d,
        Err(newer) => return Ok(newer),
    };
    if base.id != dossier.id {
        return Err(ReadError::BadField {
            path: "base.dossier.id".into(),
            detail: "the base is a version of another dossier".into(),
        });
    }
    Ok(ShareRead::Read(Box::new(ShareFile { sent_at, from, part, base, dossier })))
}

/// A fingerprint of one version of a dossier: 16 hex digits of a 64-bit FNV-1a hash of its
/// JSON form, without the fields that describe a browser's copy (id, times). Two browsers
/// holding the same version compute the same fingerprint.
pub fn fingerprint(d: &Dossier) -> String {
    let mut v = dossier_value(d);
    if let Value::Object(o) = &mut v {
        for k in ["id", "created_at", "updated_at"] {
            o.remove(k);
        }
    }
    let text = v.to_string();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// What this browser remembers of a dossier's exchanges by file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SharedRecord {
    /// The last version sent or received.
    pub last: Option<Dossier>,
    /// Fingerprints of every version sent or received (at most [`MAX_KNOWN`], newest last).
    pub known: Vec<String>,
    /// The version the last merge replaced, and when.
    pub replaced: Option<(Dossier, String)>,
    /// Text found under the key that this version could not read, kept as it was.
    pub unreadable: Option<String>,
}

impl SharedRecord {
    pub fn knows(&self, d: &Dossier) -> bool {
        self.known.contains(&fingerprint(d))
    }

    pub fn remember(&mut self, d: &Dossier) {
        let fp = fingerprint(d);
        self.known.retain(|k| *k != fp);
        self.known.push(fp);
        if self.known.len() > MAX_KNOWN {
            let extra = self.known.len() - MAX_KNOWN;
            self.known.drain(..extra);
        }
    }

    /// The base to merge a file with: see the module documentation.
    pub fn base_for<'a>(&'a self, file: &'a ShareFile) -> &'a Dossier {
        match &self.last {
            Some(last) if !self.knows(&file.base) => last,
            _ => &file.base,
        }
    }

    /// Reads the stored text; text it cannot read is kept in [`Self::unreadable`].
    pub fn from_text(raw: &str) -> SharedRecord {
        let unreadable = || SharedRecord { unreadable: Some(raw.to_string()), ..SharedRecord::default() };
        let Ok(Value::Object(mut obj)) = serde_json::from_str::<Value>(raw) else { return unreadable() };
        if obj.get("format").and_then(Value::as_str) != Some(SHARED_FORMAT) {
            return unreadable();
        }
        let mut dossier = |field: &str| match obj.remove(field) {
            Some(v @ Value::Object(_)) => match read_envelope_value(v, field) {
                Ok(Read::Current { dossier, .. }) => Ok(Some(dossier)),
                _ => Err(()),
            },
            None | Some(Value::Null) => Ok(None),
            Some(_) => Err(()),
        };
        let (Ok(last), Ok(replaced)) = (dossier("last"), dossier("replaced")) else { return unreadable() };
        let known = match obj.get("known") {
            Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).map(str::to_string).collect(),
            _ => Vec::new(),
        };
        let replaced_at = obj.get("replaced_at").and_then(Value::as_str).unwrap_or_default().to_string();
        let unreadable = obj.get("unreadable").and_then(Value::as_str).map(str::to_string);
        SharedRecord { last, known, replaced: replaced.map(|d| (d, replaced_at)), unreadable }
    }

    pub fn to_text(&self, now: &str) -> Result<String, serde_json::Error> {
        let mut obj = Map::new();
        obj.insert("format".into(), Value::String(SHARED_FORMAT.into()));
        obj.insert("schema".into(), Value::from(1));
        obj.insert("known".into(), Value::Array(self.known.iter().cloned().map(Value::String).collect()));
        let env = |d: &Option<&Dossier>| -> Result<Value, serde_json::Error> {
            d.map_or(Ok(Value::Null), |d| envelope(d, now))
        };
        obj.insert("last".into(), env(&self.last.as_ref())?);
        obj.insert("replaced".into(), env(&self.replaced.as_ref().map(|(d, _)| d))?);
        obj.insert(
            "replaced_at".into(),
            self.replaced.as_ref().map_or(Value::Null, |(_, at)| Value::String(at.clone())),
        );
        if let Some(u) = &self.unreadable {
            obj.insert("unreadable".into(), Value::String(u.clone()));
        }
        serde_json::to_string(&Value::Object(obj))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::persistence::envelope::parse_json;

    fn dossier(title: &str) -> Dossier {
        let mut d = Dossier { id: "d1".into(), ..Dossier::default() };
        d.exploration.title = title.into();
        d
    }

    fn read(text: &str) -> Result<ShareRead, ReadError> {
        let Value::Object(obj) = parse_json(text).unwrap() else { panic!() };
        read_share(obj)
    }

    #[test]
    fn a_share_file_reads_back() {
        let file = ShareFile {
            sent_at: "2026-12-01T10:00:00.000Z".into(),
            from: Sender { municipality: "Leiden".into(), name: "Jan de Vries".into() },
            part: Part::Step(Step::Bestek),
            base: dossier("Oud"),
            dossier: dossier("Nieuw"),
        };
        let text = write_share(&file).unwrap();
        assert!(text.starts_with("{\n  \"format\": \"inkoopwijzer-share\",\n  \"schema\": 1,"), "{text}");
        assert_eq!(read(&text).unwrap(), ShareRead::Read(Box::new(file.clone())));
        for part in [Part::Whole, Part::Participant("p2".into())] {
            let f = ShareFile { part, ..file.clone() };
            assert_eq!(read(&write_share(&f).unwrap()).unwrap(), ShareRead::Read(Box::new(f)));
        }
    }

    #[test]
    fn bad_share_files_are_named() {
        let good = write_share(&ShareFile {
            sent_at: String::new(),
            from: Sender::default(),
            part: Part::Whole,
            base: dossier("a"),
            dossier: dossier("b"),
        })
        .unwrap();
        let mut v = parse_json(&good).unwrap();
        v["part"] = serde_json::json!({ "step": "12-nope" });
        assert_eq!(read(&v.to_string()).unwrap_err().path(), "part.step");
        let mut v = parse_json(&good).unwrap();
        v["from"] = serde_json::json!({ "name": 3 });
        assert_eq!(read(&v.to_string()).unwrap_err().path(), "from.name");
        let mut v = parse_json(&good).unwrap();
        v["base"]["dossier"]["exploration"]["participants"] = serde_json::json!([{ "budget": 5 }]);
        assert_eq!(read(&v.to_string()).unwrap_err().path(), "base.dossier.exploration.participants[0].budget");
        let mut v = parse_json(&good).unwrap();
        v["dossier"]["dossier"]["id"] = serde_json::json!("other");
        assert_eq!(read(&v.to_string()).unwrap_err().path(), "base.dossier.id");
        let mut v = parse_json(&good).unwrap();
        v["dossier"]["schema"] = serde_json::json!(7);
        assert_eq!(read(&v.to_string()).unwrap(), ShareRead::Newer { path: "dossier.schema".into(), found: 7 });
        let mut v = parse_json(&good).unwrap();
        v.as_object_mut().unwrap().remove("base");
        assert_eq!(read(&v.to_string()).unwrap_err().path(), "base");
    }

    #[test]
    fn the_record_keeps_versions_and_picks_a_common_base() {
        let (d0, d1, a) = (dossier("v0"), dossier("v1"), dossier("a"));
        assert_eq!(fingerprint(&d0), fingerprint(&Dossier { id: "elsewhere".into(), ..d0.clone() }));
        assert_ne!(fingerprint(&d0), fingerprint(&d1));
        let mut rec = SharedRecord::default();
        rec.remember(&d0);
        rec.last = Some(d1.clone());
        rec.remember(&d1);
        // A colleague's file made from d0, which this browser sent: its own base.
        let file = ShareFile {
            sent_at: String::new(),
            from: Sender::default(),
            part: Part::Whole,
            base: d0.clone(),
            dossier: a.clone(),
        };
        assert_eq!(rec.base_for(&file), &d0);
        // A file made from a version this browser never had: the last one exchanged.
        let file = ShareFile { base: dossier("unknown"), ..file };
        assert_eq!(rec.base_for(&file), &d1);
        rec.replaced = Some((a.clone(), "2026-12-02T00:00:00.000Z".into()));
        let back = SharedRecord::from_text(&rec.to_text("now").unwrap());
        assert_eq!(back, rec);
        for _ in 0..(MAX_KNOWN + 5) {
            rec.remember(&dossier(&rec.known.len().to_string()));
        }
        assert_eq!(rec.known.len(), MAX_KNOWN);
        let odd = SharedRecord::from_text("{not json");
        assert_eq!(odd.unreadable.as_deref(), Some("{not json"));
        assert!(SharedRecord::from_text(&odd.to_text("now").unwrap()).unreadable.is_some(), "kept across a write");
    }

    #[test]
    fn changes_are_placed_in_their_step() {
        let path = |segs: &[&str]| Path(segs.iter().map(|s| Seg::Field(s.to_string())).collect());
        assert_eq!(step_of(&path(&["award", "bids"])), Some(Step::Offerteprocedure));
        assert_eq!(step_of(&path(&["award", "criteria"])), Some(Step::Bestek));
        assert_eq!(step_of(&path(&["monitoring", "figures", "p1"])), Some(Step::Monitoring));
        assert_eq!(step_of(&path(&["contributions"])), None);
    }
}
