//! Texts of the dossier overview (`features::wizard::overview`): its title, the count of
//! complete steps, and putting a demo copy back to the original. The steps' statuses and open
//! points are worded in [`super::wizard_messages`].

use super::{Lang, Tr};

pub const TITLE: Tr = Tr::new("Overzicht van het dossier", "Dossier overview");

/// "5 stappen compleet van de 9".
pub fn steps_complete(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{n} stappen compleet van de 9"),
        Lang::En => format!("{n} steps complete out of 9"),
    }
}

// ---- a demo copy back to the original
pub const RESET: Tr = Tr::new("Voorbeeld terugzetten naar het origineel", "Put the demo back to the original");
pub const RESET_CONFIRM: Tr = Tr::new(
    "Alle wijzigingen in deze kopie gaan verloren. Weet u het zeker?",
    "All changes to this copy will be lost. Are you sure?",
);
pub const RESET_DONE: Tr = Tr::new("Het voorbeeld is teruggezet.", "The demo has been put back.");
