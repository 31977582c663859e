//! The open scenario with its file path, unsaved-changes state and undo history.
//! Every edit goes through [`Document::edit`]; views never mutate the scenario.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::model::Scenario;

/// How many undo steps are kept; a step of a 100 000-school scenario is ~30 MB.
const UNDO_LIMIT: usize = 100;

/// Identifies the cell an edit changes: consecutive edits with the same key
/// (typing in one cell) merge into one undo step. Built from what is edited,
/// narrowed part by part: `EditKey::region(2).at("deficit").at(2025)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditKey(pub String);

impl EditKey {
    pub fn new(key: impl Into<String>) -> Self {
        EditKey(key.into())
    }

    /// The scenario's own fields (name, years, seat unit).
    pub fn scenario() -> Self {
        EditKey::new("scenario")
    }

    /// Region `r` and everything in it.
    pub fn region(r: usize) -> Self {
        EditKey::scenario_part("region", r)
    }

    /// District `d` of region `r`.
    pub fn district(r: usize, d: usize) -> Self {
        EditKey::region(r).at("district").at(d)
    }

    /// A region's or a district's own fields (`unit`).
    pub fn unit(unit: super::Unit) -> Self {
        match unit.district {
            None => EditKey::region(unit.region),
            Some(d) => EditKey::district(unit.region, d),
        }
    }

    /// School `i`.
    pub fn school(i: usize) -> Self {
        EditKey::scenario_part("school", i)
    }

    /// Existing school `i` (`Scenario::existing`).
    pub fn existing(i: usize) -> Self {
        EditKey::scenario_part("existing", i)
    }

    fn scenario_part(kind: &str, i: usize) -> Self {
        EditKey(format!("{kind}:{i}"))
    }

    /// The key narrowed by one part: a field name, a year, a language, an index.
    #[must_use]
    pub fn at(&self, part: impl std::fmt::Display) -> Self {
        EditKey(format!("{}:{part}", self.0))
    }
}

/// Revisions are unique across documents, so a cache keyed on one can never
/// mistake a newly opened file for the previous one.
fn next_revision() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

struct Step {
    scenario: Scenario,
    revision: u64,
}

pub struct Document {
    scenario: Scenario,
    path: Option<PathBuf>,
    /// Identifies the content: a new value on every change, the old one back on
    /// undo, so caches keyed on it stay right and "dirty" is exact.
    revision: u64,
    saved_revision: Option<u64>,
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// The key of the last edit while it may still merge with the next one.
    open_key: Option<EditKey>,
}

impl Document {
    /// A document loaded from (or just saved to) `path`, or embedded (`None`).
    pub fn new(scenario: Scenario, path: Option<PathBuf>) -> Self {
        let revision = next_revision();
        Document {
            scenario,
            path,
            revision,
            saved_revision: Some(revision),
            undo: Vec::new(),
            redo: Vec::new(),
            open_key: None,
        }
    }

    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn is_dirty(&self) -> bool {
        self.saved_revision != Some(self.revision)
    }

    /// The file name for the title bar and prompts.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(p) => p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            None if self.scenario.name.is_empty() => crate::i18n::tr("untitled"),
            None => crate::i18n::tr_args(
                "built-in",
                &[(
                    "name",
                    self.scenario.name.get(crate::i18n::lang().code()).into(),
                )],
            ),
        }
    }

    /// Applies `change` as one undoable step, or merges it into the previous
    /// step when `key` is the same cell as the last edit. An edit that changes
    /// nothing records nothing.
    pub fn edit(&mut self, key: Option<EditKey>, change: impl FnOnce(&mut Scenario)) {
        let before = self.scenario.clone();
        change(&mut self.scenario);
        if self.scenario == before {
            return;
        }
        let merge = key.is_some() && key == self.open_key && !self.undo.is_empty();
        if !merge {
            self.undo.push(Step {
                scenario: before,
                revision: self.revision,
            });
            if self.undo.len() > UNDO_LIMIT {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.open_key = key;
        self.revision = next_revision();
    }

    /// Ends the current edit step: the next edit, even to the same cell, is a
    /// new undo step (called when a cell loses focus).
    pub fn seal(&mut self) {
        self.open_key = None;
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo(&mut self) -> bool {
        self.swap(true)
    }

    pub fn redo(&mut self) -> bool {
        self.swap(false)
    }

    fn swap(&mut self, undo: bool) -> bool {
        let (from, to) = if undo {
            (&mut self.undo, &mut self.redo)
        } else {
            (&mut self.redo, &mut self.undo)
        };
        let Some(step) = from.pop() else {
            return false;
        };
        let current = Step {
            scenario: std::mem::replace(&mut self.scenario, step.scenario),
            revision: self.revision,
        };
        to.push(current);
        self.revision = step.revision;
        self.open_key = None;
        true
    }

    /// Records that the current content is what `path` now holds.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.path = Some(path);
        self.saved_revision = Some(self.revision);
        self.open_key = None;
    }

    /// A document that was never saved: dirty until saved, even if unchanged.
    pub fn mark_unsaved(&mut self) {
        self.saved_revision = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document::new(Scenario::new_empty(), None)
    }

    /// The built keys are the strings the editors wrote by hand before, so
    /// edits still merge into the same undo steps.
    #[test]
    fn edit_keys_are_built_part_by_part() {
        let key = |k: EditKey| k.0;
        assert_eq!(key(EditKey::scenario().at("name")), "scenario:name");
        assert_eq!(
            key(EditKey::region(2).at("deficit").at(2025)),
            "region:2:deficit:2025"
        );
        assert_eq!(
            key(EditKey::district(1, 0).at("name").at("kk")),
            "region:1:district:0:name:kk"
        );
        assert_eq!(
            key(EditKey::unit(super::super::Unit::district(1, 0)).at("demand")),
            "region:1:district:0:demand"
        );
        assert_eq!(
            key(EditKey::unit(super::super::Unit::region(3))),
            "region:3"
        );
        assert_eq!(key(EditKey::school(7).at("seats")), "school:7:seats");
    }

    #[test]
    fn typing_in_one_cell_is_one_undo_step() {
        let mut d = doc();
        for name in ["A", "Al", "Alm"] {
            d.edit(Some(EditKey::new("name")), |s| s.name = name.into());
        }
        d.edit(Some(EditKey::new("horizon")), |s| s.horizon = 2030);
        assert!(d.is_dirty());
        assert!(d.undo());
        assert_eq!(
            (d.scenario().name.get("en"), d.scenario().horizon),
            ("Alm", 2029)
        );
        assert!(d.undo());
        assert_eq!(d.scenario().name.get("en"), "");
        assert!(!d.is_dirty(), "back to the saved content");
        assert!(!d.undo());
        assert!(d.redo() && d.redo());
        assert_eq!(
            (d.scenario().name.get("en"), d.scenario().horizon),
            ("Alm", 2030)
        );
    }

    #[test]
    fn sealing_splits_steps_and_no_op_edits_record_nothing() {
        let mut d = doc();
        d.edit(Some(EditKey::new("name")), |s| s.name = "A".into());
        d.seal();
        d.edit(Some(EditKey::new("name")), |s| s.name = "B".into());
        d.edit(None, |s| s.name = "B".into());
        assert!(d.undo());
        assert_eq!(d.scenario().name.get("en"), "A");
    }

    #[test]
    fn a_new_edit_clears_redo_and_revisions_identify_content() {
        let mut d = doc();
        let r0 = d.revision();
        d.edit(None, |s| s.base_year = 2024);
        let r1 = d.revision();
        assert_ne!(r0, r1);
        d.undo();
        assert_eq!(d.revision(), r0);
        d.edit(None, |s| s.base_year = 2025);
        assert!(!d.can_redo());
        assert_ne!(d.revision(), r1, "new content gets a new revision");
    }
}
