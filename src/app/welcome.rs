//! The first run: with no recent files, the window opens on a choice of the
//! scenarios shipped with seatplan (and the user's own file) instead of
//! leaving a newcomer in front of a table they did not ask for.

use super::{Document, Guarded, Modal, SeatplanApp, ViewState};
use crate::io;

/// A scenario built into the program, so the choice works wherever the
/// program was unpacked or installed.
#[derive(Debug)]
pub struct Shipped {
    /// Its name in `scenarios/`: the name Save As suggests.
    pub file: &'static str,
    /// Translation key of the line the first-run window shows.
    pub title_key: &'static str,
    pub text: &'static str,
}

/// Every scenario in `scenarios/`, the national ones first.
pub const SHIPPED: [Shipped; 6] = [
    Shipped {
        file: io::DEFAULT_SCENARIO_NAME,
        title_key: "welcome-national",
        text: io::DEFAULT_SCENARIO,
    },
    Shipped {
        file: "kazakhstan-demand.ron",
        title_key: "welcome-demand",
        text: include_str!("../../scenarios/kazakhstan-demand.ron"),
    },
    Shipped {
        file: "astana.ron",
        title_key: "welcome-astana",
        text: include_str!("../../scenarios/astana.ron"),
    },
    Shipped {
        file: "almaty-city.ron",
        title_key: "welcome-almaty",
        text: include_str!("../../scenarios/almaty-city.ron"),
    },
    Shipped {
        file: "shymkent.ron",
        title_key: "welcome-shymkent",
        text: include_str!("../../scenarios/shymkent.ron"),
    },
    Shipped {
        file: "mangystau.ron",
        title_key: "welcome-mangystau",
        text: include_str!("../../scenarios/mangystau.ron"),
    },
];

/// What the first-run window offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WelcomeChoice {
    /// One of [`SHIPPED`], by index.
    Shipped(usize),
    /// The user's own file (the Open dialog).
    OpenFile,
    /// A school list from a spreadsheet, into the scenario showing.
    ImportSheet,
    /// Keep the national scenario that is already showing.
    Close,
}

impl SeatplanApp {
    /// Shows the first-run choice when nothing tells what to open: no file
    /// on the command line, no recent file, no recovered work being offered.
    pub(super) fn offer_welcome(&mut self) {
        if self.settings.recent_files.is_empty() && !self.modals.any() {
            self.modals.open(Modal::Welcome);
        }
    }

    pub(super) fn answer_welcome(&mut self, choice: WelcomeChoice) {
        self.modals.close_welcome();
        match choice {
            WelcomeChoice::Shipped(i) => {
                let Some(shipped) = SHIPPED.get(i) else {
                    return;
                };
                match io::load_str(shipped.text) {
                    // A copy without a file: saving asks where, so the example
                    // itself stays as shipped.
                    Ok(loaded) => {
                        self.doc = Document::new(loaded.scenario, None);
                        self.view = ViewState::default();
                    }
                    // Unreachable in a tested build (the tests load every one).
                    Err(diagnostics) => self.modals.open(Modal::LoadFailure(super::LoadFailure {
                        path: shipped.file.into(),
                        reason: crate::i18n::tr("load-invalid"),
                        diagnostics,
                    })),
                }
            }
            WelcomeChoice::OpenFile => self.run_guarded(Guarded::Open),
            WelcomeChoice::ImportSheet => {
                self.pending_dialog = Some(super::DialogKind::ImportSheet);
            }
            WelcomeChoice::Close => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SHIPPED;

    #[test]
    fn every_shipped_scenario_loads_without_errors() {
        for s in &SHIPPED {
            let loaded =
                crate::io::load_str(s.text).unwrap_or_else(|d| panic!("{}: {d:?}", s.file));
            let errors = crate::model::validate(&loaded.scenario)
                .into_iter()
                .filter(|d| d.is_error())
                .count();
            assert_eq!(errors, 0, "{}", s.file);
        }
    }

    /// A scenario added to `scenarios/` is offered too (add it to SHIPPED
    /// with its title in the three .ftl files).
    #[test]
    fn every_file_in_scenarios_is_offered() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .expect("scenarios/")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".ron"))
            .collect();
        on_disk.sort();
        let mut offered: Vec<String> = SHIPPED.iter().map(|s| s.file.to_owned()).collect();
        offered.sort();
        assert_eq!(offered, on_disk);
    }
}
