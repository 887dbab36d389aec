//! The record of an independent scoring round in the projectplan (under the tender): when
//! the evaluation package was made and by whom, when the prices were opened and by whom,
//! and every evaluator's original scores with their reasons, as their sheets came in
//! (`AwardSetup::sheets`, kept even when the scores in the bid table change later).
//! Nothing is written for a dossier without a round or sheets.

use super::builder::Writer;
use super::model::Text;
use crate::domain::dossier::Dossier;
use crate::i18n::evaluation as t;
use crate::i18n::scoring::fmt_number;

pub(super) fn scoring_round(w: &mut Writer, d: &Dossier) {
    let a = &d.award;
    let round = a.round.clone().unwrap_or_default();
    if round.package_id.is_empty() && a.sheets.is_empty() {
        return;
    }
    let l = w.lang;
    w.heading(2, t::DOC_HEADING.get(l));
    for line in t::record_lines(&round, l) {
        w.para(Text::plain(line));
    }
    if a.sheets.is_empty() {
        return;
    }
    w.para(Text::plain(t::DOC_SCORES_INTRO.get(l)));
    let bid = |id: &str| a.bids.iter().find(|b| b.id == id).map_or(id.to_string(), |b| b.bidder.clone());
    let criterion = |id: &str| a.criteria.iter().find(|c| c.id == id).map_or(id.to_string(), |c| c.name.clone());
    let rows: Vec<Vec<Text>> = a
        .sheets
        .iter()
        .flat_map(|r| {
            let who = t::sheet_who(r, l);
            r.scores.iter().map(move |s| (who.clone(), s))
        })
        .map(|(who, s)| {
            vec![
                Text::plain(who),
                Text::plain(bid(&s.bid_id)),
                Text::plain(criterion(&s.criterion_id)),
                Text::plain(s.points.map_or_else(|| "–".to_string(), |p| fmt_number(p, l))),
                Text::plain(s.reason.trim()),
            ]
        })
        .collect();
    w.table(t::record_columns(l), rows);
}
