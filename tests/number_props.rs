//! Properties of parsing typed numbers (`NumberKind::parse`): whatever the app shows as a
//! number, in either language, reads back as the same value.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests stop at the first surprise

use inkoopwijzer::domain::money::{format_fixed, Money, Number, NumberKind, NumberStyle, ParseError, Percent};
use proptest::prelude::*;
use rust_decimal::Decimal;

const STYLES: [NumberStyle; 2] = [NumberStyle::Dutch, NumberStyle::English];

proptest! {
    #[test]
    fn shown_money_reads_back(cents in 0i64..=100_000_000_000_000, style in prop::sample::select(STYLES.to_vec())) {
        let m = Money(Decimal::new(cents, 2));
        prop_assert_eq!(NumberKind::Money.parse(&format_fixed(m.0, 2, style)), Ok(Some(Number::Money(m))));
        prop_assert_eq!(NumberKind::Money.parse(&m.format(style)), Ok(Some(Number::Money(m))));
    }

    #[test]
    fn shown_percent_reads_back(hundredths in 0i64..=10_000, style in prop::sample::select(STYLES.to_vec())) {
        let d = Decimal::new(hundredths, 2).normalize();
        let shown = format_fixed(d, d.scale(), style);
        prop_assert_eq!(NumberKind::Percent.parse(&shown), Ok(Some(Number::Percent(Percent(d)))));
        prop_assert_eq!(NumberKind::Percent.parse(&Percent(d).format(style)), Ok(Some(Number::Percent(Percent(d)))));
    }

    // Below 1000 as the app shows it; from 1000 on typed without grouping, because "39.461"
    // (a Dutch grouping of 39461) reads as the percentage 39.461, which is what a user who
    // types it into a percentage field means.
    #[test]
    fn percent_above_hundred_is_too_large(hundredths in 10_001i64..=99_999, whole in 1_000u64..=1_000_000) {
        let d = Decimal::new(hundredths, 2).normalize();
        let shown = format_fixed(d, d.scale(), NumberStyle::Dutch);
        prop_assert_eq!(NumberKind::Percent.parse(&shown), Err(ParseError::TooLarge));
        prop_assert_eq!(NumberKind::Percent.parse(&whole.to_string()), Err(ParseError::TooLarge));
    }

    #[test]
    fn a_dot_with_three_digits_in_a_percentage_is_a_decimal_point(n in 0u32..=100, frac in 0u32..1000) {
        let typed = format!("{n}.{frac:03}");
        let expected = Decimal::new(i64::from(n) * 1000 + i64::from(frac), 3);
        let parsed = NumberKind::Percent.parse(&typed);
        if expected > Decimal::from(100) {
            prop_assert_eq!(parsed, Err(ParseError::TooLarge));
        } else {
            prop_assert_eq!(parsed, Ok(Some(Number::Percent(Percent(expected)))));
        }
    }

    #[test]
    fn counts_read_back_plain_or_grouped(n in any::<u32>()) {
        prop_assert_eq!(NumberKind::Count.parse(&n.to_string()), Ok(Some(Number::Count(n))));
        let grouped = format_fixed(Decimal::from(n), 0, NumberStyle::Dutch);
        prop_assert_eq!(NumberKind::Count.parse(&grouped), Ok(Some(Number::Count(n))));
    }

    #[test]
    fn blank_input_is_no_value(spaces in "[ \t]{0,5}") {
        for kind in [NumberKind::Money, NumberKind::Percent, NumberKind::Count] {
            prop_assert_eq!(kind.parse(&spaces), Ok(None));
        }
    }

    #[test]
    fn parsed_number_matches_its_kind(text in "[0-9.,% €-]{1,12}") {
        for kind in [NumberKind::Money, NumberKind::Percent, NumberKind::Count] {
            if let Ok(Some(v)) = kind.parse(&text) {
                let matches = match kind {
                    NumberKind::Money => v.as_money().is_some(),
                    NumberKind::Percent => v.as_percent().is_some_and(|p| p.0 <= Decimal::ONE_HUNDRED),
                    NumberKind::Count => v.as_count().is_some(),
                };
                prop_assert!(matches, "{kind:?} parsed {text:?} as {v:?}");
                prop_assert!(!v.to_decimal().is_sign_negative() || v.to_decimal().is_zero());
            }
        }
    }
}
