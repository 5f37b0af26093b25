//! Checks of the caller's input that need no server: done before any request so that bad
//! input costs nothing and loses nothing. Shared by every binding.

use serde_json::Value;

use crate::error::{quoted, Error, Result};
use crate::ops::Operation;

/// Query parameters that must be non-negative whole numbers.
const COUNT_PARAMS: &[&str] = &["limit", "offset"];

/// The query's counts (`limit`, `offset`: whole numbers of 0 or more) and sort `direction`
/// (`asc` or `desc`, any case), checked and written as they are sent: trimmed, the direction
/// in lower case. The bindings pass the caller's values as text and leave the rule to this.
pub fn query(query: &mut [(String, String)]) -> Result<()> {
    for (name, value) in query.iter_mut() {
        if COUNT_PARAMS.contains(&name.as_str()) {
            *value = count::<u64>(name, value)?.to_string();
        } else if name == "direction" {
            let d = value.trim().to_ascii_lowercase();
            if d != "asc" && d != "desc" {
                return Err(Error::usage(format!("direction must be asc or desc, got {}", quoted(value))));
            }
            *value = d;
        }
    }
    Ok(())
}

/// A count given as text (`limit`, `offset`): a whole number of 0 or more.
pub fn count<T: std::str::FromStr>(name: &str, value: &str) -> Result<T> {
    value
        .trim()
        .parse()
        .map_err(|_| Error::usage(format!("{name} must be a whole number of 0 or more, got {}", quoted(value))))
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

    fn checked(pairs: &[(&str, &str)]) -> Result<Vec<(String, String)>> {
        let mut query: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        super::query(&mut query).map(|()| query)
    }

    #[test]
    fn counts_and_direction_are_checked_and_written_as_sent() {
        let sent = checked(&[("limit", " 10 "), ("offset", "0"), ("direction", " DESC"), ("order_by", "-1")]).unwrap();
        let want = [("limit", "10"), ("offset", "0"), ("direction", "desc"), ("order_by", "-1")];
        assert_eq!(sent, want.map(|(k, v)| (k.to_string(), v.to_string())));
        for bad in [("limit", "-1"), ("offset", "abc"), ("limit", "1.5"), ("direction", "up"), ("direction", "")] {
            assert!(checked(&[bad]).is_err(), "{bad:?}");
        }
        let e = checked(&[("offset", &"7".repeat(10_000))]).unwrap_err();
        assert!(e.message.len() < 200, "a long value is cut: {}", e.message);
    }
}
