//! Test harness: an in-process sandbox, a client pointed at it, and the sandbox's hooks.
#![allow(dead_code)]

use std::time::Duration;

use exsited_core::{Client, Config, RetryPolicy};
use exsited_sandbox::{Sandbox, SandboxOptions};
use serde_json::{json, Value};

pub const CLIENT_ID: &str = "sandbox-client";
pub const CLIENT_SECRET: &str = "sandbox-secret";

pub struct Harness {
    pub sandbox: Sandbox,
    pub url: String,
    http: reqwest::Client,
}

impl Harness {
    pub async fn new() -> Harness {
        Harness::with(SandboxOptions::default()).await
    }

    pub async fn with(opts: SandboxOptions) -> Harness {
        let sandbox = Sandbox::start(opts).await.expect("sandbox starts");
        let url = sandbox.base_url();
        Harness { sandbox, url, http: reqwest::Client::new() }
    }

    /// A config for the sandbox with short backoffs so retry tests stay quick.
    pub fn config(&self) -> Config {
        let mut c = Config::new(&self.url, CLIENT_ID, CLIENT_SECRET);
        c.retry = RetryPolicy {
            max_retries: 2,
            initial_backoff: Duration::from_millis(10),
            max_backoff: Duration::from_millis(50),
            max_retry_after: Duration::from_secs(5),
        };
        c.read_timeout = Duration::from_secs(5);
        c
    }

    pub fn client(&self) -> Client {
        Client::new(self.config()).expect("client")
    }

    async fn hook(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let http = match self.sandbox.ca_pem() {
            Some(pem) => reqwest::Client::builder()
                .add_root_certificate(reqwest::Certificate::from_pem(pem.as_bytes()).unwrap())
                .build()
                .unwrap(),
            None => self.http.clone(),
        };
        let mut req = http.request(method, format!("{}/__sandbox__/{path}", self.url));
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().await.expect("hook reachable");
        assert!(resp.status().is_success(), "hook {path} answered {}", resp.status());
        let text = resp.text().await.unwrap();
        serde_json::from_str(&text).unwrap_or(Value::Null)
    }

    /// Data requests the sandbox received (token and hook requests left out).
    pub async fn data_requests(&self) -> Vec<Value> {
        self.all_requests().await.into_iter().filter(|r| !r["path"].as_str().unwrap_or("").contains("oauth2")).collect()
    }

    pub async fn all_requests(&self) -> Vec<Value> {
        let v = self.hook(reqwest::Method::GET, "requests", None).await;
        v["requests"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .filter(|r| !r["path"].as_str().unwrap_or("").starts_with("/__sandbox__"))
            .collect()
    }

    pub async fn last_request(&self) -> Value {
        self.data_requests().await.pop().expect("a data request was received")
    }

    pub async fn clear_requests(&self) {
        self.hook(reqwest::Method::DELETE, "requests", None).await;
    }

    pub async fn counters(&self) -> Value {
        self.hook(reqwest::Method::GET, "counters", None).await
    }

    pub async fn token_requests(&self) -> u64 {
        self.counters().await["token_requests"].as_u64().unwrap()
    }

    pub async fn fault(&self, fault: Value) {
        self.hook(reqwest::Method::POST, "faults", Some(json!({ "faults": [fault] }))).await;
    }

    pub async fn seed(&self, count: usize) {
        self.hook(reqwest::Method::POST, "seed", Some(json!({ "count": count }))).await;
    }

    pub async fn expire_tokens(&self) {
        self.hook(reqwest::Method::POST, "expire_tokens", None).await;
    }
}
