//! File downloads made in the browser, through the app's one download helper
//! (`persistence::browser::download_parts`: a Blob, an object URL, a click on a temporary
//! link). No request leaves the page.

use wasm_bindgen::JsValue;

/// Offers `bytes` as a file download named `file_name`.
pub fn download_bytes(bytes: &[u8], mime: &str, file_name: &str) -> Result<(), JsValue> {
    let array = js_sys::Uint8Array::from(bytes);
    crate::persistence::browser::download_parts(&js_sys::Array::of1(&array), mime, file_name)
}

/// Offers `text` as a file download named `file_name` (UTF-8).
pub fn download_text(text: &str, mime: &str, file_name: &str) -> Result<(), JsValue> {
    crate::persistence::browser::download_parts(&js_sys::Array::of1(&JsValue::from_str(text)), mime, file_name)
}
