//! What the dossier already knows, offered where it would otherwise be asked again (issue 17,
//! "ask once, reuse everywhere"): the start date from the timeline of step 5 for step 6, and the
//! winning bid's price as the contract's average trajectory price for step 7. Offered, not
//! copied: the user takes it over with one click, and a value already entered is never
//! overwritten.

use crate::domain::dossier::Dossier;
use crate::domain::money::Money;
use crate::domain::scoring::evaluate;
use crate::domain::thresholds::is_iso_date;

/// Whether a milestone's label speaks of the start of the delivery.
fn is_start_label(label: &str) -> bool {
    let lower = label.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.starts_with("start") || w.starts_with("aanvang") || w == "begin" || w.starts_with("ingang"))
}

/// The date of the first milestone of step 5 whose label speaks of the start ("Start
/// uitvoering", "Aanvang contract", "Start of delivery"), when it is a real date and step 6 has
/// no start date yet.
pub fn start_date_from_timeline(d: &Dossier) -> Option<&str> {
    if !d.start.start_date.trim().is_empty() {
        return None;
    }
    d.procedure.timeline.iter().find(|m| is_start_label(&m.label) && is_iso_date(m.date.trim())).map(|m| m.date.trim())
}

/// The winning bid's price per trajectory, when the bid comparison has an outcome and step 7
/// has no average price yet: the contract's price.
pub fn average_price_from_winner(d: &Dossier) -> Option<Money> {
    if d.monitoring.average_price.is_some() {
        return None;
    }
    let outcome = evaluate(&d.award).outcome?;
    outcome.ranking.first().map(|r| r.price)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dossier::Milestone;
    use crate::domain::scoring::sample_setup;

    fn milestone(label: &str, date: &str) -> Milestone {
        Milestone { id: label.into(), label: label.into(), date: date.into() }
    }

    #[test]
    fn the_start_date_comes_from_the_timeline() {
        let mut d = Dossier::default();
        assert_eq!(start_date_from_timeline(&d), None);
        d.procedure.timeline = vec![
            milestone("Publicatie", "2026-09-01"),
            milestone("Gunning", "2026-11-15"),
            milestone("Start uitvoering", "2027-01-04"),
        ];
        assert_eq!(start_date_from_timeline(&d), Some("2027-01-04"));
        d.procedure.timeline[2].date = "4 januari".into();
        assert_eq!(start_date_from_timeline(&d), None, "not a date");
        d.procedure.timeline[2] = milestone("Aanvang contract", "2027-02-01");
        assert_eq!(start_date_from_timeline(&d), Some("2027-02-01"));
        d.start.start_date = "2027-03-01".into();
        assert_eq!(start_date_from_timeline(&d), None, "never over a date entered");
        assert!(!is_start_label("Herstart overleg"));
        assert!(!is_start_label("Gunning"));
    }

    #[test]
    fn the_average_price_comes_from_the_winner() {
        let mut d = Dossier::default();
        assert_eq!(average_price_from_winner(&d), None, "no outcome");
        d.award = sample_setup(3, 2, 1);
        let outcome = evaluate(&d.award).outcome.expect("the sample has an outcome");
        let winner = outcome.ranking[0].price;
        assert_eq!(average_price_from_winner(&d), Some(winner));
        d.monitoring.average_price = Some(Money::ZERO);
        assert_eq!(average_price_from_winner(&d), None, "never over a price entered");
    }
}
