use super::common::Reference;
use super::lenient::{Many, Obj, Text};
use crate::dto;

dto! {
    pub struct SpecifiedOrder { order_id: Text }
}

dto! {
    pub struct AdditionalFields { host_ip: Text }
}

dto! {
    /// A payment method. Card data (`token`, `card_number`, `card_cvv`) is never logged:
    /// the redactor masks those keys.
    pub struct PaymentMethod {
        processor_type: Text,
        payment_processor: Text,
        status: Text,
        default: Text,
        reference: Text,
        payment_count: Text,
        last_used_on: Text,
        created_by: Text,
        created_on: Text,
        last_updated_by: Text,
        last_updated_on: Text,
        uuid: Text,
        version: Text,
        specified_orders: Many<SpecifiedOrder>,
        use_for_specified_orders: Text,
        processor: Obj<Reference>,
        card_type: Text,
        token: Text,
        card_number: Text,
        expiry_month: Text,
        expiry_year: Text,
        card_cvv: Text,
        name_on_card: Text,
        last_used_result: Text,
        error_count_since_last_success: Text,
        account_number: Text,
        routing_number: Text,
        account_name: Text,
        additional_fields: Obj<AdditionalFields>
    }
}

dto! {
    pub struct AccountPaymentMethods { id: Text, payment_methods: Many<PaymentMethod>, payment_method: Obj<PaymentMethod> }
}

dto! {
    pub struct PaymentMethodsAnswer { account: Obj<AccountPaymentMethods> }
}
