//! The browser's localStorage, reached safely, and the names of backup files. `gloo_storage::
//! LocalStorage::raw()` panics (and a panic kills the module) when storage is disabled, so
//! every access goes through `window().local_storage()`, which returns a `Result`. File
//! downloads are `crate::platform`'s; the two adapters here keep `state::dossiers` unchanged
//! until it calls `platform` itself.

use super::kv::StoreError;
use wasm_bindgen::JsValue;
use web_sys::Storage;

/// The localStorage object, or `None` when it is disabled, blocked or throws on access.
pub fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn read(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
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

/// Offers `text` as a file download. The download itself is `crate::platform`'s (it is not
/// storage); this adapter only turns its error into a `StoreError` for `state::dossiers`.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), StoreError> {
    crate::platform::download_text(file_name, mime, text).map_err(download_failed)
}

/// Offers a JavaScript string as a file download (exactly that string, UTF-8 encoded); an
/// adapter over `crate::platform::download_js`, as [`download_text`].
pub fn download_js(file_name: &str, mime: &str, text: &JsValue) -> Result<(), StoreError> {
    crate::platform::download_js(file_name, mime, text).map_err(download_failed)
}

fn download_failed(e: JsValue) -> StoreError {
    StoreError::Other(e.as_string().unwrap_or_else(|| "download failed".into()))
}
