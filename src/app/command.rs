//! Everything the user can ask for. [`Command`] is what views send and the
//! app applies after drawing; [`UiCommand`] is the table of commands a user
//! reaches from the menu or the keyboard: its text, shortcuts and menu, in
//! one place, so the menu, the shortcut handler and the help never disagree.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use super::document::EditKey;
use super::files::FileCommand;
use super::welcome::WelcomeChoice;
use crate::i18n::Lang;
use crate::model::{Percent, Region, School, SeatUnit, WhatIf};

/// Which part of the country the views show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    Country,
    /// Index into `Scenario::regions`.
    Region(usize),
    /// A district of a region planned by district: the region's index and
    /// the district's index in its `districts`.
    District(usize, usize),
}

impl Selection {
    /// The region shown, or the region of the district shown.
    pub fn region(self) -> Option<usize> {
        match self {
            Selection::Country => None,
            Selection::Region(r) | Selection::District(r, _) => Some(r),
        }
    }
}

/// Actions that replace or close the document, so unsaved changes must be
/// settled first.
#[derive(Debug, Clone, PartialEq)]
pub enum Guarded {
    New,
    Open,
    OpenPath(PathBuf),
    /// Merge these files (or the scenario files of a folder) into a new document.
    Consolidate(Vec<PathBuf>),
    Quit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptAnswer {
    Save,
    Discard,
    Cancel,
}

/// A change to the document a view asks for; applied through
/// `Document::edit`, so it is undoable and bumps the revision.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Replace the school at this index.
    School(usize, Box<School>),
    /// Replace the region at this index.
    Region(usize, Box<Region>),
    /// Replace the existing school at this index.
    Existing(usize, Box<crate::model::Existing>),
    /// The scenario's own fields.
    Header {
        name: String,
        base_year: i32,
        horizon: i32,
        seat_unit: SeatUnit,
    },
    /// Replace note `usize` of the review (its text, as typed).
    Note(usize, Box<crate::model::Note>),
    /// `assumptions.demand_error` and `deficit_error` (None: the default);
    /// the rest of `assumptions` is kept.
    ForecastError {
        demand_error: Option<Vec<Percent>>,
        deficit_error: Option<Percent>,
    },
}

/// The review's commands (docs/scenario-format.md, "Review and sign-off"),
/// each one undoable step. Dates are today's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewCommand {
    /// Sign as the one who prepared the plan.
    Prepare {
        by: String,
    },
    /// Approve the plan as it is now: the signature carries its digest.
    Approve {
        by: String,
    },
    ClearApproval,
    AddNote {
        about: crate::model::About,
        by: String,
        text: String,
    },
    /// Mark note `index` resolved (or open again).
    Resolve {
        index: usize,
        resolved: bool,
    },
    DeleteNote(usize),
}

/// Everything the user can ask for; filled while drawing, applied after the
/// frame so state never changes in the middle of layout (edits excepted: see
/// [`Command::Edit`]).
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub enum Command {
    Guarded(Guarded),
    Save,
    SaveAs,
    Undo,
    Redo,
    /// Change the document. Applied between the side panels and the chart,
    /// so an edit shows in the frame it was made.
    Edit(Option<EditKey>, Edit),
    /// The edited cell lost focus: the next edit is a new undo step.
    Seal,
    Select(Selection),
    SelectSchool(usize),
    AddSchool,
    DuplicateSchool(usize),
    DeleteSchool(usize),
    /// An existing school in the area shown.
    AddExisting,
    /// Rows pasted from a spreadsheet, with their header row, as existing
    /// schools of the area shown; pupils without a year in the header are
    /// of this school year.
    PasteExisting(String, i32),
    DuplicateExisting(usize),
    DeleteExisting(usize),
    AddRegion,
    Prompt(PromptAnswer),
    DismissLoadFailure,
    DismissNotice(usize),
    SetLanguage(Lang),
    /// Enter presentation mode at the first slide (F5, as PowerPoint
    /// starts a show), or leave it.
    TogglePresentation,
    /// Enter presentation mode at the slide of what the window shows (the
    /// selected region's, or the overview), or leave it (Shift+F5).
    PresentFromCurrent,
    /// Move by this many slides (−1 back, +1 forward).
    MoveSlide(isize),
    ExportChart {
        svg: bool,
    },
    ExportSlides,
    /// Pick where to write the slides as one PDF (handouts).
    ExportPdf,
    /// Pick a folder for the web page, `index.html`.
    ExportWebPage,
    SetLightTheme(bool),
    /// Bring a pane to the front (back, if it was closed).
    ShowPane(super::Pane),
    /// Close a pane (View menu); the chart stays.
    ClosePane(super::Pane),
    /// View → Reset layout.
    ResetLayout,
    /// Help → About.
    ShowAbout,
    CloseAbout,
    SetWhatIf(WhatIf),
    ShowRisk(bool),
    /// Draw the forecast error with the delays (docs/scenario-format.md,
    /// "Demand error").
    IncludeForecastError(bool),
    SetClosingSize(u32),
    /// Pick a second scenario to compare with.
    CompareWith,
    ClearComparison,
    /// An answer to a file prompt (recovery, changes on disk): see `files.rs`.
    Files(FileCommand),
    /// Pick regional files (or a folder of them) to consolidate.
    Consolidate {
        folder: bool,
    },
    /// Read the consolidated document's files again.
    RefreshSources,
    /// Pick a spreadsheet of schools to import.
    ImportSchools,
    /// A choice in the import dialog, or its Import / Cancel.
    Import(super::ImportCommand),
    /// A choice in the window's own file chooser, or its OK / Cancel.
    Chooser(super::chooser::ChooserCommand),
    /// Write the projection as an Excel workbook, or as CSV for Excel.
    ExportWorkbook {
        csv: bool,
    },
    /// Switch a region between a typed deficit and a demand (one undo step).
    SwitchDeficitSource(usize),
    /// Fill a demand table of a region from text pasted from a spreadsheet:
    /// births or pupils from year `start` on, or the grades of `start`.
    PasteDemand {
        region: usize,
        table: super::DemandTable,
        start: i32,
        text: String,
    },
    /// The first-run choice (`welcome.rs`).
    Welcome(WelcomeChoice),
    /// Plan a region by district or as one region, or change a district's
    /// deficit source (`districts.rs`).
    Districts(super::DistrictCommand),
    /// Sign, clear a signature, add, resolve or delete a note (one undo step each).
    Review(ReviewCommand),
}

/// The commands a user reaches from the menu bar or the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UiCommand {
    New,
    Open,
    Save,
    SaveAs,
    CompareWith,
    ClearComparison,
    ConsolidateFiles,
    ConsolidateFolder,
    RefreshSources,
    ImportSchools,
    ExportPng,
    ExportSvg,
    ExportSlides,
    ExportWorkbook,
    ExportExcelCsv,
    ExportPdf,
    ExportWebPage,
    Quit,
    Undo,
    Redo,
    AddSchool,
    AddRegion,
    TogglePresentation,
    PresentFromCurrent,
    ResetLayout,
    About,
}

const fn cmd(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn cmd_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

const NEW: &[KeyboardShortcut] = &[cmd(Key::N)];
const OPEN: &[KeyboardShortcut] = &[cmd(Key::O)];
const SAVE: &[KeyboardShortcut] = &[cmd(Key::S)];
const SAVE_AS: &[KeyboardShortcut] = &[cmd_shift(Key::S)];
const QUIT: &[KeyboardShortcut] = &[cmd(Key::Q)];
const UNDO: &[KeyboardShortcut] = &[cmd(Key::Z)];
const REDO: &[KeyboardShortcut] = &[cmd_shift(Key::Z), cmd(Key::Y)];
const PRESENT: &[KeyboardShortcut] = &[KeyboardShortcut::new(Modifiers::NONE, Key::F5)];
const PRESENT_CURRENT: &[KeyboardShortcut] = &[KeyboardShortcut::new(Modifiers::SHIFT, Key::F5)];

impl UiCommand {
    pub const ALL: [UiCommand; 26] = [
        UiCommand::New,
        UiCommand::Open,
        UiCommand::Save,
        UiCommand::SaveAs,
        UiCommand::CompareWith,
        UiCommand::ClearComparison,
        UiCommand::ConsolidateFiles,
        UiCommand::ConsolidateFolder,
        UiCommand::RefreshSources,
        UiCommand::ImportSchools,
        UiCommand::ExportPng,
        UiCommand::ExportSvg,
        UiCommand::ExportSlides,
        UiCommand::ExportWorkbook,
        UiCommand::ExportExcelCsv,
        UiCommand::ExportPdf,
        UiCommand::ExportWebPage,
        UiCommand::Quit,
        UiCommand::Undo,
        UiCommand::Redo,
        UiCommand::AddSchool,
        UiCommand::AddRegion,
        UiCommand::TogglePresentation,
        UiCommand::PresentFromCurrent,
        UiCommand::ResetLayout,
        UiCommand::About,
    ];

    /// The translation key of the menu text.
    pub fn text_key(self) -> &'static str {
        match self {
            UiCommand::New => "menu-new",
            UiCommand::Open => "menu-open",
            UiCommand::Save => "menu-save",
            UiCommand::SaveAs => "menu-save-as",
            UiCommand::CompareWith => "menu-compare",
            UiCommand::ClearComparison => "menu-compare-clear",
            UiCommand::ConsolidateFiles => "menu-consolidate-files",
            UiCommand::ConsolidateFolder => "menu-consolidate-folder",
            UiCommand::RefreshSources => "menu-refresh-sources",
            UiCommand::ImportSchools => "menu-import-schools",
            UiCommand::ExportWorkbook => "menu-export-xlsx",
            UiCommand::ExportExcelCsv => "menu-export-excel-csv",
            UiCommand::ExportPng => "menu-export-png",
            UiCommand::ExportSvg => "menu-export-svg",
            UiCommand::ExportSlides => "menu-export-slides",
            UiCommand::ExportPdf => "menu-export-pdf",
            UiCommand::ExportWebPage => "menu-export-web",
            UiCommand::Quit => "menu-quit",
            UiCommand::Undo => "menu-undo",
            UiCommand::Redo => "menu-redo",
            UiCommand::AddSchool => "menu-add-school",
            UiCommand::AddRegion => "menu-add-region",
            UiCommand::TogglePresentation => "menu-presentation",
            UiCommand::PresentFromCurrent => "menu-presentation-current",
            UiCommand::ResetLayout => "menu-reset-layout",
            UiCommand::About => "menu-about",
        }
    }

    /// Every key that runs the command; the first is the one menus show.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        match self {
            UiCommand::New => NEW,
            UiCommand::Open => OPEN,
            UiCommand::Save => SAVE,
            UiCommand::SaveAs => SAVE_AS,
            UiCommand::Quit => QUIT,
            UiCommand::Undo => UNDO,
            UiCommand::Redo => REDO,
            UiCommand::TogglePresentation => PRESENT,
            UiCommand::PresentFromCurrent => PRESENT_CURRENT,
            UiCommand::CompareWith
            | UiCommand::ClearComparison
            | UiCommand::ConsolidateFiles
            | UiCommand::ConsolidateFolder
            | UiCommand::RefreshSources
            | UiCommand::ImportSchools
            | UiCommand::ExportWorkbook
            | UiCommand::ExportExcelCsv
            | UiCommand::ExportPng
            | UiCommand::ExportSvg
            | UiCommand::ExportSlides
            | UiCommand::ExportPdf
            | UiCommand::ExportWebPage
            | UiCommand::AddSchool
            | UiCommand::AddRegion
            | UiCommand::ResetLayout
            | UiCommand::About => &[],
        }
    }

    pub fn command(self) -> Command {
        match self {
            UiCommand::New => Command::Guarded(Guarded::New),
            UiCommand::Open => Command::Guarded(Guarded::Open),
            UiCommand::Save => Command::Save,
            UiCommand::SaveAs => Command::SaveAs,
            UiCommand::CompareWith => Command::CompareWith,
            UiCommand::ClearComparison => Command::ClearComparison,
            UiCommand::ConsolidateFiles => Command::Consolidate { folder: false },
            UiCommand::ConsolidateFolder => Command::Consolidate { folder: true },
            UiCommand::RefreshSources => Command::RefreshSources,
            UiCommand::ImportSchools => Command::ImportSchools,
            UiCommand::ExportWorkbook => Command::ExportWorkbook { csv: false },
            UiCommand::ExportExcelCsv => Command::ExportWorkbook { csv: true },
            UiCommand::ExportPng => Command::ExportChart { svg: false },
            UiCommand::ExportSvg => Command::ExportChart { svg: true },
            UiCommand::ExportSlides => Command::ExportSlides,
            UiCommand::ExportPdf => Command::ExportPdf,
            UiCommand::ExportWebPage => Command::ExportWebPage,
            UiCommand::Quit => Command::Guarded(Guarded::Quit),
            UiCommand::Undo => Command::Undo,
            UiCommand::Redo => Command::Redo,
            UiCommand::AddSchool => Command::AddSchool,
            UiCommand::AddRegion => Command::AddRegion,
            UiCommand::TogglePresentation => Command::TogglePresentation,
            UiCommand::PresentFromCurrent => Command::PresentFromCurrent,
            UiCommand::ResetLayout => Command::ResetLayout,
            UiCommand::About => Command::ShowAbout,
        }
    }

    /// The shortcut text shown in menus, e.g. "Ctrl+S"; empty without one.
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcuts()
            .first()
            .map(|k| ctx.format_shortcut(k))
            .unwrap_or_default()
    }

    /// Every shortcut with its command, in the order they must be consumed:
    /// egui matches Ctrl+Z also when Shift is held, so shortcuts with more
    /// modifiers go first (Ctrl+Shift+Z is Redo, not Undo).
    pub fn shortcut_table() -> Vec<(KeyboardShortcut, UiCommand)> {
        let mut table: Vec<(KeyboardShortcut, UiCommand)> = Self::ALL
            .iter()
            .flat_map(|&c| c.shortcuts().iter().map(move |&k| (k, c)))
            .collect();
        table.sort_by_key(|(k, _)| std::cmp::Reverse(modifier_count(k.modifiers)));
        table
    }
}

fn modifier_count(m: Modifiers) -> u8 {
    u8::from(m.alt) + u8::from(m.ctrl) + u8::from(m.shift) + u8::from(m.mac_cmd || m.command)
}

/// Keys that move between slides while presenting (Esc leaves). They mean
/// nothing outside presentation mode, so they are not [`UiCommand`]s.
pub const SLIDE_KEYS: [(Key, isize); 9] = [
    (Key::ArrowRight, 1),
    (Key::ArrowDown, 1),
    (Key::PageDown, 1),
    (Key::Space, 1),
    (Key::ArrowLeft, -1),
    (Key::ArrowUp, -1),
    (Key::PageUp, -1),
    (Key::Home, -10_000),
    (Key::End, 10_000),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let table = UiCommand::shortcut_table();
        for (i, (a, ca)) in table.iter().enumerate() {
            for (b, cb) in &table[i + 1..] {
                assert!(a != b, "{ca:?} and {cb:?} both use {a:?}");
            }
            // No slide key may be a command's shortcut (both are unmodified keys).
            assert!(
                !SLIDE_KEYS
                    .iter()
                    .any(|&(k, _)| a.modifiers == Modifiers::NONE && a.logical_key == k),
                "{ca:?} uses a slide key"
            );
            assert!(a.logical_key != Key::Escape, "Esc leaves presentation mode");
        }
        // Ten today: Ctrl+N, O, S, Shift+S, Q, Z, Shift+Z, Y, F5 and Shift+F5.
        assert_eq!(table.len(), 10);
    }

    #[test]
    fn shift_variants_are_consumed_before_the_plain_ones() {
        let table = UiCommand::shortcut_table();
        let at = |k: KeyboardShortcut| table.iter().position(|(x, _)| *x == k);
        assert!(at(cmd_shift(Key::Z)) < at(cmd(Key::Z)));
        assert!(at(cmd_shift(Key::S)) < at(cmd(Key::S)));
        // F5 alone also matches while Shift is held.
        let f5 = |m| KeyboardShortcut::new(m, Key::F5);
        assert!(at(f5(Modifiers::SHIFT)) < at(f5(Modifiers::NONE)));
        assert_eq!(table[at(cmd_shift(Key::Z)).unwrap_or(0)].1, UiCommand::Redo);
    }

    #[test]
    fn every_command_text_is_translated() {
        for lang in Lang::ALL {
            for c in UiCommand::ALL {
                // A missing key comes back as the key itself.
                let text = crate::i18n::tr_in(lang, c.text_key(), &[]);
                assert_ne!(text, c.text_key(), "{c:?} has no text in {lang:?}");
            }
        }
    }
}
