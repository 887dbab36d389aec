//! European tendering thresholds as dated data, and the advice that follows from them.
//!
//! Amounts exclude VAT and are compared with the estimated value of the whole contract,
//! options and extensions included ([`crate::domain::contract`]). A joint purchase adds up
//! the value of all participants: the purchase, not each municipality's share, is tested.
//! European tendering applies when the value is *equal to or greater than* the threshold.
//!
//! **The thresholds change.** The European Commission revises the general thresholds every
//! two years, with effect from 1 January of even years, by delegated regulation (Directive
//! 2014/24/EU, art. 6). The threshold for social and other specific services (Annex XIV,
//! where re-integration services usually fall) is fixed in the directive itself (art. 4,
//! point d) and has stayed at EUR 750,000. When a period ends, add the next [`ThresholdSet`]
//! to [`THRESHOLD_SETS`]; until then [`assess`] keeps using the latest set and says that it
//! may be outdated. The user can always override the threshold per dossier.
//!
//! Texts for every enum here are in `crate::i18n::wizard_messages`.

use crate::domain::contract::{estimated_contract_value, ContractValueProblem};
use crate::domain::dossier::{Dossier, ProcedureKind, ServiceRegime};
use crate::domain::lang::Tr;
use crate::domain::money::Money;
use rust_decimal::Decimal;

/// The thresholds of one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThresholdSet {
    /// First day, `YYYY-MM-DD`.
    pub valid_from: &'static str,
    /// Last day, `YYYY-MM-DD`.
    pub valid_until: &'static str,
    /// Supply and service contracts of decentral (sub-central) authorities.
    pub services: Money,
    /// Social and other specific services.
    pub social_services: Money,
    /// Where the amounts come from.
    pub source: Tr,
}

impl ThresholdSet {
    pub fn threshold(&self, regime: ServiceRegime) -> Money {
        match regime {
            ServiceRegime::Services => self.services,
            ServiceRegime::SocialAndOtherSpecific => self.social_services,
        }
    }

    /// Whether a `YYYY-MM-DD` date falls in this period.
    pub fn covers(&self, date: &str) -> bool {
        is_iso_date(date) && self.valid_from <= date && date <= self.valid_until
    }
}

const fn euros(amount: u32) -> Money {
    Money(Decimal::from_parts(amount, 0, 0, false, 0))
}

/// 1 January 2024 – 31 December 2025.
pub const THRESHOLDS_2024_2025: ThresholdSet = ThresholdSet {
    valid_from: "2024-01-01",
    valid_until: "2025-12-31",
    services: euros(221_000),
    social_services: euros(750_000),
    source: Tr::new(
        "Gedelegeerde Verordening (EU) 2023/2495 van de Europese Commissie (wijziging van \
         Richtlijn 2014/24/EU); het bedrag voor sociale en andere specifieke diensten staat in \
         Richtlijn 2014/24/EU, artikel 4, onder d.",
        "Commission Delegated Regulation (EU) 2023/2495 (amending Directive 2014/24/EU); the \
         amount for social and other specific services is set in Directive 2014/24/EU, \
         Article 4, point (d).",
    ),
};

/// 1 January 2026 – 31 December 2027.
pub const THRESHOLDS_2026_2027: ThresholdSet = ThresholdSet {
    valid_from: "2026-01-01",
    valid_until: "2027-12-31",
    services: euros(216_000),
    social_services: euros(750_000),
    source: Tr::new(
        "Gedelegeerde Verordening (EU) 2025/2152 van de Europese Commissie (wijziging van \
         Richtlijn 2014/24/EU); het bedrag voor sociale en andere specifieke diensten staat in \
         Richtlijn 2014/24/EU, artikel 4, onder d.",
        "Commission Delegated Regulation (EU) 2025/2152 (amending Directive 2014/24/EU); the \
         amount for social and other specific services is set in Directive 2014/24/EU, \
         Article 4, point (d).",
    ),
};

/// All known periods, oldest first, without gaps or overlaps.
pub const THRESHOLD_SETS: [ThresholdSet; 2] = [THRESHOLDS_2024_2025, THRESHOLDS_2026_2027];

/// How the chosen threshold set relates to the date asked about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodFit {
    /// The date falls in the set's period.
    Current,
    /// The date is after the last known period: newer thresholds may apply.
    AfterLatest,
    /// The date is before the first known period: older thresholds applied then.
    BeforeEarliest,
    /// The date was not a `YYYY-MM-DD` date; the latest set is used.
    UnknownDate,
}

/// The threshold set for a `YYYY-MM-DD` date, with how well it fits.
pub fn thresholds_on(date: &str) -> (&'static ThresholdSet, PeriodFit) {
    let first = &THRESHOLD_SETS[0];
    let last = &THRESHOLD_SETS[THRESHOLD_SETS.len() - 1];
    if !is_iso_date(date) {
        return (last, PeriodFit::UnknownDate);
    }
    if let Some(set) = THRESHOLD_SETS.iter().find(|s| s.covers(date)) {
        return (set, PeriodFit::Current);
    }
    if date < first.valid_from {
        (first, PeriodFit::BeforeEarliest)
    } else {
        (last, PeriodFit::AfterLatest)
    }
}

/// A procedure that fits the value and regime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProcedureOption {
    /// European open procedure: everyone may bid.
    EuropeanOpen,
    /// European restricted (non-public) procedure: selection first, then invited bids.
    EuropeanRestricted,
    /// Social and other specific services above the threshold: announce the contract,
    /// design a proportionate procedure respecting equal treatment and transparency, and
    /// announce the award.
    LightRegime,
    /// National open procedure (Aanbestedingswet 2012, Gids Proportionaliteit).
    NationalOpen,
    /// National restricted (non-public) procedure: announced selection, then invited bids.
    NationalRestricted,
    /// Private procedure (meervoudig onderhands): several providers invited to quote on
    /// criteria set in advance.
    PrivateMultipleQuotes,
}

impl ProcedureOption {
    /// The procedure kind stored in the dossier that this option is chosen as.
    pub fn kind(self) -> ProcedureKind {
        match self {
            ProcedureOption::EuropeanOpen | ProcedureOption::NationalOpen => ProcedureKind::Open,
            ProcedureOption::EuropeanRestricted | ProcedureOption::NationalRestricted => ProcedureKind::Restricted,
            ProcedureOption::PrivateMultipleQuotes => ProcedureKind::Private,
            ProcedureOption::LightRegime => ProcedureKind::LightRegime,
        }
    }
}

/// One reason in the advice, in the order it should be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThresholdReason {
    /// Value ≥ threshold: European rules apply.
    AtOrAboveThreshold { value: Money, threshold: Money },
    /// Value < threshold: national rules apply.
    BelowThreshold { value: Money, threshold: Money },
    /// Below, but within 10 % of the threshold: check the estimate (options, all
    /// participants, the whole duration); splitting a purchase to stay below is not allowed.
    CloseToThreshold { value: Money, threshold: Money },
    /// The user set the threshold instead of the dated default.
    UserOverride { threshold: Money, default: Money },
    /// Social and other specific services: the lighter regime above the threshold.
    SocialServicesRegime,
    /// A joint purchase: the value is the sum over all participants.
    JointPurchaseSummed { participants: usize },
    /// The date is after the last known period: newer thresholds may apply.
    PeriodEnded { valid_until: &'static str },
    /// The date is before the first known period.
    BeforePeriod { valid_from: &'static str },
    /// The date was not recognised; the latest known thresholds are used.
    DateNotRecognised,
}

/// The threshold advice for one value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThresholdAssessment {
    pub regime: ServiceRegime,
    pub value: Money,
    /// The threshold used (the override if there is one).
    pub threshold: Money,
    /// The dated set the default came from.
    pub set: &'static ThresholdSet,
    pub period: PeriodFit,
    pub overridden: bool,
    /// Whether European tendering applies.
    pub european: bool,
    /// Procedures that fit, most common first.
    pub procedures: Vec<ProcedureOption>,
    pub reasons: Vec<ThresholdReason>,
}

impl ThresholdAssessment {
    /// Whether a procedure kind chosen in the dossier is among the fitting ones. Above the
    /// threshold a contract must be announced, under the light regime for social services too,
    /// so a private procedure (invited quotes, no announcement) never fits there; the light
    /// regime itself fits only social services above the threshold.
    pub fn fits(&self, kind: ProcedureKind) -> bool {
        self.procedures.iter().any(|p| p.kind() == kind)
    }

    /// The mismatch of a chosen kind, when it does not fit.
    pub fn mismatch(&self, kind: ProcedureKind) -> Option<ProcedureMismatch> {
        (!self.fits(kind)).then_some(ProcedureMismatch {
            kind,
            regime: self.regime,
            european: self.european,
            value: self.value,
            threshold: self.threshold,
        })
    }
}

/// Whether European tendering applies to `value`, which procedures fit and why.
///
/// `threshold_override` replaces the dated default (for instance when the user knows of a
/// newer amount); `today` (`YYYY-MM-DD`) picks the dated set.
pub fn assess(
    value: Money,
    threshold_override: Option<Money>,
    regime: ServiceRegime,
    today: &str,
) -> ThresholdAssessment {
    let (set, period) = thresholds_on(today);
    let default = set.threshold(regime);
    let threshold = threshold_override.unwrap_or(default);
    let european = value >= threshold;
    let mut reasons = Vec::new();
    match period {
        PeriodFit::Current => {}
        PeriodFit::AfterLatest => reasons.push(ThresholdReason::PeriodEnded { valid_until: set.valid_until }),
        PeriodFit::BeforeEarliest => reasons.push(ThresholdReason::BeforePeriod { valid_from: set.valid_from }),
        PeriodFit::UnknownDate => reasons.push(ThresholdReason::DateNotRecognised),
    }
    if threshold_override.is_some() {
        reasons.push(ThresholdReason::UserOverride { threshold, default });
    }
    if european {
        reasons.push(ThresholdReason::AtOrAboveThreshold { value, threshold });
    } else {
        reasons.push(ThresholdReason::BelowThreshold { value, threshold });
        if is_close_below(value, threshold) {
            reasons.push(ThresholdReason::CloseToThreshold { value, threshold });
        }
    }
    if regime == ServiceRegime::SocialAndOtherSpecific && european {
        reasons.push(ThresholdReason::SocialServicesRegime);
    }
    let procedures = match (european, regime) {
        (true, ServiceRegime::Services) => {
            vec![ProcedureOption::EuropeanOpen, ProcedureOption::EuropeanRestricted]
        }
        (true, ServiceRegime::SocialAndOtherSpecific) => {
            vec![ProcedureOption::LightRegime, ProcedureOption::EuropeanOpen, ProcedureOption::EuropeanRestricted]
        }
        (false, _) => vec![
            ProcedureOption::PrivateMultipleQuotes,
            ProcedureOption::NationalOpen,
            ProcedureOption::NationalRestricted,
        ],
    };
    ThresholdAssessment {
        regime,
        value,
        threshold,
        set,
        period,
        overridden: threshold_override.is_some(),
        european,
        procedures,
        reasons,
    }
}

/// The advice for a dossier: its estimated contract value (all participants added up, options
/// included) against the threshold of `regime`, with the dossier's override if set.
/// The dossier does not store the regime; re-integration is usually
/// [`ServiceRegime::SocialAndOtherSpecific`].
pub fn assess_dossier(
    d: &Dossier,
    regime: ServiceRegime,
    today: &str,
) -> Result<ThresholdAssessment, ContractValueProblem> {
    let value = estimated_contract_value(d)?;
    let mut a = assess(value.total, d.procedure.threshold_override, regime, today);
    if value.participants >= 2 {
        // Right after the period/override notes, before the verdict.
        let at = a
            .reasons
            .iter()
            .position(|r| {
                matches!(r, ThresholdReason::AtOrAboveThreshold { .. } | ThresholdReason::BelowThreshold { .. })
            })
            .unwrap_or(a.reasons.len());
        a.reasons.insert(at, ThresholdReason::JointPurchaseSummed { participants: value.participants });
    }
    Ok(a)
}

/// A chosen procedure kind that does not fit the contract value and the regime: a private
/// procedure above the threshold (the contract must be announced), the light regime below the
/// threshold or for ordinary services.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcedureMismatch {
    pub kind: ProcedureKind,
    pub regime: ServiceRegime,
    /// Whether European tendering applies to the value.
    pub european: bool,
    pub value: Money,
    pub threshold: Money,
}

/// The date the wizard's open points judge a procedure on when no clock is at hand: the start
/// of the latest known threshold period (the threshold box in step 5 uses today's date; the two
/// differ only for a dossier looked at after the latest period, where the latest set is used
/// anyway, or on a date before it).
pub fn latest_period_start() -> &'static str {
    THRESHOLD_SETS[THRESHOLD_SETS.len() - 1].valid_from
}

/// Whether the dossier's chosen procedure fits its estimated contract value and its regime
/// (`None` is read as social and other specific services), on the thresholds of `today`.
/// `None` when it fits, when no procedure is chosen or when the value cannot be computed yet
/// (step 5 asks for what is missing).
pub fn procedure_mismatch(d: &Dossier, today: &str) -> Option<ProcedureMismatch> {
    let kind = d.procedure.kind?;
    let regime = d.procedure.regime.unwrap_or(ServiceRegime::SocialAndOtherSpecific);
    assess_dossier(d, regime, today).ok()?.mismatch(kind)
}

/// Value below the threshold by less than 10 % of it.
fn is_close_below(value: Money, threshold: Money) -> bool {
    let margin = threshold.0.checked_mul(Decimal::new(9, 1));
    match margin {
        Some(m) => value.0 < threshold.0 && value.0 >= m,
        None => false,
    }
}

/// Whether `s` is a real calendar date written `YYYY-MM-DD`.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dossier::Participant;
    use std::str::FromStr;

    fn money(s: &str) -> Money {
        Money(Decimal::from_str(s).expect("literal"))
    }

    const IN_2025: &str = "2025-06-30";
    const IN_2026: &str = "2026-11-22";

    #[test]
    fn dated_sets_are_ordered_without_gaps() {
        assert_eq!(THRESHOLDS_2024_2025.services, money("221000"));
        assert_eq!(THRESHOLDS_2024_2025.social_services, money("750000"));
        assert_eq!(THRESHOLDS_2026_2027.services, money("216000"));
        assert_eq!(THRESHOLDS_2026_2027.social_services, money("750000"));
        for s in &THRESHOLD_SETS {
            assert!(is_iso_date(s.valid_from) && is_iso_date(s.valid_until));
            assert!(s.valid_from < s.valid_until);
            assert!(!s.source.nl.is_empty() && !s.source.en.is_empty());
        }
        for w in THRESHOLD_SETS.windows(2) {
            // 31 December is followed by 1 January of the next year.
            let next_year: u32 = w[0].valid_until[..4].parse().expect("year");
            assert!(w[0].valid_until.ends_with("-12-31"));
            assert_eq!(w[1].valid_from, format!("{}-01-01", next_year + 1));
        }
    }

    #[test]
    fn picks_the_set_by_date() {
        assert_eq!(thresholds_on("2024-01-01"), (&THRESHOLDS_2024_2025, PeriodFit::Current));
        assert_eq!(thresholds_on("2025-12-31"), (&THRESHOLDS_2024_2025, PeriodFit::Current));
        assert_eq!(thresholds_on("2026-01-01"), (&THRESHOLDS_2026_2027, PeriodFit::Current));
        assert_eq!(thresholds_on("2028-01-01"), (&THRESHOLDS_2026_2027, PeriodFit::AfterLatest));
        assert_eq!(thresholds_on("2023-12-31"), (&THRESHOLDS_2024_2025, PeriodFit::BeforeEarliest));
        assert_eq!(thresholds_on("gisteren"), (&THRESHOLDS_2026_2027, PeriodFit::UnknownDate));
        assert_eq!(thresholds_on("2025-02-30").1, PeriodFit::UnknownDate);
    }

    #[test]
    fn at_the_threshold_is_european_one_cent_below_is_not() {
        let a = assess(money("750000"), None, ServiceRegime::SocialAndOtherSpecific, IN_2025);
        assert!(a.european);
        assert_eq!(a.procedures[0], ProcedureOption::LightRegime);
        assert!(a.reasons.contains(&ThresholdReason::SocialServicesRegime));
        let b = assess(money("749999.99"), None, ServiceRegime::SocialAndOtherSpecific, IN_2025);
        assert!(!b.european);
        assert_eq!(
            b.procedures,
            vec![
                ProcedureOption::PrivateMultipleQuotes,
                ProcedureOption::NationalOpen,
                ProcedureOption::NationalRestricted
            ]
        );
        assert!(b
            .reasons
            .contains(&ThresholdReason::CloseToThreshold { value: money("749999.99"), threshold: money("750000") }));
    }

    #[test]
    fn roermond_example_depends_on_the_regime() {
        // 65 trajectories a year × € 5.000 × 24/12 = € 650.000
        let v = money("650000");
        let social = assess(v, None, ServiceRegime::SocialAndOtherSpecific, IN_2025);
        assert!(!social.european);
        assert_eq!(social.threshold, money("750000"));
        assert!(social.fits(ProcedureKind::Restricted));
        assert!(social.fits(ProcedureKind::Private));
        // 650.000 is 86.7 % of 750.000: not 'close'.
        assert!(!social.reasons.iter().any(|r| matches!(r, ThresholdReason::CloseToThreshold { .. })));
        let services = assess(v, None, ServiceRegime::Services, IN_2025);
        assert!(services.european);
        assert_eq!(services.threshold, money("221000"));
        assert_eq!(services.procedures, vec![ProcedureOption::EuropeanOpen, ProcedureOption::EuropeanRestricted]);
        assert!(!services.fits(ProcedureKind::Private));
        // 130 a year × € 5.000 × 2 years = € 1.300.000: European in both regimes.
        let big = assess(money("1300000"), None, ServiceRegime::SocialAndOtherSpecific, IN_2025);
        assert!(big.european);
        // Above the threshold the contract must be announced, under the light regime too:
        // a private procedure (invited quotes only) does not fit (issue 17).
        assert!(!big.fits(ProcedureKind::Private), "above the threshold: announce, no private procedure");
        assert!(big.fits(ProcedureKind::LightRegime));
        assert!(big.fits(ProcedureKind::Restricted) && big.fits(ProcedureKind::Open));
        assert!(!social.fits(ProcedureKind::LightRegime), "below the threshold the light regime does not apply");
        assert!(!services.fits(ProcedureKind::LightRegime), "only social and other specific services");
    }

    #[test]
    fn the_2026_threshold_is_lower() {
        // € 218.000 for ordinary services: national in 2025, European in 2026.
        let v = money("218000");
        assert!(!assess(v, None, ServiceRegime::Services, IN_2025).european);
        let a = assess(v, None, ServiceRegime::Services, IN_2026);
        assert!(a.european);
        assert_eq!(a.set, &THRESHOLDS_2026_2027);
        assert_eq!(a.period, PeriodFit::Current);
        let later = assess(v, None, ServiceRegime::Services, "2030-01-01");
        assert_eq!(later.reasons[0], ThresholdReason::PeriodEnded { valid_until: "2027-12-31" });
    }

    #[test]
    fn override_replaces_the_default_and_is_reported() {
        let a = assess(money("100000"), Some(money("90000")), ServiceRegime::SocialAndOtherSpecific, IN_2025);
        assert!(a.european);
        assert!(a.overridden);
        assert_eq!(a.threshold, money("90000"));
        assert_eq!(a.reasons[0], ThresholdReason::UserOverride { threshold: money("90000"), default: money("750000") });
        // A zero override makes everything European; zero value with no override is national.
        assert!(assess(Money::ZERO, Some(Money::ZERO), ServiceRegime::Services, IN_2025).european);
        assert!(!assess(Money::ZERO, None, ServiceRegime::Services, IN_2025).european);
    }

    #[test]
    fn huge_values_do_not_panic() {
        let a = assess(Money(Decimal::MAX), None, ServiceRegime::Services, IN_2025);
        assert!(a.european);
        let b = assess(Money::ZERO, Some(Money(Decimal::MAX)), ServiceRegime::Services, IN_2025);
        assert!(!b.european);
        // 0.9 × MAX does not overflow; MAX − 1 is close below MAX.
        assert!(is_close_below(Money(Decimal::MAX - Decimal::ONE), Money(Decimal::MAX)));
    }

    #[test]
    fn joint_purchase_is_assessed_on_the_sum() {
        let mut d = Dossier::default();
        d.procedure.estimated_price = Some(money("6000"));
        d.specification.contract_months = Some(12);
        d.exploration.participants = vec![
            Participant { id: "a".into(), trajectories: Some(10), ..Default::default() },
            Participant { id: "b".into(), trajectories: Some(15), ..Default::default() },
            Participant { id: "c".into(), trajectories: Some(20), ..Default::default() },
        ];
        // 45 × 6000 = 270.000: each municipality alone is below 221.000, together above.
        let a = assess_dossier(&d, ServiceRegime::Services, IN_2025).expect("value");
        assert_eq!(a.value, money("270000"));
        assert!(a.european);
        assert_eq!(a.reasons[0], ThresholdReason::JointPurchaseSummed { participants: 3 });
        let s = assess_dossier(&d, ServiceRegime::SocialAndOtherSpecific, IN_2025).expect("value");
        assert!(!s.european);
        d.procedure.estimated_price = None;
        assert!(matches!(assess_dossier(&d, ServiceRegime::Services, IN_2025), Err(ContractValueProblem::Missing(_))));
    }

    #[test]
    fn iso_dates() {
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2023-02-29"));
        assert!(!is_iso_date("2024-13-01"));
        assert!(!is_iso_date("2024-00-10"));
        assert!(!is_iso_date("2024-1-1"));
        assert!(!is_iso_date("2024-01-1x"));
        assert!(!is_iso_date("+024-01-10"));
        assert!(!is_iso_date("２０２４-01-01"));
        assert!(!is_iso_date(""));
    }

    /// The walkthrough's dossier: three municipalities, 60 trajectories a year in all,
    /// € 7.500 each, 36 months: € 1.350.000, above the € 750.000 of social services.
    fn heuvelrand() -> Dossier {
        let mut d = Dossier::default();
        d.procedure.estimated_price = Some(money("7500"));
        d.specification.contract_months = Some(24);
        d.specification.option_months = Some(12);
        d.exploration.participants = vec![
            Participant { id: "h".into(), trajectories: Some(30), ..Default::default() },
            Participant { id: "d".into(), trajectories: Some(18), ..Default::default() },
            Participant { id: "o".into(), trajectories: Some(12), ..Default::default() },
        ];
        d
    }

    #[test]
    fn a_private_procedure_above_the_threshold_is_a_mismatch() {
        let mut d = heuvelrand();
        assert_eq!(procedure_mismatch(&d, IN_2026), None, "nothing chosen yet");
        d.procedure.kind = Some(ProcedureKind::Private);
        let m = procedure_mismatch(&d, IN_2026).expect("private above the threshold");
        assert_eq!(m.value, money("1350000"));
        assert_eq!(m.threshold, money("750000"));
        assert!(m.european);
        assert_eq!(m.regime, ServiceRegime::SocialAndOtherSpecific, "no regime chosen reads as social services");
        d.procedure.kind = Some(ProcedureKind::LightRegime);
        assert_eq!(procedure_mismatch(&d, IN_2026), None, "the light regime fits social services above");
        d.procedure.regime = Some(ServiceRegime::Services);
        assert!(procedure_mismatch(&d, IN_2026).is_some(), "ordinary services have no light regime");
        d.procedure.kind = Some(ProcedureKind::Restricted);
        assert_eq!(procedure_mismatch(&d, IN_2026), None);
        // Below the threshold: private fits, the light regime does not.
        d.procedure.regime = None;
        d.procedure.estimated_price = Some(money("5000"));
        d.specification.option_months = None;
        d.procedure.kind = Some(ProcedureKind::Private);
        assert_eq!(procedure_mismatch(&d, IN_2026), None, "60 × 5.000 × 2 = 600.000");
        d.procedure.kind = Some(ProcedureKind::LightRegime);
        let m = procedure_mismatch(&d, latest_period_start()).expect("light regime below");
        assert!(!m.european);
        // Without a value nothing is judged.
        d.procedure.estimated_price = None;
        assert_eq!(procedure_mismatch(&d, IN_2026), None);
    }

    #[test]
    fn every_option_maps_to_a_kind() {
        use ProcedureOption::*;
        assert_eq!(EuropeanOpen.kind(), ProcedureKind::Open);
        assert_eq!(NationalOpen.kind(), ProcedureKind::Open);
        assert_eq!(EuropeanRestricted.kind(), ProcedureKind::Restricted);
        assert_eq!(NationalRestricted.kind(), ProcedureKind::Restricted);
        assert_eq!(PrivateMultipleQuotes.kind(), ProcedureKind::Private);
        assert_eq!(LightRegime.kind(), ProcedureKind::LightRegime);
    }
}
