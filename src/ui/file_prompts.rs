//! The questions about files: restoring unsaved work after a crash, and a
//! file that changed on disk.

use egui::RichText;

use crate::app::files::{FileCommand, FilePrompt, RestoreOffer};
use crate::app::{Command, ViewCtx};
use crate::i18n::{tr, tr_args};

pub(super) fn file_prompt(app: &ViewCtx, ctx: &egui::Context, prompt: &FilePrompt) {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("file-prompt")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        match prompt {
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
    ui.heading(tr("restore-heading"));
    let file = offer
        .path
        .as_ref()
        .map_or_else(|| tr("never-saved"), |p| p.display().to_string());
    ui.label(tr_args("restore-closed", &[("file", file.into())]));
    if !offer.name.is_empty() {
        ui.label(tr_args(
            "restore-scenario",
            &[("name", super::shown(&offer.name).into_owned().into())],
        ));
    }
    ui.label(tr_args(
        "restore-kept-at",
        &[("time", offer.written.clone().into())],
    ));
    ui.add_space(8.0);
    let mut answer = None;
    ui.horizontal(|ui| {
        if ui.button(tr("restore")).clicked() {
            answer = Some(FileCommand::Restore);
        }
        if ui.button(tr("restore-discard")).clicked() {
            answer = Some(FileCommand::DiscardRecovery);
        }
    });
    answer
}

fn changed_on_disk(ui: &mut egui::Ui, path: &std::path::Path) -> Option<FileCommand> {
    ui.heading(RichText::new(tr("disk-changed-heading")));
    ui.label(tr_args(
        "disk-changed-mine",
        &[("path", path.display().to_string().into())],
    ));
    ui.add_space(8.0);
    let mut answer = None;
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr("disk-reload")).clicked() {
            answer = Some(FileCommand::ReloadFromDisk);
        }
        if ui.button(tr("disk-keep-mine")).clicked() {
            answer = Some(FileCommand::KeepMine);
        }
        if ui.button(tr("disk-save-mine-as")).clicked() {
            answer = Some(FileCommand::SaveMineAs);
        }
    });
    answer
}

fn save_over_changed(ui: &mut egui::Ui, path: &std::path::Path) -> Option<FileCommand> {
    ui.heading(RichText::new(tr("disk-changed-heading")));
    ui.label(tr_args(
        "disk-changed-save",
        &[("path", path.display().to_string().into())],
    ));
    ui.add_space(8.0);
    let mut answer = None;
    ui.horizontal(|ui| {
        if ui.button(tr("disk-overwrite")).clicked() {
            answer = Some(FileCommand::Overwrite);
        }
        if ui.button(tr("disk-save-as")).clicked() {
            answer = Some(FileCommand::SaveAsInstead);
        }
        if ui.button(tr("cancel")).clicked() {
            answer = Some(FileCommand::CancelSave);
        }
    });
    answer
}
