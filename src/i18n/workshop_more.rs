//! Texts of the workshop's exercises 6 (the buyer's role) and 7 (buying together). Facts are
//! the guide's §3.5 and chapter 4 (the four municipalities' roles) and the Holland Rijnland
//! plan §2.1, §3 and §4 (ten municipalities buying together, each paying for its own), in our
//! words; the thresholds are today's rules (`domain::thresholds`), an addition of our own.

use super::{pick, Lang, Tr};
use crate::domain::workshop::Exercise;

pub fn exercise_title(e: Exercise) -> Tr {
    match e {
        Exercise::Role => Tr::new("De rol van de opdrachtgever", "The buyer's role"),
        _ => Tr::new("Samen inkopen", "Buying together"),
    }
}

pub fn question(e: Exercise) -> Tr {
    match e {
        Exercise::Role => Tr::new(
            "Vier gemeenten, vier keuzes. Welke rol nam elke gemeente tegenover het re-integratiebedrijf, \
             en wat betekende dat voor de ruimte van het bedrijf om iets nieuws te proberen?",
            "Four municipalities, four choices. Which role did each municipality take towards the \
             re-integration provider, and what did that mean for the provider's room to try something new?",
        ),
        _ => Tr::new(
            "Katwijk koopt eerst alleen in. Dan doen de ISD Bollenstreek en de andere gemeenten van Holland \
             Rijnland mee. Bij welke deelnemer moet de inkoop Europees, en wat verandert er dan?",
            "Katwijk first buys alone. Then the ISD Bollenstreek and the other municipalities of Holland \
             Rijnland join. With which participant must the purchase go European, and what changes then?",
        ),
    }
}

pub fn answer(e: Exercise) -> Tr {
    match e {
        Exercise::Role => Tr::new(
            "Amsterdam volgt, bewaakt en stuurt bij op afstand, maar vraagt wel samenwerking. Emmen liet het \
             project aan het bedrijf over: ook op afstand. Roermond stuurt als regisseur op output. Apeldoorn \
             faciliteert: het regelt de voorwaarden waaraan deelnemers moeten voldoen.",
            "Amsterdam follows, monitors and adjusts at a distance, but does ask for cooperation. Emmen left \
             the project to the provider: at a distance too. Roermond steers on output as director. \
             Apeldoorn facilitates: it sees to the conditions participants must meet.",
        ),
        _ => Tr::new(
            "De drempel toetst de hele gezamenlijke opdracht, niet het deel van één gemeente. Bij twaalf \
             maanden brengt de derde deelnemer het totaal op € 270.000: boven de drempel voor diensten \
             (€ 216.000 in 2026–2027), onder de € 750.000 voor sociale en andere specifieke diensten, waar \
             re-integratie meestal onder valt; een nationale procedure blijft mogelijk. Bij 36 maanden komt \
             de derde op € 810.000: dan geldt het verlichte Europese regime.",
            "The threshold tests the whole joint purchase, not one municipality's share. With twelve months \
             the third participant takes the total to €270,000: above the threshold for services (€216,000 \
             in 2026–2027), below the €750,000 for social and other specific services, where re-integration \
             usually falls; a national procedure is still possible. With 36 months the third takes it to \
             €810,000: then the European light regime applies.",
        ),
    }
}

pub fn why(e: Exercise) -> Tr {
    match e {
        Exercise::Role => Tr::new(
            "De rol bepaalt hoeveel ruimte een bedrijf krijgt en wie het risico draagt. Op afstand sturen werkt \
             alleen met meetbare resultaten: Emmen kon zonder uitstroomcriteria niet op het eindresultaat \
             sturen, en het financiële risico bleef bij de gemeente. De handreiking ziet dat gemeenten hun rol \
             vooral gebruiken om het traject te beheersen, nog niet om de markt te bewegen, en dat een \
             deskundige opdrachtgever ertoe doet.",
            "The role decides how much room a provider gets and who carries the risk. Steering at a distance \
             only works with measurable results: without outflow criteria Emmen could not steer on the end \
             result, and the financial risk stayed with the municipality. The guide sees municipalities use \
             their role mainly to control the trajectory, not yet to move the market, and finds that an \
             expert buyer matters.",
        ),
        _ => Tr::new(
            "Samen inkopen geeft volgens het plan kennisuitwisseling, meer schaal en ruimte om met \
             verschillende bedrijven te experimenteren. Die schaal telt ook voor de regels: alle deelnemers \
             en alle opties samen. Een opdracht opknippen om onder de drempel te blijven mag niet. Wat niet \
             verandert: iedere gemeente blijft verantwoordelijk voor haar eigen geld en betaalt per persoon \
             uit haar eigen budget.",
            "According to the plan, buying together brings an exchange of knowledge, more scale and room to \
             experiment with different providers. That scale also counts for the rules: all participants and \
             all options together. Splitting a purchase to stay below the threshold is not allowed. What does \
             not change: each municipality stays responsible for its own money and pays per person from its \
             own budget.",
        ),
    }
}

pub fn source(e: Exercise) -> Tr {
    match e {
        Exercise::Role => Tr::new(
            "Handreiking §3.5 (rolverdeling bij de vier gemeenten) en hoofdstuk 4 (rol opdrachtgever)",
            "Guide §3.5 (the roles of the four municipalities) and chapter 4 (the buyer's role)",
        ),
        _ => Tr::new(
            "Projectplan Holland Rijnland §2.1, §3 en §4; de drempels van nu (Richtlijn 2014/24/EU) zijn een \
             aanvulling van Inkoopwijzer",
            "Holland Rijnland project plan §2.1, §3 and §4; today's thresholds (Directive 2014/24/EU) are an \
             addition of Inkoopwijzer's",
        ),
    }
}

// ---- exercise 6: the buyer's role
pub const COL_MUNICIPALITY: Tr = Tr::new("Gemeente", "Municipality");
pub const COL_INFLOW: Tr = Tr::new("Instroomgarantie", "Inflow guarantee");
pub const COL_DURATION: Tr = Tr::new("Contractduur", "Contract length");
pub const COL_PROCEDURE: Tr = Tr::new("Procedure", "Procedure");
pub const COL_ROOM_ROLE: Tr = Tr::new("Welke rol? (de zaal)", "Which role? (the room)");
pub const COL_GUIDE_ROLE: Tr = Tr::new("De rol en wat die betekende", "The role and what it meant");
pub const NOT_CHOSEN: Tr = Tr::new("Kies een rol", "Choose a role");
pub const YES: Tr = Tr::new("ja", "yes");
pub const NO: Tr = Tr::new("nee", "no");
pub const UNKNOWN: Tr = Tr::new("onbekend", "unknown");

/// "12 maanden".
pub fn months(n: u32, lang: Lang) -> String {
    pick(format!("{n} maanden"), format!("{n} months"), lang)
}

/// The municipality of a case key of `domain::workshop::ROLE_CASES`.
pub fn municipality(key: &str) -> &'static str {
    match key {
        "amsterdam" => "Amsterdam",
        "emmen" => "Emmen",
        "roermond" => "Roermond",
        "apeldoorn" => "Apeldoorn",
        _ => "",
    }
}

/// What the role meant in that municipality, in the reveal.
pub fn role_meaning(key: &str) -> Tr {
    match key {
        "amsterdam" => Tr::new(
            "Volgt, bewaakt en stuurt bij op de afspraken en resultaten uit het contract en bemoeit zich zo \
             min mogelijk met de inhoud. Wel vraagt zij samenwerking: de activeringsmakelaar overlegt mee over \
             de kwartaalrapportages en heeft geld om nieuwe producten te ontwikkelen.",
            "Follows, monitors and adjusts on the agreements and results in the contract and keeps out of \
             the content as far as it can. It does ask for cooperation: the activation broker joins the talks \
             on the quarterly reports and has money to develop new products.",
        ),
        "emmen" => Tr::new(
            "Legde de verantwoordelijkheid bij het bedrijf, dat zijn eigen plan en creativiteit kon volgen. \
             Zonder meetbare uitstroomcriteria kon de gemeente niet op het eindresultaat sturen en bleef het \
             financiële risico bij haar; het volgende contract krijgt duidelijke eindeisen en legt dat risico \
             bij het bedrijf.",
            "Put the responsibility with the provider, which could follow its own plan and creativity. \
             Without measurable outflow criteria the municipality could not steer on the end result and kept \
             the financial risk; the next contract gets clear end requirements and moves that risk to the \
             provider.",
        ),
        "roermond" => Tr::new(
            "Stuurt als regisseur op output, richt de projectorganisatie in en zorgt voor communicatie en \
             informatie-uitwisseling. In de wijk jaagt zij aan en is zij de schakel tussen de instellingen en \
             de opdrachtnemer.",
            "Steers on output as director, sets up the project organisation and sees to communication and \
             the exchange of information. In the neighbourhood it drives things on and is the link between \
             the institutions and the contractor.",
        ),
        _ => Tr::new(
            "Faciliteert: de gemeente zorgde dat deelnemers aan de voorwaarden van het project voldeden (in de \
             groep passen, drugsvrij, schulden beheersbaar), zodat het bedrijf zich op het traject kon richten.",
            "Facilitates: the municipality made sure participants met the project's conditions (fitting in \
             the group, drug-free, debts under control), so that the provider could focus on the trajectory.",
        ),
    }
}

/// "3 van de 4 rollen van de zaal kloppen met de handreiking."
pub fn role_score_line(score: usize, total: usize, lang: Lang) -> String {
    pick(
        format!("{score} van de {total} rollen van de zaal komen overeen met de handreiking."),
        format!("{score} of the room's {total} roles agree with the guide."),
        lang,
    )
}

// ---- exercise 7: buying together
pub const PARTICIPANTS: Tr =
    Tr::new("Deelnemers, in de volgorde waarin ze meedoen", "Participants, in the order they join");
pub const JOIN: Tr = Tr::new("Volgende deelnemer erbij", "Add the next participant");
pub const LEAVE: Tr = Tr::new("Laatste deelnemer eraf", "Remove the last participant");
pub const JOINED: Tr = Tr::new("doet mee", "joined");
pub const NOT_JOINED: Tr = Tr::new("nog niet", "not yet");
pub const DURATION: Tr = Tr::new("Looptijd, opties meegerekend", "Duration, options included");
pub const TOGETHER_CASE: Tr = Tr::new(
    "Holland Rijnland: de trajecten per jaar per deelnemer en de trajectprijs van € 6.000 zijn \
     illustratief (het plan noemt geen aantallen of prijzen).",
    "Holland Rijnland: the trajectories a year per participant and the trajectory price of €6,000 are \
     illustrative (the plan gives no numbers or prices).",
);
pub const REGIME_SERVICES: Tr = Tr::new("Diensten in het algemeen", "Services in general");
pub const REGIME_SOCIAL: Tr = Tr::new(
    "Sociale en andere specifieke diensten (re-integratie)",
    "Social and other specific services (re-integration)",
);
pub const ABOVE: Tr = Tr::new("boven de drempel: Europees", "above the threshold: European");
pub const BELOW: Tr = Tr::new("onder de drempel: nationaal", "below the threshold: national");
pub const FITS: Tr = Tr::new("Past", "Fits");

/// "10 trajecten per jaar".
pub fn trajectories(n: Option<u32>, lang: Lang) -> String {
    let n = n.unwrap_or(0);
    pick(format!("{n} trajecten per jaar"), format!("{n} trajectories a year"), lang)
}

/// "Waarde van de hele opdracht: € 270.000,00 (3 deelnemers, 45 trajecten per jaar × € 6.000,00 × 12 maanden)".
pub fn joint_value(total: &str, participants: usize, per_year: u64, price: &str, months: u64, lang: Lang) -> String {
    pick(
        format!(
            "Waarde van de hele opdracht: {total} ({participants} {}, {per_year} trajecten per jaar × {price} × \
             {months} maanden / 12)",
            if participants == 1 { "deelnemer" } else { "deelnemers" }
        ),
        format!(
            "Value of the whole purchase: {total} ({participants} {}, {per_year} trajectories a year × {price} × \
             {months} months / 12)",
            if participants == 1 { "participant" } else { "participants" }
        ),
        lang,
    )
}

/// "drempel € 216.000,00".
pub fn threshold(amount: &str, lang: Lang) -> String {
    pick(format!("drempel {amount}"), format!("threshold {amount}"), lang)
}

pub const NO_VALUE: Tr = Tr::new("Geen waarde te berekenen.", "No value can be computed.");
