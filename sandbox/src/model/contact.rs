//! Account contacts, addressed by their type (`CONTACT_1`, `CONTACT_2`, ...).
//! A contact is kept as the full JSON object the API answers with.

use serde_json::{json, Map, Value};

use crate::error::{ApiError, ApiResult};
use crate::util::{api_bool, as_text, is_valid_email, new_uuid, now_stamp};

const TEXT_FIELDS: &[&str] = &[
    "first_name",
    "middle_name",
    "last_name",
    "address_line_1",
    "address_line_2",
    "address_line_3",
    "address_line_4",
    "address_line_5",
    "post_code",
    "city",
    "state",
    "country",
];
const BOOL_FIELDS: &[&str] = &["billing_contact", "shipping_contact", "receive_billing_information"];
const PHONE_FIELDS: &[&str] = &["phone", "fax", "mobile"];
const SALUTATIONS: &[&str] = &["Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Prof.", "Mx."];
const DESIGNATIONS: &[&str] = &["CEO", "CFO", "CTO", "Director", "Manager", "Owner", "Staff"];

/// `CONTACT_1` .. `CONTACT_99`.
pub fn is_valid_type(t: &str) -> bool {
    t.strip_prefix("CONTACT_")
        .is_some_and(|n| !n.is_empty() && n.len() <= 2 && !n.starts_with('0') && n.bytes().all(|b| b.is_ascii_digit()))
}

fn display_name(t: &str) -> String {
    match t {
        "CONTACT_1" => "Billing Contact".into(),
        "CONTACT_2" => "Shipping Contact".into(),
        _ => format!("Contact {}", t.trim_start_matches("CONTACT_")),
    }
}

fn empty_phone() -> Value {
    json!({"country_code": "", "area_code": "", "number": "", "full": "", "do_not_call": "false"})
}

/// A new contact of this type with every field present.
pub fn blank(contact_type: &str) -> Map<String, Value> {
    let now = now_stamp();
    let v = json!({
        "type": contact_type,
        "type_display_name": display_name(contact_type),
        "billing_contact": if contact_type == "CONTACT_1" { "true" } else { "false" },
        "shipping_contact": if contact_type == "CONTACT_2" { "true" } else { "false" },
        "salutation": {},
        "designation": {},
        "first_name": "",
        "middle_name": "",
        "last_name": "",
        "email": {"address": "", "do_not_email": "false"},
        "address_line_1": "",
        "address_line_2": "",
        "address_line_3": "",
        "address_line_4": "",
        "address_line_5": "",
        "post_code": "",
        "city": "",
        "state": "",
        "country": "",
        "phone": empty_phone(),
        "fax": empty_phone(),
        "mobile": empty_phone(),
        "receive_billing_information": "false",
        "created_by": crate::model::CREATED_BY,
        "created_on": now,
        "last_updated_by": "",
        "last_updated_on": "",
        "uuid": new_uuid(),
        "version": "1",
        "custom_attributes": [],
    });
    match v {
        Value::Object(m) => m,
        _ => unreachable!(),
    }
}

/// Writes the fields present in `input` onto `contact`.
pub fn apply(contact: &mut Map<String, Value>, input: &Map<String, Value>, base: &str) -> ApiResult<()> {
    for f in TEXT_FIELDS {
        if let Some(v) = input.get(*f) {
            let t = as_text(v).ok_or_else(|| ApiError::bad_request(format!("'{f}' must be a string")))?;
            contact.insert((*f).into(), Value::String(t));
        }
    }
    for f in BOOL_FIELDS {
        if let Some(v) = input.get(*f) {
            let b = api_bool(v).ok_or_else(|| ApiError::bad_request(format!("'{f}' must be true or false")))?;
            contact.insert((*f).into(), Value::String(b.into()));
        }
    }
    for (field, table, kind) in
        [("salutation", SALUTATIONS, "salutations"), ("designation", DESIGNATIONS, "designations")]
    {
        if let Some(v) = input.get(field) {
            contact.insert(field.into(), lookup_ref(v, table, kind, base));
        }
    }
    if let Some(v) = input.get("email") {
        let email = contact.entry("email").or_insert_with(|| json!({"address": "", "do_not_email": "false"}));
        match v {
            Value::String(s) => email["address"] = Value::String(s.clone()),
            Value::Object(m) => {
                if let Some(a) = m.get("address") {
                    email["address"] = Value::String(as_text(a).unwrap_or_default());
                }
                if let Some(d) = m.get("do_not_email") {
                    let b = api_bool(d).ok_or_else(|| ApiError::bad_request("'do_not_email' must be true or false"))?;
                    email["do_not_email"] = Value::String(b.into());
                }
            }
            _ => return Err(ApiError::bad_request("'email' must be an object")),
        }
        let address = email["address"].as_str().unwrap_or("");
        if !address.is_empty() && !is_valid_email(address) {
            return Err(ApiError::bad_request(format!("Invalid contact email address '{address}'")));
        }
    }
    for f in PHONE_FIELDS {
        if let Some(v) = input.get(*f) {
            let Value::Object(m) = v else {
                return Err(ApiError::bad_request(format!("'{f}' must be an object")));
            };
            let phone = contact.entry(*f).or_insert_with(empty_phone);
            for key in ["country_code", "area_code", "number"] {
                if let Some(x) = m.get(key) {
                    phone[key] = Value::String(as_text(x).unwrap_or_default());
                }
            }
            if let Some(x) = m.get("do_not_call") {
                let b = api_bool(x).ok_or_else(|| ApiError::bad_request("'do_not_call' must be true or false"))?;
                phone["do_not_call"] = Value::String(b.into());
            }
            let full = ["country_code", "area_code", "number"]
                .iter()
                .filter_map(|k| phone[*k].as_str().filter(|s| !s.is_empty()))
                .collect::<Vec<_>>()
                .join(" ");
            phone["full"] = Value::String(full);
        }
    }
    if let Some(v) = input.get("custom_attributes") {
        if !v.is_array() {
            return Err(ApiError::bad_request("'custom_attributes' must be an array"));
        }
        contact.insert("custom_attributes".into(), v.clone());
    }
    Ok(())
}

/// Marks a contact as changed: new version and update time.
pub fn touch(contact: &mut Map<String, Value>) {
    let version = contact.get("version").and_then(Value::as_str).and_then(|v| v.parse::<u64>().ok()).unwrap_or(1);
    contact.insert("version".into(), Value::String((version + 1).to_string()));
    contact.insert("last_updated_on".into(), Value::String(now_stamp()));
    contact.insert("last_updated_by".into(), Value::String(crate::model::CREATED_BY.into()));
}

/// Salutations and designations are sent as names and answered as `{id, name, link}`.
fn lookup_ref(v: &Value, table: &[&str], kind: &str, base: &str) -> Value {
    match v {
        Value::Object(_) => v.clone(),
        Value::Null => json!({}),
        other => {
            let name = as_text(other).unwrap_or_default();
            if name.is_empty() {
                return json!({});
            }
            let id = table
                .iter()
                .position(|t| t.eq_ignore_ascii_case(&name))
                .map(|i| i + 1)
                .unwrap_or(table.len() + 1 + name.len());
            json!({"id": id, "name": name, "link": format!("{base}/api/v2/{kind}/{id}")})
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types() {
        assert!(is_valid_type("CONTACT_1"));
        assert!(is_valid_type("CONTACT_12"));
        assert!(!is_valid_type("CONTACT_0"));
        assert!(!is_valid_type("contact_1"));
        assert!(!is_valid_type("CONTACT_"));
    }

    #[test]
    fn applies_nested_fields() {
        let mut c = blank("CONTACT_1");
        let input = json!({"salutation": "Mr.", "email": {"address": "a@b.com"},
            "phone": {"country_code": "+61", "area_code": "03", "number": "5464"}});
        apply(&mut c, input.as_object().unwrap(), "http://h").unwrap();
        assert_eq!(c["salutation"]["id"], 1);
        assert_eq!(c["email"]["address"], "a@b.com");
        assert_eq!(c["phone"]["full"], "+61 03 5464");
        let bad = json!({"email": {"address": "nope"}});
        assert!(apply(&mut c, bad.as_object().unwrap(), "").is_err());
    }
}
