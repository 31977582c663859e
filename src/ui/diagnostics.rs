use egui::RichText;

use super::theme::{ERROR, WARNING};

use crate::app::{Command, Selection, ViewCtx};
use crate::i18n::{Arg, DiagnosticText, num, tr, tr_args};
use crate::model::{Diagnostic, Severity, Subject};

/// The message in the chosen language.
pub(super) fn message(d: &Diagnostic) -> String {
    d.text(crate::i18n::lang())
}

pub(super) fn severity_text(severity: Severity) -> RichText {
    match severity {
        Severity::Error => RichText::new(tr("severity-error")).color(ERROR).strong(),
        Severity::Warning => RichText::new(tr("severity-warning"))
            .color(WARNING)
            .strong(),
    }
}

pub(super) fn diagnostic_row(ui: &mut egui::Ui, d: &Diagnostic) -> egui::Response {
    ui.horizontal(|ui| {
        ui.label(severity_text(d.severity));
        if let Some(p) = d.position {
            ui.monospace(format!("{}:{}", p.line, p.column));
        }
        ui.add(egui::Button::new(message(d)).frame(false).wrap())
    })
    .inner
}

pub(super) fn diagnostics_list(app: &ViewCtx, ui: &mut egui::Ui) {
    let diagnostics = &app.derived.diagnostics;
    if diagnostics.is_empty() {
        ui.add_space(4.0);
        ui.weak(tr("problems-none"));
        return;
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.strong(tr_args(
            "problems-heading",
            &[("n", num(diagnostics.len() as i64).into())],
        ));
        if errors > 0 {
            ui.label(
                RichText::new(tr_args(
                    "problems-errors",
                    &[
                        ("count", Arg::Count(errors as i64)),
                        ("n", num(errors as i64).into()),
                    ],
                ))
                .color(ERROR),
            );
        }
    });
    let mut clicked = None;
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            for d in diagnostics {
                if diagnostic_row(ui, d)
                    .on_hover_text(tr("problems-show"))
                    .clicked()
                {
                    clicked = Some(d.subject.clone());
                }
            }
        });
    match clicked {
        Some(Subject::School { index, .. }) => app.send(Command::SelectSchool(index)),
        Some(Subject::Region { index, .. }) => app.send(Command::Select(Selection::Region(index))),
        Some(Subject::District { region, .. }) => {
            app.send(Command::Select(Selection::Region(region)));
        }
        Some(Subject::Scenario | Subject::Existing { .. }) | None => {}
    }
}
