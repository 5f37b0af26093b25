//! The request log: every non-hook request, in arrival order, with secrets masked.

use std::collections::VecDeque;

use axum::http::{HeaderMap, Method, Uri};
use parking_lot::Mutex;
use serde_json::{json, Map, Value};

use crate::body::{form_decode, BodyKind, ParsedBody};
use crate::util::sha256_hex;

/// Oldest entries are dropped past this many, so long benchmarks keep memory bounded.
pub const DEFAULT_LOG_LIMIT: usize = 100_000;

/// Token-request fields whose values never appear in the log.
const SECRET_FIELDS: &[&str] = &["client_secret", "refresh_token", "access_token", "password"];

pub struct RequestLog {
    inner: Mutex<LogInner>,
}

struct LogInner {
    next_seq: u64,
    limit: usize,
    entries: VecDeque<(u64, Value)>,
}

impl Default for RequestLog {
    fn default() -> Self {
        RequestLog { inner: Mutex::new(LogInner { next_seq: 1, limit: DEFAULT_LOG_LIMIT, entries: VecDeque::new() }) }
    }
}

impl RequestLog {
    /// Records a request and returns its sequence number (to attach the status later).
    pub fn record(&self, mut entry: Value) -> u64 {
        let mut g = self.inner.lock();
        let seq = g.next_seq;
        g.next_seq += 1;
        entry["seq"] = json!(seq);
        g.entries.push_back((seq, entry));
        while g.entries.len() > g.limit {
            g.entries.pop_front();
        }
        seq
    }

    /// Attaches the answer's status (or "dropped") to a recorded request.
    pub fn set_outcome(&self, seq: u64, status: Value) {
        let mut g = self.inner.lock();
        // The entry is nearly always among the last few.
        if let Some((_, e)) = g.entries.iter_mut().rev().find(|(s, _)| *s == seq) {
            e["status"] = status;
        }
    }

    pub fn snapshot(&self) -> Vec<Value> {
        self.inner.lock().entries.iter().map(|(_, e)| e.clone()).collect()
    }

    pub fn clear(&self) {
        self.inner.lock().entries.clear();
    }

    pub fn set_limit(&self, limit: usize) {
        let mut g = self.inner.lock();
        g.limit = limit.max(1);
        while g.entries.len() > g.limit {
            g.entries.pop_front();
        }
    }
}

/// Builds the logged form of a request.
pub fn entry(method: &Method, uri: &Uri, headers: &HeaderMap, body: &ParsedBody) -> Value {
    let query = uri.query().unwrap_or("");
    let mut query_params = Map::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        query_params.insert(form_decode(k), Value::String(form_decode(v)));
    }
    let mut hdrs = Map::new();
    for (name, value) in headers {
        let key = name.as_str().to_ascii_lowercase();
        let mut text = String::from_utf8_lossy(value.as_bytes()).into_owned();
        if key == "authorization" || key == "proxy-authorization" {
            text = mask_authorization(&text);
        }
        match hdrs.get_mut(&key) {
            Some(Value::String(prev)) => {
                prev.push_str(", ");
                prev.push_str(&text);
            }
            _ => {
                hdrs.insert(key, Value::String(text));
            }
        }
    }
    let (logged_body, parts) = match &body.kind {
        BodyKind::Empty | BodyKind::BadMultipart(_) => (Value::Null, Value::Array(vec![])),
        BodyKind::Json(v) => (mask_secrets(v.clone()), Value::Array(vec![])),
        BodyKind::Form(m) => (mask_secrets(Value::Object(m.clone())), Value::Array(vec![])),
        BodyKind::Text(t) => (Value::String(t.clone()), Value::Array(vec![])),
        BodyKind::Multipart(ps) => {
            let parts = ps
                .iter()
                .map(|p| {
                    let mut o = json!({
                        "name": p.name,
                        "filename": p.filename,
                        "content_type": p.content_type,
                        "size": p.data.len(),
                    });
                    if p.is_file() {
                        o["sha256"] = json!(sha256_hex(&p.data));
                    } else {
                        o["text"] = json!(p.text());
                    }
                    o
                })
                .collect();
            (Value::Null, Value::Array(parts))
        }
    };
    json!({
        "seq": 0,
        "method": method.as_str(),
        "path": uri.path(),
        "query": query,
        "query_params": query_params,
        "headers": hdrs,
        "body": logged_body,
        "parts": parts,
        "status": Value::Null,
    })
}

fn mask_authorization(value: &str) -> String {
    match value.split_once(' ') {
        Some((scheme, _)) => format!("{scheme} ***"),
        None => "***".to_string(),
    }
}

fn mask_secrets(mut v: Value) -> Value {
    if let Value::Object(m) = &mut v {
        for key in SECRET_FIELDS {
            if let Some(val) = m.get_mut(*key) {
                *val = Value::String("***".into());
            }
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_secrets_and_auth() {
        assert_eq!(mask_authorization("Bearer abc"), "Bearer ***");
        let v = mask_secrets(json!({"client_secret": "s", "client_id": "c"}));
        assert_eq!(v["client_secret"], "***");
        assert_eq!(v["client_id"], "c");
    }

    #[test]
    fn log_is_bounded() {
        let log = RequestLog::default();
        log.set_limit(2);
        for _ in 0..5 {
            log.record(json!({}));
        }
        let snap = log.snapshot();
        assert_eq!(snap.len(), 2);
        assert_eq!(snap[1]["seq"], 5);
    }
}
