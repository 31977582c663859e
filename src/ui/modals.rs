use egui::{Align2, RichText};

use super::diagnostics::diagnostic_row;
use super::theme::ERROR;
use crate::app::{
    Command, Guarded, LoadFailure, Modal, NoticeLevel, PromptAnswer, SHIPPED, ViewCtx,
    WelcomeChoice,
};
use crate::i18n::{tr, tr_args};

/// Every open modal, bottom first, then the notices.
pub(super) fn modals(app: &ViewCtx, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    for modal in app.modals.iter() {
        match modal {
            Modal::Unsaved(action) => unsaved(app, &ctx, action),
            Modal::LoadFailure(failure) => load_failure(app, &ctx, failure),
            Modal::Import(dialog) => super::import::import_dialog(app, &ctx, dialog),
            Modal::Reading(reading) => super::import::reading(app, &ctx, reading),
            Modal::Chooser(chooser) => super::chooser::chooser(app, &ctx, chooser),
            Modal::File(prompt) => super::file_prompts::file_prompt(app, &ctx, prompt),
            Modal::Welcome => welcome(app, &ctx),
            Modal::About => about(app, &ctx),
        }
    }
    notices(app, &ctx);
}

fn unsaved(app: &ViewCtx, ctx: &egui::Context, action: &Guarded) {
    let question = match action {
        Guarded::Quit => "unsaved-quit",
        Guarded::New => "unsaved-new",
        Guarded::Open | Guarded::OpenPath(_) => "unsaved-open",
        Guarded::Consolidate(_) => "unsaved-consolidate",
    };
    let name = &app.doc_name;
    let modal = egui::Modal::new(egui::Id::unique("unsaved-changes")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(tr("unsaved-heading"));
        ui.label(tr_args(question, &[("name", name.as_str().into())]));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(tr("save")).clicked() {
                app.send(Command::Prompt(PromptAnswer::Save));
            }
            if ui.button(tr("discard")).clicked() {
                app.send(Command::Prompt(PromptAnswer::Discard));
            }
            if ui.button(tr("cancel")).clicked() {
                app.send(Command::Prompt(PromptAnswer::Cancel));
            }
        });
    });
    if modal.should_close() {
        app.send(Command::Prompt(PromptAnswer::Cancel));
    }
}

/// The first run: the shipped scenarios, one button each, and the user's own file.
fn welcome(app: &ViewCtx, ctx: &egui::Context) {
    let modal = egui::Modal::new(egui::Id::unique("welcome")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.heading(tr("welcome-heading"));
        ui.label(tr("welcome-intro"));
        ui.add_space(8.0);
        let wide = egui::vec2(ui.available_width(), 32.0);
        for (i, shipped) in SHIPPED.iter().enumerate() {
            let button = egui::Button::new(tr(shipped.title_key)).min_size(wide);
            if ui.add(button).clicked() {
                app.send(Command::Welcome(WelcomeChoice::Shipped(i)));
            }
        }
        ui.add_space(4.0);
        ui.separator();
        ui.horizontal(|ui| {
            if ui.button(tr("welcome-open")).clicked() {
                app.send(Command::Welcome(WelcomeChoice::OpenFile));
            }
            if ui.button(tr("welcome-import")).clicked() {
                app.send(Command::Welcome(WelcomeChoice::ImportSheet));
            }
            if ui.button(tr("welcome-close")).clicked() {
                app.send(Command::Welcome(WelcomeChoice::Close));
            }
        });
    });
    if modal.should_close() {
        app.send(Command::Welcome(WelcomeChoice::Close));
    }
}

fn load_failure(app: &ViewCtx, ctx: &egui::Context, failure: &LoadFailure) {
    let modal = egui::Modal::new(egui::Id::unique("load-failure")).show(ctx, |ui| {
        ui.set_max_width(720.0);
        ui.heading(RichText::new(tr("load-failed")).color(ERROR));
        ui.label(format!("{}: {}", failure.path.display(), failure.reason));
        ui.label(tr("load-failed-kept"));
        ui.add_space(6.0);
        egui::ScrollArea::vertical()
            .max_height(300.0)
            .show(ui, |ui| {
                for d in &failure.diagnostics {
                    diagnostic_row(ui, d, None);
                }
            });
        ui.add_space(6.0);
        if ui.button(tr("ok")).clicked() {
            app.send(Command::DismissLoadFailure);
        }
    });
    if modal.should_close() {
        app.send(Command::DismissLoadFailure);
    }
}

fn notices(app: &ViewCtx, ctx: &egui::Context) {
    if !app.notices.is_empty() {
        egui::Area::new(egui::Id::unique("notices"))
            .anchor(Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -16.0))
            .show(ctx, |ui| {
                for (i, n) in app.notices.iter().enumerate() {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.set_max_width(420.0);
                        ui.horizontal(|ui| {
                            let text = match n.level {
                                NoticeLevel::Error => RichText::new(&n.text).color(ERROR),
                                NoticeLevel::Info => RichText::new(&n.text),
                            };
                            ui.add(egui::Label::new(text).wrap());
                            if ui.small_button("✖").on_hover_text(tr("dismiss")).clicked() {
                                app.send(Command::DismissNotice(i));
                            }
                        });
                    });
                }
            });
    }
}

/// Help → About: what the app is, its licence, and whose data and map it uses.
fn about(app: &ViewCtx, ctx: &egui::Context) {
    let modal = egui::Modal::new(egui::Id::unique("about")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(format!("seatplan {}", env!("CARGO_PKG_VERSION")));
        ui.label(tr("about-purpose"));
        ui.add_space(6.0);
        for key in ["about-licence", "about-data", "about-map", "about-fonts"] {
            ui.label(tr(key));
            ui.add_space(4.0);
        }
        ui.add_space(6.0);
        if ui.button(tr("ok")).clicked() {
            app.send(Command::CloseAbout);
        }
    });
    if modal.should_close() {
        app.send(Command::CloseAbout);
    }
}
