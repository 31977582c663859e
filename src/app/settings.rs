use std::path::PathBuf;

use serde::{Deserialize, Serialize};

const MAX_RECENT: usize = 10;

/// What survives a restart (eframe persistence). `#[serde(default)]` so a
/// settings file from an older version loads with new fields defaulted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub version: u32,
    pub recent_files: Vec<PathBuf>,
    /// Region id last selected; `None` for the whole country.
    pub last_region: Option<String>,
    /// Chosen from the menu; `None` until then (the system locale decides).
    pub lang: Option<crate::i18n::Lang>,
    /// Light theme, for projectors; off follows the system.
    pub light_theme: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            version: 1,
            recent_files: Vec::new(),
            last_region: None,
            lang: None,
            light_theme: false,
        }
    }
}

impl Settings {
    pub fn add_recent(&mut self, path: PathBuf) {
        self.recent_files.retain(|p| p != &path);
        self.recent_files.insert(0, path);
        self.recent_files.truncate(MAX_RECENT);
    }
}
