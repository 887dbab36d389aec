//! Reactive glue: context newtypes over signals, provided once by the app shell.

pub mod dossiers;

use crate::i18n::{ui::Ui, Lang};
use leptos::prelude::*;

/// The interface language, provided by the shell.
#[derive(Clone, Copy)]
pub struct LangCtx(pub RwSignal<Lang>);

impl LangCtx {
    pub fn get(self) -> Lang {
        self.0.get()
    }

    pub fn get_untracked(self) -> Lang {
        self.0.get_untracked()
    }
}

/// The current language (reactive when read inside a closure).
pub fn use_lang() -> LangCtx {
    expect_context::<LangCtx>()
}

/// Chrome texts in the current language: `let t = use_ui(); move || t().next`.
pub fn use_ui() -> impl Fn() -> &'static Ui + Copy {
    let lang = use_lang();
    move || crate::i18n::ui::ui(lang.get())
}

/// Whether the "why this step?" guidance is open; shared by all steps for the session.
#[derive(Clone, Copy)]
pub struct GuidanceOpen(pub RwSignal<bool>);

pub fn provide_guidance_open() {
    provide_context(GuidanceOpen(RwSignal::new(true)));
}

pub fn use_guidance_open() -> RwSignal<bool> {
    expect_context::<GuidanceOpen>().0
}
