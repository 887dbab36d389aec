//! The one table of storage keys. Every key starts with [`PREFIX`], so the panic fallback
//! (`public/fallback.js`) finds all of them, and nothing else on the origin is touched.
//!
//! | key | value |
//! |---|---|
//! | `inkoopwijzer:settings` | [`super::settings::Settings`] (language, backup log) |
//! | `inkoopwijzer:dossier:<id>` | a dossier envelope (see `envelope.rs`) |
//! | `inkoopwijzer:quarantine:<original key without prefix>:<ISO time>` | unreadable text, byte for byte |
//! | `inkoopwijzer:shared:<id>` | exchanges by file of one dossier (see `share.rs`) |
//! | `inkoopwijzer:evaluation:<package id>` | an evaluator's work on an evaluation package (see `evaluation.rs`) |
//! | `inkoopwijzer:spec-draft` | the specification helper's scratch text, as typed |
//! | `inkoopwijzer:probe` | written and removed at start-up to test that storage accepts writes |
//! | `inkoopwijzer:dossier:zz-bench` | written and removed by the save benchmark |

pub const PREFIX: &str = "inkoopwijzer:";
pub const DOSSIER_PREFIX: &str = "inkoopwijzer:dossier:";
pub const QUARANTINE_PREFIX: &str = "inkoopwijzer:quarantine:";
pub const PROBE_KEY: &str = "inkoopwijzer:probe";
/// The specification helper's scratch text (plain text, not an envelope).
pub const SPEC_DRAFT_KEY: &str = "inkoopwijzer:spec-draft";
/// The dossier id the save benchmark writes under (and removes at once).
pub const BENCH_ID: &str = "zz-bench";
pub const BENCH_KEY: &str = "inkoopwijzer:dossier:zz-bench";
pub use super::settings::SETTINGS_KEY;

/// Longest dossier id accepted (ids appear in keys and URLs).
pub const MAX_ID_LEN: usize = 64;

pub fn dossier_key(id: &str) -> String {
    format!("{DOSSIER_PREFIX}{id}")
}

/// The dossier id of a dossier key.
pub fn dossier_id(key: &str) -> Option<&str> {
    key.strip_prefix(DOSSIER_PREFIX)
}

/// Where unreadable text found under `key` is kept: the original key and the time make it
/// unique and tell the user where it came from.
pub fn quarantine_key(key: &str, now: &str) -> String {
    let rest = key.strip_prefix(PREFIX).unwrap_or(key);
    format!("{QUARANTINE_PREFIX}{rest}:{now}")
}

pub fn is_quarantine_key(key: &str) -> bool {
    key.starts_with(QUARANTINE_PREFIX)
}

/// The original key a quarantine key was made from (best effort, for display).
pub fn quarantined_from(qkey: &str) -> Option<String> {
    let rest = qkey.strip_prefix(QUARANTINE_PREFIX)?;
    // The time is the last part and contains colons itself (`2025-01-02T03:04:05.000Z`):
    // cut at the `:` that starts it, i.e. the one before the date's `YYYY-`.
    let cut = rest.char_indices().filter(|(_, c)| *c == ':').map(|(i, _)| i).find(|&i| {
        let tail = &rest[i + 1..];
        tail.len() >= 5 && tail.as_bytes()[..4].iter().all(u8::is_ascii_digit) && tail.as_bytes()[4] == b'-'
    })?;
    Some(format!("{PREFIX}{}", &rest[..cut]))
}

/// A dossier id is 1 to 64 ASCII letters, digits, `-` or `_`: safe in a key and in a URL.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= MAX_ID_LEN && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn keys_share_the_prefix_and_round_trip() {
        let k = dossier_key("d1");
        assert!(k.starts_with(PREFIX));
        assert_eq!(dossier_id(&k), Some("d1"));
        let q = quarantine_key(&k, "2025-01-02T03:04:05.000Z");
        assert_eq!(q, "inkoopwijzer:quarantine:dossier:d1:2025-01-02T03:04:05.000Z");
        assert!(is_quarantine_key(&q));
        assert_eq!(quarantined_from(&q).as_deref(), Some(k.as_str()));
        assert!(SETTINGS_KEY.starts_with(PREFIX) && PROBE_KEY.starts_with(PREFIX) && BENCH_KEY.starts_with(PREFIX));
        assert_eq!(dossier_key(BENCH_ID), BENCH_KEY);
        assert!(is_valid_id(BENCH_ID));
    }

    #[test]
    fn ids_are_restricted() {
        assert!(is_valid_id("d1a2-b_3"));
        for bad in ["", "../x", "a b", "<script>", "é", &"x".repeat(65)] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }
}
