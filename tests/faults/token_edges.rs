//! Token cases of the Rust fault runner for hostile token answers (`token_answers` in
//! matrix.json: absurd `expires_in`, an access token with CR/LF) and for a token cache file
//! an attacker prepared (a link planted at the old temp name, a cache path that is a link,
//! a cache file of another user), and a fork while a token fetch is in flight.

use std::path::{Path, PathBuf};
use std::time::Instant;

use exsited_core::{Client, Request};
use serde_json::{json, Value};

use crate::token_cases::Stats;
use crate::Ctx;

/// Reads a file's text, "" when it cannot.
fn text(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

impl Ctx {
    /// A real token pair from the token endpoint, taken with plain HTTP (not the SDK).
    async fn real_token(&self) -> Value {
        let r = self
            .hooks
            .post(format!("{}/api/v1/oauth2/token", self.url))
            .json(&json!({"grant_type": "client_credentials", "client_id": crate::CLIENT_ID,
                          "client_secret": crate::CLIENT_SECRET}))
            .send()
            .await
            .expect("the token endpoint answers");
        r.json().await.expect("a token answer")
    }

    fn cached_client(&self, cache: &Path) -> Client {
        let mut c = self.config();
        c.token_cache_file = Some(cache.to_path_buf());
        Client::new(c).expect("a valid client configuration")
    }

    /// Sequential accounts.details calls in a task (a panic is caught and counted).
    async fn sequential_calls(client: &Client, calls: usize) -> (Vec<String>, Stats, u64) {
        let client = client.clone();
        let run = tokio::spawn(async move {
            let stats = Stats::default();
            let mut outcomes = Vec::new();
            for i in 0..calls {
                let r = client.call("accounts.details", Request::new().path([format!("SD{:04}", i % 20 + 1)])).await;
                outcomes.push(match &r {
                    Ok(_) => "ok".to_string(),
                    Err(e) => format!("error:{}", e.kind.as_str()),
                });
                stats.record(r);
            }
            (outcomes, stats)
        });
        match run.await {
            Ok((outcomes, stats)) => (outcomes, stats, 0),
            Err(_) => (vec!["panic".into()], Stats::default(), 1),
        }
    }

    /// One `token_answers` case of the matrix.
    pub(crate) async fn token_answer_case(&self, case: &Value, n: usize) -> Value {
        let name = case["name"].as_str().unwrap_or("token/answer");
        let calls = case["calls"].as_u64().unwrap_or(4) as usize;
        let real = self.real_token().await;
        let mut answer = json!({"access_token": real["access_token"], "token_type": "Bearer"});
        for (k, v) in case["answer"].as_object().into_iter().flatten() {
            answer[k] = v.clone();
        }
        let cache = self.work.join(format!("answer-{n}.json"));
        let client = self.cached_client(&cache);
        self.hook(reqwest::Method::DELETE, "requests", None).await;
        let times = case["times"].as_u64().unwrap_or(100);
        let fault = json!({"kind": "status", "status": 200, "path": "/api/v1/oauth2/token", "times": times,
                           "body": answer});
        self.install(&fault).await;
        let started = Instant::now();
        let (outcomes, stats, panics) = Self::sequential_calls(&client, calls).await;
        let elapsed = started.elapsed();
        self.hook(reqwest::Method::DELETE, "faults", None).await;
        let seen = Self::seen(&self.settle().await);
        let want: Vec<String> = match case["expect_outcomes"].as_array() {
            Some(a) => a.iter().map(|v| v.as_str().unwrap_or("").to_string()).collect(),
            None => vec!["ok".to_string(); calls],
        };
        let mut mismatches = Vec::new();
        if outcomes != want {
            mismatches.push(format!("outcomes {outcomes:?}, want {want:?}"));
        }
        let expect_tokens = case["expect_token_requests"].as_u64();
        if let Some(w) = expect_tokens.filter(|w| *w != seen.token) {
            mismatches.push(format!("token requests {} != {w}", seen.token));
        }
        let stored = text(&cache);
        if stored.contains("\\r") || stored.contains("\\n") || stored.contains("Injected") {
            mismatches.push("the token cache file holds the unusable token".into());
        }
        let mut detail =
            stats.detail("accounts.details", calls, seen.token, expect_tokens, seen.data, elapsed, panics, mismatches);
        // The expected failures are part of the case, not failed calls.
        detail.failed = outcomes.iter().zip(&want).filter(|(o, w)| o != w).count() as u64;
        self.token_line(name, fault, detail)
    }

    /// A symbolic link to a victim file planted at the temp name the old code used
    /// (`<cache>.tmp.<pid>`): the victim stays as it was, the cache is a private regular file.
    pub(crate) async fn token_cache_planted_link(&self) -> Value {
        let dir = self.work.join("planted");
        std::fs::create_dir_all(&dir).expect("a directory");
        let cache = dir.join("tokens.json");
        let victim = dir.join("victim.txt");
        std::fs::write(&victim, "victim\n").expect("the victim file");
        let planted = PathBuf::from(format!("{}.tmp.{}", cache.display(), std::process::id()));
        let _ = std::fs::remove_file(&planted);
        std::os::unix::fs::symlink(&victim, &planted).expect("a planted link");
        let client = self.cached_client(&cache);
        let started = Instant::now();
        let (_, stats, panics) = Self::sequential_calls(&client, 1).await;
        let mut mismatches = Vec::new();
        if text(&victim) != "victim\n" {
            mismatches.push("the victim file was overwritten through the planted link".into());
        }
        mismatches.extend(private_regular_file(&cache));
        let fault = json!({"planted_link": "<cache>.tmp.<pid> -> victim"});
        self.token_line(
            "token/cache_planted_temp_link",
            fault,
            stats.detail("accounts.details", 1, 0, None, 0, started.elapsed(), panics, mismatches),
        )
    }

    /// A cache path that is a link, or a cache file of another user: refused with a config
    /// error naming the path, before any token request.
    pub(crate) async fn token_cache_refused(&self, what: &str) -> Value {
        let dir = self.work.join(format!("refused-{what}"));
        std::fs::create_dir_all(&dir).expect("a directory");
        let victim = dir.join("victim.txt");
        std::fs::write(&victim, "victim\n").expect("the victim file");
        let cache = match what {
            "link" => {
                let c = dir.join("tokens.json");
                std::os::unix::fs::symlink(&victim, &c).expect("a link");
                c
            }
            // As root, a file given to nobody; otherwise a file root owns (refused before
            // anything is opened, so it is never touched).
            _ if unsafe { libc::geteuid() } == 0 => {
                let c = dir.join("tokens.json");
                std::fs::write(&c, "{}").expect("a cache file");
                std::os::unix::fs::chown(&c, Some(65534), Some(65534)).expect("chown");
                c
            }
            _ => PathBuf::from("/etc/passwd"),
        };
        let client = self.cached_client(&cache);
        self.hook(reqwest::Method::DELETE, "requests", None).await;
        let started = Instant::now();
        let (outcomes, stats, panics) = Self::sequential_calls(&client, 1).await;
        let seen = Self::seen(&self.settle().await);
        let message = stats.first_error.lock().unwrap().clone().map(|f| f.1).unwrap_or_default();
        let mut mismatches = Vec::new();
        if outcomes != ["error:config"] {
            mismatches.push(format!("outcome {outcomes:?}, want error:config"));
        }
        let why = if what == "link" { "symbolic link" } else { "another user" };
        if !message.contains(why) || !message.contains(&cache.display().to_string()) {
            mismatches.push(format!("the message does not name the path and the reason: {message}"));
        }
        if text(&victim) != "victim\n" {
            mismatches.push("the victim file changed".into());
        }
        if seen.token + seen.data != 0 {
            mismatches.push(format!("{} request(s) sent with a refused cache", seen.token + seen.data));
        }
        let mut detail =
            stats.detail("accounts.details", 1, seen.token, Some(0), seen.data, started.elapsed(), panics, mismatches);
        detail.failed = u64::from(outcomes != ["error:config"]);
        let name = if what == "link" { "token/cache_path_is_link" } else { "token/cache_foreign_owner" };
        self.token_line(name, json!({"cache": what}), detail)
    }
}

/// Problems with `path` as a token cache: not a regular file, or readable by others.
fn private_regular_file(path: &Path) -> Vec<String> {
    use std::os::unix::fs::PermissionsExt;
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => vec!["the cache path became a symbolic link".into()],
        Ok(m) if m.permissions().mode() & 0o077 != 0 => {
            vec![format!("the cache file has mode {:o}", m.permissions().mode() & 0o777)]
        }
        Ok(_) => Vec::new(),
        Err(e) => vec![format!("no cache file: {e}")],
    }
}

/// What the child of the fork case reports through its pipe.
fn child_call(client: &Client, write_fd: i32) -> ! {
    let started = Instant::now();
    let outcome = match client.call_blocking("accounts.list", Request::new().query("limit", 1)) {
        Ok(_) => "ok".to_string(),
        Err(e) => format!("error:{}", e.kind.as_str()),
    };
    let msg = format!("{outcome} {}", started.elapsed().as_millis());
    // SAFETY: write and _exit on a pipe this process owns; nothing else runs in the child.
    unsafe {
        libc::write(write_fd, msg.as_ptr().cast(), msg.len());
        libc::_exit(0)
    }
}

/// Reads the child's report, at most `limit`; None when it did not answer (then it is killed).
fn child_report(pid: i32, read_fd: i32, limit: std::time::Duration) -> Option<String> {
    let mut poll = libc::pollfd { fd: read_fd, events: libc::POLLIN, revents: 0 };
    // SAFETY: plain poll/read/kill/waitpid on our own pipe and child.
    unsafe {
        let ready = libc::poll(&mut poll, 1, limit.as_millis() as i32);
        let mut buf = [0u8; 256];
        let n = if ready > 0 { libc::read(read_fd, buf.as_mut_ptr().cast(), buf.len()) } else { 0 };
        if n <= 0 {
            libc::kill(pid, libc::SIGKILL);
        }
        libc::waitpid(pid, std::ptr::null_mut(), 0);
        libc::close(read_fd);
        (n > 0).then(|| String::from_utf8_lossy(&buf[..n as usize]).into_owned())
    }
}

impl Ctx {
    /// A thread's first call waits on a slow token endpoint (holding the token lock); another
    /// thread forks; the child's call on the same client must succeed within its timeout.
    pub(crate) async fn token_fork_during_fetch(&self) -> Value {
        let mut config = self.config();
        config.read_timeout = std::time::Duration::from_secs(4);
        let bound = config.read_timeout + config.connect_timeout;
        let client = Client::new(config).expect("a valid client configuration");
        self.hook(reqwest::Method::DELETE, "requests", None).await;
        let fault = json!({"kind": "delay", "delay_ms": 3000, "path": "/api/v1/oauth2/token", "times": 1});
        self.install(&fault).await;
        let started = Instant::now();
        let first = {
            let client = client.clone();
            std::thread::spawn(move || client.call_blocking("accounts.list", Request::new().query("limit", 1)).is_ok())
        };
        let mut mismatches = Vec::new();
        loop {
            let log = self.hook(reqwest::Method::GET, "requests", None).await;
            let pending = log["requests"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|r| r["path"].as_str().unwrap_or("").contains("oauth2/token") && r["status"].is_null());
            if pending {
                break;
            }
            if started.elapsed() > std::time::Duration::from_secs(5) {
                mismatches.push("the token request never reached the server".to_string());
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        // Fork from a plain thread: a blocking call cannot run on the runner's async threads.
        let forker = {
            let client = client.clone();
            std::thread::spawn(move || {
                let mut fds = [0i32; 2];
                // SAFETY: pipe and fork; the child only runs `child_call`, which never returns.
                unsafe {
                    if libc::pipe(fds.as_mut_ptr()) != 0 {
                        return None;
                    }
                    let pid = libc::fork();
                    if pid == 0 {
                        libc::close(fds[0]);
                        child_call(&client, fds[1]);
                    }
                    libc::close(fds[1]);
                    Some(child_report(pid, fds[0], std::time::Duration::from_secs(15)))
                }
            })
        };
        let report = tokio::task::spawn_blocking(move || forker.join().ok().flatten()).await.ok().flatten();
        let parent_ok = tokio::task::spawn_blocking(move || first.join().unwrap_or(false)).await.unwrap_or(false);
        self.hook(reqwest::Method::DELETE, "faults", None).await;
        let seen = Self::seen(&self.settle().await);
        let (outcome, child_ms) = match report.flatten() {
            Some(r) => {
                let mut it = r.split_whitespace();
                (it.next().unwrap_or("").to_string(), it.next().and_then(|m| m.parse::<u64>().ok()).unwrap_or(0))
            }
            None => ("hang".to_string(), 15_000),
        };
        if outcome != "ok" {
            mismatches.push(format!("the child's call: {outcome}"));
        }
        if child_ms > bound.as_millis() as u64 + 1000 {
            mismatches.push(format!("the child's call took {child_ms} ms, over its {} ms bound", bound.as_millis()));
        }
        if !parent_ok {
            mismatches.push("the parent's first call failed".into());
        }
        let stats = Stats::default();
        let mut detail =
            stats.detail("accounts.list", 2, seen.token, None, seen.data, started.elapsed(), 0, mismatches);
        detail.failed = u64::from(outcome != "ok") + u64::from(!parent_ok);
        let mut line = self.token_line("token/fork_during_token_fetch", fault, detail);
        line["child"] = json!({"outcome": outcome, "elapsed_ms": child_ms, "bound_ms": bound.as_millis() as u64});
        line
    }
}
