//! Redacted descriptions of requests and answers, for logs and the bindings' print switches.

use std::sync::Arc;

use serde_json::{json, Value};
use url::Url;

use crate::ops::Operation;
use crate::redact;
use crate::transport::PreparedMultipart;

pub type Observer = Arc<dyn Fn(&Event) + Send + Sync>;

#[derive(Clone, Debug)]
pub enum Event {
    Request { operation: &'static str, method: &'static str, url: String, body: Value },
    Response { operation: &'static str, status: u16, body: Value },
}

impl Event {
    pub fn request(
        op: &Operation,
        url: &Url,
        json: Option<&bytes::Bytes>,
        multipart: Option<&PreparedMultipart>,
    ) -> Event {
        let body = if let Some(b) = json {
            let mut v = serde_json::from_slice(b).unwrap_or(Value::Null);
            redact::mask_json(&mut v);
            v
        } else if let Some(m) = multipart {
            json!({ "multipart": m.summary() })
        } else {
            Value::Null
        };
        Event::Request { operation: op.name, method: op.method.as_str(), url: redact::mask_text(url.as_str()), body }
    }

    pub fn response(op: &Operation, status: u16, body: &[u8]) -> Event {
        let mut v = match serde_json::from_slice::<Value>(body) {
            Ok(v) => v,
            Err(_) if body.is_empty() => Value::Null,
            Err(_) => Value::String(String::from_utf8_lossy(&body[..body.len().min(4096)]).into_owned()),
        };
        redact::mask_json(&mut v);
        Event::Response { operation: op.name, status, body: v }
    }

    /// An answer that is a file: its size, not its bytes.
    pub fn file(op: &Operation, status: u16, size: usize) -> Event {
        Event::Response { operation: op.name, status, body: Value::String(format!("<{size} bytes>")) }
    }

    /// One line for a log.
    pub fn summary(&self) -> String {
        match self {
            Event::Request { operation, method, url, body } => format!("request {operation}: {method} {url} {body}"),
            Event::Response { operation, status, body } => {
                let mut text = body.to_string();
                if text.len() > 2000 {
                    let mut cut = 2000;
                    while !text.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    text.truncate(cut);
                    text.push('…');
                }
                format!("response {operation}: HTTP {status} {text}")
            }
        }
    }

    /// As JSON, for a binding to print or hand to its logger.
    pub fn to_json(&self) -> Value {
        match self {
            Event::Request { operation, method, url, body } => {
                json!({"event":"request","operation":operation,"method":method,"url":url,"body":body})
            }
            Event::Response { operation, status, body } => {
                json!({"event":"response","operation":operation,"status":status,"body":body})
            }
        }
    }
}
