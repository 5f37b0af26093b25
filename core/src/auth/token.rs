//! Tokens, and the OAuth2 token endpoint call that produces them.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::error::{Error, ErrorKind, Result};
use crate::secret::Secret;

/// Path of the token endpoint, relative to the base URL.
pub const TOKEN_PATH: &str = "api/v1/oauth2/token";

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
        now_unix() + margin < expires_at
    }
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

/// Parses a token answer; every failure is a Decode error that never quotes the token.
pub fn parse_token_answer(body: &[u8]) -> Result<TokenSet> {
    let answer: TokenAnswer = serde_json::from_slice(body)
        .map_err(|_| Error::decode("the token endpoint answered with something that is not a JSON token object"))?;
    let access = answer
        .access_token
        .as_ref()
        .and_then(as_text)
        .ok_or_else(|| Error::new(ErrorKind::Decode, "the token endpoint answered without an access_token"))?;
    let lifetime = answer.expires_in.as_ref().and_then(|v| match v {
        Value::Number(n) => n.as_f64().map(|f| f.max(0.0) as u64),
        Value::String(s) => s.trim().parse::<f64>().ok().map(|f| f.max(0.0) as u64),
        _ => None,
    });
    let set = TokenSet {
        access_token: Secret::new(access),
        refresh_token: answer.refresh_token.as_ref().and_then(as_text).map(Secret::new),
        expires_at: lifetime.map(|l| now_unix() + l),
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

    #[test]
    fn body_never_carries_the_base_url() {
        let b =
            token_request_body(&Grant::ClientCredentials, "client_credentials", "id", &Secret::new("s"), "https://r");
        assert_eq!(b.as_object().unwrap().len(), 4);
        assert!(b.get("exsited_url").is_none());
    }
}
