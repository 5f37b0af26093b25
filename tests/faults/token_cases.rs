//! The token-behaviour cases of the Rust fault runner (`runner.rs`): tasks sharing one client,
//! a token lifetime crossed mid-run, processes sharing one token cache file, 401 storms
//! (tests/faults/README.md). The hostile-token cases are in `token_edges.rs`.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use exsited_core::{Client, Config, Request};
use serde_json::{json, Value};

use crate::{Ctx, CLIENT_ID, CLIENT_SECRET, HANG_GUARD};

impl Ctx {
    pub(crate) fn token_line(&self, name: &str, fault: Value, detail: TokenDetail) -> Value {
        let failed = detail.failed;
        let mut mismatches = detail.mismatches;
        if failed > 0 {
            mismatches.push(format!("{failed} of {} calls failed", detail.calls));
        }
        json!({
            "lang": "rust",
            "suite": "token",
            "name": name,
            "kind": name.trim_start_matches("token/"),
            "class": "token",
            "op": detail.op,
            "fault": fault,
            "expect": "ok",
            "outcome": if failed == 0 { "ok".to_string() } else { detail.first_error.clone().unwrap_or_else(|| "error".into()) },
            "pass": mismatches.is_empty(),
            "mismatches": mismatches,
            "message": detail.first_message,
            "calls": detail.calls,
            "failed": failed,
            "token_requests": detail.token_requests,
            "expect_token_requests": detail.expect_token_requests,
            "requests": {"data": detail.data_requests, "token": detail.token_requests, "statuses": []},
            "dup_creates": 0,
            "lost_writes": 0,
            "elapsed_ms": detail.elapsed.as_millis() as u64,
            "budget_ms": Value::Null,
            "overrun_ms": 0,
            "panics": detail.panics,
        })
    }

    pub(crate) async fn token_counters(&self) -> (u64, u64, u64, u64) {
        let c = self.hook(reqwest::Method::GET, "counters", None).await;
        let g = |k: &str| c[k].as_u64().unwrap_or(0);
        (g("token_requests"), g("token_requests_client_credentials"), g("token_requests_refresh"), g("requests"))
    }

    /// `tasks` tasks × `per_task` calls on one client: exactly one token request.
    pub(crate) async fn token_single_flight(&self, tasks: usize, per_task: usize) -> Value {
        let client = self.client_for(&Value::Null);
        let (t0, _, _, r0) = self.token_counters().await;
        let stats = Arc::new(Stats::default());
        let started = Instant::now();
        let mut handles = Vec::new();
        for t in 0..tasks {
            let (client, stats) = (client.clone(), stats.clone());
            handles.push(tokio::spawn(async move {
                for i in 0..per_task {
                    let id = format!("SD{:04}", (t * per_task + i) % 20 + 1);
                    stats.record(client.call("accounts.details", Request::new().path([id])).await);
                }
            }));
        }
        let panics = join_all(handles).await;
        let elapsed = started.elapsed();
        let (t1, _, _, r1) = self.token_counters().await;
        let token_requests = t1 - t0;
        let mut mismatches = Vec::new();
        if token_requests != 1 {
            mismatches.push(format!("token requests {token_requests} != 1"));
        }
        let data = (r1 - r0).saturating_sub(token_requests);
        self.token_line(
            "token/single_flight_16_tasks",
            json!({"concurrency": tasks, "calls_per_task": per_task}),
            stats.detail(
                "accounts.details",
                tasks * per_task,
                token_requests,
                Some(1),
                data,
                elapsed,
                panics,
                mismatches,
            ),
        )
    }

    /// Token lifetime 3 s, 4 tasks calling for 4.5 s: one refresh grant, no failed call.
    pub(crate) async fn token_expiry_mid_run(&self) -> Value {
        self.hook(reqwest::Method::POST, "config", Some(json!({"token_ttl": 3}))).await;
        let client = self.client_for(&Value::Null);
        let (t0, cc0, rf0, r0) = self.token_counters().await;
        let stats = Arc::new(Stats::default());
        let started = Instant::now();
        let run_for = Duration::from_millis(4500);
        let mut handles = Vec::new();
        for t in 0..4usize {
            let (client, stats) = (client.clone(), stats.clone());
            handles.push(tokio::spawn(async move {
                let begun = Instant::now();
                let mut i = 0usize;
                // Bounded both by time and by count.
                while begun.elapsed() < run_for && i < 100_000 {
                    let id = format!("SD{:04}", (t + i) % 20 + 1);
                    stats.record(client.call("accounts.details", Request::new().path([id])).await);
                    i += 1;
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
            }));
        }
        let panics = join_all(handles).await;
        let elapsed = started.elapsed();
        self.hook(reqwest::Method::POST, "config", Some(json!({"token_ttl": 3600}))).await;
        let (t1, cc1, rf1, r1) = self.token_counters().await;
        let (tokens, cc, refresh) = (t1 - t0, cc1 - cc0, rf1 - rf0);
        let mut mismatches = Vec::new();
        if cc != 1 || refresh != 1 {
            mismatches.push(format!("client_credentials {cc} (want 1), refresh {refresh} (want 1)"));
        }
        let calls = stats.calls.load(Ordering::SeqCst) as usize;
        let data = (r1 - r0).saturating_sub(tokens);
        self.token_line(
            "token/expiry_mid_run",
            json!({"token_ttl": 3, "run_ms": run_for.as_millis() as u64, "tasks": 4}),
            stats.detail("accounts.details", calls, tokens, Some(2), data, elapsed, panics, mismatches),
        )
    }

    /// `processes` copies of this binary sharing one token cache file: one token request.
    pub(crate) async fn token_shared_cache_processes(&self, processes: usize, calls: usize) -> Value {
        let cache = self.work.join("shared-token-cache.json");
        let _ = std::fs::remove_file(&cache);
        let (t0, _, _, r0) = self.token_counters().await;
        let exe = std::env::current_exe().expect("own executable");
        let started = Instant::now();
        let mut children = Vec::new();
        let mut mismatches = Vec::new();
        for _ in 0..processes {
            match std::process::Command::new(&exe)
                .arg("--token-cache-child")
                .arg(&self.url)
                .arg(&cache)
                .arg(calls.to_string())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
            {
                Ok(child) => children.push(child),
                Err(e) => mismatches.push(format!("could not start a child process: {e}")),
            }
        }
        let (mut failed, mut panics) = (0u64, 0u64);
        let mut first_error = None;
        for mut child in children {
            // Bounded: a child still running after the hang guard is killed.
            let waited = tokio::task::spawn_blocking(move || {
                let deadline = Instant::now() + HANG_GUARD;
                loop {
                    match child.try_wait() {
                        Ok(Some(_)) => return child.wait_with_output().map(Some),
                        Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
                        Ok(None) => {
                            let _ = child.kill();
                            let _ = child.wait();
                            return Ok(None);
                        }
                        Err(e) => return Err(e),
                    }
                }
            })
            .await;
            match waited {
                Ok(Ok(Some(out))) => {
                    let text = String::from_utf8_lossy(&out.stdout);
                    let v: Value = serde_json::from_str(text.trim()).unwrap_or(Value::Null);
                    failed += v["failed"].as_u64().unwrap_or(calls as u64);
                    if first_error.is_none() {
                        first_error = v["first_error"].as_str().map(str::to_string);
                    }
                    if !out.status.success() {
                        if out.status.code() == Some(101) {
                            panics += 1;
                        }
                        mismatches.push(format!(
                            "a child exited with {}: {}",
                            out.status,
                            String::from_utf8_lossy(&out.stderr).lines().last().unwrap_or("")
                        ));
                    }
                }
                Ok(Ok(None)) => mismatches.push("a child process hung and was killed".into()),
                Ok(Err(e)) => mismatches.push(format!("child failed: {e}")),
                Err(e) => mismatches.push(format!("waiting for a child failed: {e}")),
            }
        }
        let elapsed = started.elapsed();
        let (t1, _, _, r1) = self.token_counters().await;
        let tokens = t1 - t0;
        if tokens != 1 {
            mismatches.push(format!("token requests {tokens} != 1"));
        }
        let detail = TokenDetail {
            op: "accounts.details",
            calls: processes * calls,
            failed,
            first_error: first_error.clone().map(|e| e.split(' ').next().unwrap_or("error").to_string()),
            first_message: first_error,
            token_requests: tokens,
            expect_token_requests: Some(1),
            data_requests: (r1 - r0).saturating_sub(tokens),
            elapsed,
            panics,
            mismatches,
        };
        self.token_line(
            "token/shared_cache_8_processes",
            json!({"processes": processes, "calls_per_process": calls, "token_cache_file": true}),
            detail,
        )
    }

    /// 16 calls held by the server (a delay) while every token expires: all get a 401,
    /// the client fetches a new token once and replays each call once.
    pub(crate) async fn token_401_storm_in_flight(&self, concurrency: usize) -> Value {
        let client = self.patient_client();
        if let Err(e) = client.call("accounts.list", Request::new().query("limit", 1)).await {
            eprintln!("warm-up failed: {e}");
        }
        self.hook(reqwest::Method::DELETE, "requests", None).await;
        let (t0, _, _, _) = self.token_counters().await;
        self.install(&json!({"kind": "delay", "delay_ms": 1200, "times": concurrency, "path": "/api/v3/accounts/"}))
            .await;
        let stats = Arc::new(Stats::default());
        let started = Instant::now();
        let mut handles = Vec::new();
        for i in 0..concurrency {
            let (client, stats) = (client.clone(), stats.clone());
            handles.push(tokio::spawn(async move {
                let id = format!("SD{:04}", i % 20 + 1);
                stats.record(client.call("accounts.details", Request::new().path([id])).await);
            }));
        }
        // Every call is held by the delay by now; expire the token they all carry.
        tokio::time::sleep(Duration::from_millis(500)).await;
        self.hook(reqwest::Method::POST, "expire_tokens", None).await;
        let panics = join_all(handles).await;
        let elapsed = started.elapsed();
        self.hook(reqwest::Method::DELETE, "faults", None).await;
        let reqs = self.settle().await;
        let seen = Self::seen(&reqs);
        let (t1, _, _, _) = self.token_counters().await;
        let tokens = t1 - t0;
        let refused = seen.statuses.iter().filter(|s| **s == json!(401)).count();
        let mut mismatches = Vec::new();
        if refused != concurrency {
            mismatches.push(format!("{refused} calls saw a 401, want all {concurrency} (storm not in flight)"));
        }
        if seen.data != 2 * concurrency as u64 {
            mismatches.push(format!(
                "{} data requests, want {} (each call once, replayed once)",
                seen.data,
                2 * concurrency
            ));
        }
        if tokens > 2 {
            mismatches.push(format!("token requests {tokens} > 2"));
        }
        self.token_line(
            "token/401_storm_in_flight_16",
            json!({"concurrency": concurrency, "hook": "expire_tokens", "while": {"kind": "delay", "delay_ms": 1200}}),
            stats.detail("accounts.details", concurrency, tokens, Some(1), seen.data, elapsed, panics, mismatches),
        )
    }

    /// `{"kind":"status","status":401,"times":16}` hitting 16 concurrent calls.
    pub(crate) async fn token_401_storm_fault(&self, concurrency: usize) -> Value {
        let client = self.patient_client();
        if let Err(e) = client.call("accounts.list", Request::new().query("limit", 1)).await {
            eprintln!("warm-up failed: {e}");
        }
        self.hook(reqwest::Method::DELETE, "requests", None).await;
        let (t0, _, _, _) = self.token_counters().await;
        let fault = json!({"kind": "status", "status": 401, "times": concurrency, "answer_after_ms": 600,
            "path": "/api/v3/accounts/"});
        self.install(&fault).await;
        let stats = Arc::new(Stats::default());
        let started = Instant::now();
        let mut handles = Vec::new();
        for i in 0..concurrency {
            let (client, stats) = (client.clone(), stats.clone());
            handles.push(tokio::spawn(async move {
                let id = format!("SD{:04}", i % 20 + 1);
                stats.record(client.call("accounts.details", Request::new().path([id])).await);
            }));
        }
        let panics = join_all(handles).await;
        let elapsed = started.elapsed();
        let left = self.hook(reqwest::Method::GET, "faults", None).await["faults"].as_array().map_or(0, Vec::len);
        self.hook(reqwest::Method::DELETE, "faults", None).await;
        let reqs = self.settle().await;
        let seen = Self::seen(&reqs);
        let (t1, _, _, _) = self.token_counters().await;
        let tokens = t1 - t0;
        let mut mismatches = Vec::new();
        if left != 0 {
            mismatches.push(format!("the 401 fault was not used up ({left} rule left)"));
        }
        if seen.data != 2 * concurrency as u64 {
            mismatches.push(format!(
                "{} data requests, want {} (each call once, replayed once)",
                seen.data,
                2 * concurrency
            ));
        }
        if tokens > 2 {
            mismatches.push(format!("token requests {tokens} > 2"));
        }
        self.token_line(
            "token/401_storm_fault_16",
            fault,
            stats.detail("accounts.details", concurrency, tokens, Some(1), seen.data, elapsed, panics, mismatches),
        )
    }
}

/// Panicked tasks among `handles`.
pub(crate) async fn join_all(handles: Vec<tokio::task::JoinHandle<()>>) -> u64 {
    let mut panics = 0;
    for h in handles {
        if let Err(e) = h.await {
            if e.is_panic() {
                panics += 1;
            }
        }
    }
    panics
}

#[derive(Default)]
pub(crate) struct Stats {
    calls: AtomicU64,
    failed: AtomicU64,
    pub(crate) first_error: std::sync::Mutex<Option<(String, String)>>,
    errors: std::sync::Mutex<BTreeMap<String, u64>>,
}

impl Stats {
    pub(crate) fn record(&self, r: exsited_core::Result<exsited_core::Response>) {
        self.calls.fetch_add(1, Ordering::SeqCst);
        if let Err(e) = r {
            self.failed.fetch_add(1, Ordering::SeqCst);
            let kind = format!("error:{}", e.kind.as_str());
            *self.errors.lock().unwrap().entry(kind.clone()).or_default() += 1;
            self.first_error.lock().unwrap().get_or_insert((kind, e.to_string()));
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn detail(
        &self,
        op: &'static str,
        calls: usize,
        token_requests: u64,
        expect_token_requests: Option<u64>,
        data_requests: u64,
        elapsed: Duration,
        panics: u64,
        mismatches: Vec<String>,
    ) -> TokenDetail {
        let first = self.first_error.lock().unwrap().clone();
        TokenDetail {
            op,
            calls,
            failed: self.failed.load(Ordering::SeqCst),
            first_error: first.as_ref().map(|f| f.0.clone()),
            first_message: first.map(|f| f.1),
            token_requests,
            expect_token_requests,
            data_requests,
            elapsed,
            panics,
            mismatches,
        }
    }
}

pub(crate) struct TokenDetail {
    pub(crate) op: &'static str,
    pub(crate) calls: usize,
    pub(crate) failed: u64,
    pub(crate) first_error: Option<String>,
    pub(crate) first_message: Option<String>,
    pub(crate) token_requests: u64,
    pub(crate) expect_token_requests: Option<u64>,
    pub(crate) data_requests: u64,
    pub(crate) elapsed: Duration,
    pub(crate) panics: u64,
    pub(crate) mismatches: Vec<String>,
}

/// One process of the shared token-cache case: `calls` calls with a client that keeps its
/// token in `cache`; prints `{"ok","failed","token_requests","first_error"}`.
pub(crate) fn token_cache_child(argv: &[String]) -> i32 {
    let [url, cache, calls] = argv else {
        eprintln!("usage: faults --token-cache-child URL CACHE_FILE CALLS");
        return 2;
    };
    let calls: usize = calls.parse().unwrap_or(10).min(100_000);
    let mut config = Config::new(url.as_str(), CLIENT_ID, CLIENT_SECRET);
    config.token_cache_file = Some(PathBuf::from(cache));
    config.read_timeout = Duration::from_secs(5);
    let client = match Client::new(config) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return 2;
        }
    };
    let (mut ok, mut failed, mut first_error) = (0u64, 0u64, None::<String>);
    for i in 0..calls {
        match client.call_blocking("accounts.details", Request::new().path([format!("SD{:04}", i % 20 + 1)])) {
            Ok(_) => ok += 1,
            Err(e) => {
                failed += 1;
                first_error.get_or_insert(format!("error:{} {e}", e.kind.as_str()));
            }
        }
    }
    println!(
        "{}",
        json!({"ok": ok, "failed": failed, "token_requests": client.token_requests(), "first_error": first_error})
    );
    0
}
