//! The chart's value axis fits what it shows, to round steps (issue 24): a
//! district of Astana is drawn on its own scale, not the city's, the city's
//! comes back with it, and a compared scenario above the plan stays in view.

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use seatplan::app::{FakeDialogs, SeatplanApp, Selection};
use seatplan::i18n::Lang;

use crate::common::root;
use crate::harness::{app, click};

/// The value range the plot shows (egui_plot's memory of the last frame).
fn y_range(h: &egui_kittest::Harness<'_, SeatplanApp>) -> (f64, f64) {
    let id = egui::Id::unique(seatplan::ui::CHART_PLOT_ID);
    let mem = egui_plot::PlotMemory::load(&h.ctx, id).expect("the chart was drawn");
    let b = *mem.transform().bounds();
    (b.min()[1], b.max()[1])
}

/// The top of the axis is `round` (the first round step at or above the
/// highest value drawn), with a 3 % margin so its label shows; the bottom
/// is 0 with the same margin.
fn assert_axis(h: &egui_kittest::Harness<'_, SeatplanApp>, round: f64, what: &str) {
    let (lo, hi) = y_range(h);
    let pad = round * 0.03;
    assert!(
        (hi - (round + pad)).abs() < 1.0 && (lo + pad).abs() < 1.0,
        "{what}: the axis runs {lo:.0}…{hi:.0}, not −{pad:.0}…{:.0}",
        round + pad
    );
}

#[test]
fn a_selected_district_gets_its_own_scale_and_the_city_its_own_back() {
    for lang in [Lang::Kk, Lang::Ru, Lang::En] {
        let mut h = app()
            .file(Some(root().join("scenarios/astana.ron")))
            .lang(lang)
            .max_steps(30)
            .build();
        h.set_size(egui::vec2(1366.0, 768.0));
        h.run();
        let s = h.state().doc.scenario().clone();
        let city = s.regions[0].name.get(lang.code()).to_owned();
        click(&mut h, &city);
        // The city without its schools: 181 000 seats short in 2029, so
        // 0–200 000 in steps of 50 000.
        assert_axis(&h, 200_000.0, "the city");
        let districts = s.regions[0].districts.as_ref().expect("by district");
        let nura = districts.iter().position(|x| x.id == "nura").expect("Nura");
        click(&mut h, districts[nura].name.get(lang.code()));
        assert_eq!(h.state().selection(), Selection::District(0, nura));
        // Nura's deficit reaches 55 187 in 2029: 0–60 000 in steps of 20 000
        // (egui_plot's own fit ended at 57 946, between two labels).
        assert_axis(&h, 60_000.0, "Nura");
        click(&mut h, &city);
        assert_axis(&h, 200_000.0, "the city again");
    }
}

#[test]
fn a_compared_scenario_above_the_plan_stays_on_the_chart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let other = dir.path().join("other.ron");
    // Astana typed as one region, far short: 420 000 in 2029.
    std::fs::write(
        &other,
        r#"Scenario(format: 1, name: "other", base_year: 2023, horizon: 2029, seat_unit: Design,
    regions: [(id: "astana", name: (en: "Astana city"), kind: City, deficit: {2023: 30000, 2029: 420000})],
    schools: [])"#,
    )
    .expect("write");
    let dialogs = FakeDialogs::default();
    let mut h = app()
        .file(Some(root().join("scenarios/astana.ron")))
        .dialogs(&dialogs)
        .lang(Lang::En)
        .max_steps(30)
        .build();
    h.run();
    click(&mut h, "Astana city");
    dialogs.answer(Some(other));
    h.get_by_role_and_label(Role::Button, "File").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Compare with…")
        .click();
    h.run();
    assert!(h.query_by_label("Shortfall — other.ron").is_some());
    // 0–500 000 in steps of 100 000.
    assert_axis(&h, 500_000.0, "the compared line");
}
