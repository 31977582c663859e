use crate::app::{Command, Guarded, SeatplanApp, Shortcut};

pub(super) fn menu_bar(app: &mut SeatplanApp, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            let item = |ui: &mut egui::Ui, text: &str, shortcut: Shortcut| {
                ui.add(egui::Button::new(text).shortcut_text(shortcut.text(&ctx)))
                    .clicked()
            };
            if item(ui, "New", Shortcut::New) {
                app.send(Command::Guarded(Guarded::New));
            }
            if item(ui, "Open…", Shortcut::Open) {
                app.send(Command::Guarded(Guarded::Open));
            }
            ui.menu_button("Open recent", |ui| {
                if app.settings.recent_files.is_empty() {
                    ui.label("No recent files");
                }
                for path in app.settings.recent_files.clone() {
                    if ui.button(path.display().to_string()).clicked() {
                        app.send(Command::Guarded(Guarded::OpenPath(path)));
                    }
                }
            });
            ui.separator();
            if item(ui, "Save", Shortcut::Save) {
                app.send(Command::Save);
            }
            if item(ui, "Save As…", Shortcut::SaveAs) {
                app.send(Command::SaveAs);
            }
            ui.separator();
            if item(ui, "Quit", Shortcut::Quit) {
                app.send(Command::Guarded(Guarded::Quit));
            }
        });
        ui.menu_button("Edit", |ui| {
            let undo = egui::Button::new("Undo").shortcut_text(Shortcut::Undo.text(&ctx));
            if ui.add_enabled(app.doc.can_undo(), undo).clicked() {
                app.send(Command::Undo);
            }
            let redo = egui::Button::new("Redo").shortcut_text(Shortcut::Redo.text(&ctx));
            if ui.add_enabled(app.doc.can_redo(), redo).clicked() {
                app.send(Command::Redo);
            }
            ui.separator();
            if ui.button("Add school").clicked() {
                app.send(Command::AddSchool);
            }
            if ui.button("Add region").clicked() {
                app.send(Command::AddRegion);
            }
        });
        if app.dialogs_open() {
            ui.separator();
            ui.weak("A file dialog is open…");
        }
    });
}
