//! Where the app keeps its files on each system, and its icon.
//!
//! - Settings and recent files: eframe's storage, `app.ron` in
//!   `%APPDATA%\seatplan\data` on Windows (the roaming profile, so they follow
//!   the planner to another office PC) and `$XDG_DATA_HOME/seatplan`
//!   (`~/.local/share/seatplan`) on Linux.
//! - Recovery copies of unsaved work: `%LOCALAPPDATA%\seatplan\recovery` on
//!   Windows — they hold locks of windows running on this PC and must not roam
//!   to another — and `~/.local/share/seatplan/recovery` on Linux.

use std::ffi::OsString;
use std::path::PathBuf;

use egui::os::OperatingSystem;

/// The app's name in folder names.
pub const APP_ID: &str = "seatplan";

/// The recovery folder of this system (see the module comment), or `None`
/// where the system has no folder for app data.
pub fn recovery_dir() -> Option<PathBuf> {
    recovery_dir_in(
        OperatingSystem::from_target_os(),
        |name| std::env::var_os(name),
        eframe::storage_dir(APP_ID),
    )
}

/// [`recovery_dir`] for a given system, environment and eframe storage folder.
pub fn recovery_dir_in(
    os: OperatingSystem,
    env: impl Fn(&str) -> Option<OsString>,
    storage: Option<PathBuf>,
) -> Option<PathBuf> {
    let local = match os {
        OperatingSystem::Windows => env("LOCALAPPDATA").map(|p| PathBuf::from(p).join(APP_ID)),
        _ => None,
    };
    local.or(storage).map(|dir| dir.join("recovery"))
}

/// The window's icon (title bar, taskbar, Alt-Tab): `assets/icon/icon.png`,
/// rendered from `assets/icon/icon.svg` by `cargo run --example make_icon`.
/// A picture that cannot be decoded leaves the system's default icon.
pub fn window_icon() -> egui::IconData {
    let bytes = include_bytes!("../../assets/icon/icon.png");
    match resvg::tiny_skia::Pixmap::decode_png(bytes) {
        Ok(pixmap) => egui::IconData {
            width: pixmap.width(),
            height: pixmap.height(),
            rgba: pixmap.take_demultiplied(),
        },
        Err(_) => egui::IconData::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_recovery_goes_to_local_app_data() {
        let local = PathBuf::from(r"C:\Users\Әлия Нұрова\AppData\Local");
        let env = |name: &str| (name == "LOCALAPPDATA").then(|| local.clone().into_os_string());
        let roaming = Some(PathBuf::from(
            r"C:\Users\Әлия Нұрова\AppData\Roaming\seatplan\data",
        ));
        assert_eq!(
            recovery_dir_in(OperatingSystem::Windows, env, roaming.clone()),
            Some(local.join("seatplan").join("recovery"))
        );
        // Without the variable (a stripped environment) the storage folder is used.
        assert_eq!(
            recovery_dir_in(OperatingSystem::Windows, |_| None, roaming.clone()),
            roaming.map(|r| r.join("recovery"))
        );
    }

    #[test]
    fn linux_recovery_goes_beside_the_settings() {
        let data = PathBuf::from("/home/aliya/.local/share/seatplan");
        // LOCALAPPDATA means nothing on Linux, even if some tool sets it.
        let env = |_: &str| Some(OsString::from("/tmp/elsewhere"));
        assert_eq!(
            recovery_dir_in(OperatingSystem::Nix, env, Some(data.clone())),
            Some(data.join("recovery"))
        );
        assert_eq!(recovery_dir_in(OperatingSystem::Nix, |_| None, None), None);
    }

    #[test]
    fn window_icon_is_the_256_pixel_picture() {
        let icon = window_icon();
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
        // The centre of the school's wall is opaque white; the corner outside
        // the rounded square is transparent (both read off icon.svg).
        let at = |x: usize, y: usize| &icon.rgba[(y * 256 + x) * 4..(y * 256 + x) * 4 + 4];
        assert_eq!(at(60, 150), [255, 255, 255, 255]);
        assert_eq!(at(1, 1)[3], 0);
    }
}
