//! Dossiers: the list on the start page (create, open, rename, duplicate, delete with
//! undo), backup export and import, the save status in the header, and the banners that
//! say when work is not being saved. All state lives in `state::dossiers`; these
//! components only show it and call its methods. Every text comes from
//! `i18n::persistence`; every user-provided text is rendered as text, never as HTML.

pub mod banners;
pub mod import;
pub mod list;
pub mod merge;
pub mod share;
pub mod status;

pub use banners::StorageBanners;
pub use list::DossierList;
pub use status::SaveStatus;

use crate::i18n::Lang;

/// A stored ISO time in the user's language and time zone (`22 nov. 2025 17:36`); empty
/// when it is not a time (a damaged value is never shown as if it were one).
pub fn format_datetime(iso: &str, lang: Lang, with_time: bool) -> String {
    if iso.is_empty() {
        return String::new();
    }
    let date = js_sys::Date::new(&iso.into());
    if date.get_time().is_nan() {
        return String::new();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    if with_time {
        let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    }
    let locale = match lang {
        Lang::Nl => "nl-NL",
        Lang::En => "en-GB",
    };
    date.to_locale_string(locale, &options).into()
}

/// The time of day of an ISO time (`17:36`).
pub fn format_time(iso: &str, lang: Lang) -> String {
    let date = js_sys::Date::new(&iso.into());
    if date.get_time().is_nan() {
        return String::new();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    date.to_locale_time_string_with_options(lang.tag(), &options).into()
}
