//! A district named in a spreadsheet cell, the way planners write it: by
//! its id or any of its names, whatever the case, the spacing, the generic
//! word ("район", "ауданы", "district") and the Russian adjective form
//! ("Туранский район" names the district the file calls "район Туран").
//! Used by the school list and the census table alike.

use super::words::normalise;
use crate::model::{District, Region};

/// Words that say what kind of place a name is, not which.
const GENERIC: [&str; 8] = [
    "район",
    "р-н",
    "р-он",
    "ауданы",
    "аудан",
    "district",
    "раион",
    "ауд.",
];

/// Russian adjective endings a district name takes before "район".
const ADJECTIVE: [&str; 4] = ["ский", "ской", "ская", "ское"];

/// What two ways of writing one district have in common. The bureau's
/// tables (`region_names::match_district`) compare by it too, so a district
/// reads the same in a school list, a census and a region-by-year table.
pub(super) fn key(text: &str) -> String {
    normalise(text)
        .split(' ')
        .filter(|w| !GENERIC.contains(w))
        .map(|w| {
            ADJECTIVE
                .iter()
                .find_map(|end| w.strip_suffix(end).filter(|stem| stem.chars().count() >= 3))
                .unwrap_or(w)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The district of `region` that `cell` names, if exactly one matches: by
/// id or name as written first, then by the key of its names.
pub fn find_district<'a>(region: &'a Region, cell: &str) -> Option<&'a District> {
    let districts = region.districts.as_deref()?;
    let names = |d: &'a District| {
        std::iter::once(d.id.as_str()).chain(
            [&d.name.kk, &d.name.ru, &d.name.en]
                .into_iter()
                .flatten()
                .map(String::as_str),
        )
    };
    let want = normalise(cell);
    if let Some(d) = districts
        .iter()
        .find(|d| names(d).any(|n| normalise(n) == want))
    {
        return Some(d);
    }
    let want = key(cell);
    if want.is_empty() {
        return None;
    }
    let mut found = districts
        .iter()
        .filter(|d| names(d).any(|n| key(n) == want));
    match (found.next(), found.next()) {
        (Some(d), None) => Some(d),
        _ => None,
    }
}

/// The region's districts as a planner knows them, for a message: their
/// names in the current language (the id where one has none).
pub fn district_names(region: &Region) -> String {
    let code = crate::i18n::lang().code();
    region
        .districts
        .iter()
        .flatten()
        .map(|d| {
            let name = d.name.get(code);
            if name.is_empty() {
                d.id.clone()
            } else {
                name.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The region as a planner knows it, for a message.
pub fn region_name(region: &Region) -> String {
    let name = region.name.get(crate::i18n::lang().code());
    if name.is_empty() {
        region.id.clone()
    } else {
        name.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::key;

    #[test]
    fn one_district_written_three_ways_has_one_key() {
        assert_eq!(key("Туранский район"), key("район Туран"));
        assert_eq!(key("Туранский район"), "туран");
        assert_eq!(key("Каратауский  район"), key("Каратауский район"));
        assert_eq!(key("Тұран ауданы"), "тұран");
        assert_eq!(key("Turan district"), "turan");
        // A short word keeps its ending: "Ский" alone is not emptied.
        assert_eq!(key("Ский"), "ский");
    }
}
