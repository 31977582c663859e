//! The window's own file chooser (`app::chooser`): shown when the system
//! cannot show a file dialog, so Open, Import and the exports never end in
//! silence.

use egui::RichText;

use super::theme::ERROR;
use crate::app::{Chooser, ChooserCommand, Command, Picks, ViewCtx};
use crate::i18n::tr;

pub(super) fn chooser(app: &ViewCtx, ctx: &egui::Context, c: &Chooser) {
    let send = |cmd: ChooserCommand| app.send(Command::Chooser(cmd));
    let (heading, ok) = match c.picks() {
        Picks::Open => ("chooser-heading-open", "chooser-open"),
        Picks::Save => ("chooser-heading-save", "chooser-save"),
        Picks::Folder => ("chooser-heading-folder", "chooser-choose"),
    };
    let modal = egui::Modal::new(egui::Id::unique("file-chooser")).show(ctx, |ui| {
        ui.set_width(560.0_f32.min(ctx.content_rect().width() - 80.0));
        ui.heading(tr(heading));
        ui.label(RichText::new(tr("chooser-why")).weak());
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(tr("chooser-places"));
            for (name, dir) in &c.places {
                if ui
                    .button(name)
                    .on_hover_text(dir.display().to_string())
                    .clicked()
                {
                    send(ChooserCommand::Enter(dir.clone()));
                }
            }
        });
        ui.horizontal(|ui| {
            let up = ui
                .add_enabled(c.dir.parent().is_some(), egui::Button::new("⬆"))
                .on_hover_text(tr("chooser-up"));
            if up.clicked()
                && let Some(parent) = c.dir.parent()
            {
                send(ChooserCommand::Enter(parent.to_path_buf()));
            }
            ui.add(egui::Label::new(c.dir.display().to_string()).truncate());
        });
        egui::ScrollArea::vertical()
            .max_height(260.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                if c.entries.is_empty() {
                    ui.weak(tr("chooser-empty-folder"));
                }
                for e in &c.entries {
                    // A folder reads as a path does: "older/".
                    let text = if e.is_dir {
                        format!("{}{}", e.name, std::path::MAIN_SEPARATOR)
                    } else {
                        e.name.clone()
                    };
                    let picked = c.path.ends_with(&e.name);
                    // An id of its own: a click names the entry, not a place
                    // in a list that the last frame laid out differently.
                    let resp = ui
                        .push_id(&e.name, |ui| ui.selectable_label(picked && !e.is_dir, text))
                        .inner;
                    if e.is_dir && resp.clicked() {
                        send(ChooserCommand::Enter(c.dir.join(&e.name)));
                    } else if resp.double_clicked() {
                        send(ChooserCommand::Pick(e.name.clone()));
                        send(ChooserCommand::Confirm);
                    } else if resp.clicked() {
                        send(ChooserCommand::Pick(e.name.clone()));
                    }
                }
            });
        ui.add_space(4.0);
        let caption = ui.label(tr(if c.picks() == Picks::Folder {
            "chooser-folder"
        } else {
            "chooser-file"
        }));
        let mut path = c.path.clone();
        let field = ui.add(
            egui::TextEdit::singleline(&mut path)
                .desired_width(f32::INFINITY)
                .id_salt("chooser-path"),
        );
        let field = field.labelled_by(caption.id);
        if path != c.path {
            send(ChooserCommand::Path(path));
        }
        if let Some(problem) = &c.problem {
            ui.label(RichText::new(problem).color(ERROR));
        }
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(tr(ok)).clicked() || enter {
                send(ChooserCommand::Confirm);
            }
            if ui.button(tr("chooser-cancel")).clicked() {
                send(ChooserCommand::Cancel);
            }
        });
    });
    if modal.should_close() {
        send(ChooserCommand::Cancel);
    }
}
