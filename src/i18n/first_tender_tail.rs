//! Texts of the rest of issue 17 ("a policy officer's first tender"): the robust default price
//! formula and why its bounds are published, optional sections the documents leave out or
//! phrase as an arrangement, a calculation under an invalid amount, and equal totals.

use super::{pick, Lang, Tr};

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

// ---- a calculation under an amount that does not parse

/// Under the contract value in step 5 while the estimated price holds text that is not an
/// amount: the figure shown still uses the last valid amount.
pub const LAST_VALID_AMOUNT: Tr = Tr::new(
    "Let op: het bedrag hierboven is geen geldig bedrag. Deze berekening gebruikt nog het laatste \
     geldige bedrag; verbeter het bedrag, dan rekent de berekening mee.",
    "Note: the amount above is not a valid amount. This calculation still uses the last valid \
     amount; correct the amount and the calculation follows.",
);

// ---- equal totals: the bestek's rule, ending in lots

/// The last step of the tie-break rule, as the bestek states it.
pub const TIE_STEP_LOT: Tr = Tr::new("loting", "drawing lots");

/// The tie-break rule as one sentence, as the bestek states it (the app computes the first
/// two steps and shows a tie where only lots can decide).
pub const TIE_BREAK_RULE: Tr = Tr::new(
    "Bij een gelijke totaalscore gaat eerst de hogere kwaliteitsscore voor, dan de lagere prijs. \
     Zijn ook die gelijk, dan delen de inschrijvingen hun plaats en beslist loting, zoals het \
     bestek bepaalt; de volgorde van invoeren beslist niets.",
    "When totals are equal, the higher quality total ranks first, then the lower price. If those \
     are equal too, the bids share their place and lots decide, as the bestek states; the order \
     of entry decides nothing.",
);

/// The note of a bid that shares its rank with the bid above: only lots can decide.
pub fn tie_by_lot_note(rank: usize, lang: Lang) -> String {
    pick(
        format!(
            "Gelijk met de inschrijving hierboven (beide nr. {rank}): totaal, kwaliteitsscore en prijs \
             zijn gelijk. Volgens het bestek beslist loting."
        ),
        format!(
            "Tied with the bid above (both no. {rank}): total, quality total and price are equal. The \
             bestek says lots decide."
        ),
        lang,
    )
}

fn names_list(names: &[String], lang: Lang) -> String {
    let and = pick(" en ", " and ", lang);
    match names.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The winner line and the CSV when two or more bids share the first place.
pub fn tied_for_first(names: &[String], lang: Lang) -> String {
    let names = names_list(names, lang);
    pick(
        format!("Gelijke stand op de eerste plaats: {names}. Volgens het bestek beslist loting."),
        format!("Tied for first place: {names}. The bestek says lots decide."),
        lang,
    )
}

/// The result strip (one line, cut off at the end on a narrow screen) when two or more bids
/// share the first place: what decides comes first.
pub fn tied_for_first_strip(names: &[String], lang: Lang) -> String {
    let names = names_list(names, lang);
    pick(
        format!("Loting beslist (bestek): gelijke stand tussen {names}."),
        format!("Lots decide (bestek): a tie between {names}."),
        lang,
    )
}

/// The note of the first row when it shares the first place.
pub const TIE_STEP_LOT_FIRST: Tr = Tr::new(
    "Gedeelde eerste plaats: volgens het bestek beslist loting.",
    "Shared first place: the bestek says lots decide.",
);
