//! Browser tests of the application shell (layer 2): the real `App` mounted in headless
//! Chromium by wasm-bindgen-test, with the real localStorage.
//!
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown`
//! (scripts/test does this). Chrome's flags come from `webdriver.json`.
//!
//! Each test mounts the app into a fresh `<div>`, and unmounts it at the end (dropping the
//! `UnmountHandle` disposes its reactive owner), so the tests do not see each other's DOM.
//! They do share the page's URL and localStorage: each test sets both first.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests stop at the first surprise

use inkoopwijzer::App;
use leptos::mount::mount_to;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const SETTINGS_KEY: &str = "inkoopwijzer:settings";

fn document() -> Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// Moves the router to `path` without a page load (the router reads window.location).
fn set_path(path: &str) {
    web_sys::window()
        .expect("window")
        .history()
        .expect("history")
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .expect("pushState");
}

/// Sets (or with `None` removes) the stored settings before a mount.
fn set_settings(json: Option<&str>) {
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten()).expect("localStorage");
    match json {
        Some(json) => storage.set_item(SETTINGS_KEY, json).expect("setItem"),
        None => storage.remove_item(SETTINGS_KEY).expect("removeItem"),
    }
}

fn stored_settings() -> Option<String> {
    web_sys::window()?.local_storage().ok()??.get_item(SETTINGS_KEY).ok()?
}

/// Waits `ms` milliseconds (a macrotask: lets effects, the router and timers run).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("setTimeout");
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Polls `cond` (every 20 ms, up to 3 s) and tells whether it became true.
async fn eventually(mut cond: impl FnMut() -> bool) -> bool {
    for _ in 0..150 {
        if cond() {
            return true;
        }
        sleep(20).await;
    }
    cond()
}

/// A mounted app in its own `<div>`; unmounted and removed on drop.
struct Mounted {
    root: HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Mounted {
    async fn new(path: &str) -> Mounted {
        set_path(path);
        let root: HtmlElement = document().create_element("div").expect("createElement").unchecked_into();
        document().body().expect("body").append_child(&root).expect("appendChild");
        let handle = mount_to(root.clone(), App);
        leptos::task::tick().await;
        sleep(0).await;
        Mounted { root, _handle: Box::new(handle) }
    }

    fn query(&self, selector: &str) -> Option<web_sys::Element> {
        self.root.query_selector(selector).expect("a valid selector")
    }

    fn text(&self, selector: &str) -> String {
        self.query(selector).and_then(|e| e.text_content()).map(|t| t.trim().to_string()).unwrap_or_default()
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

fn html_lang() -> String {
    document().document_element().and_then(|e| e.get_attribute("lang")).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn start_page_has_its_heading() {
    set_settings(Some(r#"{"lang":"Nl"}"#));
    let app = Mounted::new("/").await;
    assert!(eventually(|| app.query("main h1").is_some()).await, "no <h1> in <main>");
    assert_eq!(app.text("main h1"), "Re-integratietrajecten inkopen die werken");
    assert!(app.query("a.skip-link[href='#main']").is_some(), "skip link");
    assert!(eventually(|| html_lang() == "nl").await, "html lang is {:?}", html_lang());
}

#[wasm_bindgen_test]
async fn language_switch_toggles_html_lang_texts_and_storage() {
    set_settings(Some(r#"{"lang":"Nl"}"#));
    let app = Mounted::new("/").await;
    assert!(eventually(|| html_lang() == "nl").await);
    let button: HtmlElement = app.query("button.lang-switch").expect("language button").unchecked_into();
    assert_eq!(button.text_content().unwrap_or_default().trim(), "English");

    button.click();
    assert!(eventually(|| html_lang() == "en").await, "html lang is {:?} after the switch", html_lang());
    assert!(
        eventually(|| app.text("main h1") == "Buying re-integration trajectories that work").await,
        "heading after switching: {:?}",
        app.text("main h1")
    );
    assert_eq!(button.text_content().unwrap_or_default().trim(), "Nederlands");
    assert_eq!(app.text("a.skip-link"), "Skip to content");
    let saved = stored_settings().unwrap_or_default();
    assert!(saved.contains(r#""lang":"En""#), "settings saved: {saved}");

    button.click();
    assert!(eventually(|| html_lang() == "nl").await);
    assert!(eventually(|| app.text("main h1") == "Re-integratietrajecten inkopen die werken").await);
}

#[wasm_bindgen_test]
async fn stored_language_wins_at_start() {
    set_settings(Some(r#"{"lang":"En"}"#));
    let app = Mounted::new("/").await;
    assert!(eventually(|| html_lang() == "en").await);
    assert_eq!(app.text("main h1"), "Buying re-integration trajectories that work");
}

#[wasm_bindgen_test]
async fn unreadable_settings_fall_back_without_breaking() {
    set_settings(Some("{not json"));
    let app = Mounted::new("/").await;
    assert!(eventually(|| app.query("main h1").is_some()).await);
    set_settings(None);
}

#[wasm_bindgen_test]
async fn steps_page_lists_nine_step_links() {
    set_settings(Some(r#"{"lang":"Nl"}"#));
    let app = Mounted::new("/stappen").await;
    assert!(eventually(|| app.query("nav.step-nav ol").is_some()).await, "no step navigation on /stappen");
    assert_eq!(app.text("main h1"), "De negen stappen van een inkoop");
    let list = app.query("nav.step-nav ol").expect("list");
    assert_eq!(list.child_element_count(), 9, "items in the step navigation");
    for n in 1..=9 {
        let link = app
            .query(&format!("nav.step-nav li:nth-child({n}) a[href]"))
            .unwrap_or_else(|| panic!("step {n} has no link"));
        let href = link.get_attribute("href").unwrap_or_default();
        assert!(href.starts_with(&format!("/stappen/{n}-")), "step {n} links to {href}");
    }
}

#[wasm_bindgen_test]
async fn step_page_marks_the_current_step() {
    set_settings(Some(r#"{"lang":"Nl"}"#));
    let app = Mounted::new("/stappen/3-bestek").await;
    // "Bestek", or a longer name that starts with it.
    assert!(eventually(|| app.text("main h1").starts_with("Bestek")).await, "heading: {:?}", app.text("main h1"));
    let current = app.query("nav.step-nav a[aria-current='page']").expect("a current step");
    assert_eq!(current.get_attribute("href").as_deref(), Some("/stappen/3-bestek"));
}

#[wasm_bindgen_test]
async fn unknown_path_shows_not_found() {
    set_settings(Some(r#"{"lang":"Nl"}"#));
    let app = Mounted::new("/bestaat-niet").await;
    assert!(
        eventually(|| app.text("main h1") == "Deze pagina bestaat niet").await,
        "heading: {:?}",
        app.text("main h1")
    );
    set_path("/");
}
