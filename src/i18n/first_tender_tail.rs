//! Texts of the rest of issue 17 ("a policy officer's first tender"): the robust default price
//! formula and why its bounds are published, optional sections the documents leave out or
//! phrase as an arrangement, a calculation under an invalid amount, and equal totals.

use super::Tr;

// ---- the default price formula (fixed, published bounds)

/// Step 3's open point while the fixed-bounds formula (a new dossier's default) has no bounds:
/// what to enter and why the bounds are published.
pub const BOUNDS_MISSING: Tr = Tr::new(
    "Vul de onder- en bovengrens van de prijs in. Die grenzen staan in het bestek, zodat elke \
     inschrijver vooraf weet hoeveel punten zijn prijs oplevert. Elke inschrijving wordt dan op \
     zichzelf gescoord: een extra of een ingetrokken inschrijving kan de volgorde van de andere \
     niet omdraaien.",
    "Enter the lower and upper price bounds. They are published in the bestek, so that every \
     bidder knows in advance how many points its price earns. Each bid is then scored on its own: \
     an extra or a withdrawn bid cannot reverse the order of the others.",
);

// ---- the documents: optional fields left empty

/// The bestek's "Contact en overleg" when the dossier says nothing of its own: the arrangement,
/// in the third person, instead of a placeholder.
pub const CONTACTS_ARRANGED_AT_START: Tr = Tr::new(
    "De opdrachtgever en de opdrachtnemer spreken bij de start van de uitvoering af wie elkaars \
     aanspreekpunten zijn en hoe vaak zij overleggen over de voortgang.",
    "At the start of the work, the buyer and the contractor agree who their contact persons are \
     and how often they meet to discuss progress.",
);
