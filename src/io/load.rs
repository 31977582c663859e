use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use ron::extensions::Extensions;

use super::explain::{Msg, RECURSION_LIMIT, end_position, syntax_diagnostic};
use super::fast::parse as fast_parse;
use super::locate::Locator;
use crate::i18n::Lang;
use crate::model::{DiagArg, Diagnostic, Position, Scenario, has_errors, validate};

/// Larger files are refused before parsing: a real scenario (100 000 schools)
/// is about 30 MB.
pub use crate::model::MAX_FILE_BYTES;

/// A parsed scenario with its validation warnings and errors. The scenario is
/// shown even with errors, but no projection of it should be trusted.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub scenario: Scenario,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        has_errors(&self.diagnostics)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read at all (missing, unreadable, too large).
    #[error("cannot read {}: {reason}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        reason: ReadFailure,
    },
    /// The file was read but is not a scenario: syntax or type errors.
    #[error("{} is not a valid scenario file", path.display())]
    Invalid {
        path: PathBuf,
        diagnostics: Vec<Diagnostic>,
    },
}

impl LoadError {
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            LoadError::Read { .. } => &[],
            LoadError::Invalid { diagnostics, .. } => diagnostics,
        }
    }
}

/// Why a file could not be read. The text is made where it is shown, in
/// that view's language ([`ReadFailure::message`]); `Display` is English.
#[derive(Debug)]
pub enum ReadFailure {
    /// The system refused (missing file, no permission, …): its own text.
    Io(io::Error),
    /// The path is a folder.
    Folder,
    /// Over [`MAX_FILE_BYTES`]; refused before reading.
    TooLarge { bytes: u64 },
}

impl ReadFailure {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ReadFailure::Io(e) => e.to_string(),
            ReadFailure::Folder => crate::i18n::tr_in(lang, "load-is-folder", &[]),
            ReadFailure::TooLarge { bytes } => too_large_msg(*bytes).text_in(lang),
        }
    }
}

impl fmt::Display for ReadFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ReadFailure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReadFailure::Io(e) => Some(e),
            ReadFailure::Folder | ReadFailure::TooLarge { .. } => None,
        }
    }
}

pub fn load_path(path: &Path) -> Result<Loaded, LoadError> {
    let read_error = |reason: ReadFailure| LoadError::Read {
        path: path.to_path_buf(),
        reason,
    };
    let meta = std::fs::metadata(path).map_err(|e| read_error(ReadFailure::Io(e)))?;
    if meta.is_dir() {
        return Err(read_error(ReadFailure::Folder));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(read_error(ReadFailure::TooLarge { bytes: meta.len() }));
    }
    let bytes = std::fs::read(path).map_err(|e| read_error(ReadFailure::Io(e)))?;
    load_bytes(&bytes).map_err(|diagnostics| LoadError::Invalid {
        path: path.to_path_buf(),
        diagnostics,
    })
}

fn too_large_msg(len: u64) -> Msg {
    let mb = |n: u64| DiagArg::Number(i64::try_from(n).unwrap_or(i64::MAX));
    Msg::new(
        "parse-too-large",
        vec![
            ("size", mb(len.div_ceil(1024 * 1024))),
            ("limit", mb(MAX_FILE_BYTES / (1024 * 1024))),
        ],
    )
}

/// Loads from raw bytes: refuses oversized input, strips a UTF-8 byte-order
/// mark, and reports invalid UTF-8 with its position.
pub fn load_bytes(bytes: &[u8]) -> Result<Loaded, Vec<Diagnostic>> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(vec![too_large_msg(bytes.len() as u64).error()]);
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(vec![
            Msg::plain("parse-utf16")
                .error()
                .at(Position { line: 1, column: 1 }),
        ]);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => load_str(text),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            // The prefix is valid UTF-8 by construction.
            let prefix = std::str::from_utf8(valid).unwrap_or_default();
            Err(vec![
                Msg::plain("parse-not-utf8")
                    .error()
                    .at(end_position(prefix)),
            ])
        }
    }
}

/// Parses and validates scenario text.
///
/// `Ok` carries the scenario and every diagnostic (errors included: the file is
/// shown, its projection is not trusted); `Err` means the text is not a scenario.
pub fn load_str(text: &str) -> Result<Loaded, Vec<Diagnostic>> {
    let _timing =
        crate::timing::span(|| format!("parse and validate {} KB of RON", text.len() / 1024));
    // The fast reader takes only what it reads exactly as RON would, so the
    // result (and any error, which comes from RON) is the same either way.
    let parsed = match fast_parse(text) {
        Some(scenario) => Ok(scenario),
        None => ron_parse(text),
    };
    match parsed {
        Ok(scenario) => {
            let mut diagnostics = validate(&scenario);
            diagnostics.extend(super::approval_diagnostic(&scenario));
            if !diagnostics.is_empty() {
                Locator::scan(text).attach(&mut diagnostics);
            }
            Ok(Loaded {
                scenario,
                diagnostics,
            })
        }
        Err(e) => Err(vec![syntax_diagnostic(text, &e)]),
    }
}

/// Reads scenario text with the RON parser, as the file format defines it.
/// [`load_str`] uses it for every text [`fast_parse`] refuses; public so tests
/// and benchmarks can compare the two.
pub fn ron_parse(text: &str) -> Result<Scenario, ron::error::SpannedError> {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(RECURSION_LIMIT)
        .from_str::<Scenario>(text)
}
