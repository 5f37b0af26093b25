//! Account addresses. The real API spells the default flags three ways depending on the
//! answer (`default_billing`, `is_default_billing`, `isDefaultBilling`); the sandbox does the
//! same so client decoders get exercised.

use serde_json::{Map, Value};

use crate::error::{ApiError, ApiResult};
use crate::util::{api_bool, as_text, new_uuid};

pub const LINE_FIELDS: &[&str] = &[
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

#[derive(Debug, Clone, Default)]
pub struct Address {
    pub uuid: String,
    /// The LINE_FIELDS, all present.
    pub fields: Map<String, Value>,
    pub default_billing: bool,
    pub default_shipping: bool,
}

/// Which spelling of the default flags an answer uses.
#[derive(Debug, Clone, Copy)]
pub enum FlagStyle {
    /// `default_billing` (answer of POST addresses)
    Plain,
    /// `is_default_billing` (address list and details)
    Snake,
    /// `isDefaultBilling` (account details, PATCH answer)
    Camel,
}

fn flag(input: &Map<String, Value>, names: &[&str]) -> ApiResult<Option<bool>> {
    for n in names {
        if let Some(v) = input.get(*n) {
            return match api_bool(v) {
                Some(b) => Ok(Some(b == "true")),
                None => Err(ApiError::bad_request(format!("'{n}' must be true or false"))),
            };
        }
    }
    Ok(None)
}

const BILLING_NAMES: &[&str] = &["default_billing", "is_default_billing", "isDefaultBilling"];
const SHIPPING_NAMES: &[&str] = &["default_shipping", "is_default_shipping", "isDefaultShipping"];

impl Address {
    pub fn create(input: &Value) -> ApiResult<Address> {
        let Value::Object(input) = input else {
            return Err(ApiError::bad_request("Each address must be an object"));
        };
        let mut a = Address { uuid: new_uuid(), ..Default::default() };
        for f in LINE_FIELDS {
            a.fields.insert((*f).into(), Value::String(String::new()));
        }
        a.apply(input)?;
        Ok(a)
    }

    /// Applies the fields present in `input` (a PATCH).
    pub fn apply(&mut self, input: &Map<String, Value>) -> ApiResult<()> {
        for f in LINE_FIELDS {
            if let Some(v) = input.get(*f) {
                let text = as_text(v).ok_or_else(|| ApiError::bad_request(format!("'{f}' must be a string")))?;
                self.fields.insert((*f).into(), Value::String(text));
            }
        }
        if let Some(b) = flag(input, BILLING_NAMES)? {
            self.default_billing = b;
        }
        if let Some(b) = flag(input, SHIPPING_NAMES)? {
            self.default_shipping = b;
        }
        Ok(())
    }

    pub fn to_json(&self, style: FlagStyle) -> Value {
        let (billing, shipping) = match style {
            FlagStyle::Plain => ("default_billing", "default_shipping"),
            FlagStyle::Snake => ("is_default_billing", "is_default_shipping"),
            FlagStyle::Camel => ("isDefaultBilling", "isDefaultShipping"),
        };
        let mut m = self.fields.clone();
        m.insert(billing.into(), bool_text(self.default_billing));
        m.insert(shipping.into(), bool_text(self.default_shipping));
        m.insert("uuid".into(), Value::String(self.uuid.clone()));
        Value::Object(m)
    }
}

fn bool_text(b: bool) -> Value {
    Value::String(if b { "true" } else { "false" }.into())
}

/// Keeps at most one default billing and one default shipping address: the one at `keep`.
pub fn settle_defaults(list: &mut [Address], keep: usize) {
    let (billing, shipping) = (list[keep].default_billing, list[keep].default_shipping);
    for (i, a) in list.iter_mut().enumerate() {
        if i != keep {
            if billing {
                a.default_billing = false;
            }
            if shipping {
                a.default_shipping = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn accepts_all_flag_spellings() {
        let a = Address::create(&json!({"city": "X", "isDefaultBilling": true})).unwrap();
        assert!(a.default_billing);
        let v = a.to_json(FlagStyle::Snake);
        assert_eq!(v["is_default_billing"], "true");
        assert_eq!(v["city"], "X");
        assert_eq!(v["address_line_1"], "");
    }
}
