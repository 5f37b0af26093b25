//! Where a page's records lie in its body, found without decoding them.
//!
//! jiter walks the body fast, but refuses an integer of more than 4,300 digits (Python's
//! default limit), even one it only skips. serde_json accepts it, and checked the whole body
//! first, so a body jiter will not walk is walked again by serde_json: a record that jiter
//! cannot skip must never make a page look empty and end the walk.

use std::ops::Range;

use bytes::Bytes;
use jiter::{Jiter, Peek};
use serde::de::IgnoredAny;
use serde_json::value::RawValue;
use serde_json::Value;

use crate::error::{Error, Result};

/// Where a page's records lie in its body, and its pagination object.
pub(super) struct Located {
    pub records: Vec<Range<usize>>,
    pub pagination: Option<Value>,
}

/// Finds the records (the first of `records` pointers that exists; no records when it is
/// not an array) and the pagination object, without decoding the records themselves. The
/// whole body is checked first, by the same parser and rules as every answer.
pub(super) fn locate(body: &Bytes, records: &[&str], pagination: &[&str]) -> Result<Located> {
    if let Err(e) = serde_json::from_slice::<IgnoredAny>(body) {
        // The same error as any answer that is not JSON.
        crate::client::RawAnswer {
            status: 200,
            body: body.clone(),
            operation: "",
            received: Default::default(),
            file: None,
        }
        .parse()?;
        return Err(Error::decode(format!("the answer is not valid JSON ({e})")));
    }
    walk(body, records, pagination, &FAST)
        .or_else(|Refused| walk(body, records, pagination, &EXACT))
        .map_err(|Refused| Error::decode("the answer's records cannot be located"))
}

/// The range of the value of member `key` when `text` is an object (None: not an object, or
/// no such member).
pub(super) fn member(text: &[u8], key: &str) -> Option<Range<usize>> {
    (FAST.member)(text, key).or_else(|Refused| (EXACT.member)(text, key)).ok().flatten()
}

/// A walker could not read a body that is valid JSON.
struct Refused;

type Step<T> = std::result::Result<Option<T>, Refused>;

/// How to find an object's member and an array's items: `Ok(None)` when the text is not an
/// object (no such member) or not an array.
struct Walker {
    member: fn(&[u8], &str) -> Step<Range<usize>>,
    elements: fn(&[u8]) -> Step<Vec<Range<usize>>>,
}

const FAST: Walker = Walker { member: fast::member, elements: fast::elements };
const EXACT: Walker = Walker { member: exact::member, elements: exact::elements };

fn walk(body: &[u8], records: &[&str], pagination: &[&str], w: &Walker) -> std::result::Result<Located, Refused> {
    let mut found = Located { records: Vec::new(), pagination: None };
    for p in records {
        if let Some(at) = pointer(body, p, w)? {
            found.records = (w.elements)(&body[at.clone()])?.map(|items| shift(items, at.start)).unwrap_or_default();
            break;
        }
    }
    for p in pagination {
        if let Some(at) = pointer(body, p, w)? {
            found.pagination = serde_json::from_slice(&body[at]).ok();
            break;
        }
    }
    Ok(found)
}

fn shift(ranges: Vec<Range<usize>>, by: usize) -> Vec<Range<usize>> {
    ranges.into_iter().map(|r| r.start + by..r.end + by).collect()
}

/// The byte range of the value a JSON pointer of object keys names.
fn pointer(body: &[u8], pointer: &str, w: &Walker) -> Step<Range<usize>> {
    let mut at = 0..body.len();
    for segment in pointer.split('/').skip(1) {
        let key = segment.replace("~1", "/").replace("~0", "~");
        let Some(found) = (w.member)(&body[at.clone()], &key)? else { return Ok(None) };
        at = found.start + at.start..found.end + at.start;
    }
    Ok(Some(at))
}

mod fast {
    use super::*;

    fn step<T>(r: jiter::JiterResult<T>) -> std::result::Result<T, Refused> {
        r.map_err(|_| Refused)
    }

    /// The range of the value of member `key` when `text` is an object (the last of
    /// repeated keys, as the parsed answer keeps it).
    pub fn member(text: &[u8], key: &str) -> Step<Range<usize>> {
        let mut json = Jiter::new(text);
        if step(json.peek())? != Peek::Object {
            return Ok(None);
        }
        let mut found = None;
        let mut hit = step(json.known_object())?.map(|k| k == key);
        while let Some(this) = hit {
            let peek = step(json.peek())?;
            let start = json.current_index();
            step(json.known_skip(peek))?;
            if this {
                found = Some(start..json.current_index());
            }
            hit = step(json.next_key())?.map(|k| k == key);
        }
        Ok(found)
    }

    /// The ranges of the items when `text` is an array.
    pub fn elements(text: &[u8]) -> Step<Vec<Range<usize>>> {
        let mut json = Jiter::new(text);
        if step(json.peek())? != Peek::Array {
            return Ok(None);
        }
        let mut out = Vec::new();
        let mut next = step(json.known_array())?;
        while let Some(peek) = next {
            let start = json.current_index();
            step(json.known_skip(peek))?;
            out.push(start..json.current_index());
            next = step(json.array_step())?;
        }
        Ok(Some(out))
    }
}

mod exact {
    use std::collections::HashMap;

    use super::*;

    /// Where `raw` lies in `text`, which it borrows from.
    fn range(text: &str, raw: &RawValue) -> Range<usize> {
        let start = raw.get().as_ptr() as usize - text.as_ptr() as usize;
        start..start + raw.get().len()
    }

    fn text(bytes: &[u8]) -> std::result::Result<&str, Refused> {
        std::str::from_utf8(bytes).map_err(|_| Refused)
    }

    /// As `fast::member` (a repeated key: the last one, as a map keeps it).
    pub fn member(bytes: &[u8], key: &str) -> Step<Range<usize>> {
        let text = text(bytes)?;
        if !text.trim_start().starts_with('{') {
            return Ok(None);
        }
        let map: HashMap<String, &RawValue> = serde_json::from_str(text).map_err(|_| Refused)?;
        Ok(map.get(key).map(|raw| range(text, raw)))
    }

    pub fn elements(bytes: &[u8]) -> Step<Vec<Range<usize>>> {
        let text = text(bytes)?;
        if !text.trim_start().starts_with('[') {
            return Ok(None);
        }
        let items: Vec<&RawValue> = serde_json::from_str(text).map_err(|_| Refused)?;
        Ok(Some(items.into_iter().map(|raw| range(text, raw)).collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BIG: &str = "9999999999"; // repeated past jiter's 4,300 digits below

    fn big() -> String {
        BIG.repeat(431)
    }

    #[test]
    fn both_walkers_find_the_same_ranges() {
        let body =
            br#" {"x": {"records": [1, {"a": "b\"]"}, [2]]}, "records": "last", "x": {"records": [ {"z": 1} , 2]}} "#;
        for w in [&FAST, &EXACT] {
            let at = pointer(body, "/x/records", w).ok().flatten().unwrap();
            let items: Vec<&[u8]> = shift((w.elements)(&body[at.clone()]).ok().flatten().unwrap(), at.start)
                .into_iter()
                .map(|r| &body[r])
                .collect();
            assert_eq!(items, vec![&br#"{"z": 1}"#[..], b"2"]);
            assert!(pointer(body, "/missing", w).ok().unwrap().is_none());
            assert!((w.elements)(b"{}").ok().unwrap().is_none());
            assert!((w.member)(b"[1]", "a").ok().unwrap().is_none());
        }
    }

    #[test]
    fn a_body_jiter_refuses_is_walked_by_serde_json() {
        let body = Bytes::from(format!(
            r#"{{"n": {0}, "records": [{{"id": "A"}}, {{"n": {0}}}], "pagination": {{"records": 2}}}}"#,
            big()
        ));
        assert!(walk(&body, &["/records"], &[], &FAST).is_err(), "jiter's limit is still there");
        let found = locate(&body, &["/records"], &["/pagination"]).unwrap();
        assert_eq!(found.records.len(), 2);
        assert_eq!(&body[found.records[0].clone()], br#"{"id": "A"}"#);
        assert_eq!(found.pagination, Some(serde_json::json!({"records": 2})));
    }
}
