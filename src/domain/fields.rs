//! Identifiers of the wizard's input fields, shared by the completeness rules (which name
//! the field an open point is about), the i18n labels and the UI (which renders each field
//! with `id = FieldId::anchor()` so that an open point links straight to it).

use crate::domain::steps::Step;

/// Declares `FieldId` from one table, step by step: each field with the HTML id of its input.
/// The enum, `step`, `anchor` and `ALL` all come from it, so that a field cannot be added to
/// one of them and forgotten in another.
macro_rules! fields {
    ($($step:ident { $($field:ident => $anchor:literal,)* })*) => {
        /// One input field (or list) of the wizard.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum FieldId {
            $($($field,)*)*
        }

        impl FieldId {
            /// Every field, in the order of the steps and of the fields in each step.
            pub const ALL: [FieldId; [$($(FieldId::$field,)*)*].len()] = [$($(FieldId::$field,)*)*];

            /// The step the field belongs to.
            pub fn step(self) -> Step {
                match self {
                    $($(FieldId::$field => Step::$step,)*)*
                }
            }

            /// The HTML id of the field's input (or of the list's container).
            pub fn anchor(self) -> &'static str {
                match self {
                    $($(FieldId::$field => $anchor,)*)*
                }
            }
        }
    };
}

fields! {
    Verkenning {
        Title => "f-title",
        Problem => "f-problem",
        Goals => "f-goals",
        Principles => "f-principles",
        Participants => "f-participants",
        ContactParticipant => "f-contact-participant",
        BuyerRole => "f-buyer-role",
        RoleRationale => "f-role-rationale",
        ProjectGroup => "f-project-group",
        WorkingGroups => "f-working-groups",
        DecisionRoute => "f-decision-route",
        Facilitator => "f-facilitator",
        StepOwners => "f-step-owners",
    }
    Doelgroep {
        TargetDescription => "f-target-description",
        Characteristics => "f-characteristics",
        OtherCharacteristics => "f-other-characteristics",
        TargetGroupSizes => "f-target-group-sizes",
        ResultLadder => "f-result-ladder",
    }
    Bestek {
        FunctionalRequirements => "f-functional-requirements",
        TechnicalRequirements => "f-technical-requirements",
        InflowGuarantee => "f-inflow-guarantee",
        InflowClients => "f-inflow-clients",
        RiskSharing => "f-risk-sharing",
        Financing => "f-financing",
        FailurePayShare => "f-failure-pay-share",
        ContractMonths => "f-contract-months",
        OptionMonths => "f-option-months",
        BonusMalus => "f-bonus-malus",
        Incentives => "f-incentives",
        SelectionCriteria => "f-selection-criteria",
        AwardCriteria => "f-award-criteria",
        PriceFormula => "f-price-formula",
    }
    Uitvoeringsproces {
        Referral => "f-referral",
        IntakeWeeks => "f-intake-weeks",
        MaxDuration => "f-max-duration",
        ReportingFrequency => "f-reporting-frequency",
        ReportingContent => "f-reporting-content",
        GoNoGo => "f-go-no-go",
        DataProtection => "f-data-protection",
        Invoicing => "f-invoicing",
        Contacts => "f-contacts",
    }
    Offerteprocedure {
        EstimatedPrice => "f-estimated-price",
        Threshold => "f-threshold",
        ProcedureKind => "f-procedure-kind",
        ProcedureRationale => "f-procedure-rationale",
        InvitedProviders => "f-invited-providers",
        Timeline => "f-timeline",
        Bids => "f-bids",
        SubmissionChannel => "f-submission-channel",
        QuestionsDeadline => "f-questions-deadline",
        SubmissionDeadline => "f-submission-deadline",
        PurchaseConditions => "f-purchase-conditions",
    }
    StartUitvoering {
        Preconditions => "f-preconditions",
        StartDate => "f-start-date",
        FirstReferrals => "f-first-referrals",
    }
    Monitoring {
        AveragePrice => "f-average-price",
        MonitorFigures => "f-monitor-figures",
        MonitoringNotes => "f-monitoring-notes",
    }
    Verantwoording {
        Costs => "f-costs",
        AccountabilityNotes => "f-accountability-notes",
    }
    Evaluatie {
        WhatWorked => "f-what-worked",
        WhatToChange => "f-what-to-change",
        SelfAssessment => "f-self-assessment",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_table_lists_every_field_once_in_step_order() {
        assert_eq!(FieldId::ALL.len(), 63);
        assert_eq!(FieldId::ALL[0], FieldId::Title);
        assert_eq!(FieldId::ALL[62], FieldId::SelfAssessment);
        assert_eq!(FieldId::IntakeWeeks.anchor(), "f-intake-weeks");
        assert_eq!(FieldId::PriceFormula.step(), Step::Bestek);
        let unique: HashSet<_> = FieldId::ALL.iter().collect();
        assert_eq!(unique.len(), FieldId::ALL.len());
        // The steps come in order: a field's step is never before the previous field's.
        assert!(FieldId::ALL
            .windows(2)
            .all(|w| Step::ALL.iter().position(|s| *s == w[0].step())
                <= Step::ALL.iter().position(|s| *s == w[1].step())));
    }

    #[test]
    fn anchors_are_unique_and_every_step_has_fields() {
        let anchors: HashSet<_> = FieldId::ALL.iter().map(|f| f.anchor()).collect();
        assert_eq!(anchors.len(), FieldId::ALL.len());
        for s in Step::ALL {
            assert!(FieldId::ALL.iter().any(|f| f.step() == s), "{s:?} has no fields");
        }
    }
}
