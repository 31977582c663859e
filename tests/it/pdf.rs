//! `seatplan report FILE --out DIR --pdf`: the slides as one PDF, a 16:9
//! page per slide, text extractable in the chosen language, fonts embedded.

use std::path::Path;
use std::process::Command;

use crate::common::seatplan;

fn make_pdf(file: &str, lang: &str, dir: &Path) -> Vec<u8> {
    let out = seatplan(&[
        "report",
        file,
        "--out",
        dir.to_str().expect("utf-8 path"),
        "--lang",
        lang,
        "--pdf",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read(dir.join("slides.pdf")).expect("slides.pdf written")
}

/// Runs a poppler tool on the PDF (pdftotext writes to stdout with `-`);
/// `None` when it is not installed.
fn poppler(tool: &str, args: &[&str], pdf: &Path) -> Option<String> {
    let mut cmd = Command::new(tool);
    cmd.args(args).arg(pdf);
    if tool == "pdftotext" {
        cmd.arg("-");
    }
    let out = cmd.output();
    match out {
        Ok(o) if o.status.success() => Some(String::from_utf8_lossy(&o.stdout).into_owned()),
        Ok(o) => panic!("{tool} failed: {}", String::from_utf8_lossy(&o.stderr)),
        Err(_) => {
            eprintln!("{tool} (poppler-utils) is not installed: its checks are skipped");
            None
        }
    }
}

#[test]
fn national_slides_pdf_has_a_page_per_slide_in_kazakh_with_fonts_embedded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bytes = make_pdf("scenarios/kazakhstan-2023-2029.ron", "kk", dir.path());
    let pdf = dir.path().join("slides.pdf");
    assert!(bytes.starts_with(b"%PDF-"));
    // Title, overview, map, then the 20 regions: 23 pages of 1920×1080 pt.
    let raw = String::from_utf8_lossy(&bytes);
    assert_eq!(raw.matches("/Type/Page/").count(), 23);
    assert_eq!(raw.matches("/MediaBox[0 0 1920 1080]").count(), 23);
    // The DejaVu fonts travel inside the file (TrueType font programs).
    assert!(raw.matches("/FontFile2").count() >= 2, "fonts embedded");

    if let Some(text) = poppler("pdftotext", &["-layout"], &pdf) {
        let pages: Vec<&str> = text
            .split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .collect();
        assert_eq!(pages.len(), 23);
        // Page 2: the overview; page 3: the map; then regions in file order
        // (Astana, Almaty, Shymkent, Abai, …).
        assert!(
            pages[1].contains("Көкжиектегі орын тапшылығы"),
            "{}",
            pages[1]
        );
        assert!(pages[2].contains("2029 жылы орын тапшылығы, өңірлер бойынша"));
        assert!(pages[2].contains("Ақтөбе") && pages[2].contains("Шығыс Қазақстан"));
        assert!(pages[3].contains("Астана қаласы"));
        assert!(pages[5].contains("Шымкент қаласы"));
        // Shymkent, 2029: 67 113 − 28 000 = 39 113 (grouped with U+202F,
        // which pdftotext writes as a plain space).
        let shymkent = pages[5].replace('\u{202F}', " ");
        assert!(shymkent.contains("39 113"), "{shymkent}");
        assert!(pages[6].contains("Абай облысы"));
    }
    if let Some(fonts) = poppler("pdffonts", &[], &pdf) {
        for name in ["DejaVuSans ", "DejaVuSans-Bold "] {
            let line = fonts
                .lines()
                .find(|l| l.contains(name))
                .unwrap_or_else(|| panic!("{name} missing:\n{fonts}"));
            // emb, sub, uni: embedded as a subset with a Unicode map.
            assert!(line.contains("yes yes yes"), "{line}");
        }
    }
}

#[test]
fn one_city_gives_title_overview_districts_and_its_slide_in_russian() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bytes = make_pdf("scenarios/almaty-city.ron", "ru", dir.path());
    let raw = String::from_utf8_lossy(&bytes);
    // Title, overview, the districts in the map's place, the city.
    assert_eq!(raw.matches("/MediaBox[0 0 1920 1080]").count(), 4);
    let pdf = dir.path().join("slides.pdf");
    if let Some(text) = poppler("pdftotext", &[], &pdf) {
        let pages: Vec<&str> = text
            .split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .collect();
        assert_eq!(pages.len(), 4);
        // The title slide wraps the name; its words read in Russian.
        let title = pages[0].split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            title.contains("Город Алматы — школы по районам, 2023–2029"),
            "{title}"
        );
        assert!(text.contains("город Алматы"));
        assert!(
            !text.contains("Дефицит мест в 2029 году по регионам"),
            "no map"
        );
        // Alatau, 2029: 23 340 − 8 200 = 15 140 (`report --districts`), the
        // largest of the eight.
        let districts = pages[2].replace('\u{202F}', " ");
        assert!(districts.contains("Районы: дефицит мест в 2029 году"));
        assert!(districts.contains("Алатауский район"), "{districts}");
        assert!(districts.contains("15 140"), "{districts}");
    }
}

#[test]
fn astana_pdf_has_its_district_page_in_kazakh() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bytes = make_pdf("scenarios/astana.ron", "kk", dir.path());
    let raw = String::from_utf8_lossy(&bytes);
    assert_eq!(raw.matches("/Type/Page/").count(), 4);
    assert_eq!(raw.matches("/MediaBox[0 0 1920 1080]").count(), 4);
    let pdf = dir.path().join("slides.pdf");
    if let Some(text) = poppler("pdftotext", &["-layout"], &pdf) {
        let pages: Vec<&str> = text
            .split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .collect();
        assert_eq!(pages.len(), 4);
        let page = pages[2].replace('\u{202F}', " ");
        assert!(
            page.contains("Аудандар: 2029 жылы қалатын тапшылық"),
            "{page}"
        );
        assert!(!page.contains("өңірлер бойынша"), "not the country map");
        // Nura, 2029: 55 187 − 32 900 = 22 287 (`report --districts`);
        // Almaty district: 17 948 − 10 700 = 7 248.
        for line in ["Нұра ауданы", "22 287", "Алматы ауданы", "7 248"] {
            assert!(page.contains(line), "{line} missing:\n{page}");
        }
        let title = pages[0].split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(title.contains("Астана — аудандар бойынша мектептер, 2023–2029"));
    }
}

#[test]
fn pdf_needs_out() {
    let out = seatplan(&["report", "scenarios/almaty-city.ron", "--pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--out"));
}
