//! Tokens, and the OAuth2 token endpoint call that produces them.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::error::{Error, ErrorKind, Result};
use crate::secret::Secret;

/// Path of the token endpoint, relative to the base URL.
pub const TOKEN_PATH: &str = "api/v1/oauth2/token";

/// The longest lifetime believed from a token answer (one year); a larger `expires_in`
/// (`1e20`, `"inf"`) counts as this, so no expiry time can overflow.
pub const MAX_LIFETIME_SECS: u64 = 365 * 24 * 3600;

#[derive(Clone, Debug, PartialEq)]
pub struct TokenSet {
    pub access_token: Secret,
    pub refresh_token: Option<Secret>,
    /// Unix seconds; `None` when the server did not say.
    pub expires_at: Option<u64>,
    /// Lifetime as given, used to choose how early to refresh.
    pub lifetime: Option<u64>,
}

pub fn now_unix() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO).as_secs()
}

impl TokenSet {
    /// Usable now, with a margin so it does not expire on the way to the server:
    /// a tenth of its lifetime, at most 60 s.
    pub fn is_fresh(&self) -> bool {
        let Some(expires_at) = self.expires_at else {
            return true;
        };
        let margin = self.lifetime.map(|l| (l / 10).min(60)).unwrap_or(60);
        now_unix().saturating_add(margin) < expires_at
    }

    /// Not yet past its expiry time (no margin): a token fetched for a caller that was
    /// waiting is still good for that caller's one request, even with a lifetime of 0.
    pub fn is_unexpired(&self) -> bool {
        match self.expires_at {
            Some(at) => now_unix() <= at,
            None => true,
        }
    }
}

/// Seconds a token lives, from the answer's `expires_in`: a number or a numeric string,
/// clamped to `0..=MAX_LIFETIME_SECS` (negative counts as 0, fractions are dropped).
/// Anything else (absent, null, text, NaN) means the server did not say.
pub fn lifetime_from(expires_in: Option<&Value>) -> Option<u64> {
    let secs = match expires_in? {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().parse::<f64>().ok()?,
        _ => return None,
    };
    if secs.is_nan() {
        return None;
    }
    // `as` saturates (and maps -inf to 0), then the clamp bounds the lifetime.
    Some((secs.max(0.0) as u64).min(MAX_LIFETIME_SECS))
}

/// An access token can be sent only if `Bearer <token>` is a valid header value; this is
/// stricter (visible ASCII, no spaces), as RFC 6750 tokens are.
pub fn is_usable_access_token(token: &str) -> bool {
    !token.is_empty() && token.bytes().all(|b| b.is_ascii_graphic())
}

/// What the token endpoint returns.
#[derive(Deserialize)]
struct TokenAnswer {
    access_token: Option<Value>,
    refresh_token: Option<Value>,
    expires_in: Option<Value>,
}

fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Parses a token answer; every failure is an error that never quotes the token (Decode for
/// a malformed answer, Authentication for a token that cannot be sent).
pub fn parse_token_answer(body: &[u8]) -> Result<TokenSet> {
    let answer: TokenAnswer = serde_json::from_slice(body)
        .map_err(|_| Error::decode("the token endpoint answered with something that is not a JSON token object"))?;
    let access = answer
        .access_token
        .as_ref()
        .and_then(as_text)
        .ok_or_else(|| Error::new(ErrorKind::Decode, "the token endpoint answered without an access_token"))?;
    if !is_usable_access_token(&access) {
        return Err(Error::new(
            ErrorKind::Authentication,
            "authentication failed: the token endpoint answered an unusable access token (it contains \
             spaces, line breaks or other characters that cannot be sent in an HTTP header); nothing was \
             cached. Check the base URL and the token endpoint (a proxy or server fault can cause this)",
        ));
    }
    let lifetime = lifetime_from(answer.expires_in.as_ref());
    let set = TokenSet {
        access_token: Secret::new(access),
        refresh_token: answer.refresh_token.as_ref().and_then(as_text).map(Secret::new),
        expires_at: lifetime.map(|l| now_unix().saturating_add(l)),
        lifetime,
    };
    crate::redact::register_secret(set.access_token.expose());
    if let Some(r) = &set.refresh_token {
        crate::redact::register_secret(r.expose());
    }
    Ok(set)
}

/// The grant to ask for.
pub enum Grant<'a> {
    ClientCredentials,
    Refresh(&'a Secret),
}

/// JSON body of a token request. The base URL is not part of it (the reference SDK leaked it).
pub fn token_request_body(
    grant: &Grant<'_>,
    grant_type: &str,
    client_id: &str,
    client_secret: &Secret,
    redirect_uri: &str,
) -> Value {
    match grant {
        Grant::ClientCredentials => json!({
            "grant_type": if grant_type.is_empty() { "client_credentials" } else { grant_type },
            "client_id": client_id,
            "client_secret": client_secret.expose(),
            "redirect_uri": redirect_uri,
        }),
        Grant::Refresh(refresh) => json!({
            "grant_type": "refresh_token",
            "refresh_token": refresh.expose(),
            "client_id": client_id,
            "client_secret": client_secret.expose(),
            "redirect_uri": redirect_uri,
        }),
    }
}

/// The on-disk form used by the file token cache.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct StoredToken {
    pub access_token: String,
    #[serde(default)]
    pub refresh_token: Option<String>,
    #[serde(default)]
    pub expires_at: Option<u64>,
    #[serde(default)]
    pub lifetime: Option<u64>,
}

impl From<&TokenSet> for StoredToken {
    fn from(t: &TokenSet) -> Self {
        StoredToken {
            access_token: t.access_token.expose().to_string(),
            refresh_token: t.refresh_token.as_ref().map(|r| r.expose().to_string()),
            expires_at: t.expires_at,
            lifetime: t.lifetime,
        }
    }
}

impl From<StoredToken> for TokenSet {
    fn from(s: StoredToken) -> Self {
        crate::redact::register_secret(&s.access_token);
        if let Some(r) = &s.refresh_token {
            crate::redact::register_secret(r);
        }
        TokenSet {
            access_token: Secret::new(s.access_token),
            refresh_token: s.refresh_token.map(Secret::new),
            expires_at: s.expires_at,
            lifetime: s.lifetime,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_lenient_token_answers() {
        let t = parse_token_answer(
            br#"{"access_token":"abcdefgh","refresh_token":"rrrrrrrr","expires_in":"3600","token_type":"Bearer"}"#,
        )
        .unwrap();
        assert_eq!(t.access_token.expose(), "abcdefgh");
        assert_eq!(t.lifetime, Some(3600));
        assert!(t.is_fresh());
        assert!(parse_token_answer(br#"{"token_type":"Bearer"}"#).is_err());
        let e = parse_token_answer(b"<html>").unwrap_err();
        assert_eq!(e.kind, ErrorKind::Decode);
    }

    #[test]
    fn freshness_margin() {
        let t = TokenSet {
            access_token: Secret::new("x"),
            refresh_token: None,
            expires_at: Some(now_unix() + 30),
            lifetime: Some(3600),
        };
        assert!(!t.is_fresh());
        let t = TokenSet { expires_at: Some(now_unix() + 30), lifetime: Some(60), ..t };
        assert!(t.is_fresh());
    }

    fn answer(expires_in: &str) -> Result<TokenSet> {
        let body = if expires_in.is_empty() {
            r#"{"access_token":"abcdefgh"}"#.to_string()
        } else {
            format!(r#"{{"access_token":"abcdefgh","expires_in":{expires_in}}}"#)
        };
        parse_token_answer(body.as_bytes())
    }

    #[test]
    fn expires_in_is_clamped_and_never_overflows() {
        let now = now_unix();
        for huge in ["1e20", "\"1e20\"", "1e308", "18446744073709551615", "123456789012345678901234567890", "\"inf\""] {
            let t = answer(huge).unwrap();
            assert_eq!(t.lifetime, Some(MAX_LIFETIME_SECS), "{huge}");
            assert!(t.expires_at.unwrap() >= now + MAX_LIFETIME_SECS, "{huge}");
            assert!(t.is_fresh(), "a huge lifetime is a long one, not one in the past: {huge}");
        }
        for (given, want) in [("3599.9", 3599), ("\" 120 \"", 120), ("0", 0), ("-5", 0), ("-1e20", 0), ("\"-inf\"", 0)]
        {
            assert_eq!(answer(given).unwrap().lifetime, Some(want), "{given}");
        }
        for unknown in ["", "null", "\"soon\"", "\"NaN\"", "true", "[]", "{}"] {
            let t = answer(unknown).unwrap();
            assert_eq!((t.lifetime, t.expires_at), (None, None), "{unknown}");
            assert!(t.is_fresh());
        }
    }

    #[test]
    fn a_lifetime_of_zero_is_stale_at_once_but_good_for_one_use() {
        let t = answer("0").unwrap();
        assert!(!t.is_fresh(), "refetched on the next call");
        assert!(t.is_unexpired(), "usable by the callers that waited for it");
        let t = TokenSet { expires_at: Some(u64::MAX), lifetime: Some(u64::MAX), ..t };
        assert!(t.is_fresh(), "no overflow with a stored u64::MAX");
    }

    #[test]
    fn an_access_token_that_cannot_be_sent_is_an_authentication_error() {
        for bad in [r#""abc\r\nX-Injected: 1""#, r#""abc\ndef""#, r#""a b""#, r#""caf\u00e9""#, r#""tab\there""#] {
            let body = format!(r#"{{"access_token":{bad},"expires_in":3600}}"#);
            let e = parse_token_answer(body.as_bytes()).unwrap_err();
            assert_eq!(e.kind, ErrorKind::Authentication, "{bad}");
            assert!(e.message.contains("unusable access token"), "{}", e.message);
            assert!(!e.message.contains("abc") && !e.message.contains("def"), "never quotes the token");
        }
        assert!(parse_token_answer(br#"{"access_token":"a-b.c_d~e+f/g=="}"#).is_ok());
    }

    proptest::proptest! {
        #[test]
        fn any_expires_in_gives_a_bounded_lifetime(
            f in proptest::num::f64::ANY,
            i in proptest::num::i64::ANY,
            text in "\\PC{0,24}",
        ) {
            let now = now_unix();
            let values = [serde_json::json!(f), serde_json::json!(i), serde_json::json!(text),
                          serde_json::json!(f.to_string()), serde_json::json!(u64::MAX)];
            for v in values {
                let body = serde_json::json!({"access_token": "abcdefgh", "expires_in": v}).to_string();
                let t = parse_token_answer(body.as_bytes()).unwrap();
                if let Some(l) = t.lifetime {
                    proptest::prop_assert!(l <= MAX_LIFETIME_SECS);
                    let at = t.expires_at.unwrap();
                    proptest::prop_assert!(at >= now && at <= now_unix() + MAX_LIFETIME_SECS);
                }
                let _ = t.is_fresh();
            }
        }
    }

    #[test]
    fn body_never_carries_the_base_url() {
        let b =
            token_request_body(&Grant::ClientCredentials, "client_credentials", "id", &Secret::new("s"), "https://r");
        assert_eq!(b.as_object().unwrap().len(), 4);
        assert!(b.get("exsited_url").is_none());
    }
}
