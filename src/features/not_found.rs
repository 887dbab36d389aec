//! The page for a URL the app does not have (the route table's fallback, and a step slug
//! that names no step).

use crate::routes;
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="page narrow">
            <h1 tabindex="-1" class="page-focus">
                {lang.ui(|t| t.not_found_title)}
            </h1>
            <p>{lang.ui(|t| t.not_found_text)}</p>
            <p>
                <A href=routes::START>{lang.ui(|t| t.back_to_start)}</A>
            </p>
        </div>
    }
}
