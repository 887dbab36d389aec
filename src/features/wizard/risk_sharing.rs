//! Step 3: the ways in which the buyer carries part of the risk so that something new can start
//! (`RiskInstrument`), each a checkbox with its consequences.

use crate::components::field::CheckField;
use crate::components::source::Sources;
use crate::domain::dossier::RiskInstrument;
use crate::domain::fields::FieldId;
use crate::i18n::labels::{field_help, field_sources};
use crate::i18n::Labeled;
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

pub fn risk_sharing(ds: Dossiers) -> impl IntoView {
    let lang = use_lang();
    let anchor = FieldId::RiskSharing.anchor();
    view! {
        <div class="field-group" id=anchor role="group" aria-labelledby="f-risk-sharing-label">
            <p class="list-label" id="f-risk-sharing-label">
                {move || crate::i18n::labels::field_label(FieldId::RiskSharing).get(lang.get())}
            </p>
            <p class="help">{move || field_help(FieldId::RiskSharing).get(lang.get())}</p>
            <Sources refs=field_sources(FieldId::RiskSharing) />
            {RiskInstrument::ALL
                .into_iter()
                .enumerate()
                .map(|(i, r)| {
                    let value = ds.select(move |d| d.specification.risk_sharing.contains(&r));
                    let on_change = Callback::new(move |on: bool| {
                        ds.update(|d| {
                            let list = &mut d.specification.risk_sharing;
                            list.retain(|x| *x != r);
                            if on {
                                list.push(r);
                                list.sort();
                            }
                        })
                    });
                    view! {
                        <CheckField
                            id=format!("{anchor}-{i}")
                            label=Signal::derive(move || r.label().get(lang.get()).to_string())
                            help=r.explanation()
                            value=value
                            on_change=on_change
                            disabled=ds.read_only
                        />
                    }
                })
                .collect_view()}
        </div>
    }
}
