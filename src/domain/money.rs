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

/// A number typed into a field of a [`NumberKind`], parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Number {
    Money(Money),
    Percent(Percent),
    Count(u32),
}

impl Number {
    /// The amount, if this is one.
    pub fn as_money(self) -> Option<Money> {
        match self {
            Number::Money(m) => Some(m),
            _ => None,
        }
    }

    /// The percentage, if this is one.
    pub fn as_percent(self) -> Option<Percent> {
        match self {
            Number::Percent(p) => Some(p),
            _ => None,
        }
    }

    /// The whole number, if this is one.
    pub fn as_count(self) -> Option<u32> {
        match self {
            Number::Count(n) => Some(n),
            _ => None,
        }
    }

    /// The value as a plain decimal (euros, percentage points or the count).
    pub fn to_decimal(self) -> Decimal {
        match self {
            Number::Money(m) => m.0,
            Number::Percent(p) => p.0,
            Number::Count(n) => Decimal::from(n),
        }
    }
}

impl NumberKind {
    /// Parses what a person types into a field of this kind; `Ok(None)` for an empty input.
    ///
    /// Money as [`Money::parse`]; a percentage as [`Percent::parse`] and at most 100; a count
    /// is a whole number that fits a `u32`, where dots and spaces may group the thousands.
    pub fn parse(self, text: &str) -> Result<Option<Number>, ParseError> {
        if text.trim().is_empty() {
            return Ok(None);
        }
        match self {
            NumberKind::Money => Money::parse(text).map(|m| Some(Number::Money(m))),
            NumberKind::Percent => match Percent::parse(text)? {
                p if p.0 > Decimal::ONE_HUNDRED => Err(ParseError::TooLarge),
                p => Ok(Some(Number::Percent(p))),
            },
            NumberKind::Count => {
                let t = text.trim().replace(['.', ' '], "");
                if !t.chars().all(|c| c.is_ascii_digit()) {
                    return Err(ParseError::NotANumber);
                }
                t.parse::<u32>().map(|n| Some(Number::Count(n))).map_err(|_| ParseError::TooLarge)
            }
        }
    }
}

/// Parses quality points (a score on an award criterion's scale): a decimal number written the
/// Dutch or the English way, not negative, at most four decimals and at most a million.
/// Trailing zeros are dropped (`7,50` is `7.5`).
pub fn parse_points(text: &str) -> Result<Decimal, ParseError> {
    let d = parse_decimal(text, false)?;
    if d.is_sign_negative() && !d.is_zero() {
        Err(ParseError::Negative)
    } else if d.normalize().scale() > 4 {
        Err(ParseError::TooManyDecimals)
    } else if d > Decimal::from(1_000_000) {
        Err(ParseError::TooLarge)
    } else {
        Ok(d.normalize())
    }
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

    /// `self + other`, or `None` when the sum does not fit an exact decimal.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// The sum of the amounts (zero for none), or `None` when it does not fit an exact decimal.
    pub fn sum(amounts: impl IntoIterator<Item = Money>) -> Option<Money> {
        amounts.into_iter().try_fold(Money::ZERO, Money::checked_add)
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
            let looks_grouped = groups.len() > 1 && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3);
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
    fn number_kinds_parse_typed_values() {
        assert_eq!(NumberKind::Money.parse(""), Ok(None));
        assert_eq!(NumberKind::Count.parse("   "), Ok(None));
        assert_eq!(NumberKind::Money.parse("€ 4.250,-"), Ok(Some(Number::Money(Money(dec!(4250))))));
        assert_eq!(NumberKind::Money.parse("-3"), Err(ParseError::Negative));
        assert_eq!(NumberKind::Percent.parse("55,5 %"), Ok(Some(Number::Percent(Percent(dec!(55.5))))));
        assert_eq!(NumberKind::Percent.parse("100"), Ok(Some(Number::Percent(Percent(dec!(100))))));
        assert_eq!(NumberKind::Percent.parse("100,01"), Err(ParseError::TooLarge));
        assert_eq!(NumberKind::Count.parse("25"), Ok(Some(Number::Count(25))));
        assert_eq!(NumberKind::Count.parse("1.250"), Ok(Some(Number::Count(1250))));
        assert_eq!(NumberKind::Count.parse(" 12 500 "), Ok(Some(Number::Count(12500))));
        assert_eq!(NumberKind::Count.parse("2,5"), Err(ParseError::NotANumber));
        assert_eq!(NumberKind::Count.parse("-1"), Err(ParseError::NotANumber));
        assert_eq!(NumberKind::Count.parse("4294967296"), Err(ParseError::TooLarge));
        assert_eq!(NumberKind::Count.parse("4294967295"), Ok(Some(Number::Count(u32::MAX))));
    }

    #[test]
    fn number_accessors_and_decimals() {
        let m = Number::Money(Money(dec!(12.50)));
        assert_eq!(m.as_money(), Some(Money(dec!(12.50))));
        assert_eq!(m.as_percent(), None);
        assert_eq!(m.as_count(), None);
        assert_eq!(m.to_decimal(), dec!(12.50));
        let p = Number::Percent(Percent(dec!(30)));
        assert_eq!(p.as_percent(), Some(Percent(dec!(30))));
        assert_eq!(p.as_money(), None);
        assert_eq!(p.to_decimal(), dec!(30));
        let n = Number::Count(7);
        assert_eq!(n.as_count(), Some(7));
        assert_eq!(n.as_money(), None);
        assert_eq!(n.to_decimal(), dec!(7));
    }

    #[test]
    fn points_parse() {
        assert_eq!(parse_points("7,50"), Ok(dec!(7.5)));
        assert_eq!(parse_points("7.25"), Ok(dec!(7.25)));
        assert_eq!(parse_points("0,0001"), Ok(dec!(0.0001)));
        assert_eq!(parse_points("0,00001"), Err(ParseError::TooManyDecimals));
        assert_eq!(parse_points("-1"), Err(ParseError::Negative));
        assert_eq!(parse_points("1000001"), Err(ParseError::TooLarge));
        assert_eq!(parse_points("x"), Err(ParseError::NotANumber));
        assert_eq!(parse_points(""), Err(ParseError::Empty));
    }

    #[test]
    fn money_adds_exactly_or_says_it_cannot() {
        assert_eq!(Money(dec!(0.10)).checked_add(Money(dec!(0.20))), Some(Money(dec!(0.30))));
        assert_eq!(Money(Decimal::MAX).checked_add(Money(dec!(1))), None);
        assert_eq!(Money::sum([]), Some(Money::ZERO));
        assert_eq!(Money::sum([Money(dec!(1.25)), Money(dec!(-0.25)), Money(dec!(10))]), Some(Money(dec!(11))));
        assert_eq!(Money::sum([Money(Decimal::MAX), Money(dec!(1))]), None);
    }

    #[test]
    fn money_serializes_as_exact_string() {
        let json = serde_json::to_string(&Money(dec!(4250.10))).expect("serialize");
        assert_eq!(json, "\"4250.10\"");
        let back: Money = serde_json::from_str("\"0.10\"").expect("parse");
        assert_eq!(back, Money(dec!(0.10)));
    }
}
