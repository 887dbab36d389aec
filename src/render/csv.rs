//! CSV export of the bid table and the award outcome, for Excel and LibreOffice.
//!
//! Invariants and choices:
//! - **Separator `;`**, as Dutch-locale Excel expects; with the decimal comma (the Dutch
//!   default) numbers like `79,00` never clash with it. No `sep=;` line: it makes Excel
//!   ignore the BOM (and LibreOffice shows it as a row).
//! - **UTF-8 with a BOM** by default, so Excel reads `€`, `ë` and `‘’` correctly;
//!   LibreOffice accepts the BOM too.
//! - **RFC 4180 quoting**: a field containing `;`, `"`, CR or LF is enclosed in double
//!   quotes and its quotes are doubled; records end in CRLF.
//! - **Formula-injection safe**: a *text* cell (anything the user typed: bidder names,
//!   criteria, reasons) that starts with `=`, `+`, `-`, `@`, tab or CR gets a leading
//!   apostrophe, so a spreadsheet shows it as text instead of running it. Numbers are
//!   written by this module only (never user text) and are left as numbers, minus sign
//!   included, so they stay numeric in the spreadsheet.
//! - Numbers have a fixed number of decimals, no thousands separator, rounded half away
//!   from zero; amounts in euros without the `€` sign (it is in the header).

use crate::domain::money::MONEY_ROUNDING;
use crate::domain::scoring::model::{AwardSetup, CriterionKind};
use crate::domain::scoring::{Admission, Evaluation, ScoreUnit};
use crate::i18n::scoring::{
    admission_text, flip_message, fmt_percent, formula_expression, formula_name, point_value_message, problem_message,
    reversal_cause, rounding_rule, sensitivity_message, tie_break_rule,
};
use crate::i18n::{self, Lang};
use rust_decimal::Decimal;

/// How to write the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    /// Language of headers and texts.
    pub lang: Lang,
    /// `79,00` instead of `79.00`.
    pub decimal_comma: bool,
    /// Start with a UTF-8 byte order mark (recommended for Excel).
    pub bom: bool,
}

impl CsvOptions {
    /// The usual choice for a language: Dutch with decimal comma, both with a BOM.
    pub fn for_lang(lang: Lang) -> CsvOptions {
        CsvOptions { lang, decimal_comma: lang == Lang::Nl, bom: true }
    }
}

/// One cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Text, possibly typed by a user: quoted and injection-protected as needed.
    Text(String),
    /// A number with this many decimals.
    Number(Decimal, u32),
    /// Nothing between the separators.
    Empty,
}

impl Cell {
    fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }
}

/// Escapes one text field: a leading apostrophe against formula injection, then RFC 4180
/// quoting when needed.
pub fn escape_text(s: &str) -> String {
    let guarded = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if guarded.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// Formats a number: fixed decimals, no grouping, `.` or `,` as decimal separator.
pub fn format_number(d: Decimal, decimals: u32, decimal_comma: bool) -> String {
    let d = d.round_dp_with_strategy(decimals, MONEY_ROUNDING);
    let s = format!("{:.*}", decimals as usize, d);
    if decimal_comma {
        s.replace('.', ",")
    } else {
        s
    }
}

/// Appends one record (with CRLF).
pub fn write_row(out: &mut String, cells: &[Cell], options: &CsvOptions) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(';');
        }
        match cell {
            Cell::Text(s) => out.push_str(&escape_text(s)),
            Cell::Number(d, decimals) => out.push_str(&format_number(*d, *decimals, options.decimal_comma)),
            Cell::Empty => {}
        }
    }
    out.push_str("\r\n");
}

fn opt_money(m: Option<crate::domain::money::Money>) -> Cell {
    m.map_or(Cell::Empty, |m| Cell::Number(m.0, 2))
}

/// The bid table and the outcome (or, while the input is invalid, the bids and the
/// problems to solve) as one CSV text.
pub fn award_csv(setup: &AwardSetup, evaluation: &Evaluation, options: &CsvOptions) -> String {
    let l = options.lang;
    let mut out = String::new();
    if options.bom {
        out.push('\u{FEFF}');
    }
    let bidder = |entry: usize| {
        setup
            .bids
            .get(entry)
            .map(|b| crate::domain::scoring::Named::new(&b.id, &b.bidder, entry).name)
            .unwrap_or_default()
    };

    let Some(o) = &evaluation.outcome else {
        write_row(
            &mut out,
            &[i18n::csv::BIDDER, i18n::csv::PRICE, i18n::csv::PLACEMENT_RATE, i18n::csv::LEAD_TIME, i18n::csv::STATUS]
                .map(|h| Cell::text(h.get(l))),
            options,
        );
        for (i, b) in setup.bids.iter().enumerate() {
            write_row(
                &mut out,
                &[
                    Cell::text(bidder(i)),
                    opt_money(b.price),
                    b.placement_rate.map_or(Cell::Empty, |r| Cell::Number(r.0, 2)),
                    b.lead_time_weeks.map_or(Cell::Empty, |w| Cell::Number(Decimal::from(w), 0)),
                    evaluation.admission.get(i).map_or(Cell::Empty, |a| Cell::text(admission_text(a, setup, l))),
                ],
                options,
            );
        }
        out.push_str("\r\n");
        write_row(&mut out, &[Cell::text(i18n::csv::NO_OUTCOME.get(l))], options);
        write_row(&mut out, &[Cell::text(i18n::csv::PROBLEMS.get(l))], options);
        for p in evaluation.blocking() {
            write_row(&mut out, &[Cell::Empty, Cell::text(problem_message(p, l))], options);
        }
        scoring_record(&mut out, setup, options);
        return out;
    };

    // The table.
    let euros = o.unit == ScoreUnit::Euros;
    let mut header: Vec<Cell> = [
        i18n::csv::RANK,
        i18n::csv::BIDDER,
        i18n::csv::PRICE,
        i18n::csv::PLACEMENT_RATE,
        i18n::csv::LEAD_TIME,
        i18n::csv::COST_PER_RESULT,
    ]
    .map(|h| Cell::text(h.get(l)))
    .to_vec();
    for col in &o.columns {
        let name = match col.criterion {
            Some(c) => setup
                .criteria
                .get(c)
                .map(|k| crate::domain::scoring::Named::new(&k.id, &k.name, c).name)
                .unwrap_or_default(),
            None => i18n::csv::PRICE_COLUMN.get(l).to_string(),
        };
        let label = match (col.weight, euros, col.kind) {
            (Some(w), false, _) => format!("{name} ({}, {})", fmt_percent(w, l), i18n::csv::POINTS_SUFFIX.get(l)),
            (_, true, CriterionKind::Quality) => format!("{name} (−{})", i18n::csv::EUROS_SUFFIX.get(l)),
            (_, true, CriterionKind::Price) => format!("{name} ({})", i18n::csv::EUROS_SUFFIX.get(l)),
            (None, false, _) => name,
        };
        header.push(Cell::Text(label));
    }
    header.push(Cell::text(if euros { i18n::csv::TOTAL_EUROS.get(l) } else { i18n::csv::TOTAL_POINTS.get(l) }));
    header.push(Cell::text(i18n::csv::STATUS.get(l)));
    write_row(&mut out, &header, options);
    for r in &o.ranking {
        let bid = setup.bids.get(r.entry);
        let mut row = vec![
            Cell::Number(Decimal::from(r.rank as u64), 0),
            Cell::text(bidder(r.entry)),
            Cell::Number(r.price.0, 2),
            bid.and_then(|b| b.placement_rate).map_or(Cell::Empty, |p| Cell::Number(p.0, 2)),
            bid.and_then(|b| b.lead_time_weeks).map_or(Cell::Empty, |w| Cell::Number(Decimal::from(w), 0)),
            opt_money(r.cost_per_result),
        ];
        row.extend(r.contributions.iter().map(|c| Cell::Number(*c, 2)));
        row.push(Cell::Number(r.total, 2));
        row.push(Cell::text(if r.rank == 1 && o.tied_for_first().len() > 1 {
            i18n::first_tender_tail::TIE_STEP_LOT_FIRST.get(l).to_string()
        } else if r.rank == 1 {
            i18n::csv::WINNER.get(l).to_string()
        } else {
            admission_text(&Admission::Admitted, setup, l)
        }));
        write_row(&mut out, &row, options);
    }
    for (i, a) in evaluation.admission.iter().enumerate() {
        if *a == Admission::Admitted {
            continue;
        }
        let Some(b) = setup.bids.get(i) else { continue };
        let mut row = vec![
            Cell::Empty,
            Cell::text(bidder(i)),
            opt_money(b.price),
            b.placement_rate.map_or(Cell::Empty, |p| Cell::Number(p.0, 2)),
            b.lead_time_weeks.map_or(Cell::Empty, |w| Cell::Number(Decimal::from(w), 0)),
            Cell::Empty,
        ];
        row.extend(o.columns.iter().map(|_| Cell::Empty));
        row.push(Cell::Empty);
        row.push(Cell::text(admission_text(a, setup, l)));
        write_row(&mut out, &row, options);
    }

    // The outcome.
    out.push_str("\r\n");
    write_row(&mut out, &[Cell::text(i18n::csv::OUTCOME.get(l))], options);
    write_row(
        &mut out,
        &[
            Cell::text(i18n::csv::FORMULA.get(l)),
            Cell::text(formula_name(o.formula, l)),
            Cell::text(formula_expression(o.formula, l)),
        ],
        options,
    );
    let tied: Vec<String> = o.tied_for_first().into_iter().map(&bidder).collect();
    let winner = if tied.is_empty() { bidder(o.winner) } else { i18n::first_tender_tail::tied_for_first(&tied, l) };
    write_row(&mut out, &[Cell::text(i18n::csv::WINNER.get(l)), Cell::text(winner)], options);
    write_row(&mut out, &[Cell::text(i18n::csv::TIE_BREAK.get(l)), Cell::text(tie_break_rule(l))], options);
    write_row(&mut out, &[Cell::text(i18n::csv::ROUNDING.get(l)), Cell::text(rounding_rule(l))], options);

    write_row(&mut out, &[Cell::text(i18n::csv::OTHER_FORMULAS.get(l))], options);
    for alt in &o.alternatives {
        let mut row = vec![Cell::Empty, Cell::text(formula_name(alt.formula, l))];
        match &alt.ranking {
            Ok(r) => {
                row.push(Cell::text(r.first().map(|e| bidder(e.entry)).unwrap_or_default()));
                row.push(Cell::text(r.iter().map(|e| bidder(e.entry)).collect::<Vec<_>>().join(" > ")));
            }
            Err(problems) => {
                row.push(Cell::text(i18n::csv::NOT_AVAILABLE.get(l)));
                row.push(Cell::text(problems.iter().map(|p| problem_message(p, l)).collect::<Vec<_>>().join(" ")));
            }
        }
        write_row(&mut out, &row, options);
    }

    write_row(&mut out, &[Cell::text(i18n::csv::RANK_REVERSAL.get(l))], options);
    if o.reversal.reversals.is_empty() {
        write_row(&mut out, &[Cell::Empty, Cell::text(i18n::csv::NONE_FOUND.get(l))], options);
    }
    for r in &o.reversal.reversals {
        write_row(&mut out, &[Cell::Empty, Cell::text(reversal_cause(r, setup, l))], options);
        for f in &r.flips {
            write_row(&mut out, &[Cell::Empty, Cell::Empty, Cell::text(flip_message(r, f, setup, l))], options);
        }
    }

    write_row(&mut out, &[Cell::text(i18n::csv::SENSITIVITY.get(l))], options);
    for s in &o.sensitivity {
        write_row(&mut out, &[Cell::Empty, Cell::text(sensitivity_message(s, setup, o.winner, l))], options);
    }
    write_row(&mut out, &[Cell::text(i18n::csv::POINT_VALUE.get(l))], options);
    for v in &o.point_values {
        write_row(&mut out, &[Cell::Empty, Cell::text(point_value_message(v, setup, l))], options);
    }
    let warnings: Vec<String> = evaluation.warnings().map(|p| problem_message(p, l)).collect();
    if !warnings.is_empty() {
        write_row(&mut out, &[Cell::text(i18n::csv::WARNINGS.get(l))], options);
        for w in warnings {
            write_row(&mut out, &[Cell::Empty, Cell::Text(w)], options);
        }
    }
    scoring_record(&mut out, setup, options);
    out
}

/// The record of an independent scoring round (when there is one): the package, the price
/// opening, and every evaluator's original scores with their reasons, as their sheets came.
fn scoring_record(out: &mut String, setup: &AwardSetup, options: &CsvOptions) {
    let l = options.lang;
    let round = setup.round.clone().unwrap_or_default();
    if round.package_id.is_empty() && setup.sheets.is_empty() {
        return;
    }
    use i18n::evaluation as t;
    out.push_str("\r\n");
    write_row(out, &[Cell::text(t::CSV_TITLE.get(l))], options);
    for line in t::record_lines(&round, l) {
        write_row(out, &[Cell::Empty, Cell::Text(line)], options);
    }
    if setup.sheets.is_empty() {
        return;
    }
    write_row(out, &[Cell::text(t::CSV_ORIGINALS.get(l))], options);
    write_row(out, &t::record_columns(l).into_iter().map(Cell::Text).collect::<Vec<_>>(), options);
    let bid = |id: &str| setup.bids.iter().find(|b| b.id == id).map_or(id.to_string(), |b| b.bidder.clone());
    let criterion = |id: &str| setup.criteria.iter().find(|c| c.id == id).map_or(id.to_string(), |c| c.name.clone());
    for r in &setup.sheets {
        let who = t::sheet_who(r, l);
        for s in &r.scores {
            write_row(
                out,
                &[
                    Cell::text(who.clone()),
                    Cell::text(bid(&s.bid_id)),
                    Cell::text(criterion(&s.criterion_id)),
                    s.points.map_or(Cell::Empty, |p| Cell::Number(p, 2)),
                    Cell::text(s.reason.trim()),
                ],
                options,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc4180_quoting() {
        assert_eq!(escape_text("Aap"), "Aap");
        assert_eq!(escape_text("Aap; Noot"), "\"Aap; Noot\"");
        assert_eq!(escape_text("De \"beste\""), "\"De \"\"beste\"\"\"");
        assert_eq!(escape_text("regel 1\nregel 2"), "\"regel 1\nregel 2\"");
        assert_eq!(escape_text("a,b"), "a,b");
    }

    #[test]
    fn formula_injection_is_neutralised() {
        assert_eq!(escape_text("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
        assert_eq!(escape_text("+31 6 1234"), "'+31 6 1234");
        assert_eq!(escape_text("-5"), "'-5");
        assert_eq!(escape_text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(escape_text("\tx"), "'\tx");
        assert_eq!(escape_text("a=b"), "a=b");
    }

    #[test]
    fn numbers_with_decimal_comma_or_point() {
        assert_eq!(format_number(Decimal::new(7900, 2), 2, true), "79,00");
        assert_eq!(format_number(Decimal::new(7900, 2), 2, false), "79.00");
        assert_eq!(format_number(Decimal::new(125000, 0), 2, true), "125000,00");
        assert_eq!(format_number(Decimal::new(-15000, 0), 2, true), "-15000,00");
        assert_eq!(format_number(Decimal::new(2675, 3), 2, false), "2.68");
        assert_eq!(format_number(Decimal::new(55, 0), 0, true), "55");
    }

    #[test]
    fn rows_end_in_crlf_and_numbers_are_not_escaped() {
        let mut out = String::new();
        let o = CsvOptions::for_lang(Lang::Nl);
        write_row(&mut out, &[Cell::text("-x"), Cell::Number(Decimal::new(-5, 1), 1), Cell::Empty], &o);
        assert_eq!(out, "'-x;-0,5;\r\n");
    }
}
