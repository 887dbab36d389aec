//! User settings kept beside the dossiers (key `inkoopwijzer:settings`): the language and
//! the backup log. Nothing here is the user's work, so unreadable settings fall back to the
//! defaults (the store quarantines the unreadable text before it writes new settings).

use crate::i18n::Lang;
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
}
