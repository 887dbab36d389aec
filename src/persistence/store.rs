//! The dossier store: all reads and writes of dossiers, over any [`KeyValue`].
//!
//! Storage design (the invariants the rest of the app relies on):
//! - One key per dossier (`inkoopwijzer:dossier:<id>`) holding one envelope. A save is a
//!   single `setItem`, which is atomic: when it fails (quota, blocked storage) the previous
//!   envelope is still there, byte for byte. There is deliberately no temp-key dance: a
//!   second copy would only halve the space left before the quota, and the swap back
//!   would be a second, non-atomic write.
//! - Nothing is overwritten that this tab has not read. Before every write the stored text
//!   is compared with the text this tab last read or wrote for that dossier ([`Known`]);
//!   any difference (another tab saved, deleted, or a tab that slept missed the `storage`
//!   events) is a [`SaveError::Conflict`] and nothing is written.
//! - Text this version cannot read is never overwritten: at start-up it is copied to a
//!   quarantine key (and the copy checked) before the original key is freed; when even the
//!   copy fails (storage full), the original stays where it is and, never having been read
//!   as a dossier, is never written.
//! - A dossier written by a newer version is kept as it is and opened read-only.
//! - [`Store::observe`] classifies a `storage` event and never writes.

use super::envelope::{
    pretty, read_envelope, write_backup, write_envelope, write_envelope_pretty, Read, ReadError, Stamp,
};
use super::keys::{self, dossier_id, dossier_key, is_quarantine_key, is_valid_id, quarantine_key, SPEC_DRAFT_KEY};
use super::kv::{Holds, KeyValue, StoreError};
use super::settings::{BackupMark, Draft, Settings, SETTINGS_KEY};
use super::summary::{steps_complete, DossierSummary};
use crate::domain::dossier::Dossier;
use std::collections::BTreeMap;

/// The stored text of a dossier as this tab last read or wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub raw: String,
    pub revision: u64,
    /// Written by a newer version: this tab must not write it.
    pub newer: bool,
}

/// Stored text that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where the text is now: the quarantine key, or the original key when it could not
    /// be copied (storage full).
    pub key: String,
    /// Where it was found.
    pub original_key: String,
    /// Why it could not be read (`None`: it reads now, e.g. after an update of the app).
    pub error: Option<ReadError>,
    pub quarantined: bool,
    /// Length in characters.
    pub chars: usize,
}

/// What the store found at start-up.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Startup {
    pub dossiers: Vec<DossierSummary>,
    pub problems: Vec<Problem>,
}

/// The list from the envelopes' summaries ([`Store::list_quick`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuickList {
    pub dossiers: Vec<DossierSummary>,
    /// Dossier keys whose summary could not be used: listed after the full reading.
    pub unread: usize,
}

/// A dossier read from storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub dossier: Dossier,
    pub revision: u64,
    /// Written by a newer version: show it read-only.
    pub newer_schema: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    #[error("no dossier with this id")]
    NotFound,
    #[error("stored text is unreadable: {0}")]
    Unreadable(ReadError),
    #[error("written by a newer version (schema {0}) in a form this version cannot show")]
    TooNew(u32),
    #[error(transparent)]
    Storage(#[from] StoreError),
}

/// What another tab did to a dossier this tab holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Theirs {
    /// Saved another version.
    Changed { revision: u64, saved_at: String },
    /// Deleted it.
    Deleted,
    /// Wrote text this version cannot read.
    Unreadable,
    /// Wrote it with a newer version.
    Newer { schema: u32 },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    #[error(transparent)]
    Storage(#[from] StoreError),
    #[error("changed elsewhere: {0:?}")]
    Conflict(Theirs),
    /// The stored dossier was written by a newer version.
    #[error("read-only")]
    ReadOnly,
    #[error("a dossier with this id already exists")]
    IdTaken,
    #[error("not a valid dossier id")]
    InvalidId,
    #[error("no dossier with this id")]
    NotFound,
    #[error("stored text is unreadable: {0}")]
    Unreadable(ReadError),
    #[error("could not serialise: {0}")]
    Serialize(String),
    /// The stored revision is the largest number there is: a next one cannot be written
    /// (only a damaged or hand-edited text holds it; the dossier saves again as a copy).
    #[error("the stored revision cannot be raised")]
    RevisionLimit,
}

/// The revision after `stored`: checked, never wrapped (a wrap to 0 would make other tabs
/// see false conflicts and the backup log think the dossier is backed up).
pub fn next_revision(stored: u64) -> Result<u64, SaveError> {
    stored.checked_add(1).ok_or(SaveError::RevisionLimit)
}

/// What a `storage` event means for this tab.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Observed {
    /// Not a dossier this tab holds (the list may still need refreshing).
    NotHeld,
    /// The same text this tab knows.
    Same,
    /// A newer revision and this tab has no unsaved changes: show it.
    Adopt(Box<Opened>),
    /// This tab's version and the stored one diverged: ask the user.
    Conflict(Theirs),
}

/// One dossier in an export, and the revision that file holds (for the backup log).
pub type Exported = (String, u64);

pub struct Store<K: KeyValue> {
    kv: K,
    writer: String,
    known: BTreeMap<String, Known>,
}

impl<K: KeyValue> Store<K> {
    /// `writer` identifies this tab in the envelopes it writes.
    pub fn new(kv: K, writer: impl Into<String>) -> Store<K> {
        Store { kv, writer: writer.into(), known: BTreeMap::new() }
    }

    pub fn kv(&self) -> &K {
        &self.kv
    }

    pub fn kv_mut(&mut self) -> &mut K {
        &mut self.kv
    }

    pub fn writer(&self) -> &str {
        &self.writer
    }

    pub fn known(&self, id: &str) -> Option<&Known> {
        self.known.get(id)
    }

    /// Tells the store what is stored for a dossier without reading it (for the save
    /// benchmark, which puts a known text there itself).
    #[cfg(target_arch = "wasm32")]
    pub(crate) fn assume_known(&mut self, id: &str, raw: String, revision: u64) {
        self.known.insert(id.to_string(), Known { raw, revision, newer: false });
    }

    /// Stops tracking a dossier this tab no longer holds (frees its text).
    pub fn forget(&mut self, id: &str) {
        self.known.remove(id);
    }

    pub fn exists(&self, id: &str) -> Result<bool, StoreError> {
        Ok(self.kv.get(&dossier_key(id))?.is_some())
    }

    /// Lists the dossiers and quarantines unreadable ones (see the module header).
    pub fn startup(&mut self, now: &str) -> Result<Startup, StoreError> {
        let mut keys = self.kv.keys()?;
        keys.sort();
        let mut out = Startup::default();
        for key in keys {
            if key == keys::BENCH_KEY {
                // Left by a benchmark that did not finish: not the user's.
                let _ = self.kv.remove(&key);
                continue;
            }
            if let Some(id) = dossier_id(&key) {
                let Some(raw) = self.kv.get(&key)? else { continue };
                match read_envelope(&raw) {
                    Ok(read) => out.dossiers.push(summary_of(id, &read)),
                    Err(error) => out.problems.push(self.quarantine(&key, raw.chars().count(), error, now)),
                }
            } else if is_quarantine_key(&key) {
                out.problems.push(self.quarantined_problem(&key)?);
            }
        }
        Ok(out)
    }

    /// The list from the envelopes' summaries alone (`summary::listed`), without reading any
    /// dossier and without quarantining: what the start page shows at once. `unread` counts
    /// the dossier keys without a usable summary (written before summaries, newer, damaged);
    /// [`Store::startup`], run right after, reads them all.
    pub fn list_quick(&self) -> Result<QuickList, StoreError> {
        let mut keys = self.kv.keys()?;
        keys.sort();
        let mut out = QuickList::default();
        for key in keys {
            let Some(id) = dossier_id(&key) else { continue };
            let Some(raw) = self.kv.get(&key)? else { continue };
            match super::summary::listed(id, &raw) {
                Some(row) => out.dossiers.push(row),
                None => out.unread += 1,
            }
        }
        Ok(out)
    }

    /// The list as it is now, without quarantining (for refreshes after a `storage` event).
    pub fn list(&self) -> Result<Startup, StoreError> {
        let mut keys = self.kv.keys()?;
        keys.sort();
        let mut out = Startup::default();
        for key in keys {
            if let Some(id) = dossier_id(&key) {
                let Some(raw) = self.kv.get(&key)? else { continue };
                match read_envelope(&raw) {
                    Ok(read) => out.dossiers.push(summary_of(id, &read)),
                    Err(error) => out.problems.push(Problem {
                        key: key.clone(),
                        original_key: key.clone(),
                        error: Some(error),
                        quarantined: false,
                        chars: raw.chars().count(),
                    }),
                }
            } else if is_quarantine_key(&key) {
                out.problems.push(self.quarantined_problem(&key)?);
            }
        }
        Ok(out)
    }

    fn quarantined_problem(&self, key: &str) -> Result<Problem, StoreError> {
        let raw = self.kv.get(key)?.unwrap_or_default();
        Ok(Problem {
            key: key.to_string(),
            original_key: keys::quarantined_from(key).unwrap_or_default(),
            error: read_envelope(&raw).err(),
            quarantined: true,
            chars: raw.chars().count(),
        })
    }

    /// Moves unreadable text under `key` to a quarantine key: copy, check, then free the
    /// original. Never loses the text: on any failure the original stays.
    fn quarantine(&mut self, key: &str, chars: usize, error: ReadError, now: &str) -> Problem {
        let mut qkey = quarantine_key(key, now);
        let mut n = 2;
        while matches!(self.kv.get(&qkey), Ok(Some(_))) {
            qkey = format!("{}-{n}", quarantine_key(key, now));
            n += 1;
        }
        let in_place = Problem {
            key: key.to_string(),
            original_key: key.to_string(),
            error: Some(error.clone()),
            quarantined: false,
            chars,
        };
        match self.kv.copy_exact(key, &qkey) {
            Ok(true) => {
                if self.kv.remove(key).is_err() {
                    // Both copies exist; the next start-up tries again. Nothing is lost.
                    return in_place;
                }
                Problem { key: qkey, original_key: key.to_string(), error: Some(error), quarantined: true, chars }
            }
            Ok(false) | Err(_) => {
                // The copy failed (storage full) or differs: remove it, keep the original.
                let _ = self.kv.remove(&qkey);
                in_place
            }
        }
    }

    /// The raw text under any key of the app (for downloads of unreadable text).
    pub fn raw(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.kv.get(key)
    }

    /// Deletes quarantined text (after the user downloaded it or decided it is worthless).
    pub fn discard_quarantined(&mut self, key: &str) -> Result<(), StoreError> {
        if is_quarantine_key(key) {
            self.kv.remove(key)?;
        }
        Ok(())
    }

    /// Reads a dossier and starts tracking it for conflicts.
    pub fn open(&mut self, id: &str) -> Result<Opened, OpenError> {
        let raw = self.kv.get(&dossier_key(id))?.ok_or(OpenError::NotFound)?;
        let opened = match read_envelope(&raw).map_err(OpenError::Unreadable)? {
            Read::Current { mut dossier, stamp, .. } => {
                dossier.id = id.to_string();
                Opened { dossier, revision: stamp.revision, newer_schema: None }
            }
            Read::Newer { stamp, dossier: Some(mut dossier), .. } => {
                dossier.id = id.to_string();
                Opened { dossier, revision: stamp.revision, newer_schema: Some(stamp.schema) }
            }
            Read::Newer { stamp, dossier: None, .. } => return Err(OpenError::TooNew(stamp.schema)),
        };
        self.known
            .insert(id.to_string(), Known { raw, revision: opened.revision, newer: opened.newer_schema.is_some() });
        Ok(opened)
    }

    /// What is stored under a dossier key that this tab does not expect.
    fn theirs(raw: Option<&str>) -> Theirs {
        match raw.map(read_envelope) {
            None => Theirs::Deleted,
            Some(Ok(Read::Current { stamp, .. })) => {
                Theirs::Changed { revision: stamp.revision, saved_at: stamp.saved_at }
            }
            Some(Ok(Read::Newer { stamp, .. })) => Theirs::Newer { schema: stamp.schema },
            Some(Err(_)) => Theirs::Unreadable,
        }
    }

    /// Saves a dossier this tab holds (opened or created here). Checks first that the
    /// stored text is still the one this tab knows; on any difference nothing is written.
    pub fn save(&mut self, dossier: &Dossier, now: &str) -> Result<u64, SaveError> {
        let id = dossier.id.as_str();
        if !is_valid_id(id) {
            return Err(SaveError::InvalidId);
        }
        let key = dossier_key(id);
        let base = match self.known.get(id) {
            Some(k) => match self.kv.holds(&key, &k.raw)? {
                Holds::Same if k.newer => return Err(SaveError::ReadOnly),
                Holds::Same => k.revision,
                Holds::Absent => return Err(SaveError::Conflict(Theirs::Deleted)),
                Holds::Different => return Err(SaveError::Conflict(Self::theirs(self.kv.get(&key)?.as_deref()))),
            },
            None => match self.kv.get(&key)? {
                None => 0,
                other => return Err(SaveError::Conflict(Self::theirs(other.as_deref()))),
            },
        };
        self.write(dossier, next_revision(base)?, now)
    }

    fn write(&mut self, dossier: &Dossier, revision: u64, now: &str) -> Result<u64, SaveError> {
        let stamp = Stamp::new(revision, now, &self.writer);
        let raw = write_envelope(dossier, &stamp).map_err(|e| SaveError::Serialize(e.to_string()))?;
        self.kv.set(&dossier_key(&dossier.id), &raw)?;
        self.known.insert(dossier.id.clone(), Known { raw, revision, newer: false });
        Ok(revision)
    }

    /// Stores a new dossier; its id must be free.
    pub fn create(&mut self, dossier: &Dossier, now: &str) -> Result<u64, SaveError> {
        if !is_valid_id(&dossier.id) {
            return Err(SaveError::InvalidId);
        }
        if self.exists(&dossier.id)? {
            return Err(SaveError::IdTaken);
        }
        self.known.remove(&dossier.id);
        self.write(dossier, 1, now)
    }

    /// Reads, changes and writes back a dossier in one step (for list actions on dossiers
    /// this tab does not hold open). Returns the new dossier and its revision.
    pub fn modify(
        &mut self,
        id: &str,
        now: &str,
        change: impl FnOnce(&mut Dossier),
    ) -> Result<(Dossier, u64), SaveError> {
        let raw = self.kv.get(&dossier_key(id))?.ok_or(SaveError::NotFound)?;
        if let Some(k) = self.known.get(id) {
            if k.raw != raw {
                return Err(SaveError::Conflict(Self::theirs(Some(&raw))));
            }
        }
        let (mut dossier, stamp) = match read_envelope(&raw).map_err(SaveError::Unreadable)? {
            Read::Current { dossier, stamp, .. } => (dossier, stamp),
            Read::Newer { .. } => return Err(SaveError::ReadOnly),
        };
        dossier.id = id.to_string();
        change(&mut dossier);
        dossier.id = id.to_string();
        dossier.updated_at = now.to_string();
        let had_known = self.known.contains_key(id);
        let revision = self.write(&dossier, next_revision(stamp.revision)?, now)?;
        if !had_known {
            self.known.remove(id);
        }
        Ok((dossier, revision))
    }

    /// Replaces a stored, readable dossier with another version (an import), continuing
    /// its revisions.
    pub fn replace(&mut self, dossier: &Dossier, now: &str) -> Result<u64, SaveError> {
        let id = dossier.id.as_str();
        let raw = self.kv.get(&dossier_key(id))?.ok_or(SaveError::NotFound)?;
        let stamp = match read_envelope(&raw).map_err(SaveError::Unreadable)? {
            Read::Current { stamp, .. } => stamp,
            Read::Newer { .. } => return Err(SaveError::ReadOnly),
        };
        let had_known = self.known.contains_key(id);
        let revision = self.write(dossier, next_revision(stamp.revision)?, now)?;
        if !had_known {
            self.known.remove(id);
        }
        Ok(revision)
    }

    /// Puts back what was stored under these ids before a partly failed import (undone
    /// newest first), including what this tab knows of them.
    pub(crate) fn undo_writes(&mut self, undo: &[(String, Option<String>)]) {
        for (id, previous) in undo.iter().rev() {
            let key = dossier_key(id);
            match previous {
                Some(raw) => {
                    let _ = self.kv.set(&key, raw);
                    if self.known.contains_key(id) {
                        let revision = read_envelope(raw).map(|r| r.stamp().revision).unwrap_or(0);
                        self.known.insert(id.clone(), Known { raw: raw.clone(), revision, newer: false });
                    }
                }
                None => {
                    let _ = self.kv.remove(&key);
                    self.known.remove(id);
                }
            }
        }
    }

    /// A copy of a stored dossier under a new id and name.
    pub fn duplicate(&mut self, id: &str, new_id: &str, new_name: &str, now: &str) -> Result<Dossier, SaveError> {
        let raw = self.kv.get(&dossier_key(id))?.ok_or(SaveError::NotFound)?;
        let mut copy = match read_envelope(&raw).map_err(SaveError::Unreadable)? {
            Read::Current { dossier, .. } => dossier,
            Read::Newer { .. } => return Err(SaveError::ReadOnly),
        };
        copy.id = new_id.to_string();
        copy.name = new_name.to_string();
        copy.created_at = now.to_string();
        copy.updated_at = now.to_string();
        self.create(&copy, now)?;
        Ok(copy)
    }

    /// Deletes a dossier; returns its stored text for an undo.
    pub fn delete(&mut self, id: &str) -> Result<Option<String>, StoreError> {
        let key = dossier_key(id);
        let raw = self.kv.get(&key)?;
        self.kv.remove(&key)?;
        self.known.remove(id);
        Ok(raw)
    }

    /// Undoes a delete: puts the text back, unless the id has been taken since.
    pub fn restore(&mut self, id: &str, raw: &str) -> Result<(), SaveError> {
        if self.exists(id)? {
            return Err(SaveError::IdTaken);
        }
        self.kv.set(&dossier_key(id), raw)?;
        Ok(())
    }

    /// Classifies a `storage` event for `key` with its new value. Never writes. `dirty`:
    /// this tab has changes to the dossier that are not saved.
    pub fn observe(&mut self, key: &str, new_value: Option<&str>, dirty: bool) -> Observed {
        let Some(id) = dossier_id(key) else { return Observed::NotHeld };
        let Some(known) = self.known.get(id) else { return Observed::NotHeld };
        let Some(new) = new_value else { return Observed::Conflict(Theirs::Deleted) };
        if new == known.raw {
            return Observed::Same;
        }
        match read_envelope(new) {
            // A newer revision built on what this tab has: safe to show when nothing here
            // is unsaved. A revision that is not higher means the other tab overwrote this
            // tab's last save without having seen it: a conflict even when clean.
            Ok(Read::Current { mut dossier, stamp, .. })
                if !dirty && !known.newer && stamp.revision > known.revision =>
            {
                dossier.id = id.to_string();
                let revision = stamp.revision;
                self.known.insert(id.to_string(), Known { raw: new.to_string(), revision, newer: false });
                Observed::Adopt(Box::new(Opened { dossier, revision, newer_schema: None }))
            }
            Ok(Read::Current { stamp, .. }) => {
                Observed::Conflict(Theirs::Changed { revision: stamp.revision, saved_at: stamp.saved_at })
            }
            Ok(Read::Newer { stamp, .. }) => Observed::Conflict(Theirs::Newer { schema: stamp.schema }),
            Err(_) => Observed::Conflict(Theirs::Unreadable),
        }
    }

    /// A summary of whatever is stored under a dossier key now (for list refreshes).
    pub fn summary(&self, id: &str) -> Result<Option<DossierSummary>, StoreError> {
        Ok(self.kv.get(&dossier_key(id))?.and_then(|raw| read_envelope(&raw).ok()).map(|r| summary_of(id, &r)))
    }

    /// A backup file of one dossier. `in_memory`: this tab's version, when it holds the
    /// dossier (it may have changes that could not be saved).
    pub fn export_one(
        &self,
        id: &str,
        in_memory: Option<&Dossier>,
        now: &str,
    ) -> Result<(String, Exported), SaveError> {
        let ser = |e: serde_json::Error| SaveError::Serialize(e.to_string());
        let known_rev = self.known.get(id).map(|k| k.revision).unwrap_or(0);
        if let Some(d) = in_memory {
            let text = write_envelope_pretty(d, &Stamp::new(known_rev, now, &self.writer)).map_err(ser)?;
            return Ok((text, (id.to_string(), known_rev)));
        }
        let raw = self.kv.get(&dossier_key(id))?.ok_or(SaveError::NotFound)?;
        match read_envelope(&raw).map_err(SaveError::Unreadable)? {
            Read::Current { stamp, .. } => Ok((pretty(&raw), (id.to_string(), stamp.revision))),
            // A newer version's dossier is exported as stored, so nothing of it is lost.
            Read::Newer { stamp, .. } => Ok((raw, (id.to_string(), stamp.revision))),
        }
    }

    /// A backup file of all dossiers. `in_memory`: dossiers this tab holds with changes
    /// that may not be saved; they replace their stored version (or are added). Stored
    /// dossiers go into the file as stored (of any schema).
    pub fn export_all(&self, in_memory: &[Dossier], now: &str) -> Result<(String, Vec<Exported>), SaveError> {
        let mut keys = self.kv.keys()?;
        keys.sort();
        let mut envelopes = Vec::new();
        let mut exported = Vec::new();
        let ser = |e: serde_json::Error| SaveError::Serialize(e.to_string());
        for key in keys {
            let Some(id) = dossier_id(&key) else { continue };
            if in_memory.iter().any(|d| d.id == id) {
                continue;
            }
            let Some(raw) = self.kv.get(&key)? else { continue };
            // Unreadable text is not a dossier; the user downloads it separately.
            if let Ok(read) = read_envelope(&raw) {
                exported.push((id.to_string(), read.stamp().revision));
                envelopes.push(raw);
            }
        }
        for d in in_memory {
            let rev = self.known.get(&d.id).map(|k| k.revision).unwrap_or(0);
            envelopes.push(write_envelope(d, &Stamp::new(rev, now, &self.writer)).map_err(ser)?);
            exported.push((d.id.clone(), rev));
        }
        let text = write_backup(&envelopes, now).map_err(ser)?;
        Ok((text, exported))
    }

    /// The settings (defaults when missing or unreadable).
    pub fn settings(&self) -> Settings {
        self.kv.get(SETTINGS_KEY).ok().flatten().map(|raw| Settings::from_json(&raw)).unwrap_or_default()
    }

    /// Writes settings; unreadable stored settings are quarantined first (and when that
    /// fails, nothing is written).
    pub fn write_settings(&mut self, settings: &Settings, now: &str) -> Result<(), StoreError> {
        if let Some(raw) = self.kv.get(SETTINGS_KEY)? {
            if !Settings::is_readable(&raw) {
                let p = self.quarantine(
                    SETTINGS_KEY,
                    raw.chars().count(),
                    ReadError::NotAnObject { path: ".".into() },
                    now,
                );
                if !p.quarantined {
                    return Err(StoreError::QuotaExceeded);
                }
            }
        }
        self.kv.set(SETTINGS_KEY, &settings.to_json())
    }

    /// Notes in the backup log that these dossiers (at these revisions) are in a backup
    /// file made now. Returns the new settings.
    pub fn record_export(&mut self, exported: &[Exported], now: &str) -> Result<Settings, StoreError> {
        let mut s = self.settings();
        for (id, revision) in exported {
            s.backups.insert(id.clone(), BackupMark { revision: *revision, exported_at: now.to_string() });
        }
        s.last_export_at = Some(now.to_string());
        self.write_settings(&s, now)?;
        Ok(s)
    }

    /// Removes backup marks and drafts of dossiers that no longer exist (keeps the settings
    /// small).
    pub fn prune_backup_log(&mut self, existing: &[DossierSummary], now: &str) -> Result<(), StoreError> {
        let mut s = self.settings();
        let before = (s.backups.len(), s.drafts.len());
        s.backups.retain(|id, _| existing.iter().any(|d| &d.id == id));
        s.drafts.retain(|id, _| existing.iter().any(|d| &d.id == id));
        if (s.backups.len(), s.drafts.len()) != before {
            self.write_settings(&s, now)?;
        }
        Ok(())
    }

    /// The specification helper's scratch text (empty when there is none or it cannot be
    /// read: it is only scratch text, never a dossier).
    pub fn spec_draft(&self) -> String {
        self.kv.get(SPEC_DRAFT_KEY).ok().flatten().unwrap_or_default()
    }

    /// Keeps the specification helper's scratch text (an empty text removes the key).
    pub fn set_spec_draft(&mut self, text: &str) -> Result<(), StoreError> {
        if text.is_empty() {
            self.kv.remove(SPEC_DRAFT_KEY)
        } else {
            self.kv.set(SPEC_DRAFT_KEY, text)
        }
    }

    /// The evaluators' work in progress in this browser (`evaluation.rs`): package id and
    /// stored text, by package id.
    pub fn evaluation_drafts(&self) -> Result<Vec<(String, String)>, StoreError> {
        let prefix = super::evaluation::EVALUATION_PREFIX;
        let mut out = Vec::new();
        let mut keys = self.kv.keys()?;
        keys.sort();
        for key in keys {
            let Some(id) = key.strip_prefix(prefix) else { continue };
            if let Some(raw) = self.kv.get(&key)? {
                out.push((id.to_string(), raw));
            }
        }
        Ok(out)
    }

    /// Keeps (`Some`) or removes (`None`) an evaluator's work in progress on a package.
    pub fn set_evaluation_draft(&mut self, package_id: &str, text: Option<&str>) -> Result<(), StoreError> {
        let key = super::evaluation::draft_key(package_id);
        match text {
            Some(t) => self.kv.set(&key, t),
            None => self.kv.remove(&key),
        }
    }

    /// Keeps or forgets the draft of one field (see `Settings::drafts`), on the stored
    /// settings as they are now (another tab may have changed them). Writes only on a
    /// change. Returns the settings as they are after the call.
    pub fn set_draft(
        &mut self,
        dossier: &str,
        field: &str,
        draft: Option<Draft>,
        now: &str,
    ) -> Result<Settings, StoreError> {
        let mut s = self.settings();
        if s.set_draft(dossier, field, draft) {
            self.write_settings(&s, now)?;
        }
        Ok(s)
    }
}

/// The list row for stored text under `id` (as a `storage` event carries it), when readable.
pub fn summary_of_raw(id: &str, raw: &str) -> Option<DossierSummary> {
    read_envelope(raw).ok().map(|r| summary_of(id, &r))
}

/// The list row for a readable envelope found under `id`.
pub fn summary_of(id: &str, read: &Read) -> DossierSummary {
    match read {
        Read::Current { dossier, stamp, .. } => {
            let mut s = DossierSummary::of(dossier, stamp.revision);
            s.id = id.to_string();
            s
        }
        Read::Newer { stamp, dossier, name, updated_at, .. } => DossierSummary {
            id: id.to_string(),
            name: name.clone().unwrap_or_default(),
            created_at: dossier.as_ref().map(|d| d.created_at.clone()).unwrap_or_default(),
            updated_at: updated_at.clone().unwrap_or_else(|| stamp.saved_at.clone()),
            steps_complete: dossier.as_ref().map(steps_complete).unwrap_or(0),
            steps_started: dossier.as_ref().map(super::summary::steps_started).unwrap_or(0),
            revision: stamp.revision,
            newer_schema: Some(stamp.schema),
            demo_of: dossier.as_ref().and_then(|d| d.demo_of.clone()),
        },
    }
}
