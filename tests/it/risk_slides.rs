//! The risk band beyond the chart pane (issue 21): the map coloured by the
//! probability of a shortfall at the horizon, the fan on every region's
//! slide, and the slide of each region's probability of closing, in the
//! window, the PNG slides and `slides.pdf`.

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use seatplan::calendar::Day;
use seatplan::export::{self, Slide, probability_rows};
use seatplan::i18n::{Lang, percent, set_lang};
use seatplan::map::{MapData, MapMeasure, PERCENT_CLASSES, kazakhstan};
use seatplan::model::{Risk, RiskOptions, Scenario, project, simulate};

use crate::common::seatplan;

const NATIONAL: &str = "scenarios/kazakhstan-2023-2029.ron";

fn national() -> Scenario {
    seatplan::io::load_path(std::path::Path::new(NATIONAL))
        .expect("the national file loads")
        .scenario
}

fn with_error(s: &Scenario) -> Risk {
    simulate(
        s,
        &RiskOptions {
            forecast_error: true,
            ..RiskOptions::default()
        },
    )
}

#[test]
fn the_map_colours_each_region_by_its_share_of_short_draws() {
    set_lang(Lang::En);
    let s = national();
    let risk = with_error(&s);
    let g = kazakhstan().expect("the built-in map");
    let data = MapData::short_probability(g, &s, &risk);
    assert_eq!(data.measure, MapMeasure::ShortProbability);
    assert_eq!(data.classes, PERCENT_CLASSES);
    let mut seen = 0;
    for r in &risk.regions {
        let shown = data
            .by_id(&r.id)
            .expect("every national region is on the map");
        let last = r.rows.last().expect("a band at the horizon");
        let p = (last.p_short() * 100.0).round() as i64;
        assert_eq!(shown.shortfall, Some(p), "{}", r.id);
        let class = &data.classes[shown.class.expect("a class")];
        assert!((class.lo..=class.hi).contains(&p));
        seen += 1;
    }
    assert_eq!(seen, 20);
    let (heading, entries) = data.legend();
    assert_eq!(heading, "Probability of a shortfall in 2029, % of draws");
    let labels: Vec<&str> = entries.iter().map(|(_, l)| l.as_str()).collect();
    assert_eq!(
        labels,
        ["0 %", "1 – 25 %", "26 – 50 %", "51 – 75 %", "76 – 100 %"]
    );
}

#[test]
fn slides_with_the_band_add_its_slide_and_a_fan_on_each_region() {
    set_lang(Lang::En);
    let s = national();
    let p = project(&s);
    let risk = with_error(&s);
    let plain = export::slides(&s, None);
    let all = export::slides(&s, Some(&risk));
    assert_eq!(all.len(), plain.len() + 1);
    assert_eq!(all[3], Slide::Probability, "after the map");

    let svg = export::slide_svg(&s, &p, Some(&risk), &all, 3, Day::new(2026, 12, 3));
    assert!(svg.contains("Probability of closing the shortfall by 2029"));
    assert!(svg.contains("draws of the opening delays and the forecast error"));
    let rows = probability_rows(&s, &risk);
    assert_eq!(rows.len(), 20);
    for w in rows.windows(2) {
        assert!(w[0].p_closed <= w[1].p_closed, "least likely first");
    }
    for row in &rows {
        assert!(svg.contains(&row.name), "{}", row.name);
        assert!(svg.contains(&format!(r#"data-p="{:.4}""#, row.p_closed)));
    }
    assert!(svg.contains(&format!(">{}<", percent(rows[0].p_closed))));

    // Every region's slide carries its fan; its median is the band's.
    for (n, slide) in all.iter().enumerate() {
        let Slide::Region(i) = *slide else { continue };
        let svg = export::slide_svg(&s, &p, Some(&risk), &all, n, Day::new(2026, 12, 3));
        assert!(svg.contains(r#"class="fan-outer""#));
        assert!(svg.contains(r#"class="fan-inner""#));
        let medians: Vec<String> = risk.regions[i]
            .rows
            .iter()
            .map(|b| b.p50.to_string())
            .collect();
        let median = format!(r#"class="fan-median" data-values="{}""#, medians.join(","));
        assert!(svg.contains(&median), "region {i}");
        assert!(svg.contains("Shortfall, median with delays"));
    }
    // Without the band: no fan, no probability slide.
    let n = plain
        .iter()
        .position(|sl| matches!(sl, Slide::Region(_)))
        .expect("a region slide");
    let svg = export::slide_svg(&s, &p, None, &plain, n, Day::new(2026, 12, 3));
    assert!(!svg.contains("fan-"));
    assert!(!plain.contains(&Slide::Probability));
}

/// A city planned by district: the probability slide ranks its districts.
#[test]
fn a_city_by_district_ranks_its_districts() {
    set_lang(Lang::En);
    let s = seatplan::io::load_path(std::path::Path::new("scenarios/astana.ron"))
        .expect("loads")
        .scenario;
    let risk = with_error(&s);
    let rows = probability_rows(&s, &risk);
    let n = s.regions[0].districts.as_ref().expect("by district").len();
    let mut names: Vec<String> = rows.iter().map(|r| r.name.clone()).collect();
    let mut expected: Vec<String> = (0..n)
        .map(|d| seatplan::export::district_name(&s, 0, d))
        .collect();
    names.sort();
    expected.sort();
    assert_eq!(names, expected);
}

#[test]
fn cli_report_pdf_with_the_band_has_the_probability_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    let run = |extra: &[&str]| {
        let mut args = vec![
            "report",
            NATIONAL,
            "--out",
            out.to_str().expect("utf-8"),
            "--lang",
            "en",
            "--pdf",
        ];
        args.extend_from_slice(extra);
        seatplan(&args)
    };
    let done = run(&["--risk", "--risk-demand"]);
    assert_eq!(
        done.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let bytes = std::fs::read(out.join("slides.pdf")).expect("slides.pdf");
    let raw = String::from_utf8_lossy(&bytes);
    // Title, overview, map, the band's slide, then the 20 regions.
    assert_eq!(raw.matches("/Type/Page/").count(), 24);
    if let Ok(o) = std::process::Command::new("pdftotext")
        .args(["-f", "4", "-l", "4"])
        .arg(out.join("slides.pdf"))
        .arg("-")
        .output()
        && o.status.success()
    {
        let text = String::from_utf8_lossy(&o.stdout);
        assert!(text.contains("Probability of closing the shortfall by 2029"));
        assert!(text.contains("forecast error"));
    }
    // --risk belongs to the slides; --risk-demand to --risk.
    let usage = seatplan(&["report", NATIONAL, "--risk"]);
    assert_eq!(usage.status.code(), Some(2));
    let usage = run(&["--risk-demand"]);
    assert_eq!(usage.status.code(), Some(2));
}

/// In the window: with the band on, the map offers "Probability short", and
/// the presentation shows the band's slide after the map.
#[test]
fn the_window_shows_the_band_on_the_map_and_in_the_presentation() {
    use crate::harness::{app, click, shows_exactly};
    use seatplan::app::Pane;
    let mut h = app().lang(Lang::En).max_steps(30).build();
    h.state_mut().workspace.show(Pane::Map);
    h.run();
    assert!(h.query_by_label("Probability short").is_none());
    h.get_by_label("Delay risk band").click();
    h.step();
    h.state_mut().finish_risk();
    h.run();
    click(&mut h, "Probability short");
    h.get_by_role_and_label(
        Role::Image,
        "Probability of a shortfall in 2029, % of draws",
    );
    // The band off: the map falls back to seats short.
    h.get_by_label("Delay risk band").click();
    h.run();
    h.get_by_role_and_label(Role::Image, "Seats short, 2029");
    h.get_by_label("Delay risk band").click();
    h.step();
    h.state_mut().finish_risk();
    h.run();

    h.key_press(egui::Key::F5);
    h.run();
    for _ in 0..4 {
        h.key_press(egui::Key::ArrowLeft);
    }
    h.run();
    for _ in 0..3 {
        h.key_press(egui::Key::ArrowRight);
    }
    h.run();
    assert_eq!(h.state().view.presentation, Some(3));
    assert!(shows_exactly(
        &h,
        "Probability of closing the shortfall by 2029"
    ));
    let risk = h.state().current_risk().cloned().expect("the band");
    let s = h.state().doc.scenario().clone();
    for row in probability_rows(&s, &risk) {
        assert!(shows_exactly(&h, &row.name), "{}", row.name);
    }
}

/// At 1920×1080 in Kazakh with the band on, the chart pane stays inside the
/// window: every legend entry whole (it was cut: "…модельдеудің 10–90") and
/// no text past the right edge.
#[test]
fn the_band_legend_fits_a_full_hd_window_in_kazakh() {
    use egui_kittest::kittest::{By, NodeT};
    let mut h = crate::harness::app()
        .lang(Lang::Kk)
        .default_layout()
        .max_steps(30)
        .build();
    h.set_size(egui::vec2(1920.0, 1080.0));
    h.run();
    h.get_by_label("Кешігу тәуекелі").click();
    h.step();
    h.state_mut().finish_risk();
    h.run();
    let entry = h.get_by_label("Тапшылық, кешігулермен модельдеудің 10–90 %");
    assert!(entry.rect().right() <= 1920.0, "{:?}", entry.rect());
    for node in h.query_all(By::new().role(Role::Label)) {
        let r = node.rect();
        assert!(
            r.right() <= 1920.5,
            "{:?} at {r:?} runs past the window",
            node.accesskit_node().label()
        );
    }
}

/// `report --html --risk`: the web page carries the band too (DESIGN 4.5,
/// "risk of 4.3 when asked"): each chart's fan and every region's
/// probability of closing, as the slide ranks them; still one file.
#[test]
fn the_web_page_carries_the_band_when_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("web");
    let run = seatplan(&[
        "report",
        NATIONAL,
        "--out",
        out.to_str().expect("utf-8"),
        "--html",
        "--risk",
        "--risk-demand",
        "--lang",
        "en",
    ]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let page = std::fs::read_to_string(out.join("index.html")).expect("the page");
    assert!(page.contains("Probability of closing the shortfall by 2029"));
    assert!(page.contains("draws of the opening delays and the forecast error"));
    set_lang(Lang::En);
    let s = national();
    let risk = with_error(&s);
    let rows = probability_rows(&s, &risk);
    assert_eq!(
        page.matches("<tr class=\"probability\">").count(),
        rows.len()
    );
    for row in &rows {
        let cell = format!(
            "<tr class=\"probability\"><td>{}</td><td class=\"num\">{}</td></tr>",
            row.name,
            percent(row.p_closed)
        );
        assert!(page.contains(&cell), "{cell}");
    }
    // The country's chart and each region's: 21 fans.
    assert_eq!(page.matches("class=\"fan-median\"").count(), 21);
    // Without --risk: no band.
    let plain = dir.path().join("plain");
    let run = seatplan(&[
        "report",
        NATIONAL,
        "--out",
        plain.to_str().expect("utf-8"),
        "--html",
        "--lang",
        "en",
    ]);
    assert_eq!(run.status.code(), Some(0));
    let page = std::fs::read_to_string(plain.join("index.html")).expect("the page");
    assert!(!page.contains("fan-median"));
    assert!(!page.contains("class=\"probability\""));
}
