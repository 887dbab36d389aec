//! Words for the award's findings, in Dutch and English: the formulas, units, tie-break and
//! rounding rules, problems, admission, rank reversal, sensitivity, the worth of a point,
//! and the bonus/malus rule's problems; and the number formats they use. Shared by the bid
//! comparison (whose own page texts are in [`super::bids`]), the CSV export (headers in
//! [`super::csv`]), the wizard and the documents.
//!
//! Invariants: every text exists in both languages (a `match` on [`Lang`] or a [`Tr`]
//! pair); numbers are formatted with the language's conventions (`4.250,00` / `4,250.00`)
//! through `crate::domain::money`; domain enums are turned into words only here.

use crate::domain::incentive::{IncentiveInput, IncentiveProblem};
use crate::domain::money::{format_fixed, Money, Percent};
use crate::domain::scoring::model::AwardSetup;
use crate::domain::scoring::problem::BoundSide;
use crate::domain::scoring::reversal::{BidChange, Flip, HypotheticalKind, RankReversal, ReferenceKind};
use crate::domain::scoring::{
    Admission, FormulaKind, Named, NumberIssue, PointValue, PointValueBasis, Problem, ScoreSource, ScoreUnit,
    Sensitivity, SensitivityParameter, TieBreakStep,
};
use crate::i18n::{pick, Lang, Tr};
use rust_decimal::Decimal;

/// A score with two decimals: `79,00` / `79.00`.
pub fn fmt_points(d: Decimal, lang: Lang) -> String {
    format_fixed(d, 2, lang.number_style())
}

/// An amount: `€ 4.250,00` / `€4,250.00`.
pub fn fmt_money(m: Money, lang: Lang) -> String {
    m.format(lang.number_style())
}

/// A percentage: `55 %` / `55%` (at most two decimals).
pub fn fmt_percent(d: Decimal, lang: Lang) -> String {
    Percent(d).format(lang.number_style())
}

/// A number as short as possible (at most four decimals): `7,5` / `7.5`.
pub fn fmt_number(d: Decimal, lang: Lang) -> String {
    let d = d.round_dp_with_strategy(4, crate::domain::money::MONEY_ROUNDING).normalize();
    format_fixed(d, d.scale(), lang.number_style())
}

fn q(name: &str) -> String {
    format!("‘{name}’")
}

/// What is wrong with a number, as the end of a sentence ("… is missing").
pub fn number_issue(issue: NumberIssue, lang: Lang) -> &'static str {
    let t = match issue {
        NumberIssue::Missing => Tr::new("ontbreekt", "is missing"),
        NumberIssue::Zero => Tr::new("is nul", "is zero"),
        NumberIssue::Negative => Tr::new("is negatief", "is negative"),
        NumberIssue::TooLarge => Tr::new("is te groot", "is too large"),
        NumberIssue::TooManyDecimals => Tr::new("heeft te veel decimalen", "has too many decimals"),
        NumberIssue::AboveHundred => Tr::new("is meer dan 100 %", "is more than 100%"),
    };
    t.get(lang)
}

/// The name of a price formula.
pub fn formula_name(kind: FormulaKind, lang: Lang) -> &'static str {
    let t = match kind {
        FormulaKind::RelativeToLowest => {
            Tr::new("Relatief ten opzichte van de laagste prijs", "Relative to the lowest price")
        }
        FormulaKind::LinearLowestHighest => {
            Tr::new("Lineair tussen laagste en hoogste inschrijving", "Linear between the lowest and highest bid")
        }
        FormulaKind::FixedBounds => {
            Tr::new("Lineair tussen vaste grenzen (absoluut)", "Linear between fixed bounds (absolute)")
        }
        FormulaKind::QualityToPrice => {
            Tr::new("Gunnen op waarde (kwaliteit in euro’s)", "Quality-to-price (gunnen op waarde)")
        }
        FormulaKind::CostPerResult => Tr::new("Kosten per resultaat", "Cost per result"),
    };
    t.get(lang)
}

/// The formula itself, in symbols.
pub fn formula_expression(kind: FormulaKind, lang: Lang) -> &'static str {
    let t = match kind {
        FormulaKind::RelativeToLowest => Tr::new("W · Pmin / P", "W · Pmin / P"),
        FormulaKind::LinearLowestHighest => Tr::new("W · (Pmax − P) / (Pmax − Pmin)", "W · (Pmax − P) / (Pmax − Pmin)"),
        FormulaKind::FixedBounds => Tr::new(
            "W · (Pboven − P) / (Pboven − Ponder), tussen 0 en W",
            "W · (Phigh − P) / (Phigh − Plow), between 0 and W",
        ),
        FormulaKind::QualityToPrice => {
            Tr::new("fictieve prijs = P − Σ waarde per punt · punten", "fictive price = P − Σ value per point · points")
        }
        FormulaKind::CostPerResult => {
            Tr::new("W · Kmin / K, met K = P / plaatsingspercentage", "W · Cmin / C, with C = P / placement rate")
        }
    };
    t.get(lang)
}

/// What the formula means for the user, in one or two sentences.
pub fn formula_explanation(kind: FormulaKind, lang: Lang) -> &'static str {
    let t = match kind {
        FormulaKind::RelativeToLowest => Tr::new(
            "De laagste prijs krijgt alle prijspunten, de andere naar verhouding. Veel gebruikt, maar relatief: een extra of wegvallende inschrijving kan de volgorde van de andere omdraaien.",
            "The lowest price gets all price points, the others in proportion. Common, but relative: one bid more or less can flip the order of the others.",
        ),
        FormulaKind::LinearLowestHighest => Tr::new(
            "De laagste prijs krijgt alle prijspunten, de hoogste nul, daartussen lineair. Relatief: de uitersten bepalen de punten van iedereen.",
            "The lowest price gets all price points, the highest none, linear in between. Relative: the extremes set everyone's points.",
        ),
        FormulaKind::FixedBounds => Tr::new(
            "Punten lineair tussen vooraf gepubliceerde prijsgrenzen. Absoluut: elke inschrijving wordt op zichzelf gescoord, de volgorde kan niet omdraaien.",
            "Points linear between price bounds published in advance. Absolute: each bid is scored on its own, the order cannot flip.",
        ),
        FormulaKind::QualityToPrice => Tr::new(
            "Elk kwaliteitspunt is een vooraf vastgesteld bedrag waard; dat gaat van de prijs af. De laagste fictieve prijs wint. Absoluut.",
            "Each quality point is worth an amount set in advance, taken off the price. The lowest fictive price wins. Absolute.",
        ),
        FormulaKind::CostPerResult => Tr::new(
            "De prijs van één geslaagd traject (prijs gedeeld door plaatsingspercentage) krijgt prijspunten, relatief ten opzichte van de laagste. Relatief.",
            "The price of one successful trajectory (price divided by placement rate) gets price points, relative to the lowest. Relative.",
        ),
    };
    t.get(lang)
}

/// The unit of totals.
pub fn unit_label(unit: ScoreUnit, lang: Lang) -> &'static str {
    match unit {
        ScoreUnit::Points => Tr::new("punten (hoogste wint)", "points (highest wins)").get(lang),
        ScoreUnit::Euros => Tr::new("fictieve prijs (laagste wint)", "fictive price (lowest wins)").get(lang),
    }
}

/// One step of the tie-break rule.
pub fn tie_break_step(step: TieBreakStep, lang: Lang) -> &'static str {
    let t = match step {
        TieBreakStep::HigherQualityTotal => Tr::new("de hogere kwaliteitsscore", "the higher quality total"),
        TieBreakStep::LowerPrice => Tr::new("de lagere prijs", "the lower price"),
        TieBreakStep::Lot => crate::i18n::first_tender_tail::TIE_STEP_LOT,
    };
    t.get(lang)
}

/// The tie-break rule as one sentence.
pub fn tie_break_rule(lang: Lang) -> &'static str {
    crate::i18n::first_tender_tail::TIE_BREAK_RULE.get(lang)
}

/// The rounding rule as one sentence.
pub fn rounding_rule(lang: Lang) -> &'static str {
    Tr::new(
        "Elke deelscore wordt één keer afgerond op twee decimalen (een half weg van nul); de totaalscore is de som van de afgeronde deelscores, dus de tabel telt precies op.",
        "Each criterion's score is rounded once to two decimals (half away from zero); the total is the sum of the rounded scores, so the table adds up exactly.",
    )
    .get(lang)
}

/// Which score counted.
pub fn score_source(source: ScoreSource, lang: Lang) -> &'static str {
    match source {
        ScoreSource::Consensus => Tr::new("gezamenlijke score", "agreed score").get(lang),
        ScoreSource::Mean => Tr::new("gemiddelde van de beoordelaars", "mean of the evaluators").get(lang),
    }
}

/// A bid's admission, with the knock-outs it failed.
pub fn admission_text(admission: &Admission, setup: &AwardSetup, lang: Lang) -> String {
    match admission {
        Admission::Admitted => Tr::new("Toegelaten", "Admitted").get(lang).to_string(),
        Admission::Undecided => Tr::new("Nog niet te beoordelen", "Not decided yet").get(lang).to_string(),
        Admission::Excluded { failed } => {
            let names: Vec<String> = failed
                .iter()
                .filter_map(|&k| setup.knockouts.get(k).map(|ko| Named::new(&ko.id, &ko.description, k).name))
                .collect();
            pick(format!("Valt af op: {}", names.join("; ")), format!("Excluded by: {}", names.join("; ")), lang)
        }
    }
}

fn bid_label(setup: &AwardSetup, entry: usize) -> String {
    setup.bids.get(entry).map(|b| Named::new(&b.id, &b.bidder, entry).name).unwrap_or_else(|| format!("#{}", entry + 1))
}

fn criterion_label(setup: &AwardSetup, c: usize) -> String {
    setup.criteria.get(c).map(|k| Named::new(&k.id, &k.name, c).name).unwrap_or_else(|| format!("#{}", c + 1))
}

fn join_list(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let and = Tr::new("en", "and").get(lang);
            format!("{} {and} {last}", init.join(", "))
        }
    }
}

/// A problem in the user's language.
pub fn problem_message(p: &Problem, lang: Lang) -> String {
    use Problem::*;
    let l = lang;
    match p {
        NoCriteria => Tr::new("Er zijn nog geen gunningscriteria.", "There are no award criteria yet.").get(l).into(),
        NoBids => Tr::new("Er zijn nog geen inschrijvingen.", "There are no bids yet.").get(l).into(),
        DuplicateCriterionId { id } => pick(
            format!("Twee gunningscriteria hebben dezelfde sleutel ({id})."),
            format!("Two award criteria share the id {id}."),
            l,
        ),
        DuplicateBidId { id } => {
            pick(format!("Twee inschrijvingen hebben dezelfde sleutel ({id})."), format!("Two bids share the id {id}."), l)
        }
        DuplicateEvaluatorId { id } => pick(
            format!("Twee beoordelaars hebben dezelfde sleutel ({id})."),
            format!("Two evaluators share the id {id}."),
            l,
        ),
        MultiplePriceCriteria { count } => pick(
            format!("Er zijn {count} prijscriteria; er kan er maar één zijn."),
            format!("There are {count} price criteria; there can be only one."),
            l,
        ),
        NoPriceCriterion => Tr::new(
            "Geen enkel criterium gaat over de prijs: de prijs telt niet mee in de score.",
            "No criterion is about price: price does not count in the score.",
        )
        .get(l)
        .into(),
        PriceCriterionIsQuality { criterion } => crate::i18n::first_tender::price_criterion_is_quality(&criterion.name, l),
        Weight { criterion, issue } => pick(
            format!("De weging van {} {}.", q(&criterion.name), number_issue(*issue, l)),
            format!("The weight of {} {}.", q(&criterion.name), number_issue(*issue, l)),
            l,
        ),
        WeightsNotHundred { total } => pick(
            format!("De wegingen tellen op tot {}, niet tot 100 %.", fmt_percent(*total, l)),
            format!("The weights add up to {}, not 100%.", fmt_percent(*total, l)),
            l,
        ),
        ScaleMax { issue } => pick(
            format!("Het maximum van de puntenschaal {}.", number_issue(*issue, l)),
            format!("The top of the quality scale {}.", number_issue(*issue, l)),
            l,
        ),
        LevelOutsideScale { label, points } => pick(
            format!("Niveau {} ({} punten) valt buiten de schaal.", q(label), fmt_number(*points, l)),
            format!("Level {} ({} points) lies outside the scale.", q(label), fmt_number(*points, l)),
            l,
        ),
        DisagreementMargin { issue } => pick(
            format!("De marge voor verschillen tussen beoordelaars {}.", number_issue(*issue, l)),
            format!("The margin for differences between evaluators {}.", number_issue(*issue, l)),
            l,
        ),
        KnockoutThreshold { knockout, issue } => pick(
            format!("De grens van knock-outeis {} {}.", q(&knockout.name), number_issue(*issue, l)),
            format!("The threshold of knock-out requirement {} {}.", q(&knockout.name), number_issue(*issue, l)),
            l,
        ),
        KnockoutNotJudged { bid, knockout } => pick(
            format!("Knock-outeis {} is nog niet beoordeeld voor {}.", q(&knockout.name), bid.name),
            format!("Knock-out requirement {} has not been judged for {} yet.", q(&knockout.name), bid.name),
            l,
        ),
        LeadTimeMissing { bid } => pick(
            format!("De doorlooptijd van {} ontbreekt (een knock-outeis heeft die nodig).", bid.name),
            format!("The lead time of {} is missing (a knock-out requirement needs it).", bid.name),
            l,
        ),
        AllBidsKnockedOut => Tr::new(
            "Alle inschrijvingen vallen af op een knock-outeis: er valt niets te gunnen.",
            "Every bid fails a knock-out requirement: there is nothing to award.",
        )
        .get(l)
        .into(),
        Price { bid, issue } => pick(
            format!("De prijs van {} {}.", bid.name, number_issue(*issue, l)),
            format!("The price of {} {}.", bid.name, number_issue(*issue, l)),
            l,
        ),
        PlacementRate { bid, issue } => pick(
            format!("Het plaatsingspercentage van {} {}.", bid.name, number_issue(*issue, l)),
            format!("The placement rate of {} {}.", bid.name, number_issue(*issue, l)),
            l,
        ),
        MissingScores { evaluator: Some(e), count: 1, bid, criterion } => pick(
            format!("{} heeft {} nog niet gescoord op {}.", e.name, bid.name, q(&criterion.name)),
            format!("{} has not scored {} on {} yet.", e.name, bid.name, q(&criterion.name)),
            l,
        ),
        MissingScores { evaluator: Some(e), count, bid, criterion } => pick(
            format!(
                "{} moet nog {count} scores geven (de eerste: {} op {}).",
                e.name,
                bid.name,
                q(&criterion.name)
            ),
            format!("{} still has {count} scores to give (the first: {} on {}).", e.name, bid.name, q(&criterion.name)),
            l,
        ),
        MissingScores { evaluator: None, count, bid, criterion } => pick(
            format!(
                "Er {} {count} {} zonder beoordelaars of gezamenlijke score (de eerste: {} op {}): voeg beoordelaars toe of leg gezamenlijke scores vast.",
                if *count == 1 { "ontbreekt" } else { "ontbreken" },
                if *count == 1 { "score" } else { "scores" },
                bid.name,
                q(&criterion.name)
            ),
            format!(
                "{count} {} missing, with no evaluators and no agreed score (the first: {} on {}): add evaluators or record agreed scores.",
                if *count == 1 { "score is" } else { "scores are" },
                bid.name,
                q(&criterion.name)
            ),
            l,
        ),
        ScoreOutOfRange { bid, criterion, evaluator, points, max } => {
            let (who_nl, who_en) = match evaluator {
                Some(e) => (format!("van {}", e.name), format!("by {}", e.name)),
                None => ("(gezamenlijk)".to_string(), "(agreed)".to_string()),
            };
            pick(
                format!(
                    "De score {} {who_nl} voor {} op {} valt buiten de schaal 0 tot {}.",
                    fmt_number(*points, l),
                    bid.name,
                    q(&criterion.name),
                    fmt_number(*max, l)
                ),
                format!(
                    "The score {} {who_en} for {} on {} lies outside the scale 0 to {}.",
                    fmt_number(*points, l),
                    bid.name,
                    q(&criterion.name),
                    fmt_number(*max, l)
                ),
                l,
            )
        }
        ScoreNotALevel { bid, criterion, evaluator, points } => {
            let (who_nl, who_en) = match evaluator {
                Some(e) => (format!("van {}", e.name), format!("by {}", e.name)),
                None => ("(gezamenlijk)".to_string(), "(agreed)".to_string()),
            };
            pick(
                format!("De score {} {who_nl} voor {} op {} is geen niveau van de schaal.", fmt_number(*points, l), bid.name, q(&criterion.name)),
                format!("The score {} {who_en} for {} on {} is not a level of the scale.", fmt_number(*points, l), bid.name, q(&criterion.name)),
                l,
            )
        }
        DuplicateScore { bid, criterion, evaluator } => pick(
            format!("{} heeft {} twee keer gescoord op {}.", evaluator.name, bid.name, q(&criterion.name)),
            format!("{} scored {} twice on {}.", evaluator.name, bid.name, q(&criterion.name)),
            l,
        ),
        EvaluatorsDisagree { bid, criterion, spread, margin } => pick(
            format!(
                "De beoordelaars verschillen {} punten over {} op {} (marge {}). Bespreek dit en leg een gezamenlijke score met reden vast; zonder die score telt het gemiddelde.",
                fmt_number(*spread, l),
                bid.name,
                q(&criterion.name),
                fmt_number(*margin, l)
            ),
            format!(
                "The evaluators differ by {} points on {} for {} (margin {}). Discuss it and record an agreed score with its reason; without one, the mean counts.",
                fmt_number(*spread, l),
                bid.name,
                q(&criterion.name),
                fmt_number(*margin, l)
            ),
            l,
        ),
        ConsensusWithoutReason { bid, criterion } => pick(
            format!("De gezamenlijke score voor {} op {} heeft geen reden.", bid.name, q(&criterion.name)),
            format!("The agreed score for {} on {} has no reason.", bid.name, q(&criterion.name)),
            l,
        ),
        SingleBid => Tr::new(
            "Er is maar één inschrijving: er valt niets te vergelijken.",
            "There is only one bid: there is nothing to compare.",
        )
        .get(l)
        .into(),
        Bound { side, issue } => {
            let (nl, en) = match side {
                BoundSide::Low => ("De ondergrens", "The low bound"),
                BoundSide::High => ("De bovengrens", "The high bound"),
            };
            pick(
                format!("{nl} van de prijs {}.", number_issue(*issue, l)),
                format!("{en} of the price {}.", number_issue(*issue, l)),
                l,
            )
        }
        BoundsNotIncreasing { low, high } => pick(
            format!("De bovengrens ({}) moet hoger zijn dan de ondergrens ({}).", fmt_money(*high, l), fmt_money(*low, l)),
            format!("The high bound ({}) must be above the low bound ({}).", fmt_money(*high, l), fmt_money(*low, l)),
            l,
        ),
        PriceOutsideBounds { bid, price } => pick(
            format!(
                "De prijs van {} ({}) ligt buiten de vaste grenzen: prijsverschillen voorbij een grens tellen niet mee.",
                bid.name,
                fmt_money(*price, l)
            ),
            format!(
                "The price of {} ({}) lies outside the fixed bounds: price differences beyond a bound do not count.",
                bid.name,
                fmt_money(*price, l)
            ),
            l,
        ),
        ValuePerPoint { criterion, issue } => pick(
            format!("De waarde per punt van {} {}.", q(&criterion.name), number_issue(*issue, l)),
            format!("The value per point of {} {}.", q(&criterion.name), number_issue(*issue, l)),
            l,
        ),
        LowestEqualsHighest { price } => pick(
            format!(
                "Alle inschrijvingen hebben dezelfde prijs ({}): lineair tussen laagste en hoogste deelt dan door nul. Kies een andere formule.",
                fmt_money(*price, l)
            ),
            format!(
                "Every bid has the same price ({}): linear between lowest and highest would divide by zero. Choose another formula.",
                fmt_money(*price, l)
            ),
            l,
        ),
        Overflow => Tr::new(
            "Een berekening wordt te groot; controleer de ingevoerde bedragen en punten.",
            "A calculation gets too large; check the amounts and points entered.",
        )
        .get(l)
        .into(),
        RanksCanReverse { flips } => pick(
            format!(
                "Met deze formule kan één inschrijving meer of minder de volgorde van andere inschrijvingen omdraaien (omgedraaide paren: {flips}): zie de controle op rangorde-omkering."
            ),
            format!(
                "With this formula, one bid more or less can flip the order of other bids (flipped pairs: {flips}): see the rank-reversal check."
            ),
            l,
        ),
        WinnerDependsOnFormula { formulas } => {
            let names: Vec<String> = formulas.iter().map(|f| q(formula_name(*f, l))).collect();
            pick(
                format!("Met de formule {} zou een andere inschrijving winnen.", join_list(&names, l)),
                format!("Under {} another bid would win.", join_list(&names, l)),
                l,
            )
        }
        WinnerSensitiveToWeight { criterion, weight, low, high } => {
            // Inwards, as `StableRange::display_bounds`: never promise more than is true.
            let low = fmt_percent(low.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToPositiveInfinity), l);
            let high = fmt_percent(high.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToNegativeInfinity), l);
            pick(
                format!(
                    "De winnaar verandert al als de weging van {} minder dan 5 procentpunt verschuift: hij blijft alleen winnen tussen {low} en {high} (nu {}).",
                    q(&criterion.name),
                    fmt_percent(*weight, l)
                ),
                format!(
                    "The winner changes if the weight of {} moves by less than 5 percentage points: it keeps winning only between {low} and {high} (now {}).",
                    q(&criterion.name),
                    fmt_percent(*weight, l)
                ),
                l,
            )
        }
    }
}

fn reference_name(kind: ReferenceKind, lang: Lang) -> &'static str {
    let t = match kind {
        ReferenceKind::LowestPrice => Tr::new("de laagste prijs", "the lowest price"),
        ReferenceKind::HighestPrice => Tr::new("de hoogste prijs", "the highest price"),
        ReferenceKind::LowestCostPerResult => Tr::new("de laagste kosten per resultaat", "the lowest cost per result"),
    };
    t.get(lang)
}

/// Why a change flips other bids: one or two sentences.
pub fn reversal_cause(r: &RankReversal, setup: &AwardSetup, lang: Lang) -> String {
    let l = lang;
    let refs: Vec<String> = r
        .references
        .iter()
        .map(|c| {
            pick(
                format!("{} {} in plaats van {}", reference_name(c.kind, l), fmt_money(c.to, l), fmt_money(c.from, l)),
                format!(
                    "{} becomes {} instead of {}",
                    reference_name(c.kind, l),
                    fmt_money(c.to, l),
                    fmt_money(c.from, l)
                ),
                l,
            )
        })
        .collect();
    let refs = join_list(&refs, l);
    let first = match &r.change {
        BidChange::Removed { entry } => pick(
            format!("Zonder de inschrijving van {} wordt {refs}.", bid_label(setup, *entry)),
            format!("Without the bid of {}, {refs}.", bid_label(setup, *entry)),
            l,
        ),
        BidChange::Added(h) => {
            let (nl, en) = match h.kind {
                HypotheticalKind::CheapLowQuality => {
                    ("goedkope inschrijving met de laagste kwaliteit", "cheap bid with the lowest quality")
                }
                HypotheticalKind::ExpensiveHighQuality => {
                    ("dure inschrijving met de hoogste kwaliteit", "expensive bid with the highest quality")
                }
            };
            pick(
                format!("Met een extra {nl} (prijs {}) wordt {refs}.", fmt_money(h.price, l)),
                format!("With one extra {en} (price {}), {refs}.", fmt_money(h.price, l)),
                l,
            )
        }
    };
    let why = Tr::new(
        "Daardoor krijgen alle inschrijvingen andere prijspunten, terwijl hun kwaliteitspunten gelijk blijven: de balans tussen prijs en kwaliteit verschuift.",
        "So every bid gets different price points while its quality points stay the same: the balance between price and quality shifts.",
    )
    .get(l);
    let winner = if r.hypothetical_wins {
        Tr::new(" Die extra inschrijving zou zelf winnen.", " That extra bid would win itself.").get(l).to_string()
    } else if r.best_other_before != r.best_other_after {
        pick(
            format!(
                " Daarmee wint {} in plaats van {}.",
                bid_label(setup, r.best_other_after),
                bid_label(setup, r.best_other_before)
            ),
            format!(
                " This makes {} win instead of {}.",
                bid_label(setup, r.best_other_after),
                bid_label(setup, r.best_other_before)
            ),
            l,
        )
    } else {
        String::new()
    };
    format!("{first} {why}{winner}")
}

/// One flipped pair, with the totals before and after the change.
pub fn flip_message(r: &RankReversal, f: &Flip, setup: &AwardSetup, lang: Lang) -> String {
    let a = bid_label(setup, f.was_ahead);
    let b = bid_label(setup, f.was_behind);
    let p = |d: Decimal| fmt_points(d, lang);
    let (a0, b0, a1, b1) = (p(f.totals_before.0), p(f.totals_before.1), p(f.totals_after.0), p(f.totals_after.1));
    match (&r.change, lang) {
        (BidChange::Removed { .. }, Lang::Nl) => {
            format!("{a} ({a0}) staat nu vóór {b} ({b0}); zonder die inschrijving staat {b} ({b1}) vóór {a} ({a1}).")
        }
        (BidChange::Removed { .. }, Lang::En) => {
            format!("{a} ({a0}) is now ahead of {b} ({b0}); without that bid, {b} ({b1}) is ahead of {a} ({a1}).")
        }
        (BidChange::Added(_), Lang::Nl) => {
            format!("{a} ({a0}) staat nu vóór {b} ({b0}); met die inschrijving erbij staat {b} ({b1}) vóór {a} ({a1}).")
        }
        (BidChange::Added(_), Lang::En) => {
            format!("{a} ({a0}) is now ahead of {b} ({b0}); with that bid added, {b} ({b1}) is ahead of {a} ({a1}).")
        }
    }
}

/// The stable range of one criterion, as a sentence.
pub fn sensitivity_message(s: &Sensitivity, setup: &AwardSetup, winner: usize, lang: Lang) -> String {
    let l = lang;
    let c = q(&criterion_label(setup, s.criterion));
    let w = bid_label(setup, winner);
    let Some(r) = s.range else {
        return pick(
            format!("{c} heeft alle weging: er valt niets te verschuiven."),
            format!("{c} has all the weight: there is nothing to shift."),
            l,
        );
    };
    if r.rounding_decides {
        return pick(
            format!(
                "{w} wint alleen door de afronding: elke verandering van de weging van {c} kan de uitslag veranderen."
            ),
            format!("{w} wins only by rounding: any change in the weight of {c} can change the outcome."),
            l,
        );
    }
    let (low, high) = r.display_bounds(2);
    let fmt = |d: Decimal| match s.parameter {
        SensitivityParameter::Weight => fmt_percent(d, l),
        SensitivityParameter::ValuePerPoint => fmt_money(Money(d), l),
    };
    let (what_nl, what_en) = match s.parameter {
        SensitivityParameter::Weight => ("de weging", "the weight"),
        SensitivityParameter::ValuePerPoint => ("de waarde per punt", "the value per point"),
    };
    let range = match high {
        Some(h) => {
            pick(format!("tussen {} en {}", fmt(low), fmt(h)), format!("between {} and {}", fmt(low), fmt(h)), l)
        }
        None => pick(format!("vanaf {}", fmt(low)), format!("from {}", fmt(low)), l),
    };
    let mut text = pick(
        format!("{w} blijft winnen zolang {what_nl} van {c} {range} ligt (nu {}).", fmt(s.current)),
        format!("{w} keeps winning as long as {what_en} of {c} is {range} (now {}).", fmt(s.current)),
        l,
    );
    if let Some(b) = r.below {
        text.push_str(&pick(
            format!(" Daaronder wint {}.", bid_label(setup, b)),
            format!(" Below it, {} wins.", bid_label(setup, b)),
            l,
        ));
    }
    if let Some(a) = r.above {
        text.push_str(&pick(
            format!(" Daarboven wint {}.", bid_label(setup, a)),
            format!(" Above it, {} wins.", bid_label(setup, a)),
            l,
        ));
    }
    text
}

/// What one quality point is worth, as a sentence.
pub fn point_value_message(v: &PointValue, setup: &AwardSetup, lang: Lang) -> String {
    let l = lang;
    let c = q(&criterion_label(setup, v.criterion));
    let Some(euros) = v.euros else {
        return pick(
            format!("De prijs weegt niet mee: geen prijsverschil weegt op tegen een punt op {c}."),
            format!("Price has no weight: no price difference makes up for a point on {c}."),
            l,
        );
    };
    let e = fmt_money(euros, l);
    match v.basis {
        PointValueBasis::Exact => pick(
            format!("Eén punt op {c} weegt op tegen {e} prijsverschil per traject, bij elke prijs."),
            format!("One point on {c} is worth {e} of price per trajectory, at any price."),
            l,
        ),
        PointValueBasis::AroundLowestPrice => pick(
            format!("Eén punt op {c} weegt op tegen ongeveer {e} prijsverschil per traject rond de laagste prijs; bij hogere prijzen meer (met het kwadraat van de prijsverhouding)."),
            format!("One point on {c} is worth about {e} of price per trajectory near the lowest price; more at higher prices (with the square of the price ratio)."),
            l,
        ),
        PointValueBasis::AroundLowestCostPerResult => pick(
            format!("Eén punt op {c} weegt op tegen ongeveer {e} prijsverschil per traject rond de laagste kosten per resultaat."),
            format!("One point on {c} is worth about {e} of price per trajectory near the lowest cost per result."),
            l,
        ),
        PointValueBasis::ValuePerPoint => pick(
            format!("Eén punt op {c} is vooraf vastgesteld op {e}."),
            format!("One point on {c} was set in advance at {e}."),
            l,
        ),
    }
}

/// A bonus/malus problem in the user's language.
pub fn incentive_problem_message(p: &IncentiveProblem, lang: Lang) -> String {
    let l = lang;
    match p {
        IncentiveProblem::NotEnabled => {
            Tr::new("Het contract heeft geen bonus-malusregeling.", "The contract has no bonus/malus rule.")
                .get(l)
                .into()
        }
        IncentiveProblem::Input { input, issue } => {
            let subject = match input {
                IncentiveInput::AveragePrice => Tr::new("De gemiddelde trajectprijs", "The average trajectory price"),
                IncentiveInput::AgreedRate => {
                    Tr::new("Het afgesproken plaatsingspercentage", "The agreed placement rate")
                }
                IncentiveInput::BonusShare => Tr::new("Het bonuspercentage", "The bonus share"),
                IncentiveInput::MalusShare => Tr::new("Het maluspercentage", "The malus share"),
            };
            format!("{} {}.", subject.get(l), number_issue(*issue, l))
        }
        IncentiveProblem::PlacementsAboveTrajectories { placements, trajectories } => pick(
            format!("Er zijn meer plaatsingen ({placements}) dan trajecten ({trajectories})."),
            format!("There are more placements ({placements}) than trajectories ({trajectories})."),
            l,
        ),
        IncentiveProblem::SeriesTooLong { trajectories, max } => pick(
            format!("Een grafiek van {trajectories} trajecten is te groot (hoogstens {max})."),
            format!("A chart of {trajectories} trajectories is too large (at most {max})."),
            l,
        ),
        IncentiveProblem::Overflow => Tr::new(
            "Een berekening wordt te groot; controleer de ingevoerde bedragen.",
            "A calculation gets too large; check the amounts entered.",
        )
        .get(l)
        .into(),
    }
}
