//! The one GUI harness builder (tests and the `ui_frame` bench), and the
//! helpers that read what the window shows. Each helper has one meaning.

use std::path::PathBuf;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use seatplan::app::{AppOptions, FakeDialogs, Pane, SeatplanApp, Settings, Workspace};
use seatplan::i18n::Lang;

/// How to start the window under test: no file, scripted dialogs, school
/// year 2026, no stored settings, no recovery folder, a 1600×1000 window.
pub struct AppHarness {
    file: Option<PathBuf>,
    dialogs: FakeDialogs,
    lang: Option<Lang>,
    settings: Option<Settings>,
    recovery_dir: Option<PathBuf>,
    max_steps: Option<u64>,
    allow_missing_glyphs: bool,
    welcome: bool,
    default_layout: bool,
}

pub fn app() -> AppHarness {
    AppHarness {
        file: None,
        dialogs: FakeDialogs::default(),
        lang: None,
        settings: None,
        recovery_dir: None,
        max_steps: None,
        allow_missing_glyphs: false,
        welcome: false,
        default_layout: false,
    }
}

/// The layout a planner who edits the plan arranges by dragging tabs: the
/// schools table full width under a smaller chart, and the year table and
/// the problems side by side under it, all in view at once. (The default
/// keeps these as tabs under a large chart; `workspace.rs` tests it.)
pub fn editing_layout() -> Workspace {
    use egui_tiles::{Linear, LinearDir, Tabs, Tiles, Tree};
    let mut tiles = Tiles::default();
    let mut tab = |panes: &[Pane]| {
        let children = panes.iter().map(|p| tiles.insert_pane(*p)).collect();
        tiles.insert_container(Tabs::new(children))
    };
    let regions = tab(&[Pane::Regions]);
    let editor = tab(&[Pane::RegionEditor]);
    let chart = tab(&[Pane::Chart]);
    let schools = tab(&[Pane::Schools]);
    let years = tab(&[Pane::YearTable]);
    let others = tab(&[Pane::Problems, Pane::Map, Pane::Comparison]);
    let left = tiles.insert_container(Linear::new_binary(
        LinearDir::Vertical,
        [regions, editor],
        0.5,
    ));
    let bottom = tiles.insert_container(Linear::new_binary(
        LinearDir::Horizontal,
        [years, others],
        0.5,
    ));
    let mut centre = Linear::new(LinearDir::Vertical, vec![chart, schools, bottom]);
    centre.shares.set_share(chart, 0.3);
    centre.shares.set_share(schools, 0.4);
    centre.shares.set_share(bottom, 0.3);
    let centre = tiles.insert_container(centre);
    let root = tiles.insert_container(Linear::new_binary(
        LinearDir::Horizontal,
        [left, centre],
        0.22,
    ));
    Workspace::with_tree(Tree::new(egui::Id::unique("workspace"), root, tiles))
}

impl AppHarness {
    pub fn file(mut self, file: Option<PathBuf>) -> Self {
        self.file = file;
        self
    }

    /// The test keeps a clone to script answers and read what was asked.
    pub fn dialogs(mut self, dialogs: &FakeDialogs) -> Self {
        self.dialogs = dialogs.clone();
        self
    }

    /// Labels are translated: GUI tests pin the language.
    pub fn lang(mut self, lang: Lang) -> Self {
        self.lang = Some(lang);
        self
    }

    pub fn settings(mut self, settings: Settings) -> Self {
        self.settings = Some(settings);
        self
    }

    pub fn recovery_dir(mut self, dir: Option<PathBuf>) -> Self {
        self.recovery_dir = dir;
        self
    }

    pub fn max_steps(mut self, steps: u64) -> Self {
        self.max_steps = Some(steps);
        self
    }

    /// Hostile files carry characters no font has: the app draws a box for
    /// them (egui's default), the harness would panic.
    pub fn allow_missing_glyphs(mut self) -> Self {
        self.allow_missing_glyphs = true;
        self
    }

    /// The window's own default layout instead of [`editing_layout`].
    pub fn default_layout(mut self) -> Self {
        self.default_layout = true;
        self
    }

    /// Offer the shipped scenarios at start, as a first run does (off
    /// otherwise: the other tests start on the national scenario).
    pub fn welcome(mut self) -> Self {
        self.welcome = true;
        self
    }

    /// The harness, before its first frame.
    pub fn build(self) -> Harness<'static, SeatplanApp> {
        let AppHarness {
            file,
            dialogs,
            lang,
            settings,
            recovery_dir,
            max_steps,
            allow_missing_glyphs,
            welcome,
            default_layout,
        } = self;
        let mut builder = Harness::builder().with_size(egui::vec2(1600.0, 1000.0));
        if let Some(steps) = max_steps {
            builder = builder.with_max_steps(steps);
        }
        if allow_missing_glyphs {
            builder = builder.allow_missing_glyphs();
        }
        builder.build_eframe(move |cc| {
            let mut app = SeatplanApp::new(
                cc,
                AppOptions {
                    file,
                    dialogs: Box::new(dialogs),
                    today: Some(seatplan::calendar::Day::new(2026, 12, 3)),
                    use_storage: false,
                    settings,
                    lang,
                    recovery_dir,
                    welcome,
                    ..AppOptions::default()
                },
            );
            if !default_layout {
                app.workspace = editing_layout();
            }
            app
        })
    }
}

/// A widget's label is exactly `label`.
pub fn shows_exactly(h: &Harness<'_, SeatplanApp>, label: &str) -> bool {
    h.query_by_label(label).is_some()
}

/// Some widget's label contains `text`.
pub fn shows_text_containing(h: &Harness<'_, SeatplanApp>, text: &str) -> bool {
    h.query_by_label_contains(text).is_some()
}

/// What eframe keeps between runs (settings, the layout), in memory.
#[derive(Default)]
pub struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

/// Clicks the button labelled exactly `label` and runs the frames it causes.
pub fn click(h: &mut Harness<'_, SeatplanApp>, label: &str) {
    h.get_by_role_and_label(egui::accesskit::Role::Button, label)
        .click();
    h.run();
}

/// The window (English) on `text` written to a temporary file; the folder
/// must outlive the harness.
pub fn open_text(text: &str) -> (Harness<'static, SeatplanApp>, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("scenario.ron");
    std::fs::write(&file, text).expect("write");
    let mut h = app().file(Some(file)).lang(Lang::En).max_steps(30).build();
    h.run();
    (h, dir)
}
