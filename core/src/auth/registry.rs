//! One token provider per set of credentials in a process.
//!
//! Exsited ends an access token when another one is fetched for the same credentials, so two
//! clients of one process that held a token each (two `ExsitedSDK()` objects, an SDK made per
//! web request, two PHP configurations that differ in a timeout) would sign each other out.
//! Every client made for the same token endpoint and credentials therefore shares one
//! provider: one token, one single-flight fetch, one refresh. Settings of the first client
//! serve the token fetches of all (its retries and timeouts); the calls keep their own.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use url::Url;

use super::{store, TokenProvider};
use crate::config::Config;
use crate::error::Result;

type Providers = HashMap<String, Weak<TokenProvider>>;

static PROVIDERS: OnceLock<Mutex<(u32, Providers)>> = OnceLock::new();

/// What makes two clients' tokens the same token: the endpoint, the credentials and grant,
/// and where the token is shared beyond the process (file, store).
fn key(config: &Config, base: &Url) -> String {
    let mut h = Sha256::new();
    h.update(store::fingerprint(base.as_str(), &config.client_id, &config.client_secret).as_bytes());
    for part in [config.redirect_uri.as_str(), config.grant_type.as_str()] {
        h.update(b"\n");
        h.update(part.as_bytes());
    }
    h.update(b"\n");
    h.update(config.token_cache_file.as_deref().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default());
    h.update(b"\n");
    if let Some((url, _)) = store::configured_url(config) {
        h.update(Sha256::digest(url.expose().as_bytes()));
    }
    hex::encode(h.finalize())
}

/// The provider of these credentials in this process, made now if no live client has one.
pub fn provider(config: &Config, base: &Url) -> Result<Arc<TokenProvider>> {
    if config.token_per_client {
        return TokenProvider::new(config, base).map(Arc::new);
    }
    let Some(mut providers) = lock() else {
        // Only after a fork taken while another thread held the lock: a provider of its own
        // is correct, merely not shared.
        return TokenProvider::new(config, base).map(Arc::new);
    };
    let pid = crate::runtime::current_pid();
    if providers.0 != pid {
        // A forked child: the parent's providers serve the parent.
        *providers = (pid, HashMap::new());
    }
    let key = key(config, base);
    if let Some(found) = providers.1.get(&key).and_then(Weak::upgrade) {
        return Ok(found);
    }
    let made = Arc::new(TokenProvider::new(config, base)?);
    providers.1.retain(|_, p| p.strong_count() > 0);
    providers.1.insert(key, Arc::downgrade(&made));
    Ok(made)
}

/// The registry's lock, waited for briefly: a child forked while a parent thread held it
/// would otherwise wait forever.
fn lock() -> Option<std::sync::MutexGuard<'static, (u32, Providers)>> {
    let registry = PROVIDERS.get_or_init(|| Mutex::new((crate::runtime::current_pid(), HashMap::new())));
    let until = Instant::now() + Duration::from_millis(200);
    loop {
        match registry.try_lock() {
            Ok(guard) => return Some(guard),
            Err(std::sync::TryLockError::Poisoned(p)) => return Some(p.into_inner()),
            Err(std::sync::TryLockError::WouldBlock) if Instant::now() < until => {
                std::thread::sleep(Duration::from_micros(200))
            }
            Err(std::sync::TryLockError::WouldBlock) => return None,
        }
    }
}
