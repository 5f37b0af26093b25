//! Walking a paged list (accounts, notes, orders) page by page with limit/offset: stops on
//! an empty or short page, on the last page the server reports, and on a page that repeats
//! the previous one (so a misbehaving server cannot make it loop).

use std::collections::VecDeque;
use std::hash::{Hash, Hasher};

use serde_json::Value;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::ops::{self, Operation, Paging};
use crate::request::Request;

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
    buffer: VecDeque<Value>,
}

impl Pager {
    /// `request` carries the path values and any other query (order_by, direction);
    /// `limit`/`offset` are managed here.
    pub fn new(
        client: Client,
        operation: &str,
        request: Request,
        limit: Option<u32>,
        offset: Option<u64>,
    ) -> Result<Pager> {
        let op = ops::operation(operation).ok_or_else(|| Error::usage(format!("unknown operation {operation:?}")))?;
        let paging = op.paging.ok_or_else(|| Error::usage(format!("{operation} is not a paged list")))?;
        let limit = limit.unwrap_or(DEFAULT_PAGE_SIZE);
        if limit == 0 || limit > MAX_PAGE_SIZE {
            return Err(Error::usage(format!("limit must be between 1 and {MAX_PAGE_SIZE}, got {limit}")));
        }
        if request.query.iter().any(|(k, _)| k == "limit" || k == "offset") {
            return Err(Error::usage("give limit and offset to the pager, not in the query"));
        }
        Ok(Pager {
            client,
            op,
            paging,
            request,
            limit,
            offset: offset.unwrap_or(0),
            done: false,
            last_fingerprint: None,
            buffer: VecDeque::new(),
        })
    }

    /// The next page's records, or `None` when the list is exhausted.
    pub async fn next_page(&mut self) -> Result<Option<Vec<Value>>> {
        if self.done {
            return Ok(None);
        }
        let request = self.request.clone().query("limit", self.limit).query("offset", self.offset);
        let answer = self.client.execute(self.op, request).await?.body;
        let records = find(&answer, self.paging.records).and_then(Value::as_array).cloned().unwrap_or_default();
        if records.is_empty() {
            self.done = true;
            return Ok(None);
        }
        let fingerprint = fingerprint(&records);
        if self.last_fingerprint == Some(fingerprint) {
            tracing::warn!(target: "exsited", op = self.op.name, offset = self.offset, "the server repeated a page; stopping");
            self.done = true;
            return Ok(None);
        }
        self.last_fingerprint = Some(fingerprint);
        self.offset += records.len() as u64;
        let pagination = find(&answer, self.paging.pagination);
        if records.len() < self.limit as usize || is_last_page(pagination, self.offset) {
            self.done = true;
        }
        Ok(Some(records))
    }

    /// The next record, fetching pages as needed.
    pub async fn next_record(&mut self) -> Result<Option<Value>> {
        if self.buffer.is_empty() {
            match self.next_page().await? {
                Some(page) => self.buffer.extend(page),
                None => return Ok(None),
            }
        }
        Ok(self.buffer.pop_front())
    }

    pub fn next_page_blocking(&mut self) -> Result<Option<Vec<Value>>> {
        crate::runtime::block_on(self.next_page())?
    }

    pub fn next_record_blocking(&mut self) -> Result<Option<Value>> {
        crate::runtime::block_on(self.next_record())?
    }
}

fn find<'a>(answer: &'a Value, pointers: &[&str]) -> Option<&'a Value> {
    pointers.iter().find_map(|p| answer.pointer(p))
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

fn fingerprint(records: &[Value]) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    records.len().hash(&mut h);
    for r in records {
        match r.get("uuid").or_else(|| r.get("id")) {
            Some(v) => v.to_string().hash(&mut h),
            None => r.to_string().hash(&mut h),
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

    #[test]
    fn fingerprint_sees_repeats() {
        let a = vec![json!({"id":"A"}), json!({"id":"B"})];
        let b = vec![json!({"id":"C"}), json!({"id":"D"})];
        assert_eq!(fingerprint(&a), fingerprint(&a.clone()));
        assert_ne!(fingerprint(&a), fingerprint(&b));
    }
}
