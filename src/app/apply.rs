//! Applying the commands the views and the keyboard sent.

use super::{Command, DialogKind, Edit, EditKey, NoticeLevel, SeatplanApp, Selection};
use crate::i18n::{Lang, tr, tr_args, tr_in};
use crate::model::{Assumptions, Scenario, School, SchoolStatus, Text};

impl SeatplanApp {
    // ---- edits -------------------------------------------------------------

    pub(super) fn add_school(&mut self) {
        let Some((region, district)) = self.place_for_new_school() else {
            return;
        };
        let s = self.doc.scenario();
        let id = unique_id(s, &format!("{region}-new"));
        let opens = self.school_year_now.clamp(s.base_year, s.horizon);
        let school = School {
            id,
            name: tr("new-school").into(),
            region,
            district,
            seats: 600,
            replaces: 0,
            opens,
            status: SchoolStatus::Planned,
            funding: None,
            source: None,
            replaces_existing: None,
        };
        let index = self.doc.scenario().schools.len();
        self.doc.edit(None, |s| s.schools.push(school));
        self.view.selected_school = Some(index);
        self.view.scroll_to_school = true;
    }

    /// Where a new school (planned or existing) goes: the region shown and,
    /// in a region planned by district, the district shown, else the first
    /// (such a school must name one). `None`, with a notice, when no region
    /// is selected.
    fn place_for_new_school(&mut self) -> Option<(String, Option<String>)> {
        let selection = self.selection();
        let Some(r) = selection.region() else {
            self.notify(NoticeLevel::Info, tr("select-region-first"));
            return None;
        };
        let region = self.doc.scenario().regions.get(r)?;
        let district = region.districts.as_ref().and_then(|ds| {
            let d = match selection {
                Selection::District(_, d) => d,
                _ => 0,
            };
            ds.get(d).map(|d| d.id.clone())
        });
        Some((region.id.clone(), district))
    }

    pub(super) fn duplicate_school(&mut self, index: usize) {
        let Some(original) = self.doc.scenario().schools.get(index) else {
            return;
        };
        let mut copy = original.clone();
        copy.id = unique_id(self.doc.scenario(), &original.id);
        copy.name = copy_name(&original.name);
        self.doc.edit(None, |s| s.schools.insert(index + 1, copy));
        self.view.selected_school = Some(index + 1);
        self.view.scroll_to_school = true;
    }

    pub(super) fn delete_school(&mut self, index: usize) {
        if index < self.doc.scenario().schools.len() {
            self.doc.edit(None, |s| {
                s.schools.remove(index);
            });
            self.view.selected_school = None;
        }
    }

    /// The Existing schools pane's commands.
    fn apply_existing(&mut self, command: Command) {
        match command {
            Command::AddExisting => self.add_existing(),
            Command::PasteExisting(text, year) => self.paste_existing(&text, year),
            Command::DuplicateExisting(i) => self.duplicate_existing(i),
            Command::DeleteExisting(i) => self.delete_existing(i),
            _ => {}
        }
    }

    /// A new existing school in the region or district shown: capacity 600,
    /// no pupils counted yet (validation asks for them).
    pub(super) fn add_existing(&mut self) {
        let Some((region, district)) = self.place_for_new_school() else {
            return;
        };
        let s = self.doc.scenario();
        let year = self.school_year_now.clamp(s.base_year, s.horizon);
        let school = crate::model::Existing {
            id: unique_id(s, &format!("{region}-existing")),
            name: tr("new-existing-school").into(),
            region,
            district,
            capacity: 600,
            pupils: [(year, 0)].into(),
            condition: None,
            source: None,
        };
        self.doc.edit(None, |s| s.existing.push(school));
    }

    /// Pasted rows read like an imported census table (headers recognised
    /// the same way); any problem: nothing is added and the first problem
    /// is shown, named by its cell of the pasted block.
    pub(super) fn paste_existing(&mut self, text: &str, year: i32) {
        let selection = self.selection();
        let Some(r) = selection.region() else {
            self.notify(NoticeLevel::Info, tr("select-region-first"));
            return;
        };
        let s = self.doc.scenario();
        let region = s.regions[r].id.clone();
        let wb = match crate::io::import::read_csv(text.as_bytes(), "paste") {
            Ok(wb) => wb,
            Err(e) => {
                self.notify(NoticeLevel::Error, e.message(crate::i18n::lang()));
                return;
            }
        };
        let Ok(plan) = crate::io::import::plan_existing(&wb, s, &region, Some(year), &[]) else {
            return;
        };
        if let Some(p) = plan.problems.iter().find(|p| p.is_error()) {
            let at = p.address();
            let text = p.text(crate::i18n::lang());
            let message = if at.is_empty() {
                text
            } else {
                format!("{at}: {text}")
            };
            self.notify(NoticeLevel::Error, message);
            return;
        }
        let mut schools = plan.schools;
        if let Selection::District(_, d) = selection
            && let Some(id) = s.regions[r].districts.as_ref().and_then(|ds| ds.get(d))
        {
            for school in schools.iter_mut().filter(|x| x.district.is_none()) {
                school.district = Some(id.id.clone());
            }
        }
        if !schools.is_empty() {
            self.doc.edit(None, |s| s.existing.extend(schools));
        }
    }

    pub(super) fn duplicate_existing(&mut self, index: usize) {
        let Some(original) = self.doc.scenario().existing.get(index) else {
            return;
        };
        let mut copy = original.clone();
        copy.id = unique_id(self.doc.scenario(), &original.id);
        copy.name = copy_name(&original.name);
        self.doc.edit(None, |s| s.existing.insert(index + 1, copy));
    }

    /// Removes an existing school; a planned school that replaced it keeps
    /// the id, which validation then reports.
    pub(super) fn delete_existing(&mut self, index: usize) {
        if index < self.doc.scenario().existing.len() {
            self.doc.edit(None, |s| {
                s.existing.remove(index);
            });
        }
    }

    pub(super) fn add_region(&mut self) {
        let s = self.doc.scenario();
        let n = s.regions.len() + 1;
        let mut id = format!("region-{n}");
        let mut k = n;
        while s.region_index(&id).is_some() {
            k += 1;
            id = format!("region-{k}");
        }
        let region = crate::model::Region {
            id,
            name: crate::model::LocalizedName {
                en: Some(tr_args("new-region", &[("n", k.to_string().into())])),
                ..Default::default()
            },
            kind: crate::model::RegionKind::Oblast,
            deficit: Some([(s.base_year, 0)].into_iter().collect()),
            demand: None,
            districts: None,
            illustrative: true,
            source: None,
            review: None,
        };
        self.doc.edit(None, |s| s.regions.push(region));
        self.view.selection = Some(Selection::Region(n - 1));
    }

    pub(super) fn apply_edit(&mut self, key: Option<EditKey>, edit: Edit) {
        self.edited = true;
        self.doc.edit(key, |s| match edit {
            Edit::School(i, school) => {
                if let Some(slot) = s.schools.get_mut(i) {
                    *slot = *school;
                }
            }
            Edit::Region(i, region) => {
                if let Some(slot) = s.regions.get_mut(i) {
                    *slot = *region;
                }
            }
            Edit::Existing(i, school) => {
                if let Some(slot) = s.existing.get_mut(i) {
                    *slot = *school;
                }
            }
            Edit::Note(i, note) => {
                if let Some(slot) = s.review.as_mut().and_then(|r| r.notes.get_mut(i)) {
                    *slot = *note;
                }
            }
            Edit::Header {
                name,
                base_year,
                horizon,
                seat_unit,
            } => {
                s.name.set(crate::i18n::lang().code(), name);
                s.base_year = base_year;
                s.horizon = horizon;
                s.seat_unit = seat_unit;
            }
            Edit::ForecastError {
                demand_error,
                deficit_error,
            } => {
                let mut a = s.assumptions.take().unwrap_or_default();
                a.demand_error = demand_error;
                a.deficit_error = deficit_error;
                // No empty block is written back when nothing is left in it.
                s.assumptions = (a != Assumptions::default()).then_some(a);
            }
        });
    }

    /// Applies the commands queued while drawing.
    pub fn apply_commands(&mut self) {
        let commands = std::mem::take(&mut self.commands);
        for c in commands {
            self.apply(c);
        }
    }

    // A flat dispatch, one arm per command: long by nature, and clearer so.
    #[allow(clippy::too_many_lines)]
    pub(super) fn apply(&mut self, command: Command) {
        match command {
            Command::Guarded(g) => self.run_guarded(g),
            Command::Save => {
                self.save();
            }
            Command::SaveAs => self.request_save_as(),
            Command::Undo => {
                self.doc.undo();
            }
            Command::Redo => {
                self.doc.redo();
            }
            Command::Edit(key, edit) => self.apply_edit(key, edit),
            Command::Seal => self.doc.seal(),
            Command::Select(sel) => {
                self.view.selection = Some(sel);
                self.view.selected_school = None;
                self.settings.last_region = sel
                    .region()
                    .and_then(|i| self.doc.scenario().regions.get(i))
                    .map(|r| r.id.clone());
            }
            Command::SelectSchool(i) => {
                let region = self
                    .doc
                    .scenario()
                    .schools
                    .get(i)
                    .and_then(|s| self.doc.scenario().region_index(&s.region));
                if let Some(r) = region
                    && self.selection() != Selection::Country
                {
                    self.view.selection = Some(self.school_selection(i, r));
                }
                self.view.selected_school = Some(i);
                self.view.scroll_to_school = true;
            }
            Command::AddSchool => self.add_school(),
            Command::DuplicateSchool(i) => self.duplicate_school(i),
            Command::DeleteSchool(i) => self.delete_school(i),
            Command::AddExisting
            | Command::PasteExisting(..)
            | Command::DuplicateExisting(_)
            | Command::DeleteExisting(_) => self.apply_existing(command),
            Command::AddRegion => self.add_region(),
            Command::SwitchDeficitSource(r) => self.switch_deficit_source(super::Unit::region(r)),
            Command::PasteDemand {
                region,
                table,
                start,
                text,
            } => self.paste_demand(super::Unit::region(region), table, start, &text),
            Command::Districts(c) => self.apply_district_command(c),
            Command::Review(c) => self.apply_review(c),
            Command::Prompt(answer) => self.answer_prompt(answer),
            Command::DismissLoadFailure => self.modals.close_load_failure(),
            Command::Welcome(choice) => self.answer_welcome(choice),
            Command::TogglePresentation => self.toggle_presentation(false),
            Command::PresentFromCurrent => self.toggle_presentation(true),
            Command::MoveSlide(by) => self.move_slide(by),
            Command::ExportChart { svg } => self.request_chart_export(svg),
            Command::ExportSlides => self.pending_dialog = Some(DialogKind::ExportSlides),
            Command::ExportWebPage => self.pending_dialog = Some(DialogKind::ExportWebPage),
            Command::ExportPdf => {
                self.pending_dialog = Some(DialogKind::ExportPdf {
                    suggested_name: "slides.pdf".to_owned(),
                });
            }
            Command::SetLightTheme(on) => self.settings.light_theme = on,
            Command::ShowPane(pane) => self.workspace.show(pane),
            Command::ClosePane(pane) => self.workspace.close(pane),
            Command::ResetLayout => self.workspace.reset(),
            Command::ShowAbout => self.modals.open(super::Modal::About),
            Command::CloseAbout => self.modals.close_about(),
            Command::SetWhatIf(w) => self.set_what_if(w),
            Command::ShowRisk(on) => self.analysis.show_risk = on,
            Command::IncludeForecastError(on) => self.analysis.forecast_error = on,
            Command::SetClosingSize(size) => {
                self.analysis.closing_size = size;
                self.analysis.invalidate();
            }
            Command::CompareWith => self.pending_dialog = Some(DialogKind::CompareWith),
            Command::Consolidate { folder } => {
                self.pending_dialog = Some(if folder {
                    DialogKind::ConsolidateFolder
                } else {
                    DialogKind::ConsolidateFiles
                });
            }
            Command::RefreshSources => self.refresh_consolidation(),
            Command::ImportSchools => self.pending_dialog = Some(DialogKind::ImportSheet),
            Command::Import(c) => self.apply_import(c),
            Command::Chooser(c) => self.apply_chooser(c),
            Command::ExportWorkbook { csv } => self.request_workbook_export(csv),
            Command::ClearComparison => self.clear_comparison(),
            Command::SetLanguage(lang) => {
                crate::i18n::set_lang(lang);
                self.settings.lang = Some(lang);
            }
            Command::DismissNotice(i) => {
                if i < self.notices.len() {
                    self.notices.remove(i);
                }
            }
            Command::Files(c) => self.apply_file_command(c),
        }
    }
}

/// `BASE-2`, `-3`, …: the first id no planned or existing school has (ids
/// are unique among both, docs/scenario-format.md, "Existing schools").
fn unique_id(s: &Scenario, base: &str) -> String {
    let taken: std::collections::HashSet<&str> = s
        .schools
        .iter()
        .map(|x| x.id.as_str())
        .chain(s.existing.iter().map(|x| x.id.as_str()))
        .collect();
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.contains(id.as_str()))
        .unwrap_or_else(|| base.to_owned())
}

impl SeatplanApp {
    /// Where school `i` of region `r` is listed: its district when a district
    /// is shown and the school is in one, else its region.
    fn school_selection(&self, i: usize, r: usize) -> Selection {
        let s = self.doc.scenario();
        let district = s.regions.get(r).and_then(|region| {
            let named = s.schools.get(i)?.district.as_deref()?;
            region
                .districts
                .as_ref()?
                .iter()
                .position(|d| d.id == named)
        });
        match (self.selection(), district) {
            (Selection::District(..), Some(d)) => Selection::District(r, d),
            _ => Selection::Region(r),
        }
    }
}

/// "Copy of …" in each language the name is given in, so a translated name
/// stays translated; a plain name is copied in the window's language.
fn copy_name(name: &Text) -> Text {
    let copy = |lang: Lang, n: &str| tr_in(lang, "copy-of", &[("name", n.into())]);
    match name {
        Text::Plain(n) => Text::Plain(copy(crate::i18n::lang(), n)),
        Text::Translated(_) => {
            name.map(|code, n| copy(Lang::from_code(code).unwrap_or(Lang::En), n))
        }
    }
}
