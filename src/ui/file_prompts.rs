//! The questions about files: restoring unsaved work after a crash, and a
//! file that changed on disk.

use egui::RichText;

use crate::app::files::{FileCommand, FilePrompt, RestoreOffer};
use crate::app::{Command, SeatplanApp};

pub(super) fn file_prompts(app: &mut SeatplanApp, ui: &mut egui::Ui) {
    let Some(prompt) = app.file_prompt().cloned() else {
        return;
    };
    let ctx = ui.ctx().clone();
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("file-prompt")).show(&ctx, |ui| {
        ui.set_max_width(560.0);
        match &prompt {
            FilePrompt::Restore(offer) => answer = restore(ui, offer),
            FilePrompt::ChangedOnDisk { path } => answer = changed_on_disk(ui, path),
            FilePrompt::SaveOverChanged { path } => answer = save_over_changed(ui, path),
        }
    });
    if modal.should_close() && answer.is_none() {
        // Escape or a click outside: the cautious answer. A recovery offer
        // stays until it is answered, so work is never dropped by accident.
        answer = match prompt {
            FilePrompt::Restore(_) => None,
            FilePrompt::ChangedOnDisk { .. } => Some(FileCommand::KeepMine),
            FilePrompt::SaveOverChanged { .. } => Some(FileCommand::CancelSave),
        };
    }
    if let Some(a) = answer {
        app.send(Command::Files(a));
    }
}

fn restore(ui: &mut egui::Ui, offer: &RestoreOffer) -> Option<FileCommand> {
    ui.heading("Restore unsaved work?");
    let file = offer.path.as_ref().map_or_else(
        || "a scenario that was never saved".to_owned(),
        |p| p.display().to_string(),
    );
    ui.label(format!(
        "seatplan closed without saving the changes to {file}."
    ));
    if !offer.name.is_empty() {
        ui.label(format!("Scenario: {}", offer.name));
    }
    ui.label(format!("The changes were kept at {}.", offer.written));
    ui.add_space(8.0);
    let mut answer = None;
    ui.horizontal(|ui| {
        if ui.button("Restore").clicked() {
            answer = Some(FileCommand::Restore);
        }
        if ui.button("Discard").clicked() {
            answer = Some(FileCommand::DiscardRecovery);
        }
    });
    answer
}

fn changed_on_disk(ui: &mut egui::Ui, path: &std::path::Path) -> Option<FileCommand> {
    ui.heading(RichText::new("The file changed on disk"));
    ui.label(format!(
        "{} was changed by another program, and you have unsaved changes here.",
        path.display()
    ));
    ui.add_space(8.0);
    let mut answer = None;
    ui.horizontal_wrapped(|ui| {
        if ui.button("Reload from disk (discard my changes)").clicked() {
            answer = Some(FileCommand::ReloadFromDisk);
        }
        if ui.button("Keep mine").clicked() {
            answer = Some(FileCommand::KeepMine);
        }
        if ui.button("Save mine as…").clicked() {
            answer = Some(FileCommand::SaveMineAs);
        }
    });
    answer
}

fn save_over_changed(ui: &mut egui::Ui, path: &std::path::Path) -> Option<FileCommand> {
    ui.heading(RichText::new("The file changed on disk"));
    ui.label(format!(
        "{} was changed by another program since you opened it. Saving now replaces \
         those changes.",
        path.display()
    ));
    ui.add_space(8.0);
    let mut answer = None;
    ui.horizontal(|ui| {
        if ui.button("Overwrite").clicked() {
            answer = Some(FileCommand::Overwrite);
        }
        if ui.button("Save as…").clicked() {
            answer = Some(FileCommand::SaveAsInstead);
        }
        if ui.button("Cancel").clicked() {
            answer = Some(FileCommand::CancelSave);
        }
    });
    answer
}
