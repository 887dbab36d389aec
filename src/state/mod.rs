//! Reactive glue: context newtypes over signals, provided once by the app shell.

pub mod dossiers;
pub mod pwa;

use crate::i18n::{ui::Ui, Lang, Tr};
use leptos::prelude::*;

/// The interface language, provided by the shell. Read with `get`; the shell's language
/// switch changes it with `set`.
#[derive(Clone, Copy)]
pub struct LangCtx(RwSignal<Lang>);

impl LangCtx {
    pub fn new(lang: RwSignal<Lang>) -> LangCtx {
        LangCtx(lang)
    }

    pub fn set(self, lang: Lang) {
        self.0.set(lang);
    }

    pub fn get(self) -> Lang {
        self.0.get()
    }

    pub fn get_untracked(self) -> Lang {
        self.0.get_untracked()
    }

    /// `tr` in the current language, as a text node that follows the language: the same as
    /// `{move || tr.get(lang.get())}` in a view. Size: every call returns the same closure
    /// type, so the view code that renders and updates it exists once in the wasm instead
    /// of once per call site (several hundred sites).
    pub fn text(self, tr: Tr) -> impl IntoView + Copy {
        move || tr.get(self.get())
    }

    /// A text picked from a per-language table (`wt`, `ui`, …), as a text node that follows
    /// the language: the same as `{move || pick(table(lang.get()))}`, with one closure type
    /// per table (see [`LangCtx::text`]).
    pub fn pick<S: 'static>(self, table: fn(Lang) -> &'static S, pick: fn(&S) -> &'static str) -> impl IntoView + Copy {
        move || pick(table(self.get()))
    }

    /// A chrome text (see [`use_ui`]) as a text node that follows the language: the same as
    /// `{move || t().field}` with `t = use_ui()`.
    pub fn ui(self, pick: fn(&Ui) -> &'static str) -> impl IntoView + Copy {
        self.pick(crate::i18n::ui::ui, pick)
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

/// Whether the "why this step?" guidance is open; shared by all steps for the session. Closed
/// at first, so that a step's first fields are on the first screen (issue 17); its summary line
/// stays in view and opens it.
#[derive(Clone, Copy)]
pub struct GuidanceOpen(RwSignal<bool>);

pub fn provide_guidance_open() {
    provide_context(GuidanceOpen(RwSignal::new(false)));
}

pub fn use_guidance_open() -> RwSignal<bool> {
    expect_context::<GuidanceOpen>().0
}

/// Counts the screens whose code arrived later (`components::lazy`) and has now rendered, so
/// that the shell can title the tab and move focus once the screen's heading exists.
#[derive(Clone, Copy)]
pub struct ScreenShown(RwSignal<u64>);

impl ScreenShown {
    /// The count (tracked: an effect that reads it runs again when a screen has rendered).
    pub fn get(self) -> u64 {
        self.0.get()
    }

    /// A lazily loaded screen has rendered.
    pub fn bump(self) {
        self.0.update(|n| *n += 1);
    }
}

pub fn provide_screen_shown() {
    provide_context(ScreenShown(RwSignal::new(0)));
}

pub fn use_screen_shown() -> ScreenShown {
    expect_context::<ScreenShown>()
}

/// Projector mode (remembered in the settings) and the presenting lock (this page view only:
/// when on, the workshop's material cannot be changed by a click). Provided by the shell,
/// which also puts the classes `projector` and `presenting-locked` on `<html>`.
#[derive(Clone, Copy)]
pub struct Projector {
    /// Large type, high contrast, reduced navigation.
    pub on: RwSignal<bool>,
    /// The presenting lock.
    pub locked: RwSignal<bool>,
}

/// `locked` is the dossiers' presenting lock (`Dossiers::presenting`), so that the same switch
/// guards the workshop's material and the open dossier.
pub fn provide_projector(on: bool, locked: RwSignal<bool>) -> Projector {
    let p = Projector { on: RwSignal::new(on), locked };
    provide_context(p);
    p
}

pub fn use_projector() -> Projector {
    expect_context::<Projector>()
}
