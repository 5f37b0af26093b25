use super::address::Address;
use super::billing::BillingPreferences;
use super::common::{
    AccountingCode, CommunicationPreference, CustomAttribute, CustomObject, Pagination, Reference, Tax,
};
use super::contact::Contact;
use super::lenient::{Many, Obj, Text};
use super::payment_method::PaymentMethod;
use crate::dto;

dto! {
    /// An account as the API returns it (and, with fewer fields, as a create sends it).
    pub struct Account {
        id: Text,
        uuid: Text,
        name: Text,
        display_name: Text,
        description: Text,
        email_address: Text,
        status: Text,
        r#type: Text,
        invoice_parent_account: Text,
        parent_account: Text,
        image_uri: Text,
        grant_portal_access: Text,
        website: Text,
        linkedin: Text,
        twitter: Text,
        facebook: Text,
        created_by: Text,
        created_on: Text,
        last_updated_by: Text,
        last_updated_on: Text,
        version: Text,
        group: serde_json::Value,
        manager: serde_json::Value,
        referral_tracking: serde_json::Value,
        sales_rep: serde_json::Value,
        pricing_level: Obj<Reference>,
        currency: Obj<Reference>,
        time_zone: Obj<Reference>,
        tax: Obj<Tax>,
        accounting_code: Obj<AccountingCode>,
        communication_preference: Many<CommunicationPreference>,
        payment_methods: Many<PaymentMethod>,
        billing_preferences: Obj<BillingPreferences>,
        custom_attributes: Many<CustomAttribute>,
        addresses: Many<Address>,
        contacts: Many<Contact>,
        custom_forms: Obj<Reference>,
        event_uuid: Text,
        custom_objects: Many<CustomObject>,
        kpis: serde_json::Value
    }
}

dto! {
    /// `{"account":{..}}`: details, information, create, update.
    pub struct AccountAnswer { account: Obj<Account> }
}

dto! {
    /// `{"accounts":[..],"pagination":{..}}`.
    pub struct AccountListAnswer { accounts: Many<Account>, pagination: Obj<Pagination> }
}

dto! {
    /// Cancel / reactivate: `{"event_uuid":..}` (sometimes inside `account`).
    pub struct AccountCancelAnswer { event_uuid: Text, account: serde_json::Value }
}

impl AccountCancelAnswer {
    pub fn event_uuid(&self) -> Option<String> {
        if let Some(e) = self.event_uuid.as_ref().and_then(|t| t.as_str()) {
            return Some(e.into_owned());
        }
        self.account.as_ref()?.get("event_uuid")?.as_str().map(str::to_string)
    }
}
