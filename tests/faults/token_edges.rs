//! Token cases of the Rust fault runner for hostile token answers (`token_answers` in
//! matrix.json: absurd `expires_in`, an access token with CR/LF) and for a token cache file
//! an attacker prepared (a link planted at the old temp name, a cache path that is a link,
//! a cache file of another user).

use std::path::{Path, PathBuf};
use std::time::Instant;

use exsited_core::{Client, Request};
use serde_json::{json, Value};

use crate::{Ctx, Stats};

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
