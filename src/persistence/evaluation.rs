//! Independent scoring by file: the contact municipality sends an **evaluation package**
//! (`inkoopwijzer-evaluation-package`) to each evaluator; each evaluator scores it in their
//! own browser and sends back a **score sheet** (`inkoopwijzer-score-sheet`); the contact
//! reads every sheet into the dossier, where the consensus view lays them side by side.
//!
//! - The package holds what the evaluators must score and nothing else: the quality
//!   criteria (name, weight, description), the scale, and the bids by bidder. Its types have
//!   no field for a price, a placement rate or a lead time, so they cannot leak into it.
//! - Both files are read through the same checked path as backups and share files
//!   (`import::read_object`, `import::check_schema`): the same size limit, the same
//!   messages for text that is not JSON, a wrong format or a newer schema, and every other
//!   error names its field (`scores[3].points`).
//! - Reading a sheet into a dossier is two steps, like every import: [`check_sheet`] says
//!   what is special about it (another dossier, another package, read before, an evaluator
//!   with the same name as another); [`apply_sheet`] writes it only with the user's answer
//!   to each of those ([`SheetDecision`]), never silently. Nothing already in the dossier is
//!   lost: a sheet read again marks the earlier one as replaced and keeps it.
//! - The evaluator's own work in progress is kept in their browser under
//!   `inkoopwijzer:evaluation:<package id>` ([`EvaluationDraft`]).

use super::envelope::{parse_json, pretty, ReadError, APP_VERSION};
use super::import::{check_schema, read_object, ImportError};
use super::keys::is_valid_id;
use super::share::Sender;
use crate::domain::dossier::Dossier;
use crate::domain::money::Percent;
use crate::domain::scoring::model::{
    AwardSetup, CriterionKind, Evaluator, QualityScale, Score, SheetRecord, SheetScore,
};
use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeSet;

pub const PACKAGE_FORMAT: &str = "inkoopwijzer-evaluation-package";
pub const SHEET_FORMAT: &str = "inkoopwijzer-score-sheet";
pub const DRAFT_FORMAT: &str = "inkoopwijzer-evaluation-draft";
/// Version of the package's, the sheet's and the draft's shape.
pub const EVALUATION_SCHEMA: u32 = 1;
/// An evaluator's work in progress: `inkoopwijzer:evaluation:<package id>`.
pub const EVALUATION_PREFIX: &str = "inkoopwijzer:evaluation:";
/// Most criteria, bids or scores accepted from one file.
pub const MAX_ITEMS: usize = 5_000;
/// Longest name accepted (characters).
pub const MAX_NAME_CHARS: usize = 200;
/// Longest description or reason accepted (characters).
pub const MAX_TEXT_CHARS: usize = 10_000;

pub fn draft_key(package_id: &str) -> String {
    format!("{EVALUATION_PREFIX}{package_id}")
}

/// A quality criterion as the evaluators see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PackageCriterion {
    pub id: String,
    pub name: String,
    pub weight: Option<Percent>,
    /// What a high score asks for, as the contact wrote it.
    pub description: String,
}

/// A bid as the evaluators see it: who, nothing about the price.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PackageBid {
    pub id: String,
    pub bidder: String,
}

/// An evaluation package: what one scoring round asks of each evaluator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct EvaluationPackage {
    pub package_id: String,
    pub dossier_id: String,
    pub dossier_name: String,
    pub sent_at: String,
    #[serde(with = "sender")]
    pub from: Sender,
    pub scale: QualityScale,
    pub criteria: Vec<PackageCriterion>,
    pub bids: Vec<PackageBid>,
}

/// Who scored, as typed in their browser (there are no accounts).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct SheetEvaluator {
    /// Made in the evaluator's browser when they start: two sheets of one evaluator carry
    /// the same id, two evaluators never do.
    pub id: String,
    pub name: String,
    pub municipality: String,
}

/// An evaluator's scores for one package, each with a reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ScoreSheet {
    pub package_id: String,
    pub dossier_id: String,
    pub dossier_name: String,
    pub evaluator: SheetEvaluator,
    /// When the evaluator made the file (empty in a draft).
    pub submitted_at: String,
    pub scores: Vec<SheetScore>,
}

impl ScoreSheet {
    /// The score for a bid and criterion.
    pub fn score(&self, bid: &str, criterion: &str) -> Option<&SheetScore> {
        self.scores.iter().find(|s| s.bid_id == bid && s.criterion_id == criterion)
    }

    /// Sets points and reason for a bid and criterion (an entry with neither is removed).
    pub fn set(&mut self, bid: &str, criterion: &str, f: impl FnOnce(&mut SheetScore)) {
        let i = match self.scores.iter().position(|s| s.bid_id == bid && s.criterion_id == criterion) {
            Some(i) => i,
            None => {
                self.scores.push(SheetScore {
                    bid_id: bid.to_string(),
                    criterion_id: criterion.to_string(),
                    ..SheetScore::default()
                });
                self.scores.len() - 1
            }
        };
        f(&mut self.scores[i]);
        if self.scores[i].points.is_none() && self.scores[i].reason.trim().is_empty() {
            self.scores.remove(i);
        }
    }

    /// How many of the package's scores are given, and how many there are.
    pub fn progress(&self, package: &EvaluationPackage) -> (usize, usize) {
        let total = package.bids.len() * package.criteria.len();
        let done = package
            .bids
            .iter()
            .flat_map(|b| package.criteria.iter().map(move |c| (b, c)))
            .filter(|(b, c)| self.score(&b.id, &c.id).is_some_and(|s| s.points.is_some()))
            .count();
        (done, total)
    }

    /// Given scores without a reason: (bid id, criterion id).
    pub fn without_reason(&self) -> Vec<(String, String)> {
        self.scores
            .iter()
            .filter(|s| s.points.is_some() && s.reason.trim().is_empty())
            .map(|s| (s.bid_id.clone(), s.criterion_id.clone()))
            .collect()
    }
}

/// The sender is written as `{ "municipality", "name" }` (`Sender` lives in `share.rs`).
mod sender {
    use super::Sender;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize, Deserialize, Default)]
    #[serde(default)]
    struct Wire {
        municipality: String,
        name: String,
    }

    pub fn serialize<S: Serializer>(s: &Sender, ser: S) -> Result<S::Ok, S::Error> {
        Wire { municipality: s.municipality.clone(), name: s.name.clone() }.serialize(ser)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(de: D) -> Result<Sender, D::Error> {
        let w = Wire::deserialize(de)?;
        Ok(Sender { municipality: w.municipality, name: w.name })
    }
}

/// The package for a dossier: its quality criteria and its bids, without prices.
pub fn package_of(dossier: &Dossier, package_id: &str, sent_at: &str, from: Sender) -> EvaluationPackage {
    let award = &dossier.award;
    let round = award.round.clone().unwrap_or_default();
    EvaluationPackage {
        package_id: package_id.to_string(),
        dossier_id: dossier.id.clone(),
        dossier_name: dossier.display_name().unwrap_or_default().to_string(),
        sent_at: sent_at.to_string(),
        from,
        scale: award.scale.clone(),
        criteria: award
            .criteria
            .iter()
            .filter(|c| c.kind == CriterionKind::Quality)
            .map(|c| PackageCriterion {
                id: c.id.clone(),
                name: c.name.clone(),
                weight: c.weight,
                description: round.description(&c.id).to_string(),
            })
            .collect(),
        bids: award.bids.iter().map(|b| PackageBid { id: b.id.clone(), bidder: b.bidder.clone() }).collect(),
    }
}

/// A file's text: `format`, `schema` and `app_version` first, then the body's fields.
fn write_file<T: Serialize>(format: &str, body: &T) -> Result<String, serde_json::Error> {
    #[derive(Serialize)]
    struct Out<'a, T: Serialize> {
        format: &'a str,
        schema: u32,
        app_version: &'a str,
        #[serde(flatten)]
        body: &'a T,
    }
    let text = serde_json::to_string(&Out { format, schema: EVALUATION_SCHEMA, app_version: APP_VERSION, body })?;
    Ok(pretty(&text))
}

/// `beoordelingspakket-<dossier>-<date>.json`.
pub fn package_file_name(p: &EvaluationPackage) -> String {
    let date = p.sent_at.get(..10).unwrap_or("");
    let name = super::backup::safe_file_part(&p.dossier_name);
    let name = if name.is_empty() { super::backup::safe_file_part(&p.dossier_id) } else { name };
    format!("beoordelingspakket-{name}-{date}.json")
}

/// `scoreformulier-<evaluator>-<dossier>.json`.
pub fn sheet_file_name(s: &ScoreSheet) -> String {
    let who = super::backup::safe_file_part(&s.evaluator.name);
    let who = if who.is_empty() { super::backup::safe_file_part(&s.evaluator.id) } else { who };
    let name = super::backup::safe_file_part(&s.dossier_name);
    let name = if name.is_empty() { super::backup::safe_file_part(&s.dossier_id) } else { name };
    format!("scoreformulier-{who}-{name}.json")
}

pub fn write_package(p: &EvaluationPackage) -> Result<String, serde_json::Error> {
    write_file(PACKAGE_FORMAT, p)
}

pub fn write_sheet(s: &ScoreSheet) -> Result<String, serde_json::Error> {
    write_file(SHEET_FORMAT, s)
}

/// A file read by [`parse_evaluation`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EvaluationFile {
    Package(Box<EvaluationPackage>),
    Sheet(Box<ScoreSheet>),
}

fn bad(path: impl Into<String>, detail: impl Into<String>) -> ReadError {
    ReadError::BadField { path: path.into(), detail: detail.into() }
}

/// Deserializes the body of a file (`format`, `schema`, `app_version` removed), naming the
/// field of any error.
fn body<T: DeserializeOwned>(mut obj: Map<String, Value>, at: &str) -> Result<T, ReadError> {
    for k in ["format", "schema", "app_version"] {
        obj.remove(k);
    }
    serde_path_to_error::deserialize(Value::Object(obj)).map_err(|e| {
        let inner = e.path().to_string();
        let path = match (at.is_empty(), inner == ".") {
            (true, _) => inner,
            (false, true) => at.to_string(),
            (false, false) => format!("{at}.{inner}"),
        };
        bad(path, e.into_inner().to_string())
    })
}

fn check_text(path: &str, text: &str, max: usize) -> Result<(), ReadError> {
    if text.chars().count() > max {
        return Err(bad(path, format!("longer than {max} characters")));
    }
    Ok(())
}

fn check_id(path: &str, id: &str) -> Result<(), ReadError> {
    if id.trim().is_empty() {
        return Err(bad(path, "missing"));
    }
    check_text(path, id, MAX_NAME_CHARS)
}

fn check_count(path: &str, n: usize) -> Result<(), ReadError> {
    if n > MAX_ITEMS {
        return Err(bad(path, format!("{n} items, limit {MAX_ITEMS}")));
    }
    Ok(())
}

/// Checks what serde cannot: ids present and unique, texts not absurdly long, a usable scale.
fn check_package(p: &EvaluationPackage, at: &str) -> Result<(), ReadError> {
    let j = |f: &str| if at.is_empty() { f.to_string() } else { format!("{at}.{f}") };
    if !is_valid_id(&p.package_id) {
        return Err(bad(j("package_id"), "missing or not a valid id"));
    }
    check_text(&j("dossier_name"), &p.dossier_name, MAX_NAME_CHARS)?;
    check_text(&j("from.municipality"), &p.from.municipality, MAX_NAME_CHARS)?;
    check_text(&j("from.name"), &p.from.name, MAX_NAME_CHARS)?;
    if p.scale.max_points <= Decimal::ZERO {
        return Err(bad(j("scale.max_points"), "expected a number above 0"));
    }
    check_count(&j("criteria"), p.criteria.len())?;
    check_count(&j("bids"), p.bids.len())?;
    let mut seen = BTreeSet::new();
    for (i, c) in p.criteria.iter().enumerate() {
        check_id(&j(&format!("criteria[{i}].id")), &c.id)?;
        if !seen.insert(&c.id) {
            return Err(bad(j(&format!("criteria[{i}].id")), "the same id twice"));
        }
        check_text(&j(&format!("criteria[{i}].name")), &c.name, MAX_NAME_CHARS)?;
        check_text(&j(&format!("criteria[{i}].description")), &c.description, MAX_TEXT_CHARS)?;
    }
    let mut seen = BTreeSet::new();
    for (i, b) in p.bids.iter().enumerate() {
        check_id(&j(&format!("bids[{i}].id")), &b.id)?;
        if !seen.insert(&b.id) {
            return Err(bad(j(&format!("bids[{i}].id")), "the same id twice"));
        }
        check_text(&j(&format!("bids[{i}].bidder")), &b.bidder, MAX_NAME_CHARS)?;
    }
    Ok(())
}

fn check_sheet_fields(s: &ScoreSheet, at: &str) -> Result<(), ReadError> {
    let j = |f: &str| if at.is_empty() { f.to_string() } else { format!("{at}.{f}") };
    if !is_valid_id(&s.package_id) {
        return Err(bad(j("package_id"), "missing or not a valid id"));
    }
    check_id(&j("evaluator.id"), &s.evaluator.id)?;
    check_text(&j("evaluator.name"), &s.evaluator.name, MAX_NAME_CHARS)?;
    check_text(&j("evaluator.municipality"), &s.evaluator.municipality, MAX_NAME_CHARS)?;
    check_text(&j("dossier_name"), &s.dossier_name, MAX_NAME_CHARS)?;
    check_count(&j("scores"), s.scores.len())?;
    let mut seen = BTreeSet::new();
    for (i, sc) in s.scores.iter().enumerate() {
        check_id(&j(&format!("scores[{i}].bid_id")), &sc.bid_id)?;
        check_id(&j(&format!("scores[{i}].criterion_id")), &sc.criterion_id)?;
        check_text(&j(&format!("scores[{i}].reason")), &sc.reason, MAX_TEXT_CHARS)?;
        if sc.points.is_some_and(|p| p < Decimal::ZERO) {
            return Err(bad(j(&format!("scores[{i}].points")), "expected a number of 0 or more"));
        }
        if !seen.insert((&sc.bid_id, &sc.criterion_id)) {
            return Err(bad(j(&format!("scores[{i}]")), "a second score for the same bid and criterion"));
        }
    }
    Ok(())
}

/// Reads a package or a score sheet through the import path's checks.
pub fn parse_evaluation(bytes: &[u8]) -> Result<EvaluationFile, ImportError> {
    let obj = read_object(bytes)?;
    let format = obj.get("format").and_then(Value::as_str).map(str::to_string);
    match format.as_deref() {
        Some(PACKAGE_FORMAT) => {
            check_schema(&obj, "schema", EVALUATION_SCHEMA)?;
            let p: EvaluationPackage = body(obj, "")?;
            check_package(&p, "")?;
            Ok(EvaluationFile::Package(Box::new(p)))
        }
        Some(SHEET_FORMAT) => {
            check_schema(&obj, "schema", EVALUATION_SCHEMA)?;
            let s: ScoreSheet = body(obj, "")?;
            check_sheet_fields(&s, "")?;
            Ok(EvaluationFile::Sheet(Box::new(s)))
        }
        _ => Err(ReadError::WrongFormat {
            path: "format".into(),
            found: obj.get("format").map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string())),
        }
        .into()),
    }
}

// ---- The evaluator's draft ----------------------------------------------------------

/// An evaluator's work in progress in their browser: the package and their sheet so far.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EvaluationDraft {
    pub package: EvaluationPackage,
    pub sheet: ScoreSheet,
}

impl EvaluationDraft {
    /// A new draft for a package, with the evaluator's id made by the caller.
    pub fn start(package: EvaluationPackage, evaluator_id: &str) -> EvaluationDraft {
        let sheet = ScoreSheet {
            package_id: package.package_id.clone(),
            dossier_id: package.dossier_id.clone(),
            dossier_name: package.dossier_name.clone(),
            evaluator: SheetEvaluator { id: evaluator_id.to_string(), ..SheetEvaluator::default() },
            submitted_at: String::new(),
            scores: Vec::new(),
        };
        EvaluationDraft { package, sheet }
    }

    /// The sheet to send: the draft's scores for this package only, stamped with the time.
    pub fn sheet_to_send(&self, now: &str) -> ScoreSheet {
        let mut sheet = self.sheet.clone();
        sheet.submitted_at = now.to_string();
        sheet.scores.retain(|s| {
            self.package.bids.iter().any(|b| b.id == s.bid_id)
                && self.package.criteria.iter().any(|c| c.id == s.criterion_id)
        });
        sheet
    }

    pub fn to_text(&self) -> Result<String, serde_json::Error> {
        #[derive(Serialize)]
        struct Out<'a> {
            format: &'a str,
            schema: u32,
            package: &'a EvaluationPackage,
            sheet: &'a ScoreSheet,
        }
        serde_json::to_string(&Out {
            format: DRAFT_FORMAT,
            schema: EVALUATION_SCHEMA,
            package: &self.package,
            sheet: &self.sheet,
        })
    }

    /// Reads a stored draft; `Err` for text this version cannot read (the caller keeps it).
    pub fn from_text(raw: &str) -> Result<EvaluationDraft, ImportError> {
        let Value::Object(mut obj) = parse_json(raw)? else {
            return Err(ReadError::NotAnObject { path: ".".into() }.into());
        };
        if obj.get("format").and_then(Value::as_str) != Some(DRAFT_FORMAT) {
            return Err(ReadError::WrongFormat { path: "format".into(), found: None }.into());
        }
        check_schema(&obj, "schema", EVALUATION_SCHEMA)?;
        let part = |obj: &mut Map<String, Value>, f: &str| match obj.remove(f) {
            Some(Value::Object(o)) => Ok(o),
            _ => Err(bad(f, "expected an object")),
        };
        let package: EvaluationPackage = body(part(&mut obj, "package")?, "package")?;
        check_package(&package, "package")?;
        let sheet: ScoreSheet = body(part(&mut obj, "sheet")?, "sheet")?;
        check_sheet_fields(&sheet, "sheet")?;
        Ok(EvaluationDraft { package, sheet })
    }
}

// ---- Reading sheets into the dossier ------------------------------------------------

/// A sheet of this evaluator was read before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadBefore {
    /// When the current one was imported.
    pub imported_at: String,
    /// The scores and reasons are the same as in the one read before.
    pub identical: bool,
}

/// What is special about a sheet for this dossier; each `Some`/`true` needs the user's
/// answer in [`SheetDecision`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SheetCheck {
    /// The sheet answers a package of another dossier: it cannot be read here.
    pub other_dossier: bool,
    /// The sheet answers another package of this dossier (an earlier round, or this
    /// dossier has no round): only its scores for bids and criteria still here are read.
    pub other_package: bool,
    /// A sheet of the same evaluator (the same id) was read before.
    pub read_before: Option<ReadBefore>,
    /// Another evaluator of this dossier has the same name: (their id, their name).
    pub same_name: Option<(String, String)>,
    /// Scores for bids or criteria not in this dossier (left out).
    pub unknown: usize,
    /// Scores with points that will be read.
    pub scored: usize,
}

impl SheetCheck {
    /// Whether the sheet can be read without asking anything.
    pub fn is_plain(&self) -> bool {
        !self.other_dossier && !self.other_package && self.read_before.is_none() && self.same_name.is_none()
    }
}

/// For an evaluator with the same name as another: the same person (their scores are
/// replaced by the sheet's), or another person under another name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameChoice {
    SamePerson,
    Other(String),
}

/// The user's answers to a [`SheetCheck`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SheetDecision {
    /// Read a sheet of another package anyway.
    pub accept_other_package: bool,
    /// Replace the sheet read before (it is kept, marked as replaced).
    pub replace: bool,
    /// The answer for an evaluator with the same name as another.
    pub name: Option<NameChoice>,
}

/// Why a sheet was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetRefused {
    OtherDossier,
    /// A question of the check is not answered (nothing was written).
    Unanswered,
    /// The other name chosen is empty or also taken.
    NameTaken(String),
}

fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    !norm(a).is_empty() && norm(a) == norm(b)
}

fn known(award: &AwardSetup, s: &SheetScore) -> bool {
    award.bids.iter().any(|b| b.id == s.bid_id)
        && award.criteria.iter().any(|c| c.id == s.criterion_id && c.kind == CriterionKind::Quality)
}

/// What is special about a sheet for a dossier (reads only).
pub fn check_sheet(dossier: &Dossier, sheet: &ScoreSheet) -> SheetCheck {
    let award = &dossier.award;
    let other_dossier = sheet.dossier_id != dossier.id;
    let round_package = award.round.as_ref().map(|r| r.package_id.as_str()).unwrap_or_default();
    let other_package = !other_dossier && (round_package.is_empty() || round_package != sheet.package_id);
    let read_before = award
        .current_sheets()
        .find(|r| r.evaluator_id == sheet.evaluator.id)
        .map(|r| ReadBefore { imported_at: r.imported_at.clone(), identical: r.scores == sheet.scores });
    // An evaluator of this dossier with the sheet's id is this evaluator; one with another
    // id and the same name may be someone else.
    let same = if award.evaluators.iter().any(|e| e.id == sheet.evaluator.id) {
        None
    } else {
        award
            .evaluators
            .iter()
            .find(|e| same_name(&e.name, &sheet.evaluator.name))
            .map(|e| (e.id.clone(), e.name.clone()))
    };
    let unknown = sheet.scores.iter().filter(|s| !known(award, s)).count();
    let scored = sheet.scores.iter().filter(|s| s.points.is_some() && known(award, s)).count();
    SheetCheck { other_dossier, other_package, read_before, same_name: same, unknown, scored }
}

/// Reads a sheet into the award set-up with the user's answers: the evaluator is added (or
/// found), their scores for the sheet's bids and criteria become the sheet's, and the sheet
/// is kept as a record (a record it replaces stays, marked as replaced). Returns the
/// evaluator's id. Writes nothing when a question is unanswered.
pub fn apply_sheet(
    dossier: &mut Dossier,
    sheet: &ScoreSheet,
    decision: &SheetDecision,
    now: &str,
) -> Result<String, SheetRefused> {
    let check = check_sheet(dossier, sheet);
    if check.other_dossier {
        return Err(SheetRefused::OtherDossier);
    }
    if (check.other_package && !decision.accept_other_package)
        || (check.read_before.is_some() && !decision.replace)
        || (check.same_name.is_some() && decision.name.is_none())
    {
        return Err(SheetRefused::Unanswered);
    }
    let award = &mut dossier.award;
    let mut name = sheet.evaluator.name.trim().to_string();
    let target = match (&check.same_name, &decision.name) {
        (Some((id, _)), Some(NameChoice::SamePerson)) => id.clone(),
        (Some(_), Some(NameChoice::Other(other))) => {
            let other = other.trim();
            if other.is_empty() || award.evaluators.iter().any(|e| same_name(&e.name, other)) {
                return Err(SheetRefused::NameTaken(other.to_string()));
            }
            name = other.to_string();
            sheet.evaluator.id.clone()
        }
        _ => sheet.evaluator.id.clone(),
    };
    if !award.evaluators.iter().any(|e| e.id == target) {
        award.evaluators.push(Evaluator { id: target.clone(), name: name.clone() });
    }
    let taken: Vec<&SheetScore> = sheet.scores.iter().filter(|s| known(award, s)).collect();
    for bid in &mut award.bids {
        for s in taken.iter().filter(|s| s.bid_id == bid.id) {
            bid.scores.retain(|x| !(x.evaluator_id == target && x.criterion_id == s.criterion_id));
            if s.points.is_some() {
                bid.scores.push(Score {
                    criterion_id: s.criterion_id.clone(),
                    evaluator_id: target.clone(),
                    points: s.points,
                });
            }
        }
    }
    for r in award.sheets.iter_mut().filter(|r| r.evaluator_id == target && r.replaced_at.is_empty()) {
        r.replaced_at = now.to_string();
    }
    let mut n = award.sheets.len() + 1;
    let mut id = format!("sheet-{target}-{n}");
    while award.sheets.iter().any(|r| r.id == id) {
        n += 1;
        id = format!("sheet-{target}-{n}");
    }
    award.sheets.push(SheetRecord {
        id,
        evaluator_id: target.clone(),
        evaluator_name: name,
        municipality: sheet.evaluator.municipality.clone(),
        package_id: sheet.package_id.clone(),
        submitted_at: sheet.submitted_at.clone(),
        imported_at: now.to_string(),
        replaced_at: String::new(),
        scores: sheet.scores.clone(),
    });
    Ok(target)
}

/// The reason an evaluator gave for a score, from their current sheet (empty when none).
pub fn reason_of<'a>(award: &'a AwardSetup, evaluator: &str, bid: &str, criterion: &str) -> &'a str {
    award
        .current_sheets()
        .filter(|r| r.evaluator_id == evaluator)
        .flat_map(|r| r.scores.iter())
        .find(|s| s.bid_id == bid && s.criterion_id == criterion)
        .map_or("", |s| s.reason.as_str())
}
