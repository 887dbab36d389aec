//! Step 2, Doelgroep (target group): the labels and help texts of its fields, and the names of
//! the target group's characteristics and of the result levels.

use super::FieldTexts;
use crate::domain::dossier::{Characteristic, ResultLevel};
use crate::i18n::{Labeled, Tr};

// ---- fields

pub(super) const TARGET_DESCRIPTION: FieldTexts = (
    Tr::new("Omschrijving van de doelgroep", "Description of the target group"),
    Tr::new(
        "Wie zijn het, waar wonen ze en wat hebben ze gemeen? Aanbieders bouwen hun aanpak op \
         deze omschrijving. Bijvoorbeeld: 'Bijstandsgerechtigden met meervoudige problematiek, \
         de harde kern van het bestand, langdurig in de bijstand.'",
        "Who are they, where do they live and what do they have in common? Providers build \
         their approach on this description. For example: 'People on social assistance with \
         multiple problems, the hard core of the caseload, on benefits for a long time.'",
    ),
);

pub(super) const CHARACTERISTICS: FieldTexts = (
    Tr::new("Kenmerken", "Characteristics"),
    Tr::new(
        "Vink aan wat voor een groot deel van de groep geldt. De lijst is niet uitputtend; het \
         gaat erom dat aanbieders weten waar ze mee te maken krijgen.",
        "Tick what applies to a large part of the group. The list is not exhaustive; the point \
         is that providers know what they will be dealing with.",
    ),
);

pub(super) const OTHER_CHARACTERISTICS: FieldTexts = (
    Tr::new("Andere kenmerken", "Other characteristics"),
    Tr::new(
        "Wat ontbreekt er in de lijst? Bijvoorbeeld: 'Reageren niet op oproepen of sancties' \
         of 'Hebben het vertrouwen in hulpverleners verloren', zoals Emmen haar groep \
         beschreef.",
        "What is missing from the list? For example: 'Do not respond to summonses or \
         sanctions' or 'Have lost trust in social workers', as Emmen described its group.",
    ),
);

pub(super) const TARGET_GROUP_SIZES: FieldTexts = (
    Tr::new("Omvang per gemeente", "Size per municipality"),
    Tr::new(
        "Hoeveel mensen in elke gemeente horen bij de doelgroep? Dit is de basis voor het aantal \
         trajecten en een eventuele instroomgarantie. Reken voorzichtig: in Emmen moest de \
         klantmanager ongeveer 50 kandidaten selecteren om 25 mensen een traject te laten \
         doorlopen.",
        "How many people in each municipality belong to the target group? This is the basis \
         for the number of trajectories and any instroomgarantie (inflow guarantee). Estimate \
         cautiously: in Emmen the case manager had to select about 50 candidates for 25 people \
         to complete a trajectory.",
    ),
);

pub(super) const RESULT_LADDER: FieldTexts = (
    Tr::new("Wat telt als resultaat", "What counts as a result"),
    Tr::new(
        "Kies de treden die voor deze groep als resultaat tellen, van de eerste stap tot werk. \
         Roermond telde ook gesubsidieerd werk en sociale activering als plaatsing; leg het \
         vast, want hierop rekent u later af.",
        "Choose the rungs that count as a result for this group, from the first step up to \
         work. Roermond also counted subsidised work and social activation as a placement; \
         record it, because this is what you will pay on later.",
    ),
);

// ---- choices

impl Labeled for Characteristic {
    const VARIANTS: &'static [Self] = &Characteristic::ALL;

    fn label(self) -> Tr {
        use Characteristic::*;
        match self {
            LongTermAssistance => Tr::new("Langdurig in de bijstand", "Long-term on social assistance"),
            MedicalLimitations => Tr::new("Medische beperkingen", "Medical limitations"),
            MultipleProblems => Tr::new("Meervoudige problematiek", "Multiple problems"),
            LowSelfImage => Tr::new("Laag zelfbeeld", "Low self-image"),
            HardToMotivate => Tr::new("Moeilijk in beweging te krijgen", "Hard to get moving"),
            LowEducation => Tr::new("Laag opleidingsniveau", "Little education"),
            NeverWorked => Tr::new("Nooit of lang niet gewerkt", "Never worked, or not for a long time"),
            CannotKeepAppointments => Tr::new("Komt afspraken moeilijk na", "Finds it hard to keep appointments"),
            PsychosocialProblems => Tr::new("Psychosociale problemen", "Psychosocial problems"),
            Addiction => Tr::new("Verslaving, nu of eerder", "Addiction, now or in the past"),
            Debts => Tr::new("Schulden", "Debts"),
            LanguageBarrier => Tr::new("Taalachterstand", "Language barrier"),
        }
    }

    fn explanation(self) -> Tr {
        use Characteristic::*;
        match self {
            LongTermAssistance => Tr::new(
                "Al jaren afhankelijk van een uitkering; het ritme van werk is ver weg.",
                "Dependent on benefits for years; the rhythm of work is far away.",
            ),
            MedicalLimitations => Tr::new(
                "Lichamelijke of psychische beperkingen die bepalen welk werk of welke activiteit \
                 haalbaar is.",
                "Physical or mental limitations that determine which work or activity is feasible.",
            ),
            MultipleProblems => Tr::new(
                "Meerdere problemen tegelijk, bijvoorbeeld met gezondheid, geld en wonen; de aanpak \
                 moet ze in samenhang oppakken.",
                "Several problems at once, for example with health, money and housing; the approach \
                 must tackle them together.",
            ),
            LowSelfImage => Tr::new(
                "Weinig geloof in eigen kunnen; vertrouwen opbouwen komt eerst.",
                "Little belief in one's own abilities; building trust comes first.",
            ),
            HardToMotivate => Tr::new(
                "Reageert niet op oproepen, argumenten of sancties; de juiste ingang vinden vraagt veel \
                 vakmanschap.",
                "Does not respond to summonses, arguments or sanctions; finding the right way in takes \
                 a lot of skill.",
            ),
            LowEducation => Tr::new(
                "Weinig of geen diploma's, vaak praktisch ingesteld.",
                "Few or no qualifications, often practically minded.",
            ),
            NeverWorked => Tr::new(
                "Geen of heel oude werkervaring; ook een werkritme moet nog groeien.",
                "No work experience, or very old experience; a working rhythm still has to grow.",
            ),
            CannotKeepAppointments => Tr::new(
                "Moeite met het maken en nakomen van afspraken; vraagt een aanbieder die blijft zoeken \
                 en niet meteen afhaakt.",
                "Struggles to make and keep appointments; needs a provider who keeps trying and does \
                 not give up at once.",
            ),
            PsychosocialProblems => Tr::new(
                "Problemen in het persoonlijke leven of in het contact met anderen, vaak met weinig \
                 vertrouwen in hulpverleners.",
                "Problems in personal life or in dealing with others, often with little trust in \
                 social workers.",
            ),
            Addiction => Tr::new(
                "Gebruik van drugs of alcohol, nu of in het verleden. Soms moet iemand eerst clean zijn \
                 voordat een traject kan beginnen, zoals bij het Apeldoornse project in Ierland.",
                "Use of drugs or alcohol, now or in the past. Sometimes a person must be clean before a \
                 trajectory can begin, as in Apeldoorn's project in Ireland.",
            ),
            Debts => Tr::new(
                "Schulden die eerst beheersbaar moeten zijn; Apeldoorn stelde dat als voorwaarde voor \
                 deelname.",
                "Debts that must first be brought under control; Apeldoorn made that a condition for \
                 taking part.",
            ),
            LanguageBarrier => Tr::new(
                "Onvoldoende Nederlands. Vraag functioneel: niet een cursus van zoveel lessen, maar \
                 genoeg Nederlands om volwaardig mee te doen.",
                "Not enough Dutch. Ask functionally: not a course of so many lessons, but enough Dutch \
                 to take part fully.",
            ),
        }
    }
}

impl Labeled for ResultLevel {
    const VARIANTS: &'static [Self] = &ResultLevel::ALL;

    fn label(self) -> Tr {
        match self {
            ResultLevel::SocialActivation => Tr::new("Sociale activering", "Social activation"),
            ResultLevel::VolunteerWork => Tr::new("Vrijwilligerswerk", "Volunteer work"),
            ResultLevel::Education => Tr::new("Opleiding of scholing", "Education or training"),
            ResultLevel::SubsidisedWork => Tr::new("Gesubsidieerd werk", "Subsidised work"),
            ResultLevel::RegularWork => Tr::new("Regulier werk", "Regular work"),
        }
    }

    fn explanation(self) -> Tr {
        match self {
            ResultLevel::SocialActivation => Tr::new(
                "Meedoen in de samenleving, een stap vóór werk: bijvoorbeeld een aantal uren per week \
                 actief, gedurende een aantal maanden. Moeilijk meetbaar, dus vaak op inzet betaald.",
                "Taking part in society, a step before work: for example active for a number of hours \
                 a week over a number of months. Hard to measure, so often paid for effort.",
            ),
            ResultLevel::VolunteerWork => Tr::new(
                "Regelmatig vrijwilligerswerk: structuur, contacten en werkervaring, zonder loon.",
                "Regular volunteer work: structure, contacts and work experience, without pay.",
            ),
            ResultLevel::Education => Tr::new(
                "Instroom in een opleiding, scholing of stage die de kans op werk vergroot.",
                "Starting a course, training or internship that improves the chance of work.",
            ),
            ResultLevel::SubsidisedWork => Tr::new(
                "Werk waarvoor de werkgever een subsidie krijgt. Roermond telde dit mee als plaatsing. \
                 In Emmen werkten acht van de tweede groep van tien, regulier of gesubsidieerd, in \
                 deeltijd en dus nog deels in de bijstand.",
                "Work for which the employer receives a subsidy. Roermond counted it as a placement. In \
                 Emmen eight of the second group of ten were in work, regular or subsidised, part-time \
                 and so still partly on social assistance.",
            ),
            ResultLevel::RegularWork => Tr::new(
                "Een gewone betaalde baan, ook in deeltijd; het best meetbare resultaat. Apeldoorn: 17 \
                 van de 21 deelnemers aan het bouwproject vonden een reguliere baan.",
                "An ordinary paid job, part-time included; the most measurable result. Apeldoorn: 17 of \
                 the 21 participants in the building project found a regular job.",
            ),
        }
    }
}
