//! The one redactor used by every log line, debug print and error: credentials, tokens and
//! card data are masked in JSON bodies, header values and free text.

use std::collections::VecDeque;
use std::sync::RwLock;

use serde_json::Value;

pub const MASK: &str = "***";

/// JSON keys whose values are always masked (compared case-insensitively, `-` = `_`).
const SECRET_KEYS: &[&str] = &[
    "client_secret",
    "clientsecret",
    "access_token",
    "accesstoken",
    "refresh_token",
    "refreshtoken",
    "authorization",
    "card_number",
    "cardnumber",
    "token",
    "cvv",
    "card_cvv",
    "cardcvv",
    "password",
    "x_idempotency_key_secret",
];

/// Values this process knows to be secret (client secrets, live tokens). Free text that
/// contains one of them is masked even when no key names it. Bounded so that a long-lived
/// process refreshing tokens does not grow it without end.
static KNOWN: RwLock<VecDeque<String>> = RwLock::new(VecDeque::new());
const KNOWN_CAPACITY: usize = 256;

/// Remembers a secret value so that [`mask_text`] hides it wherever it appears.
pub fn register_secret(value: &str) {
    // Very short values would mask ordinary words; credentials are never that short.
    if value.len() < 6 {
        return;
    }
    let mut known = KNOWN.write().unwrap_or_else(|p| p.into_inner());
    if known.iter().any(|k| k == value) {
        return;
    }
    if known.len() == KNOWN_CAPACITY {
        known.pop_front();
    }
    known.push_back(value.to_string());
}

pub fn is_secret_key(key: &str) -> bool {
    // Compared byte by byte (ASCII case folded, `-` as `_`): every word of every masked
    // text comes through here, so no lower-cased copy is made.
    let fold = |b: u8| if b == b'-' { b'_' } else { b.to_ascii_lowercase() };
    SECRET_KEYS.iter().any(|s| s.len() == key.len() && s.bytes().zip(key.bytes()).all(|(s, k)| s == fold(k)))
}

/// Masks secret-named values anywhere in a JSON document, and known secrets and card
/// numbers inside any string.
pub fn mask_json(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if is_secret_key(k) && !v.is_null() && !matches!(v, Value::Object(_) | Value::Array(_)) {
                    *v = Value::String(MASK.to_string());
                } else {
                    mask_json(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(mask_json),
        Value::String(s) => {
            let masked = mask_text(s);
            if masked != *s {
                *s = masked;
            }
        }
        _ => {}
    }
}

/// A header value as it may be shown: secret headers become `***` (keeping the scheme).
pub fn mask_header(name: &str, value: &str) -> String {
    let lower = name.to_ascii_lowercase();
    if lower == "authorization" || lower == "proxy-authorization" {
        return match value.split_once(' ') {
            Some((scheme, _)) => format!("{scheme} {MASK}"),
            None => MASK.to_string(),
        };
    }
    if lower.contains("token") || lower.contains("secret") || lower == "cookie" || lower == "set-cookie" {
        return MASK.to_string();
    }
    mask_text(value)
}

/// Masks known secret values, `Bearer <token>`, `key=value`/`"key":"value"` pairs with a
/// secret key, and runs of 13–19 digits (card numbers) in free text.
pub fn mask_text(text: &str) -> String {
    let mut out = text.to_string();
    let mut replaced = false;
    {
        let known = KNOWN.read().unwrap_or_else(|p| p.into_inner());
        for secret in known.iter() {
            if out.contains(secret.as_str()) {
                out = out.replace(secret.as_str(), MASK);
                replaced = true;
            }
        }
    }
    if !replaced && no_rule_applies(text) {
        // Most text (every header of every answer goes through here) has nothing to mask.
        return out;
    }
    out = mask_bearer(&out);
    out = mask_key_values(&out);
    mask_card_numbers(&out)
}

/// A word that every entry of `SECRET_KEYS` contains (checked by a test): text without any
/// of them holds no secret key, so no secret key-value pair.
const SECRET_KEY_WORDS: &[&[u8]] = &[b"secret", b"token", b"authorization", b"card", b"cvv", b"password"];

/// True when neither `mask_bearer`, `mask_key_values` nor `mask_card_numbers` can change
/// `text`: no "bearer " (any case); no `=` or `:`, or no secret key word (a secret
/// key-value needs both); and fewer than 13 digits in all (a card number has at least 13).
/// A date (`Mon, 30 Nov 2026 04:11:33 GMT`) or a content type passes without a copy.
fn no_rule_applies(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut digits = 0;
    let mut separated = false;
    for &b in bytes {
        separated |= b == b'=' || b == b':';
        digits += usize::from(b.is_ascii_digit());
    }
    let has = |word: &[u8]| bytes.windows(word.len()).any(|w| w.eq_ignore_ascii_case(word));
    digits < 13 && !has(b"bearer ") && !(separated && SECRET_KEY_WORDS.iter().any(|w| has(w)))
}

fn mask_bearer(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    if !lower.contains("bearer ") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut rest_lower = lower.as_str();
    while let Some(pos) = rest_lower.find("bearer ") {
        let start = pos + "bearer ".len();
        out.push_str(&rest[..start]);
        let token_len = rest[start..]
            .find(|c: char| c.is_whitespace() || c == '"' || c == '\'' || c == ',')
            .unwrap_or(rest.len() - start);
        if token_len > 0 && &rest[start..start + token_len] != MASK {
            out.push_str(MASK);
        } else {
            out.push_str(&rest[start..start + token_len]);
        }
        rest = &rest[start + token_len..];
        rest_lower = &rest_lower[start + token_len..];
    }
    out.push_str(rest);
    out
}

/// `client_secret=abc`, `"client_secret": "abc"`, `client_secret: abc` → value masked.
fn mask_key_values(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut copied = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_alphabetic() || bytes[i] == b'_' {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'-') {
                i += 1;
            }
            let key = &text[start..i];
            if !is_secret_key(key) {
                continue;
            }
            // skip closing quote, spaces, then a separator
            let mut j = i;
            if j < bytes.len() && (bytes[j] == b'"' || bytes[j] == b'\'') {
                j += 1;
            }
            while j < bytes.len() && bytes[j] == b' ' {
                j += 1;
            }
            if j >= bytes.len() || !(bytes[j] == b'=' || bytes[j] == b':') {
                continue;
            }
            j += 1;
            while j < bytes.len() && bytes[j] == b' ' {
                j += 1;
            }
            let quoted = j < bytes.len() && (bytes[j] == b'"' || bytes[j] == b'\'');
            let value_start = if quoted { j + 1 } else { j };
            let mut k = value_start;
            while k < bytes.len() {
                let b = bytes[k];
                let end = if quoted {
                    b == bytes[j]
                } else {
                    b == b'&' || b == b',' || b == b' ' || b == b'}' || b == b'\n' || b == b';'
                };
                if end {
                    break;
                }
                k += 1;
            }
            let value = &text[value_start..k];
            let is_scheme = value.eq_ignore_ascii_case("bearer") || value.eq_ignore_ascii_case("basic");
            if k > value_start && value != MASK && !value.starts_with('{') && !is_scheme {
                out.push_str(&text[copied..value_start]);
                out.push_str(MASK);
                copied = k;
            }
            i = k;
        } else {
            i += 1;
        }
    }
    out.push_str(&text[copied..]);
    out
}

fn mask_card_numbers(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            let mut digits = 0;
            let mut end = i;
            // digits, optionally grouped by single spaces or dashes as card numbers are written
            while i < bytes.len() {
                if bytes[i].is_ascii_digit() {
                    digits += 1;
                    i += 1;
                    end = i;
                } else if (bytes[i] == b' ' || bytes[i] == b'-')
                    && i + 1 < bytes.len()
                    && bytes[i + 1].is_ascii_digit()
                    && digits > 0
                {
                    i += 1;
                } else {
                    break;
                }
            }
            if (13..=19).contains(&digits) {
                out.push_str(&text[copied..start]);
                out.push_str(MASK);
                copied = end;
            }
            i = end.max(start + 1);
        } else {
            i += 1;
        }
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_secret_key_holds_a_secret_key_word() {
        // `no_rule_applies` skips the key-value rule for text with none of these words.
        for key in SECRET_KEYS {
            assert!(SECRET_KEY_WORDS.iter().any(|w| key.as_bytes().windows(w.len()).any(|x| x == *w)), "{key}");
        }
    }

    #[test]
    fn json_keys_are_masked_at_any_depth() {
        let mut v = json!({"client_secret":"abc123","account":{"payment_method":{"card_number":"4111111111111111","token":"tok_live_x","cvv":"123","card_type":"VISA"}},"list":[{"access_token":"at","refresh_token":"rt"}]});
        mask_json(&mut v);
        let s = v.to_string();
        for secret in ["abc123", "4111111111111111", "tok_live_x", "\"123\"", "\"at\"", "\"rt\""] {
            assert!(!s.contains(secret), "{secret} leaked in {s}");
        }
        assert!(s.contains("VISA"));
    }

    #[test]
    fn text_patterns() {
        assert_eq!(mask_text("Authorization: Bearer eyJabc.def"), "Authorization: Bearer ***");
        assert_eq!(mask_text("grant_type=x&client_secret=s3cr3t&a=b"), "grant_type=x&client_secret=***&a=b");
        assert_eq!(mask_text(r#"{"client_secret": "s3cr3t"}"#), r#"{"client_secret": "***"}"#);
        assert_eq!(mask_text("card 4111 1111 1111 1111 ok"), "card *** ok");
        assert_eq!(mask_text("limit=10&offset=20"), "limit=10&offset=20");
        assert_eq!(mask_text("created 2024-01-01"), "created 2024-01-01");
        assert_eq!(mask_text("Client-Secret: abc123"), "Client-Secret: ***");
        assert_eq!(mask_text("x=1; TOKEN=abc"), "x=1; TOKEN=***");
    }

    #[test]
    fn the_shortcut_for_plain_text_agrees_with_every_rule() {
        let full = |t: &str| mask_card_numbers(&mask_key_values(&mask_bearer(t)));
        let samples = [
            "application/json",
            "1982",
            "req-21550-2",
            "Mon, 30 Nov 2026 01:17:20 GMT",
            "BEARER abc.def",
            "xbearer token",
            "token abc",
            "card 4111 1111 1111 1111",
            "4111-1111-1111-1111",
            "411111111111",
            "password=hunter2",
            "password:hunter2",
            "a=b",
            "limit=10&offset=20",
            "X-Api-Token: abc",
            "{\"cardCvv\": \"123\"}",
            "",
        ];
        for text in samples {
            assert_eq!(mask_text(text), full(text), "{text:?}");
        }
        assert!(no_rule_applies("application/json") && no_rule_applies("req-21550-2"));
        assert!(no_rule_applies("a=b") && no_rule_applies("Mon, 30 Nov 2026 01:17:20 GMT"));
        assert!(!no_rule_applies("Bearer x") && !no_rule_applies("Token=b") && !no_rule_applies("4111111111111"));
        assert!(!no_rule_applies("Client-Secret: abc123"));
        assert!(is_secret_key("Client-Secret") && is_secret_key("ACCESS_TOKEN") && !is_secret_key("tokens"));
    }

    #[test]
    fn registered_secrets_are_masked_anywhere() {
        register_secret("very-secret-value-42");
        assert_eq!(mask_text("oops very-secret-value-42 leaked"), "oops *** leaked");
    }

    #[test]
    fn headers() {
        assert_eq!(mask_header("Authorization", "Bearer abc"), "Bearer ***");
        assert_eq!(mask_header("X-Refresh-Token", "abc"), "***");
        assert_eq!(mask_header("Content-Type", "application/json"), "application/json");
    }
}
