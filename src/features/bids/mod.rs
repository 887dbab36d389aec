//! Comparing the bids (offertes) of step 5 and choosing whom to award, at
//! `/dossier/{id}/offertes`.
//!
//! Data flow: everything the user enters lives in `Dossier::award` and is written through
//! `Dossiers::update` (by [`BidsCtx::edit`]). The page reads it once into the
//! [`BidsCtx::award`] memo and runs `domain::scoring::evaluate` once per change in the
//! [`BidsCtx::eval`] memo; the results, checks, messages and the export derive from those
//! two. The tables read per-bid slices of them that [`BidsCtx::edit`] refreshes only where
//! they changed, because with 100 bids × 12 criteria × 5 evaluators (~8,000 inputs) deriving
//! every cell from one memo costs ~230 ms per keystroke in Leptos 0.8; see [`rows`]. No
//! effect writes a signal.
//!
//! Invariants:
//! - **Valid or nothing.** Scores and rankings are shown only when `Evaluation::outcome` is
//!   `Some` *and* no input holds text that does not parse ([`BidsCtx::invalid`] is empty).
//!   While an input is invalid the dossier keeps its last valid value, so anything computed
//!   would be computed from stale numbers: the page says so and shows which inputs to fix;
//!   derived cells in the tables are hidden (`stale` class), the export is disabled.
//! - The bids table is keyed by bid id (`<For>`), its score columns by (criterion,
//!   evaluator) id, so editing one cell re-renders nothing else, and reordering moves rows.
//! - Every input has an accessible name that says what and whose it is ("Prijs per traject,
//!   Aanbieder A"); every cell is tied to its row and column headers (`headers`).
//! - Every user-facing text comes from `i18n::bids` (the page's own) and `i18n::scoring` (the
//!   words for the domain's findings).

mod cell;
mod checks;
mod consensus;
mod export;
mod results;
mod rows;
mod setup;
mod simulator;
mod strip;
mod table;
mod targets;

use crate::components::dossier_bar::{DossierBar, DossierPage};
use crate::domain::scoring::model::AwardSetup;
use crate::domain::scoring::{evaluate, Evaluation};
use crate::domain::steps::Step;
use crate::features::route_dossier::{use_route_dossier, DossierNotFound};
use crate::i18n::bids;
use crate::i18n::Tr;
use crate::routes::Page;
use crate::state::dossiers::{use_dossiers, Dossiers};
use crate::state::{use_lang, LangCtx};
use leptos::prelude::*;
use std::collections::BTreeSet;

pub use rows::ColNames;

/// Everything the parts of the page share. `Copy`: pass it into closures freely.
///
/// The tables do not read `award` or `eval` per cell: they read per-bid slices kept up to
/// date by [`BidsCtx::edit`] (see [`rows`] for why and how).
#[derive(Clone, Copy)]
pub struct BidsCtx {
    pub ds: Dossiers,
    pub lang: LangCtx,
    /// The dossier id of the URL.
    pub dossier_id: Memo<String>,
    /// `Dossier::award` of the open dossier.
    pub award: Memo<AwardSetup>,
    /// `evaluate(&award)`: computed once per change, read by every view.
    pub eval: Memo<Evaluation>,
    /// Ids of inputs whose text does not parse (their stored value is stale).
    pub invalid: RwSignal<BTreeSet<String>>,
    /// Whether `invalid` is not empty: nothing derived may be shown as valid.
    pub stale: Memo<bool>,
    /// The page's polite live region (a cell that turns invalid says so once).
    pub announce: RwSignal<String>,
    /// Messages of the domain at the inputs they are about, by bid (`None`: the set-up).
    pub bid_msgs: Memo<rows::MsgsByBid>,
    /// The set-up's part of `bid_msgs`.
    pub setup_msgs: Memo<rows::Msgs>,
    /// Names of criteria, evaluators and knock-outs (for the set-up sections).
    pub col_names: Memo<ColNames>,
    /// The set-up as of the last `edit` (or generation): a difference means a change from
    /// outside this page.
    synced: StoredValue<Option<AwardSetup>>,
    /// The generation of the tables: increases when the set-up changed from outside.
    outside: Memo<u64>,
    /// The per-bid slices of the current generation.
    store: StoredValue<rows::GenStore>,
}

impl BidsCtx {
    /// Whether an input holds text that does not parse (results must not be shown).
    pub fn stale(self) -> bool {
        self.stale.get()
    }

    /// The URL of a field of step 3.
    pub fn step3(self, anchor: &str) -> String {
        Page::Step(Step::Bestek).href_at(&self.dossier_id.get(), anchor)
    }
}

crate::components::lazy::lazy_screen!(bids_chunk, load_page, preload_page, || view! { <BidsPage /> });

/// The bid comparison of one dossier (route `/dossier/:id/offertes`).
#[component]
fn BidsPage() -> impl IntoView {
    // Opens the dossier of the URL, as the other dossier pages do.
    let route = use_route_dossier();
    view! {
        <Show when=move || route.found.get() fallback=move || route.tried.get().then(|| view! { <DossierNotFound /> })>
            <BidsView dossier_id=route.id />
        </Show>
    }
}

/// A link inside the page that moves focus to its target (a heading or an input).
#[component]
pub fn FocusLink(#[prop(into)] target: String, children: Children) -> impl IntoView {
    let href = format!("#{target}");
    view! {
        <a
            href=href
            on:click=move |ev| {
                ev.prevent_default();
                cell::focus_at_top(&target);
            }
        >
            {children()}
        </a>
    }
}

/// A section with a focusable heading, for the page's table of contents.
fn section_heading(id: &'static str, title: Tr) -> impl IntoView {
    let lang = use_lang();
    view! {
        <h2 id=id tabindex="-1">
            {lang.text(title)}
        </h2>
    }
}

#[component]
fn BidsView(dossier_id: Memo<String>) -> impl IntoView {
    let ds = use_dossiers();
    let lang = use_lang();
    let award = ds.select(|d| d.award.clone());
    let eval = Memo::new(move |_| award.with(evaluate));
    let bid_msgs = Memo::new(move |_| eval.with(|e| targets::cell_messages(&e.problems)));
    let invalid = RwSignal::new(BTreeSet::new());
    let synced = StoredValue::new(Some(award.get_untracked()));
    // Pure apart from `synced`, which only `BidsCtx::edit` writes, before this is re-read.
    let outside = Memo::new(move |prev: Option<&u64>| {
        let generation = prev.copied().unwrap_or(0);
        let same = award.with(|a| synced.with_value(|s| s.as_ref() == Some(a)));
        if same {
            generation
        } else {
            generation + 1
        }
    });
    let ctx = BidsCtx {
        ds,
        lang: crate::state::use_lang(),
        dossier_id,
        award,
        eval,
        invalid,
        stale: Memo::new(move |_| invalid.with(|s| !s.is_empty())),
        announce: RwSignal::new(String::new()),
        bid_msgs,
        setup_msgs: Memo::new(move |_| bid_msgs.with(|m| m.get(&None).cloned().unwrap_or_default())),
        col_names: Memo::new(move |_| award.with(ColNames::of)),
        synced,
        outside,
        store: StoredValue::new(rows::GenStore::new()),
    };
    // For the export's file name: without a name or title it is `offertes-dossier-….csv`.
    let name = ds.select(|d| d.display_name().unwrap_or_default().to_string());
    // While an independent scoring round keeps the prices closed, the price column and
    // everything computed from prices are hidden (`features::evaluation::round`).
    let prices_hidden = Memo::new(move |_| award.with(AwardSetup::prices_hidden));
    let toc: [(&'static str, Tr); 10] = [
        ("s-criteria", bids::SEC_CRITERIA),
        ("s-knockouts", bids::SEC_KNOCKOUTS),
        ("s-evaluators", bids::SEC_EVALUATORS),
        ("s-evaluation", crate::i18n::evaluation::SEC_ROUND),
        ("s-bids", bids::SEC_BIDS),
        ("s-consensus", bids::SEC_CONSENSUS),
        ("s-results", bids::SEC_RESULTS),
        ("s-checks", bids::SEC_CHECKS),
        ("s-bonus", bids::SEC_BONUS),
        ("s-export", bids::SEC_EXPORT),
    ];
    view! {
        <div class="page bids-page" class:prices-hidden=move || prices_hidden.get()>
            <DossierBar id=dossier_id current=DossierPage::Bids step=Step::Offerteprocedure />
            // A read-only dossier is announced by the store's banner above every page.
            // The same eyebrow as the step pages: this page belongs to step 5.
            <p class="eyebrow">{move || crate::i18n::step_eyebrow(Step::Offerteprocedure, lang.get())}</p>
            <h1 tabindex="-1" class="page-focus">
                {lang.text(bids::TITLE)}
            </h1>
            <p class="lead">{lang.text(bids::LEAD)}</p>
            <nav class="on-this-page no-print" aria-label=move || bids::TOC_LABEL.get(lang.get())>
                <ol>
                    {toc
                        .into_iter()
                        .map(|(id, title)| {
                            view! {
                                <li>
                                    <FocusLink target=id>{lang.text(title)}</FocusLink>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </nav>
            <p class="visually-hidden" role="status" aria-live="polite">
                {move || ctx.announce.get()}
            </p>

            <section class="bids-section" aria-labelledby="s-criteria">
                {section_heading("s-criteria", bids::SEC_CRITERIA)}
                {setup::criteria_view(ctx)}
                {setup::formula_view(ctx)}
            </section>
            <section class="bids-section" aria-labelledby="s-knockouts">
                {section_heading("s-knockouts", bids::SEC_KNOCKOUTS)}
                {setup::knockouts_view(ctx)}
                {setup::scale_view(ctx)}
            </section>
            <section class="bids-section" aria-labelledby="s-evaluators">
                {section_heading("s-evaluators", bids::SEC_EVALUATORS)}
                {setup::evaluators_view(ctx)}
            </section>
            <section class="bids-section" aria-labelledby="s-evaluation">
                {section_heading("s-evaluation", crate::i18n::evaluation::SEC_ROUND)}
                <crate::components::lazy::LazyPanel load=crate::features::evaluation::load_round_boxed />
            </section>
            <section class="bids-section" aria-labelledby="s-bids">
                {section_heading("s-bids", bids::SEC_BIDS)}
                {table::bids_table(ctx)}
            </section>
            <section class="bids-section" aria-labelledby="s-consensus">
                {section_heading("s-consensus", bids::SEC_CONSENSUS)}
                {consensus::consensus_view(ctx)}
            </section>
            <section class="bids-section results" aria-labelledby="s-results">
                {section_heading("s-results", bids::SEC_RESULTS)}
                {results::results_view(ctx)}
            </section>
            <section class="bids-section" aria-labelledby="s-checks">
                {section_heading("s-checks", bids::SEC_CHECKS)}
                {checks::checks_view(ctx)}
            </section>
            <section class="bids-section" aria-labelledby="s-bonus">
                {section_heading("s-bonus", bids::SEC_BONUS)}
                {simulator::simulator_view(ctx)}
            </section>
            <section class="bids-section" aria-labelledby="s-export">
                {section_heading("s-export", bids::SEC_EXPORT)}
                {export::export_view(ctx, name)}
                <crate::features::share_link::DossierShare />
            </section>
            {strip::result_strip(ctx)}
        </div>
    }
}
