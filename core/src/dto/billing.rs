use super::lenient::{Obj, Text};
use crate::dto;

dto! {
    pub struct BillingPreferences {
        communication_profile: Text,
        invoice_mode: Text,
        invoice_term: Text,
        billing_period: Text,
        billing_start_date: Text,
        billing_start_day_of_month: Text,
        charging_and_billing_alignment: Text,
        payment_processor: Text,
        payment_mode: Text,
        payment_term: Text,
        payment_term_alignment: Text
    }
}

dto! {
    pub struct AccountBillingPreferences { id: Text, billing_preferences: Obj<BillingPreferences> }
}

dto! {
    pub struct BillingPreferencesAnswer { account: Obj<AccountBillingPreferences> }
}
