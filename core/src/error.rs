//! One error type for everything that can go wrong, with a kind the bindings map onto
//! their exception classes.

use std::fmt;
use std::time::Duration;

use serde_json::Value;

use crate::redact;

/// What went wrong, coarse enough for a caller to decide what to do about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// 400 or 422: the API refused the request's content.
    Validation,
    /// 401, or the token endpoint refused the credentials.
    Authentication,
    /// 403.
    Permission,
    /// 404.
    NotFound,
    /// 409.
    Conflict,
    /// 429.
    RateLimit,
    /// 5xx.
    Server,
    /// Any other non-2xx status (e.g. 405, 410, or a 3xx since redirects are not followed).
    Api,
    /// Connect or read timed out.
    Timeout,
    /// The connection could not be made or was lost.
    Connection,
    /// The answer could not be decoded (malformed JSON, too large, wrong shape).
    Decode,
    /// Bad input found before any request was sent.
    Usage,
    /// The client configuration is invalid.
    Config,
}

impl ErrorKind {
    /// The kind for an HTTP error status.
    pub fn from_status(status: u16) -> ErrorKind {
        match status {
            400 | 422 => ErrorKind::Validation,
            401 => ErrorKind::Authentication,
            403 => ErrorKind::Permission,
            404 => ErrorKind::NotFound,
            409 => ErrorKind::Conflict,
            429 => ErrorKind::RateLimit,
            500..=599 => ErrorKind::Server,
            _ => ErrorKind::Api,
        }
    }

    /// Stable lowercase name, used by the bindings and in messages.
    pub fn as_str(&self) -> &'static str {
        match self {
            ErrorKind::Validation => "validation",
            ErrorKind::Authentication => "authentication",
            ErrorKind::Permission => "permission",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Conflict => "conflict",
            ErrorKind::RateLimit => "rate_limit",
            ErrorKind::Server => "server",
            ErrorKind::Api => "api",
            ErrorKind::Timeout => "timeout",
            ErrorKind::Connection => "connection",
            ErrorKind::Decode => "decode",
            ErrorKind::Usage => "usage",
            ErrorKind::Config => "config",
        }
    }
}

/// The error of every fallible core call. All text in it is already redacted.
#[derive(Clone, Debug)]
pub struct Error {
    pub kind: ErrorKind,
    /// HTTP status when the server answered.
    pub status: Option<u16>,
    /// A sentence a person can act on.
    pub message: String,
    /// The API's `errors[].message` strings of this response only.
    pub errors: Vec<String>,
    /// The decoded body (JSON, or a JSON string holding the text), secrets masked.
    pub raw: Option<Value>,
    /// Server's `Retry-After`, when given.
    pub retry_after: Option<Duration>,
    /// Operation name (from the operation table) the error belongs to, if any.
    pub operation: Option<&'static str>,
    /// The answer's headers when the server answered (secret values masked).
    pub headers: Vec<(String, String)>,
    /// The server's id for the request (`X-Request-Id`), when it sent one.
    pub request_id: Option<String>,
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            status: None,
            message: redact::mask_text(&message.into()),
            errors: Vec::new(),
            raw: None,
            retry_after: None,
            operation: None,
            headers: Vec::new(),
            request_id: None,
        }
    }

    pub fn usage(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Usage, message)
    }

    pub fn config(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Config, message)
    }

    pub fn decode(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Decode, message)
    }

    pub fn with_operation(mut self, op: &'static str) -> Error {
        self.operation = Some(op);
        self
    }

    /// Adds the answer's headers (already masked, see `response_headers`) and its request id.
    pub fn with_headers(mut self, headers: Vec<(String, String)>) -> Error {
        self.request_id = crate::response_headers::request_id(&headers);
        self.headers = headers;
        self
    }

    /// Builds the error for a non-2xx answer from its status and body bytes.
    pub fn from_response(status: u16, reason: Option<&str>, body: &[u8], retry_after: Option<Duration>) -> Error {
        let raw = decode_body(body);
        let errors = raw.as_ref().map(api_error_messages).unwrap_or_default();
        let detail = if !errors.is_empty() {
            errors.join("; ")
        } else if let Some(d) = raw.as_ref().and_then(oauth_error_message) {
            d
        } else {
            reason.unwrap_or("no details in the answer").to_string()
        };
        let message = format!("HTTP {status}: {detail}");
        let mut e = Error::new(ErrorKind::from_status(status), message);
        e.status = Some(status);
        e.errors = errors.iter().map(|m| redact::mask_text(m)).collect();
        e.raw = raw.map(|mut v| {
            redact::mask_json(&mut v);
            v
        });
        e.retry_after = retry_after;
        e
    }

    /// True for the kinds that mean the server answered with an HTTP error.
    pub fn is_http(&self) -> bool {
        self.status.is_some()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// JSON when it parses, otherwise the text (trimmed to keep errors small), otherwise none.
fn decode_body(body: &[u8]) -> Option<Value> {
    if body.iter().all(|b| b.is_ascii_whitespace()) {
        return None;
    }
    if let Ok(v) = serde_json::from_slice::<Value>(body) {
        return Some(v);
    }
    const MAX_TEXT: usize = 4096;
    let text = String::from_utf8_lossy(body);
    let mut text = text.trim().to_string();
    if text.len() > MAX_TEXT {
        let mut cut = MAX_TEXT;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        text.push('…');
    }
    Some(Value::String(redact::mask_text(&text)))
}

/// `{"errors":[{"message":..}]}` → the messages, in order; a plain string item counts too.
fn api_error_messages(body: &Value) -> Vec<String> {
    let Some(items) = body.get("errors").and_then(Value::as_array) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| match item {
            Value::String(s) => Some(s.clone()),
            Value::Object(o) => o.get("message").map(|m| match m {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            }),
            _ => None,
        })
        .collect()
}

/// `{"error":"invalid_client","error_description":".."}` from the token endpoint.
fn oauth_error_message(body: &Value) -> Option<String> {
    let error = body.get("error").and_then(Value::as_str);
    let description = body.get("error_description").and_then(Value::as_str);
    match (error, description) {
        (Some(e), Some(d)) => Some(format!("{e}: {d}")),
        (Some(e), None) => Some(e.to_string()),
        (None, Some(d)) => Some(d.to_string()),
        _ => body.get("message").and_then(Value::as_str).map(str::to_string),
    }
}

/// A caller's value quoted for a message, cut to its first 40 characters: the message says
/// what was wrong without echoing a megabyte back.
pub fn quoted(value: &str) -> String {
    const KEEP: usize = 40;
    match value.char_indices().nth(KEEP) {
        Some((end, _)) => format!("{:?}... ({} bytes)", &value[..end], value.len()),
        None => format!("{value:?}"),
    }
}

/// A file path for a message, cut to its last 200 characters (the end names the file).
pub fn shown_path(path: &std::path::Path) -> String {
    const KEEP: usize = 200;
    let text = path.display().to_string();
    let count = text.chars().count();
    if count <= KEEP {
        return text;
    }
    let start = text.char_indices().nth(count - KEEP).map_or(0, |(i, _)| i);
    format!("...{} ({} bytes)", &text[start..], text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_errors_are_collected_for_this_response() {
        let body = br#"{"errors":[{"code":"400","message":"Name is required"},{"message":"Email is invalid"}]}"#;
        let e = Error::from_response(400, Some("Bad Request"), body, None);
        assert_eq!(e.kind, ErrorKind::Validation);
        assert_eq!(e.errors, vec!["Name is required", "Email is invalid"]);
        assert_eq!(e.message, "HTTP 400: Name is required; Email is invalid");
        assert_eq!(e.status, Some(400));
    }

    #[test]
    fn html_and_empty_bodies_still_give_a_message() {
        let e = Error::from_response(502, Some("Bad Gateway"), b"<html>oops</html>", None);
        assert_eq!(e.kind, ErrorKind::Server);
        assert_eq!(e.raw, Some(Value::String("<html>oops</html>".into())));
        let e = Error::from_response(503, Some("Service Unavailable"), b"", None);
        assert_eq!(e.message, "HTTP 503: Service Unavailable");
        assert!(e.raw.is_none());
    }

    #[test]
    fn oauth_errors_and_secrets_in_bodies() {
        let body = br#"{"error":"invalid_client","error_description":"bad","client_secret":"s3cr3t"}"#;
        let e = Error::from_response(401, None, body, None);
        assert_eq!(e.kind, ErrorKind::Authentication);
        assert_eq!(e.message, "HTTP 401: invalid_client: bad");
        assert!(!e.raw.unwrap().to_string().contains("s3cr3t"));
    }

    #[test]
    fn status_mapping() {
        for (s, k) in [
            (422, ErrorKind::Validation),
            (403, ErrorKind::Permission),
            (404, ErrorKind::NotFound),
            (409, ErrorKind::Conflict),
            (429, ErrorKind::RateLimit),
            (504, ErrorKind::Server),
            (405, ErrorKind::Api),
        ] {
            assert_eq!(ErrorKind::from_status(s), k);
        }
    }

    #[test]
    fn long_values_are_cut_in_messages() {
        assert_eq!(quoted("v9"), "\"v9\"");
        let q = quoted(&"x".repeat(1 << 20));
        assert!(q.len() < 80 && q.ends_with("... (1048576 bytes)"), "{q}");
        let p = shown_path(std::path::Path::new(&format!("/{}/f.txt", "d".repeat(5000))));
        assert!(p.len() < 240 && p.contains("/f.txt ("), "{p}");
        assert_eq!(shown_path(std::path::Path::new("/tmp/a.txt")), "/tmp/a.txt");
    }
}
