//! Step 5, Offerteprocedure (tender procedure): the labels and help texts of its fields, and the
//! names of the procedures. (The step's page texts are in `i18n::procedure`.)

use super::FieldTexts;
use crate::domain::dossier::ProcedureKind;
use crate::i18n::{Labeled, Tr};

// ---- fields

pub(super) const ESTIMATED_PRICE: FieldTexts = (
    Tr::new("Geschatte trajectprijs", "Estimated trajectory price"),
    Tr::new(
        "De gemiddelde prijs van één traject zoals u die nu inschat. Maal het aantal trajecten \
         van alle gemeenten, inclusief opties, geeft dit de geschatte waarde van de opdracht.",
        "The average price of one trajectory as you now estimate it. Multiplied by the number \
         of trajectories of all municipalities, options included, it gives the estimated value \
         of the contract.",
    ),
);

pub(super) const THRESHOLD: FieldTexts = (
    Tr::new("Drempelbedrag", "Threshold"),
    Tr::new(
        "Boven het Europese drempelbedrag moet u Europees aanbesteden; voor re-integratie geldt \
         meestal de drempel voor sociale en andere specifieke diensten. Laat het veld leeg: \
         de wijzer gebruikt dan het bedrag dat nu geldt (grijs in het veld). Vul alleen een \
         bedrag in als u zeker weet dat een ander bedrag van toepassing is.",
        "Above the European threshold you must tender at European level; for re-integration \
         the threshold for social and other specific services usually applies. Leave the field \
         empty: the guide then uses the amount that applies now (greyed out in the field). \
         Enter an amount only if you are sure another amount applies.",
    ),
);

pub(super) const PROCEDURE_KIND: FieldTexts = (
    Tr::new("Soort procedure", "Type of procedure"),
    Tr::new(
        "Kies een procedure die past bij de waarde en bij de markt. Onder de Europese drempel \
         mag onderhands, met meerdere offertes op vooraf bepaalde criteria. Erboven besteedt u \
         Europees aan: openbaar of niet-openbaar, of, voor sociale en andere specifieke diensten \
         zoals re-integratie, volgens het verlichte regime: de opdracht aankondigen, een eigen, \
         proportionele procedure volgen en de gunning bekendmaken. De drempeltoets hierboven \
         laat zien wat voor deze opdracht past.",
        "Choose a procedure that fits the value and the market. Below the European threshold a \
         private procedure (onderhands) with several quotes on criteria set in advance is \
         allowed. Above it you tender at European level: an open or restricted procedure or, \
         for social and other specific services such as re-integration, the light regime: \
         announce the contract, follow a proportionate procedure of your own and publish the \
         award. The threshold check above shows what fits this contract.",
    ),
);

pub(super) const PROCEDURE_RATIONALE: FieldTexts = (
    Tr::new("Motivering van de procedurekeuze", "Reasons for the choice of procedure"),
    Tr::new(
        "Leg vast waarom deze procedure past: de waarde, het aantal aanbieders, de doelgroep. \
         Bijvoorbeeld: 'Onder de drempel; weinig aanbieders met ervaring met deze groep, dus \
         vragen we gericht vijf offertes.'",
        "Record why this procedure fits: the value, the number of providers, the target group. \
         For example: 'Below the threshold; few providers have experience with this group, so \
         we ask five of them for a bid.'",
    ),
);

pub(super) const INVITED_PROVIDERS: FieldTexts = (
    Tr::new("Uitgenodigde aanbieders", "Invited providers"),
    Tr::new(
        "Wie vraagt u om een offerte, en waarom? Nodig ook nieuwe namen uit: Apeldoorn mengde \
         bekende partners met bedrijven die buurgemeenten aanraadden en bedrijven die zich zelf \
         hadden gepresenteerd.",
        "Whom do you ask for a bid, and why? Invite new names too: Apeldoorn mixed known \
         partners with firms recommended by neighbouring municipalities and firms that had \
         presented themselves.",
    ),
);

pub(super) const TIMELINE: FieldTexts = (
    Tr::new("Planning", "Timeline"),
    Tr::new(
        "Zet de mijlpalen op een rij: offerteaanvraag verstuurd, vragen uiterlijk, offertes \
         binnen, gunning, start. Holland Rijnland plande mei tot en met juli voor de \
         offerteprocedure en augustus voor de start.",
        "List the milestones: request for tender sent, deadline for questions, bids in, award, \
         start. Holland Rijnland planned May to July for the tender \
         procedure and August for the start.",
    ),
);

pub(super) const BIDS: FieldTexts = (
    Tr::new("Inschrijvingen", "Bids"),
    Tr::new(
        "Voer per inschrijver de prijs en de scores per gunningscriterium in. De wijzer rekent \
         de rangorde uit met de prijsformule en de gewichten uit stap 3; beoordeel de kwaliteit \
         het liefst voordat u de prijzen naast elkaar legt.",
        "Enter, for each bidder, the price and the scores per award criterion. The guide works \
         out the ranking with the price formula and the weights from step 3; preferably judge \
         quality before you put the prices side by side.",
    ),
);

// ---- choices

impl Labeled for ProcedureKind {
    const VARIANTS: &'static [Self] =
        &[ProcedureKind::Open, ProcedureKind::Restricted, ProcedureKind::LightRegime, ProcedureKind::Private];

    fn label(self) -> Tr {
        match self {
            ProcedureKind::Open => Tr::new("Openbare procedure", "Open procedure (openbare procedure)"),
            ProcedureKind::Restricted => {
                Tr::new("Niet-openbare procedure", "Restricted procedure (niet-openbare procedure)")
            }
            ProcedureKind::Private => {
                Tr::new("Onderhandse procedure (meerdere offertes)", "Private procedure (onderhands, several quotes)")
            }
            ProcedureKind::LightRegime => crate::i18n::first_tender::LIGHT_REGIME_LABEL,
        }
    }

    fn explanation(self) -> Tr {
        match self {
            ProcedureKind::Open => Tr::new(
                "Na publicatie kan iedere aanbieder een offerte uitbrengen. Zo bereikt uw vraag de \
                 hele markt, ook nieuwkomers; brede bekendmaking is volgens de handreiking juist een \
                 voorwaarde voor vernieuwing. Reken wel op veel offertes om te beoordelen.",
                "After publication any provider can submit a bid. Your question reaches the whole \
                 market, newcomers included; according to the guide, wide publication is precisely a \
                 condition for innovation. Do expect many bids to assess.",
            ),
            ProcedureKind::Restricted => Tr::new(
                "Na een aankondiging selecteert u eerst op geschiktheid; daarna brengen alleen de \
                 geselecteerde aanbieders een offerte uit. Dat beperkt het beoordelingswerk. Amsterdam \
                 koos als enige van de vier gemeenten uit de handreiking zo'n procedure: een \
                 advertentie, een selectiefase met een selectieleidraad en daarna de gunning.",
                "After a notice you first select on suitability; then only the selected providers \
                 submit a bid. That limits the work of assessment. Of the guide's four municipalities \
                 only Amsterdam chose such a procedure: an advertisement, a selection phase with \
                 selection guidelines, then the award.",
            ),
            ProcedureKind::Private => Tr::new(
                "U vraagt zelf een aantal aanbieders om een offerte, op criteria die vooraf vastliggen. \
                 Dat mag onder de Europese drempel; erboven moet u de opdracht eerst aankondigen, ook \
                 in het verlichte regime voor sociale diensten. Apeldoorn nodigde 50 bedrijven uit voor \
                 een voorselectie en vroeg er 28 om een offerte; Emmen benaderde er zes, van wie drie \
                 niet konden offreren; Roermond vroeg vijf bedrijven (de bijlage van 2002 noemt dat \
                 'niet-openbaar'). De handreiking noemde meerdere offertes op vooraf vastgestelde \
                 criteria een regel uit het Besluit SUWI; die regel verviel rond 2006, nu geldt de \
                 Aanbestedingswet 2012 met de Gids Proportionaliteit.",
                "You ask a number of providers for a bid yourself, on criteria fixed in advance. That \
                 is allowed below the European threshold; above it you must announce the contract \
                 first, in the light regime for social services too. Apeldoorn invited 50 firms to a \
                 pre-selection and asked 28 of them to bid; Emmen approached six, three of whom could \
                 not bid; Roermond asked five firms (the appendix of 2002 calls that 'niet-openbaar', \
                 non-public). The guide gave several quotes on criteria set in advance as a rule of the \
                 Besluit SUWI; that rule lapsed around 2006, and today the Aanbestedingswet 2012 applies \
                 with the Gids Proportionaliteit.",
            ),
            ProcedureKind::LightRegime => crate::i18n::first_tender::LIGHT_REGIME_EXPLANATION,
        }
    }
}
