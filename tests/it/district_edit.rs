//! Editing how a region is planned: "Plan by district" and "Plan as one
//! region" keep every figure, a district's demand is edited like a region's,
//! and a district switches between a typed deficit and a demand. Each is one
//! undo step. Figures are worked out by hand (see comments).

use crate::common::seatplan;
use crate::districts::doc_example;
use seatplan::io::{load_str, to_ron_string};
use seatplan::model::{plan_as_one_region, plan_by_district};

fn report(text: &str, dir: &std::path::Path, name: &str, extra: &[&str]) -> String {
    let file = dir.join(name);
    std::fs::write(&file, text).expect("write");
    let path = file.to_string_lossy().into_owned();
    let mut args = vec!["report", path.as_str()];
    args.extend_from_slice(extra);
    let out = seatplan(&args);
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).expect("utf-8")
}

/// The doc example's Town (500 a year, t-1 with 200 seats in 2025) planned
/// by district: `seatplan report` prints the same rows before and after, and
/// again after planning it as one region; `--districts` now lists Town's
/// one district with the region's figures: 500 short to 2024, 300 from 2025.
#[test]
fn planning_by_district_and_back_keeps_every_report_row() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = doc_example();
    let before = report(&text, dir.path(), "before.ron", &[]);
    assert!(before.contains("town,2025,500,200,200,300,0\n"), "{before}");

    let mut s = load_str(&text).expect("parses").scenario;
    let done = plan_by_district(&mut s, 1).expect("Town has no districts");
    assert_eq!(done.district, "town");
    // t-1's free label "Centre" is not a district id: it gives way, and
    // that is reported rather than dropped silently.
    assert_eq!(done.replaced_labels, ["Centre"]);
    let by_district = to_ron_string(&s);
    let loaded = load_str(&by_district).expect("parses");
    assert_eq!(loaded.diagnostics, vec![], "a clean file");
    assert_eq!(
        report(&by_district, dir.path(), "by-district.ron", &[]),
        before
    );
    let districts = report(&by_district, dir.path(), "d.ron", &["--districts"]);
    let town: Vec<&str> = districts
        .lines()
        .filter(|l| l.starts_with("town,"))
        .collect();
    assert_eq!(
        town,
        [
            "town,town,2023,500,0,0,500,0",
            "town,town,2024,500,0,0,500,0",
            "town,town,2025,500,200,200,300,0",
            "town,town,2026,500,0,200,300,0",
        ]
    );

    assert!(plan_as_one_region(&mut s, 1));
    assert_eq!(s.schools[3].district.as_deref(), Some("town"), "kept");
    let back = to_ron_string(&s);
    assert_eq!(report(&back, dir.path(), "back.ron", &[]), before);
    // City has two districts: it cannot become one region without losing
    // one of their figures, so nothing changes.
    let kept = s.clone();
    assert!(!plan_as_one_region(&mut s, 0));
    assert_eq!(s, kept);
}

mod window {
    use super::doc_example;
    use crate::harness::{click, open_text, shows_exactly, shows_text_containing};
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use seatplan::app::{SeatplanApp, Selection};
    use std::collections::BTreeMap;

    /// The births-lag worked example of docs/scenario-format.md ("Demand")
    /// as district `south` of a city, next to `north` with a typed 100; one
    /// school of 10 seats opens in south in 2025.
    const CITY: &str = r#"Scenario(
    format: 1,
    name: "District demand",
    base_year: 2020,
    horizon: 2025,
    regions: [
        Region(
            id: "city",
            name: (en: "City"),
            kind: City,
            districts: [
                District(
                    id: "south",
                    name: (en: "South district"),
                    demand: Demand(
                        capacity: 400,
                        shifts: 1,
                        births: {2014: 100, 2015: 100, 2016: 120, 2017: 130, 2018: 150},
                        pupils: {2021: 270, 2022: 320, 2023: 336},
                        grade_count: 3,
                    ),
                ),
                District(id: "north", name: (en: "North district"), deficit: {2020: 100}),
            ],
        ),
    ],
    schools: [
        School(id: "s-1", name: "South school", region: "city", district: "south",
            seats: 10, opens: 2025, status: Planned),
    ],
)
"#;

    fn undo(h: &mut Harness<'_, SeatplanApp>) {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
    }

    fn buttons(h: &Harness<'_, SeatplanApp>, label: &str) -> usize {
        h.query_all_by_role_and_label(Role::Button, label).count()
    }

    fn district(h: &Harness<'_, SeatplanApp>, d: usize) -> seatplan::model::District {
        h.state().doc.scenario().regions[0]
            .districts
            .as_ref()
            .and_then(|ds| ds.get(d))
            .cloned()
            .expect("the district")
    }

    /// Town of the doc example: 500 a year, 200 seats in 2025, so 300 short
    /// in 2026. Planned by district it shows one district, "Town", in the
    /// tree with the same 300; undo brings the region and t-1's label back.
    #[test]
    fn plan_by_district_keeps_the_figures_and_undo_restores_the_region() {
        let (mut h, _dir) = open_text(&doc_example());
        click(&mut h, "Town");
        assert!(shows_exactly(&h, "Shortfall 2026: 300"));
        assert_eq!(buttons(&h, "Town"), 1, "no district yet");
        // Said before the click: t-1's free label gives way.
        assert!(shows_exactly(
            &h,
            "1 school's district label (Centre) will read \"town\" (undo brings them back)"
        ));
        assert_eq!(buttons(&h, "Plan as one region"), 0);
        click(&mut h, "Plan by district");

        let region = &h.state().doc.scenario().regions[1];
        assert_eq!(
            (region.deficit.as_ref(), region.demand.as_ref()),
            (None, None)
        );
        let ds = region.districts.clone().expect("planned by district");
        assert_eq!(ds.len(), 1);
        assert_eq!(ds[0].id, "town");
        assert_eq!(
            ds[0].deficit,
            Some(BTreeMap::from([(2023, 500), (2026, 500)]))
        );
        assert_eq!(
            h.state().doc.scenario().schools[3].district.as_deref(),
            Some("town")
        );
        assert!(shows_text_containing(
            &h,
            "1 school's district label (Centre) now reads \"town\""
        ));
        // The tree lists the district (named as the region) under Town, and
        // the figures are the same, for the region and for its district.
        assert_eq!(buttons(&h, "Town"), 2);
        assert!(shows_exactly(&h, "Shortfall 2026: 300"));
        assert!(shows_exactly(&h, "Shortfall 2024: 500"));
        h.get_all_by_role_and_label(Role::Button, "Town")
            .nth(1)
            .expect("the district")
            .click();
        h.run();
        assert_eq!(h.state().selection(), Selection::District(1, 0));
        assert!(shows_exactly(&h, "Shortfall 2026: 300"));

        undo(&mut h);
        let s = h.state().doc.scenario();
        assert!(s.regions[1].districts.is_none());
        assert_eq!(
            s.regions[1].deficit,
            Some(BTreeMap::from([(2023, 500), (2026, 500)]))
        );
        assert_eq!(s.schools[3].district.as_deref(), Some("Centre"));
        assert_eq!(h.state().selection(), Selection::Region(1));
        assert_eq!(buttons(&h, "Town"), 1);
        assert!(shows_exactly(&h, "Shortfall 2026: 300"));
        assert!(!h.state().doc.is_dirty(), "one step, all undone");
    }

    /// "Plan as one region" is offered only with exactly one district (not
    /// for City with two); it gives the district's deficit back to the
    /// region, the school keeps "town" as its label, and undo restores the
    /// district.
    #[test]
    fn plan_as_one_region_only_with_one_district_and_undo_restores_it() {
        let (mut h, _dir) = open_text(&doc_example());
        click(&mut h, "City");
        assert_eq!(buttons(&h, "Plan as one region"), 0, "two districts");
        assert_eq!(buttons(&h, "Plan by district"), 0, "already by district");
        click(&mut h, "Town");
        click(&mut h, "Plan by district");
        click(&mut h, "Plan as one region");
        let s = h.state().doc.scenario();
        assert!(s.regions[1].districts.is_none());
        assert_eq!(
            s.regions[1].deficit,
            Some(BTreeMap::from([(2023, 500), (2026, 500)]))
        );
        assert_eq!(s.schools[3].district.as_deref(), Some("town"));
        assert_eq!(buttons(&h, "Town"), 1);
        assert!(shows_exactly(&h, "Shortfall 2026: 300"));
        undo(&mut h);
        let ds = h.state().doc.scenario().regions[1].districts.clone();
        assert_eq!(ds.map(|d| d.len()), Some(1));
        assert_eq!(buttons(&h, "Town"), 2);
    }

    /// South's births-lag demand (docs: k = 0.98, 2025 pupils 421, deficit
    /// 421 − 400 = 21, less 10 seats: 11 short). Pupils 2023 up one step of
    /// the field (10: 336 → 346): k = (320/320 + 346/350) / 2 = 0.994286,
    /// 2025 pupils 0.994286 × (150 + 150 + 130) = 427.54 → 428, deficit 28,
    /// 18 short; 2024 0.994286 × 400 = 397.71 → 398. City 2025: 18 + north's
    /// 100. One undo step brings 336 back.
    #[test]
    fn editing_a_district_demand_changes_its_figures_and_undo_restores_them() {
        let (mut h, _dir) = open_text(CITY);
        click(&mut h, "City");
        assert!(shows_exactly(&h, "Shortfall 2025: 111"));
        click(&mut h, "South district");
        assert_eq!(h.state().selection(), Selection::District(0, 0));
        assert!(shows_exactly(&h, "Shortfall 2025: 11"));
        assert!(shows_exactly(&h, "Where the deficit comes from"));
        // Shifts 1, no margin: 2024 pupils and seats needed are both 392.
        assert_eq!(h.query_all_by_label("392").count(), 2);
        h.get_by_label("Pupils 2023").increment_accesskit();
        h.run();
        let pupils = district(&h, 0).demand.and_then(|d| d.pupils);
        assert_eq!(pupils.and_then(|p| p.get(&2023).copied()), Some(346));
        assert!(shows_exactly(&h, "Shortfall 2025: 18"));
        assert_eq!(h.query_all_by_label("398").count(), 2);
        click(&mut h, "City");
        assert!(shows_exactly(&h, "Shortfall 2025: 118"));
        undo(&mut h);
        let pupils = district(&h, 0).demand.and_then(|d| d.pupils);
        assert_eq!(pupils.and_then(|p| p.get(&2023).copied()), Some(336));
        assert!(shows_exactly(&h, "Shortfall 2025: 111"));
        assert!(!h.state().doc.is_dirty());
    }

    /// A column pasted into South's births from 2019 (160, 170): 2025 pupils
    /// 0.98 × (160 + 150 + 130) = 431.2 → 431, deficit 31, 21 short. One
    /// undo step removes both years.
    #[test]
    fn pasting_into_a_district_demand_is_one_step() {
        let (mut h, _dir) = open_text(CITY);
        click(&mut h, "City");
        click(&mut h, "South district");
        h.get_by_label("Paste births from a spreadsheet").focus();
        h.run();
        h.input_mut()
            .events
            .push(egui::Event::Paste("160\n170\n".to_owned()));
        h.run();
        h.get_by_label("Fill births").scroll_to_me();
        h.run();
        h.get_by_label("Fill births").click();
        h.run();
        let births = district(&h, 0).demand.expect("a demand").births;
        assert_eq!(
            (births.get(&2019), births.get(&2020)),
            (Some(&160), Some(&170))
        );
        assert!(shows_exactly(&h, "Shortfall 2025: 21"));
        undo(&mut h);
        let births = district(&h, 0).demand.expect("a demand").births;
        assert_eq!((births.get(&2019), births.get(&2020)), (None, None));
        assert!(shows_exactly(&h, "Shortfall 2025: 11"));
    }

    /// South to a typed deficit holding what its demand gave (docs table:
    /// need − 400 = −130, −130, −80, −64, −8, 21), so still 11 short in
    /// 2025; undo brings the demand back. North to a starter demand
    /// (capacity 0, two shifts) and back with undo.
    #[test]
    fn switching_a_district_between_deficit_and_demand_is_one_step() {
        let (mut h, _dir) = open_text(CITY);
        click(&mut h, "City");
        click(&mut h, "South district");
        click(&mut h, "Type the deficit instead");
        let south = district(&h, 0);
        assert!(south.demand.is_none());
        assert_eq!(
            south.deficit,
            Some(BTreeMap::from([
                (2020, -130),
                (2021, -130),
                (2022, -80),
                (2023, -64),
                (2024, -8),
                (2025, 21),
            ]))
        );
        assert!(shows_exactly(&h, "Shortfall 2025: 11"));
        assert_eq!(buttons(&h, "Derive the deficit from births and pupils"), 1);
        undo(&mut h);
        let south = district(&h, 0);
        assert_eq!(south.deficit, None);
        assert_eq!(south.demand.and_then(|d| d.capacity), Some(400));
        assert!(!h.state().doc.can_undo(), "it was one step");

        click(&mut h, "North district");
        assert!(shows_exactly(&h, "Shortfall 2025: 100"));
        click(&mut h, "Derive the deficit from births and pupils");
        let north = district(&h, 1);
        assert_eq!(north.deficit, None);
        let demand = north.demand.expect("a starter demand");
        assert_eq!((demand.capacity, demand.shifts), (Some(0), 2));
        assert!(shows_exactly(&h, "Demand"), "its inputs are shown");
        undo(&mut h);
        let north = district(&h, 1);
        assert_eq!(north.demand, None);
        assert_eq!(north.deficit, Some(BTreeMap::from([(2020, 100)])));
        assert!(shows_exactly(&h, "Shortfall 2025: 100"));
        assert!(!h.state().doc.is_dirty());
    }

    /// A hostile or damaged file can hold a name or a source far too long to
    /// lay out in a field every frame. North's kk name and source of 100 000
    /// letters (200 KB, over the 64 KB a field edits) are shown cut to 300
    /// letters and "…", read-only, as a region's are; no field holds the
    /// whole text, and showing them changes nothing.
    #[test]
    fn a_district_name_and_source_too_long_to_edit_are_shown_shortened() {
        let huge = "Ш".repeat(100_000);
        let text = CITY.replace(
            r#"name: (en: "North district")"#,
            &format!(r#"name: (kk: "{huge}", en: "North district"), source: "{huge}""#),
        );
        let (mut h, _dir) = open_text(&text);
        click(&mut h, "City");
        click(&mut h, "North district");
        assert_eq!(h.state().selection(), Selection::District(0, 1));
        let short = format!("{}…", "Ш".repeat(300));
        assert!(shows_exactly(&h, &short), "the name, shortened");
        // A label's value is its text: the name's label and the source's
        // read-only field.
        assert_eq!(h.query_all_by_value(&short).count(), 2, "both, shortened");
        assert!(h.query_by_value(&huge).is_none(), "no field holds it all");
        let north = district(&h, 1);
        assert_eq!(north.name.kk.as_deref(), Some(huge.as_str()));
        assert_eq!(north.source.as_deref(), Some(huge.as_str()));
        assert!(!h.state().doc.is_dirty());
    }

    /// North's estimate has a point in 2018, before the first year shown
    /// (2020). The district's editor lists it, as a region's does, so it can
    /// be seen and removed (its ✖ is the first, years ascending); removing
    /// it is one undo step.
    #[test]
    fn a_district_deficit_point_outside_the_years_shown_can_be_removed() {
        let text = CITY.replace("deficit: {2020: 100}", "deficit: {2018: 40, 2020: 100}");
        let (mut h, _dir) = open_text(&text);
        click(&mut h, "City");
        click(&mut h, "North district");
        assert!(shows_exactly(&h, "Deficit estimate 2018"));
        assert!(shows_exactly(&h, "Deficit estimate 2020"));
        h.get_all_by_role_and_label(Role::Button, "✖")
            .next()
            .expect("the 2018 point's ✖")
            .click();
        h.run();
        assert_eq!(district(&h, 1).deficit, Some(BTreeMap::from([(2020, 100)])));
        assert!(!shows_exactly(&h, "Deficit estimate 2018"));
        undo(&mut h);
        assert_eq!(
            district(&h, 1).deficit,
            Some(BTreeMap::from([(2018, 40), (2020, 100)]))
        );
        assert!(!h.state().doc.is_dirty());
    }
}

/// Region details → Districts at 1366×768, in Russian: each district's name field is
/// wide enough to read the name beside its ▲ ▼ ✖ (it was three letters).
#[test]
fn district_names_in_region_details_are_readable() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::{By, Queryable};
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("astana.ron");
    std::fs::write(&file, include_str!("../../scenarios/astana.ron")).expect("write");
    let mut h = crate::harness::app()
        .file(Some(file))
        .lang(seatplan::i18n::Lang::Ru)
        .default_layout()
        .max_steps(30)
        .build();
    h.set_size(egui::vec2(1366.0, 768.0));
    h.run();
    h.get_by_role_and_label(Role::Button, "город Астана")
        .click();
    h.run();
    let field = h.get(By::new().role(Role::TextInput).value("район Алматы"));
    let width = field.rect().width();
    assert!(width >= 150.0, "the name field is {width} wide");
    let pane_right = field.rect().right() + 130.0;
    // The region's own fields wrap to the pane too (the Russian
    // "Оценочные (не опубликованы)" was cut).
    let check = h.get_by_role_and_label(Role::CheckBox, "Оценочные (не опубликованы)");
    assert!(
        check.rect().right() <= pane_right,
        "{:?} past {pane_right}",
        check.rect()
    );
}

/// A region's name fields span the details pane at 1366×768: the Russian
/// "Северо-Казахстанская область" was cut in a 180 px field.
#[test]
fn a_regions_name_fields_take_the_panes_width() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::{By, Queryable};
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("north.ron");
    std::fs::write(
        &file,
        r#"Scenario(format: 1, name: "north", base_year: 2023, horizon: 2029,
            regions: [(id: "north-kazakhstan", kind: Oblast, deficit: {2023: 1},
                name: (kk: "Солтүстік Қазақстан облысы", ru: "Северо-Казахстанская область"))],
            schools: [])"#,
    )
    .expect("write");
    let mut h = crate::harness::app()
        .file(Some(file))
        .lang(seatplan::i18n::Lang::Ru)
        .default_layout()
        .max_steps(30)
        .build();
    h.set_size(egui::vec2(1366.0, 768.0));
    h.run();
    h.get_by_role_and_label(Role::Button, "Северо-Казахстанская область")
        .click();
    h.run();
    let field = h.get(
        By::new()
            .role(Role::TextInput)
            .value("Северо-Казахстанская область"),
    );
    let width = field.rect().width();
    assert!(width > 220.0, "the name field is {width} wide");
}
