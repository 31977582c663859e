//! A scenario's name and description: one text, or one per language.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::LocalizedName;

/// What the reader says a name must be when it is neither (the loader maps it
/// to a translated message).
pub const TEXT_EXPECTED: &str = "a text or (kk: …, ru: …, en: …)";

/// `name: "…"` or `name: (kk: "…", ru: "…", en: "…")`. Which of the two the
/// file used is kept, so saving writes back the same form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    Plain(String),
    Translated(LocalizedName),
}

impl Default for Text {
    fn default() -> Self {
        Text::Plain(String::new())
    }
}

impl Text {
    /// The text in `lang` ("kk", "ru" or "en"), falling back kk → ru → en.
    pub fn get(&self, lang: &str) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::Translated(names) => names.get(lang),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Text::Plain(s) => s.trim().is_empty(),
            Text::Translated(names) => names.is_empty(),
        }
    }

    /// Replaces the text shown in `lang`: a plain text is replaced, a
    /// translated one changes only that language's entry, so editing the
    /// Kazakh title never erases the Russian one.
    pub fn set(&mut self, lang: &str, value: String) {
        match self {
            Text::Plain(s) => *s = value,
            Text::Translated(names) => {
                let slot = match lang {
                    "ru" => &mut names.ru,
                    "en" => &mut names.en,
                    _ => &mut names.kk,
                };
                *slot = Some(value);
            }
        }
    }

    /// Total length in bytes of every language's text (a guard against
    /// enormous names).
    pub fn len(&self) -> usize {
        match self {
            Text::Plain(s) => s.len(),
            Text::Translated(n) => [&n.kk, &n.ru, &n.en]
                .into_iter()
                .map(|s| s.as_ref().map_or(0, String::len))
                .sum(),
        }
    }
}

impl Text {
    /// The same form with each text rewritten by `f(language, text)`; a plain
    /// text is passed as English.
    pub fn map(&self, f: impl Fn(&str, &str) -> String) -> Text {
        match self {
            Text::Plain(s) => Text::Plain(f("en", s)),
            Text::Translated(n) => Text::Translated(LocalizedName {
                kk: n.kk.as_deref().map(|s| f("kk", s)),
                ru: n.ru.as_deref().map(|s| f("ru", s)),
                en: n.en.as_deref().map(|s| f("en", s)),
            }),
        }
    }
}

/// A plain text equals that string; a translated one equals no single string.
impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        matches!(self, Text::Plain(s) if s == other)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::Plain(s)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_owned())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Plain(s) => serializer.serialize_str(s),
            Text::Translated(names) => names.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(TEXT_EXPECTED)
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::Plain(v.to_owned()))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text::Plain(v))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Text, A::Error> {
                LocalizedName::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(Text::Translated)
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(kk: Option<&str>, ru: Option<&str>, en: Option<&str>) -> Text {
        Text::Translated(LocalizedName {
            kk: kk.map(str::to_owned),
            ru: ru.map(str::to_owned),
            en: en.map(str::to_owned),
        })
    }

    #[test]
    fn falls_back_kk_ru_en() {
        let t = names(None, Some("Карта"), Some("Map"));
        assert_eq!(t.get("kk"), "Карта");
        assert_eq!(t.get("en"), "Map");
        assert_eq!(Text::from("One").get("ru"), "One");
    }

    #[test]
    fn setting_one_language_keeps_the_others() {
        let mut t = names(Some("Жоспар"), Some("План"), None);
        t.set("en", "Plan".into());
        t.set("kk", "Жаңа жоспар".into());
        assert_eq!(t, names(Some("Жаңа жоспар"), Some("План"), Some("Plan")));
        let mut plain = Text::from("Old");
        plain.set("ru", "New".into());
        assert_eq!(plain, Text::from("New"));
    }
}
