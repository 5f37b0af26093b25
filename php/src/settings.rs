//! What a PHP object needs to reach the API, and the process-wide cache of core clients.
//!
//! A php-fpm worker serves many requests; each builds a fresh `Exsited\Client` (or
//! `AccountData`). They all get the same core client for the same settings, so the token and
//! the connection pool outlive the request. The key holds a fingerprint of the secret, never
//! the secret itself.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use exsited_core::response_headers::Kept;
use exsited_core::{Client as CoreClient, Config, InitialToken, Secret};
use sha2::{Digest, Sha256};

/// The options of one client, from an options array or a token.json credential set.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub base_url: String,
    pub client_id: String,
    pub client_secret: Secret,
    pub redirect_uri: String,
    pub api_version: Option<String>,
    pub connect_timeout: Option<Duration>,
    pub timeout: Option<Duration>,
    pub max_retries: Option<u32>,
    pub deadline: Option<Duration>,
    pub pool_idle_timeout: Option<Duration>,
    /// Size bounds in bytes (the core's defaults when unset).
    pub max_response_bytes: Option<u64>,
    pub max_upload_bytes: Option<u64>,
    pub token_cache_file: Option<PathBuf>,
    /// Redis URL of the token shared by a fleet (its password makes it a secret).
    pub token_store: Option<Secret>,
    pub access_token: Option<Secret>,
    pub refresh_token: Option<Secret>,
    pub allow_insecure_http: bool,
    pub proxy: Option<Secret>,
    /// Use HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY (default true).
    pub trust_env: Option<bool>,
    /// Hosts that never go through a proxy, comma separated.
    pub no_proxy: Option<String>,
    pub ca_cert_file: Option<PathBuf>,
}

/// What every PHP object of this extension holds: the shared core client and how answers
/// are given back.
#[derive(Clone, Debug)]
pub struct Handle {
    pub core: CoreClient,
    pub api_version: String,
    pub assoc: bool,
    /// The PSR-3 logger of the `Exsited\Client` this came from (see log.rs).
    pub logger: Option<crate::log::Logger>,
    /// The headers of the last answer any service of this `Exsited\Client` received
    /// (shared by its services; masked by the core when read).
    pub last_headers: std::sync::Arc<std::sync::Mutex<Kept>>,
    /// A drop-in class's handle: a call without its own version takes the version chosen
    /// with `SdkVersionManager::setApiVersion` this request, if any (see version_manager.rs).
    pub follows_sdk_version: bool,
}

impl Handle {
    /// The version of a call that names none: for a drop-in class, the one chosen with
    /// `SdkVersionManager::setApiVersion` this request, if any; else this handle's own.
    pub fn default_version(&self) -> String {
        let chosen = if self.follows_sdk_version { crate::version_manager::chosen() } else { None };
        chosen.unwrap_or_else(|| self.api_version.clone())
    }

    /// Keeps an answer's (or an error's) headers as the client's last ones.
    pub fn remember_headers(&self, headers: Kept) {
        *self.last_headers.lock().unwrap_or_else(|p| p.into_inner()) = headers;
    }
}

impl Settings {
    pub fn api_version(&self) -> String {
        self.api_version.clone().unwrap_or_else(|| exsited_core::config::DEFAULT_API_VERSION.to_string())
    }

    fn fingerprint(secret: Option<&Secret>) -> String {
        match secret {
            None => "-".into(),
            Some(s) => hex::encode(&Sha256::digest(s.expose().as_bytes())[..12]),
        }
    }

    /// Equal keys mean the same core client can serve both. The API version is not part of
    /// it: every call names its version, and two clients for the same credentials would
    /// fetch two tokens, the second ending the first.
    fn cache_key(&self) -> String {
        format!(
            "{}|{}|{}|{}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{}|{}|{}|{}|{:?}|{}|{:?}|{:?}",
            self.base_url.trim().trim_end_matches('/'),
            self.client_id,
            Self::fingerprint(Some(&self.client_secret)),
            self.redirect_uri,
            self.connect_timeout,
            self.timeout,
            self.max_retries,
            self.deadline,
            self.pool_idle_timeout,
            self.max_response_bytes,
            self.max_upload_bytes,
            self.token_cache_file,
            Self::fingerprint(self.access_token.as_ref()),
            Self::fingerprint(self.refresh_token.as_ref()),
            self.allow_insecure_http,
            Self::fingerprint(self.proxy.as_ref()),
            self.ca_cert_file,
            Self::fingerprint(self.token_store.as_ref()),
            self.trust_env,
            self.no_proxy,
        )
    }

    fn to_config(&self) -> exsited_core::Result<Config> {
        let mut c = Config::new(self.base_url.trim(), self.client_id.clone(), self.client_secret.expose());
        c.binding = "php".into();
        c.redirect_uri = self.redirect_uri.clone();
        c.api_version = self.api_version();
        if let Some(t) = self.connect_timeout {
            c.connect_timeout = t;
        }
        if let Some(t) = self.timeout {
            c.read_timeout = t;
        }
        if let Some(n) = self.max_retries {
            c.retry.max_retries = n;
        }
        c.deadline = self.deadline;
        if let Some(t) = self.pool_idle_timeout {
            c.pool_idle_timeout = t;
        }
        if let Some(n) = self.max_response_bytes {
            c.max_response_bytes = n;
        }
        if let Some(n) = self.max_upload_bytes {
            c.max_upload_bytes = n;
        }
        c.token_cache_file = self.token_cache_file.clone();
        c.token_store = self.token_store.clone();
        c.allow_insecure_http = self.allow_insecure_http;
        c.proxy = self.proxy.as_ref().map(|p| p.expose().to_string());
        c.trust_env = self.trust_env.unwrap_or(true);
        c.no_proxy = self.no_proxy.clone();
        if let Some(path) = &self.ca_cert_file {
            let pem = read_file(path).map_err(|e| exsited_core::Error::config(format!("ca_cert_file: {e}")))?;
            c.ca_cert_pem = Some(pem);
        }
        if self.access_token.is_some() || self.refresh_token.is_some() {
            c.initial_token = Some(InitialToken {
                access_token: self.access_token.clone(),
                refresh_token: self.refresh_token.clone(),
                expires_at: None,
            });
        }
        Ok(c)
    }

    /// The shared core client for these settings (built on first use in this process).
    pub fn connect(&self, assoc: bool) -> exsited_core::Result<Handle> {
        let key = self.cache_key();
        let cache = CLIENTS.get_or_init(|| Mutex::new(HashMap::new()));
        let mut clients = cache.lock().unwrap_or_else(|p| p.into_inner());
        let core = match clients.get(&key) {
            Some(c) => c.clone(),
            None => {
                let c = CoreClient::new(self.to_config()?)?;
                if clients.len() >= MAX_CACHED {
                    // A process talking to this many tenants is unusual; start over rather than grow.
                    clients.clear();
                }
                clients.insert(key, c.clone());
                c
            }
        };
        Ok(Handle {
            core,
            api_version: self.api_version(),
            assoc,
            logger: None,
            last_headers: Default::default(),
            follows_sdk_version: false,
        })
    }
}

/// Reads a local file the extension itself opens (ca_cert_file, token.json, sdk-config.json),
/// with the core's wording for uploads: "file not found: P", "P is a directory, not a file".
pub fn read_file(path: &Path) -> Result<Vec<u8>, String> {
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("file not found: {shown}"),
        std::io::ErrorKind::PermissionDenied => format!("file not readable (permission denied): {shown}"),
        _ => format!("cannot read file {shown}: {e}"),
    })?;
    if meta.is_dir() {
        return Err(format!("{shown} is a directory, not a file"));
    }
    std::fs::read(path).map_err(|e| format!("cannot read file {shown}: {e}"))
}

const MAX_CACHED: usize = 64;

static CLIENTS: OnceLock<Mutex<HashMap<String, CoreClient>>> = OnceLock::new();

/// Number of core clients this process holds (diagnostics and tests).
pub fn cached_clients() -> usize {
    CLIENTS.get().map(|m| m.lock().unwrap_or_else(|p| p.into_inner()).len()).unwrap_or(0)
}
