//! OAuth2 tokens: issuing, checking, expiring and refreshing.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use crate::util::random_token;

pub struct TokenStore {
    inner: Mutex<Tokens>,
}

struct Tokens {
    ttl: Duration,
    /// Every new token ends the earlier access tokens of its client (`--single-session`).
    single_session: bool,
    /// access token -> (expiry, client id)
    access: HashMap<String, (Instant, String)>,
    /// Access tokens ended by a newer one (single-session mode), to count their rejections.
    revoked: HashSet<String>,
    /// refresh token -> client id
    refresh: HashMap<String, String>,
    /// Every (access, refresh) pair issued, oldest first, for `GET /__sandbox__/issued_tokens`
    /// (secret-leak scans); the oldest are dropped past [`MAX_ISSUED_KEPT`].
    issued: std::collections::VecDeque<(String, String)>,
}

/// What the server makes of a bearer token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenCheck {
    Valid,
    /// Ended by a newer token of the same client (single-session mode).
    Revoked,
    /// Unknown or expired.
    Invalid,
}

/// How many revoked tokens are remembered for counting; past it the set starts over.
const MAX_REVOKED_KEPT: usize = 100_000;

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
                single_session: false,
                access: HashMap::new(),
                revoked: HashSet::new(),
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
            g.access.retain(|_, (exp, _)| *exp > now);
        }
        if g.single_session {
            // The documented rule: a new token for the same credentials ends the previous ones.
            let ended: Vec<String> =
                g.access.iter().filter(|(_, (_, owner))| owner == client_id).map(|(t, _)| t.clone()).collect();
            if g.revoked.len() + ended.len() > MAX_REVOKED_KEPT {
                g.revoked.clear();
            }
            for t in ended {
                g.access.remove(&t);
                g.revoked.insert(t);
            }
        }
        let access_token = random_token(40);
        let refresh_token = random_token(48);
        let ttl = g.ttl;
        g.access.insert(access_token.clone(), (now + ttl, client_id.to_string()));
        g.refresh.insert(refresh_token.clone(), client_id.to_string());
        g.issued.push_back((access_token.clone(), refresh_token.clone()));
        if g.issued.len() > MAX_ISSUED_KEPT {
            g.issued.pop_front();
        }
        IssuedToken { access_token, refresh_token, expires_in: ttl.as_secs() }
    }

    /// True when the access token exists and has not expired.
    #[cfg(test)]
    pub fn is_valid(&self, access_token: &str) -> bool {
        self.check(access_token) == TokenCheck::Valid
    }

    pub fn check(&self, access_token: &str) -> TokenCheck {
        let g = self.inner.lock();
        match g.access.get(access_token) {
            Some((exp, _)) if *exp > Instant::now() => TokenCheck::Valid,
            _ if g.revoked.contains(access_token) => TokenCheck::Revoked,
            _ => TokenCheck::Invalid,
        }
    }

    pub fn set_single_session(&self, on: bool) {
        self.inner.lock().single_session = on;
    }

    pub fn single_session(&self) -> bool {
        self.inner.lock().single_session
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
        g.revoked.clear();
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
    fn single_session_ends_earlier_tokens_of_the_same_client() {
        let s = TokenStore::new(60);
        let a = s.issue("c");
        let other = s.issue("d");
        let b = s.issue("c");
        assert!(s.is_valid(&a.access_token), "off by default");
        s.set_single_session(true);
        let c = s.issue("c");
        assert_eq!(s.check(&a.access_token), TokenCheck::Revoked);
        assert_eq!(s.check(&b.access_token), TokenCheck::Revoked);
        assert_eq!(s.check(&c.access_token), TokenCheck::Valid);
        assert_eq!(s.check(&other.access_token), TokenCheck::Valid, "another client is not affected");
        assert_eq!(s.check("nope"), TokenCheck::Invalid);
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
