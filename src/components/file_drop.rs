//! A file picker that is also a drop zone, and reading the chosen files as bytes.
//!
//! Used wherever the app takes a file: a backup on the start page, an evaluation package on
//! the evaluator's page, the score sheets of a scoring round. The browser's own file control
//! speaks the browser's language ("Choose File / No file chosen"), not the app's: it is hidden
//! (still focusable, its focus shown on the label), and the label is the button. A file dragged
//! over the zone marks it and changes the hint; a file dropped on it is taken like a chosen one.
//! A file dropped anywhere else is refused (`refuse_stray_drops`), so that the browser never
//! opens it in the app's place.

use crate::i18n::Tr;
use crate::persistence::import::{ImportError, MAX_IMPORT_BYTES};
use crate::state::use_lang;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The class of a drop zone; `refuse_stray_drops` lets drops inside one through.
const ZONE_CLASS: &str = "drop-zone";
/// `ZONE_CLASS` as a selector, for `closest` on every dragover.
const ZONE_SELECTOR: &str = ".drop-zone";
// The selector must stay the class with a dot in front (checked when compiling).
const _: () = {
    let (class, selector) = (ZONE_CLASS.as_bytes(), ZONE_SELECTOR.as_bytes());
    assert!(selector.len() == class.len() + 1 && selector[0] == b'.');
    let mut i = 0;
    while i < class.len() {
        assert!(selector[i + 1] == class[i]);
        i += 1;
    }
};

#[component]
pub fn FileDrop<F>(
    /// The hidden file input's id (its label and hint are named after it).
    input_id: &'static str,
    /// The button's text.
    label: Tr,
    /// Under the button: that a file can be dragged here too.
    hint: Tr,
    /// Under the button while a file is dragged over the zone.
    dragging_hint: Tr,
    /// Called with the chosen or dropped files (at least one).
    on_files: F,
    /// Several files at once.
    #[prop(optional)]
    multiple: bool,
    /// The zone's id, for tests and links.
    #[prop(optional)]
    zone_id: Option<&'static str>,
) -> impl IntoView
where
    F: Fn(web_sys::FileList) + Copy + 'static,
{
    let lang = use_lang();
    let dragging = RwSignal::new(false);
    // Set when more files were dropped than the zone takes: said in the hint, nothing read.
    let too_many = RwSignal::new(None::<u32>);
    let hint_id = format!("{input_id}-hint");
    let take = move |files: web_sys::FileList| {
        if !multiple && files.length() > 1 {
            too_many.set(Some(files.length()));
            return;
        }
        too_many.set(None);
        on_files(files);
    };
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        // Read at once: clearing the input below empties the list in some browsers.
        if let Some(files) = input.files().filter(|f| f.length() > 0) {
            take(files);
        }
        // Allows choosing the same file again.
        input.set_value("");
    };
    // Only files: text dragged over the zone is left to the browser.
    let on_dragover = move |ev: leptos::ev::DragEvent| {
        if !carries_files(&ev) {
            return;
        }
        ev.prevent_default();
        if let Some(dt) = ev.data_transfer() {
            dt.set_drop_effect("copy");
        }
        dragging.set(true);
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        if !carries_files(&ev) {
            return;
        }
        ev.prevent_default();
        dragging.set(false);
        if let Some(files) = ev.data_transfer().and_then(|dt| dt.files()).filter(|f| f.length() > 0) {
            take(files);
        }
    };
    // The pointer leaving for the zone's own label or hint is no leaving.
    let on_dragleave = move |ev: leptos::ev::DragEvent| {
        let into_zone = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .zip(ev.current_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()))
            .is_some_and(|(to, zone)| zone.contains(Some(&to)));
        if !into_zone {
            dragging.set(false);
        }
    };
    view! {
        <div
            class=ZONE_CLASS
            class:dragging=move || dragging.get()
            id=zone_id
            on:dragover=on_dragover
            on:dragleave=on_dragleave
            on:drop=on_drop
        >
            <input
                id=input_id
                class="visually-hidden-input"
                type="file"
                multiple=multiple
                accept=".json,application/json"
                aria-describedby=hint_id.clone()
                on:change=on_change
            />
            <label for=input_id class="file-button">
                {lang.text(label)}
            </label>
            <p id=hint_id class="note">
                {move || if dragging.get() { dragging_hint } else { hint }.get(lang.get())}
            </p>
            {move || {
                too_many
                    .get()
                    .map(|n| {
                        view! {
                            <p class="drop-refused" role="alert">
                                {crate::i18n::persistence::one_file_at_a_time(n, lang.get())}
                            </p>
                        }
                    })
            }}
        </div>
    }
}

/// Stops the browser from opening a file that is dropped beside a drop zone: it would replace
/// the app with the file. A drop zone handles its own drops; everywhere else the pointer shows
/// that nothing happens. Called once by the app.
pub fn refuse_stray_drops() {
    let outside = |ev: &web_sys::DragEvent| {
        // A zone that took the event has said so (its handler runs first, deeper in the page);
        // its target may be a text node, which is no element to look up from.
        if ev.default_prevented() {
            return false;
        }
        let in_zone = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest(ZONE_SELECTOR).ok().flatten())
            .is_some();
        !in_zone && carries_files(ev)
    };
    let over = window_event_listener(leptos::ev::dragover, move |ev| {
        if outside(&ev) {
            ev.prevent_default();
            if let Some(dt) = ev.data_transfer() {
                dt.set_drop_effect("none");
            }
        }
    });
    let dropped = window_event_listener(leptos::ev::drop, move |ev| {
        if outside(&ev) {
            ev.prevent_default();
        }
    });
    // For the app's whole life.
    std::mem::forget((over, dropped));
}

/// Whether a drag brings files (from the file manager), not text or a link from the page.
fn carries_files(ev: &web_sys::DragEvent) -> bool {
    ev.data_transfer().is_some_and(|dt| dt.types().includes(&JsValue::from_str("Files"), 0))
}

/// Reads a file as bytes (checking the size first) and hands them to `done`, exactly once.
pub fn read_file(file: web_sys::File, done: impl FnOnce(Result<Vec<u8>, ImportError>) + 'static) {
    let size = file.size();
    if size > MAX_IMPORT_BYTES as f64 {
        done(Err(ImportError::TooLarge { bytes: size as u64, limit: MAX_IMPORT_BYTES }));
        return;
    }
    let Ok(reader) = web_sys::FileReader::new() else {
        done(Err(ImportError::FileUnreadable));
        return;
    };
    let once = Rc::new(Cell::new(Some(done)));
    let (on_load, on_error) = (once.clone(), once.clone());
    let r = reader.clone();
    let onload = Closure::once_into_js(move || {
        if let Some(done) = on_load.take() {
            done(match r.result() {
                Ok(buf) => Ok(js_sys::Uint8Array::new(&buf).to_vec()),
                Err(_) => Err(ImportError::FileUnreadable),
            });
        }
    });
    let onerror = Closure::once_into_js(move || {
        if let Some(done) = on_error.take() {
            done(Err(ImportError::FileUnreadable));
        }
    });
    reader.set_onload(Some(onload.unchecked_ref()));
    reader.set_onerror(Some(onerror.unchecked_ref()));
    if reader.read_as_array_buffer(&file).is_err() {
        if let Some(done) = once.take() {
            done(Err(ImportError::FileUnreadable));
        }
    }
}

/// Reads every file of a list as bytes and hands each to `done` with the file's name.
pub fn read_files(files: web_sys::FileList, done: impl Fn(String, Result<Vec<u8>, ImportError>) + Copy + 'static) {
    for i in 0..files.length() {
        let Some(file) = files.get(i) else { continue };
        let name = file.name();
        read_file(file, move |bytes| done(name, bytes));
    }
}
