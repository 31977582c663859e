//! The Region details pane: picks the editor for the selection (the
//! scenario, a region or a district). The one file that knows all three, so
//! no editor imports another.

use crate::app::{Selection, ViewCtx};

pub(super) fn details_pane(v: &ViewCtx, ui: &mut egui::Ui) {
    ui.add_space(6.0);
    match v.selection {
        Selection::Country => super::scenario_editor::scenario_editor(v, ui),
        Selection::Region(r) => super::region_editor::region_editor(v, ui, r),
        Selection::District(r, d) => super::district_editor::district_editor(v, ui, r, d),
    }
}
