//! Step 9, Evaluatie (evaluation): the labels and help texts of its fields, and the
//! self-assessment against the guide's four conditions for innovative purchasing (§2.5).

use super::FieldTexts;
use crate::domain::assessment::{Lever, Mismatch, Question, SCALE_MAX};
use crate::i18n::{Lang, Tr};
use rust_decimal::Decimal;

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

// ---- what the answers say (`domain::assessment::read`)

pub const READING_TITLE: Tr = Tr::new("Wat uw antwoorden zeggen", "What your answers say");
/// When the dossier bears out every answer.
pub const READING_CONSISTENT: Tr = Tr::new(
    "Wat u in het dossier vastlegde, spreekt uw antwoorden niet tegen.",
    "What you recorded in the dossier does not contradict your answers.",
);
/// Before the list of answers the dossier contradicts.
pub const READING_MISMATCHES: Tr = Tr::new(
    "Kijk nog eens naar deze antwoorden; het dossier zegt iets anders:",
    "Have another look at these answers; the dossier says something else:",
);

/// How much room a lever's average left for innovation, in words.
fn band(avg: Decimal) -> Tr {
    if avg < Decimal::new(15, 1) {
        Tr::new("weinig ruimte voor vernieuwing", "little room for innovation")
    } else if avg < Decimal::from(3) {
        Tr::new("deels ruimte voor vernieuwing", "some room for innovation")
    } else {
        Tr::new("veel ruimte voor vernieuwing", "much room for innovation")
    }
}

/// What to consider next time for a lever, and where in the app.
pub fn lever_advice(l: Lever) -> Tr {
    match l {
        Lever::FunctionalSpecification => Tr::new(
            "Beschrijf de volgende keer het resultaat en hoe u het meet, en leg uw eisen langs de \
             specificatiehulp in stap 3.",
            "Next time, describe the result and how you measure it, and check your requirements with the \
             specification helper in step 3.",
        ),
        Lever::RiskAllocation => Tr::new(
            "Overweeg de volgende keer een instroomgarantie, no cure less pay, een langer contract of een \
             van de andere manieren om risico te dragen, in stap 3.",
            "Next time, consider an inflow guarantee, no cure, less pay, a longer contract or one of the \
             other ways of carrying risk, in step 3.",
        ),
        Lever::Incentives => Tr::new(
            "Laat de volgende keer vernieuwing met een echt gewicht meetellen in de gunning en overweeg \
             een bonus of verplichte samenwerking, in stap 3.",
            "Next time, let innovation count in the award with a real weight and consider a bonus or \
             obliged cooperation, in step 3.",
        ),
        Lever::BuyerRole => Tr::new(
            "Kies de volgende keer uw rol bewust in stap 1 en houd die vast in de afspraken over de \
             uitvoering (stap 4) en bij de monitoring (stap 7).",
            "Next time, choose your role deliberately in step 1 and keep to it in the agreements on \
             delivery (step 4) and in monitoring (step 7).",
        ),
    }
}

/// The weakest lever in one sentence, with its average and what it means.
pub fn weakest_lever(l: Lever, avg: Decimal, lang: Lang) -> String {
    use crate::i18n::Labeled;
    let a = crate::domain::money::format_fixed(avg, 1, lang.number_style());
    let name = l.label().get(lang).to_lowercase();
    let band = band(avg).get(lang);
    match lang {
        Lang::Nl => format!("Het zwakst scoort {name}: gemiddeld {a} van de 4, {band}."),
        Lang::En => format!("The weakest lever is {name}: {a} out of 4 on average, {band}."),
    }
}

/// An answer the dossier contradicts, in one sentence.
pub fn mismatch(m: Mismatch, lang: Lang) -> String {
    match (m, lang) {
        (Mismatch::TechnicalRequirements { score, technical, total }, Lang::Nl) => format!(
            "U gaf {score} op 'beschrijft uw bestek het resultaat', maar {technical} van de {total} functionele \
             eisen lezen als technisch (stap 3)."
        ),
        (Mismatch::TechnicalRequirements { score, technical, total }, Lang::En) => format!(
            "You gave {score} to 'does your bestek describe the result', but {technical} of the {total} \
             functional requirements read as technical (step 3)."
        ),
        (Mismatch::InflowGuarantee { score, in_dossier: false }, Lang::Nl) => {
            format!("U gaf {score} op de vraag over een instroomgarantie, maar in stap 3 staat dat u er geen geeft.")
        }
        (Mismatch::InflowGuarantee { score, in_dossier: false }, Lang::En) => {
            format!("You gave {score} to the question on an inflow guarantee, but step 3 says you give none.")
        }
        (Mismatch::InflowGuarantee { score, in_dossier: true }, Lang::Nl) => {
            format!("U gaf {score} op de vraag over een instroomgarantie, maar in stap 3 geeft u er wel een.")
        }
        (Mismatch::InflowGuarantee { score, in_dossier: true }, Lang::En) => {
            format!("You gave {score} to the question on an inflow guarantee, but step 3 does give one.")
        }
        (Mismatch::SpreadRiskWithoutMeans { score }, Lang::Nl) => format!(
            "U gaf {score} op 'hebt u het financiële risico gespreid', maar stap 3 heeft geen no cure less pay \
             en geen andere manier om risico te dragen."
        ),
        (Mismatch::SpreadRiskWithoutMeans { score }, Lang::En) => format!(
            "You gave {score} to 'did you spread the financial risk', but step 3 has no no cure, less pay and \
             no other way of carrying risk."
        ),
        (Mismatch::RewardWithoutMeans { score }, Lang::Nl) => format!(
            "U gaf {score} op 'wordt vernieuwing beloond', maar stap 3 heeft geen bonus en vernieuwing is geen \
             gunningscriterium."
        ),
        (Mismatch::RewardWithoutMeans { score }, Lang::En) => format!(
            "You gave {score} to 'is innovation rewarded', but step 3 has no bonus and innovation is not an \
             award criterion."
        ),
    }
}

/// The field a contradicted answer leads to.
pub fn mismatch_field(m: Mismatch) -> crate::domain::fields::FieldId {
    use crate::domain::fields::FieldId;
    match m {
        Mismatch::TechnicalRequirements { .. } => FieldId::FunctionalRequirements,
        Mismatch::InflowGuarantee { .. } => FieldId::InflowGuarantee,
        Mismatch::SpreadRiskWithoutMeans { .. } => FieldId::RiskSharing,
        Mismatch::RewardWithoutMeans { .. } => FieldId::Incentives,
    }
}
