//! Payment methods, addressed by their `reference`. Kept as the full JSON answer object.

use serde_json::{json, Map, Value};

use crate::error::{ApiError, ApiResult};
use crate::util::{api_bool, as_text, new_uuid, now_stamp, random_token, stable_uuid, text_of};

/// Builds a new payment method from the `payment_method` object of a request.
pub fn create(input: &Value, base: &str) -> ApiResult<Map<String, Value>> {
    let Value::Object(input) = input else {
        return Err(ApiError::bad_request("'payment_method' must be an object"));
    };
    let processor_type = text_of(input, "processor_type").trim().to_ascii_uppercase();
    if processor_type.is_empty() {
        return Err(ApiError::bad_request("'processor_type' is required"));
    }
    // Any processor type is accepted: the real API knows more than the documented ones,
    // and the documentation's own examples use placeholders.
    let processor = text_of(input, "payment_processor");
    if processor.trim().is_empty() {
        return Err(ApiError::bad_request("'payment_processor' is required"));
    }
    let default = bool_field(input, "default")?.unwrap_or("false");
    let mut reference = text_of(input, "reference");
    if reference.trim().is_empty() {
        reference = format!("REF-{}", random_token(8).to_ascii_uppercase());
    }
    let processor_uuid = stable_uuid(&format!("processor:{processor}"));
    let now = now_stamp();

    let mut m = Map::new();
    m.insert("processor_type".into(), json!(processor_type));
    m.insert("status".into(), json!("ACTIVE"));
    m.insert("default".into(), json!(default));
    m.insert(
        "processor".into(),
        json!({"uuid": processor_uuid, "name": processor,
               "link": format!("{base}/api/v2/payment_processors/{processor_uuid}")}),
    );
    if processor_type == "DIRECT_CREDIT" {
        let number: String = text_of(input, "card_number").chars().filter(char::is_ascii_digit).collect();
        if number.is_empty() {
            return Err(ApiError::bad_request("'card_number' is required for DIRECT_CREDIT"));
        }
        let last4 = &number[number.len().saturating_sub(4)..];
        m.insert("card_type".into(), json!(text_of(input, "card_type")));
        m.insert("token".into(), json!(text_of(input, "token")));
        m.insert("card_number".into(), json!(format!("XXXX-XXXX-XXXX-{last4}")));
        m.insert("expiry_month".into(), json!(text_of(input, "expiry_month")));
        m.insert("expiry_year".into(), json!(text_of(input, "expiry_year")));
        m.insert("card_cvv".into(), json!("XXX"));
        m.insert("name_on_card".into(), json!(text_of(input, "name_on_card")));
    }
    if processor_type == "DIRECT_DEBIT" {
        for f in ["account_name", "account_number", "routing_number"] {
            m.insert(f.into(), json!(text_of(input, f)));
        }
    }
    m.insert("reference".into(), json!(reference));
    m.insert("payment_count".into(), json!("0.000000"));
    m.insert("last_used_on".into(), json!(""));
    if processor_type == "DIRECT_CREDIT" {
        m.insert("last_used_result".into(), json!(""));
        m.insert("error_count_since_last_success".into(), json!("0"));
    }
    m.insert("created_by".into(), json!(crate::model::CREATED_BY));
    m.insert("created_on".into(), json!(now));
    m.insert("last_updated_by".into(), json!(""));
    m.insert("last_updated_on".into(), json!(""));
    m.insert("uuid".into(), json!(new_uuid()));
    m.insert("version".into(), json!("1"));
    m.insert("use_for_specified_orders".into(), json!("false"));
    m.insert("specified_orders".into(), json!(""));
    if let Some(Value::Object(extra)) = input.get("additional_fields") {
        m.insert("additional_fields".into(), Value::Object(extra.clone()));
    }
    apply_update(&mut m, input, false)?;
    Ok(m)
}

/// Applies the updatable fields (PATCH): default, use_for_specified_orders,
/// specified_orders, reference (renames), expiry, card_type, token.
pub fn apply_update(m: &mut Map<String, Value>, input: &Map<String, Value>, bump: bool) -> ApiResult<()> {
    if let Some(b) = bool_field(input, "default")? {
        m.insert("default".into(), json!(b));
    }
    if let Some(b) = bool_field(input, "use_for_specified_orders")? {
        m.insert("use_for_specified_orders".into(), json!(b));
    }
    if let Some(v) = input.get("specified_orders") {
        let orders = match v {
            Value::Array(items) if items.is_empty() => json!(""),
            Value::Array(items) => {
                let mut out = Vec::new();
                for it in items {
                    let id = match it {
                        Value::Object(o) => o.get("order_id").and_then(as_text),
                        other => as_text(other),
                    };
                    match id.filter(|s| !s.is_empty()) {
                        Some(id) => out.push(json!({"order_id": id})),
                        None => return Err(ApiError::bad_request("Each specified order needs an 'order_id'")),
                    }
                }
                Value::Array(out)
            }
            Value::String(s) if s.is_empty() => json!(""),
            Value::Null => json!(""),
            _ => return Err(ApiError::bad_request("'specified_orders' must be a list of {order_id}")),
        };
        m.insert("specified_orders".into(), orders);
    }
    if bump {
        if let Some(r) = input.get("reference").and_then(as_text).filter(|s| !s.trim().is_empty()) {
            m.insert("reference".into(), json!(r));
        }
        for f in ["card_type", "token", "expiry_month", "expiry_year", "name_on_card"] {
            if m.contains_key(f) {
                if let Some(v) = input.get(f).and_then(as_text) {
                    m.insert(f.into(), json!(v));
                }
            }
        }
        let version = text_of(m, "version").parse::<u64>().unwrap_or(1) + 1;
        m.insert("version".into(), json!(version.to_string()));
        m.insert("last_updated_on".into(), json!(now_stamp()));
        m.insert("last_updated_by".into(), json!(crate::model::CREATED_BY));
    }
    Ok(())
}

pub fn reference(m: &Map<String, Value>) -> String {
    text_of(m, "reference")
}

pub fn is_default(m: &Map<String, Value>) -> bool {
    m.get("default").and_then(Value::as_str) == Some("true")
}

/// Keeps one default: when the method at `keep` is default, the others stop being so.
pub fn settle_default(list: &mut [Map<String, Value>], keep: usize) {
    if is_default(&list[keep]) {
        for (i, m) in list.iter_mut().enumerate() {
            if i != keep {
                m.insert("default".into(), json!("false"));
            }
        }
    }
}

fn bool_field(input: &Map<String, Value>, key: &str) -> ApiResult<Option<&'static str>> {
    match input.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => api_bool(v).map(Some).ok_or_else(|| ApiError::bad_request(format!("'{key}' must be true or false"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn card_is_masked() {
        let m = create(
            &json!({"processor_type": "DIRECT_CREDIT", "payment_processor": "securepay",
                "card_number": "4242424242424242", "default": true, "reference": "r1"}),
            "http://h",
        )
        .unwrap();
        assert_eq!(m["card_number"], "XXXX-XXXX-XXXX-4242");
        assert_eq!(m["default"], "true");
        assert_eq!(m["reference"], "r1");
        assert_eq!(m["processor"]["name"], "securepay");
    }

    #[test]
    fn requires_processor() {
        assert!(create(&json!({"processor_type": "OTHER"}), "").is_err());
        assert!(create(&json!({"payment_processor": "Cash"}), "").is_err());
    }

    #[test]
    fn specified_orders_list() {
        let mut m = create(&json!({"processor_type": "OTHER", "payment_processor": "Cash"}), "").unwrap();
        let upd = json!({"use_for_specified_orders": "true", "specified_orders": [{"order_id": "ORD-1"}],
            "reference": "new"});
        apply_update(&mut m, upd.as_object().unwrap(), true).unwrap();
        assert_eq!(m["specified_orders"][0]["order_id"], "ORD-1");
        assert_eq!(m["reference"], "new");
        assert_eq!(m["version"], "2");
    }
}
