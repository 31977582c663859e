use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Assumptions, Demand, Review, Text};

/// A scenario file, format version 1 (see `docs/scenario-format.md`).
///
/// Field order and names are the file-format contract of
/// `docs/scenario-format.md`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Scenario")]
pub struct Scenario {
    pub format: u32,
    /// A text, or one per language (shown with the usual kk → ru → en fallback).
    pub name: Text,
    #[serde(default)]
    pub description: Option<Text>,
    pub base_year: i32,
    pub horizon: i32,
    #[serde(default)]
    pub seat_unit: SeatUnit,
    /// Optional planning assumptions: construction-delay odds and the cost per
    /// seat. Absent = the documented defaults (see [`Assumptions`]).
    #[serde(default)]
    pub assumptions: Option<Assumptions>,
    pub regions: Vec<Region>,
    pub schools: Vec<School>,
    /// The school stock: schools in use, with their census pupils
    /// (docs/scenario-format.md, "Existing schools"). Empty when absent.
    #[serde(default)]
    pub existing: Vec<Existing>,
    /// Who prepared and approved the plan, and the notes on it
    /// (docs/scenario-format.md, "Review and sign-off"). Never part of the
    /// digest an approval carries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
}

/// How `seats` are counted. Kazakh sources use both: "a school for 1 200 seats" is
/// design capacity; builders also report "places in two shifts", twice that.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SeatUnit {
    #[default]
    Design,
    TwoShift,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Region")]
pub struct Region {
    pub id: String,
    pub name: LocalizedName,
    pub kind: RegionKind,
    /// Estimated deficit at the start of each school year if none of the file's
    /// schools opened. Sparse; missing years are interpolated. A region has
    /// exactly one of `deficit`, `demand` and `districts`.
    #[serde(default)]
    pub deficit: Option<BTreeMap<i32, i64>>,
    /// The deficit derived from pupils, births and capacity.
    #[serde(default)]
    pub demand: Option<Demand>,
    /// The region planned district by district; its rows are the districts' sums.
    #[serde(default)]
    pub districts: Option<Vec<District>>,
    #[serde(default)]
    pub illustrative: bool,
    #[serde(default)]
    pub source: Option<String>,
    /// In a consolidated file, the review of the regional file this region
    /// came from (docs/merge.md, "Reviews"); its approval's digest is of the
    /// region's own part of the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
}

/// The id of a region that stands for the whole of Kazakhstan as one unit
/// (docs/scenario-format.md, "Region"), as the national demand file has it:
/// neither a city nor an oblast, whatever its required `kind` says, so the
/// window calls it the country.
pub const COUNTRY_ID: &str = "kazakhstan";

impl Region {
    /// The region is the whole country as one unit ([`COUNTRY_ID`]).
    pub fn is_whole_country(&self) -> bool {
        self.id == COUNTRY_ID
    }
}

/// A district of a region: projected like a region from the region's schools
/// whose `district` is this id. Exactly one of `deficit` and `demand`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "District")]
pub struct District {
    pub id: String,
    pub name: LocalizedName,
    #[serde(default)]
    pub deficit: Option<BTreeMap<i32, i64>>,
    #[serde(default)]
    pub demand: Option<Demand>,
    #[serde(default)]
    pub illustrative: bool,
    #[serde(default)]
    pub source: Option<String>,
}

/// A name in the three languages of the app; at least one must be given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalizedName {
    #[serde(default)]
    pub kk: Option<String>,
    #[serde(default)]
    pub ru: Option<String>,
    #[serde(default)]
    pub en: Option<String>,
}

impl LocalizedName {
    /// The name in `lang` ("kk", "ru" or "en"), falling back kk → ru → en.
    pub fn get(&self, lang: &str) -> &str {
        let preferred = match lang {
            "kk" => self.kk.as_deref(),
            "ru" => self.ru.as_deref(),
            "en" => self.en.as_deref(),
            _ => None,
        };
        preferred
            .filter(|s| !s.trim().is_empty())
            .or_else(|| {
                [&self.kk, &self.ru, &self.en]
                    .into_iter()
                    .filter_map(|s| s.as_deref())
                    .find(|s| !s.trim().is_empty())
            })
            .unwrap_or("")
    }

    pub fn is_empty(&self) -> bool {
        [&self.kk, &self.ru, &self.en]
            .into_iter()
            .all(|s| s.as_deref().is_none_or(|s| s.trim().is_empty()))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RegionKind {
    City,
    Oblast,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "School")]
pub struct School {
    pub id: String,
    /// A text, or one per language (docs/scenario-format.md, "Translated
    /// school names"); shown with the usual kk → ru → en fallback.
    pub name: Text,
    pub region: String,
    #[serde(default)]
    pub district: Option<String>,
    /// Design seats, in the scenario's `seat_unit`.
    pub seats: u32,
    /// Seats of an emergency or adobe building closed when this one opens.
    #[serde(default)]
    pub replaces: u32,
    /// School year (from 1 September) of first use.
    pub opens: i32,
    pub status: SchoolStatus,
    #[serde(default)]
    pub funding: Option<Funding>,
    #[serde(default)]
    pub source: Option<String>,
    /// The id of the existing school this one replaces: closed from this
    /// school's opening year. `replaces` must then be absent.
    #[serde(default)]
    pub replaces_existing: Option<String>,
}

impl School {
    /// Seats this school adds when it opens, net of `replaces`. Ignores
    /// `replaces_existing`; [`Scenario::net_seats`] counts it.
    pub fn net_seats(&self) -> i64 {
        i64::from(self.seats) - i64::from(self.replaces)
    }
}

/// A school in use: its design capacity and the pupils counted at the autumn
/// census of each school year. Counts are signed so that a negative value
/// reaches validation (with its position) instead of failing to parse.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Existing")]
pub struct Existing {
    pub id: String,
    /// A text, or one per language, as a planned school's.
    pub name: Text,
    pub region: String,
    #[serde(default)]
    pub district: Option<String>,
    /// Design seats in the file's seat unit; above 0.
    pub capacity: i64,
    /// Pupils at the autumn census, by school year.
    pub pupils: BTreeMap<i32, i64>,
    /// `None` when the file leaves it out (read as Sound), so saving keeps
    /// the form read.
    #[serde(default)]
    pub condition: Option<Condition>,
    #[serde(default)]
    pub source: Option<String>,
}

impl Existing {
    pub fn condition(&self) -> Condition {
        self.condition.unwrap_or_default()
    }
}

/// The state of an existing school's building.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Condition {
    #[default]
    Sound,
    /// Officially declared in emergency state (аварийное / апатты).
    Emergency,
    /// Built of adobe (саманное / саман).
    Adobe,
}

impl Condition {
    pub const ALL: [Condition; 3] = [Condition::Sound, Condition::Emergency, Condition::Adobe];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SchoolStatus {
    Planned,
    UnderConstruction,
    Commissioned,
}

impl SchoolStatus {
    pub const ALL: [SchoolStatus; 3] = [
        SchoolStatus::Planned,
        SchoolStatus::UnderConstruction,
        SchoolStatus::Commissioned,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Funding {
    Republican,
    Local,
    ComfortableSchool,
    Ppp,
    Private,
    Other,
}

impl Funding {
    pub const ALL: [Funding; 6] = [
        Funding::Republican,
        Funding::Local,
        Funding::ComfortableSchool,
        Funding::Ppp,
        Funding::Private,
        Funding::Other,
    ];
}

impl Scenario {
    /// An empty scenario for File → New: the roadmap years, no regions yet.
    pub fn new_empty() -> Self {
        Scenario {
            format: 1,
            name: Text::default(),
            description: None,
            base_year: 2023,
            horizon: 2029,
            seat_unit: SeatUnit::Design,
            assumptions: None,
            regions: Vec::new(),
            schools: Vec::new(),
            existing: Vec::new(),
            review: None,
        }
    }

    pub fn region_index(&self, id: &str) -> Option<usize> {
        self.regions.iter().position(|r| r.id == id)
    }

    /// The existing school a planned school replaces, if it names one that
    /// is in the file (the first of duplicate ids).
    pub fn replaced_existing(&self, school: &School) -> Option<&Existing> {
        let id = school.replaces_existing.as_deref()?;
        self.existing.iter().find(|e| e.id == id)
    }

    /// Seats a planned school adds when it opens: its seats less `replaces`,
    /// or less the capacity of the existing school it replaces when that
    /// school is Sound (an Emergency or Adobe school's seats are counted as
    /// missing already), docs/scenario-format.md, "Existing schools".
    pub fn net_seats(&self, school: &School) -> i64 {
        match self.replaced_existing(school) {
            Some(e) if school.replaces == 0 => match e.condition() {
                Condition::Sound => i64::from(school.seats).saturating_sub(e.capacity.max(0)),
                Condition::Emergency | Condition::Adobe => i64::from(school.seats),
            },
            _ => school.net_seats(),
        }
    }
}
