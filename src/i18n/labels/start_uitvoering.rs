//! Step 6, Start uitvoering (start of delivery): the labels and help texts of its fields, and
//! the suggested preconditions the checklist starts from.

use super::FieldTexts;
use crate::i18n::Tr;

// ---- fields

pub(super) const PRECONDITIONS: FieldTexts = (
    Tr::new("Randvoorwaarden voor de start", "Preconditions for the start"),
    Tr::new(
        "Wat moet geregeld zijn voordat de eerste klant begint? Denk aan het getekende contract, \
         geïnformeerde klantmanagers en deelnemers die aan de voorwaarden voldoen; in Apeldoorn \
         moesten deelnemers bijvoorbeeld clean zijn en hun schulden beheersbaar hebben.",
        "What must be in place before the first client starts? Think of the signed contract, \
         informed case managers and participants who meet the conditions; in Apeldoorn, for \
         instance, participants had to be clean and have their debts under control.",
    ),
);

pub(super) const START_DATE: FieldTexts = (
    Tr::new("Startdatum", "Start date"),
    Tr::new(
        "De dag waarop de eerste trajecten beginnen. Kies een datum waarop de randvoorwaarden \
         haalbaar geregeld zijn, niet alleen de datum in het contract.",
        "The day the first trajectories begin. Pick a date by which the preconditions can \
         realistically be met, not just the date in the contract.",
    ),
);

pub(super) const FIRST_REFERRALS: FieldTexts = (
    Tr::new("Eerste aanmeldingen per gemeente", "First referrals per municipality"),
    Tr::new(
        "Hoeveel klanten meldt elke gemeente in de eerste ronde aan? Plan dit samen: in Emmen \
         liep de start mis doordat klanten niet op tijd werden aangemeld.",
        "How many clients does each municipality refer in the first round? Plan this \
         together: in Emmen the start went wrong because clients were not referred in time.",
    ),
);

// ---- the checklist
