//! The generated national scenario the engine benchmark and the
//! `load_national` example measure: 20 regions and `n` schools.

use std::collections::BTreeMap;

use seatplan::model::{
    Funding, LocalizedName, Region, RegionKind, Scenario, School, SchoolStatus, SeatUnit,
};

const STATUSES: [SchoolStatus; 3] = SchoolStatus::ALL;
const FUNDING: [Funding; 6] = Funding::ALL;

/// 20 regions and `n` schools spread over them, with every optional
/// field used by some schools, so the text looks like a real national file
/// (about 300 bytes a school). Deterministic.
pub fn scenario(n: usize) -> Scenario {
    let regions: Vec<Region> = (0..20)
        .map(|r| Region {
            id: format!("region-{r:02}"),
            name: LocalizedName {
                kk: Some(format!("Облыс {r}")),
                ru: Some(format!("Область {r}")),
                en: Some(format!("Region {r}")),
            },
            kind: if r < 3 {
                RegionKind::City
            } else {
                RegionKind::Oblast
            },
            deficit: Some(BTreeMap::from([
                (2023, 10_000 + 1_000 * r),
                (2025, 14_000 + 900 * r),
                (2029, 22_000 + 1_500 * r),
            ])),
            demand: None,
            districts: None,
            illustrative: r % 2 == 0,
            source: Some(format!("Akimat estimate for region {r}, October 2025")),
            review: None,
        })
        .collect();
    let schools = (0..n)
        .map(|i| {
            let seats = 300 + 100 * u32::try_from(i % 28).unwrap_or(0);
            School {
                id: format!("sch-{i:06}"),
                name: format!("School for {seats} seats, microdistrict {}", i % 97).into(),
                region: format!("region-{:02}", i % 20),
                district: (i % 3 != 0).then(|| format!("District {}", i % 11)),
                seats,
                replaces: if i % 5 == 0 { seats / 4 } else { 0 },
                opens: 2023 + i32::try_from(i % 7).unwrap_or(0),
                status: STATUSES[i % 3],
                funding: (i % 4 != 0).then_some(FUNDING[i % 6]),
                source: Some(format!(
                    "Regional roadmap 2023–2029, item {}.{}; design seats",
                    i % 40,
                    i % 9
                )),
                replaces_existing: None,
            }
        })
        .collect();
    Scenario {
        format: 1,
        name: format!("Generated national scenario, {n} schools").into(),
        description: Some("Generated for the engine benchmark.".into()),
        base_year: 2023,
        horizon: 2029,
        seat_unit: SeatUnit::Design,
        assumptions: None,
        regions,
        schools,
        existing: Vec::new(),
        review: None,
    }
}
