//! User settings kept beside the dossiers (key `inkoopwijzer:settings`).

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

pub const SETTINGS_KEY: &str = "inkoopwijzer:settings";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Settings {
    pub lang: Option<Lang>,
    /// ISO 8601 time of the last backup export.
    pub last_export_at: Option<String>,
}

impl Settings {
    /// Reads settings leniently: unreadable settings are not worth an error screen,
    /// they fall back to the defaults (and are overwritten only when the user changes one).
    pub fn from_json(raw: &str) -> Settings {
        serde_json::from_str(raw).unwrap_or_default()
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
        let s = Settings { lang: Some(Lang::En), last_export_at: None };
        assert_eq!(Settings::from_json(&s.to_json()), s);
        assert_eq!(Settings::from_json("not json"), Settings::default());
        assert_eq!(Settings::from_json("{\"lang\":\"En\",\"future\":1}").lang, Some(Lang::En));
    }
}
