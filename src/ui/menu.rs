use crate::app::{Command, Guarded, Pane, UiCommand, ViewCtx, Workspace};
use crate::i18n::{Lang, tr};

pub(super) fn menu_bar(app: &ViewCtx, workspace: &Workspace, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr("menu-file"), |ui| {
            for c in [UiCommand::New, UiCommand::Open] {
                item(app, ui, &ctx, c, true);
            }
            ui.menu_button(tr("menu-open-recent"), |ui| {
                if app.settings.recent_files.is_empty() {
                    ui.label(tr("menu-no-recent"));
                }
                for path in &app.settings.recent_files {
                    if ui.button(path.display().to_string()).clicked() {
                        app.send(Command::Guarded(Guarded::OpenPath(path.clone())));
                    }
                }
            });
            ui.separator();
            for c in [UiCommand::Save, UiCommand::SaveAs] {
                item(app, ui, &ctx, c, true);
            }
            ui.separator();
            item(app, ui, &ctx, UiCommand::CompareWith, true);
            if app.analysis.compare.is_some() {
                item(app, ui, &ctx, UiCommand::ClearComparison, true);
            }
            ui.separator();
            for c in [UiCommand::ConsolidateFiles, UiCommand::ConsolidateFolder] {
                item(app, ui, &ctx, c, true);
            }
            if app.consolidation.is_some() {
                item(app, ui, &ctx, UiCommand::RefreshSources, true);
            }
            ui.separator();
            item(app, ui, &ctx, UiCommand::ImportSchools, true);
            ui.separator();
            for c in [
                UiCommand::ExportPng,
                UiCommand::ExportSvg,
                UiCommand::ExportSlides,
                UiCommand::ExportWorkbook,
                UiCommand::ExportExcelCsv,
                UiCommand::ExportPdf,
                UiCommand::ExportWebPage,
            ] {
                item(app, ui, &ctx, c, true);
            }
            ui.separator();
            item(app, ui, &ctx, UiCommand::Quit, true);
        });
        ui.menu_button(tr("menu-edit"), |ui| {
            let (undo, redo) = (app.can_undo, app.can_redo);
            item(app, ui, &ctx, UiCommand::Undo, undo);
            item(app, ui, &ctx, UiCommand::Redo, redo);
            ui.separator();
            for c in [UiCommand::AddSchool, UiCommand::AddRegion] {
                item(app, ui, &ctx, c, true);
            }
        });
        ui.menu_button(tr("menu-view"), |ui| {
            for c in [UiCommand::TogglePresentation, UiCommand::PresentFromCurrent] {
                item(app, ui, &ctx, c, true);
            }
            let mut light = app.settings.light_theme;
            if ui.checkbox(&mut light, tr("menu-light-theme")).changed() {
                app.send(Command::SetLightTheme(light));
            }
            ui.separator();
            // Each pane: ticked while it is in the window; the chart always is.
            for pane in Pane::ALL {
                let mut shown = workspace.has(pane);
                let response = ui.add_enabled(
                    pane != Pane::Chart,
                    egui::Checkbox::new(&mut shown, tr(pane.text_key())),
                );
                if response.changed() {
                    app.send(if shown {
                        Command::ShowPane(pane)
                    } else {
                        Command::ClosePane(pane)
                    });
                }
            }
            item(app, ui, &ctx, UiCommand::ResetLayout, true);
        });
        ui.menu_button(tr("menu-language"), |ui| {
            let current = crate::i18n::lang();
            for l in Lang::ALL {
                // Each language is named in itself, so anyone can find theirs.
                if ui.radio(current == l, l.native_name()).clicked() {
                    app.send(Command::SetLanguage(l));
                }
            }
        });
        ui.menu_button(tr("menu-help"), |ui| {
            item(app, ui, &ctx, UiCommand::About, true);
        });
        if app.dialogs_open {
            ui.separator();
            ui.weak(tr("dialog-busy"));
        }
    });
}

/// A menu entry for `command`: its text and shortcut from the command table.
fn item(app: &ViewCtx, ui: &mut egui::Ui, ctx: &egui::Context, command: UiCommand, enabled: bool) {
    let mut button = egui::Button::new(tr(command.text_key()));
    let shortcut = command.shortcut_text(ctx);
    // An empty shortcut text would still change the button's accessible name.
    if !shortcut.is_empty() {
        button = button.shortcut_text(shortcut);
    }
    if ui.add_enabled(enabled, button).clicked() {
        app.send(command.command());
    }
}
