//! Texts of the award-criteria editor in step 3 (`features::wizard::criteria`): the table of
//! criteria with their weights, the live total, and the bounds of the price formula. The
//! formulas' own names and explanations are in [`super::scoring`].

use super::{Lang, Tr};
use crate::domain::money::Percent;
use crate::domain::scoring::weights::{WeightStatus, WeightTotal};

// ---- the table
pub const NAME: Tr = Tr::new("Criterium", "Criterion");
pub const KIND: Tr = Tr::new("Soort", "Kind");
pub const WEIGHT: Tr = Tr::new("Weging", "Weight");
pub const PRICE: Tr = Tr::new("Prijs", "Price");
pub const QUALITY: Tr = Tr::new("Kwaliteit", "Quality");
pub const ADD: Tr = Tr::new("Criterium toevoegen", "Add criterion");
pub const TOTAL: Tr = Tr::new("Totaal", "Total");

// ---- the message under the live total
pub const TOTAL_OK: Tr = Tr::new("De wegingen tellen op tot 100 %.", "The weights add up to 100%.");
pub const TOTAL_BELOW: Tr = Tr::new("Nog te verdelen:", "Still to distribute:");
pub const TOTAL_ABOVE: Tr = Tr::new(
    "Te veel: de wegingen tellen op tot meer dan 100 %. Over:",
    "Too much: the weights add up to more than 100%. Excess:",
);
pub const TOTAL_MISSING: Tr = Tr::new(
    "Nog niet elk criterium heeft een weging. Zonder weging:",
    "Not every criterion has a weight yet. Without a weight:",
);

/// The message under the live total: complete, what is left or too much, or how many
/// criteria have no weight yet.
pub fn weight_total_message(t: &WeightTotal, lang: Lang) -> String {
    let style = lang.number_style();
    match t.status {
        WeightStatus::Complete => TOTAL_OK.get(lang).to_string(),
        WeightStatus::Below => format!("{} {}", TOTAL_BELOW.get(lang), Percent(t.remaining).format(style)),
        WeightStatus::Above => format!("{} {}", TOTAL_ABOVE.get(lang), Percent(-t.remaining).format(style)),
        WeightStatus::Incomplete => format!("{} {}", TOTAL_MISSING.get(lang), t.missing),
    }
}

// ---- the price formula
pub const LOW: Tr =
    Tr::new("Ondergrens (prijs die de volle punten krijgt)", "Lower bound (price that gets full points)");
pub const HIGH: Tr = Tr::new("Bovengrens (prijs die nul punten krijgt)", "Upper bound (price that gets zero points)");
pub const VALUE_PER_POINT: Tr =
    Tr::new("Waarde van één kwaliteitspunt (per traject)", "Value of one quality point (per trajectory)");
/// After [`VALUE_PER_POINT`] when the formula converts quality into money.
pub const VALUE_PER_POINT_WHERE: Tr = Tr::new(
    "vul bij de vergelijking van de offertes per kwaliteitscriterium in wat één punt waard is.",
    "enter, in the bid comparison, what one point is worth for each quality criterion.",
);
