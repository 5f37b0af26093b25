//! [`SandboxState`]: the shared handle to everything the server keeps, used by the
//! handlers, the `/__sandbox__/` hooks and Rust tests alike.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use parking_lot::{Mutex, MutexGuard};
use serde_json::{json, Value};

use crate::auth::TokenStore;
use crate::faults::{Fault, FaultQueue};
use crate::log::RequestLog;
use crate::store::Store;

#[derive(Default)]
pub struct Counters {
    pub token_requests: AtomicU64,
    pub token_requests_client_credentials: AtomicU64,
    pub token_requests_refresh: AtomicU64,
    /// Successful account creations.
    pub creates: AtomicU64,
    /// Successful (2xx) POST/PUT/PATCH/DELETE on the data API.
    pub writes: AtomicU64,
    /// Requests logged (all but the hooks).
    pub requests: AtomicU64,
    /// Data calls refused because their token was ended by a newer one (`--single-session`).
    pub revoked_token_rejections: AtomicU64,
}

impl Counters {
    fn reset(&self) {
        for c in [
            &self.token_requests,
            &self.token_requests_client_credentials,
            &self.token_requests_refresh,
            &self.creates,
            &self.writes,
            &self.requests,
            &self.revoked_token_rejections,
        ] {
            c.store(0, Ordering::SeqCst);
        }
    }
}

pub(crate) struct Inner {
    pub base_url: String,
    pub client_id: String,
    pub client_secret: String,
    pub store: Mutex<Store>,
    /// The generic engine's records (operations without a hand-written handler).
    pub generic: Mutex<crate::engine::Records>,
    pub tokens: TokenStore,
    pub log: RequestLog,
    pub faults: FaultQueue,
    pub counters: Counters,
    /// Close keep-alive connections idle this long (ms; 0 = keep them), as a load
    /// balancer does; connections watch it, so a change applies to open ones too.
    pub idle_close_ms: tokio::sync::watch::Sender<u64>,
    /// gzip the answers of requests that accept it (see `compress`).
    pub compress: std::sync::atomic::AtomicBool,
}

/// Cheap-to-clone handle to the sandbox's in-memory state.
#[derive(Clone)]
pub struct SandboxState {
    pub(crate) inner: Arc<Inner>,
}

fn get(c: &AtomicU64) -> u64 {
    c.load(Ordering::SeqCst)
}

impl SandboxState {
    pub(crate) fn new(base_url: String, client_id: String, client_secret: String, ttl: u64) -> Self {
        SandboxState {
            inner: Arc::new(Inner {
                base_url,
                client_id,
                client_secret,
                store: Mutex::new(Store::default()),
                generic: Mutex::new(Default::default()),
                tokens: TokenStore::new(ttl),
                log: RequestLog::default(),
                faults: FaultQueue::default(),
                counters: Counters::default(),
                idle_close_ms: tokio::sync::watch::Sender::new(0),
                compress: std::sync::atomic::AtomicBool::new(false),
            }),
        }
    }

    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        self.inner.store.lock()
    }

    pub(crate) fn counters(&self) -> &Counters {
        &self.inner.counters
    }

    pub fn base_url(&self) -> String {
        self.inner.base_url.clone()
    }

    /// Every logged request, oldest first (shape: see `GET /__sandbox__/requests`).
    pub fn requests(&self) -> Vec<Value> {
        self.inner.log.snapshot()
    }

    pub fn clear_requests(&self) {
        self.inner.log.clear();
    }

    /// Keep at most this many log entries (default 100,000); older ones are dropped.
    pub fn set_log_limit(&self, limit: usize) {
        self.inner.log.set_limit(limit);
    }

    pub fn token_requests(&self) -> u64 {
        get(&self.inner.counters.token_requests)
    }

    pub fn token_requests_client_credentials(&self) -> u64 {
        get(&self.inner.counters.token_requests_client_credentials)
    }

    pub fn token_requests_refresh(&self) -> u64 {
        get(&self.inner.counters.token_requests_refresh)
    }

    pub fn creates(&self) -> u64 {
        get(&self.inner.counters.creates)
    }

    pub fn writes(&self) -> u64 {
        get(&self.inner.counters.writes)
    }

    pub fn request_count(&self) -> u64 {
        get(&self.inner.counters.requests)
    }

    pub fn revoked_token_rejections(&self) -> u64 {
        get(&self.inner.counters.revoked_token_rejections)
    }

    /// Single-session mode: every new token ends the earlier access tokens of its client.
    pub fn set_single_session(&self, on: bool) {
        self.inner.tokens.set_single_session(on);
    }

    /// Same object as `GET /__sandbox__/counters`.
    pub fn counters_json(&self) -> Value {
        json!({
            "token_requests": self.token_requests(),
            "token_requests_client_credentials": self.token_requests_client_credentials(),
            "token_requests_refresh": self.token_requests_refresh(),
            "creates": self.creates(),
            "writes": self.writes(),
            "requests": self.request_count(),
            "revoked_token_rejections": self.revoked_token_rejections(),
            "accounts": self.account_count(),
            "pending_faults": self.pending_faults().len(),
        })
    }

    /// Clears accounts, tokens, the log, counters and faults.
    pub fn reset(&self) {
        self.store().clear();
        self.inner.generic.lock().clear();
        self.inner.tokens.clear();
        self.inner.log.clear();
        self.inner.faults.clear();
        self.inner.counters.reset();
    }

    /// Adds `n` seeded accounts ("Seed Account 0001", ids `SD0001`, ...); returns their ids.
    pub fn seed(&self, n: usize) -> Vec<String> {
        let base = self.base_url();
        self.store().seed(n, &base)
    }

    pub fn push_fault(&self, fault: Fault) {
        self.inner.faults.push(fault);
    }

    pub fn pending_faults(&self) -> Vec<Fault> {
        self.inner.faults.pending()
    }

    pub fn clear_faults(&self) {
        self.inner.faults.clear();
    }

    /// Every access token issued so far stops working.
    pub fn expire_tokens(&self) {
        self.inner.tokens.expire_access_tokens();
    }

    /// Every refresh token issued so far stops working.
    pub fn revoke_refresh_tokens(&self) {
        self.inner.tokens.revoke_refresh_tokens();
    }

    /// Lifetime of tokens issued from now on.
    pub fn set_token_ttl(&self, secs: u64) {
        self.inner.tokens.set_ttl(secs);
    }

    /// Close keep-alive connections after `ms` without a request (0 = never).
    pub fn set_idle_close_ms(&self, ms: u64) {
        self.inner.idle_close_ms.send_replace(ms);
    }

    pub fn idle_close_ms(&self) -> u64 {
        *self.inner.idle_close_ms.borrow()
    }

    pub fn set_compress(&self, on: bool) {
        self.inner.compress.store(on, Ordering::SeqCst);
    }

    pub fn compress(&self) -> bool {
        self.inner.compress.load(Ordering::SeqCst)
    }

    pub fn account_count(&self) -> usize {
        self.store().len()
    }

    /// Ids of all accounts in creation order.
    pub fn account_ids(&self) -> Vec<String> {
        self.store().all().iter().map(|a| a.id.clone()).collect()
    }

    /// The account as `GET accounts/{id}` shows it.
    pub fn account(&self, id: &str) -> Option<Value> {
        self.store().get(id).ok().map(|a| a.to_full_json())
    }

    /// The notes of an account as the notes list shows them.
    pub fn notes(&self, account_id: &str) -> Option<Vec<Value>> {
        let store = self.store();
        let acc = store.get(account_id).ok()?;
        Some(acc.notes.iter().map(|n| n.to_json()).collect())
    }
}
