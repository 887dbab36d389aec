use crate::state::use_ui;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    let t = use_ui();
    view! {
        <div class="page narrow">
            <h1 tabindex="-1" class="page-focus">{move || t().not_found_title}</h1>
            <p>{move || t().not_found_text}</p>
            <p><A href="/">{move || t().back_to_start}</A></p>
        </div>
    }
}
