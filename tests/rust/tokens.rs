//! Token flows through the core against the sandbox.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::Harness;
use exsited_core::{Config, ErrorKind, InitialToken, Request, Secret};
use exsited_sandbox::SandboxOptions;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_call_fetches_the_token_first() {
    let h = Harness::new().await;
    let client = h.client();
    client.call("accounts.list", Request::new()).await.unwrap();
    let reqs = h.all_requests().await;
    assert_eq!(reqs.len(), 2, "token + list, never a 401 first: {reqs:#?}");
    assert_eq!(reqs[0]["path"], "/api/v1/oauth2/token");
    assert_eq!(reqs[1]["path"], "/api/v2/accounts");
    assert_eq!(reqs[1]["headers"]["authorization"], "Bearer ***");
    // The token body carries exactly the four documented fields, never the base URL.
    let body = reqs[0]["body"].as_object().unwrap();
    let mut keys: Vec<_> = body.keys().cloned().collect();
    keys.sort();
    assert_eq!(keys, ["client_id", "client_secret", "grant_type", "redirect_uri"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_token_for_many_calls_and_resources() {
    let h = Harness::new().await;
    let client = h.client();
    for _ in 0..5 {
        client.call("accounts.list", Request::new()).await.unwrap();
        client.call("financial_summary.all", Request::new()).await.unwrap();
    }
    assert_eq!(h.token_requests().await, 1);
    assert_eq!(client.token_requests(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn single_flight_with_16_concurrent_tasks() {
    let h = Harness::new().await;
    let client = h.client();
    let mut tasks = Vec::new();
    for _ in 0..16 {
        let c = client.clone();
        tasks.push(tokio::spawn(async move { c.call("accounts.list", Request::new()).await }));
    }
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    assert_eq!(h.token_requests().await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_401_invalidates_the_token_and_replays_once() {
    let h = Harness::new().await;
    let client = h.client();
    client.call("accounts.list", Request::new()).await.unwrap();
    h.expire_tokens().await;
    h.clear_requests().await;
    client.call("accounts.list", Request::new()).await.unwrap();
    let paths: Vec<String> = h.all_requests().await.iter().map(|r| r["path"].as_str().unwrap().to_string()).collect();
    assert_eq!(paths, ["/api/v2/accounts", "/api/v1/oauth2/token", "/api/v2/accounts"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_persistent_401_is_an_authentication_error_after_one_replay() {
    let h = Harness::new().await;
    let client = h.client();
    h.fault(serde_json::json!({"path": "/api/v2/accounts", "kind": "status", "status": 401, "times": 5})).await;
    let e = client.call("accounts.list", Request::new()).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Authentication);
    assert_eq!(e.status, Some(401));
    assert_eq!(h.data_requests().await.len(), 2, "the call and exactly one replay");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expiring_token_is_refreshed_with_the_refresh_grant() {
    let h = Harness::with(SandboxOptions { token_ttl_secs: 2, ..SandboxOptions::default() }).await;
    let client = h.client();
    client.call("accounts.list", Request::new()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(2100)).await;
    client.call("accounts.list", Request::new()).await.unwrap();
    let c = h.counters().await;
    assert_eq!(c["token_requests_client_credentials"], 1, "{c}");
    assert_eq!(c["token_requests_refresh"], 1, "{c}");
    assert_eq!(h.data_requests().await.len(), 2, "refreshed before the server refused it: no replay");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_secret_is_an_authentication_error_without_the_secret() {
    let h = Harness::new().await;
    let mut config = h.config();
    config.client_secret = Secret::new("wrong-secret-value-123");
    let client = exsited_core::Client::new(config).unwrap();
    let e = client.call("accounts.list", Request::new()).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Authentication);
    let printed = format!("{e} {e:?}");
    assert!(!printed.contains("wrong-secret-value-123"), "{printed}");
    assert!(h.data_requests().await.is_empty(), "no data call without a token");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_given_token_is_used_before_fetching_one() {
    let h = Harness::new().await;
    // Get a real token from the sandbox first, with another client.
    let seed_client = h.client();
    seed_client.call("accounts.list", Request::new()).await.unwrap();
    let cache = tempfile::tempdir().unwrap();
    let path = cache.path().join("t.json");
    let mut cfg = h.config();
    cfg.token_cache_file = Some(path.clone());
    exsited_core::Client::new(cfg).unwrap().call("accounts.list", Request::new()).await.unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let entry = v["entries"].as_object().unwrap().values().next().unwrap().clone();
    let before = h.token_requests().await;
    let mut cfg: Config = h.config();
    cfg.initial_token = Some(InitialToken {
        access_token: Some(Secret::new(entry["access_token"].as_str().unwrap())),
        refresh_token: None,
        expires_at: None,
    });
    exsited_core::Client::new(cfg).unwrap().call("accounts.list", Request::new()).await.unwrap();
    assert_eq!(h.token_requests().await, before, "the given token was used");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn file_cache_shares_one_token_between_clients() {
    let h = Harness::new().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tokens.json");
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let mut cfg = h.config();
        cfg.token_cache_file = Some(path.clone());
        let client = Arc::new(exsited_core::Client::new(cfg).unwrap());
        tasks.push(tokio::spawn(async move { client.call("accounts.list", Request::new()).await }));
    }
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    assert_eq!(h.token_requests().await, 1, "8 clients, one token through the cache file");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }
    assert!(!std::fs::read_to_string(&path).unwrap().contains("sandbox-secret"));
}

/// A token the sandbox issued, taken with plain HTTP (to be served back by a fault).
async fn real_token(h: &Harness) -> String {
    let answer: serde_json::Value = reqwest::Client::new()
        .post(format!("{}/api/v1/oauth2/token", h.url))
        .json(&serde_json::json!({"grant_type": "client_credentials", "client_id": common::CLIENT_ID,
                                  "client_secret": common::CLIENT_SECRET}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    answer["access_token"].as_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_zero_lifetime_token_serves_the_callers_that_waited_for_it() {
    let h = Harness::new().await;
    let token = real_token(&h).await;
    // Each token answer is held 500 ms, so that all 16 callers are queued behind the first
    // fetch however slowly a loaded machine starts them.
    h.fault(serde_json::json!({"kind": "status", "status": 200, "path": "/api/v1/oauth2/token", "times": 100,
                               "answer_after_ms": 500, "body": {"access_token": token, "expires_in": 0}}))
        .await;
    h.clear_requests().await;
    let client = h.client();
    let mut tasks = Vec::new();
    for _ in 0..16 {
        let c = client.clone();
        tasks.push(tokio::spawn(async move { c.call("accounts.list", Request::new()).await }));
    }
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    let tokens = h.all_requests().await.iter().filter(|r| r["path"] == "/api/v1/oauth2/token").count();
    // One fetch serves the wave that queued behind it (a second one only if the clock
    // crossed a second boundary in between): never one request per caller.
    assert!((1..=3).contains(&tokens), "{tokens} token requests for 16 concurrent calls");
    client.call("accounts.list", Request::new()).await.unwrap();
    let after = h.all_requests().await.iter().filter(|r| r["path"] == "/api/v1/oauth2/token").count();
    assert_eq!(after, tokens + 1, "a later call fetches again: the token was good for one use");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn waiting_for_another_process_token_fetch_is_bounded() {
    let h = Harness::new().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tokens.json");
    let mut config = h.config();
    config.token_cache_file = Some(path.clone());
    config.connect_timeout = Duration::from_millis(300);
    config.read_timeout = Duration::from_millis(300);
    // Another process holds the cache's lock and never lets go during this test.
    let other = exsited_core::auth::FileTokenCache::new(&path, &h.url, common::CLIENT_ID);
    let held = other.lock(Duration::from_secs(1)).await.unwrap();
    let client = exsited_core::Client::new(config).unwrap();
    let started = std::time::Instant::now();
    let e = tokio::time::timeout(Duration::from_secs(5), client.call("accounts.list", Request::new()))
        .await
        .expect("the call ends by itself")
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Timeout, "{e}");
    assert!(started.elapsed() < Duration::from_millis(1600), "{:?}", started.elapsed());
    drop(held);
    client.call("accounts.list", Request::new()).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_of_one_process_with_the_same_credentials_share_one_token() {
    // As Exsited does: a new token for the same credentials ends the previous one.
    let h = Harness::with(SandboxOptions { single_session: true, ..SandboxOptions::default() }).await;
    let a = h.client();
    let mut other_settings = h.config();
    other_settings.read_timeout = Duration::from_secs(7);
    other_settings.retry.max_retries = 0;
    let b = exsited_core::Client::new(other_settings).unwrap();
    for _ in 0..3 {
        a.call("accounts.list", Request::new()).await.unwrap();
        b.call("accounts.list", Request::new()).await.unwrap();
    }
    let st = h.sandbox.state();
    assert_eq!(st.token_requests(), 1, "one token for both clients");
    assert_eq!(st.revoked_token_rejections(), 0, "neither signed the other out");
    assert_eq!((a.token_requests(), b.token_requests()), (1, 1), "the count is the shared token's");

    // Once no client holds it, the token goes with its provider.
    drop((a, b));
    h.client().call("accounts.list", Request::new()).await.unwrap();
    assert_eq!(h.sandbox.state().token_requests(), 2);

    // Other credentials, or a client that stands in for another process: a token of its own.
    let mut apart = h.config();
    apart.token_per_client = true;
    exsited_core::Client::new(apart).unwrap().call("accounts.list", Request::new()).await.unwrap();
    assert_eq!(h.sandbox.state().token_requests(), 3);
}
