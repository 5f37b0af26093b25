//! Injected faults: a FIFO queue of rules, each consumed by the requests it matches.
//!
//! To add a kind: add a variant to [`FaultKind`] (its JSON name is the snake_case variant
//! name) and say in [`Fault::plan`] what the pipeline should do with it.

use std::collections::{BTreeMap, VecDeque};
use std::time::Duration;

use axum::body::Body;
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::response::Response;
use bytes::Bytes;
use parking_lot::Mutex;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{json, Value};

use crate::compress::gzip;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fault {
    /// Only requests with this method (any when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Only requests whose path starts with this; when absent, any `/api/v2/` or `/api/v3/`
    /// path (never the token endpoint unless named, never the hooks).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// How many matching requests this rule affects.
    #[serde(default = "one")]
    pub times: u32,
    /// Extra headers put on the faulty answer.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub headers: BTreeMap<String, String>,
    /// For kinds that answer instead of the API (`status`, `rate_limit`, `malformed`,
    /// `html`, `truncated`, `oversize`, `gzip_bomb`, `bad_gzip`): wait this long before
    /// answering, so that many concurrent requests can be caught by one rule before the
    /// first answer goes out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_after_ms: Option<u64>,
    #[serde(flatten)]
    pub kind: FaultKind,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FaultKind {
    /// Answer with this status, an optional `Retry-After` and body (default: an errors JSON).
    Status {
        #[serde(default = "status_503")]
        status: u16,
        #[serde(default, deserialize_with = "string_or_number", skip_serializing_if = "Option::is_none")]
        retry_after: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        body: Option<Value>,
    },
    /// 429 as a rate limiter sends it: `Retry-After` in seconds or as an HTTP date
    /// (`retry_after_format`), and `X-RateLimit-Limit`, `-Remaining` (0) and `-Reset`
    /// (Unix seconds when the window reopens).
    RateLimit {
        #[serde(default = "one_u64")]
        retry_after: u64,
        #[serde(default)]
        retry_after_format: RetryAfterFormat,
        #[serde(default = "hundred")]
        limit: u64,
    },
    /// Wait, then handle the request normally; with `process_first`, handle it first (the
    /// write happens) and then wait before answering.
    Delay {
        delay_ms: u64,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        process_first: bool,
    },
    /// Close the connection as soon as the request head has arrived, before the body is
    /// read, with a TCP reset (SO_LINGER 0): nothing is processed.
    ResetBeforeRead,
    /// Close the connection after the request (head and body) was read, before
    /// processing, without any answer.
    Drop,
    /// Process the request (state changes happen), then close without any answer.
    DropAfter,
    /// 200 with a broken JSON body.
    Malformed,
    /// An HTML error page with this status.
    Html {
        #[serde(default = "status_502")]
        status: u16,
    },
    /// 200 whose body stops half-way through its declared Content-Length.
    Truncated,
    /// A valid JSON body of `size_bytes` bytes, with `status` (200 unless given: an error
    /// page can be oversize too).
    Oversize {
        #[serde(default = "ten_mib")]
        size_bytes: usize,
        #[serde(default = "status_200")]
        status: u16,
    },
    /// 200 with `Content-Encoding: gzip` over a small body that inflates to a valid JSON
    /// answer of `size_bytes` bytes: a decompression bomb, whatever the client asked for.
    GzipBomb {
        #[serde(default = "ten_mib")]
        size_bytes: usize,
    },
    /// 200 that says `Content-Encoding: gzip` over a body that is plain JSON, not gzip.
    BadGzip,
    /// 200 whose valid JSON body of `size_bytes` bytes (declared in Content-Length) is sent
    /// one byte every `interval_ms`, like a server or proxy trickling its answer: a read
    /// timeout that restarts on every byte never fires. Nothing is processed.
    Drip {
        #[serde(default = "hundred")]
        interval_ms: u64,
        #[serde(default = "sixty_four")]
        size_bytes: usize,
    },
}

/// How a [`FaultKind::RateLimit`] writes `Retry-After`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RetryAfterFormat {
    /// Delay-seconds: `Retry-After: 2`.
    #[default]
    Seconds,
    /// An IMF-fixdate at least `retry_after` seconds ahead (rounded up to the next whole
    /// second, since the format has no fractions).
    Date,
}

fn one() -> u32 {
    1
}
fn one_u64() -> u64 {
    1
}
fn hundred() -> u64 {
    100
}
fn sixty_four() -> usize {
    64
}
fn status_503() -> u16 {
    503
}
fn status_200() -> u16 {
    200
}
fn status_502() -> u16 {
    502
}
fn ten_mib() -> usize {
    10 * 1024 * 1024
}

fn string_or_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Option::<Value>::deserialize(d)? {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s),
        Some(other) => Some(other.to_string()),
    })
}

/// What the pipeline does with a request hit by a fault.
pub enum Plan {
    /// Answer with this after waiting (usually zero).
    Respond(Response, Duration),
    DelayThenHandle(Duration),
    HandleThenDelay(Duration),
    /// Reset the connection before reading the body.
    ResetBeforeRead,
    DropBefore,
    DropAfter,
}

impl Fault {
    pub fn new(kind: FaultKind) -> Self {
        Fault { method: None, path: None, times: 1, headers: BTreeMap::new(), answer_after_ms: None, kind }
    }

    pub fn status(status: u16) -> Self {
        Self::new(FaultKind::Status { status, retry_after: None, body: None })
    }

    pub fn delay(delay_ms: u64) -> Self {
        Self::new(FaultKind::Delay { delay_ms, process_first: false })
    }

    pub fn drop_connection() -> Self {
        Self::new(FaultKind::Drop)
    }

    pub fn drop_after() -> Self {
        Self::new(FaultKind::DropAfter)
    }

    /// Restricts the rule to a method and/or a path prefix.
    pub fn on(mut self, method: Option<&str>, path: Option<&str>) -> Self {
        self.method = method.map(str::to_string);
        self.path = path.map(str::to_string);
        self
    }

    pub fn times(mut self, times: u32) -> Self {
        self.times = times;
        self
    }

    pub fn retry_after(mut self, value: impl Into<String>) -> Self {
        if let FaultKind::Status { retry_after, .. } = &mut self.kind {
            *retry_after = Some(value.into());
        }
        self
    }

    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.insert(name.into(), value.into());
        self
    }

    /// `data_path`: whether `path` is the account API proper (the pipeline knows the
    /// versions); a rule without a path applies to those only.
    pub fn matches(&self, method: &str, path: &str, data_path: bool) -> bool {
        let method_ok = self.method.as_deref().is_none_or(|m| m.eq_ignore_ascii_case(method));
        let path_ok = match self.path.as_deref() {
            Some(prefix) => path.starts_with(prefix),
            None => data_path,
        };
        method_ok && path_ok
    }

    pub fn plan(&self) -> Plan {
        let resp = match &self.kind {
            FaultKind::Delay { delay_ms, process_first: false } => {
                return Plan::DelayThenHandle(Duration::from_millis(*delay_ms))
            }
            FaultKind::Delay { delay_ms, process_first: true } => {
                return Plan::HandleThenDelay(Duration::from_millis(*delay_ms))
            }
            FaultKind::ResetBeforeRead => return Plan::ResetBeforeRead,
            FaultKind::Drop => return Plan::DropBefore,
            FaultKind::DropAfter => return Plan::DropAfter,
            FaultKind::Status { status, retry_after, body } => {
                let code = StatusCode::from_u16(*status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
                let (ct, bytes) = match body {
                    None => (
                        "application/json",
                        json!({"errors": [{"code": code.as_u16().to_string(),
                            "message": code.canonical_reason().unwrap_or("Injected fault")}]})
                        .to_string(),
                    ),
                    Some(Value::String(s)) => {
                        let is_json = serde_json::from_str::<Value>(s).is_ok();
                        (if is_json { "application/json" } else { "text/plain" }, s.clone())
                    }
                    Some(v) => ("application/json", v.to_string()),
                };
                let mut r = simple(code, ct, bytes);
                if let Some(ra) = retry_after {
                    set_header(&mut r, "retry-after", ra);
                }
                r
            }
            FaultKind::RateLimit { retry_after, retry_after_format, limit } => {
                let body = json!({"errors": [{"code": "429", "message": "Too Many Requests"}]}).to_string();
                let mut r = simple(StatusCode::TOO_MANY_REQUESTS, "application/json", body);
                let (value, reset) = rate_limit_times(*retry_after, *retry_after_format, chrono::Utc::now());
                set_header(&mut r, "retry-after", &value);
                set_header(&mut r, "x-ratelimit-limit", &limit.to_string());
                set_header(&mut r, "x-ratelimit-remaining", "0");
                set_header(&mut r, "x-ratelimit-reset", &reset.to_string());
                r
            }
            FaultKind::Malformed => simple(StatusCode::OK, "application/json", r#"{"account": {"#),
            FaultKind::Html { status } => {
                let code = StatusCode::from_u16(*status).unwrap_or(StatusCode::BAD_GATEWAY);
                let title = format!("{} {}", code.as_u16(), code.canonical_reason().unwrap_or("Error"));
                let page = format!(
                    "<!DOCTYPE html>\n<html><head><title>{title}</title></head>\
                     <body><center><h1>{title}</h1></center><hr><center>nginx</center></body></html>\n"
                );
                simple(code, "text/html; charset=utf-8", page)
            }
            FaultKind::Truncated => truncated(),
            FaultKind::Oversize { size_bytes, status } => {
                let status = StatusCode::from_u16(*status).unwrap_or(StatusCode::OK);
                simple(status, "application/json", oversize_json(*size_bytes))
            }
            FaultKind::Drip { interval_ms, size_bytes } => drip(*size_bytes, Duration::from_millis(*interval_ms)),
            FaultKind::GzipBomb { size_bytes } => {
                let mut r = simple(StatusCode::OK, "application/json", gzip_bomb(*size_bytes));
                set_header(&mut r, "content-encoding", "gzip");
                r
            }
            FaultKind::BadGzip => {
                let mut r = simple(StatusCode::OK, "application/json", r#"{"accounts": []}"#);
                set_header(&mut r, "content-encoding", "gzip");
                r
            }
        };
        let mut resp = resp;
        for (k, v) in &self.headers {
            set_header(&mut resp, k, v);
        }
        Plan::Respond(resp, Duration::from_millis(self.answer_after_ms.unwrap_or(0)))
    }
}

/// The `Retry-After` value and the `X-RateLimit-Reset` Unix time for a wait of `secs`
/// starting at `now`.
fn rate_limit_times(secs: u64, format: RetryAfterFormat, now: chrono::DateTime<chrono::Utc>) -> (String, i64) {
    // Whole seconds, rounded up, so that a date never promises less than `secs`.
    let whole_now = now.timestamp() + i64::from(now.timestamp_subsec_nanos() > 0);
    let reset = whole_now + secs as i64;
    let value = match format {
        RetryAfterFormat::Seconds => secs.to_string(),
        RetryAfterFormat::Date => {
            chrono::DateTime::from_timestamp(reset, 0).unwrap_or(now).format("%a, %d %b %Y %H:%M:%S GMT").to_string()
        }
    };
    (value, reset)
}

fn simple(status: StatusCode, content_type: &str, body: impl Into<Bytes>) -> Response {
    let mut r = Response::new(Body::from(body.into()));
    *r.status_mut() = status;
    set_header(&mut r, header::CONTENT_TYPE.as_str(), content_type);
    r
}

fn set_header(r: &mut Response, name: &str, value: &str) {
    if let (Ok(n), Ok(v)) = (HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_str(value)) {
        r.headers_mut().insert(n, v);
    }
}

/// Declares the full length, sends half, then fails the body so the server aborts.
fn truncated() -> Response {
    let full = json!({"accounts": [], "pagination": {"records": 0, "limit": 20, "offset": 0,
        "previous_page": "NULL", "next_page": "NULL"}, "padding": "x".repeat(256)})
    .to_string();
    let half = Bytes::from(full.as_bytes()[..full.len() / 2].to_vec());
    // The pause lets hyper flush the head and the first half before the error aborts
    // the connection; without it the client would see nothing at all.
    let stream = futures_util::stream::unfold(Some(half), |state| async move {
        match state {
            Some(half) => Some((Ok(half), None)),
            None => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                Some((Err(std::io::Error::other("truncated by sandbox fault")), None))
            }
        }
    });
    let mut r = Response::new(Body::from_stream(stream));
    set_header(&mut r, "content-type", "application/json");
    set_header(&mut r, "content-length", &full.len().to_string());
    r
}

/// 200 with `size` bytes of valid JSON, one byte every `every` (the first at once).
fn drip(size: usize, every: Duration) -> Response {
    let body = Bytes::from(oversize_json(size));
    let len = body.len();
    let stream = futures_util::stream::unfold(0usize, move |i| {
        let body = body.clone();
        async move {
            if i >= body.len() {
                return None;
            }
            if i > 0 {
                tokio::time::sleep(every).await;
            }
            Some((Ok::<_, std::io::Error>(body.slice(i..i + 1)), i + 1))
        }
    });
    let mut r = Response::new(Body::from_stream(stream));
    set_header(&mut r, "content-type", "application/json");
    set_header(&mut r, "content-length", &len.to_string());
    r
}

/// Valid JSON of exactly `size` bytes (or the smallest possible when `size` is tiny).
fn oversize_json(size: usize) -> String {
    let head = r#"{"accounts":[],"padding":""#;
    let tail = r#""}"#;
    let pad = size.saturating_sub(head.len() + tail.len());
    let mut s = String::with_capacity(size.max(head.len() + tail.len()));
    s.push_str(head);
    s.push_str(&"x".repeat(pad));
    s.push_str(tail);
    s
}

/// `oversize_json(size)` gzip-compressed, made once per size (tens of MiB take a while).
fn gzip_bomb(size: usize) -> Bytes {
    static MADE: Mutex<BTreeMap<usize, Bytes>> = Mutex::new(BTreeMap::new());
    if let Some(found) = MADE.lock().get(&size) {
        return found.clone();
    }
    let bomb = Bytes::from(gzip(oversize_json(size).as_bytes()));
    MADE.lock().insert(size, bomb.clone());
    bomb
}

/// The pending fault rules.
#[derive(Default)]
pub struct FaultQueue {
    rules: Mutex<VecDeque<Fault>>,
}

impl FaultQueue {
    pub fn push(&self, fault: Fault) {
        if fault.times > 0 {
            self.rules.lock().push_back(fault);
        }
    }

    /// Like [`FaultQueue::take`], but only when the first matching rule acts before the
    /// body is read (`reset_before_read`); otherwise the queue is left as it is.
    pub fn take_before_read(&self, method: &str, path: &str, data_path: bool) -> Option<Fault> {
        let mut q = self.rules.lock();
        let idx = q.iter().position(|f| f.matches(method, path, data_path))?;
        if !matches!(q[idx].kind, FaultKind::ResetBeforeRead) {
            return None;
        }
        let rule = &mut q[idx];
        rule.times -= 1;
        let hit = rule.clone();
        if rule.times == 0 {
            q.remove(idx);
        }
        Some(hit)
    }

    /// The first rule matching the request, with one of its `times` used up.
    pub fn take(&self, method: &str, path: &str, data_path: bool) -> Option<Fault> {
        let mut q = self.rules.lock();
        let idx = q.iter().position(|f| f.matches(method, path, data_path))?;
        let rule = &mut q[idx];
        rule.times -= 1;
        let hit = rule.clone();
        if rule.times == 0 {
            q.remove(idx);
        }
        Some(hit)
    }

    pub fn pending(&self) -> Vec<Fault> {
        self.rules.lock().iter().cloned().collect()
    }

    pub fn clear(&self) {
        self.rules.lock().clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(path: &str) -> bool {
        crate::pipeline::is_data_path(path)
    }

    #[test]
    fn parses_the_documented_shape() {
        let f: Fault = serde_json::from_value(json!({
            "method": "GET", "path": "/api/v3/accounts", "kind": "status", "status": 503,
            "retry_after": 1, "times": 2
        }))
        .unwrap();
        assert_eq!(f.times, 2);
        assert_eq!(f.kind, FaultKind::Status { status: 503, retry_after: Some("1".into()), body: None });
        let d: Fault = serde_json::from_value(json!({"kind": "drop"})).unwrap();
        assert_eq!(d.kind, FaultKind::Drop);
        assert_eq!(d.times, 1);
        let slow: Fault =
            serde_json::from_value(json!({"kind": "delay", "delay_ms": 5, "process_first": true})).unwrap();
        assert_eq!(slow.kind, FaultKind::Delay { delay_ms: 5, process_first: true });
        let drip: Fault = serde_json::from_value(json!({"kind": "drip", "interval_ms": 500})).unwrap();
        assert_eq!(drip.kind, FaultKind::Drip { interval_ms: 500, size_bytes: 64 });
        let held: Fault =
            serde_json::from_value(json!({"kind": "status", "status": 401, "answer_after_ms": 300})).unwrap();
        assert_eq!(held.answer_after_ms, Some(300));
        assert!(matches!(held.plan(), Plan::Respond(_, d) if d == Duration::from_millis(300)));
    }

    #[test]
    fn queue_consumes_times_in_order() {
        let q = FaultQueue::default();
        q.push(Fault::status(500).on(Some("POST"), None).times(1));
        q.push(Fault::status(503).times(2));
        assert!(q.take("GET", "/__sandbox__/requests", data("/__sandbox__/requests")).is_none());
        assert!(q.take("GET", "/api/v1/oauth2/token", data("/api/v1/oauth2/token")).is_none());
        let first = q.take("GET", "/api/v3/accounts", data("/api/v3/accounts")).unwrap();
        assert!(matches!(first.kind, FaultKind::Status { status: 503, .. }));
        let second = q.take("POST", "/api/v3/accounts", data("/api/v3/accounts")).unwrap();
        assert!(matches!(second.kind, FaultKind::Status { status: 500, .. }));
        assert!(q.take("GET", "/api/v2/accounts", data("/api/v2/accounts")).is_some());
        assert!(q.take("GET", "/api/v2/accounts", data("/api/v2/accounts")).is_none());
    }

    #[test]
    fn rate_limit_parses_and_dates_round_up() {
        let f: Fault = serde_json::from_value(json!({"kind": "rate_limit", "retry_after": 2,
            "retry_after_format": "date", "limit": 50}))
        .unwrap();
        assert_eq!(
            f.kind,
            FaultKind::RateLimit { retry_after: 2, retry_after_format: RetryAfterFormat::Date, limit: 50 }
        );
        let d: Fault = serde_json::from_value(json!({"kind": "rate_limit"})).unwrap();
        assert_eq!(
            d.kind,
            FaultKind::RateLimit { retry_after: 1, retry_after_format: RetryAfterFormat::Seconds, limit: 100 }
        );
        let now = chrono::DateTime::from_timestamp(1_700_000_000, 250_000_000).unwrap();
        let (v, reset) = rate_limit_times(2, RetryAfterFormat::Date, now);
        assert_eq!(reset, 1_700_000_003);
        assert_eq!(v, "Tue, 14 Nov 2023 22:13:23 GMT");
        let (v, _) = rate_limit_times(2, RetryAfterFormat::Seconds, now);
        assert_eq!(v, "2");
    }

    #[test]
    fn reset_before_read_is_taken_only_when_first() {
        let q = FaultQueue::default();
        q.push(Fault::status(503));
        q.push(Fault::new(FaultKind::ResetBeforeRead));
        assert!(q.take_before_read("GET", "/api/v3/accounts", data("/api/v3/accounts")).is_none());
        assert_eq!(q.pending().len(), 2, "left in place");
        assert!(q.take("GET", "/api/v3/accounts", data("/api/v3/accounts")).is_some());
        let hit = q.take_before_read("GET", "/api/v3/accounts", data("/api/v3/accounts")).unwrap();
        assert_eq!(hit.kind, FaultKind::ResetBeforeRead);
        assert!(q.pending().is_empty());
    }

    #[test]
    fn oversize_has_exact_length() {
        let s = oversize_json(5000);
        assert_eq!(s.len(), 5000);
        serde_json::from_str::<Value>(&s).unwrap();
    }
}
