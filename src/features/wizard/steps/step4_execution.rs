//! Step 4, Uitvoeringsproces: referral, intake period and maximum duration, reporting, go/no-go,
//! privacy, invoicing and contacts.

use super::options;
use crate::domain::dossier::{Invoicing, ReportingFrequency};
use crate::domain::fields::FieldId;
use crate::features::wizard::bind::{check, choice, count, text};
use crate::i18n::wizard_steps::{UNIT_MONTHS, UNIT_WEEKS};
use crate::state::dossiers::Dossiers;
use leptos::prelude::*;

pub(super) fn step4(ds: Dossiers) -> impl IntoView {
    view! {
        {text(ds, FieldId::Referral, |d| &d.execution.referral, |d| &mut d.execution.referral, true)}
        {count(ds, FieldId::IntakeWeeks, |d| d.execution.intake_weeks, |d| &mut d.execution.intake_weeks, UNIT_WEEKS)}
        {count(
            ds,
            FieldId::MaxDuration,
            |d| d.execution.max_duration_months,
            |d| &mut d.execution.max_duration_months,
            UNIT_MONTHS,
        )}
        {choice(
            ds,
            FieldId::ReportingFrequency,
            options::<ReportingFrequency>(),
            |d| d.execution.reporting_frequency,
            |d| &mut d.execution.reporting_frequency,
        )}
        {text(
            ds,
            FieldId::ReportingContent,
            |d| &d.execution.reporting_content,
            |d| &mut d.execution.reporting_content,
            true,
        )}
        {check(
            ds,
            FieldId::GoNoGo.anchor(),
            crate::i18n::labels::sub::GO_NO_GO_ENABLED,
            Some(crate::i18n::labels::field_help(FieldId::GoNoGo)),
            |d| d.execution.go_no_go,
            |d| &mut d.execution.go_no_go,
        )}
        {text(
            ds,
            FieldId::DataProtection,
            |d| &d.execution.data_protection,
            |d| &mut d.execution.data_protection,
            true,
        )}
        {choice(
            ds,
            FieldId::Invoicing,
            options::<Invoicing>(),
            |d| d.execution.invoicing,
            |d| &mut d.execution.invoicing,
        )}
        {text(ds, FieldId::Contacts, |d| &d.execution.contacts, |d| &mut d.execution.contacts, true)}
    }
}
