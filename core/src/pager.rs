//! Walking a paged list (accounts, notes, orders) page by page with limit/offset: stops on
//! an empty or short page, on the last page the server reports, and on a page that repeats
//! the previous one (so a misbehaving server cannot make it loop).

use std::hash::{Hash, Hasher};
use std::ops::Range;

use bytes::Bytes;
use serde_json::Value;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::ops::{self, Operation, Paging};
use crate::request::Request;
use crate::validate;

mod locate;
use locate::{locate, member};

pub const DEFAULT_PAGE_SIZE: u32 = 100;
pub const MAX_PAGE_SIZE: u32 = 1000;

pub struct Pager {
    client: Client,
    op: &'static Operation,
    paging: Paging,
    request: Request,
    limit: u32,
    offset: u64,
    done: bool,
    last_fingerprint: Option<u64>,
    /// The page `next_record` is walking, and the next record's index in it.
    current: Option<(RawPage, usize)>,
}

/// One page as the server sent it: the body, and where each record lies in it. A page is
/// held as its bytes (about a third of the memory of its records as JSON values), and each
/// record decoded when it is wanted, so that walking a list holds about one page of bytes.
#[derive(Clone, Debug)]
pub struct RawPage {
    body: Bytes,
    records: Vec<Range<usize>>,
}

impl RawPage {
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// The JSON text of record `i` (valid JSON: the whole body was checked).
    pub fn record(&self, i: usize) -> &[u8] {
        &self.body[self.records[i].clone()]
    }

    /// Record `i` as a JSON value.
    pub fn value(&self, i: usize) -> Result<Value> {
        serde_json::from_slice(self.record(i)).map_err(|e| Error::decode(format!("a record of the page: {e}")))
    }

    /// Every record as a JSON value.
    pub fn values(&self) -> Result<Vec<Value>> {
        (0..self.len()).map(|i| self.value(i)).collect()
    }
}

impl Pager {
    /// `request` carries the path values and any other query (order_by, direction);
    /// `limit`/`offset` are managed here. They are given as numbers, or in the request's query
    /// as text (a binding passing a caller's values), checked as any list call's query is.
    pub fn new(
        client: Client,
        operation: &str,
        mut request: Request,
        limit: Option<u32>,
        offset: Option<u64>,
    ) -> Result<Pager> {
        let op = ops::operation(operation).ok_or_else(|| Error::usage(format!("unknown operation {operation:?}")))?;
        let paging = op.paging.ok_or_else(|| Error::usage(format!("{operation} is not a paged list")))?;
        let (mut limit, mut offset) = (limit.map(u64::from), offset);
        for (name, value) in std::mem::take(&mut request.query) {
            match name.as_str() {
                "limit" => limit = limit.or(Some(validate::count(&name, &value)?)),
                "offset" => offset = offset.or(Some(validate::count(&name, &value)?)),
                _ => request.query.push((name, value)),
            }
        }
        let limit = limit.unwrap_or(u64::from(DEFAULT_PAGE_SIZE));
        if limit == 0 || limit > u64::from(MAX_PAGE_SIZE) {
            return Err(Error::usage(format!("limit must be between 1 and {MAX_PAGE_SIZE}, got {limit}")));
        }
        let limit = limit as u32;
        // The rest of the query (a sort direction) is refused now, not at the first page.
        validate::query(&mut request.query)?;
        Ok(Pager {
            client,
            op,
            paging,
            request,
            limit,
            offset: offset.unwrap_or(0),
            done: false,
            last_fingerprint: None,
            current: None,
        })
    }

    /// The next page's records, or `None` when the list is exhausted.
    pub async fn next_page(&mut self) -> Result<Option<Vec<Value>>> {
        self.next_raw_page().await?.map(|page| page.values()).transpose()
    }

    /// The next page as its bytes, or `None` when the list is exhausted.
    pub async fn next_raw_page(&mut self) -> Result<Option<RawPage>> {
        if self.done {
            return Ok(None);
        }
        let request = self.request.clone().query("limit", self.limit).query("offset", self.offset);
        let answer = self.client.execute_raw(self.op, request).await?;
        if answer.is_empty() {
            // No body (204): no records, as for a page without them.
            self.done = true;
            return Ok(None);
        }
        let found = locate(&answer.body, self.paging.records, self.paging.pagination)
            .map_err(|e| e.with_operation(self.op.name))?;
        let page = RawPage { body: answer.body, records: found.records };
        if page.is_empty() {
            self.done = true;
            return Ok(None);
        }
        let fingerprint = fingerprint(&page);
        if self.last_fingerprint == Some(fingerprint) {
            tracing::warn!(target: "exsited", op = self.op.name, offset = self.offset, "the server repeated a page; stopping");
            self.done = true;
            return Ok(None);
        }
        self.last_fingerprint = Some(fingerprint);
        self.offset += page.len() as u64;
        if page.len() < self.limit as usize || is_last_page(found.pagination.as_ref(), self.offset) {
            self.done = true;
        }
        Ok(Some(page))
    }

    /// The next record, fetching pages as needed (one page held at a time, as bytes).
    pub async fn next_record(&mut self) -> Result<Option<Value>> {
        if self.current.as_ref().is_none_or(|(page, next)| *next >= page.len()) {
            self.current = None;
            match self.next_raw_page().await? {
                Some(page) => self.current = Some((page, 0)),
                None => return Ok(None),
            }
        }
        let Some((page, next)) = self.current.as_mut() else { return Ok(None) };
        let record = page.value(*next)?;
        *next += 1;
        Ok(Some(record))
    }

    pub fn next_page_blocking(&mut self) -> Result<Option<Vec<Value>>> {
        crate::runtime::block_on(self.next_page())?
    }

    pub fn next_record_blocking(&mut self) -> Result<Option<Value>> {
        crate::runtime::block_on(self.next_record())?
    }
}

/// `next_page` of "NULL"/null/"" or a record count reached means there is no more.
fn is_last_page(pagination: Option<&Value>, next_offset: u64) -> bool {
    let Some(p) = pagination else { return false };
    if let Some(records) = p.get("records").and_then(as_u64) {
        if next_offset >= records {
            return true;
        }
    }
    match p.get("next_page") {
        Some(Value::Null) => true,
        Some(Value::String(s)) => {
            let s = s.trim();
            s.is_empty() || s.eq_ignore_ascii_case("null")
        }
        _ => false,
    }
}

fn as_u64(v: &Value) -> Option<u64> {
    match v {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Identifies a page by its records' `uuid` (or `id`, or whole text when neither).
fn fingerprint(page: &RawPage) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    page.len().hash(&mut h);
    for i in 0..page.len() {
        let text = page.record(i);
        match member(text, "uuid").or_else(|| member(text, "id")) {
            Some(r) => text[r].hash(&mut h),
            None => text.hash(&mut h),
        }
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn last_page_detection() {
        assert!(is_last_page(Some(&json!({"records": 10, "next_page": "x"})), 10));
        assert!(is_last_page(Some(&json!({"records": "100", "next_page": "NULL"})), 20));
        assert!(!is_last_page(Some(&json!({"records": 100, "next_page": "/api/v2/accounts?offset=20"})), 20));
        assert!(!is_last_page(None, 20));
    }

    fn page(text: &str) -> RawPage {
        let body = Bytes::from(text.to_string());
        let found = locate(&body, &["/x/records", "/records"], &["/pagination"]).unwrap();
        RawPage { body, records: found.records }
    }

    #[test]
    fn fingerprint_sees_repeats() {
        let a = page(r#"{"records": [{"id":"A","n":1}, {"id":"B"}]}"#);
        let b = page(r#"{"records": [{"id":"C"}, {"id":"D"}]}"#);
        let a_changed = page(r#"{"records": [{"n":2, "id":"A"}, {"id":"B"}]}"#);
        assert_eq!(fingerprint(&a), fingerprint(&a.clone()));
        assert_eq!(fingerprint(&a), fingerprint(&a_changed));
        assert_ne!(fingerprint(&a), fingerprint(&b));
    }

    #[test]
    fn records_are_located_without_decoding() {
        let p = page(r#"{"x": {"records": [1, {"a": "b\"]"}, [2]]}, "records": "last", "x": {"records": [{"z": 1}]}}"#);
        // Repeated keys: the last one counts, as in the parsed answer.
        assert_eq!(p.len(), 1);
        assert_eq!(p.value(0).unwrap(), json!({"z": 1}));
        let p = page(r#"{"records": [1, {"a": "b\"]"}, [2]], "pagination": {"records": 3}}"#);
        assert_eq!(p.values().unwrap(), vec![json!(1), json!({"a": "b\"]"}), json!([2])]);
        assert!(page(r#"{"records": {"not": "an array"}}"#).is_empty());
        assert!(page("[1, 2]").is_empty());
        let body = Bytes::from_static(b"{\"records\": [1,");
        assert_eq!(locate(&body, &["/records"], &[]).err().unwrap().kind, crate::ErrorKind::Decode);
    }
}
