//! Who prepared and approved a plan, and the notes written on it
//! (docs/scenario-format.md, "Review and sign-off").
//!
//! The approval carries a digest of the plan as it was approved. Working the
//! digest out needs the file writer, which `model` does not know, so the
//! caller passes the current one in ([`Review::approval`]).

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

/// The `review` block of a scenario.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Review")]
pub struct Review {
    #[serde(default)]
    pub prepared: Option<Sign>,
    #[serde(default)]
    pub approved: Option<Sign>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// A signature: who, on which date (`YYYY-MM-DD`), and for an approval the
/// digest of the plan approved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Sign")]
pub struct Sign {
    pub by: String,
    pub on: String,
    #[serde(default)]
    pub digest: Option<String>,
}

/// What a note is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum About {
    Scenario,
    Region(String),
    School(String),
    Existing(String),
}

/// A note on the plan: `Note(on: School("id"), by: "…", on: "2026-11-21",
/// text: "…")`. The format names both what the note is about and its date
/// `on`, as a signature names its date; the first `on` is the subject, the
/// second the date (serde's derive refuses a field named twice, hence the
/// hand-written reading and writing below). `resolved: true` when settled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub about: About,
    pub by: String,
    pub on: String,
    pub text: String,
    pub resolved: bool,
}

/// Whether the plan is still the one approved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Approval {
    /// No approval in the file.
    None,
    /// The digest matches the plan as it is.
    Approved,
    /// The plan changed after it was approved (or the digest is missing).
    Changed,
}

/// Whether the plan, and each region of a consolidated file, still match
/// their approvals (worked out by `io::review::approvals`: a digest needs
/// the file writer, which `model` does not know).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approvals {
    pub plan: Approval,
    /// By region index.
    pub regions: Vec<Approval>,
}

impl Review {
    /// The approval's state, given the digest of the plan as it is now.
    pub fn approval(&self, current_digest: &str) -> Approval {
        match &self.approved {
            None => Approval::None,
            Some(sign) if sign.digest.as_deref() == Some(current_digest) => Approval::Approved,
            Some(_) => Approval::Changed,
        }
    }

    /// Nothing signed and no note: the block can be left out of the file.
    pub fn is_empty(&self) -> bool {
        self.prepared.is_none() && self.approved.is_none() && self.notes.is_empty()
    }

    /// Notes about `about`, with their index in `notes`.
    pub fn notes_on<'a>(&'a self, about: &'a About) -> impl Iterator<Item = (usize, &'a Note)> {
        self.notes
            .iter()
            .enumerate()
            .filter(move |(_, n)| &n.about == about)
    }
}

/// The field names of `Note` in the order the writer writes them; `on` twice.
pub const NOTE_FIELDS: [&str; 5] = ["on", "by", "on", "text", "resolved"];

impl Serialize for Note {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Note", 5)?;
        s.serialize_field("on", &self.about)?;
        s.serialize_field("by", &self.by)?;
        s.serialize_field("on", &self.on)?;
        s.serialize_field("text", &self.text)?;
        if self.resolved {
            s.serialize_field("resolved", &true)?;
        } else {
            s.skip_field("resolved")?;
        }
        s.end()
    }
}

enum NoteField {
    On,
    By,
    Text,
    Resolved,
}

impl<'de> Deserialize<'de> for NoteField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct FieldVisitor;
        impl Visitor<'_> for FieldVisitor {
            type Value = NoteField;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field of Note")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<NoteField, E> {
                match v {
                    "on" => Ok(NoteField::On),
                    "by" => Ok(NoteField::By),
                    "text" => Ok(NoteField::Text),
                    "resolved" => Ok(NoteField::Resolved),
                    other => Err(de::Error::unknown_field(other, &NOTE_FIELDS)),
                }
            }
        }
        d.deserialize_identifier(FieldVisitor)
    }
}

impl<'de> Deserialize<'de> for Note {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct NoteVisitor;
        impl<'de> Visitor<'de> for NoteVisitor {
            type Value = Note;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("Note(on: WHAT, by: \"…\", on: \"YYYY-MM-DD\", text: \"…\")")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Note, A::Error> {
                let (mut about, mut by, mut on, mut text, mut resolved) =
                    (None, None, None, None, None);
                while let Some(key) = map.next_key::<NoteField>()? {
                    match key {
                        NoteField::On if about.is_none() => about = Some(map.next_value()?),
                        NoteField::On if on.is_none() => on = Some(map.next_value()?),
                        NoteField::On => return Err(de::Error::duplicate_field("on")),
                        NoteField::By if by.is_none() => by = Some(map.next_value()?),
                        NoteField::Text if text.is_none() => text = Some(map.next_value()?),
                        NoteField::Resolved if resolved.is_none() => {
                            resolved = Some(map.next_value()?);
                        }
                        NoteField::By => return Err(de::Error::duplicate_field("by")),
                        NoteField::Text => return Err(de::Error::duplicate_field("text")),
                        NoteField::Resolved => return Err(de::Error::duplicate_field("resolved")),
                    }
                }
                Ok(Note {
                    about: about.ok_or_else(|| de::Error::missing_field("on"))?,
                    by: by.ok_or_else(|| de::Error::missing_field("by"))?,
                    on: on.ok_or_else(|| de::Error::missing_field("on"))?,
                    text: text.ok_or_else(|| de::Error::missing_field("text"))?,
                    resolved: resolved.unwrap_or(false),
                })
            }
        }
        d.deserialize_struct("Note", &NOTE_FIELDS, NoteVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sign(digest: Option<&str>) -> Sign {
        Sign {
            by: "Deputy akim".into(),
            on: "2026-11-25".into(),
            digest: digest.map(str::to_string),
        }
    }

    #[test]
    fn approval_follows_the_digest() {
        let mut r = Review::default();
        assert_eq!(r.approval("sha256:ab"), Approval::None);
        r.approved = Some(sign(Some("sha256:ab")));
        assert_eq!(r.approval("sha256:ab"), Approval::Approved);
        assert_eq!(r.approval("sha256:cd"), Approval::Changed);
        r.approved = Some(sign(None));
        assert_eq!(r.approval("sha256:ab"), Approval::Changed);
    }

    #[test]
    fn a_note_reads_its_subject_then_its_date() {
        let text =
            r#"Note(on: School("alm-1"), by: "Dept", on: "2026-11-21", text: "Check the site")"#;
        let note: Note = ron::from_str(text).expect("a note");
        assert_eq!(note.about, About::School("alm-1".into()));
        assert_eq!(note.on, "2026-11-21");
        assert!(!note.resolved);
        let whole: Note = ron::from_str(
            r#"Note(on: Scenario, by: "A", on: "2026-01-02", text: "t", resolved: true)"#,
        )
        .expect("a note on the plan");
        assert_eq!(whole.about, About::Scenario);
        assert!(whole.resolved);
        let third = r#"Note(on: Scenario, by: "A", on: "2026-01-02", on: "x", text: "t")"#;
        assert!(ron::from_str::<Note>(third).is_err());
        let missing = r#"Note(on: Scenario, by: "A", text: "t")"#;
        assert!(ron::from_str::<Note>(missing).is_err());
    }

    #[test]
    fn notes_on_finds_a_schools_notes() {
        let note = |about: About| Note {
            about,
            by: "A".into(),
            on: "2026-01-02".into(),
            text: "t".into(),
            resolved: false,
        };
        let r = Review {
            notes: vec![
                note(About::School("a".into())),
                note(About::Scenario),
                note(About::School("a".into())),
            ],
            ..Review::default()
        };
        let found: Vec<usize> = r
            .notes_on(&About::School("a".into()))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(found, [0, 2]);
    }
}
