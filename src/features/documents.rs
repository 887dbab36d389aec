//! The tender documents of a dossier: the bestek / Programma van Eisen (with the request for
//! tender) and the projectplan, previewed from the same document model that is written to
//! ODT, printable on A4 (style/print.css), and downloadable as `.odt`.

use crate::components::dossier_bar::{DossierBar, DossierPage};
use crate::features::route_dossier::{use_route_dossier, DossierNotFound, RouteDossier};
use crate::i18n;
use crate::platform::download_bytes;
use crate::render::documents::model::{Block, Document, Span, Text};
use crate::render::documents::{file_name, odt, to_odt, DocumentKind};
use crate::routes::Page;
use crate::state::dossiers::use_dossiers;
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;

fn text_view(t: &Text, dossier_id: &str) -> impl IntoView {
    t.0.iter()
        .map(|span| match span {
            Span::Plain(s) => view! { <span>{s.clone()}</span> }.into_any(),
            Span::Strong(s) => view! { <strong>{s.clone()}</strong> }.into_any(),
            Span::Open { field, text } => {
                let href = Page::Step(field.step()).href_at(dossier_id, field.anchor());
                let label = text.clone();
                view! {
                    <A href=href attr:class="open-marker">
                        {label}
                    </A>
                }
                .into_any()
            }
        })
        .collect_view()
}

fn document_view(doc: &Document, dossier_id: &str) -> impl IntoView {
    let blocks = doc
        .blocks
        .iter()
        .map(|b| match b {
            Block::Heading { level, text } => match level {
                // The page has one h1 (its own title); the document's title is an h2 below it.
                1 => view! { <h3 class="doc-h1">{text.clone()}</h3> }.into_any(),
                2 => view! { <h4 class="doc-h2">{text.clone()}</h4> }.into_any(),
                _ => view! { <h5 class="doc-h3">{text.clone()}</h5> }.into_any(),
            },
            Block::Paragraph(t) => view! { <p>{text_view(t, dossier_id)}</p> }.into_any(),
            Block::Note(t) => view! { <p class="doc-note">{text_view(t, dossier_id)}</p> }.into_any(),
            Block::Bullets(items) => {
                view! { <ul>{items.iter().map(|t| view! { <li>{text_view(t, dossier_id)}</li> }).collect_view()}</ul> }
                    .into_any()
            }
            Block::Numbered(items) => {
                view! { <ol>{items.iter().map(|t| view! { <li>{text_view(t, dossier_id)}</li> }).collect_view()}</ol> }
                    .into_any()
            }
            // A wide table scrolls in its box; the box takes keyboard focus so that it can be
            // scrolled without a mouse (axe: scrollable-region-focusable), named by its columns.
            Block::Table { header, rows } => view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label=header.join(", ")>
                    <table class="doc-table">
                        <thead>
                            <tr>{header.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view()}</tr>
                        </thead>
                        <tbody>
                            {rows
                                .iter()
                                .map(|r| {
                                    view! {
                                        <tr>
                                            {r
                                                .iter()
                                                .map(|c| view! { <td>{text_view(c, dossier_id)}</td> })
                                                .collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any(),
            Block::PageBreak => view! { <hr class="page-break" /> }.into_any(),
        })
        .collect_view();
    view! {
        <article class="document">
            <header class="doc-title">
                <h2 class="doc-title-text">{text_view(&doc.title, dossier_id)}</h2>
                <p class="doc-subtitle">{doc.subtitle.clone()}</p>
                <p class="doc-date">{doc.date.clone()}</p>
            </header>
            {blocks}
        </article>
    }
}

crate::components::lazy::lazy_screen!(documents_chunk, load_page, preload_page, || view! { <DocumentsPage /> });

#[component]
fn DocumentsPage() -> impl IntoView {
    let lang = use_lang();
    let ds = use_dossiers();
    let RouteDossier { id, tried, found } = use_route_dossier();
    let kind = RwSignal::new(DocumentKind::Bestek);
    let today = crate::platform::today();
    let today2 = today.clone();
    let doc = Memo::new(move |_| ds.current.with(|d| d.as_ref().map(|d| kind.get().build(d, lang.get(), &today))));
    let failed = RwSignal::new(false);
    let download = Callback::new(move |_: ()| {
        let result = ds.current.with_untracked(|d| {
            let d = d.as_ref()?;
            let document = kind.get_untracked().build(d, lang.get_untracked(), &today2);
            let bytes = to_odt(&document, lang.get_untracked()).ok()?;
            download_bytes(&file_name(kind.get_untracked(), d, &today2), odt::MEDIA_TYPE, &bytes).ok()
        });
        failed.set(result.is_none());
    });
    view! {
        <div class="page documents-page">
            <Show when=move || found.get() fallback=move || tried.get().then(|| view! { <DossierNotFound /> })>
                <div class="no-print">
                    <DossierBar id=id current=DossierPage::Documents />
                    <h1 tabindex="-1" class="page-focus">
                        {lang.text(i18n::documents::PAGE_TITLE)}
                    </h1>
                    <p>{lang.text(i18n::documents::PAGE_INTRO)}</p>
                    <fieldset class="segmented">
                        <legend>{lang.text(i18n::documents::WHICH_DOCUMENT)}</legend>
                        {[DocumentKind::Bestek, DocumentKind::Projectplan]
                            .into_iter()
                            .map(|k| {
                                let input_id = format!("doc-{}", k.slug());
                                view! {
                                    <input
                                        type="radio"
                                        name="doc-kind"
                                        id=input_id.clone()
                                        prop:checked=move || kind.get() == k
                                        on:change=move |_| kind.set(k)
                                    />
                                    <label for=input_id>
                                        {move || i18n::documents::document_name(k).get(lang.get())}
                                    </label>
                                }
                            })
                            .collect_view()}
                    </fieldset>
                    <div class="button-row">
                        <button type="button" on:click=move |_| download.run(())>
                            {lang.text(i18n::documents::DOWNLOAD)}
                        </button>
                        <button
                            type="button"
                            class="secondary"
                            on:click=move |_| {
                                if let Some(w) = web_sys::window() {
                                    let _ = w.print();
                                }
                            }
                        >
                            {lang.text(i18n::documents::PRINT)}
                        </button>
                        <span role="status">
                            {move || failed.get().then(|| i18n::documents::DOWNLOAD_FAILED.get(lang.get()))}
                        </span>
                    </div>
                </div>
                {move || doc.get().map(|d| document_view(&d, &id.get()))}
            </Show>
        </div>
    }
}
