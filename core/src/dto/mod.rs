//! Typed answers of the account API. Decoding is lenient and lossless (see `lenient`):
//! every field is optional, scalars keep the JSON type they arrived with, and keys a type
//! does not declare are kept in its `extra` map and written back on re-encode.

pub mod lenient;

mod account;
mod address;
mod billing;
mod common;
mod contact;
mod email;
mod note;
mod payment_method;
mod summary;

pub use account::*;
pub use address::*;
pub use billing::*;
pub use common::*;
pub use contact::*;
pub use email::*;
pub use lenient::{Many, Obj, Text};
pub use note::*;
pub use payment_method::*;
pub use summary::*;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::ops::AnswerKind;

/// A decoded answer, by the operation's answer kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    Account(AccountAnswer),
    AccountList(AccountListAnswer),
    AccountCancel(AccountCancelAnswer),
    Contacts(ContactsAnswer),
    Addresses(AddressesAnswer),
    PaymentMethods(PaymentMethodsAnswer),
    BillingPreferences(BillingPreferencesAnswer),
    Notes(NotesAnswer),
    Image(ImageAnswer),
    Emails(EmailsAnswer),
    FinancialSummary(FinancialSummaryAnswer),
    Orders(OrdersAnswer),
    CustomObjects(CustomObjectList),
    /// Any JSON, passed through (`AnswerKind::Json`).
    Json(Value),
    /// 204 or an empty body.
    Empty,
}

impl Answer {
    /// Decodes a body for an operation's answer kind. A 200 with `{}` is valid; anything
    /// that is not a JSON object (where one is expected) is a Decode error.
    pub fn decode(kind: AnswerKind, body: &Value) -> Result<Answer> {
        if body.is_null() {
            return Ok(Answer::Empty);
        }
        if matches!(kind, AnswerKind::Json | AnswerKind::Binary) {
            return Ok(Answer::Json(body.clone()));
        }
        if !body.is_object() {
            return Err(Error::decode(format!("expected a JSON object in the answer, got {}", type_name(body))));
        }
        fn de<T: serde::de::DeserializeOwned>(body: &Value) -> Result<T> {
            serde_json::from_value(body.clone())
                .map_err(|e| Error::decode(format!("the answer does not have the expected shape: {e}")))
        }
        Ok(match kind {
            AnswerKind::Account => Answer::Account(de(body)?),
            AnswerKind::AccountList => Answer::AccountList(de(body)?),
            AnswerKind::AccountCancel => Answer::AccountCancel(de(body)?),
            AnswerKind::Empty => Answer::Empty,
            AnswerKind::Contacts | AnswerKind::Contact => Answer::Contacts(de(body)?),
            AnswerKind::Addresses | AnswerKind::Address => Answer::Addresses(de(body)?),
            AnswerKind::PaymentMethods | AnswerKind::PaymentMethod => Answer::PaymentMethods(de(body)?),
            AnswerKind::BillingPreferences => Answer::BillingPreferences(de(body)?),
            AnswerKind::Notes | AnswerKind::Note | AnswerKind::NoteFiles | AnswerKind::NoteFile => {
                Answer::Notes(de(body)?)
            }
            AnswerKind::Image => Answer::Image(de(body)?),
            AnswerKind::Email | AnswerKind::Emails => Answer::Emails(de(body)?),
            AnswerKind::FinancialSummary => Answer::FinancialSummary(de(body)?),
            AnswerKind::Orders => Answer::Orders(de(body)?),
            AnswerKind::CustomObjects | AnswerKind::CustomObject => Answer::CustomObjects(de(body)?),
            AnswerKind::Json | AnswerKind::Binary => Answer::Json(body.clone()),
        })
    }
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_and_bools_are_accepted_where_strings_are_expected() {
        let a: Account =
            serde_json::from_value(json!({"name": 12, "grant_portal_access": true, "version": "1"})).unwrap();
        assert_eq!(a.name.unwrap().as_str().unwrap(), "12");
        assert_eq!(a.grant_portal_access.unwrap().as_bool(), Some(true));
    }

    #[test]
    fn objects_accept_empty_forms_and_round_trip() {
        for empty in [json!({}), json!([]), json!(""), json!(null)] {
            let body = json!({"account": {"name": "A", "currency": empty.clone(), "tax": empty.clone(), "addresses": empty.clone()}});
            let a: AccountAnswer = serde_json::from_value(body.clone()).unwrap();
            assert_eq!(serde_json::to_value(&a).unwrap(), body, "round trip of {empty}");
        }
    }

    #[test]
    fn unknown_fields_round_trip() {
        let body =
            json!({"account": {"name": "A", "brand_new_field": {"x": [1, 2]}, "isDefaultBilling": "true"}, "meta": 1});
        let a: AccountAnswer = serde_json::from_value(body.clone()).unwrap();
        assert_eq!(a.account.as_ref().unwrap().get().unwrap().extra["brand_new_field"], json!({"x": [1, 2]}));
        assert_eq!(serde_json::to_value(&a).unwrap(), body);
    }

    #[test]
    fn camel_case_keys_map_onto_fields() {
        let a: Address =
            serde_json::from_value(json!({"isDefaultBilling": "true", "isDefaultShipping": false})).unwrap();
        assert_eq!(a.is_default_billing.unwrap().as_bool(), Some(true));
        assert_eq!(a.is_default_shipping.unwrap().as_bool(), Some(false));
    }

    #[test]
    fn empty_object_is_a_valid_answer_and_non_objects_are_decode_errors() {
        assert!(matches!(Answer::decode(AnswerKind::Account, &json!({})).unwrap(), Answer::Account(_)));
        assert_eq!(Answer::decode(AnswerKind::AccountList, &json!([1])).unwrap_err().kind, crate::ErrorKind::Decode);
        assert_eq!(Answer::decode(AnswerKind::Empty, &Value::Null).unwrap(), Answer::Empty);
    }

    #[test]
    fn list_with_specified_orders_decodes() {
        let body = json!({"account": {"payment_methods": [{"reference": "R", "specified_orders": [{"order_id": "O1"}], "default": "true"}]}});
        let a: PaymentMethodsAnswer = serde_json::from_value(body).unwrap();
        let account = a.account.unwrap();
        let pm = &account.get().unwrap().payment_methods.as_ref().unwrap().items()[0];
        assert_eq!(pm.specified_orders.as_ref().unwrap().items()[0].order_id.as_ref().unwrap().to_string(), "O1");
    }
}
