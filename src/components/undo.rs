//! The "removed. Undo" note shown after an entry was removed from a list: a status line with
//! a button that puts the entry back (and then disappears).

use crate::i18n::bids;
use crate::i18n::Tr;
use crate::state::use_lang;
use leptos::prelude::*;

/// Shows `what` and an undo button (with the element id `id`) while `undo` holds a removed
/// entry; the button clears `undo` and hands the entry to `restore`.
pub fn undo_bar<T>(
    undo: RwSignal<Option<T>>,
    id: &'static str,
    what: Tr,
    restore: impl Fn(T) + Copy + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
{
    let lang = use_lang();
    move || {
        undo.get().map(|r| {
            view! {
                <span class="undo" role="status">
                    {lang.text(what)}
                    " "
                    <button
                        type="button"
                        class="link"
                        id=id
                        on:click=move |_| {
                            undo.set(None);
                            restore(r.clone());
                        }
                    >
                        {lang.text(bids::UNDO)}
                    </button>
                </span>
            }
        })
    }
}
