use crate::app::{Command, Guarded, SeatplanApp, Shortcut};
use crate::i18n::{Lang, tr};

pub(super) fn menu_bar(app: &mut SeatplanApp, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr("menu-file"), |ui| {
            let item = |ui: &mut egui::Ui, key: &str, shortcut: Shortcut| {
                ui.add(egui::Button::new(tr(key)).shortcut_text(shortcut.text(&ctx)))
                    .clicked()
            };
            if item(ui, "menu-new", Shortcut::New) {
                app.send(Command::Guarded(Guarded::New));
            }
            if item(ui, "menu-open", Shortcut::Open) {
                app.send(Command::Guarded(Guarded::Open));
            }
            ui.menu_button(tr("menu-open-recent"), |ui| {
                if app.settings.recent_files.is_empty() {
                    ui.label(tr("menu-no-recent"));
                }
                for path in app.settings.recent_files.clone() {
                    if ui.button(path.display().to_string()).clicked() {
                        app.send(Command::Guarded(Guarded::OpenPath(path)));
                    }
                }
            });
            ui.separator();
            if item(ui, "menu-save", Shortcut::Save) {
                app.send(Command::Save);
            }
            if item(ui, "menu-save-as", Shortcut::SaveAs) {
                app.send(Command::SaveAs);
            }
            ui.separator();
            if ui.button(tr("menu-compare")).clicked() {
                app.send(Command::CompareWith);
            }
            if app.analysis.compare.is_some() && ui.button(tr("menu-compare-clear")).clicked() {
                app.send(Command::ClearComparison);
            }
            ui.separator();
            if ui.button(tr("menu-export-png")).clicked() {
                app.send(Command::ExportChart { svg: false });
            }
            if ui.button(tr("menu-export-svg")).clicked() {
                app.send(Command::ExportChart { svg: true });
            }
            if ui.button(tr("menu-export-slides")).clicked() {
                app.send(Command::ExportSlides);
            }
            ui.separator();
            if item(ui, "menu-quit", Shortcut::Quit) {
                app.send(Command::Guarded(Guarded::Quit));
            }
        });
        ui.menu_button(tr("menu-edit"), |ui| {
            let undo = egui::Button::new(tr("menu-undo")).shortcut_text(Shortcut::Undo.text(&ctx));
            if ui.add_enabled(app.doc.can_undo(), undo).clicked() {
                app.send(Command::Undo);
            }
            let redo = egui::Button::new(tr("menu-redo")).shortcut_text(Shortcut::Redo.text(&ctx));
            if ui.add_enabled(app.doc.can_redo(), redo).clicked() {
                app.send(Command::Redo);
            }
            ui.separator();
            if ui.button(tr("menu-add-school")).clicked() {
                app.send(Command::AddSchool);
            }
            if ui.button(tr("menu-add-region")).clicked() {
                app.send(Command::AddRegion);
            }
        });
        ui.menu_button(tr("menu-view"), |ui| {
            let present = egui::Button::new(tr("menu-presentation")).shortcut_text("F5");
            if ui.add(present).clicked() {
                app.send(Command::TogglePresentation);
            }
            let mut light = app.settings.light_theme;
            if ui.checkbox(&mut light, tr("menu-light-theme")).changed() {
                app.send(Command::SetLightTheme(light));
            }
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
        if app.dialogs_open() {
            ui.separator();
            ui.weak(tr("dialog-busy"));
        }
    });
}
