//! The live verdict of the specification analyser on a text: per sentence a verdict, the
//! words that make it so highlighted in place with their reason, and for a technical
//! sentence the question to ask and a rewrite to start from.

use crate::domain::spec::{Assessment, SentenceAssessment, Signal as SpecSignal, Verdict};
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

/// The details of one sentence: highlighted text, reasons, and the rewrite help.
pub fn sentence_view(source: &str, s: &SentenceAssessment, lang: Lang, compact: bool) -> impl IntoView {
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
    let help = (s.verdict != Verdict::Functional).then(|| {
        let rewrite = s.rewrite.as_ref().map(|r| i18n::spec::render_rewrite(r, lang));
        view! {
            <div class="rewrite">
                <p class="question">{i18n::spec::QUESTION.get(lang)}</p>
                {rewrite
                    .map(|r| {
                        view! {
                            <p class="template">
                                <span class="template-label">{i18n::spec::REWRITE_LABEL.get(lang)}</span>
                                " "
                                {r}
                            </p>
                        }
                    })}
            </div>
        }
    });
    view! {
        <div class=format!("sentence {}", verdict_class(s.verdict))>
            <p class="sentence-head">
                {verdict_badge(s.verdict, lang)}
                {(!compact).then(|| view! { <span class="sentence-text">{highlighted(source, s, lang)}</span> })}
            </p>
            {compact.then(|| view! { <p class="sentence-text">{highlighted(source, s, lang)}</p> })}
            {(!s.signals.is_empty()).then(|| view! { <ul class="reasons">{reasons}</ul> })}
            {help}
        </div>
    }
    .into_any()
}

/// The whole assessment of a text.
pub fn assessment_view(source: &str, a: &Assessment, lang: Lang) -> impl IntoView {
    let sentences = a.sentences().iter().map(|s| sentence_view(source, s, lang, false)).collect_view();
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
