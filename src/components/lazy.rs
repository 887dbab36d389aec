//! Screens whose code arrives when it is needed (code splitting).
//!
//! [`lazy_screen!`] declares a screen: with the cargo feature `split` (the release build) its
//! view function is a `wasm_split` point, so the screen's code and the texts only it uses go
//! into a wasm chunk of their own, fetched the first time the screen is shown (or earlier, by
//! the idle prefetch); without the feature it is a plain function, so `trunk serve` and the
//! browser tests need no splitter. [`LazyView`] shows such a screen: its frame at once, the
//! content when the chunk is there, and a message with a retry when the chunk cannot be fetched
//! (offline, server gone, a deploy replaced the files). A failed fetch is never a panic (the
//! split point is `fallible`) and is not cached: a retry fetches again. Nothing typed is at
//! stake: the open dossier lives in the main module.

use crate::i18n::ui::ui;
use crate::state::{use_lang, use_screen_shown};
use leptos::prelude::*;
use std::future::Future;

pub use crate::platform::ChunkError;

/// Declares a lazily loaded screen: `lazy_screen!(chunk_name, load_fn, preload_fn, || view)`.
/// `load_fn()` is an async function that returns the screen's view (after fetching its chunk,
/// in a split build); `preload_fn()` fetches the chunk without showing anything.
// rustfmt re-indents the attribute inside this macro further on every run; it is kept by hand.
#[rustfmt::skip]
macro_rules! lazy_screen {
    ($chunk:ident, $load:ident, $preload:ident, $view:expr) => {
        #[cfg_attr(feature = "split", ::leptos::wasm_split::wasm_split(
            $chunk, fallible, wasm_split_path = ::leptos::wasm_split, preload($preload)
        ))]
        pub(crate) fn $chunk() -> Result<::leptos::prelude::AnyView, $crate::components::lazy::ChunkError> {
            Ok(::leptos::prelude::IntoAny::into_any(($view)()))
        }

        /// The screen's view, once its code is loaded.
        pub async fn $load() -> Result<::leptos::prelude::AnyView, $crate::components::lazy::ChunkError> {
            $crate::platform::split_await!($chunk())
        }

        /// Fetches the screen's code without showing it (nothing to do in an unsplit build).
        #[cfg(not(feature = "split"))]
        pub async fn $preload() -> Result<(), $crate::components::lazy::ChunkError> {
            Ok(())
        }
    };
}
pub(crate) use lazy_screen;

/// Shows the view that `load` returns once it is ready; until then an empty page frame that
/// says it is loading, and when the code cannot be fetched a message with a retry button.
#[component]
pub fn LazyView<F, Fut>(
    /// The screen's loader, from [`lazy_screen!`].
    load: F,
) -> impl IntoView
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, ChunkError>> + 'static,
{
    let lang = use_lang();
    let shown = use_screen_shown();
    // Bumped by the retry button: the view below depends on it and loads again.
    let attempt = RwSignal::new(0u32);
    let frame = move || {
        view! {
            <div class="page lazy-frame" aria-busy="true">
                <p class="lazy-loading" role="status">
                    {move || ui(lang.get()).screen_loading}
                </p>
            </div>
        }
    };
    view! {
        <Suspense fallback=frame>
            {move || {
                attempt.track();
                Suspend::new(
                    send_wrapper::SendWrapper::new(async move {
                        match load().await {
                            Ok(screen) => {
                                request_animation_frame(move || shown.bump());
                                screen
                            }
                            Err(ChunkError) => chunk_failed(attempt).into_any(),
                        }
                    }),
                )
            }}
        </Suspense>
    }
}

/// A panel's loader, boxed so that every panel shares one [`LazyPanel`] in the main module.
pub type PanelFuture = std::pin::Pin<Box<dyn Future<Output = Result<AnyView, ChunkError>>>>;

/// Like [`LazyView`], for a part of a page (a panel): nothing while its code arrives (no
/// frame, no focus move), and when it cannot be fetched a short message with a retry.
#[component]
pub fn LazyPanel(
    /// The panel's loader: a [`lazy_screen!`] loader, boxed.
    load: fn() -> PanelFuture,
) -> impl IntoView {
    let lang = use_lang();
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                attempt.track();
                Suspend::new(
                    send_wrapper::SendWrapper::new(async move {
                        match load().await {
                            Ok(panel) => panel,
                            Err(ChunkError) => {
                                view! {
                                    <p class="note" role="alert">
                                        {move || ui(lang.get()).screen_failed_text}
                                        " "
                                        <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>
                                            {move || ui(lang.get()).screen_retry}
                                        </button>
                                    </p>
                                }
                                    .into_any()
                            }
                        }
                    }),
                )
            }}
        </Suspense>
    }
}

/// The message when a screen's code could not be fetched.
fn chunk_failed(attempt: RwSignal<u32>) -> impl IntoView {
    let lang = use_lang();
    let dossiers = crate::state::dossiers::use_dossiers();
    view! {
        <div class="page narrow" id="chunk-failed">
            <h1 tabindex="-1" class="page-focus">
                {move || ui(lang.get()).screen_failed_title}
            </h1>
            <p role="alert">{move || ui(lang.get()).screen_failed_text}</p>
            <p>
                <button type="button" id="chunk-retry" on:click=move |_| attempt.update(|n| *n += 1)>
                    {move || ui(lang.get()).screen_retry}
                </button>
                " "
                // After an update the old chunks are gone from the server and only a reload
                // fetches the new version; every change is saved first.
                <button
                    type="button"
                    class="secondary"
                    id="chunk-reload"
                    on:click=move |_| {
                        dossiers.flush();
                        if let Some(w) = web_sys::window() {
                            let _ = w.location().reload();
                        }
                    }
                >
                    {move || ui(lang.get()).screen_reload}
                </button>
            </p>
        </div>
    }
}
