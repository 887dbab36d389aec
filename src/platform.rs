//! What the browser offers every screen: the clock, fresh ids and file downloads. Wasm only
//! (`js_sys`, `web_sys`); it imports nothing from the rest of the crate, so any layer above
//! the domain may use it. Decisions stay out: callers pass in what to name, save or show.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Now as an ISO 8601 UTC timestamp (`2026-11-22T16:36:00.000Z`).
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Now in milliseconds since the Unix epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Today's date as `YYYY-MM-DD`, in the user's time zone.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// A fresh id: the prefix, a dash, the time and a random part in hex (`c-18c2f3a1b2c0a3f1e`),
/// unique within a dossier. Only ASCII letters, digits and `-`, well within 64 characters, so
/// with a short prefix it is also a valid dossier id (`persistence::keys::is_valid_id`).
pub fn new_id(prefix: &str) -> String {
    let now = now_ms() as u64;
    let rand = (js_sys::Math::random() * 1_000_000.0) as u64;
    format!("{prefix}-{now:x}{rand:05x}")
}

/// Offers `text` as a file download named `file_name` (UTF-8).
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    download_js(file_name, mime, &JsValue::from_str(text))
}

/// Offers a JavaScript string as a file download (exactly that string, UTF-8 encoded).
pub fn download_js(file_name: &str, mime: &str, text: &JsValue) -> Result<(), JsValue> {
    download_parts(file_name, mime, &js_sys::Array::of1(text))
}

/// Offers `bytes` as a file download named `file_name`.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), JsValue> {
    download_parts(file_name, mime, &js_sys::Array::of1(&js_sys::Uint8Array::from(bytes)))
}

/// The app's one file download: a Blob of `parts` (strings or byte arrays), an object URL,
/// a click on a temporary hidden link. No request leaves the page. The URL is revoked a
/// minute later (revoking at once can cancel the download in some browsers).
fn download_parts(file_name: &str, mime: &str, parts: &js_sys::Array) -> Result<(), JsValue> {
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

/// Calls a split point (`wasm_split`): in a split build the call fetches the chunk first and is
/// awaited; in an unsplit build the function is plain and returns at once. Either way the
/// value is the function's result.
macro_rules! split_await {
    ($call:expr) => {{
        #[cfg(feature = "split")]
        let result = $call.await;
        #[cfg(not(feature = "split"))]
        let result = $call;
        result
    }};
}
pub(crate) use split_await;

/// Code split off into a chunk (see `components::lazy`) could not be fetched: offline, the
/// server is gone, or a deploy replaced the files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkError;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}
