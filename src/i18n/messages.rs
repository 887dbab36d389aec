//! Messages for invalid input, in the user's language.

use super::Lang;
use crate::domain::money::{NumberKind, ParseError};

/// Why a typed number cannot be used, phrased for the kind of field.
pub fn parse_error(e: ParseError, kind: NumberKind, lang: Lang) -> &'static str {
    use NumberKind::*;
    use ParseError::*;
    match (lang, e, kind) {
        (Lang::Nl, Empty, _) => "Vul een getal in.",
        (Lang::Nl, NotANumber, Money) => "Dit is geen bedrag. Schrijf bijvoorbeeld 4.250,00 of 4250.",
        (Lang::Nl, NotANumber, Percent) => "Dit is geen percentage. Schrijf bijvoorbeeld 55 of 55,5.",
        (Lang::Nl, NotANumber, Count) => "Vul een heel getal in, bijvoorbeeld 25.",
        (Lang::Nl, TooManyDecimals, Money) => "Een bedrag heeft hoogstens twee cijfers achter de komma.",
        (Lang::Nl, TooManyDecimals, _) => "Gebruik hoogstens vier cijfers achter de komma.",
        (Lang::Nl, Negative, _) => "Een negatief getal kan hier niet.",
        (Lang::Nl, TooLarge, Percent) => "Een percentage ligt tussen 0 en 100.",
        (Lang::Nl, TooLarge, _) => "Dit getal is te groot.",
        (Lang::En, Empty, _) => "Enter a number.",
        (Lang::En, NotANumber, Money) => "This is not an amount. Write for example 4,250.00 or 4250.",
        (Lang::En, NotANumber, Percent) => "This is not a percentage. Write for example 55 or 55.5.",
        (Lang::En, NotANumber, Count) => "Enter a whole number, for example 25.",
        (Lang::En, TooManyDecimals, Money) => "An amount has at most two decimals.",
        (Lang::En, TooManyDecimals, _) => "Use at most four decimals.",
        (Lang::En, Negative, _) => "A negative number is not possible here.",
        (Lang::En, TooLarge, Percent) => "A percentage lies between 0 and 100.",
        (Lang::En, TooLarge, _) => "This number is too large.",
    }
}
