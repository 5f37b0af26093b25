//! Per-call options: what one call may change of the client's configuration (its attempt
//! timeout, retries, deadline) and what it may add (headers, its own idempotency key).
//! The bindings convert their callers' values with [`crate::config::seconds`] and
//! [`crate::config::retries`], and [`CallOptions::validate`] checks the whole set again
//! before any I/O, so a Rust caller building one by hand gets the same errors.

use std::time::Duration;

use crate::config::{self, OptionKind, MAX_RETRIES, MAX_SECONDS};
use crate::error::{Error, Result};

/// Headers the core sets itself; a call cannot replace them.
const RESERVED_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "host",
    "content-type",
    "content-length",
    "transfer-encoding",
    "connection",
    "x-idempotency-key",
];

/// Longest accepted idempotency key (servers commonly keep 255 characters).
const MAX_IDEMPOTENCY_KEY: usize = 255;

/// `None` everywhere = the client's configuration.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CallOptions {
    /// Longest one attempt may take (the configuration's `read_timeout` for this call).
    pub timeout: Option<Duration>,
    /// Retries after the first attempt, for this call.
    pub max_retries: Option<u32>,
    /// Longest the whole call may take (the configuration's `deadline` for this call).
    pub deadline: Option<Duration>,
    /// Extra request headers (names are case-insensitive; the core's own are reserved).
    pub headers: Vec<(String, String)>,
    /// The `X-Idempotency-Key` for a POST, instead of a fresh one per call: lets a caller
    /// repeat a write across processes without the server carrying it out twice.
    pub idempotency_key: Option<String>,
}

impl CallOptions {
    pub fn is_empty(&self) -> bool {
        *self == CallOptions::default()
    }

    /// The same range and content rules as the configuration's, named after the option.
    pub fn validate(&self) -> Result<()> {
        for (name, value) in [("timeout", self.timeout), ("deadline", self.deadline)] {
            if let Some(d) = value {
                if d.is_zero() || d > Duration::from_secs(MAX_SECONDS) {
                    return Err(config::invalid_option(name, OptionKind::Seconds, &format!("{} s", d.as_secs_f64())));
                }
            }
        }
        if let Some(n) = self.max_retries {
            if n > MAX_RETRIES {
                return Err(config::invalid_option("max_retries", OptionKind::Retries, &n.to_string()));
            }
        }
        for (name, value) in &self.headers {
            check_header(name, value)?;
        }
        if let Some(key) = &self.idempotency_key {
            let printable = key.chars().all(|c| c.is_ascii_graphic());
            if key.is_empty() || key.len() > MAX_IDEMPOTENCY_KEY || !printable {
                return Err(Error::config(format!(
                    "idempotency_key must be 1 to {MAX_IDEMPOTENCY_KEY} printable ASCII characters without spaces"
                )));
            }
        }
        Ok(())
    }
}

fn check_header(name: &str, value: &str) -> Result<()> {
    if reqwest::header::HeaderName::from_bytes(name.as_bytes()).is_err() {
        return Err(Error::config(format!("extra_headers: {name:?} is not a valid header name")));
    }
    let lower = name.to_ascii_lowercase();
    if RESERVED_HEADERS.contains(&lower.as_str()) {
        let hint = if lower == "x-idempotency-key" { " (use idempotency_key)" } else { "" };
        return Err(Error::config(format!("extra_headers: {name} is set by the client and cannot be given{hint}")));
    }
    if reqwest::header::HeaderValue::from_str(value).is_err() {
        // The value is not shown: it may be a credential.
        return Err(Error::config(format!("extra_headers: the value of {name} is not a valid header value")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn ranges_match_the_configuration() {
        assert!(CallOptions::default().validate().is_ok());
        let ok = CallOptions { timeout: Some(Duration::from_millis(1)), max_retries: Some(0), ..Default::default() };
        assert!(ok.validate().is_ok());
        let zero = CallOptions { timeout: Some(Duration::ZERO), ..Default::default() };
        let e = zero.validate().unwrap_err();
        assert_eq!(e.kind, ErrorKind::Config);
        assert!(e.message.starts_with("timeout must be a number of seconds"), "{}", e.message);
        let many = CallOptions { max_retries: Some(MAX_RETRIES + 1), ..Default::default() };
        assert!(many.validate().unwrap_err().message.starts_with("max_retries must be a whole number"));
        let long = CallOptions { deadline: Some(Duration::from_secs(MAX_SECONDS + 1)), ..Default::default() };
        assert!(long.validate().unwrap_err().message.starts_with("deadline must be"));
    }

    #[test]
    fn headers_and_keys() {
        let h = |n: &str, v: &str| CallOptions { headers: vec![(n.into(), v.into())], ..Default::default() };
        assert!(h("X-Trace", "abc").validate().is_ok());
        assert!(h("Authorization", "Bearer x").validate().unwrap_err().message.contains("set by the client"));
        assert!(h("X-Idempotency-Key", "k").validate().unwrap_err().message.contains("use idempotency_key"));
        assert!(h("bad name", "v").validate().is_err());
        let e = h("X-Secret", "a\nb").validate().unwrap_err();
        assert!(!e.message.contains("a\nb"));
        let key = |k: &str| CallOptions { idempotency_key: Some(k.into()), ..Default::default() };
        assert!(key("order-42").validate().is_ok());
        assert!(key("").validate().is_err());
        assert!(key("has space").validate().is_err());
    }
}
