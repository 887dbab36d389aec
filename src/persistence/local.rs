//! The localStorage adapter (wasm only): a thin [`KeyValue`] over `web_sys::Storage` that
//! maps each `DOMException` to a [`StoreError`] (`kv::classify_dom_error`). Every call
//! returns a `Result`; nothing here panics when storage is blocked or full.

use super::keys::{PREFIX, PROBE_KEY};
use super::kv::{classify_dom_error, Holds, KeyValue, MemoryKv, StoreError};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Storage;

#[wasm_bindgen]
extern "C" {
    /// `Storage` seen with values as JavaScript strings, so that text is copied without a
    /// round trip through Rust's UTF-8 (which would replace unpaired surrogates).
    #[wasm_bindgen(js_name = Storage)]
    type RawStorage;

    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item_raw(this: &RawStorage, key: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_item_raw(this: &RawStorage, key: &str, value: &JsValue) -> Result<(), JsValue>;
}

/// Turns whatever a storage call threw into a [`StoreError`].
pub fn map_js_error(e: JsValue) -> StoreError {
    if let Some(dom) = e.dyn_ref::<web_sys::DomException>() {
        return classify_dom_error(&dom.name(), dom.code(), &dom.message());
    }
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        let name: String = err.name().into();
        let message: String = err.message().into();
        return classify_dom_error(&name, 0, &message);
    }
    StoreError::Other(e.as_string().unwrap_or_else(|| "unknown".to_string()))
}

/// UTF-16 units compared at each end by [`LocalKv::holds`]: the envelope's stamp fits in
/// the first 200.
const EDGE: usize = 256;

/// Length in UTF-16 code units, counted over bytes (several times faster than decoding
/// characters): every byte that starts a character counts one, a four-byte one two.
fn utf16_len(s: &str) -> usize {
    // What this app writes is ASCII (see `envelope::AsciiFormatter`): checked a word at a time.
    if s.is_ascii() {
        return s.len();
    }
    s.bytes().map(|b| usize::from((b as i8) >= -0x40) + usize::from(b >= 0xF0)).sum()
}

/// localStorage as a [`KeyValue`].
#[derive(Clone)]
pub struct LocalKv {
    storage: Storage,
}

/// What the start-up probe found.
pub enum Probe {
    /// Reads and writes work.
    Ok(LocalKv),
    /// Reads work but a tiny write already fails: storage is full. The app still uses it
    /// (every later write reports the quota error and keeps the old copies).
    Full(LocalKv),
    /// No usable storage: blocked, disabled or throwing. Holds a memory copy of whatever of
    /// the app's data could still be read, and why.
    Unavailable(MemoryKv, String),
}

impl LocalKv {
    pub fn new(storage: Storage) -> LocalKv {
        LocalKv { storage }
    }

    /// Finds out whether localStorage can be used (never panics, unlike
    /// `gloo_storage::LocalStorage::raw()`).
    pub fn probe() -> Probe {
        let Some(storage) = super::browser::local_storage() else {
            return Probe::Unavailable(MemoryKv::new(), "localStorage is not available".into());
        };
        let kv = LocalKv::new(storage);
        if let Err(e) = kv.keys() {
            return Probe::Unavailable(MemoryKv::new(), e.to_string());
        }
        let write = kv.storage.set_item(PROBE_KEY, "1").map_err(map_js_error);
        let _ = kv.storage.remove_item(PROBE_KEY);
        match write {
            Ok(()) => Probe::Ok(kv),
            Err(StoreError::QuotaExceeded) => Probe::Full(kv),
            Err(e) => {
                // Reading may still work: keep a memory copy so the user sees their work.
                let mut mem = MemoryKv::new();
                if let Ok(keys) = kv.keys() {
                    for k in keys.into_iter().filter(|k| k.starts_with(PREFIX)) {
                        if let Ok(Some(v)) = kv.get(&k) {
                            let _ = mem.set(&k, &v);
                        }
                    }
                }
                Probe::Unavailable(mem, e.to_string())
            }
        }
    }

    /// The stored value as a JavaScript string (exact), for downloads of raw text.
    pub fn get_js(&self, key: &str) -> Result<Option<JsValue>, StoreError> {
        let v = self.storage.unchecked_ref::<RawStorage>().get_item_raw(key).map_err(map_js_error)?;
        Ok(if v.is_null() || v.is_undefined() { None } else { Some(v) })
    }
}

impl KeyValue for LocalKv {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage.get_item(key).map_err(map_js_error)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage.set_item(key, value).map_err(map_js_error)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.storage.remove_item(key).map_err(map_js_error)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let n = self.storage.length().map_err(map_js_error)?;
        let mut keys = Vec::with_capacity(n as usize);
        for i in 0..n {
            if let Some(k) = self.storage.key(i).map_err(map_js_error)? {
                keys.push(k);
            }
        }
        Ok(keys)
    }

    /// The conflict check before every save, without copying the stored megabyte into
    /// Rust: equal length (in UTF-16 units) and equal first and last [`EDGE`] units, compared
    /// in JavaScript. Every envelope this app writes starts with its stamp (`revision`,
    /// `saved_at`, `writer`: a random id per tab), so a save by any other tab changes the
    /// head; an edit elsewhere that kept length, head and tail is not a save of this app.
    /// When the length matches but an edge cannot be compared exactly (a surrogate pair cut
    /// at the edge), it falls back to the full comparison.
    fn holds(&self, key: &str, expected: &str) -> Result<Holds, StoreError> {
        let Some(stored) = self.get_js(key)? else { return Ok(Holds::Absent) };
        let stored: js_sys::JsString = stored.unchecked_into();
        let len = stored.length() as usize;
        if len != utf16_len(expected) {
            return Ok(Holds::Different);
        }
        if len <= 2 * EDGE {
            return Ok(if stored == *expected { Holds::Same } else { Holds::Different });
        }
        let head = String::from(stored.slice(0, EDGE as u32));
        let tail = String::from(stored.slice((len - EDGE) as u32, len as u32));
        let exact = |s: &str| !s.contains('\u{fffd}');
        if exact(&head) && exact(&tail) {
            return Ok(if expected.starts_with(&head) && expected.ends_with(&tail) {
                Holds::Same
            } else {
                Holds::Different
            });
        }
        Ok(if stored == *expected { Holds::Same } else { Holds::Different })
    }

    fn copy_exact(&mut self, from: &str, to: &str) -> Result<bool, StoreError> {
        let raw = self.storage.unchecked_ref::<RawStorage>();
        let Some(value) = self.get_js(from)? else { return Ok(false) };
        raw.set_item_raw(to, &value).map_err(map_js_error)?;
        let copy = self.get_js(to)?;
        Ok(copy.is_some_and(|c| c == value))
    }
}
