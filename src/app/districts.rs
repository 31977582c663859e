//! District planning in the window beyond plain edits of a region: planning
//! a region by district and back, and a district's own deficit source. Each
//! command is one undo step.

use super::demand::Unit;
use super::{DemandTable, NoticeLevel, SeatplanApp};
use crate::i18n::{Arg, num, tr_args};
use crate::model::{plan_as_one_region, plan_by_district};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DistrictCommand {
    /// Region `r` planned by one district that takes over its deficit or
    /// demand and all its schools: the figures stay the same.
    PlanByDistrict(usize),
    /// Region `r`, which has exactly one district, planned as a whole again.
    PlanAsOneRegion(usize),
    /// Switch district `district` of region `region` between a typed deficit
    /// and a demand.
    SwitchSource { region: usize, district: usize },
    /// Fill a demand table of a district from text pasted from a
    /// spreadsheet (as `Command::PasteDemand` does for a region).
    PasteDemand {
        region: usize,
        district: usize,
        table: DemandTable,
        start: i32,
        text: String,
    },
}

impl SeatplanApp {
    pub(super) fn apply_district_command(&mut self, command: DistrictCommand) {
        match command {
            DistrictCommand::PlanByDistrict(r) => {
                let mut done = None;
                self.doc.edit(None, |s| done = plan_by_district(s, r));
                // Labels that gave way are said out loud, never dropped
                // silently; undo brings them back.
                if let Some(done) = done.filter(|d| d.relabelled_schools > 0) {
                    let n = done.relabelled_schools as i64;
                    self.notify(
                        NoticeLevel::Info,
                        tr_args(
                            "plan-by-district-relabelled",
                            &[
                                ("count", Arg::Count(n)),
                                ("n", Arg::from(num(n))),
                                ("labels", Arg::from(done.replaced_labels.join(", "))),
                                ("id", Arg::from(done.district)),
                            ],
                        ),
                    );
                }
            }
            DistrictCommand::PlanAsOneRegion(r) => {
                self.doc.edit(None, |s| {
                    plan_as_one_region(s, r);
                });
            }
            DistrictCommand::SwitchSource { region, district } => {
                self.switch_deficit_source(Unit::district(region, district));
            }
            DistrictCommand::PasteDemand {
                region,
                district,
                table,
                start,
                text,
            } => self.paste_demand(Unit::district(region, district), table, start, &text),
        }
    }
}
