//! Texts of issue 17, "a policy officer's first tender": the price criterion that must not be
//! missed, the procedure checked against the contract value and the regime, and the light
//! regime for social services as a choice of its own.

use super::{Lang, Tr};
use crate::domain::contract::BudgetShortfall;
use crate::domain::dossier::{BudgetPeriod, ProcedureKind, SettlementBasis};
use crate::domain::thresholds::ProcedureMismatch;

fn q(name: &str) -> String {
    format!("‘{name}’")
}

// ---- the price criterion

/// Step 3's open point, and the note in the criteria editor: a weighted price formula is
/// chosen but no criterion is of kind price.
pub const NO_PRICE_CRITERION: Tr = Tr::new(
    "Geen gunningscriterium is van de soort Prijs, terwijl u een prijsformule kiest: zo telt de \
     prijs niet mee. Zet bij het prijscriterium de Soort op Prijs, of voeg er een toe.",
    "No award criterion is of kind Price while you choose a price formula: the price would not \
     count. Set the Kind of the price criterion to Price, or add one.",
);

/// Step 3's open point and the bid page's blocking problem: the criterion named after the
/// price is of kind quality.
pub fn price_criterion_is_quality(name: &str, lang: Lang) -> String {
    let n = q(name);
    match lang {
        Lang::Nl => format!(
            "Het criterium {n} staat op de soort Kwaliteit, maar de naam zegt dat het de prijs is. Dan \
             moeten de beoordelaars de prijs met de hand scoren en telt de prijsformule niet. Zet in \
             stap 3 de Soort van {n} op Prijs."
        ),
        Lang::En => format!(
            "The criterion {n} is of kind Quality, but its name says it is the price. The evaluators \
             would then score the price by hand and the price formula would not count. In step 3, \
             set the Kind of {n} to Price."
        ),
    }
}

/// The button beside that note: make the criterion the price criterion.
pub fn make_price_criterion(name: &str, lang: Lang) -> String {
    let n = q(name);
    match lang {
        Lang::Nl => format!("Maak {n} het prijscriterium"),
        Lang::En => format!("Make {n} the price criterion"),
    }
}

/// The note after the editor set the kind from the name.
pub fn kind_follows_name(name: &str, lang: Lang) -> String {
    let n = q(name);
    match lang {
        Lang::Nl => format!(
            "De soort van {n} staat op Prijs, omdat de naam over de prijs gaat: de prijsformule \
             scoort dit criterium. Bedoelt u iets anders, kies dan Kwaliteit."
        ),
        Lang::En => format!(
            "The kind of {n} is set to Price because its name is about the price: the price formula \
             scores this criterion. If you mean something else, choose Quality."
        ),
    }
}

/// The add button for the price criterion, shown while there is none.
pub const ADD_PRICE_CRITERION: Tr = Tr::new("Prijscriterium toevoegen", "Add the price criterion");
/// The name a price criterion added by that button gets.
pub const PRICE_CRITERION_NAME: Tr = Tr::new("Prijs", "Price");

// ---- the procedure against the value and the regime

/// Why a chosen procedure does not fit, and what fits instead.
pub fn procedure_does_not_fit(m: &ProcedureMismatch, lang: Lang) -> String {
    let style = lang.number_style();
    let value = m.value.format(style);
    let threshold = m.threshold.format(style);
    let nl = lang == Lang::Nl;
    match (m.kind, m.european, nl) {
        (ProcedureKind::Private, true, true) => format!(
            "Een onderhandse procedure past niet bij deze opdracht: de geraamde waarde ({value}) ligt \
             boven de drempel ({threshold}), en dan moet u de opdracht aankondigen. Kies het verlichte \
             regime voor sociale diensten of een Europese (niet-)openbare procedure."
        ),
        (ProcedureKind::Private, true, false) => format!(
            "A private procedure does not fit this contract: the estimated value ({value}) is above the \
             threshold ({threshold}), and then you must announce the contract. Choose the light regime \
             for social services or a European open or restricted procedure."
        ),
        (ProcedureKind::LightRegime, true, true) => format!(
            "Het verlichte regime geldt alleen voor sociale en andere specifieke diensten. Voor gewone \
             diensten boven de drempel ({threshold}) kiest u een Europese openbare of niet-openbare \
             procedure, of u zet de soort dienst op sociale diensten als dat klopt."
        ),
        (ProcedureKind::LightRegime, true, false) => format!(
            "The light regime applies only to social and other specific services. For ordinary \
             services above the threshold ({threshold}) choose a European open or restricted \
             procedure, or set the kind of service to social services if that is right."
        ),
        (ProcedureKind::LightRegime, false, true) => format!(
            "Het verlichte regime is er voor opdrachten boven de drempel ({threshold}); deze opdracht \
             ({value}) ligt eronder. Kies een nationale procedure: onderhands, openbaar of niet-openbaar."
        ),
        (ProcedureKind::LightRegime, false, false) => format!(
            "The light regime is for contracts above the threshold ({threshold}); this contract ({value}) \
             is below it. Choose a national procedure: private, open or restricted."
        ),
        // Open and restricted fit every value and regime; kept for completeness of the match.
        (_, _, true) => {
            format!("Deze procedure past niet bij de geraamde waarde ({value}) en de drempel ({threshold}).")
        }
        (_, _, false) => {
            format!("This procedure does not fit the estimated value ({value}) and the threshold ({threshold}).")
        }
    }
}

/// The light regime as a procedure choice in step 5 (`ProcedureKind::LightRegime`).
pub const LIGHT_REGIME_LABEL: Tr = Tr::new(
    "Verlicht regime voor sociale diensten (aankondigen, eigen procedure)",
    "Light regime for social services (announce, own procedure)",
);
pub const LIGHT_REGIME_EXPLANATION: Tr = Tr::new(
    "Voor sociale en andere specifieke diensten boven de drempel, waar re-integratie meestal onder \
     valt. U kondigt de opdracht vooraf openbaar aan, richt zelf een proportionele procedure \
     in met criteria die vooraf bekend zijn en die gelijke behandeling en transparantie waarborgt, \
     en maakt de gunning achteraf bekend. Onder de drempel is dit regime niet nodig.",
    "For social and other specific services above the threshold, where re-integration usually \
     belongs. You announce the contract publicly in advance, design a proportionate \
     procedure of your own with criteria known in advance that ensures equal treatment and \
     transparency, and announce the award afterwards. Below the threshold this regime is not needed.",
);

// ---- the bonus/malus settlement rule

/// The row of the projectplan's settlement table when the rule is settled once.
pub const WHOLE_CONTRACT_ROW: Tr =
    Tr::new("Hele opdracht (alle deelnemers samen)", "Whole contract (all participants together)");

/// The basis as a choice in step 3, with its explanation.
pub fn settlement_basis(b: SettlementBasis) -> (Tr, Tr) {
    match b {
        SettlementBasis::WholeContract => (
            Tr::new("Over de hele opdracht", "Over the whole contract"),
            Tr::new(
                "Eén afrekening op alle trajecten en plaatsingen samen, zoals Apeldoorn het \
                 plaatsingspercentage van de aanbieder afrekende. Een bonus of inhouding wordt over de \
                 gemeenten verdeeld naar het aantal trajecten dat voor elk is gestart.",
                "One settlement on all trajectories and placements together, as Apeldoorn settled the \
                 provider's placement rate. A bonus or withholding is shared among the municipalities by \
                 the number of trajectories started for each.",
            ),
        ),
        SettlementBasis::PerParticipant => (
            Tr::new("Per gemeente", "Per municipality"),
            Tr::new(
                "Elke gemeente rekent af op haar eigen trajecten en plaatsingen, zoals wanneer elke \
                 gemeente haar eigen klanten betaalt en verantwoordt (Holland Rijnland). Dan kan de \
                 som een inhouding zijn terwijl de aanbieder over het geheel precies op het \
                 afgesproken percentage zit.",
                "Each municipality settles on its own trajectories and placements, as when every \
                 municipality pays and accounts for its own clients (Holland Rijnland). The sum can \
                 then be a withholding while the provider is exactly on the agreed rate overall.",
            ),
        ),
    }
}

/// The label of the basis choice.
pub const SETTLEMENT_BASIS_LABEL: Tr = Tr::new("Afrekenen van de bonus/malus", "Settling the bonus/malus");

/// The sentence in the bestek and the projectplan that states the basis, for a joint purchase.
pub fn settlement_basis_sentence(b: SettlementBasis) -> Tr {
    match b {
        SettlementBasis::WholeContract => Tr::new(
            "De regeling wordt eenmaal toegepast op alle trajecten en plaatsingen van de opdracht \
             samen, niet per deelnemende gemeente. Een bonus of inhouding wordt over de deelnemers \
             verdeeld naar het aantal trajecten dat voor elk van hen is gestart.",
            "The rule is applied once to all trajectories and placements of the contract together, \
             not per participating municipality. A bonus or withholding is shared among the \
             participants by the number of trajectories started for each of them.",
        ),
        SettlementBasis::PerParticipant => Tr::new(
            "De regeling wordt per deelnemende gemeente toegepast, op de trajecten en plaatsingen van \
             die gemeente; iedere gemeente verrekent haar eigen bonus of inhouding met de opdrachtnemer.",
            "The rule is applied per participating municipality, to that municipality's trajectories \
             and placements; each municipality settles its own bonus or withholding with the contractor.",
        ),
    }
}

/// The note under step 7's settlement table: which rule the figures are settled by.
pub fn settlement_note(b: SettlementBasis) -> Tr {
    match b {
        SettlementBasis::WholeContract => Tr::new(
            "Afgerekend over de hele opdracht (stap 3): één afrekening op alle gestarte trajecten en \
             plaatsingen samen, zodra elke gemeente haar cijfers heeft; het aandeel per gemeente volgt \
             het aantal gestarte trajecten.",
            "Settled over the whole contract (step 3): one settlement on all trajectories started and \
             placements together, once every municipality has its figures; each municipality's share \
             follows its trajectories started.",
        ),
        SettlementBasis::PerParticipant => Tr::new(
            "Afgerekend per gemeente (stap 3): elke gemeente op haar eigen gestarte trajecten en \
             plaatsingen; het totaal is de som.",
            "Settled per municipality (step 3): each municipality on its own trajectories started and \
             placements; the total is the sum.",
        ),
    }
}

/// The note above the simulator's chart: where its N comes from and by which rule it settles.
pub fn simulator_note(b: SettlementBasis, per_year: u32, participants: usize, lang: Lang) -> String {
    let from = match (per_year, lang) {
        (0, Lang::Nl) => {
            "Het aantal trajecten begint op 20, omdat stap 1 nog geen trajecten per jaar heeft.".to_string()
        }
        (0, Lang::En) => {
            "The number of trajectories starts at 20, as step 1 has no trajectories per year yet.".to_string()
        }
        (n, Lang::Nl) => {
            format!("Het aantal trajecten begint op {n}: de trajecten per jaar van de deelnemers (stap 1).")
        }
        (n, Lang::En) => {
            format!("The number of trajectories starts at {n}: the participants' trajectories per year (step 1).")
        }
    };
    let rule = match (b, participants > 1, lang) {
        (SettlementBasis::PerParticipant, true, Lang::Nl) => {
            "Afgerekend per gemeente (stap 3): trajecten en plaatsingen zijn naar rato over de gemeenten verdeeld, \
             en elke gemeente rekent apart af."
        }
        (SettlementBasis::PerParticipant, true, Lang::En) => {
            "Settled per municipality (step 3): trajectories and placements are spread over the municipalities \
             in proportion, and each settles on its own."
        }
        (_, _, Lang::Nl) => "Afgerekend over de hele opdracht (stap 3).",
        (_, _, Lang::En) => "Settled over the whole contract (step 3).",
    };
    format!("{from} {rule}")
}

// ---- budget periods

/// The label of a participant's budget period.
pub const BUDGET_PERIOD_LABEL: Tr = Tr::new("Budget geldt voor", "Budget covers");
/// The empty choice of the budget period.
pub const BUDGET_PERIOD_UNSET: Tr = Tr::new("– kies –", "– choose –");

pub fn budget_period(p: BudgetPeriod) -> Tr {
    match p {
        BudgetPeriod::PerYear => Tr::new("per jaar", "per year"),
        BudgetPeriod::WholeContract => Tr::new("de hele opdracht (met opties)", "the whole contract (with options)"),
    }
}

/// Step 1's open point: budgets without a period.
pub fn budget_period_missing(names: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "Zeg voor {names} of het budget per jaar geldt of voor de hele opdracht; anders kan de wijzer het \
             niet eerlijk naast de opdrachtwaarde leggen."
        ),
        Lang::En => format!(
            "Say for {names} whether the budget is per year or for the whole contract; otherwise the guide \
             cannot compare it fairly with the contract value."
        ),
    }
}

/// Step 1's open point and the projectplan's note: the contract value exceeds the budgets over
/// the same months.
pub fn value_exceeds_budgets(s: &BudgetShortfall, lang: Lang) -> String {
    let style = lang.number_style();
    let (value, budgets, months) = (s.value.format(style), s.budgets.format(style), s.months);
    match lang {
        Lang::Nl => format!(
            "Let op: de geraamde waarde van de hele opdracht, inclusief opties ({value}), is hoger dan de \
             budgetten over dezelfde {months} maanden samen ({budgets})."
        ),
        Lang::En => format!(
            "Note: the estimated value of the whole contract, options included ({value}), is higher than the \
             budgets over the same {months} months together ({budgets})."
        ),
    }
}

/// A budget in a document with the period it covers: `€ 150.000,00 per jaar`; as it is when
/// the period is not known.
pub fn budget_with_period(amount: &str, period: Option<BudgetPeriod>, lang: Lang) -> String {
    match (period, lang) {
        (None, _) => amount.to_string(),
        (Some(BudgetPeriod::PerYear), Lang::Nl) => format!("{amount} per jaar"),
        (Some(BudgetPeriod::PerYear), Lang::En) => format!("{amount} per year"),
        (Some(BudgetPeriod::WholeContract), Lang::Nl) => format!("{amount} voor de hele opdracht"),
        (Some(BudgetPeriod::WholeContract), Lang::En) => format!("{amount} for the whole contract"),
    }
}

// ---- asked once: what the dossier already knows

/// The button that takes a suggestion over.
pub const TAKE_OVER: Tr = Tr::new("Overnemen", "Use this");

/// Step 6: the start date the timeline of step 5 has (`date` written out).
pub fn start_date_from_timeline(date: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("De planning in stap 5 noemt {date} als start."),
        Lang::En => format!("The timeline in step 5 gives {date} as the start."),
    }
}

/// Step 7: the winning bid's price as the contract's average trajectory price.
pub fn average_price_from_winner(price: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("De winnende offerte (Offertes vergelijken) heeft een trajectprijs van {price}."),
        Lang::En => format!("The winning bid (Compare bids) has a trajectory price of {price}."),
    }
}
