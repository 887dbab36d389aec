//! Exact money and percentages.
//!
//! Invariants: amounts are `rust_decimal::Decimal`, never floats; they are parsed and
//! formatted only at the edge (user input, display, export). Rounding to cents is
//! commercial rounding (half away from zero), never banker's rounding.
//! In JSON an amount is an exact decimal string such as `"4250.00"`.

use rust_decimal::prelude::*;
use rust_decimal::RoundingStrategy;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The one rounding rule for money in the whole app: to cents, half away from zero.
pub const MONEY_ROUNDING: RoundingStrategy = RoundingStrategy::MidpointAwayFromZero;

/// An amount of euros.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Money(#[serde(with = "rust_decimal::serde::str")] pub Decimal);

/// A percentage in percentage points: `Percent(55)` is 55 %.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Percent(#[serde(with = "rust_decimal::serde::str")] pub Decimal);

/// Why a text is not an amount. Rendered in the user's language by `i18n`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("empty")]
    Empty,
    #[error("not a number")]
    NotANumber,
    #[error("too many decimals")]
    TooManyDecimals,
    #[error("negative")]
    Negative,
    #[error("too large")]
    TooLarge,
}

/// What kind of number a field holds (for parsing and for its messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    Money,
    Percent,
    Count,
}

/// Number conventions for display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberStyle {
    /// `4.250,00`
    Dutch,
    /// `4,250.00`
    English,
}

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    pub fn new(d: Decimal) -> Self {
        Money(d)
    }

    /// Rounded to cents by the app's one rounding rule.
    pub fn rounded(self) -> Money {
        Money(self.0.round_dp_with_strategy(2, MONEY_ROUNDING))
    }

    /// Parses what a person types: `4.250,00`, `4250.00`, `4,250.00`, `EUR 4.250`, `€ 4250,-`.
    pub fn parse(text: &str) -> Result<Money, ParseError> {
        let d = parse_decimal(text, true)?;
        if d.is_sign_negative() && !d.is_zero() {
            return Err(ParseError::Negative);
        }
        if d.scale() > 2 {
            return Err(ParseError::TooManyDecimals);
        }
        if d > Decimal::from(1_000_000_000_000i64) {
            return Err(ParseError::TooLarge);
        }
        Ok(Money(d))
    }

    /// `€ 4.250,00` or `€4,250.00`: always two decimals. The Dutch space is a no-break
    /// space, so that a line never ends with a lone euro sign.
    pub fn format(self, style: NumberStyle) -> String {
        let body = format_fixed(self.rounded().0, 2, style);
        match style {
            NumberStyle::Dutch => format!("€\u{a0}{body}"),
            NumberStyle::English => format!("€{body}"),
        }
    }
}

impl Percent {
    /// Parses `55`, `55%`, `55,5 %`, `55.5`. Range 0..=100 is checked by the caller
    /// where it matters (a weight may be any share, a placement rate may not exceed 100).
    pub fn parse(text: &str) -> Result<Percent, ParseError> {
        let t = text.trim().trim_end_matches('%').trim();
        let d = parse_decimal(t, false)?;
        if d.is_sign_negative() && !d.is_zero() {
            return Err(ParseError::Negative);
        }
        if d.scale() > 4 {
            return Err(ParseError::TooManyDecimals);
        }
        if d > Decimal::from(1_000_000) {
            return Err(ParseError::TooLarge);
        }
        Ok(Percent(d))
    }

    /// The share as a fraction: 55 % is 0.55.
    pub fn fraction(self) -> Decimal {
        self.0 / Decimal::ONE_HUNDRED
    }

    /// `55 %` / `55%`, with as many decimals as needed (at most 2).
    pub fn format(self, style: NumberStyle) -> String {
        let d = self.0.round_dp_with_strategy(2, MONEY_ROUNDING).normalize();
        let body = format_fixed(d, d.scale(), style);
        match style {
            NumberStyle::Dutch => format!("{body} %"),
            NumberStyle::English => format!("{body}%"),
        }
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.rounded().0.round_dp(2))
    }
}

/// Parses a decimal number written the Dutch or the English way.
///
/// Rules, in order: currency words and signs are dropped; `,-` and `.-` endings mean no cents;
/// if both `.` and `,` occur, the last one is the decimal separator; a single separator
/// followed by exactly three digits (and, for money, with more than zero digits before it) is a
/// thousands separator when it occurs more than once or `money` is true and the
/// part before it is at most three digits; otherwise it is the decimal separator.
pub fn parse_decimal(text: &str, money: bool) -> Result<Decimal, ParseError> {
    let mut t: String = text.trim().to_string();
    for prefix in ["EUR", "eur", "Eur", "€"] {
        t = t.replace(prefix, "");
    }
    let mut t: String = t.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\'').collect();
    if t.ends_with(",-") || t.ends_with(".-") {
        t.truncate(t.len() - 2);
    }
    if t.is_empty() {
        return Err(ParseError::Empty);
    }
    let negative = t.starts_with('-');
    let digits_part = t.trim_start_matches(['-', '+']);
    if digits_part.is_empty() || !digits_part.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err(ParseError::NotANumber);
    }
    if !digits_part.starts_with(|c: char| c.is_ascii_digit()) || !digits_part.ends_with(|c: char| c.is_ascii_digit()) {
        return Err(ParseError::NotANumber);
    }
    let dots = digits_part.matches('.').count();
    let commas = digits_part.matches(',').count();
    let normalized: String = match (dots, commas) {
        (0, 0) => digits_part.to_string(),
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            let groups: Vec<&str> = digits_part.split(sep).collect();
            let looks_grouped = groups.len() > 1
                && groups[0].len() <= 3
                && groups[1..].iter().all(|g| g.len() == 3);
            if groups.len() > 2 {
                if !looks_grouped {
                    return Err(ParseError::NotANumber);
                }
                groups.concat()
            } else if looks_grouped && money && groups[0] != "0" {
                // "4.250" or "4,250" for money: a thousands separator (nobody writes
                // a price with three decimals).
                groups.concat()
            } else {
                format!("{}.{}", groups[0], groups[1])
            }
        }
        _ => {
            let last_dot = digits_part.rfind('.').unwrap_or(0);
            let last_comma = digits_part.rfind(',').unwrap_or(0);
            let (thousands, decimal) = if last_comma > last_dot { ('.', ',') } else { (',', '.') };
            if digits_part.matches(decimal).count() != 1 {
                return Err(ParseError::NotANumber);
            }
            let (int_part, frac) = digits_part.split_at(digits_part.rfind(decimal).unwrap_or(0));
            let groups: Vec<&str> = int_part.split(thousands).collect();
            let ok = groups[0].len() <= 3 && !groups[0].is_empty() && groups[1..].iter().all(|g| g.len() == 3);
            if !ok {
                return Err(ParseError::NotANumber);
            }
            format!("{}.{}", groups.concat(), &frac[1..])
        }
    };
    let mut d = Decimal::from_str_exact(&normalized).map_err(|_| ParseError::TooLarge)?;
    if negative {
        d.set_sign_negative(true);
    }
    Ok(d)
}

/// Formats with a fixed number of decimals and grouped thousands.
pub fn format_fixed(d: Decimal, decimals: u32, style: NumberStyle) -> String {
    let d = d.round_dp_with_strategy(decimals, MONEY_ROUNDING);
    let s = format!("{:.*}", decimals as usize, d.abs());
    let (int_part, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s.clone(), None),
    };
    let (group, dec) = match style {
        NumberStyle::Dutch => ('.', ','),
        NumberStyle::English => (',', '.'),
    };
    let mut grouped = String::new();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let sign = if d.is_sign_negative() && !d.is_zero() { "-" } else { "" };
    match frac {
        Some(f) if decimals > 0 => format!("{sign}{grouped}{dec}{f}"),
        _ => format!("{sign}{grouped}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros_free::dec;

    mod rust_decimal_macros_free {
        macro_rules! dec {
            ($s:literal) => {
                rust_decimal::Decimal::from_str_exact(stringify!($s)).expect("literal")
            };
        }
        pub(crate) use dec;
    }

    #[test]
    fn parses_dutch_and_english_money() {
        assert_eq!(Money::parse("4.250,00"), Ok(Money(dec!(4250.00))));
        assert_eq!(Money::parse("4250.00"), Ok(Money(dec!(4250.00))));
        assert_eq!(Money::parse("4,250.00"), Ok(Money(dec!(4250.00))));
        assert_eq!(Money::parse("EUR 4.250"), Ok(Money(dec!(4250))));
        assert_eq!(Money::parse("€ 4250,-"), Ok(Money(dec!(4250))));
        assert_eq!(Money::parse("1.234.567,89"), Ok(Money(dec!(1234567.89))));
        assert_eq!(Money::parse("12,5"), Ok(Money(dec!(12.5))));
        assert_eq!(Money::parse("0,250"), Err(ParseError::TooManyDecimals));
    }

    #[test]
    fn rejects_bad_money() {
        assert_eq!(Money::parse(""), Err(ParseError::Empty));
        assert_eq!(Money::parse("abc"), Err(ParseError::NotANumber));
        assert_eq!(Money::parse("12,3,4"), Err(ParseError::NotANumber));
        assert_eq!(Money::parse("-5"), Err(ParseError::Negative));
        assert_eq!(Money::parse("1.2.3"), Err(ParseError::NotANumber));
        assert_eq!(Money::parse("4.25,00"), Err(ParseError::NotANumber));
        assert_eq!(Money::parse("12.345"), Ok(Money(dec!(12345))));
    }

    #[test]
    fn formats_with_fixed_cents_and_commercial_rounding() {
        assert_eq!(Money(dec!(0)).format(NumberStyle::Dutch), "€\u{a0}0,00");
        assert_eq!(Money(dec!(4250)).format(NumberStyle::Dutch), "€\u{a0}4.250,00");
        assert_eq!(Money(dec!(1234567.891)).format(NumberStyle::English), "€1,234,567.89");
        // half away from zero, not banker's: 0.125 -> 0.13 (banker's would give 0.12)
        assert_eq!(Money(dec!(0.125)).rounded(), Money(dec!(0.13)));
        assert_eq!(Money(dec!(2.675)).format(NumberStyle::Dutch), "€\u{a0}2,68");
    }

    #[test]
    fn percent_parse_and_format() {
        assert_eq!(Percent::parse("55%"), Ok(Percent(dec!(55))));
        assert_eq!(Percent::parse("55,5 %"), Ok(Percent(dec!(55.5))));
        assert_eq!(Percent::parse("0.5"), Ok(Percent(dec!(0.5))));
        assert_eq!(Percent(dec!(55)).fraction(), dec!(0.55));
        assert_eq!(Percent(dec!(55.5)).format(NumberStyle::Dutch), "55,5 %");
        assert_eq!(Percent(dec!(15)).format(NumberStyle::English), "15%");
    }

    #[test]
    fn money_serializes_as_exact_string() {
        let json = serde_json::to_string(&Money(dec!(4250.10))).expect("serialize");
        assert_eq!(json, "\"4250.10\"");
        let back: Money = serde_json::from_str("\"0.10\"").expect("parse");
        assert_eq!(back, Money(dec!(0.10)));
    }
}
