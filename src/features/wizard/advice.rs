//! Advice that answers to what the dossier holds: the warning about newcomers (steps 3 and 5)
//! when selection or award leans on past results or the firm's experience
//! (`domain::newcomers`), with the guide's reasoning and its sources.

use crate::components::source::Sources;
use crate::domain::newcomers::past_record;
use crate::i18n::lessons;
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

/// The newcomers warning, in a live region that is always there (so that the warning is
/// announced when it appears); `id` tells the two steps' regions apart.
pub fn newcomers_warning(ds: Dossiers, id: &'static str) -> impl IntoView {
    let lang = use_lang();
    let record = Memo::new(move |_| ds.current.with(|d| d.as_ref().map(past_record).filter(|r| r.weighs_heavily())));
    view! {
        <div class="field-warning" id=id role="status">
            {move || {
                record
                    .get()
                    .map(|r| {
                        view! {
                            <div class="banner warn">
                                <p>{move || lessons::newcomers_warning(&r, lang.get())}</p>
                                <Sources refs=lessons::NEWCOMERS_SOURCES />
                            </div>
                        }
                    })
            }}
        </div>
    }
}
