//! The browser's localStorage, reached safely, and file downloads. `gloo_storage::
//! LocalStorage::raw()` panics (and a panic kills the module) when storage is disabled, so
//! every access goes through `window().local_storage()`, which returns a `Result`.

use super::kv::StoreError;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Storage;

/// The localStorage object, or `None` when it is disabled, blocked or throws on access.
pub fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn read(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub use super::backup::{backup_file_name, safe_file_part};

/// Offers `text` as a file download.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), StoreError> {
    download_js(file_name, mime, &JsValue::from_str(text))
}

/// Offers a JavaScript string as a file download (exactly that string, UTF-8 encoded).
pub fn download_js(file_name: &str, mime: &str, text: &JsValue) -> Result<(), StoreError> {
    download_parts(&js_sys::Array::of1(text), mime, file_name)
        .map_err(|e| StoreError::Other(e.as_string().unwrap_or_else(|| "download failed".into())))
}

/// The app's one file download: a Blob of `parts` (strings or byte arrays), an object URL,
/// a click on a temporary hidden link. No request leaves the page. The URL is revoked a
/// minute later (revoking at once can cancel the download in some browsers).
pub fn download_parts(parts: &js_sys::Array, mime: &str, file_name: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let document = window.document().ok_or_else(|| JsValue::from_str("no document"))?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_blob_sequence_and_options(parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(file_name);
    a.set_hidden(true);
    let body = document.body().ok_or_else(|| JsValue::from_str("no body"))?;
    body.append_child(&a)?;
    a.click();
    a.remove();
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    Ok(())
}
