//! OAuth2 tokens: issuing, checking, expiring and refreshing.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use crate::util::random_token;

pub struct TokenStore {
    inner: Mutex<Tokens>,
}

struct Tokens {
    ttl: Duration,
    /// access token -> expiry
    access: HashMap<String, Instant>,
    /// refresh token -> client id
    refresh: HashMap<String, String>,
    /// Every (access, refresh) pair issued, oldest first, for `GET /__sandbox__/issued_tokens`
    /// (secret-leak scans); the oldest are dropped past [`MAX_ISSUED_KEPT`].
    issued: std::collections::VecDeque<(String, String)>,
}

/// How many issued token pairs the store remembers for the `issued_tokens` hook.
pub const MAX_ISSUED_KEPT: usize = 100_000;

pub struct IssuedToken {
    pub access_token: String,
    pub refresh_token: String,
    pub expires_in: u64,
}

impl TokenStore {
    pub fn new(ttl_secs: u64) -> Self {
        TokenStore {
            inner: Mutex::new(Tokens {
                ttl: Duration::from_secs(ttl_secs),
                access: HashMap::new(),
                refresh: HashMap::new(),
                issued: std::collections::VecDeque::new(),
            }),
        }
    }

    pub fn issue(&self, client_id: &str) -> IssuedToken {
        let mut g = self.inner.lock();
        let now = Instant::now();
        // Forget expired tokens now and then so long runs do not grow without bound.
        if g.access.len() > 10_000 {
            g.access.retain(|_, exp| *exp > now);
        }
        let access_token = random_token(40);
        let refresh_token = random_token(48);
        let ttl = g.ttl;
        g.access.insert(access_token.clone(), now + ttl);
        g.refresh.insert(refresh_token.clone(), client_id.to_string());
        g.issued.push_back((access_token.clone(), refresh_token.clone()));
        if g.issued.len() > MAX_ISSUED_KEPT {
            g.issued.pop_front();
        }
        IssuedToken { access_token, refresh_token, expires_in: ttl.as_secs() }
    }

    /// True when the access token exists and has not expired.
    pub fn is_valid(&self, access_token: &str) -> bool {
        let g = self.inner.lock();
        g.access.get(access_token).is_some_and(|exp| *exp > Instant::now())
    }

    /// Uses up a refresh token (they rotate): true when it was valid for this client.
    pub fn consume_refresh(&self, refresh_token: &str, client_id: &str) -> bool {
        let mut g = self.inner.lock();
        match g.refresh.get(refresh_token) {
            Some(owner) if owner == client_id => {
                g.refresh.remove(refresh_token);
                true
            }
            _ => false,
        }
    }

    pub fn expire_access_tokens(&self) {
        self.inner.lock().access.clear();
    }

    pub fn revoke_refresh_tokens(&self) {
        self.inner.lock().refresh.clear();
    }

    pub fn set_ttl(&self, secs: u64) {
        self.inner.lock().ttl = Duration::from_secs(secs);
    }

    pub fn ttl_secs(&self) -> u64 {
        self.inner.lock().ttl.as_secs()
    }

    pub fn clear(&self) {
        let mut g = self.inner.lock();
        g.access.clear();
        g.refresh.clear();
        g.issued.clear();
    }

    /// Every (access, refresh) token pair issued since the start (or the last reset),
    /// oldest first, whether still valid or not.
    pub fn issued(&self) -> Vec<(String, String)> {
        self.inner.lock().issued.iter().cloned().collect()
    }
}

/// The bearer token of an `Authorization` header value, if any.
pub fn bearer(header: Option<&str>) -> Option<&str> {
    let h = header?.trim();
    let (scheme, token) = h.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim()).filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_check_expire() {
        let s = TokenStore::new(60);
        let t = s.issue("c");
        assert!(s.is_valid(&t.access_token));
        assert!(!s.is_valid("nope"));
        s.expire_access_tokens();
        assert!(!s.is_valid(&t.access_token));
    }

    #[test]
    fn remembers_every_issued_pair() {
        let s = TokenStore::new(60);
        let a = s.issue("c");
        s.expire_access_tokens();
        let b = s.issue("c");
        let issued = s.issued();
        assert_eq!(issued.len(), 2);
        assert_eq!(issued[0], (a.access_token, a.refresh_token));
        assert_eq!(issued[1].0, b.access_token);
    }

    #[test]
    fn refresh_rotates() {
        let s = TokenStore::new(60);
        let t = s.issue("c");
        assert!(!s.consume_refresh(&t.refresh_token, "other"));
        assert!(s.consume_refresh(&t.refresh_token, "c"));
        assert!(!s.consume_refresh(&t.refresh_token, "c"));
    }

    #[test]
    fn zero_ttl_is_immediately_expired() {
        let s = TokenStore::new(0);
        let t = s.issue("c");
        assert!(!s.is_valid(&t.access_token));
    }

    #[test]
    fn parses_bearer() {
        assert_eq!(bearer(Some("Bearer abc")), Some("abc"));
        assert_eq!(bearer(Some("bearer  abc ")), Some("abc"));
        assert_eq!(bearer(Some("Basic abc")), None);
        assert_eq!(bearer(None), None);
    }
}
