//! Comparing the bids (offertes) of step 5 and choosing whom to award, at
//! `/dossier/{id}/offertes`.
//!
//! Data flow: everything the user enters lives in `Dossier::award` and is written through
//! `Dossiers::update`. The page reads it once into the [`BidsCtx::award`] memo and runs
//! `domain::scoring::evaluate` once per change in the [`BidsCtx::eval`] memo; every table,
//! chart, message and the export derive from those two (no effect writes a signal).
//!
//! Invariants:
//! - **Valid or nothing.** Scores and rankings are shown only when `Evaluation::outcome` is
//!   `Some` *and* no input holds text that does not parse ([`BidsCtx::invalid`] is empty).
//!   While an input is invalid the dossier keeps its last valid value, so anything computed
//!   would be computed from stale numbers: the page says so and shows which inputs to fix.
//! - The bids table is keyed by bid id (`<For>`), its score columns by (criterion,
//!   evaluator) id, so editing one cell re-renders nothing else, and reordering moves rows.
//! - Every input has an accessible name that says what and whose it is ("Prijs per traject,
//!   Aanbieder A"); every cell is tied to its row and column headers (`headers`).

pub mod bench;
mod cell;
mod checks;
mod consensus;
mod export;
mod results;
mod rows;
mod setup;
mod simulator;
mod table;
mod targets;

use crate::domain::dossier::Dossier;
use crate::domain::scoring::model::AwardSetup;
use crate::domain::scoring::{evaluate, Evaluation, Named};
use crate::domain::steps::Step;
use crate::features::wizard::{display_name, step_href};
use crate::i18n::scoring::bids_text as bt;
use crate::i18n::wizard_ui::wt;
use crate::i18n::Tr;
use crate::state::dossiers::{use_dossiers, Dossiers};
use crate::state::{use_lang, use_ui, LangCtx};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use std::collections::{BTreeSet, HashMap};

/// Display names of criteria, evaluators and knock-outs by id, with the domain's `#n` for
/// empty names.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ColNames {
    pub criteria: HashMap<String, String>,
    pub evaluators: HashMap<String, String>,
    pub knockouts: HashMap<String, String>,
}

impl ColNames {
    fn of(a: &AwardSetup) -> ColNames {
        ColNames {
            criteria: a.criteria.iter().enumerate().map(|(i, c)| (c.id.clone(), Named::new(&c.id, &c.name, i).name)).collect(),
            evaluators: a.evaluators.iter().enumerate().map(|(i, e)| (e.id.clone(), Named::new(&e.id, &e.name, i).name)).collect(),
            knockouts: a
                .knockouts
                .iter()
                .enumerate()
                .map(|(i, k)| (k.id.clone(), Named::new(&k.id, &k.description, i).name))
                .collect(),
        }
    }

    fn get(map: &HashMap<String, String>, id: &str) -> String {
        map.get(id).cloned().unwrap_or_default()
    }

    pub fn criterion(&self, id: &str) -> String {
        Self::get(&self.criteria, id)
    }
    pub fn evaluator(&self, id: &str) -> String {
        Self::get(&self.evaluators, id)
    }
    pub fn knockout(&self, id: &str) -> String {
        Self::get(&self.knockouts, id)
    }
}

/// Everything the parts of the page share. `Copy`: pass it into closures freely.
///
/// Fan-out rule (see [`rows`]): only page-level views and the per-bid [`rows::BidRow`]
/// slices read these memos; the cells of a bid read its row.
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
    /// The ids of the bids, in order.
    pub bid_ids: Memo<Vec<String>>,
    /// Ids of inputs whose text does not parse (their stored value is stale).
    pub invalid: RwSignal<BTreeSet<String>>,
    /// Whether `invalid` is not empty: nothing derived may be shown as valid.
    pub stale: Memo<bool>,
    /// The page's polite live region (a cell that turns invalid says so once).
    pub announce: RwSignal<String>,
    /// Messages of the domain to show at the input they are about, by the bid they belong
    /// to (`None`: the set-up).
    pub cell_msgs: Memo<HashMap<Option<String>, rows::Msgs>>,
    /// The set-up's part of `cell_msgs`.
    pub setup_msgs: Memo<rows::Msgs>,
    /// Names of criteria, evaluators and knock-outs.
    pub col_names: Memo<ColNames>,
    /// Display names of the bids by id.
    pub bid_names: Memo<HashMap<String, String>>,
    /// The per-bid slices.
    rows: StoredValue<rows::RowStore>,
}

impl BidsCtx {
    /// Whether an input holds text that does not parse (results must not be shown).
    pub fn stale(self) -> bool {
        self.stale.get()
    }

    /// Edits the award set-up of the open dossier.
    pub fn edit(self, f: impl FnOnce(&mut AwardSetup)) {
        self.ds.update(|d| f(&mut d.award));
    }

    /// The URL of a field of step 3.
    pub fn step3(self, anchor: &str) -> String {
        format!("{}#{anchor}", step_href(Step::Bestek, &self.dossier_id.get()))
    }
}

/// The bid comparison of one dossier (route `/dossier/:id/offertes`).
#[component]
pub fn BidsPage() -> impl IntoView {
    let params = use_params_map();
    let ds = use_dossiers();
    let lang = use_lang();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    // Open the dossier of the URL, as the wizard does: loading writes signals, so it runs
    // in an effect, not in a memo.
    let tried = RwSignal::new(false);
    Effect::new(move |_| {
        let id = id.get();
        ds.open(&id);
        tried.set(true);
    });
    let found = Memo::new(move |_| {
        let id = id.get();
        ds.current.with(|d| d.as_ref().is_some_and(|d| d.id == id))
    });
    view! {
        <Show when=move || found.get()
            fallback=move || tried.get().then(|| view! {
                <div class="page narrow">
                    <h1 tabindex="-1" class="page-focus">{move || wt(lang.get()).dossier_not_found}</h1>
                    <p>{move || wt(lang.get()).dossier_not_found_text}</p>
                    <p><A href="/">{move || use_ui()().back_to_start}</A></p>
                </div>
            })>
            <BidsView dossier_id=id/>
        </Show>
    }
}

/// A link inside the page that moves focus to its target (a heading or an input).
#[component]
pub fn FocusLink(#[prop(into)] target: String, children: Children) -> impl IntoView {
    let href = format!("#{target}");
    view! {
        <a href=href on:click=move |ev| {
            ev.prevent_default();
            cell::focus_now(&target);
        }>{children()}</a>
    }
}

/// A section with a focusable heading, for the page's table of contents.
fn section_heading(id: &'static str, title: Tr) -> impl IntoView {
    let lang = use_lang();
    view! { <h2 id=id tabindex="-1">{move || title.get(lang.get())}</h2> }
}

#[component]
fn BidsView(dossier_id: Memo<String>) -> impl IntoView {
    let ds = use_dossiers();
    let lang = use_lang();
    let lang_ctx = crate::state::use_lang();
    let award = Memo::new(move |_| ds.current.with(|d| d.as_ref().map(|d| d.award.clone()).unwrap_or_default()));
    let eval = Memo::new(move |_| award.with(evaluate));
    let cell_msgs = Memo::new(move |_| eval.with(|e| targets::cell_messages(&e.problems, lang.get())));
    let invalid = RwSignal::new(BTreeSet::new());
    let ctx = BidsCtx {
        ds,
        lang: lang_ctx,
        dossier_id,
        award,
        eval,
        bid_ids: Memo::new(move |_| award.with(|a| a.bids.iter().map(|b| b.id.clone()).collect())),
        invalid,
        stale: Memo::new(move |_| invalid.with(|s| !s.is_empty())),
        announce: RwSignal::new(String::new()),
        cell_msgs,
        setup_msgs: Memo::new(move |_| cell_msgs.with(|m| m.get(&None).cloned().unwrap_or_default())),
        col_names: Memo::new(move |_| award.with(ColNames::of)),
        bid_names: Memo::new(move |_| {
            award.with(|a| a.bids.iter().enumerate().map(|(i, b)| (b.id.clone(), Named::new(&b.id, &b.bidder, i).name)).collect())
        }),
        rows: StoredValue::new(rows::RowStore::new()),
    };
    let name = Memo::new(move |_| ds.current.with(|d| d.as_ref().map(display_name).unwrap_or_default()));
    let toc: [(&'static str, Tr); 9] = [
        ("s-criteria", bt::SEC_CRITERIA),
        ("s-knockouts", bt::SEC_KNOCKOUTS),
        ("s-evaluators", bt::SEC_EVALUATORS),
        ("s-bids", bt::SEC_BIDS),
        ("s-consensus", bt::SEC_CONSENSUS),
        ("s-results", bt::SEC_RESULTS),
        ("s-checks", bt::SEC_CHECKS),
        ("s-bonus", bt::SEC_BONUS),
        ("s-export", bt::SEC_EXPORT),
    ];
    let step5 = move || step_href(Step::Offerteprocedure, &dossier_id.get());
    let overview = move || format!("/dossier/{}/overzicht", dossier_id.get());
    view! {
        <div class="page bids-page">
            <div class="dossier-bar no-print">
                <span class="dossier-name">{move || name.get()}</span>
                <A href=step5>{move || bt::BACK_TO_STEP5.get(lang.get())}</A>
                <A href=overview>{move || wt(lang.get()).overview}</A>
            </div>
            <Show when=move || ds.read_only.get()>
                <p class="banner warn" role="status">{move || wt(lang.get()).read_only}</p>
            </Show>
            <p class="eyebrow">{move || bt::EYEBROW.get(lang.get())}</p>
            <h1 tabindex="-1" class="page-focus">{move || bt::TITLE.get(lang.get())}</h1>
            <p class="lead">{move || bt::LEAD.get(lang.get())}</p>
            <nav class="on-this-page no-print" aria-label=move || bt::TOC_LABEL.get(lang.get())>
                <ol>
                    {toc.into_iter().map(|(id, title)| view! {
                        <li><FocusLink target=id>{move || title.get(lang.get())}</FocusLink></li>
                    }).collect_view()}
                </ol>
            </nav>
            <p class="visually-hidden" role="status" aria-live="polite">{move || ctx.announce.get()}</p>

            <section class="bids-section" aria-labelledby="s-criteria">
                {section_heading("s-criteria", bt::SEC_CRITERIA)}
                {setup::criteria_view(ctx)}
                {setup::formula_view(ctx)}
            </section>
            <section class="bids-section" aria-labelledby="s-knockouts">
                {section_heading("s-knockouts", bt::SEC_KNOCKOUTS)}
                {setup::knockouts_view(ctx)}
                {setup::scale_view(ctx)}
            </section>
            <section class="bids-section" aria-labelledby="s-evaluators">
                {section_heading("s-evaluators", bt::SEC_EVALUATORS)}
                {setup::evaluators_view(ctx)}
            </section>
            <section class="bids-section" aria-labelledby="s-bids">
                {section_heading("s-bids", bt::SEC_BIDS)}
                {table::bids_table(ctx)}
            </section>
            <section class="bids-section" aria-labelledby="s-consensus">
                {section_heading("s-consensus", bt::SEC_CONSENSUS)}
                {consensus::consensus_view(ctx)}
            </section>
            <section class="bids-section results" aria-labelledby="s-results">
                {section_heading("s-results", bt::SEC_RESULTS)}
                {results::results_view(ctx)}
            </section>
            <section class="bids-section" aria-labelledby="s-checks">
                {section_heading("s-checks", bt::SEC_CHECKS)}
                {checks::checks_view(ctx)}
            </section>
            <section class="bids-section" aria-labelledby="s-bonus">
                {section_heading("s-bonus", bt::SEC_BONUS)}
                {simulator::simulator_view(ctx)}
            </section>
            <section class="bids-section" aria-labelledby="s-export">
                {section_heading("s-export", bt::SEC_EXPORT)}
                {export::export_view(ctx, name)}
            </section>
        </div>
    }
}

/// The open dossier's value, for one-off reads in event handlers.
pub fn with_dossier<T>(ds: Dossiers, f: impl FnOnce(&Dossier) -> T) -> Option<T> {
    ds.current.with_untracked(|d| d.as_ref().map(f))
}
