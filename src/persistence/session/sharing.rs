//! The session's part in working together by file (`share.rs`, `merge.rs`): making a file
//! for colleagues, laying a colleague's file beside the dossier, and writing the merge the
//! user confirmed as a new revision through the ordinary import path (so an import never
//! replaces unsaved work here either). A child module of `session`, so that `session.rs`
//! only declares it.

use super::{Env, Session};
use crate::domain::dossier::{Contribution, Dossier};
use crate::domain::steps::Step;
use crate::persistence::backup::safe_file_part;
use crate::persistence::envelope::{read_envelope, write_envelope_pretty, Read, ReadError, Stamp};
use crate::persistence::import::{ImportChoice, ImportError, ImportPlan};
use crate::persistence::keys::{dossier_key, is_quarantine_key, quarantined_from};
use crate::persistence::kv::{KeyValue, StoreError};
use crate::persistence::merge::{merge_dossiers_in, ChangeKind, Choice, DossierMerge, ResolveError};
use crate::persistence::share::{
    shared_key, step_of, write_share, Part, Sender, ShareFile, SharedRecord, SHARED_PREFIX,
};
use crate::persistence::store::{SaveError, Store};
use crate::persistence::summary::DossierSummary;

/// At start-up: removes the shared records of dossiers that are gone (deleted in an earlier
/// visit; an undo of a delete only lasts the visit). A dossier whose text was quarantined
/// keeps its record.
pub(super) fn prune_shared_records<K: KeyValue>(
    store: &mut Store<K>,
    existing: &[DossierSummary],
) -> Result<(), StoreError> {
    let keys = store.kv().keys()?;
    for key in keys.iter().filter(|k| k.starts_with(SHARED_PREFIX)) {
        let id = &key[SHARED_PREFIX.len()..];
        let own = dossier_key(id);
        let quarantined =
            keys.iter().any(|k| is_quarantine_key(k) && quarantined_from(k).as_deref() == Some(own.as_str()));
        if !quarantined && !existing.iter().any(|d| d.id == id) {
            store.kv_mut().remove(key)?;
        }
    }
    Ok(())
}

/// A file to download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareDownload {
    pub file_name: String,
    pub text: String,
}

fn resolve_error(e: ResolveError) -> ImportError {
    ImportError::Read(ReadError::BadField { path: "dossier".into(), detail: e.to_string() })
}

impl<K: KeyValue, E: Env> Session<K, E> {
    /// The version of a dossier this tab works with: its unsaved one, else the stored one.
    fn version_of(&mut self, cur: Option<&Dossier>, id: &str) -> Result<Dossier, SaveError> {
        if cur.is_some_and(|d| d.id == id) {
            self.flush(cur);
        }
        if let Some(d) = self.in_memory(cur, id) {
            return Ok(d);
        }
        let raw = self.store.raw(&dossier_key(id))?.ok_or(SaveError::NotFound)?;
        match read_envelope(&raw) {
            Ok(Read::Current { dossier, .. }) => Ok(dossier),
            Ok(Read::Newer { .. }) => Err(SaveError::ReadOnly),
            Err(e) => Err(SaveError::Unreadable(e)),
        }
    }

    /// What this browser remembers of the dossier's exchanges by file.
    pub fn shared_record(&self, id: &str) -> SharedRecord {
        match self.store.raw(&shared_key(id)) {
            Ok(Some(raw)) => SharedRecord::from_text(&raw),
            _ => SharedRecord::default(),
        }
    }

    fn write_shared_record(&mut self, id: &str, record: &SharedRecord, now: &str) -> Result<(), StoreError> {
        let text = record.to_text(now).map_err(|e| StoreError::Other(e.to_string()))?;
        self.store.kv_mut().set(&shared_key(id), &text)
    }

    /// A file for colleagues: the dossier as it is now, with the version they start from
    /// (the last one exchanged, else this one). Remembers this version as exchanged; when
    /// that cannot be written the file is still good (a later merge uses the file's base).
    pub fn share_file(
        &mut self,
        cur: Option<&Dossier>,
        id: &str,
        from: Sender,
        part: Part,
    ) -> Result<ShareDownload, SaveError> {
        let dossier = self.version_of(cur, id)?;
        let mut record = self.shared_record(id);
        let now = self.env.now_iso();
        let base = record.last.clone().unwrap_or_else(|| dossier.clone());
        let name = dossier.display_name().unwrap_or(id).to_string();
        let file = ShareFile { sent_at: now.clone(), from, part, base, dossier };
        let text = write_share(&file).map_err(|e| SaveError::Serialize(e.to_string()))?;
        record.remember(&file.base);
        record.remember(&file.dossier);
        record.last = Some(file.dossier);
        let _ = self.write_shared_record(id, &record, &now);
        let who = safe_file_part(&file.from.municipality);
        let who = if who.is_empty() { String::new() } else { format!("-{who}") };
        let date = now.get(..10).unwrap_or("");
        let what = safe_file_part(&name);
        let what = if what.is_empty() { "dossier".to_string() } else { what };
        Ok(ShareDownload { file_name: format!("inkoopwijzer-delen-{what}{who}-{date}.json"), text })
    }

    /// A colleague's file laid beside the dossier it came from: every change since the
    /// version both started from. Writes nothing.
    pub fn merge_proposal(&mut self, cur: Option<&Dossier>, plan: &ImportPlan) -> Result<DossierMerge, ImportError> {
        let file = plan.mergeable().ok_or(ImportError::NoDossiers)?;
        let ours = self.version_of(cur, &file.dossier.id).map_err(ImportError::Save)?;
        let record = self.shared_record(&file.dossier.id);
        let base = record.base_for(file);
        let parts = file.part.paths();
        Ok(merge_dossiers_in(base, &ours, &file.dossier, parts.as_deref()))
    }

    /// Writes the merge with the user's choices as a new revision of the dossier (through
    /// the import path: a tab with unsaved work on it gets the usual choice). First the
    /// version it replaces is kept in the shared record, so it can still be downloaded;
    /// when that cannot be written nothing is written at all. The merge is recorded as a
    /// contribution of the file's sender.
    pub fn apply_merge(
        &mut self,
        cur: Option<&Dossier>,
        plan: &ImportPlan,
        merge: &DossierMerge,
        choices: &[Choice],
    ) -> Result<Vec<String>, ImportError> {
        let file = plan.mergeable().ok_or(ImportError::NoDossiers)?;
        let mut result = merge.result(choices).map_err(resolve_error)?;
        let now = self.env.now_iso();
        let taken: Vec<_> = merge
            .merged
            .changes
            .iter()
            .enumerate()
            .filter(|(i, c)| match c.kind {
                ChangeKind::Theirs => true,
                ChangeKind::Conflict => choices.get(*i).copied().unwrap_or_default() != Choice::Keep,
                _ => false,
            })
            .filter_map(|(_, c)| step_of(&c.path))
            .collect();
        if !taken.is_empty() {
            let steps: Vec<String> =
                Step::ALL.iter().filter(|s| taken.contains(s)).map(|s| s.slug().to_string()).collect();
            result.contributions.push(Contribution {
                id: format!("m{}", self.env.new_id()),
                municipality: file.from.municipality.clone(),
                name: file.from.name.clone(),
                sent_at: file.sent_at.clone(),
                merged_at: now.clone(),
                steps,
                changes: u32::try_from(taken.len()).unwrap_or(u32::MAX),
            });
        }
        let id = file.dossier.id.clone();
        let mut record = self.shared_record(&id);
        record.replaced = Some((merge.ours.clone(), now.clone()));
        record.remember(&file.base);
        record.remember(&file.dossier);
        record.last = Some(file.dossier.clone());
        self.write_shared_record(&id, &record, &now)?;

        let mut write = plan.clone();
        write.share = None;
        if let Some(item) = write.items.first_mut() {
            item.dossier = result;
        }
        self.apply_import(cur, &write, &[ImportChoice::Replace], "")
    }

    /// Imports a colleague's file as a dossier of its own (new here, or kept beside the
    /// existing one), remembering the versions it carries for the next merge.
    pub fn apply_share_import(
        &mut self,
        cur: Option<&Dossier>,
        plan: &ImportPlan,
        choices: &[ImportChoice],
        suffix: &str,
    ) -> Result<Vec<String>, ImportError> {
        let ids = self.apply_import(cur, plan, choices, suffix)?;
        if let (Some(file), Some(id)) = (plan.share.as_deref(), ids.first()) {
            let mut record = self.shared_record(id);
            record.remember(&file.base);
            record.remember(&file.dossier);
            record.last = Some(Dossier { id: id.clone(), ..file.dossier.clone() });
            let now = self.env.now_iso();
            // Without the record a later merge uses the base in the colleague's file.
            let _ = self.write_shared_record(id, &record, &now);
        }
        Ok(ids)
    }

    /// The version the last merge replaced, as a backup file (name and text).
    pub fn replaced_version(&self, id: &str) -> Option<ShareDownload> {
        let (dossier, at) = self.shared_record(id).replaced?;
        let text = write_envelope_pretty(&dossier, &Stamp::new(0, &at, "replaced")).ok()?;
        let name = safe_file_part(dossier.display_name().unwrap_or(id));
        let date = at.get(..10).unwrap_or("");
        Some(ShareDownload { file_name: format!("inkoopwijzer-{name}-voor-samenvoegen-{date}.json"), text })
    }

    /// The version of a dossier this tab shows, without saving anything first.
    fn peek(&self, cur: Option<&Dossier>, id: &str) -> Option<Dossier> {
        self.in_memory(cur, id).or_else(|| match read_envelope(&self.store.raw(&dossier_key(id)).ok()??) {
            Ok(Read::Current { dossier, .. }) => Some(dossier),
            _ => None,
        })
    }

    /// Who contributed to a dossier by file, newest first. Reads only.
    pub fn contributions(&self, cur: Option<&Dossier>, id: &str) -> Vec<Contribution> {
        let mut list: Vec<Contribution> = self.peek(cur, id).map(|d| d.contributions).unwrap_or_default();
        list.sort_by(|a, b| b.merged_at.cmp(&a.merged_at));
        list
    }

    /// A dossier's participants as `(id, name)` pairs (for a file of one participant's part).
    pub fn participants_of(&self, cur: Option<&Dossier>, id: &str) -> Vec<(String, String)> {
        self.peek(cur, id).map(|d| d.participant_names()).unwrap_or_default()
    }
}
