//! The text of a diagnostic, made where it is shown: `model` gives a key and
//! arguments, this reads the sentence from `assets/i18n/<lang>/main.ftl`. The
//! English file is the one copy of what `seatplan check` prints, so the CLI
//! and the window cannot drift apart.

use std::fmt;

use super::{Arg, Lang, num_in, tr_in};
use crate::model::{DiagArg, Diagnostic, MergeError, MergeNotice};

/// The sentence `code` with its arguments in `lang`. With `group`, numbers
/// are grouped as the language writes them and names are shown as written
/// (the window); without, numbers are plain and names escaped (the
/// `seatplan check` text, see [`DiagArg::Name`]).
pub fn diagnostic_text(
    code: &str,
    args: &[(&'static str, DiagArg)],
    lang: Lang,
    group: bool,
) -> String {
    let args: Vec<(&str, Arg)> = args
        .iter()
        .map(|(name, value)| {
            let text = match value {
                DiagArg::Text(t) => t.clone(),
                DiagArg::Name(t) if group => t.clone(),
                DiagArg::Name(t) => escaped(t),
                DiagArg::Year(y) => y.to_string(),
                DiagArg::Number(n) if group => num_in(lang, *n),
                DiagArg::Number(n) => n.to_string(),
                DiagArg::Key(key) => tr_in(lang, key, &[]),
            };
            (*name, Arg::Text(text))
        })
        .collect();
    tr_in(lang, code, &args)
}

/// `a"b` as `a\"b`: Rust's `{:?}` of a string, without its outer quotes.
fn escaped(s: &str) -> String {
    let quoted = format!("{s:?}");
    quoted
        .strip_prefix('"')
        .and_then(|q| q.strip_suffix('"'))
        .map_or_else(|| quoted.clone(), str::to_owned)
}

/// The text of a [`Diagnostic`], at the edge that shows it.
pub trait DiagnosticText {
    /// In `lang`, numbers grouped: the window.
    fn text(&self, lang: Lang) -> String;
    /// In English, numbers plain: `seatplan check`, logs and tests.
    fn english(&self) -> String;
    /// `FILE:LINE:COL: error: message`, or `FILE: error: message` when the
    /// position is unknown (the `seatplan check` format).
    fn display_with_file(&self, file: &str) -> String;
    /// The same line in `lang`, severity included (a command given
    /// `--lang`); in English, exactly [`Self::display_with_file`].
    fn display_with_file_in(&self, file: &str, lang: Lang) -> String;
}

impl DiagnosticText for Diagnostic {
    fn text(&self, lang: Lang) -> String {
        diagnostic_text(self.code, &self.args, lang, true)
    }

    fn english(&self) -> String {
        diagnostic_text(self.code, &self.args, Lang::En, false)
    }

    fn display_with_file(&self, file: &str) -> String {
        let severity = self.severity.as_str();
        match self.position {
            Some(p) => format!("{file}:{p}: {severity}: {}", self.english()),
            None => format!("{file}: {severity}: {}", self.english()),
        }
    }

    fn display_with_file_in(&self, file: &str, lang: Lang) -> String {
        if lang == Lang::En {
            return self.display_with_file(file);
        }
        let key = match self.severity {
            crate::model::Severity::Error => "severity-error",
            crate::model::Severity::Warning => "severity-warning",
        };
        let severity = tr_in(lang, key, &[]);
        let text = diagnostic_text(self.code, &self.args, lang, false);
        match self.position {
            Some(p) => format!("{file}:{p}: {severity}: {text}"),
            None => format!("{file}: {severity}: {text}"),
        }
    }
}

/// The English of a merge notice (`seatplan merge`, logs), read from the
/// English translation like a diagnostic's. The window asks
/// [`diagnostic_text`] for its own language. (`model` cannot read a
/// translation, so this impl lives at the edge.)
impl fmt::Display for MergeNotice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&diagnostic_text(self.code(), &self.args(), Lang::En, false))
    }
}

/// The English of a merge error, as for [`MergeNotice`].
impl fmt::Display for MergeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&diagnostic_text(self.code(), &self.args(), Lang::En, false))
    }
}

/// What a scenario over one of the file limits says, in `lang`.
pub fn limit_text(o: &crate::model::OverLimit, lang: super::Lang) -> String {
    use crate::model::Limit;
    let n = |v: u64| super::num_in(lang, i64::try_from(v).unwrap_or(i64::MAX));
    let (count, max) = if o.limit == Limit::FileBytes {
        // Whole megabytes: "203 MB, over the 50 MB".
        (n(o.count.div_ceil(1024 * 1024)), n(o.max / (1024 * 1024)))
    } else {
        (n(o.count), n(o.max))
    };
    super::tr_in(
        lang,
        o.key(),
        &[
            ("count", count.into()),
            ("max", max.into()),
            ("item", o.item().to_owned().into()),
        ],
    )
}
