//! A demand that takes its capacity or its observed pupils from the area's
//! existing schools (docs/scenario-format.md, "Existing schools"): what is
//! left out of the `Demand` block is filled in here, before any fit, so the
//! forecast, the backtest and the deficit read it like a written value.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::super::{Condition, Existing, Scenario};
use super::Demand;

/// The demand of the area `region` / `district` (`None`: the region itself)
/// with a missing `capacity` and missing observed pupils taken from the
/// area's existing schools. Unchanged when nothing is missing or the area
/// has no existing school.
pub fn with_stock<'a>(
    s: &Scenario,
    region: &str,
    district: Option<&str>,
    d: &'a Demand,
) -> Cow<'a, Demand> {
    fill(s, region, district, d).0
}

/// [`with_stock`], and whether the pupils were to come from the stock but
/// its schools share no census year.
pub(super) fn fill<'a>(
    s: &Scenario,
    region: &str,
    district: Option<&str>,
    d: &'a Demand,
) -> (Cow<'a, Demand>, bool) {
    let wants_pupils = d.grades.is_none() && d.pupils.is_none();
    if d.capacity.is_some() && !wants_pupils {
        return (Cow::Borrowed(d), false);
    }
    let members: Vec<&Existing> = s
        .existing
        .iter()
        .filter(|e| e.region == region && (district.is_none() || e.district.as_deref() == district))
        .collect();
    if members.is_empty() {
        return (Cow::Borrowed(d), false);
    }
    let mut out = d.clone();
    if out.capacity.is_none() {
        // Sound schools only: an Emergency or Adobe building's seats are
        // counted as missing. Constant, a replaced Sound school included.
        out.capacity = Some(
            members
                .iter()
                .filter(|e| e.condition() == Condition::Sound)
                .fold(0i64, |a, e| a.saturating_add(e.capacity.max(0))),
        );
    }
    let mut no_common = false;
    if wants_pupils {
        let mut common: Vec<i32> = members[0].pupils.keys().copied().collect();
        for e in &members[1..] {
            common.retain(|y| e.pupils.contains_key(y));
        }
        if common.is_empty() {
            no_common = true;
        } else {
            let totals: BTreeMap<i32, i64> = common
                .iter()
                .map(|y| {
                    let sum = members.iter().fold(0i64, |a, e| {
                        a.saturating_add(e.pupils.get(y).copied().unwrap_or(0))
                    });
                    (*y, sum)
                })
                .collect();
            out.pupils = Some(totals);
        }
    }
    (Cow::Owned(out), no_common)
}
