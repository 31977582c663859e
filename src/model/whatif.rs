//! What-if views: the same file counted differently, without editing it.

use super::{School, SchoolStatus};

/// A what-if view of a scenario (docs/scenario-format.md, "What-if views"). The default counts
/// every school in its `opens` year, as format 1 does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct WhatIf {
    /// Schools with status `Planned` open this many school years later. The
    /// delayed year is then treated exactly like `opens`: counted only if it
    /// falls within `base_year..=horizon`.
    pub delay_planned: u32,
    /// Count only the schools already started (`UnderConstruction` and
    /// `Commissioned`); `Planned` schools are left out, whatever their delay.
    pub only_started: bool,
}

impl WhatIf {
    /// No change: the file as written.
    pub const NONE: WhatIf = WhatIf {
        delay_planned: 0,
        only_started: false,
    };

    pub fn is_none(&self) -> bool {
        *self == WhatIf::NONE
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
}
