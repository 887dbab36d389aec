//! Sending a dossier (or one step, or one participant's part) to colleagues as a file, and
//! who contributed what. The file is made by the session (`persistence::session::sharing`);
//! a colleague's file comes back through the import panel, which lays it beside the dossier
//! (`merge.rs`). Its code is a chunk of its own (`LazyPanel`), fetched after the start page.

use super::format_datetime;
use crate::domain::steps::Step;
use crate::i18n::sharing as t;
use crate::persistence::share::{Part, Sender};
use crate::state::dossiers::{use_dossiers, Action};
use crate::state::use_lang;
use leptos::prelude::*;

/// The part select's value for a part (`all`, `step:3-bestek`, `participant:p1`).
fn part_value(part: &Part) -> String {
    match part {
        Part::Whole => "all".into(),
        Part::Step(s) => format!("step:{}", s.slug()),
        Part::Participant(id) => format!("participant:{id}"),
    }
}

fn part_of(value: &str) -> Part {
    if let Some(slug) = value.strip_prefix("step:") {
        return Step::from_slug(slug).map_or(Part::Whole, Part::Step);
    }
    match value.strip_prefix("participant:") {
        Some(id) if !id.is_empty() => Part::Participant(id.to_string()),
        _ => Part::Whole,
    }
}

crate::components::lazy::lazy_screen!(share_chunk, load_panel, preload_panel, || view! { <SharePanel /> });

/// [`load_panel`] for [`crate::components::lazy::LazyPanel`].
/// Below the dossier list, so fetched as background work: a screen opened in the first
/// seconds on a slow line gets the connection first.
pub fn load_panel_boxed() -> crate::components::lazy::PanelFuture {
    Box::pin(crate::platform::in_background(load_panel()))
}

#[component]
pub fn SharePanel() -> impl IntoView {
    let d = use_dossiers();
    let lang = use_lang();
    let chosen_id = RwSignal::new(String::new());
    let municipality = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let part = RwSignal::new(part_value(&Part::Whole));
    let sent = RwSignal::new(false);

    // The dossiers that can be sent (read-only ones from a newer version cannot).
    let options = Memo::new(move |_| {
        d.list.with(|l| {
            l.iter()
                .filter(|s| s.newer_schema.is_none())
                .map(|s| {
                    let label = if s.name.trim().is_empty() {
                        crate::i18n::persistence::UNNAMED.get(lang.get()).to_string()
                    } else {
                        s.name.clone()
                    };
                    (s.id.clone(), label)
                })
                .collect::<Vec<_>>()
        })
    });
    // The chosen dossier: the one picked, else the open one, else the first.
    let selected = Memo::new(move |_| {
        let picked = chosen_id.get();
        options.with(|o| {
            if o.iter().any(|(id, _)| *id == picked) {
                return Some(picked);
            }
            let open = d.current.with(|c| c.as_ref().map(|c| c.id.clone()));
            open.filter(|id| o.iter().any(|(i, _)| i == id)).or_else(|| o.first().map(|(id, _)| id.clone()))
        })
    });
    // Re-read after every change of the list (a merge raises the dossier's revision).
    let participants = Memo::new(move |_| {
        d.list.track();
        selected.get().map(|id| d.participants_of(&id)).unwrap_or_default()
    });
    let contributions = Memo::new(move |_| {
        d.list.track();
        selected.get().map(|id| d.contributions(&id)).unwrap_or_default()
    });
    let has_replaced = Memo::new(move |_| {
        d.list.track();
        selected.get().is_some_and(|id| d.has_replaced_version(&id))
    });

    let make_file = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(id) = selected.get_untracked() else { return };
        let from = Sender {
            municipality: municipality.get_untracked().trim().to_string(),
            name: name.get_untracked().trim().to_string(),
        };
        let result = d.share_file(&id, from, part_of(&part.get_untracked()));
        sent.set(result.is_ok());
        d.report(Action::Share, &id, result);
    };
    let download_replaced = move |_| {
        if let Some(id) = selected.get_untracked() {
            d.report(Action::DownloadReplaced, &id, d.download_replaced(&id));
        }
    };

    view! {
        <section class="share" aria-labelledby="share-title">
            <h3 id="share-title">{lang.text(t::SHARE_TITLE)}</h3>
            <p class="note">{lang.text(t::SHARE_INTRO)}</p>
            <Show when=move || !options.with(Vec::is_empty)>
                <form class="share-form" on:submit=make_file>
                    <label for="share-dossier">{lang.text(t::SHARE_DOSSIER)}</label>
                    <select
                        id="share-dossier"
                        on:change=move |ev| {
                            chosen_id.set(event_target_value(&ev));
                            part.set(part_value(&Part::Whole));
                            sent.set(false);
                        }
                    >
                        <For
                            each=move || options.get()
                            key=|o| o.clone()
                            children=move |(id, label)| {
                                let value = id.clone();
                                view! {
                                    <option
                                        value=value
                                        prop:selected=move || selected.get().as_deref() == Some(id.as_str())
                                    >
                                        {label}
                                    </option>
                                }
                            }
                        />
                    </select>
                    <label for="share-part">{lang.text(t::SHARE_PART)}</label>
                    <select id="share-part" on:change=move |ev| part.set(event_target_value(&ev))>
                        <option value="all" prop:selected=move || part.get() == "all">
                            {lang.text(t::PART_WHOLE)}
                        </option>
                        {Step::ALL
                            .into_iter()
                            .map(|step| {
                                let value = part_value(&Part::Step(step));
                                let v = value.clone();
                                view! {
                                    <option value=value prop:selected=move || part.with(|p| *p == v)>
                                        {move || t::part_step(step, lang.get())}
                                    </option>
                                }
                            })
                            .collect_view()}
                        <For
                            each=move || participants.get()
                            key=|p| p.clone()
                            children=move |(id, pname)| {
                                let value = part_value(&Part::Participant(id));
                                let v = value.clone();
                                view! {
                                    <option value=value prop:selected=move || part.with(|p| *p == v)>
                                        {move || t::part_participant(&pname, lang.get())}
                                    </option>
                                }
                            }
                        />
                    </select>
                    <label for="share-municipality">{lang.text(t::SHARE_MUNICIPALITY)}</label>
                    <input
                        id="share-municipality"
                        type="text"
                        maxlength="200"
                        autocomplete="organization"
                        aria-describedby="share-who-hint"
                        bind:value=municipality
                    />
                    <label for="share-name">{lang.text(t::SHARE_NAME)}</label>
                    <input
                        id="share-name"
                        type="text"
                        maxlength="200"
                        autocomplete="name"
                        aria-describedby="share-who-hint"
                        bind:value=name
                    />
                    <p id="share-who-hint" class="note">
                        {lang.text(t::SHARE_WHO_HINT)}
                    </p>
                    <div class="button-row">
                        <button type="submit" id="share-download">
                            {lang.text(t::SHARE_DOWNLOAD)}
                        </button>
                    </div>
                    {move || {
                        sent.get()
                            .then(|| {
                                view! {
                                    <p role="status" class="note" id="share-done">
                                        {lang.text(t::SHARE_DONE)}
                                    </p>
                                }
                            })
                    }}
                </form>
                <h4 id="contributions-title">{lang.text(t::CONTRIBUTIONS_TITLE)}</h4>
                <Show
                    when=move || !contributions.with(Vec::is_empty)
                    fallback=move || view! { <p class="note">{lang.text(t::CONTRIBUTIONS_EMPTY)}</p> }
                >
                    <table class="contributions" id="contributions" aria-labelledby="contributions-title">
                        <thead>
                            <tr>
                                <th scope="col">{lang.text(t::COL_WHO)}</th>
                                <th scope="col">{lang.text(t::COL_SENT)}</th>
                                <th scope="col">{lang.text(t::COL_MERGED)}</th>
                                <th scope="col">{lang.text(t::COL_STEPS)}</th>
                                <th scope="col">{lang.text(t::COL_CHANGES)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=move || contributions.get()
                                key=|c| c.id.clone()
                                children=move |c| {
                                    let (m, n, steps) = (c.municipality.clone(), c.name.clone(), c.steps.clone());
                                    let (sent_at, merged_at) = (c.sent_at.clone(), c.merged_at.clone());
                                    view! {
                                        <tr>
                                            <td>{move || t::who(&m, &n, lang.get())}</td>
                                            <td>{move || format_datetime(&sent_at, lang.get(), true)}</td>
                                            <td>{move || format_datetime(&merged_at, lang.get(), true)}</td>
                                            <td>{move || t::steps_list(&steps, lang.get())}</td>
                                            <td>{c.changes}</td>
                                        </tr>
                                    }
                                }
                            />
                        </tbody>
                    </table>
                </Show>
                <Show when=move || has_replaced.get()>
                    <div class="button-row">
                        <button type="button" class="secondary" id="share-download-replaced" on:click=download_replaced>
                            {lang.text(t::REPLACED_DOWNLOAD)}
                        </button>
                    </div>
                </Show>
            </Show>
        </section>
    }
}
