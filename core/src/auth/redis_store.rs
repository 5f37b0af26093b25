//! The shared token store on Redis: one JSON entry per (base URL, client id, secret
//! fingerprint), a fetch lock taken with `SET NX PX` and a random holder value, and
//! compare-and-delete (Lua) for releasing the lock and for dropping a refused token.
//!
//! Connections are per process (remade in a forked child) and, like the HTTP pools, per
//! thread for blocking calls: a connection's driver runs on the runtime that made it, and a
//! blocking call's runtime only runs while its own thread is inside a call.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use redis::aio::MultiplexedConnection;
use redis::{AsyncConnectionConfig, Script};
use url::Url;

use super::store::{bad_url, StoreError, StoreResult, TokenBackend};
use super::token::StoredToken;
use crate::error::Result;
use crate::runtime::for_this_process;
use crate::secret::Secret;

const KEY_PREFIX: &str = "exsited:token:";

/// Deletes KEYS[1] only while it holds ARGV[1] (the lock's holder).
const UNLOCK: &str = r"if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

/// Deletes the token entry KEYS[1] only while its access_token is ARGV[1].
const REMOVE_IF: &str = r"
local v = redis.call('GET', KEYS[1])
if not v then return 0 end
local ok, t = pcall(cjson.decode, v)
if ok and type(t) == 'table' and t.access_token == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0";

/// Tells stores apart in the per-thread connection table.
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

type Slot = Option<(u32, MultiplexedConnection)>;

thread_local! {
    /// This thread's connections for blocking calls, by store id, with the pid that made them.
    static LOCAL: RefCell<HashMap<u64, Slot>> = RefCell::new(HashMap::new());
}

pub struct RedisStore {
    id: u64,
    client: redis::Client,
    shown: String,
    key: String,
    lock_key: String,
    /// The connection for async calls (the process's multi-thread runtime).
    shared: Mutex<Slot>,
    op_timeout: Duration,
    unlock: Script,
    remove_if: Script,
}

impl RedisStore {
    /// `source` names where the URL came from (the option or the environment variable), for
    /// error messages. `ca_pem` replaces the system roots for `rediss://` when given.
    pub fn new(
        url: &Secret,
        source: &str,
        fingerprint: &str,
        ca_pem: Option<&[u8]>,
        op_timeout: Duration,
    ) -> Result<RedisStore> {
        let raw = url.expose().trim();
        let parsed = Url::parse(raw).map_err(|e| bad_url(source, format!("not a URL ({e})")))?;
        if let Some(p) = parsed.password() {
            crate::redact::register_secret(p);
            if let Ok(decoded) = percent_encoding::percent_decode_str(p).decode_utf8() {
                crate::redact::register_secret(&decoded);
            }
        }
        let shown = shown_url(&parsed);
        if !matches!(parsed.scheme(), "redis" | "rediss") {
            return Err(bad_url(source, format!("unsupported scheme {:?} in {shown}", parsed.scheme())));
        }
        if parsed.host_str().is_none_or(str::is_empty) {
            return Err(bad_url(source, format!("no host in {shown}")));
        }
        let client = match (parsed.scheme(), ca_pem) {
            ("rediss", Some(pem)) => redis::Client::build_with_tls(
                raw,
                redis::TlsCertificates { client_tls: None, root_cert: Some(pem.to_vec()) },
            ),
            _ => redis::Client::open(raw),
        }
        .map_err(|e| bad_url(source, format!("{shown}: {}", masked(&e))))?;
        let key = format!("{KEY_PREFIX}{fingerprint}");
        Ok(RedisStore {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            client,
            shown,
            lock_key: format!("{key}:lock"),
            key,
            shared: Mutex::new(None),
            op_timeout,
            unlock: Script::new(UNLOCK),
            remove_if: Script::new(REMOVE_IF),
        })
    }

    /// The Redis key of this client's token (the lock is `<key>:lock`).
    pub fn key(&self) -> &str {
        &self.key
    }

    /// This process's (and, for blocking calls, this thread's) connection, made when missing.
    async fn conn(&self) -> StoreResult<MultiplexedConnection> {
        if let Some(c) = self.with_slot(|slot| for_this_process(slot, || Err(crate::Error::config("none"))).ok()) {
            return Ok(c);
        }
        let config = AsyncConnectionConfig::new()
            .set_connection_timeout(Some(self.op_timeout))
            .set_response_timeout(Some(self.op_timeout));
        let c = self.client.get_multiplexed_async_connection_with_config(&config).await.map_err(err)?;
        self.with_slot(|slot| *slot = Some((crate::runtime::current_pid(), c.clone())));
        Ok(c)
    }

    /// Forgets this thread's / process's connection after a failure, so the next try dials anew.
    fn forget(&self) {
        self.with_slot(|slot| {
            if slot.as_ref().is_some_and(|(pid, _)| *pid == crate::runtime::current_pid()) {
                *slot = None;
            }
        });
    }

    fn with_slot<R>(&self, f: impl FnOnce(&mut Slot) -> R) -> R {
        if crate::runtime::on_local_runtime() {
            LOCAL.with(|map| f(map.borrow_mut().entry(self.id).or_default()))
        } else {
            f(&mut self.shared.lock().unwrap_or_else(|p| p.into_inner()))
        }
    }

    async fn run<T: redis::FromRedisValue>(&self, cmd: &redis::Cmd) -> StoreResult<T> {
        let mut c = self.conn().await?;
        let r = cmd.query_async(&mut c).await;
        if r.is_err() {
            self.forget();
        }
        r.map_err(err)
    }

    async fn script(&self, script: &Script, key: &str, arg: &str) -> StoreResult<i64> {
        let mut c = self.conn().await?;
        let r = script.key(key).arg(arg).invoke_async(&mut c).await;
        if r.is_err() {
            self.forget();
        }
        r.map_err(err)
    }
}

impl TokenBackend for RedisStore {
    async fn get(&self) -> StoreResult<Option<StoredToken>> {
        let text: Option<String> = self.run(redis::cmd("GET").arg(&self.key)).await?;
        // A corrupt entry counts as none; the next fetch overwrites it.
        Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
    }

    async fn put(&self, token: &StoredToken, ttl: Option<Duration>) -> StoreResult<()> {
        let json = serde_json::to_string(token).map_err(|e| StoreError(format!("cannot encode the token: {e}")))?;
        let mut cmd = redis::cmd("SET");
        cmd.arg(&self.key).arg(json);
        if let Some(ttl) = ttl {
            cmd.arg("PX").arg(ttl.as_millis().max(1) as u64);
        }
        self.run::<()>(&cmd).await
    }

    async fn try_lock(&self, holder: &str, lease: Duration) -> StoreResult<bool> {
        let mut cmd = redis::cmd("SET");
        cmd.arg(&self.lock_key).arg(holder).arg("NX").arg("PX").arg(lease.as_millis().max(1) as u64);
        let set: Option<String> = self.run(&cmd).await?;
        Ok(set.is_some())
    }

    async fn unlock(&self, holder: &str) -> StoreResult<()> {
        self.script(&self.unlock, &self.lock_key, holder).await.map(|_| ())
    }

    async fn remove_if(&self, access_token: &str) -> StoreResult<bool> {
        self.script(&self.remove_if, &self.key, access_token).await.map(|n| n > 0)
    }

    fn describe(&self) -> String {
        self.shown.clone()
    }
}

fn masked(e: &redis::RedisError) -> String {
    crate::redact::mask_text(&e.to_string())
}

fn err(e: redis::RedisError) -> StoreError {
    StoreError(masked(&e))
}

/// The URL as it may be shown: scheme, host, port and database, never user or password.
pub fn shown_url(url: &Url) -> String {
    let auth = if url.password().is_some() || !url.username().is_empty() { "***@" } else { "" };
    let port = url.port().map(|p| format!(":{p}")).unwrap_or_default();
    format!("{}://{auth}{}{port}{}", url.scheme(), url.host_str().unwrap_or(""), url.path())
}

/// [`shown_url`] for a raw option value; something that is not a URL shows as `***`.
pub fn shown(raw: &str) -> String {
    Url::parse(raw.trim()).map(|u| shown_url(&u)).unwrap_or_else(|_| "***".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_shown_without_credentials() {
        assert_eq!(shown("redis://app:s3cr3t-pw@cache.internal:6380/2"), "redis://***@cache.internal:6380/2");
        assert_eq!(shown("rediss://cache.internal"), "rediss://cache.internal");
        assert_eq!(shown("no url with a password inside"), "***");
    }

    #[test]
    fn bad_urls_are_config_errors_that_never_quote_the_password() {
        for url in ["http://user:pw-123456@host/0", "redis://user:pw-123456@/0", "::nonsense pw-123456"] {
            let e = RedisStore::new(&Secret::new(url), "token_store", "fp", None, Duration::from_millis(200))
                .err()
                .expect("refused");
            assert_eq!(e.kind, crate::ErrorKind::Config, "{url}");
            assert!(!e.to_string().contains("pw-123456"), "{e}");
            assert!(e.to_string().contains("token_store"), "{e}");
        }
    }

    #[test]
    fn the_password_is_registered_as_a_secret() {
        let _ = RedisStore::new(
            &Secret::new("redis://u:registered-pw-42@127.0.0.1:1/0"),
            "token_store",
            "fp",
            None,
            Duration::from_millis(200),
        )
        .unwrap();
        assert_eq!(crate::redact::mask_text("oops registered-pw-42 leaked"), "oops *** leaked");
    }
}
