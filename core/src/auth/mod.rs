//! OAuth2 client-credentials tokens: fetched before the first data call, shared by every
//! resource of a client, refreshed shortly before expiry, fetched by one caller at a time
//! (single-flight), optionally shared between processes through a file.
//!
//! Fork safety: the token state lives in a per-process slot (`runtime::for_this_process`), so
//! a child forked while a parent thread held it (fetching a token) starts with state of its
//! own instead of waiting forever on a lock no thread of the child will release. Every wait
//! for a token (the lock, the cache file's lock) is bounded by the client's timeouts.

pub mod file_cache;
pub mod redis_store;
pub mod registry;
pub mod revocations;
pub mod store;
pub mod token;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use url::Url;

use crate::config::Config;
use crate::error::{Error, ErrorKind, Result};
use crate::ops::Method;
use crate::retry_policy::RetryPolicy;
use crate::secret::Secret;
use crate::transport::{self, AttemptBody, Transport};

pub use file_cache::FileTokenCache;
use redis_store::RedisStore;
use revocations::RevocationWatch;
use store::SharedTokens;
pub use token::TokenSet;
use token::{Grant, StoredToken};

type SharedState = Arc<tokio::sync::Mutex<State>>;

struct State {
    current: Option<TokenSet>,
    /// Bumped on every new token, so a stale 401 cannot invalidate a newer token.
    generation: u64,
    /// An access token the server refused; never taken back from the file cache.
    rejected: Option<String>,
}

pub struct TokenProvider {
    /// The state and the pid that made it (see the module comment on fork).
    state: Mutex<Option<(u32, SharedState)>>,
    /// Mirrors `State::generation`, readable without the lock.
    generation: AtomicU64,
    /// How long a caller waits for a token that another caller (or process) is fetching.
    wait_limit: Duration,
    client_id: String,
    client_secret: Secret,
    redirect_uri: String,
    grant_type: String,
    retry: RetryPolicy,
    file_cache: Option<FileTokenCache>,
    /// The token shared by every process with these credentials (`token_store`).
    shared: Option<SharedTokens<RedisStore>>,
    /// How long a call may wait for another process to fetch the shared token.
    call_timeout: Duration,
    revocations: RevocationWatch,
    requests: AtomicU64,
}

/// A token handed to one data call.
#[derive(Clone, Debug)]
pub struct Bearer {
    pub token: Secret,
    pub generation: u64,
}

impl TokenProvider {
    pub fn new(config: &Config, base: &Url) -> Result<TokenProvider> {
        crate::redact::register_secret(config.client_secret.expose());
        let current = config.initial_token.as_ref().and_then(|t| {
            t.access_token.as_ref().map(|a| {
                crate::redact::register_secret(a.expose());
                if let Some(r) = &t.refresh_token {
                    crate::redact::register_secret(r.expose());
                }
                TokenSet {
                    access_token: a.clone(),
                    refresh_token: t.refresh_token.clone(),
                    expires_at: t.expires_at,
                    lifetime: None,
                }
            })
        });
        let shared = match store::configured_url(config) {
            None => None,
            Some((url, source)) => {
                let fp = store::fingerprint(base.as_str(), &config.client_id, &config.client_secret);
                let timing = store::Timing::default();
                let backend = RedisStore::new(&url, source, &fp, config.ca_cert_pem.as_deref(), timing.op_timeout)?;
                Some(SharedTokens::new(backend, timing))
            }
        };
        let state = Arc::new(tokio::sync::Mutex::new(State { current, generation: 0, rejected: None }));
        Ok(TokenProvider {
            state: Mutex::new(Some((crate::runtime::current_pid(), state))),
            generation: AtomicU64::new(0),
            wait_limit: config.connect_timeout.saturating_add(config.read_timeout),
            client_id: config.client_id.clone(),
            client_secret: config.client_secret.clone(),
            redirect_uri: config.redirect_uri.clone(),
            grant_type: config.grant_type.clone(),
            retry: config.retry.clone(),
            file_cache: config
                .token_cache_file
                .as_ref()
                .map(|p| FileTokenCache::new(p, base.as_str(), &config.client_id)),
            shared,
            call_timeout: config.read_timeout,
            revocations: RevocationWatch::default(),
            requests: AtomicU64::new(0),
        })
    }

    /// Token requests this provider has sent (for tests and diagnostics).
    pub fn token_requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    /// This process's token state. A forked child gets new state, seeded with the parent's
    /// token when no parent thread was busy with it at the fork.
    fn state(&self) -> Result<SharedState> {
        let mut slot = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let inherited = match slot.as_ref() {
            Some((pid, s)) if *pid != crate::runtime::current_pid() => {
                s.try_lock().ok().and_then(|s| s.current.clone())
            }
            _ => None,
        };
        crate::runtime::for_this_process(&mut slot, || {
            // The same generation as the mirror, so no caller takes the seed for a new token.
            let generation = self.generation.load(Ordering::Acquire);
            Ok(Arc::new(tokio::sync::Mutex::new(State { current: inherited, generation, rejected: None })))
        })
    }

    async fn lock_state(&self, state: &SharedState) -> Result<tokio::sync::OwnedMutexGuard<State>> {
        // Nobody fetching a token (the usual case): no timer to set up.
        if let Ok(guard) = state.clone().try_lock_owned() {
            return Ok(guard);
        }
        tokio::time::timeout(self.wait_limit, state.clone().lock_owned()).await.map_err(|_| {
            Error::new(
                ErrorKind::Timeout,
                format!(
                    "timed out after {} ms waiting for the access token another call is fetching",
                    self.wait_limit.as_millis()
                ),
            )
        })
    }

    /// A fresh token. Concurrent callers queue on one lock, so only the first of them
    /// fetches; the others find its token. A token fetched while a caller waited serves that
    /// caller even when its lifetime is 0, so such tokens cost one request per wave of
    /// callers, never one per caller.
    pub async fn bearer(&self, transport: &Transport, base: &Url) -> Result<Bearer> {
        let waited_from = self.generation.load(Ordering::Acquire);
        let shared = self.state()?;
        let mut state = self.lock_state(&shared).await?;
        if let Some(t) = state.current.as_ref() {
            let refused = state.rejected.as_deref() == Some(t.access_token.expose());
            let new_since_wait = state.generation != waited_from && t.is_unexpired() && !refused;
            if t.is_fresh() || new_since_wait {
                return Ok(Bearer { token: t.access_token.clone(), generation: state.generation });
            }
        }
        let refresh = state.current.as_ref().and_then(|t| t.refresh_token.clone());
        // Boxed: fetching a token (HTTP, token file, Redis) is a future of several kB, and
        // every call's future would otherwise carry that space for the rare call that fetches.
        let fresh = Box::pin(self.obtain(transport, base, refresh, state.rejected.clone())).await?;
        state.generation += 1;
        self.generation.store(state.generation, Ordering::Release);
        let bearer = Bearer { token: fresh.access_token.clone(), generation: state.generation };
        state.current = Some(fresh);
        Ok(bearer)
    }

    /// The server refused this token: forget it (unless a newer one replaced it already).
    pub async fn invalidate(&self, bearer: &Bearer) {
        let Ok(shared) = self.state() else { return };
        // A caller that cannot get the lock in time just does not invalidate; its next
        // bearer() call reports the timeout.
        let Ok(mut state) = self.lock_state(&shared).await else { return };
        if state.generation == bearer.generation {
            if let Some(t) = state.current.as_mut() {
                t.expires_at = Some(0);
            }
            state.rejected = Some(bearer.token.expose().to_string());
            self.revocations.record(self.shared.is_some());
            if let Some(shared) = &self.shared {
                // Before the next read of the store, so this process does not take it back.
                shared.invalidate(bearer.token.expose()).await;
            }
        }
    }

    async fn obtain(
        &self,
        transport: &Transport,
        base: &Url,
        refresh: Option<Secret>,
        rejected: Option<String>,
    ) -> Result<TokenSet> {
        if let Some(shared) = &self.shared {
            let lease = store::lease_for(self.call_timeout);
            let fetch = |r: Option<Secret>| self.fetch(transport, base, r);
            if let Some(result) =
                shared.obtain(rejected.as_deref(), refresh.clone(), self.call_timeout, lease, fetch).await
            {
                return result;
            }
        }
        // The store cannot help now: a token of this process's own (below), never with a
        // refresh token taken from the store, which every process falling back at the same
        // time would also try to spend (it rotates: one of them would win, the others retry).
        let refresh = if self.shared.is_some() { None } else { refresh };
        let Some(cache) = self.file_cache.clone() else {
            return self.fetch(transport, base, refresh).await;
        };
        let lock = cache.lock(self.wait_limit).await?;
        let mut refresh = refresh;
        if let Some(stored) = lock.read() {
            let usable = Some(&stored.access_token) != rejected.as_ref();
            let set = TokenSet::from(stored);
            if usable && set.is_fresh() {
                return Ok(set);
            }
            refresh = set.refresh_token.or(refresh);
        }
        let fresh = self.fetch(transport, base, refresh).await?;
        if let Err(e) = lock.write(&StoredToken::from(&fresh)) {
            tracing::warn!(target: "exsited", error = %e, "could not update the token cache file; continuing with the new token");
        }
        Ok(fresh)
    }

    /// Refresh grant when there is a refresh token, falling back to client credentials.
    async fn fetch(&self, transport: &Transport, base: &Url, refresh: Option<Secret>) -> Result<TokenSet> {
        if let Some(r) = refresh {
            match self.request(transport, base, Grant::Refresh(&r)).await {
                Ok(t) => return Ok(t),
                Err(e) => {
                    tracing::info!(target: "exsited", error = %e, "refresh grant failed; asking for a new token")
                }
            }
        }
        self.request(transport, base, Grant::ClientCredentials).await
    }

    async fn request(&self, transport: &Transport, base: &Url, grant: Grant<'_>) -> Result<TokenSet> {
        let mut url = base.clone();
        url.set_path(&format!("{}/{}", base.path().trim_end_matches('/'), token::TOKEN_PATH));
        let body = token::token_request_body(
            &grant,
            &self.grant_type,
            &self.client_id,
            &self.client_secret,
            &self.redirect_uri,
        );
        let bytes = Bytes::from(
            serde_json::to_vec(&body).map_err(|e| Error::usage(format!("cannot encode token request: {e}")))?,
        );
        let headers = transport::headers(&[("accept", "application/json".to_string())])?;
        let grant_name = match grant {
            Grant::ClientCredentials => "client_credentials",
            Grant::Refresh(_) => "refresh_token",
        };
        tracing::info!(target: "exsited", grant = grant_name, "requesting an access token");
        self.requests.fetch_add(1, Ordering::Relaxed);
        // Asking for a token twice is harmless: it is retried as an idempotent request.
        let resp = transport::send_with_retries(
            transport,
            transport::AttemptPlan::new(&self.retry),
            Method::Post,
            true,
            &url,
            &headers,
            AttemptBody::Json(&bytes),
        )
        .await?;
        if !(200..300).contains(&resp.status) {
            let mut e = Error::from_response(resp.status, resp.reason, &resp.body, resp.retry_after())
                .with_headers(crate::response_headers::shown(&resp.headers));
            if matches!(resp.status, 400 | 401 | 403) {
                e.kind = ErrorKind::Authentication;
                e.message =
                    format!("authentication failed: the token endpoint refused the credentials ({})", e.message);
            }
            return Err(e);
        }
        token::parse_token_answer(&resp.body)
    }
}
