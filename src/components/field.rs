//! Form fields bound to the open dossier. Every field has a visible label tied to its input,
//! optional help text (referenced by `aria-describedby`), and an inline message in the user's
//! language when the input cannot be used. Invalid text stays in the input (nothing the
//! user typed is thrown away) but is not written into the dossier until it is valid.

use crate::components::source::Sources;
use crate::domain::dossier::Dossier;
use crate::i18n::{messages, Lang, Tr};
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

/// An edit of the open dossier as a callback.
pub fn write<T: 'static>(ds: Dossiers, set: impl Fn(&mut Dossier, T) + Send + Sync + 'static) -> Callback<T> {
    Callback::new(move |v: T| ds.update(|d| set(d, v)))
}

/// Label, help text and message around an input.
#[component]
fn FieldShell(
    id: String,
    label: Signal<String>,
    help: Option<Tr>,
    #[prop(into)] error: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    let help_id = format!("{id}-help");
    let err_id = format!("{id}-error");
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label for=id.clone()>{move || label.get()}</label>
            {help
                .map(|h| {
                    view! {
                        <p class="help" id=help_id.clone()>
                            {lang.text(h)}
                        </p>
                    }
                })}
            {help.map(help_sources)}
            {children()}
            <p class="field-error" id=err_id aria-live="polite">
                {move || error.get()}
            </p>
        </div>
    }
}

/// Where a help text comes from, in one line under it (`i18n::labels::help_sources`).
fn help_sources(help: Tr) -> impl IntoView {
    view! { <Sources refs=crate::i18n::labels::help_sources(help) /> }
}

fn described_by(id: &str, has_help: bool) -> String {
    if has_help {
        format!("{id}-help {id}-error")
    } else {
        format!("{id}-error")
    }
}

/// A text input (one line, or a text area when `multiline`).
#[component]
pub fn TextField(
    /// The HTML id (a `FieldId::anchor()` for wizard fields).
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Help text below the label.
    #[prop(optional)]
    help: Option<Tr>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
    /// Render a text area.
    #[prop(optional)]
    multiline: bool,
    /// Rows of the text area.
    #[prop(default = 4)]
    rows: u32,
    /// Whether editing is disabled (read-only dossier).
    #[prop(optional, into)]
    disabled: Signal<bool>,
    #[prop(optional, into)] placeholder: Option<Signal<String>>,
) -> impl IntoView {
    let described = described_by(&id, help.is_some());
    let input = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows=rows
                aria-describedby=described
                prop:value=move || value.get()
                prop:disabled=move || disabled.get()
                placeholder=move || placeholder.map(|p| p.get())
                on:input=move |ev| on_change.run(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                type="text"
                id=id.clone()
                aria-describedby=described
                prop:value=move || value.get()
                prop:disabled=move || disabled.get()
                placeholder=move || placeholder.map(|p| p.get())
                on:input=move |ev| on_change.run(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <FieldShell id=id label=label help=help error=Signal::derive(|| None::<String>)>
            {input}
        </FieldShell>
    }
}

pub use crate::domain::money::Number as ParsedValue;
pub use crate::domain::money::NumberKind as ParsedKind;

fn display(v: Option<ParsedValue>, lang: Lang) -> String {
    use crate::domain::money::format_fixed;
    match v {
        None => String::new(),
        Some(ParsedValue::Money(m)) => format_fixed(m.0, 2, lang.number_style()),
        Some(ParsedValue::Percent(p)) => {
            let d = p.0.normalize();
            format_fixed(d, d.scale(), lang.number_style())
        }
        Some(ParsedValue::Count(n)) => n.to_string(),
    }
}

/// A number field (money, percentage or whole number). While the text cannot be parsed
/// it stays in the input with a message, and the dossier keeps its last valid value.
#[component]
pub fn ParsedField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional)] help: Option<Tr>,
    kind: ParsedKind,
    #[prop(into)] value: Signal<Option<ParsedValue>>,
    on_change: Callback<Option<ParsedValue>>,
    #[prop(optional, into)] disabled: Signal<bool>,
    /// Unit shown after the input ("€", "%", "maanden").
    #[prop(optional, into)]
    unit: Option<Signal<String>>,
    /// Shown while the input is empty (e.g. the value that applies when none is given).
    #[prop(optional, into)]
    placeholder: Option<Signal<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let dossiers = use_context::<Dossiers>();
    // The text being typed while it is not (yet) valid; `None` shows the stored value.
    // Text that did not parse before a reload comes back (kept in the settings).
    let restored = dossiers.and_then(|d| d.draft_untracked(&id)).filter(|t| kind.parse(t).is_err());
    let draft = RwSignal::new(restored);
    let error = Signal::derive(move || {
        let text = draft.get()?;
        kind.parse(&text).err().map(|e| messages::parse_error(e, kind, lang.get()).to_string())
    });
    let shown = move || draft.get().unwrap_or_else(|| display(value.get(), lang.get()));
    let described = described_by(&id, help.is_some());
    let inputmode = match kind {
        ParsedKind::Count => "numeric",
        _ => "decimal",
    };
    let id_in = id.clone();
    let input = view! {
        <span class="input-with-unit">
            {(kind == ParsedKind::Money)
                .then(|| {
                    view! {
                        <span class="unit-before" aria-hidden="true">
                            "€"
                        </span>
                    }
                })}
            <input
                type="text"
                inputmode=inputmode
                id=id.clone()
                aria-describedby=described
                class=move || if kind == ParsedKind::Money { "num money" } else { "num" }
                aria-invalid=move || error.get().is_some().then_some("true")
                prop:value=shown
                prop:disabled=move || disabled.get()
                placeholder=move || placeholder.map(|p| p.get())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    let parsed = kind.parse(&text);
                    if let Some(d) = dossiers {
                        d.set_draft(&id_in, parsed.is_err().then_some(text.as_str()));
                    }
                    draft.set(Some(text));
                    if let Ok(v) = parsed {
                        on_change.run(v);
                    }
                }
                on:blur=move |_| {
                    if error.get_untracked().is_none() {
                        draft.set(None);
                    }
                }
            /> {unit.map(|u| view! { <span class="unit-after">{move || u.get()}</span> })}
        </span>
    };
    view! {
        <FieldShell id=id label=label help=help error=error>
            {input}
        </FieldShell>
    }
}

/// Radio buttons for one choice out of a few options (an enum), with an explanation each.
#[component]
pub fn ChoiceField<T>(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional)] help: Option<Tr>,
    options: Vec<(T, Tr, Option<Tr>)>,
    #[prop(into)] value: Signal<Option<T>>,
    on_change: Callback<Option<T>>,
    #[prop(optional, into)] disabled: Signal<bool>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let lang = use_lang();
    let name = id.clone();
    let help_id = format!("{id}-help");
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (opt, text, explain))| {
            let input_id = format!("{id}-{i}");
            let name = name.clone();
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=input_id.clone()
                        name=name
                        value=i.to_string()
                        prop:checked=move || value.get() == Some(opt)
                        prop:disabled=move || disabled.get()
                        on:change=move |_| on_change.run(Some(opt))
                    />
                    <label for=input_id>
                        <span class="choice-label">{lang.text(text)}</span>
                        {explain.map(|e| view! { <span class="choice-explain">{lang.text(e)}</span> })}
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field choices" id=id>
            <legend>{move || label.get()}</legend>
            {help
                .map(|h| {
                    view! {
                        <p class="help" id=help_id>
                            {lang.text(h)}
                        </p>
                    }
                })}
            {help.map(help_sources)}
            {items}
        </fieldset>
    }
}

/// A single checkbox.
#[component]
pub fn CheckField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional)] help: Option<Tr>,
    #[prop(into)] value: Signal<bool>,
    on_change: Callback<bool>,
    #[prop(optional, into)] disabled: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let help_id = format!("{id}-help");
    let described = help.is_some().then(|| help_id.clone());
    view! {
        <div class="field check">
            <input
                type="checkbox"
                id=id.clone()
                aria-describedby=described
                prop:checked=move || value.get()
                prop:disabled=move || disabled.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label for=id>{move || label.get()}</label>
            {help
                .map(|h| {
                    view! {
                        <p class="help" id=help_id>
                            {lang.text(h)}
                        </p>
                    }
                })}
            {help.map(help_sources)}
        </div>
    }
}
