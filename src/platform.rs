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
/// value is the function's result. While a split build waits, [`ChunkWanted`] tells the
/// background prefetch to hold back, so that what the user asked for gets the connection.
macro_rules! split_await {
    ($call:expr) => {{
        #[cfg(feature = "split")]
        let result = {
            let _wanted = $crate::platform::ChunkWanted::start();
            $call.await
        };
        #[cfg(not(feature = "split"))]
        let result = $call;
        result
    }};
}
pub(crate) use split_await;

/// Calls a split point as background work: its fetches go out with low priority
/// ([`in_background`]) and do not hold back the idle prefetch's waits for what the user asked
/// for ([`ChunkWanted`] is not set). For code the page wants soon but nobody waits for yet (the
/// start page's panels below the list, the full reading of the stored dossiers), so that a
/// screen the user opens in the first seconds gets the connection first.
macro_rules! split_background {
    ($call:expr) => {{
        #[cfg(feature = "split")]
        let result = $crate::platform::in_background($call).await;
        #[cfg(not(feature = "split"))]
        let result = $call;
        result
    }};
}
pub(crate) use split_background;

thread_local! {
    /// Split points the user is waiting for right now (see [`ChunkWanted`]).
    static CHUNKS_WANTED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Marks a chunk fetch that someone is waiting for (a screen, a panel, a demo copy), from
/// `start` until dropped, also when the waiting future is dropped half-way. Only a split build
/// fetches chunks.
#[cfg(feature = "split")]
pub struct ChunkWanted(());

#[cfg(feature = "split")]
impl ChunkWanted {
    pub fn start() -> ChunkWanted {
        CHUNKS_WANTED.with(|n| n.set(n.get().saturating_add(1)));
        ChunkWanted(())
    }
}

#[cfg(feature = "split")]
impl Drop for ChunkWanted {
    fn drop(&mut self) {
        CHUNKS_WANTED.with(|n| n.set(n.get().saturating_sub(1)));
    }
}

/// Resolves once no chunk that someone waits for is being fetched: the background prefetch
/// awaits this before each screen, so a click in the first seconds does not queue its chunks
/// behind the prefetch's on a slow line (HTTP/1.1 has six connections per host). Checks every
/// 50 ms; resolves at once when nothing is wanted.
pub async fn chunks_wanted_done() {
    while CHUNKS_WANTED.with(|n| n.get()) > 0 {
        sleep_ms(50).await;
    }
}

/// Runs `fetch` (a chunk's preload) as background work: while it is polled, the window flag
/// `inkoopwijzerPrefetching` is set, and the chunk loader (rewritten by
/// `scripts/split-wasm.mjs`) sends the fetches it starts then with low priority. A loader
/// starts its fetches synchronously in the first poll, so the flag covers exactly them.
pub async fn in_background<F: std::future::Future>(fetch: F) -> F::Output {
    fn flag(on: bool) {
        if let Some(w) = web_sys::window() {
            let _ = js_sys::Reflect::set(&w, &JsValue::from_str("inkoopwijzerPrefetching"), &JsValue::from_bool(on));
        }
    }
    let mut fetch = std::pin::pin!(fetch);
    std::future::poll_fn(move |cx| {
        flag(true);
        let poll = fetch.as_mut().poll(cx);
        flag(false);
        poll
    })
    .await
}

/// Resolves after `ms` milliseconds (a browser timer; at once without a window).
pub async fn sleep_ms(ms: i32) {
    let timer = js_sys::Promise::new(&mut |resolve, _| {
        let set = web_sys::window()
            .map(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).is_ok())
            .unwrap_or(false);
        if !set {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(timer).await;
}

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

/// What `public/boot.js` knows about offline use and installation (`window.inkoopwijzerPwa`;
/// every change fires the window event [`PWA_EVENT`]). All false in a development build, where
/// no service worker is registered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PwaState {
    /// A service worker is active: every file of the app is cached, it opens offline.
    pub offline_ready: bool,
    /// A newer version is installed and waits until the user switches to it.
    pub update_waiting: bool,
    /// The browser offers installation (Chromium's `beforeinstallprompt`).
    pub installable: bool,
    /// Installed during this visit.
    pub installed: bool,
    /// Running as an installed app (its own window, no address bar).
    pub standalone: bool,
    /// This browser has no service workers.
    pub unsupported: bool,
    /// Registering the service worker failed (the browser's message).
    pub error: String,
}

/// The window event that `public/boot.js` fires when [`PwaState`] changes.
pub const PWA_EVENT: &str = "inkoopwijzer-pwa";

fn pwa_object() -> Option<JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &JsValue::from_str("inkoopwijzerPwa")).ok().filter(|v| v.is_object())
}

/// The current state (all false when the loader did not set it up).
pub fn pwa_state() -> PwaState {
    let Some(obj) = pwa_object() else { return PwaState::default() };
    let flag = |name: &str| js_sys::Reflect::get(&obj, &JsValue::from_str(name)).is_ok_and(|v| v.is_truthy());
    PwaState {
        offline_ready: flag("offlineReady"),
        update_waiting: flag("updateWaiting"),
        installable: flag("installable"),
        installed: flag("installed"),
        standalone: flag("standalone"),
        unsupported: flag("unsupported"),
        error: js_sys::Reflect::get(&obj, &JsValue::from_str("error"))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default(),
    }
}

fn call_pwa(method: &str) -> Option<JsValue> {
    let obj = pwa_object()?;
    let f = js_sys::Reflect::get(&obj, &JsValue::from_str(method)).ok()?;
    f.dyn_ref::<js_sys::Function>()?.call0(&obj).ok()
}

/// Switches to the waiting version: the page reloads once it has taken over. Save first.
pub fn pwa_activate() {
    let _ = call_pwa("activate");
}

/// Shows the browser's install dialog; true when the user accepted.
pub async fn pwa_install() -> bool {
    let Some(promise) = call_pwa("install").and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok_and(|v| v.is_truthy())
}

/// Fires a plain event on the document, for `public/boot.js` (for example
/// `inkoopwijzer-prefetched`: the other screens' code has been fetched).
pub fn announce(event: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Ok(e) = web_sys::Event::new(event) {
        let _ = document.dispatch_event(&e);
    }
}

/// Whether the browser promised to keep this site's data under storage pressure
/// (`navigator.storage.persisted()`); `None` when it cannot say.
pub async fn storage_persisted() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    let promise = storage.persisted().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok().map(|v| v.is_truthy())
}

/// The browser family, where it changes what the app must say about installing and about
/// keeping data (Safari deletes the data of sites not used for seven days, in its tabs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrowserKind {
    Safari,
    Firefox,
    /// Chrome, Edge and the other Chromium browsers.
    Chromium,
    Other,
}

/// Read from the user agent, which is enough to pick a text (never to decide what works).
pub fn browser_kind() -> BrowserKind {
    let ua = web_sys::window().and_then(|w| w.navigator().user_agent().ok()).unwrap_or_default();
    if ua.contains("Firefox/") {
        BrowserKind::Firefox
    } else if ua.contains("Chrome/") || ua.contains("Chromium/") || ua.contains("Edg/") {
        BrowserKind::Chromium
    } else if ua.contains("Safari/") {
        BrowserKind::Safari
    } else {
        BrowserKind::Other
    }
}
