//! The backup reminder. Local storage can be evicted by the browser (Safari deletes the
//! data of sites not used for seven days), so the header shows when the last backup file
//! was made and reminds when work has gone a week without one.
//!
//! Rule: remind when some dossier has changes that are in no backup file (its revision is
//! above the revision of its last backup, or it has content and was never backed up), and
//! that backup (or, without one, the dossier's creation) is at least [`REMIND_AFTER_DAYS`]
//! days old.

use super::settings::Settings;
use super::summary::DossierSummary;
use super::time::days_between;

pub const REMIND_AFTER_DAYS: i64 = 7;

/// Whether this dossier has changes that are in no backup file.
pub fn has_unexported_changes(s: &DossierSummary, settings: &Settings) -> bool {
    match settings.backups.get(&s.id) {
        Some(mark) => s.revision > mark.revision,
        None => s.has_content(),
    }
}

/// Whether the header should remind the user to make a backup.
pub fn backup_due(dossiers: &[DossierSummary], settings: &Settings, now: &str) -> bool {
    dossiers.iter().any(|s| {
        if !has_unexported_changes(s, settings) {
            return false;
        }
        let since = settings
            .backups
            .get(&s.id)
            .map(|m| m.exported_at.as_str())
            .filter(|t| !t.is_empty())
            .or(Some(s.created_at.as_str()).filter(|t| !t.is_empty()))
            .unwrap_or(s.updated_at.as_str());
        // An unreadable time: better one reminder too many than one too few.
        days_between(since, now).is_none_or(|days| days >= REMIND_AFTER_DAYS)
    })
}

/// A file name part: lower-case letters, digits and dashes, at most 40 characters.
pub fn safe_file_part(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'a'..='z' | '0'..='9' => c,
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            _ => '-',
        };
        if c == '-' && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push(c);
        if out.len() >= 40 {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

/// `inkoopwijzer-<name>-<date>.json`, or `inkoopwijzer-backup-<date>.json` for all.
pub fn backup_file_name(name: &str, id: &str, now_iso: &str) -> String {
    let date = now_iso.get(..10).unwrap_or("");
    let part = match (safe_file_part(name), safe_file_part(id)) {
        (n, _) if !n.is_empty() => n,
        (_, i) if !i.is_empty() => i,
        _ => "backup".to_string(),
    };
    format!("inkoopwijzer-{part}-{date}.json")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::persistence::settings::BackupMark;

    fn summary(rev: u64, created: &str) -> DossierSummary {
        DossierSummary {
            id: "d1".into(),
            name: "Inkoop".into(),
            created_at: created.into(),
            updated_at: created.into(),
            steps_complete: 0,
            steps_started: 1,
            revision: rev,
            newer_schema: None,
            demo_of: None,
        }
    }

    #[test]
    fn reminds_after_a_week_of_changes_without_backup() {
        let now = "2025-01-10T12:00:00.000Z";
        let mut settings = Settings::default();
        assert!(!backup_due(&[summary(3, "2025-01-05T00:00:00.000Z")], &settings, now));
        assert!(backup_due(&[summary(3, "2025-01-02T00:00:00.000Z")], &settings, now));
        settings
            .backups
            .insert("d1".into(), BackupMark { revision: 3, exported_at: "2025-01-01T00:00:00.000Z".into() });
        // Everything is in the backup, however old.
        assert!(!backup_due(&[summary(3, "2024-01-01T00:00:00.000Z")], &settings, now));
        // Changed since a backup of more than a week ago.
        assert!(backup_due(&[summary(4, "2024-01-01T00:00:00.000Z")], &settings, now));
        settings
            .backups
            .insert("d1".into(), BackupMark { revision: 3, exported_at: "2025-01-09T00:00:00.000Z".into() });
        assert!(!backup_due(&[summary(4, "2024-01-01T00:00:00.000Z")], &settings, now));
        // An empty new dossier is nothing to back up.
        let mut empty = summary(1, "2020-01-01");
        empty.id = "d2".into();
        empty.name.clear();
        empty.steps_started = 0;
        assert!(!backup_due(&[empty], &settings, now));
    }
}
