//! Step 7, Monitoring: the labels and help texts of its fields, and the columns of the
//! figures per municipality.

use super::FieldTexts;
use crate::i18n::Tr;

// ---- fields

pub(super) const AVERAGE_PRICE: FieldTexts = (
    Tr::new("Gemiddelde trajectprijs (contract)", "Average trajectory price (contract)"),
    Tr::new(
        "De gemiddelde prijs van een traject volgens het contract. De bonus en de malus worden \
         als percentage van dit bedrag berekend.",
        "The average price of a trajectory under the contract. The bonus and the malus are \
         calculated as a percentage of this amount.",
    ),
);

pub(super) const MONITOR_FIGURES: FieldTexts = (
    Tr::new("Voortgang per gemeente", "Progress per municipality"),
    Tr::new(
        "Vul per gemeente in hoeveel klanten zijn gestart en hoeveel het afgesproken resultaat \
         haalden. De wijzer berekent het plaatsingspercentage en legt het naast de norm uit het \
         contract.",
        "Enter per municipality how many clients started and how many reached the agreed \
         result. The guide calculates the placement rate and compares it with the norm in the \
         contract.",
    ),
);

pub(super) const MONITORING_NOTES: FieldTexts = (
    Tr::new("Bevindingen", "Findings"),
    Tr::new(
        "Wat valt op in de rapportages en gesprekken? Bijvoorbeeld: 'Instroom in gemeente B \
         blijft achter; afgesproken dat klantmanagers vóór 1 maart vijf klanten aanmelden.'",
        "What stands out in the reports and meetings? For example: 'Inflow from municipality B \
         is lagging; agreed that its case managers refer five clients before 1 March.'",
    ),
);

// ---- parts inside the fields (`labels::sub`)

pub const FIGURES_STARTED: Tr = Tr::new("Gestart", "Started");
pub const FIGURES_RESULTS: Tr = Tr::new("Resultaat behaald", "Result reached");
pub const FIGURES_COST: Tr = Tr::new("Betaald", "Paid");
