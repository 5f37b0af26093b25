//! Checks of the caller's input that need no server: done before any request so that bad
//! input costs nothing and loses nothing. Shared by every binding.

use serde_json::Value;

use crate::error::{Error, Result};
use crate::ops::Operation;

/// Query parameters that must be non-negative whole numbers.
const COUNT_PARAMS: &[&str] = &["limit", "offset"];

pub fn query(query: &[(String, String)]) -> Result<()> {
    for (name, value) in query {
        if COUNT_PARAMS.contains(&name.as_str()) {
            let v = value.trim();
            if v.parse::<u64>().is_err() {
                return Err(Error::usage(format!("{name} must be a whole number of 0 or more, got {value:?}")));
            }
        }
    }
    Ok(())
}

/// Date fields of the operation's JSON body must be `YYYY-MM-DD` calendar dates.
pub fn body(op: &Operation, json: &Value) -> Result<()> {
    for pointer in op.date_fields {
        match json.pointer(pointer) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if is_calendar_date(s) => {}
            Some(other) => {
                let field = pointer.rsplit('/').next().unwrap_or(pointer);
                return Err(Error::usage(format!(
                    "{field} must be a date written YYYY-MM-DD (e.g. 2025-01-31), got {other}"
                )));
            }
        }
    }
    Ok(())
}

/// `YYYY-MM-DD` with a real month and a day that exists in that month.
pub fn is_calendar_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok()).flatten()
    };
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    year > 0 && (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dates() {
        for ok in ["2024-02-29", "2030-12-31", "2025-01-01"] {
            assert!(is_calendar_date(ok), "{ok}");
        }
        for bad in ["2023-02-29", "2024-13-01", "2024-00-10", "17/12/2024", "tomorrow", "2024-1-1", "", "2024-04-31"] {
            assert!(!is_calendar_date(bad), "{bad}");
        }
    }

    #[test]
    fn cancel_body_dates() {
        let op = crate::ops::operation("accounts.cancel").unwrap();
        assert!(body(op, &json!({"account": {"effective_date": "2030-01-31"}})).is_ok());
        assert!(body(op, &json!({"account": {}})).is_ok());
        let e = body(op, &json!({"account": {"effective_date": "17/12/2024"}})).unwrap_err();
        assert_eq!(e.kind, crate::ErrorKind::Usage);
        assert!(e.message.contains("effective_date"));
        assert!(body(op, &json!({"account": {"effective_date": 20240101}})).is_err());
    }

    #[test]
    fn counts() {
        assert!(query(&[("limit".into(), "10".into()), ("offset".into(), "0".into())]).is_ok());
        assert!(query(&[("limit".into(), "-1".into())]).is_err());
        assert!(query(&[("offset".into(), "abc".into())]).is_err());
        assert!(query(&[("order_by".into(), "-1".into())]).is_ok());
    }
}
