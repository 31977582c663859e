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
        let primary = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "kk" | "kaz" => Lang::Kk,
            "ru" | "rus" => Lang::Ru,
            _ => Lang::En,
        }
    }

    /// The language of the system locale (first start).
    pub fn system() -> Lang {
        sys_locale::get_locale().map_or(Lang::En, |l| Lang::from_locale(&l))
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
}
