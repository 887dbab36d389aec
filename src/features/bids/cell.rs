//! Number inputs of the bid comparison: a light cell input for the bids table, a labelled
//! field built on it, and a wrapper that lets a shared `ParsedField` report unparseable text.
//!
//! Invariants:
//! - Text that does not parse stays in the input with a message next to it, and the dossier
//!   keeps its last valid value. While that is so, the input's id is in the page's
//!   *invalid drafts* set ([`super::BidsCtx::invalid`]); the page hides every derived number
//!   until the set is empty. An input leaves the set when its text parses again or when it
//!   is removed from the page (`on_cleanup`), so a deleted row can never block the results.
//!   The text itself is also kept in the settings (`Dossiers::set_draft`), so that a reload
//!   brings it back with its message instead of silently showing the old value.
//! - Parsing is the domain's (`NumberKind::parse`, `parse_points`), the same that
//!   `components::field::ParsedField` calls.

use super::BidsCtx;
use crate::domain::money::{format_fixed, parse_points, Number, NumberKind, ParseError};
use crate::i18n::bids;
use crate::i18n::{messages, Lang};
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::collections::BTreeSet;
use wasm_bindgen::JsCast;

/// What kind of number an input holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumKind {
    /// Euros, at most two decimals (`4.250,00`, `4250.00`, `EUR 4.250`).
    Money,
    /// A percentage 0..=100.
    Percent,
    /// A whole number (weeks, trajectories).
    Count,
    /// Quality points: a decimal number, at most four decimals, not negative.
    Points,
}

impl NumKind {
    /// The domain's kind of number, for all but quality points.
    fn number_kind(self) -> Option<NumberKind> {
        match self {
            NumKind::Money => Some(NumberKind::Money),
            NumKind::Percent => Some(NumberKind::Percent),
            NumKind::Count => Some(NumberKind::Count),
            NumKind::Points => None,
        }
    }

    /// Parses typed text; `Ok(None)` for an empty input.
    pub fn parse(self, text: &str) -> Result<Option<Decimal>, ParseError> {
        match self.number_kind() {
            Some(kind) => kind.parse(text).map(|v| v.map(Number::to_decimal)),
            None if text.trim().is_empty() => Ok(None),
            None => parse_points(text).map(Some),
        }
    }

    /// The stored value in the standard notation of the language.
    pub fn show(self, d: Decimal, lang: Lang) -> String {
        let style = lang.number_style();
        match self {
            NumKind::Money => format_fixed(d, 2, style),
            NumKind::Percent | NumKind::Points => {
                let d = d.normalize();
                format_fixed(d, d.scale(), style)
            }
            NumKind::Count => d.trunc().to_string(),
        }
    }

    /// Why the text cannot be used, in the user's language.
    pub fn message(self, e: ParseError, lang: Lang) -> &'static str {
        match self.number_kind() {
            Some(kind) => messages::parse_error(e, kind, lang),
            None => bids::points_parse_error(e, lang),
        }
    }

    fn inputmode(self) -> &'static str {
        match self {
            NumKind::Count => "numeric",
            _ => "decimal",
        }
    }
}

/// A whole number stored as `u32` from a parsed `Decimal`.
pub fn to_u32(d: Option<Decimal>) -> Option<u32> {
    d.and_then(|d| d.to_u32())
}

/// Adds or removes `id` in an invalid-drafts set, touching the signal only on a change.
pub fn mark_invalid(set: RwSignal<BTreeSet<String>>, id: &str, invalid: bool) {
    let has = set.with_untracked(|s| s.contains(id));
    if invalid && !has {
        set.update(|s| {
            s.insert(id.to_string());
        });
    } else if !invalid && has {
        set.update(|s| {
            s.remove(id);
        });
    }
}

/// Moves focus to the element with this id on the next frame (after the DOM has changed).
pub fn focus_later(id: String) {
    request_animation_frame(move || focus_now(&id));
}

/// Moves focus to the element with this id (scrolling it into view).
pub fn focus_now(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Focuses the element with this id and scrolls it to the top of the window (below the save
/// dock when that sticks there: the page's `scroll-padding-top`), where the browser's own
/// least scrolling would leave a heading at the bottom of the screen (issue 17, "Naar de
/// uitkomst"). The sections above may still change height as they come into view
/// (`content-visibility`), so the next frame aligns it once more.
pub fn focus_at_top(id: &str) {
    let Some(el) = document().get_element_by_id(id) else { return };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = h.focus_with_options(&focus);
    }
    request_animation_frame(move || {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    });
}

/// ArrowUp/ArrowDown in a table cell: move to the input of the same column in the row above
/// or below (like a spreadsheet). Single-line inputs do nothing with these keys themselves.
pub fn arrow_nav(ev: &web_sys::KeyboardEvent) {
    let down = match ev.key().as_str() {
        "ArrowDown" => true,
        "ArrowUp" => false,
        _ => return,
    };
    if ev.alt_key() || ev.ctrl_key() || ev.meta_key() || ev.shift_key() {
        return;
    }
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let Some(col) = el.get_attribute("data-col") else { return };
    let Some(row) = el.closest("tr").ok().flatten() else { return };
    let selector = format!("[data-col=\"{col}\"]");
    let mut next = if down { row.next_element_sibling() } else { row.previous_element_sibling() };
    while let Some(r) = next {
        if let Some(target) = r.query_selector(&selector).ok().flatten() {
            if let Some(t) = target.dyn_ref::<web_sys::HtmlElement>() {
                ev.prevent_default();
                let _ = t.focus();
                if let Some(input) = t.dyn_ref::<web_sys::HtmlInputElement>() {
                    input.select();
                }
            }
            return;
        }
        next = if down { r.next_element_sibling() } else { r.previous_element_sibling() };
    }
}

/// A number input for a table cell: its accessible name comes from `label` (e.g. "Prijs per
/// traject, Aanbieder A"), its message (parse error, else the domain's problem about this
/// cell) is shown right below it and tied to it with `aria-describedby`.
#[component]
pub fn NumInput(
    ctx: BidsCtx,
    /// The element id (also the key in the invalid-drafts set and of cell messages).
    #[prop(into)]
    id: String,
    kind: NumKind,
    /// The accessible name.
    #[prop(into)]
    label: Signal<String>,
    /// The stored value.
    #[prop(into)]
    value: Signal<Option<Decimal>>,
    /// Called with every valid entry (`None`: emptied).
    on_change: Callback<Option<Decimal>>,
    /// An empty input is an error too (the value is not optional).
    #[prop(optional)]
    required: bool,
    /// Column key for ArrowUp/ArrowDown navigation between rows.
    #[prop(optional)]
    col: Option<String>,
    /// Whether to take the accessible name from a visible `<label for>` instead.
    #[prop(optional)]
    labelled: bool,
    /// Another invalid-drafts set than the page's (the what-if simulator has its own).
    #[prop(optional)]
    drafts: Option<RwSignal<BTreeSet<String>>>,
    /// The language to read (a bid's row passes its own copy; see `rows`).
    #[prop(optional, into)]
    lang: Option<Signal<Lang>>,
    /// Where this input's domain message comes from (default: the set-up's messages).
    #[prop(optional)]
    msgs: Option<Memo<super::rows::Msgs>>,
    /// Whether the input is disabled (default: the dossier is read-only).
    #[prop(optional, into)]
    disabled: Option<Signal<bool>>,
) -> impl IntoView {
    let lang = lang.unwrap_or_else(|| {
        let l = ctx.lang;
        Signal::derive(move || l.get())
    });
    let msgs = msgs.unwrap_or(ctx.setup_msgs);
    let disabled = disabled.unwrap_or(ctx.ds.read_only);
    // Inputs of the page's set hold dossier values: their unparseable text is kept across
    // reloads (`Dossiers::set_draft`). The what-if simulator's own set holds none.
    let keeps_drafts = drafts.is_none();
    let set = drafts.unwrap_or(ctx.invalid);
    let parse = move |text: &str| -> Result<Option<Decimal>, ParseError> {
        match kind.parse(text) {
            Ok(None) if required => Err(ParseError::Empty),
            other => other,
        }
    };
    let restored = keeps_drafts.then(|| ctx.ds.draft_untracked(&id)).flatten().filter(|t| parse(t).is_err());
    if restored.is_some() {
        mark_invalid(set, &id, true);
    }
    let draft = RwSignal::new(restored);
    let parse_err = Memo::new(move |_| draft.with(|t| t.as_deref().and_then(|t| parse(t).err())));
    let domain = {
        let id = id.clone();
        Memo::new(move |_| msgs.with(|m| m.get(&id).cloned()))
    };
    let message = move || match parse_err.get() {
        Some(e) => Some(kind.message(e, lang.get()).to_string()),
        None => domain.with(|d| d.as_ref().map(|m| m.text.get(lang.get()).to_string())),
    };
    let invalid = move || parse_err.get().is_some() || domain.with(|d| d.as_ref().is_some_and(|m| m.blocking));
    {
        let id = id.clone();
        on_cleanup(move || mark_invalid(set, &id, false));
    }
    let shown =
        move || draft.get().unwrap_or_else(|| value.get().map(|d| kind.show(d, lang.get())).unwrap_or_default());
    let msg_id = format!("{id}-msg");
    let id_in = id.clone();
    let on_input = move |ev: web_sys::Event| {
        let text = event_target_value(&ev);
        let result = parse(&text);
        if keeps_drafts {
            ctx.ds.set_draft(&id_in, result.is_err().then_some(text.as_str()));
        }
        draft.set(Some(text));
        match result {
            Ok(v) => {
                mark_invalid(set, &id_in, false);
                on_change.run(v);
            }
            Err(e) => {
                if !set.with_untracked(|s| s.contains(&id_in)) {
                    // Say it once, politely, when the entry turns invalid.
                    ctx.announce.set(format!("{} {}", label.get_untracked(), kind.message(e, lang.get_untracked())));
                }
                mark_invalid(set, &id_in, true);
            }
        }
    };
    let on_blur = move |_| {
        // Tidy a valid entry into the standard notation when leaving the cell.
        if parse_err.get_untracked().is_none() {
            draft.set(None);
        }
    };
    let class = match kind {
        NumKind::Money => "cell-input num money",
        _ => "cell-input num",
    };
    view! {
        // `autocomplete="off"`: besides offering no earlier entries over the table, it keeps the
        // input out of the browser's saved form state, which Chromium re-serialises for every
        // control on the page a second after each change (~19 ms for the ~3,000 inputs of a
        // 50-bid table, ~76 ms at 4x CPU, blocking the next key press). The app keeps its
        // own drafts (`Dossiers::set_draft`).
        <input
            type="text"
            id=id
            class=class
            autocomplete="off"
            inputmode=kind.inputmode()
            aria-label=move || (!labelled).then(|| label.get())
            aria-describedby=msg_id.clone()
            aria-invalid=move || invalid().then_some("true")
            data-col=col
            prop:value=shown
            prop:disabled=move || disabled.get()
            on:input=on_input
            on:blur=on_blur
            on:keydown=move |ev: web_sys::KeyboardEvent| arrow_nav(&ev)
        />
        <span class="cell-msg" id=msg_id class:bad=invalid>
            {message}
        </span>
    }
}

/// A number field with a visible label (for the set-up: scale, margin, levels).
#[component]
pub fn NumField(
    ctx: BidsCtx,
    #[prop(into)] id: String,
    kind: NumKind,
    #[prop(into)] label: Signal<String>,
    /// Help text under the label.
    #[prop(optional, into)]
    help: Option<Signal<String>>,
    #[prop(into)] value: Signal<Option<Decimal>>,
    on_change: Callback<Option<Decimal>>,
    #[prop(optional)] required: bool,
    /// Unit after the input.
    #[prop(optional, into)]
    unit: Option<Signal<String>>,
) -> impl IntoView {
    view! {
        <div class="field num-field">
            <label for=id.clone()>{move || label.get()}</label>
            {help.map(|h| view! { <p class="help">{move || h.get()}</p> })}
            <span class="input-with-unit">
                <NumInput
                    ctx=ctx
                    id=id
                    kind=kind
                    label=label
                    value=value
                    on_change=on_change
                    required=required
                    labelled=true
                />
                {unit.map(|u| view! { <span class="unit-after">{move || u.get()}</span> })}
            </span>
        </div>
    }
}

/// Wraps a shared `ParsedField` (which keeps unparseable text to itself) and records in
/// `set` whether the text typed into the input with id `id` parses, by listening to the
/// `input` events that bubble up from it.
#[component]
pub fn Tracked(
    /// The id of the `ParsedField`'s input.
    #[prop(into)]
    id: String,
    kind: NumKind,
    set: RwSignal<BTreeSet<String>>,
    children: Children,
) -> impl IntoView {
    {
        let id = id.clone();
        on_cleanup(move || mark_invalid(set, &id, false));
    }
    // The field brings back text kept from before a reload: so does the set.
    if let Some(text) = use_context::<crate::state::dossiers::Dossiers>().and_then(|d| d.draft_untracked(&id)) {
        mark_invalid(set, &id, kind.parse(&text).is_err());
    }
    let on_input = move |ev: web_sys::Event| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        if target.id() != id {
            return;
        }
        mark_invalid(set, &id, kind.parse(&target.value()).is_err());
    };
    view! {
        <div class="tracked" on:input=on_input>
            {children()}
        </div>
    }
}
