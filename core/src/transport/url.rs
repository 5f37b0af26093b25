//! Turning an operation, its path values and query into a URL that no value can bend.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use url::Url;

use crate::error::{quoted, Error, Result};
use crate::ops::{Operation, PATH_PREFIX, VERSIONS};

/// Everything but unreserved characters is escaped, so `/`, `?`, `#`, `%` and `..` inside a
/// value stay inside one path segment.
/// `.` stays readable: a value of exactly `.` or `..` is refused before encoding.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'~').remove(b'.');

/// Longest accepted path value; real ids are a few dozen characters.
pub const MAX_PATH_VALUE: usize = 512;

pub fn check_version(version: &str) -> Result<()> {
    if VERSIONS.contains(&version) {
        Ok(())
    } else {
        Err(Error::usage(format!("api version {} is not one of {}", quoted(version), VERSIONS.join(", "))))
    }
}

/// `{base}{PATH_PREFIX with the version}/{path with values}`.
pub fn build(base: &Url, op: &Operation, version: &str, values: &[String], query: &[(String, String)]) -> Result<Url> {
    check_version(version)?;
    if op.path_param_count() != values.len() {
        let names: Vec<&str> = op.path_params().collect();
        return Err(Error::usage(format!(
            "{} needs {} path value(s) ({}), got {}",
            op.name,
            names.len(),
            names.join(", "),
            values.len()
        )));
    }
    // Built in one buffer: this runs on every call.
    let (head, tail) = prefix_parts();
    let mut path = String::with_capacity(base.path().len() + PATH_PREFIX.len() + op.path.len() + 64);
    path.push_str(base.path().trim_end_matches('/'));
    path.push_str(head);
    if let Some(tail) = tail {
        path.push_str(version);
        path.push_str(tail);
    }
    let mut values = values.iter();
    for seg in op.path.split('/') {
        path.push('/');
        let Some(name) = seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) else {
            path.push_str(seg);
            continue;
        };
        // The count was checked above.
        let value = values.next().map(String::as_str).unwrap_or_default();
        if let Some(name) = name.strip_suffix('*') {
            // A rest placeholder (`{path*}`): several segments, each encoded, no empty ones.
            check_path_value(name, value)?;
            let segments: Vec<&str> = value.split('/').filter(|s| !s.is_empty()).collect();
            if segments.is_empty() {
                return Err(Error::usage(format!("{name} is missing: give a non-empty {name}")));
            }
            for (i, segment) in segments.iter().enumerate() {
                check_path_value(name, segment)?;
                if i > 0 {
                    path.push('/');
                }
                path.extend(utf8_percent_encode(segment, SEGMENT));
            }
        } else {
            check_path_value(name, value)?;
            path.extend(utf8_percent_encode(value, SEGMENT));
        }
    }
    let mut url = base.clone();
    url.set_path(&path);
    url.set_query(None);
    if !query.is_empty() {
        let mut pairs = url.query_pairs_mut();
        for (k, v) in query {
            pairs.append_pair(k, v);
        }
    }
    Ok(url)
}

/// `PATH_PREFIX` split around its `{version}` (the tail is None when it has none), found once.
fn prefix_parts() -> (&'static str, Option<&'static str>) {
    static PARTS: std::sync::OnceLock<(&'static str, Option<&'static str>)> = std::sync::OnceLock::new();
    *PARTS.get_or_init(|| match PATH_PREFIX.split_once("{version}") {
        Some((head, tail)) => (head, Some(tail)),
        None => (PATH_PREFIX, None),
    })
}

fn check_path_value(name: &str, value: &str) -> Result<()> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Error::usage(format!("{name} is missing: give a non-empty {name}")));
    }
    if trimmed == "." || trimmed == ".." {
        return Err(Error::usage(format!("{name} {value:?} is not a valid identifier")));
    }
    if value.len() > MAX_PATH_VALUE {
        return Err(Error::usage(format!(
            "{name} is {} characters long; identifiers are at most {MAX_PATH_VALUE}",
            value.len()
        )));
    }
    if value.chars().any(char::is_control) {
        return Err(Error::usage(format!("{name} contains control characters")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::operation;

    #[test]
    fn a_huge_version_is_not_echoed_whole() {
        let err = check_version(&"v".repeat(1 << 20)).unwrap_err();
        let msg = err.to_string();
        assert!(msg.len() < 200, "{} bytes", msg.len());
        assert!(msg.contains("(1048576 bytes)"), "{msg}");
    }

    fn base() -> Url {
        Url::parse("https://api.example.com").unwrap()
    }

    #[test]
    fn hostile_ids_stay_in_their_segment() {
        let op = operation("accounts.details").unwrap();
        for (id, want) in [
            ("../x", "/api/v3/accounts/..%2Fx"),
            ("a/b?c#d", "/api/v3/accounts/a%2Fb%3Fc%23d"),
            ("50%", "/api/v3/accounts/50%25"),
            ("ünï", "/api/v3/accounts/%C3%BCn%C3%AF"),
            ("a b", "/api/v3/accounts/a%20b"),
        ] {
            let u = build(&base(), op, "v3", &[id.to_string()], &[]).unwrap();
            assert_eq!(u.path(), want);
            assert!(u.query().is_none());
            assert!(u.fragment().is_none());
        }
    }

    #[test]
    fn a_rest_placeholder_keeps_its_segments_and_drops_empty_ones() {
        let op = operation("php_surface.custom.get").unwrap();
        let u = build(&base(), op, "v2", &["/labours//L 1/orders/".to_string()], &[]).unwrap();
        assert_eq!(u.path(), "/api/v2/labours/L%201/orders");
        for bad in ["", "/", "labours/../accounts", "a/./b"] {
            assert!(build(&base(), op, "v2", &[bad.to_string()], &[]).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn bad_values_are_usage_errors() {
        let op = operation("accounts.details").unwrap();
        for id in ["", "  ", "..", ".", "a\nb", &"x".repeat(600)] {
            let e = build(&base(), op, "v3", &[id.to_string()], &[]).unwrap_err();
            assert_eq!(e.kind, crate::ErrorKind::Usage, "{id:?}");
        }
        assert!(build(&base(), op, "v3", &[], &[]).is_err());
        assert!(build(&base(), op, "v9", &["a".into()], &[]).is_err());
    }

    #[test]
    fn query_is_encoded_in_order() {
        let op = operation("accounts.list").unwrap();
        let q = vec![("limit".into(), "2".into()), ("offset".into(), "0".into()), ("order_by".into(), "a&b".into())];
        let u = build(&Url::parse("http://127.0.0.1:1/gw").unwrap(), op, "v2", &[], &q).unwrap();
        assert_eq!(u.as_str(), "http://127.0.0.1:1/gw/api/v2/accounts?limit=2&offset=0&order_by=a%26b");
    }
}
