//! The read-only web page (`seatplan report FILE --out DIR --html`, File →
//! Export web page): one self-contained `index.html` a browser opens from a
//! USB stick or an e-mail attachment. Charts and the map are the same SVG as
//! the exported images, inline; the font is embedded; there is no script,
//! no network and no other file. The words are the slides' own: every
//! sentence comes from the functions and keys the slides use.

use crate::calendar::Day;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use base64::Engine as _;

use super::districts::districts_svg;
use super::map::map_svg;
use super::svg::{chart_svg, esc};
use super::{ExportError, selection_svg, status_key, write_file};
use crate::chart::{ChartData, target_figures};
use crate::deck::{has_map, has_stock, headline_figures, ranking, region_title, stands_in_for_map};
use crate::i18n::{Arg, lang, num, tr, tr_args};
use crate::map::{MapData, kazakhstan};
use crate::model::{
    About, Approval, Approvals, Projection, Review, Risk, Scenario, stock, stock_without_plan,
};

/// The regular DejaVu Sans the charts name; bold is drawn from it by the
/// browser, which keeps the page under half its size with both faces.
const FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

const STYLE: &str = r#"
body { font-family: "DejaVu Sans", sans-serif; color: #111; margin: 0 auto; max-width: 1200px; padding: 0 24px 48px; line-height: 1.4; }
h1 { font-size: 2em; margin: 32px 0 8px; }
h2 { font-size: 1.6em; margin: 40px 0 12px; border-bottom: 2px solid #ddd; }
h3 { font-size: 1.2em; margin: 24px 0 8px; }
nav ol { columns: 2; padding-left: 1.5em; }
svg { max-width: 100%; height: auto; display: block; margin: 8px 0; }
.figures { display: flex; flex-wrap: wrap; gap: 16px 48px; margin: 12px 0; }
.figure .caption { color: #555; }
.figure .value { font-size: 2em; font-weight: bold; color: #b84a00; }
.figure .value.reached { color: #1a7f37; }
.figure .detail { color: #444; }
.note { color: #b06a00; font-weight: bold; }
.review { color: #333; }
.review .changed { color: #c00000; font-weight: bold; }
.review .approved { color: #1a7f37; font-weight: bold; }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { border: 1px solid #ccc; padding: 3px 8px; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
th { background: #f2f2f2; text-align: left; }
@media print {
  nav { display: none; }
  section.region { break-before: page; }
  body { max-width: none; }
}
"#;

/// The whole page, in the current language (`i18n::set_lang`); `date` is
/// printed under the title.
/// With `risk`, every chart carries the band's fan and the national
/// section each region's probability of closing (DESIGN 4.5: "risk of 4.3
/// when asked").
pub fn html_page(
    s: &Scenario,
    p: &Projection,
    approvals: &Approvals,
    risk: Option<&Risk>,
    date: Day,
) -> String {
    let code = lang().code();
    let mut out = String::with_capacity(1_200_000 + 40_000 * s.regions.len());
    let name = s.name.get(code);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n@font-face {{ font-family: \"DejaVu Sans\"; \
         src: url(data:font/ttf;base64,{}) format(\"truetype\"); }}\n{STYLE}</style>\n\
         </head>\n<body>\n<header>\n<h1>{}</h1>\n",
        esc(name),
        base64::engine::general_purpose::STANDARD.encode(FONT),
        esc(name)
    );
    if let Some(d) = &s.description {
        let _ = writeln!(out, "<p>{}</p>", esc(d.get(code)));
    }
    let _ = writeln!(out, "<p>{}</p>", esc(&date.dmy()));
    if let Some(r) = &s.review {
        review_status(&mut out, r, approvals.plan);
        notes(&mut out, s_notes(r, &[About::Scenario]));
    }
    out.push_str("</header>\n");
    contents(&mut out, s);
    let now = date.school_year();
    national(&mut out, s, p, risk, now);
    map(&mut out, s, p);
    for i in 0..s.regions.len() {
        let approval = approvals.regions.get(i).copied().unwrap_or(Approval::None);
        region(&mut out, s, p, risk, (i, approval), now);
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// Writes [`html_page`] to `DIR/index.html`, creating DIR if needed;
/// returns the path and the page's size in bytes.
pub fn write_html(
    dir: &Path,
    s: &Scenario,
    p: &Projection,
    approvals: &Approvals,
    risk: Option<&Risk>,
    date: Day,
) -> Result<(PathBuf, usize), ExportError> {
    std::fs::create_dir_all(dir).map_err(|e| ExportError::write(dir, e))?;
    let page = html_page(s, p, approvals, risk, date);
    let path = dir.join("index.html");
    write_file(&path, page.as_bytes())?;
    Ok((path, page.len()))
}

/// An SVG document as an element of the page: no XML prolog, no namespace
/// (HTML puts `<svg>` in it), so the page names no address at all.
fn inline(svg: &str) -> String {
    let body = svg.find("<svg").and_then(|i| svg.get(i..)).unwrap_or(svg);
    body.replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1)
}

/// Prepared, approved or "changed since approval" (of the plan, or of a
/// region of a consolidated file).
fn review_status(out: &mut String, r: &Review, approval: Approval) {
    out.push_str("<p class=\"review\">");
    let sign_text = |key: &str, by: &str, on: &str| {
        tr_args(key, &[("by", Arg::from(by)), ("on", Arg::from(on))])
    };
    if let Some(sign) = &r.prepared {
        out.push_str(&esc(&sign_text("review-prepared", &sign.by, &sign.on)));
        out.push_str("<br>");
    }
    match (&r.approved, approval) {
        (Some(sign), Approval::Approved) => {
            let _ = write!(
                out,
                "<span class=\"approved\">{}</span>",
                esc(&sign_text("review-approved", &sign.by, &sign.on))
            );
        }
        (Some(sign), _) => {
            let _ = write!(
                out,
                "<span class=\"changed\">{}</span>",
                esc(&sign_text("review-changed", &sign.by, &sign.on))
            );
        }
        (None, _) => out.push_str(&esc(&tr("review-not-approved"))),
    }
    out.push_str("</p>\n");
}

fn s_notes<'a>(r: &'a Review, about: &[About]) -> Vec<&'a crate::model::Note> {
    r.notes
        .iter()
        .filter(|n| about.contains(&n.about))
        .collect()
}

fn notes(out: &mut String, list: Vec<&crate::model::Note>) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(out, "<h3>{}</h3>\n<ul>", esc(&tr("review-notes")));
    for n in list {
        let resolved = if n.resolved {
            format!(" ({})", tr("review-resolved"))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<li>{} — {}, {}{}</li>",
            esc(&n.text),
            esc(&n.by),
            esc(&n.on),
            esc(&resolved)
        );
    }
    out.push_str("</ul>\n");
}

fn anchor(s: &Scenario, i: usize) -> String {
    s.regions
        .get(i)
        .map_or_else(String::new, |r| format!("region-{}", esc(&r.id)))
}

fn contents(out: &mut String, s: &Scenario) {
    let _ = writeln!(
        out,
        "<nav>\n<h2>{}</h2>\n<ol>\n<li><a href=\"#national\">{}</a></li>",
        esc(&tr("html-contents")),
        esc(&tr("slide-overview"))
    );
    if let Some(title) = map_title(s) {
        let _ = writeln!(out, "<li><a href=\"#map\">{}</a></li>", esc(&title));
    }
    for i in 0..s.regions.len() {
        let _ = writeln!(
            out,
            "<li><a href=\"#{}\">{}</a></li>",
            anchor(s, i),
            esc(&region_title(s, i))
        );
    }
    out.push_str("</ol>\n</nav>\n");
}

/// The slides' three figures (caption and value) as a row.
fn figures(out: &mut String, figures: &[(String, String)]) {
    out.push_str("<div class=\"figures\">\n");
    for (caption, value) in figures {
        let _ = writeln!(
            out,
            "<div class=\"figure\"><div class=\"caption\">{}</div><div class=\"value\">{}</div></div>",
            esc(caption),
            esc(value)
        );
    }
    out.push_str("</div>\n");
}

fn national(out: &mut String, s: &Scenario, p: &Projection, risk: Option<&Risk>, now: i32) {
    let _ = writeln!(
        out,
        "<section id=\"national\">\n<h2>{}</h2>",
        esc(&tr("slide-overview"))
    );
    figures(out, &headline_figures(s, p, None, now));
    if s.regions.iter().any(|r| r.illustrative) {
        let _ = writeln!(
            out,
            "<p class=\"note\">* {}</p>",
            esc(&tr("slide-illustrative"))
        );
    }
    out.push_str(&inline(&selection_svg(s, p, None, risk)));
    if let Some(risk) = risk {
        probabilities(out, s, risk);
    }
    let _ = writeln!(
        out,
        "<table>\n<tr><th>{}</th><th>{}</th></tr>",
        esc(&tr("col-region")),
        esc(&tr_args(
            "headline-horizon",
            &[("year", Arg::from(s.horizon))]
        ))
    );
    for (i, shortfall) in ranking(p) {
        let star = if s.regions.get(i).is_some_and(|r| r.illustrative) {
            " *"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<tr><td><a href=\"#{}\">{}</a>{star}</td><td class=\"n\">{}</td></tr>",
            anchor(s, i),
            esc(&region_title(s, i)),
            esc(&num(shortfall))
        );
    }
    out.push_str("</table>\n</section>\n");
}

/// The map's heading, when the page has a map (or the district chart
/// standing in for it, as on the slides).
/// The risk band's probabilities, as the slide has them: each region's (or
/// district's) chance of closing by the horizon, least likely first.
fn probabilities(out: &mut String, s: &Scenario, risk: &Risk) {
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<p>{}</p>\n<table>\n<tr><th>{}</th><th>{}</th></tr>",
        esc(&tr_args(
            "slide-probability-title",
            &[("year", Arg::from(risk.horizon))]
        )),
        esc(&crate::deck::probability_subtitle(s, risk)),
        esc(&tr("col-region")),
        esc(&tr("html-probability"))
    );
    for row in crate::deck::probability_rows(s, risk) {
        let _ = writeln!(
            out,
            "<tr class=\"probability\"><td>{}</td><td class=\"num\">{}</td></tr>",
            esc(&row.name),
            esc(&crate::i18n::percent(row.p_closed))
        );
    }
    out.push_str("</table>\n");
}

fn map_title(s: &Scenario) -> Option<String> {
    let shown = stands_in_for_map(s).is_some() || has_map(s);
    shown.then(|| tr_args("map-title", &[("year", Arg::from(s.horizon))]))
}

fn map(out: &mut String, s: &Scenario, p: &Projection) {
    let Some(title) = map_title(s) else {
        return;
    };
    let svg = match stands_in_for_map(s) {
        Some(region) => districts_svg(s, p, region),
        None => match kazakhstan() {
            Ok(g) => map_svg(&MapData::new(g, s, p), s.name.get(lang().code())),
            Err(_) => return,
        },
    };
    let _ = writeln!(out, "<section id=\"map\">\n<h2>{}</h2>", esc(&title));
    out.push_str(&inline(&svg));
    out.push_str("</section>\n");
}

fn region(
    out: &mut String,
    s: &Scenario,
    p: &Projection,
    risk: Option<&Risk>,
    (i, approval): (usize, Approval),
    now: i32,
) {
    let _ = writeln!(
        out,
        "<section class=\"region\" id=\"{}\">\n<h2>{}</h2>",
        anchor(s, i),
        esc(&region_title(s, i))
    );
    if s.regions.get(i).is_some_and(|r| r.illustrative) {
        let _ = writeln!(
            out,
            "<p class=\"note\">{}</p>",
            esc(&tr("slide-illustrative"))
        );
    }
    // The review its regional file carried into a consolidated file.
    if let Some(r) = s.regions.get(i).and_then(|r| r.review.as_ref()) {
        review_status(out, r, approval);
        notes(out, r.notes.iter().collect());
    }
    figures(out, &headline_figures(s, p, Some(i), now));
    out.push_str(&inline(&selection_svg(s, p, Some(i), risk)));
    if has_stock(s, i) {
        targets(out, s, i);
    }
    if let (Some(review), Some(r)) = (&s.review, s.regions.get(i)) {
        let mut about = vec![About::Region(r.id.clone())];
        about.extend(
            s.schools
                .iter()
                .filter(|x| x.region == r.id)
                .map(|x| About::School(x.id.clone())),
        );
        about.extend(
            s.existing
                .iter()
                .filter(|x| x.region == r.id)
                .map(|x| About::Existing(x.id.clone())),
        );
        notes(out, s_notes(review, &about));
    }
    year_table(out, p, i);
    school_table(out, s, i);
    out.push_str("</section>\n");
}

fn targets(out: &mut String, s: &Scenario, i: usize) {
    let _ = writeln!(out, "<h3>{}</h3>", esc(&tr("targets-title")));
    let with = stock(s).rows_for(Some(i), None);
    let without = stock_without_plan(s).rows_for(Some(i), None);
    out.push_str("<div class=\"figures\">\n");
    for f in target_figures(s, &with, &without) {
        let class = if f.reached { "value reached" } else { "value" };
        let _ = writeln!(
            out,
            "<div class=\"figure\"><div class=\"caption\">{}</div><div class=\"{class}\">{}</div>\
             <div class=\"detail\">{}</div><div class=\"detail\">{}</div></div>",
            esc(&f.caption),
            esc(&f.zero),
            esc(&f.values),
            esc(&f.without)
        );
    }
    out.push_str("</div>\n");
    let data = ChartData::targets(tr("targets-title"), &with, &without);
    out.push_str(&inline(&chart_svg(&data, None, None)));
}

fn year_table(out: &mut String, p: &Projection, i: usize) {
    let Some(r) = p.regions.get(i) else {
        return;
    };
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<table>\n<tr>",
        esc(&tr("pane-year-table"))
    );
    for key in [
        "col-year",
        "col-deficit",
        "col-opened",
        "col-added",
        "col-shortfall",
    ] {
        let _ = write!(out, "<th>{}</th>", esc(&tr(key)));
    }
    out.push_str("</tr>\n");
    for row in &r.rows {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            row.year,
            esc(&num(row.deficit)),
            esc(&num(row.opened)),
            esc(&num(row.cumulative)),
            esc(&num(row.shortfall))
        );
    }
    out.push_str("</table>\n");
}

fn school_table(out: &mut String, s: &Scenario, i: usize) {
    let Some(region) = s.regions.get(i) else {
        return;
    };
    let schools: Vec<_> = s.schools.iter().filter(|x| x.region == region.id).collect();
    if schools.is_empty() {
        return;
    }
    let _ = writeln!(out, "<h3>{}</h3>\n<table>\n<tr>", esc(&tr("pane-schools")));
    for key in ["col-name", "col-seats", "col-opens", "col-status"] {
        let _ = write!(out, "<th>{}</th>", esc(&tr(key)));
    }
    out.push_str("</tr>\n");
    for x in schools {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"n\">{}</td><td>{}</td><td>{}</td></tr>",
            esc(x.name.get(lang().code())),
            esc(&num(i64::from(x.seats))),
            x.opens,
            esc(&tr(status_key(x.status)))
        );
    }
    out.push_str("</table>\n");
}
