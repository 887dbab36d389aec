//! Step 3, Bestek (specification): the labels and help texts of its fields, the labels of the
//! parts inside them (inflow guarantee, bonus/malus, incentives), the names of the financing
//! forms, and the guide's warning on short contracts.

use super::FieldTexts;
use crate::domain::contract::is_short_contract;
use crate::domain::dossier::{Financing, RiskInstrument};
use crate::domain::source::SourceRef;
use crate::i18n::{Labeled, Tr};

// ---- fields

pub(super) const FUNCTIONAL_REQUIREMENTS: FieldTexts = (
    Tr::new("Functionele eisen (wat)", "Functional requirements (what)"),
    Tr::new(
        "Beschrijf het resultaat dat u nodig hebt en hoe u meet of het gehaald is, niet hoe de \
         aanbieder moet werken. Bijvoorbeeld: 'Minstens 55 % van de deelnemers stroomt uit naar \
         werk of een plek in sociale activering.'",
        "Describe the result you need and how you will measure whether it was reached, not how \
         the provider should work. For example: 'At least 55% of participants move into work or \
         a place in social activation.'",
    ),
);

pub(super) const TECHNICAL_REQUIREMENTS: FieldTexts = (
    Tr::new("Technische eisen (hoe)", "Technical requirements (how)"),
    Tr::new(
        "Alleen voorwaarden die echt nodig zijn, want elke technische eis beperkt de ruimte \
         voor een nieuwe aanpak. Bijvoorbeeld, uit Emmen: 'Het project wordt in de wijk \
         uitgevoerd' en 'Deelnemers kennen geen wachttijden.'",
        "Only conditions you really need, because every technical requirement narrows the room \
         for a new approach. For example, from Emmen: 'The project is carried out in the \
         neighbourhood' and 'There are no waiting times for participants.'",
    ),
);

pub(super) const INFLOW_GUARANTEE: FieldTexts = (
    Tr::new("Instroomgarantie", "Instroomgarantie (inflow guarantee)"),
    Tr::new(
        "Belooft u een minimaal aantal klanten? Zonder die zekerheid investeren aanbieders \
         minder in iets nieuws of bieden ze zich niet eens aan: in Roermond bleken bedrijven \
         zonder instroomgarantie niet bereid hun diensten lokaal aan te bieden.",
        "Do you promise a minimum number of clients? Without that certainty providers invest \
         less in anything new, or do not even come forward: in Roermond, without an inflow \
         guarantee, firms turned out unwilling to offer their services locally.",
    ),
);

pub(super) const INFLOW_CLIENTS: FieldTexts = (
    Tr::new("Gegarandeerd aantal klanten", "Guaranteed number of clients"),
    Tr::new(
        "Het minimum dat u zeker kunt aanleveren, opgeteld over alle gemeenten. Blijf aan de \
         lage kant: in Apeldoorn hielden vooral de voorheen gesubsidieerde \
         instellingen de gemeente aan de afgesproken aantallen, want een tekort betekende voor hen \
         een gat in de begroting.",
        "The minimum you can certainly refer, added up over all municipalities. Stay on the low \
         side: in Apeldoorn especially the formerly subsidised \
         providers held the municipality to the agreed numbers, because a shortfall meant a gap in \
         their budget.",
    ),
);

pub(super) const RISK_SHARING: FieldTexts = (
    Tr::new("Risico dragen om iets nieuws te laten beginnen", "Carrying risk so that something new can start"),
    Tr::new(
        "Naast een instroomgarantie en no cure less pay kunt u op andere manieren een deel van het risico dragen, \
         vooral in de aanloopfase. Wie op resultaat afrekent en het plaatsingspercentage zwaar laat wegen, maakt dat \
         aanbieders het risico van iets nieuws mijden.",
        "Besides an inflow guarantee and no cure, less pay you can carry part of the risk in other ways, above all in \
         the start-up phase. If you pay on results and weigh the placement rate heavily, providers avoid the risk of \
         something new.",
    ),
);

pub(super) const FINANCING: FieldTexts = (
    Tr::new("Financiering", "Financing"),
    Tr::new(
        "Betaalt u voor inzet, voor resultaat of een mengvorm? In de praktijk betaalden \
         gemeenten op resultaat waar dat goed meetbaar is, zoals werk, en op inzet waar het dat \
         niet is, zoals bij sociale activering. Wie op inzet betaalt, houdt het risico zelf; \
         Emmen sprak daarom later ook voor activering meetbare eindresultaten af. Voor een \
         vernieuwende aanpak ligt volgens de handreiking no cure less pay voor de hand.",
        "Do you pay for effort, for results or a mix? In practice municipalities paid for \
         results where results are easy to measure, such as work, and for effort where they \
         are not, as with social activation. Paying for effort keeps the risk with you; Emmen \
         therefore later agreed measurable end results for activation too. For an innovative \
         approach the guide sees no cure, less pay as the obvious choice.",
    ),
);

pub(super) const FAILURE_PAY_SHARE: FieldTexts = (
    Tr::new("Betaling zonder resultaat", "Payment without a result"),
    Tr::new(
        "Welk deel van de trajectprijs betaalt u als het resultaat uitblijft? Een deel betalen \
         neemt wat risico weg bij de aanbieder, zodat die durft te investeren. Bijvoorbeeld \
         50 %.",
        "Which share of the trajectory price do you pay when the result is not reached? Paying \
         a share takes some risk off the provider, so it dares to invest. For example 50%.",
    ),
);

pub(super) const CONTRACT_MONTHS: FieldTexts = (
    Tr::new("Contractduur (maanden)", "Contract duration (months)"),
    Tr::new(
        "Hoe lang loopt het contract? Een aanbieder die iets nieuws opbouwt, moet de tijd \
         krijgen om dat terug te verdienen; bij contracten van een jaar investeert men minder. \
         Amsterdam en Roermond werkten in principe met contracten van \
         een jaar; Emmen sloot een contract voor twee jaar.",
        "How long does the contract run? A provider building something new needs time to earn \
         it back; with one-year contracts firms invest less. Amsterdam and Roermond worked in principle with one-year \
         contracts; Emmen signed one for two years.",
    ),
);

pub(super) const OPTION_MONTHS: FieldTexts = (
    Tr::new("Optie tot verlenging (maanden)", "Option to extend (months)"),
    Tr::new(
        "Een optie geeft de aanbieder perspectief zonder dat u vastzit als het tegenvalt. Zet \
         de optie vooraf in de offerteaanvraag; de verlenging telt mee voor de waarde van de \
         opdracht. Bijvoorbeeld 12 maanden.",
        "An option gives the provider a perspective without tying you down if things \
         disappoint. State the option in the request for tender up front; the extension counts \
         towards the value of the contract. For example 12 months.",
    ),
);

pub(super) const BONUS_MALUS: FieldTexts = (
    Tr::new("Bonus-malusregeling", "Bonus/malus rule"),
    Tr::new(
        "Een beloning boven het afgesproken resultaat en een inhouding eronder. Apeldoorn \
         eiste 55 % resultaat, gaf per extra plaatsing 15 % van de gemiddelde trajectprijs als \
         bonus en hield voor het tekort 50 % van de gemiddelde trajectkosten in.",
        "A reward above the agreed result and a deduction below it. Apeldoorn required a 55% \
         result, paid 15% of the average trajectory price as a bonus per extra placement and \
         withheld 50% of the average trajectory cost for the shortfall.",
    ),
);

pub(super) const INCENTIVES: FieldTexts = (
    Tr::new("Prikkels voor vernieuwing", "Incentives for innovation"),
    Tr::new(
        "Kies de prikkels die u inbouwt: vernieuwing als gunningscriterium, één integrale \
         trajectprijs, of de plicht om samen te werken met andere aanbieders in de keten, zoals \
         Roermond die oplegde.",
        "Choose the incentives you build in: innovation as an award criterion, one integral \
         trajectory price, or the duty to cooperate with other providers in the chain, as \
         Roermond imposed it.",
    ),
);

pub(super) const SELECTION_CRITERIA: FieldTexts = (
    Tr::new("Selectiecriteria", "Selection criteria"),
    Tr::new(
        "Wie mag een offerte uitbrengen? Apeldoorn selecteerde op de aangeboden dienstverlening, \
         eerdere resultaten en vakbekwaam personeel. Vraag ook naar de ervaring van de \
         medewerkers, zoals Amsterdam deed, zodat jonge bedrijven niet op voorhand afvallen.",
        "Who may bid? Apeldoorn selected on the services offered, past results and qualified \
         staff. Also ask about the experience of the staff, as Amsterdam did, so that young \
         firms are not ruled out beforehand.",
    ),
);

pub(super) const AWARD_CRITERIA: FieldTexts = (
    Tr::new("Gunningscriteria en wegingen", "Gunningscriteria (award criteria) and weights"),
    Tr::new(
        "Op welke punten vergelijkt u de offertes, en hoe zwaar telt elk punt? Leg dit vast en \
         maak het bekend vóór de offertes binnen zijn. Apeldoorn woog: 50 % prijs gewogen met het \
         plaatsingspercentage, 5 % helderheid van het plan, 10 % doorlooptijd, 10 % aansluiting \
         bij het beleid en 25 % eerdere resultaten en vakbekwaamheid.",
        "On which points will you compare the bids, and how much does each count? Fix this and \
         publish it before the bids come in. Apeldoorn weighed: 50% price weighted with the \
         placement rate, 5% clarity of the plan, 10% lead time, 10% fit with municipal policy \
         and 25% past results and staff competence.",
    ),
);

pub(super) const PRICE_FORMULA: FieldTexts = (
    Tr::new("Prijsformule", "Price formula"),
    Tr::new(
        "Hoe wordt de prijs omgerekend naar punten? Vaste, vooraf bekendgemaakte grenzen scoren \
         elke offerte op zichzelf; bij vergelijken met de laagste prijs kan de volgorde omslaan \
         als er een offerte bijkomt of afvalt. Kosten per resultaat vergelijkt functioneel: het \
         is de uitwerking van Inkoopwijzer van Apeldoorns 'prijs, gewogen met het \
         plaatsingspercentage', want de handreiking geeft geen formule. Prijsformules en \
         rangorde-omkering komen uit de huidige aanbestedingspraktijk, niet uit de handreiking.",
        "How is the price turned into points? Fixed bounds published in advance score each bid \
         on its own; when comparing with the lowest price, the ranking can flip if a bid is \
         added or drops out. Cost per result compares functionally: it is Inkoopwijzer's working \
         out of Apeldoorn's 'price weighted with the placement rate', as the guide gives no \
         formula. Price formulas and rank reversal come from current tendering practice, not \
         from the guide.",
    ),
);

// ---- parts inside the fields (`labels::sub`)

pub const INFLOW_YES: Tr = Tr::new("Ja, wij garanderen een minimale instroom", "Yes, we guarantee a minimum inflow");
pub const INFLOW_NO: Tr = Tr::new("Nee, geen instroomgarantie", "No, no inflow guarantee");
pub const BONUS_MALUS_ENABLED: Tr = Tr::new("Een bonus-malusregeling opnemen", "Include a bonus/malus rule");
pub const AGREED_RATE: Tr = Tr::new("Afgesproken plaatsingspercentage", "Agreed placement rate");
pub const BONUS_SHARE: Tr = Tr::new(
    "Bonus per extra plaatsing (% van de gemiddelde trajectprijs)",
    "Bonus per extra placement (% of the average trajectory price)",
);
pub const MALUS_SHARE: Tr = Tr::new(
    "Inhouding per ontbrekende plaatsing (% van de gemiddelde trajectkosten)",
    "Deduction per missing placement (% of the average trajectory cost)",
);
pub const INCENTIVE_INNOVATION_CRITERION: Tr =
    Tr::new("Vernieuwing van de aanpak is een gunningscriterium", "Innovation of the approach is an award criterion");
pub const INCENTIVE_INTEGRAL_PRICE: Tr = Tr::new(
    "Eén integrale trajectprijs, alle instrumenten inbegrepen",
    "One integral trajectory price, all instruments included",
);
pub const INCENTIVE_COOPERATION: Tr = Tr::new(
    "De aanbieder moet samenwerken met andere aanbieders in de keten",
    "The provider must cooperate with other providers in the chain",
);

// ---- contract duration

/// The guide's warning about short contracts, in its own words as far as they go: the
/// duration of the contract is an important risk for a provider, with short contracts it is
/// less inclined to invest than with long-running ones (§2.3), and a longer duration gives it
/// the opportunity to perfect its approach (§3.3).
pub const SHORT_CONTRACT_WARNING: Tr = Tr::new(
    "Let op: de duur van het contract is een belangrijk risico voor een aanbieder. Bij een contract \
     van een jaar of korter zal een aanbieder minder geneigd zijn te investeren in een nieuwe aanpak \
     dan bij een langlopend contract. Met een langere contractduur geeft u de aanbieder de \
     gelegenheid zijn aanpak te vervolmaken.",
    "Note: the duration of the contract is an important risk for a provider. With a contract of one \
     year or less, a provider will be less inclined to invest in a new approach than with a \
     long-running contract. A longer contract gives the provider the opportunity to perfect its \
     approach.",
);

/// The warning to show under the contract duration field (step 3), if any: when the contract
/// is short (`domain::contract::is_short_contract`).
pub fn contract_duration_warning(months: Option<u32>) -> Option<Tr> {
    months.is_some_and(is_short_contract).then_some(SHORT_CONTRACT_WARNING)
}

// ---- choices

impl Labeled for Financing {
    const VARIANTS: &'static [Self] = &[Financing::Input, Financing::Output, Financing::NoCureLessPay];

    fn label(self) -> Tr {
        match self {
            Financing::Input => Tr::new("Betalen voor inzet (input)", "Pay for effort (input)"),
            Financing::Output => Tr::new("Betalen voor resultaat (output)", "Pay for results (output)"),
            Financing::NoCureLessPay => {
                Tr::new("No cure less pay (deels op resultaat)", "No cure, less pay (partly on results)")
            }
        }
    }

    fn explanation(self) -> Tr {
        match self {
            Financing::Input => Tr::new(
                "U betaalt voor wat er is gedaan: uren, programmaonderdelen of instrumenten. Gemeenten \
                 kozen dit waar het resultaat moeilijk meetbaar is, zoals bij sociale activering; het \
                 risico ligt dan vooral bij u. Emmen betaalde zo per afgerond programmaonderdeel en volgde elke klant \
                 wekelijks.",
                "You pay for what was done: hours, programme parts or instruments. Municipalities chose \
                 this where the result is hard to measure, as with social activation; the risk then lies \
                 mainly with you. Emmen paid this way per completed programme part and followed each client \
                 weekly.",
            ),
            Financing::Output => Tr::new(
                "U betaalt voor het bereikte resultaat, zoals een plaatsing op werk. Gemeenten kozen \
                 dit waar het resultaat goed meetbaar is; de aanbieder draagt dan het grootste risico. Amsterdam \
                 betaalde trajecten naar werk vrijwel helemaal op resultaat.",
                "You pay for the result achieved, such as a job placement. Municipalities chose this \
                 where the result is easy to measure; the provider then carries most of the risk. Amsterdam paid for \
                 trajectories into work almost entirely on results.",
            ),
            Financing::NoCureLessPay => Tr::new(
                "De aanbieder krijgt een deel van de prijs ook als het resultaat uitblijft, en het \
                 volle bedrag pas bij resultaat. Bij vernieuwende trajecten ligt deze vorm volgens de \
                 handreiking voor de hand: de aanbieder durft te investeren, en u betaalt niet alles \
                 voor trajecten die mislukken.",
                "The provider receives part of the price even when the result is not reached, and the \
                 full amount only on result. For innovative trajectories the guide sees this as the \
                 obvious choice: the provider dares to invest, and you do not pay everything for \
                 trajectories that fail.",
            ),
        }
    }
}

impl Labeled for RiskInstrument {
    const VARIANTS: &'static [Self] = &RiskInstrument::ALL;

    fn label(self) -> Tr {
        match self {
            RiskInstrument::AcclimatisationBudget => Tr::new(
                "Een gewenningsbudget voor de aanloopfase",
                "An acclimatisation budget (gewenningsbudget) for the start-up phase",
            ),
            RiskInstrument::CofinanceFailures => Tr::new(
                "Mislukte trajecten in de aanloopfase (deels) meefinancieren",
                "Co-finance failed trajectories in the start-up phase, in part or in whole",
            ),
            RiskInstrument::GuaranteedFirstBuyer => Tr::new(
                "Als eerste afnemer garant staan voor het nieuwe product",
                "Act as the guaranteed first buyer of the new product",
            ),
            RiskInstrument::Pilot => Tr::new(
                "Eerst een proef met gedeelde kosten, dan een gewone aanbesteding",
                "A pilot at shared cost first, then a regular tender",
            ),
        }
    }

    fn explanation(self) -> Tr {
        match self {
            RiskInstrument::AcclimatisationBudget => Tr::new(
                "U stelt geld beschikbaar zodat de aanbieder zijn nieuwe aanpak kan verkopen en uw organisatie eraan \
                 kan wennen. Gevolg: u betaalt mee aan leergeld; spreek af waarvoor het budget is en wanneer het \
                 stopt. De provincie Gelderland deed dit enkele jaren voor 2002.",
                "You make money available so that the provider can sell its new approach and your organisation can \
                 get used to it. Consequence: you share the cost of learning; agree what the budget is for and when \
                 it stops. The province of Gelderland did this some years before 2002.",
            ),
            RiskInstrument::CofinanceFailures => Tr::new(
                "Trajecten of plaatsingen die in de aanloopfase mislukken, betaalt u geheel of gedeeltelijk toch. \
                 Gevolg: de aanbieder durft iets nieuws te proberen, u draagt een deel van de tegenvallers; beperk \
                 het tot de aanloopfase en leg de grens vast.",
                "Trajectories or placements that fail in the start-up phase are still paid for, in whole or in part. \
                 Consequence: the provider dares to try something new and you carry part of the setbacks; limit it to \
                 the start-up phase and fix the limit.",
            ),
            RiskInstrument::GuaranteedFirstBuyer => Tr::new(
                "U verbindt zich om het nieuwe product of de nieuwe methode af te nemen en loopt zo voorop in de \
                 markt. Gevolg: de aanbieder weet dat er een afnemer is; u legt vooraf aantallen vast en neemt het \
                 risico dat het tegenvalt.",
                "You commit to buying the new product or method and so lead the market. Consequence: the provider \
                 knows there is a buyer; you fix numbers in advance and take the risk that it disappoints.",
            ),
            RiskInstrument::Pilot => Tr::new(
                "Eerst een proef om de aanpak te laten bewijzen, met de kosten gedeeld, daarna een gewone \
                 aanbesteding met een norm. Apeldoorn kocht de trajecten van het bouwproject eerst voor de helft van \
                 de kosten dankzij een subsidie van de provincie, betaalde een jaar uit eigen middelen, en liet het \
                 project daarna meedoen in de gewone aanbesteding met een norm van 55 %. Gevolg: het duurt langer, \
                 maar de aanpak kan zich bewijzen met een risico dat voor beide partijen aanvaardbaar is.",
                "A pilot first, to let the approach prove itself, with the cost shared, then a regular tender with a \
                 norm. Apeldoorn first bought the building project's trajectories at half the cost thanks to a \
                 provincial subsidy, paid one year from its own funds, and then let the project take part in its \
                 regular tender with a 55% norm. Consequence: it takes longer, but the approach can prove itself at a \
                 risk both sides can accept.",
            ),
        }
    }
}

/// Where the guide describes each way of carrying risk.
pub fn risk_instrument_sources(r: RiskInstrument) -> &'static [SourceRef] {
    const BUDGET: &[SourceRef] = &[SourceRef::guide_chapter(4, 25, 25)];
    const FAILURES: &[SourceRef] = &[SourceRef::guide_chapter(4, 25, 25)];
    const FIRST_BUYER: &[SourceRef] = &[SourceRef::guide("2.3", 11, 13)];
    const PILOT: &[SourceRef] = &[SourceRef::guide("3.3", 19, 19), SourceRef::appendix(1, 29, 29)];
    match r {
        RiskInstrument::AcclimatisationBudget => BUDGET,
        RiskInstrument::CofinanceFailures => FAILURES,
        RiskInstrument::GuaranteedFirstBuyer => FIRST_BUYER,
        RiskInstrument::Pilot => PILOT,
    }
}
