//! Step 1, from two participants on: how the joint purchase is run (`Governance`): the project
//! group, the working groups, the decision route, a neutral facilitator, and who does what in
//! each of the nine steps.

use super::bind::{label_of, text};
use crate::components::source::Sources;
use crate::domain::fields::FieldId;
use crate::domain::source::SourceRef;
use crate::domain::steps::Step;
use crate::i18n::labels::{field_help, field_sources};
use crate::i18n::wizard_steps::{GOVERNANCE_INTRO, SECTION_GOVERNANCE};
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

const GOVERNANCE_SOURCES: &[SourceRef] = &[SourceRef::plan("2.3"), SourceRef::plan("2.4"), SourceRef::plan("3")];

/// The joint-purchase structure, shown only when there are two participants or more.
pub fn governance(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    let joint = ds.select(|d| d.exploration.participants.len() >= 2);
    view! {
        <Show when=move || joint.get()>
            <section class="governance" aria-labelledby="governance-title">
                <h2 id="governance-title">{lang.text(SECTION_GOVERNANCE)}</h2>
                <p>{lang.text(GOVERNANCE_INTRO)}</p>
                <Sources refs=GOVERNANCE_SOURCES />
                {text(
                    ds,
                    FieldId::ProjectGroup,
                    |d| &d.exploration.governance.project_group,
                    |d| &mut d.exploration.governance.project_group,
                    true,
                )}
                {text(
                    ds,
                    FieldId::WorkingGroups,
                    |d| &d.exploration.governance.working_groups,
                    |d| &mut d.exploration.governance.working_groups,
                    true,
                )}
                {text(
                    ds,
                    FieldId::DecisionRoute,
                    |d| &d.exploration.governance.decision_route,
                    |d| &mut d.exploration.governance.decision_route,
                    true,
                )}
                {text(
                    ds,
                    FieldId::Facilitator,
                    |d| &d.exploration.governance.facilitator,
                    |d| &mut d.exploration.governance.facilitator,
                    true,
                )}
                <div
                    class="field-group"
                    id=FieldId::StepOwners.anchor()
                    role="group"
                    aria-labelledby="f-step-owners-label"
                >
                    <p class="list-label" id="f-step-owners-label">
                        {move || label_of(FieldId::StepOwners).get()}
                    </p>
                    <p class="help">{move || field_help(FieldId::StepOwners).get(lang.get())}</p>
                    <Sources refs=field_sources(FieldId::StepOwners) />
                    {Step::ALL.into_iter().map(|s| step_owner(ds, s)).collect_view()}
                </div>
            </section>
        </Show>
    }
}

/// Who does what in one step: a text input keyed by the step's slug. What the user types is
/// stored as typed; an emptied input removes the step from the map.
fn step_owner(ds: Dossiers, step: Step) -> impl IntoView {
    let lang = use_lang();
    let slug = step.slug();
    let value = ds.select(move |d| d.exploration.governance.step_owners.get(slug).cloned().unwrap_or_default());
    let id = format!("{}-{slug}", FieldId::StepOwners.anchor());
    view! {
        <div class="field inline">
            <label for=id
                .clone()>
                {lang.ui(|t| t.step_word)}" "{step.number()}": " {move || crate::i18n::step_name(step, lang.get())}
            </label>
            <input
                type="text"
                id=id
                prop:value=move || value.get()
                prop:disabled=move || ds.read_only.get()
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    ds.update(|d| {
                        let owners = &mut d.exploration.governance.step_owners;
                        if v.is_empty() {
                            owners.remove(slug);
                        } else {
                            owners.insert(slug.to_string(), v);
                        }
                    });
                }
            />
        </div>
    }
}
