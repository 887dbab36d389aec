//! User settings kept beside the dossiers (key `inkoopwijzer:settings`): the language, the
//! backup log, and number entries that do not parse yet (*drafts*). Unreadable settings fall
//! back to the defaults (the store quarantines the unreadable text before it writes new
//! settings).

use crate::domain::lang::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const SETTINGS_KEY: &str = "inkoopwijzer:settings";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Settings {
    pub lang: Option<Lang>,
    /// ISO 8601 time of the last backup export.
    pub last_export_at: Option<String>,
    /// Per dossier id: the revision in its most recent backup file, and when.
    pub backups: BTreeMap<String, BackupMark>,
    /// Per dossier id, per field (the input's element id): text typed into a number field
    /// that does not parse, so that a reload or a closed tab does not lose it. The dossier
    /// itself keeps the field's last valid value; the field shows this text again, with
    /// its message, until it is corrected.
    pub drafts: BTreeMap<String, BTreeMap<String, Draft>>,
    /// Projector mode (large type, high contrast, reduced navigation) for a facilitator.
    /// Absent in settings stored before it existed: off.
    pub projector: bool,
}

/// Text typed into a field that the dossier cannot hold yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Draft {
    pub text: String,
    /// The page the field is on (a path such as `/dossier/d1/stap/1-verkenning`).
    pub path: String,
}

/// A dossier's most recent backup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct BackupMark {
    pub revision: u64,
    /// ISO 8601 UTC.
    pub exported_at: String,
}

impl Settings {
    /// Reads settings leniently: unreadable settings are not worth an error screen,
    /// they fall back to the defaults (and are overwritten only when the user changes one).
    pub fn from_json(raw: &str) -> Settings {
        serde_json::from_str(raw).unwrap_or_default()
    }

    /// Whether the text is settings this version can read (else it is quarantined before
    /// being replaced).
    pub fn is_readable(raw: &str) -> bool {
        serde_json::from_str::<Settings>(raw).is_ok()
    }

    /// Keeps (`Some`) or forgets (`None`) a draft. Returns whether anything changed.
    pub fn set_draft(&mut self, dossier: &str, field: &str, draft: Option<Draft>) -> bool {
        match draft {
            Some(d) => {
                let fields = self.drafts.entry(dossier.to_string()).or_default();
                if fields.get(field) == Some(&d) {
                    return false;
                }
                fields.insert(field.to_string(), d);
                true
            }
            None => {
                let Some(fields) = self.drafts.get_mut(dossier) else { return false };
                let removed = fields.remove(field).is_some();
                if fields.is_empty() {
                    self.drafts.remove(dossier);
                }
                removed
            }
        }
    }

    /// The draft of one field.
    pub fn draft(&self, dossier: &str, field: &str) -> Option<&Draft> {
        self.drafts.get(dossier)?.get(field)
    }

    /// All drafts of a dossier, by field id.
    pub fn drafts_of(&self, dossier: &str) -> impl Iterator<Item = (&String, &Draft)> {
        self.drafts.get(dossier).into_iter().flatten()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lenient_round_trip() {
        let s = Settings { lang: Some(Lang::En), ..Settings::default() };
        assert_eq!(Settings::from_json(&s.to_json()), s);
        assert_eq!(Settings::from_json("not json"), Settings::default());
        assert_eq!(Settings::from_json("{\"lang\":\"En\",\"future\":1}").lang, Some(Lang::En));
    }

    #[test]
    fn projector_mode_round_trips_and_is_off_in_older_settings() {
        let s = Settings { projector: true, ..Settings::default() };
        assert!(Settings::from_json(&s.to_json()).projector);
        let old = "{\"lang\":\"Nl\",\"last_export_at\":null,\"backups\":{},\"drafts\":{}}";
        assert!(Settings::is_readable(old));
        let read = Settings::from_json(old);
        assert_eq!(read.lang, Some(Lang::Nl));
        assert!(!read.projector);
    }

    #[test]
    fn drafts_are_kept_per_dossier_and_field_and_forgotten_cleanly() {
        let mut s = Settings::default();
        let d = |t: &str| Some(Draft { text: t.into(), path: "/dossier/d1/stap/1-verkenning".into() });
        assert!(s.set_draft("d1", "f-budget", d("abc")));
        assert!(!s.set_draft("d1", "f-budget", d("abc")), "same text: no change, no write");
        assert!(s.set_draft("d1", "f-count", d("ca. 25")));
        assert!(s.set_draft("d2", "f-budget", d("-5")));
        assert_eq!(s.draft("d1", "f-budget").map(|d| d.text.as_str()), Some("abc"));
        assert_eq!(s.drafts_of("d1").count(), 2);
        // Survives the round trip through storage, and older settings without drafts read.
        let back = Settings::from_json(&s.to_json());
        assert_eq!(back, s);
        assert!(Settings::from_json("{\"lang\":null}").drafts.is_empty());
        assert!(s.set_draft("d1", "f-budget", None));
        assert!(!s.set_draft("d1", "f-budget", None), "already gone");
        assert!(s.set_draft("d1", "f-count", None));
        assert!(!s.drafts.contains_key("d1"), "an empty dossier entry is removed");
        assert_eq!(s.drafts_of("d1").count(), 0);
        assert_eq!(s.drafts_of("d2").count(), 1);
    }
}
