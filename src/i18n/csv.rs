//! Header and label texts of the CSV export of the bid comparison (`render::csv`). The
//! findings it lists are worded by [`super::scoring`].

use super::Tr;

pub const RANK: Tr = Tr::new("Rang", "Rank");
pub const BIDDER: Tr = Tr::new("Inschrijver", "Bidder");
pub const PRICE: Tr = Tr::new("Prijs per traject (€)", "Price per trajectory (€)");
pub const PLACEMENT_RATE: Tr = Tr::new("Plaatsingspercentage (%)", "Placement rate (%)");
pub const LEAD_TIME: Tr = Tr::new("Doorlooptijd (weken)", "Lead time (weeks)");
pub const COST_PER_RESULT: Tr = Tr::new("Kosten per resultaat (€)", "Cost per result (€)");
pub const TOTAL_POINTS: Tr = Tr::new("Totaalscore (punten)", "Total (points)");
pub const TOTAL_EUROS: Tr = Tr::new("Fictieve prijs (€)", "Fictive price (€)");
pub const STATUS: Tr = Tr::new("Status", "Status");
pub const WINNER: Tr = Tr::new("Winnaar", "Winner");
pub const PRICE_COLUMN: Tr = Tr::new("Prijs", "Price");
pub const POINTS_SUFFIX: Tr = Tr::new("punten", "points");
pub const EUROS_SUFFIX: Tr = Tr::new("€", "€");
pub const OUTCOME: Tr = Tr::new("Uitkomst", "Outcome");
pub const FORMULA: Tr = Tr::new("Prijsformule", "Price formula");
pub const TIE_BREAK: Tr = Tr::new("Bij gelijke score", "Tie-break rule");
pub const ROUNDING: Tr = Tr::new("Afronding", "Rounding");
pub const OTHER_FORMULAS: Tr = Tr::new("Andere formules", "Other formulas");
pub const NOT_AVAILABLE: Tr = Tr::new("niet te berekenen", "cannot be computed");
pub const RANK_REVERSAL: Tr = Tr::new("Rangorde-omkering", "Rank reversal");
pub const NONE_FOUND: Tr = Tr::new("niet gevonden", "none found");
pub const SENSITIVITY: Tr = Tr::new("Gevoeligheid voor de weging", "Weight sensitivity");
pub const POINT_VALUE: Tr = Tr::new("Waarde van een punt", "Worth of a point");
pub const NO_OUTCOME: Tr = Tr::new("Nog geen geldige uitkomst", "No valid outcome yet");
pub const PROBLEMS: Tr = Tr::new("Op te lossen", "To solve");
pub const WARNINGS: Tr = Tr::new("Let op", "Warnings");
