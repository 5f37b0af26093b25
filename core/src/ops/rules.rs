//! The request rules of the description, applied to a caller's request before any I/O:
//! the body envelope, the multipart parts (names, required text, file counts), the query
//! (counts, sort direction), the files' content types and the body's dates. Every binding gets the same rule and the
//! same message.

use std::path::Path;

use serde_json::{Map, Value};

use super::{Operation, PartKind};
use crate::error::{Error, Result};
use crate::request::{Part, Request};
use crate::validate;

/// The request as it will be sent, or the first rule it breaks.
pub fn apply(op: &Operation, mut request: Request) -> Result<Request> {
    validate::query(&mut request.query)?;
    if request.wrap {
        request.json = request.json.take().map(|data| wrap(op.envelope, data));
        request.wrap = false;
    }
    if let Some(json) = &request.json {
        validate::body(op, json)?;
    }
    if !op.parts.is_empty() {
        request.parts = parts(op, std::mem::take(&mut request.parts))?;
    }
    Ok(request)
}

/// `{"account": data}` for the envelope `["account"]`; data that already is the envelope is
/// sent as it is.
pub fn wrap(envelope: &[&str], data: Value) -> Value {
    let Some((first, rest)) = envelope.split_first() else { return data };
    if let Value::Object(map) = &data {
        if map.len() == 1 && map.contains_key(*first) {
            return data;
        }
    }
    let mut outer = Map::new();
    outer.insert(first.to_string(), wrap_inner(rest, data));
    Value::Object(outer)
}

fn wrap_inner(envelope: &[&str], data: Value) -> Value {
    envelope.iter().rev().fold(data, |inner, key| {
        let mut map = Map::new();
        map.insert(key.to_string(), inner);
        Value::Object(map)
    })
}

/// The parts in the declared order: text parts first as declared (an absent one is sent
/// empty), then the files as given. Unknown names, a missing required text and too few or
/// too many files are refused.
fn parts(op: &Operation, given: Vec<Part>) -> Result<Vec<Part>> {
    let known = || op.parts.iter().map(|p| p.name).collect::<Vec<_>>().join(", ");
    for part in &given {
        let (name, is_file) = match part {
            Part::Text { name, .. } => (name, false),
            Part::File { name, .. } => (name, true),
        };
        match op.parts.iter().find(|r| r.name == name) {
            None => return Err(Error::usage(format!("unknown part {name:?}; {} takes {}", op.name, known()))),
            Some(rule) if (rule.kind == PartKind::File) != is_file => {
                let want = if rule.kind == PartKind::File { "file paths" } else { "text" };
                return Err(Error::usage(format!("{name} of {} takes {want}", op.name)));
            }
            Some(_) => {}
        }
    }
    let mut out = Vec::with_capacity(given.len() + op.parts.len());
    for rule in op.parts.iter().filter(|r| r.kind == PartKind::Text) {
        let value = given.iter().rev().find_map(|p| match p {
            Part::Text { name, value } if name == rule.name => Some(value.clone()),
            _ => None,
        });
        let value = value.unwrap_or_default();
        if rule.required && value.trim().is_empty() {
            return Err(Error::usage(format!("{} is required for {}", rule.name, op.name)));
        }
        out.push(Part::Text { name: rule.name.to_string(), value });
    }
    for rule in op.parts.iter().filter(|r| r.kind == PartKind::File) {
        let files: Vec<Part> =
            given.iter().filter(|p| matches!(p, Part::File { name, .. } if name == rule.name)).cloned().collect();
        if files.len() < rule.min {
            return Err(Error::usage(if rule.min == 1 {
                format!("{} needs a file to attach ({})", op.name, rule.name)
            } else {
                format!("{} needs at least {} files ({}), got {}", op.name, rule.min, rule.name, files.len())
            }));
        }
        if let Some(max) = rule.max.filter(|max| files.len() > *max) {
            return Err(Error::usage(format!(
                "{} accepts at most {max} file(s) ({}); {} were given",
                op.name,
                rule.name,
                files.len()
            )));
        }
        if !rule.content_types.is_empty() {
            for file in &files {
                let Part::File { path, .. } = file else { continue };
                let kind = content_type(path);
                if !rule.content_types.contains(&kind.as_str()) {
                    return Err(Error::usage(format!(
                        "{} accepts only {} files ({}); {} is {kind}",
                        op.name,
                        rule.content_types.join(", "),
                        rule.name,
                        crate::error::shown_path(path)
                    )));
                }
            }
        }
        out.extend(files);
    }
    Ok(out)
}

/// The content type a file is sent with, from its name (`application/octet-stream` when the
/// name says nothing).
pub fn content_type(path: &Path) -> String {
    mime_guess::from_path(path).first_or_octet_stream().essence_str().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::operation;
    use crate::ErrorKind;
    use serde_json::json;

    #[test]
    fn envelopes() {
        assert_eq!(wrap(&["account"], json!({"name": "N"})), json!({"account": {"name": "N"}}));
        assert_eq!(wrap(&["account"], json!({"account": {"name": "N"}})), json!({"account": {"name": "N"}}));
        let card = json!({"processor_type": "Card"});
        assert_eq!(wrap(&["account", "payment_method"], card.clone()), json!({"account": {"payment_method": card}}));
        assert_eq!(wrap(&[], json!({"a": 1})), json!({"a": 1}));
        let op = operation("accounts.create").unwrap();
        let r = apply(op, Request::new().data(json!({"name": "N"}))).unwrap();
        assert_eq!(r.json, Some(json!({"account": {"name": "N"}})));
    }

    #[test]
    fn email_parts() {
        let op = operation("emails.send").unwrap();
        let r = apply(op, Request::new().text_part("subject", "S").text_part("to", "a@x")).unwrap();
        let names: Vec<_> = r
            .parts
            .iter()
            .map(|p| match p {
                Part::Text { name, value } => format!("{name}={value}"),
                Part::File { name, .. } => name.clone(),
            })
            .collect();
        assert_eq!(names, ["to=a@x", "cc=", "bcc=", "subject=S", "body="]);
        let e = apply(op, Request::new().text_part("subject", "S")).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Usage);
        assert!(e.message.contains("to is required"), "{}", e.message);
        let e = apply(op, Request::new().text_part("to", "a@x").text_part("text", "B")).unwrap_err();
        assert!(e.message.contains("unknown part \"text\""), "{}", e.message);
    }

    #[test]
    fn file_counts() {
        let image = operation("image.add").unwrap();
        assert!(apply(image, Request::new()).is_err());
        assert!(apply(image, Request::new().file_part("image", "a.png").file_part("image", "b.png")).is_err());
        assert!(apply(image, Request::new().file_part("image", "a.png")).is_ok());
        let files = operation("notes.add_files").unwrap();
        assert!(apply(files, Request::new()).is_err());
        let nine = (0..9).fold(Request::new(), |r, i| r.file_part("file", format!("{i}.txt")));
        assert!(apply(files, nine).is_err());
        let note = operation("notes.add").unwrap();
        assert!(apply(note, Request::new().text_part("note", "text only")).is_ok());
    }

    #[test]
    fn directions() {
        let op = operation("accounts.list").unwrap();
        for ok in ["asc", "DESC", " desc "] {
            assert!(apply(op, Request::new().query("direction", ok)).is_ok(), "{ok}");
        }
        assert!(apply(op, Request::new().query("direction", "up")).is_err());
    }

    #[test]
    fn image_content_types() {
        let op = operation("image.add").unwrap();
        assert!(apply(op, Request::new().path(["A"]).file_part("image", "/tmp/logo.png")).is_ok());
        assert!(apply(op, Request::new().path(["A"]).file_part("image", "/tmp/photo.JPG")).is_ok());
        let e = apply(op, Request::new().path(["A"]).file_part("image", "/tmp/notes.txt")).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Usage);
        assert!(e.message.contains("image/png") && e.message.contains("text/plain"), "{}", e.message);
        // Checked before the file is read: a missing file of the wrong type is refused for its type.
        let e = apply(op, Request::new().path(["A"]).file_part("image", "/no/such/file.pdf")).unwrap_err();
        assert!(e.message.contains("application/pdf"), "{}", e.message);
    }
}
