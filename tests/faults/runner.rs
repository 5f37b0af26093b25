//! Fault-suite runner for the Rust core (issue 5).
//!
//! Starts an in-process sandbox, runs every case of `tests/faults/matrix.json` through
//! `exsited_core::Client` (one fresh client per case, short timeouts, fast backoff), then the
//! token-behaviour cases, and prints one JSON line per case on stdout in the format that
//! `tests/faults/report.py` documents. Progress goes to stderr.
//!
//! ```text
//! cargo run -p exsited-core --example faults -- [--short] [--only TEXT] [--matrix PATH]
//!                                               [--no-token-cases] [--out FILE]
//! ```
//!
//! The hostile-token-answer and token-cache-file cases live in `token_edges.rs`.
//!
//! `--token-cache-child URL FILE CALLS` is internal: one of the processes of the shared
//! token-cache case.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

mod token_edges;

use exsited_core::{Client, Config, Part, Request, RetryPolicy};
use exsited_sandbox::{Sandbox, SandboxOptions, SandboxState};
use serde_json::{json, Value};

#[path = "runner_idle.rs"]
mod idle;

const CLIENT_ID: &str = "sandbox-client";
const CLIENT_SECRET: &str = "sandbox-secret";
/// A call running longer than this is reported as a hang (and the runner moves on).
const HANG_GUARD: Duration = Duration::from_secs(30);
/// How long to wait for the server to finish the requests of a case (a delayed attempt
/// keeps running after the client gave up on it).
const SETTLE_LIMIT: Duration = Duration::from_secs(4);
/// A call may outlive its budget by at most this much.
const MAX_OVERRUN_MS: u64 = 1000;

struct Args {
    matrix: PathBuf,
    short: bool,
    only: Option<String>,
    token_cases: bool,
    out: Option<PathBuf>,
}

fn parse_args(argv: &[String]) -> Result<Args, String> {
    let mut a = Args {
        matrix: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/faults/matrix.json")),
        short: false,
        only: None,
        token_cases: true,
        out: None,
    };
    let mut it = argv.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--short" => a.short = true,
            "--no-token-cases" => a.token_cases = false,
            "--only" => a.only = Some(value("--only")?),
            "--matrix" => a.matrix = PathBuf::from(value("--matrix")?),
            "--out" => a.out = Some(PathBuf::from(value("--out")?)),
            "-h" | "--help" => {
                return Err(
                    "usage: faults [--short] [--only TEXT] [--matrix PATH] [--no-token-cases] [--out FILE]".into()
                )
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(a)
}

fn main() {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    if argv.first().map(String::as_str) == Some("--token-cache-child") {
        std::process::exit(token_cache_child(&argv[1..]));
    }
    let args = match parse_args(&argv) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    let code = runtime.block_on(run(args));
    std::process::exit(code);
}

/// Where the JSON lines go.
struct Sink {
    out: Box<dyn Write + Send>,
}

impl Sink {
    fn emit(&mut self, line: &Value) {
        let _ = writeln!(self.out, "{line}");
        let _ = self.out.flush();
    }
}

async fn run(args: Args) -> i32 {
    let text = match std::fs::read_to_string(&args.matrix) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {}: {e}", args.matrix.display());
            return 2;
        }
    };
    let matrix: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("{} is not valid JSON: {e}", args.matrix.display());
            return 2;
        }
    };
    let out: Box<dyn Write + Send> = match &args.out {
        Some(p) => match std::fs::File::create(p) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("cannot write {}: {e}", p.display());
                return 2;
            }
        },
        None => Box::new(std::io::stdout()),
    };
    let mut sink = Sink { out };

    let sandbox = Sandbox::start_in_thread(SandboxOptions { seed_accounts: 20, ..Default::default() })
        .expect("the sandbox starts");
    let work = tempfile::tempdir().expect("a temporary directory");
    let ctx = Ctx::new(&sandbox, &matrix, work.path());
    eprintln!("fault runner (rust): sandbox at {}", ctx.url);

    let cases: Vec<Value> = matrix["cases"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .filter(|c| !args.short || c["short"] == json!(true))
        .filter(|c| args.only.as_deref().is_none_or(|o| c["name"].as_str().unwrap_or("").contains(o)))
        .collect();
    let mut failed = 0usize;
    for (n, case) in cases.iter().enumerate() {
        let line = if case["scenario"] == json!("idle_close") {
            ctx.run_idle_case(case, n).await
        } else {
            ctx.run_case(case, n).await
        };
        let ok = line["pass"] == json!(true) && invariants_hold(&line);
        if !ok {
            failed += 1;
        }
        eprintln!(
            "  {:<4} {:<58} {:<22} {:>5} ms",
            if ok { "ok" } else { "FAIL" },
            line["name"].as_str().unwrap_or(""),
            line["outcome"].as_str().unwrap_or(""),
            line["elapsed_ms"]
        );
        sink.emit(&line);
    }
    if args.token_cases {
        let wanted = |name: &str| args.only.as_deref().is_none_or(|o| name.contains(o));
        let calls_per_task = if args.short { 200 } else { 1000 };
        let mut lines = Vec::new();
        if wanted("token/single_flight_16_tasks") {
            lines.push(ctx.token_single_flight(16, calls_per_task).await);
        }
        if wanted("token/expiry_mid_run") {
            lines.push(ctx.token_expiry_mid_run().await);
        }
        if wanted("token/shared_cache_8_processes") {
            lines.push(ctx.token_shared_cache_processes(8, if args.short { 20 } else { 100 }).await);
        }
        if wanted("token/401_storm_in_flight_16") {
            lines.push(ctx.token_401_storm_in_flight(16).await);
        }
        if wanted("token/401_storm_fault_16") {
            lines.push(ctx.token_401_storm_fault(16).await);
        }
        for (n, case) in matrix["token_answers"].as_array().into_iter().flatten().enumerate() {
            if wanted(case["name"].as_str().unwrap_or("")) {
                lines.push(ctx.token_answer_case(case, n).await);
            }
        }
        if wanted("token/cache_planted_temp_link") {
            lines.push(ctx.token_cache_planted_link().await);
        }
        if wanted("token/cache_path_is_link") {
            lines.push(ctx.token_cache_refused("link").await);
        }
        if wanted("token/cache_foreign_owner") {
            lines.push(ctx.token_cache_refused("owner").await);
        }
        if wanted("token/fork_during_token_fetch") {
            lines.push(ctx.token_fork_during_fetch().await);
        }
        for line in lines {
            let ok = line["pass"] == json!(true) && invariants_hold(&line);
            if !ok {
                failed += 1;
            }
            eprintln!(
                "  {:<4} {:<58} {:<22} token requests {}",
                if ok { "ok" } else { "FAIL" },
                line["name"].as_str().unwrap_or(""),
                line["outcome"].as_str().unwrap_or(""),
                line["token_requests"]
            );
            sink.emit(&line);
        }
    }
    drop(sandbox);
    eprintln!("fault runner (rust): {failed} failing line(s)");
    i32::from(failed > 0)
}

fn invariants_hold(line: &Value) -> bool {
    line["dup_creates"].as_u64() == Some(0)
        && line["lost_writes"].as_u64() == Some(0)
        && line["panics"].as_u64() == Some(0)
        && line["overrun_ms"].as_u64().unwrap_or(0) <= line["max_overrun_ms"].as_u64().unwrap_or(MAX_OVERRUN_MS)
}

/// Client settings from the matrix's `client` block.
#[derive(Clone)]
struct ClientSettings {
    connect_timeout: Duration,
    read_timeout: Duration,
    retry: RetryPolicy,
    max_response_bytes: usize,
    deadline: Option<Duration>,
}

impl ClientSettings {
    fn from_matrix(v: &Value) -> ClientSettings {
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

    /// These settings with a case's own `client` overrides (`deadline_ms`, `max_retries`).
    fn for_case(&self, case: &Value) -> ClientSettings {
        let mut s = self.clone();
        let o = &case["client"];
        if let Some(ms) = o["deadline_ms"].as_u64() {
            s.deadline = Some(Duration::from_millis(ms));
        }
        if let Some(n) = o["max_retries"].as_u64() {
            s.retry.max_retries = n as u32;
        }
        s
    }
}

struct Ctx {
    url: String,
    state: SandboxState,
    hooks: reqwest::Client,
    settings: ClientSettings,
    calls: Value,
    work: PathBuf,
}

/// What one call did, as seen by the client.
struct CallResult {
    outcome: String,
    message: Option<String>,
    body: Value,
    elapsed: Duration,
    panicked: bool,
}

/// What the server saw during one case.
#[derive(Default)]
struct Seen {
    data: u64,
    token: u64,
    statuses: Vec<Value>,
}

impl Ctx {
    fn new(sandbox: &Sandbox, matrix: &Value, work: &Path) -> Ctx {
        let hooks =
            reqwest::Client::builder().no_proxy().timeout(Duration::from_secs(10)).build().expect("hook client");
        Ctx {
            url: sandbox.base_url(),
            state: sandbox.state(),
            hooks,
            settings: ClientSettings::from_matrix(&matrix["client"]),
            calls: matrix["calls"].clone(),
            work: work.to_path_buf(),
        }
    }

    fn config(&self) -> Config {
        self.config_with(&self.settings)
    }

    fn config_with(&self, s: &ClientSettings) -> Config {
        let mut c = Config::new(&self.url, CLIENT_ID, CLIENT_SECRET);
        c.connect_timeout = s.connect_timeout;
        c.read_timeout = s.read_timeout;
        c.retry = s.retry.clone();
        c.max_response_bytes = s.max_response_bytes;
        c.deadline = s.deadline;
        c
    }

    /// A fresh client with the matrix settings and the case's own overrides.
    fn client_for(&self, case: &Value) -> Client {
        Client::new(self.config_with(&self.settings.for_case(case))).expect("a valid client configuration")
    }

    /// For the token cases: the matrix settings, but a read timeout long enough that a
    /// call held by the server on purpose is not timed out and retried.
    fn patient_client(&self) -> Client {
        let mut c = self.config();
        c.read_timeout = Duration::from_secs(5);
        Client::new(c).expect("a valid client configuration")
    }

    async fn hook(&self, method: reqwest::Method, name: &str, body: Option<Value>) -> Value {
        let mut req = self.hooks.request(method, format!("{}/__sandbox__/{name}", self.url));
        if let Some(b) = body {
            req = req.json(&b);
        }
        match req.send().await {
            Ok(r) if r.status().is_success() => r.json().await.unwrap_or(Value::Null),
            Ok(r) => panic!("hook {name} answered {}: {}", r.status(), r.text().await.unwrap_or_default()),
            Err(e) => panic!("hook {name} unreachable: {e}"),
        }
    }

    async fn counter(&self, name: &str) -> u64 {
        self.hook(reqwest::Method::GET, "counters", None).await[name].as_u64().unwrap_or(0)
    }

    /// Installs a case's fault: a sandbox fault object, or `{"hook": [names]}`.
    async fn install(&self, fault: &Value) {
        if let Some(hooks) = fault.get("hook") {
            let names: Vec<String> = match hooks {
                Value::String(s) => vec![s.clone()],
                Value::Array(a) => a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
                _ => Vec::new(),
            };
            for name in names {
                self.hook(reqwest::Method::POST, &name, None).await;
            }
        } else {
            let list = if fault.is_array() { fault.clone() } else { json!([fault]) };
            self.hook(reqwest::Method::POST, "faults", Some(json!({ "faults": list }))).await;
        }
    }

    /// Waits until the server has finished every request of this case (or the limit).
    async fn settle(&self) -> Vec<Value> {
        let start = Instant::now();
        loop {
            let log = self.hook(reqwest::Method::GET, "requests", None).await;
            let reqs = log["requests"].as_array().cloned().unwrap_or_default();
            if reqs.iter().all(|r| !r["status"].is_null()) || start.elapsed() > SETTLE_LIMIT {
                return reqs;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    fn seen(reqs: &[Value]) -> Seen {
        let mut s = Seen::default();
        for r in reqs {
            let path = r["path"].as_str().unwrap_or("");
            if path.starts_with("/api/v2/") || path.starts_with("/api/v3/") {
                s.data += 1;
                s.statuses.push(r["status"].clone());
            } else if path.contains("oauth2/token") {
                s.token += 1;
            }
        }
        s
    }

    /// The request of an operation from the matrix's `calls` templates.
    fn request(&self, op: &str, id: &str, case: &str, n: usize) -> Request {
        let template = &self.calls[op];
        let fill = |s: &str| s.replace("{id}", id).replace("{case}", case).replace("{n}", &n.to_string());
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
                    let path = self.work.join(file);
                    if !path.exists() {
                        std::fs::write(&path, p["content"].as_str().unwrap_or("")).expect("attachment written");
                    }
                    req.parts.push(Part::File { name, path });
                }
            }
        }
        req
    }

    /// One call, on its own task so that a panic is caught and counted, with a hang guard.
    async fn call(&self, client: &Client, op: &str, req: Request) -> CallResult {
        let (client, op_name) = (client.clone(), op.to_string());
        let started = Instant::now();
        let task = tokio::spawn(async move { client.call(&op_name, req).await });
        let joined = tokio::time::timeout(HANG_GUARD, task).await;
        let elapsed = started.elapsed();
        match joined {
            Err(_) => CallResult {
                outcome: "hang".into(),
                message: Some(format!("no result after {HANG_GUARD:?}")),
                body: Value::Null,
                elapsed,
                panicked: false,
            },
            Ok(Err(join)) => CallResult {
                outcome: "panic".into(),
                message: Some(join.to_string()),
                body: Value::Null,
                elapsed,
                panicked: join.is_panic(),
            },
            Ok(Ok(Ok(resp))) => {
                CallResult { outcome: "ok".into(), message: None, body: resp.body, elapsed, panicked: false }
            }
            Ok(Ok(Err(e))) => CallResult {
                outcome: format!("error:{}", e.kind.as_str()),
                message: Some(e.to_string()),
                body: Value::Null,
                elapsed,
                panicked: false,
            },
        }
    }

    async fn run_case(&self, case: &Value, n: usize) -> Value {
        let name = case["name"].as_str().unwrap_or("?").to_string();
        let op = case["op"].as_str().unwrap_or("").to_string();
        let class = case["class"].as_str().unwrap_or("").to_string();
        let fault = case["fault"].clone();
        let tag = format!("c{n:03}");
        let client = self.client_for(case);
        let (id, setup_error) = self.setup(&client, &op, &tag, n).await;
        self.hook(reqwest::Method::DELETE, "requests", None).await;
        self.hook(reqwest::Method::DELETE, "faults", None).await;
        let creates_before = self.counter("creates").await;

        self.install(&fault).await;
        let req = self.request(&op, &id, &tag, n);
        let result = self.call(&client, &op, req).await;
        let reqs = self.settle().await;
        // Whatever the case did not consume must not leak into the next one.
        self.hook(reqwest::Method::DELETE, "faults", None).await;
        let creates_after = self.counter("creates").await;
        let seen = Self::seen(&reqs);
        let ok = result.outcome == "ok";

        let (dup, lost) = self.check_writes(&class, &op, &id, &tag, ok, &result.body, creates_after - creates_before);
        let budget = self.budget_ms(&fault, seen.data, &self.settings.for_case(case));
        let elapsed_ms = result.elapsed.as_millis() as u64;
        let overrun = elapsed_ms.saturating_sub(budget);

        let expect = case["expect"].as_str().unwrap_or("ok").to_string();
        let mut mismatches = Vec::new();
        if result.outcome != expect {
            mismatches.push(format!("outcome {} != {expect}", result.outcome));
        }
        if let Some(want) = case["expect_data_requests"].as_u64() {
            if seen.data != want {
                mismatches.push(format!("data requests {} != {want}", seen.data));
            }
        }
        if let Some(want) = case["expect_token_requests"].as_u64() {
            if seen.token != want {
                mismatches.push(format!("token requests {} != {want}", seen.token));
            }
        }
        if let Some(e) = &setup_error {
            mismatches.push(e.clone());
        }
        json!({
            "lang": "rust",
            "suite": "matrix",
            "name": name,
            "kind": case["kind"],
            "class": class,
            "op": op,
            "fault": fault,
            "expect": expect,
            "outcome": result.outcome,
            "pass": mismatches.is_empty(),
            "mismatches": mismatches,
            "message": result.message,
            "requests": {"data": seen.data, "token": seen.token, "statuses": seen.statuses},
            "expect_data_requests": case["expect_data_requests"],
            "expect_token_requests": case.get("expect_token_requests").cloned().unwrap_or(Value::Null),
            "server_creates": creates_after - creates_before,
            "dup_creates": dup,
            "lost_writes": lost,
            "elapsed_ms": elapsed_ms,
            "budget_ms": budget,
            "overrun_ms": overrun,
            "max_overrun_ms": case.get("max_overrun_ms").cloned().unwrap_or(Value::Null),
            "panics": u64::from(result.panicked),
        })
    }

    /// Setup with the case's own client, before any fault (this also fetches its token):
    /// a fresh account when the call needs an id, else one list. (id, setup error).
    async fn setup(&self, client: &Client, op: &str, tag: &str, n: usize) -> (String, Option<String>) {
        let needs_id = self.calls[op]["path"].as_array().is_some_and(|p| p.iter().any(|v| v == "{id}"));
        if needs_id {
            let create = Request::new().json(json!({"account": {"name": format!("Target {tag}"),
                "email_address": format!("target.{n}@example.com")}}));
            match client.call("accounts.create", create).await {
                Ok(r) => (r.body["account"]["id"].as_str().unwrap_or("").to_string(), None),
                Err(e) => (String::new(), Some(format!("setup create failed: {e}"))),
            }
        } else {
            match client.call("accounts.list", Request::new().query("limit", 1)).await {
                Ok(_) => (String::new(), None),
                Err(e) => (String::new(), Some(format!("setup list failed: {e}"))),
            }
        }
    }

    /// (duplicate creates, lost acknowledged writes) for one case, from the server's state.
    #[allow(clippy::too_many_arguments)]
    fn check_writes(
        &self,
        class: &str,
        op: &str,
        id: &str,
        tag: &str,
        ok: bool,
        body: &Value,
        server_creates: u64,
    ) -> (u64, u64) {
        match (class, op) {
            ("create", _) => {
                // One logical create was attempted: the server may hold at most one.
                let dup = server_creates.saturating_sub(1);
                let created = body["account"]["id"].as_str().unwrap_or("");
                let lost = ok && (created.is_empty() || self.state.account(created).is_none());
                (dup, u64::from(lost))
            }
            ("upload", _) => {
                let text = format!("Note {tag}");
                let notes = self.state.notes(id).unwrap_or_default();
                let held = notes.iter().filter(|n| n["content"] == json!(text)).count() as u64;
                (held.saturating_sub(1), u64::from(ok && held == 0))
            }
            ("update", "accounts.update_information") => {
                let name = self.state.account(id).map(|a| a["name"].clone()).unwrap_or(Value::Null);
                (0, u64::from(ok && name != json!(format!("Updated {tag}"))))
            }
            ("update", _) => {
                let period = self
                    .state
                    .account(id)
                    .map(|a| a["billing_preferences"]["billing_period"].clone())
                    .unwrap_or(Value::Null);
                (0, u64::from(ok && period != json!("3 Month")))
            }
            ("delete", _) => (0, u64::from(ok && self.state.account(id).is_some())),
            _ => (0, 0),
        }
    }

    /// The longest a call may legitimately take under this fault: the read timeout for
    /// every attempt the fault stalls, the largest backoff for every retry, and every
    /// `Retry-After` the client was told to wait; never more than the client's deadline.
    fn budget_ms(&self, fault: &Value, attempts: u64, s: &ClientSettings) -> u64 {
        let read = s.read_timeout.as_millis() as u64;
        let retries = attempts.saturating_sub(1);
        let times = fault["times"].as_u64().unwrap_or(1);
        let hit = times.min(attempts);
        let mut budget = retries * s.retry.max_backoff.as_millis() as u64;
        match fault["kind"].as_str() {
            Some("delay") => budget += hit * fault["delay_ms"].as_u64().unwrap_or(0).min(read),
            Some("drip") => {
                let whole = fault["interval_ms"].as_u64().unwrap_or(100) * fault["size_bytes"].as_u64().unwrap_or(64);
                budget += hit * whole.min(read);
            }
            Some("rate_limit") => {
                let secs = fault["retry_after"].as_u64().unwrap_or(1);
                let per = if fault["retry_after_format"] == json!("date") { secs + 1 } else { secs };
                budget += times.min(retries) * per * 1000;
            }
            Some("status") => {
                let ra = match &fault["retry_after"] {
                    Value::Number(n) => n.as_f64().unwrap_or(0.0),
                    Value::String(s) => s.parse().unwrap_or(0.0),
                    _ => 0.0,
                };
                budget += times.min(retries) * (ra * 1000.0) as u64;
            }
            _ => {}
        }
        match s.deadline {
            Some(d) => budget.min(d.as_millis() as u64),
            None => budget,
        }
    }

    // ---- token behaviour ------------------------------------------------------------

    fn token_line(&self, name: &str, fault: Value, detail: TokenDetail) -> Value {
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

    async fn token_counters(&self) -> (u64, u64, u64, u64) {
        let c = self.hook(reqwest::Method::GET, "counters", None).await;
        let g = |k: &str| c[k].as_u64().unwrap_or(0);
        (g("token_requests"), g("token_requests_client_credentials"), g("token_requests_refresh"), g("requests"))
    }

    /// `tasks` tasks × `per_task` calls on one client: exactly one token request.
    async fn token_single_flight(&self, tasks: usize, per_task: usize) -> Value {
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
    async fn token_expiry_mid_run(&self) -> Value {
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
    async fn token_shared_cache_processes(&self, processes: usize, calls: usize) -> Value {
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
    async fn token_401_storm_in_flight(&self, concurrency: usize) -> Value {
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
    async fn token_401_storm_fault(&self, concurrency: usize) -> Value {
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

fn fill_value(v: &Value, fill: &dyn Fn(&str) -> String) -> Value {
    match v {
        Value::String(s) => Value::String(fill(s)),
        Value::Array(a) => Value::Array(a.iter().map(|x| fill_value(x, fill)).collect()),
        Value::Object(m) => Value::Object(m.iter().map(|(k, x)| (k.clone(), fill_value(x, fill))).collect()),
        other => other.clone(),
    }
}

/// Panicked tasks among `handles`.
async fn join_all(handles: Vec<tokio::task::JoinHandle<()>>) -> u64 {
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
struct Stats {
    calls: AtomicU64,
    failed: AtomicU64,
    first_error: std::sync::Mutex<Option<(String, String)>>,
    errors: std::sync::Mutex<BTreeMap<String, u64>>,
}

impl Stats {
    fn record(&self, r: exsited_core::Result<exsited_core::Response>) {
        self.calls.fetch_add(1, Ordering::SeqCst);
        if let Err(e) = r {
            self.failed.fetch_add(1, Ordering::SeqCst);
            let kind = format!("error:{}", e.kind.as_str());
            *self.errors.lock().unwrap().entry(kind.clone()).or_default() += 1;
            self.first_error.lock().unwrap().get_or_insert((kind, e.to_string()));
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn detail(
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

struct TokenDetail {
    op: &'static str,
    calls: usize,
    failed: u64,
    first_error: Option<String>,
    first_message: Option<String>,
    token_requests: u64,
    expect_token_requests: Option<u64>,
    data_requests: u64,
    elapsed: Duration,
    panics: u64,
    mismatches: Vec<String>,
}

/// One process of the shared token-cache case: `calls` calls with a client that keeps its
/// token in `cache`; prints `{"ok","failed","token_requests","first_error"}`.
fn token_cache_child(argv: &[String]) -> i32 {
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
