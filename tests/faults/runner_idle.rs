//! The idle-close scenario of the Rust fault runner: the sandbox closes keep-alive
//! connections idle for `fault.config.idle_close_ms` (as a load balancer does), and the case
//! makes `repeat` calls, each after `idle_ms` without traffic, so every call finds its pooled
//! connection already closed by the server. `mode` "blocking" makes the calls with
//! `call_blocking` from one plain thread (the bindings' path: a per-thread runtime that sleeps
//! between calls), "async" with `call` on the runner's runtime.

// The core's errors are large on purpose (see core/src/lib.rs); results of calls are kept.
#![allow(clippy::result_large_err)]

use std::time::{Duration, Instant};

use exsited_core::Request;
use serde_json::{json, Value};

use super::Ctx;

impl Ctx {
    pub(super) async fn run_idle_case(&self, case: &Value, n: usize) -> Value {
        let name = case["name"].as_str().unwrap_or("?").to_string();
        let op = case["op"].as_str().unwrap_or("").to_string();
        let class = case["class"].as_str().unwrap_or("").to_string();
        let fault = case["fault"].clone();
        let repeat = case["repeat"].as_u64().unwrap_or(8) as usize;
        let idle = Duration::from_millis(case["idle_ms"].as_u64().unwrap_or(600));
        let blocking = case["mode"] != json!("async");
        let tag = format!("c{n:03}");
        let client = self.client_for(case);
        let (id, setup_error) = self.setup(&client, &op, &tag, n).await;
        self.hook(reqwest::Method::DELETE, "requests", None).await;
        self.hook(reqwest::Method::DELETE, "faults", None).await;
        let creates_before = self.counter("creates").await;
        self.hook(reqwest::Method::POST, "config", Some(fault["config"].clone())).await;

        let requests: Vec<Request> = (0..repeat).map(|_| self.request(&op, &id, &tag, n)).collect();
        let started = Instant::now();
        let results = if blocking {
            let (client, op) = (client.clone(), op.clone());
            let thread = std::thread::spawn(move || {
                requests
                    .into_iter()
                    .map(|req| {
                        std::thread::sleep(idle);
                        client.call_blocking(&op, req)
                    })
                    .collect::<Vec<_>>()
            });
            match tokio::task::spawn_blocking(move || thread.join()).await {
                Ok(Ok(results)) => results,
                _ => Vec::new(),
            }
        } else {
            let mut out = Vec::new();
            for req in requests {
                tokio::time::sleep(idle).await;
                out.push(client.call(&op, req).await);
            }
            out
        };
        let elapsed_ms = started.elapsed().as_millis() as u64;
        self.hook(reqwest::Method::POST, "config", Some(json!({"idle_close_ms": 0}))).await;
        let reqs = self.settle().await;
        let creates_after = self.counter("creates").await;
        let seen = Self::seen(&reqs);

        let panicked = results.len() != repeat;
        let failures: Vec<String> = results.iter().filter_map(|r| r.as_ref().err().map(|e| e.to_string())).collect();
        let outcome = match results.iter().find_map(|r| r.as_ref().err()) {
            None if !panicked => "ok".to_string(),
            None => "panic".to_string(),
            Some(e) => format!("error:{}", e.kind.as_str()),
        };
        let (dup, lost) = self.idle_writes(&class, &results, creates_after - creates_before, repeat as u64);
        // Every call may take its idle wait plus one read timeout.
        let budget = repeat as u64 * (idle.as_millis() as u64 + self.settings.read_timeout.as_millis() as u64);
        let expect = case["expect"].as_str().unwrap_or("ok").to_string();
        let mut mismatches = Vec::new();
        if outcome != expect {
            mismatches.push(format!("{} of {repeat} calls failed", failures.len()));
        }
        if let Some(want) = case["expect_data_requests"].as_u64() {
            if seen.data != want {
                mismatches.push(format!("data requests {} != {want}", seen.data));
            }
        }
        mismatches.extend(setup_error);
        json!({
            "lang": "rust",
            "suite": "matrix",
            "name": name,
            "kind": case["kind"],
            "class": class,
            "op": op,
            "fault": fault,
            "expect": expect,
            "outcome": outcome,
            "pass": mismatches.is_empty(),
            "mismatches": mismatches,
            "message": failures.first(),
            "calls": repeat,
            "failed": failures.len(),
            "requests": {"data": seen.data, "token": seen.token, "statuses": seen.statuses},
            "expect_data_requests": case["expect_data_requests"],
            "server_creates": creates_after - creates_before,
            "dup_creates": dup,
            "lost_writes": lost,
            "elapsed_ms": elapsed_ms,
            "budget_ms": budget,
            "overrun_ms": elapsed_ms.saturating_sub(budget),
            "panics": u64::from(panicked),
        })
    }

    /// (duplicate creates, lost acknowledged writes) after `repeat` calls: a create class
    /// may hold at most one account per call, and every acknowledged one must exist.
    fn idle_writes(
        &self,
        class: &str,
        results: &[exsited_core::Result<exsited_core::Response>],
        server_creates: u64,
        repeat: u64,
    ) -> (u64, u64) {
        if class != "create" {
            return (0, 0);
        }
        let lost = results
            .iter()
            .filter_map(|r| r.as_ref().ok())
            .filter(|r| {
                let id = r.body["account"]["id"].as_str().unwrap_or("");
                id.is_empty() || self.state.account(id).is_none()
            })
            .count() as u64;
        (server_creates.saturating_sub(repeat), lost)
    }
}
