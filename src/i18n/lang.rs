use serde::{Deserialize, Serialize};

/// The languages of the app and its exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    Kk,
    Ru,
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The code used in scenario names (`kk`, `ru`, `en`) and `--lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// The language's own name, for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Kk => "Қазақша",
            Lang::Ru => "Русский",
            Lang::En => "English",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Kazakh or Russian systems get their language; others English.
    /// Accepts `kk-KZ`, `ru_RU.UTF-8`, `kk`, …
    pub fn from_locale(locale: &str) -> Lang {
        Lang::of_locale(locale).unwrap_or(Lang::En)
    }

    /// The app's language for a locale's language, if it is one of ours.
    fn of_locale(locale: &str) -> Option<Lang> {
        let primary = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "kk" | "kaz" => Some(Lang::Kk),
            "ru" | "rus" => Some(Lang::Ru),
            "en" | "eng" => Some(Lang::En),
            _ => None,
        }
    }

    /// The first of the user's preferred languages that the app speaks, else
    /// English. Windows lists them in order (`GetUserPreferredUILanguages`,
    /// e.g. `["kk-KZ", "ru-RU"]` with the Kazakh language pack over a Russian
    /// Windows, or `["de-DE", "ru-RU"]`); Linux gives one, from `LANG`.
    pub fn from_locales<S: AsRef<str>>(locales: impl IntoIterator<Item = S>) -> Lang {
        locales
            .into_iter()
            .find_map(|l| Lang::of_locale(l.as_ref()))
            .unwrap_or(Lang::En)
    }

    /// The language of the system locale (first start).
    pub fn system() -> Lang {
        Lang::from_locales(sys_locale::get_locales())
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn locales_map_to_languages() {
        assert_eq!(Lang::from_locale("kk-KZ"), Lang::Kk);
        assert_eq!(Lang::from_locale("kk_KZ.UTF-8"), Lang::Kk);
        assert_eq!(Lang::from_locale("ru-RU"), Lang::Ru);
        assert_eq!(Lang::from_locale("ru"), Lang::Ru);
        assert_eq!(Lang::from_locale("en-US"), Lang::En);
        assert_eq!(Lang::from_locale("de-DE"), Lang::En);
        assert_eq!(Lang::from_locale(""), Lang::En);
    }

    /// What Windows' `GetUserPreferredUILanguages` gives (through sys-locale)
    /// on the systems planners use.
    #[test]
    fn windows_preferred_languages_map_to_languages() {
        // Russian Windows, in Russia or in Kazakhstan.
        assert_eq!(Lang::from_locales(["ru-RU"]), Lang::Ru);
        assert_eq!(Lang::from_locales(["ru-KZ", "en-US"]), Lang::Ru);
        // The Kazakh language pack over a Russian Windows.
        assert_eq!(Lang::from_locales(["kk-KZ", "ru-RU"]), Lang::Kk);
        assert_eq!(Lang::from_locales(["kk-Cyrl-KZ"]), Lang::Kk);
        // A language we lack is skipped for the next one the user reads.
        assert_eq!(Lang::from_locales(["de-DE", "ru-RU"]), Lang::Ru);
        assert_eq!(Lang::from_locales(["tr-TR", "kk-KZ", "en-US"]), Lang::Kk);
        // English chosen first stays English even with Russian after it.
        assert_eq!(Lang::from_locales(["en-US", "ru-RU"]), Lang::En);
        assert_eq!(Lang::from_locales(["de-DE"]), Lang::En);
        assert_eq!(Lang::from_locales(Vec::<String>::new()), Lang::En);
    }
}
