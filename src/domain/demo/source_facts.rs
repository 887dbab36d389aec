//! The demo dossiers held against their sources: a table of the facts each case takes from the
//! guide (appendix and page) or the Holland Rijnland plan (section), with the value the source
//! gives. A fact that drifts from its source (Roermond's procedure, a weight, a count) fails here
//! with the page to open.
//!
//! A fact is either a value of the dossier (compared by its `Debug` form, so the table reads as
//! the dossier does: `Some(Private)`, `Some(24)`) or a phrase a dossier text must contain.

use super::{demo_case, Dossier};
use crate::domain::scoring::model::CriterionKind;
use crate::domain::source::SourceRef;

/// What the source says.
enum Expect {
    /// The dossier's value, in its `Debug` form.
    Is(&'static str),
    /// A phrase the dossier's text holds.
    Says(&'static str),
}

struct Fact {
    case: &'static str,
    what: &'static str,
    source: SourceRef,
    expect: Expect,
    actual: fn(&Dossier) -> String,
}

const fn fact(
    case: &'static str,
    what: &'static str,
    source: SourceRef,
    expect: Expect,
    actual: fn(&Dossier) -> String,
) -> Fact {
    Fact { case, what, source, expect, actual }
}

use Expect::{Is, Says};

const APELDOORN: SourceRef = SourceRef::appendix(1, 28, 32);
const fn apeldoorn(page: u8) -> SourceRef {
    SourceRef::appendix(1, page, page)
}
const fn amsterdam(page: u8) -> SourceRef {
    SourceRef::appendix(2, page, page)
}
const fn emmen(page: u8) -> SourceRef {
    SourceRef::appendix(3, page, page)
}
const fn roermond(page: u8) -> SourceRef {
    SourceRef::appendix(4, page, page)
}

fn weights(d: &Dossier) -> String {
    let w: Vec<String> =
        d.award.criteria.iter().map(|c| c.weight.map(|p| p.0.to_string()).unwrap_or_default()).collect();
    w.join("/")
}

fn texts(list: &[crate::domain::dossier::Requirement]) -> String {
    list.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join(" | ")
}

const FACTS: &[Fact] = &[
    // ---- Apeldoorn (appendix 1)
    fact(
        "apeldoorn",
        "inhabitants and clients",
        apeldoorn(28),
        Says("ongeveer 154.000 inwoners, 2.700 klanten"),
        |d| d.exploration.problem.clone(),
    ),
    fact("apeldoorn", "drug addicts in the town", apeldoorn(28), Says("zo'n 300"), |d| d.exploration.problem.clone()),
    fact("apeldoorn", "three months in Ireland", apeldoorn(28), Says("drie maanden training in Ierland"), |d| {
        d.exploration.goals.clone()
    }),
    fact("apeldoorn", "follow-up of at most six months", apeldoorn(29), Says("hoogstens zes maanden"), |d| {
        d.exploration.goals.clone()
    }),
    fact("apeldoorn", "pocket money", apeldoorn(29), Says("€ 50 per week"), texts_of_checklist),
    fact("apeldoorn", "half the cost in the subsidised year", apeldoorn(29), Says("helft van de kosten"), |d| {
        d.accountability.notes.clone()
    }),
    fact("apeldoorn", "regular budget from 2002", apeldoorn(29), Says("vanaf 2002 uit het reguliere"), |d| {
        d.accountability.notes.clone()
    }),
    fact("apeldoorn", "trained in Ireland", apeldoorn(29), Is("Some(21)"), |d| {
        format!("{:?}", d.monitoring.figures.get("apeldoorn-p1").and_then(|f| f.started))
    }),
    fact("apeldoorn", "results as listed", apeldoorn(29), Says("17 vonden een reguliere baan"), |d| {
        d.monitoring.notes.clone()
    }),
    fact(
        "apeldoorn",
        "volunteer work and drop-outs",
        apeldoorn(29),
        Says("2 doen vrijwilligerswerk en 2 vielen"),
        |d| d.monitoring.notes.clone(),
    ),
    fact("apeldoorn", "private tender with pre-selection", apeldoorn(29), Is("Some(Private)"), |d| {
        format!("{:?}", d.procedure.kind)
    }),
    fact("apeldoorn", "fifty invited", apeldoorn(29), Says("Vijftig re-integratiebedrijven"), |d| {
        d.procedure.rationale.clone()
    }),
    fact(
        "apeldoorn",
        "28 asked to bid",
        apeldoorn(30),
        Says("28 bedrijven gevraagd een offerte uit te brengen"),
        |d| d.procedure.rationale.clone(),
    ),
    fact("apeldoorn", "three selection criteria", apeldoorn(30), Is("3"), |d| {
        d.specification.selection_criteria.len().to_string()
    }),
    fact("apeldoorn", "norm of 55 %", apeldoorn(30), Is("Some(Percent(55))"), |d| {
        format!("{:?}", d.specification.bonus_malus.agreed_rate)
    }),
    fact("apeldoorn", "bonus of 15 %", apeldoorn(30), Is("Some(Percent(15))"), |d| {
        format!("{:?}", d.specification.bonus_malus.bonus_share)
    }),
    fact("apeldoorn", "malus of 50 %", apeldoorn(30), Is("Some(Percent(50))"), |d| {
        format!("{:?}", d.specification.bonus_malus.malus_share)
    }),
    fact("apeldoorn", "an office in Apeldoorn", apeldoorn(30), Says("vestiging in Apeldoorn"), |d| {
        texts(&d.specification.technical)
    }),
    fact("apeldoorn", "invoicing per instrument", apeldoorn(30), Is("Some(PerInstrument)"), |d| {
        format!("{:?}", d.execution.invoicing)
    }),
    fact("apeldoorn", "award weights", apeldoorn(31), Is("50/5/10/10/25"), weights),
    fact("apeldoorn", "twelve contracts, up to 80 %", apeldoorn(31), Says("met twaalf uitvoerders"), |d| {
        d.procedure.rationale.clone()
    }),
    fact("apeldoorn", "highest agreed rate", apeldoorn(31), Says("het hoogste 80 %"), |d| {
        d.procedure.rationale.clone()
    }),
    fact("apeldoorn", "twelve is too many", apeldoorn(31), Says("Twaalf uitvoerders is te veel"), |d| {
        d.evaluation.what_to_change.clone()
    }),
    fact("apeldoorn", "the facilitating buyer", SourceRef::guide("3.5", 23, 23), Is("Some(Facilitating)"), |d| {
        format!("{:?}", d.exploration.buyer_role)
    }),
    fact("apeldoorn", "an inflow guarantee", SourceRef::guide("3.3", 18, 18), Is("Some(true)"), |d| {
        format!("{:?}", d.specification.inflow_guarantee)
    }),
    fact("apeldoorn", "innovation as an award criterion", SourceRef::guide("3.4", 20, 20), Is("true"), |d| {
        d.specification.innovation_criterion.to_string()
    }),
    fact("apeldoorn", "what is illustrative is said", APELDOORN, Says("Let op (demo)"), |d| {
        d.procedure.rationale.clone()
    }),
    // ---- Amsterdam (appendix 2)
    fact(
        "amsterdam",
        "4.000 clients in volunteer work",
        amsterdam(33),
        Says("4.000 klanten actief in vrijwilligerswerk"),
        |d| d.exploration.goals.clone(),
    ),
    fact("amsterdam", "combinations under one main contractor", amsterdam(34), Says("één hoofdaannemer"), |d| {
        d.exploration.principles.clone()
    }),
    fact("amsterdam", "no inflow guarantee", amsterdam(34), Is("Some(false)"), |d| {
        format!("{:?}", d.specification.inflow_guarantee)
    }),
    fact("amsterdam", "six award criteria", amsterdam(34), Is("6"), |d| d.award.criteria.len().to_string()),
    fact("amsterdam", "intake within two weeks", amsterdam(35), Is("Some(2)"), |d| {
        format!("{:?}", d.execution.intake_weeks)
    }),
    fact("amsterdam", "at most twelve months", amsterdam(35), Is("Some(12)"), |d| {
        format!("{:?}", d.execution.max_duration_months)
    }),
    fact("amsterdam", "quarterly reports", amsterdam(35), Is("Some(Quarterly)"), |d| {
        format!("{:?}", d.execution.reporting_frequency)
    }),
    fact("amsterdam", "a go/no-go moment", amsterdam(35), Is("true"), |d| d.execution.go_no_go.to_string()),
    fact("amsterdam", "one-year contracts", SourceRef::guide("3.3", 19, 19), Is("Some(12)"), |d| {
        format!("{:?}", d.specification.contract_months)
    }),
    fact(
        "amsterdam",
        "advertisement, selection and award",
        SourceRef::guide("3.1", 16, 16),
        Is("Some(Restricted)"),
        |d| format!("{:?}", d.procedure.kind),
    ),
    fact(
        "amsterdam",
        "staff experience as a criterion",
        SourceRef::guide("3.4", 20, 20),
        Says("Ervaring van de medewerkers"),
        |d| texts(&d.specification.selection_criteria),
    ),
    fact("amsterdam", "buyer at a distance", SourceRef::guide("3.5", 22, 22), Is("Some(AtDistance)"), |d| {
        format!("{:?}", d.exploration.buyer_role)
    }),
    // ---- Emmen (appendix 3)
    fact("emmen", "inhabitants and clients", emmen(36), Says("ongeveer 107.000 inwoners, 2.250 klanten"), |d| {
        d.exploration.problem.clone()
    }),
    fact("emmen", "about 25 hard-core clients", emmen(36), Says("ongeveer 25 klanten uit de harde kern"), |d| {
        d.exploration.problem.clone()
    }),
    fact("emmen", "private procedure", emmen(36), Is("Some(Private)"), |d| format!("{:?}", d.procedure.kind)),
    fact("emmen", "six approached", emmen(37), Is("6"), |d| d.procedure.invited.len().to_string()),
    fact("emmen", "three could not bid", emmen(37), Is("3"), |d| {
        d.procedure.invited.iter().filter(|p| p.note.contains("niet offreren")).count().to_string()
    }),
    fact("emmen", "four functional requirements", emmen(38), Is("4"), |d| d.specification.functional.len().to_string()),
    fact("emmen", "five technical requirements", emmen(38), Is("5"), |d| d.specification.technical.len().to_string()),
    fact("emmen", "price weighs least", emmen(38), Is("true"), |d| {
        let price = d.award.criteria.iter().find(|c| c.kind == CriterionKind::Price).and_then(|c| c.weight);
        d.award.criteria.iter().all(|c| c.weight >= price).to_string()
    }),
    fact("emmen", "the new project leader", emmen(39), Says("de nieuwe projectleider won het vertrouwen terug"), |d| {
        d.monitoring.notes.clone()
    }),
    fact("emmen", "weekly follow-up by the Regie Unit", emmen(39), Is("Some(Weekly)"), |d| {
        format!("{:?}", d.execution.reporting_frequency)
    }),
    fact("emmen", "50 candidates for 25", emmen(40), Says("ongeveer 50"), |d| d.target_group.description.clone()),
    fact(
        "emmen",
        "8 of 10 at work, regular or subsidised",
        emmen(40),
        Says("8 aan het werk, regulier of gesubsidieerd"),
        |d| d.monitoring.notes.clone(),
    ),
    fact("emmen", "an inflow guarantee", SourceRef::guide("3.3", 18, 18), Is("Some(true)"), |d| {
        format!("{:?}", d.specification.inflow_guarantee)
    }),
    fact("emmen", "its size is not in the source", SourceRef::guide("3.3", 18, 18), Says("niet voor hoeveel"), |d| {
        d.procedure.rationale.clone()
    }),
    fact("emmen", "a contract of two years", SourceRef::guide("3.3", 19, 19), Is("Some(24)"), |d| {
        format!("{:?}", d.specification.contract_months)
    }),
    fact("emmen", "paid per programme part", SourceRef::guide("3.3", 19, 19), Is("Some(Input)"), |d| {
        format!("{:?}", d.specification.financing)
    }),
    fact("emmen", "buyer at a distance", SourceRef::guide("3.5", 22, 22), Is("Some(AtDistance)"), |d| {
        format!("{:?}", d.exploration.buyer_role)
    }),
    // ---- Roermond (appendix 4)
    fact("roermond", "inhabitants and clients", roermond(41), Says("ongeveer 43.000 inwoners, circa 1.550"), |d| {
        d.exploration.problem.clone()
    }),
    fact(
        "roermond",
        "70 carried over and 60 new",
        roermond(41),
        Says("70 trajecten die uit Wijkproject I overgaan en 60 nieuwe, samen 130"),
        |d| d.target_group.description.clone(),
    ),
    fact("roermond", "24 months", roermond(41), Is("Some(24)"), |d| format!("{:?}", d.specification.contract_months)),
    fact("roermond", "10 % fewer clients", roermond(41), Says("10 % minder bijstandsklanten"), |d| {
        d.exploration.goals.clone()
    }),
    fact("roermond", "five firms asked", roermond(42), Is("5"), |d| d.procedure.invited.len().to_string()),
    fact(
        "roermond",
        "the appendix's own word, quoted",
        roermond(42),
        Says("'niet-openbare aanbestedingsprocedure'"),
        |d| d.procedure.rationale.clone(),
    ),
    fact("roermond", "asking five firms is private", SourceRef::guide("3.1", 16, 16), Is("Some(Private)"), |d| {
        format!("{:?}", d.procedure.kind)
    }),
    fact("roermond", "subsidised work counts", roermond(42), Says("SubsidisedWork"), |d| {
        format!("{:?}", d.target_group.result_ladder)
    }),
    fact("roermond", "ESF co-financing", roermond(43), Says("administratieve eisen van het ESF"), |d| {
        texts(&d.specification.technical)
    }),
    fact("roermond", "no inflow guarantee", SourceRef::guide("3.3", 18, 18), Is("Some(false)"), |d| {
        format!("{:?}", d.specification.inflow_guarantee)
    }),
    fact("roermond", "integral trajectory price", SourceRef::guide("3.4", 21, 21), Is("true"), |d| {
        d.specification.integral_price.to_string()
    }),
    fact("roermond", "obliged cooperation", SourceRef::guide("3.4", 21, 21), Is("true"), |d| {
        d.specification.cooperation_required.to_string()
    }),
    fact("roermond", "the provider's vision", SourceRef::guide("3.4", 20, 20), Says("hoe onorthodox"), |d| {
        texts(&d.specification.selection_criteria)
    }),
    fact("roermond", "a clear director", SourceRef::guide("3.5", 22, 22), Is("Some(Director)"), |d| {
        format!("{:?}", d.exploration.buyer_role)
    }),
    // ---- Holland Rijnland (the project plan)
    fact("holland-rijnland", "ten municipalities", SourceRef::plan("3"), Says("tien gemeenten"), |d| {
        d.exploration.role_rationale.clone()
    }),
    fact(
        "holland-rijnland",
        "the ISD represents four",
        SourceRef::plan("3"),
        Says("ISD Bollenstreek (voor Hillegom, Lisse, Noordwijkerhout en Teylingen)"),
        |d| d.exploration.participants.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(" | "),
    ),
    fact(
        "holland-rijnland",
        "two do not take part",
        SourceRef::plan("3"),
        Says("Alkemade en Zoeterwoude doen niet mee"),
        |d| d.exploration.role_rationale.clone(),
    ),
    fact("holland-rijnland", "Katwijk is the contact", SourceRef::plan("2.4"), Is("Some(\"hr-katwijk\")"), |d| {
        format!("{:?}", d.exploration.contact_participant)
    }),
    fact(
        "holland-rijnland",
        "project group and two working groups",
        SourceRef::plan("2.3"),
        Says("twee werkgroepen (Programma van Eisen en Uitvoering)"),
        |d| d.exploration.principles.clone(),
    ),
    fact(
        "holland-rijnland",
        "heads of department and portfolio holders",
        SourceRef::plan("2.3"),
        Says("(AAG) en de portefeuillehouders (PHO"),
        |d| d.exploration.principles.clone(),
    ),
    fact(
        "holland-rijnland",
        "an independent chair, no say on content or money",
        SourceRef::plan("3.3"),
        Says("niet verantwoordelijk voor de inhoud of het geld"),
        |d| d.exploration.principles.clone(),
    ),
    fact(
        "holland-rijnland",
        "the phases' months",
        SourceRef::plan("2.4"),
        Is("2005-12-01/2006-02-01/2006-03-01/2006-05-01/2006-08-01"),
        |d| d.procedure.timeline.iter().map(|m| m.date.as_str()).collect::<Vec<_>>().join("/"),
    ),
    fact(
        "holland-rijnland",
        "paid per person from the Werkdeel WWB",
        SourceRef::plan("4"),
        Says("eigen Werkdeel WWB"),
        |d| texts(&d.specification.technical),
    ),
    fact("holland-rijnland", "the plan names no procedure", SourceRef::plan("2.4"), Is("None"), |d| {
        format!("{:?}", d.procedure.kind)
    }),
    fact("holland-rijnland", "nor the buyer's role", SourceRef::plan("3.1"), Is("None"), |d| {
        format!("{:?}", d.exploration.buyer_role)
    }),
    fact(
        "holland-rijnland",
        "the bestek is the working group's",
        SourceRef::plan("2.4"),
        Is("Some(\"Werkgroep Programma van Eisen\")"),
        |d| format!("{:?}", d.exploration.governance.step_owners.get("3-bestek")),
    ),
    fact(
        "holland-rijnland",
        "each municipality accounts itself",
        SourceRef::plan("2.4"),
        Is("Some(\"De gemeenten afzonderlijk\")"),
        |d| format!("{:?}", d.exploration.governance.step_owners.get("8-verantwoording")),
    ),
    fact(
        "holland-rijnland",
        "decisions to AAG and PHO SA",
        SourceRef::plan("2.3"),
        Says("ambtelijke en bestuurlijke legitimatie"),
        |d| d.exploration.governance.decision_route.clone(),
    ),
    fact(
        "holland-rijnland",
        "the facilitator chairs, independently",
        SourceRef::plan("3.3"),
        Says("onafhankelijk (technisch) voorzitter"),
        |d| d.exploration.governance.facilitator.clone(),
    ),
];

fn texts_of_checklist(d: &Dossier) -> String {
    d.start.preconditions.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join(" | ")
}

#[test]
fn the_demo_dossiers_hold_their_sources_facts() {
    let mut failures = Vec::new();
    for f in FACTS {
        let d = demo_case(f.case).map(|c| c.dossier()).unwrap_or_default();
        let actual = (f.actual)(&d);
        let holds = match f.expect {
            Is(v) => actual == v,
            Says(phrase) => actual.contains(phrase),
        };
        if !holds {
            let want = match f.expect {
                Is(v) => format!("is {v}"),
                Says(p) => format!("says {p:?}"),
            };
            failures
                .push(format!("{} – {} ({:?}): the source {want}, the demo has {actual:?}", f.case, f.what, f.source));
        }
    }
    assert!(failures.is_empty(), "{} facts drifted from their sources:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_fact_points_into_a_source_and_every_case_is_covered() {
    for f in FACTS {
        assert!(f.source.is_source() && f.source.is_known(), "{} – {}: {:?}", f.case, f.what, f.source);
        assert!(demo_case(f.case).is_some(), "{}", f.case);
    }
    for case in ["apeldoorn", "amsterdam", "emmen", "roermond", "holland-rijnland"] {
        assert!(FACTS.iter().filter(|f| f.case == case).count() >= 10, "{case} has too few facts");
    }
}
