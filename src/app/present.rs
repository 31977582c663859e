//! Presentation mode and exporting charts and slides from the window.

use std::path::Path;

use egui::ViewportCommand;

use super::{DialogKind, NoticeLevel, SeatplanApp, Selection};
use crate::export;
use crate::i18n::tr_args;

impl SeatplanApp {
    /// The slide the current selection corresponds to.
    fn slide_for_selection(&self) -> usize {
        match self.selection() {
            Selection::Country => 1,
            Selection::Region(i) | Selection::District(i, _) => self
                .slides()
                .iter()
                .position(|&sl| sl == export::Slide::Region(i))
                .unwrap_or(1),
        }
    }

    /// The slides as shown and exported now: with the risk band's slide
    /// and fans while the band is on and computed.
    fn slides(&self) -> Vec<export::Slide> {
        export::slides(self.doc.scenario(), self.current_risk())
    }

    /// Enters presentation mode at the title slide, or at the current
    /// view's with `from_current`; leaves it when presenting.
    pub(super) fn toggle_presentation(&mut self, from_current: bool) {
        self.view.presentation = match self.view.presentation {
            Some(_) => None,
            None if from_current => Some(self.slide_for_selection()),
            None => Some(0),
        };
        self.fullscreen = Some(self.view.presentation.is_some());
    }

    pub(super) fn move_slide(&mut self, by: isize) {
        let count = self.slides().len();
        if let Some(n) = self.view.presentation {
            let next = n.saturating_add_signed(by).min(count.saturating_sub(1));
            self.view.presentation = Some(next);
        }
    }

    /// Sends the window into or out of full screen as presentation mode asks.
    pub(super) fn apply_fullscreen(&mut self, ctx: &egui::Context) {
        if let Some(on) = self.fullscreen.take() {
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(on));
        }
    }

    fn selected_region(&self) -> Option<usize> {
        self.selection().region()
    }

    /// The chart of what is selected, as SVG: a district's own, or a
    /// region's or the country's.
    fn selected_svg(&self) -> String {
        let risk = self.current_risk();
        let s = self.doc.scenario();
        let p = &self.derived.projection;
        match self.selection() {
            Selection::District(r, d) => export::district_svg(s, p, r, d)
                .unwrap_or_else(|| export::selection_svg(s, p, Some(r), risk)),
            sel => export::selection_svg(s, p, sel.region(), risk),
        }
    }

    pub(super) fn request_chart_export(&mut self, svg: bool) {
        let s = self.doc.scenario();
        let stem = match self.selection() {
            Selection::District(r, d) => export::district_file_name(s, r, d),
            _ => None,
        }
        .unwrap_or_else(|| export::chart_file_name(s, self.selected_region()));
        let stem = stem.trim_end_matches(".svg");
        let suggested_name = format!("{stem}.{}", if svg { "svg" } else { "png" });
        self.pending_dialog = Some(DialogKind::ExportChart {
            svg,
            suggested_name,
        });
    }

    pub(super) fn request_workbook_export(&mut self, csv: bool) {
        let stem = self.doc.path().and_then(|p| p.file_stem()).map_or_else(
            || "seatplan".to_owned(),
            |s| s.to_string_lossy().into_owned(),
        );
        let suggested_name = format!("{stem}.{}", if csv { "csv" } else { "xlsx" });
        self.pending_dialog = Some(DialogKind::ExportWorkbook {
            csv,
            suggested_name,
        });
    }

    /// Writes the chart or the slides the dialog asked for; tells the user
    /// where it went or why it failed.
    pub fn export_to(&mut self, kind: &DialogKind, path: &Path) {
        self.refresh();
        // Slides carry the band the window shows: wait for a running draw
        // rather than export without it.
        if self.analysis.show_risk {
            self.finish_risk();
        }
        let risk = self.current_risk();
        let s = self.doc.scenario();
        let p = &self.derived.projection;
        let result = match kind {
            DialogKind::ExportChart { svg: true, .. } => {
                let path = path.with_extension("svg");
                let svg = self.selected_svg();
                export::write_file(&path, svg.as_bytes()).map(|()| path)
            }
            DialogKind::ExportChart { svg: false, .. } => {
                let path = path.with_extension("png");
                let svg = self.selected_svg();
                // Twice the pixel density, so the chart stays sharp on a projector.
                export::write_png(&svg, 2.0, &path).map(|_| path)
            }
            DialogKind::ExportSlides => {
                export::export_slides(s, p, risk, path, self.today).map(|_| path.to_path_buf())
            }
            DialogKind::ExportWebPage => {
                let approvals = crate::io::review::approvals(s);
                export::write_html(path, s, p, &approvals, risk, self.today).map(|(page, _)| page)
            }
            DialogKind::ExportWorkbook { csv, .. } => {
                // The workbook's formulas count every school in its own
                // opening year: it holds the plan as written, whatever
                // what-if view the window shows.
                let plain;
                let p = if self.derived.what_if == crate::model::WhatIf::NONE {
                    p
                } else {
                    plain = crate::model::project(s);
                    &plain
                };
                let lang = crate::i18n::lang();
                if *csv {
                    let path = path.with_extension("csv");
                    export::write_excel_csv(&path, s, p, lang).map(|()| path)
                } else {
                    let path = path.with_extension("xlsx");
                    export::write_xlsx(&path, s, p, export::XlsxOptions::new(lang)).map(|()| path)
                }
            }
            DialogKind::ExportPdf { .. } => {
                let path = path.with_extension("pdf");
                export::slides_pdf(s, p, risk, self.today)
                    .and_then(|pdf| export::write_file(&path, &pdf))
                    .map(|()| path)
            }
            DialogKind::ImportSheet
            | DialogKind::Open
            | DialogKind::SaveAs { .. }
            | DialogKind::CompareWith
            | DialogKind::ConsolidateFiles
            | DialogKind::ConsolidateFolder => return,
        };
        match result {
            Ok(written) => self.notify(
                NoticeLevel::Info,
                tr_args(
                    "exported",
                    &[("path", written.display().to_string().into())],
                ),
            ),
            Err(e) => self.notify(
                NoticeLevel::Error,
                tr_args(
                    "export-failed",
                    &[
                        ("path", path.display().to_string().into()),
                        ("reason", e.message(crate::i18n::lang()).into()),
                    ],
                ),
            ),
        }
    }
}
