//! Independent scoring by file: the evaluation package, the evaluator's page, the score
//! sheets read into the consensus view, and the price opening (`features/evaluation/`).

use super::{Lang, Tr};

/// Why an evaluation file is not a dossier (a clause for `persistence::import_error`).
pub fn not_a_dossier(sheet: bool, lang: Lang) -> &'static str {
    match (sheet, lang) {
        (false, Lang::Nl) => "dit is een beoordelingspakket, geen dossier",
        (false, Lang::En) => "this is an evaluation package, not a dossier",
        (true, Lang::Nl) => "dit is een scoreformulier van een beoordelaar, geen dossier",
        (true, Lang::En) => "this is an evaluator's score sheet, not a dossier",
    }
}

/// Where an evaluation file belongs (a full sentence).
pub fn not_a_dossier_advice(sheet: bool, lang: Lang) -> &'static str {
    match (sheet, lang) {
        (false, Lang::Nl) => "Open het op de pagina ‘Beoordelen’ (in het menu): daar scoort u de offertes.",
        (false, Lang::En) => "Open it on the ‘Score bids’ page (in the menu): that is where you score the bids.",
        (true, Lang::Nl) => "Lees het in bij het dossier zelf: pagina Offertes, onderdeel ‘Onafhankelijk beoordelen’.",
        (true, Lang::En) => "Read it into the dossier itself: the Bids page, section ‘Independent scoring’.",
    }
}

// ---- The evaluator's page (`/beoordelen`) ----------------------------------------------

pub const PAGE_TITLE: Tr = Tr::new("Offertes beoordelen", "Score bids");
pub const PAGE_LEAD: Tr = Tr::new(
    "Heeft u een beoordelingspakket gekregen? Open het hier. U scoort elke offerte op elk kwaliteitscriterium, met \
     een toelichting per score, zonder de prijzen te zien. Uw werk blijft in deze browser bewaard; stuur daarna uw \
     scoreformulier terug naar de contactgemeente.",
    "Did you receive an evaluation package? Open it here. You score each bid on each quality criterion, with a \
     reason for each score, without seeing the prices. Your work is kept in this browser; then send your score \
     sheet back to the contact municipality.",
);
pub const OPEN_PACKAGE: Tr = Tr::new("Beoordelingspakket openen", "Open an evaluation package");
pub const PACKAGE_DROP_HINT: Tr = Tr::new(
    "U kunt het pakket ook hierheen slepen. Wat u al hebt gescoord, blijft staan.",
    "You can also drag the package here. What you have scored already stays.",
);
pub const PACKAGE_DROP_HERE: Tr = Tr::new("Laat het pakket los om het te openen", "Drop the package to open it");
pub const OPEN_FAILED: Tr = Tr::new("Dit bestand kon niet worden geopend.", "This file could not be opened.");
pub const ALREADY_STARTED: Tr = Tr::new(
    "U was al bezig met dit pakket. Uw scores en toelichtingen zijn bewaard gebleven.",
    "You had already started on this package. Your scores and reasons have been kept.",
);
pub const IN_PROGRESS: Tr = Tr::new("Pakketten in deze browser", "Packages in this browser");
pub const SAVE_FAILED: Tr = Tr::new(
    "Uw laatste wijziging kon niet in deze browser worden bewaard (is de opslag vol of uitgeschakeld?). Download \
     uw scoreformulier om niets kwijt te raken.",
    "Your last change could not be kept in this browser (is storage full or switched off?). Download your score \
     sheet so that nothing is lost.",
);
pub const UNREADABLE_DRAFT: Tr = Tr::new(
    "Een bewaard pakket kon niet worden gelezen; het blijft onaangeroerd in deze browser staan. Open het pakket \
     opnieuw om verder te gaan.",
    "A kept package could not be read; it stays untouched in this browser. Open the package again to go on.",
);
pub const YOU: Tr = Tr::new("Uw gegevens", "About you");
pub const YOUR_NAME: Tr = Tr::new("Uw naam", "Your name");
pub const YOUR_MUNICIPALITY: Tr = Tr::new("Uw gemeente", "Your municipality");
pub const NO_PRICES: Tr = Tr::new(
    "De prijzen zitten niet in dit pakket: de kwaliteit wordt beoordeeld voordat de prijzen bekend zijn.",
    "The prices are not in this package: quality is scored before the prices are known.",
);
pub const COL_BIDDER: Tr = Tr::new("Aanbieder", "Bidder");
pub const COL_SCORE: Tr = Tr::new("Score", "Score");
pub const COL_REASON: Tr = Tr::new("Toelichting", "Reason");
pub const DOWNLOAD_SHEET: Tr = Tr::new("Scoreformulier downloaden", "Download the score sheet");
pub const NAME_NEEDED: Tr = Tr::new(
    "Vul eerst uw naam in: de contactgemeente ziet zo van wie de scores zijn.",
    "Fill in your name first: that is how the contact municipality sees whose scores they are.",
);
pub const SHEET_DOWNLOAD_FAILED: Tr = Tr::new(
    "Het scoreformulier kon niet worden gedownload. Uw werk blijft in deze browser bewaard; probeer het opnieuw.",
    "The score sheet could not be downloaded. Your work stays in this browser; try again.",
);

pub fn package_from(dossier: &str, from: &str, date: &str, lang: Lang) -> String {
    let dossier = if dossier.trim().is_empty() { "–" } else { dossier };
    match (from.trim().is_empty(), lang) {
        (true, Lang::Nl) => format!("Dossier ‘{dossier}’, pakket van {date}."),
        (true, Lang::En) => format!("Dossier ‘{dossier}’, package of {date}."),
        (false, Lang::Nl) => format!("Dossier ‘{dossier}’, pakket van {date}, verstuurd door {from}."),
        (false, Lang::En) => format!("Dossier ‘{dossier}’, package of {date}, sent by {from}."),
    }
}

pub fn weight_of(weight: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("weegt {weight} %"),
        Lang::En => format!("weighs {weight}%"),
    }
}

pub fn scale_text(max: &str, levels: &[(String, String)], lang: Lang) -> String {
    let list = levels.iter().map(|(label, p)| format!("{label} = {p}")).collect::<Vec<_>>().join(", ");
    match (levels.is_empty(), lang) {
        (true, Lang::Nl) => format!("Schaal: 0 tot en met {max} punten."),
        (true, Lang::En) => format!("Scale: 0 to {max} points."),
        (false, Lang::Nl) => format!("Schaal: 0 tot en met {max} punten, alleen deze niveaus: {list}."),
        (false, Lang::En) => format!("Scale: 0 to {max} points, only these levels: {list}."),
    }
}

pub fn progress(done: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{done} van {total} scores gegeven."),
        Lang::En => format!("{done} of {total} scores given."),
    }
}

pub fn score_label(criterion: &str, bidder: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Score, {criterion}, {bidder}"),
        Lang::En => format!("Score, {criterion}, {bidder}"),
    }
}

pub fn reason_label(criterion: &str, bidder: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Toelichting, {criterion}, {bidder}"),
        Lang::En => format!("Reason, {criterion}, {bidder}"),
    }
}

pub fn above_max(max: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Hoogstens {max} punten."),
        Lang::En => format!("At most {max} points."),
    }
}

pub const NOT_A_LEVEL: Tr = Tr::new("Kies een van de niveaus van de schaal.", "Choose one of the levels of the scale.");

pub fn reasons_missing(n: usize, lang: Lang) -> String {
    match (n, lang) {
        (1, Lang::Nl) => "Eén score heeft nog geen toelichting. Geef bij elke score een toelichting.".into(),
        (1, Lang::En) => "One score has no reason yet. Give a reason with every score.".into(),
        (n, Lang::Nl) => format!("{n} scores hebben nog geen toelichting. Geef bij elke score een toelichting."),
        (n, Lang::En) => format!("{n} scores have no reason yet. Give a reason with every score."),
    }
}

pub fn sheet_sent(missing: usize, to: &str, lang: Lang) -> String {
    let to = if to.trim().is_empty() { None } else { Some(to.trim()) };
    let send = match (to, lang) {
        (Some(t), Lang::Nl) => format!("Stuur het naar {t}."),
        (Some(t), Lang::En) => format!("Send it to {t}."),
        (None, Lang::Nl) => "Stuur het naar de contactgemeente.".to_string(),
        (None, Lang::En) => "Send it to the contact municipality.".to_string(),
    };
    let rest = match (missing, lang) {
        (0, _) => String::new(),
        (n, Lang::Nl) => format!(
            " Er ontbreken nog {n} scores; als u ze later geeft, stuurt u gewoon een nieuw formulier (het vervangt \
             dit na bevestiging)."
        ),
        (n, Lang::En) => format!(
            " {n} scores are still missing; if you give them later, just send a new sheet (it replaces this one \
             once confirmed)."
        ),
    };
    match lang {
        Lang::Nl => format!("Het scoreformulier is gedownload. {send}{rest}"),
        Lang::En => format!("The score sheet has been downloaded. {send}{rest}"),
    }
}

// ---- The contact's round on the bids page -----------------------------------------------

pub const SEC_ROUND: Tr = Tr::new("Onafhankelijk beoordelen", "Independent scoring");
pub const ROUND_HELP: Tr = Tr::new(
    "Laat elke beoordelaar zelfstandig scoren, in de eigen browser. Download een beoordelingspakket: daarin staan de \
     kwaliteitscriteria met schaal en toelichting en de offertes, zonder prijzen. Zolang de prijzen niet geopend \
     zijn, toont deze pagina ze niet. Lees de scoreformulieren die terugkomen hieronder in; de scores verschijnen bij \
     ‘Consensus’.",
    "Let each evaluator score on their own, in their own browser. Download an evaluation package: it holds the \
     quality criteria with the scale and a description, and the bids, without prices. While the prices are not \
     opened, this page does not show them. Read the score sheets that come back in below; the scores appear under \
     ‘Consensus’.",
);
pub const DESCRIPTIONS: Tr = Tr::new("Wat beoordelaars per criterium lezen", "What evaluators read for each criterion");
pub fn description_label(criterion: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Toelichting voor beoordelaars, {criterion}"),
        Lang::En => format!("Description for evaluators, {criterion}"),
    }
}
pub const NO_QUALITY: Tr =
    Tr::new("Er zijn nog geen kwaliteitscriteria om te beoordelen.", "There are no quality criteria to score yet.");
pub const NO_BIDS: Tr = Tr::new("Er zijn nog geen offertes om te beoordelen.", "There are no bids to score yet.");
pub const SENT_BY: Tr = Tr::new("Uw naam en gemeente", "Your name and municipality");
pub const SENT_BY_HINT: Tr = Tr::new(
    "Komt in het pakket en bij het openen van de prijzen. Er zijn geen accounts.",
    "Goes into the package and into the record of opening the prices. There are no accounts.",
);
pub const DOWNLOAD_PACKAGE: Tr = Tr::new("Beoordelingspakket downloaden", "Download the evaluation package");
pub const PACKAGE_DOWNLOAD_FAILED: Tr = Tr::new(
    "Het pakket kon niet worden gedownload. Probeer het opnieuw.",
    "The package could not be downloaded. Try again.",
);
pub fn package_sent(at: &str, by: &str, lang: Lang) -> String {
    let by = if by.trim().is_empty() { "–" } else { by.trim() };
    match lang {
        Lang::Nl => format!("Beoordelingspakket gemaakt op {at} door {by}. Een nieuwe download is hetzelfde pakket."),
        Lang::En => format!("Evaluation package made on {at} by {by}. A new download is the same package."),
    }
}
pub const PRICES_CLOSED: Tr = Tr::new(
    "De prijzen zijn gesloten: deze pagina toont geen prijzen, uitkomsten en controles tot u ze opent. Open ze pas \
     als alle kwaliteitsscores er zijn.",
    "The prices are closed: this page shows no prices, results and checks until you open them. Open them only once \
     all quality scores are in.",
);
pub const OPEN_PRICES: Tr = Tr::new("Prijzen openen…", "Open the prices…");
pub fn open_prices_confirm(sheets: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "Er zijn {sheets} scoreformulieren ingelezen. Na het openen zijn de prijzen zichtbaar; het moment en uw \
             naam worden vastgelegd in het dossier en in de documenten. Dit kan niet ongedaan worden gemaakt."
        ),
        Lang::En => format!(
            "{sheets} score sheets have been read in. After opening, the prices are visible; the moment and your \
             name are recorded in the dossier and the documents. This cannot be undone."
        ),
    }
}
pub const OPEN_PRICES_YES: Tr = Tr::new("Ja, prijzen nu openen", "Yes, open the prices now");
pub const CANCEL: Tr = Tr::new("Annuleren", "Cancel");
pub fn prices_opened(at: &str, by: &str, lang: Lang) -> String {
    let by = if by.trim().is_empty() { "–" } else { by.trim() };
    match lang {
        Lang::Nl => format!("Prijzen geopend op {at} door {by}."),
        Lang::En => format!("Prices opened on {at} by {by}."),
    }
}
pub const READ_SHEETS: Tr = Tr::new("Scoreformulieren inlezen", "Read score sheets");
pub const SHEETS_DROP_HINT: Tr = Tr::new(
    "U kunt de scoreformulieren ook hierheen slepen, meerdere tegelijk.",
    "You can also drag the score sheets here, several at once.",
);
pub const SHEETS_DROP_HERE: Tr =
    Tr::new("Laat de scoreformulieren los om ze in te lezen", "Drop the score sheets to read them");
pub fn sheet_read(name: &str, scored: usize, unknown: usize, lang: Lang) -> String {
    let name = if name.trim().is_empty() { "–" } else { name.trim() };
    let left = match (unknown, lang) {
        (0, _) => String::new(),
        (n, Lang::Nl) => format!(" {n} scores gingen over offertes of criteria die hier niet (meer) staan; die zijn bewaard maar niet gebruikt."),
        (n, Lang::En) => format!(" {n} scores were about bids or criteria that are not (or no longer) here; they are kept but not used."),
    };
    match lang {
        Lang::Nl => format!("Scoreformulier van {name} ingelezen: {scored} scores.{left}"),
        Lang::En => format!("Score sheet of {name} read in: {scored} scores.{left}"),
    }
}
pub fn sheet_skipped(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Scoreformulier van {name} niet ingelezen; er is niets veranderd."),
        Lang::En => format!("Score sheet of {name} not read in; nothing changed."),
    }
}
pub fn file_failed(file: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{file}: niet ingelezen."),
        Lang::En => format!("{file}: not read in."),
    }
}
pub const IS_PACKAGE: Tr = Tr::new(
    "Dit is een beoordelingspakket, geen scoreformulier. Beoordelaars openen het op de pagina ‘Beoordelen’.",
    "This is an evaluation package, not a score sheet. Evaluators open it on the ‘Score bids’ page.",
);
pub fn question_title(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Scoreformulier van {name}: eerst een keuze"),
        Lang::En => format!("Score sheet of {name}: a choice first"),
    }
}
pub fn other_dossier(dossier: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "Dit formulier hoort bij een ander dossier (‘{dossier}’). Het kan hier niet worden ingelezen; lees het in \
             bij dat dossier."
        ),
        Lang::En => format!(
            "This sheet belongs to another dossier (‘{dossier}’). It cannot be read in here; read it into that \
             dossier."
        ),
    }
}
pub const OTHER_PACKAGE: Tr = Tr::new(
    "Dit formulier hoort bij een ander beoordelingspakket van dit dossier (een eerdere ronde, of een pakket dat hier \
     niet bekend is). De criteria of offertes kunnen sindsdien veranderd zijn.",
    "This sheet belongs to another evaluation package of this dossier (an earlier round, or a package not known \
     here). The criteria or bids may have changed since.",
);
pub const OTHER_PACKAGE_ACCEPT: Tr = Tr::new(
    "Toch inlezen (alleen scores voor offertes en criteria die hier staan)",
    "Read it in anyway (only scores for bids and criteria that are here)",
);
pub fn read_before(at: &str, identical: bool, lang: Lang) -> String {
    match (identical, lang) {
        (true, Lang::Nl) => format!("Dit formulier is al op {at} ingelezen, met dezelfde scores en toelichtingen."),
        (true, Lang::En) => format!("This sheet was already read in on {at}, with the same scores and reasons."),
        (false, Lang::Nl) => {
            format!("Van deze beoordelaar is op {at} al een formulier ingelezen, met andere scores of toelichtingen.")
        }
        (false, Lang::En) => {
            format!("A sheet of this evaluator was already read in on {at}, with other scores or reasons.")
        }
    }
}
pub const REPLACE: Tr = Tr::new(
    "Vervangen door dit formulier (het eerdere blijft bewaard)",
    "Replace it with this sheet (the earlier one is kept)",
);
pub fn same_name(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Er is al een beoordelaar met de naam ‘{name}’. Is dat dezelfde persoon?"),
        Lang::En => format!("There is already an evaluator named ‘{name}’. Is that the same person?"),
    }
}
pub const SAME_PERSON: Tr = Tr::new(
    "Dezelfde persoon: de scores van deze beoordelaar worden die van dit formulier",
    "The same person: this evaluator's scores become those of this sheet",
);
pub const OTHER_PERSON: Tr = Tr::new("Een andere persoon, met de naam:", "Another person, named:");
pub const NAME_TAKEN: Tr =
    Tr::new("Kies een naam die nog niet gebruikt wordt.", "Choose a name that is not in use yet.");
pub const ANSWER_ALL: Tr = Tr::new(
    "Maak bij elke vraag een keuze, of sla dit formulier over.",
    "Make a choice for every question, or skip this sheet.",
);
pub const APPLY_SHEET: Tr = Tr::new("Inlezen", "Read in");
pub const SKIP_SHEET: Tr = Tr::new("Overslaan", "Skip");
pub const SHEETS_TITLE: Tr = Tr::new("Ingelezen scoreformulieren", "Score sheets read in");
pub const COL_EVALUATOR: Tr = Tr::new("Beoordelaar", "Evaluator");
pub const COL_MUNICIPALITY: Tr = Tr::new("Gemeente", "Municipality");
pub const COL_MADE: Tr = Tr::new("Gemaakt", "Made");
pub const COL_READ: Tr = Tr::new("Ingelezen", "Read in");
pub const COL_STATUS: Tr = Tr::new("Status", "Status");
pub const CURRENT: Tr = Tr::new("geldt", "current");
pub fn replaced_on(at: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("vervangen op {at}"),
        Lang::En => format!("replaced on {at}"),
    }
}

// ---- The evaluators' reasons in the consensus view ----------------------------------------

pub const REASONS: Tr = Tr::new("Toelichtingen van de beoordelaars", "The evaluators' reasons");
pub fn reason_line(evaluator: &str, points: &str, reason: &str, lang: Lang) -> String {
    let reason = if reason.trim().is_empty() {
        match lang {
            Lang::Nl => "(geen toelichting)",
            Lang::En => "(no reason)",
        }
    } else {
        reason
    };
    format!("{evaluator}: {points} – {reason}")
}

// ---- The record in the documents and the CSV ----------------------------------------------

pub const DOC_HEADING: Tr = Tr::new("Beoordeling van de offertes", "Scoring the bids");
pub const DOC_SCORES_INTRO: Tr = Tr::new(
    "De oorspronkelijke scores van de beoordelaars, zoals hun scoreformulieren binnenkwamen (vóór de consensus):",
    "The evaluators' original scores, as their score sheets came in (before consensus):",
);
pub const CSV_TITLE: Tr = Tr::new("Onafhankelijke beoordeling", "Independent scoring");
pub const CSV_ORIGINALS: Tr = Tr::new("Oorspronkelijke scores van de beoordelaars", "The evaluators' original scores");
pub const COL_BID: Tr = Tr::new("Offerte", "Bid");
pub const COL_CRITERION: Tr = Tr::new("Criterium", "Criterion");

/// "Ann (Katwijk)", with "vervangen op …" for a sheet a later one replaced.
pub fn sheet_who(r: &crate::domain::scoring::model::SheetRecord, lang: Lang) -> String {
    let mut who = r.evaluator_name.trim().to_string();
    if who.is_empty() {
        who = "–".into();
    }
    if !r.municipality.trim().is_empty() {
        who = format!("{who} ({})", r.municipality.trim());
    }
    if !r.replaced_at.is_empty() {
        who = format!("{who}, {}", replaced_on(r.replaced_at.get(..10).unwrap_or(&r.replaced_at), lang));
    }
    who
}

pub fn record_columns(lang: Lang) -> Vec<String> {
    [COL_EVALUATOR, COL_BID, COL_CRITERION, COL_SCORE, COL_REASON].iter().map(|c| c.get(lang).to_string()).collect()
}

/// The round's record as sentences: the package, and the prices opened or still closed.
pub fn record_lines(r: &crate::domain::scoring::model::EvaluationRound, lang: Lang) -> Vec<String> {
    let at = |iso: &str| match (iso.get(..10), iso.get(11..16)) {
        (Some(d), Some(t)) => format!("{d} {t} UTC"),
        _ => iso.to_string(),
    };
    let mut out = Vec::new();
    if r.package_id.is_empty() {
        return out;
    }
    let by = if r.sent_by.trim().is_empty() { "–" } else { r.sent_by.trim() };
    out.push(match lang {
        Lang::Nl => format!(
            "De kwaliteit is onafhankelijk beoordeeld: het beoordelingspakket (zonder prijzen) is gemaakt op {} door \
             {by}.",
            at(&r.sent_at)
        ),
        Lang::En => format!(
            "Quality was scored independently: the evaluation package (without prices) was made on {} by {by}.",
            at(&r.sent_at)
        ),
    });
    out.push(if r.prices_opened_at.is_empty() {
        match lang {
            Lang::Nl => "De prijzen zijn nog niet geopend.".to_string(),
            Lang::En => "The prices have not been opened yet.".to_string(),
        }
    } else {
        let by = if r.prices_opened_by.trim().is_empty() { "–" } else { r.prices_opened_by.trim() };
        match lang {
            Lang::Nl => format!("De prijzen zijn geopend op {} door {by}.", at(&r.prices_opened_at)),
            Lang::En => format!("The prices were opened on {} by {by}.", at(&r.prices_opened_at)),
        }
    });
    out
}
