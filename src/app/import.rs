//! File → Import schools…: a spreadsheet's school list, previewed before it
//! joins the document. The dialog shows what `seatplan import` would do
//! (header row, column mapping, problems at their cells) and lets the
//! planner pick the sheet, the region and the column of each field; Import
//! adds the schools as one undo step. With "existing schools" ticked the
//! sheet is read as a census table of schools in use instead
//! (docs/scenario-format.md, "Existing schools"), its columns found by
//! their headers, each column's field changeable in a drop-down.

use std::path::{Path, PathBuf};

use super::{Modal, NoticeLevel, SeatplanApp, Selection};
use crate::i18n::{Arg, num, tr, tr_args};
use crate::io::import::{
    self, Field, ImportOptions, MapTarget, Series, SeriesImport, SheetImport, StockColumn,
    StockImport, Workbook,
};
use crate::model::Scenario;

/// The import dialog (runtime state, never saved).
#[derive(Debug, Clone)]
pub struct ImportDialog {
    pub path: PathBuf,
    pub workbook: Workbook,
    /// The region (id) the schools go to.
    pub region: String,
    /// The planner's column choices, over what the headers say.
    pub overrides: Vec<(Field, MapTarget)>,
    /// Import the rows without errors, leaving the others out.
    pub skip_bad: bool,
    /// What Import would do now.
    pub plan: SheetImport,
    /// Read the sheet as existing schools (a census table).
    pub existing: bool,
    /// What Import would do now in that case.
    pub stock_plan: StockImport,
    /// The planner's column choices for a census table.
    pub stock_overrides: Vec<(StockColumn, MapTarget)>,
    /// Read the sheet as a region-by-year table (the statistics bureau's
    /// layout) instead of a list of schools.
    pub by_year: bool,
    /// The series such a table gives.
    pub series: Series,
    /// The section to read (part of its heading); empty: the only one.
    pub section: String,
    /// What Import would do now in that case.
    pub series_plan: Option<SeriesImport>,
    /// Read the table's rows as districts of this region (id).
    pub district_of: Option<String>,
}

impl ImportDialog {
    /// A dialog on the sheet just read, for the region with id `region`.
    pub fn new(path: PathBuf, workbook: Workbook, region: String) -> Self {
        ImportDialog {
            path,
            workbook,
            region,
            overrides: Vec::new(),
            skip_bad: false,
            plan: SheetImport::default(),
            existing: false,
            stock_plan: StockImport::default(),
            stock_overrides: Vec::new(),
            by_year: false,
            series: Series::Pupils,
            section: String::new(),
            series_plan: None,
            district_of: None,
        }
    }

    /// The file's name, as the dialog shows it.
    pub fn file_name(&self) -> String {
        self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// Import would add schools now.
    pub fn can_import(&self) -> bool {
        if self.by_year {
            return self
                .series_plan
                .as_ref()
                .is_some_and(|p| !p.has_errors() && p.value_count() > 0);
        }
        if self.existing {
            let p = &self.stock_plan;
            return !p.has_sheet_errors()
                && (self.skip_bad || !p.has_errors())
                && !p.schools.is_empty();
        }
        !self.plan.has_sheet_errors()
            && (self.skip_bad || !self.plan.has_errors())
            && self.plan.good_schools().next().is_some()
    }

    pub(super) fn replan(&mut self, scenario: &Scenario) {
        let options = ImportOptions {
            region: self.region.clone(),
            overrides: self.overrides.clone(),
        };
        // The region comes from the document's own list, so it exists; a
        // document changed under the dialog shows an empty plan instead.
        self.plan = import::plan(&self.workbook, scenario, &options).unwrap_or_default();
        self.series_plan = None;
        if self.by_year {
            self.replan_series(scenario);
        }
        if self.existing {
            self.stock_plan = import::plan_existing(
                &self.workbook,
                scenario,
                &self.region,
                None,
                &self.stock_overrides,
            )
            .unwrap_or_default();
        }
    }

    /// The planner's field for a census table's column: the field moves to
    /// it from wherever it was. "Not imported" leaves out what the column
    /// holds now, and then what its header gives once that choice is gone.
    fn map_stock_column(&mut self, scenario: &Scenario, col: usize, field: Option<StockColumn>) {
        self.stock_overrides
            .retain(|(_, t)| *t != MapTarget::Column(col));
        if let Some(field) = field {
            self.stock_overrides.retain(|(f, _)| *f != field);
            self.stock_overrides.push((field, MapTarget::Column(col)));
            return;
        }
        // A column holds one field, so each round leaves one out; the
        // header can give back at most one more.
        for _ in 0..3 {
            self.replan(scenario);
            let Some(held) = self.stock_plan.field_of(col) else {
                return;
            };
            self.stock_overrides.retain(|(f, _)| *f != held);
            self.stock_overrides.push((held, MapTarget::Ignore));
        }
    }
}

/// What the import dialog asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportCommand {
    Sheet(String),
    Region(String),
    /// A field's column (0-based), or none.
    Map(Field, Option<usize>),
    SkipBad(bool),
    /// Read the sheet as existing schools, or as planned ones.
    Existing(bool),
    /// A census table's column (0-based) holds this field, or is not
    /// imported.
    StockMap(usize, Option<StockColumn>),
    /// Read the sheet as a region-by-year table, or as schools.
    ByYear(bool),
    /// The series a region-by-year table gives.
    Series(Series),
    /// The section of a region-by-year table to read.
    Section(String),
    /// Read the table's rows as districts of this region, or as regions.
    DistrictOf(Option<String>),
    Confirm,
    Cancel,
    /// Stop reading the sheet (the reading modal's Cancel).
    CancelRead,
}

impl SeatplanApp {
    /// Reads the spreadsheet the dialog picked and opens the import dialog
    /// on its first sheet, for the selected region (else the first).
    pub(super) fn open_import(&mut self, path: &Path) {
        let s = self.doc.scenario();
        let region = match self.selection() {
            Selection::Region(i) | Selection::District(i, _) => s.regions.get(i),
            Selection::Country => s.regions.first(),
        };
        let Some(region) = region.map(|r| r.id.clone()) else {
            self.notify(NoticeLevel::Error, tr("import-need-region"));
            return;
        };
        self.start_read(
            path.to_path_buf(),
            None,
            super::import_read::ReadThen::Open(region),
        );
    }

    pub(super) fn apply_import(&mut self, command: ImportCommand) {
        if command == ImportCommand::Cancel {
            self.modals.take_import();
            return;
        }
        if command == ImportCommand::CancelRead {
            self.cancel_read();
            return;
        }
        if command == ImportCommand::Confirm {
            self.confirm_import();
            return;
        }
        let Some(mut dialog) = self.modals.take_import() else {
            return;
        };
        match command {
            ImportCommand::Sheet(sheet) => {
                let path = dialog.path.clone();
                self.start_read(
                    path,
                    Some(sheet),
                    super::import_read::ReadThen::Sheet(dialog),
                );
                return;
            }
            ImportCommand::Region(region) => dialog.region = region,
            ImportCommand::Map(field, column) => {
                dialog.overrides.retain(|(f, _)| *f != field);
                let target = column.map_or(MapTarget::Ignore, MapTarget::Column);
                dialog.overrides.push((field, target));
            }
            ImportCommand::SkipBad(on) => dialog.skip_bad = on,
            ImportCommand::Existing(on) => dialog.existing = on,
            ImportCommand::ByYear(on) => dialog.by_year = on,
            ImportCommand::Series(series) => dialog.series = series,
            ImportCommand::Section(text) => dialog.section = text,
            ImportCommand::DistrictOf(region) => dialog.district_of = region,
            ImportCommand::StockMap(col, field) => {
                dialog.map_stock_column(self.doc.scenario(), col, field);
            }
            ImportCommand::Confirm | ImportCommand::Cancel | ImportCommand::CancelRead => {}
        }
        dialog.replan(self.doc.scenario());
        self.modals.open(Modal::Import(dialog));
    }

    /// Adds the dialog's good schools to the document as one undo step.
    fn confirm_import(&mut self) {
        let Some(mut dialog) = self.modals.take_import() else {
            return;
        };
        // Worked out again against the document as it is now, so ids stay
        // unique even if it changed while the dialog was up.
        dialog.replan(self.doc.scenario());
        if dialog.by_year {
            self.confirm_series(dialog);
            return;
        }
        if dialog.existing {
            self.confirm_existing(dialog);
            return;
        }
        let mut scenario = self.doc.scenario().clone();
        let Some(applied) = import::apply(&mut scenario, &dialog.plan, dialog.skip_bad) else {
            self.modals.open(Modal::Import(dialog));
            return;
        };
        if applied.imported == 0 {
            self.modals.open(Modal::Import(dialog));
            return;
        }
        let added: Vec<_> = dialog.plan.good_schools().cloned().collect();
        let first = self.doc.scenario().schools.len();
        self.doc.edit(None, |s| s.schools.extend(added));
        if let Some(r) = self.doc.scenario().region_index(&dialog.region) {
            self.view.selection = Some(Selection::Region(r));
        }
        self.view.selected_school = Some(first);
        self.view.scroll_to_school = true;
        let n = applied.imported as i64;
        self.notify(
            NoticeLevel::Info,
            tr_args(
                "imported-schools",
                &[
                    ("count", Arg::Count(n)),
                    ("n", num(n).into()),
                    ("file", dialog.file_name().into()),
                ],
            ),
        );
    }
}

impl SeatplanApp {
    /// Adds the census table's good rows to the stock as one undo step.
    fn confirm_existing(&mut self, dialog: Box<ImportDialog>) {
        let mut scenario = self.doc.scenario().clone();
        let Some(n) = import::apply_existing(&mut scenario, &dialog.stock_plan, dialog.skip_bad)
        else {
            self.modals.open(Modal::Import(dialog));
            return;
        };
        if n == 0 {
            self.modals.open(Modal::Import(dialog));
            return;
        }
        let added = dialog.stock_plan.schools.clone();
        self.doc.edit(None, |s| s.existing.extend(added));
        if let Some(r) = self.doc.scenario().region_index(&dialog.region) {
            self.view.selection = Some(Selection::Region(r));
        }
        let n = n as i64;
        self.notify(
            NoticeLevel::Info,
            tr_args(
                "imported-existing",
                &[
                    ("count", Arg::Count(n)),
                    ("n", num(n).into()),
                    ("file", dialog.file_name().into()),
                ],
            ),
        );
    }
}
