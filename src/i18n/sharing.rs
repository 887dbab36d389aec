//! Working together by file: sending a dossier to colleagues, merging their files back,
//! and who contributed what (`features/dossiers/share.rs`, `features/dossiers/merge.rs`).

use super::{Lang, Tr};
use crate::domain::steps::Step;
use crate::persistence::merge::{get_at, Path, Seg};
use crate::persistence::share::step_of;
use serde_json::Value;

// Sending.
pub const SHARE_TITLE: Tr = Tr::new("Samenwerken met andere gemeenten", "Working with other municipalities");
pub const SHARE_INTRO: Tr = Tr::new(
    "Stuur een dossier, één stap of het deel van één gemeente als bestand naar collega's. Zij werken in hun eigen \
     browser verder en sturen hun bestand terug. Zet dat bestand hierboven terug bij ‘Back-up terugzetten’: u ziet \
     per veld en per regel wat er sinds het versturen veranderd is, en kiest zelf bij wijzigingen die botsen.",
    "Send a dossier, one step or one municipality's part to colleagues as a file. They go on in their own browser \
     and send their file back. Load that file above under ‘Restore a backup’: you see, field by field and line by \
     line, what changed since it was sent, and you choose where changes conflict.",
);
pub const SHARE_DOSSIER: Tr = Tr::new("Dossier", "Dossier");
pub const SHARE_PART: Tr = Tr::new("Wat stuurt u?", "What do you send?");
pub const PART_WHOLE: Tr = Tr::new("Het hele dossier", "The whole dossier");
pub fn part_step(step: Step, lang: Lang) -> String {
    let name = super::step_name(step, lang);
    match lang {
        Lang::Nl => format!("Alleen stap {}: {name}", step.number()),
        Lang::En => format!("Only step {}: {name}", step.number()),
    }
}
pub fn part_participant(name: &str, lang: Lang) -> String {
    let name = if name.trim().is_empty() { UNNAMED_PARTICIPANT.get(lang) } else { name };
    match lang {
        Lang::Nl => format!("Alleen het deel van {name} (doelgroep, budget, contactpersoon, eigen cijfers)"),
        Lang::En => format!("Only the part of {name} (target group, budget, contact person, own figures)"),
    }
}
pub const UNNAMED_PARTICIPANT: Tr = Tr::new("een naamloze deelnemer", "an unnamed participant");
pub const SHARE_MUNICIPALITY: Tr = Tr::new("Uw gemeente", "Your municipality");
pub const SHARE_NAME: Tr = Tr::new("Uw naam", "Your name");
pub const SHARE_WHO_HINT: Tr = Tr::new(
    "Zo zien uw collega's van wie de wijzigingen komen. Er zijn geen accounts: wat u hier typt, komt in het bestand.",
    "This is how your colleagues see whose changes they are. There are no accounts: what you type here goes into \
     the file.",
);
pub const SHARE_DOWNLOAD: Tr = Tr::new("Bestand voor collega's maken", "Make a file for colleagues");
pub const SHARE_DONE: Tr = Tr::new(
    "Het bestand is gedownload. Stuur het naar uw collega's, bijvoorbeeld per e-mail.",
    "The file has been downloaded. Send it to your colleagues, by e-mail for instance.",
);
pub const CONTRIBUTIONS_TITLE: Tr = Tr::new("Wie heeft wat bijgedragen", "Who contributed what");
pub const CONTRIBUTIONS_EMPTY: Tr =
    Tr::new("Nog geen bestanden van collega's samengevoegd.", "No files from colleagues merged yet.");
pub const COL_WHO: Tr = Tr::new("Gemeente en naam", "Municipality and name");
pub const COL_SENT: Tr = Tr::new("Bestand gemaakt", "File made");
pub const COL_MERGED: Tr = Tr::new("Samengevoegd", "Merged");
pub const COL_STEPS: Tr = Tr::new("Stappen", "Steps");
pub const COL_CHANGES: Tr = Tr::new("Wijzigingen", "Changes");
pub fn who(municipality: &str, name: &str, lang: Lang) -> String {
    match (municipality.trim(), name.trim()) {
        ("", "") => UNKNOWN_SENDER.get(lang).to_string(),
        (m, "") => m.to_string(),
        ("", n) => n.to_string(),
        (m, n) => format!("{m} ({n})"),
    }
}
pub const UNKNOWN_SENDER: Tr = Tr::new("onbekende afzender", "unknown sender");
pub fn steps_list(slugs: &[String], lang: Lang) -> String {
    slugs
        .iter()
        .filter_map(|s| Step::from_slug(s))
        .map(|s| format!("{} {}", s.number(), super::step_name(s, lang)))
        .collect::<Vec<_>>()
        .join(", ")
}
pub const REPLACED_DOWNLOAD: Tr =
    Tr::new("Versie van vóór de laatste samenvoeging downloaden", "Download the version from before the last merge");

// Merging.
pub const MERGE_TITLE: Tr = Tr::new("Wijzigingen van een collega samenvoegen", "Merge a colleague's changes");
pub fn merge_from(who: &str, sent: &str, dossier: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Bestand van {who}, gemaakt {sent}, voor het dossier ‘{dossier}’."),
        Lang::En => format!("File from {who}, made {sent}, for the dossier ‘{dossier}’."),
    }
}
pub fn merge_summary(taken: usize, conflicts: usize, lang: Lang) -> String {
    let t = match (taken, lang) {
        (0, Lang::Nl) => "Er zijn geen wijzigingen die zonder meer kunnen worden overgenomen.".to_string(),
        (1, Lang::Nl) => "1 wijziging wordt overgenomen.".to_string(),
        (n, Lang::Nl) => format!("{n} wijzigingen worden overgenomen."),
        (0, Lang::En) => "No changes can be taken over as they are.".to_string(),
        (1, Lang::En) => "1 change is taken over.".to_string(),
        (n, Lang::En) => format!("{n} changes are taken over."),
    };
    let c = match (conflicts, lang) {
        (0, Lang::Nl) => "Niets botst met uw eigen wijzigingen.".to_string(),
        (1, Lang::Nl) => "1 wijziging botst met die van u: kies wat u wilt.".to_string(),
        (n, Lang::Nl) => format!("{n} wijzigingen botsen met die van u: kies per wijziging wat u wilt."),
        (0, Lang::En) => "Nothing conflicts with your own changes.".to_string(),
        (1, Lang::En) => "1 change conflicts with yours: choose what you want.".to_string(),
        (n, Lang::En) => format!("{n} changes conflict with yours: choose for each what you want."),
    };
    format!("{t} {c}")
}
pub const MERGE_NOTHING: Tr = Tr::new(
    "Het bestand bevat niets wat dit dossier nog niet heeft.",
    "The file holds nothing this dossier does not have already.",
);
pub const MERGE_KEPT_INTACT: Tr = Tr::new(
    "Tot u op ‘Samenvoegen’ klikt, blijft uw dossier zoals het is.",
    "Until you click ‘Merge’, your dossier stays as it is.",
);
pub const TAKEN_TITLE: Tr = Tr::new("Wordt overgenomen", "Taken over");
pub const OURS_TITLE: Tr =
    Tr::new("Uw eigen wijzigingen sinds die versie (blijven staan)", "Your own changes since that version (they stay)");
pub const CONFLICTS_TITLE: Tr = Tr::new("Botsende wijzigingen: uw keuze", "Conflicting changes: your choice");
pub const BEFORE: Tr = Tr::new("Eerst", "Before");
pub const HERE: Tr = Tr::new("Hier", "Here");
pub fn from_file(who: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Van {who}"),
        Lang::En => format!("From {who}"),
    }
}
pub const KEEP: Tr = Tr::new("Houden wat hier staat", "Keep what is here");
pub const TAKE: Tr = Tr::new("Overnemen uit het bestand", "Take the file's");
pub const COMBINE: Tr = Tr::new("Beide samenvoegen", "Combine both");
pub const CHOOSE_EACH: Tr = Tr::new(
    "Kies eerst bij elke botsende wijziging wat u wilt.",
    "First choose what you want for each conflicting change.",
);
pub const MERGE_CONFIRM: Tr = Tr::new("Samenvoegen", "Merge");
pub const MERGE_AS_COPY: Tr = Tr::new("Als apart dossier bewaren", "Keep as a separate dossier");
pub const STEP: Tr = Tr::new("Stap", "Step");
pub const MERGED_DONE: Tr = Tr::new(
    "Samengevoegd: het dossier heeft een nieuwe versie. De versie van daarvoor kunt u nog downloaden.",
    "Merged: the dossier has a new version. You can still download the version from before.",
);
pub const CLOSE: Tr = Tr::new("Sluiten", "Close");
pub const EMPTY_VALUE: Tr = Tr::new("(leeg)", "(empty)");
pub const ABSENT: Tr = Tr::new("(niet aanwezig)", "(not there)");
pub const ORDER: Tr = Tr::new("volgorde", "order");
pub const YES: Tr = Tr::new("ja", "yes");
pub const NO: Tr = Tr::new("nee", "no");

/// The name of a dossier field, as the wizard calls it; `None` for one not named here.
fn field_label(field: &str) -> Option<Tr> {
    Some(match field {
        "name" => Tr::new("naam", "name"),
        "title" => Tr::new("titel", "title"),
        "problem" => Tr::new("probleem", "problem"),
        "goals" => Tr::new("doelen", "goals"),
        "principles" => Tr::new("uitgangspunten", "principles"),
        "participants" => Tr::new("deelnemers", "participants"),
        "contact_participant" => Tr::new("contactgemeente", "contact municipality"),
        "buyer_role" => Tr::new("rol als inkoper", "buyer's role"),
        "role_rationale" => Tr::new("onderbouwing van de rol", "rationale of the role"),
        "contact_person" => Tr::new("contactpersoon", "contact person"),
        "trajectories" => Tr::new("trajecten per jaar", "trajectories per year"),
        "budget" => Tr::new("budget", "budget"),
        "target_group_size" => Tr::new("omvang doelgroep", "size of the target group"),
        "description" => Tr::new("omschrijving", "description"),
        "characteristics" => Tr::new("kenmerken", "characteristics"),
        "other_characteristics" => Tr::new("andere kenmerken", "other characteristics"),
        "result_ladder" => Tr::new("resultaatladder", "result ladder"),
        "functional" => Tr::new("functionele eisen", "functional requirements"),
        "technical" => Tr::new("technische eisen", "technical requirements"),
        "selection_criteria" => Tr::new("selectiecriteria", "selection criteria"),
        "text" => Tr::new("tekst", "text"),
        "criteria" => Tr::new("gunningscriteria", "gunningscriteria"),
        "weight" => Tr::new("gewicht", "weight"),
        "knockouts" => Tr::new("knock-outeisen", "knock-out requirements"),
        "evaluators" => Tr::new("beoordelaars", "evaluators"),
        "bids" => Tr::new("offertes", "bids"),
        "bidder" => Tr::new("inschrijver", "bidder"),
        "price" => Tr::new("prijs", "price"),
        "placement_rate" => Tr::new("plaatsingspercentage", "placement rate"),
        "lead_time_weeks" => Tr::new("doorlooptijd (weken)", "lead time (weeks)"),
        "scores" => Tr::new("scores", "scores"),
        "points" => Tr::new("punten", "points"),
        "consensus" => Tr::new("afgesproken scores", "agreed scores"),
        "reason" => Tr::new("reden", "reason"),
        "note" | "notes" => Tr::new("notities", "notes"),
        "figures" => Tr::new("cijfers per gemeente", "figures per municipality"),
        "started" => Tr::new("gestart", "started"),
        "results" => Tr::new("resultaten", "results"),
        "cost" => Tr::new("kosten", "cost"),
        "first_referrals" => Tr::new("eerste verwijzingen", "first referrals"),
        "start_date" => Tr::new("startdatum", "start date"),
        "preconditions" => Tr::new("randvoorwaarden", "preconditions"),
        "invited" => Tr::new("uitgenodigde aanbieders", "invited providers"),
        "timeline" => Tr::new("planning", "timeline"),
        "rationale" => Tr::new("onderbouwing", "rationale"),
        "estimated_price" => Tr::new("geschatte prijs", "estimated price"),
        "contract_months" => Tr::new("contractduur (maanden)", "contract length (months)"),
        "financing" => Tr::new("financiering", "financing"),
        "referral" => Tr::new("verwijzing", "referral"),
        "reporting_content" => Tr::new("inhoud van de rapportage", "content of the reports"),
        "what_worked" => Tr::new("wat werkte", "what worked"),
        "what_to_change" => Tr::new("wat anders moet", "what to change"),
        "self_assessment" => Tr::new("zelfevaluatie", "self-assessment"),
        "contributions" => Tr::new("bijdragen", "contributions"),
        _ => return None,
    })
}

/// A short text for a list entry: its name, bidder, text or label.
fn item_label(v: &Value) -> Option<String> {
    let text = match v {
        Value::String(s) => s.clone(),
        Value::Object(o) => ["name", "bidder", "text", "label", "description", "municipality"]
            .iter()
            .find_map(|k| o.get(*k).and_then(Value::as_str).filter(|s| !s.trim().is_empty()))?
            .to_string(),
        _ => return None,
    };
    Some(shorten(&text, 60))
}

fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

/// Where a change is, for people: `Stap 1 Verkenning · deelnemers · Leiden · budget`.
/// `doc` is a version of the dossier that holds the list entries on the way (for their names).
pub fn place(path: &Path, docs: &[&Value], lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(step) = step_of(path) {
        parts.push(format!("{} {} {}", STEP.get(lang), step.number(), super::step_name(step, lang)));
    }
    let segs = &path.0;
    for (i, seg) in segs.iter().enumerate() {
        match seg {
            // The section itself is the step.
            Seg::Field(_) if i == 0 && parts.len() == 1 && segs.len() > 1 => {}
            Seg::Field(f) => {
                let in_map =
                    i > 0 && matches!(segs[i - 1], Seg::Field(ref p) if p == "figures" || p == "first_referrals");
                if in_map {
                    // A map keyed by participant id: the participant's name.
                    let name = docs.iter().find_map(|d| {
                        let list = get_at(d, &[Seg::Field("exploration".into()), Seg::Field("participants".into())])?;
                        list.as_array()?
                            .iter()
                            .find(|p| p.get("id").and_then(Value::as_str) == Some(f.as_str()))
                            .and_then(item_label)
                    });
                    parts.push(name.unwrap_or_else(|| f.clone()));
                } else {
                    parts.push(field_label(f).map_or_else(|| f.replace('_', " "), |t| t.get(lang).to_string()));
                }
            }
            Seg::Item(k) => {
                let name = docs.iter().find_map(|d| get_at(d, &segs[..=i]).and_then(item_label));
                parts.push(name.unwrap_or_else(|| k.clone()));
            }
            Seg::Order => parts.push(ORDER.get(lang).to_string()),
        }
    }
    parts.join(" · ")
}

/// A value of a change, for people.
pub fn value(v: Option<&Value>, lang: Lang) -> String {
    match v {
        None => ABSENT.get(lang).to_string(),
        Some(Value::Null) => EMPTY_VALUE.get(lang).to_string(),
        Some(Value::String(s)) if s.trim().is_empty() => EMPTY_VALUE.get(lang).to_string(),
        Some(Value::String(s)) => shorten(s, 300),
        Some(Value::Bool(true)) => YES.get(lang).to_string(),
        Some(Value::Bool(false)) => NO.get(lang).to_string(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Array(list)) if list.is_empty() => EMPTY_VALUE.get(lang).to_string(),
        Some(Value::Array(list)) => shorten(
            &list.iter().map(|v| item_label(v).unwrap_or_else(|| v.to_string())).collect::<Vec<_>>().join(", "),
            300,
        ),
        Some(v @ Value::Object(_)) => item_label(v).unwrap_or_else(|| shorten(&v.to_string(), 300)),
    }
}
