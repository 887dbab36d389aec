//! The dossier: one purchase being prepared, holding everything the nine steps collect.
//!
//! Invariants: every struct is `#[serde(default)]`, so a file written by an older version
//! (missing fields) still reads; money and percentages are exact decimal strings in JSON;
//! list entries carry stable string ids so that edits, reorders and links to fields
//! survive. Computations live in other domain modules; this module only holds data, and the
//! one rule every page shares: which name a dossier is shown by ([`Dossier::display_name`]).

use crate::domain::money::{Money, Percent};
use crate::domain::scoring::formula::FormulaKind;
use crate::domain::scoring::model::AwardSetup;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A purchase dossier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Dossier {
    pub id: String,
    /// The name in the dossier list (defaults to the purchase title).
    pub name: String,
    /// ISO 8601 UTC timestamps.
    pub created_at: String,
    pub updated_at: String,
    /// Set when this dossier is a copy of a demo case: the case key.
    pub demo_of: Option<String>,
    pub exploration: Exploration,
    pub target_group: TargetGroup,
    pub specification: Specification,
    pub execution: Execution,
    pub procedure: Procedure,
    pub award: AwardSetup,
    pub start: Start,
    pub monitoring: Monitoring,
    pub accountability: Accountability,
    pub evaluation: Evaluation,
    /// Who brought changes into this dossier from a colleague's file, and when.
    pub contributions: Vec<Contribution>,
}

/// A colleague's file merged into the dossier: who sent it (as they typed it; there are no
/// accounts), when, and which steps it changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Contribution {
    pub id: String,
    /// The municipality as typed by the sender.
    pub municipality: String,
    /// The sender's name as typed.
    pub name: String,
    /// When the file was made (ISO 8601 UTC).
    pub sent_at: String,
    /// When it was merged here (ISO 8601 UTC).
    pub merged_at: String,
    /// The steps it changed (their slugs, such as `3-bestek`), in step order.
    pub steps: Vec<String>,
    /// How many fields and list entries it changed.
    pub changes: u32,
}

impl Dossier {
    /// A new dossier with the name the user typed, which is also the title of the purchase
    /// (step 1): asked once (issue 17: the first open point used to ask for the title right
    /// after the dossier was named).
    ///
    /// Its price formula is the robust one: fixed, published bounds (absolute, so no rank
    /// reversal), whose bounds are then an open point of step 3. Only this constructor chooses
    /// it: `AwardSetup::default()`, which serde uses for a dossier stored or imported without
    /// a formula, keeps relative-to-lowest, so no stored dossier changes formula on reading.
    pub fn named(name: String) -> Dossier {
        let mut award = AwardSetup::default();
        award.set_formula_kind(FormulaKind::FixedBounds);
        Dossier {
            exploration: Exploration { title: name.clone(), ..Exploration::default() },
            name,
            award,
            ..Dossier::default()
        }
    }

    /// Sets the title of the purchase. While the dossier's name is the title (as a new dossier
    /// starts), the name follows it, so that the list, the tabs and the documents keep showing
    /// one name; a name given on purpose (renamed in the list) stays.
    pub fn set_title(&mut self, title: String) {
        if self.name.trim() == self.exploration.title.trim() {
            self.name = title.clone();
        }
        self.exploration.title = title;
    }

    /// The name a dossier is shown by: its own name, else the title of the purchase (step 1),
    /// trimmed; `None` when it has neither, and each page says so in its own way (a dash in
    /// the dossier bar, "Naamloos" in the dossier list, nothing in the tab title).
    pub fn display_name(&self) -> Option<&str> {
        [self.name.trim(), self.exploration.title.trim()].into_iter().find(|n| !n.is_empty())
    }
}

/// Step 1: Verkenning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Exploration {
    pub title: String,
    pub problem: String,
    pub goals: String,
    /// Principles the participants agreed on.
    pub principles: String,
    pub participants: Vec<Participant>,
    /// The participant that is the contact during the tender (id).
    pub contact_participant: Option<String>,
    pub buyer_role: Option<BuyerRole>,
    pub role_rationale: String,
    /// How a joint purchase is run; left empty by a single buyer.
    pub governance: Governance,
}

/// How several participants run a joint purchase, after the project structure of the Holland
/// Rijnland plan (§2.3, §3): a project group that decides, working groups that work out and
/// report back, a route for the decisions to the heads of department and the portfolio holders,
/// a neutral process facilitator, and who does what in each step. Each participant stays
/// responsible for its own commitment and its own money (the step-1 principles say so).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Governance {
    /// Who sits in the project group (a policy officer of every participant) and what it does.
    pub project_group: String,
    /// The working groups, what each works out, and that they report back to the project group.
    pub working_groups: String,
    /// Where the project group's decisions go for administrative and political legitimacy, and
    /// how each member reports back to its own organisation.
    pub decision_route: String,
    /// A neutral process facilitator without responsibility for content or money, if any.
    pub facilitator: String,
    /// Who does what in each step, keyed by the step's slug (`Step::slug`, stable across
    /// versions): `"3-bestek" → "Werkgroep Programma van Eisen"`.
    pub step_owners: BTreeMap<String, String>,
}

/// A municipality (or a joint social service) taking part in the purchase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Participant {
    pub id: String,
    pub name: String,
    pub contact_person: String,
    /// Trajectories this participant expects to buy per contract year.
    pub trajectories: Option<u32>,
    /// Budget for this purchase.
    pub budget: Option<Money>,
    /// What period the budget covers. Dossiers from before issue 17 have none stored; step 1
    /// then asks, because a yearly budget compared with a multi-year contract value raised a
    /// false alarm in the projectplan.
    pub budget_period: Option<BudgetPeriod>,
    /// Size of the target group in this municipality (step 2).
    pub target_group_size: Option<u32>,
}

/// The period a participant's budget covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BudgetPeriod {
    /// One contract year.
    PerYear,
    /// The whole contract, options included.
    WholeContract,
}

impl BudgetPeriod {
    pub const ALL: [BudgetPeriod; 2] = [BudgetPeriod::PerYear, BudgetPeriod::WholeContract];
}

impl Dossier {
    /// The participants as `(id, name)` pairs, in their order: the keys and names of the
    /// per-participant rows of steps 1, 7 and 8.
    pub fn participant_names(&self) -> Vec<(String, String)> {
        self.exploration.participants.iter().map(|p| (p.id.clone(), p.name.clone())).collect()
    }
}

/// The ways a buyer can take its role: the first three as three of the guide's municipalities
/// did (§3.5), the partner from the guide's theory (§2.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BuyerRole {
    /// Follows, monitors and adjusts at a distance (Amsterdam; Emmen leaves it to the provider).
    AtDistance,
    /// Facilitates: takes care of preconditions (Apeldoorn).
    Facilitating,
    /// Clear director steering on output (Roermond).
    Director,
    /// Close partner developing the service with the provider.
    Partner,
}

impl BuyerRole {
    pub const ALL: [BuyerRole; 4] =
        [BuyerRole::AtDistance, BuyerRole::Facilitating, BuyerRole::Director, BuyerRole::Partner];
}

/// Step 2: Doelgroep.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct TargetGroup {
    pub description: String,
    pub characteristics: Vec<Characteristic>,
    pub other_characteristics: String,
    /// What counts as a result, ordered from the first rung of the ladder to the top.
    pub result_ladder: Vec<ResultLevel>,
}

/// Characteristics of the target group named in the sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Characteristic {
    LongTermAssistance,
    MedicalLimitations,
    MultipleProblems,
    LowSelfImage,
    HardToMotivate,
    LowEducation,
    NeverWorked,
    CannotKeepAppointments,
    PsychosocialProblems,
    Addiction,
    Debts,
    LanguageBarrier,
}

impl Characteristic {
    pub const ALL: [Characteristic; 12] = [
        Characteristic::LongTermAssistance,
        Characteristic::MedicalLimitations,
        Characteristic::MultipleProblems,
        Characteristic::LowSelfImage,
        Characteristic::HardToMotivate,
        Characteristic::LowEducation,
        Characteristic::NeverWorked,
        Characteristic::CannotKeepAppointments,
        Characteristic::PsychosocialProblems,
        Characteristic::Addiction,
        Characteristic::Debts,
        Characteristic::LanguageBarrier,
    ];
}

/// A rung on the result ladder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResultLevel {
    SocialActivation,
    VolunteerWork,
    Education,
    SubsidisedWork,
    RegularWork,
}

impl ResultLevel {
    pub const ALL: [ResultLevel; 5] = [
        ResultLevel::SocialActivation,
        ResultLevel::VolunteerWork,
        ResultLevel::Education,
        ResultLevel::SubsidisedWork,
        ResultLevel::RegularWork,
    ];
}

/// A requirement in the Programma van Eisen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Requirement {
    pub id: String,
    pub text: String,
}

/// How the provider is paid (guide §3.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Financing {
    /// Paid for effort (input): fits results that are hard to measure, such as social activation.
    Input,
    /// Paid for results (output).
    Output,
    /// No cure, less pay: part of the price is paid only on result.
    NoCureLessPay,
}

/// The bonus/malus rule of the contract (Apeldoorn's numbers as the example).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct BonusMalusRule {
    pub enabled: bool,
    /// Agreed placement rate r.
    pub agreed_rate: Option<Percent>,
    /// Bonus per placement above the agreed number, as a share of the average trajectory price.
    pub bonus_share: Option<Percent>,
    /// Share of the average trajectory cost withheld per placement short of the agreed number.
    pub malus_share: Option<Percent>,
    /// Over which trajectories the rule is settled. Dossiers from before issue 17 have none
    /// stored and read the default, the whole contract, which is what their bestek says.
    pub basis: SettlementBasis,
}

/// Over which trajectories a bonus/malus rule is settled (`crate::domain::incentive::settle_figures`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SettlementBasis {
    /// Once, on all trajectories and placements of the contract together (Apeldoorn's rule:
    /// the provider's placement rate under the contract). Each participant bears a share of
    /// the net amount in proportion to the trajectories started for it.
    #[default]
    WholeContract,
    /// For each participant on its own trajectories and placements, as when every
    /// municipality contracts and pays for its own clients (Holland Rijnland's plan, §4).
    PerParticipant,
}

impl SettlementBasis {
    pub const ALL: [SettlementBasis; 2] = [SettlementBasis::WholeContract, SettlementBasis::PerParticipant];
}

/// Step 3: Bestek (Programma van Eisen). Award criteria live in `Dossier::award`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Specification {
    pub functional: Vec<Requirement>,
    pub technical: Vec<Requirement>,
    pub inflow_guarantee: Option<bool>,
    /// Minimum number of referred clients promised, when there is an inflow guarantee.
    pub inflow_clients: Option<u32>,
    pub financing: Option<Financing>,
    /// With no cure less pay: the share of the price still paid when the result is not reached.
    pub failure_pay_share: Option<Percent>,
    pub contract_months: Option<u32>,
    /// Optional extensions, in months.
    pub option_months: Option<u32>,
    pub bonus_malus: BonusMalusRule,
    /// Innovation of the approach is an award criterion.
    pub innovation_criterion: bool,
    /// One integral trajectory price, all instruments included.
    pub integral_price: bool,
    /// The provider must cooperate with other providers in the chain.
    pub cooperation_required: bool,
    pub selection_criteria: Vec<Requirement>,
    /// Ways in which the buyer carries part of the risk so that something new can start.
    pub risk_sharing: Vec<RiskInstrument>,
}

/// Ways for the buyer to carry part of the risk of something new (guide §2.3 and ch. 4), beside
/// the inflow guarantee and no cure less pay that the specification has fields of their own for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskInstrument {
    /// A budget for getting used to a new approach in the start-up phase (gewenningsbudget).
    AcclimatisationBudget,
    /// Failed trajectories or placements in the start-up phase are paid for in part or whole.
    CofinanceFailures,
    /// The buyer commits to buying the new product or method, ahead of the market.
    GuaranteedFirstBuyer,
    /// A pilot first, at shared cost, before a regular tender (Apeldoorn and Gelderland).
    Pilot,
}

impl RiskInstrument {
    pub const ALL: [RiskInstrument; 4] = [
        RiskInstrument::AcclimatisationBudget,
        RiskInstrument::CofinanceFailures,
        RiskInstrument::GuaranteedFirstBuyer,
        RiskInstrument::Pilot,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportingFrequency {
    /// Emmen followed its project weekly per client.
    Weekly,
    Monthly,
    Quarterly,
    HalfYearly,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Invoicing {
    PerInstrument,
    PerTrajectory,
}

/// Step 4: Uitvoeringsproces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Execution {
    pub referral: String,
    pub intake_weeks: Option<u32>,
    pub max_duration_months: Option<u32>,
    pub reporting_frequency: Option<ReportingFrequency>,
    pub reporting_content: String,
    pub go_no_go: bool,
    pub data_protection: String,
    pub invoicing: Option<Invoicing>,
    pub contacts: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProcedureKind {
    Open,
    Restricted,
    /// Onderhands: several quotes asked on criteria set in advance.
    Private,
    /// The light regime for social and other specific services above the threshold: announce
    /// the contract, run a proportionate procedure of one's own design with criteria known in
    /// advance, announce the award. Added in issue 17; older dossiers never hold it.
    LightRegime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Provider {
    pub id: String,
    pub name: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Milestone {
    pub id: String,
    pub label: String,
    /// `YYYY-MM-DD` as entered in a date field.
    pub date: String,
}

/// Which threshold regime the service falls under (the thresholds themselves are in
/// `crate::domain::thresholds`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceRegime {
    /// Ordinary services bought by a decentral authority (a municipality).
    Services,
    /// Social and other specific services (Annex XIV of Directive 2014/24/EU); re-integration
    /// is usually here. Above the threshold a lighter regime applies.
    SocialAndOtherSpecific,
}

impl ServiceRegime {
    pub const ALL: [ServiceRegime; 2] = [ServiceRegime::Services, ServiceRegime::SocialAndOtherSpecific];
}

/// Step 5: Offerteprocedure (the bids themselves are in `Dossier::award`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Procedure {
    /// Estimated average price of one trajectory, for the contract value.
    pub estimated_price: Option<Money>,
    /// A threshold the user sets instead of the dated default.
    pub threshold_override: Option<Money>,
    /// The threshold regime; `None` is read as social and other specific services, where
    /// re-integration usually belongs.
    pub regime: Option<ServiceRegime>,
    pub kind: Option<ProcedureKind>,
    pub rationale: String,
    pub invited: Vec<Provider>,
    pub timeline: Vec<Milestone>,
    /// How and by when bidders ask questions and submit, for the request for tender.
    pub submission: Submission,
}

/// Where bids are submitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubmissionChannel {
    /// Through TenderNed, the government's tender platform (questions too).
    TenderNed,
    /// By e-mail to the contact address.
    Email,
}

impl SubmissionChannel {
    pub const ALL: [SubmissionChannel; 2] = [SubmissionChannel::TenderNed, SubmissionChannel::Email];
}

/// The arrangements of the request for tender that the bestek prints: where bids go, the
/// deadline for questions (nota van inlichtingen) and for bids, and the purchase conditions
/// that apply. Dates are `YYYY-MM-DD`, the time `HH:MM` as date and time inputs give them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Submission {
    pub channel: Option<SubmissionChannel>,
    /// The e-mail address for questions and, with [`SubmissionChannel::Email`], for bids.
    pub address: String,
    /// The last day for questions.
    pub questions_deadline: String,
    /// The closing date for bids.
    pub deadline: String,
    /// The closing time on that date.
    pub deadline_time: String,
    /// The name of the general purchase conditions that apply (for example the
    /// municipality's own, based on the VNG model).
    pub purchase_conditions: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ChecklistItem {
    pub id: String,
    pub text: String,
    pub done: bool,
}

/// Step 6: Start uitvoering.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Start {
    pub preconditions: Vec<ChecklistItem>,
    /// `YYYY-MM-DD`.
    pub start_date: String,
    /// First referrals per participant id.
    pub first_referrals: BTreeMap<String, u32>,
}

/// Figures of one participant during the contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct MonitorFigures {
    pub started: Option<u32>,
    pub results: Option<u32>,
    /// Cost actually paid (step 8).
    pub cost: Option<Money>,
}

/// Step 7: Monitoring (figures per participant id). The agreed rate and the bonus/malus
/// rule come from step 3; the average trajectory price is the contract's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Monitoring {
    pub average_price: Option<Money>,
    pub figures: BTreeMap<String, MonitorFigures>,
    pub notes: String,
}

/// Step 8: Verantwoording.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Accountability {
    pub notes: String,
}

/// Step 9: Evaluatie.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Evaluation {
    pub what_worked: String,
    pub what_to_change: String,
    /// Self-assessment: question id -> score 0..=4.
    pub self_assessment: BTreeMap<String, u8>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dossier_is_shown_by_its_name_else_its_title() {
        let mut d = Dossier::default();
        assert_eq!(d.display_name(), None);
        d.exploration.title = " Taaltrajecten 2027 ".into();
        assert_eq!(d.display_name(), Some("Taaltrajecten 2027"));
        d.name = "Eigen naam".into();
        assert_eq!(d.display_name(), Some("Eigen naam"));
        d.name = "  ".into();
        assert_eq!(d.display_name(), Some("Taaltrajecten 2027"), "a blank name is no name");
        d.exploration.title = "\t".into();
        assert_eq!(d.display_name(), None);
        // A name that happens to be a dash is a name like any other.
        d.name = "—".into();
        assert_eq!(d.display_name(), Some("—"));
    }

    #[test]
    fn the_name_is_asked_once_and_follows_the_title() {
        let mut d = Dossier::named("Re-integratie 2027 Heuvelrand".into());
        assert_eq!(d.exploration.title, "Re-integratie 2027 Heuvelrand");
        d.set_title("Re-integratie 2027 Heuvelrand, Dalwijk en Oosterbeek".into());
        assert_eq!(d.name, "Re-integratie 2027 Heuvelrand, Dalwijk en Oosterbeek", "the name follows");
        d.name = "Eigen naam".into();
        d.set_title("Andere titel".into());
        assert_eq!(
            (d.name.as_str(), d.exploration.title.as_str()),
            ("Eigen naam", "Andere titel"),
            "a chosen name stays"
        );
        let mut d = Dossier::named(String::new());
        d.set_title("Titel".into());
        assert_eq!(d.display_name(), Some("Titel"));
    }

    #[test]
    fn a_new_dossier_scores_the_price_between_published_bounds_and_asks_for_them() {
        use crate::domain::completeness::{open_points_in, OpenPoint, Problem};
        use crate::domain::fields::FieldId;
        use crate::domain::scoring::model::PriceFormula;
        use crate::domain::steps::Step;
        let d = Dossier::named("Re-integratie 2027".into());
        assert_eq!(d.award.formula, PriceFormula::FixedBounds { low: None, high: None });
        assert!(d.award.formula.kind().is_absolute());
        assert!(d.award.price_bounds.is_empty(), "the bounds live in the formula, once");
        let missing = OpenPoint { field: FieldId::PriceFormula, problem: Problem::Missing };
        assert!(open_points_in(&d, Step::Bestek).contains(&missing), "the bounds are an open point of step 3");
        // The serde default (a stored dossier without an award or a formula) stays relative.
        assert_eq!(Dossier::default().award.formula, PriceFormula::RelativeToLowest);
        assert_eq!(AwardSetup::default().formula, PriceFormula::RelativeToLowest);
    }

    #[test]
    fn participant_names_are_id_name_pairs_in_order() {
        let mut d = Dossier::default();
        assert!(d.participant_names().is_empty());
        d.exploration.participants = vec![
            Participant { id: "p2".into(), name: "Leiden".into(), ..Participant::default() },
            Participant { id: "p1".into(), name: String::new(), ..Participant::default() },
        ];
        let expected = [("p2".to_string(), "Leiden".to_string()), ("p1".to_string(), String::new())];
        assert_eq!(d.participant_names(), expected);
    }
}
