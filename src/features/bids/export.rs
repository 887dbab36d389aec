//! Export of the bid table and the outcome as CSV (`crate::render::csv`: semicolons,
//! UTF-8 with BOM, decimal comma or point), downloaded from a Blob through an object URL
//! that is revoked afterwards. Nothing is sent anywhere.

use super::BidsCtx;
use crate::components::field::ChoiceField;
use crate::i18n::bids;
use crate::i18n::Lang;
use crate::platform::{download_text, today};
use crate::render::csv::{award_csv, CsvOptions};
use crate::state::use_lang;
use leptos::prelude::*;

/// A file-name-safe slug: lower case ASCII letters and digits, dashes between words.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ÿ' | 'ý' => 'y',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut s: String = out.trim_end_matches('-').chars().take(48).collect();
    while s.ends_with('-') {
        s.pop();
    }
    if s.is_empty() {
        "dossier".into()
    } else {
        s
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Separator {
    Comma,
    Point,
}

pub fn export_view(ctx: BidsCtx, dossier_name: Memo<String>) -> impl IntoView {
    let lang = use_lang();
    // Page-local: the choice follows the language until the user makes one.
    let chosen = RwSignal::new(None::<Separator>);
    let separator = Signal::derive(move || {
        Some(chosen.get().unwrap_or(if lang.get() == Lang::Nl { Separator::Comma } else { Separator::Point }))
    });
    let status = RwSignal::new(String::new());
    let file_name = move || format!("offertes-{}-{}.csv", slug(&dossier_name.get()), today());
    let export = move |_| {
        let l = lang.get_untracked();
        let options = CsvOptions {
            decimal_comma: separator.get_untracked() == Some(Separator::Comma),
            ..CsvOptions::for_lang(l)
        };
        let text = ctx.award.with_untracked(|a| ctx.eval.with_untracked(|e| award_csv(a, e, &options)));
        let name = file_name();
        let downloaded = download_text(&name, "text/csv;charset=utf-8", &text).is_ok();
        status.set(if downloaded { bids::exported(&name, l) } else { bids::EXPORT_FAILED.get(l).to_string() });
    };
    view! {
        <p class="help">{lang.text(bids::EXPORT_HELP)}</p>
        <ChoiceField
            id="export-separator"
            label=Signal::derive(move || bids::EXPORT_SEPARATOR.get(lang.get()).to_string())
            options=vec![(Separator::Comma, bids::SEP_COMMA, None), (Separator::Point, bids::SEP_POINT, None)]
            value=separator
            on_change=Callback::new(move |v| chosen.set(v))
        />
        <Show when=move || ctx.stale()>
            <p class="banner warn">{lang.text(bids::EXPORT_STALE)}</p>
        </Show>
        <div class="button-row">
            <button type="button" id="export-csv" prop:disabled=move || ctx.stale() on:click=export>
                {lang.text(bids::EXPORT_BUTTON)}
            </button>
            <span class="note">{file_name}</span>
        </div>
        <p role="status" class="export-status">
            {move || status.get()}
        </p>
    }
}
