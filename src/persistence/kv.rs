//! The storage boundary: a small key-value trait that can fail.
//!
//! Everything the app keeps goes through [`KeyValue`]. The browser's localStorage is one
//! implementation (`persistence::local`, wasm only, a thin adapter); [`MemoryKv`] is the
//! other: used when localStorage is unavailable, and by the native tests, where it can
//! simulate a quota and a blocked storage.
//!
//! Invariant relied on by the store: `set` is atomic per key. Either the new value is
//! stored, or an error is returned and the previous value is still there, unchanged. The
//! Web Storage standard guarantees this for `setItem` (the quota check happens before
//! anything is changed), and `MemoryKv` does the same.

use std::collections::BTreeMap;

/// Why storage could not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// Storage is disabled or blocked (private mode, a browser setting, a `SecurityError`).
    #[error("storage is unavailable: {0}")]
    Unavailable(String),
    /// Storage is full (`QuotaExceededError` and its variants).
    #[error("storage is full")]
    QuotaExceeded,
    /// Anything else the browser threw, with its name and message.
    #[error("storage error: {0}")]
    Other(String),
}

/// Maps a `DOMException` (name and legacy code) from a storage call to a [`StoreError`].
///
/// Quota: Chromium and current Firefox and Safari use the name `QuotaExceededError` (code
/// 22); older Firefox used `NS_ERROR_DOM_QUOTA_REACHED` (code 1014); old WebKit threw
/// code 22 with the name `QUOTA_EXCEEDED_ERR`. Blocked storage throws `SecurityError`
/// (code 18).
pub fn classify_dom_error(name: &str, code: u16, message: &str) -> StoreError {
    let quota_names = ["QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED", "QUOTA_EXCEEDED_ERR"];
    if quota_names.contains(&name) || code == 22 || code == 1014 {
        return StoreError::QuotaExceeded;
    }
    if name == "SecurityError" || code == 18 {
        return StoreError::Unavailable(detail(name, message));
    }
    StoreError::Other(detail(name, message))
}

fn detail(name: &str, message: &str) -> String {
    match (name.is_empty(), message.is_empty()) {
        (true, true) => "unknown".to_string(),
        (false, true) => name.to_string(),
        (true, false) => message.to_string(),
        (false, false) => format!("{name}: {message}"),
    }
}

/// What [`KeyValue::holds`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holds {
    Absent,
    Same,
    Different,
}

/// A string-to-string store. All keys of the app start with `keys::PREFIX`.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Atomic per key: on error the previous value is unchanged.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// All keys, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StoreError>;

    /// Whether the value under `key` is exactly `expected` (the conflict check before each
    /// save). The browser adapter overrides this with a cheaper comparison (see
    /// `local.rs`); this default reads the value and compares it in full.
    fn holds(&self, key: &str, expected: &str) -> Result<Holds, StoreError> {
        Ok(match self.get(key)? {
            None => Holds::Absent,
            Some(v) if v == expected => Holds::Same,
            Some(_) => Holds::Different,
        })
    }

    /// Copies the value under `from` to `to` exactly and checks the copy; `Ok(false)` when
    /// there was nothing to copy or the copy differs. The browser adapter overrides this to
    /// copy the text inside JavaScript, so that text that is not valid UTF-16 (which Rust's
    /// `String` cannot hold) is still copied unit for unit.
    fn copy_exact(&mut self, from: &str, to: &str) -> Result<bool, StoreError> {
        let Some(value) = self.get(from)? else { return Ok(false) };
        self.set(to, &value)?;
        Ok(self.get(to)?.as_deref() == Some(value.as_str()))
    }
}

impl<K: KeyValue + ?Sized> KeyValue for Box<K> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        (**self).keys()
    }
    fn copy_exact(&mut self, from: &str, to: &str) -> Result<bool, StoreError> {
        (**self).copy_exact(from, to)
    }
    fn holds(&self, key: &str, expected: &str) -> Result<Holds, StoreError> {
        (**self).holds(key, expected)
    }
}

/// What the app's keys and values take up in `kv`, in UTF-16 code units as browsers count
/// them against the quota (about 5 million per site for localStorage in current browsers):
/// every key under `prefix` and its value.
pub fn used_units(kv: &impl KeyValue, prefix: &str) -> Result<usize, StoreError> {
    let mut total = 0;
    for key in kv.keys()?.into_iter().filter(|k| k.starts_with(prefix)) {
        total += units(&key) + kv.get(&key)?.map_or(0, |v| units(&v));
    }
    Ok(total)
}

/// An in-memory store: the fallback when localStorage is unavailable, and the test double.
#[derive(Debug, Clone, Default)]
pub struct MemoryKv {
    map: BTreeMap<String, String>,
    /// Maximum total size in UTF-16 code units of keys plus values (what browsers count).
    quota: Option<usize>,
    /// When set, every call fails with this error (simulates blocked storage).
    broken: Option<StoreError>,
}

impl MemoryKv {
    pub fn new() -> MemoryKv {
        MemoryKv::default()
    }

    /// A store that refuses writes that would take it over `units` UTF-16 code units.
    pub fn with_quota(units: usize) -> MemoryKv {
        MemoryKv { quota: Some(units), ..MemoryKv::default() }
    }

    /// Makes every following call fail with `error` (or work again with `None`).
    pub fn break_with(&mut self, error: Option<StoreError>) {
        self.broken = error;
    }

    pub fn set_quota(&mut self, units: Option<usize>) {
        self.quota = units;
    }

    /// A copy of everything stored, for tests that check nothing changed.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.map.clone()
    }

    /// Size in UTF-16 code units, as browsers count it.
    pub fn used(&self) -> usize {
        self.map.iter().map(|(k, v)| units(k) + units(v)).sum()
    }

    fn check(&self) -> Result<(), StoreError> {
        match &self.broken {
            Some(e) => Err(e.clone()),
            None => Ok(()),
        }
    }
}

fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

impl KeyValue for MemoryKv {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.check()?;
        Ok(self.map.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.check()?;
        if let Some(quota) = self.quota {
            let old = self.map.get(key).map(|v| units(key) + units(v)).unwrap_or(0);
            if self.used() - old + units(key) + units(value) > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.map.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.check()?;
        self.map.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.check()?;
        Ok(self.map.keys().cloned().collect())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn dom_errors_are_classified_across_browsers() {
        assert_eq!(classify_dom_error("QuotaExceededError", 22, "full"), StoreError::QuotaExceeded);
        assert_eq!(classify_dom_error("NS_ERROR_DOM_QUOTA_REACHED", 1014, ""), StoreError::QuotaExceeded);
        assert_eq!(classify_dom_error("QUOTA_EXCEEDED_ERR", 22, ""), StoreError::QuotaExceeded);
        assert_eq!(classify_dom_error("Error", 22, ""), StoreError::QuotaExceeded);
        assert_eq!(classify_dom_error("", 1014, ""), StoreError::QuotaExceeded);
        assert!(
            matches!(classify_dom_error("SecurityError", 18, "denied"), StoreError::Unavailable(m) if m.contains("denied"))
        );
        assert!(
            matches!(classify_dom_error("InvalidStateError", 11, ""), StoreError::Other(m) if m == "InvalidStateError")
        );
    }

    #[test]
    fn used_units_counts_only_the_app_keys_in_utf16_units() {
        let mut kv = MemoryKv::new();
        kv.set("inkoopwijzer:a", "€1").unwrap();
        kv.set("other", "a long value of someone else").unwrap();
        // "inkoopwijzer:a" is 14 units, "€1" is 2 (the euro sign is one UTF-16 unit).
        assert_eq!(used_units(&kv, "inkoopwijzer:").unwrap(), 16);
        kv.set("inkoopwijzer:b", "😀").unwrap(); // a surrogate pair: 2 units
        assert_eq!(used_units(&kv, "inkoopwijzer:").unwrap(), 16 + 14 + 2);
        kv.break_with(Some(StoreError::Unavailable("blocked".into())));
        assert!(used_units(&kv, "inkoopwijzer:").is_err());
    }

    #[test]
    fn memory_quota_keeps_the_old_value() {
        let mut kv = MemoryKv::with_quota(20);
        kv.set("k", "0123456789").unwrap();
        assert_eq!(kv.set("k", "012345678901234567890"), Err(StoreError::QuotaExceeded));
        assert_eq!(kv.get("k").unwrap().as_deref(), Some("0123456789"));
        // Replacing a value counts the space the old one frees.
        kv.set("k", "0123456789012345678").unwrap();
    }

    #[test]
    fn broken_memory_store_fails_every_call() {
        let mut kv = MemoryKv::new();
        kv.break_with(Some(StoreError::Unavailable("test".into())));
        assert!(kv.get("a").is_err());
        assert!(kv.set("a", "b").is_err());
        assert!(kv.keys().is_err());
        kv.break_with(None);
        assert!(kv.copy_exact("a", "b").is_ok_and(|copied| !copied));
    }
}
