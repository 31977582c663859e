//! The import dialog's "table by year" mode: a region-by-year table from
//! the statistics bureau previewed (regions matched, years, rows not
//! matched) and written into the regions' demand or deficit maps as one
//! undo step (docs/statistics-tables.md).

use super::{ImportDialog, Modal, NoticeLevel, SeatplanApp, Selection};
use crate::i18n::{Arg, num, tr, tr_args};
use crate::io::import::{self, SeriesOptions};
use crate::model::{Scenario, has_errors, validate};

impl ImportDialog {
    pub(super) fn replan_series(&mut self, scenario: &Scenario) {
        let section = self.section.trim();
        let options = SeriesOptions {
            series: self.series,
            section: (!section.is_empty()).then(|| section.to_owned()),
            district_of: self.district_of.clone(),
        };
        // The region comes from the document's own list; one gone under
        // the dialog leaves an empty preview.
        self.series_plan = import::plan_series(&self.workbook, scenario, &options).ok();
    }
}

impl SeatplanApp {
    /// Writes the table's values into the document as one undo step; a
    /// result that would break a rule of the file (a gap in observed
    /// years) is refused with a notice and the dialog stays open.
    pub(super) fn confirm_series(&mut self, dialog: Box<ImportDialog>) {
        let Some(plan) = dialog.series_plan.as_ref() else {
            self.modals.open(Modal::Import(dialog));
            return;
        };
        let mut scenario = self.doc.scenario().clone();
        let Some(count) = import::apply_series(&mut scenario, plan) else {
            self.modals.open(Modal::Import(dialog));
            return;
        };
        if count == 0 {
            self.modals.open(Modal::Import(dialog));
            return;
        }
        if has_errors(&validate(&scenario)) {
            self.notify(NoticeLevel::Error, tr("import-series-breaks-rules"));
            self.modals.open(Modal::Import(dialog));
            return;
        }
        let first = match &plan.district_of {
            Some(region) => Some(region.clone()),
            None => plan.rows.first().map(|r| r.id.clone()),
        };
        let regions = plan.rows.len() as i64;
        self.doc.edit(None, |s| *s = scenario);
        if let Some(r) = first.and_then(|id| self.doc.scenario().region_index(&id)) {
            self.view.selection = Some(Selection::Region(r));
        }
        let n = count as i64;
        self.notify(
            NoticeLevel::Info,
            tr_args(
                "imported-series",
                &[
                    ("count", Arg::Count(n)),
                    ("n", num(n).into()),
                    ("regions", num(regions).into()),
                    ("file", dialog.file_name().into()),
                ],
            ),
        );
    }
}
