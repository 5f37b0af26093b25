//! Small shared objects: references, pagination, custom attributes.

use super::lenient::{Many, Text};
use crate::dto;

dto! {
    /// A reference to another object (currency, time zone, custom form, processor...).
    pub struct Reference { uuid: Text, id: Text, name: Text, link: Text }
}

dto! {
    pub struct Tax { uuid: Text, code: Text, rate: Text, link: Text, amount: Text }
}

dto! {
    pub struct AccountingCode { account_receivable: Text }
}

dto! {
    pub struct Pagination {
        records: Text,
        limit: Text,
        offset: Text,
        previous_page: Text,
        next_page: Text,
        current_page: Text,
        order_by: serde_json::Value
    }
}

dto! {
    pub struct CustomAttribute { name: Text, value: serde_json::Value }
}

dto! {
    pub struct CommunicationPreference {
        media: Text,
        #[serde(alias = "isEnabled")]
        is_enabled: Text
    }
}

dto! {
    pub struct CustomObject { uuid: Text, name: Text, link: Text }
}

dto! {
    pub struct CustomObjectList { custom_objects: Many<CustomObject>, pagination: super::lenient::Obj<Pagination> }
}
