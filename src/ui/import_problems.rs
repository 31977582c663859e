//! What every mode of the import dialog ends with (the school list, the
//! census table, the table by year): the problems at their cells under the
//! preview, and the Import and Cancel buttons.

use egui::RichText;

use super::theme::{ERROR, WARNING};
use crate::app::{ImportCommand, ImportDialog};
use crate::i18n::{Arg, lang, num, tr, tr_args};
use crate::io::import::Problem;

/// Problems listed under the preview (the rest are counted).
const LISTED_PROBLEMS: usize = 20;

pub(super) fn problems(ui: &mut egui::Ui, problems: &[Problem]) {
    if problems.is_empty() {
        return;
    }
    ui.label(RichText::new(tr("import-problems")).strong());
    egui::ScrollArea::vertical()
        .id_salt("import-problems")
        .max_height(160.0)
        .show(ui, |ui| {
            for p in problems.iter().take(LISTED_PROBLEMS) {
                let colour = if p.is_error() { ERROR } else { WARNING };
                let at = p.address();
                let text = if at.is_empty() {
                    p.text(lang())
                } else {
                    format!("{at}: {}", p.text(lang()))
                };
                ui.add(egui::Label::new(RichText::new(text).color(colour)).wrap());
            }
            let more = problems.len().saturating_sub(LISTED_PROBLEMS) as i64;
            if more > 0 {
                ui.label(tr_args(
                    "import-more-problems",
                    &[("count", Arg::Count(more)), ("n", num(more).into())],
                ));
            }
        });
}

/// Import (when the plan allows it) and Cancel, under every mode's preview.
pub(super) fn import_buttons(ui: &mut egui::Ui, d: &ImportDialog, send: &impl Fn(ImportCommand)) {
    ui.horizontal(|ui| {
        if ui
            .add_enabled(d.can_import(), egui::Button::new(tr("import-button")))
            .clicked()
        {
            send(ImportCommand::Confirm);
        }
        if ui.button(tr("cancel")).clicked() {
            send(ImportCommand::Cancel);
        }
    });
}
