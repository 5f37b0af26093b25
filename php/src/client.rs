//! `Exsited\Client`: the connection settings, built from an options array.
//!
//! ```php
//! $client = new Exsited\Client([
//!     'base_url' => 'https://dev-api.exsited.com',
//!     'client_id' => '...', 'client_secret' => '...', 'redirect_uri' => '...',
//!     'api_version' => 'v3', 'timeout' => 30, 'assoc' => false,
//! ]);
//! $accounts = new Exsited\AccountService($client);
//! ```

use std::path::PathBuf;
use std::time::Duration;

use exsited_core::Secret;
use ext_php_rs::exception::PhpResult;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{ArrayKey, ZendHashTable, Zval};

use crate::account_service::AccountService;
use crate::errors::{config, guard, OrThrow};
use crate::settings::{Handle, Settings};

#[php_class]
#[php(name = "Exsited\\Client")]
pub struct Client {
    pub(crate) handle: Handle,
}

#[php_impl]
impl Client {
    /// Options: base_url, client_id, client_secret (required); redirect_uri, api_version
    /// ('v3'), connect_timeout and timeout (seconds), max_retries, token_cache_file,
    /// token_store ('redis://host:6379/0': one token for every process and host),
    /// access_token, refresh_token, assoc (arrays instead of stdClass), allow_insecure_http,
    /// proxy, ca_cert_file.
    pub fn __construct(options: &ZendHashTable) -> PhpResult<Client> {
        guard(|| {
            let (settings, assoc) = parse_options(options)?;
            let handle = settings.connect(assoc).or_throw(assoc)?;
            Ok(Client { handle })
        })
    }

    /// A service over this client (same as `new Exsited\AccountService($client)`).
    pub fn account_service(&self) -> AccountService {
        AccountService { handle: self.handle.clone() }
    }

    /// The version used when a method is not given one.
    pub fn get_api_version(&self) -> String {
        self.handle.api_version.clone()
    }

    /// The API address, normalised (no trailing slash).
    pub fn get_base_url(&self) -> String {
        self.handle.core.base_url().as_str().trim_end_matches('/').to_string()
    }

    /// Token requests sent so far by the (process-wide, shared) core client behind this one.
    pub fn get_token_request_count(&self) -> i64 {
        i64::try_from(self.handle.core.token_requests()).unwrap_or(i64::MAX)
    }

    /// Core clients held by this process (one per distinct set of settings).
    pub fn cached_client_count() -> i64 {
        i64::try_from(crate::settings::cached_clients()).unwrap_or(i64::MAX)
    }
}

fn key_name(k: &ArrayKey<'_>) -> String {
    match k {
        ArrayKey::Long(i) => i.to_string(),
        ArrayKey::String(s) => s.clone(),
        ArrayKey::Str(s) => s.to_string(),
        ArrayKey::ZendString(s) => s.as_str().map(str::to_string).unwrap_or_default(),
    }
}

fn text(name: &str, v: &Zval) -> PhpResult<Option<String>> {
    let v = v.dereference();
    if v.is_null() {
        return Ok(None);
    }
    match v.str() {
        Some(s) => Ok(Some(s.to_string())),
        None => Err(config(format!("option {name} must be a string, got {}", crate::zval::type_name(v)))),
    }
}

fn seconds(name: &str, v: &Zval) -> PhpResult<Option<Duration>> {
    let v = v.dereference();
    if v.is_null() {
        return Ok(None);
    }
    let secs = match (v.long(), v.double()) {
        (Some(i), _) => i as f64,
        (_, Some(f)) => f,
        _ => match v.str().and_then(|s| s.trim().parse::<f64>().ok()) {
            Some(f) => f,
            None => return Err(config(format!("option {name} must be a number of seconds"))),
        },
    };
    if !(secs.is_finite() && secs > 0.0 && secs <= 86_400.0) {
        return Err(config(format!("option {name} must be between 0 and 86400 seconds, got {secs}")));
    }
    Ok(Some(Duration::from_secs_f64(secs)))
}

fn boolean(name: &str, v: &Zval) -> PhpResult<bool> {
    let v = v.dereference();
    if v.is_null() {
        return Ok(false);
    }
    if let Some(b) = v.bool() {
        return Ok(b);
    }
    if let Some(i) = v.long() {
        return Ok(i != 0);
    }
    Err(config(format!("option {name} must be true or false")))
}

/// Reads the options array; unknown keys are refused so that a typo does not go unnoticed.
pub fn parse_options(options: &ZendHashTable) -> PhpResult<(Settings, bool)> {
    let mut s = Settings::default();
    let mut assoc = false;
    for (k, v) in options.iter() {
        let key = key_name(&k);
        match key.as_str() {
            "base_url" => s.base_url = text(&key, v)?.unwrap_or_default(),
            "client_id" => s.client_id = text(&key, v)?.unwrap_or_default(),
            "client_secret" => s.client_secret = Secret::new(text(&key, v)?.unwrap_or_default()),
            "redirect_uri" => s.redirect_uri = text(&key, v)?.unwrap_or_default(),
            "api_version" => s.api_version = text(&key, v)?,
            "connect_timeout" => s.connect_timeout = seconds(&key, v)?,
            "timeout" => s.timeout = seconds(&key, v)?,
            "max_retries" => {
                let n = v.dereference().long().filter(|n| (0..=10).contains(n));
                match n {
                    Some(n) => s.max_retries = Some(n as u32),
                    None if v.is_null() => {}
                    None => return Err(config("option max_retries must be an integer from 0 to 10")),
                }
            }
            "token_cache_file" => s.token_cache_file = text(&key, v)?.map(PathBuf::from),
            "token_store" => s.token_store = text(&key, v)?.map(Secret::new),
            "access_token" => s.access_token = text(&key, v)?.filter(|t| !t.is_empty()).map(Secret::new),
            "refresh_token" => s.refresh_token = text(&key, v)?.filter(|t| !t.is_empty()).map(Secret::new),
            "assoc" => assoc = boolean(&key, v)?,
            "allow_insecure_http" => s.allow_insecure_http = boolean(&key, v)?,
            "proxy" => s.proxy = text(&key, v)?.map(Secret::new),
            "ca_cert_file" => s.ca_cert_file = text(&key, v)?.map(PathBuf::from),
            other => {
                return Err(config(format!(
                    "unknown option {other:?}; known: base_url, client_id, client_secret, redirect_uri, api_version, connect_timeout, timeout, max_retries, token_cache_file, token_store, access_token, refresh_token, assoc, allow_insecure_http, proxy, ca_cert_file"
                )))
            }
        }
    }
    Ok((s, assoc))
}
