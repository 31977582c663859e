//! The house's layering: no two modules of `src/` use each other (issue 24
//! broke the five such circles: chart ↔ map, export/districts ↔
//! export/slides, io/explain ↔ io/load, model/validate ↔
//! model/validate_districts, ui/district_editor ↔ ui/region_editor), and the
//! window takes what it says from `deck`, never from `export`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every `.rs` file under `src/` as (module path, text before its tests).
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut BTreeMap<String, String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|x| x == "rs") {
                let rel = path.strip_prefix("src").expect("under src");
                let mut module = rel.with_extension("").to_string_lossy().replace('/', "::");
                if module.ends_with("::mod") {
                    module.truncate(module.len() - "::mod".len());
                }
                if module == "lib" || module == "main" {
                    module.clear();
                }
                let text = std::fs::read_to_string(&path).expect("read");
                let code = text.split("#[cfg(test)]").next().unwrap_or("").to_owned();
                out.insert(module, code);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(Path::new("src"), &mut out);
    out
}

/// The modules `code` (the text of `module`) names through `crate::`,
/// `super::` or `self::` paths, as the longest known module each path
/// starts with.
fn uses(module: &str, code: &str, known: &BTreeSet<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == ':';
    let mut rest = code;
    while let Some(at) = rest.find(['c', 's']) {
        let tail = &rest[at..];
        let before_ok = rest[..at].chars().last().is_none_or(|c| !ident(c));
        let path: String = tail.chars().take_while(|&c| ident(c)).collect();
        rest = &tail[path.len().max(1)..];
        if !before_ok {
            continue;
        }
        let mut parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
        let mut base: Vec<&str> = match parts.first() {
            Some(&"crate") => Vec::new(),
            Some(&"super") | Some(&"self") => module.split("::").collect(),
            _ => continue,
        };
        while let Some(&first) = parts.first() {
            match first {
                "crate" | "self" => {
                    parts.remove(0);
                }
                "super" => {
                    base.pop();
                    parts.remove(0);
                }
                _ => break,
            }
        }
        for n in (1..=parts.len()).rev() {
            let candidate: Vec<&str> = base
                .iter()
                .copied()
                .chain(parts[..n].iter().copied())
                .collect();
            let candidate = candidate.join("::");
            if known.contains(candidate.as_str()) {
                let nested = candidate.starts_with(&format!("{module}::"))
                    || module.starts_with(&format!("{candidate}::"));
                if candidate != module && !nested {
                    out.insert(candidate);
                }
                break;
            }
        }
    }
    out
}

#[test]
fn no_two_modules_use_each_other() {
    let all = modules();
    let known: BTreeSet<&str> = all.keys().map(String::as_str).collect();
    let edges: BTreeMap<&str, BTreeSet<String>> = all
        .iter()
        .map(|(m, code)| (m.as_str(), uses(m, code, &known)))
        .collect();
    // The check sees what it must: the deck is used by the window and the
    // exports alike.
    assert!(edges["ui::presentation"].contains("deck"));
    assert!(edges["export::slides"].contains("deck"));
    let mut circles = Vec::new();
    for (a, targets) in &edges {
        for b in targets {
            if a < &b.as_str() && edges.get(b.as_str()).is_some_and(|t| t.contains(*a)) {
                circles.push(format!("{a} <-> {b}"));
            }
        }
    }
    assert!(
        circles.is_empty(),
        "modules that use each other: {circles:?}"
    );
}

#[test]
fn the_window_takes_its_words_from_the_deck_not_the_exports() {
    for (module, code) in modules() {
        if module.starts_with("ui") {
            assert!(
                !code.contains("crate::export"),
                "{module} borrows from export/: take it from crate::deck"
            );
        }
    }
}
