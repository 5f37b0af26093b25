//! Client configuration: where to connect, with which credentials, and how patiently.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use url::Url;

use crate::error::{Error, Result};
use crate::retry_policy::RetryPolicy;
use crate::secret::Secret;

pub const DEFAULT_API_VERSION: &str = "v3";
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(30);
/// Below the idle timeouts of common load balancers and proxies (AWS ALB 60 s, nginx 75 s),
/// so the client drops an idle connection before the server side does.
pub const DEFAULT_POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(20);
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 64 * 1024 * 1024;
pub const DEFAULT_MAX_UPLOAD_BYTES: u64 = 64 * 1024 * 1024;

/// Longest accepted timeout (and backoff or Retry-After ceiling): one day. Past it a number
/// of seconds is a mistake, and sums of such durations stay far from any overflow.
pub const MAX_SECONDS: u64 = 86_400;
/// Most retries accepted after the first attempt.
pub const MAX_RETRIES: u32 = 10;
/// Smallest size bound accepted (answers, uploads): below 1 KiB not even a token answer fits.
pub const MIN_BYTES: u64 = 1024;
/// Largest size bound accepted: 4 GiB. An answer is held whole in memory while it is read,
/// so a bound past this is a mistake, not a plan.
pub const MAX_BYTES: u64 = 4 * 1024 * 1024 * 1024;

/// What an option accepts; bindings name it when the caller's value is of the wrong type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptionKind {
    /// A timeout: seconds, greater than 0 and at most [`MAX_SECONDS`].
    Seconds,
    /// A retry count from 0 to [`MAX_RETRIES`].
    Retries,
    Text,
    Flag,
    Path,
    /// PEM certificate text (bytes or a string).
    Pem,
    /// A size bound: a whole number of bytes from [`MIN_BYTES`] to [`MAX_BYTES`].
    Bytes,
}

impl OptionKind {
    /// The accepted values, in words.
    pub fn accepted(self) -> String {
        match self {
            OptionKind::Seconds => format!("a number of seconds greater than 0 and at most {MAX_SECONDS}"),
            OptionKind::Retries => format!("a whole number from 0 to {MAX_RETRIES}"),
            OptionKind::Text => "a string".into(),
            OptionKind::Flag => "true or false".into(),
            OptionKind::Path => "a file path".into(),
            OptionKind::Pem => "PEM certificate text (bytes or a string)".into(),
            OptionKind::Bytes => format!("a whole number of bytes from {MIN_BYTES} to {MAX_BYTES}"),
        }
    }
}

/// The Config error for an option whose value is not acceptable: names the option, what it
/// accepts and what was given (`shown`: the value, or its type).
pub fn invalid_option(option: &str, kind: OptionKind, shown: &str) -> Error {
    // A value shown back is cut short: it may be huge, and it is the caller's own anyway.
    let mut shown = shown.to_string();
    if shown.chars().count() > 60 {
        shown = shown.chars().take(57).collect::<String>() + "...";
    }
    Error::config(format!("{option} must be {}, got {shown}", kind.accepted()))
}

/// A caller's number of seconds as a `Duration`: finite, greater than 0, at most
/// [`MAX_SECONDS`]. Every binding converts its timeouts through here, so no value can
/// overflow a `Duration` or an `Instant` later.
pub fn seconds(option: &str, value: f64) -> Result<Duration> {
    if !(value.is_finite() && value > 0.0 && value <= MAX_SECONDS as f64) {
        return Err(invalid_option(option, OptionKind::Seconds, &value.to_string()));
    }
    // In range, so this cannot fail; a sub-nanosecond value still counts as 1 ns.
    Duration::try_from_secs_f64(value)
        .map(|d| d.max(Duration::from_nanos(1)))
        .map_err(|_| invalid_option(option, OptionKind::Seconds, &value.to_string()))
}

/// A caller's retry count, from 0 to [`MAX_RETRIES`].
pub fn retries(option: &str, value: i64) -> Result<u32> {
    match u32::try_from(value) {
        Ok(n) if n <= MAX_RETRIES => Ok(n),
        _ => Err(invalid_option(option, OptionKind::Retries, &value.to_string())),
    }
}

/// A caller's size bound in bytes (`max_response_bytes`, `max_upload_bytes`), from
/// [`MIN_BYTES`] to [`MAX_BYTES`].
pub fn bytes(option: &str, value: i64) -> Result<u64> {
    let n = u64::try_from(value).map_err(|_| invalid_option(option, OptionKind::Bytes, &value.to_string()))?;
    bytes_in_range(option, n)?;
    Ok(n)
}

fn bytes_in_range(option: &str, n: u64) -> Result<()> {
    if (MIN_BYTES..=MAX_BYTES).contains(&n) {
        return Ok(());
    }
    Err(invalid_option(option, OptionKind::Bytes, &n.to_string()))
}

/// An API version name (`v1`, `v2`, `v3`).
pub fn api_version(option: &str, value: &str) -> Result<String> {
    if crate::ops::VERSIONS.contains(&value) {
        return Ok(value.to_string());
    }
    let versions = crate::ops::VERSIONS.join(", ");
    Err(Error::config(format!("{option} must be one of {versions}, got {value:?}")))
}

/// An API version as a person may write it: `v3`, `V3` or `3` (the documented Python SDK's
/// `SDKConfig.API_VERSION` takes each), as its name (`v3`).
pub fn api_version_written(option: &str, value: &str) -> Result<String> {
    let text = value.trim().to_ascii_lowercase();
    let name = if text.starts_with(|c: char| c.is_ascii_digit()) { format!("v{text}") } else { text };
    api_version(option, &name).map_err(|_| {
        let versions = crate::ops::VERSIONS.join(", ");
        Error::config(format!(
            "{option} must be one of {versions} ('v3', 'V3' or '3'), got {}",
            crate::error::quoted(value)
        ))
    })
}

/// A duration of the configuration: greater than zero (unless `zero_ok`) and at most
/// [`MAX_SECONDS`].
fn duration_in_range(option: &str, d: Duration, zero_ok: bool) -> Result<()> {
    if (d.is_zero() && !zero_ok) || d > Duration::from_secs(MAX_SECONDS) {
        let low = if zero_ok { "from 0" } else { "greater than 0 and" };
        let high = if zero_ok { " to" } else { " at most" };
        return Err(Error::config(format!(
            "{option} must be {low}{high} {MAX_SECONDS} seconds, got {} s",
            d.as_secs_f64()
        )));
    }
    Ok(())
}

/// A token the caller already holds (PHP's token.json keeps one), used before fetching one.
#[derive(Clone, Debug, Default)]
pub struct InitialToken {
    pub access_token: Option<Secret>,
    pub refresh_token: Option<Secret>,
    /// Unix seconds; `None` = unknown, the token is used until the server refuses it.
    pub expires_at: Option<u64>,
}

/// Everything a [`crate::Client`] needs. `Debug` never shows the secret or tokens.
#[derive(Clone)]
pub struct Config {
    pub base_url: String,
    pub client_id: String,
    pub client_secret: Secret,
    pub redirect_uri: String,
    pub grant_type: String,
    /// Version used when neither the caller nor the operation names one (`v3`).
    pub api_version: String,
    pub connect_timeout: Duration,
    /// Longest one attempt may take, from sending the request to the last byte of the
    /// answer (a server sending its answer slowly cannot stretch it).
    pub read_timeout: Duration,
    /// Longest a whole call may take: token, every attempt, every wait between retries.
    /// `None`: no bound besides the attempts' own, `(max_retries + 1) × read_timeout`
    /// plus the waits between them.
    pub deadline: Option<Duration>,
    /// How long an unused pooled connection is kept for reuse.
    pub pool_idle_timeout: Duration,
    pub retry: RetryPolicy,
    /// Which binding is talking ("rust", "python", "php"); goes into the User-Agent.
    pub binding: String,
    /// A proxy for every request (wins over the environment's).
    pub proxy: Option<String>,
    /// Use HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY from the environment (on by
    /// default, as requests, httpx and Guzzle do; loopback targets always go direct).
    pub trust_env: bool,
    /// Hosts that never go through a proxy, comma separated (NO_PROXY syntax).
    pub no_proxy: Option<String>,
    /// The largest answer read (its inflated size), in bytes; a larger one is refused.
    pub max_response_bytes: u64,
    /// The largest total of one call's files, in bytes; larger uploads are refused unsent.
    pub max_upload_bytes: u64,
    /// Allow `http://` to a host that is not loopback. Off by default: credentials would
    /// travel in clear.
    pub allow_insecure_http: bool,
    /// Extra PEM root certificate(s) to trust (a private CA or a self-signed test server).
    pub ca_cert_pem: Option<Vec<u8>>,
    pub initial_token: Option<InitialToken>,
    /// Share tokens between processes through this JSON file.
    pub token_cache_file: Option<PathBuf>,
    /// Share one token between processes and hosts through Redis
    /// (`redis://[user:password@]host:port/db`, `rediss://` for TLS); when unset, the
    /// `EXSITED_TOKEN_STORE` environment variable is used.
    pub token_store: Option<Secret>,
    /// This client keeps a token of its own instead of sharing its process's token for these
    /// credentials (`auth::registry`), as a client in another process would. For tests that
    /// stand in for several processes; an app gains nothing from it (its second token would
    /// end the first).
    pub token_per_client: bool,
}

impl Config {
    pub fn new(base_url: impl Into<String>, client_id: impl Into<String>, client_secret: impl Into<String>) -> Config {
        Config {
            base_url: base_url.into(),
            client_id: client_id.into(),
            client_secret: Secret::new(client_secret.into()),
            redirect_uri: String::new(),
            grant_type: "client_credentials".to_string(),
            api_version: DEFAULT_API_VERSION.to_string(),
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            read_timeout: DEFAULT_READ_TIMEOUT,
            deadline: None,
            pool_idle_timeout: DEFAULT_POOL_IDLE_TIMEOUT,
            retry: RetryPolicy::default(),
            binding: "rust".to_string(),
            proxy: None,
            trust_env: true,
            no_proxy: None,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            max_upload_bytes: DEFAULT_MAX_UPLOAD_BYTES,
            allow_insecure_http: false,
            ca_cert_pem: None,
            initial_token: None,
            token_cache_file: None,
            token_store: None,
            token_per_client: false,
        }
    }

    pub fn user_agent(&self) -> String {
        format!("exsited-rs/{} ({})", env!("CARGO_PKG_VERSION"), self.binding)
    }

    /// Checks the configuration and returns the normalised base URL (no trailing slash).
    pub fn validate(&self) -> Result<Url> {
        let raw = self.base_url.trim();
        if raw.is_empty() {
            return Err(Error::config(
                "base_url is empty: give the Exsited API address, e.g. https://example.exsited.com",
            ));
        }
        let url = Url::parse(raw).map_err(|e| Error::config(format!("base_url {raw:?} is not a valid URL: {e}")))?;
        match url.scheme() {
            "https" => {}
            "http" => {
                let loopback = match url.host() {
                    Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
                    Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
                    Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
                    None => false,
                };
                if !loopback && !self.allow_insecure_http {
                    return Err(Error::config(format!(
                        "base_url {raw:?} uses http:// to a non-loopback host; credentials would travel unencrypted. Use https://, or set allow_insecure_http to opt in"
                    )));
                }
            }
            other => {
                return Err(Error::config(format!("base_url {raw:?} has unsupported scheme {other:?}; use https://")))
            }
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(Error::config(format!("base_url {raw:?} has no host")));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(Error::config(format!("base_url {raw:?} must not carry a query or fragment")));
        }
        if self.client_id.trim().is_empty() {
            return Err(Error::config("client_id is empty"));
        }
        if self.client_secret.is_empty() && self.initial_token.as_ref().and_then(|t| t.access_token.as_ref()).is_none()
        {
            return Err(Error::config("client_secret is empty"));
        }
        api_version("api_version", &self.api_version)?;
        duration_in_range("connect_timeout", self.connect_timeout, false)?;
        duration_in_range("read_timeout", self.read_timeout, false)?;
        if self.retry.max_retries > MAX_RETRIES {
            return Err(invalid_option("max_retries", OptionKind::Retries, &self.retry.max_retries.to_string()));
        }
        duration_in_range("retry.initial_backoff", self.retry.initial_backoff, true)?;
        duration_in_range("retry.max_backoff", self.retry.max_backoff, true)?;
        duration_in_range("retry.max_retry_after", self.retry.max_retry_after, true)?;
        if let Some(d) = self.deadline {
            duration_in_range("deadline", d, false)?;
        }
        duration_in_range("pool_idle_timeout", self.pool_idle_timeout, true)?;
        bytes_in_range("max_response_bytes", self.max_response_bytes)?;
        bytes_in_range("max_upload_bytes", self.max_upload_bytes)?;
        if let Some(path) = &self.token_cache_file {
            if path.as_os_str().is_empty() {
                return Err(Error::config("token_cache_file is empty: give a file path, or leave it unset"));
            }
            if path.as_os_str().as_encoded_bytes().contains(&0) {
                return Err(Error::config("token_cache_file must not contain a NUL character"));
            }
        }
        // Keep any path prefix the user gave (a gateway may mount the API under one), minus
        // the trailing slash, so that joining "/api/..." never doubles or drops a slash.
        let mut url = url;
        let trimmed = url.path().trim_end_matches('/').to_string();
        url.set_path(&trimmed);
        Ok(url)
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("base_url", &self.base_url)
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret)
            .field("redirect_uri", &self.redirect_uri)
            .field("grant_type", &self.grant_type)
            .field("api_version", &self.api_version)
            .field("connect_timeout", &self.connect_timeout)
            .field("read_timeout", &self.read_timeout)
            .field("deadline", &self.deadline)
            .field("pool_idle_timeout", &self.pool_idle_timeout)
            .field("retry", &self.retry)
            .field("binding", &self.binding)
            .field("proxy", &self.proxy.as_ref().map(|_| "***"))
            .field("max_response_bytes", &self.max_response_bytes)
            .field("trust_env", &self.trust_env)
            .field("no_proxy", &self.no_proxy)
            .field("allow_insecure_http", &self.allow_insecure_http)
            .field("initial_token", &self.initial_token.as_ref().map(|_| "***"))
            .field("token_cache_file", &self.token_cache_file)
            .field("token_store", &self.token_store.as_ref().map(|u| crate::auth::redis_store::shown(u.expose())))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_api_version_may_be_written_loosely() {
        for written in ["v3", "V3", "3", " v3 "] {
            assert_eq!(api_version_written("API_VERSION", written).unwrap(), "v3", "{written}");
        }
        for wrong in ["v4", "", "version3", "vv3"] {
            let e = api_version_written("API_VERSION", wrong).unwrap_err();
            assert_eq!(e.kind, crate::ErrorKind::Config);
            assert!(e.message.starts_with("API_VERSION must be one of v1, v2, v3"), "{}", e.message);
        }
    }

    #[test]
    fn debug_hides_the_secret() {
        let c = Config::new("https://x.example", "id", "super-secret-1");
        let s = format!("{c:?}");
        assert!(!s.contains("super-secret-1"));
        assert!(s.contains("***"));
    }

    #[test]
    fn http_only_to_loopback_unless_opted_in() {
        assert!(Config::new("http://127.0.0.1:9", "id", "s").validate().is_ok());
        assert!(Config::new("http://localhost:9/", "id", "s").validate().is_ok());
        let e = Config::new("http://api.example.com", "id", "s").validate().unwrap_err();
        assert_eq!(e.kind, crate::ErrorKind::Config);
        let mut c = Config::new("http://api.example.com", "id", "s");
        c.allow_insecure_http = true;
        assert!(c.validate().is_ok());
        assert!(Config::new("ftp://x", "id", "s").validate().is_err());
        assert!(Config::new("not a url", "id", "s").validate().is_err());
        assert!(Config::new("", "id", "s").validate().is_err());
    }

    #[test]
    fn trailing_slash_is_normalised() {
        let u = Config::new("https://x.example/", "id", "s").validate().unwrap();
        assert_eq!(u.as_str().trim_end_matches('/'), "https://x.example");
        let u = Config::new("https://x.example/gw/", "id", "s").validate().unwrap();
        assert_eq!(u.path(), "/gw");
    }
}
