use egui::RichText;

use super::theme::{ERROR, WARNING};

use crate::app::{Command, Selection, ViewCtx};
use crate::i18n::{Arg, DiagnosticText, diagnostic_text, num, tr, tr_args};
use crate::model::{DiagArg, Diagnostic, Scenario, Severity, Subject};

/// The message in the chosen language. With the scenario it is about, a
/// school is named by its name, its id after it: ids such as "ast-2027-03"
/// mean nothing to a reader, and names repeat ("School for 1 200 seats").
/// `seatplan check` keeps the id alone, its lines are a contract.
pub(super) fn message(d: &Diagnostic, s: Option<&Scenario>) -> String {
    let lang = crate::i18n::lang();
    let name = s.and_then(|s| match &d.subject {
        Subject::School { index, id } => s
            .schools
            .get(*index)
            .filter(|x| &x.id == id)
            .map(|x| x.name.get(lang.code())),
        Subject::Existing { index, id } => s
            .existing
            .get(*index)
            .filter(|x| &x.id == id)
            .map(|x| x.name.get(lang.code())),
        _ => None,
    });
    match name.map(str::trim) {
        Some(name) if !name.is_empty() => {
            let args: Vec<_> = d
                .args
                .iter()
                .map(|(k, v)| match v {
                    DiagArg::Name(id) if *k == "id" && id != name => {
                        (*k, DiagArg::Name(format!("{name} ({id})")))
                    }
                    _ => (*k, v.clone()),
                })
                .collect();
            diagnostic_text(d.code, &args, lang, true)
        }
        _ => d.text(lang),
    }
}

pub(super) fn severity_text(severity: Severity) -> RichText {
    match severity {
        Severity::Error => RichText::new(tr("severity-error")).color(ERROR).strong(),
        Severity::Warning => RichText::new(tr("severity-warning"))
            .color(WARNING)
            .strong(),
    }
}

pub(super) fn diagnostic_row(
    ui: &mut egui::Ui,
    d: &Diagnostic,
    s: Option<&Scenario>,
) -> egui::Response {
    ui.horizontal(|ui| {
        ui.label(severity_text(d.severity));
        if let Some(p) = d.position {
            ui.monospace(format!("{}:{}", p.line, p.column));
        }
        ui.add(egui::Button::new(message(d, s)).frame(false).wrap())
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
                if diagnostic_row(ui, d, Some(app.scenario))
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
