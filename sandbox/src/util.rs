//! Small helpers shared by the routes: ids, timestamps, API-style booleans, e-mail checks.

use rand::distr::Alphanumeric;
use rand::Rng;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

/// Current time in the API's timestamp format (`2024-05-07T10:39:33Z`).
pub fn now_stamp() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// A short uppercase account id such as `GE2O2Y`, the shape the real API hands out.
pub fn account_id() -> String {
    let mut rng = rand::rng();
    (0..6)
        .map(|_| {
            let c = rng.sample(Alphanumeric) as char;
            c.to_ascii_uppercase()
        })
        .collect()
}

pub fn new_uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A random opaque token (access / refresh).
pub fn random_token(len: usize) -> String {
    rand::rng().sample_iter(Alphanumeric).take(len).map(char::from).collect()
}

/// A uuid-shaped string derived from `seed`, so fixed things (currency, seeded accounts,
/// processors) keep the same uuid across runs.
pub fn stable_uuid(seed: &str) -> String {
    let h = hex::encode(Sha256::digest(seed.as_bytes()));
    format!("{}-{}-4{}-a{}-{}", &h[0..8], &h[8..12], &h[13..16], &h[17..20], &h[20..32])
}

pub fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

/// The API sends booleans as the strings "true"/"false"; accept either form on input.
pub fn api_bool(v: &Value) -> Option<&'static str> {
    match v {
        Value::Bool(true) => Some("true"),
        Value::Bool(false) => Some("false"),
        Value::Number(n) => Some(if n.as_f64() == Some(0.0) { "false" } else { "true" }),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" => Some("true"),
            "false" | "0" | "no" | "" => Some("false"),
            _ => None,
        },
        _ => None,
    }
}

/// Scalars become strings (numbers keep their text); objects/arrays are left alone.
pub fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Null => Some(String::new()),
        _ => None,
    }
}

pub fn text_of(map: &Map<String, Value>, key: &str) -> String {
    map.get(key).and_then(as_text).unwrap_or_default()
}

/// Deliberately simple: one `@`, something before it, a dotted domain after it, no spaces.
pub fn is_valid_email(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || s.chars().any(char::is_whitespace) {
        return false;
    }
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

/// `YYYY-MM-DD` and a real calendar date.
pub fn is_valid_date(s: &str) -> bool {
    s.len() == 10 && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert!(is_valid_email("a.b@example.com"));
        assert!(!is_valid_email("nope"));
        assert!(!is_valid_email("a@b"));
        assert!(!is_valid_email("a @b.com"));
        assert!(!is_valid_email("@b.com"));
    }

    #[test]
    fn dates() {
        assert!(is_valid_date("2024-12-17"));
        assert!(!is_valid_date("2024-13-01"));
        assert!(!is_valid_date("17/12/2024"));
    }

    #[test]
    fn ids_and_uuids() {
        let id = account_id();
        assert_eq!(id.len(), 6);
        assert!(id.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()));
        assert_eq!(stable_uuid("x"), stable_uuid("x"));
        assert_eq!(stable_uuid("x").len(), 36);
    }
}
