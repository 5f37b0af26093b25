//! The shared token store against a real redis-server (started here on a free port) and the
//! sandbox in single-session mode: one token for many clients, compare-and-delete on 401,
//! and a store that is unreachable or silent never failing a call.

mod common;
#[path = "redis_server.rs"]
mod redis_server;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::Harness;
use exsited_core::auth::redis_store::RedisStore;
use exsited_core::auth::store::{TokenBackend, TOKEN_STORE_ENV};
use exsited_core::auth::token::StoredToken;
use exsited_core::{Client, Request, Secret};
use exsited_sandbox::SandboxOptions;
use redis_server::RedisServer;

/// Clients read EXSITED_TOKEN_STORE when they are built: tests that build clients hold this
/// so that the one test setting the variable cannot leak it into the others.
static ENV: Mutex<()> = Mutex::new(());

fn client(h: &Harness, store: Option<&str>) -> Client {
    let _env = ENV.lock().unwrap_or_else(|p| p.into_inner());
    let mut c = h.config();
    c.token_store = store.map(Secret::new);
    // Each client stands in for a process of its own.
    c.token_per_client = true;
    Client::new(c).expect("client")
}

async fn single_session() -> Harness {
    Harness::with(SandboxOptions { single_session: true, ..SandboxOptions::default() }).await
}

fn backend(url: &str, fingerprint: &str) -> RedisStore {
    RedisStore::new(&Secret::new(url), "token_store", fingerprint, None, Duration::from_millis(200)).unwrap()
}

fn stored(access: &str) -> StoredToken {
    StoredToken { access_token: access.into(), refresh_token: None, expires_at: None, lifetime: None }
}

/// Log lines of target "exsited" written while `f` runs on this thread.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn install(&self) -> tracing::subscriber::DefaultGuard {
        let me = self.clone();
        let sub = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::WARN)
            .with_ansi(false)
            .with_writer(move || me.clone())
            .finish();
        tracing::subscriber::set_default(sub)
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

#[tokio::test]
async fn the_lock_is_exclusive_leased_and_released_only_by_its_holder() {
    let redis = RedisServer::start();
    let a = backend(&redis.url(), "lock-test");
    let b = backend(&redis.url(), "lock-test");
    assert!(a.try_lock("holder-a", Duration::from_millis(400)).await.unwrap());
    assert!(!b.try_lock("holder-b", Duration::from_millis(400)).await.unwrap());
    b.unlock("holder-b").await.unwrap();
    assert!(!b.try_lock("holder-b", Duration::from_millis(400)).await.unwrap(), "only the holder releases");
    a.unlock("holder-a").await.unwrap();
    assert!(b.try_lock("holder-b", Duration::from_millis(300)).await.unwrap());
    tokio::time::sleep(Duration::from_millis(450)).await;
    assert!(a.try_lock("holder-a", Duration::from_millis(300)).await.unwrap(), "the lease ends a lost holder's lock");
}

#[tokio::test]
async fn invalidation_deletes_only_the_token_it_was_given() {
    let redis = RedisServer::start();
    let s = backend(&redis.url(), "cad-test");
    s.put(&stored("token-one"), None).await.unwrap();
    assert!(!s.remove_if("token-zero").await.unwrap());
    assert_eq!(s.get().await.unwrap().unwrap().access_token, "token-one");
    assert!(s.remove_if("token-one").await.unwrap());
    assert!(s.get().await.unwrap().is_none());
    s.put(&stored("token-two"), Some(Duration::from_millis(100))).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(s.get().await.unwrap().is_none(), "the entry lives as long as the token");
    // Another (base URL, client id, secret) is another entry.
    let other = backend(&redis.url(), "cad-test-other");
    other.put(&stored("token-three"), None).await.unwrap();
    assert!(s.get().await.unwrap().is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn eight_clients_share_one_token_in_single_session_mode() {
    let redis = RedisServer::start();
    let h = single_session().await;
    let clients: Vec<Client> = (0..8).map(|_| client(&h, Some(&redis.url()))).collect();
    let mut tasks = Vec::new();
    for c in &clients {
        for _ in 0..5 {
            let c = c.clone();
            tasks.push(tokio::spawn(async move { c.call("accounts.list", Request::new()).await }));
        }
    }
    for t in tasks {
        t.await.unwrap().expect("every call succeeds");
    }
    let st = h.sandbox.state();
    assert_eq!(st.token_requests(), 1);
    assert_eq!(st.revoked_token_rejections(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_revocation_seen_by_every_client_fetches_one_new_token() {
    let redis = RedisServer::start();
    let h = single_session().await;
    let clients: Vec<Client> = (0..6).map(|_| client(&h, Some(&redis.url()))).collect();
    for c in &clients {
        c.call("accounts.list", Request::new()).await.unwrap();
    }
    // Someone else asks for a token with the same credentials: every client's token ends.
    let outsider = client(&h, None);
    outsider.call("accounts.list", Request::new()).await.unwrap();
    assert_eq!(h.sandbox.state().token_requests(), 2);
    let mut tasks = Vec::new();
    for c in &clients {
        let c = c.clone();
        tasks.push(tokio::spawn(async move { c.call("accounts.list", Request::new()).await }));
    }
    for t in tasks {
        t.await.unwrap().expect("every call succeeds after one replay");
    }
    let st = h.sandbox.state();
    assert_eq!(st.token_requests(), 3, "one new token for all six");
    assert_eq!(st.revoked_token_rejections(), 6, "each client saw the revocation once");
}

#[tokio::test]
async fn an_unreachable_store_falls_back_with_one_warning_and_never_shows_the_password() {
    let logs = Captured::default();
    let _guard = logs.install();
    let h = Harness::new().await;
    let url = format!("redis://app:store-pw-7Hq2@127.0.0.1:{}/0", redis_server::free_port());
    let clients: Vec<Client> = (0..2).map(|_| client(&h, Some(&url))).collect();
    let t0 = Instant::now();
    for c in &clients {
        for _ in 0..3 {
            c.call("accounts.list", Request::new()).await.expect("the store never fails a call");
        }
        h.expire_tokens().await; // the next call needs a token again: the store is left alone
        c.call("accounts.list", Request::new()).await.unwrap();
    }
    assert!(t0.elapsed() < Duration::from_secs(3), "took {:?}", t0.elapsed());
    assert_eq!(h.sandbox.state().token_requests(), 4, "each client its own token, twice");
    let text = logs.text();
    assert_eq!(text.matches("token store").count(), 2, "one warning per client (store): {text}");
    assert!(text.contains("redis://***@127.0.0.1"), "{text}");
    assert!(!text.contains("store-pw-7Hq2"), "{text}");
    assert!(!format!("{:?}", clients[0].config()).contains("store-pw-7Hq2"));
}

#[tokio::test]
async fn a_silent_store_costs_one_bounded_wait() {
    // Accepts connections and never answers.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("redis://127.0.0.1:{}/0", silent.local_addr().unwrap().port());
    let h = Harness::new().await;
    let plain = client(&h, None);
    let t0 = Instant::now();
    plain.call("accounts.list", Request::new()).await.unwrap();
    let without = t0.elapsed();
    let c = client(&h, Some(&url));
    let t0 = Instant::now();
    c.call("accounts.list", Request::new()).await.expect("a silent store never fails a call");
    let with = t0.elapsed();
    assert!(with < without + Duration::from_millis(600), "store wait not bounded: {with:?} vs {without:?}");
    drop(silent);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_going_away_mid_run_fails_no_call() {
    let mut redis = RedisServer::start();
    let h = Harness::new().await;
    let clients: Vec<Client> = (0..4).map(|_| client(&h, Some(&redis.url()))).collect();
    for c in &clients {
        c.call("accounts.list", Request::new()).await.unwrap();
    }
    assert_eq!(h.sandbox.state().token_requests(), 1);
    redis.stop();
    h.expire_tokens().await;
    let mut tasks = Vec::new();
    for c in &clients {
        for _ in 0..5 {
            let c = c.clone();
            tasks.push(tokio::spawn(async move { c.call("accounts.list", Request::new()).await }));
        }
    }
    for t in tasks {
        t.await.unwrap().expect("no call fails when Redis goes away");
    }
}

#[tokio::test]
async fn repeated_revocations_warn_once_naming_token_store() {
    let logs = Captured::default();
    let _guard = logs.install();
    let h = single_session().await;
    let a = client(&h, None);
    let b = client(&h, None);
    // Two apps with the same credentials, taking turns: each new token ends the other's.
    for _ in 0..4 {
        a.call("accounts.list", Request::new()).await.unwrap();
        b.call("accounts.list", Request::new()).await.unwrap();
    }
    let text = logs.text();
    assert_eq!(text.matches("revoked").count(), 2, "one warning per client: {text}");
    assert!(text.contains("token_store"), "{text}");
}

#[tokio::test]
async fn the_environment_variable_configures_the_store() {
    let redis = RedisServer::start();
    let h = Harness::new().await;
    let c = {
        let _env = ENV.lock().unwrap_or_else(|p| p.into_inner());
        std::env::set_var(TOKEN_STORE_ENV, redis.url());
        let c = Client::new(h.config());
        std::env::remove_var(TOKEN_STORE_ENV);
        c.expect("client")
    };
    c.call("accounts.list", Request::new()).await.unwrap();
    let fp =
        exsited_core::auth::store::fingerprint(c.base_url().as_str(), "sandbox-client", &Secret::new("sandbox-secret"));
    let entry = backend(&redis.url(), &fp).get().await.unwrap();
    assert!(entry.is_some(), "the token was shared through the store named by {TOKEN_STORE_ENV}");
}

#[tokio::test]
async fn a_password_in_the_url_is_used_and_a_wrong_one_only_costs_a_fallback() {
    let redis = RedisServer::start_with(&["--requirepass", "right-pw-4Kc9"]);
    let h = Harness::new().await;
    let good = format!("redis://:right-pw-4Kc9@127.0.0.1:{}/0", redis.port);
    let c = client(&h, Some(&good));
    c.call("accounts.list", Request::new()).await.unwrap();
    let fp =
        exsited_core::auth::store::fingerprint(c.base_url().as_str(), "sandbox-client", &Secret::new("sandbox-secret"));
    assert!(backend(&good, &fp).get().await.unwrap().is_some(), "the token went through the authenticated store");

    let logs = Captured::default();
    let _guard = logs.install();
    let bad = format!("redis://:wrong-pw-7Tz1@127.0.0.1:{}/0", redis.port);
    let mut config = h.config();
    config.token_store = Some(Secret::new(&bad));
    config.read_timeout = Duration::from_secs(6); // another core client, no token yet
    let other = {
        let _env = ENV.lock().unwrap_or_else(|p| p.into_inner());
        Client::new(config).unwrap()
    };
    other.call("accounts.list", Request::new()).await.expect("a refused password never fails a call");
    let text = logs.text();
    assert_eq!(text.matches("token store").count(), 1, "{text}");
    assert!(!text.contains("wrong-pw-7Tz1") && !text.contains("right-pw-4Kc9"), "{text}");
}
