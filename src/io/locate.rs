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
}

#[derive(Default)]
pub(super) struct Locator {
    scenario_start: Option<Position>,
    scenario_fields: HashMap<String, Position>,
    regions: Vec<Element>,
    schools: Vec<Element>,
}

#[derive(Clone, Copy, PartialEq)]
enum List {
    Regions,
    Schools,
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
                let elements = match list {
                    List::Regions => &mut loc.regions,
                    _ => &mut loc.schools,
                };
                if c != ']' {
                    elements.push(Element {
                        start: Some(at),
                        ..Element::default()
                    });
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
                        loc.record_field(&stack, name, pos, &mut pending_list);
                    }
                }
                '(' | '{' => {
                    if stack.is_empty() && loc.scenario_start.is_none() {
                        loc.scenario_start = Some(at);
                    }
                    stack.push((c, List::Other));
                    last_ident = None;
                }
                '[' => {
                    let list = if stack.len() == 1 {
                        pending_list
                    } else {
                        List::Other
                    };
                    stack.push(('[', list));
                    expect_element = list != List::Other;
                    last_ident = None;
                }
                ')' | ']' | '}' => {
                    stack.pop();
                    last_ident = None;
                }
                ',' => {
                    expect_element = in_list.is_some();
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

    /// `name:` seen at `pos`: a scenario field (depth 1) or a field of a
    /// region or school (depth 3, inside the element's parentheses).
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
                    _ => List::Other,
                };
                self.scenario_fields.entry(name).or_insert(pos);
            }
            [_, ('[', list), ('(', _)] => {
                let element = match list {
                    List::Regions => self.regions.last_mut(),
                    List::Schools => self.schools.last_mut(),
                    List::Other => None,
                };
                if let Some(e) = element {
                    e.fields.entry(name).or_insert(pos);
                }
            }
            _ => {}
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
        };
        field.and_then(|f| fields.get(f).copied()).or(start)
    }

    pub(super) fn attach(&self, diagnostics: &mut [Diagnostic]) {
        for d in diagnostics.iter_mut().filter(|d| d.position.is_none()) {
            d.position = self.find(&d.subject, d.field);
        }
    }
}
