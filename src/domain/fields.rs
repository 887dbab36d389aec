//! Identifiers of the wizard's input fields, shared by the completeness rules (which name
//! the field an open point is about), the i18n labels and the UI (which renders each field
//! with `id = FieldId::anchor()` so that an open point links straight to it).

use crate::domain::steps::Step;

/// One input field (or list) of the wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldId {
    // Step 1
    Title,
    Problem,
    Goals,
    Principles,
    Participants,
    ContactParticipant,
    BuyerRole,
    RoleRationale,
    ProjectGroup,
    WorkingGroups,
    DecisionRoute,
    Facilitator,
    StepOwners,
    // Step 2
    TargetDescription,
    Characteristics,
    OtherCharacteristics,
    TargetGroupSizes,
    ResultLadder,
    // Step 3
    FunctionalRequirements,
    TechnicalRequirements,
    InflowGuarantee,
    InflowClients,
    RiskSharing,
    Financing,
    FailurePayShare,
    ContractMonths,
    OptionMonths,
    BonusMalus,
    Incentives,
    SelectionCriteria,
    AwardCriteria,
    PriceFormula,
    // Step 4
    Referral,
    IntakeWeeks,
    MaxDuration,
    ReportingFrequency,
    ReportingContent,
    GoNoGo,
    DataProtection,
    Invoicing,
    Contacts,
    // Step 5
    EstimatedPrice,
    Threshold,
    ProcedureKind,
    ProcedureRationale,
    InvitedProviders,
    Timeline,
    Bids,
    SubmissionChannel,
    QuestionsDeadline,
    SubmissionDeadline,
    PurchaseConditions,
    // Step 6
    Preconditions,
    StartDate,
    FirstReferrals,
    // Step 7
    AveragePrice,
    MonitorFigures,
    MonitoringNotes,
    // Step 8
    Costs,
    AccountabilityNotes,
    // Step 9
    WhatWorked,
    WhatToChange,
    SelfAssessment,
}

impl FieldId {
    /// The step the field belongs to.
    pub fn step(self) -> Step {
        use FieldId::*;
        match self {
            Title | Problem | Goals | Principles | Participants | ContactParticipant | BuyerRole | RoleRationale
            | ProjectGroup | WorkingGroups | DecisionRoute | Facilitator | StepOwners => Step::Verkenning,
            TargetDescription | Characteristics | OtherCharacteristics | TargetGroupSizes | ResultLadder => {
                Step::Doelgroep
            }
            FunctionalRequirements
            | TechnicalRequirements
            | InflowGuarantee
            | InflowClients
            | RiskSharing
            | Financing
            | FailurePayShare
            | ContractMonths
            | OptionMonths
            | BonusMalus
            | Incentives
            | SelectionCriteria
            | AwardCriteria
            | PriceFormula => Step::Bestek,
            Referral | IntakeWeeks | MaxDuration | ReportingFrequency | ReportingContent | GoNoGo | DataProtection
            | Invoicing | Contacts => Step::Uitvoeringsproces,
            EstimatedPrice | Threshold | ProcedureKind | ProcedureRationale | InvitedProviders | Timeline | Bids
            | SubmissionChannel | QuestionsDeadline | SubmissionDeadline | PurchaseConditions => Step::Offerteprocedure,
            Preconditions | StartDate | FirstReferrals => Step::StartUitvoering,
            AveragePrice | MonitorFigures | MonitoringNotes => Step::Monitoring,
            Costs | AccountabilityNotes => Step::Verantwoording,
            WhatWorked | WhatToChange | SelfAssessment => Step::Evaluatie,
        }
    }

    /// The HTML id of the field's input (or of the list's container).
    pub fn anchor(self) -> &'static str {
        use FieldId::*;
        match self {
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
            TargetDescription => "f-target-description",
            Characteristics => "f-characteristics",
            OtherCharacteristics => "f-other-characteristics",
            TargetGroupSizes => "f-target-group-sizes",
            ResultLadder => "f-result-ladder",
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
            Referral => "f-referral",
            IntakeWeeks => "f-intake-weeks",
            MaxDuration => "f-max-duration",
            ReportingFrequency => "f-reporting-frequency",
            ReportingContent => "f-reporting-content",
            GoNoGo => "f-go-no-go",
            DataProtection => "f-data-protection",
            Invoicing => "f-invoicing",
            Contacts => "f-contacts",
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
            Preconditions => "f-preconditions",
            StartDate => "f-start-date",
            FirstReferrals => "f-first-referrals",
            AveragePrice => "f-average-price",
            MonitorFigures => "f-monitor-figures",
            MonitoringNotes => "f-monitoring-notes",
            Costs => "f-costs",
            AccountabilityNotes => "f-accountability-notes",
            WhatWorked => "f-what-worked",
            WhatToChange => "f-what-to-change",
            SelfAssessment => "f-self-assessment",
        }
    }

    pub const ALL: [FieldId; 63] = {
        use FieldId::*;
        [
            Title,
            Problem,
            Goals,
            Principles,
            Participants,
            ContactParticipant,
            BuyerRole,
            RoleRationale,
            ProjectGroup,
            WorkingGroups,
            DecisionRoute,
            Facilitator,
            StepOwners,
            TargetDescription,
            Characteristics,
            OtherCharacteristics,
            TargetGroupSizes,
            ResultLadder,
            FunctionalRequirements,
            TechnicalRequirements,
            InflowGuarantee,
            InflowClients,
            RiskSharing,
            Financing,
            FailurePayShare,
            ContractMonths,
            OptionMonths,
            BonusMalus,
            Incentives,
            SelectionCriteria,
            AwardCriteria,
            PriceFormula,
            Referral,
            IntakeWeeks,
            MaxDuration,
            ReportingFrequency,
            ReportingContent,
            GoNoGo,
            DataProtection,
            Invoicing,
            Contacts,
            EstimatedPrice,
            Threshold,
            ProcedureKind,
            ProcedureRationale,
            InvitedProviders,
            Timeline,
            Bids,
            SubmissionChannel,
            QuestionsDeadline,
            SubmissionDeadline,
            PurchaseConditions,
            Preconditions,
            StartDate,
            FirstReferrals,
            AveragePrice,
            MonitorFigures,
            MonitoringNotes,
            Costs,
            AccountabilityNotes,
            WhatWorked,
            WhatToChange,
            SelfAssessment,
        ]
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn anchors_are_unique_and_every_step_has_fields() {
        let anchors: HashSet<_> = FieldId::ALL.iter().map(|f| f.anchor()).collect();
        assert_eq!(anchors.len(), FieldId::ALL.len());
        for s in Step::ALL {
            assert!(FieldId::ALL.iter().any(|f| f.step() == s), "{s:?} has no fields");
        }
    }
}
