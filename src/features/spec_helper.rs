//! The functional-specification helper: the user's own text analysed as they type, and the
//! guide's examples of technical and functional phrasing side by side.

use crate::components::assessment::assessment_view;
use crate::domain::spec::assess;
use crate::i18n::spec::{self as ts, CaseRequirements, SideBySide};
use crate::i18n::{Lang, Tr};
use crate::state::dossiers::use_dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

const TITLE: Tr = Tr::new("Specificatiehulp: functioneel of technisch?", "Specification helper: functional or technical?");
const INTRO: Tr = Tr::new(
    "Vraag de markt wát u wilt bereiken, niet hóé. Een technische eis schrijft middelen, aantallen, \
     plaatsen of methoden voor; een functionele eis noemt het resultaat voor de klant en hoe u dat \
     meet. Dan kan een aanbieder met een betere aanpak komen. Typ of plak hieronder een eis of een \
     heel bestek: elke zin krijgt direct een oordeel.",
    "Ask the market what you want to achieve, not how. A technical requirement prescribes means, \
     quantities, places or methods; a functional requirement names the result for the client and \
     how you measure it. That leaves a provider room for a better approach. Type or paste a \
     requirement or a whole bestek below: every sentence gets a verdict at once.",
);
const INPUT_LABEL: Tr = Tr::new("Uw eis of bestek", "Your requirement or bestek");
const INPUT_HELP: Tr = Tr::new(
    "Nederlands of Engels. De tekst blijft in deze browser bewaard.",
    "Dutch or English. The text is kept in this browser.",
);
const EXAMPLE: Tr = Tr::new(
    "De aanbieder verzorgt een taalcursus NT2 van 40 lessen van 2 uur in het wijkcentrum, tegen een prijs per les.",
    "The provider gives an NT2 language course of 40 lessons of 2 hours in the community centre, at a price per lesson.",
);
const TRY_EXAMPLE: Tr = Tr::new("Probeer een voorbeeld", "Try an example");
const RESULT: Tr = Tr::new("Oordeel", "Verdict");
const EMPTY: Tr = Tr::new("Nog geen tekst om te beoordelen.", "No text to assess yet.");
const SIDE_TITLE: Tr = Tr::new("Technisch en functioneel naast elkaar", "Technical and functional side by side");
const SIDE_INTRO: Tr = Tr::new(
    "De voorbeelden uit de handreiking Inkoop en innovatie (§2.3): dezelfde vraag, technisch en functioneel gesteld.",
    "The examples of the guide Inkoop en innovatie (§2.3): the same need, asked technically and functionally.",
);
const COL_TOPIC: Tr = Tr::new("Onderwerp", "Topic");
const COL_TECH: Tr = Tr::new("Technisch (hoe)", "Technical (how)");
const COL_FUNC: Tr = Tr::new("Functioneel (wat)", "Functional (what)");
const COL_WHY: Tr = Tr::new("Waarom functioneel ruimte geeft", "Why functional leaves room");
const COST: Tr = Tr::new("Kosten", "Cost");
const CASES_TITLE: Tr = Tr::new("Echte eisen uit Apeldoorn en Emmen", "Real requirements from Apeldoorn and Emmen");
const FUNCTIONAL_REQS: Tr = Tr::new("Functionele prestatie-eisen", "Functional performance requirements");
const TECHNICAL_REQS: Tr = Tr::new("Technische prestatie-eisen", "Technical performance requirements");

fn side_row(s: &SideBySide, lang: Lang) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{s.topic.get(lang)}</th>
            <td>{s.technical.get(lang)}{s.technical_cost.map(|c| view! { <p class="cost"><strong>{COST.get(lang)}": "</strong>{c.get(lang)}</p> })}</td>
            <td>{s.functional.get(lang)}{s.functional_cost.map(|c| view! { <p class="cost"><strong>{COST.get(lang)}": "</strong>{c.get(lang)}</p> })}</td>
            <td>{s.why.get(lang)}</td>
        </tr>
    }
}

fn case_block(c: &CaseRequirements, lang: Lang) -> impl IntoView {
    view! {
        <article class="case-reqs">
            <h3>{c.municipality}</h3>
            <p>{c.context.get(lang)}</p>
            <div class="two-col">
                <div><h4>{FUNCTIONAL_REQS.get(lang)}</h4><ul>{c.functional.iter().map(|t| view! { <li>{t.get(lang)}</li> }).collect_view()}</ul></div>
                <div><h4>{TECHNICAL_REQS.get(lang)}</h4><ul>{c.technical.iter().map(|t| view! { <li>{t.get(lang)}</li> }).collect_view()}</ul></div>
            </div>
            <p class="note">{c.note.get(lang)}</p>
        </article>
    }
}

#[component]
pub fn SpecHelperPage() -> impl IntoView {
    let lang = use_lang();
    let dossiers = use_dossiers();
    let text = RwSignal::new(dossiers.spec_draft());
    // Saving the draft leaves the reactive system, so it is an effect (through the store:
    // one writer per key).
    Effect::new(move |_| text.with(|t| dossiers.set_spec_draft(t)));
    let assessment = Memo::new(move |_| text.with(|t| (!t.trim().is_empty()).then(|| assess(t))));
    view! {
        <div class="page spec-helper">
            <h1 tabindex="-1" class="page-focus">{lang.text(TITLE)}</h1>
            <p class="lead">{lang.text(INTRO)}</p>
            <div class="spec-grid">
                <div class="field">
                    <label for="spec-input">{lang.text(INPUT_LABEL)}</label>
                    <p class="help" id="spec-input-help">{lang.text(INPUT_HELP)}</p>
                    <textarea id="spec-input" rows="10" aria-describedby="spec-input-help"
                        prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                    <div class="button-row">
                        <button type="button" class="secondary" on:click=move |_| text.set(EXAMPLE.get(lang.get_untracked()).to_string())>
                            {lang.text(TRY_EXAMPLE)}
                        </button>
                    </div>
                </div>
                <section class="spec-result" aria-labelledby="spec-result-title" aria-live="polite">
                    <h2 id="spec-result-title">{lang.text(RESULT)}</h2>
                    {move || match assessment.get() {
                        Some(a) => text.with(|t| assessment_view(t, &a, lang.get())).into_any(),
                        None => view! { <p class="note">{EMPTY.get(lang.get())}</p> }.into_any(),
                    }}
                </section>
            </div>
            <section aria-labelledby="side-title">
                <h2 id="side-title">{lang.text(SIDE_TITLE)}</h2>
                <p>{lang.text(SIDE_INTRO)}</p>
                <div class="table-scroll">
                    {move || {
                        let l = lang.get();
                        view! {
                            <table class="side-by-side">
                                <thead><tr>
                                    <th scope="col">{COL_TOPIC.get(l)}</th><th scope="col">{COL_TECH.get(l)}</th>
                                    <th scope="col">{COL_FUNC.get(l)}</th><th scope="col">{COL_WHY.get(l)}</th>
                                </tr></thead>
                                <tbody>
                                    {ts::GUIDE_TABLE.iter().map(|s| side_row(s, l)).collect_view()}
                                    {side_row(&ts::COFFEE, l)}
                                </tbody>
                            </table>
                        }
                    }}
                </div>
            </section>
            <section aria-labelledby="cases-title">
                <h2 id="cases-title">{lang.text(CASES_TITLE)}</h2>
                {move || view! { {case_block(&ts::APELDOORN, lang.get())}{case_block(&ts::EMMEN, lang.get())} }}
            </section>
        </div>
    }
}
