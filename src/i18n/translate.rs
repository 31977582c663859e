//! Fluent translations (`assets/i18n/<lang>/main.ftl`), compiled into the
//! binary. The current language is per thread: the UI runs on one thread, and
//! parallel tests can each pin their own language.

use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Lang;

pub const SOURCES: [(Lang, &str); 3] = [
    (Lang::Kk, include_str!("../../assets/i18n/kk/main.ftl")),
    (Lang::Ru, include_str!("../../assets/i18n/ru/main.ftl")),
    (Lang::En, include_str!("../../assets/i18n/en/main.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 3] {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| SOURCES.map(|(lang, text)| make_bundle(lang, text)))
}

fn make_bundle(lang: Lang, text: &str) -> Bundle {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: they would show as boxes
    // in some fonts and break exact-text checks.
    bundle.set_use_isolating(false);
    // A parse error keeps every message that did parse; the key-parity test
    // fails on any message that did not.
    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

/// Parses the translation files now rather than at the first message (the
/// start-up timing measures it apart).
pub fn preload() {
    let _ = bundles();
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
    static PSEUDO: Cell<bool> = const { Cell::new(false) };
}

pub fn set_lang(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// Pseudo-locale for tests: every translated string comes out as ‹text›, so a
/// string on screen without the marks bypassed the translation.
pub fn set_pseudo(on: bool) {
    PSEUDO.with(|p| p.set(on));
}

/// An argument of a translated message.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Shown as is (pre-formatted numbers, names, years).
    Text(String),
    /// A count, for plural rules (`1 школа, 2 школы, 5 школ`).
    Count(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

/// Years are text: never grouped, never pluralised.
impl From<i32> for Arg {
    fn from(year: i32) -> Self {
        Arg::Text(year.to_string())
    }
}

/// The message `key` in the current language.
pub fn tr(key: &str) -> String {
    tr_args(key, &[])
}

/// The message `key` with arguments, e.g. `tr_args("headline-horizon", &[("year", 2029.into())])`.
pub fn tr_args(key: &str, args: &[(&str, Arg)]) -> String {
    tr_in(lang(), key, args)
}

pub fn tr_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let idx = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(2);
    let text = format_in(&bundles()[idx], key, args)
        // A key missing in one language falls back to English rather than
        // showing nothing; the key-parity test keeps this from shipping.
        .or_else(|| format_in(&bundles()[2], key, args))
        .unwrap_or_else(|| key.to_owned());
    if PSEUDO.with(Cell::get) {
        format!("‹{text}›")
    } else {
        text
    }
}

fn format_in(bundle: &Bundle, key: &str, args: &[(&str, Arg)]) -> Option<String> {
    let message = bundle.get_message(key)?;
    let pattern = message.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(t) => fluent_args.set(*name, FluentValue::from(t.as_str())),
            Arg::Count(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

/// The syntax errors of a Fluent source.
#[derive(Debug, thiserror::Error)]
#[error("{0:?}")]
pub struct FluentErrors(pub Vec<fluent_syntax::parser::ParserError>);

/// Message ids defined in one Fluent source (for the key-parity test).
pub fn message_ids(source: &str) -> Result<Vec<String>, FluentErrors> {
    use fluent_bundle::FluentResource;
    let resource =
        FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| FluentErrors(errors))?;
    Ok(resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect())
}
