//! Binding helpers: wizard fields read from and write to the open dossier through small
//! getter/setter pairs, labelled by their `FieldId`.

use crate::components::field::{write, CheckField, ChoiceField, ParsedField, ParsedKind, ParsedValue, TextField};
use crate::domain::dossier::Dossier;
use crate::domain::fields::FieldId;
use crate::domain::money::{Money, Percent};
use crate::i18n::labels::{field_help, field_label};
use crate::i18n::Tr;
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

/// The label of a field as a reactive string.
pub fn label_of(f: FieldId) -> Signal<String> {
    let lang = use_lang();
    Signal::derive(move || field_label(f).get(lang.get()).to_string())
}

/// Whether the open dossier may not be edited.
pub fn locked(ds: Dossiers) -> Signal<bool> {
    ds.read_only
}

/// A text field bound to a `String` of the dossier.
pub fn text(
    ds: Dossiers,
    f: FieldId,
    get: fn(&Dossier) -> &String,
    set: fn(&mut Dossier) -> &mut String,
    multiline: bool,
) -> impl IntoView {
    let value = ds.select(move |d| get(d).clone());
    let on_change = write(ds, move |d, v: String| *set(d) = v);
    view! {
        <TextField
            id=f.anchor()
            label=label_of(f)
            help=field_help(f)
            value=value
            on_change=on_change
            multiline=multiline
            disabled=locked(ds)
        />
    }
}

/// A whole-number field bound to an `Option<u32>`.
pub fn count(
    ds: Dossiers,
    f: FieldId,
    get: fn(&Dossier) -> Option<u32>,
    set: fn(&mut Dossier) -> &mut Option<u32>,
    unit: Tr,
) -> impl IntoView {
    let lang = use_lang();
    let value = ds.select(move |d| get(d).map(ParsedValue::Count));
    let on_change = write(ds, move |d, v: Option<ParsedValue>| {
        *set(d) = match v {
            Some(ParsedValue::Count(n)) => Some(n),
            _ => None,
        }
    });
    view! {
        <ParsedField
            id=f.anchor()
            label=label_of(f)
            help=field_help(f)
            kind=ParsedKind::Count
            value=value
            on_change=on_change
            disabled=locked(ds)
            unit=Signal::derive(move || unit.get(lang.get()).to_string())
        />
    }
}

/// A money field bound to an `Option<Money>`.
pub fn money(
    ds: Dossiers,
    f: FieldId,
    get: fn(&Dossier) -> Option<Money>,
    set: fn(&mut Dossier) -> &mut Option<Money>,
) -> impl IntoView {
    let value = ds.select(move |d| get(d).map(ParsedValue::Money));
    let on_change = write(ds, move |d, v: Option<ParsedValue>| {
        *set(d) = v.and_then(ParsedValue::as_money);
    });
    view! {
        <ParsedField
            id=f.anchor()
            label=label_of(f)
            help=field_help(f)
            kind=ParsedKind::Money
            value=value
            on_change=on_change
            disabled=locked(ds)
        />
    }
}

/// A percentage field with its own id and label (several can belong to one `FieldId`).
pub fn percent(
    ds: Dossiers,
    id: &'static str,
    label: Tr,
    help: Option<Tr>,
    get: fn(&Dossier) -> Option<Percent>,
    set: fn(&mut Dossier) -> &mut Option<Percent>,
) -> impl IntoView {
    let lang = use_lang();
    let value = ds.select(move |d| get(d).map(ParsedValue::Percent));
    let on_change = write(ds, move |d, v: Option<ParsedValue>| {
        *set(d) = match v {
            Some(ParsedValue::Percent(p)) => Some(p),
            _ => None,
        }
    });
    let label = Signal::derive(move || label.get(lang.get()).to_string());
    match help {
        Some(h) => view! {
            <ParsedField
                id=id
                label=label
                help=h
                kind=ParsedKind::Percent
                value=value
                on_change=on_change
                disabled=locked(ds)
                unit=Signal::derive(|| "%".to_string())
            />
        }
        .into_any(),
        None => view! {
            <ParsedField
                id=id
                label=label
                kind=ParsedKind::Percent
                value=value
                on_change=on_change
                disabled=locked(ds)
                unit=Signal::derive(|| "%".to_string())
            />
        }
        .into_any(),
    }
}

/// Radio buttons bound to an `Option<T>` enum field.
pub fn choice<T>(
    ds: Dossiers,
    f: FieldId,
    options: Vec<(T, Tr, Option<Tr>)>,
    get: fn(&Dossier) -> Option<T>,
    set: fn(&mut Dossier) -> &mut Option<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let value = ds.select(get);
    let on_change = write(ds, move |d, v: Option<T>| *set(d) = v);
    view! {
        <ChoiceField
            id=f.anchor()
            label=label_of(f)
            help=field_help(f)
            options=options
            value=value
            on_change=on_change
            disabled=locked(ds)
        />
    }
}

/// A checkbox bound to a `bool`, with its own id and label.
pub fn check(
    ds: Dossiers,
    id: &'static str,
    label: Tr,
    help: Option<Tr>,
    get: fn(&Dossier) -> bool,
    set: fn(&mut Dossier) -> &mut bool,
) -> impl IntoView {
    let lang = use_lang();
    let value = ds.select(get);
    let on_change = write(ds, move |d, v: bool| *set(d) = v);
    let label = Signal::derive(move || label.get(lang.get()).to_string());
    match help {
        Some(h) => {
            view! { <CheckField id=id label=label help=h value=value on_change=on_change disabled=locked(ds) /> }
                .into_any()
        }
        None => {
            view! { <CheckField id=id label=label value=value on_change=on_change disabled=locked(ds) /> }.into_any()
        }
    }
}
