//! Step 8, Verantwoording (accountability): the labels and help texts of its fields.

use super::FieldTexts;
use crate::i18n::Tr;

// ---- fields

pub(super) const COSTS: FieldTexts = (
    Tr::new("Werkelijke kosten per gemeente", "Actual costs per municipality"),
    Tr::new(
        "Wat heeft elke gemeente werkelijk betaald, bonus en malus verrekend? Elke gemeente \
         verantwoordt dit in haar eigen verantwoording van het re-integratiebudget.",
        "What did each municipality actually pay, with bonus and malus settled? Each \
         municipality accounts for this in its own report on its re-integration budget.",
    ),
);

pub(super) const ACCOUNTABILITY_NOTES: FieldTexts = (
    Tr::new("Toelichting op de verantwoording", "Notes on accountability"),
    Tr::new(
        "Licht de cijfers toe: afwijkingen van de begroting, verrekende bonussen of inhoudingen, \
         en de tijd die uw eigen medewerkers erin staken.",
        "Explain the figures: deviations from the budget, bonuses or deductions settled, and \
         the time your own staff put in.",
    ),
);
