//! What a view gets each frame: a narrow, read-only look at the app (the
//! document, its derived results, the selection, the settings) and a sink
//! for [`Command`]s. Views change nothing else.

use std::cell::RefCell;

use super::analysis::Analysis;
use super::derived::Derived;
use super::{Command, Modals, Notice, Selection, Settings};
use crate::model::{Risk, Scenario};

/// Collects the commands views send while drawing.
#[derive(Default)]
pub struct CommandSender(RefCell<Vec<Command>>);

impl CommandSender {
    pub fn send(&self, command: Command) {
        self.0.borrow_mut().push(command);
    }

    /// Everything sent so far, in order.
    pub fn take(&self) -> Vec<Command> {
        std::mem::take(&mut *self.0.borrow_mut())
    }

    /// The edits sent so far (cell edits, undo seals and pastes into a
    /// demand table), in order; the other commands stay queued.
    pub fn take_edits(&self) -> Vec<Command> {
        let mut all = self.0.borrow_mut();
        let (edits, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut *all)
            .into_iter()
            // A paste into a demand table is an edit of the document too:
            // applied before the frame ends, so the chart shows it at once.
            .partition(|c| {
                matches!(
                    c,
                    Command::Edit(..)
                        | Command::Seal
                        | Command::PasteDemand { .. }
                        | Command::Districts(super::DistrictCommand::PasteDemand { .. })
                )
            });
        *all = rest;
        edits
    }
}

/// The per-frame view context.
pub struct ViewCtx<'a> {
    pub scenario: &'a Scenario,
    /// Validation, projection and the headline figures of this revision.
    pub derived: &'a Derived,
    /// What-if, cost, comparison (runtime only).
    pub analysis: &'a Analysis,
    /// The delay-risk band, when shown and computed for this revision.
    pub risk: Option<&'a Risk>,
    pub selection: Selection,
    pub selected_school: Option<usize>,
    /// The schools table should bring the selected school into view (once).
    pub scroll_to_school: bool,
    /// The slide shown in presentation mode.
    pub presentation: Option<usize>,
    pub settings: &'a Settings,
    /// Today (the clock, or fixed in tests) and its school year, the year
    /// "now" is.
    pub today: crate::calendar::Day,
    pub school_year_now: i32,
    pub can_undo: bool,
    pub can_redo: bool,
    /// The document's name for the title and prompts.
    pub doc_name: String,
    /// The questions and reports the window waits on, bottom first.
    pub modals: &'a Modals,
    pub notices: &'a [Notice],
    /// A file dialog is up.
    pub dialogs_open: bool,
    /// The files a consolidated document came from.
    pub consolidation: Option<&'a super::Consolidation>,
    commands: &'a CommandSender,
}

impl ViewCtx<'_> {
    pub fn send(&self, command: Command) {
        self.commands.send(command);
    }

    /// `selection` cut out of the document and its results.
    pub fn slice(&self, selection: Selection) -> super::Slice<'_> {
        super::slice(
            self.scenario,
            self.derived,
            self.analysis,
            self.risk,
            selection,
        )
    }

    /// The selection the views show.
    pub fn selected(&self) -> super::Slice<'_> {
        self.slice(self.selection)
    }

    /// The selected region's index, `None` for the whole country.
    pub fn region(&self) -> Option<usize> {
        self.selection.region()
    }
}

impl super::SeatplanApp {
    /// The view context for this frame; call [`Self::refresh`] first.
    pub fn view_ctx<'a>(&'a self, commands: &'a CommandSender) -> ViewCtx<'a> {
        ViewCtx {
            scenario: self.doc.scenario(),
            derived: &self.derived,
            analysis: &self.analysis,
            risk: self.current_risk(),
            selection: self.selection(),
            selected_school: self.view.selected_school,
            scroll_to_school: self.view.scroll_to_school,
            presentation: self.view.presentation,
            settings: &self.settings,
            today: self.today,
            school_year_now: self.school_year_now,
            can_undo: self.doc.can_undo(),
            can_redo: self.doc.can_redo(),
            doc_name: self.doc.display_name(),
            modals: &self.modals,
            notices: &self.notices,
            dialogs_open: self.dialogs_open(),
            consolidation: self.consolidation.as_ref(),
            commands,
        }
    }
}
