//! Client configuration: where to connect, with which credentials, and how patiently.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use url::Url;

use crate::error::{Error, Result};
use crate::secret::Secret;
use crate::transport::RetryPolicy;

pub const DEFAULT_API_VERSION: &str = "v3";
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(30);
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 64 * 1024 * 1024;
pub const DEFAULT_MAX_UPLOAD_BYTES: u64 = 64 * 1024 * 1024;

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
    /// Longest wait for the answer of one attempt (also bounds the whole attempt).
    pub read_timeout: Duration,
    pub retry: RetryPolicy,
    /// Which binding is talking ("rust", "python", "php"); goes into the User-Agent.
    pub binding: String,
    pub proxy: Option<String>,
    pub max_response_bytes: usize,
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
            retry: RetryPolicy::default(),
            binding: "rust".to_string(),
            proxy: None,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            max_upload_bytes: DEFAULT_MAX_UPLOAD_BYTES,
            allow_insecure_http: false,
            ca_cert_pem: None,
            initial_token: None,
            token_cache_file: None,
            token_store: None,
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
        if !matches!(self.api_version.as_str(), "v1" | "v2" | "v3") {
            return Err(Error::config(format!("api_version {:?} is not one of v2, v3", self.api_version)));
        }
        if self.connect_timeout.is_zero() || self.read_timeout.is_zero() {
            return Err(Error::config("timeouts must be greater than zero"));
        }
        if self.max_response_bytes == 0 {
            return Err(Error::config("max_response_bytes must be greater than zero"));
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
            .field("retry", &self.retry)
            .field("binding", &self.binding)
            .field("proxy", &self.proxy.as_ref().map(|_| "***"))
            .field("max_response_bytes", &self.max_response_bytes)
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
