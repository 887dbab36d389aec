//! Texts of the bid comparison page (`features::bids`), in Dutch and English: its sections,
//! the set-up tables, the bids and consensus tables, the outcome and the result strip, the
//! checks, the bonus/malus simulator and the export. The words for the domain's findings
//! (problems, admission, rank reversal, sensitivity, the formulas) are in [`super::scoring`],
//! which this page shares with the CSV export and the documents.

use super::scoring::{fmt_money, fmt_number, fmt_percent};
use super::{pick, Lang, Tr};
use crate::domain::money::{ParseError, Percent};
use crate::domain::scoring::reversal::{HypotheticalBid, HypotheticalKind};
use rust_decimal::Decimal;

// ---- page
pub const TITLE: Tr = Tr::new("Offertes vergelijken", "Comparing the bids");
pub const LEAD: Tr = Tr::new(
    "Vul de offertes in, laat elke beoordelaar zelf scoren en bespreek de verschillen. De pagina rekent exact, laat zien hoe elke score is opgebouwd en waarschuwt voordat een rekenfout een rechtszaak wordt.",
    "Enter the bids, let each evaluator score on their own and discuss the differences. The page calculates exactly, shows how each score is built up and warns before a mistake in the arithmetic becomes a court case.",
);
pub const TOC_LABEL: Tr = Tr::new("Op deze pagina", "On this page");
pub const SEC_CRITERIA: Tr =
    Tr::new("Gunningscriteria en prijsformule", "Award criteria (gunningscriteria) and price formula");
pub const SEC_KNOCKOUTS: Tr = Tr::new("Knock-outeisen en puntenschaal", "Knock-out requirements and quality scale");
pub const SEC_EVALUATORS: Tr = Tr::new("Beoordelaars", "Evaluators");
pub const SEC_BIDS: Tr = Tr::new("Inschrijvingen", "Bids");
pub const SEC_CONSENSUS: Tr = Tr::new("Scores van de beoordelaars vergelijken", "Comparing the evaluators' scores");
pub const SEC_RESULTS: Tr = Tr::new("Uitkomst", "Outcome");
pub const SEC_CHECKS: Tr =
    Tr::new("Controles: omkering, weging, waarde van een punt", "Checks: reversal, weights, worth of a point");
pub const SEC_BONUS: Tr = Tr::new("Bonus/malus doorrekenen", "Bonus/malus simulator");
pub const SEC_EXPORT: Tr = Tr::new("Exporteren", "Export");

// ---- common
pub const REMOVE: Tr = Tr::new("Verwijderen", "Remove");
pub const UNDO: Tr = Tr::new("Ongedaan maken", "Undo");
pub const MOVE_UP: Tr = Tr::new("Omhoog", "Move up");
pub const MOVE_DOWN: Tr = Tr::new("Omlaag", "Move down");
pub const NOT_SET: Tr = Tr::new("niet ingevuld", "not set");
pub const POINTS: Tr = Tr::new("punten", "points");
pub const WEEKS: Tr = Tr::new("weken", "weeks");
pub const TRAJECTORIES: Tr = Tr::new("trajecten", "trajectories");
pub const PRICE: Tr = Tr::new("Prijs", "Price");
pub const TOTAL: Tr = Tr::new("Totaal", "Total");
pub const YES: Tr = Tr::new("Ja", "Yes");
pub const NOW: Tr = Tr::new("nu", "now");
pub const ABSOLUTE: Tr = Tr::new("absoluut", "absolute");
pub const RELATIVE: Tr = Tr::new("relatief", "relative");
pub const GO_TO_FIELD: Tr = Tr::new("Naar het veld", "Go to the field");
pub const GO_TO_STEP3: Tr = Tr::new("Aanpassen in stap 3", "Change in step 3");
pub const SEE_SECTION: Tr = Tr::new("Bekijken", "Show");

// ---- criteria and formula
pub const CRITERIA_INTRO: Tr = Tr::new(
    "De gunningscriteria en hun weging liggen vast in het bestek (stap 3) en zijn vooraf gepubliceerd; hier ziet u ze alleen. Wat één kwaliteitspunt in euro’s waard is, vult u hier in (nodig voor gunnen op waarde).",
    "The award criteria (gunningscriteria) and their weights are fixed in the bestek (step 3) and published in advance; here you only see them. What one quality point is worth in euros is entered here (needed for quality-to-price).",
);
pub const CRITERIA_CAPTION: Tr =
    Tr::new("Gunningscriteria en weging (uit stap 3)", "Award criteria and weights (from step 3)");
/// After removing an award criterion in step 3 (its scores go along; undo brings both back).
pub const CRITERION_REMOVED: Tr =
    Tr::new("Criterium en de scores erop verwijderd.", "Criterion and its scores removed.");
pub const NO_CRITERIA: Tr = Tr::new(
    "Er zijn nog geen gunningscriteria. Leg ze vast in stap 3 voordat u offertes vergelijkt.",
    "There are no award criteria yet. Set them in step 3 before comparing bids.",
);
pub const COL_CRITERION: Tr = Tr::new("Criterium", "Criterion");
pub const COL_KIND: Tr = Tr::new("Soort", "Kind");
pub const COL_WEIGHT: Tr = Tr::new("Weging", "Weight");
pub const COL_VALUE_PER_POINT: Tr = Tr::new("Waarde per punt (€, per traject)", "Value per point (€, per trajectory)");
pub const KIND_PRICE: Tr = Tr::new("Prijs", "Price");
pub const KIND_QUALITY: Tr = Tr::new("Kwaliteit", "Quality");
pub const WEIGHTS_OK: Tr = Tr::new("De wegingen tellen op tot 100 %.", "The weights add up to 100%.");
pub const WEIGHTS_BELOW: Tr = Tr::new("Nog te verdelen:", "Still to distribute:");
pub const WEIGHTS_ABOVE: Tr = Tr::new("Te veel:", "Too much:");
pub const WEIGHTS_MISSING: Tr = Tr::new("Criteria zonder weging:", "Criteria without a weight:");
pub const VPP_USED: Tr = Tr::new(
    "Gunnen op waarde: de fictieve prijs is de prijs min de waarde van de behaalde punten. Vul voor elk kwaliteitscriterium de waarde per punt in, zoals gepubliceerd.",
    "Quality-to-price: the fictive price is the price minus the value of the points scored. Enter the value per point of every quality criterion, as published.",
);
pub const VPP_COMPARE: Tr = Tr::new(
    "De waarde per punt telt niet mee in de gekozen formule; vult u haar in, dan toont de vergelijking ook wat gunnen op waarde zou geven.",
    "The value per point does not count in the chosen formula; if you enter it, the comparison also shows what quality-to-price would give.",
);
pub const EDIT_CRITERIA: Tr = Tr::new("Criteria of weging wijzigen in stap 3", "Change criteria or weights in step 3");
pub const FORMULA_TITLE: Tr = Tr::new("Prijsformule", "Price formula");
pub const EDIT_FORMULA: Tr = Tr::new("Prijsformule wijzigen in stap 3", "Change the price formula in step 3");
pub const BOUNDS_TITLE: Tr = Tr::new("Vooraf gepubliceerde prijsgrenzen", "Price bounds published in advance");
pub const BOUNDS_USED: Tr = Tr::new(
    "De gekozen formule met vaste grenzen rekent met deze twee bedragen. Publiceer ze in de aanbestedingsstukken, \
     vóór de offertes binnenkomen.",
    "The chosen formula with fixed bounds scores with these two amounts. Publish them in the tender documents, \
     before the bids come in.",
);
pub const BOUNDS_COMPARED: Tr = Tr::new(
    "De gekozen formule gebruikt geen prijsgrenzen. Vul ze toch in om in de vergelijking van formules te zien \
     wat de formule met vaste grenzen zou geven.",
    "The chosen formula uses no price bounds. Fill them in anyway to see in the comparison of formulas what the \
     formula with fixed bounds would give.",
);

// ---- knock-outs and scale
pub const KNOCKOUTS_TITLE: Tr = Tr::new("Knock-outeisen", "Knock-out requirements");
pub const KNOCKOUTS_HELP: Tr = Tr::new(
    "Een inschrijving die een knock-outeis niet haalt, valt af: zij krijgt geen score en telt ook niet mee als laagste of hoogste prijs.",
    "A bid that fails a knock-out requirement is excluded: it gets no score and does not count as the lowest or highest price either.",
);
pub const NO_KNOCKOUTS: Tr = Tr::new("Er zijn geen knock-outeisen.", "There are no knock-out requirements.");
pub const ADD_KNOCKOUT: Tr = Tr::new("Knock-outeis toevoegen", "Add knock-out requirement");
pub const KNOCKOUT_REMOVED: Tr = Tr::new("Knock-outeis verwijderd.", "Knock-out requirement removed.");
pub const KO_DESCRIPTION: Tr = Tr::new("Eis (zoals gepubliceerd)", "Requirement (as published)");
pub const KO_PLACEHOLDER: Tr = Tr::new("bijv. plaatsingspercentage minstens 55 %", "e.g. placement rate at least 55%");
pub const KO_HOW: Tr = Tr::new("Hoe beoordeeld", "How it is judged");
pub const KO_MIN_RATE: Tr = Tr::new("Aangeboden plaatsingspercentage minstens", "Offered placement rate at least");
pub const KO_MIN_RATE_HELP: Tr = Tr::new(
    "De app vergelijkt het percentage uit de offerte met de grens.",
    "The app compares the rate in the bid with the threshold.",
);
pub const KO_MAX_WEEKS: Tr = Tr::new("Doorlooptijd hoogstens", "Lead time at most");
pub const KO_MAX_WEEKS_HELP: Tr = Tr::new(
    "De app vergelijkt de doorlooptijd uit de offerte met de grens.",
    "The app compares the lead time in the bid with the threshold.",
);
pub const KO_MANUAL: Tr = Tr::new("Door de beoordelaars", "By the evaluators");
pub const KO_MANUAL_HELP: Tr =
    Tr::new("Voldoet / voldoet niet, per inschrijving in de tabel.", "Pass or fail, per bid in the table.");
pub const KO_MIN_RATE_LABEL: Tr = Tr::new("Minimaal plaatsingspercentage", "Minimum placement rate");
pub const KO_MAX_WEEKS_LABEL: Tr = Tr::new("Maximale doorlooptijd", "Maximum lead time");
pub const KO_MANUAL_WHERE: Tr = Tr::new(
    "Leg per inschrijving vast of zij voldoet: de tabel met inschrijvingen heeft hiervoor een kolom.",
    "Record per bid whether it passes: the bids table has a column for it.",
);
pub const SCALE_TITLE: Tr = Tr::new("Puntenschaal voor kwaliteit", "Quality scale");
pub const SCALE_MAX: Tr = Tr::new("Hoogste score", "Top of the scale");
pub const SCALE_MAX_HELP: Tr = Tr::new(
    "De laagste score is 0. Een kwaliteitscriterium met weging W geeft W × score / hoogste score punten.",
    "The lowest score is 0. A quality criterion with weight W gives W × score / top of the scale points.",
);
pub const LEVELS_TITLE: Tr = Tr::new("Benoemde niveaus (optioneel)", "Named levels (optional)");
pub const LEVELS_HELP: Tr = Tr::new(
    "Bijvoorbeeld onvoldoende = 0, voldoende = 6, goed = 8, uitstekend = 10. Zijn er niveaus, dan moet elke score één van die niveaus zijn.",
    "For example insufficient = 0, sufficient = 6, good = 8, excellent = 10. With levels, every score must be one of them.",
);
pub const LEVEL_LABEL: Tr = Tr::new("Niveau", "Level");
pub const ADD_LEVEL: Tr = Tr::new("Niveau toevoegen", "Add level");
pub const LEVEL_REMOVED: Tr = Tr::new("Niveau verwijderd.", "Level removed.");

// ---- evaluators
pub const EVALUATORS_HELP: Tr = Tr::new(
    "Elke beoordelaar scoort eerst zelf, zonder overleg. Daarna vergelijkt u de scores: waar ze te ver uiteenlopen, bespreekt u ze en legt u een gezamenlijke score met reden vast.",
    "Each evaluator first scores on their own, without consulting. Then compare the scores: where they differ too much, discuss them and record an agreed score with its reason.",
);
pub const NO_EVALUATORS: Tr = Tr::new("Er zijn nog geen beoordelaars.", "There are no evaluators yet.");
pub const EVALUATOR: Tr = Tr::new("Beoordelaar", "Evaluator");
pub const EVALUATOR_NAME: Tr = Tr::new("Naam beoordelaar", "Name of evaluator");
pub const ADD_EVALUATOR: Tr = Tr::new("Beoordelaar toevoegen", "Add evaluator");
pub const EVALUATOR_REMOVED: Tr =
    Tr::new("Beoordelaar en diens scores verwijderd.", "Evaluator and their scores removed.");
pub const MARGIN: Tr =
    Tr::new("Marge voor verschillen tussen beoordelaars", "Margin for differences between evaluators");
pub const MARGIN_HELP: Tr = Tr::new(
    "Liggen de scores van de beoordelaars op een criterium verder uit elkaar dan dit, dan vraagt de app om overleg.",
    "When the evaluators' scores on a criterion lie further apart than this, the app asks for a discussion.",
);

// ---- bids table
pub const BIDS_HELP: Tr = Tr::new(
    "Eén regel per inschrijving. Bedragen mag u schrijven als 4.250,00, 4250.00 of EUR 4.250. Met pijltje omhoog en omlaag gaat u naar dezelfde kolom in de regel erboven of eronder.",
    "One row per bid. Amounts may be written as 4.250,00, 4250.00 or EUR 4.250. Arrow up and down move to the same column in the row above or below.",
);
pub const BIDS_CAPTION: Tr = Tr::new("Inschrijvingen en scores per beoordelaar", "Bids and scores per evaluator");
pub const NO_EVALUATORS_FOR_SCORES: Tr =
    Tr::new("Voeg beoordelaars toe om kwaliteitsscores in te vullen.", "Add evaluators to enter quality scores.");
pub const NO_BIDS: Tr = Tr::new("Er zijn nog geen inschrijvingen.", "There are no bids yet.");
pub const ADD_BID: Tr = Tr::new("Inschrijving toevoegen", "Add bid");
pub const BID_REMOVED: Tr = Tr::new("Inschrijving verwijderd", "Bid removed");
pub const COL_BIDDER: Tr = Tr::new("Inschrijver", "Bidder");
pub const COL_PRICE: Tr = Tr::new("Prijs per traject (€)", "Price per trajectory (€)");
pub const COL_PRICE_SHORT: Tr = Tr::new("Prijs per traject", "Price per trajectory");
pub const COL_RATE: Tr = Tr::new("Plaatsings\u{AD}percentage (%)", "Placement rate (%)");
pub const COL_RATE_SHORT: Tr = Tr::new("Plaatsingspercentage", "Placement rate");
pub const COL_WEEKS: Tr = Tr::new("Doorlooptijd (weken)", "Lead time (weeks)");
pub const COL_WEEKS_SHORT: Tr = Tr::new("Doorlooptijd in weken", "Lead time in weeks");
pub const COL_STATUS: Tr = Tr::new("Status", "Status");
pub const COL_ACTIONS: Tr = Tr::new("Acties", "Actions");
pub const VERDICT_NONE: Tr = Tr::new("nog niet beoordeeld", "not judged yet");
pub const VERDICT_PASS: Tr = Tr::new("voldoet", "passes");
pub const VERDICT_FAIL: Tr = Tr::new("voldoet niet", "fails");
// ---- consensus
pub const CONSENSUS_HELP: Tr = Tr::new(
    "Per kwaliteitscriterium de scores naast elkaar, met gemiddelde en spreiding (hoogste min laagste). Zonder gezamenlijke score telt het gemiddelde; een gezamenlijke score gaat voor en heeft een reden nodig.",
    "Per quality criterion the scores side by side, with mean and spread (highest minus lowest). Without an agreed score the mean counts; an agreed score takes precedence and needs a reason.",
);
pub const CONSENSUS_EMPTY: Tr = Tr::new(
    "Hier verschijnen de scores zodra er kwaliteitscriteria en inschrijvingen zijn.",
    "The scores appear here once there are quality criteria and bids.",
);
pub const COL_MEAN: Tr = Tr::new("Gemiddelde", "Mean");
pub const COL_SPREAD: Tr = Tr::new("Spreiding", "Spread");
pub const COL_FLAG: Tr = Tr::new("Overleg", "Discussion");
pub const COL_AGREED: Tr = Tr::new("Gezamenlijke score", "Agreed score");
pub const COL_REASON: Tr = Tr::new("Reden", "Reason");
pub const COL_COUNTS: Tr = Tr::new("Telt mee", "Counts");
pub const NOT_COMPLETE: Tr = Tr::new("– (nog niet alle scores)", "– (not all scores yet)");

// ---- results
pub const STALE_TITLE: Tr = Tr::new("Eerst de ongeldige invoer herstellen", "First correct the invalid input");
pub const STALE_TEXT: Tr = Tr::new(
    "Deze velden bevatten tekst die geen geldig getal is. Tot die is hersteld, rekent de app met de vorige waarde, en zou een uitkomst misleiden. Daarom staat hier nog geen uitkomst.",
    "These fields hold text that is not a valid number. Until it is corrected the app would calculate with the previous value, and an outcome would mislead. That is why no outcome is shown yet.",
);
pub const STALE_DERIVED: Tr = Tr::new(
    "Niet getoond: een veld bevat nog ongeldige invoer (zie Uitkomst).",
    "Not shown: a field still holds invalid input (see Outcome).",
);
pub const BLOCKING_TITLE: Tr = Tr::new("Eerst op te lossen", "To solve first");
pub const BLOCKING_TEXT: Tr = Tr::new(
    "Zolang deze punten openstaan, toont de app geen scores of rangorde: ze zouden niet kloppen.",
    "While these are open, the app shows no scores or ranking: they would not be right.",
);
pub const WARNINGS_TITLE: Tr = Tr::new("Let op", "Warnings");
pub const WINNER: Tr = Tr::new("Winnaar", "Winner");
pub const RANKING_TITLE: Tr =
    Tr::new("Rangorde, en wat andere formules zouden geven", "Ranking, and what other formulas would give");
pub const RANKING_HELP: Tr = Tr::new(
    "Links de gekozen formule; daarnaast dezelfde offertes onder elke andere prijsformule. Wint daar iemand anders, dan hangt de gunning af van de formulekeuze: leg die keuze vooraf vast en motiveer haar.",
    "On the left the chosen formula; next to it the same bids under every other price formula. If someone else wins there, the award depends on the choice of formula: fix that choice in advance and explain it.",
);
pub const COL_RANK: Tr = Tr::new("Rang", "Rank");
pub const CHOSEN: Tr = Tr::new("gekozen", "chosen");
pub const NOT_AVAILABLE: Tr = Tr::new("Niet te berekenen", "Cannot be computed");
pub const SAME_WINNER: Tr = Tr::new("Zelfde winnaar?", "Same winner?");
pub const BREAKDOWN_TITLE: Tr = Tr::new("Opbouw van de scores", "How the scores are built up");
pub const BREAKDOWN_CAPTION: Tr =
    Tr::new("Bijdrage van elk criterium aan het totaal", "Contribution of each criterion to the total");
pub const CHART_BREAKDOWN: Tr =
    Tr::new("Totaal per inschrijving, opgebouwd per criterium", "Total per bid, built up per criterion");
pub const CHART_SEE_TABLE: Tr =
    Tr::new("De getallen per criterium staan in de tabel eronder", "The numbers per criterion are in the table below");
pub const FICTIVE_PRICE: Tr = Tr::new("Fictieve prijs", "Fictive price");
pub const COL_CPR: Tr = Tr::new("Kosten per resultaat", "Cost per result");
pub const COL_TOTAL: Tr = Tr::new("Totaal (punten)", "Total (points)");
pub const COL_FICTIVE: Tr = Tr::new("Fictieve prijs (€)", "Fictive price (€)");
pub const COL_NOTE: Tr = Tr::new("Toelichting", "Note");
pub const PER_POINT: Tr = Tr::new("per punt", "per point");
pub const FORMULA_USED: Tr = Tr::new("Formule", "Formula");
pub const REFERENCES: Tr = Tr::new("Gebruikte referenties", "References used");
pub const LOWEST_PRICE: Tr = Tr::new("laagste prijs", "lowest price");
pub const HIGHEST_PRICE: Tr = Tr::new("hoogste prijs", "highest price");
pub const BOUNDS: Tr = Tr::new("vaste grenzen", "fixed bounds");
pub const LOWEST_CPR: Tr = Tr::new("laagste kosten per resultaat", "lowest cost per result");
pub const TIE_BREAK: Tr = Tr::new("Bij gelijke score", "Tie-break rule");
pub const ROUNDING: Tr = Tr::new("Afronding", "Rounding");

// ---- result strip (the one-line outcome at the bottom of the screen)
/// The strip's accessible name.
pub const STRIP_LABEL: Tr = Tr::new("Uitkomst", "Outcome");
pub const STRIP_TO_RESULTS: Tr = Tr::new("Naar de uitkomst", "Go to the outcome");
pub const STRIP_STALE: Tr = Tr::new(
    "Geen uitkomst: een invoer is ongeldig (zie de melding bij de cel).",
    "No outcome: an entry is invalid (see the message at the cell).",
);

/// Why the strip shows no winner: `n` points block the calculation.
pub fn strip_blocked(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "Nog geen uitkomst: 1 punt blokkeert de berekening.".into(),
        (Lang::Nl, n) => format!("Nog geen uitkomst: {n} punten blokkeren de berekening."),
        (Lang::En, 1) => "No outcome yet: 1 point blocks the calculation.".into(),
        (Lang::En, n) => format!("No outcome yet: {n} points block the calculation."),
    }
}

/// The strip with a winner: "Winnaar: B — 79,00 punten · 1 waarschuwing", with the
/// total already formatted and the unit's name (`unit_label`).
pub fn strip_winner(name: &str, total: &str, unit: &str, warnings: usize, lang: Lang) -> String {
    format!("{}: {name} — {total} {unit}{}", WINNER.get(lang), strip_warnings(warnings, lang))
}

/// After the winner in the strip: " · 3 waarschuwingen" (nothing without warnings).
pub fn strip_warnings(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (_, 0) => String::new(),
        (Lang::Nl, 1) => " · 1 waarschuwing".into(),
        (Lang::Nl, n) => format!(" · {n} waarschuwingen"),
        (Lang::En, 1) => " · 1 warning".into(),
        (Lang::En, n) => format!(" · {n} warnings"),
    }
}

// ---- checks
pub const CHECKS_NEED_OUTCOME: Tr = Tr::new(
    "De controles verschijnen zodra er een geldige uitkomst is.",
    "The checks appear once there is a valid outcome.",
);
pub const REVERSAL_TITLE: Tr = Tr::new("Controle op rangorde-omkering", "Rank-reversal check");
pub const REVERSAL_ABSOLUTE: Tr = Tr::new(
    "Deze formule is absoluut: elke inschrijving wordt op zichzelf gescoord. Een inschrijving meer of minder kan de volgorde van de andere niet omdraaien.",
    "This formula is absolute: each bid is scored on its own. One bid more or less cannot flip the order of the others.",
);
pub const REVERSAL_NONE: Tr =
    Tr::new("Geen omkering gevonden bij deze inschrijvingen.", "No reversal found with these bids.");
pub const REVERSAL_RELATIVE_STILL: Tr = Tr::new(
    "Let wel: de formule is relatief. Met andere inschrijvingen kan de volgorde wél omdraaien; een absolute formule sluit dat uit.",
    "Mind you: the formula is relative. With other bids the order can flip; an absolute formula rules that out.",
);
pub const ADVICE_TITLE: Tr = Tr::new("Advies:", "Advice:");
pub const ADVICE_ABSOLUTE: Tr = Tr::new(
    "kies een absolute formule (lineair tussen vaste, vooraf gepubliceerde grenzen, of gunnen op waarde). Dan hangt de score van een inschrijving alleen af van die inschrijving zelf, en kan een kansloze inschrijving de winnaar niet meer bepalen. Wijzig de formule vóór publicatie, niet nadat de offertes binnen zijn.",
    "choose an absolute formula (linear between fixed bounds published in advance, or quality-to-price). Then a bid's score depends only on that bid itself, and a bid without a chance can no longer decide the winner. Change the formula before publication, not after the bids are in.",
);
pub const REVERSAL_TESTED: Tr = Tr::new("Wat is gecontroleerd?", "What was checked?");
pub const REVERSAL_TESTED_REMOVE: Tr = Tr::new(
    "Elke inschrijving één keer weggelaten (alleen die de laagste of hoogste referentie bepalen, veranderen iets).",
    "Each bid left out once (only those that set the lowest or highest reference change anything).",
);
pub const SENS_TITLE: Tr = Tr::new("Gevoeligheid voor de weging", "Weight sensitivity");
pub const SENS_CHART: Tr =
    Tr::new("Bereik waarbinnen de winnaar gelijk blijft", "Range within which the winner stays the same");
pub const SENS_AXIS_WEIGHT: Tr = Tr::new(
    "(weging van 0 tot 100 %; de andere wegingen schuiven naar verhouding mee)",
    "(weight from 0 to 100%; the other weights move in proportion)",
);
pub const SENS_AXIS_EUROS: Tr = Tr::new("(waarde per punt in euro’s)", "(value per point in euros)");
pub const SENS_ALL_WEIGHT: Tr = Tr::new("alle weging", "all the weight");
pub const SENS_ROUNDING: Tr = Tr::new("wint alleen door afronding", "wins only by rounding");
pub const STABLE: Tr = Tr::new("stabiel", "stable");
pub const LEGEND_STABLE: Tr = Tr::new("winnaar blijft gelijk", "winner stays the same");
pub const LEGEND_CURRENT: Tr = Tr::new("huidige waarde", "current value");
pub const POINT_VALUE_TITLE: Tr = Tr::new("Wat is één kwaliteitspunt waard?", "What is one quality point worth?");
pub const POINT_VALUE_HELP: Tr = Tr::new(
    "Zo ziet u of de weging doet wat u bedoelt: is één punt meer kwaliteit echt zoveel prijsverschil waard?",
    "This shows whether the weights do what you intend: is one point more quality really worth that much price difference?",
);
pub const NO_QUALITY: Tr = Tr::new("Er zijn geen kwaliteitscriteria.", "There are no quality criteria.");

// ---- bonus/malus
pub const BONUS_HELP: Tr = Tr::new(
    "De bonus-malusregeling uit het bestek, doorgerekend: wat betaalt de gemeente bij meer of minder plaatsingen dan afgesproken?",
    "The bonus/malus rule of the bestek, worked out: what does the municipality pay with more or fewer placements than agreed?",
);
pub const BONUS_NONE: Tr =
    Tr::new("Het contract heeft (nog) geen bonus-malusregeling.", "The contract has no bonus/malus rule (yet).");
pub const EDIT_BONUS: Tr = Tr::new("Regeling wijzigen in stap 3", "Change the rule in step 3");
pub const AGREED_RATE: Tr = Tr::new("Afgesproken plaatsingspercentage", "Agreed placement rate");
pub const BONUS_SHARE: Tr = Tr::new(
    "Bonus per plaatsing boven de afspraak (deel van de trajectprijs)",
    "Bonus per placement above the agreement (share of the trajectory price)",
);
pub const MALUS_SHARE: Tr = Tr::new(
    "Inhouding per plaatsing onder de afspraak (deel van de trajectprijs)",
    "Withheld per placement below the agreement (share of the trajectory price)",
);
pub const BONUS_FORMULA: Tr = Tr::new(
    "bonus = bonusdeel × T × max(0, k − r × N); inhouding = malusdeel × T × max(0, r × N − k), met T de gemiddelde trajectprijs, N trajecten, k plaatsingen en r het afgesproken percentage. Bedragen worden aan het eind op centen afgerond.",
    "bonus = bonus share × T × max(0, k − r × N); withheld = malus share × T × max(0, r × N − k), with T the average trajectory price, N trajectories, k placements and r the agreed rate. Amounts are rounded to cents at the end.",
);
pub const WHAT_IF: Tr = Tr::new("Wat als…", "What if…");
pub const WHAT_IF_HELP: Tr = Tr::new(
    "Probeer een gemiddelde trajectprijs en een aantal trajecten. Deze getallen worden niet opgeslagen.",
    "Try an average trajectory price and a number of trajectories. These numbers are not saved.",
);
pub const SIM_PRICE: Tr = Tr::new("Gemiddelde trajectprijs (T)", "Average trajectory price (T)");
pub const SIM_TRAJECTORIES: Tr = Tr::new("Aantal trajecten (N)", "Number of trajectories (N)");
pub const SIM_FIX_INPUT: Tr = Tr::new("Herstel eerst de invoer hierboven.", "First correct the input above.");
pub const SIM_NEED_N: Tr =
    Tr::new("Vul een aantal trajecten in (minstens 1).", "Enter a number of trajectories (at least 1).");
pub const PAYOUT_CHART: Tr =
    Tr::new("Uitbetaling tegen het aantal plaatsingen", "Payout against the number of placements");
pub const AGREED_SHORT: Tr = Tr::new("afgesproken:", "agreed:");
pub const X_PLACEMENTS: Tr = Tr::new("plaatsingen →", "placements →");
pub const BASE_LINE: Tr = Tr::new("N × T (zonder bonus/malus)", "N × T (without bonus/malus)");
pub const COL_PLACEMENTS: Tr = Tr::new("Plaatsingen", "Placements");
pub const COL_VS_AGREED: Tr = Tr::new("t.o.v. afspraak", "vs. agreed");
pub const COL_BASE: Tr = Tr::new("Trajectprijzen (N × T)", "Trajectory prices (N × T)");
pub const COL_BONUS: Tr = Tr::new("Bonus", "Bonus");
pub const COL_WITHHELD: Tr = Tr::new("Inhouding", "Withheld");
pub const COL_PAYOUT: Tr = Tr::new("Uitbetaling", "Payout");

// ---- export
pub const EXPORT_HELP: Tr = Tr::new(
    "De tabel en de uitkomst als CSV-bestand (puntkomma als scheidingsteken, UTF-8), te openen in Excel en LibreOffice. Het bestand wordt in uw browser gemaakt; er gaat niets over internet.",
    "The table and the outcome as a CSV file (semicolon separated, UTF-8), opens in Excel and LibreOffice. The file is made in your browser; nothing goes over the internet.",
);
pub const EXPORT_SEPARATOR: Tr = Tr::new("Getallen schrijven met", "Write numbers with");
pub const SEP_COMMA: Tr = Tr::new(
    "Decimale komma (4250,00): Nederlandse Excel en LibreOffice",
    "Decimal comma (4250,00): Dutch Excel and LibreOffice",
);
pub const SEP_POINT: Tr =
    Tr::new("Decimale punt (4250.00): Engelstalige instellingen", "Decimal point (4250.00): English settings");
pub const EXPORT_BUTTON: Tr = Tr::new("CSV downloaden", "Download CSV");
pub const EXPORT_STALE: Tr = Tr::new(
    "Herstel eerst de ongeldige invoer: anders bevat het bestand verouderde getallen.",
    "First correct the invalid input: otherwise the file would hold outdated numbers.",
);
pub const EXPORT_FAILED: Tr =
    Tr::new("De browser kon het bestand niet maken.", "The browser could not create the file.");

/// Why typed quality points cannot be used.
pub fn points_parse_error(e: ParseError, lang: Lang) -> &'static str {
    let t = match e {
        ParseError::Empty => Tr::new("Vul een getal in.", "Enter a number."),
        ParseError::NotANumber => Tr::new(
            "Dit is geen getal. Schrijf bijvoorbeeld 7 of 7,5.",
            "This is not a number. Write for example 7 or 7.5.",
        ),
        ParseError::TooManyDecimals => {
            Tr::new("Gebruik hoogstens vier cijfers achter de komma.", "Use at most four decimals.")
        }
        ParseError::Negative => Tr::new("Een negatief getal kan hier niet.", "A negative number is not possible here."),
        ParseError::TooLarge => Tr::new("Dit getal is te groot.", "This number is too large."),
    };
    t.get(lang)
}

/// "The first 15 of 100 bids are shown."
pub fn shown_of(shown: usize, n: usize, lang: Lang) -> String {
    pick(
        format!("De eerste {shown} van {n} inschrijvingen staan hier."),
        format!("The first {shown} of {n} bids are shown."),
        lang,
    )
}

/// The button that shows every bid.
pub fn show_all(n: usize, lang: Lang) -> String {
    pick(format!("Toon alle {n} inschrijvingen"), format!("Show all {n} bids"), lang)
}

/// The button that shows the first ones again.
pub fn show_first(shown: usize, lang: Lang) -> String {
    pick(format!("Toon alleen de eerste {shown}"), format!("Show the first {shown} only"), lang)
}

/// "… and 12 more".
pub fn and_more(n: usize, lang: Lang) -> String {
    pick(format!("… en nog {n}"), format!("… and {n} more"), lang)
}

/// "3 inschrijvingen".
pub fn bid_count(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "1 inschrijving".into(),
        (Lang::Nl, n) => format!("{n} inschrijvingen"),
        (Lang::En, 1) => "1 bid".into(),
        (Lang::En, n) => format!("{n} bids"),
    }
}

/// The disagreement margin in words.
pub fn margin_note(margin: Decimal, lang: Lang) -> String {
    let m = fmt_number(margin, lang);
    pick(
        format!("Marge: {m} punten. Verschillen de beoordelaars meer, dan staat er ‘Bespreken’."),
        format!("Margin: {m} points. Where the evaluators differ more, it says ‘Discuss’."),
        lang,
    )
}

/// How many disagreements are still open.
pub fn consensus_counts(open: usize, agreed: usize, lang: Lang) -> String {
    match (lang, open) {
        (Lang::Nl, 0) => format!("Geen open verschillen tussen beoordelaars. Gezamenlijke scores vastgelegd: {agreed}."),
        (Lang::Nl, 1) => format!(
            "Op 1 plaats verschillen de beoordelaars meer dan de marge zonder gezamenlijke score: bespreek die. Gezamenlijke scores vastgelegd: {agreed}."
        ),
        (Lang::Nl, n) => format!(
            "Op {n} plaatsen verschillen de beoordelaars meer dan de marge zonder gezamenlijke score: bespreek ze. Gezamenlijke scores vastgelegd: {agreed}."
        ),
        (Lang::En, 0) => format!("No open differences between evaluators. Agreed scores recorded: {agreed}."),
        (Lang::En, 1) => format!(
            "In 1 place the evaluators differ by more than the margin without an agreed score: discuss it. Agreed scores recorded: {agreed}."
        ),
        (Lang::En, n) => format!(
            "In {n} places the evaluators differ by more than the margin without an agreed score: discuss them. Agreed scores recorded: {agreed}."
        ),
    }
}

/// The discussion flag of one bid and criterion.
pub fn flag_text(disagree: bool, agreed: bool, lang: Lang) -> &'static str {
    let t = match (disagree, agreed) {
        (true, false) => Tr::new("Bespreken: verschil groter dan de marge", "Discuss: difference above the margin"),
        (true, true) => Tr::new("Besproken (gezamenlijke score)", "Discussed (agreed score)"),
        (false, _) => Tr::new("Binnen de marge", "Within the margin"),
    };
    t.get(lang)
}

/// "No: B wins".
pub fn no_other_winner(name: &str, lang: Lang) -> String {
    pick(format!("Nee: {name} wint"), format!("No: {name} wins"), lang)
}

/// A tie with the bid ranked just above.
pub fn tie_note(above_rank: usize, step: &str, lang: Lang) -> String {
    pick(
        format!("Zelfde totaal als nr. {above_rank}; die staat hoger door {step}."),
        format!("Same total as no. {above_rank}, which ranks higher by {step}."),
        lang,
    )
}

/// What the rank-reversal check does.
pub fn reversal_help(formula: &str, lang: Lang) -> String {
    pick(
        format!("Gecontroleerd met de gekozen formule ({formula}): draait de volgorde van twee inschrijvingen om als één inschrijving wegvalt, of als er een plausibele inschrijving bijkomt?"),
        format!("Checked with the chosen formula ({formula}): does the order of two bids flip when one bid drops out, or when a plausible bid is added?"),
        lang,
    )
}

/// The headline of a found reversal.
pub fn reversal_summary(flips: usize, situations: usize, lang: Lang) -> String {
    pick(
        format!(
            "Rangorde-omkering: in {situations} {} {} {flips} {} om. Een inschrijving die zelf niet wint, bepaalt dan wie wel wint.",
            if situations == 1 { "situatie" } else { "situaties" },
            if flips == 1 { "draait" } else { "draaien" },
            if flips == 1 { "paar" } else { "paren" },
        ),
        format!(
            "Rank reversal: in {situations} {}, {flips} {} places. A bid that does not win itself then decides who does.",
            if situations == 1 { "situation" } else { "situations" },
            if flips == 1 { "pair swaps" } else { "pairs swap" },
        ),
        lang,
    )
}

/// A plausible extra bid that was tried.
pub fn hypothetical_text(h: &HypotheticalBid, max_points: Decimal, lang: Lang) -> String {
    let price = fmt_money(h.price, lang);
    let rate = h
        .placement_rate
        .map(|r: Percent| {
            pick(
                format!(", plaatsingspercentage {}", fmt_percent(r.0, lang)),
                format!(", placement rate {}", fmt_percent(r.0, lang)),
                lang,
            )
        })
        .unwrap_or_default();
    match h.kind {
        HypotheticalKind::CheapLowQuality => pick(
            format!("Een extra goedkope inschrijving met de laagste kwaliteit: prijs {price}, 0 punten{rate}."),
            format!("An extra cheap bid with the lowest quality: price {price}, 0 points{rate}."),
            lang,
        ),
        HypotheticalKind::ExpensiveHighQuality => pick(
            format!(
                "Een extra dure inschrijving met de hoogste kwaliteit: prijs {price}, {} punten{rate}.",
                fmt_number(max_points, lang)
            ),
            format!(
                "An extra expensive bid with the highest quality: price {price}, {} points{rate}.",
                fmt_number(max_points, lang)
            ),
            lang,
        ),
    }
}

/// What the sensitivity chart shows.
pub fn sens_help(winner: &str, euros: bool, lang: Lang) -> String {
    match (lang, euros) {
        (Lang::Nl, false) => format!("Per criterium: tussen welke wegingen blijft {winner} winnen? Een smal bereik rond de huidige weging betekent dat de keuze van de weging de gunning beslist: test en motiveer haar vóór publicatie."),
        (Lang::En, false) => format!("Per criterion: between which weights does {winner} keep winning? A narrow range around the current weight means the choice of weights decides the award: test and explain it before publication."),
        (Lang::Nl, true) => format!("Per kwaliteitscriterium: bij welke waarde per punt blijft {winner} winnen?"),
        (Lang::En, true) => format!("Per quality criterion: at which value per point does {winner} keep winning?"),
    }
}

/// The caption of the payout table.
pub fn payout_caption(n: u32, agreed: &str, lang: Lang) -> String {
    pick(
        format!("Uitbetaling bij {n} trajecten (afgesproken aantal plaatsingen: {agreed})"),
        format!("Payout for {n} trajectories (agreed number of placements: {agreed})"),
        lang,
    )
}

/// The text alternative of the payout chart.
pub fn payout_chart_label(n: u32, agreed: &str, first: &str, last: &str, lang: Lang) -> String {
    pick(
        format!("Uitbetaling tegen het aantal plaatsingen bij {n} trajecten: 0 plaatsingen {first}, {n} plaatsingen {last}; de lijn knikt bij het afgesproken aantal {agreed}."),
        format!("Payout against the number of placements for {n} trajectories: 0 placements {first}, {n} placements {last}; the line bends at the agreed number {agreed}."),
        lang,
    )
}

/// After a download.
pub fn exported(file: &str, lang: Lang) -> String {
    pick(
        format!("Het bestand {file} is gemaakt; uw browser zet het bij de downloads."),
        format!("The file {file} was created; your browser puts it with the downloads."),
        lang,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_pluralised_not_bracketed() {
        assert_eq!(
            reversal_summary(1, 1, Lang::Nl),
            "Rangorde-omkering: in 1 situatie draait 1 paar om. Een inschrijving die zelf niet wint, bepaalt dan wie wel wint."
        );
        assert!(reversal_summary(3, 2, Lang::Nl).starts_with("Rangorde-omkering: in 2 situaties draaien 3 paren om."));
        assert!(reversal_summary(1, 1, Lang::En).starts_with("Rank reversal: in 1 situation, 1 pair swaps places."));
        assert!(reversal_summary(3, 2, Lang::En).starts_with("Rank reversal: in 2 situations, 3 pairs swap places."));
        assert!(consensus_counts(1, 0, Lang::Nl).starts_with("Op 1 plaats verschillen"));
        assert!(consensus_counts(2, 0, Lang::En).starts_with("In 2 places the evaluators"));
        for lang in [Lang::Nl, Lang::En] {
            for (a, b) in [(1, 1), (2, 1), (5, 3)] {
                for t in [reversal_summary(a, b, lang), consensus_counts(a, b, lang)] {
                    assert!(!t.contains("(s)") && !t.contains("(en)") && !t.contains("/paren"), "{t}");
                }
            }
        }
    }
}
