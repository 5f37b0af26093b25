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

use exsited_core::config::{self, OptionKind};
use exsited_core::Secret;
use ext_php_rs::exception::PhpResult;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{ZendHashTable, Zval};

use crate::account_service::AccountService;
use crate::errors::{config, from_core, guard, OrThrow};
use crate::log::Logger;
use crate::settings::{Handle, Settings};
use crate::zval::key_name;

#[php_class]
#[php(name = "Exsited\\Client")]
pub struct Client {
    pub(crate) handle: Handle,
}

#[php_impl]
impl Client {
    /// Options: base_url, client_id, client_secret (required); redirect_uri, api_version
    /// ('v3'), connect_timeout and timeout (seconds), max_retries, deadline and
    /// pool_idle_timeout (seconds), max_response_bytes and max_upload_bytes (64 MiB each),
    /// token_cache_file,
    /// token_store ('redis://host:6379/0': one token for every process and host),
    /// access_token, refresh_token, assoc (arrays instead of stdClass), allow_insecure_http,
    /// proxy, trust_env (false: ignore HTTPS_PROXY and the like), no_proxy (hosts that go
    /// direct: 'a.example,b.example' or an array), ca_cert_file, logger (a PSR-3 logger).
    pub fn __construct(options: &ZendHashTable) -> PhpResult<Client> {
        guard(|| {
            let (settings, assoc, logger) = parse_options(options)?;
            let mut handle = settings.connect(assoc).or_throw(assoc)?;
            handle.logger = logger;
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

    /// Token requests sent so far for this client's credentials in this process (every client
    /// with the same credentials shares one token).
    pub fn get_token_request_count(&self) -> i64 {
        i64::try_from(self.handle.core.token_requests()).unwrap_or(i64::MAX)
    }

    /// The headers of the last answer a service of this client received, success or error
    /// (`['x-request-id' => '...', ...]`, names in lower case, secret values masked); empty
    /// before the first answer or after a call that got none.
    pub fn get_last_response_headers(&self) -> ext_php_rs::boxed::ZBox<ZendHashTable> {
        crate::zval::header_table(&self.handle.last_headers.lock().unwrap_or_else(|p| p.into_inner()).shown())
    }

    /// The request id (`X-Request-Id`) of the last answer, when the server sent one.
    pub fn get_last_request_id(&self) -> Option<String> {
        self.handle.last_headers.lock().unwrap_or_else(|p| p.into_inner()).request_id()
    }

    /// Core clients held by this process (one per distinct set of settings).
    pub fn cached_client_count() -> i64 {
        i64::try_from(crate::settings::cached_clients()).unwrap_or(i64::MAX)
    }
}

pub(crate) fn text(name: &str, v: &Zval) -> PhpResult<Option<String>> {
    let v = v.dereference();
    if v.is_null() {
        return Ok(None);
    }
    match v.str() {
        Some(s) => Ok(Some(s.to_string())),
        None if v.is_string() => {
            Err(from_core(config::invalid_option(name, OptionKind::Text, "bytes that are not UTF-8 text")))
        }
        None => Err(invalid(name, OptionKind::Text, v)),
    }
}

/// Seconds: an int, a float or a numeric string; the range is the core's.
pub fn seconds(name: &str, v: &Zval) -> PhpResult<Option<Duration>> {
    let v = v.dereference();
    if v.is_null() {
        return Ok(None);
    }
    let secs = match (v.long(), v.double()) {
        (Some(i), _) => i as f64,
        (_, Some(f)) => f,
        _ => match v.str().and_then(|s| s.trim().parse::<f64>().ok()) {
            Some(f) => f,
            None => return Err(invalid(name, OptionKind::Seconds, v)),
        },
    };
    config::seconds(name, secs).map(Some).map_err(from_core)
}

/// A whole number (an int) of `kind`, whose range `check` (the core's) enforces.
fn whole<T>(
    name: &str,
    v: &Zval,
    kind: OptionKind,
    check: fn(&str, i64) -> exsited_core::Result<T>,
) -> PhpResult<Option<T>> {
    let v = v.dereference();
    if v.is_null() {
        return Ok(None);
    }
    let Some(n) = v.long() else { return Err(invalid(name, kind, v)) };
    check(name, n).map(Some).map_err(from_core)
}

/// A retry count.
pub(crate) fn retries(name: &str, v: &Zval) -> PhpResult<Option<u32>> {
    whole(name, v, OptionKind::Retries, config::retries)
}

/// A size bound in bytes.
pub(crate) fn bytes(name: &str, v: &Zval) -> PhpResult<Option<u64>> {
    whole(name, v, OptionKind::Bytes, config::bytes)
}

/// The ConfigException for a value of the wrong type: names the option, what it accepts
/// and the PHP type given.
pub(crate) fn invalid(name: &str, kind: OptionKind, v: &Zval) -> ext_php_rs::exception::PhpException {
    from_core(config::invalid_option(name, kind, &crate::zval::type_name(v)))
}

/// Host names: 'a.example,b.example' or an array of strings.
fn hosts(name: &str, v: &Zval) -> PhpResult<Option<String>> {
    let v = v.dereference();
    let Some(items) = v.array() else { return text(name, v) };
    let mut names = Vec::with_capacity(items.len());
    for (_, item) in items.iter() {
        names.push(text(name, item)?.unwrap_or_default());
    }
    Ok(Some(names.join(",")))
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
    Err(invalid(name, OptionKind::Flag, v))
}

impl AccountService {
    /// `new Exsited\AccountService($client)` (the constructor is in methods.rs).
    pub(crate) fn construct(client: &Client) -> PhpResult<AccountService> {
        Ok(client.account_service())
    }
}

/// Reads the options array; unknown keys are refused so that a typo does not go unnoticed.
pub fn parse_options(options: &ZendHashTable) -> PhpResult<(Settings, bool, Option<Logger>)> {
    let mut s = Settings::default();
    let mut assoc = false;
    let mut logger = None;
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
            "deadline" => s.deadline = seconds(&key, v)?,
            "pool_idle_timeout" => s.pool_idle_timeout = seconds(&key, v)?,
            "max_retries" => s.max_retries = retries(&key, v)?,
            "max_response_bytes" => s.max_response_bytes = bytes(&key, v)?,
            "max_upload_bytes" => s.max_upload_bytes = bytes(&key, v)?,
            "token_cache_file" => s.token_cache_file = text(&key, v)?.map(|t| crate::cwd::resolve(PathBuf::from(t))),
            "token_store" => s.token_store = text(&key, v)?.map(Secret::new),
            "access_token" => s.access_token = text(&key, v)?.filter(|t| !t.is_empty()).map(Secret::new),
            "refresh_token" => s.refresh_token = text(&key, v)?.filter(|t| !t.is_empty()).map(Secret::new),
            "assoc" => assoc = boolean(&key, v)?,
            "allow_insecure_http" => s.allow_insecure_http = boolean(&key, v)?,
            "proxy" => s.proxy = text(&key, v)?.map(Secret::new),
            "ca_cert_file" => s.ca_cert_file = text(&key, v)?.map(|t| crate::cwd::resolve(PathBuf::from(t))),
            "trust_env" => s.trust_env = Some(v.dereference().is_null() || boolean(&key, v)?),
            "no_proxy" => s.no_proxy = hosts(&key, v)?,
            "logger" => logger = Logger::from_option(v).map_err(config)?,
            other => {
                return Err(config(format!(
                    "unknown option {other:?}; known: base_url, client_id, client_secret, redirect_uri, api_version, connect_timeout, timeout, max_retries, deadline, pool_idle_timeout, max_response_bytes, max_upload_bytes, token_cache_file, token_store, access_token, refresh_token, assoc, allow_insecure_http, proxy, trust_env, no_proxy, ca_cert_file, logger"
                )))
            }
        }
    }
    Ok((s, assoc, logger))
}
