//! Step 9, Evaluatie (evaluation): the labels and help texts of its fields, and the
//! self-assessment against the guide's four conditions for innovative purchasing (§2.5).

use super::FieldTexts;
use crate::domain::assessment::{Question, SCALE_MAX};
use crate::i18n::Tr;

// ---- fields

pub(super) const WHAT_WORKED: FieldTexts = (
    Tr::new("Wat werkte", "What worked"),
    Tr::new(
        "Wat wilt u de volgende keer zeker weer zo doen? Bijvoorbeeld: 'De gezamenlijke \
         werkgroep voor het Programma van Eisen; de intake binnen twee weken.'",
        "What do you certainly want to do the same way next time? For example: 'The joint \
         working group for the Programma van Eisen; the intake within two weeks.'",
    ),
);

pub(super) const WHAT_TO_CHANGE: FieldTexts = (
    Tr::new("Wat doen we volgende keer anders", "What we will change next time"),
    Tr::new(
        "Wat zou u anders aanpakken? Bijvoorbeeld: 'Meetbare eindresultaten in het contract' of \
         'Vooraf met de beoogde projectleider spreken', twee lessen die Emmen trok.",
        "What would you do differently? For example: 'Measurable end results in the contract' \
         or 'Talk with the intended project leader beforehand', two lessons Emmen drew.",
    ),
);

pub(super) const SELF_ASSESSMENT: FieldTexts = (
    Tr::new("Zelfevaluatie innovatief inkopen", "Self-assessment of innovative purchasing"),
    Tr::new(
        "Geef per vraag aan in hoeverre het voor deze inkoop gold, van 0 (helemaal niet) tot 4 \
         (volledig). De uitkomst per hefboom laat zien waar u de volgende keer meer ruimte voor \
         vernieuwing kunt geven.",
        "For each question, indicate how far it applied to this purchase, from 0 (not at all) \
         to 4 (fully). The result per lever shows where you can leave more room for innovation \
         next time.",
    ),
);

// ---- self-assessment: the four conditions of guide §2.5

pub const SELF_ASSESSMENT_TITLE: Tr = Tr::new("Hoe innovatief hebt u ingekocht?", "How innovatively did you purchase?");

pub const SELF_ASSESSMENT_INTRO: Tr = Tr::new(
    "De handreiking noemt vier voorwaarden voor innovatief inkopen. Geef bij elke vraag aan in \
     hoeverre die voor deze inkoop gold. Er is geen goed of fout: de uitkomst laat zien waar u de \
     volgende keer meer ruimte voor vernieuwing kunt geven. De vragen volgen de conclusie van de \
     handreiking (§2.5); daarom telt de instroomgarantie hier bij de prikkels, terwijl de handreiking \
     haar elders tot de risicoverdeling rekent (§2.3 en §3.3).",
    "The guide names four conditions for innovative purchasing. For each question, indicate how far \
     it applied to this purchase. There is no right or wrong: the outcome shows where you can leave \
     more room for innovation next time. The questions follow the guide's conclusion (§2.5); that is \
     why the inflow guarantee counts here under incentives, while elsewhere the guide files it under \
     risk allocation (§2.3 and §3.3).",
);

/// The text of a self-assessment question (`domain::assessment::Question`, which holds its
/// stored id and lever).
pub fn question_text(q: Question) -> Tr {
    match q {
        Question::ResultNotMethod => Tr::new(
            "Beschrijft uw bestek vooral welk resultaat u wilt bereiken, en niet hoe de aanbieder \
             moet werken?",
            "Does your bestek (specification) mainly describe the result you want, rather than how \
             the provider should work?",
        ),
        Question::ThinkAlong => Tr::new(
            "Daagt uw vraag aanbieders uit om mee te denken en zelf een oplossing voor uw probleem \
             voor te stellen?",
            "Does your question challenge providers to think along and propose their own solution \
             to your problem?",
        ),
        Question::Invest => Tr::new(
            "Waren u en de aanbieder bereid te investeren in een nieuwe aanpak, bijvoorbeeld met een \
             contractduur die daar tijd voor geeft?",
            "Were you and the provider willing to invest in a new approach, for instance with a \
             contract duration that allows time for it?",
        ),
        Question::SpreadRisk => Tr::new(
            "Hebt u afspraken gemaakt om het financiële risico te spreiden, zoals no cure less pay of \
             het gedeeltelijk betalen van trajecten die mislukken?",
            "Did you make agreements to spread the financial risk, such as no cure, less pay or \
             paying part of the cost of trajectories that fail?",
        ),
        Question::Reward => Tr::new(
            "Wordt vernieuwing beloond, bijvoorbeeld met een bonus of een hogere vergoeding dan voor \
             een standaardaanpak?",
            "Is innovation rewarded, for instance with a bonus or a higher fee than for a standard \
             approach?",
        ),
        Question::AwardCriteria => Tr::new(
            "Tellen bij de gunning naast de prijs ook andere criteria serieus mee, zoals de aanpak, \
             vernieuwing of samenwerking?",
            "Besides price, do other criteria count seriously in the award, such as the approach, \
             innovation or cooperation?",
        ),
        Question::InflowGuarantee => Tr::new(
            "Geeft u aanbieders zekerheid over het aantal klanten met een instroomgarantie?",
            "Do you give providers certainty about the number of clients with an instroomgarantie \
             (inflow guarantee)?",
        ),
        Question::DeliberateRole => Tr::new(
            "Hebt u bewust gekozen hoe u met de opdrachtnemer samenwerkt: samen nieuwe diensten \
             ontwikkelen of sturen op afstand?",
            "Did you choose deliberately how you work with the contractor: developing new services \
             together or steering at a distance?",
        ),
        Question::Frontrunner => Tr::new(
            "Laat uw gemeente zien dat zij voorop wil lopen bij de ontwikkeling van nieuwe diensten \
             en werkwijzen?",
            "Does your municipality show that it wants to lead in developing new services and ways \
             of working?",
        ),
        Question::Consistent => Tr::new(
            "Houdt iedereen in uw organisatie de ruimte vast die het bestek geeft, ook klantmanagers \
             tijdens de uitvoering?",
            "Does everyone in your organisation keep to the room the bestek gives, including case \
             managers during delivery?",
        ),
    }
}

/// The labels of the scale 0..=4.
pub const SCALE_LABELS: [Tr; SCALE_MAX as usize + 1] = [
    Tr::new("Helemaal niet", "Not at all"),
    Tr::new("Nauwelijks", "Hardly"),
    Tr::new("Deels", "Partly"),
    Tr::new("Grotendeels", "Largely"),
    Tr::new("Volledig", "Fully"),
];
