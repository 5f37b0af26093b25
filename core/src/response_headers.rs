//! An answer's headers as callers may see them (on answers and on errors): names in lower
//! case, secret values masked by the same rules as everything else the core shows.

use reqwest::header::HeaderMap;

/// Headers that carry a request id, most common first.
const REQUEST_ID_HEADERS: &[&str] = &["x-request-id", "request-id", "x-correlation-id"];

/// The headers of an answer, in order, values masked (`Set-Cookie`, tokens...).
pub fn shown(map: &HeaderMap) -> Vec<(String, String)> {
    map.iter()
        .map(|(name, value)| {
            let text = String::from_utf8_lossy(value.as_bytes());
            (name.as_str().to_string(), crate::redact::mask_header(name.as_str(), &text))
        })
        .collect()
}

/// The headers of an answer kept for later (a client's "last response headers"): as they
/// were received, masked only when someone reads them (most calls never do), or as an error
/// carries them (masked already).
#[derive(Clone, Default)]
pub enum Kept {
    #[default]
    Nothing,
    Received(HeaderMap),
    Shown(Vec<(String, String)>),
}

impl Kept {
    /// The headers, names in lower case, secret values masked.
    pub fn shown(&self) -> Vec<(String, String)> {
        match self {
            Kept::Nothing => Vec::new(),
            Kept::Received(map) => shown(map),
            Kept::Shown(headers) => headers.clone(),
        }
    }

    /// The server's id for the request, when it sent one.
    pub fn request_id(&self) -> Option<String> {
        request_id(&self.shown())
    }
}

/// Masked, like everything the core shows: the received values may hold secrets.
impl std::fmt::Debug for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Kept").field(&self.shown()).finish()
    }
}

/// The server's id for the request, from the first request-id header it sent.
pub fn request_id(headers: &[(String, String)]) -> Option<String> {
    REQUEST_ID_HEADERS
        .iter()
        .find_map(|wanted| headers.iter().find(|(name, _)| name.eq_ignore_ascii_case(wanted)))
        .map(|(_, value)| value.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn secrets_are_masked_and_the_id_found() {
        let mut map = HeaderMap::new();
        map.insert("x-request-id", HeaderValue::from_static("req-1"));
        map.insert("set-cookie", HeaderValue::from_static("session=abc"));
        map.insert("content-type", HeaderValue::from_static("application/json"));
        let shown = shown(&map);
        assert!(shown.contains(&("set-cookie".to_string(), "***".to_string())));
        assert!(shown.contains(&("content-type".to_string(), "application/json".to_string())));
        assert_eq!(request_id(&shown).as_deref(), Some("req-1"));
        assert_eq!(request_id(&[("Request-Id".into(), "r2".into())]).as_deref(), Some("r2"));
        assert_eq!(request_id(&[]), None);
    }

    #[test]
    fn kept_headers_are_masked_when_read() {
        let mut map = HeaderMap::new();
        map.insert("set-cookie", HeaderValue::from_static("session=s3cr3t"));
        map.insert("x-request-id", HeaderValue::from_static("req-9"));
        let kept = Kept::Received(map);
        assert!(kept.shown().contains(&("set-cookie".to_string(), "***".to_string())));
        assert_eq!(kept.request_id().as_deref(), Some("req-9"));
        assert!(!format!("{kept:?}").contains("s3cr3t"));
        let from_error = Kept::Shown(vec![("request-id".into(), "req-7".into())]);
        assert_eq!(from_error.request_id().as_deref(), Some("req-7"));
        assert!(Kept::default().shown().is_empty() && Kept::default().request_id().is_none());
    }

    #[test]
    fn the_id_is_read_from_the_masked_headers() {
        let mut map = HeaderMap::new();
        map.insert("request-id", HeaderValue::from_static("card 4111111111111111"));
        assert!(!request_id(&shown(&map)).unwrap().contains("4111111111111111"));
        assert_eq!(request_id(&shown(&HeaderMap::new())), None);
    }
}
