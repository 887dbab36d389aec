//! Texts of the step forms (`crate::features::wizard::steps`) that are neither field labels
//! (`labels`) nor the wizard's chrome (`wizard_ui`): the units after number fields and the
//! buttons that add a row to a list.

use super::wizard_ui::{EN, NL};
use super::Tr;

/// The unit after a number of months (contract duration, option months, maximum duration).
pub const UNIT_MONTHS: Tr = Tr::new("maanden", "months");
/// The unit after a number of weeks (intake period).
pub const UNIT_WEEKS: Tr = Tr::new("weken", "weeks");
/// The unit after a number of clients (target group size, inflow guarantee, first referrals).
pub const UNIT_CLIENTS: Tr = Tr::new("klanten", "clients");

/// Adds a participant (step 1).
pub const ADD_PARTICIPANT: Tr = Tr::new(NL.add_participant, EN.add_participant);
/// Adds a functional or technical requirement (step 3).
pub const ADD_REQUIREMENT: Tr = Tr::new("Eis toevoegen", "Add requirement");
/// Adds a selection criterion (step 3).
pub const ADD_SELECTION_CRITERION: Tr = Tr::new("Selectiecriterium toevoegen", "Add selection criterion");
/// Adds a precondition (step 6).
pub const ADD_PRECONDITION: Tr = Tr::new(NL.add_item, EN.add_item);

/// The heading of the joint-purchase structure in step 1, shown from two participants on.
pub const SECTION_GOVERNANCE: Tr =
    Tr::new("Samen inkopen: wie beslist, en wie doet wat", "Buying jointly: who decides, and who does what");
/// Under that heading.
pub const GOVERNANCE_INTRO: Tr = Tr::new(
    "Koopt u met andere gemeenten samen in, leg dan nu vast hoe u samenwerkt. Zo deed het projectplan \
     van Holland Rijnland het: een projectgroep die beslist, werkgroepen die uitwerken en terugkoppelen, \
     besluiten die langs afdelingshoofden en portefeuillehouders gaan, en een eigenaar voor elke fase. \
     Elke gemeente blijft verantwoordelijk voor het draagvlak in de eigen organisatie en voor het eigen geld.",
    "If you buy together with other municipalities, record now how you will work together. The Holland \
     Rijnland project plan did it like this: a project group that decides, working groups that work things \
     out and report back, decisions that go past heads of department and portfolio holders, and an owner \
     for every phase. Each municipality stays responsible for support in its own organisation and for its \
     own money.",
);
