//! What the guide teaches beyond the steps' own advice, for the learning pages and the places
//! in the wizard where it applies: the guide's caveat about its own evidence (where the cases
//! are introduced), the warning about newcomers (steps 3 and 5), the definition of innovation
//! (§2.1, at the innovation criterion), the construction example (§2.4) as a worked analogy of
//! the four levers, and the practice lessons of chapter 3. Every paragraph carries its sources.

use super::guidance::Advice;
use super::{Lang, Tr};
use crate::domain::money::{NumberStyle, Percent};
use crate::domain::newcomers::PastRecord;
use crate::domain::source::{SourceRef, OWN_WORKING};
use crate::domain::steps::Step;

// ---- the guide's caveat about its own evidence

/// Where the cases are introduced (the demo cases, the learning pages): what they can and
/// cannot show.
pub const EVIDENCE_CAVEAT: [Advice; 2] = [
    Advice {
        text: Tr::new(
            "Een kanttekening van de handreiking zelf: geen van de vier onderzochte gemeenten was in 2002 bewust \
             bezig vernieuwing bij aanbieders te bevorderen; hier en daar zagen de schrijvers prikkels die daaraan \
             kunnen bijdragen. Of die prikkels tot vernieuwing leidden, was nog niet te meten, en de meeste gemeenten \
             zaten nog midden in de aanbesteding of aan het begin van de uitvoering. De casussen laten dus zien welke \
             prikkels gemeenten inbouwden, niet wat bewezen werkt.",
            "A caveat from the guide itself: none of the four municipalities studied was consciously promoting \
             innovation among providers in 2002; here and there the authors saw incentives that could contribute to \
             it. Whether those incentives led to innovation could not be measured yet, and most municipalities were \
             still in the middle of the tender or at the start of delivery. So the cases show which incentives \
             municipalities built in, not what is proven to work.",
        ),
        sources: &[SourceRef::guide_chapter(4, 24, 24), SourceRef::guide_chapter(4, 26, 26)],
    },
    Advice {
        text: Tr::new(
            "Het projectplan van Holland Rijnland is een plan: wat er van de gezamenlijke aanbesteding terechtkwam, \
             staat niet in de bron.",
            "The Holland Rijnland project plan is a plan: what became of the joint tender is not in the source.",
        ),
        sources: &[SourceRef::plan("2.4")],
    },
];

// ---- newcomers (steps 3 and 5)

/// Where the guide says why newcomers matter and what municipalities can do.
pub const NEWCOMERS_SOURCES: &[SourceRef] = &[
    SourceRef::guide("3.1", 17, 17),
    SourceRef::guide("3.4", 20, 20),
    SourceRef::appendix(2, 34, 34),
    SourceRef::guide_chapter(4, 24, 24),
    SourceRef::guide_chapter(4, 26, 26),
    OWN_WORKING,
];

fn quoted(names: &[String], lang: Lang) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("‘{n}’")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        n => {
            let and = if lang == Lang::Nl { "en" } else { "and" };
            format!("{} {and} {}", q[..n - 1].join(", "), q[n - 1])
        }
    }
}

/// The warning of steps 3 and 5 when selection or award leans on past results or the firm's
/// experience (`domain::newcomers`): what leans on the past, why that works against newcomers,
/// and what the guide's municipalities did about it.
pub fn newcomers_warning(r: &PastRecord, lang: Lang) -> String {
    let style = if lang == Lang::Nl { NumberStyle::Dutch } else { NumberStyle::English };
    let mut parts = Vec::new();
    if r.weighs_heavily() && !r.award_criteria.is_empty() {
        let w = Percent(r.award_weight).format(style);
        let names = quoted(&r.award_criteria, lang);
        parts.push(match (lang, r.award_criteria.len()) {
            (Lang::Nl, 1) => format!("het gunningscriterium {names} kijkt terug naar eerdere resultaten of ervaring van het bedrijf en weegt {w}"),
            (Lang::Nl, _) => format!("de gunningscriteria {names} kijken terug naar eerdere resultaten of ervaring van het bedrijf en wegen samen {w}"),
            (Lang::En, 1) => format!("the award criterion {names} looks back at the firm's past results or experience and weighs {w}"),
            (Lang::En, _) => format!("the award criteria {names} look back at the firm's past results or experience and weigh {w} together"),
        });
    }
    if !r.selection_criteria.is_empty() {
        let names = quoted(&r.selection_criteria, lang);
        parts.push(match lang {
            Lang::Nl => format!("u selecteert op eerdere resultaten of ervaring ({names})"),
            Lang::En => format!("you select on past results or experience ({names})"),
        });
    }
    let what = parts.join("; ");
    match lang {
        Lang::Nl => format!(
            "Let op nieuwkomers: {what}. Jonge bedrijven zonder lange staat van dienst vallen dan snel af, \
             terwijl vernieuwing volgens de handreiking vaak juist van nieuwkomers komt. U kunt naar de ervaring \
             van de medewerkers vragen in plaats van die van het bedrijf, zoals Amsterdam deed, combinaties van \
             bedrijven met één hoofdaannemer toelaten, breed publiceren, en eerdere ervaring objectief en niet \
             zwaarder dan nodig laten meewegen. (Vanaf 20 % of bij selectie op het verleden waarschuwt \
             Inkoopwijzer; de handreiking noemt geen grens.)"
        ),
        Lang::En => format!(
            "Mind the newcomers: {what}. Young firms without a long track record then drop out quickly, while \
             according to the guide innovation often comes from newcomers. You can ask about the experience of \
             the staff instead of the firm's, as Amsterdam did, admit combinations of firms under one main \
             contractor, publish widely, and let past experience count objectively and no more than needed. \
             (Inkoopwijzer warns from 20% or when selection looks at the past; the guide sets no limit.)"
        ),
    }
}

// ---- innovation as an award criterion (step 3)

/// The help of the innovation criterion in step 3: what counts as innovation (§2.1).
pub const INNOVATION_DEFINITION: Tr = Tr::new(
    "Innovatie is volgens de handreiking een bestaand product of een bestaande werkwijze op een nieuwe manier \
     toepassen, of iets geheel nieuws ontwikkelen. Criteria daarvoor geeft zij bewust niet, omdat vernieuwing in \
     diensten moeilijk hard te maken is; beschrijf dus in het criterium zelf waarop u vernieuwing beoordeelt, zoals \
     Roermond vroeg hoe onorthodox een aanbieder wilde werken.",
    "According to the guide, innovation is applying an existing product or way of working in a new way, or developing \
     something wholly new. It deliberately gives no criteria for it, as innovation in services is hard to pin down; \
     so describe in the criterion itself what you will judge innovation on, as Roermond asked how unorthodox a \
     provider was willing to be.",
);
pub const INNOVATION_DEFINITION_SOURCES: &[SourceRef] =
    &[SourceRef::guide("2.1", 8, 8), SourceRef::guide("3.4", 20, 20)];

/// The help of the cooperation duty in step 3: what obliging cooperation does (§3.4).
pub const COOPERATION_NOTE: Tr = Tr::new(
    "Verplichte samenwerking maakt werkwijze en kwaliteit van alle partijen zichtbaar. Sommige aanbieders ervaren die \
     openheid als bedreigend en haken af; anderen gaan zich op hun sterke punten richten. Moeten aanbieders binnen \
     bestaande contracten inkopen, dan blijven er minder plaatsen leeg.",
    "Obliged cooperation makes every party's way of working and quality visible. Some providers find that openness \
     threatening and drop out; others start to focus on their strengths. If providers must buy within existing \
     contracts, fewer places stay empty.",
);
pub const COOPERATION_NOTE_SOURCES: &[SourceRef] = &[SourceRef::guide("3.4", 21, 21)];

// ---- the construction example (§2.4)

pub const CONSTRUCTION_TITLE: Tr =
    Tr::new("De vier hefbomen in één voorbeeld: de HSL-Zuid", "The four levers in one example: the HSL-Zuid");

/// The guide's worked analogy from construction, then what each lever means there and for
/// re-integration.
pub const CONSTRUCTION: [Advice; 5] = [
    Advice {
        text: Tr::new(
            "De handreiking laat de hefbomen zien aan een voorbeeld uit de bouw: de hogesnelheidslijn HSL-Zuid. Eén \
             bedrijf, of een combinatie van bedrijven, legt de rails, de bovenleiding en de andere voorzieningen aan \
             en onderhoudt ze daarna ook. Het krijgt niet de bouw en het onderhoud betaald, maar dertig jaar lang een \
             jaarlijks bedrag voor een spoor dat beschikbaar is.",
            "The guide shows the levers with an example from construction: the HSL-Zuid high-speed line. One firm, or \
             a combination of firms, lays the rails, the overhead lines and the other facilities and then maintains \
             them too. It is not paid for building and maintenance as such, but receives a yearly sum for thirty \
             years for a track that is available.",
        ),
        sources: &[SourceRef::guide("2.4", 13, 13)],
    },
    Advice {
        text: Tr::new(
            "Functioneel vragen: de vraag was niet 'leg rails en een bovenleiding aan', maar 'zorg dat het spoor \
             beschikbaar is en blijft'. Voor re-integratie: vraag niet om een cursus, maar om het resultaat, zoals \
             werk of meedoen.",
            "Functional specification: the question was not 'lay rails and overhead lines' but 'make sure the track \
             is and stays available'. For re-integration: do not ask for a course but for the result, such as work or \
             taking part.",
        ),
        sources: &[SourceRef::guide("2.4", 14, 14)],
    },
    Advice {
        text: Tr::new(
            "Risicoverdeling: met dertig jaar zekerheid kan het bedrijf investeren, en het zoekt zelf de beste \
             verhouding tussen bouwen en onderhouden; voor de korte termijn is het risico gespreid. Voor \
             re-integratie: een langer contract of een instroomgarantie geeft een aanbieder ruimte om in een nieuwe \
             aanpak te investeren.",
            "Risk allocation: with thirty years of certainty the firm can invest, and it finds the best balance \
             between building and maintaining itself; the short-term risk is spread. For re-integration: a longer \
             contract or an inflow guarantee gives a provider room to invest in a new approach.",
        ),
        sources: &[SourceRef::guide("2.4", 14, 14)],
    },
    Advice {
        text: Tr::new(
            "Prikkels: omdat bouw en onderhoud in één hand liggen, zoekt het bedrijf specialisten in de keten op, en \
             wie vernieuwend werkt, wordt beloond met een rol in de ontwikkeling van de stations. Voor re-integratie: \
             een integrale trajectprijs, verplichte samenwerking en vernieuwing als gunningscriterium.",
            "Incentives: because building and maintenance are in one hand, the firm seeks out specialists in the \
             chain, and innovative work is rewarded with a part in developing the stations. For re-integration: an \
             integral trajectory price, obliged cooperation and innovation as an award criterion.",
        ),
        sources: &[SourceRef::guide("2.4", 14, 14)],
    },
    Advice {
        text: Tr::new(
            "De rol van de opdrachtgever: de overheid blijft nauw betrokken, zoekt zelf naar manieren om de kosten te \
             drukken, zoals verhuur bij de stations, en betrekt het bedrijf bij nieuwe ontwikkelingen, maar laat \
             ruimte voor een eigen invulling. Voor re-integratie: kies bewust hoe dicht u op de uitvoering zit.",
            "The role of the buyer: the government stays closely involved, looks for ways to cut costs itself, such \
             as letting space at the stations, and involves the firm in new developments, while leaving room for its \
             own approach. For re-integration: choose deliberately how close to delivery you want to be.",
        ),
        sources: &[SourceRef::guide("2.4", 14, 14)],
    },
];

// ---- what counts as innovation (§2.1), for the learning page

pub const INNOVATION_TITLE: Tr = Tr::new("Wat telt als innovatie?", "What counts as innovation?");

/// The guide's definition and what it does not give.
pub const INNOVATION: [Advice; 1] = [Advice {
    text: Tr::new(
        "De handreiking gebruikt de economische definitie: een bestaand product of een bestaande werkwijze op een \
             nieuwe manier toepassen, of een geheel nieuw product of een nieuwe werkwijze ontwikkelen. Voor \
             re-integratie is dat een nieuw instrument of een nieuwe methode, of bestaande instrumenten die op een \
             vernieuwende manier worden ingezet. Vernieuwing in diensten is moeilijk hard te maken, en de handreiking \
             geeft daarom bewust geen criteria voor wat innovatief is: wie vernieuwing in de gunning laat meewegen, \
             beschrijft zelf waarop.",
        "The guide uses the economic definition: applying an existing product or way of working in a new way, or \
             developing a wholly new product or way of working. For re-integration that is a new instrument or \
             method, or existing instruments used in a new way. Innovation in services is hard to pin down, so the \
             guide deliberately gives no criteria for what is innovative: whoever lets innovation count in the award \
             describes what it is judged on.",
    ),
    sources: &[SourceRef::guide("2.1", 8, 8)],
}];

// ---- practice lessons of chapter 3

pub const LESSONS_TITLE: Tr = Tr::new("Lessen uit de praktijk", "Lessons from practice");

/// A lesson and the step of the wizard where it applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lesson {
    pub advice: Advice,
    pub step: Step,
}

/// The guide's practice warnings (§3.1-3.4, one appendix) and its integral cost view (§2.3),
/// each with the step where it applies.
pub const LESSONS: [Lesson; 7] = [
    Lesson {
        advice: Advice {
            text: Tr::new(
                "Een zeer gespecificeerde vraag aan één partij: de gemeente weet precies wat de groep nodig heeft en \
                 vraagt één aanbieder dat uit te voeren. Zo daagt u niemand uit een andere werkwijze te proberen.",
                "A highly specified question to one party: the municipality knows exactly what the group needs and \
                 asks one provider to do it. That challenges nobody to try another way of working.",
            ),
            sources: &[SourceRef::guide("3.2", 17, 17)],
        },
        step: Step::Bestek,
    },
    Lesson {
        advice: Advice {
            text: Tr::new(
                "Ervaring objectief maken: gemeenten probeerden hun ervaringen met aanbieders meetbaar te maken, \
                 zodat de weging doorzichtiger wordt, en zochten tegelijk naar manieren om jonge bedrijven zonder \
                 lange staat van dienst niet uit te sluiten.",
                "Making experience objective: municipalities tried to make their past experience with providers \
                 measurable, so that the weighting becomes more transparent, and at the same time looked for ways not \
                 to exclude young firms without a long track record.",
            ),
            sources: &[SourceRef::guide("3.1", 17, 17)],
        },
        step: Step::Offerteprocedure,
    },
    Lesson {
        advice: Advice {
            text: Tr::new(
                "Verplichte samenwerking maakt werkwijze en kwaliteit van alle partijen zichtbaar. Sommige aanbieders \
                 haken daardoor af; anderen gaan zich op hun sterke punten richten. Moeten aanbieders binnen \
                 bestaande contracten inkopen, dan blijven er minder plaatsen leeg.",
                "Obliged cooperation makes every party's way of working and quality visible. Some providers drop out \
                 because of it; others start to focus on their strengths. If providers must buy within existing \
                 contracts, fewer places stay empty.",
            ),
            sources: &[SourceRef::guide("3.4", 21, 21)],
        },
        step: Step::Bestek,
    },
    Lesson {
        advice: Advice {
            text: Tr::new(
                "Cofinanciering heeft een prijs: Roermond had geld uit het ESF nodig, en daardoor moest de aanbieder \
                 een administratief beheersysteem invoeren en aan de eisen van het ESF voldoen. Reken die last mee in \
                 wat u vraagt.",
                "Co-financing has a price: Roermond needed money from the ESF, so the provider had to introduce an \
                 administrative system and meet the ESF's requirements. Count that burden in what you ask.",
            ),
            sources: &[SourceRef::appendix(4, 43, 43)],
        },
        step: Step::Bestek,
    },
    Lesson {
        advice: Advice {
            text: Tr::new(
                "Korte contracten remmen investeringen. De gemeenten sloten vooral contracten van een of twee jaar; \
                 Roermond sloot tweejarige contracten om nieuwe bedrijven de kans te geven zich te bewijzen.",
                "Short contracts hold back investment. The municipalities mostly signed contracts of one or two \
                 years; Roermond signed two-year contracts to give new firms the chance to prove themselves.",
            ),
            sources: &[SourceRef::guide("3.3", 19, 19)],
        },
        step: Step::Bestek,
    },
    Lesson {
        advice: Advice {
            text: Tr::new(
                "Kijk naar de integrale kosten: de aanschafkosten, plus de kosten van het inkoopproces, plus \
                 onderhoud, exploitatie en afbouw. Een functionele vraag hoort bij die bredere kijk op wat iets kost.",
                "Look at the integral cost: the purchase cost, plus the cost of the purchasing process, plus upkeep, \
                 running and phasing out. A functional question belongs with that wider view of what something costs.",
            ),
            sources: &[SourceRef::guide("2.3", 12, 12)],
        },
        step: Step::Verantwoording,
    },
    Lesson {
        advice: Advice {
            text: Tr::new(
                "Een deskundige opdrachtgever: gemeenten richtten hun rol vooral op het beheersen van traject en \
                 bedrijf. Wie vernieuwend wil inkopen, heeft eigen medewerkers met andere kwalificaties nodig, en een \
                 visie die de hele organisatie draagt.",
                "A knowledgeable buyer: municipalities mainly used their role to control the trajectory and the firm. \
                 Whoever wants to buy innovatively needs staff of their own with other qualifications, and a vision \
                 the whole organisation carries.",
            ),
            sources: &[SourceRef::guide_chapter(4, 25, 26)],
        },
        step: Step::Verkenning,
    },
];

// ---- practising what a step teaches (the learning pages)

/// Heading above the links to where a step can be practised.
pub const PRACTISE_TITLE: Tr = Tr::new("Oefenen", "Practise");
/// Every step: the demo cases show it filled in.
pub const TO_DEMOS: Tr = Tr::new(
    "Bekijk deze stap ingevuld in een voorbeeldcasus (u opent een kopie)",
    "See this step filled in for a demo case (you open a copy)",
);
/// Step 3: the specification helper.
pub const TO_SPEC_HELPER: Tr = Tr::new(
    "Oefen functioneel formuleren met de specificatiehulp",
    "Practise functional phrasing with the specification helper",
);
/// Step 5: the workshop on rank reversal.
pub const TO_WORKSHOP: Tr = Tr::new(
    "Oefen het vergelijken van offertes met de workshop over rangorde-omkering (bij de voorbeeldcasussen)",
    "Practise comparing bids with the workshop on rank reversal (with the demo cases)",
);
/// Step 9: the self-assessment's questions, readable here; answered in a dossier.
pub const SELF_ASSESSMENT_HERE: Tr = Tr::new(
    "De zelfevaluatie beantwoordt u in stap 9 van uw eigen dossier of van een voorbeeldcasus. Dit zijn \
     de vragen, per hefboom:",
    "You answer the self-assessment in step 9 of your own dossier or of a demo case. These are the \
     questions, per lever:",
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::demo_case;
    use crate::domain::newcomers::past_record;
    use crate::i18n::labels::tests::check_pair;

    pub(crate) fn all_advice() -> Vec<Advice> {
        let mut v: Vec<Advice> = EVIDENCE_CAVEAT.iter().chain(&CONSTRUCTION).chain(&INNOVATION).copied().collect();
        v.extend(LESSONS.iter().map(|l| l.advice));
        v
    }

    #[test]
    fn every_lesson_is_in_both_languages_and_cites_its_source() {
        for a in all_advice() {
            check_pair(a.text, "lesson");
            assert!(a.sources.iter().any(|r| r.is_source()), "{:?}", a.text.nl);
            assert!(a.sources.iter().all(|r| r.is_known()), "{:?}", a.sources);
        }
        for t in [CONSTRUCTION_TITLE, INNOVATION_TITLE, LESSONS_TITLE, INNOVATION_DEFINITION, COOPERATION_NOTE] {
            check_pair(t, "lessons");
        }
        for s in [NEWCOMERS_SOURCES, INNOVATION_DEFINITION_SOURCES, COOPERATION_NOTE_SOURCES] {
            assert!(s.iter().all(|r| r.is_known()));
        }
        // The construction example maps all four levers, one paragraph each after the story.
        assert_eq!(CONSTRUCTION.len(), 5);
    }

    #[test]
    fn the_newcomers_warning_names_what_looks_back_and_its_weight() {
        let apeldoorn = past_record(&demo_case("apeldoorn").expect("case").dossier());
        let nl = newcomers_warning(&apeldoorn, Lang::Nl);
        assert!(
            nl.starts_with(
                "Let op nieuwkomers: het gunningscriterium ‘Behaalde resultaten en vakbekwaamheid van het personeel’"
            ),
            "{nl}"
        );
        assert!(nl.contains("weegt 25 %; u selecteert op eerdere resultaten of ervaring (‘De in het verleden behaalde resultaten.’)"), "{nl}");
        let en = newcomers_warning(&apeldoorn, Lang::En);
        assert!(en.contains("weighs 25%") && en.contains("Amsterdam"), "{en}");
        let two = PastRecord {
            award_criteria: vec!["A".into(), "B".into(), "C".into()],
            award_weight: rust_decimal::Decimal::from(30),
            selection_criteria: Vec::new(),
        };
        assert!(newcomers_warning(&two, Lang::Nl).contains("de gunningscriteria ‘A’, ‘B’ en ‘C’ kijken terug"));
        assert!(newcomers_warning(&two, Lang::En).contains("‘A’, ‘B’ and ‘C’ look back"));
    }
}
