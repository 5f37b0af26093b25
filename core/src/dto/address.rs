use super::lenient::{Many, Obj, Text};
use crate::dto;

dto! {
    pub struct Address {
        uuid: Text,
        name: Text,
        address_line_1: Text,
        address_line_2: Text,
        address_line_3: Text,
        address_line_4: Text,
        address_line_5: Text,
        post_code: Text,
        city: Text,
        state: Text,
        country: Text,
        #[serde(alias = "isDefaultBilling")]
        is_default_billing: Text,
        #[serde(alias = "isDefaultShipping")]
        is_default_shipping: Text,
        default_billing: Text,
        default_shipping: Text
    }
}

dto! {
    /// `{"account":{"id":..,"addresses":[..]}}` (list/add) or `{"account":{"addresses":{..}}}` (one).
    pub struct AccountAddresses { id: Text, addresses: serde_json::Value, address: Obj<Address> }
}

dto! {
    pub struct AddressesAnswer { account: Obj<AccountAddresses> }
}

impl AccountAddresses {
    /// The addresses whether the server sent a list or a single object.
    pub fn list(&self) -> Vec<Address> {
        match &self.addresses {
            Some(serde_json::Value::Array(items)) => {
                items.iter().filter_map(|v| serde_json::from_value(v.clone()).ok()).collect()
            }
            Some(v @ serde_json::Value::Object(_)) => serde_json::from_value(v.clone()).ok().into_iter().collect(),
            _ => self.address.as_ref().and_then(|a| a.get().cloned()).into_iter().collect(),
        }
    }
}

/// Keeps `Many` in use for list-typed address fields elsewhere.
pub type AddressList = Many<Address>;
