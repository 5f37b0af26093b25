//! When a failed attempt may be tried again, and how long to wait first.

use std::time::{Duration, SystemTime};

use rand::Rng;

use crate::ops::Method;

#[derive(Clone, Debug, PartialEq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (0 disables retrying).
    pub max_retries: u32,
    pub initial_backoff: Duration,
    pub max_backoff: Duration,
    /// A `Retry-After` longer than this is not waited for: the error is returned instead.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(30),
        }
    }
}

/// How an attempt failed, as far as retrying is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The connection could not be made: the server cannot have seen the request.
    NotSent,
    /// A pooled connection closed before the request was written (hyper gave it back):
    /// the server cannot have seen it. Sent again once at once, outside `max_retries`.
    Unstarted,
    /// The connection failed or timed out after the request may have been sent.
    MaybeSent,
    /// The server answered with this status.
    Status(u16),
}

impl RetryPolicy {
    pub fn none() -> RetryPolicy {
        RetryPolicy { max_retries: 0, ..RetryPolicy::default() }
    }

    /// Whether this failure of this verb may be retried at all. POST and PATCH are only
    /// retried when the server cannot have acted on them, or told us to slow down.
    pub fn is_retryable(method: Method, failure: Failure) -> bool {
        match failure {
            Failure::NotSent | Failure::Unstarted => true,
            Failure::Status(429) => true,
            Failure::MaybeSent => method.is_idempotent(),
            Failure::Status(502..=504) => method.is_idempotent(),
            Failure::Status(_) => false,
        }
    }

    /// Exponential backoff with full jitter for retry number `retry` (1-based).
    pub fn backoff(&self, retry: u32) -> Duration {
        let exp = self.initial_backoff.saturating_mul(1u32 << retry.saturating_sub(1).min(16));
        let cap = exp.min(self.max_backoff);
        let millis = cap.as_millis() as u64;
        if millis == 0 {
            return Duration::ZERO;
        }
        Duration::from_millis(rand::rng().random_range(0..=millis))
    }

    /// The wait before retry `retry`: the server's `Retry-After` when given (it wins over
    /// backoff), or `None` when that is longer than we are willing to wait.
    pub fn delay(&self, retry: u32, retry_after: Option<Duration>) -> Option<Duration> {
        match retry_after {
            Some(wait) if wait > self.max_retry_after => None,
            Some(wait) => Some(wait),
            None => Some(self.backoff(retry)),
        }
    }
}

/// `Retry-After` as delay-seconds or an HTTP date.
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    if let Ok(secs) = value.parse::<f64>() {
        if secs.is_finite() && secs >= 0.0 {
            return Some(Duration::from_secs_f64(secs.min(86_400.0)));
        }
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(SystemTime::now()).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posts_are_only_retried_when_safe() {
        use Failure::*;
        assert!(RetryPolicy::is_retryable(Method::Post, NotSent));
        assert!(RetryPolicy::is_retryable(Method::Post, Unstarted));
        assert!(RetryPolicy::is_retryable(Method::Post, Status(429)));
        assert!(!RetryPolicy::is_retryable(Method::Post, MaybeSent));
        assert!(!RetryPolicy::is_retryable(Method::Post, Status(503)));
        assert!(!RetryPolicy::is_retryable(Method::Patch, Status(502)));
        assert!(RetryPolicy::is_retryable(Method::Get, Status(503)));
        assert!(RetryPolicy::is_retryable(Method::Put, MaybeSent));
        assert!(RetryPolicy::is_retryable(Method::Delete, Status(504)));
        assert!(!RetryPolicy::is_retryable(Method::Get, Status(500)));
        assert!(!RetryPolicy::is_retryable(Method::Get, Status(400)));
        assert!(!RetryPolicy::is_retryable(Method::Get, Status(401)));
    }

    #[test]
    fn backoff_is_capped_and_jittered() {
        let p = RetryPolicy::default();
        for retry in 1..20 {
            assert!(p.backoff(retry) <= p.max_backoff);
        }
        assert!(p.backoff(1) <= p.initial_backoff);
    }

    #[test]
    fn retry_after_forms() {
        assert_eq!(parse_retry_after("3"), Some(Duration::from_secs(3)));
        let future = SystemTime::now() + Duration::from_secs(5);
        let d = parse_retry_after(&httpdate::fmt_http_date(future)).unwrap();
        assert!(d <= Duration::from_secs(5) && d >= Duration::from_secs(3));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("soon"), None);
        let p = RetryPolicy::default();
        assert_eq!(p.delay(1, Some(Duration::from_secs(120))), None);
        assert_eq!(p.delay(1, Some(Duration::from_secs(2))), Some(Duration::from_secs(2)));
    }
}
