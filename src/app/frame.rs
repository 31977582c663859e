//! The per-frame loop: input and shortcuts first, then the views, then the
//! commands they emitted.

use egui::{Key, KeyboardShortcut, Modifiers, ViewportCommand};

use super::{Command, Guarded, NoticeLevel, SeatplanApp};

pub const SHORTCUTS: &[(KeyboardShortcut, Shortcut)] = &[
    (
        KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z),
        Shortcut::Redo,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S),
        Shortcut::SaveAs,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Z),
        Shortcut::Undo,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Y),
        Shortcut::Redo,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::S),
        Shortcut::Save,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::O),
        Shortcut::Open,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::N),
        Shortcut::New,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Q),
        Shortcut::Quit,
    ),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    New,
    Open,
    Save,
    SaveAs,
    Undo,
    Redo,
    Quit,
}

impl Shortcut {
    pub fn command(self) -> Command {
        match self {
            Shortcut::New => Command::Guarded(Guarded::New),
            Shortcut::Open => Command::Guarded(Guarded::Open),
            Shortcut::Save => Command::Save,
            Shortcut::SaveAs => Command::SaveAs,
            Shortcut::Undo => Command::Undo,
            Shortcut::Redo => Command::Redo,
            Shortcut::Quit => Command::Guarded(Guarded::Quit),
        }
    }

    /// The shortcut text shown in menus, e.g. "Ctrl+S".
    pub fn text(self, ctx: &egui::Context) -> String {
        SHORTCUTS
            .iter()
            .find(|(_, s)| *s == self)
            .map(|(k, _)| ctx.format_shortcut(k))
            .unwrap_or_default()
    }
}

impl SeatplanApp {
    fn handle_input(&mut self, ctx: &egui::Context) {
        let modal = self.prompt.is_some() || self.load_failure.is_some() || self.file_prompt_open();
        if !modal {
            let pressed: Vec<Shortcut> = ctx.input_mut(|i| {
                SHORTCUTS
                    .iter()
                    .filter(|(k, _)| i.consume_shortcut(k))
                    .map(|(_, s)| *s)
                    .collect()
            });
            for s in pressed {
                self.send(s.command());
            }
            self.presentation_keys(ctx);
        }

        let dropped: Vec<_> = ctx.input(|i| i.raw.dropped_files.clone());
        if let Some(file) = dropped.first() {
            let path = file.path().to_path_buf();
            if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
            {
                self.send(Command::Guarded(Guarded::OpenPath(path)));
            } else {
                self.notify(
                    NoticeLevel::Error,
                    crate::i18n::tr_args(
                        "drop-not-scenario",
                        &[("path", path.display().to_string().into())],
                    ),
                );
            }
        }

        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            if self.doc.is_dirty() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.prompt = Some(Guarded::Quit);
            } else {
                self.allow_close = true;
            }
        }
    }

    fn poll_dialogs(&mut self) {
        if let Some((kind, path)) = self.dialogs.poll() {
            self.on_dialog_answer(kind, path);
        }
    }
}

impl SeatplanApp {
    /// F5 presents, Esc leaves; arrows, PageUp/PageDown, Space, Home and End
    /// move between slides. Consumed before any widget sees them.
    fn presentation_keys(&mut self, ctx: &egui::Context) {
        let presenting = self.view.presentation.is_some();
        let (f5, esc, moves) = ctx.input_mut(|i| {
            let f5 = i.consume_key(Modifiers::NONE, Key::F5);
            if !presenting {
                return (f5, false, Vec::new());
            }
            let esc = i.consume_key(Modifiers::NONE, Key::Escape);
            let mut moves = Vec::new();
            for (key, by) in [
                (Key::ArrowRight, 1),
                (Key::ArrowDown, 1),
                (Key::PageDown, 1),
                (Key::Space, 1),
                (Key::ArrowLeft, -1),
                (Key::ArrowUp, -1),
                (Key::PageUp, -1),
                (Key::Home, -10_000),
                (Key::End, 10_000),
            ] {
                if i.consume_key(Modifiers::NONE, key) {
                    moves.push(by);
                }
            }
            (f5, esc, moves)
        });
        if f5 || esc {
            self.send(Command::TogglePresentation);
        }
        for by in moves {
            self.send(Command::MoveSlide(by));
        }
    }
}

impl eframe::App for SeatplanApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.handle_input(&ctx);
        self.poll_dialogs();
        self.apply_commands();
        self.refresh();

        // Slides are always light: high contrast on a projector.
        let theme = if self.settings.light_theme || self.view.presentation.is_some() {
            egui::ThemePreference::Light
        } else {
            egui::ThemePreference::System
        };
        if ctx.options(|o| o.theme_preference) != theme {
            ctx.set_theme(theme);
        }
        crate::ui::draw(self, ui);

        let notices_before = self.notices.len();
        let mut acted = !self.commands.is_empty();
        self.apply_commands();
        if let Some(kind) = self.pending_dialog.take() {
            self.dialogs.request(kind, &ctx);
        }
        // A scripted dialog answers at once; a native one wakes us when done.
        self.poll_dialogs();
        self.files_frame(&ctx);
        self.apply_fullscreen(&ctx);
        self.refresh_analysis(Some(&ctx));
        if self.quit_requested {
            self.quit_requested = false;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        // A dialog answered or a notice posted after drawing: show it now.
        acted |= self.notices.len() != notices_before;
        if acted {
            ctx.request_repaint();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }

    /// A clean exit (after any unsaved-changes prompt): no recovery file stays.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.files_on_exit();
    }
}
