//! The live verdict of the specification analyser on a text: per sentence a verdict, the
//! words that make it so highlighted in place with their reason, and for a technical
//! sentence the question to ask and a rewrite to start from.

use crate::domain::spec::{Assessment, Replacement, SentenceAssessment, Signal as SpecSignal, Verdict};
use crate::i18n::{self, Lang};
use leptos::prelude::*;

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Functional => "functional",
        Verdict::Technical => "technical",
        Verdict::Mixed => "mixed",
    }
}

/// A badge with the verdict.
pub fn verdict_badge(v: Verdict, lang: Lang) -> impl IntoView {
    view! { <span class=format!("verdict-badge {}", verdict_class(v))>{i18n::spec::verdict_label(v).get(lang)}</span> }
}

/// The sentence with its signals highlighted. Signals are byte ranges on char boundaries;
/// overlapping ones are skipped rather than split, and `get` keeps every slice safe.
fn highlighted(source: &str, s: &SentenceAssessment, lang: Lang) -> impl IntoView {
    let mut parts = Vec::new();
    let mut pos = s.span.start;
    let mut signals: Vec<&SpecSignal> = s.signals.iter().collect();
    signals.sort_by_key(|sig| (sig.span.start, sig.span.end));
    for sig in signals {
        if sig.span.start < pos || sig.span.end > s.span.end {
            continue;
        }
        if let Some(before) = source.get(pos..sig.span.start) {
            parts.push(view! { <span>{before.to_string()}</span> }.into_any());
        }
        let word = source.get(sig.span.start..sig.span.end).unwrap_or_default().to_string();
        let class = if sig.kind.is_functional() { "sig sig-functional" } else { "sig sig-technical" };
        let label = i18n::spec::signal_label(sig.kind).get(lang);
        let explain = i18n::spec::signal_explanation(sig.kind).get(lang);
        parts.push(
            view! {
                <mark class=class title=format!("{label}: {explain}")>
                    {word}
                </mark>
            }
            .into_any(),
        );
        pos = sig.span.end;
    }
    if let Some(rest) = source.get(pos..s.span.end) {
        parts.push(view! { <span>{rest.to_string()}</span> }.into_any());
    }
    parts
}

/// Sends a sentence (its text and verdict) somewhere, with the button's label.
pub type SendAction = (Callback<(String, Verdict)>, Signal<String>);

/// What the user can do with a sentence besides reading its verdict.
#[derive(Clone, Copy, Default)]
pub struct SentenceActions {
    /// "Use this version": replaces the sentence with a proposed functional version.
    pub use_version: Option<Callback<Replacement>>,
    /// Sends the sentence (text and verdict) to the open dossier's requirements; the
    /// signal holds the button's label.
    pub send: Option<SendAction>,
}

/// The help for a sentence that is not (yet) a measurable functional requirement: the
/// question to ask and a functional version, with a button to take it over.
fn proposal_view(source: &str, s: &SentenceAssessment, lang: Lang, actions: SentenceActions) -> Option<AnyView> {
    let p = i18n::spec::proposal(source, s, lang)?;
    let ask = s.verdict != Verdict::Functional && p.kind != i18n::spec::ProposalKind::Process;
    let replacement = p.text.clone().map(|new| Replacement {
        span: s.span,
        old: source.get(s.span.range()).unwrap_or_default().to_string(),
        new,
    });
    let button = replacement.filter(|_| actions.use_version.is_some()).map(|r| {
        let cb = actions.use_version;
        view! {
            <button
                type="button"
                class="secondary use-version"
                on:click=move |_| {
                    if let Some(cb) = cb {
                        cb.run(r.clone());
                    }
                }
            >
                {i18n::spec::USE_VERSION.get(lang)}
            </button>
        }
    });
    Some(
        view! {
            <div class="rewrite">
                {ask.then(|| view! { <p class="question">{i18n::spec::QUESTION.get(lang)}</p> })}
                <p class="template-label">{i18n::spec::proposal_label(p.kind).get(lang)}</p>
                {p.text.map(|t| view! { <p class="template">{t}</p> })}
                {i18n::spec::measure_hint(s, lang).map(|h| view! { <p class="measure-hint">{h}</p> })} {button}
            </div>
        }
        .into_any(),
    )
}

/// The two parts of a mixed sentence, each on its own line.
fn parts_view(source: &str, s: &SentenceAssessment, lang: Lang) -> Option<AnyView> {
    let p = s.parts.as_ref()?;
    let (f, t) = (p.functional.text(source).to_string(), p.technical.text(source).to_string());
    Some(
        view! {
            <ul class="parts">
                <li class="part functional">
                    <strong>{i18n::spec::PART_FUNCTIONAL.get(lang)}</strong>
                    " "
                    {f}
                </li>
                <li class="part technical">
                    <strong>{i18n::spec::PART_TECHNICAL.get(lang)}</strong>
                    " "
                    {t}
                </li>
            </ul>
        }
        .into_any(),
    )
}

/// The button that sends a sentence to the open dossier, and what happened after a click.
fn send_view(source: &str, s: &SentenceAssessment, actions: SentenceActions) -> Option<AnyView> {
    let (cb, label) = actions.send?;
    let text = source.get(s.span.range()).unwrap_or_default().to_string();
    let verdict = s.verdict;
    Some(
        view! {
            <button type="button" class="secondary send-to-dossier" on:click=move |_| cb.run((text.clone(), verdict))>
                {move || label.get()}
            </button>
        }
        .into_any(),
    )
}

/// The details of one sentence: highlighted text, reasons, its parts when it is mixed, and
/// the help towards a functional version.
pub fn sentence_view(
    source: &str,
    s: &SentenceAssessment,
    lang: Lang,
    compact: bool,
    actions: SentenceActions,
) -> impl IntoView {
    let mut kinds: Vec<_> = s.signals.iter().map(|sig| sig.kind).collect();
    kinds.sort();
    kinds.dedup();
    let reasons = kinds
        .into_iter()
        .map(|k| {
            let class = if k.is_functional() { "reason functional" } else { "reason technical" };
            view! {
                <li class=class>
                    <strong>{i18n::spec::signal_label(k).get(lang)}</strong>
                    ": "
                    {i18n::spec::signal_explanation(k).get(lang)}
                </li>
            }
        })
        .collect_view();
    if s.is_inconclusive() {
        return view! {
            <div class="sentence inconclusive">
                <p class="sentence-text">{source.get(s.span.range()).unwrap_or_default().to_string()}</p>
                <p class="note">{i18n::spec::INCONCLUSIVE.get(lang)}</p>
            </div>
        }
        .into_any();
    }
    view! {
        <div class=format!("sentence {}", verdict_class(s.verdict))>
            <p class="sentence-head">
                {verdict_badge(s.verdict, lang)}
                {(!compact).then(|| view! { <span class="sentence-text">{highlighted(source, s, lang)}</span> })}
            </p>
            {compact.then(|| view! { <p class="sentence-text">{highlighted(source, s, lang)}</p> })}
            {i18n::spec_model::override_note(source, s, lang).map(|n| view! { <p class="model-note">{n}</p> })}
            {parts_view(source, s, lang)}
            {(!s.signals.is_empty()).then(|| view! { <ul class="reasons">{reasons}</ul> })}
            {proposal_view(source, s, lang, actions)}
            {send_view(source, s, actions)}
        </div>
    }
    .into_any()
}

/// The whole assessment of a text.
pub fn assessment_view(source: &str, a: &Assessment, lang: Lang, actions: SentenceActions) -> impl IntoView {
    let sentences = a.sentences().iter().map(|s| sentence_view(source, s, lang, false, actions)).collect_view();
    // The overall label agrees with the count line below it ('Overwegend technisch').
    let overall = a.overall();
    view! {
        <div class="assessment">
            <p class="overall">
                <span class=format!(
                    "verdict-badge {}",
                    overall.leaning().map_or("mixed", verdict_class),
                )>{i18n::spec::overall_label(overall).get(lang)}</span>
                " "
                {i18n::spec::overall_explanation(overall).get(lang)}
            </p>
            {i18n::spec::share_summary(a, lang).map(|s| view! { <p class="share">{s}</p> })}
            {sentences}
        </div>
    }
}
