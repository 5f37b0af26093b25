//! Notices a token revoked again and again: the sign that another app or host uses the same
//! credentials and each new token ends the other's. Warns once per client.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// This many revocations within [`WINDOW`] trigger the warning.
pub const THRESHOLD: usize = 3;
pub const WINDOW: Duration = Duration::from_secs(60);

#[derive(Default)]
pub struct RevocationWatch {
    recent: Mutex<VecDeque<Instant>>,
    warned: AtomicBool,
}

impl RevocationWatch {
    /// Notes one refused token; true when this one crossed the threshold (and was warned about).
    pub fn record(&self, store_in_use: bool) -> bool {
        self.record_at(Instant::now(), store_in_use)
    }

    fn record_at(&self, now: Instant, store_in_use: bool) -> bool {
        let count = {
            let mut recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
            while recent.front().is_some_and(|t| now.duration_since(*t) > WINDOW) {
                recent.pop_front();
            }
            recent.push_back(now);
            recent.len()
        };
        if count < THRESHOLD || self.warned.swap(true, Ordering::Relaxed) {
            return false;
        }
        let advice = if store_in_use {
            "another app or host that does not use this token_store is probably using the same client credentials; point it at the same token_store"
        } else {
            "another app or host is probably using the same client credentials (Exsited ends the previous token when it issues a new one); share one token between them with the token_store option (e.g. token_store=\"redis://host:6379/0\", or EXSITED_TOKEN_STORE)"
        };
        tracing::warn!(target: "exsited", revocations = count, "the access token was revoked {count} times within {} s: {advice}", WINDOW.as_secs());
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warns_once_at_the_third_revocation_within_a_minute() {
        let w = RevocationWatch::default();
        let t0 = Instant::now();
        assert!(!w.record_at(t0, false));
        assert!(!w.record_at(t0 + Duration::from_secs(1), false));
        assert!(w.record_at(t0 + Duration::from_secs(2), false));
        assert!(!w.record_at(t0 + Duration::from_secs(3), false), "only once");
    }

    #[test]
    fn revocations_spread_over_more_than_a_minute_do_not_warn() {
        let w = RevocationWatch::default();
        let t0 = Instant::now();
        for i in 0..5 {
            assert!(!w.record_at(t0 + Duration::from_secs(40 * i), false));
        }
    }
}
