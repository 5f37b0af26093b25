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
    fn the_id_is_read_from_the_masked_headers() {
        let mut map = HeaderMap::new();
        map.insert("request-id", HeaderValue::from_static("card 4111111111111111"));
        assert!(!request_id(&shown(&map)).unwrap().contains("4111111111111111"));
        assert_eq!(request_id(&shown(&HeaderMap::new())), None);
    }
}
