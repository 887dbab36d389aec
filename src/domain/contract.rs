//! The estimated value of the contract, the participants' budget total, and when a contract
//! is short.
//!
//! Estimated total contract value (excluding VAT, as the thresholds are):
//!
//! ```text
//! value = estimated price per trajectory
//!       × Σ participants' trajectories per contract year
//!       × (contract months + option months) / 12
//! ```
//!
//! Options count: the thresholds are tested against the value including all options and
//! extensions. A joint purchase adds up the trajectories of every participant.
//!
//! Invariants: exact decimal arithmetic, multiplication before the one division, the result
//! rounded to cents with [`MONEY_ROUNDING`]. Every operation is checked: absurdly large
//! inputs give [`ContractValueProblem::TooLarge`], never a panic or a wrapped number.

use crate::domain::dossier::{BudgetPeriod, Dossier, Participant};
use crate::domain::money::{Money, MONEY_ROUNDING};
use rust_decimal::Decimal;

/// A computed contract value with the inputs it was computed from (for display).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContractValue {
    /// Rounded to cents.
    pub total: Money,
    pub price: Money,
    /// Σ trajectories per contract year over all participants.
    pub trajectories_per_year: u64,
    /// Contract months + option months.
    pub months: u64,
    /// Number of participants whose trajectories were added up.
    pub participants: usize,
}

/// An input the contract value needs and the dossier does not have yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MissingInput {
    /// Step 5: the estimated average price of one trajectory.
    EstimatedPrice,
    /// Step 3: the contract duration in months.
    ContractMonths,
    /// Step 1: there are no participants at all.
    Participants,
    /// Step 1: this participant (id) has no number of trajectories per year.
    Trajectories { participant_id: String },
}

/// Why there is no contract value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContractValueProblem {
    /// One or more inputs are missing; all of them are listed, in step order.
    Missing(Vec<MissingInput>),
    /// The numbers are too large to compute with exactly.
    TooLarge,
}

/// A sum that did not fit in an exact decimal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge;

/// `price × trajectories_per_year × months / 12`, rounded to cents; `None` on overflow.
pub fn contract_value(price: Money, trajectories_per_year: u64, months: u64) -> Option<Money> {
    let total = price
        .0
        .checked_mul(Decimal::from(trajectories_per_year))?
        .checked_mul(Decimal::from(months))?
        .checked_div(Decimal::from(12u8))?;
    Some(Money(total.round_dp_with_strategy(2, MONEY_ROUNDING)))
}

/// The estimated total contract value of the dossier, or what is missing to compute it.
pub fn estimated_contract_value(d: &Dossier) -> Result<ContractValue, ContractValueProblem> {
    let mut missing = Vec::new();
    let participants = &d.exploration.participants;
    if participants.is_empty() {
        missing.push(MissingInput::Participants);
    }
    let mut trajectories: u64 = 0;
    for p in participants {
        match p.trajectories {
            // u32 values summed in u64 cannot overflow for any realistic list, but check anyway.
            Some(n) => trajectories = trajectories.checked_add(u64::from(n)).ok_or(ContractValueProblem::TooLarge)?,
            None => missing.push(MissingInput::Trajectories { participant_id: p.id.clone() }),
        }
    }
    let spec = &d.specification;
    if spec.contract_months.is_none() {
        missing.push(MissingInput::ContractMonths);
    }
    if d.procedure.estimated_price.is_none() {
        missing.push(MissingInput::EstimatedPrice);
    }
    let (Some(price), Some(contract_months)) = (d.procedure.estimated_price, spec.contract_months) else {
        return Err(ContractValueProblem::Missing(missing));
    };
    if !missing.is_empty() {
        return Err(ContractValueProblem::Missing(missing));
    }
    let months = u64::from(contract_months) + u64::from(spec.option_months.unwrap_or(0));
    let total = contract_value(price, trajectories, months).ok_or(ContractValueProblem::TooLarge)?;
    Ok(ContractValue { total, price, trajectories_per_year: trajectories, months, participants: participants.len() })
}

/// The participants' budgets added up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetTotal {
    /// Sum of the budgets that are filled in (exact, not rounded: budgets are entered in cents).
    pub total: Money,
    /// How many participants have a budget.
    pub with_budget: usize,
    /// Ids of participants without a budget (their share is not in the total).
    pub without_budget: Vec<String>,
}

impl BudgetTotal {
    /// Whether every participant has a budget (and there is at least one participant).
    pub fn is_complete(&self) -> bool {
        self.without_budget.is_empty() && self.with_budget > 0
    }
}

/// The budget total of the participants.
pub fn budget_total(participants: &[Participant]) -> Result<BudgetTotal, TooLarge> {
    let mut total = Decimal::ZERO;
    let mut with_budget = 0;
    let mut without_budget = Vec::new();
    for p in participants {
        match p.budget {
            Some(b) => {
                total = total.checked_add(b.0).ok_or(TooLarge)?;
                with_budget += 1;
            }
            None => without_budget.push(p.id.clone()),
        }
    }
    Ok(BudgetTotal { total: Money(total), with_budget, without_budget })
}

/// The contract value against the participants' budgets, like with like: a budget per year
/// counts for the contract's months (options included, as in the value), a budget for the
/// whole contract as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetShortfall {
    /// The estimated contract value.
    pub value: Money,
    /// The budgets over the same months, added up.
    pub budgets: Money,
    /// The months both cover.
    pub months: u64,
}

/// The participants that have a budget without saying what period it covers (ids).
pub fn budgets_without_period(participants: &[Participant]) -> Vec<String> {
    participants.iter().filter(|p| p.budget.is_some() && p.budget_period.is_none()).map(|p| p.id.clone()).collect()
}

/// Whether the estimated contract value exceeds the participants' budgets over the same
/// period. `None` when it does not, or when the comparison cannot be made honestly: the
/// value cannot be computed, a participant has no budget, or a budget has no period (step 1
/// asks for it).
pub fn budget_shortfall(d: &Dossier) -> Option<BudgetShortfall> {
    let value = estimated_contract_value(d).ok()?;
    let ps = &d.exploration.participants;
    if ps.is_empty() {
        return None;
    }
    let mut budgets = Decimal::ZERO;
    for p in ps {
        let b = p.budget?.0;
        let over_contract = match p.budget_period? {
            BudgetPeriod::WholeContract => b,
            BudgetPeriod::PerYear => b
                .checked_mul(Decimal::from(value.months))?
                .checked_div(Decimal::from(12u8))?
                .round_dp_with_strategy(2, MONEY_ROUNDING),
        };
        budgets = budgets.checked_add(over_contract)?;
    }
    (value.total.0 > budgets).then_some(BudgetShortfall {
        value: value.total,
        budgets: Money(budgets),
        months: value.months,
    })
}

/// Contracts of at most this many months are short: one year or less, as the one-year
/// contracts of the guide's cases (Amsterdam, Roermond; *Inkoop en innovatie* §3.3).
pub const SHORT_CONTRACT_MONTHS: u32 = 12;

/// Whether a contract of this many months (options not counted: an option is not a promise)
/// is short. The guide (§2.3): the duration of the contract is an important risk for a
/// provider, and with short contracts a provider is less inclined to invest than with long
/// ones. Step 3 warns when the chosen duration is short; the text is in `i18n::labels`.
pub fn is_short_contract(contract_months: u32) -> bool {
    contract_months <= SHORT_CONTRACT_MONTHS
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    /// The walkthrough's false alarm (issue 17): three annual budgets of € 150.000 against
    /// € 1.350.000 over 36 months. Per year they cover € 1.350.000 exactly: no shortfall.
    #[test]
    fn budgets_are_compared_over_the_same_months() {
        let mut d = Dossier::default();
        d.procedure.estimated_price = Some(Money(Decimal::from(7500)));
        d.specification.contract_months = Some(24);
        d.specification.option_months = Some(12);
        d.exploration.participants = ["h", "d", "o"]
            .iter()
            .map(|id| Participant {
                id: (*id).into(),
                trajectories: Some(20),
                budget: Some(Money(Decimal::from(150_000))),
                ..Participant::default()
            })
            .collect();
        assert_eq!(estimated_contract_value(&d).map(|v| v.total), Ok(Money(Decimal::from(1_350_000))));
        assert_eq!(budgets_without_period(&d.exploration.participants), ["h", "d", "o"]);
        assert_eq!(budget_shortfall(&d), None, "without periods nothing is compared");
        for p in &mut d.exploration.participants {
            p.budget_period = Some(BudgetPeriod::PerYear);
        }
        assert!(budgets_without_period(&d.exploration.participants).is_empty());
        assert_eq!(budget_shortfall(&d), None, "3 × 150.000 × 36 / 12 = 1.350.000: enough");
        d.exploration.participants[0].budget = Some(Money(Decimal::from(149_999)));
        assert_eq!(
            budget_shortfall(&d),
            Some(BudgetShortfall {
                value: Money(Decimal::from(1_350_000)),
                budgets: Money(Decimal::from(1_349_997)),
                months: 36
            })
        );
        // The same sums as budgets for the whole contract do fall short, by far.
        for p in &mut d.exploration.participants {
            p.budget_period = Some(BudgetPeriod::WholeContract);
        }
        let s = budget_shortfall(&d).expect("short");
        assert_eq!(s.budgets, Money(Decimal::from(449_999)));
        // A participant without a budget: no comparison.
        d.exploration.participants[2].budget = None;
        assert_eq!(budget_shortfall(&d), None);
    }

    #[test]
    fn a_contract_of_a_year_or_less_is_short() {
        for months in [1, 6, 11, 12] {
            assert!(is_short_contract(months), "{months}");
        }
        for months in [13, 18, 24, 36] {
            assert!(!is_short_contract(months), "{months}");
        }
        // Options do not make a contract longer: 12 months plus 12 optional is still short.
        let d = dossier(Some("5000"), Some(12), Some(12), vec![participant("a", Some(10), None)]);
        assert!(d.specification.contract_months.is_some_and(is_short_contract));
    }

    fn money(s: &str) -> Money {
        Money(Decimal::from_str(s).expect("literal"))
    }

    fn participant(id: &str, trajectories: Option<u32>, budget: Option<&str>) -> Participant {
        Participant {
            id: id.into(),
            name: format!("Gemeente {id}"),
            trajectories,
            budget: budget.map(money),
            ..Default::default()
        }
    }

    fn dossier(price: Option<&str>, contract: Option<u32>, options: Option<u32>, ps: Vec<Participant>) -> Dossier {
        let mut d = Dossier::default();
        d.procedure.estimated_price = price.map(money);
        d.specification.contract_months = contract;
        d.specification.option_months = options;
        d.exploration.participants = ps;
        d
    }

    #[test]
    fn hand_computed_130_trajectories_of_5000_over_24_months() {
        // 130 per year × € 5.000 × 24/12 = € 1.300.000,00
        let d = dossier(Some("5000"), Some(24), None, vec![participant("a", Some(130), None)]);
        let v = estimated_contract_value(&d).expect("value");
        assert_eq!(v.total, money("1300000.00"));
        assert_eq!(v.trajectories_per_year, 130);
        assert_eq!(v.months, 24);
        // Roermond: 130 trajectories spread over 24 months is 65 per year: € 650.000,00
        assert_eq!(contract_value(money("5000"), 65, 24), Some(money("650000")));
    }

    #[test]
    fn joint_purchase_adds_up_all_participants_and_options() {
        // (10 + 15 + 20) × € 6.000 × (12 + 6)/12 = 45 × 6000 × 1.5 = € 405.000
        let d = dossier(
            Some("6000"),
            Some(12),
            Some(6),
            vec![participant("a", Some(10), None), participant("b", Some(15), None), participant("c", Some(20), None)],
        );
        let v = estimated_contract_value(&d).expect("value");
        assert_eq!(v.total, money("405000"));
        assert_eq!(v.participants, 3);
        assert_eq!(v.months, 18);
    }

    #[test]
    fn rounds_to_cents_half_away_from_zero() {
        // 0.01 × 1 × 1/12 = 0.000833.. -> 0.00 ; 0.06 × 1 × 1/12 = 0.005 -> 0.01 (not banker's 0.00)
        assert_eq!(contract_value(money("0.01"), 1, 1), Some(money("0.00")));
        assert_eq!(contract_value(money("0.06"), 1, 1), Some(money("0.01")));
        // € 4.999,99 × 7 × 5/12 = 14583.304166.. -> 14583.30
        assert_eq!(contract_value(money("4999.99"), 7, 5), Some(money("14583.30")));
        // one third of a year: 1000 × 1 × 4/12 = 333.333.. -> 333.33
        assert_eq!(contract_value(money("1000"), 1, 4), Some(money("333.33")));
    }

    #[test]
    fn zero_inputs_give_zero_not_a_problem() {
        assert_eq!(contract_value(Money::ZERO, 100, 12), Some(Money::ZERO));
        assert_eq!(contract_value(money("5000"), 0, 12), Some(Money::ZERO));
        assert_eq!(contract_value(money("5000"), 10, 0), Some(Money::ZERO));
        let d = dossier(Some("5000"), Some(12), None, vec![participant("a", Some(0), None)]);
        assert_eq!(estimated_contract_value(&d).map(|v| v.total), Ok(Money::ZERO));
    }

    #[test]
    fn lists_every_missing_input_by_name() {
        let d = dossier(None, None, None, vec![participant("a", Some(3), None), participant("b", None, None)]);
        assert_eq!(
            estimated_contract_value(&d),
            Err(ContractValueProblem::Missing(vec![
                MissingInput::Trajectories { participant_id: "b".into() },
                MissingInput::ContractMonths,
                MissingInput::EstimatedPrice,
            ]))
        );
        let empty = Dossier::default();
        assert_eq!(
            estimated_contract_value(&empty),
            Err(ContractValueProblem::Missing(vec![
                MissingInput::Participants,
                MissingInput::ContractMonths,
                MissingInput::EstimatedPrice,
            ]))
        );
        // Only a participant's trajectories missing: still a problem.
        let d = dossier(Some("1"), Some(12), None, vec![participant("x", None, None)]);
        assert_eq!(
            estimated_contract_value(&d),
            Err(ContractValueProblem::Missing(vec![MissingInput::Trajectories { participant_id: "x".into() }]))
        );
    }

    #[test]
    fn huge_numbers_never_panic() {
        let max = Money(Decimal::MAX);
        assert_eq!(contract_value(max, u64::MAX, u64::MAX), None);
        assert_eq!(contract_value(max, 2, 12), None);
        // MAX × 1 × 12 overflows before the division by 12: reported, not wrapped.
        assert_eq!(contract_value(max, 1, 12), None);
        let d = dossier(
            Some("1000000000000"),
            Some(u32::MAX),
            Some(u32::MAX),
            (0..50).map(|i| participant(&i.to_string(), Some(u32::MAX), None)).collect(),
        );
        // 1e12 × 50·(2^32−1) × 2·(2^32−1)/12 ≈ 1.5e32 > Decimal::MAX ≈ 7.9e28
        assert_eq!(estimated_contract_value(&d), Err(ContractValueProblem::TooLarge));
        // Large but representable: exact.
        assert_eq!(
            contract_value(money("1000000000000"), u64::from(u32::MAX), 12),
            Some(money("4294967295000000000000"))
        );
    }

    #[test]
    fn budget_total_adds_what_is_there_and_names_what_is_not() {
        let ps = vec![
            participant("a", None, Some("100000.50")),
            participant("b", None, None),
            participant("c", None, Some("25000.25")),
        ];
        let b = budget_total(&ps).expect("sum");
        assert_eq!(b.total, money("125000.75"));
        assert_eq!(b.with_budget, 2);
        assert_eq!(b.without_budget, vec!["b".to_string()]);
        assert!(!b.is_complete());
        let none = budget_total(&[]).expect("sum");
        assert_eq!(none.total, Money::ZERO);
        assert!(!none.is_complete());
        let huge = vec![
            Participant { budget: Some(Money(Decimal::MAX)), ..Default::default() },
            Participant { budget: Some(Money(Decimal::MAX)), ..Default::default() },
        ];
        assert_eq!(budget_total(&huge), Err(TooLarge));
    }
}
