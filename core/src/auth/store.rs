//! One token for every process and host that uses the same credentials.
//!
//! Exsited ends the previous access token whenever it issues a new one for the same
//! credentials, so processes that each fetch their own keep signing each other out. A shared
//! store (Redis, see `redis_store`) holds the one token; the protocol here works over any
//! [`TokenBackend`]:
//! - read the entry: a fresh token this process has not seen refused is used as it is;
//! - otherwise take the fetch lock (a lease shorter than the call timeout), read again,
//!   fetch, write, release; processes that do not get the lock wait on the entry, never on
//!   the token endpoint;
//! - a refused token is removed only while the entry still holds it (compare-and-delete), so
//!   N processes that see one revocation fetch one new token.
//!
//! The store must never fail a call: every backend operation is bounded (200 ms), and on a
//! failure the caller falls back to a token of its own, with one warning, and the store is
//! tried again after a pause (30 s).

use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use super::token::{now_unix, StoredToken, TokenSet};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::secret::Secret;

/// The environment variable every binding honours when no `token_store` option is given.
pub const TOKEN_STORE_ENV: &str = "EXSITED_TOKEN_STORE";

/// A backend failure, its message already redacted.
#[derive(Debug, Clone)]
pub struct StoreError(pub String);

pub type StoreResult<T> = std::result::Result<T, StoreError>;

/// What a shared token store keeps for one (base URL, client id, secret): the token entry
/// and a fetch lock. Bounding the time of each call is the caller's job ([`SharedTokens`]).
pub trait TokenBackend: Send + Sync {
    fn get(&self) -> impl Future<Output = StoreResult<Option<StoredToken>>> + Send;
    /// Writes the entry; it disappears by itself after `ttl` when one is given.
    fn put(&self, token: &StoredToken, ttl: Option<Duration>) -> impl Future<Output = StoreResult<()>> + Send;
    /// Takes the fetch lock for `lease` unless someone holds it; true when taken.
    fn try_lock(&self, holder: &str, lease: Duration) -> impl Future<Output = StoreResult<bool>> + Send;
    /// Releases the lock if `holder` still holds it (compare-and-delete).
    fn unlock(&self, holder: &str) -> impl Future<Output = StoreResult<()>> + Send;
    /// Removes the entry if it still holds this access token (compare-and-delete).
    fn remove_if(&self, access_token: &str) -> impl Future<Output = StoreResult<bool>> + Send;
    /// Where the store is, for log lines (never with a password).
    fn describe(&self) -> String;
}

/// How patient the protocol is with the backend.
#[derive(Clone, Copy, Debug)]
pub struct Timing {
    /// Bound of every single backend operation.
    pub op_timeout: Duration,
    /// After a failure, the store is left alone this long.
    pub retry_after: Duration,
    /// Longest pause between two reads while another process fetches.
    pub max_poll: Duration,
}

impl Default for Timing {
    fn default() -> Self {
        Timing {
            op_timeout: Duration::from_millis(200),
            retry_after: Duration::from_secs(30),
            max_poll: Duration::from_millis(50),
        }
    }
}

/// The shared-token protocol over one backend, with its health.
pub struct SharedTokens<B> {
    backend: B,
    timing: Timing,
    /// Set after a failure: the store is not asked again before `epoch` + this many ms (0 =
    /// up). An atomic rather than a lock, so a fork can never leave it held.
    down_until_ms: AtomicU64,
    epoch: Instant,
    /// One warning per outage: set when it is given, cleared when the store answers again.
    warned: AtomicBool,
}

impl<B: TokenBackend> SharedTokens<B> {
    pub fn new(backend: B, timing: Timing) -> Self {
        SharedTokens {
            backend,
            timing,
            down_until_ms: AtomicU64::new(0),
            epoch: Instant::now(),
            warned: AtomicBool::new(false),
        }
    }

    pub fn backend(&self) -> &B {
        &self.backend
    }

    /// False while the store is left alone after a failure.
    pub fn available(&self) -> bool {
        let until = self.down_until_ms.load(Ordering::Relaxed);
        until == 0 || self.now_ms() >= until
    }

    fn now_ms(&self) -> u64 {
        u64::try_from(self.epoch.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// Runs one backend operation within `op_timeout`; `None` after a failure (noted).
    async fn op<T>(&self, what: &str, fut: impl Future<Output = StoreResult<T>>) -> Option<T> {
        match tokio::time::timeout(self.timing.op_timeout, fut).await {
            Ok(Ok(v)) => {
                if self.warned.swap(false, Ordering::Relaxed) {
                    tracing::info!(target: "exsited", store = %self.backend.describe(), "the token store answers again; sharing the token again");
                }
                Some(v)
            }
            Ok(Err(e)) => {
                self.failed(what, &e.0);
                None
            }
            Err(_) => {
                let ms = self.timing.op_timeout.as_millis();
                self.failed(what, &format!("no answer within {ms} ms"));
                None
            }
        }
    }

    fn failed(&self, what: &str, why: &str) {
        let retry_ms = u64::try_from(self.timing.retry_after.as_millis()).unwrap_or(u64::MAX);
        self.down_until_ms.store(self.now_ms().saturating_add(retry_ms).max(1), Ordering::Relaxed);
        if !self.warned.swap(true, Ordering::Relaxed) {
            tracing::warn!(
                target: "exsited",
                store = %self.backend.describe(),
                "token store {what} failed ({why}); this process uses a token of its own and tries the store again in {} s",
                self.timing.retry_after.as_secs()
            );
        } else {
            tracing::debug!(target: "exsited", "token store {what} failed again ({why})");
        }
    }

    /// The shared token, fetched by `fetch` under the store's lock when the store has none
    /// this process can use. `None` when the store cannot help (down, or the process that
    /// holds the lock took longer than `wait`): the caller then gets a token of its own.
    pub async fn obtain<F, Fut>(
        &self,
        rejected: Option<&str>,
        refresh: Option<Secret>,
        wait: Duration,
        lease: Duration,
        fetch: F,
    ) -> Option<Result<TokenSet>>
    where
        F: FnOnce(Option<Secret>) -> Fut,
        Fut: Future<Output = Result<TokenSet>>,
    {
        if !self.available() {
            return None;
        }
        let deadline = Instant::now() + wait;
        let holder = format!("{:032x}", rand::random::<u128>());
        let mut pause = Duration::from_millis(5);
        loop {
            if let Some(t) = usable(self.op("read", self.backend.get()).await?, rejected) {
                return Some(Ok(t));
            }
            if self.op("lock", self.backend.try_lock(&holder, lease)).await? {
                return Some(self.fetch_locked(&holder, rejected, refresh, fetch).await);
            }
            if Instant::now() + pause > deadline {
                tracing::warn!(target: "exsited", store = %self.backend.describe(),
                    "another process held the token store's lock for {} ms; this process fetches a token of its own",
                    wait.as_millis());
                return None;
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(self.timing.max_poll);
        }
    }

    async fn fetch_locked<F, Fut>(
        &self,
        holder: &str,
        rejected: Option<&str>,
        refresh: Option<Secret>,
        fetch: F,
    ) -> Result<TokenSet>
    where
        F: FnOnce(Option<Secret>) -> Fut,
        Fut: Future<Output = Result<TokenSet>>,
    {
        // Another process may have written a token between our read and our lock.
        let stored = self.op("read", self.backend.get()).await.flatten();
        let refresh = stored.as_ref().and_then(|s| s.refresh_token.clone().map(Secret::new)).or(refresh);
        if let Some(t) = usable(stored, rejected) {
            self.release(holder).await;
            return Ok(t);
        }
        let result = fetch(refresh).await;
        if let Ok(t) = &result {
            if self.available() {
                let ttl = t.expires_at.map(|at| Duration::from_secs(at.saturating_sub(now_unix()).max(1)));
                self.op("write", self.backend.put(&StoredToken::from(t), ttl)).await;
            }
        }
        self.release(holder).await;
        result
    }

    async fn release(&self, holder: &str) {
        // After a failure the lease ends the lock by itself.
        if self.available() {
            self.op("unlock", self.backend.unlock(holder)).await;
        }
    }

    /// The server refused `access_token`: drop it from the store unless it was replaced.
    pub async fn invalidate(&self, access_token: &str) {
        if self.available() {
            self.op("invalidate", self.backend.remove_if(access_token)).await;
        }
    }
}

/// A stored token this process may use: fresh, and not the one the server just refused.
fn usable(stored: Option<StoredToken>, rejected: Option<&str>) -> Option<TokenSet> {
    let stored = stored?;
    if Some(stored.access_token.as_str()) == rejected {
        return None;
    }
    Some(TokenSet::from(stored)).filter(TokenSet::is_fresh)
}

/// The store URL: the `token_store` option, else `EXSITED_TOKEN_STORE`; none when both are
/// unset or empty.
pub fn configured_url(config: &Config) -> Option<(Secret, &'static str)> {
    if let Some(url) = config.token_store.as_ref().filter(|u| !u.expose().trim().is_empty()) {
        return Some((url.clone(), "token_store"));
    }
    std::env::var(TOKEN_STORE_ENV).ok().filter(|u| !u.trim().is_empty()).map(|u| (Secret::new(u), TOKEN_STORE_ENV))
}

/// The key of one entry: a fingerprint of (base URL, client id, secret), so one store can
/// serve several tenants and the key tells nothing about the credentials.
pub fn fingerprint(base_url: &str, client_id: &str, secret: &Secret) -> String {
    let mut h = Sha256::new();
    h.update(base_url.trim_end_matches('/').as_bytes());
    h.update(b"\n");
    h.update(client_id.as_bytes());
    h.update(b"\n");
    h.update(Sha256::digest(secret.expose().as_bytes()));
    hex::encode(&h.finalize()[..16])
}

/// How long the fetch lock is held at most: shorter than the call timeout, so a process
/// that waits on a crashed holder can still take over within its own call.
pub fn lease_for(call_timeout: Duration) -> Duration {
    (call_timeout / 2).clamp(Duration::from_millis(200), Duration::from_secs(15))
}

/// A config error for a store URL that cannot be used, never quoting the URL's password.
pub fn bad_url(source: &str, why: impl std::fmt::Display) -> Error {
    Error::config(format!("{source}: {why}; expected redis://[user:password@]host[:port][/db] or rediss://... (TLS)"))
}

#[cfg(test)]
#[path = "store_tests.rs"]
mod tests;
