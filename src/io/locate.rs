//! Finds where regions, schools and their fields stand in the file text, so a
//! validation message can point at a line and column (serde gives values no
//! positions). A flat scan with an explicit stack: it never recurses, and it is
//! only run on text the RON parser has already accepted.

use std::collections::HashMap;

use crate::model::{Diagnostic, Position, Subject};

/// Gives each diagnostic without a position the line and column of its
/// subject (and field) in `text`, the scenario file's text.
pub fn locate(text: &str, diagnostics: &mut [Diagnostic]) {
    if !diagnostics.is_empty() {
        Locator::scan(text).attach(diagnostics);
    }
}

#[derive(Default)]
struct Element {
    start: Option<Position>,
    fields: HashMap<String, Position>,
    /// Nested values by dotted path from the element (`demand.births.2015`,
    /// `districts.0.id`): field names, map keys and list indices.
    paths: HashMap<String, Position>,
    /// A region's districts, in file order.
    districts: Vec<Element>,
}

/// What each open bracket is called in a path: the field or map key before
/// it, or its index in the list around it; and, for a list, how many
/// bracketed elements it has opened so far.
#[derive(Default)]
struct Labels {
    frames: Vec<(String, usize)>,
    /// The field or key just read (`name:`), the label of a bracket opened next.
    pending: Option<String>,
}

impl Labels {
    fn open(&mut self, parent_is_list: bool) {
        let label = if parent_is_list {
            self.frames.last_mut().map_or_else(String::new, |f| {
                f.1 += 1;
                (f.1 - 1).to_string()
            })
        } else {
            self.pending.take().unwrap_or_default()
        };
        self.pending = None;
        self.frames.push((label, 0));
    }

    fn close(&mut self) {
        self.frames.pop();
        self.pending = None;
    }

    /// The path of `name` inside the frames from `from` on.
    fn path(&self, from: usize, name: &str) -> String {
        let mut path = String::new();
        for (label, _) in self.frames.iter().skip(from) {
            path.push_str(label);
            path.push('.');
        }
        path.push_str(name);
        path
    }
}

#[derive(Default)]
pub(super) struct Locator {
    scenario_start: Option<Position>,
    scenario_fields: HashMap<String, Position>,
    regions: Vec<Element>,
    schools: Vec<Element>,
    /// The top-level `existing` schools.
    existing: Vec<Element>,
}

#[derive(Clone, Copy, PartialEq)]
enum List {
    Regions,
    Schools,
    /// The top-level `existing` schools.
    Existing,
    /// A region's `districts`.
    Districts,
    Other,
}

struct Cursor<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
    column: usize,
}

impl Cursor<'_> {
    fn pos(&self) -> Position {
        Position {
            line: self.line,
            column: self.column,
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.chars.peek().copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn skip_string(&mut self) {
        while let Some(c) = self.bump() {
            match c {
                '\\' => {
                    self.bump();
                }
                '"' => return,
                _ => {}
            }
        }
    }

    /// At a `/`: skips a line or block comment.
    fn skip_comment(&mut self) {
        self.bump();
        match self.peek() {
            Some('/') => {
                while self.peek().is_some_and(|c| c != '\n') {
                    self.bump();
                }
            }
            Some('*') => {
                self.bump();
                self.skip_block_comment();
            }
            _ => {}
        }
    }

    fn skip_block_comment(&mut self) {
        let mut depth = 1usize;
        while let Some(c) = self.bump() {
            match (c, self.peek()) {
                ('*', Some('/')) => {
                    self.bump();
                    depth -= 1;
                    if depth == 0 {
                        return;
                    }
                }
                ('/', Some('*')) => {
                    self.bump();
                    depth += 1;
                }
                _ => {}
            }
        }
    }
}

impl Locator {
    /// A new region, district or school begins at `at`.
    fn start_element(&mut self, list: List, at: Position) {
        let elements = match list {
            List::Regions => Some(&mut self.regions),
            List::Districts => self.regions.last_mut().map(|r| &mut r.districts),
            List::Existing => Some(&mut self.existing),
            _ => Some(&mut self.schools),
        };
        if let Some(elements) = elements {
            elements.push(Element {
                start: Some(at),
                ..Element::default()
            });
        }
    }

    pub(super) fn scan(text: &str) -> Locator {
        let mut loc = Locator::default();
        let mut cur = Cursor {
            chars: text.chars().peekable(),
            line: 1,
            column: 1,
        };
        // Stack of open brackets; for `[` the list it is, for `(` the depth.
        let mut stack: Vec<(char, List)> = Vec::new();
        let mut last_ident: Option<(String, Position)> = None;
        let mut pending_list = List::Other;
        // Set after `[` or `,` inside a regions/schools list: the next token
        // starts an element.
        let mut expect_element = false;
        let mut labels = Labels::default();

        while let Some(c) = cur.peek() {
            let at = cur.pos();
            if c.is_whitespace() {
                cur.bump();
                continue;
            }
            if c == '/' {
                cur.skip_comment();
                continue;
            }
            let in_list = match stack.last() {
                Some(('[', l)) if *l != List::Other => Some(*l),
                _ => None,
            };
            if expect_element && let Some(list) = in_list {
                expect_element = false;
                if c != ']' {
                    loc.start_element(list, at);
                }
            }
            if c == '"' {
                cur.bump();
                cur.skip_string();
                last_ident = None;
                continue;
            }
            if c.is_alphanumeric() || c == '_' {
                let mut ident = String::new();
                while let Some(c) = cur.peek().filter(|c| c.is_alphanumeric() || *c == '_') {
                    ident.push(c);
                    cur.bump();
                }
                last_ident = Some((ident, at));
                continue;
            }
            cur.bump();
            match c {
                ':' => {
                    if let Some((name, pos)) = last_ident.take() {
                        loc.record_path(&stack, &labels, &name, pos);
                        labels.pending = Some(name.clone());
                        loc.record_field(&stack, name, pos, &mut pending_list);
                    }
                }
                '(' | '{' => {
                    if stack.is_empty() && loc.scenario_start.is_none() {
                        loc.scenario_start = Some(at);
                    }
                    labels.open(matches!(stack.last(), Some(('[', _))));
                    stack.push((c, List::Other));
                    last_ident = None;
                }
                '[' => {
                    let list = match stack.as_slice() {
                        [_] => pending_list,
                        [_, ('[', List::Regions), ('(', _)] if pending_list == List::Districts => {
                            List::Districts
                        }
                        _ => List::Other,
                    };
                    labels.open(matches!(stack.last(), Some(('[', _))));
                    stack.push(('[', list));
                    expect_element = list != List::Other;
                    last_ident = None;
                }
                ')' | ']' | '}' => {
                    stack.pop();
                    labels.close();
                    last_ident = None;
                }
                ',' => {
                    expect_element = in_list.is_some();
                    labels.pending = None;
                    last_ident = None;
                }
                '#' => {
                    // `#![enable(...)]`: skip to its closing `]`.
                    while cur.bump().is_some_and(|c| c != ']') {}
                }
                _ => last_ident = None,
            }
        }
        loc
    }

    /// `name:` seen at `pos`: a scenario field (depth 1), a field of a
    /// region or school (depth 3, inside the element's parentheses) or of a
    /// region's district (depth 5).
    fn record_field(
        &mut self,
        stack: &[(char, List)],
        name: String,
        pos: Position,
        pending_list: &mut List,
    ) {
        match stack {
            [_] => {
                *pending_list = match name.as_str() {
                    "regions" => List::Regions,
                    "schools" => List::Schools,
                    "existing" => List::Existing,
                    _ => List::Other,
                };
                self.scenario_fields.entry(name).or_insert(pos);
            }
            [_, ('[', list), ('(', _)] => {
                // Only a region's `districts:` opens a list that holds elements.
                *pending_list = if *list == List::Regions && name == "districts" {
                    List::Districts
                } else {
                    List::Other
                };
                let element = match list {
                    List::Regions => self.regions.last_mut(),
                    List::Schools => self.schools.last_mut(),
                    List::Existing => self.existing.last_mut(),
                    List::Districts | List::Other => None,
                };
                if let Some(e) = element {
                    e.fields.entry(name).or_insert(pos);
                }
            }
            [
                _,
                ('[', List::Regions),
                ('(', _),
                ('[', List::Districts),
                ('(', _),
            ] => {
                let district = self.regions.last_mut().and_then(|r| r.districts.last_mut());
                if let Some(e) = district {
                    e.fields.entry(name).or_insert(pos);
                }
            }
            _ => {}
        }
    }

    /// `name:` nested below a region's (or an existing school's) own
    /// fields: kept by its path from the element (frames from the fourth on:
    /// scenario, list, element, then these).
    fn record_path(&mut self, stack: &[(char, List)], labels: &Labels, name: &str, pos: Position) {
        if stack.len() <= 3 {
            return;
        }
        let element = match stack {
            [_, ('[', List::Regions), ('(', _), ..] => self.regions.last_mut(),
            [_, ('[', List::Existing), ('(', _), ..] => self.existing.last_mut(),
            _ => None,
        };
        if let Some(e) = element {
            e.paths.entry(labels.path(3, name)).or_insert(pos);
        }
    }

    /// A nested path, or the nearest enclosing one that was found.
    fn find_path(&self, subject: &Subject, path: &str) -> Option<Position> {
        let paths = match subject {
            Subject::Region { index, .. } => &self.regions.get(*index)?.paths,
            Subject::Existing { index, .. } => &self.existing.get(*index)?.paths,
            _ => return None,
        };
        let mut path = path;
        loop {
            if let Some(&p) = paths.get(path) {
                return Some(p);
            }
            path = &path[..path.rfind('.')?];
        }
    }

    fn find(&self, subject: &Subject, field: Option<&str>) -> Option<Position> {
        let (fields, start) = match subject {
            Subject::Scenario => (&self.scenario_fields, self.scenario_start),
            Subject::Region { index, .. } => {
                let e = self.regions.get(*index)?;
                (&e.fields, e.start)
            }
            Subject::School { index, .. } => {
                let e = self.schools.get(*index)?;
                (&e.fields, e.start)
            }
            Subject::District { region, index, .. } => {
                let e = self.regions.get(*region)?.districts.get(*index)?;
                (&e.fields, e.start)
            }
            Subject::Existing { index, .. } => {
                let e = self.existing.get(*index)?;
                (&e.fields, e.start)
            }
        };
        field.and_then(|f| fields.get(f).copied()).or(start)
    }

    pub(super) fn attach(&self, diagnostics: &mut [Diagnostic]) {
        for d in diagnostics.iter_mut().filter(|d| d.position.is_none()) {
            d.position = d
                .path
                .as_deref()
                .and_then(|p| self.find_path(&d.subject, p))
                .or_else(|| self.find(&d.subject, d.field));
        }
    }
}
