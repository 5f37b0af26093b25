//! A client and a request from `matrix.json`: the matrix's `client` settings (with a case's own
//! overrides) as a core `Config`, and an operation's `calls` template as a core `Request`.
//! Shared by the Rust adapter (`adapter.rs`) and the Rust runner's own scenarios (`runner.rs`).

use std::path::Path;
use std::time::Duration;

use exsited_core::{Config, Part, Request, RetryPolicy};
use serde_json::Value;

pub const CLIENT_ID: &str = "sandbox-client";
pub const CLIENT_SECRET: &str = "sandbox-secret";

/// Client settings from the matrix's `client` block.
#[derive(Clone)]
pub struct ClientSettings {
    pub connect_timeout: Duration,
    pub read_timeout: Duration,
    pub retry: RetryPolicy,
    pub max_response_bytes: usize,
    pub deadline: Option<Duration>,
}

impl ClientSettings {
    pub fn from_matrix(v: &Value) -> ClientSettings {
        let ms = |k: &str, d: u64| Duration::from_millis(v[k].as_u64().unwrap_or(d));
        ClientSettings {
            connect_timeout: ms("connect_timeout_ms", 1000),
            read_timeout: ms("read_timeout_ms", 1000),
            retry: RetryPolicy {
                max_retries: v["max_retries"].as_u64().unwrap_or(2) as u32,
                initial_backoff: ms("initial_backoff_ms", 20),
                max_backoff: ms("max_backoff_ms", 100),
                max_retry_after: ms("max_retry_after_ms", 5000),
            },
            max_response_bytes: v["max_response_bytes"].as_u64().unwrap_or(1 << 20) as usize,
            deadline: v["deadline_ms"].as_u64().map(Duration::from_millis),
        }
    }

    /// A core configuration for the sandbox at `url` with these settings.
    pub fn config(&self, url: &str) -> Config {
        let mut c = Config::new(url, CLIENT_ID, CLIENT_SECRET);
        c.connect_timeout = self.connect_timeout;
        c.read_timeout = self.read_timeout;
        c.retry = self.retry.clone();
        c.max_response_bytes = self.max_response_bytes as u64;
        c.deadline = self.deadline;
        c
    }
}

/// The request of an operation from its `calls` template: `{id}`, `{case}` (the case's tag) and
/// `{n}` filled in, file parts written under `work`.
pub fn request(template: &Value, id: &str, tag: &str, n: usize, work: &Path) -> Request {
    let fill = |s: &str| s.replace("{id}", id).replace("{case}", tag).replace("{n}", &n.to_string());
    let mut req = Request::new();
    if let Some(path) = template["path"].as_array() {
        req = req.path(path.iter().map(|p| fill(p.as_str().unwrap_or(""))));
    }
    if let Some(q) = template["query"].as_object() {
        for (k, v) in q {
            req = req.query(k.clone(), v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()));
        }
    }
    if !template["json"].is_null() {
        req = req.json(fill_value(&template["json"], &fill));
    }
    if let Some(parts) = template["parts"].as_array() {
        for p in parts {
            let name = p["name"].as_str().unwrap_or("file").to_string();
            if let Some(text) = p["text"].as_str() {
                req.parts.push(Part::Text { name, value: fill(text) });
            } else if let Some(file) = p["file"].as_str() {
                let path = work.join(file);
                if !path.exists() {
                    std::fs::write(&path, p["content"].as_str().unwrap_or("")).expect("attachment written");
                }
                req.parts.push(Part::File { name, path });
            }
        }
    }
    req
}

fn fill_value(v: &Value, fill: &dyn Fn(&str) -> String) -> Value {
    match v {
        Value::String(s) => Value::String(fill(s)),
        Value::Array(a) => Value::Array(a.iter().map(|x| fill_value(x, fill)).collect()),
        Value::Object(m) => Value::Object(m.iter().map(|(k, x)| (k.clone(), fill_value(x, fill))).collect()),
        other => other.clone(),
    }
}
