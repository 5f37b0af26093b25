//! When a failed attempt may be tried again (the waits are the [`RetryPolicy`]'s).

use std::time::{Duration, SystemTime};

#[cfg(doc)]
use crate::RetryPolicy;

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

/// Whether a failed attempt may be tried again. A request that must not be carried out twice
/// (POST, PATCH) is only retried when the server cannot have acted on it, or told us to slow
/// down; an idempotent one (GET, PUT, DELETE, or a token request) also after a lost answer or
/// a gateway error.
pub fn is_retryable(idempotent: bool, failure: Failure) -> bool {
    match failure {
        Failure::NotSent | Failure::Unstarted => true,
        Failure::Status(429) => true,
        Failure::MaybeSent => idempotent,
        Failure::Status(502..=504) => idempotent,
        Failure::Status(_) => false,
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
    fn non_idempotent_requests_are_only_retried_when_safe() {
        use Failure::*;
        assert!(is_retryable(false, NotSent));
        assert!(is_retryable(false, Unstarted));
        assert!(is_retryable(false, Status(429)));
        assert!(!is_retryable(false, MaybeSent));
        assert!(!is_retryable(false, Status(503)));
        assert!(!is_retryable(false, Status(502)));
        assert!(is_retryable(true, Status(503)));
        assert!(is_retryable(true, MaybeSent));
        assert!(is_retryable(true, Status(504)));
        assert!(!is_retryable(true, Status(500)));
        assert!(!is_retryable(true, Status(400)));
        assert!(!is_retryable(true, Status(401)));
    }

    #[test]
    fn retry_after_forms() {
        assert_eq!(parse_retry_after("3"), Some(Duration::from_secs(3)));
        let future = SystemTime::now() + Duration::from_secs(5);
        let d = parse_retry_after(&httpdate::fmt_http_date(future)).unwrap();
        assert!(d <= Duration::from_secs(5) && d >= Duration::from_secs(3));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("soon"), None);
    }
}
