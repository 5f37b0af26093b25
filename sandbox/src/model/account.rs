//! The account and its wire shapes (full details, information, list item).

use serde_json::{json, Map, Value};

use super::address::{self, Address, FlagStyle};
use super::{contact, payment_method, Email, Note, StoredFile};
use crate::error::{ApiError, ApiResult};
use crate::util::{api_bool, as_text, is_valid_email, new_uuid, now_stamp, stable_uuid, text_of};

use super::CREATED_BY;

/// Plain text fields a create or an information update may set.
const TEXT_FIELDS: &[&str] = &[
    "name",
    "display_name",
    "description",
    "email_address",
    "type",
    "website",
    "linkedin",
    "twitter",
    "facebook",
    "parent_account",
    "manager",
    "referral_tracking",
];
const BOOL_FIELDS: &[&str] = &["invoice_parent_account", "grant_portal_access"];
/// Free-form values kept as given.
const VALUE_FIELDS: &[&str] = &[
    "tax",
    "accounting_code",
    "pricing_level",
    "communication_preference",
    "custom_attributes",
    "custom_forms",
    "group",
    "sales_rep",
];
/// Fields of the `information` answer, in the API's order (image_uri is computed).
const INFO_ORDER: &[&str] = &[
    "name",
    "display_name",
    "description",
    "invoice_parent_account",
    "type",
    "email_address",
    "image_uri",
    "custom_forms",
    "currency",
    "time_zone",
    "grant_portal_access",
    "tax",
    "accounting_code",
    "pricing_level",
    "communication_preference",
];
const SOCIAL: &[&str] = &["website", "linkedin", "twitter", "facebook"];

#[derive(Debug, Clone)]
pub struct Account {
    /// Creation order, the default list order.
    pub seq: u64,
    pub id: String,
    pub uuid: String,
    pub status: String,
    pub fields: Map<String, Value>,
    pub billing: Map<String, Value>,
    pub addresses: Vec<Address>,
    pub contacts: Vec<Map<String, Value>>,
    pub payment_methods: Vec<Map<String, Value>>,
    pub notes: Vec<Note>,
    pub emails: Vec<Email>,
    pub image: Option<(StoredFile, String)>,
    pub custom_objects: Vec<Map<String, Value>>,
    pub created_on: String,
    pub last_updated_on: String,
    pub last_updated_by: String,
    pub version: u64,
    pub last_cancelled_on: String,
    pub last_reactivated_on: String,
}

fn named_ref(kind: &str, name: &str, base: &str) -> Value {
    let uuid = stable_uuid(&format!("{kind}:{name}"));
    json!({"uuid": uuid, "name": name, "link": format!("{base}/api/v3/{kind}/{uuid}")})
}

pub fn default_billing() -> Map<String, Value> {
    let v = json!({
        "communication_profile": "Default Communication Profile",
        "invoice_mode": "Manual",
        "invoice_term": "Invoice in Advance",
        "billing_period": "1 Month",
        "billing_start_date": "Order Start Date",
        "billing_start_day_of_month": "",
        "charging_and_billing_alignment": "true",
        "payment_processor": "Cash",
        "payment_mode": "Manual",
        "payment_term": "Net 30",
        "payment_term_alignment": "Billing Date",
    });
    v.as_object().cloned().unwrap_or_default()
}

impl Account {
    /// A new account from the `account` object of a create request.
    pub fn create(input: &Map<String, Value>, seq: u64, id: String, base: &str) -> ApiResult<Account> {
        let name = input.get("name").and_then(as_text).unwrap_or_default();
        if name.trim().is_empty() {
            return Err(ApiError::bad_request("Account name is required"));
        }
        let email = input.get("email_address").and_then(as_text).unwrap_or_default();
        if email.trim().is_empty() {
            return Err(ApiError::bad_request("Account email_address is required"));
        }
        let mut fields = Map::new();
        for f in TEXT_FIELDS {
            fields.insert((*f).into(), json!(""));
        }
        fields.insert("display_name".into(), json!(name));
        fields.insert("type".into(), json!("CUSTOMER"));
        fields.insert("invoice_parent_account".into(), json!("false"));
        fields.insert("grant_portal_access".into(), json!("false"));
        fields
            .insert("custom_forms".into(), json!({"uuid": stable_uuid("form:account"), "name": "Default for Account"}));
        fields.insert("currency".into(), named_ref("currencies", "AUD", base));
        fields.insert("time_zone".into(), named_ref("timezones", "Australia/Melbourne", base));
        fields.insert(
            "tax".into(),
            json!({"uuid": stable_uuid("tax:NOTAX"), "code": "NOTAX", "rate": "0.000000",
                   "link": format!("{base}/api/v3/taxes/{}", stable_uuid("tax:NOTAX"))}),
        );
        fields.insert("accounting_code".into(), json!({}));
        fields.insert("pricing_level".into(), json!({}));
        fields.insert("communication_preference".into(), json!([{"media": "EMAIL", "isEnabled": "true"}]));
        fields.insert("custom_attributes".into(), json!([]));
        let now = now_stamp();
        let mut acc = Account {
            seq,
            id,
            uuid: new_uuid(),
            status: "ACTIVE".into(),
            fields,
            billing: default_billing(),
            addresses: Vec::new(),
            contacts: Vec::new(),
            payment_methods: Vec::new(),
            notes: Vec::new(),
            emails: Vec::new(),
            image: None,
            custom_objects: Vec::new(),
            created_on: now,
            last_updated_on: String::new(),
            last_updated_by: String::new(),
            version: 1,
            last_cancelled_on: String::new(),
            last_reactivated_on: String::new(),
        };
        acc.apply_fields(input, base)?;
        if let Some(v) = input.get("billing_preferences") {
            acc.apply_billing(v)?;
        }
        if let Some(v) = input.get("addresses") {
            let Value::Array(items) = v else {
                return Err(ApiError::bad_request("'addresses' must be an array"));
            };
            for it in items {
                acc.addresses.push(Address::create(it)?);
                let last = acc.addresses.len() - 1;
                address::settle_defaults(&mut acc.addresses, last);
            }
        }
        if let Some(v) = input.get("contacts") {
            let Value::Array(items) = v else {
                return Err(ApiError::bad_request("'contacts' must be an array"));
            };
            for (i, it) in items.iter().enumerate() {
                let Value::Object(c) = it else {
                    return Err(ApiError::bad_request("Each contact must be an object"));
                };
                let t = c.get("type").and_then(as_text).unwrap_or_else(|| format!("CONTACT_{}", i + 1));
                if !contact::is_valid_type(&t) {
                    return Err(ApiError::bad_request(format!("Invalid contact type '{t}'")));
                }
                let mut m = contact::blank(&t);
                contact::apply(&mut m, c, base)?;
                acc.contacts.retain(|x| text_of(x, "type") != t);
                acc.contacts.push(m);
            }
        }
        let methods = input.get("payment_methods").or_else(|| input.get("payment_method"));
        if let Some(v) = methods {
            let items = match v {
                Value::Array(items) => items.clone(),
                other => vec![other.clone()],
            };
            for it in &items {
                let m = payment_method::create(it, base)?;
                let r = payment_method::reference(&m);
                if acc.payment_methods.iter().any(|x| payment_method::reference(x) == r) {
                    return Err(ApiError::bad_request(format!("Duplicate payment method reference '{r}'")));
                }
                acc.payment_methods.push(m);
                let last = acc.payment_methods.len() - 1;
                payment_method::settle_default(&mut acc.payment_methods, last);
            }
        }
        if let Some(Value::Array(items)) = input.get("custom_objects") {
            for it in items {
                if let Value::Object(o) = it {
                    let mut o = o.clone();
                    let uuid = o.get("uuid").and_then(as_text).filter(|s| !s.is_empty()).unwrap_or_else(new_uuid);
                    o.insert("uuid".into(), json!(uuid));
                    o.entry("name").or_insert(json!("Custom Object"));
                    o.insert("link".into(), json!(format!("{base}/api/v3/custom-objects/{uuid}")));
                    acc.custom_objects.push(o);
                }
            }
        }
        Ok(acc)
    }

    /// Writes the plain fields present in `input` (create and information update).
    pub fn apply_fields(&mut self, input: &Map<String, Value>, base: &str) -> ApiResult<()> {
        if let Some(v) = input.get("name") {
            if as_text(v).unwrap_or_default().trim().is_empty() {
                return Err(ApiError::bad_request("Account name cannot be empty"));
            }
        }
        if let Some(v) = input.get("email_address") {
            let e = as_text(v).unwrap_or_default();
            if !is_valid_email(&e) {
                return Err(ApiError::bad_request(format!("Invalid email address '{e}'")));
            }
        }
        if let Some(t) = input.get("type").and_then(as_text) {
            let t = t.to_ascii_uppercase();
            if t != "CUSTOMER" && t != "SUPPLIER" {
                return Err(ApiError::bad_request(format!("Invalid account type '{t}'")));
            }
        }
        for f in TEXT_FIELDS {
            if let Some(v) = input.get(*f) {
                let t = as_text(v).ok_or_else(|| ApiError::bad_request(format!("'{f}' must be a string")))?;
                let t = if *f == "type" { t.to_ascii_uppercase() } else { t };
                self.fields.insert((*f).into(), json!(t));
            }
        }
        for f in BOOL_FIELDS {
            if let Some(v) = input.get(*f) {
                let b = api_bool(v).ok_or_else(|| ApiError::bad_request(format!("'{f}' must be true or false")))?;
                self.fields.insert((*f).into(), json!(b));
            }
        }
        for f in VALUE_FIELDS {
            if let Some(v) = input.get(*f) {
                self.fields.insert((*f).into(), v.clone());
            }
        }
        for (f, kind) in [("currency", "currencies"), ("time_zone", "timezones")] {
            match input.get(f) {
                Some(Value::Object(o)) => {
                    self.fields.insert(f.into(), Value::Object(o.clone()));
                }
                Some(v) => {
                    if let Some(name) = as_text(v).filter(|s| !s.is_empty()) {
                        self.fields.insert(f.into(), named_ref(kind, &name, base));
                    }
                }
                None => {}
            }
        }
        Ok(())
    }

    pub fn apply_billing(&mut self, v: &Value) -> ApiResult<()> {
        let Value::Object(input) = v else {
            return Err(ApiError::bad_request("'billing_preferences' must be an object"));
        };
        // Built aside so a rejected update changes nothing.
        let mut billing = self.billing.clone();
        for (k, v) in input {
            let text = if k == "charging_and_billing_alignment" { api_bool(v).map(str::to_string) } else { as_text(v) };
            let text = text.ok_or_else(|| ApiError::bad_request(format!("Invalid value for '{k}'")))?;
            billing.insert(k.clone(), json!(text));
        }
        self.billing = billing;
        Ok(())
    }

    pub fn touch(&mut self) {
        self.version += 1;
        self.last_updated_on = now_stamp();
        self.last_updated_by = CREATED_BY.into();
    }

    pub fn image_uri(&self) -> String {
        self.image.as_ref().map(|(_, uri)| uri.clone()).unwrap_or_default()
    }

    fn kpis(&self) -> Value {
        json!({
            "total_revenue": 0, "monthly_recurring_revenue": 0, "total_collected": 0,
            "total_refunded": 0, "total_outstanding": 0, "total_overdue": 0, "total_balance": 0,
            "total_credit_balance": 0, "total_orders": 0, "total_active_orders": 0,
            "last_reactivated_on": self.last_reactivated_on,
            "last_cancelled_on": self.last_cancelled_on,
            "deleted_on": "",
        })
    }

    fn field(&self, key: &str) -> Value {
        if key == "image_uri" {
            return json!(self.image_uri());
        }
        self.fields.get(key).cloned().unwrap_or(json!(""))
    }

    fn head(&self) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("status".into(), json!(self.status));
        m.insert("id".into(), json!(self.id));
        m
    }

    fn tail(&self, m: &mut Map<String, Value>) {
        m.insert("created_by".into(), json!(CREATED_BY));
        m.insert("created_on".into(), json!(self.created_on));
        m.insert("last_updated_by".into(), json!(self.last_updated_by));
        m.insert("last_updated_on".into(), json!(self.last_updated_on));
        m.insert("uuid".into(), json!(self.uuid));
        m.insert("version".into(), json!(self.version.to_string()));
        m.insert("custom_attributes".into(), self.field("custom_attributes"));
        m.insert("custom_objects".into(), self.custom_objects_json());
    }

    pub fn custom_objects_json(&self) -> Value {
        Value::Array(self.custom_objects.iter().cloned().map(Value::Object).collect())
    }

    /// Account details, list items, create and update answers.
    pub fn to_full_json(&self) -> Value {
        let mut m = self.head();
        for k in INFO_ORDER {
            m.insert((*k).into(), self.field(k));
        }
        m.insert(
            "addresses".into(),
            Value::Array(self.addresses.iter().map(|a| a.to_json(FlagStyle::Camel)).collect()),
        );
        for k in SOCIAL {
            m.insert((*k).into(), self.field(k));
        }
        m.insert("kpis".into(), self.kpis());
        self.tail(&mut m);
        m.insert("billing_preferences".into(), Value::Object(self.billing.clone()));
        m.insert("contacts".into(), self.contacts_json());
        m.insert("payment_methods".into(), self.payment_methods_json());
        Value::Object(m)
    }

    /// `GET accounts/{id}/information`: no addresses, contacts, payment methods, billing.
    pub fn to_information_json(&self) -> Value {
        let mut m = self.head();
        for k in INFO_ORDER {
            m.insert((*k).into(), self.field(k));
        }
        for k in SOCIAL {
            m.insert((*k).into(), self.field(k));
        }
        self.tail(&mut m);
        Value::Object(m)
    }

    pub fn contacts_json(&self) -> Value {
        Value::Array(self.contacts.iter().cloned().map(Value::Object).collect())
    }

    pub fn payment_methods_json(&self) -> Value {
        Value::Array(self.payment_methods.iter().cloned().map(Value::Object).collect())
    }

    /// The text of a field, for `order_by`.
    pub fn sort_key(&self, field: &str) -> Option<String> {
        Some(match field {
            "id" => self.id.clone(),
            "uuid" => self.uuid.clone(),
            "status" => self.status.clone(),
            "created_on" => format!("{}#{:012}", self.created_on, self.seq),
            "last_updated_on" => self.last_updated_on.clone(),
            "version" => self.version.to_string(),
            f if self.fields.contains_key(f) => self.fields.get(f).and_then(as_text)?,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn make(v: Value) -> ApiResult<Account> {
        Account::create(v.as_object().unwrap(), 1, "ABC123".into(), "http://h")
    }

    #[test]
    fn create_defaults_and_validation() {
        let a = make(json!({"name": "N", "email_address": "n@example.com"})).unwrap();
        let j = a.to_full_json();
        assert_eq!(j["status"], "ACTIVE");
        assert_eq!(j["display_name"], "N");
        assert_eq!(j["version"], "1");
        assert_eq!(j["billing_preferences"]["payment_term"], "Net 30");
        assert!(j["contacts"].as_array().unwrap().is_empty());
        assert!(make(json!({"email_address": "n@example.com"})).is_err());
        assert!(make(json!({"name": "N"})).is_err());
        assert!(make(json!({"name": "N", "email_address": "bad"})).is_err());
    }

    #[test]
    fn information_omits_nested_lists() {
        let a = make(json!({"name": "N", "email_address": "n@example.com"})).unwrap();
        let j = a.to_information_json();
        assert!(j.get("contacts").is_none());
        assert!(j.get("billing_preferences").is_none());
        assert_eq!(j["custom_objects"], json!([]));
    }
}
