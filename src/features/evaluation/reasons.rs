//! Under each criterion's table of the consensus view: what each evaluator scored and why,
//! from the score sheets read in (`AwardSetup::sheets`). Shown closed; the reasons are what
//! the evaluators discuss before they agree on a score.

use crate::domain::scoring::model::AwardSetup;
use crate::i18n::evaluation as t;
use crate::i18n::scoring::fmt_number;
use crate::state::use_lang;
use leptos::prelude::*;

/// The reasons for one criterion, per bid; nothing when no sheet gave any.
pub fn reasons_block(award: Memo<AwardSetup>, criterion: String) -> impl IntoView {
    let lang = use_lang();
    move || {
        let l = lang.get();
        award.with(|a| {
            let rows: Vec<(String, Vec<String>)> = a
                .bids
                .iter()
                .filter_map(|b| {
                    let lines: Vec<String> = a
                        .current_sheets()
                        .filter_map(|r| {
                            let s = r.scores.iter().find(|s| s.bid_id == b.id && s.criterion_id == criterion)?;
                            let name = a
                                .evaluators
                                .iter()
                                .find(|e| e.id == r.evaluator_id)
                                .map_or(r.evaluator_name.as_str(), |e| e.name.as_str());
                            let points = s.points.map_or_else(|| "–".to_string(), |p| fmt_number(p, l));
                            Some(t::reason_line(name, &points, &s.reason, l))
                        })
                        .collect();
                    (!lines.is_empty()).then(|| (b.bidder.clone(), lines))
                })
                .collect();
            (!rows.is_empty()).then(|| {
                view! {
                    <details class="consensus-reasons">
                        <summary>{t::REASONS.get(l)}</summary>
                        <dl>
                            {rows
                                .into_iter()
                                .map(|(bidder, lines)| {
                                    view! {
                                        <dt>{bidder}</dt>
                                        {lines.into_iter().map(|x| view! { <dd>{x}</dd> }).collect_view()}
                                    }
                                })
                                .collect_view()}
                        </dl>
                    </details>
                }
            })
        })
    }
}
