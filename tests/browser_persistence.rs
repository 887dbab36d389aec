//! Persistence in a real browser (headless Chromium through chromedriver):
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown`.
//! Real localStorage, real quota, real `storage` events, and the UI's stable hooks.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests stop at the first surprise

use inkoopwijzer::bench::fixtures::large_dossier;
use inkoopwijzer::bench::storage::bench_save_large;
use inkoopwijzer::domain::dossier::Dossier;
use inkoopwijzer::domain::lang::Lang;
use inkoopwijzer::persistence::browser::local_storage;
use inkoopwijzer::persistence::keys::{dossier_key, is_quarantine_key, PREFIX};
use inkoopwijzer::persistence::kv::{KeyValue, StoreError};
use inkoopwijzer::persistence::local::LocalKv;
use inkoopwijzer::persistence::store::{Observed, SaveError, Store, Theirs};
use inkoopwijzer::testing::LangCtx;
use inkoopwijzer::testing::{provide_dossiers, use_dossiers, Dossiers};
use inkoopwijzer::testing::{DossierList, SaveStatus, StorageBanners};
use leptos::prelude::*;
use leptos_router::components::Router;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const T0: &str = "2025-11-22T10:00:00.000Z";
const T1: &str = "2025-11-22T10:00:01.000Z";
const FILLER: &str = "zz-test-filler:";

fn storage() -> web_sys::Storage {
    local_storage().unwrap()
}

fn kv() -> LocalKv {
    LocalKv::new(storage())
}

/// Removes everything the tests (and the app) wrote.
fn clear() {
    let s = storage();
    let n = s.length().unwrap();
    let keys: Vec<String> = (0..n).filter_map(|i| s.key(i).unwrap()).collect();
    for k in keys {
        if k.starts_with(PREFIX) || k.starts_with(FILLER) {
            s.remove_item(&k).unwrap();
        }
    }
}

fn get_js(key: &str) -> JsValue {
    let f: js_sys::Function = js_sys::Reflect::get(&storage(), &"getItem".into()).unwrap().unchecked_into();
    f.call1(&storage(), &key.into()).unwrap()
}

fn set_js(key: &str, value: &JsValue) {
    let f: js_sys::Function = js_sys::Reflect::get(&storage(), &"setItem".into()).unwrap().unchecked_into();
    f.call2(&storage(), &key.into(), value).unwrap();
}

fn dossier(id: &str, name: &str) -> Dossier {
    Dossier { id: id.into(), name: name.into(), created_at: T0.into(), updated_at: T0.into(), ..Dossier::default() }
}

/// Fills localStorage until even one more character does not fit.
fn fill_to_quota() -> usize {
    let s = storage();
    let mut chunk = 1 << 20;
    let mut n = 0;
    while chunk >= 1 {
        let value = "x".repeat(chunk);
        if s.set_item(&format!("{FILLER}{n}"), &value).is_ok() {
            n += 1;
        } else {
            chunk /= 2;
        }
    }
    n
}

async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

/// Mounts the given view with the app's contexts and returns the `Dossiers` handle.
fn mount(
    view: fn() -> AnyView,
) -> (Dossiers, leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>) {
    let slot: Rc<RefCell<Option<Dossiers>>> = Rc::new(RefCell::new(None));
    let s2 = slot.clone();
    let doc = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host, move || {
        provide_context(LangCtx::new(RwSignal::new(Lang::Nl)));
        provide_dossiers();
        *s2.borrow_mut() = Some(use_dossiers());
        view()
    });
    let d = slot.borrow().unwrap();
    (d, handle)
}

fn query(selector: &str) -> Option<web_sys::Element> {
    web_sys::window().unwrap().document().unwrap().query_selector(selector).unwrap()
}

#[wasm_bindgen_test]
fn save_then_read_back_keeps_every_field() {
    clear();
    let d = large_dossier();
    let mut a = Store::new(kv(), "tabA");
    assert_eq!(a.create(&d, T0), Ok(1));
    let mut b = Store::new(kv(), "tabB");
    let opened = b.open(&d.id).unwrap();
    assert_eq!(opened.dossier, d);
    clear();
}

#[wasm_bindgen_test]
async fn corrupted_stored_value_is_quarantined_and_readable_byte_identical() {
    clear();
    // Text Rust's `String` cannot even hold (an unpaired surrogate), and plain bad JSON.
    let odd = js_sys::JsString::from_char_code(&[0x7b, 0x22, 0xD800, 0x41, 0x22]);
    set_js(&dossier_key("dodd"), &odd);
    let broken = "{\"format\":\"inkoopwijzer-dossier\",\"schema\":1,\"dossier\":{\"name\":\"afgebroken ✓";
    storage().set_item(&dossier_key("dbroken"), broken).unwrap();

    let (d, handle) = mount(|| view! { <Router><StorageBanners/></Router> }.into_any());
    sleep(50).await;
    let problems = d.problems.get_untracked();
    assert_eq!(problems.len(), 2, "{problems:?}");
    for p in &problems {
        assert!(p.quarantined, "{p:?}");
        assert!(is_quarantine_key(&p.key));
        assert!(get_js(&p.original_key).is_null(), "the original key is free");
        let expected: JsValue = if p.original_key.ends_with("dodd") { odd.clone().into() } else { broken.into() };
        assert_eq!(get_js(&p.key), expected, "kept unit for unit");
    }
    // The user sees a message with a download.
    let banner = query("#banner-problems").expect("problems banner");
    assert!(banner.text_content().unwrap().contains("kan deze versie niet lezen"));
    let buttons = banner.get_elements_by_tag_name("button");
    assert_eq!(buttons.length(), 4, "download and delete for each");
    // The app's own saves never touch it.
    d.create(dossier("dnew", "Nieuw"));
    d.update(|x| x.exploration.title = "x".into());
    d.flush();
    for p in &problems {
        let expected: JsValue = if p.original_key.ends_with("dodd") { odd.clone().into() } else { broken.into() };
        assert_eq!(get_js(&p.key), expected);
    }
    drop(handle);
    clear();
}

#[wasm_bindgen_test]
async fn storage_full_shows_the_quota_error_and_keeps_the_previous_copy() {
    clear();
    let mut seed = Store::new(kv(), "seed");
    seed.create(&dossier("dquota", "Vol"), T0).unwrap();
    let before = get_js(&dossier_key("dquota"));

    // The store itself: a failing write leaves the stored text as it was.
    let mut s = Store::new(kv(), "tabA");
    let mut d = s.open("dquota").unwrap().dossier;
    let (app, handle) = mount(|| view! { <SaveStatus/><Router><StorageBanners/></Router> }.into_any());
    assert!(app.open("dquota"));
    let fillers = fill_to_quota();
    assert!(fillers > 0);
    d.exploration.problem = "lang ".repeat(20_000);
    assert_eq!(s.save(&d, T1), Err(SaveError::Storage(StoreError::QuotaExceeded)));
    assert_eq!(get_js(&dossier_key("dquota")), before);

    // The app: the status says why, the banner offers a backup, the copy stays.
    app.update(|x| x.exploration.goals = "doelen ".repeat(20_000));
    assert!(!app.flush());
    sleep(50).await;
    let status = query("#save-status").expect("save status");
    assert_eq!(status.get_attribute("data-state").as_deref(), Some("error"));
    assert!(status.text_content().unwrap().contains("opslag vol"), "{:?}", status.text_content());
    let banner = query("#banner-save-failed").expect("quota banner");
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    assert!(banner.query_selector(".export-now").unwrap().is_some());
    assert_eq!(get_js(&dossier_key("dquota")), before, "previous copy byte-identical");
    assert_eq!(app.current.get_untracked().unwrap().exploration.goals.len(), 7 * 20_000, "the work is kept in memory");

    // Room again: the next save goes through.
    for i in 0..fillers {
        storage().remove_item(&format!("{FILLER}{i}")).unwrap();
    }
    app.retry();
    sleep(50).await;
    assert_eq!(query("#save-status").unwrap().get_attribute("data-state").as_deref(), Some("saved"));
    drop(handle);
    clear();
}

#[wasm_bindgen_test]
fn two_tabs_the_stale_one_detects_the_conflict_and_does_not_overwrite() {
    clear();
    let mut a = Store::new(kv(), "tabA");
    let mut b = Store::new(kv(), "tabB");
    let mut d = dossier("dshared", "Gedeeld");
    a.create(&d, T0).unwrap();
    let mut db = b.open("dshared").unwrap().dossier;
    d.exploration.title = "Van A".into();
    a.save(&d, T1).unwrap();
    let after_a = storage().get_item(&dossier_key("dshared")).unwrap().unwrap();

    db.exploration.title = "Van B".into();
    assert!(matches!(b.save(&db, T1), Err(SaveError::Conflict(Theirs::Changed { revision: 2, .. }))));
    assert_eq!(storage().get_item(&dossier_key("dshared")).unwrap().as_deref(), Some(after_a.as_str()));
    assert!(matches!(b.observe(&dossier_key("dshared"), Some(&after_a), true), Observed::Conflict(_)));
    clear();
}

fn dispatch_storage_event(key: &str, new_value: Option<&str>) {
    let window = web_sys::window().unwrap();
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"key".into(), &key.into()).unwrap();
    js_sys::Reflect::set(&init, &"newValue".into(), &new_value.map(JsValue::from).unwrap_or(JsValue::NULL)).unwrap();
    js_sys::Reflect::set(&init, &"storageArea".into(), &storage()).unwrap();
    let ctor: js_sys::Function = js_sys::Reflect::get(&window, &"StorageEvent".into()).unwrap().unchecked_into();
    let args = js_sys::Array::of2(&"storage".into(), &init);
    let ev: web_sys::Event = js_sys::Reflect::construct(&ctor, &args).unwrap().unchecked_into();
    window.dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn a_save_from_another_tab_is_shown_when_clean_and_a_conflict_when_not() {
    clear();
    let mut other = Store::new(kv(), "otherTab");
    other.create(&dossier("dtabs", "Twee tabbladen"), T0).unwrap();
    let (app, handle) = mount(|| view! { <SaveStatus/><Router><StorageBanners/></Router> }.into_any());
    assert!(app.open("dtabs"));
    other.open("dtabs").unwrap();

    // Clean: the other tab's newer version is shown, nothing is written here.
    let mut theirs = dossier("dtabs", "Twee tabbladen");
    theirs.exploration.title = "Van het andere tabblad".into();
    other.save(&theirs, T1).unwrap();
    let stored = storage().get_item(&dossier_key("dtabs")).unwrap().unwrap();
    dispatch_storage_event(&dossier_key("dtabs"), Some(&stored));
    assert_eq!(app.current.get_untracked().unwrap().exploration.title, "Van het andere tabblad");
    assert_eq!(
        storage().get_item(&dossier_key("dtabs")).unwrap().as_deref(),
        Some(stored.as_str()),
        "never writes from the event"
    );

    // Dirty: typing here, then the other tab saves again: a conflict, and no overwrite.
    app.update(|x| x.exploration.goals = "mijn doelen".into());
    theirs.exploration.problem = "hun probleem".into();
    other.save(&theirs, "2025-11-22T10:00:02.000Z").unwrap();
    let stored = storage().get_item(&dossier_key("dtabs")).unwrap().unwrap();
    dispatch_storage_event(&dossier_key("dtabs"), Some(&stored));
    assert!(app.conflict.get_untracked().is_some());
    assert!(!app.flush());
    sleep(700).await; // past the debounce: still nothing written
    assert_eq!(storage().get_item(&dossier_key("dtabs")).unwrap().as_deref(), Some(stored.as_str()));
    let status = query("#save-status").unwrap();
    assert_eq!(status.get_attribute("data-state").as_deref(), Some("error"));
    assert!(query("#banner-conflict").is_some());

    // "Keep mine as a copy": both versions survive.
    let (old, new) = app.resolve_keep_mine("(mijn versie)").unwrap();
    assert_eq!(old, "dtabs");
    let mut check = Store::new(kv(), "check");
    assert_eq!(check.open("dtabs").unwrap().dossier.exploration.problem, "hun probleem");
    let mine = check.open(&new).unwrap().dossier;
    assert_eq!(mine.exploration.goals, "mijn doelen");
    assert_eq!(mine.name, "Twee tabbladen (mijn versie)");
    drop(handle);
    clear();
}

#[wasm_bindgen_test]
async fn autosave_debounces_and_the_status_has_stable_hooks() {
    clear();
    let (app, handle) = mount(|| view! { <SaveStatus/> }.into_any());
    let id = app.create(Dossier { name: "Autosave".into(), ..Dossier::default() });
    app.update(|x| x.exploration.title = "getypt".into());
    sleep(20).await;
    assert_eq!(query("#save-status").unwrap().get_attribute("data-state").as_deref(), Some("dirty"));
    sleep(700).await;
    assert_eq!(query("#save-status").unwrap().get_attribute("data-state").as_deref(), Some("saved"));
    let mut check = Store::new(kv(), "check");
    assert_eq!(check.open(&id).unwrap().dossier.exploration.title, "getypt");
    drop(handle);
    clear();
}

#[wasm_bindgen_test]
async fn imported_hostile_text_is_shown_as_text() {
    clear();
    let mut s = Store::new(kv(), "seed");
    let name = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";
    s.create(&dossier("dhostile", name), T0).unwrap();
    let (_app, handle) = mount(|| view! { <Router><DossierList/></Router> }.into_any());
    sleep(50).await;
    let table = query("#dossier-table").expect("list");
    assert!(table.query_selector("img").unwrap().is_none());
    assert!(table.query_selector("script").unwrap().is_none());
    let link = query("#open-dhostile").expect("row link");
    assert_eq!(link.text_content().as_deref(), Some(name));
    assert_eq!(link.get_attribute("href").as_deref(), Some("/dossier/dhostile/stap/1-verkenning"));
    drop(handle);
    clear();
}

#[wasm_bindgen_test]
async fn bench_save_large_runs() {
    clear();
    let ms = bench_save_large().await;
    wasm_bindgen_test::console_log!(
        "bench_save_large: {ms:.1} ms (serialise + check + setItem of ~1 MB, no throttling)"
    );
    assert!(ms.is_finite() && ms >= 0.0);
    assert!(storage().get_item(inkoopwijzer::persistence::keys::BENCH_KEY).unwrap().is_none());
    let _ = kv().keys();
}

#[wasm_bindgen_test]
fn the_cheap_conflict_check_agrees_with_a_full_comparison() {
    use inkoopwijzer::persistence::kv::Holds;
    clear();
    let mut kv = kv();
    let key = "inkoopwijzer:test-holds";
    assert_eq!(kv.holds(key, "x").unwrap(), Holds::Absent);
    let text = format!("{{\"revision\":7,\"writer\":\"tabA\"{}}}", "é".repeat(5000));
    kv.set(key, &text).unwrap();
    assert_eq!(kv.holds(key, &text).unwrap(), Holds::Same);
    assert_eq!(kv.holds(key, &text.replace("tabA", "tabB")).unwrap(), Holds::Different, "head differs");
    assert_eq!(kv.holds(key, &format!("{text} ")).unwrap(), Holds::Different, "length differs");
    assert_eq!(kv.holds(key, &text.replacen("é}", "e}", 1)).unwrap(), Holds::Different, "tail differs");
    // An emoji (a surrogate pair) cut at the edge: falls back to the full comparison.
    let emoji = format!("{}{}", "a".repeat(255), "😀".repeat(3000));
    kv.set(key, &emoji).unwrap();
    assert_eq!(kv.holds(key, &emoji).unwrap(), Holds::Same);
    let mut changed = emoji.clone();
    changed.replace_range(255 + 4 * 1500..255 + 4 * 1501, "😁");
    assert_eq!(kv.holds(key, &changed).unwrap(), Holds::Different);
    kv.remove(key).unwrap();
}
