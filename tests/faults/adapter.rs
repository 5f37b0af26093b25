//! Fault-suite adapter for the Rust core: runs ONE operation at a time as `tests/faults/driver.py`
//! asks (one JSON line in on stdin, one JSON line out; protocol in driver.py) through
//! `exsited_core::Client`, with every matrix client setting (backoff, answer limit, Retry-After
//! ceiling) as given, so the hello answer leaves them to the matrix.
//!
//! ```text
//! cargo build -p exsited-core --example faults_adapter
//! python3 tests/faults/driver.py --url URL -- target/debug/examples/faults_adapter --url URL
//! ```

use std::io::{BufRead, Write};
use std::time::Instant;

use exsited_core::{Client, Request};
use serde_json::{json, Value};

#[path = "calls.rs"]
mod calls;

use calls::ClientSettings;

struct Session {
    url: String,
    client: Option<Client>,
    work: tempfile::TempDir,
    runtime: tokio::runtime::Runtime,
}

impl Session {
    fn answer(&mut self, req: &Value) -> Value {
        match req["do"].as_str().unwrap_or("") {
            "hello" => json!({"lang": "rust"}),
            "client" => match Client::new(ClientSettings::from_matrix(&req["settings"]).config(&self.url)) {
                Ok(c) => {
                    self.client = Some(c);
                    json!({})
                }
                Err(e) => json!({"error": e.to_string()}),
            },
            "setup" => self.setup(req),
            "call" => self.call(req),
            other => json!({"error": format!("unknown request {other:?}")}),
        }
    }

    /// Creates the target account (or lists once): this also fetches the client's token.
    fn setup(&self, req: &Value) -> Value {
        let Some(client) = &self.client else { return json!({"id": "", "error": "setup before client"}) };
        let (tag, n) = (req["tag"].as_str().unwrap_or(""), req["n"].as_u64().unwrap_or(0));
        let got = if req["create"] == json!(true) {
            let body = json!({"account": {"name": format!("Target {tag}"), "email_address": format!("target.{n}@example.com")}});
            self.runtime.block_on(client.call("accounts.create", Request::new().json(body)))
        } else {
            self.runtime.block_on(client.call("accounts.list", Request::new().query("limit", 1)))
        };
        match got {
            Ok(r) => json!({"id": r.body["account"]["id"].as_str().unwrap_or(""), "error": null}),
            Err(e) => json!({"id": "", "error": format!("setup failed: {e}")}),
        }
    }

    /// ONE call, on a task of its own so that a panic is caught and reported.
    fn call(&self, req: &Value) -> Value {
        let Some(client) = self.client.clone() else { return json!({"outcome": "error:runner", "elapsed_ms": 0}) };
        let op = req["op"].as_str().unwrap_or("").to_string();
        let (id, tag) = (req["id"].as_str().unwrap_or(""), req["tag"].as_str().unwrap_or(""));
        let request =
            calls::request(&req["template"], id, tag, req["n"].as_u64().unwrap_or(0) as usize, self.work.path());
        let started = Instant::now();
        let joined =
            self.runtime.block_on(async move { tokio::spawn(async move { client.call(&op, request).await }).await });
        let elapsed_ms = started.elapsed().as_millis() as u64;
        let (outcome, message, created) = match joined {
            Err(join) => ("panic".to_string(), Some(join.to_string()), String::new()),
            Ok(Ok(r)) => ("ok".to_string(), None, r.body["account"]["id"].as_str().unwrap_or("").to_string()),
            Ok(Err(e)) => (format!("error:{}", e.kind.as_str()), Some(e.to_string()), String::new()),
        };
        json!({"outcome": outcome, "exception": null, "message": message, "problem": null,
               "elapsed_ms": elapsed_ms, "created": created})
    }
}

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    let url = argv.iter().position(|a| a == "--url").and_then(|i| argv.get(i + 1)).cloned().unwrap_or_default();
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    let work = tempfile::tempdir().expect("a temporary directory");
    let mut session = Session { url, client: None, work, runtime };
    let stdout = std::io::stdout();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let answer = match serde_json::from_str::<Value>(&line) {
            Ok(req) => session.answer(&req),
            Err(e) => json!({"error": format!("not JSON: {e}")}),
        };
        let mut out = stdout.lock();
        let _ = writeln!(out, "{answer}");
        let _ = out.flush();
    }
}
