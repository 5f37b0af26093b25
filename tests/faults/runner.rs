//! Fault-suite runner for the Rust core.
//!
//! Starts an in-process sandbox and runs, through `exsited_core::Client`, the cases that are
//! the Rust runner's own: the matrix cases with a `scenario` (idle close, `runner_idle.rs`)
//! and the token-behaviour cases; prints one JSON line per case on stdout in the format that
//! `tests/faults/report.py` documents. Progress goes to stderr. The plain matrix cases run
//! through `driver.py` + `adapter.rs` (scripts/faults.sh).
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

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

mod token_cases;
mod token_edges;

use exsited_core::{Client, Config, Request};
use exsited_sandbox::{Sandbox, SandboxOptions, SandboxState};
use serde_json::{json, Value};

#[path = "runner_idle.rs"]
mod idle;

#[path = "calls.rs"]
mod calls;

use calls::{ClientSettings, CLIENT_ID, CLIENT_SECRET};

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
        std::process::exit(token_cases::token_cache_child(&argv[1..]));
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
        // The plain matrix cases run through driver.py + adapter.rs.
        .filter(|c| c["scenario"] == json!("idle_close"))
        .filter(|c| args.only.as_deref().is_none_or(|o| c["name"].as_str().unwrap_or("").contains(o)))
        .collect();
    let mut failed = 0usize;
    for (n, case) in cases.iter().enumerate() {
        let line = ctx.run_idle_case(case, n).await;
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

struct Ctx {
    url: String,
    state: SandboxState,
    hooks: reqwest::Client,
    settings: ClientSettings,
    calls: Value,
    work: PathBuf,
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
        s.config(&self.url)
    }

    /// The request of an operation from the matrix's `calls` templates.
    fn request(&self, op: &str, id: &str, tag: &str, n: usize) -> Request {
        calls::request(&self.calls[op], id, tag, n, &self.work)
    }

    /// A fresh client with the matrix settings and the case's own `deadline_ms`.
    fn client_for(&self, case: &Value) -> Client {
        let mut s = self.settings.clone();
        if let Some(ms) = case["client"]["deadline_ms"].as_u64() {
            s.deadline = Some(Duration::from_millis(ms));
        }
        Client::new(self.config_with(&s)).expect("a valid client configuration")
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
}
