//! Step 3, Bestek: functional and technical requirements (with the specification helper inline),
//! risk allocation, incentives, selection criteria and the award criteria (`criteria.rs`).

use super::options;
use crate::domain::dossier::{Financing, Requirement};
use crate::domain::fields::FieldId;
use crate::features::wizard::bind::{check, choice, count, percent};
use crate::features::wizard::lists::{list_editor, row_text, ListAccess};
use crate::features::wizard::{criteria, spec_inline};
use crate::i18n::wizard_steps::{ADD_REQUIREMENT, ADD_SELECTION_CRITERION, UNIT_CLIENTS, UNIT_MONTHS};
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

const FUNCTIONAL: ListAccess<Requirement> =
    ListAccess { get: |d| &d.specification.functional, get_mut: |d| &mut d.specification.functional };
const TECHNICAL: ListAccess<Requirement> =
    ListAccess { get: |d| &d.specification.technical, get_mut: |d| &mut d.specification.technical };
const SELECTION: ListAccess<Requirement> =
    ListAccess { get: |d| &d.specification.selection_criteria, get_mut: |d| &mut d.specification.selection_criteria };

fn requirement_row_f(ds: Dossiers, access: ListAccess<Requirement>, id: String) -> AnyView {
    let list = spec_inline::RequirementList::Functional;
    spec_inline::requirement_row(ds, access, id, FieldId::FunctionalRequirements.anchor(), list)
}
fn requirement_row_t(ds: Dossiers, access: ListAccess<Requirement>, id: String) -> AnyView {
    let list = spec_inline::RequirementList::Technical;
    spec_inline::requirement_row(ds, access, id, FieldId::TechnicalRequirements.anchor(), list)
}
fn requirement_row_s(ds: Dossiers, access: ListAccess<Requirement>, id: String) -> AnyView {
    row_text(
        ds,
        access,
        id,
        FieldId::SelectionCriteria.anchor(),
        |t| t.requirement,
        |r| r.text.clone(),
        |r, v| r.text = v,
        true,
    )
}

/// Step 3 is the longest page (requirements, risk, incentives, criteria, five price formulas):
/// links to its sections at the top, like the bids page. A link sets the URL's fragment, which
/// the app answers by scrolling to the heading and focusing it (`app.rs`).
fn on_this_page() -> impl IntoView {
    use crate::i18n::wizard_ui as ui;
    let lang = use_lang();
    let sections = [
        (FieldId::FunctionalRequirements.anchor().to_string(), ui::SECTION_REQUIREMENTS),
        ("s3-risks".to_string(), ui::SECTION_RISKS),
        ("s3-incentives".to_string(), ui::SECTION_INCENTIVES),
        ("s3-criteria".to_string(), ui::SECTION_CRITERIA),
        ("open-points-title".to_string(), ui::SECTION_OPEN_POINTS),
    ];
    view! {
        <nav class="on-this-page no-print" id="step3-toc" aria-label=move || ui::ON_THIS_PAGE.get(lang.get())>
            <ol>
                {sections
                    .into_iter()
                    .map(|(id, title)| {
                        view! {
                            <li>
                                <a href=format!("#{id}")>{lang.text(title)}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

pub(super) fn step3(ds: Dossiers) -> impl IntoView {
    let guarantee = ds.select(|d| d.specification.inflow_guarantee);
    let financing = ds.select(|d| d.specification.financing);
    let bm = ds.select(|d| d.specification.bonus_malus.enabled);
    use crate::i18n::labels as l;
    let lang = use_lang();
    let short_contract = Memo::new(move |_| {
        ds.current.with(|d| l::contract_duration_warning(d.as_ref().and_then(|d| d.specification.contract_months)))
    });
    view! {
        {on_this_page()}
        {spec_inline::bestek_summary(ds)}
        {list_editor(ds, FieldId::FunctionalRequirements, FUNCTIONAL, ADD_REQUIREMENT, requirement_row_f)}
        {list_editor(ds, FieldId::TechnicalRequirements, TECHNICAL, ADD_REQUIREMENT, requirement_row_t)}
        <h2 id="s3-risks" tabindex="-1">
            {move || crate::i18n::wizard_ui::SECTION_RISKS.get(use_lang().get())}
        </h2>
        {choice(
            ds,
            FieldId::InflowGuarantee,
            vec![(true, l::sub::INFLOW_YES, None), (false, l::sub::INFLOW_NO, None)],
            |d| d.specification.inflow_guarantee,
            |d| &mut d.specification.inflow_guarantee,
        )}
        <Show when=move || {
            guarantee.get() == Some(true)
        }>
            {count(
                ds,
                FieldId::InflowClients,
                |d| d.specification.inflow_clients,
                |d| &mut d.specification.inflow_clients,
                UNIT_CLIENTS,
            )}
        </Show>
        {choice(
            ds,
            FieldId::Financing,
            options::<Financing>(),
            |d| d.specification.financing,
            |d| &mut d.specification.financing,
        )}
        <Show when=move || {
            financing.get() == Some(Financing::NoCureLessPay)
        }>
            {percent(
                ds,
                FieldId::FailurePayShare.anchor(),
                l::field_label(FieldId::FailurePayShare),
                Some(l::field_help(FieldId::FailurePayShare)),
                |d| d.specification.failure_pay_share,
                |d| &mut d.specification.failure_pay_share,
            )}
        </Show>
        {crate::features::wizard::risk_sharing::risk_sharing(ds)}
        {count(
            ds,
            FieldId::ContractMonths,
            |d| d.specification.contract_months,
            |d| &mut d.specification.contract_months,
            UNIT_MONTHS,
        )}
        // The guide's warning when a contract of a year or less is chosen; a live region that is
        // always there, so that the warning is announced when it appears.
        <div class="field-warning" id="f-contract-months-warning" role="status">
            {move || short_contract.get().map(|w| view! { <p class="banner warn">{lang.text(w)}</p> })}
        </div>
        {count(
            ds,
            FieldId::OptionMonths,
            |d| d.specification.option_months,
            |d| &mut d.specification.option_months,
            UNIT_MONTHS,
        )}
        <h2 id="s3-incentives" tabindex="-1">
            {move || crate::i18n::wizard_ui::SECTION_INCENTIVES.get(use_lang().get())}
        </h2>
        <div class="field-group" id=FieldId::BonusMalus.anchor()>
            {check(
                ds,
                "f-bonus-malus-enabled",
                l::sub::BONUS_MALUS_ENABLED,
                Some(l::field_help(FieldId::BonusMalus)),
                |d| d.specification.bonus_malus.enabled,
                |d| &mut d.specification.bonus_malus.enabled,
            )}
            <Show when=move || bm.get()>
                <div class="indent">
                    {percent(
                        ds,
                        "f-bonus-malus-rate",
                        l::sub::AGREED_RATE,
                        None,
                        |d| d.specification.bonus_malus.agreed_rate,
                        |d| &mut d.specification.bonus_malus.agreed_rate,
                    )}
                    {percent(
                        ds,
                        "f-bonus-malus-bonus",
                        l::sub::BONUS_SHARE,
                        None,
                        |d| d.specification.bonus_malus.bonus_share,
                        |d| &mut d.specification.bonus_malus.bonus_share,
                    )}
                    {percent(
                        ds,
                        "f-bonus-malus-malus",
                        l::sub::MALUS_SHARE,
                        None,
                        |d| d.specification.bonus_malus.malus_share,
                        |d| &mut d.specification.bonus_malus.malus_share,
                    )}
                    {
                        use crate::domain::dossier::SettlementBasis;
                        let basis = ds.select(|d| Some(d.specification.bonus_malus.basis));
                        let options: Vec<(SettlementBasis, crate::i18n::Tr, Option<crate::i18n::Tr>)> = SettlementBasis::ALL
                            .iter()
                            .map(|b| {
                                let (label, help) = crate::i18n::first_tender::settlement_basis(*b);
                                (*b, label, Some(help))
                            })
                            .collect();
                        let on_change = Callback::new(move |b: Option<SettlementBasis>| {
                            ds.update(|d| d.specification.bonus_malus.basis = b.unwrap_or_default())
                        });
                        view! {
                            <crate::components::field::ChoiceField
                                id="f-bonus-malus-basis"
                                label=Signal::derive(move || {
                                    crate::i18n::first_tender::SETTLEMENT_BASIS_LABEL.get(lang.get()).to_string()
                                })
                                options=options
                                value=basis
                                on_change=on_change
                                disabled=ds.read_only
                            />
                        }
                    }
                </div>
            </Show>
        </div>
        <div class="field-group" id=FieldId::Incentives.anchor()>
            {check(
                ds,
                "f-incentive-innovation",
                l::sub::INCENTIVE_INNOVATION_CRITERION,
                Some(crate::i18n::lessons::INNOVATION_DEFINITION),
                |d| d.specification.innovation_criterion,
                |d| &mut d.specification.innovation_criterion,
            )}
            {check(
                ds,
                "f-incentive-integral",
                l::sub::INCENTIVE_INTEGRAL_PRICE,
                None,
                |d| d.specification.integral_price,
                |d| &mut d.specification.integral_price,
            )}
            {check(
                ds,
                "f-incentive-cooperation",
                l::sub::INCENTIVE_COOPERATION,
                Some(crate::i18n::lessons::COOPERATION_NOTE),
                |d| d.specification.cooperation_required,
                |d| &mut d.specification.cooperation_required,
            )}
        </div>
        <h2 id="s3-criteria" tabindex="-1">
            {move || crate::i18n::wizard_ui::SECTION_CRITERIA.get(use_lang().get())}
        </h2>
        {list_editor(ds, FieldId::SelectionCriteria, SELECTION, ADD_SELECTION_CRITERION, requirement_row_s)}
        {criteria::award_criteria(ds)}
        {super::super::advice::newcomers_warning(ds, "step3-newcomers")}
    }
}
