//! What both builders share: a writer that numbers headings and makes markers, and the
//! sections that appear in both documents (front matter, target group, contract value and
//! threshold, procedure, timeline).

use super::model::{Block, Document, Span, Text};
use crate::domain::completeness::open_points;
use crate::domain::contract::{estimated_contract_value, ContractValueProblem, MissingInput};
use crate::domain::dossier::{Dossier, Participant, Requirement, ServiceRegime};
use crate::domain::fields::FieldId;
use crate::domain::incentive::{settle, IncentiveTerms};
use crate::domain::money::{format_fixed, Money, Percent};
use crate::domain::thresholds::assess_dossier;
use crate::i18n::documents::DocText;
use crate::i18n::labels::field_label;
use crate::i18n::{self, wizard_messages, Labeled, Lang};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::collections::BTreeSet;

/// Collects blocks, numbers headings (`1`, `1.1`, `1.1.1`) and makes markers.
///
/// Markers follow the completeness rules (`crate::domain::completeness`), the one source of
/// truth for what is missing: the writer knows the fields with open points and makes a
/// marker only for those. Where a builder finds a value empty that the rules treat as
/// optional, [`Writer::open`] gives a plain `–` and [`Writer::user_text`] a plain `Niet
/// opgegeven.` instead, so a step shown as complete never has gaps in the documents.
pub(super) struct Writer {
    pub lang: Lang,
    pub t: &'static DocText,
    blocks: Vec<Block>,
    numbers: [u32; 3],
    summary_at: Option<usize>,
    /// Fields with an open point; `None` (tests of the writer alone): every field.
    open_fields: Option<BTreeSet<FieldId>>,
}

impl Writer {
    fn with_open_fields(lang: Lang, open_fields: Option<BTreeSet<FieldId>>) -> Writer {
        Writer {
            lang,
            t: i18n::documents::texts(lang),
            blocks: Vec::new(),
            numbers: [0; 3],
            summary_at: None,
            open_fields,
        }
    }

    /// A writer that marks every field it is asked to (for tests of the writer itself).
    #[cfg(test)]
    pub fn new(lang: Lang) -> Writer {
        Writer::with_open_fields(lang, None)
    }

    /// A writer for a document of `d`: it marks only fields with an open point.
    pub fn for_dossier(lang: Lang, d: &Dossier) -> Writer {
        Writer::with_open_fields(lang, Some(open_points(d).into_iter().map(|p| p.field).collect()))
    }

    /// Whether `field` has an open point, so that an empty value there is a gap.
    pub fn is_open(&self, field: FieldId) -> bool {
        self.open_fields.as_ref().is_none_or(|set| set.contains(&field))
    }

    /// A numbered heading of level 1..=3 (other levels are clamped).
    pub fn heading(&mut self, level: u8, text: &str) {
        let level = level.clamp(1, 3);
        let i = usize::from(level - 1);
        self.numbers[i] += 1;
        for n in self.numbers.iter_mut().skip(i + 1) {
            *n = 0;
        }
        let number: Vec<String> = self.numbers[..=i].iter().map(u32::to_string).collect();
        self.blocks.push(Block::Heading { level, text: format!("{} {text}", number.join(".")) });
    }

    pub fn para(&mut self, t: impl Into<Text>) {
        let t = t.into();
        if !t.is_empty() {
            self.blocks.push(Block::Paragraph(t));
        }
    }

    pub fn note(&mut self, t: impl Into<Text>) {
        let t = t.into();
        if !t.is_empty() {
            self.blocks.push(Block::Note(t));
        }
    }

    pub fn bullets(&mut self, items: Vec<Text>) {
        if !items.is_empty() {
            self.blocks.push(Block::Bullets(items));
        }
    }

    pub fn numbered(&mut self, items: Vec<Text>) {
        if !items.is_empty() {
            self.blocks.push(Block::Numbered(items));
        }
    }

    pub fn table(&mut self, header: Vec<String>, rows: Vec<Vec<Text>>) {
        if !rows.is_empty() {
            self.blocks.push(Block::Table { header, rows });
        }
    }

    pub fn page_break(&mut self) {
        self.blocks.push(Block::PageBreak);
    }

    /// Where the summary of open points goes (if there are any).
    pub fn mark_summary(&mut self) {
        self.summary_at = Some(self.blocks.len());
    }

    /// A marker `[nog in te vullen: what]` for `field`, or a plain `–` when the field has no
    /// open point (an optional value left empty).
    pub fn open(&self, field: FieldId, what: &str) -> Span {
        if !self.is_open(field) {
            return Span::Plain(self.t.not_given_inline.to_string());
        }
        Span::Open { field, text: format!("{}{what}{}", self.t.open_prefix, self.t.open_suffix) }
    }

    /// A marker named after the field's label.
    pub fn open_field(&self, field: FieldId) -> Span {
        self.open(field, &lower_first(field_label(field).get(self.lang)))
    }

    /// The user's text as paragraphs (one per line), or a marker when it is empty (`Niet
    /// opgegeven.` when the field is optional).
    pub fn user_text(&mut self, s: &str, field: FieldId) {
        let lines = lines(s);
        if lines.is_empty() {
            if self.is_open(field) {
                let open = self.open_field(field);
                self.para(open);
            } else {
                self.para(self.t.not_given);
            }
        }
        for l in lines {
            self.para(l);
        }
    }

    /// An optional text under its own heading: the heading and the text, or nothing at all when
    /// the text is empty (a document a municipality sends shows no placeholder for a choice it
    /// did not need to make, issue 17).
    pub fn optional_section(&mut self, level: u8, heading: &str, s: &str) {
        if !lines(s).is_empty() {
            self.heading(level, heading);
            self.user_text_opt(s);
        }
    }

    /// The user's text as paragraphs, or nothing when it is empty.
    pub fn user_text_opt(&mut self, s: &str) {
        for l in lines(s) {
            self.para(l);
        }
    }

    /// A paragraph starting with a bold label, then the user's text (or a marker).
    pub fn labelled_user_text(&mut self, label: &str, s: &str, field: FieldId) {
        let mut lines = lines(s).into_iter();
        let first = match lines.next() {
            Some(l) => Text::plain(l),
            None if self.is_open(field) => self.open_field(field).into(),
            None => Text::plain(self.t.not_given),
        };
        self.para(Text::new().strong(label).extend(first));
        for l in lines {
            self.para(l);
        }
    }

    pub fn count(&self, n: u64) -> String {
        format_fixed(Decimal::from(n), 0, self.lang.number_style())
    }

    pub fn money(&self, m: Money) -> String {
        m.format(self.lang.number_style())
    }

    pub fn pct(&self, p: Percent) -> String {
        p.format(self.lang.number_style())
    }

    /// A count, or a marker for `field` when it is missing.
    pub fn count_or_open(&self, n: Option<u32>, field: FieldId) -> Text {
        match n {
            Some(n) => Text::plain(self.count(u64::from(n))),
            None => self.open(field, self.t.what_number).into(),
        }
    }

    /// A percentage, or a marker for `field` when it is missing.
    pub fn pct_or_open(&self, p: Option<Percent>, field: FieldId) -> Text {
        match p {
            Some(p) => Text::plain(self.pct(p)),
            None => self.open(field, self.t.what_percentage).into(),
        }
    }

    /// The finished document; adds the summary of open points where it was marked.
    pub fn finish(mut self, title: Text, subtitle: &str, date: &str) -> Document {
        let mut doc = Document { title, subtitle: subtitle.to_string(), date: date.to_string(), blocks: Vec::new() };
        let at = self.summary_at.unwrap_or(0).min(self.blocks.len());
        std::mem::swap(&mut doc.blocks, &mut self.blocks);
        let open = doc.open_fields().len();
        if open > 0 {
            doc.blocks.insert(at, Block::Note(Text::plain(i18n::documents::open_summary(open, self.lang))));
        }
        doc
    }
}

/// `Titel van de inkoop` → `titel van de inkoop`; an abbreviation such as `AVG` stays.
pub(super) fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(_), Some(b)) if b.is_uppercase() => s.to_string(),
        (Some(a), _) => a.to_lowercase().chain(s.chars().skip(1)).collect(),
        _ => String::new(),
    }
}

/// The non-empty lines of a user text, trimmed.
pub(super) fn lines(s: &str) -> Vec<String> {
    s.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
}

/// A user text on one line (line breaks become spaces).
pub(super) fn one_line(s: &str) -> String {
    lines(s).join(" ")
}

fn filled(s: &str) -> Option<&str> {
    let s = s.trim();
    (!s.is_empty()).then_some(s)
}

/// `a, b en c` of texts.
pub(super) fn join(items: Vec<Text>, and: &str) -> Text {
    let n = items.len();
    let mut out = Text::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out = out.then(if i + 1 == n { format!(" {and} ") } else { ", ".to_string() });
        }
        out = out.extend(item);
    }
    out
}

/// The purchase's title, the dossier's name, or a marker.
pub(super) fn title(w: &Writer, d: &Dossier) -> Text {
    match filled(&d.exploration.title).or(filled(&d.name)) {
        Some(t) => Text::plain(one_line(t)),
        None => w.open_field(FieldId::Title).into(),
    }
}

/// A participant's name or a marker.
pub(super) fn participant_name(w: &Writer, p: &Participant) -> Text {
    match filled(&p.name) {
        Some(n) => Text::plain(one_line(n)),
        None => w.open(FieldId::Participants, w.t.what_participant_name).into(),
    }
}

/// The contact participant: the one chosen, or the only participant.
pub(super) fn contact(d: &Dossier) -> Option<&Participant> {
    let ps = &d.exploration.participants;
    match &d.exploration.contact_participant {
        Some(id) => ps.iter().find(|p| &p.id == id),
        None if ps.len() == 1 => ps.first(),
        None => None,
    }
}

/// The contact's name with its contact person, or a marker.
pub(super) fn contact_text(w: &Writer, d: &Dossier) -> Text {
    match contact(d) {
        Some(p) => {
            let mut t = participant_name(w, p);
            if let Some(person) = filled(&p.contact_person) {
                t = t.then(w.t.contact_person_pre).then(one_line(person)).then(w.t.contact_person_post);
            }
            t
        }
        None if d.exploration.participants.is_empty() => w.open_field(FieldId::Participants).into(),
        None => w.open_field(FieldId::ContactParticipant).into(),
    }
}

/// All participants' names joined, or a marker.
/// Who buys, for an introduction: the open field when no participant is given, one
/// sentence around the only buyer's name (`single`: the text before and after it), or
/// `joint` (a lead sentence for many) and a list of their names.
pub(super) fn buyers(
    w: &mut Writer,
    ps: &[Participant],
    single: (&'static str, &'static str),
    joint: impl FnOnce(&Writer, usize) -> Text,
) {
    match ps {
        [] => {
            let open = w.open_field(FieldId::Participants);
            w.para(open);
        }
        [one] => {
            let name = participant_name(w, one);
            w.para(Text::plain(single.0).extend(name).then(single.1));
        }
        many => {
            let lead = joint(w, many.len());
            w.para(lead);
            let names = many.iter().map(|p| participant_name(w, p)).collect();
            w.bullets(names);
        }
    }
}

pub(super) fn participant_names(w: &Writer, d: &Dossier) -> Text {
    let ps = &d.exploration.participants;
    if ps.is_empty() {
        return w.open_field(FieldId::Participants).into();
    }
    join(ps.iter().map(|p| participant_name(w, p)).collect(), w.t.and)
}

/// Title-page table (buyer, contact, date, status), the demo notice and the place of the
/// summary of open points.
pub(super) fn front_matter(w: &mut Writer, d: &Dossier, today: &str) {
    let t = w.t;
    let rows = vec![
        vec![Text::new().strong(t.meta_buyer), participant_names(w, d)],
        vec![Text::new().strong(t.meta_contact), contact_text(w, d)],
        vec![Text::new().strong(t.meta_date), Text::plain(wizard_messages::long_date(today, w.lang))],
        vec![Text::new().strong(t.meta_status), Text::plain(t.status_draft)],
    ];
    w.table(Vec::new(), rows);
    w.mark_summary();
    if let Some(key) = &d.demo_of {
        // The demo's sources, in the document's language (the rationale in step 5 lists them
        // too, in Dutch, as the dossier's texts are Dutch).
        let sources = crate::domain::demo::demo_case(key)
            .map(|c| format!(" {}.", i18n::source::sources_line(c.sources, w.lang)))
            .unwrap_or_default();
        w.note(Text::plain(t.demo_note).then(sources));
    }
}

/// The target group: description, characteristics, size, result ladder; subsections at `level`.
pub(super) fn target_group(w: &mut Writer, d: &Dossier, level: u8) {
    let t = w.t;
    let lang = w.lang;
    let tg = &d.target_group;
    w.heading(level, t.h_description);
    w.user_text(&tg.description, FieldId::TargetDescription);

    w.heading(level, t.h_characteristics);
    if tg.characteristics.is_empty() && filled(&tg.other_characteristics).is_none() {
        let open = w.open_field(FieldId::Characteristics);
        w.para(open);
    } else {
        if !tg.characteristics.is_empty() {
            w.para(t.characteristics_intro);
            w.bullets(tg.characteristics.iter().map(|c| Text::plain(c.label().get(lang))).collect());
        }
        w.user_text_opt(&tg.other_characteristics);
    }

    w.heading(level, t.h_size);
    size_table(w, d);

    w.heading(level, t.h_results);
    if tg.result_ladder.is_empty() {
        let open = w.open_field(FieldId::ResultLadder);
        w.para(open);
    } else {
        w.para(t.ladder_intro);
        w.numbered(tg.result_ladder.iter().map(|r| Text::plain(r.label().get(lang))).collect());
        w.para(t.ladder_outro);
    }
}

fn size_table(w: &mut Writer, d: &Dossier) {
    let t = w.t;
    let ps = &d.exploration.participants;
    if ps.is_empty() {
        let open = w.open_field(FieldId::Participants);
        w.para(open);
        return;
    }
    w.para(t.size_intro);
    let mut rows: Vec<Vec<Text>> = ps
        .iter()
        .map(|p| {
            vec![
                participant_name(w, p),
                match p.target_group_size {
                    Some(n) => Text::plain(w.count(u64::from(n))),
                    None => w.open(FieldId::TargetGroupSizes, t.what_size).into(),
                },
                match p.trajectories {
                    Some(n) => Text::plain(w.count(u64::from(n))),
                    None => w.open(FieldId::Threshold, t.what_trajectories).into(),
                },
            ]
        })
        .collect();
    if ps.len() >= 2 {
        let sum = |f: fn(&Participant) -> Option<u32>| -> Text {
            let all: Option<Vec<u32>> = ps.iter().map(f).collect();
            match all {
                Some(v) => Text::new().strong(w.count(v.into_iter().map(u64::from).sum())),
                None => Text::plain("–"),
            }
        };
        rows.push(vec![Text::new().strong(t.total), sum(|p| p.target_group_size), sum(|p| p.trajectories)]);
    }
    w.table(vec![t.col_participant.to_string(), t.col_size.to_string(), t.col_trajectories.to_string()], rows);
}

/// Requirements with text, numbered `prefix1`, `prefix2` … as table rows.
pub(super) fn requirement_rows(list: &[Requirement], prefix: &str) -> Vec<Vec<Text>> {
    list.iter()
        .filter_map(|r| filled(&r.text))
        .enumerate()
        .map(|(i, text)| vec![Text::plain(format!("{prefix}{}", i + 1)), Text::plain(one_line(text))])
        .collect()
}

/// The numbers (as in [`requirement_rows`]) of the requirements in a list that the
/// specification helper reads as technical, and of those it reads as mixed.
pub(super) fn requirements_read_as(list: &[Requirement], prefix: &str) -> (Vec<String>, Vec<String>) {
    let (mut technical, mut mixed) = (Vec::new(), Vec::new());
    for (i, text) in list.iter().filter_map(|r| filled(&r.text)).enumerate() {
        let a = crate::domain::spec::assess(text);
        if a.is_inconclusive() {
            continue;
        }
        match a.verdict() {
            crate::domain::spec::Verdict::Technical => technical.push(format!("{prefix}{}", i + 1)),
            crate::domain::spec::Verdict::Mixed => mixed.push(format!("{prefix}{}", i + 1)),
            crate::domain::spec::Verdict::Functional => {}
        }
    }
    (technical, mixed)
}

/// The procedure kind in bold and the reasons for it.
pub(super) fn procedure_kind(w: &mut Writer, d: &Dossier) {
    let t = w.t;
    let kind: Text = match d.procedure.kind {
        Some(k) => Text::new().strong(k.label().get(w.lang)),
        None => w.open_field(FieldId::ProcedureKind).into(),
    };
    w.para(Text::plain(t.procedure_pre).extend(kind).then("."));
    w.user_text(&d.procedure.rationale, FieldId::ProcedureRationale);
}

/// The estimated contract value, how it was computed, and the threshold advice.
pub(super) fn value_and_threshold(w: &mut Writer, d: &Dossier, today: &str) {
    let t = w.t;
    let lang = w.lang;
    let ps = &d.exploration.participants;
    let regime = d.procedure.regime.unwrap_or(ServiceRegime::SocialAndOtherSpecific);
    match estimated_contract_value(d) {
        Ok(v) => {
            w.para(Text::plain(t.value_pre).strong(w.money(v.total)).then(t.value_post));
            w.para(wizard_messages::contract_value_formula(&v, lang));
            w.para(Text::plain(t.regime_pre).then(wizard_messages::service_regime(regime).get(lang)).then("."));
            if let Ok(a) = assess_dossier(d, regime, today) {
                w.para(Text::new().strong(wizard_messages::threshold_verdict(&a, lang)));
                w.bullets(a.reasons.iter().map(|r| Text::plain(wizard_messages::threshold_reason(r, lang))).collect());
                if !a.overridden {
                    w.para(
                        Text::plain(t.thresholds_used_pre)
                            .then(wizard_messages::threshold_period(a.set, lang))
                            .then("."),
                    );
                }
                if let Some(kind) = d.procedure.kind {
                    if !a.fits(kind) {
                        let fitting: Vec<String> = a
                            .procedures
                            .iter()
                            .map(|p| wizard_messages::procedure_option(*p).get(lang).to_string())
                            .collect();
                        w.note(i18n::documents::procedure_does_not_fit(
                            kind.label().get(lang),
                            &fitting.join(", "),
                            lang,
                        ));
                    }
                }
            }
        }
        Err(ContractValueProblem::Missing(list)) => {
            let markers: Vec<Text> = list
                .iter()
                .map(|m| {
                    let field = match m {
                        MissingInput::EstimatedPrice => FieldId::EstimatedPrice,
                        MissingInput::ContractMonths => FieldId::ContractMonths,
                        MissingInput::Participants => FieldId::Participants,
                        // Step 5's rule for the contract value (completeness) owns this gap.
                        MissingInput::Trajectories { .. } => FieldId::Threshold,
                    };
                    w.open(field, &wizard_messages::missing_input(m, ps, lang)).into()
                })
                .collect();
            w.para(Text::plain(t.value_missing).extend(join(markers, t.and)).then("."));
        }
        Err(problem @ ContractValueProblem::TooLarge) => {
            w.note(wizard_messages::contract_problem(&problem, ps, lang));
        }
    }
}

/// Trajectories started in the worked example of the bonus/malus rule.
const EXAMPLE_TRAJECTORIES: u32 = 20;

/// A decimal with as many decimals as it needs (`11`, `6,05`).
pub(super) fn decimal(d: Decimal, lang: Lang) -> String {
    let d = d.normalize();
    format_fixed(d, d.scale(), lang.number_style())
}

/// A worked example of the bonus/malus rule, computed with [`settle`]: 20 trajectories at
/// the contract's average price (or else the estimated price), a few placements above and
/// below the agreed number. Nothing when the rule or a price is missing.
pub(super) fn bonus_malus_example(w: &mut Writer, d: &Dossier) {
    let lang = w.lang;
    let price = d.monitoring.average_price.or(d.procedure.estimated_price);
    let Ok(terms) = IncentiveTerms::from_rule(&d.specification.bonus_malus, price) else {
        return;
    };
    let n = EXAMPLE_TRAJECTORIES;
    let Ok(at_rate) = settle(&terms, n, 0) else {
        return;
    };
    let agreed = at_rate.agreed_placements;
    // Three placements past the agreed number on either side, where possible.
    let floor = agreed.floor().to_u32().unwrap_or(0);
    let above_k = floor.saturating_add(3).min(n);
    let below_k = floor.saturating_sub(3);
    let t_text = w.money(terms.average_price);
    w.para(i18n::documents::bonus_malus_example_intro(
        &t_text,
        &w.count(u64::from(n)),
        &w.pct(terms.agreed_rate),
        &decimal(agreed, lang),
        lang,
    ));
    let mut lines = Vec::new();
    if let Ok(s) = settle(&terms, n, above_k) {
        if s.above > Decimal::ZERO {
            lines.push(Text::plain(i18n::documents::bonus_malus_example_above(
                &w.count(u64::from(above_k)),
                &decimal(s.above, lang),
                &w.pct(terms.bonus_share),
                &t_text,
                &w.money(s.bonus),
                lang,
            )));
        }
    }
    if let Ok(s) = settle(&terms, n, below_k) {
        if s.short > Decimal::ZERO {
            lines.push(Text::plain(i18n::documents::bonus_malus_example_below(
                &w.count(u64::from(below_k)),
                &decimal(s.short, lang),
                &w.pct(terms.malus_share),
                &t_text,
                &w.money(s.withheld),
                lang,
            )));
        }
    }
    w.bullets(lines);
}

/// The dossier's milestones as a table, or a marker.
pub(super) fn timeline(w: &mut Writer, d: &Dossier) {
    let t = w.t;
    let rows: Vec<Vec<Text>> = d
        .procedure
        .timeline
        .iter()
        .filter(|m| filled(&m.label).is_some() || filled(&m.date).is_some())
        .map(|m| {
            vec![
                match filled(&m.label) {
                    Some(l) => Text::plain(one_line(l)),
                    None => w.open(FieldId::Timeline, t.col_milestone).into(),
                },
                match filled(&m.date) {
                    Some(date) => Text::plain(wizard_messages::long_date(date, w.lang)),
                    None => w.open(FieldId::Timeline, t.col_date).into(),
                },
            ]
        })
        .collect();
    if rows.is_empty() {
        let open = w.open_field(FieldId::Timeline);
        w.para(open);
    } else {
        w.para(t.timeline_intro);
        w.table(vec![t.col_milestone.to_string(), t.col_date.to_string()], rows);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_first_keeps_abbreviations() {
        assert_eq!(lower_first("Titel van de inkoop"), "titel van de inkoop");
        assert_eq!(lower_first("AVG-verklaring"), "AVG-verklaring");
        assert_eq!(lower_first("É"), "é");
        assert_eq!(lower_first(""), "");
    }

    #[test]
    fn headings_are_numbered_per_level() {
        let mut w = Writer::new(Lang::Nl);
        w.heading(1, "A");
        w.heading(2, "B");
        w.heading(2, "C");
        w.heading(3, "D");
        w.heading(1, "E");
        w.heading(2, "F");
        w.heading(9, "G");
        let doc = w.finish(Text::plain("t"), "s", "2026-01-01");
        let texts: Vec<String> = doc
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(texts, ["1 A", "1.1 B", "1.2 C", "1.2.1 D", "2 E", "2.1 F", "2.1.1 G"]);
    }

    #[test]
    fn join_and_lines() {
        let j = |v: &[&str]| join(v.iter().map(|s| Text::plain(*s)).collect(), "en").to_plain();
        assert_eq!(j(&[]), "");
        assert_eq!(j(&["a"]), "a");
        assert_eq!(j(&["a", "b"]), "a en b");
        assert_eq!(j(&["a", "b", "c"]), "a, b en c");
        assert_eq!(lines(" a \n\n  b\r\n"), vec!["a", "b"]);
        assert_eq!(one_line("a\nb"), "a b");
    }
}
