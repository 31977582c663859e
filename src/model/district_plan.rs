//! Turning a region planned as a whole into one planned by district, and
//! back. Both keep the projection exactly as it was: the one district takes
//! over the region's deficit or demand and every school of the region.

use super::ids::is_valid_region_id;
use super::{District, Scenario};

/// What [`plan_by_district`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedByDistrict {
    /// The id of the district created.
    pub district: String,
    /// The free district labels the region's schools carried before, other
    /// than the new id (each once, in file order): they now name the district.
    pub replaced_labels: Vec<String>,
    /// How many schools carried one of them.
    pub relabelled_schools: usize,
}

/// The id the one district of region `r` gets: the label every school of
/// the region already carries, when they all carry the same valid one (so
/// nothing is relabelled); else the region's id when it is a valid district
/// id (it always is in a clean file); else `district-1`.
pub fn district_id_for(s: &Scenario, r: usize) -> String {
    let Some(region) = s.regions.get(r) else {
        return "district-1".to_owned();
    };
    let mut labels = s
        .schools
        .iter()
        .filter(|x| x.region == region.id)
        .map(|x| x.district.as_deref());
    if let Some(Some(first)) = labels.next()
        && is_valid_region_id(first)
        && labels.all(|l| l == Some(first))
    {
        return first.to_owned();
    }
    if is_valid_region_id(&region.id) {
        region.id.clone()
    } else {
        "district-1".to_owned()
    }
}

/// The free district labels of region `r`'s schools that planning by
/// district would replace with `id` (each once, in file order), and how many
/// schools carry one.
pub fn labels_replaced(s: &Scenario, r: usize, id: &str) -> (Vec<String>, usize) {
    let Some(region) = s.regions.get(r) else {
        return (Vec::new(), 0);
    };
    let mut labels: Vec<String> = Vec::new();
    let mut schools = 0;
    for label in s
        .schools
        .iter()
        .filter(|x| x.region == region.id)
        .filter_map(|x| x.district.as_deref())
        .filter(|l| *l != id)
    {
        schools += 1;
        if !labels.iter().any(|x| x == label) {
            labels.push(label.to_owned());
        }
    }
    (labels, schools)
}

/// Region `r` (without districts) becomes planned by one district holding
/// its deficit or demand (both, if a broken file has both: nothing is
/// dropped), its names, illustrative flag and source; every school of the
/// region is assigned to it. `None` when the region does not exist or
/// already has districts.
pub fn plan_by_district(s: &mut Scenario, r: usize) -> Option<PlannedByDistrict> {
    if s.regions.get(r)?.districts.is_some() {
        return None;
    }
    let id = district_id_for(s, r);
    let (replaced_labels, relabelled_schools) = labels_replaced(s, r, &id);
    let region = s.regions.get_mut(r)?;
    let district = District {
        id: id.clone(),
        name: region.name.clone(),
        deficit: region.deficit.take(),
        demand: region.demand.take(),
        illustrative: region.illustrative,
        // The district's figures are the region's: the same source.
        source: region.source.clone(),
    };
    region.districts = Some(vec![district]);
    let region_id = region.id.clone();
    for school in s.schools.iter_mut().filter(|x| x.region == region_id) {
        school.district = Some(id.clone());
    }
    Some(PlannedByDistrict {
        district: id,
        replaced_labels,
        relabelled_schools,
    })
}

/// Whether region `r` can go back to being planned as a whole without
/// losing anything: it has exactly one district.
pub fn can_plan_as_one_region(s: &Scenario, r: usize) -> bool {
    s.regions
        .get(r)
        .and_then(|x| x.districts.as_ref())
        .is_some_and(|ds| ds.len() == 1)
}

/// Region `r` with exactly one district is planned as a whole again: the
/// district's deficit or demand goes back to the region, a source of its own
/// is added to the region's, its illustrative flag carries over, a name the
/// region lacks in a language is taken from it. The schools keep the
/// district's id as their (now free) district label. `false`, and nothing
/// changed, unless the region has exactly one district.
pub fn plan_as_one_region(s: &mut Scenario, r: usize) -> bool {
    if !can_plan_as_one_region(s, r) {
        return false;
    }
    let Some(region) = s.regions.get_mut(r) else {
        return false;
    };
    let Some(district) = region.districts.take().and_then(|mut ds| ds.pop()) else {
        return false;
    };
    region.deficit = district.deficit;
    region.demand = district.demand;
    region.illustrative |= district.illustrative;
    if let Some(own) = district.source.filter(|x| !x.trim().is_empty()) {
        region.source = match region.source.take() {
            Some(source) if source.contains(own.as_str()) => Some(source),
            Some(source) if !source.trim().is_empty() => Some(format!("{source}\n\n{own}")),
            _ => Some(own),
        };
    }
    for (slot, theirs) in [
        (&mut region.name.kk, district.name.kk),
        (&mut region.name.ru, district.name.ru),
        (&mut region.name.en, district.name.en),
    ] {
        if slot.as_deref().is_none_or(|x| x.trim().is_empty()) && theirs.is_some() {
            *slot = theirs;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        LocalizedName, Region, RegionKind, School, SchoolStatus, project, validate,
    };

    fn school(id: &str, region: &str, district: Option<&str>, opens: i32) -> School {
        School {
            id: id.to_owned(),
            name: id.into(),
            region: region.to_owned(),
            district: district.map(str::to_owned),
            seats: 200,
            replaces: 0,
            opens,
            status: SchoolStatus::Planned,
            funding: None,
            source: None,
            replaces_existing: None,
        }
    }

    fn scenario(labels: [Option<&str>; 2]) -> Scenario {
        let mut s = Scenario::new_empty();
        s.base_year = 2023;
        s.horizon = 2026;
        s.regions.push(Region {
            id: "town".to_owned(),
            name: LocalizedName {
                en: Some("Town".to_owned()),
                ..LocalizedName::default()
            },
            kind: RegionKind::Oblast,
            deficit: Some([(2023, 500), (2026, 800)].into_iter().collect()),
            demand: None,
            districts: None,
            illustrative: true,
            source: Some("Akimat, 2024".to_owned()),
            review: None,
        });
        let mut other = s.regions[0].clone();
        other.id = "elsewhere".to_owned();
        s.regions.push(other);
        s.schools.push(school("a", "town", labels[0], 2024));
        s.schools.push(school("b", "town", labels[1], 2026));
        s.schools.push(school("c", "elsewhere", Some("x"), 2024));
        s
    }

    #[test]
    fn planning_by_district_keeps_the_projection_and_back_again() {
        let mut s = scenario([Some("Centre"), None]);
        let before = project(&s);
        let done = plan_by_district(&mut s, 0).expect("planned");
        // "Centre" is not a valid id: the region's id is used, and the label
        // that gave way is reported, not dropped silently.
        assert_eq!(done.district, "town");
        assert_eq!(done.replaced_labels, ["Centre"]);
        assert_eq!(done.relabelled_schools, 1);
        let region = &s.regions[0];
        assert_eq!(
            (region.deficit.as_ref(), region.demand.as_ref()),
            (None, None)
        );
        let ds = region.districts.as_ref().expect("districts");
        assert_eq!(ds.len(), 1);
        assert_eq!(ds[0].name.get("en"), "Town");
        assert_eq!(ds[0].deficit.as_ref().map(|d| d.len()), Some(2));
        assert!(ds[0].illustrative);
        assert_eq!(s.schools[0].district.as_deref(), Some("town"));
        assert_eq!(s.schools[1].district.as_deref(), Some("town"));
        assert_eq!(s.schools[2].district.as_deref(), Some("x"), "other region");
        assert!(validate(&s).is_empty(), "{:?}", validate(&s));
        assert_eq!(project(&s).regions[0].rows, before.regions[0].rows);
        assert_eq!(project(&s).total, before.total);
        assert!(plan_by_district(&mut s, 0).is_none(), "already by district");

        assert!(plan_as_one_region(&mut s, 0));
        let region = &s.regions[0];
        assert!(region.districts.is_none());
        assert_eq!(
            region.source.as_deref(),
            Some("Akimat, 2024"),
            "not doubled"
        );
        assert_eq!(
            s.schools[0].district.as_deref(),
            Some("town"),
            "kept as text"
        );
        assert_eq!(project(&s).regions[0].rows, before.regions[0].rows);
    }

    /// A region with a demand: the district takes the demand over whole
    /// and the rows stay the same, both ways.
    #[test]
    fn a_demand_moves_to_the_district_and_back() {
        let mut s = scenario([None, None]);
        s.regions[0].deficit = None;
        s.regions[0].demand = Some(crate::model::Demand {
            capacity: Some(400),
            shifts: 1,
            births: [(2014, 100), (2015, 100), (2016, 120), (2017, 130)]
                .into_iter()
                .collect(),
            pupils: Some([(2021, 270), (2022, 320)].into_iter().collect()),
            grade_count: Some(3),
            ..crate::model::Demand::default()
        });
        let demand = s.regions[0].demand.clone();
        let before = project(&s);
        // k = pupils 2022 / births 2014–2016 = 320 / 320 = 1; 2023 needs
        // births 2015–2017: 350 seats for 400 in use, 50 spare.
        assert_eq!(before.regions[0].rows[0].deficit, -50);
        plan_by_district(&mut s, 0).expect("planned");
        let ds = s.regions[0].districts.as_ref().expect("one district");
        assert_eq!(
            (ds[0].demand.clone(), ds[0].deficit.as_ref()),
            (demand.clone(), None)
        );
        assert_eq!(project(&s).regions[0].rows, before.regions[0].rows);
        assert!(plan_as_one_region(&mut s, 0));
        assert_eq!(s.regions[0].demand, demand);
        assert_eq!(project(&s).regions[0].rows, before.regions[0].rows);
    }

    #[test]
    fn a_label_every_school_shares_becomes_the_id() {
        let s = scenario([Some("centre"), Some("centre")]);
        assert_eq!(district_id_for(&s, 0), "centre");
        assert_eq!(labels_replaced(&s, 0, "centre"), (vec![], 0));
        // One school without a label: the region's id.
        let s = scenario([Some("centre"), None]);
        assert_eq!(district_id_for(&s, 0), "town");
        let mut s = scenario([None, None]);
        s.regions[0].id = "Town".to_owned();
        for x in &mut s.schools {
            x.region = "Town".to_owned();
        }
        assert_eq!(district_id_for(&s, 0), "district-1");
    }

    #[test]
    fn one_region_is_offered_only_with_exactly_one_district() {
        let mut s = scenario([None, None]);
        assert!(!plan_as_one_region(&mut s, 0), "no districts");
        plan_by_district(&mut s, 0).expect("planned");
        let mut second = s.regions[0].districts.as_ref().expect("one")[0].clone();
        second.id = "north".to_owned();
        second.source = Some("Survey".to_owned());
        s.regions[0].districts.as_mut().expect("one").push(second);
        let before = s.clone();
        assert!(!can_plan_as_one_region(&s, 0));
        assert!(!plan_as_one_region(&mut s, 0));
        assert_eq!(s, before, "nothing changed");
        // Back to one district with a source and a name of its own: the
        // source is added to the region's, a name it lacks is taken.
        s.regions[0].districts.as_mut().expect("two").remove(0);
        let d = &mut s.regions[0].districts.as_mut().expect("one")[0];
        d.name.ru = Some("Город".to_owned());
        d.illustrative = false;
        assert!(plan_as_one_region(&mut s, 0));
        let region = &s.regions[0];
        assert_eq!(region.source.as_deref(), Some("Akimat, 2024\n\nSurvey"));
        assert_eq!(region.name.ru.as_deref(), Some("Город"));
        assert_eq!(region.name.en.as_deref(), Some("Town"));
        assert!(region.illustrative);
    }
}
