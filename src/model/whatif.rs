//! What-if views: the same file counted differently, without editing it.

use std::borrow::Cow;

use super::{Demand, Region, Scenario, School, SchoolStatus};

/// A what-if view of a scenario (docs/scenario-format.md, "What-if views"). The default counts
/// every school in its `opens` year, as format 1 does, and every housing
/// programme as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WhatIf {
    /// Schools with status `Planned` open this many school years later. The
    /// delayed year is then treated exactly like `opens`: counted only if it
    /// falls within `base_year..=horizon`.
    pub delay_planned: u32,
    /// Count only the schools already started (`UnderConstruction` and
    /// `Commissioned`); `Planned` schools are left out, whatever their delay.
    pub only_started: bool,
    /// Every area's housing programme at this percent of the file's
    /// (docs/scenario-format.md, "Housing"): 100 is the file, 0 no housing.
    pub housing_percent: u32,
}

/// The highest housing programme the what-if bar offers, percent.
pub const MAX_HOUSING_PERCENT: u32 = 200;

impl Default for WhatIf {
    fn default() -> Self {
        WhatIf::NONE
    }
}

impl WhatIf {
    /// No change: the file as written.
    pub const NONE: WhatIf = WhatIf {
        delay_planned: 0,
        only_started: false,
        housing_percent: 100,
    };

    pub fn is_none(&self) -> bool {
        *self == WhatIf::NONE
    }

    /// Whether this view can change any figure of `s`: the delay and "only
    /// started" touch only Planned schools, the housing percentage only a
    /// housing programme. A what-if that changes nothing must not be
    /// announced as one.
    pub fn changes(&self, s: &Scenario) -> bool {
        let planned = s.schools.iter().any(|x| x.status == SchoolStatus::Planned);
        ((self.delay_planned > 0 || self.only_started) && planned)
            || (self.housing_percent != 100 && has_housing(s))
    }

    /// Whether this view counts the school at all.
    pub fn includes(&self, school: &School) -> bool {
        !(self.only_started && school.status == SchoolStatus::Planned)
    }

    /// The school year in which this view counts the school (before any check
    /// against the scenario's years), or `None` when the view leaves it out.
    /// In i64, so that no delay can overflow.
    pub fn opening_year(&self, school: &School) -> Option<i64> {
        if !self.includes(school) {
            return None;
        }
        let delay = if school.status == SchoolStatus::Planned {
            i64::from(self.delay_planned)
        } else {
            0
        };
        Some(i64::from(school.opens) + delay)
    }

    /// The scenario this view counts: the file itself, or a copy with every
    /// housing programme scaled (the file is never changed).
    pub fn scenario<'a>(&self, s: &'a Scenario) -> Cow<'a, Scenario> {
        if self.housing_percent == 100 || !has_housing(s) {
            return Cow::Borrowed(s);
        }
        let mut out = s.clone();
        for d in demands_mut(&mut out) {
            if let Some(h) = &mut d.housing {
                *h = h.scaled(self.housing_percent);
            }
        }
        Cow::Owned(out)
    }
}

/// Every demand of `s`, the regions' own and their districts', to change in
/// place (the what-if's copy, the file without housing).
pub(crate) fn demands_mut(s: &mut Scenario) -> impl Iterator<Item = &mut Demand> {
    s.regions.iter_mut().flat_map(|region| {
        region.demand.iter_mut().chain(
            region
                .districts
                .iter_mut()
                .flatten()
                .filter_map(|d| d.demand.as_mut()),
        )
    })
}

/// Whether any demand of `s` has a housing programme.
pub fn has_housing(s: &Scenario) -> bool {
    s.regions.iter().any(region_has_housing)
}

/// Whether the region's own demand or a district's has a housing programme.
pub fn region_has_housing(r: &Region) -> bool {
    r.demand.as_ref().is_some_and(|d| d.housing.is_some())
        || r.districts
            .iter()
            .flatten()
            .any(|d| d.demand.as_ref().is_some_and(|d| d.housing.is_some()))
}
