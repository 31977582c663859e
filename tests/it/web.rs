//! `seatplan report FILE --out DIR --html`: one self-contained web page
//! (docs/scenario-format.md, "A read-only web page"), read as text and
//! opened in a real browser (Chromium, headless).

use std::path::{Path, PathBuf};
use std::process::Command;

use seatplan::i18n::{Lang, num_in};
use seatplan::io::{digest, load_path, to_ron_string};
use seatplan::model::{About, Note, Review, Scenario, Sign, project};

use crate::common::{root, seatplan};

const NATIONAL: &str = "scenarios/kazakhstan-2023-2029.ron";

fn national() -> Scenario {
    load_path(&root().join(NATIONAL)).expect("loads").scenario
}

/// Writes the page of `file` in `lang` into a fresh folder.
fn page(file: &str, lang: &str) -> (tempfile::TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("web");
    let run = seatplan(&[
        "report",
        file,
        "--out",
        &out.to_string_lossy(),
        "--html",
        "--lang",
        lang,
    ]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let names: Vec<_> = std::fs::read_dir(&out)
        .expect("the folder")
        .map(|e| e.expect("an entry").file_name())
        .collect();
    assert_eq!(names, ["index.html"], "one file, nothing beside it");
    let path = out.join("index.html");
    let html = std::fs::read_to_string(&path).expect("the page");
    (dir, path, html)
}

/// Each region's name and its shortfall at the horizon as the page writes
/// them (grouped as `lang` groups numbers), from the projection.
fn regions_and_shortfalls(s: &Scenario, lang: Lang) -> Vec<(String, String)> {
    let p = project(s);
    s.regions
        .iter()
        .zip(&p.regions)
        .map(|(r, rp)| {
            let shortfall = rp.last().map_or(0, |row| row.shortfall);
            (r.name.get(lang.code()).to_string(), num_in(lang, shortfall))
        })
        .collect()
}

#[test]
fn the_page_references_nothing_outside_itself() {
    let (_dir, _path, html) = page(NATIONAL, "kk");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("http"), "no address, not even a namespace");
    assert!(!html.contains("src="), "no image or script from a file");
    assert!(!html.contains("<script"), "readable without script");
    assert!(!html.contains("<link"), "no style sheet from a file");
    for (i, _) in html.match_indices("url(") {
        assert!(
            html[i..].starts_with("url(data:"),
            "only data inside the page"
        );
    }
    for (i, _) in html.match_indices("href=\"") {
        assert!(html[i..].starts_with("href=\"#"), "links stay on the page");
    }
    assert!(html.contains("@font-face"), "the font is inside");
    assert!(html.contains("@media print"), "printable");
    eprintln!("the national page is {} KB", html.len().div_ceil(1024));
    assert!(html.len() < 3 * 1024 * 1024, "under 3 MB");
}

#[test]
fn every_region_has_its_name_shortfall_section_and_contents_entry() {
    let s = national();
    for lang in [Lang::Kk, Lang::En] {
        let (_dir, _path, html) = page(NATIONAL, lang.code());
        for (name, shortfall) in regions_and_shortfalls(&s, lang) {
            assert!(html.contains(&name), "{lang:?}: {name}");
            assert!(html.contains(&shortfall), "{lang:?}: {name}'s {shortfall}");
        }
        for r in &s.regions {
            let id = format!("id=\"region-{}\"", r.id);
            assert_eq!(html.matches(&id).count(), 1, "{id}");
            assert!(html.contains(&format!("href=\"#region-{}\"", r.id)));
        }
        // One chart per region, the national chart and the map.
        assert_eq!(html.matches("<svg").count(), s.regions.len() + 2);
    }
}

#[test]
fn the_page_shows_the_review_and_its_notes() {
    let mut s = national();
    let almaty = s.regions[1].id.clone();
    let school = s
        .schools
        .iter()
        .find(|x| x.region == almaty)
        .expect("a school in the second region")
        .id
        .clone();
    s.review = Some(Review {
        prepared: Some(Sign {
            by: "Planning department".into(),
            on: "2026-11-20".into(),
            digest: None,
        }),
        approved: Some(Sign {
            by: "Deputy akim".into(),
            on: "2026-11-25".into(),
            digest: Some(digest(&s)),
        }),
        notes: vec![Note {
            about: About::School(school),
            by: "Ministry".into(),
            on: "2026-11-26".into(),
            text: "Site <not> allocated".into(),
            resolved: false,
        }],
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("approved.ron");
    std::fs::write(&file, to_ron_string(&s)).expect("written");
    let (_d, _p, html) = page(&file.to_string_lossy(), "en");
    // Quotes are written as `&quot;`, as everywhere on the page.
    assert!(html.contains("Prepared by &quot;Planning department&quot; on 2026-11-20"));
    assert!(html.contains(
        "<span class=\"approved\">Approved by &quot;Deputy akim&quot; on 2026-11-25</span>"
    ));
    let section = html
        .split(&format!("id=\"region-{almaty}\""))
        .nth(1)
        .expect("the region's section");
    let section = section.split("</section>").next().unwrap_or_default();
    assert!(section.contains("Site &lt;not&gt; allocated — Ministry, 2026-11-26"));

    s.schools[0].seats += 1;
    std::fs::write(&file, to_ron_string(&s)).expect("written");
    let (_d, _p, html) = page(&file.to_string_lossy(), "en");
    assert!(html.contains(
        "<span class=\"changed\">Changed since approval (approved by &quot;Deputy akim&quot; \
         on 2026-11-25)</span>"
    ));
}

/// Chromium, headless; `None` (with the reason printed) when it is not
/// installed and CI is not set. Under CI it must run.
fn chromium(args: &[&str], page: &Path) -> Option<std::process::Output> {
    let url = format!("file://{}", page.display());
    let run = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
        ])
        .args(args)
        .arg(&url)
        .output();
    match run {
        Ok(out) => {
            assert!(out.status.success(), "chromium {args:?} failed");
            Some(out)
        }
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!("chromium is not installed ({e}): the browser checks are skipped");
            None
        }
        Err(e) => panic!("CI is set, so chromium must run: {e}"),
    }
}

#[test]
fn a_real_browser_shows_every_region_and_a_first_screen_that_is_not_blank() {
    let s = national();
    let (dir, path, _) = page(NATIONAL, "ru");
    let Some(dom) = chromium(&["--dump-dom"], &path) else {
        return;
    };
    let dom = String::from_utf8_lossy(&dom.stdout);
    for (name, shortfall) in regions_and_shortfalls(&s, Lang::Ru) {
        assert!(dom.contains(&name), "{name} in the rendered page");
        assert!(
            dom.contains(&shortfall),
            "{name}'s {shortfall} in the rendered page"
        );
    }

    let shot = dir.path().join("first-screen.png");
    let arg = format!("--screenshot={}", shot.display());
    chromium(&[&arg, "--window-size=1366,768"], &path).expect("chromium ran once already");
    let png = std::fs::read(&shot).expect("the screenshot");
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).expect("a PNG");
    let pixels = pixmap.pixels();
    let inked = pixels
        .iter()
        .filter(|p| p.red() < 200 || p.green() < 200 || p.blue() < 200)
        .count();
    // The title, the date and the contents fill well over 1% of the screen
    // with dark text; a blank or failed page is all white.
    assert!(
        inked * 100 > pixels.len(),
        "{inked} of {} pixels are not white",
        pixels.len()
    );
}

#[test]
fn a_consolidated_files_regions_show_their_own_review() {
    let mut s = national();
    let sign = |digest: String| Sign {
        by: "Deputy akim".into(),
        on: "2026-11-25".into(),
        digest: Some(digest),
    };
    let first = seatplan::io::review::region_digest(&s, 0);
    s.regions[0].review = Some(Review {
        approved: Some(sign(first)),
        ..Review::default()
    });
    s.regions[1].review = Some(Review {
        approved: Some(sign("sha256:00".into())),
        ..Review::default()
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("national.ron");
    std::fs::write(&file, to_ron_string(&s)).expect("written");
    let (_d, _p, html) = page(&file.to_string_lossy(), "en");
    let section = |i: usize| {
        let id = format!("id=\"region-{}\"", s.regions[i].id);
        let rest = html.split(&id).nth(1).expect("the section").to_owned();
        rest.split("</section>")
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    assert!(section(0).contains("<span class=\"approved\">Approved by &quot;Deputy akim&quot;"));
    assert!(section(1).contains("<span class=\"changed\">Changed since approval"));
    assert!(!section(2).contains("class=\"review\""));
}
