//! Texts of the bonus/malus settlement (`features::wizard::settlement`): the table per
//! municipality of step 7, the account of step 8, and the payout chart. The problems of the
//! rule itself are worded in [`super::scoring::incentive_problem_message`].

use super::{Lang, Tr};

pub const TITLE: Tr = Tr::new("Bonus en inhouding volgens het contract", "Bonus and withholding under the contract");
pub const NOT_ENABLED: Tr =
    Tr::new("Het contract heeft geen bonus-malusregeling (stap 3).", "The contract has no bonus/malus rule (step 3).");
/// How the figures are computed, under the table.
pub const RULE_NOTE: Tr = Tr::new(
    "Bonus = bonusdeel × gemiddelde trajectprijs × plaatsingen boven het afgesproken aantal; \
     inhouding = malusdeel × gemiddelde trajectprijs × plaatsingen onder het afgesproken aantal. \
     Het afgesproken aantal is percentage × gestarte trajecten, exact (ook als dat geen heel getal is); \
     bedragen worden pas aan het eind op centen afgerond (half naar boven). Dat exacte rekenen is een keuze \
     van Inkoopwijzer: Apeldoorns regeling spreekt alleen van 'elke plaatsing boven het afgesproken \
     percentage'.",
    "Bonus = bonus share × average trajectory price × placements above the agreed number; \
     withheld = malus share × average trajectory price × placements below it. The agreed number \
     is rate × trajectories started, exactly (also when it is not whole); amounts are rounded to \
     cents only at the end (half away from zero). Counting exactly is Inkoopwijzer's choice: \
     Apeldoorn's rule only speaks of 'each placement above the agreed rate'.",
);

// ---- columns of the settlement (step 7) and the account (step 8)
pub const COL_MUNI: Tr = Tr::new("Gemeente", "Municipality");
pub const COL_STARTED: Tr = Tr::new("Gestart", "Started");
pub const COL_RESULTS: Tr = Tr::new("Resultaat", "Results");
pub const COL_AGREED: Tr = Tr::new("Afgesproken", "Agreed");
pub const COL_BONUS: Tr = Tr::new("Bonus", "Bonus");
pub const COL_WITHHELD: Tr = Tr::new("Inhouding", "Withheld");
pub const COL_NET: Tr = Tr::new("Saldo", "Net");
pub const COL_COST: Tr = Tr::new("Betaald", "Paid");
pub const COL_TOTAL_COST: Tr = Tr::new("Betaald incl. saldo", "Paid incl. net");
pub const TOTAL: Tr = Tr::new("Totaal", "Total");
/// After the total when a municipality's figures are missing: "Totaal (onvolledig)".
pub const INCOMPLETE: Tr = Tr::new("onvolledig", "incomplete");

// ---- the payout chart
pub const CHART_TITLE: Tr = Tr::new(
    "Uitbetaling tegen het aantal plaatsingen (alle gemeenten samen)",
    "Payout against the number of placements (all municipalities together)",
);
/// The unit of the x axis.
pub const CHART_X: Tr = Tr::new("plaatsingen", "placements");

/// The text alternative of the payout chart: the payout at 0 placements (`first`) and at
/// `trajectories` placements (`last`).
pub fn payout_chart_label(first: &str, trajectories: u32, last: &str, lang: Lang) -> String {
    let (title, x) = (CHART_TITLE.get(lang), CHART_X.get(lang));
    format!("{title}: 0 {x} → {first}; {trajectories} {x} → {last}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_label_names_both_ends() {
        assert_eq!(
            payout_chart_label("€ 0,00", 12, "€ 9.000,00", Lang::Nl),
            "Uitbetaling tegen het aantal plaatsingen (alle gemeenten samen): 0 plaatsingen → € 0,00; \
             12 plaatsingen → € 9.000,00"
        );
    }
}
