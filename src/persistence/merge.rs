//! Three-way merge of two versions of one dossier since the version both started from.
//!
//! A dossier travels between municipalities as a file (see `share.rs`); when it comes back,
//! [`merge_dossiers`] lays the colleague's version (*theirs*) beside this browser's (*ours*)
//! field by field, and list entries item by item by their stable ids, since the common
//! *base*. It works on the dossier's JSON form, so every field added later merges without
//! code of its own.
//!
//! The rules, at every place in the dossier:
//!
//! - Only one side changed it since the base: that side's value (a [`Change`] of kind
//!   `Ours` or `Theirs`, taken at once). Both made the same change: that value (`Both`).
//! - Both changed it differently: a `Conflict`. The result keeps ours until the user takes
//!   theirs or combines the two ([`resolve`]); a conflict is never resolved silently.
//! - Objects merge key by key (maps such as the monitoring figures per participant too).
//! - Lists whose entries all carry a key merge item by item: the key is `id`, or for scores
//!   `criterion_id` and `evaluator_id`, for agreed scores `criterion_id`, for knock-out
//!   verdicts `knockout_id`; a list of plain strings (the target group's characteristics)
//!   is keyed by the strings themselves. An item added on one side is added; removed on one
//!   side and untouched on the other, it is removed; removed on one side and changed on the
//!   other, it is a conflict. The order of the items is merged like a field (one side
//!   reordered: that order; both differently: a conflict); items added on both sides at the
//!   same place are put in the order of their keys, so the result does not depend on which
//!   file arrived first. Other lists are one value each.
//! - `id`, `created_at` and `updated_at` are ours: they describe this browser's copy.
//!
//! What the merge promises (`tests/persistence_merge.rs` checks it on random edits): merging
//! a version with itself changes nothing; a change merged onto the version it started from
//! gives that change; no value of either side is lost (it is in the result or in a conflict);
//! without conflicts the result does not depend on the order in which files arrive.

use super::envelope::{envelope_value, read_envelope_value, Read, Stamp, CURRENT_SCHEMA, DOSSIER_FORMAT};
use crate::domain::dossier::Dossier;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// One step of a path into the dossier's JSON form.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Seg {
    /// A field of an object, or a key of a map.
    Field(String),
    /// A list entry, by its key.
    Item(String),
    /// The order of the entries of a list.
    Order,
}

/// A path such as `exploration.participants[p1].budget`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Path(pub Vec<Seg>);

impl Path {
    fn with(&self, seg: Seg) -> Path {
        let mut p = self.0.clone();
        p.push(seg);
        Path(p)
    }

    /// The first field name (the part of the dossier: `exploration`, `award`, …).
    pub fn section(&self) -> Option<&str> {
        match self.0.first() {
            Some(Seg::Field(f)) => Some(f),
            _ => None,
        }
    }

    /// The last field name on the path (`budget` in `exploration.participants[p1].budget`).
    pub fn field(&self) -> Option<&str> {
        self.0.iter().rev().find_map(|s| match s {
            Seg::Field(f) => Some(f.as_str()),
            _ => None,
        })
    }

    /// The key of the first list entry on the path (`p1` above).
    pub fn first_item(&self) -> Option<&str> {
        self.0.iter().find_map(|s| match s {
            Seg::Item(k) => Some(k.as_str()),
            _ => None,
        })
    }

    /// Whether `self` is `other` or lies inside it.
    pub fn starts_with(&self, other: &Path) -> bool {
        self.0.starts_with(&other.0)
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Field(name) if i == 0 => write!(f, "{name}")?,
                Seg::Field(name) => write!(f, ".{name}")?,
                Seg::Item(key) => write!(f, "[{key}]")?,
                Seg::Order => write!(f, "[order]")?,
            }
        }
        Ok(())
    }
}

/// Who changed a place since the base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    /// Only this browser's version: kept.
    Ours,
    /// Only the imported version: taken at once.
    Theirs,
    /// Both, to the same value.
    Both,
    /// Both, differently: the user chooses.
    Conflict,
}

/// A place where a version differs from the base. `None` means absent (an item removed, a
/// map key not there); for an order change the values are the lists of keys.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub path: Path,
    pub kind: ChangeKind,
    pub base: Option<Value>,
    pub ours: Option<Value>,
    pub theirs: Option<Value>,
}

impl Change {
    /// Whether [`Choice::Combine`] means something here: both are texts, or both are lists
    /// of plain values (their union).
    pub fn can_combine(&self) -> bool {
        self.kind == ChangeKind::Conflict
            && self.path.0.last() != Some(&Seg::Order)
            && matches!(
                (&self.ours, &self.theirs),
                (Some(Value::String(_)), Some(Value::String(_))) | (Some(Value::Array(_)), Some(Value::Array(_)))
            )
    }
}

/// The outcome of a merge: the merged value with every conflict at ours, and every change.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub value: Value,
    pub changes: Vec<Change>,
}

impl Merged {
    pub fn conflicts(&self) -> impl Iterator<Item = (usize, &Change)> {
        self.changes.iter().enumerate().filter(|(_, c)| c.kind == ChangeKind::Conflict)
    }

    pub fn has_conflicts(&self) -> bool {
        self.conflicts().next().is_some()
    }
}

/// The user's answer to one conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Choice {
    /// Keep this browser's value.
    #[default]
    Keep,
    /// Take the imported value.
    Take,
    /// Both: texts joined (ours first), lists joined without repeats.
    Combine,
}

/// The key of a list entry, when it has one.
fn item_key(v: &Value) -> Option<String> {
    let text = |o: &Map<String, Value>, k: &str| o.get(k).and_then(Value::as_str).map(str::to_string);
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => {
            if let Some(id) = text(o, "id") {
                return Some(id);
            }
            match (text(o, "criterion_id"), text(o, "evaluator_id"), text(o, "knockout_id")) {
                (Some(c), Some(e), _) => Some(format!("{c}/{e}")),
                (Some(c), None, _) => Some(c),
                (None, None, Some(k)) => Some(k),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The keys of a list in order, when every entry has a distinct, non-empty key.
fn keys_of(list: &[Value]) -> Option<Vec<String>> {
    let mut seen = BTreeSet::new();
    let mut keys = Vec::with_capacity(list.len());
    for v in list {
        let k = item_key(v).filter(|k| !k.is_empty())?;
        if !seen.insert(k.clone()) {
            return None;
        }
        keys.push(k);
    }
    Some(keys)
}

fn keyed<'a>(list: &'a [Value], keys: &[String]) -> BTreeMap<String, &'a Value> {
    keys.iter().cloned().zip(list.iter()).collect()
}

fn keys_value(keys: &[String]) -> Value {
    Value::Array(keys.iter().map(|k| Value::String(k.clone())).collect())
}

/// Three-way merge of JSON values (`None`: absent).
pub fn merge_values(base: &Value, ours: &Value, theirs: &Value) -> Merged {
    let mut changes = Vec::new();
    let value = merge_at(&Path::default(), Some(base), Some(ours), Some(theirs), &mut changes).unwrap_or(Value::Null);
    Merged { value, changes }
}

fn merge_at(
    path: &Path,
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
    out: &mut Vec<Change>,
) -> Option<Value> {
    if ours == theirs {
        if ours != base {
            out.push(Change {
                path: path.clone(),
                kind: ChangeKind::Both,
                base: base.cloned(),
                ours: ours.cloned(),
                theirs: theirs.cloned(),
            });
        }
        return ours.cloned();
    }
    if ours == base {
        diff(path, ChangeKind::Theirs, base, theirs, out);
        return theirs.cloned();
    }
    if theirs == base {
        diff(path, ChangeKind::Ours, base, ours, out);
        return ours.cloned();
    }
    match (base, ours, theirs) {
        (None | Some(Value::Object(_)), Some(Value::Object(o)), Some(Value::Object(t))) => {
            let empty = Map::new();
            let b = match base {
                Some(Value::Object(b)) => b,
                _ => &empty,
            };
            let keys: BTreeSet<&String> = b.keys().chain(o.keys()).chain(t.keys()).collect();
            // Keep ours' field order, then fields only the others have.
            let mut order: Vec<&String> = o.keys().collect();
            order.extend(keys.iter().copied().filter(|k| !o.contains_key(*k)));
            let mut merged = Map::new();
            for k in order {
                if let Some(v) = merge_at(&path.with(Seg::Field(k.clone())), b.get(k), o.get(k), t.get(k), out) {
                    merged.insert(k.clone(), v);
                }
            }
            Some(Value::Object(merged))
        }
        (None | Some(Value::Array(_)), Some(Value::Array(o)), Some(Value::Array(t))) => {
            let b: &[Value] = match base {
                Some(Value::Array(b)) => b,
                _ => &[],
            };
            match (keys_of(b), keys_of(o), keys_of(t)) {
                (Some(bk), Some(ok), Some(tk)) => Some(merge_list(path, (b, &bk), (o, &ok), (t, &tk), out)),
                _ => conflict(path, base, ours, theirs, out),
            }
        }
        _ => conflict(path, base, ours, theirs, out),
    }
}

fn conflict(
    path: &Path,
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
    out: &mut Vec<Change>,
) -> Option<Value> {
    out.push(Change {
        path: path.clone(),
        kind: ChangeKind::Conflict,
        base: base.cloned(),
        ours: ours.cloned(),
        theirs: theirs.cloned(),
    });
    ours.cloned()
}

/// Records what one side changed since the base, as finely as the shape allows.
fn diff(path: &Path, kind: ChangeKind, base: Option<&Value>, new: Option<&Value>, out: &mut Vec<Change>) {
    if base == new {
        return;
    }
    let record = |out: &mut Vec<Change>, path: Path, base: Option<&Value>, new: Option<&Value>| {
        let (ours, theirs) = match kind {
            ChangeKind::Ours => (new.cloned(), base.cloned()),
            _ => (base.cloned(), new.cloned()),
        };
        out.push(Change { path, kind, base: base.cloned(), ours, theirs });
    };
    match (base, new) {
        (Some(Value::Object(b)), Some(Value::Object(n))) => {
            let keys: BTreeSet<&String> = b.keys().chain(n.keys()).collect();
            for k in keys {
                diff(&path.with(Seg::Field(k.clone())), kind, b.get(k), n.get(k), out);
            }
        }
        (Some(Value::Array(b)), Some(Value::Array(n))) => match (keys_of(b), keys_of(n)) {
            (Some(bk), Some(nk)) => {
                let (bm, nm) = (keyed(b, &bk), keyed(n, &nk));
                let common_b: Vec<&String> = bk.iter().filter(|k| nm.contains_key(*k)).collect();
                let common_n: Vec<&String> = nk.iter().filter(|k| bm.contains_key(*k)).collect();
                if common_b != common_n {
                    record(out, path.with(Seg::Order), Some(&keys_value(&bk)), Some(&keys_value(&nk)));
                }
                let keys: BTreeSet<&String> = bk.iter().chain(nk.iter()).collect();
                for k in keys {
                    diff(&path.with(Seg::Item(k.clone())), kind, bm.get(k).copied(), nm.get(k).copied(), out);
                }
            }
            _ => record(out, path.clone(), base, new),
        },
        _ => record(out, path.clone(), base, new),
    }
}

/// The keys of `seq` that are in `set`, in `seq`'s order.
fn restricted<'a>(seq: &'a [String], set: &BTreeMap<String, &Value>) -> Vec<&'a String> {
    seq.iter().filter(|k| set.contains_key(*k)).collect()
}

fn merge_list(
    path: &Path,
    (b, bk): (&[Value], &[String]),
    (o, ok): (&[Value], &[String]),
    (t, tk): (&[Value], &[String]),
    out: &mut Vec<Change>,
) -> Value {
    let (bm, om, tm) = (keyed(b, bk), keyed(o, ok), keyed(t, tk));

    // The order of the entries that were in the base, as a field of its own.
    let in_all = |k: &&String| om.contains_key(*k) && tm.contains_key(*k);
    let base_common: Vec<&String> = bk.iter().filter(in_all).collect();
    let ours_common: Vec<&String> = restricted(ok, &bm).into_iter().filter(in_all).collect();
    let theirs_common: Vec<&String> = restricted(tk, &bm).into_iter().filter(in_all).collect();
    let (skeleton_side, order_change) = if theirs_common == base_common {
        (ok, (ours_common != base_common).then_some(ChangeKind::Ours))
    } else if ours_common == base_common {
        (tk, Some(ChangeKind::Theirs))
    } else if ours_common == theirs_common {
        (ok, Some(ChangeKind::Both))
    } else {
        (ok, Some(ChangeKind::Conflict))
    };
    if let Some(kind) = order_change {
        out.push(Change {
            path: path.with(Seg::Order),
            kind,
            base: Some(keys_value(bk)),
            ours: Some(keys_value(ok)),
            theirs: Some(keys_value(tk)),
        });
    }

    // The base entries in the chosen order; entries that side removed go back after their
    // predecessor in the other side (or in the base, when both removed them): they may
    // survive the merge (in a conflict), and new entries may follow them.
    let other_side = if std::ptr::eq(skeleton_side, ok) { tk } else { ok };
    let mut skeleton: Vec<&String> = restricted(skeleton_side, &bm);
    for k in bk {
        if !skeleton.contains(&k) {
            let seq = if other_side.contains(k) { other_side } else { bk };
            let i = seq.iter().position(|s| s == k).unwrap_or(0);
            let at = seq[..i].iter().rev().find_map(|p| skeleton.iter().position(|s| *s == p)).map_or(0, |pos| pos + 1);
            skeleton.insert(at, k);
        }
    }

    // New entries of each side, by the base entry they follow (`None`: at the start).
    let runs = |keys: &[String]| -> BTreeMap<Option<String>, Vec<String>> {
        let mut runs: BTreeMap<Option<String>, Vec<String>> = BTreeMap::new();
        let mut anchor = None;
        for k in keys {
            if bm.contains_key(k) {
                anchor = Some(k.clone());
            } else {
                runs.entry(anchor.clone()).or_default().push(k.clone());
            }
        }
        runs
    };
    let (ours_runs, theirs_runs) = (runs(ok), runs(tk));
    let run_at = |anchor: &Option<String>| -> Vec<String> {
        let empty = Vec::new();
        let ro = ours_runs.get(anchor).unwrap_or(&empty);
        let rt = theirs_runs.get(anchor).unwrap_or(&empty);
        if rt.is_empty() || ro == rt {
            ro.clone()
        } else if ro.is_empty() {
            rt.clone()
        } else {
            let all: BTreeSet<String> = ro.iter().chain(rt.iter()).cloned().collect();
            all.into_iter().collect()
        }
    };
    let mut order: Vec<String> = Vec::new();
    let mut placed = BTreeSet::new();
    let mut push = |order: &mut Vec<String>, k: String| {
        if placed.insert(k.clone()) {
            order.push(k);
        }
    };
    for k in run_at(&None) {
        push(&mut order, k);
    }
    for k in skeleton {
        push(&mut order, k.clone());
        for n in run_at(&Some(k.clone())) {
            push(&mut order, n);
        }
    }

    let mut items: Vec<(String, Value)> = Vec::with_capacity(order.len());
    for k in order {
        let item_path = path.with(Seg::Item(k.clone()));
        if let Some(v) = merge_at(&item_path, bm.get(&k).copied(), om.get(&k).copied(), tm.get(&k).copied(), out) {
            items.push((k, v));
        }
    }

    // Between two entries of the base that stay, new entries from both sides, or from places
    // that an entry removed in this merge kept apart, are put in the order of their keys:
    // where they were added depends on entries that may be gone by the time a later file
    // arrives, so this is the one order every arrival order agrees on.
    let mut result = Vec::with_capacity(items.len());
    let mut gap: Vec<(String, Value)> = Vec::new();
    let anchors = |runs: &BTreeMap<Option<String>, Vec<String>>| -> BTreeMap<String, Option<String>> {
        runs.iter().flat_map(|(a, keys)| keys.iter().map(move |k| (k.clone(), a.clone()))).collect()
    };
    let (ours_anchor, theirs_anchor) = (anchors(&ours_runs), anchors(&theirs_runs));
    // Where a new entry came from: which side, after which base entry.
    let origin = |k: &String| match (ours_anchor.get(k), theirs_anchor.get(k)) {
        (Some(a), None) => (0, a.clone()),
        (None, Some(a)) => (1, a.clone()),
        (Some(a), Some(_)) => (2, a.clone()),
        (None, None) => (3, None),
    };
    let flush = |gap: &mut Vec<(String, Value)>, result: &mut Vec<Value>| {
        let origins: BTreeSet<_> = gap.iter().map(|(k, _)| origin(k)).collect();
        if origins.len() > 1 {
            gap.sort_by(|a, b| a.0.cmp(&b.0));
        }
        result.extend(gap.drain(..).map(|(_, v)| v));
    };
    for (k, v) in items {
        if bm.contains_key(&k) {
            flush(&mut gap, &mut result);
            result.push(v);
        } else {
            gap.push((k, v));
        }
    }
    flush(&mut gap, &mut result);
    Value::Array(result)
}

/// Why a set of choices could not be applied (only when a change does not belong to the
/// merged value: the merge never produces such a change).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    #[error("{0}: no such place in the merged dossier")]
    NoPlace(String),
    #[error("the merged dossier does not read: {0}")]
    NotADossier(String),
}

/// The merged value with the user's choices applied (`choices[i]` answers `changes[i]`;
/// missing and non-conflict entries: keep).
pub fn resolve(merged: &Merged, choices: &[Choice]) -> Result<Value, ResolveError> {
    let mut value = merged.value.clone();
    for (i, change) in merged.conflicts() {
        let choice = choices.get(i).copied().unwrap_or_default();
        let new = match choice {
            Choice::Keep => continue,
            Choice::Take => change.theirs.clone(),
            Choice::Combine => combine(change.ours.as_ref(), change.theirs.as_ref()),
        };
        set_at(&mut value, &change.path.0, new).map_err(|()| ResolveError::NoPlace(change.path.to_string()))?;
    }
    Ok(value)
}

/// Ours and theirs together: texts joined by a blank line (one when they are equal or one
/// is empty), lists joined without repeats; anything else: theirs.
pub fn combine(ours: Option<&Value>, theirs: Option<&Value>) -> Option<Value> {
    match (ours, theirs) {
        (Some(Value::String(o)), Some(Value::String(t))) => Some(Value::String(if o.trim().is_empty() || o == t {
            t.clone()
        } else if t.trim().is_empty() {
            o.clone()
        } else {
            format!("{o}\n\n{t}")
        })),
        (Some(Value::Array(o)), Some(Value::Array(t))) => {
            let mut all = o.clone();
            for v in t {
                if !all.contains(v) {
                    all.push(v.clone());
                }
            }
            Some(Value::Array(all))
        }
        _ => theirs.cloned(),
    }
}

fn set_at(value: &mut Value, path: &[Seg], new: Option<Value>) -> Result<(), ()> {
    let Some((last, parents)) = path.split_last() else {
        *value = new.unwrap_or(Value::Null);
        return Ok(());
    };
    let mut at = value;
    for seg in parents {
        at = match (seg, at) {
            (Seg::Field(f), Value::Object(o)) => o.get_mut(f).ok_or(())?,
            (Seg::Item(k), Value::Array(list)) => {
                list.iter_mut().find(|v| item_key(v).as_deref() == Some(k.as_str())).ok_or(())?
            }
            _ => return Err(()),
        };
    }
    match (last, at) {
        (Seg::Field(f), Value::Object(o)) => {
            match new {
                Some(v) => o.insert(f.clone(), v),
                None => o.remove(f),
            };
            Ok(())
        }
        (Seg::Item(k), Value::Array(list)) => {
            let pos = list.iter().position(|v| item_key(v).as_deref() == Some(k.as_str()));
            match (pos, new) {
                (Some(p), Some(v)) => list[p] = v,
                (Some(p), None) => {
                    list.remove(p);
                }
                (None, Some(v)) => list.push(v),
                (None, None) => {}
            }
            Ok(())
        }
        (Seg::Order, Value::Array(list)) => {
            let Some(Value::Array(keys)) = new else { return Err(()) };
            let rank: BTreeMap<&str, usize> =
                keys.iter().enumerate().filter_map(|(i, k)| k.as_str().map(|k| (k, i))).collect();
            // Stable: entries the chosen order does not name keep their place after the others.
            list.sort_by_key(|v| item_key(v).and_then(|k| rank.get(k.as_str()).copied()).unwrap_or(usize::MAX));
            Ok(())
        }
        _ => Err(()),
    }
}

/// Fields that describe this browser's copy, not the purchase: never merged, always ours.
const OWN_FIELDS: [&str; 3] = ["id", "created_at", "updated_at"];

/// A merge of dossiers: the JSON-level merge with the copy's own fields set aside.
#[derive(Debug, Clone, PartialEq)]
pub struct DossierMerge {
    pub merged: Merged,
    /// This browser's version, as it was before the merge (kept for the user to download).
    pub ours: Dossier,
    /// Per change: whether combining the two sides gives a dossier that reads (two texts,
    /// two lists), not a number or a choice written as text.
    combinable: Vec<bool>,
}

impl DossierMerge {
    /// The places the imported version changed that are taken at once (no conflict).
    pub fn taken(&self) -> impl Iterator<Item = &Change> {
        self.merged.changes.iter().filter(|c| c.kind == ChangeKind::Theirs)
    }

    /// Whether the imported version brings nothing this dossier does not have already.
    pub fn nothing_new(&self) -> bool {
        !self.merged.changes.iter().any(|c| matches!(c.kind, ChangeKind::Theirs | ChangeKind::Conflict))
    }

    /// Whether [`Choice::Combine`] is offered for `changes[i]`.
    pub fn can_combine(&self, i: usize) -> bool {
        self.combinable.get(i).copied().unwrap_or(false)
    }

    /// The merged dossier with the user's choices (see [`resolve`]).
    pub fn result(&self, choices: &[Choice]) -> Result<Dossier, ResolveError> {
        value_dossier(resolve(&self.merged, choices)?)
    }
}

// The dossier goes to and from JSON values through the envelope's own code (one
// instantiation of the dossier's serde code in the app: see `envelope.rs`).

/// The dossier as a JSON value.
pub fn dossier_value(d: &Dossier) -> Value {
    match envelope_value(d, &Stamp::default()) {
        Ok(Value::Object(mut o)) => o.remove("dossier").unwrap_or(Value::Null),
        _ => Value::Null,
    }
}

/// A JSON value read as a dossier, through the same checks as a file.
pub fn value_dossier(value: Value) -> Result<Dossier, ResolveError> {
    let mut envelope = Map::new();
    envelope.insert("format".into(), Value::String(DOSSIER_FORMAT.into()));
    envelope.insert("schema".into(), Value::from(CURRENT_SCHEMA));
    envelope.insert("dossier".into(), value);
    match read_envelope_value(Value::Object(envelope), "") {
        Ok(Read::Current { dossier, .. }) => Ok(dossier),
        Ok(Read::Newer { .. }) => Err(ResolveError::NotADossier("schema".into())),
        Err(e) => Err(ResolveError::NotADossier(e.to_string())),
    }
}

fn with_own(mut v: Value, own: &Map<String, Value>) -> Value {
    if let Value::Object(o) = &mut v {
        for (k, val) in own {
            o.insert(k.clone(), val.clone());
        }
    }
    v
}

/// The value at a path (`None`: not there).
pub fn get_at<'a>(value: &'a Value, path: &[Seg]) -> Option<&'a Value> {
    let mut at = value;
    for seg in path {
        at = match (seg, at) {
            (Seg::Field(f), Value::Object(o)) => o.get(f)?,
            (Seg::Item(k), Value::Array(list)) => list.iter().find(|v| item_key(v).as_deref() == Some(k.as_str()))?,
            _ => return None,
        };
    }
    Some(at)
}

/// `into` with the places `parts` taken from `from` (where `from` lacks one, it is
/// removed). Used to merge a file that covers only part of the dossier: outside those
/// parts, base and theirs are made equal to ours, so nothing there changes.
fn only_parts(into: &Value, from: &Value, parts: &[Path]) -> Value {
    let mut out = into.clone();
    for part in parts {
        // A place whose parent is missing on this side is left alone.
        let _ = set_at(&mut out, &part.0, get_at(from, &part.0).cloned());
    }
    out
}

/// Merges `theirs` into `ours` since `base`; with `parts`, only those places of the dossier
/// (a step's fields, one participant's part) are merged, the rest stays ours.
pub fn merge_dossiers_in(base: &Dossier, ours: &Dossier, theirs: &Dossier, parts: Option<&[Path]>) -> DossierMerge {
    let ours_value = dossier_value(ours);
    let own: Map<String, Value> = match &ours_value {
        Value::Object(o) => OWN_FIELDS.iter().filter_map(|k| o.get(*k).map(|v| (k.to_string(), v.clone()))).collect(),
        _ => Map::new(),
    };
    let (mut base_value, mut theirs_value) =
        (with_own(dossier_value(base), &own), with_own(dossier_value(theirs), &own));
    if let Some(parts) = parts {
        base_value = only_parts(&ours_value, &base_value, parts);
        theirs_value = only_parts(&ours_value, &theirs_value, parts);
    }
    let merged = merge_values(&base_value, &ours_value, &theirs_value);
    let combinable = merged
        .changes
        .iter()
        .map(|c| {
            c.can_combine() && {
                let mut v = merged.value.clone();
                set_at(&mut v, &c.path.0, combine(c.ours.as_ref(), c.theirs.as_ref())).is_ok()
                    && value_dossier(v).is_ok()
            }
        })
        .collect();
    DossierMerge { merged, ours: ours.clone(), combinable }
}

/// Merges `theirs` into `ours` since `base`, the whole dossier.
pub fn merge_dossiers(base: &Dossier, ours: &Dossier, theirs: &Dossier) -> DossierMerge {
    merge_dossiers_in(base, ours, theirs, None)
}
