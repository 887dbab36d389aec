//! The language types at the bottom of the house: which language ([`Lang`]) and a text in
//! both languages ([`Tr`]). Pure data, no texts: the words themselves live in `crate::i18n`,
//! which re-exports these types. Domain data that carries a text (a threshold's source, a
//! demo case's name) holds a `Tr` without importing `i18n`.

use serde::{Deserialize, Serialize};

/// The interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag.get(..2).map(|s| s.to_ascii_lowercase()).as_deref() {
            Some("nl") => Some(Lang::Nl),
            Some("en") => Some(Lang::En),
            _ => None,
        }
    }

    pub fn number_style(self) -> crate::domain::money::NumberStyle {
        match self {
            Lang::Nl => crate::domain::money::NumberStyle::Dutch,
            Lang::En => crate::domain::money::NumberStyle::English,
        }
    }
}

/// One text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Tr {
    pub const fn new(nl: &'static str, en: &'static str) -> Tr {
        Tr { nl, en }
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_and_texts_pick_their_language() {
        for lang in [Lang::Nl, Lang::En] {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("NL"), Some(Lang::Nl));
        assert_eq!(Lang::from_tag("de"), None);
        assert_eq!(Lang::from_tag(""), None);
        let t = Tr::new("hallo", "hello");
        assert_eq!((t.get(Lang::Nl), t.get(Lang::En)), ("hallo", "hello"));
    }
}
