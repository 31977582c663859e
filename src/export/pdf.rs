//! Slides as a PDF for collegium handouts: each slide's SVG (the same one
//! the PNG export and the window use) drawn by krilla as a vector page, with
//! real, selectable text and the bundled DejaVu fonts embedded as subsets,
//! so Kazakh letters and ₸ print on any machine.
//!
//! krilla-svg reads usvg 0.47 trees while the app's resvg is 0.49: the SVG
//! text is parsed a second time with that version (`usvg_pdf`).

use crate::calendar::Day;
use std::sync::{Arc, OnceLock};

use krilla::Document;
use krilla::destination::XyzDestination;
use krilla::geom::{Point, Size};
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla_svg::{SurfaceExt, SvgSettings};

use super::slides::slide_svg;
use super::{ExportError, PdfError};
use crate::deck::{Slide, region_title, slides};
use crate::i18n::{Arg, lang, tr, tr_args};
use crate::model::{Projection, Risk, Scenario};

fn options() -> &'static usvg_pdf::Options<'static> {
    static OPTIONS: OnceLock<usvg_pdf::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut db = usvg_pdf::fontdb::Database::new();
        db.load_font_data(include_bytes!("../../assets/fonts/DejaVuSans.ttf").to_vec());
        db.load_font_data(include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf").to_vec());
        db.set_sans_serif_family("DejaVu Sans");
        usvg_pdf::Options {
            fontdb: Arc::new(db),
            font_family: "DejaVu Sans".to_owned(),
            ..usvg_pdf::Options::default()
        }
    })
}

/// One page per SVG, each page the SVG's own size in points (a 1920×1080
/// slide is a 16:9 page), with a bookmark per page (`titles`, same order).
pub fn svgs_to_pdf(
    svgs: &[String],
    titles: &[String],
    title: &str,
) -> Result<Vec<u8>, ExportError> {
    let mut doc = Document::new();
    let mut outline = Outline::new();
    for (n, svg) in svgs.iter().enumerate() {
        let tree =
            usvg_pdf::Tree::from_str(svg, options()).map_err(|e| ExportError::Render(e.into()))?;
        let (w, h) = (tree.size().width(), tree.size().height());
        let number = n + 1;
        let bad_size = || ExportError::Pdf(PdfError::NoSize { page: number });
        let settings = PageSettings::from_wh(w, h).ok_or_else(bad_size)?;
        let size = Size::from_wh(w, h).ok_or_else(bad_size)?;
        let mut page = doc.start_page_with(settings);
        let mut surface = page.surface();
        surface
            .draw_svg(&tree, size, SvgSettings::default())
            .ok_or(ExportError::Pdf(PdfError::NotDrawn { page: number }))?;
        surface.finish();
        page.finish();
        if let Some(t) = titles.get(n) {
            outline.push_child(OutlineNode::new(
                t.clone(),
                XyzDestination::new(n, Point::from_xy(0.0, 0.0)),
            ));
        }
    }
    doc.set_outline(outline);
    doc.set_metadata(
        Metadata::new()
            .title(title.to_owned())
            .language(lang().code().to_owned()),
    );
    doc.finish().map_err(|e| ExportError::Pdf(e.into()))
}

/// The bookmark of a slide.
fn slide_title(s: &Scenario, slide: Slide) -> String {
    match slide {
        Slide::Title => s.name.get(lang().code()).to_owned(),
        Slide::Overview => tr("slide-overview"),
        Slide::Map => tr_args("map-title", &[("year", Arg::from(s.horizon))]),
        Slide::Districts(_) => tr_args("slide-districts", &[("year", Arg::from(s.horizon))]),
        Slide::Probability => tr_args("slide-probability-title", &[("year", Arg::from(s.horizon))]),
        Slide::Region(i) => region_title(s, i),
        Slide::Targets(i) => format!("{} — {}", region_title(s, i), tr("targets-title")),
    }
}

/// Every slide of `slides(s)` as one 16:9 page (1920×1080 pt) of a PDF, in
/// the current language; `date` is printed on the title slide.
pub fn slides_pdf(
    s: &Scenario,
    p: &Projection,
    risk: Option<&Risk>,
    date: Day,
) -> Result<Vec<u8>, ExportError> {
    let all = slides(s, risk);
    let svgs: Vec<String> = (0..all.len())
        .map(|n| slide_svg(s, p, risk, &all, n, date))
        .collect();
    let titles: Vec<String> = all.iter().map(|&sl| slide_title(s, sl)).collect();
    svgs_to_pdf(&svgs, &titles, s.name.get(lang().code()))
}
