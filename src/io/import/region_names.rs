//! Region names as the statistics bureau and the ministry write them, in kk,
//! ru and en, with the former names a long series still carries
//! (Нур-Султан, Акмола, Целиноград for Astana; Южно-Казахстанская for
//! Turkistan), and the boundary changes of 2018 and 2022 that a series
//! crossing them must say.
//!
//! A label is reduced to a stem (lower case, no `*` or footnote marks, no
//! "область", "облысы", "город", "қаласы", "г." and the like) and a kind
//! (city or region, when a word says which), because "город Алматы" and
//! "Алматы облысы" differ only by that word.

use crate::model::{LocalizedName, Region, RegionKind};

/// What a label says once its marks and kind words are taken off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub stem: String,
    /// `Some` when a word in the label says city or region.
    pub kind: Option<RegionKind>,
}

const CITY_WORDS: [&str; 7] = ["город", "г.", "г", "қаласы", "қ.", "city", "гор."];
const REGION_WORDS: [&str; 7] = [
    "область",
    "обл.",
    "обл",
    "облысы",
    "region",
    "oblast",
    "облысының",
];
const DISTRICT_WORDS: [&str; 6] = ["район", "р-н", "ауданы", "аудан", "district", "р."];

/// Reduces a label: lower case, ё as е, dashes as `-`, parenthesised notes,
/// `*`, superscripts and trailing footnote digits dropped, kind words taken
/// off (and remembered).
pub fn label(text: &str) -> Label {
    let mut clean = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            '*' | '¹' | '²' | '³' | '⁴' | '⁵' | '⁶' | '⁷' | '⁸' | '⁹' | '⁰' | '"' | '«' | '»' =>
                {}
            '–' | '—' | '‑' => clean.push('-'),
            'ё' | 'Ё' => clean.push('е'),
            c if c.is_whitespace() || c == '\u{202F}' => clean.push(' '),
            c => clean.extend(c.to_lowercase()),
        }
    }
    let mut kind = None;
    let mut words: Vec<&str> = Vec::new();
    for word in clean.split(' ').filter(|w| !w.is_empty()) {
        if CITY_WORDS.contains(&word) {
            kind = Some(RegionKind::City);
        } else if REGION_WORDS.contains(&word) {
            kind = Some(RegionKind::Oblast);
        } else if !DISTRICT_WORDS.contains(&word) {
            words.push(word);
        }
    }
    // "Туркестанская1", "Абай 2)": a footnote number after the name.
    if let Some(last) = words.last_mut() {
        let trimmed = last.trim_end_matches(|c: char| c.is_ascii_digit() || c == ')');
        if trimmed.chars().any(char::is_alphabetic) {
            *last = trimmed;
        } else if words.len() > 1 {
            words.pop();
        }
    }
    Label {
        stem: words
            .join(" ")
            .trim_matches(['.', ',', ':', '-'])
            .to_owned(),
        kind,
    }
}

/// One of Kazakhstan's 20 regions and cities of republican significance as
/// the bureau's tables name them, and the change that created it.
pub struct Known {
    pub key: &'static str,
    pub kind: RegionKind,
    /// Stems ([`label`]) of its names in kk, ru and en, and of former names.
    pub stems: &'static [&'static str],
    /// The region it was part of, and the first (school) year it existed.
    pub split: Option<(&'static str, i32)>,
}

use RegionKind::{City, Oblast};

pub const KNOWN: [Known; 20] = [
    k(
        "astana",
        City,
        &[
            "астана",
            "astana",
            "нур-султан",
            "нұр-сұлтан",
            "nur-sultan",
            "акмола",
            "целиноград",
            "tselinograd",
        ],
    ),
    k(
        "almaty-city",
        City,
        &["алматы", "almaty", "алма-ата", "alma-ata"],
    ),
    Known {
        split: Some(("turkistan", 2018)),
        ..k("shymkent", City, &["шымкент", "shymkent", "чимкент"])
    },
    Known {
        split: Some(("east-kazakhstan", 2022)),
        ..k("abai", Oblast, &["абай", "abai", "abay", "абайская"])
    },
    k(
        "akmola",
        Oblast,
        &["акмолинская", "ақмола", "akmola", "aqmola"],
    ),
    k(
        "aktobe",
        Oblast,
        &["актюбинская", "ақтөбе", "актобе", "aktobe", "aqtobe"],
    ),
    k(
        "almaty-region",
        Oblast,
        &["алматинская", "алматы", "almaty"],
    ),
    k("atyrau", Oblast, &["атырауская", "атырау", "atyrau"]),
    k(
        "east-kazakhstan",
        Oblast,
        &[
            "восточно-казахстанская",
            "шығыс қазақстан",
            "east kazakhstan",
            "east-kazakhstan",
        ],
    ),
    k(
        "jambyl",
        Oblast,
        &["жамбылская", "жамбыл", "jambyl", "zhambyl"],
    ),
    Known {
        split: Some(("almaty-region", 2022)),
        ..k(
            "jetisu",
            Oblast,
            &["жетісу", "жетысу", "жетысуская", "jetisu", "zhetysu"],
        )
    },
    k(
        "karaganda",
        Oblast,
        &[
            "карагандинская",
            "қарағанды",
            "караганды",
            "karaganda",
            "qaraghandy",
        ],
    ),
    k(
        "kostanay",
        Oblast,
        &[
            "костанайская",
            "қостанай",
            "костанай",
            "kostanay",
            "qostanay",
        ],
    ),
    k(
        "kyzylorda",
        Oblast,
        &[
            "кызылординская",
            "қызылорда",
            "кызылорда",
            "kyzylorda",
            "qyzylorda",
        ],
    ),
    k(
        "mangystau",
        Oblast,
        &[
            "мангистауская",
            "мангыстауская",
            "маңғыстау",
            "мангистау",
            "mangystau",
            "mangistau",
        ],
    ),
    k(
        "north-kazakhstan",
        Oblast,
        &[
            "северо-казахстанская",
            "солтүстік қазақстан",
            "north kazakhstan",
            "north-kazakhstan",
        ],
    ),
    k(
        "pavlodar",
        Oblast,
        &["павлодарская", "павлодар", "pavlodar"],
    ),
    k(
        "turkistan",
        Oblast,
        &[
            "туркестанская",
            "түркістан",
            "туркестан",
            "turkistan",
            "turkestan",
            "южно-казахстанская",
            "оңтүстік қазақстан",
            "south kazakhstan",
            "south-kazakhstan",
        ],
    ),
    Known {
        split: Some(("karaganda", 2022)),
        ..k(
            "ulytau",
            Oblast,
            &["ұлытау", "улытау", "улытауская", "ulytau"],
        )
    },
    k(
        "west-kazakhstan",
        Oblast,
        &[
            "западно-казахстанская",
            "батыс қазақстан",
            "west kazakhstan",
            "west-kazakhstan",
        ],
    ),
];

const fn k(key: &'static str, kind: RegionKind, stems: &'static [&'static str]) -> Known {
    Known {
        key,
        kind,
        stems,
        split: None,
    }
}

/// The translation key of a region a boundary change names (the new
/// regions and their parents), so a warning reads in the planner's language.
pub fn name_key(key: &str) -> &'static str {
    match key {
        "shymkent" => "known-region-shymkent",
        "turkistan" => "known-region-turkistan",
        "abai" => "known-region-abai",
        "east-kazakhstan" => "known-region-east-kazakhstan",
        "jetisu" => "known-region-jetisu",
        "almaty-region" => "known-region-almaty-region",
        "ulytau" => "known-region-ulytau",
        _ => "known-region-karaganda",
    }
}

/// Stems of the country as a whole: its row is a total, not a region.
const NATIONAL: [&str; 6] = [
    "республика казахстан",
    "казахстан",
    "қазақстан республикасы",
    "қазақстан",
    "kazakhstan",
    "republic of kazakhstan",
];

/// Whether a label is the national total (or a "Всего"/"Total" row).
pub fn is_national(text: &str) -> bool {
    let l = label(text);
    NATIONAL.contains(&l.stem.as_str()) || super::words::is_total_row(&l.stem)
}

fn names(name: &LocalizedName) -> impl Iterator<Item = Label> + '_ {
    [&name.kk, &name.ru, &name.en]
        .into_iter()
        .flatten()
        .map(|n| label(n))
        .filter(|l| !l.stem.is_empty())
}

fn kind_fits(label: Option<RegionKind>, kind: RegionKind) -> bool {
    label.is_none_or(|k| k == kind)
}

/// Which known region a region of the file is: by its names, else its id.
pub fn known_of(region: &Region) -> Option<&'static Known> {
    KNOWN
        .iter()
        .find(|k| {
            k.kind == region.kind
                && names(&region.name)
                    .any(|l| kind_fits(l.kind, k.kind) && k.stems.contains(&l.stem.as_str()))
        })
        .or_else(|| KNOWN.iter().find(|k| k.key == region.id))
}

/// How a label matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Match {
    /// The index of the one region (or district) it names.
    One(usize),
    /// Several fit: listed, not guessed.
    Ambiguous(Vec<usize>),
    None,
}

/// The region of `regions` a label names: by the file's own names first,
/// then by the known names and former names of Kazakhstan's regions.
pub fn match_region(text: &str, regions: &[Region]) -> Match {
    let l = label(text);
    if l.stem.is_empty() {
        return Match::None;
    }
    let by_name: Vec<usize> = regions
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            kind_fits(l.kind, r.kind)
                && names(&r.name).any(|n| n.stem == l.stem && kind_fits(n.kind, r.kind))
        })
        .map(|(i, _)| i)
        .collect();
    let found = if by_name.is_empty() {
        let known: Vec<&str> = KNOWN
            .iter()
            .filter(|k| kind_fits(l.kind, k.kind) && k.stems.contains(&l.stem.as_str()))
            .map(|k| k.key)
            .collect();
        regions
            .iter()
            .enumerate()
            .filter(|(_, r)| known_of(r).is_some_and(|k| known.contains(&k.key)))
            .map(|(i, _)| i)
            .collect()
    } else {
        by_name
    };
    one_of(found)
}

/// The district (index) of `names` a label names, "район"/"ауданы" aside.
pub fn match_district<'a>(
    text: &str,
    names_of: impl Iterator<Item = &'a LocalizedName> + Clone,
) -> Match {
    let l = label(text);
    if l.stem.is_empty() {
        return Match::None;
    }
    let names_of_again = names_of.clone();
    let found: Vec<usize> = names_of
        .enumerate()
        .filter(|(_, n)| names(n).any(|n| n.stem == l.stem))
        .map(|(i, _)| i)
        .collect();
    if !found.is_empty() {
        return one_of(found);
    }
    // "Байконурский район" for "район Байконур": the Russian adjective
    // form, as the school importer reads it (`places::key`).
    let want = super::places::key(&l.stem);
    one_of(
        names_of_again
            .enumerate()
            .filter(|(_, n)| names(n).any(|n| super::places::key(&n.stem) == want))
            .map(|(i, _)| i)
            .collect(),
    )
}

fn one_of(found: Vec<usize>) -> Match {
    match found.as_slice() {
        [] => Match::None,
        [one] => Match::One(*one),
        _ => Match::Ambiguous(found),
    }
}

/// The regions split off `parent`, with their first years.
pub fn split_from(parent: &str) -> impl Iterator<Item = &'static Known> + '_ {
    KNOWN
        .iter()
        .filter(move |k| k.split.is_some_and(|(p, _)| p == parent))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_lose_marks_and_kind_words() {
        let l = label("Туркестанская*");
        assert_eq!((l.stem.as_str(), l.kind), ("туркестанская", None));
        let l = label("город Нур-Султан");
        assert_eq!((l.stem.as_str(), l.kind), ("нур-султан", Some(City)));
        let l = label("Алматы облысы¹");
        assert_eq!((l.stem.as_str(), l.kind), ("алматы", Some(Oblast)));
        assert_eq!(label("Шымкент қ. 2)").stem, "шымкент");
        assert_eq!(
            label("Восточно–Казахстанская область").stem,
            "восточно-казахстанская"
        );
        assert_eq!(label("Алатауский район").stem, "алатауский");
        assert!(is_national("Республика Казахстан"));
        assert!(is_national("Всего по республике"));
        assert!(!is_national("Акмолинская"));
    }
}
