use super::common::{CustomAttribute, Reference};
use super::lenient::{Many, Obj, Text};
use crate::dto;

dto! {
    pub struct Phone { country_code: Text, area_code: Text, number: Text, full: Text, do_not_email: Text, do_not_call: Text }
}

dto! {
    pub struct ContactEmail { address: Text, do_not_email: Text }
}

dto! {
    pub struct Contact {
        uuid: Text,
        r#type: Text,
        type_display_name: Text,
        billing_contact: Text,
        shipping_contact: Text,
        salutation: Obj<Reference>,
        designation: Obj<Reference>,
        first_name: Text,
        middle_name: Text,
        last_name: Text,
        email: Obj<ContactEmail>,
        address_line_1: Text,
        address_line_2: Text,
        address_line_3: Text,
        address_line_4: Text,
        address_line_5: Text,
        post_code: Text,
        city: Text,
        state: Text,
        country: Text,
        phone: Obj<Phone>,
        fax: Obj<Phone>,
        mobile: Obj<Phone>,
        receive_billing_information: Text,
        created_by: Text,
        created_on: Text,
        last_updated_by: Text,
        last_updated_on: Text,
        version: Text,
        custom_attributes: Many<CustomAttribute>
    }
}

dto! {
    /// `{"account":{"id":..,"contacts":[..] or {..}}}`; updates answer with `contact`.
    pub struct AccountContacts { id: Text, contacts: serde_json::Value, contact: Obj<Contact> }
}

dto! {
    pub struct ContactsAnswer { account: Obj<AccountContacts> }
}
