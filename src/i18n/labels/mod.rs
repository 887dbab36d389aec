//! Labels and help texts, one file per step of the wizard: for every wizard field
//! (`FieldId`), for the parts inside a field (checkboxes, choices, columns: [`sub`]), for every
//! choice the dossier offers (buyer role, target-group characteristic, result level,
//! financing, procedure, reporting frequency, invoicing: the [`Labeled`] impls), the warning on
//! short contracts (step 3), the suggested preconditions (step 6) and the self-assessment of
//! step 9 (the four conditions of guide §2.5).
//!
//! `field_texts` below is the index: it maps every `FieldId` to the constant
//! in its step's file (`verkenning.rs` … `evaluatie.rs`, named as `domain::steps::Step`). It is
//! one exhaustive `match`, as the choices' texts are, so a new field or variant without
//! words does not compile. Facts and cases come from the guide *Inkoop en innovatie* (2002)
//! and the Holland Rijnland project plan; the phrasing is ours.

use super::Tr;
use crate::domain::fields::FieldId;
use crate::domain::source::{SourceRef, CURRENT_LAW, LATER_PRACTICE, OWN_WORKING};

/// The trait lives in `i18n` itself (so that `guidance` and `labels` need not import each
/// other); re-exported here for the callers that name it through `labels`.
pub use super::Labeled;

mod bestek;
mod doelgroep;
mod evaluatie;
mod monitoring;
mod offerteprocedure;
mod start_uitvoering;
mod uitvoeringsproces;
mod verantwoording;
mod verkenning;

pub use bestek::{contract_duration_warning, risk_instrument_sources};
pub use evaluatie::{
    lever_advice, mismatch, mismatch_field, question_text, weakest_lever, READING_CONSISTENT, READING_MISMATCHES,
    READING_TITLE, SCALE_LABELS, SELF_ASSESSMENT_INTRO, SELF_ASSESSMENT_TITLE,
};

#[cfg(test)]
pub(crate) mod tests;

/// The texts of a field: its label, then the help text under it.
type FieldTexts = (Tr, Tr);

/// The label of a wizard field.
pub fn field_label(f: FieldId) -> Tr {
    field_texts(f).0
}

/// The help text under a wizard field: what to write, why, and an example.
pub fn field_help(f: FieldId) -> Tr {
    field_texts(f).1
}

/// Where each field's texts are: the constant in its step's file.
fn field_texts(f: FieldId) -> FieldTexts {
    use FieldId::*;
    match f {
        // Step 1: Verkenning
        Title => verkenning::TITLE,
        Problem => verkenning::PROBLEM,
        Goals => verkenning::GOALS,
        Principles => verkenning::PRINCIPLES,
        Participants => verkenning::PARTICIPANTS,
        ContactParticipant => verkenning::CONTACT_PARTICIPANT,
        BuyerRole => verkenning::BUYER_ROLE,
        RoleRationale => verkenning::ROLE_RATIONALE,
        ProjectGroup => verkenning::PROJECT_GROUP,
        WorkingGroups => verkenning::WORKING_GROUPS,
        DecisionRoute => verkenning::DECISION_ROUTE,
        Facilitator => verkenning::FACILITATOR,
        StepOwners => verkenning::STEP_OWNERS,
        // Step 2: Doelgroep
        TargetDescription => doelgroep::TARGET_DESCRIPTION,
        Characteristics => doelgroep::CHARACTERISTICS,
        OtherCharacteristics => doelgroep::OTHER_CHARACTERISTICS,
        TargetGroupSizes => doelgroep::TARGET_GROUP_SIZES,
        ResultLadder => doelgroep::RESULT_LADDER,
        // Step 3: Bestek
        FunctionalRequirements => bestek::FUNCTIONAL_REQUIREMENTS,
        TechnicalRequirements => bestek::TECHNICAL_REQUIREMENTS,
        InflowGuarantee => bestek::INFLOW_GUARANTEE,
        InflowClients => bestek::INFLOW_CLIENTS,
        RiskSharing => bestek::RISK_SHARING,
        Financing => bestek::FINANCING,
        FailurePayShare => bestek::FAILURE_PAY_SHARE,
        ContractMonths => bestek::CONTRACT_MONTHS,
        OptionMonths => bestek::OPTION_MONTHS,
        BonusMalus => bestek::BONUS_MALUS,
        Incentives => bestek::INCENTIVES,
        SelectionCriteria => bestek::SELECTION_CRITERIA,
        AwardCriteria => bestek::AWARD_CRITERIA,
        PriceFormula => bestek::PRICE_FORMULA,
        // Step 4: Uitvoeringsproces
        Referral => uitvoeringsproces::REFERRAL,
        IntakeWeeks => uitvoeringsproces::INTAKE_WEEKS,
        MaxDuration => uitvoeringsproces::MAX_DURATION,
        ReportingFrequency => uitvoeringsproces::REPORTING_FREQUENCY,
        ReportingContent => uitvoeringsproces::REPORTING_CONTENT,
        GoNoGo => uitvoeringsproces::GO_NO_GO,
        DataProtection => uitvoeringsproces::DATA_PROTECTION,
        Invoicing => uitvoeringsproces::INVOICING,
        Contacts => uitvoeringsproces::CONTACTS,
        // Step 5: Offerteprocedure
        EstimatedPrice => offerteprocedure::ESTIMATED_PRICE,
        Threshold => offerteprocedure::THRESHOLD,
        ProcedureKind => offerteprocedure::PROCEDURE_KIND,
        ProcedureRationale => offerteprocedure::PROCEDURE_RATIONALE,
        InvitedProviders => offerteprocedure::INVITED_PROVIDERS,
        Timeline => offerteprocedure::TIMELINE,
        Bids => offerteprocedure::BIDS,
        SubmissionChannel => crate::i18n::tender_documents::SUBMISSION_CHANNEL_FIELD,
        QuestionsDeadline => crate::i18n::tender_documents::QUESTIONS_DEADLINE_FIELD,
        SubmissionDeadline => crate::i18n::tender_documents::SUBMISSION_DEADLINE_FIELD,
        PurchaseConditions => crate::i18n::tender_documents::PURCHASE_CONDITIONS_FIELD,
        // Step 6: Start uitvoering
        Preconditions => start_uitvoering::PRECONDITIONS,
        StartDate => start_uitvoering::START_DATE,
        FirstReferrals => start_uitvoering::FIRST_REFERRALS,
        // Step 7: Monitoring
        AveragePrice => monitoring::AVERAGE_PRICE,
        MonitorFigures => monitoring::MONITOR_FIGURES,
        MonitoringNotes => monitoring::MONITORING_NOTES,
        // Step 8: Verantwoording
        Costs => verantwoording::COSTS,
        AccountabilityNotes => verantwoording::ACCOUNTABILITY_NOTES,
        // Step 9: Evaluatie
        WhatWorked => evaluatie::WHAT_WORKED,
        WhatToChange => evaluatie::WHAT_TO_CHANGE,
        SelfAssessment => evaluatie::SELF_ASSESSMENT,
    }
}

/// Where a field's help text comes from: the case or the part of the guide its example and
/// advice are taken from, the plan, or Inkoopwijzer's own addition (today's rules). Empty
/// when the help only explains the app. Shown under the help (`components::source`).
pub fn field_sources(f: FieldId) -> &'static [SourceRef] {
    use FieldId::*;
    match f {
        Title => {
            const R: &[SourceRef] = &[SourceRef::plan("2.2")];
            R
        }
        Problem => {
            const R: &[SourceRef] = &[SourceRef::appendix(3, 36, 36)];
            R
        }
        Goals => {
            const R: &[SourceRef] = &[SourceRef::appendix(4, 41, 41)];
            R
        }
        Principles => {
            const R: &[SourceRef] = &[SourceRef::plan("3.1"), SourceRef::plan("4")];
            R
        }
        Participants => {
            const R: &[SourceRef] = &[SourceRef::plan("3")];
            R
        }
        ContactParticipant => {
            const R: &[SourceRef] = &[SourceRef::plan("2.4")];
            R
        }
        BuyerRole => {
            const R: &[SourceRef] = &[SourceRef::guide("3.5", 21, 23)];
            R
        }
        RoleRationale => &[],
        ProjectGroup => {
            const R: &[SourceRef] = &[SourceRef::plan("2.3"), SourceRef::plan("3.1"), SourceRef::plan("3.2")];
            R
        }
        WorkingGroups => {
            const R: &[SourceRef] = &[SourceRef::plan("2.3"), SourceRef::plan("2.4")];
            R
        }
        DecisionRoute => {
            const R: &[SourceRef] = &[SourceRef::plan("2.3")];
            R
        }
        Facilitator => {
            const R: &[SourceRef] = &[SourceRef::plan("3.3")];
            R
        }
        StepOwners => {
            const R: &[SourceRef] = &[SourceRef::plan("2.4")];
            R
        }
        TargetDescription => {
            const R: &[SourceRef] = &[SourceRef::plan("2.2")];
            R
        }
        Characteristics => {
            const R: &[SourceRef] = &[SourceRef::plan("2.2")];
            R
        }
        OtherCharacteristics => {
            const R: &[SourceRef] = &[SourceRef::appendix(3, 36, 36), SourceRef::appendix(3, 39, 39)];
            R
        }
        TargetGroupSizes => {
            const R: &[SourceRef] = &[SourceRef::appendix(3, 40, 40)];
            R
        }
        ResultLadder => {
            const R: &[SourceRef] = &[SourceRef::appendix(4, 42, 42)];
            R
        }
        FunctionalRequirements => {
            const R: &[SourceRef] = &[SourceRef::guide("2.3", 12, 12), SourceRef::appendix(1, 30, 30)];
            R
        }
        TechnicalRequirements => {
            const R: &[SourceRef] = &[SourceRef::guide("2.3", 12, 12), SourceRef::appendix(3, 38, 38)];
            R
        }
        InflowGuarantee => {
            const R: &[SourceRef] = &[SourceRef::guide("3.3", 18, 18)];
            R
        }
        RiskSharing => {
            const R: &[SourceRef] = &[SourceRef::guide("2.3", 13, 13), SourceRef::guide_chapter(4, 25, 25)];
            R
        }
        InflowClients => {
            const R: &[SourceRef] = &[SourceRef::appendix(1, 31, 31)];
            R
        }
        Financing => {
            const R: &[SourceRef] = &[SourceRef::guide("3.3", 18, 19), SourceRef::guide("2.3", 13, 13)];
            R
        }
        FailurePayShare => {
            const R: &[SourceRef] = &[SourceRef::guide("2.3", 13, 13), SourceRef::guide_chapter(4, 25, 25)];
            R
        }
        ContractMonths => {
            const R: &[SourceRef] = &[SourceRef::guide("2.3", 13, 13), SourceRef::guide("3.3", 19, 19)];
            R
        }
        OptionMonths => {
            const R: &[SourceRef] = &[CURRENT_LAW];
            R
        }
        BonusMalus => {
            const R: &[SourceRef] = &[SourceRef::appendix(1, 30, 30)];
            R
        }
        Incentives => {
            const R: &[SourceRef] = &[SourceRef::guide("3.4", 20, 21)];
            R
        }
        SelectionCriteria => {
            const R: &[SourceRef] = &[SourceRef::appendix(1, 30, 30), SourceRef::guide("3.4", 20, 20)];
            R
        }
        AwardCriteria => {
            const R: &[SourceRef] = &[SourceRef::guide("2.2", 9, 9), SourceRef::appendix(1, 31, 31)];
            R
        }
        PriceFormula => {
            const R: &[SourceRef] = &[SourceRef::appendix(1, 31, 31), LATER_PRACTICE, OWN_WORKING];
            R
        }
        Referral => {
            const R: &[SourceRef] = &[SourceRef::appendix(1, 31, 31)];
            R
        }
        IntakeWeeks => {
            const R: &[SourceRef] = &[SourceRef::appendix(2, 35, 35)];
            R
        }
        MaxDuration => {
            const R: &[SourceRef] = &[SourceRef::appendix(2, 35, 35)];
            R
        }
        ReportingFrequency => &[],
        ReportingContent => {
            const R: &[SourceRef] = &[SourceRef::appendix(4, 43, 43)];
            R
        }
        GoNoGo => {
            const R: &[SourceRef] = &[SourceRef::appendix(2, 35, 35)];
            R
        }
        DataProtection => {
            const R: &[SourceRef] = &[SourceRef::appendix(1, 30, 30), SourceRef::guide("3.4", 20, 20)];
            R
        }
        Invoicing => {
            const R: &[SourceRef] = &[SourceRef::appendix(1, 30, 30), SourceRef::plan("4")];
            R
        }
        Contacts => {
            const R: &[SourceRef] = &[SourceRef::appendix(3, 39, 39)];
            R
        }
        EstimatedPrice => {
            const R: &[SourceRef] = &[CURRENT_LAW];
            R
        }
        Threshold => {
            const R: &[SourceRef] = &[CURRENT_LAW];
            R
        }
        ProcedureKind => {
            const R: &[SourceRef] = &[CURRENT_LAW, SourceRef::guide("3.1", 16, 16)];
            R
        }
        ProcedureRationale => {
            const R: &[SourceRef] = &[CURRENT_LAW];
            R
        }
        InvitedProviders => {
            const R: &[SourceRef] = &[SourceRef::appendix(1, 29, 29)];
            R
        }
        Timeline => {
            const R: &[SourceRef] = &[SourceRef::plan("2.4")];
            R
        }
        Bids => {
            const R: &[SourceRef] = &[SourceRef::guide("2.2", 9, 9), LATER_PRACTICE];
            R
        }
        Preconditions => {
            const R: &[SourceRef] = &[SourceRef::guide("3.5", 23, 23), SourceRef::appendix(1, 28, 28)];
            R
        }
        StartDate | SubmissionChannel | QuestionsDeadline | SubmissionDeadline => &[],
        PurchaseConditions => &[CURRENT_LAW],
        FirstReferrals => {
            const R: &[SourceRef] = &[SourceRef::appendix(3, 40, 40)];
            R
        }
        AveragePrice => {
            const R: &[SourceRef] = &[SourceRef::appendix(1, 30, 30)];
            R
        }
        MonitorFigures => &[],
        MonitoringNotes => &[],
        Costs => {
            const R: &[SourceRef] = &[SourceRef::plan("4")];
            R
        }
        AccountabilityNotes => {
            const R: &[SourceRef] = &[SourceRef::plan("4"), SourceRef::guide("2.3", 12, 12)];
            R
        }
        WhatWorked => &[],
        WhatToChange => {
            const R: &[SourceRef] = &[SourceRef::appendix(3, 39, 39), SourceRef::guide("3.5", 22, 22)];
            R
        }
        SelfAssessment => {
            const R: &[SourceRef] = &[SourceRef::guide("2.5", 14, 15)];
            R
        }
    }
}

/// The sources of a help text, found by the text itself: the field components get the help as
/// a `Tr` and show its sources without being told the field. Empty for a help that is no
/// field's (or whose field cites none).
pub fn help_sources(help: Tr) -> &'static [SourceRef] {
    use crate::i18n::lessons;
    if help == lessons::INNOVATION_DEFINITION {
        return lessons::INNOVATION_DEFINITION_SOURCES;
    }
    if help == lessons::COOPERATION_NOTE {
        return lessons::COOPERATION_NOTE_SOURCES;
    }
    use crate::domain::dossier::RiskInstrument;
    if let Some(r) = RiskInstrument::ALL.iter().find(|r| Labeled::explanation(**r) == help) {
        return risk_instrument_sources(*r);
    }
    FieldId::ALL.iter().find(|f| field_help(**f) == help).map_or(&[], |f| field_sources(*f))
}

/// Labels of the parts inside a field: choices, checkboxes, table columns. Each lives in its
/// step's file; this is the path the views name them by. (The columns of list entries are
/// chrome, shared by several lists: `wizard_ui`.)
pub mod sub {
    pub use super::bestek::{
        AGREED_RATE, BONUS_MALUS_ENABLED, BONUS_SHARE, INCENTIVE_COOPERATION, INCENTIVE_INNOVATION_CRITERION,
        INCENTIVE_INTEGRAL_PRICE, INFLOW_NO, INFLOW_YES, MALUS_SHARE,
    };
    pub use super::monitoring::{FIGURES_COST, FIGURES_RESULTS, FIGURES_STARTED};
    pub use super::uitvoeringsproces::GO_NO_GO_ENABLED;
}
