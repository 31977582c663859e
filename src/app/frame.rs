//! The app's side of each frame: input and shortcuts first, then (after
//! `ui` drew the views) the commands they sent.

use egui::{Key, Modifiers, ViewportCommand};

use super::command::SLIDE_KEYS;
use super::{Command, Guarded, NoticeLevel, SeatplanApp, UiCommand};

impl SeatplanApp {
    fn handle_input(&mut self, ctx: &egui::Context) {
        let modal = self.modals.any();
        if !modal {
            let pressed: Vec<UiCommand> = ctx.input_mut(|i| {
                UiCommand::shortcut_table()
                    .into_iter()
                    .filter(|(k, _)| i.consume_shortcut(k))
                    .map(|(_, c)| c)
                    .collect()
            });
            let toggled = pressed.contains(&UiCommand::TogglePresentation)
                || pressed.contains(&UiCommand::PresentFromCurrent);
            for c in pressed {
                self.send(c.command());
            }
            self.presentation_keys(ctx, toggled);
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
                self.modals.open(super::Modal::Unsaved(Guarded::Quit));
            } else {
                self.allow_close = true;
            }
        }
    }

    /// Acts on a dialog's answer; returns whether there was one.
    fn poll_dialogs(&mut self) -> bool {
        match self.dialogs.poll() {
            Some((kind, super::dialogs::Answer::Picked(paths))) => {
                self.on_dialog_answer(kind, paths);
                true
            }
            Some((kind, super::dialogs::Answer::Unavailable)) => {
                self.open_chooser(kind);
                true
            }
            None => false,
        }
    }
}

impl SeatplanApp {
    /// Esc leaves presentation mode (F5 and Shift+F5 are in the command
    /// table); arrows,
    /// PageUp/PageDown, Space, Home and End move between slides. Consumed
    /// before any widget sees them.
    fn presentation_keys(&mut self, ctx: &egui::Context, toggled: bool) {
        if self.view.presentation.is_none() {
            return;
        }
        let (esc, moves) = ctx.input_mut(|i| {
            let esc = i.consume_key(Modifiers::NONE, Key::Escape);
            let moves: Vec<isize> = SLIDE_KEYS
                .iter()
                .filter(|(key, _)| i.consume_key(Modifiers::NONE, *key))
                .map(|&(_, by)| by)
                .collect();
            (esc, moves)
        });
        // F5 and Esc in one frame toggle once, as before.
        if esc && !toggled {
            self.send(Command::TogglePresentation);
        }
        for by in moves {
            self.send(Command::MoveSlide(by));
        }
    }
}

impl SeatplanApp {
    /// Before the views draw: input, dialog answers, queued commands, and
    /// derived results brought up to date.
    pub fn begin_frame(&mut self, ctx: &egui::Context) {
        self.handle_input(ctx);
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
    }

    /// After the views drew: the edits sent so far are applied now, so the
    /// pass drawn again shows them. Other commands wait for the end of the
    /// frame. Returns whether there were any.
    pub fn apply_view_edits(&mut self, sent: &super::CommandSender) -> bool {
        let edits = sent.take_edits();
        let any = !edits.is_empty();
        for c in edits {
            self.apply(c);
        }
        self.refresh();
        any
    }

    /// After the views drew: applies what they sent, opens a dialog they
    /// asked for, and keeps files, full screen, risk and the title current.
    /// `table_shown`: the schools table drew (and used any scroll request).
    pub fn end_frame(&mut self, ctx: &egui::Context, sent: Vec<Command>, table_shown: bool) {
        if table_shown {
            self.view.scroll_to_school = false;
        }
        self.commands.extend(sent);
        let notices_before = self.notices.len();
        let mut acted = !self.commands.is_empty();
        self.apply_commands();
        if let Some(kind) = self.pending_dialog.take() {
            self.dialogs.request(kind, ctx);
        }
        // A scripted dialog answers at once; a native one wakes us when done.
        acted |= self.poll_dialogs();
        self.files_frame(ctx);
        self.watch_sources(ctx);
        self.apply_fullscreen(ctx);
        self.refresh_analysis(Some(ctx));
        acted |= self.poll_read(false);
        if self.import_read.is_some() {
            // The read's progress bar moves without input.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
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
}
