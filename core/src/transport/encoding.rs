//! Compressed answers. reqwest asks for gzip and deflate (`Accept-Encoding`, unless the call
//! sets its own) and inflates what comes back while the body is read, so
//! `max_response_bytes` bounds the inflated size: a decompression bomb stops at the limit
//! like any oversize answer. Left for here: a coding the client cannot inflate, and a body
//! that does not inflate.

use reqwest::header::{HeaderMap, CONTENT_ENCODING};

/// The `Content-Encoding` still on an answer once reqwest has decoded what it can (so one
/// it cannot), unless it is `identity`.
pub fn undecoded(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(CONTENT_ENCODING)?;
    let text = String::from_utf8_lossy(value.as_bytes()).trim().to_string();
    if text.is_empty() || text.eq_ignore_ascii_case("identity") {
        return None;
    }
    // Quoted in an error message: a hostile value is cut short and kept printable.
    Some(text.chars().take(40).map(|c| if c.is_control() { '?' } else { c }).collect())
}

/// Whether reading the body failed because its gzip or deflate data is corrupt (the
/// decoder's `InvalidData`/`InvalidInput`), rather than because the connection or the HTTP
/// framing failed: those come through hyper (whose chunked decoder uses the same I/O error
/// kinds for a bad chunk size), the decoder's own errors do not.
pub fn corrupt(e: &reqwest::Error) -> bool {
    let mut invalid = false;
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        if s.downcast_ref::<hyper::Error>().is_some() {
            return false;
        }
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            invalid |= matches!(io.kind(), std::io::ErrorKind::InvalidData | std::io::ErrorKind::InvalidInput);
        }
        source = s.source();
    }
    invalid
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn with(coding: &'static [u8]) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(CONTENT_ENCODING, HeaderValue::from_bytes(coding).unwrap());
        h
    }

    #[test]
    fn identity_and_no_coding_are_plain() {
        assert_eq!(undecoded(&HeaderMap::new()), None);
        assert_eq!(undecoded(&with(b"identity")), None);
        assert_eq!(undecoded(&with(b" IDENTITY ")), None);
    }

    #[test]
    fn other_codings_are_named_short_and_printable() {
        assert_eq!(undecoded(&with(b"br")).as_deref(), Some("br"));
        assert_eq!(undecoded(&with(b"gzip, gzip")).as_deref(), Some("gzip, gzip"));
        let long = undecoded(&with(b"x-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\t")).unwrap();
        assert_eq!(long.chars().count(), 40);
    }
}
