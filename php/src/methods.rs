// generated from api/ — do not edit; run `make generate`
//! The methods of the PHP service classes: a table row per documented PHP method (the
//! operation and the role of each parameter), run by `crate::invoke`.

#![allow(non_snake_case)]

use ext_php_rs::exception::PhpResult;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{ZendHashTable, Zval};

use crate::invoke::{iterate, run, Arg, Method, Role};
use crate::pager::RecordIterator;

const ACCOUNT_READ_ALL: Method = Method { operation: "accounts.list", params: &[("queryParams", Role::Query)] };
const ACCOUNT_ITERATE_ALL: Method = Method { operation: "accounts.list", params: &[] };
const ACCOUNT_READ_DETAILS: Method = Method { operation: "accounts.details", params: &[("id", Role::Path)] };
const ACCOUNT_READ_DETAILS_INFORMATION: Method =
    Method { operation: "accounts.information", params: &[("id", Role::Path)] };
const ACCOUNT_CREATE: Method = Method { operation: "accounts.create", params: &[("params", Role::Data)] };
const ACCOUNT_UPDATE: Method =
    Method { operation: "accounts.update_information", params: &[("params", Role::Data), ("id", Role::Path)] };
const ACCOUNT_DELETE: Method = Method { operation: "accounts.delete", params: &[("id", Role::Path)] };
const ACCOUNT_CANCEL: Method =
    Method { operation: "accounts.cancel", params: &[("id", Role::Path), ("params", Role::Body)] };
const ACCOUNT_REACTIVATE: Method =
    Method { operation: "accounts.reactivate", params: &[("id", Role::Path), ("params", Role::Body)] };
const ACCOUNT_PURGE: Method = Method { operation: "accounts.purge", params: &[("id", Role::Path)] };
const ACCOUNT_READ_CONTACT_DETAILS: Method = Method { operation: "contacts.list", params: &[("id", Role::Path)] };
const ACCOUNT_READ_CONTACT_TYPE_DETAILS: Method =
    Method { operation: "contacts.details", params: &[("id", Role::Path), ("contactType", Role::Path)] };
const ACCOUNT_CHANGE_CONTACT_TYPE_DETAILS: Method = Method {
    operation: "contacts.replace",
    params: &[("params", Role::Body), ("id", Role::Path), ("contactType", Role::Path)],
};
const ACCOUNT_UPDATE_CONTACT_TYPE_DETAILS: Method = Method {
    operation: "contacts.modify",
    params: &[("params", Role::Body), ("id", Role::Path), ("contactType", Role::Path)],
};
const ACCOUNT_DELETE_CONTACT_TYPE_DETAILS: Method =
    Method { operation: "contacts.delete", params: &[("id", Role::Path), ("contactType", Role::Path)] };
const ACCOUNT_READ_ADDRESSES: Method = Method { operation: "addresses.list", params: &[("id", Role::Path)] };
const ACCOUNT_READ_ADDRESS_DETAILS: Method =
    Method { operation: "addresses.details", params: &[("id", Role::Path), ("addressUUID", Role::Path)] };
const ACCOUNT_CREATE_ADDRESSES: Method =
    Method { operation: "addresses.add", params: &[("id", Role::Path), ("params", Role::Data)] };
const ACCOUNT_CHANGE_ADDRESSES: Method = Method {
    operation: "addresses.update",
    params: &[("id", Role::Path), ("params", Role::Data), ("addressUUID", Role::Path)],
};
const ACCOUNT_DELETE_ADDRESS: Method =
    Method { operation: "addresses.delete", params: &[("id", Role::Path), ("addressUUID", Role::Path)] };
const ACCOUNT_READ_PAYMENT_METHOD: Method = Method { operation: "payment_methods.list", params: &[("id", Role::Path)] };
const ACCOUNT_READ_DETAILS_PAYMENT_METHOD: Method =
    Method { operation: "payment_methods.details", params: &[("id", Role::Path), ("ref", Role::Path)] };
const ACCOUNT_CREATE_PAYMENT_METHOD: Method =
    Method { operation: "payment_methods.add", params: &[("params", Role::Data), ("id", Role::Path)] };
const ACCOUNT_CREATE_CARD_PAYMENT_METHOD: Method =
    Method { operation: "payment_methods.add", params: &[("params", Role::Data), ("id", Role::Path)] };
const ACCOUNT_UPDATES_PAYMENT_METHOD_ALL_DATA: Method = Method {
    operation: "payment_methods.update",
    params: &[("params", Role::Data), ("id", Role::Path), ("reference", Role::Path)],
};
const ACCOUNT_DELETE_PAYMENT_METHOD: Method =
    Method { operation: "payment_methods.delete", params: &[("id", Role::Path), ("ref", Role::Path)] };
const ACCOUNT_READ_BILLING_PREFERENCE: Method =
    Method { operation: "billing_preferences.details", params: &[("id", Role::Path)] };
const ORDER_READ_BILLING_PREFERENCES: Method =
    Method { operation: "billing_preferences.details", params: &[("accountID", Role::Path)] };
const ACCOUNT_UPDATE_BILLING_PREFERENCE: Method =
    Method { operation: "billing_preferences.update", params: &[("id", Role::Path), ("params", Role::Body)] };
const ACCOUNT_READ_ALL_NOTES: Method = Method { operation: "notes.list", params: &[("id", Role::Path)] };
const ACCOUNT_ITERATE_ALL_NOTES: Method = Method { operation: "notes.list", params: &[("id", Role::Path)] };
const NOTES_READ_ACCOUNT_ALL_NOTES: Method = Method { operation: "notes.list", params: &[("accountId", Role::Path)] };
const ACCOUNT_READ_NOTE_DETAILS: Method =
    Method { operation: "notes.details", params: &[("id", Role::Path), ("noteUUID", Role::Path)] };
const NOTES_READ_ACCOUNT_NOTES_DETAILS: Method =
    Method { operation: "notes.details", params: &[("accountId", Role::Path), ("noteUuid", Role::Path)] };
const ACCOUNT_ADD_NOTE: Method = Method {
    operation: "notes.add",
    params: &[("filePath", Role::Part("file")), ("note", Role::Part("note")), ("id", Role::Path)],
};
const NOTES_CREATE_ACCOUNT_NOTES: Method = Method {
    operation: "notes.add",
    params: &[("filePath", Role::Part("file")), ("note", Role::Part("note")), ("accountId", Role::Path)],
};
const ACCOUNT_DELETE_NOTE: Method =
    Method { operation: "notes.delete", params: &[("id", Role::Path), ("UUID", Role::Path)] };
const ACCOUNT_READ_NOTE_FILES: Method =
    Method { operation: "notes.files", params: &[("id", Role::Path), ("uuid", Role::Path)] };
const NOTES_READ_ACCOUNT_NOTE_ALL_FILES: Method =
    Method { operation: "notes.files", params: &[("accountId", Role::Path), ("noteUuid", Role::Path)] };
const ACCOUNT_READ_NOTE_FILE_DETAILS: Method = Method {
    operation: "notes.file_details",
    params: &[("id", Role::Path), ("noteUUID", Role::Path), ("fileUUID", Role::Path)],
};
const NOTES_READ_ACCOUNT_NOTE_FILE_DETAILS: Method = Method {
    operation: "notes.file_details",
    params: &[("accountId", Role::Path), ("noteUuid", Role::Path), ("fileUuid", Role::Path)],
};
const ACCOUNT_ADD_NOTE_FILES: Method = Method {
    operation: "notes.add_files",
    params: &[("filePath", Role::Part("file")), ("id", Role::Path), ("noteUUID", Role::Path)],
};
const NOTES_ADD_ACCOUNT_FILE: Method = Method {
    operation: "notes.add_files",
    params: &[("filePath", Role::Part("file")), ("noteUuid", Role::PathAt(1)), ("accountId", Role::PathAt(0))],
};
const ACCOUNT_DELETE_NOTE_FILE: Method = Method {
    operation: "notes.delete_file",
    params: &[("id", Role::Path), ("noteUUID", Role::Path), ("fileUUID", Role::Path)],
};
const ACCOUNT_GET_IMAGE: Method = Method { operation: "image.details", params: &[("id", Role::Path)] };
const ACCOUNT_ADD_IMAGE: Method =
    Method { operation: "image.add", params: &[("filePath", Role::Part("image")), ("id", Role::Path)] };
const ACCOUNT_DELETE_IMAGE: Method = Method { operation: "image.delete", params: &[("id", Role::Path)] };
const ACCOUNT_SEND_EMAIL: Method = Method {
    operation: "emails.send",
    params: &[("id", Role::Path), ("email", Role::Fields), ("filePath", Role::Part("attachment"))],
};
const ACCOUNT_READ_EMAILS: Method = Method { operation: "emails.list", params: &[("id", Role::Path)] };
const COMMUNICATION_READ_ACCOUNT_EMAILS: Method =
    Method { operation: "emails.list", params: &[("accountId", Role::Path)] };
const ACCOUNT_READ_EMAIL_DETAILS: Method =
    Method { operation: "emails.details", params: &[("id", Role::Path), ("uuid", Role::Path)] };
const COMMUNICATION_READ_ACCOUNT_EMAIL_DETAILS: Method =
    Method { operation: "emails.details", params: &[("accountId", Role::Path), ("emailId", Role::Path)] };
const ACCOUNT_READ_FINANCIAL_SUMMARY: Method = Method { operation: "financial_summary.all", params: &[] };
const ACCOUNT_READ_ACCOUNT_FINANCIAL_SUMMARY: Method =
    Method { operation: "financial_summary.account", params: &[("id", Role::Path)] };
const ACCOUNT_READ_UNLINKED_ORDERS: Method = Method { operation: "orders.unlinked", params: &[("id", Role::Path)] };
const ACCOUNT_READ_LINKED_ORDERS: Method = Method { operation: "orders.linked", params: &[("id", Role::Path)] };
const ACCOUNT_READ_CUSTOM_OBJECT: Method = Method { operation: "custom_objects.list", params: &[("id", Role::Path)] };
const ACCOUNT_READ_CUSTOM_OBJECT_DETAILS: Method =
    Method { operation: "custom_objects.details", params: &[("id", Role::Path), ("customObjectUUID", Role::Path)] };
const ORDER_CREATE: Method = Method { operation: "order.create", params: &[("params", Role::Data)] };
const ORDER_CREATE_ORDER_WITH_PURCHASE: Method =
    Method { operation: "order.create", params: &[("params", Role::Body)] };
const ORDER_CREATE_WITH_FAMILY_TYPE: Method = Method { operation: "order.create", params: &[("params", Role::Body)] };
const ORDER_CREATE_PREORDER: Method = Method { operation: "order.create", params: &[("params", Role::Body)] };
const ORDER_READ_ALL: Method = Method { operation: "order.list", params: &[("queryParams", Role::Query)] };
const ORDER_ITERATE_ALL: Method = Method { operation: "order.list", params: &[] };
const USAGES_READ_ALL: Method = Method { operation: "order.usage_list", params: &[("queryParams", Role::Query)] };
const USAGES_ITERATE_ALL: Method = Method { operation: "order.usage_list", params: &[] };
const ORDER_READ_DETAILS: Method = Method { operation: "order.details", params: &[("id", Role::Path)] };
const USAGES_READ_DETAILS: Method = Method { operation: "order.usage_details", params: &[("uuId", Role::Path)] };
const ORDER_GET_BULK_ORDER_DETAILS: Method =
    Method { operation: "order.bulk_result", params: &[("bulk_id", Role::Path), ("request_id", Role::Path)] };
const USAGES_CHANGE: Method =
    Method { operation: "order.usage_modify", params: &[("uuId", Role::Path), ("params", Role::Body)] };
const USAGES_UPDATE: Method =
    Method { operation: "order.usage_update", params: &[("uuId", Role::Path), ("params", Role::Body)] };
const USAGES_DELETE: Method = Method { operation: "order.usage_delete", params: &[("uuId", Role::Path)] };
const ORDER_CANCEL: Method =
    Method { operation: "order.cancel", params: &[("params", Role::Body), ("id", Role::Path)] };
const ORDER_CREATE_ORDER_USAGES: Method = Method { operation: "order.add_usage", params: &[("param", Role::Body)] };
const USAGES_CREATE: Method = Method { operation: "order.add_usage", params: &[("params", Role::Body)] };
const ORDER_UPGRADE: Method =
    Method { operation: "order.upgrade", params: &[("id", Role::Path), ("params", Role::Body)] };
const ORDER_CONTRACT_ADJUSTMENT: Method =
    Method { operation: "order.contract_adjustment", params: &[("id", Role::Path), ("params", Role::Body)] };
const ORDER_CONTRACT_ADJUSTMENT_PREVIEW: Method =
    Method { operation: "order.contract_adjustment_preview", params: &[("id", Role::Path), ("params", Role::Body)] };
const ORDER_UPGRADE_PREVIEW: Method =
    Method { operation: "order.upgrade_preview", params: &[("id", Role::Path), ("params", Role::Body)] };
const ORDER_DOWNGRADE: Method =
    Method { operation: "order.downgrade", params: &[("id", Role::Path), ("params", Role::Body)] };
const ORDER_DOWNGRADE_PREVIEW: Method =
    Method { operation: "order.downgrade_preview", params: &[("id", Role::Path), ("params", Role::Body)] };
const ORDER_REACTIVATE: Method =
    Method { operation: "order.reactivate", params: &[("params", Role::Body), ("id", Role::Path)] };
const ORDER_CHANGE: Method =
    Method { operation: "order.change", params: &[("params", Role::Body), ("id", Role::Path)] };
const ORDER_DELETE: Method = Method { operation: "order.delete", params: &[("id", Role::Path)] };
const ORDER_ORDER_PDF: Method =
    Method { operation: "order.order_quote_pdf", params: &[("id", Role::Path), ("format", Role::Format)] };
const ORDER_READ_INFORMATION: Method = Method { operation: "order.information", params: &[("id", Role::Path)] };
const ORDER_READ_ORDER_LINES: Method = Method { operation: "order.lines", params: &[("id", Role::Path)] };
const ORDER_READ_DETAILS_ORDER_LINE: Method =
    Method { operation: "order.lines_charge", params: &[("id", Role::Path), ("chargeItemUUID", Role::Path)] };
const ORDER_READ_ACCOUNT_ORDERS: Method =
    Method { operation: "order.account_list", params: &[("accountID", Role::Path)] };
const ORDER_CHANGE_INFORMATION: Method =
    Method { operation: "order.update_information", params: &[("params", Role::Body), ("id", Role::Path)] };
const ORDER_CHANGE_PAYMENT_METHOD: Method =
    Method { operation: "order.update_information", params: &[("params", Role::Body), ("id", Role::Path)] };
const ORDER_CHANGE_ORDER_LINE_INFORMATION: Method = Method {
    operation: "order.update_line_information",
    params: &[("params", Role::Body), ("id", Role::Path), ("chargeItemUUID", Role::Path)],
};
const ORDER_UPDATE_BILLING_PREFERENCES: Method =
    Method { operation: "order.update_billing_preference", params: &[("params", Role::Body), ("id", Role::Path)] };
const ORDER_CHANGE_BILLING_PREFERENCES: Method =
    Method { operation: "order.fill_in_billing_preference", params: &[("params", Role::Body), ("id", Role::Path)] };
const ORDER_PRE_ORDER_RELINQUISH: Method =
    Method { operation: "order.relinquish", params: &[("params", Role::Body), ("id", Role::Path)] };
const ORDER_CREATE_ORDER_ACCEPT: Method = Method { operation: "order.accept", params: &[("id", Role::Path)] };
const ORDER_CHANGE_STATUS: Method =
    Method { operation: "order.change_status", params: &[("params", Role::Data), ("id", Role::Path)] };
const ORDER_CONVERT_TO_ORDER: Method = Method { operation: "order.convert_to_order", params: &[("id", Role::Path)] };
const ORDER_CHANGE_PREVIEW: Method =
    Method { operation: "order.change_preview", params: &[("params", Role::Body), ("id", Role::Path)] };
const LABOUR_READ_ORDERS: Method =
    Method { operation: "order.labour_list", params: &[("labourUUID", Role::Path), ("queryParams", Role::Query)] };
const LABOUR_ITERATE_ORDERS: Method = Method { operation: "order.labour_list", params: &[("labourUUID", Role::Path)] };
const ORDER_READ_LABOUR_ORDERS: Method = Method { operation: "order.labour_list", params: &[("labourID", Role::Path)] };
const API_ACTION_SCRIPT_EXECUTE: Method = Method {
    operation: "order.api_action_script",
    params: &[("scriptUUID", Role::QueryKey("autoBillScriptUuid", "{}")), ("payload", Role::Body)],
};
const INVOICE_CREATE_ORDER_INVOICE: Method =
    Method { operation: "invoice.create", params: &[("params", Role::Body), ("orderId", Role::Path)] };
const INVOICE_READ_ALL: Method = Method { operation: "invoice.list", params: &[("queryParams", Role::Query)] };
const INVOICE_ITERATE_ALL: Method = Method { operation: "invoice.list", params: &[] };
const INVOICE_READ_DETAILS: Method = Method { operation: "invoice.details", params: &[("id", Role::Path)] };
const INVOICE_READ_DETAILS_INFORMATION: Method =
    Method { operation: "invoice.information", params: &[("id", Role::Path)] };
const INVOICE_DELETE: Method = Method { operation: "invoice.delete", params: &[("id", Role::Path)] };
const INVOICE_READ_ACCOUNT_INVOICES: Method = Method {
    operation: "invoice.invoice_account",
    params: &[("accountID", Role::Path), ("params", Role::Local), ("queryParams", Role::Query)],
};
const INVOICE_ITERATE_ACCOUNT_INVOICES: Method =
    Method { operation: "invoice.invoice_account", params: &[("accountID", Role::Path)] };
const INVOICE_READ_ORDER_INVOICE: Method =
    Method { operation: "invoice.invoice_details_against_order", params: &[("orderId", Role::Path)] };
const INVOICE_CREATE_INVOICE: Method =
    Method { operation: "invoice.item_invoice_create", params: &[("params", Role::Body)] };
const INVOICE_CREATE_AMEND: Method =
    Method { operation: "invoice.update_amend", params: &[("params", Role::Body), ("id", Role::Path)] };
const INVOICE_READ_PDF: Method = Method { operation: "invoice.get_invoice_pdf", params: &[("id", Role::Path)] };
const INVOICE_INVOICE_PDF: Method =
    Method { operation: "invoice.get_invoice_pdf", params: &[("id", Role::Path), ("format", Role::Format)] };
const SETTING_READ_ALL: Method = Method { operation: "setting.get_settings", params: &[("queryParams", Role::Query)] };
const SETTING_ITERATE_ALL: Method = Method { operation: "setting.get_settings", params: &[] };
const SETTING_READ_PAYMENT_PROCESSORS: Method =
    Method { operation: "setting.get_settings_payment_processor", params: &[] };
const SETTING_READ_PRICING_LEVELS: Method = Method { operation: "setting.get_settings_pricing_levels", params: &[] };
const SETTING_READ_ITEM_GROUPS: Method =
    Method { operation: "setting.get_settings_item_group", params: &[("queryParams", Role::Query)] };
const SETTING_ITERATE_ITEM_GROUPS: Method = Method { operation: "setting.get_settings_item_group", params: &[] };
const SETTING_READ_CURRENCIES: Method = Method { operation: "setting.get_settings_currencies", params: &[] };
const SETTING_READ_TAXES: Method = Method { operation: "setting.get_settings_taxes", params: &[] };
const SETTING_READ_DISCOUNT_PROFILES: Method =
    Method { operation: "setting.get_settings_discount_profiles", params: &[] };
const SETTING_READ_REDEMPTION_CODE_DETAILS: Method = Method {
    operation: "setting.get_settings_discount_profiles",
    params: &[("redemptionCode", Role::QueryKey("filter", "discount_profiles/redemption_code eq '{}'"))],
};
const SETTING_READ_ALL_WAREHOUSE: Method =
    Method { operation: "setting.get_settings_warehouses", params: &[("queryParams", Role::Query)] };
const SETTING_ITERATE_ALL_WAREHOUSE: Method = Method { operation: "setting.get_settings_warehouses", params: &[] };
const SETTING_READ_SHIPPING_PROFILE: Method =
    Method { operation: "setting.get_settings_shipping_profiles", params: &[] };
const SETTING_READ_COMPONENTS: Method = Method { operation: "setting.get_settings_components", params: &[] };
const SETTING_READ_VARIATIONS: Method = Method { operation: "setting.get_settings_variations", params: &[] };
const SETTING_CHANGE_VARIATIONS: Method =
    Method { operation: "setting.variation_update", params: &[("params", Role::Body), ("uuId", Role::Path)] };
const USER_SETTINGS_READ_USER_SETTINGS: Method =
    Method { operation: "setting.get_user_settings", params: &[("userUuid", Role::QueryKey("user", "{}"))] };
const SETTING_CREATE_VARIATIONS: Method =
    Method { operation: "setting.variation_create", params: &[("params", Role::Body)] };
const SETTING_UPDATE_ACCOUNT_FIELD_SETTINGS: Method =
    Method { operation: "setting.account_field_update", params: &[("params", Role::Body)] };
const SETTING_UPDATE_ITEM_FIELD_SETTINGS: Method =
    Method { operation: "setting.item_field_update", params: &[("params", Role::Body)] };
const SETTING_UPDATE_DATE_AND_TIME_SETTINGS: Method =
    Method { operation: "setting.date_time_update", params: &[("params", Role::Body)] };
const SETTING_UPDATE_ACCOUNT_GENERAL_SETTINGS: Method =
    Method { operation: "setting.account_general_update", params: &[("params", Role::Body)] };
const SETTING_UPDATE_ITEM_GENERAL_SETTINGS: Method =
    Method { operation: "setting.item_general_update", params: &[("params", Role::Body)] };
const SETTING_READ_WAREHOUSE_DETAILS: Method =
    Method { operation: "setting.get_settings_warehouse_details", params: &[("uuId", Role::Path)] };
const SETTINGS_GET_WAREHOUSE_SETTINGS: Method =
    Method { operation: "setting.get_settings_warehouse_details", params: &[("uuid", Role::Path)] };
const SETTING_READ_VARIATION_BY_ID: Method =
    Method { operation: "setting.get_settings_variation_details", params: &[("variationUUID", Role::Path)] };
const SETTINGS_GET_VARIATION_SETTINGS: Method =
    Method { operation: "setting.get_settings_variation_details", params: &[("uuid", Role::Path)] };
const SETTING_READ_CUSTOM_LOGIC_SCRIPTS: Method = Method { operation: "setting.get_custom_logic_scripts", params: &[] };
const SETTING_READ_CUSTOM_LOGIC_SCRIPT_DETAILS: Method =
    Method { operation: "setting.get_custom_logic_script_details", params: &[("scriptId", Role::Path)] };
const SETTING_READ_API_ACTION_SCRIPT: Method =
    Method { operation: "setting.get_api_action_script", params: &[("queryParams", Role::Query)] };
const SETTING_ITERATE_API_ACTION_SCRIPT: Method = Method { operation: "setting.get_api_action_script", params: &[] };
const SETTING_READ_API_ACTION_SCRIPT_ADMIN_WORKFLOW_COUNT_ALL: Method =
    Method { operation: "setting.read_api_action_script_admin_workflowcount", params: &[("queryParams", Role::Query)] };
const SETTING_ITERATE_API_ACTION_SCRIPT_ADMIN_WORKFLOW_COUNT_ALL: Method =
    Method { operation: "setting.read_api_action_script_admin_workflowcount", params: &[] };
const SETTING_READ_DISCOUNT_PROFILE_DETAILS: Method =
    Method { operation: "discount_profile.details", params: &[("discountProfileUUID", Role::Path)] };
const PAYMENT_CREATE_SINGLE_PAYMENT: Method =
    Method { operation: "payment.create", params: &[("invoiceId", Role::Path), ("params", Role::Body)] };
const PAYMENT_READ_INVOICE_PAYMENT_DETAILS: Method =
    Method { operation: "payment.invoice_details", params: &[("invoiceId", Role::Path)] };
const PAYMENT_READ_ALL: Method = Method { operation: "payment.list", params: &[("queryParams", Role::Query)] };
const PAYMENT_ITERATE_ALL: Method = Method { operation: "payment.list", params: &[] };
const PAYMENT_READ_DETAILS: Method = Method { operation: "payment.details", params: &[("id", Role::Path)] };
const PAYMENT_READ_ACCOUNT_PAYMENT_DETAILS: Method =
    Method { operation: "payment.account_details", params: &[("accountId", Role::Path)] };
const PAYMENT_READ_ORDER_PAYMENT_DETAILS: Method =
    Method { operation: "payment.order_details", params: &[("orderId", Role::Path)] };
const PAYMENT_DELETE: Method = Method { operation: "payment.delete", params: &[("id", Role::Path)] };
const ORDER_CREATE_EXPRESS: Method = Method { operation: "express.create", params: &[("params", Role::Body)] };
const REFUND_READ_ALL_REFUNDS: Method = Method { operation: "refund.list", params: &[("queryParams", Role::Query)] };
const REFUND_ITERATE_ALL_REFUNDS: Method = Method { operation: "refund.list", params: &[] };
const REFUND_READ_DETAILS: Method = Method { operation: "refund.details", params: &[("id", Role::Path)] };
const REFUND_READ_ACCOUNT_REFUNDS: Method =
    Method { operation: "refund.account_refund_list", params: &[("accountId", Role::Path)] };
const REFUND_CREATE: Method =
    Method { operation: "refund.create", params: &[("creditNotesId", Role::Path), ("params", Role::Body)] };
const REFUND_DELETE: Method = Method { operation: "refund.delete", params: &[("id", Role::Path)] };
const PURCHASE_ORDER_READ_ALL: Method =
    Method { operation: "purchase_order.list", params: &[("queryParams", Role::Query)] };
const PURCHASE_ORDER_ITERATE_ALL: Method = Method { operation: "purchase_order.list", params: &[] };
const PURCHASE_ORDER_READ_DETAILS: Method =
    Method { operation: "purchase_order.details", params: &[("id", Role::Path)] };
const PURCHASE_ORDER_DELETE: Method = Method { operation: "purchase_order.delete", params: &[("id", Role::Path)] };
const PURCHASE_ORDER_REACTIVATE: Method =
    Method { operation: "purchase_order.reactivate", params: &[("id", Role::Path)] };
const PURCHASE_ORDER_CANCEL: Method = Method { operation: "purchase_order.cancel", params: &[("id", Role::Path)] };
const PURCHASE_ORDER_READ_DETAILS_INFORMATION: Method =
    Method { operation: "purchase_order.information", params: &[("id", Role::Path)] };
const PURCHASE_ORDER_READ_LINE_DETAILS: Method =
    Method { operation: "purchase_order.line_uuid", params: &[("id", Role::Path), ("lineUUID", Role::Path)] };
const PURCHASE_ORDER_READ_LINES: Method = Method { operation: "purchase_order.po_line", params: &[("id", Role::Path)] };
const PURCHASE_ORDER_CREATE: Method = Method { operation: "purchase_order.create", params: &[("params", Role::Body)] };
const PURCHASE_ORDER_CHANGE: Method =
    Method { operation: "purchase_order.update_information", params: &[("params", Role::Body), ("id", Role::Path)] };
const PURCHASE_ORDER_READ_ACCOUNT_PURCHASE_ORDERS: Method =
    Method { operation: "purchase_order.list_by_account", params: &[("accountId", Role::Path)] };
const PURCHASE_INVOICE_READ_ALL: Method =
    Method { operation: "purchase_invoice.list", params: &[("queryParams", Role::Query)] };
const PURCHASE_INVOICE_ITERATE_ALL: Method = Method { operation: "purchase_invoice.list", params: &[] };
const PURCHASE_INVOICE_READ_DETAILS: Method =
    Method { operation: "purchase_invoice.details", params: &[("id", Role::Path)] };
const PURCHASE_INVOICE_READ_LINES_DETAILS: Method =
    Method { operation: "purchase_invoice.line_details", params: &[("id", Role::Path), ("lineUUID", Role::Path)] };
const PURCHASE_INVOICE_READ_ACCOUNT_PURCHASE_INVOICES: Method =
    Method { operation: "purchase_invoice.account_details", params: &[("accountId", Role::Path)] };
const PURCHASE_INVOICE_CANCEL: Method = Method { operation: "purchase_invoice.cancel", params: &[("id", Role::Path)] };
const PURCHASE_INVOICE_DELETE: Method = Method { operation: "purchase_invoice.delete", params: &[("id", Role::Path)] };
const PURCHASE_INVOICE_CREATE_PURCHASE_ORDER_PURCHASE_INVOICES: Method = Method {
    operation: "purchase_invoice.create_from_purchase_order",
    params: &[("PurchaseOrderId", Role::Path), ("params", Role::Body)],
};
const GIFT_READ_ALL: Method = Method { operation: "gift_certificates.list", params: &[("queryParams", Role::Query)] };
const GIFT_ITERATE_ALL: Method = Method { operation: "gift_certificates.list", params: &[] };
const GIFT_READ_DETAILS: Method = Method { operation: "gift_certificates.details", params: &[("uuId", Role::Path)] };
const GIFT_READ_ALLOCATIONS: Method = Method {
    operation: "gift_certificates.allocation_list",
    params: &[("uuId", Role::Path), ("queryParams", Role::Query)],
};
const GIFT_ITERATE_ALLOCATIONS: Method =
    Method { operation: "gift_certificates.allocation_list", params: &[("uuId", Role::Path)] };
const GIFT_READ_TRANSACTIONS: Method =
    Method { operation: "gift_certificates.transaction_list", params: &[("uuId", Role::Path)] };
const GIFT_DISABLE: Method = Method { operation: "gift_certificates.disable", params: &[("uuId", Role::Path)] };
const GIFT_ENABLE: Method = Method { operation: "gift_certificates.enable", params: &[("uuId", Role::Path)] };
const GIFT_ALLOCATE: Method =
    Method { operation: "gift_certificates.allocate", params: &[("params", Role::Body), ("uuId", Role::Path)] };
const GIFT_DEALLOCATE: Method =
    Method { operation: "gift_certificates.deallocate", params: &[("params", Role::Body), ("uuId", Role::Path)] };
const GIFT_DELETE: Method = Method { operation: "gift_certificates.delete", params: &[("uuId", Role::Path)] };
const GIFT_AMEND: Method =
    Method { operation: "gift_certificates.amend", params: &[("params", Role::Body), ("uuId", Role::Path)] };
const GIFT_CREATE: Method = Method { operation: "gift_certificates.create", params: &[("params", Role::Body)] };
const GIFT_CHANGE: Method =
    Method { operation: "gift_certificates.update", params: &[("params", Role::Body), ("uuId", Role::Path)] };
const CREDIT_NOTE_READ_ALL_CREDIT_NOTES: Method =
    Method { operation: "credit_note.list", params: &[("queryParams", Role::Query)] };
const CREDIT_NOTE_ITERATE_ALL_CREDIT_NOTES: Method = Method { operation: "credit_note.list", params: &[] };
const CREDIT_NOTE_READ: Method = Method { operation: "credit_note.details", params: &[("id", Role::Path)] };
const CREDIT_NOTE_READ_ALL_CREDIT_NOTE_APPLICATIONS: Method =
    Method { operation: "credit_note.credit_note_application_list", params: &[("queryParams", Role::Query)] };
const CREDIT_NOTE_ITERATE_ALL_CREDIT_NOTE_APPLICATIONS: Method =
    Method { operation: "credit_note.credit_note_application_list", params: &[] };
const CREDIT_NOTE_READ_CREDIT_NOTE_APPLICATIONS_DETAILS: Method = Method {
    operation: "credit_note.credit_note_application_details",
    params: &[("creditNoteApplicationsUUID", Role::Path)],
};
const CREDIT_NOTE_READ_INVOICE_CREDIT_NOTE_APPLICATIONS: Method =
    Method { operation: "credit_note.invoice_credit_note_application_list", params: &[("invoiceId", Role::Path)] };
const RMA_READ_ALL: Method =
    Method { operation: "return_merchandise_authorisations.list", params: &[("queryParams", Role::Query)] };
const RMA_ITERATE_ALL: Method = Method { operation: "return_merchandise_authorisations.list", params: &[] };
const RMA_READ_INVOICE_RMA_RECEIVE_ALL: Method = Method {
    operation: "return_merchandise_authorisations.receive_list",
    params: &[("id", Role::PathAt(1)), ("invoiceId", Role::PathAt(0))],
};
const RMA_READ_DETAILS: Method =
    Method { operation: "return_merchandise_authorisations.details", params: &[("id", Role::Path)] };
const RMA_READ_INVOICE_ALL_RMA: Method =
    Method { operation: "return_merchandise_authorisations.invoice_list", params: &[("invoiceId", Role::Path)] };
const RMA_READ_INVOICE_RMA_DETAILS: Method = Method {
    operation: "return_merchandise_authorisations.invoice_rma_details",
    params: &[("invoiceId", Role::Path), ("id", Role::Path)],
};
const RMA_CREATE_INVOICE_RMA: Method = Method {
    operation: "return_merchandise_authorisations.invoice_rma_create",
    params: &[("invoiceId", Role::Path), ("params", Role::Body)],
};
const RMA_CREATE_INVOICE_RMA_RECEIVE: Method = Method {
    operation: "return_merchandise_authorisations.invoice_receive_rma_create",
    params: &[("id", Role::PathAt(1)), ("invoiceId", Role::PathAt(0)), ("params", Role::Body)],
};
const PURCHASE_PAYMENTS_READ_ALL_PURCHASE_PAYMENTS: Method =
    Method { operation: "purchase_payments.list", params: &[("queryParams", Role::Query)] };
const PURCHASE_PAYMENTS_ITERATE_ALL_PURCHASE_PAYMENTS: Method =
    Method { operation: "purchase_payments.list", params: &[] };
const PURCHASE_PAYMENTS_READ_DETAILS_PURCHASE_PAYMENTS: Method =
    Method { operation: "purchase_payments.details", params: &[("id", Role::Path)] };
const PURCHASE_PAYMENTS_UPDATE_PURCHASE_PAYMENTS: Method = Method {
    operation: "purchase_payments.update",
    params: &[("PurchasePaymentId", Role::Path), ("params", Role::Body)],
};
const PURCHASE_PAYMENTS_DELETE_PURCHASE_PAYMENTS: Method =
    Method { operation: "purchase_payments.delete", params: &[("id", Role::Path)] };
const PURCHASE_PAYMENTS_CREATE_PURCHASE_PAYMENTS: Method =
    Method { operation: "purchase_payments.create", params: &[("params", Role::Body)] };
const PURCHASE_PAYMENTS_CREATE_PURCHASE_INVOICE_PURCHASE_PAYMENTS: Method = Method {
    operation: "purchase_payments.create_from_purchase_invoice",
    params: &[("purchaseInvoiceId", Role::Path), ("params", Role::Body)],
};
const PURCHASE_PAYMENTS_READ_PURCHASE_ORDER_PURCHASE_PAYMENTS: Method = Method {
    operation: "purchase_payments.get_from_purchase_order",
    params: &[("orderId", Role::Path), ("queryParams", Role::Query)],
};
const PURCHASE_PAYMENTS_ITERATE_PURCHASE_ORDER_PURCHASE_PAYMENTS: Method =
    Method { operation: "purchase_payments.get_from_purchase_order", params: &[("orderId", Role::Path)] };
const PURCHASE_PAYMENTS_READ_ACCOUNT_PURCHASE_PAYMENTS: Method =
    Method { operation: "purchase_payments.get_from_account", params: &[("accountId", Role::Path)] };
const PURCHASE_PAYMENTS_UPDATE_PURCHASE_PAYMENTS_INFORMATION: Method = Method {
    operation: "purchase_payments.update_information",
    params: &[("PurchasePaymentId", Role::Path), ("params", Role::Body)],
};
const NOTES_READ_DETAILS: Method = Method { operation: "notes_more.note_details", params: &[("noteUuid", Role::Path)] };
const NOTES_READ_ORDER_ALL_NOTES: Method =
    Method { operation: "notes_more.order_note_details", params: &[("orderId", Role::Path)] };
const NOTES_READ_ITEM_ALL_NOTES: Method =
    Method { operation: "notes_more.item_note_details", params: &[("itemId", Role::Path)] };
const NOTES_READ_INVOICE_ALL_NOTES: Method =
    Method { operation: "notes_more.invoice_note_details", params: &[("invoiceId", Role::Path)] };
const NOTES_READ_PAYMENT_ALL_NOTES: Method =
    Method { operation: "notes_more.payment_note_details", params: &[("paymentId", Role::Path)] };
const NOTES_READ_PURCHASE_ORDER_ALL_NOTES: Method =
    Method { operation: "notes_more.purchase_order_note_details", params: &[("purchaseOrderId", Role::Path)] };
const NOTES_READ_PURCHASE_INVOICE_ALL_NOTES: Method =
    Method { operation: "notes_more.purchase_invoice_note_details", params: &[("purchaseInvoiceId", Role::Path)] };
const NOTES_READ_ORDER_NOTES_DETAILS: Method = Method {
    operation: "notes_more.order_note_uuid_details",
    params: &[("orderId", Role::Path), ("noteUuid", Role::Path)],
};
const NOTES_READ_ITEM_NOTES_DETAILS: Method = Method {
    operation: "notes_more.item_note_uuid_details",
    params: &[("itemId", Role::Path), ("noteUuid", Role::Path)],
};
const NOTES_READ_INVOICE_NOTES_DETAILS: Method = Method {
    operation: "notes_more.invoice_note_uuid_details",
    params: &[("invoiceId", Role::Path), ("noteUuid", Role::Path)],
};
const NOTES_READ_PAYMENT_NOTES_DETAILS: Method = Method {
    operation: "notes_more.payment_note_uuid_details",
    params: &[("paymentId", Role::Path), ("noteUuid", Role::Path)],
};
const NOTES_READ_PURCHASE_ORDER_NOTES_DETAILS: Method = Method {
    operation: "notes_more.purchase_order_note_uuid_details",
    params: &[("purchaseOrderId", Role::Path), ("noteUuid", Role::Path)],
};
const NOTES_READ_PURCHASE_INVOICE_NOTES_DETAILS: Method = Method {
    operation: "notes_more.purchase_invoice_note_uuid_details",
    params: &[("purchaseInvoiceId", Role::Path), ("noteUuid", Role::Path)],
};
const NOTES_READ_ORDER_NOTE_ALL_FILES: Method = Method {
    operation: "notes_more.order_note_uuid_files_details",
    params: &[("orderId", Role::Path), ("noteUuid", Role::Path)],
};
const NOTES_READ_ITEM_NOTE_ALL_FILES: Method = Method {
    operation: "notes_more.item_note_uuid_files_details",
    params: &[("itemId", Role::Path), ("noteUuid", Role::Path)],
};
const NOTES_READ_PAYMENT_NOTE_ALL_FILES: Method = Method {
    operation: "notes_more.payment_note_uuid_files_details",
    params: &[("paymentId", Role::Path), ("noteUuid", Role::Path)],
};
const NOTES_READ_PURCHASE_ORDER_NOTE_ALL_FILES: Method = Method {
    operation: "notes_more.purchase_order_note_uuid_files_details",
    params: &[("purchaseOrderId", Role::Path), ("noteUuid", Role::Path)],
};
const NOTES_READ_PURCHASE_INVOICE_NOTE_ALL_FILES: Method = Method {
    operation: "notes_more.purchase_invoice_note_uuid_files_details",
    params: &[("purchaseInvoiceId", Role::Path), ("noteUuid", Role::Path)],
};
const NOTES_READ_ORDER_NOTE_FILE_DETAILS: Method = Method {
    operation: "notes_more.order_note_uuid_files_uuid_details",
    params: &[("orderId", Role::Path), ("noteUuid", Role::Path), ("fileUuid", Role::Path)],
};
const NOTES_READ_ITEM_NOTE_FILE_DETAILS: Method = Method {
    operation: "notes_more.item_note_uuid_files_uuid_details",
    params: &[("itemId", Role::Path), ("noteUuid", Role::Path), ("fileUuid", Role::Path)],
};
const NOTES_READ_PAYMENT_NOTE_FILE_DETAILS: Method = Method {
    operation: "notes_more.payment_note_uuid_files_uuid_details",
    params: &[("paymentId", Role::Path), ("noteUuid", Role::Path), ("fileUuid", Role::Path)],
};
const NOTES_READ_PURCHASE_ORDER_NOTE_FILE_DETAILS: Method = Method {
    operation: "notes_more.purchase_order_note_uuid_files_uuid_details",
    params: &[("purchaseOrderId", Role::Path), ("noteUuid", Role::Path), ("fileUuid", Role::Path)],
};
const NOTES_READ_PURCHASE_INVOICE_NOTE_FILE_DETAILS: Method = Method {
    operation: "notes_more.purchase_invoice_note_uuid_files_uuid_details",
    params: &[("purchaseInvoiceId", Role::Path), ("noteUuid", Role::Path), ("fileUuid", Role::Path)],
};
const NOTES_CREATE_ORDER_NOTES: Method = Method {
    operation: "notes_more.order_add_notes",
    params: &[("filePath", Role::Part("file")), ("note", Role::Part("note")), ("orderId", Role::Path)],
};
const NOTES_CREATE_ITEM_NOTES: Method = Method {
    operation: "notes_more.item_add_notes",
    params: &[("filePath", Role::Part("file")), ("note", Role::Part("note")), ("itemId", Role::Path)],
};
const NOTES_CREATE_INVOICE_NOTES: Method = Method {
    operation: "notes_more.invoice_add_notes",
    params: &[("filePath", Role::Part("file")), ("note", Role::Part("note")), ("invoiceId", Role::Path)],
};
const NOTES_CREATE_PAYMENT_NOTES: Method = Method {
    operation: "notes_more.payment_add_notes",
    params: &[("filePath", Role::Part("file")), ("note", Role::Part("note")), ("paymentId", Role::Path)],
};
const NOTES_CREATE_PURCHASE_ORDER_NOTES: Method = Method {
    operation: "notes_more.purchase_order_add_notes",
    params: &[("filePath", Role::Part("file")), ("note", Role::Part("note")), ("purchaseOrderId", Role::Path)],
};
const NOTES_CREATE_PURCHASE_INVOICE_NOTES: Method = Method {
    operation: "notes_more.purchase_invoice_add_notes",
    params: &[("filePath", Role::Part("file")), ("note", Role::Part("note")), ("purchaseInvoiceId", Role::Path)],
};
const NOTES_ADD_ORDER_FILE: Method = Method {
    operation: "notes_more.order_add_notes_uuid",
    params: &[("filePath", Role::Part("file")), ("noteUuid", Role::PathAt(1)), ("orderId", Role::PathAt(0))],
};
const NOTES_ADD_ITEM_FILE: Method = Method {
    operation: "notes_more.item_add_notes_uuid",
    params: &[("filePath", Role::Part("file")), ("noteUuid", Role::PathAt(1)), ("itemId", Role::PathAt(0))],
};
const NOTES_ADD_INVOICE_FILE: Method = Method {
    operation: "notes_more.invoice_add_notes_uuid",
    params: &[("filePath", Role::Part("file")), ("noteUuid", Role::PathAt(1)), ("invoiceId", Role::PathAt(0))],
};
const NOTES_ADD_PAYMENT_FILE: Method = Method {
    operation: "notes_more.payment_add_notes_uuid",
    params: &[("filePath", Role::Part("file")), ("noteUuid", Role::PathAt(1)), ("paymentId", Role::PathAt(0))],
};
const NOTES_ADD_PURCHASE_ORDER_FILE: Method = Method {
    operation: "notes_more.purchase_order_add_notes_uuid",
    params: &[("filePath", Role::Part("file")), ("noteUuid", Role::PathAt(1)), ("purchaseOrderId", Role::PathAt(0))],
};
const NOTES_ADD_PURCHASE_INVOICE_FILE: Method = Method {
    operation: "notes_more.purchase_invoice_add_notes_uuid",
    params: &[("filePath", Role::Part("file")), ("noteUuid", Role::PathAt(1)), ("purchaseInvoiceId", Role::PathAt(0))],
};
const NOTES_READ_ALL_NOTES: Method = Method { operation: "notes_more.list", params: &[("queryParams", Role::Query)] };
const NOTES_ITERATE_ALL_NOTES: Method = Method { operation: "notes_more.list", params: &[] };
const CUSTOM_COMPONENT_READ_ALL: Method = Method {
    operation: "custom_component.custom_component_details",
    params: &[("componentUuid", Role::Path), ("queryParams", Role::Query)],
};
const CUSTOM_COMPONENT_ITERATE_ALL: Method =
    Method { operation: "custom_component.custom_component_details", params: &[("componentUuid", Role::Path)] };
const CUSTOM_COMPONENT_CREATE: Method = Method {
    operation: "custom_component.custom_component_create",
    params: &[("componentUuid", Role::Path), ("params", Role::Body)],
};
const CUSTOM_COMPONENT_CREATE_WITH_ATTRIBUTE_GROUP: Method = Method {
    operation: "custom_component.custom_component_create",
    params: &[("componentUuid", Role::Path), ("params", Role::Body)],
};
const WORKFLOW_CREATE_COMPONENT_WITH_WORKFLOW: Method = Method {
    operation: "custom_component.custom_component_create",
    params: &[("componentUuid", Role::Path), ("params", Role::Body)],
};
const CUSTOM_COMPONENT_READ_ALL_DETAILS: Method = Method {
    operation: "custom_component.custom_component_uuid_details",
    params: &[("componentUuid", Role::Path), ("id", Role::Path)],
};
const WORKFLOW_GET_COMPONENT_WITH_WORKFLOW: Method = Method {
    operation: "custom_component.custom_component_uuid_details",
    params: &[("componentUuid", Role::Path), ("componentId", Role::Path)],
};
const CUSTOM_COMPONENT_GET_COMPONENT_PDF: Method = Method {
    operation: "custom_component.custom_component_pdf",
    params: &[("componentUuid", Role::Path), ("id", Role::Path)],
};
const CUSTOM_COMPONENT_READ_ACCOUNT_ALL_COMPONENT: Method = Method {
    operation: "custom_component.account_component_list",
    params: &[("componentUuid", Role::PathAt(1)), ("accountId", Role::PathAt(0))],
};
const CUSTOM_COMPONENT_READ_ACCOUNT_COMPONENT: Method = Method {
    operation: "custom_component.account_component_details",
    params: &[("componentUuid", Role::PathAt(1)), ("accountId", Role::PathAt(0)), ("id", Role::Path)],
};
const CUSTOM_COMPONENT_CHANGE: Method = Method {
    operation: "custom_component.custom_component_update",
    params: &[("componentUuid", Role::Path), ("id", Role::Path), ("params", Role::Body)],
};
const CUSTOM_COMPONENT_CHANGE_COMPONENT_STATUS: Method = Method {
    operation: "custom_component.component_change_status",
    params: &[("componentUuid", Role::Path), ("id", Role::Path), ("params", Role::Body)],
};
const CUSTOM_COMPONENT_READ_COMPONENT_ACTIVITIES: Method = Method {
    operation: "custom_component.component_activity_list",
    params: &[("componentUuid", Role::Path), ("id", Role::Path)],
};
const CUSTOM_COMPONENT_CREATE_COMPONENT_ACTIVITY: Method = Method {
    operation: "custom_component.component_activity_create",
    params: &[("componentUuid", Role::Path), ("id", Role::Path), ("params", Role::Body)],
};
const CUSTOM_COMPONENT_READ_COMPONENT_ACTIVITY_DETAILS: Method = Method {
    operation: "custom_component.component_activity_details",
    params: &[("componentUuid", Role::Path), ("id", Role::Path), ("activityUuid", Role::Path)],
};
const CUSTOM_COMPONENT_DELETE: Method = Method {
    operation: "custom_component.custom_component_delete",
    params: &[("componentUuid", Role::Path), ("id", Role::Path)],
};
const CUSTOM_COMPONENT_UPDATE_EXPRESS: Method = Method {
    operation: "custom_component.component_express_update",
    params: &[("componentUuid", Role::Path), ("id", Role::Path), ("params", Role::Body)],
};
const CUSTOM_COMPONENT_DELETE_CUSTOM_OBJECTS: Method = Method {
    operation: "custom_component.component_custom_objects_delete",
    params: &[("componentUuid", Role::Path), ("id", Role::Path)],
};
const CUSTOM_COMPONENT_LINK_DOMAINS: Method = Method {
    operation: "custom_component.component_link_domains",
    params: &[("componentUuid", Role::Path), ("params", Role::Body)],
};
const CUSTOM_COMPONENT_UPDATE_LINK_DOMAINS: Method = Method {
    operation: "custom_component.component_link_domains_update",
    params: &[("componentUuid", Role::Path), ("params", Role::Body)],
};
const CUSTOM_COMPONENT_UNLINK_DOMAINS: Method = Method {
    operation: "custom_component.component_unlink_domains",
    params: &[("componentUuid", Role::Path), ("params", Role::Body)],
};
const CUSTOM_COMPONENT_READ_ALL_COMPONENT_NOTES: Method = Method {
    operation: "custom_component.component_notes_list",
    params: &[("componentUuid", Role::Path), ("id", Role::Path)],
};
const CUSTOM_COMPONENT_READ_COMPONENT_NOTE_DETAILS: Method = Method {
    operation: "custom_component.component_note_details",
    params: &[("componentUuid", Role::Path), ("id", Role::Path), ("noteUuid", Role::Path)],
};
const CUSTOM_COMPONENT_DELETE_COMPONENT_NOTE: Method = Method {
    operation: "custom_component.component_note_delete",
    params: &[("componentUuid", Role::Path), ("id", Role::Path), ("noteUuid", Role::Path)],
};
const CUSTOM_COMPONENT_READ_COMPONENT_NOTE_FILES: Method = Method {
    operation: "custom_component.component_note_files_list",
    params: &[("componentUuid", Role::Path), ("id", Role::Path), ("noteUuid", Role::Path)],
};
const CUSTOM_COMPONENT_READ_COMPONENT_NOTE_FILE_DETAILS: Method = Method {
    operation: "custom_component.component_note_file_details",
    params: &[("componentUuid", Role::Path), ("id", Role::Path), ("noteUuid", Role::Path), ("fileUuid", Role::Path)],
};
const SETTING_READ_CUSTOM_ATTRIBUTES: Method = Method { operation: "custom_attributes.custom_attributes", params: &[] };
const CUSTOM_ATTRIBUTE_LIST_ALL: Method = Method { operation: "custom_attributes.list_custom_attributes", params: &[] };
const CUSTOM_ATTRIBUTE_DETAILS: Method =
    Method { operation: "custom_attributes.get_custom_attribute", params: &[("customAttributeUUID", Role::Path)] };
const CUSTOM_ATTRIBUTE_CREATE: Method =
    Method { operation: "custom_attributes.create_custom_attribute", params: &[("params", Role::Body)] };
const CUSTOM_ATTRIBUTE_UPDATE: Method = Method {
    operation: "custom_attributes.update_custom_attribute",
    params: &[("customAttributeUUID", Role::Path), ("params", Role::Body)],
};
const CUSTOM_ATTRIBUTE_DELETE: Method =
    Method { operation: "custom_attributes.delete_custom_attribute", params: &[("customAttributeUUID", Role::Path)] };
const EXTERNAL_DATABASE_READ_ALL: Method =
    Method { operation: "external_database.external_database_list", params: &[("queryParams", Role::Query)] };
const EXTERNAL_DATABASE_ITERATE_ALL: Method =
    Method { operation: "external_database.external_database_list", params: &[] };
const EXTERNAL_DATABASE_READ_DETAILS: Method = Method {
    operation: "external_database.external_database_details",
    params: &[("database_name", Role::Path), ("queryParams", Role::Query)],
};
const EXTERNAL_DATABASE_ITERATE_DETAILS: Method =
    Method { operation: "external_database.external_database_details", params: &[("database_name", Role::Path)] };
const EXTERNAL_DATABASE_READ_TABLE: Method = Method {
    operation: "external_database.external_database_table_details",
    params: &[("database_name", Role::Path), ("table_name", Role::Path), ("queryParams", Role::Query)],
};
const EXTERNAL_DATABASE_ITERATE_TABLE: Method = Method {
    operation: "external_database.external_database_table_details",
    params: &[("database_name", Role::Path), ("table_name", Role::Path)],
};
const EXTERNAL_DATABASE_SEARCH: Method = Method {
    operation: "external_database.external_database_search",
    params: &[("database_name", Role::Path), ("params", Role::Body)],
};
const ACCOUNTING_CODES_READ_ALL: Method =
    Method { operation: "accounting_codes.list", params: &[("queryParams", Role::Query)] };
const ACCOUNTING_CODES_ITERATE_ALL: Method = Method { operation: "accounting_codes.list", params: &[] };
const ACCOUNTING_CODES_READ_DETAILS: Method =
    Method { operation: "accounting_codes.details", params: &[("accountingCodeUUID", Role::Path)] };
const ALERT_READ_ALL: Method = Method { operation: "alert.list", params: &[("queryParams", Role::Query)] };
const ALERT_ITERATE_ALL: Method = Method { operation: "alert.list", params: &[] };
const ALERT_READ_BY_ACCOUNT: Method =
    Method { operation: "alert.list_by_account", params: &[("accountId", Role::Path), ("queryParams", Role::Query)] };
const ALERT_ITERATE_BY_ACCOUNT: Method =
    Method { operation: "alert.list_by_account", params: &[("accountId", Role::Path)] };
const ALERT_READ_BY_LABOUR: Method =
    Method { operation: "alert.list_by_labour", params: &[("labourId", Role::Path), ("queryParams", Role::Query)] };
const ALERT_ITERATE_BY_LABOUR: Method =
    Method { operation: "alert.list_by_labour", params: &[("labourId", Role::Path)] };
const ALERT_READ_BY_EMPLOYEE: Method =
    Method { operation: "alert.list_by_employee", params: &[("employeeId", Role::Path), ("queryParams", Role::Query)] };
const ALERT_ITERATE_BY_EMPLOYEE: Method =
    Method { operation: "alert.list_by_employee", params: &[("employeeId", Role::Path)] };
const APPROVAL_GET_SALE_ORDER_APPROVALS: Method =
    Method { operation: "approval.list_sale_order", params: &[("queryParams", Role::Query)] };
const APPROVAL_ITERATE_SALE_ORDER_APPROVALS: Method = Method { operation: "approval.list_sale_order", params: &[] };
const APPROVAL_GET_TIMESHEET_APPROVALS: Method =
    Method { operation: "approval.list_timesheet", params: &[("queryParams", Role::Query)] };
const APPROVAL_ITERATE_TIMESHEET_APPROVALS: Method = Method { operation: "approval.list_timesheet", params: &[] };
const APPROVAL_GET_ACCOUNT_APPROVALS: Method = Method {
    operation: "approval.list_by_account",
    params: &[("accountUuid", Role::Path), ("queryParams", Role::Query)],
};
const APPROVAL_ITERATE_ACCOUNT_APPROVALS: Method =
    Method { operation: "approval.list_by_account", params: &[("accountUuid", Role::Path)] };
const APPROVAL_APPROVE: Method = Method { operation: "approval.approve", params: &[("params", Role::Body)] };
const APPROVAL_REJECT: Method = Method { operation: "approval.reject", params: &[("params", Role::Body)] };
const COMMUNICATION_SEND_EMAIL: Method =
    Method { operation: "communications.send_email", params: &[("params", Role::Body)] };
const CUSTOM_FEATURE_READ_ALL: Method =
    Method { operation: "custom_feature.custom_feature_list", params: &[("queryParams", Role::Query)] };
const CUSTOM_FEATURE_ITERATE_ALL: Method = Method { operation: "custom_feature.custom_feature_list", params: &[] };
const CUSTOM_FEATURE_READ_DETAILS: Method =
    Method { operation: "custom_feature.custom_feature_details", params: &[("id", Role::Path)] };
const CUSTOM_FEATURE_CREATE: Method =
    Method { operation: "custom_feature.custom_feature_create", params: &[("params", Role::Body)] };
const CUSTOM_FEATURE_UPDATE: Method =
    Method { operation: "custom_feature.custom_feature_update", params: &[("id", Role::Path), ("params", Role::Body)] };
const CUSTOM_FEATURE_DELETE: Method =
    Method { operation: "custom_feature.custom_feature_delete", params: &[("id", Role::Path)] };
const CUSTOM_FEATURE_CREATE_CUSTOM_FORM: Method =
    Method { operation: "custom_feature.custom_form_create", params: &[("id", Role::Path), ("params", Role::Body)] };
const EMPLOYEE_CREATE_EMPLOYEE: Method = Method { operation: "employee.create", params: &[("params", Role::Data)] };
const EMPLOYEE_READ_ALL_EMPLOYEE: Method =
    Method { operation: "employee.list", params: &[("queryParams", Role::Query)] };
const EMPLOYEE_ITERATE_ALL_EMPLOYEE: Method = Method { operation: "employee.list", params: &[] };
const EMPLOYEE_READ_DETAILS_EMPLOYEE: Method = Method { operation: "employee.details", params: &[("id", Role::Path)] };
const EMPLOYEE_UPDATE_EMPLOYEE: Method =
    Method { operation: "employee.update", params: &[("params", Role::Data), ("id", Role::Path)] };
const EMPLOYEE_DELETE_EMPLOYEE: Method = Method { operation: "employee.delete", params: &[("id", Role::Path)] };
const EVENT_READ_ALL: Method = Method { operation: "event.event_list", params: &[("queryParams", Role::Query)] };
const EVENT_ITERATE_ALL: Method = Method { operation: "event.event_list", params: &[] };
const EVENT_READ_DETAILS: Method = Method { operation: "event.event_details", params: &[("uuId", Role::Path)] };
const EVENT_REMOVE: Method = Method { operation: "event.event_remove", params: &[("uuId", Role::Path)] };
const INTEGRATION_READ_ALL: Method =
    Method { operation: "integration.connection_list", params: &[("queryParams", Role::Query)] };
const INTEGRATION_ITERATE_ALL: Method = Method { operation: "integration.connection_list", params: &[] };
const INTEGRATION_READ_AUTOMATION: Method =
    Method { operation: "integration.automation_list", params: &[("integrationUuid", Role::Path)] };
const INTEGRATION_READ_INTEGRATION_CONFIGURATION: Method =
    Method { operation: "integration.integration_configuration", params: &[("integrationUuid", Role::Path)] };
const INTEGRATION_READ_PARTNER: Method =
    Method { operation: "integration.partner_function_list", params: &[("integrationUuid", Role::Path)] };
const INTEGRATION_READ_AUTOMATION_DETAILS: Method = Method {
    operation: "integration.automation_details",
    params: &[("integrationUuid", Role::Path), ("automationUuid", Role::Path)],
};
const INTEGRATION_READ_PARTNER_DETAILS: Method = Method {
    operation: "integration.partner_function_details",
    params: &[("integrationUuid", Role::Path), ("partnerUuid", Role::Path)],
};
const INTEGRATION_DELETE: Method =
    Method { operation: "integration.connection_delete", params: &[("uuid", Role::Path)] };
const INTEGRATION_CREATE: Method =
    Method { operation: "integration.create_connection", params: &[("params", Role::Body)] };
const INTEGRATION_ENABLE: Method =
    Method { operation: "integration.enable_connection", params: &[("uuid", Role::Path)] };
const INTEGRATION_DISABLE: Method =
    Method { operation: "integration.disable_connection", params: &[("uuid", Role::Path)] };
const INTEGRATION_READ: Method =
    Method { operation: "integration.get_connection_by_id", params: &[("uuid", Role::Path)] };
const INTEGRATION_ADD_AUTOMATION: Method = Method {
    operation: "integration.create_automation",
    params: &[("integrationUuid", Role::Path), ("params", Role::Body)],
};
const INTEGRATION_CREATE_PARTNER_FUNCTION: Method = Method {
    operation: "integration.create_partner_function",
    params: &[("integrationUuid", Role::Path), ("params", Role::Body)],
};
const INTEGRATION_PARTNER_FUNCTION_ENABLE: Method = Method {
    operation: "integration.enable_partner_function",
    params: &[("integrationUuid", Role::Path), ("partnerFunctionUuid", Role::Path)],
};
const INTEGRATION_PARTNER_FUNCTION_DISABLE: Method = Method {
    operation: "integration.disable_partner_function",
    params: &[("integrationUuid", Role::Path), ("partnerFunctionUuid", Role::Path)],
};
const INTEGRATION_UPDATE_PARTNER_DETAILS: Method = Method {
    operation: "integration.update_partner_function",
    params: &[("integrationUuid", Role::Path), ("partnerUuid", Role::Path), ("params", Role::Body)],
};
const INTEGRATION_UPDATE_AUTOMATION: Method = Method {
    operation: "integration.update_automation",
    params: &[("integrationUuid", Role::Path), ("automationUuid", Role::Path), ("params", Role::Body)],
};
const INTEGRATION_UPDATE_CONFIGURATION: Method = Method {
    operation: "integration.update_integration_configuration",
    params: &[("uuid", Role::Path), ("params", Role::Body)],
};
const INTEGRATION_UNLINK_ITEMS: Method = Method {
    operation: "integration.create_unlink_items",
    params: &[("integrationUuid", Role::Path), ("params", Role::Body)],
};
const INTEGRATION_LINK_ITEMS: Method = Method {
    operation: "integration.create_link_items",
    params: &[("integrationUuid", Role::Path), ("params", Role::Body)],
};
const INTEGRATION_CREATE_SAVE_CONNECTION: Method =
    Method { operation: "integration.create_save_connection", params: &[("integrationUuid", Role::Path)] };
const INTEGRATION_SYNC_CURRENCIES: Method =
    Method { operation: "integration.create_sync_currencies", params: &[("integrationUuid", Role::Path)] };
const INTEGRATION_SYNC_ACCOUNTING_CODES: Method =
    Method { operation: "integration.create_sync_accounting_codes", params: &[("integrationUuid", Role::Path)] };
const INTEGRATION_SYNC_TAXES: Method =
    Method { operation: "integration.create_sync_taxes", params: &[("integrationUuid", Role::Path)] };
const INVENTORY_ADJUSTMENTS_READ_ALL_INVENTORY_ADJUSTMENTS: Method =
    Method { operation: "inventory_adjustments.list", params: &[("queryParams", Role::Query)] };
const INVENTORY_ADJUSTMENTS_ITERATE_ALL_INVENTORY_ADJUSTMENTS: Method =
    Method { operation: "inventory_adjustments.list", params: &[] };
const ITEM_READ_ALL: Method = Method { operation: "item.list", params: &[("queryParams", Role::Query)] };
const ITEM_ITERATE_ALL: Method = Method { operation: "item.list", params: &[] };
const ITEM_READ_DETAILS: Method = Method { operation: "item.standard", params: &[("id", Role::Path)] };
const ITEM_READ_DETAILS_INFORMATION: Method = Method { operation: "item.information", params: &[("id", Role::Path)] };
const ITEM_READ_DETAILS_SALE: Method = Method { operation: "item.sale", params: &[("id", Role::Path)] };
const ITEM_READ_DETAILS_PURCHASE: Method = Method { operation: "item.purchase", params: &[("id", Role::Path)] };
const ITEM_READ_DETAILS_INVENTORIES: Method = Method { operation: "item.inventory", params: &[("id", Role::Path)] };
const ITEM_CREATE: Method = Method { operation: "item.create", params: &[("params", Role::Body)] };
const ITEM_CREATE_SALE: Method =
    Method { operation: "item.sale_create", params: &[("params", Role::Body), ("id", Role::Path)] };
const ITEM_CREATE_PURCHASE_WITHOUT_SUPPLIER: Method =
    Method { operation: "item.purchase_create", params: &[("params", Role::Body), ("id", Role::Path)] };
const ITEM_CREATE_PURCHASE_WITH_SUPPLIER: Method =
    Method { operation: "item.purchase_create", params: &[("params", Role::Body), ("id", Role::Path)] };
const ITEM_CREATE_INVENTORY: Method =
    Method { operation: "item.add", params: &[("params", Role::Body), ("id", Role::Path)] };
const ITEM_REACTIVATE: Method = Method { operation: "item.reactivate", params: &[("id", Role::Path)] };
const ITEM_DEACTIVATE: Method = Method { operation: "item.deactivate", params: &[("id", Role::Path)] };
const ITEM_DELETE: Method = Method { operation: "item.delete", params: &[("id", Role::Path)] };
const ITEM_READ_FAMILY_DETAILS: Method = Method { operation: "item.family_details", params: &[("id", Role::Path)] };
const ITEM_UPDATE_FAMILY_DETAILS: Method =
    Method { operation: "item.family_details_create", params: &[("id", Role::Path), ("params", Role::Body)] };
const ITEM_CREATE_PACKAGE_DETAILS: Method =
    Method { operation: "item.package_details_create", params: &[("id", Role::Path), ("params", Role::Body)] };
const ITEM_READ_PACKAGE_DETAILS: Method =
    Method { operation: "item.package_details", params: &[("id", Role::Path), ("uuid", Role::Path)] };
const ITEM_UPDATE_PACKAGE_DETAILS: Method = Method {
    operation: "item.package_details_update",
    params: &[("id", Role::Path), ("uuid", Role::Path), ("params", Role::Body)],
};
const ITEM_DELETE_PACKAGE_DETAILS: Method =
    Method { operation: "item.package_details_delete", params: &[("id", Role::Path), ("uuid", Role::Path)] };
const ITEM_FULFILLMENT_READ_ALL: Method =
    Method { operation: "item_fulfillment.list", params: &[("queryParams", Role::Query)] };
const ITEM_FULFILLMENT_ITERATE_ALL: Method = Method { operation: "item_fulfillment.list", params: &[] };
const ITEM_FULFILLMENT_CREATE_INVOICE_ITEM_FULFILLMENT: Method =
    Method { operation: "item_fulfillment.create", params: &[("params", Role::Body), ("invoiceId", Role::Path)] };
const ITEM_FULFILLMENT_READ_DETAILS: Method =
    Method { operation: "item_fulfillment.details", params: &[("id", Role::Path)] };
const ITEM_FULFILLMENT_READ_INVOICE_ITEM_FULFILLMENT: Method =
    Method { operation: "item_fulfillment.invoice_fulfillments", params: &[("invoiceId", Role::Path)] };
const ITEM_FULFILLMENT_READ_INVOICE_ITEM_FULFILLMENT_DETAILS: Method = Method {
    operation: "item_fulfillment.invoice_fulfillment_by_uuid",
    params: &[("invoiceId", Role::Path), ("id", Role::Path)],
};
const ITEM_RECEIPT_READ_ALL: Method =
    Method { operation: "item_receipt.list", params: &[("queryParams", Role::Query)] };
const ITEM_RECEIPT_ITERATE_ALL: Method = Method { operation: "item_receipt.list", params: &[] };
const ITEM_RECEIPT_READ_DETAILS: Method = Method { operation: "item_receipt.details", params: &[("id", Role::Path)] };
const ITEM_RECEIPT_READ_PURCHASE_ORDER_ITEM_RECEIPT: Method =
    Method { operation: "item_receipt.purchase_order_item_receipts_list", params: &[("purchaseOrderId", Role::Path)] };
const LABOUR_CREATE: Method = Method { operation: "labour.labour_create", params: &[("params", Role::Body)] };
const LABOUR_LIST_ALL: Method = Method { operation: "labour.labour_list", params: &[("queryParams", Role::Query)] };
const LABOUR_ITERATE_ALL: Method = Method { operation: "labour.labour_list", params: &[] };
const LABOUR_DETAILS: Method = Method { operation: "labour.labour_details", params: &[("labourUUID", Role::Path)] };
const LABOUR_UPDATE: Method =
    Method { operation: "labour.labour_update", params: &[("labourUUID", Role::Path), ("params", Role::Body)] };
const LABOUR_DELETE: Method = Method { operation: "labour.labour_delete", params: &[("labourUUID", Role::Path)] };
const LABOUR_PROFILE_CREATE: Method =
    Method { operation: "labour.labour_profile_create", params: &[("params", Role::Body)] };
const LABOUR_PROFILE_LIST_ALL: Method =
    Method { operation: "labour.labour_profile_list", params: &[("queryParams", Role::Query)] };
const LABOUR_PROFILE_ITERATE_ALL: Method = Method { operation: "labour.labour_profile_list", params: &[] };
const LABOUR_PROFILE_DETAILS: Method =
    Method { operation: "labour.labour_profile_details", params: &[("labourProfileUUID", Role::Path)] };
const LABOUR_PROFILE_UPDATE: Method = Method {
    operation: "labour.labour_profile_update",
    params: &[("labourProfileUUID", Role::Path), ("params", Role::Body)],
};
const LABOUR_PROFILE_DELETE: Method =
    Method { operation: "labour.labour_profile_delete", params: &[("labourProfileUUID", Role::Path)] };
const LABOUR_AVAILABILITY_LIST_ALL: Method =
    Method { operation: "labour.labour_availability_list", params: &[("queryParams", Role::Query)] };
const LABOUR_AVAILABILITY_ITERATE_ALL: Method = Method { operation: "labour.labour_availability_list", params: &[] };
const LABOUR_AVAILABILITY_UPDATE: Method =
    Method { operation: "labour.labour_availability_update", params: &[("params", Role::Body)] };
const LABOUR_AVAILABLE_FOR_BOOKING: Method =
    Method { operation: "labour.labour_available_for_booking", params: &[("queryParams", Role::Query)] };
const LABOUR_ITERATE_AVAILABLE_FOR_BOOKING: Method =
    Method { operation: "labour.labour_available_for_booking", params: &[] };
const BOOKING_CREATE: Method = Method { operation: "labour.labour_booking_create", params: &[("payload", Role::Body)] };
const BOOKING_CHANGE_BOOKING: Method =
    Method { operation: "labour.labour_booking_change", params: &[("orderId", Role::Path), ("payload", Role::Body)] };
const MILESTONE_READ_ALL: Method =
    Method { operation: "milestone.milestone_list", params: &[("queryParams", Role::Query)] };
const MILESTONE_ITERATE_ALL: Method = Method { operation: "milestone.milestone_list", params: &[] };
const MILESTONE_READ_BY_ACCOUNT: Method = Method {
    operation: "milestone.milestone_list_by_account",
    params: &[("accountId", Role::Path), ("queryParams", Role::Query)],
};
const MILESTONE_ITERATE_BY_ACCOUNT: Method =
    Method { operation: "milestone.milestone_list_by_account", params: &[("accountId", Role::Path)] };
const MILESTONE_READ_BY_LABOUR: Method = Method {
    operation: "milestone.milestone_list_by_labour",
    params: &[("labourId", Role::Path), ("queryParams", Role::Query)],
};
const MILESTONE_ITERATE_BY_LABOUR: Method =
    Method { operation: "milestone.milestone_list_by_labour", params: &[("labourId", Role::Path)] };
const MILESTONE_READ_BY_EMPLOYEE: Method = Method {
    operation: "milestone.milestone_list_by_employee",
    params: &[("employeeId", Role::Path), ("queryParams", Role::Query)],
};
const MILESTONE_ITERATE_BY_EMPLOYEE: Method =
    Method { operation: "milestone.milestone_list_by_employee", params: &[("employeeId", Role::Path)] };
const NOTE_GROUP_CREATE: Method = Method { operation: "note_groups.create", params: &[("params", Role::Body)] };
const NOTE_GROUP_UPDATE: Method =
    Method { operation: "note_groups.update", params: &[("noteGroupUuid", Role::Path), ("params", Role::Body)] };
const NOTE_GROUP_DELETE: Method = Method { operation: "note_groups.delete", params: &[("noteGroupUuid", Role::Path)] };
const NOTE_GROUP_READ_ALL: Method = Method { operation: "note_groups.list", params: &[("queryParams", Role::Query)] };
const NOTE_GROUP_ITERATE_ALL: Method = Method { operation: "note_groups.list", params: &[] };
const NOTE_GROUP_READ_DETAILS: Method =
    Method { operation: "note_groups.details", params: &[("noteGroupUuid", Role::Path)] };
const NOTE_GROUP_READ_USER_DETAILS: Method =
    Method { operation: "note_groups.user_details", params: &[("noteGroupId", Role::Path), ("userUuid", Role::Path)] };
const NOTE_GROUP_CREATE_READ_STATUS: Method =
    Method { operation: "note_groups.note_read_status", params: &[("params", Role::Body)] };
const PROFORMA_INVOICES_READ_ALL_PROFORMA_INVOICES: Method =
    Method { operation: "proforma_invoice.proforma_invoice_list", params: &[("queryParams", Role::Query)] };
const PROFORMA_INVOICES_ITERATE_ALL_PROFORMA_INVOICES: Method =
    Method { operation: "proforma_invoice.proforma_invoice_list", params: &[] };
const PROFORMA_INVOICES_READ_PROFORMA_INVOICES_DETAILS: Method =
    Method { operation: "proforma_invoice.proforma_invoice_details", params: &[("id", Role::Path)] };
const PROFORMA_INVOICES_CREATE_PROFORMA_INVOICES_PAYMENT: Method = Method {
    operation: "proforma_invoice.proforma_invoice_create",
    params: &[("id", Role::Path), ("params", Role::Body)],
};
const PURCHASE_CREDIT_NOTE_READ_ALL_PURCHASE_CREDIT_NOTE: Method =
    Method { operation: "purchase_credit_notes.list", params: &[("queryParams", Role::Query)] };
const PURCHASE_CREDIT_NOTE_ITERATE_ALL_PURCHASE_CREDIT_NOTE: Method =
    Method { operation: "purchase_credit_notes.list", params: &[] };
const PURCHASE_CREDIT_NOTE_READ: Method =
    Method { operation: "purchase_credit_notes.details", params: &[("id", Role::Path)] };
const PURCHASE_CREDIT_NOTE_READ_PURCHASE_INVOICE_CREDIT_NOTE_APPLICATIONS: Method = Method {
    operation: "purchase_credit_notes.invoice_application_list",
    params: &[("purchaseInvoiceId", Role::Path)],
};
const PURCHASE_CREDIT_NOTE_READ_PURCHASE_CREDIT_NOTE_APPLICATIONS_DETAILS: Method = Method {
    operation: "purchase_credit_notes.application_uuid",
    params: &[("purchaseCreditNoteApplicationsUUID", Role::Path)],
};
const PURCHASE_CREDIT_NOTE_READ_ALL_PURCHASE_CREDIT_NOTE_APPLICATIONS: Method =
    Method { operation: "purchase_credit_notes.application_list", params: &[("queryParams", Role::Query)] };
const PURCHASE_CREDIT_NOTE_ITERATE_ALL_PURCHASE_CREDIT_NOTE_APPLICATIONS: Method =
    Method { operation: "purchase_credit_notes.application_list", params: &[] };
const PURCHASE_REFUND_READ_ALL: Method =
    Method { operation: "purchase_refunds.list", params: &[("queryParams", Role::Query)] };
const PURCHASE_REFUND_ITERATE_ALL: Method = Method { operation: "purchase_refunds.list", params: &[] };
const PURCHASE_REFUND_READ_DETAILS: Method =
    Method { operation: "purchase_refunds.details", params: &[("id", Role::Path)] };
const PURCHASE_REFUND_READ_ACCOUNT_PURCHASE_REFUNDS: Method =
    Method { operation: "purchase_refunds.account_details", params: &[("accountId", Role::Path)] };
const PURCHASE_REFUND_DELETE: Method = Method { operation: "purchase_refunds.delete", params: &[("id", Role::Path)] };
const RENTAL_ASSET_PROFILES_CREATE: Method =
    Method { operation: "rental_asset_profiles.create_rental_asset_profile", params: &[("params", Role::Body)] };
const RENTAL_ASSET_PROFILES_UPDATE: Method = Method {
    operation: "rental_asset_profiles.update_rental_asset_profile",
    params: &[("rentalAssetProfileUUID", Role::Path), ("params", Role::Body)],
};
const RENTAL_ASSET_PROFILES_READ_ALL: Method =
    Method { operation: "rental_asset_profiles.list_rental_asset_profiles", params: &[("queryParams", Role::Query)] };
const RENTAL_ASSET_PROFILES_ITERATE_ALL: Method =
    Method { operation: "rental_asset_profiles.list_rental_asset_profiles", params: &[] };
const RENTAL_ASSET_PROFILES_READ_DETAILS: Method = Method {
    operation: "rental_asset_profiles.get_rental_asset_profile",
    params: &[("rentalAssetProfileUUID", Role::Path)],
};
const RENTAL_ASSET_PROFILES_DELETE: Method = Method {
    operation: "rental_asset_profiles.delete_rental_asset_profile",
    params: &[("rentalAssetProfileUUID", Role::Path)],
};
const RENTAL_ASSET_LIST_AVAILABILITY: Method = Method {
    operation: "rental_asset_profiles.get_rental_asset_availability",
    params: &[("queryParams", Role::Query)],
};
const RENTAL_ASSET_ITERATE_AVAILABILITY: Method =
    Method { operation: "rental_asset_profiles.get_rental_asset_availability", params: &[] };
const RENTAL_ASSET_UPDATE_AVAILABILITY: Method =
    Method { operation: "rental_asset_profiles.update_rental_asset_availability", params: &[("params", Role::Body)] };
const RENTAL_ASSET_READ_ALL: Method =
    Method { operation: "rental_assets.list_rental_assets", params: &[("queryParams", Role::Query)] };
const RENTAL_ASSET_ITERATE_ALL: Method = Method { operation: "rental_assets.list_rental_assets", params: &[] };
const RENTAL_ASSET_READ_DETAILS: Method =
    Method { operation: "rental_assets.get_rental_asset", params: &[("id", Role::Path)] };
const RENTAL_ASSET_CREATE: Method =
    Method { operation: "rental_assets.create_rental_asset", params: &[("params", Role::Body)] };
const RENTAL_ASSET_UPDATE: Method =
    Method { operation: "rental_assets.update_rental_asset", params: &[("params", Role::Body), ("uuid", Role::Path)] };
const RENTAL_ASSET_DELETE: Method =
    Method { operation: "rental_assets.delete_rental_asset", params: &[("uuid", Role::Path)] };
const REPORTS_READ_ACCOUNT_OVERVIEW: Method =
    Method { operation: "reports.get_account_overview", params: &[("queryParams", Role::Query)] };
const REPORTS_ITERATE_ACCOUNT_OVERVIEW: Method = Method { operation: "reports.get_account_overview", params: &[] };
const REPORTS_READ_INVOICE_OVERVIEW: Method =
    Method { operation: "reports.get_invoice_overview", params: &[("queryParams", Role::Query)] };
const REPORTS_ITERATE_INVOICE_OVERVIEW: Method = Method { operation: "reports.get_invoice_overview", params: &[] };
const REPORTS_READ_ORDER_OVERVIEW: Method =
    Method { operation: "reports.get_order_overview", params: &[("queryParams", Role::Query)] };
const REPORTS_ITERATE_ORDER_OVERVIEW: Method = Method { operation: "reports.get_order_overview", params: &[] };
const REPORTS_READ_PURCHASE_INVOICE_OVERVIEW: Method =
    Method { operation: "reports.get_purchase_invoice_overview", params: &[("queryParams", Role::Query)] };
const REPORTS_ITERATE_PURCHASE_INVOICE_OVERVIEW: Method =
    Method { operation: "reports.get_purchase_invoice_overview", params: &[] };
const REPORTS_READ_PURCHASE_ORDER_OVERVIEW: Method =
    Method { operation: "reports.purchase_order_report_overview", params: &[("queryParams", Role::Query)] };
const REPORTS_ITERATE_PURCHASE_ORDER_OVERVIEW: Method =
    Method { operation: "reports.purchase_order_report_overview", params: &[] };
const REPORTS_READ_PAYMENT_AND_REFUND_OVERVIEW: Method =
    Method { operation: "reports.payment_and_refund_report_overview", params: &[("queryParams", Role::Query)] };
const REPORTS_ITERATE_PAYMENT_AND_REFUND_OVERVIEW: Method =
    Method { operation: "reports.payment_and_refund_report_overview", params: &[] };
const REPORTS_READ_PURCHASE_PAYMENT_AND_REFUND_OVERVIEW: Method = Method {
    operation: "reports.purchase_payment_and_refund_report_overview",
    params: &[("queryParams", Role::Query)],
};
const REPORTS_ITERATE_PURCHASE_PAYMENT_AND_REFUND_OVERVIEW: Method =
    Method { operation: "reports.purchase_payment_and_refund_report_overview", params: &[] };
const TASK_READ_ALL: Method = Method { operation: "task.task_list", params: &[("queryParams", Role::Query)] };
const TASK_ITERATE_ALL: Method = Method { operation: "task.task_list", params: &[] };
const TASK_READ_DETAILS: Method = Method { operation: "task.task_details", params: &[("id", Role::Path)] };
const TASK_READ_CHECKLIST: Method = Method { operation: "task.task_checklist_list", params: &[("id", Role::Path)] };
const TASK_CREATE: Method = Method { operation: "task.create_task", params: &[("payload", Role::Body)] };
const TASK_CREATE_CHECKLIST: Method =
    Method { operation: "task.create_task_checklist", params: &[("id", Role::Path), ("payload", Role::Body)] };
const TASK_UPDATE_CHECKLIST: Method = Method {
    operation: "task.update_task_checklist",
    params: &[("id", Role::Path), ("checklistId", Role::Path), ("payload", Role::Body)],
};
const TASK_DELETE: Method = Method { operation: "task.delete_task", params: &[("id", Role::Path)] };
const TASK_DELETE_CHECKLIST: Method =
    Method { operation: "task.delete_task_checklist", params: &[("id", Role::Path), ("checklistId", Role::Path)] };
const TIMESHEET_READ_ALL: Method = Method { operation: "timesheet.timesheet_list", params: &[] };
const TIMESHEET_READ_DETAILS: Method =
    Method { operation: "timesheet.timesheet_details", params: &[("uuId", Role::Path)] };
const TIMESHEET_CREATE: Method = Method { operation: "timesheet.timesheet_create", params: &[("params", Role::Body)] };
const TIMESHEET_UPDATE: Method =
    Method { operation: "timesheet.timesheet_update", params: &[("uuId", Role::Path), ("params", Role::Body)] };
const TIMESHEET_DELETE: Method = Method { operation: "timesheet.timesheet_delete", params: &[("uuId", Role::Path)] };
const WORKFLOW_GET_WORKFLOW_DETAILS: Method =
    Method { operation: "workflow.getWorkflowDetails", params: &[("componentUuid", Role::Path)] };
const WORKFLOW_ADD_MILESTONE: Method = Method {
    operation: "workflow.addMilestone",
    params: &[("componentUuid", Role::Path), ("componentId", Role::Path), ("params", Role::Body)],
};
const WORKFLOW_UPDATE_MILESTONE: Method = Method {
    operation: "workflow.updateMilestone",
    params: &[("componentUuid", Role::Path), ("componentId", Role::Path), ("params", Role::Body)],
};
const WORKFLOW_GET_MILESTONES: Method = Method {
    operation: "workflow.getMilestones",
    params: &[("componentUuid", Role::Path), ("componentId", Role::Path), ("queryParams", Role::Query)],
};
const WORKFLOW_ITERATE_MILESTONES: Method = Method {
    operation: "workflow.getMilestones",
    params: &[("componentUuid", Role::Path), ("componentId", Role::Path)],
};
const WORKFLOW_GET_MILESTONE_DETAILS: Method = Method {
    operation: "workflow.getMilestoneDetails",
    params: &[("componentUuid", Role::Path), ("componentId", Role::Path), ("milestoneUuid", Role::Path)],
};
const WORKFLOW_CREATE_ALERT_RESPONSIBILITY: Method =
    Method { operation: "workflow.createAlertResponsibility", params: &[("params", Role::Body)] };
const WORKFLOW_GET_ALERT_RESPONSIBILITIES: Method =
    Method { operation: "workflow.getAlertResponsibilities", params: &[] };
const WORKFLOW_GET_ALERT_RESPONSIBILITY_DETAILS: Method =
    Method { operation: "workflow.getAlertResponsibilityDetails", params: &[("alertResponsibilityUuid", Role::Path)] };
const WORKFLOW_GET_WORKFLOW_DEFINITION: Method =
    Method { operation: "workflow.getWorkflowDefinition", params: &[("workflowVersionUuid", Role::Path)] };
const COMMUNICATION_SEND_ACCOUNT_EMAIL: Method = Method {
    operation: "php_surface.communication_send_account_email",
    params: &[("accountId", Role::Path), ("params", Role::Body)],
};
const CUSTOM_ATTRIBUTE_CUSTOM_REQUEST: Method = Method {
    operation: "php_surface.custom",
    params: &[("path", Role::Path), ("requestMethod", Role::Verb), ("params", Role::Payload)],
};
const LABOUR_AVAILABILITY_CUSTOM_REQUEST: Method = Method {
    operation: "php_surface.custom",
    params: &[("path", Role::Path), ("requestMethod", Role::Verb), ("params", Role::Payload)],
};
const LABOUR_PROFILE_CUSTOM_REQUEST: Method = Method {
    operation: "php_surface.custom",
    params: &[("path", Role::Path), ("requestMethod", Role::Verb), ("params", Role::Payload)],
};
const LABOUR_CUSTOM_REQUEST: Method = Method {
    operation: "php_surface.custom",
    params: &[("path", Role::Path), ("requestMethod", Role::Verb), ("params", Role::Payload)],
};
const CUSTOM_COMPONENT_ADD_COMPONENT_NOTE: Method = Method {
    operation: "php_surface.custom_component_add_component_note",
    params: &[
        ("componentUuid", Role::Path),
        ("id", Role::Path),
        ("note", Role::Part("note")),
        ("filePath", Role::Part("file")),
    ],
};
const INTEGRATION_DELETE_PARTNER_DETAILS: Method = Method {
    operation: "php_surface.integration_delete_partner_details",
    params: &[("integrationUuid", Role::Path), ("partnerUuid", Role::Path)],
};
const INTEGRATION_CHECK_CONNECTION: Method =
    Method { operation: "php_surface.integration_check_connection", params: &[("integrationUuid", Role::Path)] };
const INTEGRATION_AUTOMATION_DISABLE: Method = Method {
    operation: "php_surface.integration_automation_disable",
    params: &[("integrationUuid", Role::Path), ("automationUuid", Role::Path)],
};
const INTEGRATION_AUTOMATION_ENABLE: Method = Method {
    operation: "php_surface.integration_automation_enable",
    params: &[("integrationUuid", Role::Path), ("automationUuid", Role::Path)],
};
const INTEGRATION_DELETE_AUTOMATION: Method =
    Method { operation: "php_surface.integration_delete_automation", params: &[("automationUuid", Role::Path)] };
const INTEGRATION_GET_INTEGRATION_CURRENCIES: Method = Method {
    operation: "php_surface.integration_get_integration_currencies",
    params: &[("integrationUuid", Role::Path), ("queryParams", Role::Query)],
};
const INTEGRATION_ITERATE_INTEGRATION_CURRENCIES: Method = Method {
    operation: "php_surface.integration_get_integration_currencies",
    params: &[("integrationUuid", Role::Path)],
};
const INTEGRATION_DISABLE_INTEGRATION_CURRENCY: Method = Method {
    operation: "php_surface.integration_disable_integration_currency",
    params: &[("integrationUuid", Role::Path), ("currencyName", Role::Path)],
};
const INTEGRATION_ENABLE_INTEGRATION_CURRENCY: Method = Method {
    operation: "php_surface.integration_enable_integration_currency",
    params: &[("integrationUuid", Role::Path), ("currencyName", Role::Path)],
};
const INTEGRATION_READ_CONNECTION_ACCOUNT: Method =
    Method { operation: "php_surface.integration_read_connection_account", params: &[("integrationUuid", Role::Path)] };
const ITEM_FULFILLMENT_UPDATE: Method =
    Method { operation: "php_surface.item_fulfillment_update", params: &[("id", Role::Path), ("params", Role::Body)] };
const ITEM_UPDATE: Method =
    Method { operation: "php_surface.item_update", params: &[("id", Role::Path), ("params", Role::Body)] };
const ITEM_READ_WAREHOUSE_INVENTORY: Method = Method {
    operation: "php_surface.item_read_warehouse_inventory",
    params: &[("id", Role::Path), ("warehouse", Role::Path)],
};
const ITEM_ADD_INVENTORY: Method =
    Method { operation: "php_surface.item_add_inventory", params: &[("params", Role::Body), ("id", Role::Path)] };
const LABOUR_AVAILABILITY_DETAILS: Method =
    Method { operation: "php_surface.labour_availability_details", params: &[("availabilityUUID", Role::Path)] };
const LABOUR_AVAILABILITY_UPDATE_BY_UUID: Method = Method {
    operation: "php_surface.labour_availability_update_by_uuid",
    params: &[("availabilityUUID", Role::Path), ("params", Role::Body)],
};
const PAYMENT_CREATE: Method = Method { operation: "php_surface.payment_create", params: &[("params", Role::Body)] };
const PAYMENT_UPDATE: Method =
    Method { operation: "php_surface.payment_update", params: &[("id", Role::Path), ("params", Role::Body)] };
const PURCHASE_INVOICE_REACTIVATE: Method =
    Method { operation: "php_surface.purchase_invoice_reactivate", params: &[("id", Role::Path)] };
const REFUND_UPDATE: Method =
    Method { operation: "php_surface.refund_update", params: &[("id", Role::Path), ("params", Role::Body)] };
const SETTING_READ_CUSTOM_ATTRIBUTE_DETAILS: Method = Method {
    operation: "php_surface.setting_read_custom_attribute_details",
    params: &[("customAttributeUUID", Role::Path)],
};
const SETTING_CREATE_ITEM_GROUP: Method =
    Method { operation: "php_surface.setting_create_item_group", params: &[("params", Role::Body)] };
const TASK_UPDATE: Method =
    Method { operation: "php_surface.task_update", params: &[("id", Role::Path), ("payload", Role::Body)] };

#[php_impl]
impl crate::account_service::AccountService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/accounts
    /// One page of accounts.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts
    /// Every account, fetched lazily page by page. `$options`: limit (page size), offset, order_by, direction, apiVersion.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &ACCOUNT_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/accounts/{id}
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/information
    #[php(name = "readDetailsInformation")]
    pub fn read_details_information(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_DETAILS_INFORMATION, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/accounts
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_CREATE, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/accounts/{id}/information
    #[php(name = "update")]
    pub fn update(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_UPDATE, &[Arg::Value(Some(params)), Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// DELETE /api/{version}/accounts/{id}
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_DELETE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/accounts/{id}/cancel
    #[php(name = "cancel")]
    pub fn cancel(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_CANCEL, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// POST /api/{version}/accounts/{id}/reactivate
    #[php(name = "reactivate")]
    pub fn reactivate(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_REACTIVATE,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/accounts/{id}/purge
    #[php(name = "purge")]
    pub fn purge(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_PURGE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/contacts
    #[php(name = "readContactDetails")]
    pub fn read_contact_details(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_CONTACT_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/contacts/{contact_type}
    #[php(name = "readContactTypeDetails")]
    pub fn read_contact_type_details(
        &self,
        id: &Zval,
        contactType: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_READ_CONTACT_TYPE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(contactType))],
            apiVersion,
            callOptions,
        )
    }

    /// PUT /api/{version}/accounts/{id}/contacts/{contact_type}
    #[php(name = "changeContactTypeDetails")]
    pub fn change_contact_type_details(
        &self,
        params: &Zval,
        id: &Zval,
        contactType: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_CHANGE_CONTACT_TYPE_DETAILS,
            &[Arg::Value(Some(params)), Arg::Value(Some(id)), Arg::Value(Some(contactType))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/accounts/{id}/contacts/{contact_type}
    #[php(name = "updateContactTypeDetails")]
    pub fn update_contact_type_details(
        &self,
        params: &Zval,
        id: &Zval,
        contactType: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_UPDATE_CONTACT_TYPE_DETAILS,
            &[Arg::Value(Some(params)), Arg::Value(Some(id)), Arg::Value(Some(contactType))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/contacts/{contact_type}
    #[php(name = "deleteContactTypeDetails")]
    pub fn delete_contact_type_details(
        &self,
        id: &Zval,
        contactType: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_DELETE_CONTACT_TYPE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(contactType))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/addresses
    #[php(name = "readAddresses")]
    pub fn read_addresses(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_ADDRESSES, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/addresses/{uuid}
    #[php(name = "readAddressDetails")]
    pub fn read_address_details(
        &self,
        id: &Zval,
        addressUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_READ_ADDRESS_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(addressUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/accounts/{id}/addresses
    /// `$params = ['addresses' => [...]]`.
    #[php(name = "createAddresses")]
    pub fn create_addresses(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_CREATE_ADDRESSES,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/accounts/{id}/addresses/{uuid}
    /// `$params = ['address' => [...]]`.
    #[php(name = "changeAddresses")]
    pub fn change_addresses(
        &self,
        id: &Zval,
        params: &Zval,
        addressUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_CHANGE_ADDRESSES,
            &[Arg::Value(Some(id)), Arg::Value(Some(params)), Arg::Value(Some(addressUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/addresses/{uuid}
    #[php(name = "deleteAddress")]
    pub fn delete_address(
        &self,
        id: &Zval,
        addressUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_DELETE_ADDRESS,
            &[Arg::Value(Some(id)), Arg::Value(Some(addressUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/payment-methods
    #[php(name = "readPaymentMethod")]
    pub fn read_payment_method(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_PAYMENT_METHOD, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/payment-methods/{reference}
    #[php(name = "readDetailsPaymentMethod")]
    pub fn read_details_payment_method(
        &self,
        id: &Zval,
        r#ref: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_READ_DETAILS_PAYMENT_METHOD,
            &[Arg::Value(Some(id)), Arg::Value(Some(r#ref))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/accounts/{id}/payment-methods
    #[php(name = "createPaymentMethod")]
    pub fn create_payment_method(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_CREATE_PAYMENT_METHOD,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/accounts/{id}/payment-methods
    /// For a card; same envelope as createPaymentMethod.
    #[php(name = "createCardPaymentMethod")]
    pub fn create_card_payment_method(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_CREATE_CARD_PAYMENT_METHOD,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/accounts/{id}/payment-methods/{reference}
    #[php(name = "updatesPaymentMethodAllData")]
    pub fn updates_payment_method_all_data(
        &self,
        params: &Zval,
        id: &Zval,
        reference: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_UPDATES_PAYMENT_METHOD_ALL_DATA,
            &[Arg::Value(Some(params)), Arg::Value(Some(id)), Arg::Value(Some(reference))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/payment-methods/{reference}
    #[php(name = "deletePaymentMethod")]
    pub fn delete_payment_method(
        &self,
        id: &Zval,
        r#ref: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_DELETE_PAYMENT_METHOD,
            &[Arg::Value(Some(id)), Arg::Value(Some(r#ref))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/billing-preferences
    #[php(name = "readBillingPreference")]
    pub fn read_billing_preference(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_BILLING_PREFERENCE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// PUT /api/{version}/accounts/{id}/billing-preferences
    #[php(name = "updateBillingPreference")]
    pub fn update_billing_preference(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_UPDATE_BILLING_PREFERENCE,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/notes
    #[php(name = "readAllNotes")]
    pub fn read_all_notes(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_ALL_NOTES, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/notes
    /// Every note of an account, fetched lazily page by page (same `$options` as iterateAll).
    #[php(name = "iterateAllNotes")]
    pub fn iterate_all_notes(&self, id: &Zval, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &ACCOUNT_ITERATE_ALL_NOTES, &[Arg::Value(Some(id))], options)
    }

    /// GET /api/{version}/accounts/{id}/notes/{uuid}
    #[php(name = "readNoteDetails")]
    pub fn read_note_details(
        &self,
        id: &Zval,
        noteUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_READ_NOTE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(noteUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/accounts/{id}/notes
    #[php(name = "addNote")]
    pub fn add_note(
        &self,
        filePath: &Zval,
        note: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_ADD_NOTE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(note)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/notes/{uuid}
    #[php(name = "deleteNote")]
    pub fn delete_note(
        &self,
        id: &Zval,
        UUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_DELETE_NOTE,
            &[Arg::Value(Some(id)), Arg::Value(Some(UUID))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/notes/{uuid}/files
    #[php(name = "readNoteFiles")]
    pub fn read_note_files(
        &self,
        id: &Zval,
        uuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_READ_NOTE_FILES,
            &[Arg::Value(Some(id)), Arg::Value(Some(uuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/notes/{uuid}/files/{file_uuid}
    #[php(name = "readNoteFileDetails")]
    pub fn read_note_file_details(
        &self,
        id: &Zval,
        noteUUID: &Zval,
        fileUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_READ_NOTE_FILE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(noteUUID)), Arg::Value(Some(fileUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/accounts/{id}/notes/{uuid}/files
    #[php(name = "addNoteFiles")]
    pub fn add_note_files(
        &self,
        filePath: &Zval,
        id: &Zval,
        noteUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_ADD_NOTE_FILES,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(id)), Arg::Value(Some(noteUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/notes/{uuid}/files/{file_uuid}
    #[php(name = "deleteNoteFile")]
    pub fn delete_note_file(
        &self,
        id: &Zval,
        noteUUID: &Zval,
        fileUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_DELETE_NOTE_FILE,
            &[Arg::Value(Some(id)), Arg::Value(Some(noteUUID)), Arg::Value(Some(fileUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/image
    #[php(name = "getImage")]
    pub fn get_image(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_GET_IMAGE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/accounts/{id}/image
    #[php(name = "addImage")]
    pub fn add_image(
        &self,
        filePath: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_ADD_IMAGE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/image
    #[php(name = "deleteImage")]
    pub fn delete_image(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_DELETE_IMAGE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/accounts/{id}/communications/emails
    /// `$email`: `['to' => 'a@x.com' or ['a@x.com', ..], 'cc' => .., 'bcc' => .., 'subject' => .., 'body' => ..]`; lists are sent comma-joined. Not in the documented PHP SDK (its Python twin is account_sent_email).
    #[php(name = "sendEmail")]
    pub fn send_email(
        &self,
        id: &Zval,
        email: &ZendHashTable,
        filePath: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_SEND_EMAIL,
            &[Arg::Value(Some(id)), Arg::Table(email), Arg::Value(filePath)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/communications/emails
    /// Python: account_get_email.
    #[php(name = "readEmails")]
    pub fn read_emails(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_EMAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/communications/emails/{uuid}
    /// Python: account_get_email_uuid.
    #[php(name = "readEmailDetails")]
    pub fn read_email_details(
        &self,
        id: &Zval,
        uuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_READ_EMAIL_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(uuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/financial-summary
    #[php(name = "readFinancialSummary")]
    pub fn read_financial_summary(&self, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_READ_FINANCIAL_SUMMARY,
            &[],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/financial-summary
    #[php(name = "readAccountFinancialSummary")]
    pub fn read_account_financial_summary(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_READ_ACCOUNT_FINANCIAL_SUMMARY,
            &[Arg::Value(Some(id))],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/orders/unlinked
    #[php(name = "readUnlinkedOrders")]
    pub fn read_unlinked_orders(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_UNLINKED_ORDERS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/orders/linked
    #[php(name = "readLinkedOrders")]
    pub fn read_linked_orders(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_LINKED_ORDERS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/custom_objects
    #[php(name = "readCustomObject")]
    pub fn read_custom_object(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_CUSTOM_OBJECT, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/custom_objects/{uuid}
    #[php(name = "readCustomObjectDetails")]
    pub fn read_custom_object_details(
        &self,
        id: &Zval,
        customObjectUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_READ_CUSTOM_OBJECT_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(customObjectUUID))],
            apiVersion,
            callOptions,
        )
    }
}

#[php_impl]
impl crate::compat::AccountData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/accounts
    /// One page of accounts.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/accounts
    /// Every account, fetched lazily page by page. `$options`: limit (page size), offset, order_by, direction, apiVersion.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &ACCOUNT_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/accounts/{id}
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/information
    #[php(name = "readDetailsInformation")]
    pub fn read_details_information(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_DETAILS_INFORMATION, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/accounts
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_CREATE, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// PATCH /api/{version}/accounts/{id}/information
    #[php(name = "update")]
    pub fn update(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_UPDATE, &[Arg::Value(Some(params)), Arg::Value(Some(id))], apiVersion, None)
    }

    /// DELETE /api/{version}/accounts/{id}
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_DELETE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/accounts/{id}/cancel
    #[php(name = "cancel")]
    pub fn cancel(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_CANCEL, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, None)
    }

    /// POST /api/{version}/accounts/{id}/reactivate
    #[php(name = "reactivate")]
    pub fn reactivate(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_REACTIVATE, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, None)
    }

    /// POST /api/{version}/accounts/{id}/purge
    #[php(name = "purge")]
    pub fn purge(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_PURGE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/contacts
    #[php(name = "readContactDetails")]
    pub fn read_contact_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_CONTACT_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/contacts/{contact_type}
    #[php(name = "readContactTypeDetails")]
    pub fn read_contact_type_details(
        &self,
        id: &Zval,
        contactType: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_READ_CONTACT_TYPE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(contactType))],
            apiVersion,
            None,
        )
    }

    /// PUT /api/{version}/accounts/{id}/contacts/{contact_type}
    #[php(name = "changeContactTypeDetails")]
    pub fn change_contact_type_details(
        &self,
        params: &Zval,
        id: &Zval,
        contactType: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_CHANGE_CONTACT_TYPE_DETAILS,
            &[Arg::Value(Some(params)), Arg::Value(Some(id)), Arg::Value(Some(contactType))],
            apiVersion,
            None,
        )
    }

    /// PATCH /api/{version}/accounts/{id}/contacts/{contact_type}
    #[php(name = "updateContactTypeDetails")]
    pub fn update_contact_type_details(
        &self,
        params: &Zval,
        id: &Zval,
        contactType: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_UPDATE_CONTACT_TYPE_DETAILS,
            &[Arg::Value(Some(params)), Arg::Value(Some(id)), Arg::Value(Some(contactType))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/contacts/{contact_type}
    #[php(name = "deleteContactTypeDetails")]
    pub fn delete_contact_type_details(
        &self,
        id: &Zval,
        contactType: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_DELETE_CONTACT_TYPE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(contactType))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/accounts/{id}/addresses
    #[php(name = "readAddresses")]
    pub fn read_addresses(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_ADDRESSES, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/addresses/{uuid}
    #[php(name = "readAddressDetails")]
    pub fn read_address_details(&self, id: &Zval, addressUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_READ_ADDRESS_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(addressUUID))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/accounts/{id}/addresses
    /// `$params = ['addresses' => [...]]`.
    #[php(name = "createAddresses")]
    pub fn create_addresses(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_CREATE_ADDRESSES,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// PATCH /api/{version}/accounts/{id}/addresses/{uuid}
    /// `$params = ['address' => [...]]`.
    #[php(name = "changeAddresses")]
    pub fn change_addresses(
        &self,
        id: &Zval,
        params: &Zval,
        addressUUID: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_CHANGE_ADDRESSES,
            &[Arg::Value(Some(id)), Arg::Value(Some(params)), Arg::Value(Some(addressUUID))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/addresses/{uuid}
    #[php(name = "deleteAddress")]
    pub fn delete_address(&self, id: &Zval, addressUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_DELETE_ADDRESS,
            &[Arg::Value(Some(id)), Arg::Value(Some(addressUUID))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/accounts/{id}/payment-methods
    #[php(name = "readPaymentMethod")]
    pub fn read_payment_method(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_PAYMENT_METHOD, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/payment-methods/{reference}
    #[php(name = "readDetailsPaymentMethod")]
    pub fn read_details_payment_method(&self, id: &Zval, r#ref: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_READ_DETAILS_PAYMENT_METHOD,
            &[Arg::Value(Some(id)), Arg::Value(Some(r#ref))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/accounts/{id}/payment-methods
    #[php(name = "createPaymentMethod")]
    pub fn create_payment_method(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_CREATE_PAYMENT_METHOD,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/accounts/{id}/payment-methods
    /// For a card; same envelope as createPaymentMethod.
    #[php(name = "createCardPaymentMethod")]
    pub fn create_card_payment_method(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_CREATE_CARD_PAYMENT_METHOD,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// PATCH /api/{version}/accounts/{id}/payment-methods/{reference}
    #[php(name = "updatesPaymentMethodAllData")]
    pub fn updates_payment_method_all_data(
        &self,
        params: &Zval,
        id: &Zval,
        reference: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_UPDATES_PAYMENT_METHOD_ALL_DATA,
            &[Arg::Value(Some(params)), Arg::Value(Some(id)), Arg::Value(Some(reference))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/payment-methods/{reference}
    #[php(name = "deletePaymentMethod")]
    pub fn delete_payment_method(&self, id: &Zval, r#ref: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_DELETE_PAYMENT_METHOD,
            &[Arg::Value(Some(id)), Arg::Value(Some(r#ref))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/accounts/{id}/billing-preferences
    #[php(name = "readBillingPreference")]
    pub fn read_billing_preference(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_BILLING_PREFERENCE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// PUT /api/{version}/accounts/{id}/billing-preferences
    #[php(name = "updateBillingPreference")]
    pub fn update_billing_preference(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_UPDATE_BILLING_PREFERENCE,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/accounts/{id}/notes
    #[php(name = "readAllNotes")]
    pub fn read_all_notes(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_ALL_NOTES, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/notes
    /// Every note of an account, fetched lazily page by page (same `$options` as iterateAll).
    #[php(name = "iterateAllNotes")]
    pub fn iterate_all_notes(&self, id: &Zval, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &ACCOUNT_ITERATE_ALL_NOTES, &[Arg::Value(Some(id))], options)
    }

    /// GET /api/{version}/accounts/{id}/notes/{uuid}
    #[php(name = "readNoteDetails")]
    pub fn read_note_details(&self, id: &Zval, noteUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_READ_NOTE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(noteUUID))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/accounts/{id}/notes
    #[php(name = "addNote")]
    pub fn add_note(&self, filePath: &Zval, note: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_ADD_NOTE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(note)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/notes/{uuid}
    #[php(name = "deleteNote")]
    pub fn delete_note(&self, id: &Zval, UUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_DELETE_NOTE, &[Arg::Value(Some(id)), Arg::Value(Some(UUID))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/notes/{uuid}/files
    #[php(name = "readNoteFiles")]
    pub fn read_note_files(&self, id: &Zval, uuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_NOTE_FILES, &[Arg::Value(Some(id)), Arg::Value(Some(uuid))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/notes/{uuid}/files/{file_uuid}
    #[php(name = "readNoteFileDetails")]
    pub fn read_note_file_details(
        &self,
        id: &Zval,
        noteUUID: &Zval,
        fileUUID: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_READ_NOTE_FILE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(noteUUID)), Arg::Value(Some(fileUUID))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/accounts/{id}/notes/{uuid}/files
    #[php(name = "addNoteFiles")]
    pub fn add_note_files(
        &self,
        filePath: &Zval,
        id: &Zval,
        noteUUID: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_ADD_NOTE_FILES,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(id)), Arg::Value(Some(noteUUID))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/notes/{uuid}/files/{file_uuid}
    #[php(name = "deleteNoteFile")]
    pub fn delete_note_file(
        &self,
        id: &Zval,
        noteUUID: &Zval,
        fileUUID: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_DELETE_NOTE_FILE,
            &[Arg::Value(Some(id)), Arg::Value(Some(noteUUID)), Arg::Value(Some(fileUUID))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/accounts/{id}/image
    #[php(name = "getImage")]
    pub fn get_image(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_GET_IMAGE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/accounts/{id}/image
    #[php(name = "addImage")]
    pub fn add_image(&self, filePath: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_ADD_IMAGE, &[Arg::Value(Some(filePath)), Arg::Value(Some(id))], apiVersion, None)
    }

    /// DELETE /api/{version}/accounts/{id}/image
    #[php(name = "deleteImage")]
    pub fn delete_image(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_DELETE_IMAGE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/financial-summary
    #[php(name = "readFinancialSummary")]
    pub fn read_financial_summary(&self, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_FINANCIAL_SUMMARY, &[], apiVersion.or_else(|| Some("v2".to_string())), None)
    }

    /// GET /api/{version}/accounts/{id}/financial-summary
    #[php(name = "readAccountFinancialSummary")]
    pub fn read_account_financial_summary(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_READ_ACCOUNT_FINANCIAL_SUMMARY,
            &[Arg::Value(Some(id))],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// GET /api/{version}/accounts/{id}/orders/unlinked
    #[php(name = "readUnlinkedOrders")]
    pub fn read_unlinked_orders(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_UNLINKED_ORDERS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/orders/linked
    #[php(name = "readLinkedOrders")]
    pub fn read_linked_orders(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_LINKED_ORDERS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/custom_objects
    #[php(name = "readCustomObject")]
    pub fn read_custom_object(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNT_READ_CUSTOM_OBJECT, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/custom_objects/{uuid}
    #[php(name = "readCustomObjectDetails")]
    pub fn read_custom_object_details(
        &self,
        id: &Zval,
        customObjectUUID: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNT_READ_CUSTOM_OBJECT_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(customObjectUUID))],
            apiVersion,
            None,
        )
    }
}

#[php_impl]
impl crate::services::AccountingCodesService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/accounting-codes
    /// Lists the accounting codes, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNTING_CODES_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounting-codes
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &ACCOUNTING_CODES_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/accounting-codes/{uuid}
    /// Reads an accounting code.
    #[php(name = "readDetails")]
    pub fn read_details(
        &self,
        accountingCodeUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ACCOUNTING_CODES_READ_DETAILS,
            &[Arg::Value(Some(accountingCodeUUID))],
            apiVersion,
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::AccountingCodesData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/accounting-codes
    /// Lists the accounting codes, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNTING_CODES_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/accounting-codes/{uuid}
    /// Reads an accounting code.
    #[php(name = "readDetails")]
    pub fn read_details(&self, accountingCodeUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ACCOUNTING_CODES_READ_DETAILS, &[Arg::Value(Some(accountingCodeUUID))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::AlertService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/alert
    /// Lists the alert, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ALERT_READ_ALL,
            &[Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/alert
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &ALERT_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/alert/account/{account_id}
    /// Lists the records of an account in the alert, one page at a time.
    #[php(name = "readByAccount")]
    pub fn read_by_account(
        &self,
        accountId: &Zval,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ALERT_READ_BY_ACCOUNT,
            &[Arg::Value(Some(accountId)), Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/alert/account/{account_id}
    /// Every record of readByAccount, fetched lazily page by page.
    #[php(name = "iterateByAccount")]
    pub fn iterate_by_account(&self, accountId: &Zval, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &ALERT_ITERATE_BY_ACCOUNT, &[Arg::Value(Some(accountId))], options)
    }

    /// GET /api/{version}/alert/labour/{labour_id}
    /// Lists the records of a labour in the alert, one page at a time.
    #[php(name = "readByLabour")]
    pub fn read_by_labour(
        &self,
        labourId: &Zval,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ALERT_READ_BY_LABOUR,
            &[Arg::Value(Some(labourId)), Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/alert/labour/{labour_id}
    /// Every record of readByLabour, fetched lazily page by page.
    #[php(name = "iterateByLabour")]
    pub fn iterate_by_labour(&self, labourId: &Zval, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &ALERT_ITERATE_BY_LABOUR, &[Arg::Value(Some(labourId))], options)
    }

    /// GET /api/{version}/alert/employee/{employee_id}
    /// Lists the records of an employee in the alert, one page at a time.
    #[php(name = "readByEmployee")]
    pub fn read_by_employee(
        &self,
        employeeId: &Zval,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ALERT_READ_BY_EMPLOYEE,
            &[Arg::Value(Some(employeeId)), Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/alert/employee/{employee_id}
    /// Every record of readByEmployee, fetched lazily page by page.
    #[php(name = "iterateByEmployee")]
    pub fn iterate_by_employee(&self, employeeId: &Zval, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &ALERT_ITERATE_BY_EMPLOYEE, &[Arg::Value(Some(employeeId))], options)
    }
}

#[php_impl]
impl crate::services::AlertData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/alert
    /// Lists the alert, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, queryParams: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ALERT_READ_ALL,
            &[Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// GET /api/{version}/alert/account/{account_id}
    /// Lists the records of an account in the alert, one page at a time.
    #[php(name = "readByAccount")]
    pub fn read_by_account(
        &self,
        accountId: &Zval,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ALERT_READ_BY_ACCOUNT,
            &[Arg::Value(Some(accountId)), Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// GET /api/{version}/alert/labour/{labour_id}
    /// Lists the records of a labour in the alert, one page at a time.
    #[php(name = "readByLabour")]
    pub fn read_by_labour(
        &self,
        labourId: &Zval,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ALERT_READ_BY_LABOUR,
            &[Arg::Value(Some(labourId)), Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// GET /api/{version}/alert/employee/{employee_id}
    /// Lists the records of an employee in the alert, one page at a time.
    #[php(name = "readByEmployee")]
    pub fn read_by_employee(
        &self,
        employeeId: &Zval,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ALERT_READ_BY_EMPLOYEE,
            &[Arg::Value(Some(employeeId)), Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }
}

#[php_impl]
impl crate::services::ApiActionScriptService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// PATCH /api/{version}/api-action-script
    /// Updates the API action script.
    #[php(name = "execute")]
    pub fn execute(
        &self,
        scriptUUID: &Zval,
        payload: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &API_ACTION_SCRIPT_EXECUTE,
            &[Arg::Value(Some(scriptUUID)), Arg::Value(Some(payload))],
            apiVersion,
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::ApiActionScriptData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// PATCH /api/{version}/api-action-script
    /// Updates the API action script.
    #[php(name = "execute")]
    pub fn execute(&self, scriptUUID: &Zval, payload: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &API_ACTION_SCRIPT_EXECUTE,
            &[Arg::Value(Some(scriptUUID)), Arg::Value(Some(payload))],
            apiVersion,
            None,
        )
    }
}

#[php_impl]
impl crate::services::ApprovalService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/approvals/saleOrder
    /// Lists the sale order in the approvals, one page at a time.
    #[php(name = "getSaleOrderApprovals")]
    pub fn get_sale_order_approvals(
        &self,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &APPROVAL_GET_SALE_ORDER_APPROVALS, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/approvals/saleOrder
    /// Every record of getSaleOrderApprovals, fetched lazily page by page.
    #[php(name = "iterateSaleOrderApprovals")]
    pub fn iterate_sale_order_approvals(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &APPROVAL_ITERATE_SALE_ORDER_APPROVALS, &[], options)
    }

    /// GET /api/{version}/approvals/timesheet
    /// Lists the timesheet in the approvals, one page at a time.
    #[php(name = "getTimesheetApprovals")]
    pub fn get_timesheet_approvals(
        &self,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &APPROVAL_GET_TIMESHEET_APPROVALS, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/approvals/timesheet
    /// Every record of getTimesheetApprovals, fetched lazily page by page.
    #[php(name = "iterateTimesheetApprovals")]
    pub fn iterate_timesheet_approvals(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &APPROVAL_ITERATE_TIMESHEET_APPROVALS, &[], options)
    }

    /// GET /api/{version}/approvals/account/{account_uuid}
    /// Lists the records of an account in the approvals, one page at a time.
    #[php(name = "getAccountApprovals")]
    pub fn get_account_approvals(
        &self,
        accountUuid: &Zval,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &APPROVAL_GET_ACCOUNT_APPROVALS,
            &[Arg::Value(Some(accountUuid)), Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/approvals/account/{account_uuid}
    /// Every record of getAccountApprovals, fetched lazily page by page.
    #[php(name = "iterateAccountApprovals")]
    pub fn iterate_account_approvals(
        &self,
        accountUuid: &Zval,
        options: Option<&ZendHashTable>,
    ) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &APPROVAL_ITERATE_ACCOUNT_APPROVALS, &[Arg::Value(Some(accountUuid))], options)
    }

    /// POST /api/{version}/approvals/approve
    /// Approves the approvals.
    #[php(name = "approve")]
    pub fn approve(&self, params: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &APPROVAL_APPROVE, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// POST /api/{version}/approvals/reject
    /// Rejects the approvals.
    #[php(name = "reject")]
    pub fn reject(&self, params: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &APPROVAL_REJECT, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }
}

#[php_impl]
impl crate::services::ApprovalData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/approvals/saleOrder
    /// Lists the sale order in the approvals, one page at a time.
    #[php(name = "getSaleOrderApprovals")]
    pub fn get_sale_order_approvals(&self, queryParams: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &APPROVAL_GET_SALE_ORDER_APPROVALS, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/approvals/timesheet
    /// Lists the timesheet in the approvals, one page at a time.
    #[php(name = "getTimesheetApprovals")]
    pub fn get_timesheet_approvals(&self, queryParams: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &APPROVAL_GET_TIMESHEET_APPROVALS, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/approvals/account/{account_uuid}
    /// Lists the records of an account in the approvals, one page at a time.
    #[php(name = "getAccountApprovals")]
    pub fn get_account_approvals(
        &self,
        accountUuid: &Zval,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &APPROVAL_GET_ACCOUNT_APPROVALS,
            &[Arg::Value(Some(accountUuid)), Arg::Value(queryParams)],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/approvals/approve
    /// Approves the approvals.
    #[php(name = "approve")]
    pub fn approve(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &APPROVAL_APPROVE, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// POST /api/{version}/approvals/reject
    /// Rejects the approvals.
    #[php(name = "reject")]
    pub fn reject(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &APPROVAL_REJECT, &[Arg::Value(Some(params))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::BookingService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// POST /api/{version}/booking
    /// Books the booking.
    #[php(name = "create")]
    pub fn create(&self, payload: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &BOOKING_CREATE, &[Arg::Value(Some(payload))], apiVersion, callOptions)
    }

    /// POST /api/{version}/booking/{order_id}/change
    /// Changes a booking.
    #[php(name = "changeBooking")]
    pub fn change_booking(
        &self,
        orderId: &Zval,
        payload: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &BOOKING_CHANGE_BOOKING,
            &[Arg::Value(Some(orderId)), Arg::Value(Some(payload))],
            apiVersion,
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::BookingData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// POST /api/{version}/booking
    /// Books the booking.
    #[php(name = "create")]
    pub fn create(&self, payload: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &BOOKING_CREATE, &[Arg::Value(Some(payload))], apiVersion, None)
    }

    /// POST /api/{version}/booking/{order_id}/change
    /// Changes a booking.
    #[php(name = "changeBooking")]
    pub fn change_booking(&self, orderId: &Zval, payload: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &BOOKING_CHANGE_BOOKING,
            &[Arg::Value(Some(orderId)), Arg::Value(Some(payload))],
            apiVersion,
            None,
        )
    }
}

#[php_impl]
impl crate::services::CommunicationService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/accounts/{id}/communications/emails
    #[php(name = "readAccountEmails")]
    pub fn read_account_emails(
        &self,
        accountId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &COMMUNICATION_READ_ACCOUNT_EMAILS, &[Arg::Value(Some(accountId))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/communications/emails/{uuid}
    #[php(name = "readAccountEmailDetails")]
    pub fn read_account_email_details(
        &self,
        accountId: &Zval,
        emailId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &COMMUNICATION_READ_ACCOUNT_EMAIL_DETAILS,
            &[Arg::Value(Some(accountId)), Arg::Value(Some(emailId))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/communications/send-email
    /// Sends the email in the communications.
    #[php(name = "sendEmail")]
    pub fn send_email(&self, params: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &COMMUNICATION_SEND_EMAIL, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// POST /api/{version}/accounts/{accountId}/communications/emails
    /// POST accounts/{accountId}/communications/emails (the documented PHP SDK's CommunicationData::sendAccountEmail).
    #[php(name = "sendAccountEmail")]
    pub fn send_account_email(
        &self,
        accountId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &COMMUNICATION_SEND_ACCOUNT_EMAIL,
            &[Arg::Value(Some(accountId)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::CommunicationData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/accounts/{id}/communications/emails
    #[php(name = "readAccountEmails")]
    pub fn read_account_emails(&self, accountId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &COMMUNICATION_READ_ACCOUNT_EMAILS, &[Arg::Value(Some(accountId))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/communications/emails/{uuid}
    #[php(name = "readAccountEmailDetails")]
    pub fn read_account_email_details(
        &self,
        accountId: &Zval,
        emailId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &COMMUNICATION_READ_ACCOUNT_EMAIL_DETAILS,
            &[Arg::Value(Some(accountId)), Arg::Value(Some(emailId))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/communications/send-email
    /// Sends the email in the communications.
    #[php(name = "sendEmail")]
    pub fn send_email(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &COMMUNICATION_SEND_EMAIL, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// POST /api/{version}/accounts/{accountId}/communications/emails
    /// POST accounts/{accountId}/communications/emails (the documented PHP SDK's CommunicationData::sendAccountEmail).
    #[php(name = "sendAccountEmail")]
    pub fn send_account_email(&self, accountId: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &COMMUNICATION_SEND_ACCOUNT_EMAIL,
            &[Arg::Value(Some(accountId)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }
}

#[php_impl]
impl crate::services::CreditNoteService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/credit-notes
    /// Lists the credit notes, one page at a time.
    #[php(name = "readAllCreditNotes")]
    pub fn read_all_credit_notes(
        &self,
        apiVersion: &Zval,
        queryParams: &Zval,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CREDIT_NOTE_READ_ALL_CREDIT_NOTES,
            &[Arg::Value(Some(queryParams))],
            crate::args::version("apiVersion", apiVersion)?,
            callOptions,
        )
    }

    /// GET /api/{version}/credit-notes
    /// Every record of readAllCreditNotes, fetched lazily page by page.
    #[php(name = "iterateAllCreditNotes")]
    pub fn iterate_all_credit_notes(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &CREDIT_NOTE_ITERATE_ALL_CREDIT_NOTES, &[], options)
    }

    /// GET /api/{version}/credit-notes/{id}
    /// Reads a credit note.
    #[php(name = "read")]
    pub fn read(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &CREDIT_NOTE_READ, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/credit-note-applications
    /// Reads the credit note applications.
    #[php(name = "readAllCreditNoteApplications")]
    pub fn read_all_credit_note_applications(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CREDIT_NOTE_READ_ALL_CREDIT_NOTE_APPLICATIONS,
            &[Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/credit-note-applications
    /// Every record of readAllCreditNoteApplications, fetched lazily page by page.
    #[php(name = "iterateAllCreditNoteApplications")]
    pub fn iterate_all_credit_note_applications(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &CREDIT_NOTE_ITERATE_ALL_CREDIT_NOTE_APPLICATIONS, &[], options)
    }

    /// GET /api/{version}/credit-note-applications/{uuid}
    /// Reads a credit note application.
    #[php(name = "readCreditNoteApplicationsDetails")]
    pub fn read_credit_note_applications_details(
        &self,
        creditNoteApplicationsUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CREDIT_NOTE_READ_CREDIT_NOTE_APPLICATIONS_DETAILS,
            &[Arg::Value(Some(creditNoteApplicationsUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/invoices/{id}/credit-note-applications
    /// Reads the credit note applications of an invoice.
    #[php(name = "readInvoiceCreditNoteApplications")]
    pub fn read_invoice_credit_note_applications(
        &self,
        invoiceId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CREDIT_NOTE_READ_INVOICE_CREDIT_NOTE_APPLICATIONS,
            &[Arg::Value(Some(invoiceId))],
            apiVersion,
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::CreditNoteData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/credit-notes
    /// Lists the credit notes, one page at a time.
    #[php(name = "readAllCreditNotes")]
    pub fn read_all_credit_notes(&self, apiVersion: &Zval, queryParams: &Zval) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CREDIT_NOTE_READ_ALL_CREDIT_NOTES,
            &[Arg::Value(Some(queryParams))],
            crate::args::version("apiVersion", apiVersion)?,
            None,
        )
    }

    /// GET /api/{version}/credit-notes/{id}
    /// Reads a credit note.
    #[php(name = "read")]
    pub fn read(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &CREDIT_NOTE_READ, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/credit-note-applications
    /// Reads the credit note applications.
    #[php(name = "readAllCreditNoteApplications")]
    pub fn read_all_credit_note_applications(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &CREDIT_NOTE_READ_ALL_CREDIT_NOTE_APPLICATIONS, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/credit-note-applications/{uuid}
    /// Reads a credit note application.
    #[php(name = "readCreditNoteApplicationsDetails")]
    pub fn read_credit_note_applications_details(
        &self,
        creditNoteApplicationsUUID: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CREDIT_NOTE_READ_CREDIT_NOTE_APPLICATIONS_DETAILS,
            &[Arg::Value(Some(creditNoteApplicationsUUID))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/invoices/{id}/credit-note-applications
    /// Reads the credit note applications of an invoice.
    #[php(name = "readInvoiceCreditNoteApplications")]
    pub fn read_invoice_credit_note_applications(
        &self,
        invoiceId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CREDIT_NOTE_READ_INVOICE_CREDIT_NOTE_APPLICATIONS,
            &[Arg::Value(Some(invoiceId))],
            apiVersion,
            None,
        )
    }
}

#[php_impl]
impl crate::services::CustomAttributeService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/custom-attributes
    /// Reads the custom attributes.
    #[php(name = "listAll")]
    pub fn list_all(&self, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &CUSTOM_ATTRIBUTE_LIST_ALL, &[], apiVersion.or_else(|| Some("v2".to_string())), callOptions)
    }

    /// GET /api/{version}/custom-attributes/{ca_uuid}
    /// Reads a custom attribute.
    #[php(name = "details")]
    pub fn details(
        &self,
        customAttributeUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_ATTRIBUTE_DETAILS,
            &[Arg::Value(Some(customAttributeUUID))],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// POST /api/{version}/custom-attributes
    /// Creates a custom attribute.
    #[php(name = "create")]
    pub fn create(
        &self,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_ATTRIBUTE_CREATE,
            &[Arg::Value(params)],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// PATCH /api/{version}/custom-attributes/{ca_uuid}
    /// Updates a custom attribute.
    #[php(name = "update")]
    pub fn update(
        &self,
        customAttributeUUID: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_ATTRIBUTE_UPDATE,
            &[Arg::Value(Some(customAttributeUUID)), Arg::Value(params)],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// DELETE /api/{version}/custom-attributes/{ca_uuid}
    /// Deletes a custom attribute.
    #[php(name = "delete")]
    pub fn delete(
        &self,
        customAttributeUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_ATTRIBUTE_DELETE,
            &[Arg::Value(Some(customAttributeUUID))],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// POST /api/{version}/{path*}
    /// Sends $requestMethod (get, post, put, patch, delete) to api/<version>/$path: $params are the query of a GET, nothing for a DELETE, the JSON body otherwise.
    #[php(name = "customRequest")]
    pub fn custom_request(
        &self,
        path: &Zval,
        requestMethod: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_ATTRIBUTE_CUSTOM_REQUEST,
            &[Arg::Value(Some(path)), Arg::Value(Some(requestMethod)), Arg::Value(params)],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::CustomAttributeData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/custom-attributes
    /// Reads the custom attributes.
    #[php(name = "listAll")]
    pub fn list_all(&self, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &CUSTOM_ATTRIBUTE_LIST_ALL, &[], apiVersion.or_else(|| Some("v2".to_string())), None)
    }

    /// GET /api/{version}/custom-attributes/{ca_uuid}
    /// Reads a custom attribute.
    #[php(name = "details")]
    pub fn details(&self, customAttributeUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_ATTRIBUTE_DETAILS,
            &[Arg::Value(Some(customAttributeUUID))],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// POST /api/{version}/custom-attributes
    /// Creates a custom attribute.
    #[php(name = "create")]
    pub fn create(&self, params: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_ATTRIBUTE_CREATE,
            &[Arg::Value(params)],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// PATCH /api/{version}/custom-attributes/{ca_uuid}
    /// Updates a custom attribute.
    #[php(name = "update")]
    pub fn update(
        &self,
        customAttributeUUID: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_ATTRIBUTE_UPDATE,
            &[Arg::Value(Some(customAttributeUUID)), Arg::Value(params)],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// DELETE /api/{version}/custom-attributes/{ca_uuid}
    /// Deletes a custom attribute.
    #[php(name = "delete")]
    pub fn delete(&self, customAttributeUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_ATTRIBUTE_DELETE,
            &[Arg::Value(Some(customAttributeUUID))],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// POST /api/{version}/{path*}
    /// Sends $requestMethod (get, post, put, patch, delete) to api/<version>/$path: $params are the query of a GET, nothing for a DELETE, the JSON body otherwise.
    #[php(name = "customRequest")]
    pub fn custom_request(
        &self,
        path: &Zval,
        requestMethod: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_ATTRIBUTE_CUSTOM_REQUEST,
            &[Arg::Value(Some(path)), Arg::Value(Some(requestMethod)), Arg::Value(params)],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }
}

#[php_impl]
impl crate::services::CustomComponentService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/component/{uuid}
    /// Lists the records of a component, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        componentUuid: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_ALL,
            &[Arg::Value(Some(componentUuid)), Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/component/{uuid}
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, componentUuid: &Zval, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &CUSTOM_COMPONENT_ITERATE_ALL, &[Arg::Value(Some(componentUuid))], options)
    }

    /// POST /api/{version}/component/{uuid}
    /// Sends a component.
    #[php(name = "create")]
    pub fn create(
        &self,
        componentUuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_CREATE,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/component/{uuid}
    /// Sends a component.
    #[php(name = "createWithAttributeGroup")]
    pub fn create_with_attribute_group(
        &self,
        componentUuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_CREATE_WITH_ATTRIBUTE_GROUP,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/component/{uuid}/{id}
    /// Lists the records of a component, one page at a time.
    #[php(name = "readAllDetails")]
    pub fn read_all_details(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_ALL_DETAILS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/component/{uuid}/{id}/pdf
    /// Downloads the PDF of a component.
    #[php(name = "getComponentPdf")]
    pub fn get_component_pdf(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_GET_COMPONENT_PDF,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id))],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{account_id}/component/{component_uuid}
    /// Lists the records of a component of an account, one page at a time.
    #[php(name = "readAccountAllComponent")]
    pub fn read_account_all_component(
        &self,
        componentUuid: &Zval,
        accountId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_ACCOUNT_ALL_COMPONENT,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(accountId))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{account_id}/component/{component_uuid}/{component_id}
    /// Lists the records of a component of an account, one page at a time.
    #[php(name = "readAccountComponent")]
    pub fn read_account_component(
        &self,
        componentUuid: &Zval,
        accountId: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_ACCOUNT_COMPONENT,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(accountId)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/component/{uuid}/{id}
    /// Updates a component.
    #[php(name = "change")]
    pub fn change(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_CHANGE,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/component/{component_uuid}/{order_id}/change_status
    /// Changes the status of a component.
    #[php(name = "changeComponentStatus")]
    pub fn change_component_status(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_CHANGE_COMPONENT_STATUS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/component/{component_uuid}/{order_id}/activity
    /// Lists the activity of a component, one page at a time.
    #[php(name = "readComponentActivities")]
    pub fn read_component_activities(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_COMPONENT_ACTIVITIES,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/component/{component_uuid}/{order_id}/activity
    /// Creates the activity of a component.
    #[php(name = "createComponentActivity")]
    pub fn create_component_activity(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_CREATE_COMPONENT_ACTIVITY,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/component/{component_uuid}/{order_id}/activity/{activity_uuid}
    /// Lists the records of an activity of a component, one page at a time.
    #[php(name = "readComponentActivityDetails")]
    pub fn read_component_activity_details(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        activityUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_COMPONENT_ACTIVITY_DETAILS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id)), Arg::Value(Some(activityUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/component/{uuid}/{id}
    /// Deletes a component.
    #[php(name = "delete")]
    pub fn delete(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_DELETE,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/component/{uuid}/{id}/express
    /// Updates the express of a component.
    #[php(name = "updateExpress")]
    pub fn update_express(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_UPDATE_EXPRESS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// DELETE /api/{version}/component/{uuid}/{id}/custom_objects
    /// Deletes the custom objects of a component.
    #[php(name = "deleteCustomObjects")]
    pub fn delete_custom_objects(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_DELETE_CUSTOM_OBJECTS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id))],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// POST /api/{version}/component/{uuid}/link_domains
    /// Links the domains of a component.
    #[php(name = "linkDomains")]
    pub fn link_domains(
        &self,
        componentUuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_LINK_DOMAINS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(params))],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// PATCH /api/{version}/component/{uuid}/link_domains
    /// Updates the link domains of a component.
    #[php(name = "updateLinkDomains")]
    pub fn update_link_domains(
        &self,
        componentUuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_UPDATE_LINK_DOMAINS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(params))],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// POST /api/{version}/component/{uuid}/unlink_domains
    /// Unlinks the domains of a component.
    #[php(name = "unlinkDomains")]
    pub fn unlink_domains(
        &self,
        componentUuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_UNLINK_DOMAINS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(params))],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/component/{uuid}/{id}/notes
    /// Lists the notes of a component, one page at a time.
    #[php(name = "readAllComponentNotes")]
    pub fn read_all_component_notes(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_ALL_COMPONENT_NOTES,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/component/{uuid}/{id}/notes/{note_uuid}
    /// Lists the records of a note of a component, one page at a time.
    #[php(name = "readComponentNoteDetails")]
    pub fn read_component_note_details(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_COMPONENT_NOTE_DETAILS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id)), Arg::Value(Some(noteUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/component/{uuid}/{id}/notes/{note_uuid}
    /// Deletes a note of a component.
    #[php(name = "deleteComponentNote")]
    pub fn delete_component_note(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_DELETE_COMPONENT_NOTE,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id)), Arg::Value(Some(noteUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/component/{uuid}/{id}/notes/{note_uuid}/files
    /// Lists the files of a note of a component, one page at a time.
    #[php(name = "readComponentNoteFiles")]
    pub fn read_component_note_files(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_COMPONENT_NOTE_FILES,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id)), Arg::Value(Some(noteUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/component/{uuid}/{id}/notes/{note_uuid}/files/{file_uuid}
    /// Lists the records of a file of a note of a component, one page at a time.
    #[php(name = "readComponentNoteFileDetails")]
    pub fn read_component_note_file_details(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        noteUuid: &Zval,
        fileUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_COMPONENT_NOTE_FILE_DETAILS,
            &[
                Arg::Value(Some(componentUuid)),
                Arg::Value(Some(id)),
                Arg::Value(Some(noteUuid)),
                Arg::Value(Some(fileUuid)),
            ],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/component/{componentUuid}/{id}/notes
    /// POST component/{componentUuid}/{id}/notes (the documented PHP SDK's CustomComponentData::addComponentNote).
    #[php(name = "addComponentNote")]
    pub fn add_component_note(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        note: &Zval,
        filePath: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_ADD_COMPONENT_NOTE,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id)), Arg::Value(Some(note)), Arg::Value(filePath)],
            apiVersion,
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::CustomComponentData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/component/{uuid}
    /// Lists the records of a component, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        componentUuid: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_ALL,
            &[Arg::Value(Some(componentUuid)), Arg::Value(queryParams)],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/component/{uuid}
    /// Sends a component.
    #[php(name = "create")]
    pub fn create(&self, componentUuid: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_CREATE,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/component/{uuid}
    /// Sends a component.
    #[php(name = "createWithAttributeGroup")]
    pub fn create_with_attribute_group(
        &self,
        componentUuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_CREATE_WITH_ATTRIBUTE_GROUP,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/component/{uuid}/{id}
    /// Lists the records of a component, one page at a time.
    #[php(name = "readAllDetails")]
    pub fn read_all_details(&self, componentUuid: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_ALL_DETAILS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/component/{uuid}/{id}/pdf
    /// Downloads the PDF of a component.
    #[php(name = "getComponentPdf")]
    pub fn get_component_pdf(&self, componentUuid: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_GET_COMPONENT_PDF,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id))],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// GET /api/{version}/accounts/{account_id}/component/{component_uuid}
    /// Lists the records of a component of an account, one page at a time.
    #[php(name = "readAccountAllComponent")]
    pub fn read_account_all_component(
        &self,
        componentUuid: &Zval,
        accountId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_ACCOUNT_ALL_COMPONENT,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(accountId))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/accounts/{account_id}/component/{component_uuid}/{component_id}
    /// Lists the records of a component of an account, one page at a time.
    #[php(name = "readAccountComponent")]
    pub fn read_account_component(
        &self,
        componentUuid: &Zval,
        accountId: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_ACCOUNT_COMPONENT,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(accountId)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// PATCH /api/{version}/component/{uuid}/{id}
    /// Updates a component.
    #[php(name = "change")]
    pub fn change(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_CHANGE,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/component/{component_uuid}/{order_id}/change_status
    /// Changes the status of a component.
    #[php(name = "changeComponentStatus")]
    pub fn change_component_status(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_CHANGE_COMPONENT_STATUS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/component/{component_uuid}/{order_id}/activity
    /// Lists the activity of a component, one page at a time.
    #[php(name = "readComponentActivities")]
    pub fn read_component_activities(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_COMPONENT_ACTIVITIES,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/component/{component_uuid}/{order_id}/activity
    /// Creates the activity of a component.
    #[php(name = "createComponentActivity")]
    pub fn create_component_activity(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_CREATE_COMPONENT_ACTIVITY,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/component/{component_uuid}/{order_id}/activity/{activity_uuid}
    /// Lists the records of an activity of a component, one page at a time.
    #[php(name = "readComponentActivityDetails")]
    pub fn read_component_activity_details(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        activityUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_COMPONENT_ACTIVITY_DETAILS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id)), Arg::Value(Some(activityUuid))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/component/{uuid}/{id}
    /// Deletes a component.
    #[php(name = "delete")]
    pub fn delete(&self, componentUuid: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_DELETE,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// PATCH /api/{version}/component/{uuid}/{id}/express
    /// Updates the express of a component.
    #[php(name = "updateExpress")]
    pub fn update_express(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_UPDATE_EXPRESS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// DELETE /api/{version}/component/{uuid}/{id}/custom_objects
    /// Deletes the custom objects of a component.
    #[php(name = "deleteCustomObjects")]
    pub fn delete_custom_objects(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_DELETE_CUSTOM_OBJECTS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id))],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// POST /api/{version}/component/{uuid}/link_domains
    /// Links the domains of a component.
    #[php(name = "linkDomains")]
    pub fn link_domains(&self, componentUuid: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_LINK_DOMAINS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(params))],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// PATCH /api/{version}/component/{uuid}/link_domains
    /// Updates the link domains of a component.
    #[php(name = "updateLinkDomains")]
    pub fn update_link_domains(
        &self,
        componentUuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_UPDATE_LINK_DOMAINS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(params))],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// POST /api/{version}/component/{uuid}/unlink_domains
    /// Unlinks the domains of a component.
    #[php(name = "unlinkDomains")]
    pub fn unlink_domains(&self, componentUuid: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_UNLINK_DOMAINS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(params))],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// GET /api/{version}/component/{uuid}/{id}/notes
    /// Lists the notes of a component, one page at a time.
    #[php(name = "readAllComponentNotes")]
    pub fn read_all_component_notes(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_ALL_COMPONENT_NOTES,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/component/{uuid}/{id}/notes/{note_uuid}
    /// Lists the records of a note of a component, one page at a time.
    #[php(name = "readComponentNoteDetails")]
    pub fn read_component_note_details(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_COMPONENT_NOTE_DETAILS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id)), Arg::Value(Some(noteUuid))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/component/{uuid}/{id}/notes/{note_uuid}
    /// Deletes a note of a component.
    #[php(name = "deleteComponentNote")]
    pub fn delete_component_note(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_DELETE_COMPONENT_NOTE,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id)), Arg::Value(Some(noteUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/component/{uuid}/{id}/notes/{note_uuid}/files
    /// Lists the files of a note of a component, one page at a time.
    #[php(name = "readComponentNoteFiles")]
    pub fn read_component_note_files(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_COMPONENT_NOTE_FILES,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id)), Arg::Value(Some(noteUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/component/{uuid}/{id}/notes/{note_uuid}/files/{file_uuid}
    /// Lists the records of a file of a note of a component, one page at a time.
    #[php(name = "readComponentNoteFileDetails")]
    pub fn read_component_note_file_details(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        noteUuid: &Zval,
        fileUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_READ_COMPONENT_NOTE_FILE_DETAILS,
            &[
                Arg::Value(Some(componentUuid)),
                Arg::Value(Some(id)),
                Arg::Value(Some(noteUuid)),
                Arg::Value(Some(fileUuid)),
            ],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/component/{componentUuid}/{id}/notes
    /// POST component/{componentUuid}/{id}/notes (the documented PHP SDK's CustomComponentData::addComponentNote).
    #[php(name = "addComponentNote")]
    pub fn add_component_note(
        &self,
        componentUuid: &Zval,
        id: &Zval,
        note: &Zval,
        filePath: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_COMPONENT_ADD_COMPONENT_NOTE,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(id)), Arg::Value(Some(note)), Arg::Value(filePath)],
            apiVersion,
            None,
        )
    }
}

#[php_impl]
impl crate::services::CustomFeatureService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/custom-feature
    /// Lists the custom feature, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &CUSTOM_FEATURE_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/custom-feature
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &CUSTOM_FEATURE_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/custom-feature/{uuid}
    /// Reads a custom feature.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &CUSTOM_FEATURE_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/custom-feature
    /// Creates a custom feature.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &CUSTOM_FEATURE_CREATE, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/custom-feature/{uuid}
    /// Updates a custom feature.
    #[php(name = "update")]
    pub fn update(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_FEATURE_UPDATE,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/custom-feature/{uuid}
    /// Deletes a custom feature.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &CUSTOM_FEATURE_DELETE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/custom-feature/{uuid}/custom-form
    /// Creates the custom form of a custom feature.
    #[php(name = "createCustomForm")]
    pub fn create_custom_form(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_FEATURE_CREATE_CUSTOM_FORM,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::CustomFeatureData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/custom-feature
    /// Lists the custom feature, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &CUSTOM_FEATURE_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/custom-feature/{uuid}
    /// Reads a custom feature.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &CUSTOM_FEATURE_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/custom-feature
    /// Creates a custom feature.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &CUSTOM_FEATURE_CREATE, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// PATCH /api/{version}/custom-feature/{uuid}
    /// Updates a custom feature.
    #[php(name = "update")]
    pub fn update(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &CUSTOM_FEATURE_UPDATE, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, None)
    }

    /// DELETE /api/{version}/custom-feature/{uuid}
    /// Deletes a custom feature.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &CUSTOM_FEATURE_DELETE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/custom-feature/{uuid}/custom-form
    /// Creates the custom form of a custom feature.
    #[php(name = "createCustomForm")]
    pub fn create_custom_form(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CUSTOM_FEATURE_CREATE_CUSTOM_FORM,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }
}

#[php_impl]
impl crate::services::EmployeeService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// POST /api/{version}/employees
    /// Creates an employee.
    #[php(name = "createEmployee")]
    pub fn create_employee(
        &self,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &EMPLOYEE_CREATE_EMPLOYEE, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// GET /api/{version}/employees
    /// Lists the employees, one page at a time.
    #[php(name = "readAllEmployee")]
    pub fn read_all_employee(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &EMPLOYEE_READ_ALL_EMPLOYEE, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/employees
    /// Every record of readAllEmployee, fetched lazily page by page.
    #[php(name = "iterateAllEmployee")]
    pub fn iterate_all_employee(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &EMPLOYEE_ITERATE_ALL_EMPLOYEE, &[], options)
    }

    /// GET /api/{version}/employees/{id}
    /// Reads an employee.
    #[php(name = "readDetailsEmployee")]
    pub fn read_details_employee(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &EMPLOYEE_READ_DETAILS_EMPLOYEE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/employees/{id}
    /// Updates an employee.
    #[php(name = "updateEmployee")]
    pub fn update_employee(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &EMPLOYEE_UPDATE_EMPLOYEE,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/employees/{id}
    /// Deletes an employee.
    #[php(name = "deleteEmployee")]
    pub fn delete_employee(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &EMPLOYEE_DELETE_EMPLOYEE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }
}

#[php_impl]
impl crate::services::EmployeeData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// POST /api/{version}/employees
    /// Creates an employee.
    #[php(name = "createEmployee")]
    pub fn create_employee(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &EMPLOYEE_CREATE_EMPLOYEE, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// GET /api/{version}/employees
    /// Lists the employees, one page at a time.
    #[php(name = "readAllEmployee")]
    pub fn read_all_employee(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &EMPLOYEE_READ_ALL_EMPLOYEE, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/employees/{id}
    /// Reads an employee.
    #[php(name = "readDetailsEmployee")]
    pub fn read_details_employee(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &EMPLOYEE_READ_DETAILS_EMPLOYEE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// PATCH /api/{version}/employees/{id}
    /// Updates an employee.
    #[php(name = "updateEmployee")]
    pub fn update_employee(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &EMPLOYEE_UPDATE_EMPLOYEE,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/employees/{id}
    /// Deletes an employee.
    #[php(name = "deleteEmployee")]
    pub fn delete_employee(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &EMPLOYEE_DELETE_EMPLOYEE, &[Arg::Value(Some(id))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::EventService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/events
    /// Lists the events, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &EVENT_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/events
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &EVENT_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/events/{uuid}
    /// Reads an event.
    #[php(name = "readDetails")]
    pub fn read_details(&self, uuId: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &EVENT_READ_DETAILS, &[Arg::Value(Some(uuId))], apiVersion, callOptions)
    }

    /// POST /api/{version}/events/{uuid}/remove
    /// Removes an event.
    #[php(name = "remove")]
    pub fn remove(&self, uuId: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &EVENT_REMOVE, &[Arg::Value(Some(uuId))], apiVersion, callOptions)
    }
}

#[php_impl]
impl crate::services::EventData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/events
    /// Lists the events, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &EVENT_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/events/{uuid}
    /// Reads an event.
    #[php(name = "readDetails")]
    pub fn read_details(&self, uuId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &EVENT_READ_DETAILS, &[Arg::Value(Some(uuId))], apiVersion, None)
    }

    /// POST /api/{version}/events/{uuid}/remove
    /// Removes an event.
    #[php(name = "remove")]
    pub fn remove(&self, uuId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &EVENT_REMOVE, &[Arg::Value(Some(uuId))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::ExternalDatabaseService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/external-database
    /// Lists the external database, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &EXTERNAL_DATABASE_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/external-database
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &EXTERNAL_DATABASE_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/external-database/{db_name}
    /// Reads an external database.
    #[php(name = "readDetails")]
    pub fn read_details(
        &self,
        database_name: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &EXTERNAL_DATABASE_READ_DETAILS,
            &[Arg::Value(Some(database_name)), Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/external-database/{db_name}
    /// Every record of readDetails, fetched lazily page by page.
    #[php(name = "iterateDetails")]
    pub fn iterate_details(&self, database_name: &Zval, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &EXTERNAL_DATABASE_ITERATE_DETAILS, &[Arg::Value(Some(database_name))], options)
    }

    /// GET /api/{version}/external-database/{db_name}/table/{table_name}
    /// Lists the records of a table of an external database, one page at a time.
    #[php(name = "readTable")]
    pub fn read_table(
        &self,
        database_name: &Zval,
        table_name: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &EXTERNAL_DATABASE_READ_TABLE,
            &[Arg::Value(Some(database_name)), Arg::Value(Some(table_name)), Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/external-database/{db_name}/table/{table_name}
    /// Every record of readTable, fetched lazily page by page.
    #[php(name = "iterateTable")]
    pub fn iterate_table(
        &self,
        database_name: &Zval,
        table_name: &Zval,
        options: Option<&ZendHashTable>,
    ) -> PhpResult<RecordIterator> {
        iterate(
            &self.handle,
            &EXTERNAL_DATABASE_ITERATE_TABLE,
            &[Arg::Value(Some(database_name)), Arg::Value(Some(table_name))],
            options,
        )
    }

    /// POST /api/{version}/external-database/{database_name}/search
    /// Searches an external database.
    #[php(name = "search")]
    pub fn search(
        &self,
        database_name: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &EXTERNAL_DATABASE_SEARCH,
            &[Arg::Value(Some(database_name)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::ExternalDatabaseData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/external-database
    /// Lists the external database, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &EXTERNAL_DATABASE_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/external-database/{db_name}
    /// Reads an external database.
    #[php(name = "readDetails")]
    pub fn read_details(
        &self,
        database_name: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &EXTERNAL_DATABASE_READ_DETAILS,
            &[Arg::Value(Some(database_name)), Arg::Value(queryParams)],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/external-database/{db_name}/table/{table_name}
    /// Lists the records of a table of an external database, one page at a time.
    #[php(name = "readTable")]
    pub fn read_table(
        &self,
        database_name: &Zval,
        table_name: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &EXTERNAL_DATABASE_READ_TABLE,
            &[Arg::Value(Some(database_name)), Arg::Value(Some(table_name)), Arg::Value(queryParams)],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/external-database/{database_name}/search
    /// Searches an external database.
    #[php(name = "search")]
    pub fn search(&self, database_name: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &EXTERNAL_DATABASE_SEARCH,
            &[Arg::Value(Some(database_name)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }
}

#[php_impl]
impl crate::services::GiftService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/gift_certificates
    /// Lists the gift certificates, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/gift_certificates
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &GIFT_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/gift_certificates/{id}
    /// Reads a gift certificate.
    #[php(name = "readDetails")]
    pub fn read_details(&self, uuId: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_READ_DETAILS, &[Arg::Value(Some(uuId))], apiVersion, callOptions)
    }

    /// GET /api/{version}/gift_certificates/{id}/allocations
    /// Lists the allocations of a gift certificate, one page at a time.
    #[php(name = "readAllocations")]
    pub fn read_allocations(
        &self,
        uuId: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &GIFT_READ_ALLOCATIONS,
            &[Arg::Value(Some(uuId)), Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/gift_certificates/{id}/allocations
    /// Every record of readAllocations, fetched lazily page by page.
    #[php(name = "iterateAllocations")]
    pub fn iterate_allocations(&self, uuId: &Zval, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &GIFT_ITERATE_ALLOCATIONS, &[Arg::Value(Some(uuId))], options)
    }

    /// GET /api/{version}/gift_certificates/{id}/transactions
    /// Lists the transactions of a gift certificate, one page at a time.
    #[php(name = "readTransactions")]
    pub fn read_transactions(
        &self,
        uuId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_READ_TRANSACTIONS, &[Arg::Value(Some(uuId))], apiVersion, callOptions)
    }

    /// POST /api/{version}/gift_certificates/{id}/disable
    /// Disables a gift certificate.
    #[php(name = "disable")]
    pub fn disable(&self, uuId: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_DISABLE, &[Arg::Value(Some(uuId))], apiVersion, callOptions)
    }

    /// POST /api/{version}/gift_certificates/{id}/enable
    /// Enables a gift certificate.
    #[php(name = "enable")]
    pub fn enable(&self, uuId: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_ENABLE, &[Arg::Value(Some(uuId))], apiVersion, callOptions)
    }

    /// POST /api/{version}/gift_certificates/{id}/allocate
    /// Allocates a gift certificate.
    #[php(name = "allocate")]
    pub fn allocate(
        &self,
        params: &Zval,
        uuId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_ALLOCATE, &[Arg::Value(Some(params)), Arg::Value(Some(uuId))], apiVersion, callOptions)
    }

    /// POST /api/{version}/gift_certificates/{id}/deallocate
    /// Deallocates a gift certificate.
    #[php(name = "deallocate")]
    pub fn deallocate(
        &self,
        params: &Zval,
        uuId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &GIFT_DEALLOCATE,
            &[Arg::Value(Some(params)), Arg::Value(Some(uuId))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/gift_certificates/{id}
    /// Deletes a gift certificate.
    #[php(name = "delete")]
    pub fn delete(&self, uuId: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_DELETE, &[Arg::Value(Some(uuId))], apiVersion, callOptions)
    }

    /// POST /api/{version}/gift_certificates/{id}/amend
    /// Amends a gift certificate.
    #[php(name = "amend")]
    pub fn amend(
        &self,
        params: &Zval,
        uuId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_AMEND, &[Arg::Value(Some(params)), Arg::Value(Some(uuId))], apiVersion, callOptions)
    }

    /// POST /api/{version}/gift_certificates
    /// Creates a gift certificate.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_CREATE, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/gift_certificates/{id}
    /// Updates a gift certificate.
    #[php(name = "change")]
    pub fn change(
        &self,
        params: &Zval,
        uuId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_CHANGE, &[Arg::Value(Some(params)), Arg::Value(Some(uuId))], apiVersion, callOptions)
    }
}

#[php_impl]
impl crate::services::GiftData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/gift_certificates
    /// Lists the gift certificates, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/gift_certificates/{id}
    /// Reads a gift certificate.
    #[php(name = "readDetails")]
    pub fn read_details(&self, uuId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_READ_DETAILS, &[Arg::Value(Some(uuId))], apiVersion, None)
    }

    /// GET /api/{version}/gift_certificates/{id}/allocations
    /// Lists the allocations of a gift certificate, one page at a time.
    #[php(name = "readAllocations")]
    pub fn read_allocations(
        &self,
        uuId: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_READ_ALLOCATIONS, &[Arg::Value(Some(uuId)), Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/gift_certificates/{id}/transactions
    /// Lists the transactions of a gift certificate, one page at a time.
    #[php(name = "readTransactions")]
    pub fn read_transactions(&self, uuId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_READ_TRANSACTIONS, &[Arg::Value(Some(uuId))], apiVersion, None)
    }

    /// POST /api/{version}/gift_certificates/{id}/disable
    /// Disables a gift certificate.
    #[php(name = "disable")]
    pub fn disable(&self, uuId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_DISABLE, &[Arg::Value(Some(uuId))], apiVersion, None)
    }

    /// POST /api/{version}/gift_certificates/{id}/enable
    /// Enables a gift certificate.
    #[php(name = "enable")]
    pub fn enable(&self, uuId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_ENABLE, &[Arg::Value(Some(uuId))], apiVersion, None)
    }

    /// POST /api/{version}/gift_certificates/{id}/allocate
    /// Allocates a gift certificate.
    #[php(name = "allocate")]
    pub fn allocate(&self, params: &Zval, uuId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_ALLOCATE, &[Arg::Value(Some(params)), Arg::Value(Some(uuId))], apiVersion, None)
    }

    /// POST /api/{version}/gift_certificates/{id}/deallocate
    /// Deallocates a gift certificate.
    #[php(name = "deallocate")]
    pub fn deallocate(&self, params: &Zval, uuId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_DEALLOCATE, &[Arg::Value(Some(params)), Arg::Value(Some(uuId))], apiVersion, None)
    }

    /// DELETE /api/{version}/gift_certificates/{id}
    /// Deletes a gift certificate.
    #[php(name = "delete")]
    pub fn delete(&self, uuId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_DELETE, &[Arg::Value(Some(uuId))], apiVersion, None)
    }

    /// POST /api/{version}/gift_certificates/{id}/amend
    /// Amends a gift certificate.
    #[php(name = "amend")]
    pub fn amend(&self, params: &Zval, uuId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_AMEND, &[Arg::Value(Some(params)), Arg::Value(Some(uuId))], apiVersion, None)
    }

    /// POST /api/{version}/gift_certificates
    /// Creates a gift certificate.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_CREATE, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// PATCH /api/{version}/gift_certificates/{id}
    /// Updates a gift certificate.
    #[php(name = "change")]
    pub fn change(&self, params: &Zval, uuId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &GIFT_CHANGE, &[Arg::Value(Some(params)), Arg::Value(Some(uuId))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::IntegrationService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/integration-connections
    /// Reads the integration connections.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/integration-connections
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &INTEGRATION_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/integration/{integration_uuid}/automation
    /// Reads the automation of an integration.
    #[php(name = "readAutomation")]
    pub fn read_automation(
        &self,
        integrationUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_READ_AUTOMATION, &[Arg::Value(Some(integrationUuid))], apiVersion, callOptions)
    }

    /// GET /api/{version}/integration/{integration_uuid}/configuration
    /// Reads the configuration of an integration.
    #[php(name = "readIntegrationConfiguration")]
    pub fn read_integration_configuration(
        &self,
        integrationUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_READ_INTEGRATION_CONFIGURATION,
            &[Arg::Value(Some(integrationUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/integration/{integration_uuid}/partner-function
    /// Reads the partner function of an integration.
    #[php(name = "readPartner")]
    pub fn read_partner(
        &self,
        integrationUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_READ_PARTNER, &[Arg::Value(Some(integrationUuid))], apiVersion, callOptions)
    }

    /// GET /api/{version}/integration/{integration_uuid}/automation/{automation_uuid}
    /// Reads an automation of an integration.
    #[php(name = "readAutomationDetails")]
    pub fn read_automation_details(
        &self,
        integrationUuid: &Zval,
        automationUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_READ_AUTOMATION_DETAILS,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(automationUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/integration/{integration_uuid}/partner-function/{partner_function_uuid}
    /// Reads a partner function of an integration.
    #[php(name = "readPartnerDetails")]
    pub fn read_partner_details(
        &self,
        integrationUuid: &Zval,
        partnerUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_READ_PARTNER_DETAILS,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(partnerUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/integration/{connection_uuid}
    /// Deletes an integration.
    #[php(name = "delete")]
    pub fn delete(&self, uuid: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_DELETE, &[Arg::Value(Some(uuid))], apiVersion, callOptions)
    }

    /// POST /api/{version}/integration
    /// Creates an integration.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_CREATE, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// POST /api/{version}/integration/{connection_uuid}/enable
    /// Enables an integration.
    #[php(name = "enable")]
    pub fn enable(&self, uuid: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_ENABLE, &[Arg::Value(Some(uuid))], apiVersion, callOptions)
    }

    /// POST /api/{version}/integration/{connection_uuid}/disable
    /// Disables an integration.
    #[php(name = "disable")]
    pub fn disable(&self, uuid: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_DISABLE, &[Arg::Value(Some(uuid))], apiVersion, callOptions)
    }

    /// GET /api/{version}/integration-connections/{connection_uuid}
    /// Reads an integration connection.
    #[php(name = "read")]
    pub fn read(&self, uuid: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_READ, &[Arg::Value(Some(uuid))], apiVersion, callOptions)
    }

    /// POST /api/{version}/integration/{connection_uuid}/automation
    /// Creates the automation of an integration.
    #[php(name = "addAutomation")]
    pub fn add_automation(
        &self,
        integrationUuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_ADD_AUTOMATION,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/integration/{connection_uuid}/partner-function
    /// Creates the partner function of an integration.
    #[php(name = "createPartnerFunction")]
    pub fn create_partner_function(
        &self,
        integrationUuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_CREATE_PARTNER_FUNCTION,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/integration/{connection_uuid}/partner-function/{partner_function_uuid}/enable
    /// Enables a partner function of an integration.
    #[php(name = "partnerFunctionEnable")]
    pub fn partner_function_enable(
        &self,
        integrationUuid: &Zval,
        partnerFunctionUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_PARTNER_FUNCTION_ENABLE,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(partnerFunctionUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/integration/{connection_uuid}/partner-function/{partner_function_uuid}/disable
    /// Disables a partner function of an integration.
    #[php(name = "partnerFunctionDisable")]
    pub fn partner_function_disable(
        &self,
        integrationUuid: &Zval,
        partnerFunctionUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_PARTNER_FUNCTION_DISABLE,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(partnerFunctionUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/integration/{connection_uuid}/partner-function/{partner_function_uuid}
    /// Updates a partner function of an integration.
    #[php(name = "updatePartnerDetails")]
    pub fn update_partner_details(
        &self,
        integrationUuid: &Zval,
        partnerUuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_UPDATE_PARTNER_DETAILS,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(partnerUuid)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/integration/{connection_uuid}/automation/{automation_uuid}
    /// Updates an automation of an integration.
    #[php(name = "updateAutomation")]
    pub fn update_automation(
        &self,
        integrationUuid: &Zval,
        automationUuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_UPDATE_AUTOMATION,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(automationUuid)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/integration/{connection_uuid}/configuration
    /// Updates the configuration of an integration.
    #[php(name = "updateConfiguration")]
    pub fn update_configuration(
        &self,
        uuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_UPDATE_CONFIGURATION,
            &[Arg::Value(Some(uuid)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/integration/{connection_uuid}/unlink-items
    /// Unlinks the items of an integration.
    #[php(name = "unlinkItems")]
    pub fn unlink_items(
        &self,
        integrationUuid: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_UNLINK_ITEMS,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(params)],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/integration/{connection_uuid}/link-items
    /// Links the items of an integration.
    #[php(name = "linkItems")]
    pub fn link_items(
        &self,
        integrationUuid: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_LINK_ITEMS,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(params)],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/integration/{connection_uuid}/save-connection
    /// Saves the connection of an integration.
    #[php(name = "createSaveConnection")]
    pub fn create_save_connection(
        &self,
        integrationUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_CREATE_SAVE_CONNECTION,
            &[Arg::Value(Some(integrationUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/integration/{connection_uuid}/sync-currencies
    /// Syncs the currencies of an integration.
    #[php(name = "syncCurrencies")]
    pub fn sync_currencies(
        &self,
        integrationUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_SYNC_CURRENCIES, &[Arg::Value(Some(integrationUuid))], apiVersion, callOptions)
    }

    /// POST /api/{version}/integration/{connection_uuid}/sync-accounting-codes
    /// Syncs the accounting codes of an integration.
    #[php(name = "syncAccountingCodes")]
    pub fn sync_accounting_codes(
        &self,
        integrationUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_SYNC_ACCOUNTING_CODES,
            &[Arg::Value(Some(integrationUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/integration/{connection_uuid}/sync-taxes
    /// Syncs the taxes of an integration.
    #[php(name = "syncTaxes")]
    pub fn sync_taxes(
        &self,
        integrationUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_SYNC_TAXES, &[Arg::Value(Some(integrationUuid))], apiVersion, callOptions)
    }

    /// DELETE /api/{version}/integration/{integrationUuid}/partner-function/{partnerUuid}
    /// DELETE integration/{integrationUuid}/partner-function/{partnerUuid} (the documented PHP SDK's IntegrationData::deletePartnerDetails).
    #[php(name = "deletePartnerDetails")]
    pub fn delete_partner_details(
        &self,
        integrationUuid: &Zval,
        partnerUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_DELETE_PARTNER_DETAILS,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(partnerUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/integration/{integrationUuid}/check-connection
    /// POST integration/{integrationUuid}/check-connection (the documented PHP SDK's IntegrationData::checkConnection).
    #[php(name = "checkConnection")]
    pub fn check_connection(
        &self,
        integrationUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_CHECK_CONNECTION, &[Arg::Value(Some(integrationUuid))], apiVersion, callOptions)
    }

    /// POST /api/{version}/integration/{integrationUuid}/automation/{automationUuid}/disable
    /// POST integration/{integrationUuid}/automation/{automationUuid}/disable (the documented PHP SDK's IntegrationData::automationDisable).
    #[php(name = "automationDisable")]
    pub fn automation_disable(
        &self,
        integrationUuid: &Zval,
        automationUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_AUTOMATION_DISABLE,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(automationUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/integration/{integrationUuid}/automation/{automationUuid}/enable
    /// POST integration/{integrationUuid}/automation/{automationUuid}/enable (the documented PHP SDK's IntegrationData::automationEnable).
    #[php(name = "automationEnable")]
    pub fn automation_enable(
        &self,
        integrationUuid: &Zval,
        automationUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_AUTOMATION_ENABLE,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(automationUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/integration/automation/{automationUuid}
    /// DELETE integration/automation/{automationUuid} (the documented PHP SDK's IntegrationData::deleteAutomation).
    #[php(name = "deleteAutomation")]
    pub fn delete_automation(
        &self,
        automationUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_DELETE_AUTOMATION, &[Arg::Value(Some(automationUuid))], apiVersion, callOptions)
    }

    /// GET /api/{version}/integration/{integrationUuid}/currency
    /// GET integration/{integrationUuid}/currency (the documented PHP SDK's IntegrationData::getIntegrationCurrencies).
    #[php(name = "getIntegrationCurrencies")]
    pub fn get_integration_currencies(
        &self,
        integrationUuid: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_GET_INTEGRATION_CURRENCIES,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/integration/{integrationUuid}/currency
    /// Every record of getIntegrationCurrencies, fetched lazily page by page.
    #[php(name = "iterateIntegrationCurrencies")]
    pub fn iterate_integration_currencies(
        &self,
        integrationUuid: &Zval,
        options: Option<&ZendHashTable>,
    ) -> PhpResult<RecordIterator> {
        iterate(
            &self.handle,
            &INTEGRATION_ITERATE_INTEGRATION_CURRENCIES,
            &[Arg::Value(Some(integrationUuid))],
            options,
        )
    }

    /// POST /api/{version}/integration/{integrationUuid}/currency/{currencyName}/disable
    /// POST integration/{integrationUuid}/currency/{currencyName}/disable (the documented PHP SDK's IntegrationData::disableIntegrationCurrency).
    #[php(name = "disableIntegrationCurrency")]
    pub fn disable_integration_currency(
        &self,
        integrationUuid: &Zval,
        currencyName: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_DISABLE_INTEGRATION_CURRENCY,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(currencyName))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/integration/{integrationUuid}/currency/{currencyName}/enable
    /// POST integration/{integrationUuid}/currency/{currencyName}/enable (the documented PHP SDK's IntegrationData::enableIntegrationCurrency).
    #[php(name = "enableIntegrationCurrency")]
    pub fn enable_integration_currency(
        &self,
        integrationUuid: &Zval,
        currencyName: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_ENABLE_INTEGRATION_CURRENCY,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(currencyName))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/integration/{integrationUuid}/get-connection-account
    /// GET integration/{integrationUuid}/get-connection-account (the documented PHP SDK's IntegrationData::readConnectionAccount).
    #[php(name = "readConnectionAccount")]
    pub fn read_connection_account(
        &self,
        integrationUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_READ_CONNECTION_ACCOUNT,
            &[Arg::Value(Some(integrationUuid))],
            apiVersion,
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::IntegrationData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/integration-connections
    /// Reads the integration connections.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/integration/{integration_uuid}/automation
    /// Reads the automation of an integration.
    #[php(name = "readAutomation")]
    pub fn read_automation(&self, integrationUuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_READ_AUTOMATION, &[Arg::Value(Some(integrationUuid))], apiVersion, None)
    }

    /// GET /api/{version}/integration/{integration_uuid}/configuration
    /// Reads the configuration of an integration.
    #[php(name = "readIntegrationConfiguration")]
    pub fn read_integration_configuration(
        &self,
        integrationUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_READ_INTEGRATION_CONFIGURATION,
            &[Arg::Value(Some(integrationUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/integration/{integration_uuid}/partner-function
    /// Reads the partner function of an integration.
    #[php(name = "readPartner")]
    pub fn read_partner(&self, integrationUuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_READ_PARTNER, &[Arg::Value(Some(integrationUuid))], apiVersion, None)
    }

    /// GET /api/{version}/integration/{integration_uuid}/automation/{automation_uuid}
    /// Reads an automation of an integration.
    #[php(name = "readAutomationDetails")]
    pub fn read_automation_details(
        &self,
        integrationUuid: &Zval,
        automationUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_READ_AUTOMATION_DETAILS,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(automationUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/integration/{integration_uuid}/partner-function/{partner_function_uuid}
    /// Reads a partner function of an integration.
    #[php(name = "readPartnerDetails")]
    pub fn read_partner_details(
        &self,
        integrationUuid: &Zval,
        partnerUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_READ_PARTNER_DETAILS,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(partnerUuid))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/integration/{connection_uuid}
    /// Deletes an integration.
    #[php(name = "delete")]
    pub fn delete(&self, uuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_DELETE, &[Arg::Value(Some(uuid))], apiVersion, None)
    }

    /// POST /api/{version}/integration
    /// Creates an integration.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_CREATE, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// POST /api/{version}/integration/{connection_uuid}/enable
    /// Enables an integration.
    #[php(name = "enable")]
    pub fn enable(&self, uuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_ENABLE, &[Arg::Value(Some(uuid))], apiVersion, None)
    }

    /// POST /api/{version}/integration/{connection_uuid}/disable
    /// Disables an integration.
    #[php(name = "disable")]
    pub fn disable(&self, uuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_DISABLE, &[Arg::Value(Some(uuid))], apiVersion, None)
    }

    /// GET /api/{version}/integration-connections/{connection_uuid}
    /// Reads an integration connection.
    #[php(name = "read")]
    pub fn read(&self, uuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_READ, &[Arg::Value(Some(uuid))], apiVersion, None)
    }

    /// POST /api/{version}/integration/{connection_uuid}/automation
    /// Creates the automation of an integration.
    #[php(name = "addAutomation")]
    pub fn add_automation(&self, integrationUuid: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_ADD_AUTOMATION,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/integration/{connection_uuid}/partner-function
    /// Creates the partner function of an integration.
    #[php(name = "createPartnerFunction")]
    pub fn create_partner_function(
        &self,
        integrationUuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_CREATE_PARTNER_FUNCTION,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/integration/{connection_uuid}/partner-function/{partner_function_uuid}/enable
    /// Enables a partner function of an integration.
    #[php(name = "partnerFunctionEnable")]
    pub fn partner_function_enable(
        &self,
        integrationUuid: &Zval,
        partnerFunctionUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_PARTNER_FUNCTION_ENABLE,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(partnerFunctionUuid))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/integration/{connection_uuid}/partner-function/{partner_function_uuid}/disable
    /// Disables a partner function of an integration.
    #[php(name = "partnerFunctionDisable")]
    pub fn partner_function_disable(
        &self,
        integrationUuid: &Zval,
        partnerFunctionUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_PARTNER_FUNCTION_DISABLE,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(partnerFunctionUuid))],
            apiVersion,
            None,
        )
    }

    /// PATCH /api/{version}/integration/{connection_uuid}/partner-function/{partner_function_uuid}
    /// Updates a partner function of an integration.
    #[php(name = "updatePartnerDetails")]
    pub fn update_partner_details(
        &self,
        integrationUuid: &Zval,
        partnerUuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_UPDATE_PARTNER_DETAILS,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(partnerUuid)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// PATCH /api/{version}/integration/{connection_uuid}/automation/{automation_uuid}
    /// Updates an automation of an integration.
    #[php(name = "updateAutomation")]
    pub fn update_automation(
        &self,
        integrationUuid: &Zval,
        automationUuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_UPDATE_AUTOMATION,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(automationUuid)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// PATCH /api/{version}/integration/{connection_uuid}/configuration
    /// Updates the configuration of an integration.
    #[php(name = "updateConfiguration")]
    pub fn update_configuration(&self, uuid: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_UPDATE_CONFIGURATION,
            &[Arg::Value(Some(uuid)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/integration/{connection_uuid}/unlink-items
    /// Unlinks the items of an integration.
    #[php(name = "unlinkItems")]
    pub fn unlink_items(
        &self,
        integrationUuid: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_UNLINK_ITEMS,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(params)],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/integration/{connection_uuid}/link-items
    /// Links the items of an integration.
    #[php(name = "linkItems")]
    pub fn link_items(
        &self,
        integrationUuid: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_LINK_ITEMS,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(params)],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/integration/{connection_uuid}/save-connection
    /// Saves the connection of an integration.
    #[php(name = "createSaveConnection")]
    pub fn create_save_connection(&self, integrationUuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_CREATE_SAVE_CONNECTION, &[Arg::Value(Some(integrationUuid))], apiVersion, None)
    }

    /// POST /api/{version}/integration/{connection_uuid}/sync-currencies
    /// Syncs the currencies of an integration.
    #[php(name = "syncCurrencies")]
    pub fn sync_currencies(&self, integrationUuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_SYNC_CURRENCIES, &[Arg::Value(Some(integrationUuid))], apiVersion, None)
    }

    /// POST /api/{version}/integration/{connection_uuid}/sync-accounting-codes
    /// Syncs the accounting codes of an integration.
    #[php(name = "syncAccountingCodes")]
    pub fn sync_accounting_codes(&self, integrationUuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_SYNC_ACCOUNTING_CODES, &[Arg::Value(Some(integrationUuid))], apiVersion, None)
    }

    /// POST /api/{version}/integration/{connection_uuid}/sync-taxes
    /// Syncs the taxes of an integration.
    #[php(name = "syncTaxes")]
    pub fn sync_taxes(&self, integrationUuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_SYNC_TAXES, &[Arg::Value(Some(integrationUuid))], apiVersion, None)
    }

    /// DELETE /api/{version}/integration/{integrationUuid}/partner-function/{partnerUuid}
    /// DELETE integration/{integrationUuid}/partner-function/{partnerUuid} (the documented PHP SDK's IntegrationData::deletePartnerDetails).
    #[php(name = "deletePartnerDetails")]
    pub fn delete_partner_details(
        &self,
        integrationUuid: &Zval,
        partnerUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_DELETE_PARTNER_DETAILS,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(partnerUuid))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/integration/{integrationUuid}/check-connection
    /// POST integration/{integrationUuid}/check-connection (the documented PHP SDK's IntegrationData::checkConnection).
    #[php(name = "checkConnection")]
    pub fn check_connection(&self, integrationUuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_CHECK_CONNECTION, &[Arg::Value(Some(integrationUuid))], apiVersion, None)
    }

    /// POST /api/{version}/integration/{integrationUuid}/automation/{automationUuid}/disable
    /// POST integration/{integrationUuid}/automation/{automationUuid}/disable (the documented PHP SDK's IntegrationData::automationDisable).
    #[php(name = "automationDisable")]
    pub fn automation_disable(
        &self,
        integrationUuid: &Zval,
        automationUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_AUTOMATION_DISABLE,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(automationUuid))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/integration/{integrationUuid}/automation/{automationUuid}/enable
    /// POST integration/{integrationUuid}/automation/{automationUuid}/enable (the documented PHP SDK's IntegrationData::automationEnable).
    #[php(name = "automationEnable")]
    pub fn automation_enable(
        &self,
        integrationUuid: &Zval,
        automationUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_AUTOMATION_ENABLE,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(automationUuid))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/integration/automation/{automationUuid}
    /// DELETE integration/automation/{automationUuid} (the documented PHP SDK's IntegrationData::deleteAutomation).
    #[php(name = "deleteAutomation")]
    pub fn delete_automation(&self, automationUuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_DELETE_AUTOMATION, &[Arg::Value(Some(automationUuid))], apiVersion, None)
    }

    /// GET /api/{version}/integration/{integrationUuid}/currency
    /// GET integration/{integrationUuid}/currency (the documented PHP SDK's IntegrationData::getIntegrationCurrencies).
    #[php(name = "getIntegrationCurrencies")]
    pub fn get_integration_currencies(
        &self,
        integrationUuid: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_GET_INTEGRATION_CURRENCIES,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(queryParams)],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/integration/{integrationUuid}/currency/{currencyName}/disable
    /// POST integration/{integrationUuid}/currency/{currencyName}/disable (the documented PHP SDK's IntegrationData::disableIntegrationCurrency).
    #[php(name = "disableIntegrationCurrency")]
    pub fn disable_integration_currency(
        &self,
        integrationUuid: &Zval,
        currencyName: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_DISABLE_INTEGRATION_CURRENCY,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(currencyName))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/integration/{integrationUuid}/currency/{currencyName}/enable
    /// POST integration/{integrationUuid}/currency/{currencyName}/enable (the documented PHP SDK's IntegrationData::enableIntegrationCurrency).
    #[php(name = "enableIntegrationCurrency")]
    pub fn enable_integration_currency(
        &self,
        integrationUuid: &Zval,
        currencyName: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INTEGRATION_ENABLE_INTEGRATION_CURRENCY,
            &[Arg::Value(Some(integrationUuid)), Arg::Value(Some(currencyName))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/integration/{integrationUuid}/get-connection-account
    /// GET integration/{integrationUuid}/get-connection-account (the documented PHP SDK's IntegrationData::readConnectionAccount).
    #[php(name = "readConnectionAccount")]
    pub fn read_connection_account(&self, integrationUuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INTEGRATION_READ_CONNECTION_ACCOUNT, &[Arg::Value(Some(integrationUuid))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::InventoryAdjustmentsService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/inventory-adjustments
    /// Lists the inventory adjustments, one page at a time.
    #[php(name = "readAllInventoryAdjustments")]
    pub fn read_all_inventory_adjustments(
        &self,
        apiVersion: &Zval,
        queryParams: &Zval,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INVENTORY_ADJUSTMENTS_READ_ALL_INVENTORY_ADJUSTMENTS,
            &[Arg::Value(Some(queryParams))],
            crate::args::version("apiVersion", apiVersion)?,
            callOptions,
        )
    }

    /// GET /api/{version}/inventory-adjustments
    /// Every record of readAllInventoryAdjustments, fetched lazily page by page.
    #[php(name = "iterateAllInventoryAdjustments")]
    pub fn iterate_all_inventory_adjustments(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &INVENTORY_ADJUSTMENTS_ITERATE_ALL_INVENTORY_ADJUSTMENTS, &[], options)
    }
}

#[php_impl]
impl crate::services::InventoryAdjustmentsData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/inventory-adjustments
    /// Lists the inventory adjustments, one page at a time.
    #[php(name = "readAllInventoryAdjustments")]
    pub fn read_all_inventory_adjustments(&self, apiVersion: &Zval, queryParams: &Zval) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INVENTORY_ADJUSTMENTS_READ_ALL_INVENTORY_ADJUSTMENTS,
            &[Arg::Value(Some(queryParams))],
            crate::args::version("apiVersion", apiVersion)?,
            None,
        )
    }
}

#[php_impl]
impl crate::services::InvoiceService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// POST /api/{version}/orders/{id}/invoices
    /// Adds an invoice to an order.
    #[php(name = "createOrderInvoice")]
    pub fn create_order_invoice(
        &self,
        params: &Zval,
        orderId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INVOICE_CREATE_ORDER_INVOICE,
            &[Arg::Value(Some(params)), Arg::Value(Some(orderId))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/invoices
    /// Lists the invoices, one page at a time.
    #[php(name = "readALl")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &INVOICE_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/invoices
    /// Every record of readALl, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &INVOICE_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/invoices/{id}
    /// Reads an invoice.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &INVOICE_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/invoices/{id}/information
    /// Reads the information of an invoice.
    #[php(name = "readDetailsInformation")]
    pub fn read_details_information(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &INVOICE_READ_DETAILS_INFORMATION, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// DELETE /api/{version}/invoices/{id}
    /// Deletes an invoice.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &INVOICE_DELETE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{accountId}/invoices
    /// Reads the invoices of an account.
    #[php(name = "readAccountInvoices")]
    pub fn read_account_invoices(
        &self,
        accountID: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INVOICE_READ_ACCOUNT_INVOICES,
            &[Arg::Value(Some(accountID)), Arg::Value(params), Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{accountId}/invoices
    /// Every record of readAccountInvoices, fetched lazily page by page.
    #[php(name = "iterateAccountInvoices")]
    pub fn iterate_account_invoices(
        &self,
        accountID: &Zval,
        options: Option<&ZendHashTable>,
    ) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &INVOICE_ITERATE_ACCOUNT_INVOICES, &[Arg::Value(Some(accountID))], options)
    }

    /// GET /api/{version}/orders/{order_id}/invoices
    /// Reads the invoices of an order.
    #[php(name = "readOrderInvoice")]
    pub fn read_order_invoice(
        &self,
        orderId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &INVOICE_READ_ORDER_INVOICE, &[Arg::Value(Some(orderId))], apiVersion, callOptions)
    }

    /// POST /api/{version}/invoices
    /// Creates an invoice.
    #[php(name = "createInvoice")]
    pub fn create_invoice(
        &self,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &INVOICE_CREATE_INVOICE, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// POST /api/{version}/invoices/{id}/amend
    /// Amends an invoice.
    #[php(name = "createAmend")]
    pub fn create_amend(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INVOICE_CREATE_AMEND,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/invoices/{id}/pdf
    /// Downloads the PDF of an invoice.
    #[php(name = "readPdf")]
    pub fn read_pdf(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &INVOICE_READ_PDF, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/invoices/{id}/pdf
    /// Downloads the PDF of an invoice.
    #[php(name = "invoicePdf")]
    pub fn invoice_pdf(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        format: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INVOICE_INVOICE_PDF,
            &[Arg::Value(Some(id)), Arg::Value(format)],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::InvoiceData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// POST /api/{version}/orders/{id}/invoices
    /// Adds an invoice to an order.
    #[php(name = "createOrderInvoice")]
    pub fn create_order_invoice(&self, params: &Zval, orderId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INVOICE_CREATE_ORDER_INVOICE,
            &[Arg::Value(Some(params)), Arg::Value(Some(orderId))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/invoices
    /// Lists the invoices, one page at a time.
    #[php(name = "readALl")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &INVOICE_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/invoices/{id}
    /// Reads an invoice.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INVOICE_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/invoices/{id}/information
    /// Reads the information of an invoice.
    #[php(name = "readDetailsInformation")]
    pub fn read_details_information(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INVOICE_READ_DETAILS_INFORMATION, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// DELETE /api/{version}/invoices/{id}
    /// Deletes an invoice.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INVOICE_DELETE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{accountId}/invoices
    /// Reads the invoices of an account.
    #[php(name = "readAccountInvoices")]
    pub fn read_account_invoices(
        &self,
        accountID: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INVOICE_READ_ACCOUNT_INVOICES,
            &[Arg::Value(Some(accountID)), Arg::Value(params), Arg::Value(queryParams)],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/orders/{order_id}/invoices
    /// Reads the invoices of an order.
    #[php(name = "readOrderInvoice")]
    pub fn read_order_invoice(&self, orderId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INVOICE_READ_ORDER_INVOICE, &[Arg::Value(Some(orderId))], apiVersion, None)
    }

    /// POST /api/{version}/invoices
    /// Creates an invoice.
    #[php(name = "createInvoice")]
    pub fn create_invoice(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INVOICE_CREATE_INVOICE, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// POST /api/{version}/invoices/{id}/amend
    /// Amends an invoice.
    #[php(name = "createAmend")]
    pub fn create_amend(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INVOICE_CREATE_AMEND, &[Arg::Value(Some(params)), Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/invoices/{id}/pdf
    /// Downloads the PDF of an invoice.
    #[php(name = "readPdf")]
    pub fn read_pdf(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &INVOICE_READ_PDF, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/invoices/{id}/pdf
    /// Downloads the PDF of an invoice.
    #[php(name = "invoicePdf")]
    pub fn invoice_pdf(&self, id: &Zval, apiVersion: Option<String>, format: Option<&Zval>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &INVOICE_INVOICE_PDF,
            &[Arg::Value(Some(id)), Arg::Value(format)],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }
}

#[php_impl]
impl crate::services::ItemService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/items
    /// Lists the items, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/items
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &ITEM_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/items/{id}
    /// Reads an item.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/items/{id}/information
    /// Reads the information of an item.
    #[php(name = "readDetailsInformation")]
    pub fn read_details_information(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_READ_DETAILS_INFORMATION, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/items/{id}/sale
    /// Reads the sale of an item.
    #[php(name = "readDetailsSale")]
    pub fn read_details_sale(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_READ_DETAILS_SALE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/items/{id}/purchase
    /// Reads the purchase of an item.
    #[php(name = "readDetailsPurchase")]
    pub fn read_details_purchase(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_READ_DETAILS_PURCHASE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/items/{id}/inventories
    /// Reads the inventories of an item.
    #[php(name = "readDetailsInventories")]
    pub fn read_details_inventories(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_READ_DETAILS_INVENTORIES, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/items
    /// Creates an item.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_CREATE, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// POST /api/{version}/items/{id}/sale
    /// Creates the sale of an item.
    #[php(name = "createSale")]
    pub fn create_sale(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_CREATE_SALE, &[Arg::Value(Some(params)), Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/items/{id}/purchase
    /// Creates the purchase of an item.
    #[php(name = "createPurchaseWithoutSupplier")]
    pub fn create_purchase_without_supplier(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_CREATE_PURCHASE_WITHOUT_SUPPLIER,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/items/{id}/purchase
    /// Creates the purchase of an item.
    #[php(name = "createPurchaseWithSupplier")]
    pub fn create_purchase_with_supplier(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_CREATE_PURCHASE_WITH_SUPPLIER,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/items/{id}/inventory
    /// Creates the inventory of an item.
    #[php(name = "createInventory")]
    pub fn create_inventory(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_CREATE_INVENTORY,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/items/{id}/reactivate
    /// Reactivates an item.
    #[php(name = "reactivate")]
    pub fn reactivate(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_REACTIVATE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/items/{id}/deactivate
    /// Deactivates an item.
    #[php(name = "deactivate")]
    pub fn deactivate(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_DEACTIVATE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// DELETE /api/{version}/items/{id}
    /// Deletes an item.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_DELETE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/items/{id}/family-details
    /// Reads the family details of an item.
    #[php(name = "readFamilyDetails")]
    pub fn read_family_details(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_READ_FAMILY_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/items/{id}/family-details
    /// Adds a family detail to an item.
    #[php(name = "updateFamilyDetails")]
    pub fn update_family_details(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_UPDATE_FAMILY_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/items/{id}/package-details
    /// Adds a package detail to an item.
    #[php(name = "createPackageDetails")]
    pub fn create_package_details(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_CREATE_PACKAGE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/items/{id}/package-details/{package_id}
    /// Reads a package detail of an item.
    #[php(name = "readPackageDetails")]
    pub fn read_package_details(
        &self,
        id: &Zval,
        uuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_READ_PACKAGE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(uuid))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/items/{id}/package-details/{package_id}
    /// Updates a package detail of an item.
    #[php(name = "updatePackageDetails")]
    pub fn update_package_details(
        &self,
        id: &Zval,
        uuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_UPDATE_PACKAGE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(uuid)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/items/{id}/package-details/{package_id}
    /// Deletes a package detail of an item.
    #[php(name = "deletePackageDetails")]
    pub fn delete_package_details(
        &self,
        id: &Zval,
        uuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_DELETE_PACKAGE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(uuid))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/items/{id}
    /// PATCH items/{id} (the documented PHP SDK's ItemData::update).
    #[php(name = "update")]
    pub fn update(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_UPDATE, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// GET /api/{version}/items/{id}/warehouses/{warehouse}/inventories
    /// GET items/{id}/warehouses/{warehouse}/inventories (the documented PHP SDK's ItemData::readWarehouseInventory).
    #[php(name = "readWarehouseInventory")]
    pub fn read_warehouse_inventory(
        &self,
        id: &Zval,
        warehouse: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_READ_WAREHOUSE_INVENTORY,
            &[Arg::Value(Some(id)), Arg::Value(Some(warehouse))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/items/{id}/inventory/add
    /// POST items/{id}/inventory/add (the documented PHP SDK's ItemData::addInventory).
    #[php(name = "addInventory")]
    pub fn add_inventory(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_ADD_INVENTORY,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::ItemData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/items
    /// Lists the items, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/items/{id}
    /// Reads an item.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/items/{id}/information
    /// Reads the information of an item.
    #[php(name = "readDetailsInformation")]
    pub fn read_details_information(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_READ_DETAILS_INFORMATION, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/items/{id}/sale
    /// Reads the sale of an item.
    #[php(name = "readDetailsSale")]
    pub fn read_details_sale(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_READ_DETAILS_SALE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/items/{id}/purchase
    /// Reads the purchase of an item.
    #[php(name = "readDetailsPurchase")]
    pub fn read_details_purchase(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_READ_DETAILS_PURCHASE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/items/{id}/inventories
    /// Reads the inventories of an item.
    #[php(name = "readDetailsInventories")]
    pub fn read_details_inventories(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_READ_DETAILS_INVENTORIES, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/items
    /// Creates an item.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_CREATE, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// POST /api/{version}/items/{id}/sale
    /// Creates the sale of an item.
    #[php(name = "createSale")]
    pub fn create_sale(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_CREATE_SALE, &[Arg::Value(Some(params)), Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/items/{id}/purchase
    /// Creates the purchase of an item.
    #[php(name = "createPurchaseWithoutSupplier")]
    pub fn create_purchase_without_supplier(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_CREATE_PURCHASE_WITHOUT_SUPPLIER,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/items/{id}/purchase
    /// Creates the purchase of an item.
    #[php(name = "createPurchaseWithSupplier")]
    pub fn create_purchase_with_supplier(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_CREATE_PURCHASE_WITH_SUPPLIER,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/items/{id}/inventory
    /// Creates the inventory of an item.
    #[php(name = "createInventory")]
    pub fn create_inventory(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_CREATE_INVENTORY, &[Arg::Value(Some(params)), Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/items/{id}/reactivate
    /// Reactivates an item.
    #[php(name = "reactivate")]
    pub fn reactivate(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_REACTIVATE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/items/{id}/deactivate
    /// Deactivates an item.
    #[php(name = "deactivate")]
    pub fn deactivate(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_DEACTIVATE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// DELETE /api/{version}/items/{id}
    /// Deletes an item.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_DELETE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/items/{id}/family-details
    /// Reads the family details of an item.
    #[php(name = "readFamilyDetails")]
    pub fn read_family_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_READ_FAMILY_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/items/{id}/family-details
    /// Adds a family detail to an item.
    #[php(name = "updateFamilyDetails")]
    pub fn update_family_details(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_UPDATE_FAMILY_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/items/{id}/package-details
    /// Adds a package detail to an item.
    #[php(name = "createPackageDetails")]
    pub fn create_package_details(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_CREATE_PACKAGE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/items/{id}/package-details/{package_id}
    /// Reads a package detail of an item.
    #[php(name = "readPackageDetails")]
    pub fn read_package_details(&self, id: &Zval, uuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_READ_PACKAGE_DETAILS, &[Arg::Value(Some(id)), Arg::Value(Some(uuid))], apiVersion, None)
    }

    /// PATCH /api/{version}/items/{id}/package-details/{package_id}
    /// Updates a package detail of an item.
    #[php(name = "updatePackageDetails")]
    pub fn update_package_details(
        &self,
        id: &Zval,
        uuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_UPDATE_PACKAGE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(uuid)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/items/{id}/package-details/{package_id}
    /// Deletes a package detail of an item.
    #[php(name = "deletePackageDetails")]
    pub fn delete_package_details(&self, id: &Zval, uuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_DELETE_PACKAGE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(uuid))],
            apiVersion,
            None,
        )
    }

    /// PATCH /api/{version}/items/{id}
    /// PATCH items/{id} (the documented PHP SDK's ItemData::update).
    #[php(name = "update")]
    pub fn update(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_UPDATE, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, None)
    }

    /// GET /api/{version}/items/{id}/warehouses/{warehouse}/inventories
    /// GET items/{id}/warehouses/{warehouse}/inventories (the documented PHP SDK's ItemData::readWarehouseInventory).
    #[php(name = "readWarehouseInventory")]
    pub fn read_warehouse_inventory(&self, id: &Zval, warehouse: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_READ_WAREHOUSE_INVENTORY,
            &[Arg::Value(Some(id)), Arg::Value(Some(warehouse))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/items/{id}/inventory/add
    /// POST items/{id}/inventory/add (the documented PHP SDK's ItemData::addInventory).
    #[php(name = "addInventory")]
    pub fn add_inventory(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_ADD_INVENTORY, &[Arg::Value(Some(params)), Arg::Value(Some(id))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::ItemFulfillmentService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/item-fulfillments
    /// Lists the item fulfillments, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_FULFILLMENT_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/item-fulfillments
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &ITEM_FULFILLMENT_ITERATE_ALL, &[], options)
    }

    /// POST /api/{version}/invoices/{id}/item-fulfillments
    /// Adds an item fulfillment to an invoice.
    #[php(name = "createInvoiceItemFulfillment")]
    pub fn create_invoice_item_fulfillment(
        &self,
        params: &Zval,
        invoiceId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_FULFILLMENT_CREATE_INVOICE_ITEM_FULFILLMENT,
            &[Arg::Value(Some(params)), Arg::Value(Some(invoiceId))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/item-fulfillments/{id}
    /// Reads an item fulfillment.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_FULFILLMENT_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/invoices/{id}/item-fulfillments
    /// Lists the item fulfillments of an invoice, one page at a time.
    #[php(name = "readInvoiceItemFulfillment")]
    pub fn read_invoice_item_fulfillment(
        &self,
        invoiceId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_FULFILLMENT_READ_INVOICE_ITEM_FULFILLMENT,
            &[Arg::Value(Some(invoiceId))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/invoices/{id}/item-fulfillments/{uuid}
    /// Reads an item fulfillment of an invoice.
    #[php(name = "readInvoiceItemFulfillmentDetails")]
    pub fn read_invoice_item_fulfillment_details(
        &self,
        invoiceId: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_FULFILLMENT_READ_INVOICE_ITEM_FULFILLMENT_DETAILS,
            &[Arg::Value(Some(invoiceId)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/item-fulfillments/{id}/information
    /// PATCH item-fulfillments/{id}/information (the documented PHP SDK's ItemFulfillmentData::update).
    #[php(name = "update")]
    pub fn update(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_FULFILLMENT_UPDATE,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::ItemFulfillmentData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/item-fulfillments
    /// Lists the item fulfillments, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_FULFILLMENT_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// POST /api/{version}/invoices/{id}/item-fulfillments
    /// Adds an item fulfillment to an invoice.
    #[php(name = "createInvoiceItemFulfillment")]
    pub fn create_invoice_item_fulfillment(
        &self,
        params: &Zval,
        invoiceId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_FULFILLMENT_CREATE_INVOICE_ITEM_FULFILLMENT,
            &[Arg::Value(Some(params)), Arg::Value(Some(invoiceId))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/item-fulfillments/{id}
    /// Reads an item fulfillment.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_FULFILLMENT_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/invoices/{id}/item-fulfillments
    /// Lists the item fulfillments of an invoice, one page at a time.
    #[php(name = "readInvoiceItemFulfillment")]
    pub fn read_invoice_item_fulfillment(&self, invoiceId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_FULFILLMENT_READ_INVOICE_ITEM_FULFILLMENT,
            &[Arg::Value(Some(invoiceId))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/invoices/{id}/item-fulfillments/{uuid}
    /// Reads an item fulfillment of an invoice.
    #[php(name = "readInvoiceItemFulfillmentDetails")]
    pub fn read_invoice_item_fulfillment_details(
        &self,
        invoiceId: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_FULFILLMENT_READ_INVOICE_ITEM_FULFILLMENT_DETAILS,
            &[Arg::Value(Some(invoiceId)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// PATCH /api/{version}/item-fulfillments/{id}/information
    /// PATCH item-fulfillments/{id}/information (the documented PHP SDK's ItemFulfillmentData::update).
    #[php(name = "update")]
    pub fn update(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_FULFILLMENT_UPDATE, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::ItemReceiptService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/item-receipts
    /// Lists the item receipts, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_RECEIPT_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/item-receipts
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &ITEM_RECEIPT_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/item-receipts/{id}
    /// Reads an item receipt.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_RECEIPT_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/purchase-orders/{purchase_order_id}/item-receipts
    /// Lists the item receipts of a purchase order, one page at a time.
    #[php(name = "readPurchaseOrderItemReceipt")]
    pub fn read_purchase_order_item_receipt(
        &self,
        purchaseOrderId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_RECEIPT_READ_PURCHASE_ORDER_ITEM_RECEIPT,
            &[Arg::Value(Some(purchaseOrderId))],
            apiVersion,
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::ItemReceiptData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/item-receipts
    /// Lists the item receipts, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_RECEIPT_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/item-receipts/{id}
    /// Reads an item receipt.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ITEM_RECEIPT_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/purchase-orders/{purchase_order_id}/item-receipts
    /// Lists the item receipts of a purchase order, one page at a time.
    #[php(name = "readPurchaseOrderItemReceipt")]
    pub fn read_purchase_order_item_receipt(
        &self,
        purchaseOrderId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ITEM_RECEIPT_READ_PURCHASE_ORDER_ITEM_RECEIPT,
            &[Arg::Value(Some(purchaseOrderId))],
            apiVersion,
            None,
        )
    }
}

#[php_impl]
impl crate::services::LabourService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/labours/{id}/orders
    /// Lists the orders of a labour, one page at a time.
    #[php(name = "readOrders")]
    pub fn read_orders(
        &self,
        labourUUID: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_READ_ORDERS,
            &[Arg::Value(Some(labourUUID)), Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/labours/{id}/orders
    /// Every record of readOrders, fetched lazily page by page.
    #[php(name = "iterateOrders")]
    pub fn iterate_orders(&self, labourUUID: &Zval, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &LABOUR_ITERATE_ORDERS, &[Arg::Value(Some(labourUUID))], options)
    }

    /// POST /api/{version}/labours
    /// Creates a labour.
    #[php(name = "create")]
    pub fn create(
        &self,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_CREATE,
            &[Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/labours
    /// Lists the labours, one page at a time.
    #[php(name = "listAll")]
    pub fn list_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_LIST_ALL,
            &[Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/labours
    /// Every record of listAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &LABOUR_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/labours/{uuid}
    /// Reads a labour.
    #[php(name = "details")]
    pub fn details(
        &self,
        labourUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_DETAILS,
            &[Arg::Value(Some(labourUUID))],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// PATCH /api/{version}/labours/{uuid}
    /// Updates a labour.
    #[php(name = "update")]
    pub fn update(
        &self,
        labourUUID: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_UPDATE,
            &[Arg::Value(Some(labourUUID)), Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// DELETE /api/{version}/labours/{uuid}
    /// Deletes a labour.
    #[php(name = "delete")]
    pub fn delete(&self, labourUUID: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_DELETE,
            &[Arg::Value(Some(labourUUID))],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/labours/available-for-booking
    /// Reads the available for booking in the labours.
    #[php(name = "availableForBooking")]
    pub fn available_for_booking(
        &self,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_AVAILABLE_FOR_BOOKING,
            &[Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/labours/available-for-booking
    /// Every record of availableForBooking, fetched lazily page by page.
    #[php(name = "iterateAvailableForBooking")]
    pub fn iterate_available_for_booking(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &LABOUR_ITERATE_AVAILABLE_FOR_BOOKING, &[], options)
    }

    /// POST /api/{version}/{path*}
    /// Sends $requestMethod (get, post, put, patch, delete) to api/<version>/$path: $params are the query of a GET, nothing for a DELETE, the JSON body otherwise.
    #[php(name = "customRequest")]
    pub fn custom_request(
        &self,
        path: &Zval,
        requestMethod: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_CUSTOM_REQUEST,
            &[Arg::Value(Some(path)), Arg::Value(Some(requestMethod)), Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::LabourData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/labours/{id}/orders
    /// Lists the orders of a labour, one page at a time.
    #[php(name = "readOrders")]
    pub fn read_orders(
        &self,
        labourUUID: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_READ_ORDERS,
            &[Arg::Value(Some(labourUUID)), Arg::Value(queryParams)],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/labours
    /// Creates a labour.
    #[php(name = "create")]
    pub fn create(&self, params: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &LABOUR_CREATE, &[Arg::Value(params)], apiVersion.or_else(|| Some("v3".to_string())), None)
    }

    /// GET /api/{version}/labours
    /// Lists the labours, one page at a time.
    #[php(name = "listAll")]
    pub fn list_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_LIST_ALL,
            &[Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// GET /api/{version}/labours/{uuid}
    /// Reads a labour.
    #[php(name = "details")]
    pub fn details(&self, labourUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_DETAILS,
            &[Arg::Value(Some(labourUUID))],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// PATCH /api/{version}/labours/{uuid}
    /// Updates a labour.
    #[php(name = "update")]
    pub fn update(&self, labourUUID: &Zval, params: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_UPDATE,
            &[Arg::Value(Some(labourUUID)), Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// DELETE /api/{version}/labours/{uuid}
    /// Deletes a labour.
    #[php(name = "delete")]
    pub fn delete(&self, labourUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_DELETE,
            &[Arg::Value(Some(labourUUID))],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// GET /api/{version}/labours/available-for-booking
    /// Reads the available for booking in the labours.
    #[php(name = "availableForBooking")]
    pub fn available_for_booking(&self, queryParams: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_AVAILABLE_FOR_BOOKING,
            &[Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// POST /api/{version}/{path*}
    /// Sends $requestMethod (get, post, put, patch, delete) to api/<version>/$path: $params are the query of a GET, nothing for a DELETE, the JSON body otherwise.
    #[php(name = "customRequest")]
    pub fn custom_request(
        &self,
        path: &Zval,
        requestMethod: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_CUSTOM_REQUEST,
            &[Arg::Value(Some(path)), Arg::Value(Some(requestMethod)), Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }
}

#[php_impl]
impl crate::services::LabourAvailabilityService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/labour-availability
    /// Reads the labour availability.
    #[php(name = "listAll")]
    pub fn list_all(
        &self,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_AVAILABILITY_LIST_ALL,
            &[Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/labour-availability
    /// Every record of listAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &LABOUR_AVAILABILITY_ITERATE_ALL, &[], options)
    }

    /// PATCH /api/{version}/labour-availability
    /// Updates the labour availability.
    #[php(name = "update")]
    pub fn update(
        &self,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_AVAILABILITY_UPDATE,
            &[Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// POST /api/{version}/{path*}
    /// Sends $requestMethod (get, post, put, patch, delete) to api/<version>/$path: $params are the query of a GET, nothing for a DELETE, the JSON body otherwise.
    #[php(name = "customRequest")]
    pub fn custom_request(
        &self,
        path: &Zval,
        requestMethod: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_AVAILABILITY_CUSTOM_REQUEST,
            &[Arg::Value(Some(path)), Arg::Value(Some(requestMethod)), Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/labour-availability/{availabilityUUID}
    /// GET labour-availability/{availabilityUUID} (the documented PHP SDK's LabourAvailabilityData::details).
    #[php(name = "details")]
    pub fn details(
        &self,
        availabilityUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_AVAILABILITY_DETAILS,
            &[Arg::Value(Some(availabilityUUID))],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// PATCH /api/{version}/labour-availability/{availabilityUUID}
    /// PATCH labour-availability/{availabilityUUID} (the documented PHP SDK's LabourAvailabilityData::updateByUUID).
    #[php(name = "updateByUUID")]
    pub fn update_by_uuid(
        &self,
        availabilityUUID: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_AVAILABILITY_UPDATE_BY_UUID,
            &[Arg::Value(Some(availabilityUUID)), Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::LabourAvailabilityData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/labour-availability
    /// Reads the labour availability.
    #[php(name = "listAll")]
    pub fn list_all(&self, queryParams: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_AVAILABILITY_LIST_ALL,
            &[Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// PATCH /api/{version}/labour-availability
    /// Updates the labour availability.
    #[php(name = "update")]
    pub fn update(&self, params: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_AVAILABILITY_UPDATE,
            &[Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// POST /api/{version}/{path*}
    /// Sends $requestMethod (get, post, put, patch, delete) to api/<version>/$path: $params are the query of a GET, nothing for a DELETE, the JSON body otherwise.
    #[php(name = "customRequest")]
    pub fn custom_request(
        &self,
        path: &Zval,
        requestMethod: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_AVAILABILITY_CUSTOM_REQUEST,
            &[Arg::Value(Some(path)), Arg::Value(Some(requestMethod)), Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// GET /api/{version}/labour-availability/{availabilityUUID}
    /// GET labour-availability/{availabilityUUID} (the documented PHP SDK's LabourAvailabilityData::details).
    #[php(name = "details")]
    pub fn details(&self, availabilityUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_AVAILABILITY_DETAILS,
            &[Arg::Value(Some(availabilityUUID))],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// PATCH /api/{version}/labour-availability/{availabilityUUID}
    /// PATCH labour-availability/{availabilityUUID} (the documented PHP SDK's LabourAvailabilityData::updateByUUID).
    #[php(name = "updateByUUID")]
    pub fn update_by_uuid(
        &self,
        availabilityUUID: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_AVAILABILITY_UPDATE_BY_UUID,
            &[Arg::Value(Some(availabilityUUID)), Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }
}

#[php_impl]
impl crate::services::LabourProfileService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// POST /api/{version}/labour-profiles
    /// Creates a labour profile.
    #[php(name = "create")]
    pub fn create(
        &self,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_PROFILE_CREATE,
            &[Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/labour-profiles
    /// Lists the labour profiles, one page at a time.
    #[php(name = "listAll")]
    pub fn list_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_PROFILE_LIST_ALL,
            &[Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/labour-profiles
    /// Every record of listAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &LABOUR_PROFILE_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/labour-profiles/{uuid}
    /// Reads a labour profile.
    #[php(name = "details")]
    pub fn details(
        &self,
        labourProfileUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_PROFILE_DETAILS,
            &[Arg::Value(Some(labourProfileUUID))],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// PATCH /api/{version}/labour-profiles/{uuid}
    /// Updates a labour profile.
    #[php(name = "update")]
    pub fn update(
        &self,
        labourProfileUUID: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_PROFILE_UPDATE,
            &[Arg::Value(Some(labourProfileUUID)), Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// DELETE /api/{version}/labour-profiles/{uuid}
    /// Deletes a labour profile.
    #[php(name = "delete")]
    pub fn delete(
        &self,
        labourProfileUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_PROFILE_DELETE,
            &[Arg::Value(Some(labourProfileUUID))],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// POST /api/{version}/{path*}
    /// Sends $requestMethod (get, post, put, patch, delete) to api/<version>/$path: $params are the query of a GET, nothing for a DELETE, the JSON body otherwise.
    #[php(name = "customRequest")]
    pub fn custom_request(
        &self,
        path: &Zval,
        requestMethod: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_PROFILE_CUSTOM_REQUEST,
            &[Arg::Value(Some(path)), Arg::Value(Some(requestMethod)), Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::LabourProfileData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// POST /api/{version}/labour-profiles
    /// Creates a labour profile.
    #[php(name = "create")]
    pub fn create(&self, params: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_PROFILE_CREATE,
            &[Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// GET /api/{version}/labour-profiles
    /// Lists the labour profiles, one page at a time.
    #[php(name = "listAll")]
    pub fn list_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_PROFILE_LIST_ALL,
            &[Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// GET /api/{version}/labour-profiles/{uuid}
    /// Reads a labour profile.
    #[php(name = "details")]
    pub fn details(&self, labourProfileUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_PROFILE_DETAILS,
            &[Arg::Value(Some(labourProfileUUID))],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// PATCH /api/{version}/labour-profiles/{uuid}
    /// Updates a labour profile.
    #[php(name = "update")]
    pub fn update(
        &self,
        labourProfileUUID: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_PROFILE_UPDATE,
            &[Arg::Value(Some(labourProfileUUID)), Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// DELETE /api/{version}/labour-profiles/{uuid}
    /// Deletes a labour profile.
    #[php(name = "delete")]
    pub fn delete(&self, labourProfileUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_PROFILE_DELETE,
            &[Arg::Value(Some(labourProfileUUID))],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// POST /api/{version}/{path*}
    /// Sends $requestMethod (get, post, put, patch, delete) to api/<version>/$path: $params are the query of a GET, nothing for a DELETE, the JSON body otherwise.
    #[php(name = "customRequest")]
    pub fn custom_request(
        &self,
        path: &Zval,
        requestMethod: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &LABOUR_PROFILE_CUSTOM_REQUEST,
            &[Arg::Value(Some(path)), Arg::Value(Some(requestMethod)), Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }
}

#[php_impl]
impl crate::services::MilestoneService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/milestones
    /// Lists the milestones, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &MILESTONE_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/milestones
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &MILESTONE_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/milestones/account/{account_id}
    /// Lists the records of an account in the milestones, one page at a time.
    #[php(name = "readByAccount")]
    pub fn read_by_account(
        &self,
        accountId: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &MILESTONE_READ_BY_ACCOUNT,
            &[Arg::Value(Some(accountId)), Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/milestones/account/{account_id}
    /// Every record of readByAccount, fetched lazily page by page.
    #[php(name = "iterateByAccount")]
    pub fn iterate_by_account(&self, accountId: &Zval, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &MILESTONE_ITERATE_BY_ACCOUNT, &[Arg::Value(Some(accountId))], options)
    }

    /// GET /api/{version}/milestones/labour/{labour_id}
    /// Lists the records of a labour in the milestones, one page at a time.
    #[php(name = "readByLabour")]
    pub fn read_by_labour(
        &self,
        labourId: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &MILESTONE_READ_BY_LABOUR,
            &[Arg::Value(Some(labourId)), Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/milestones/labour/{labour_id}
    /// Every record of readByLabour, fetched lazily page by page.
    #[php(name = "iterateByLabour")]
    pub fn iterate_by_labour(&self, labourId: &Zval, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &MILESTONE_ITERATE_BY_LABOUR, &[Arg::Value(Some(labourId))], options)
    }

    /// GET /api/{version}/milestones/employee/{employee_id}
    /// Lists the records of an employee in the milestones, one page at a time.
    #[php(name = "readByEmployee")]
    pub fn read_by_employee(
        &self,
        employeeId: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &MILESTONE_READ_BY_EMPLOYEE,
            &[Arg::Value(Some(employeeId)), Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/milestones/employee/{employee_id}
    /// Every record of readByEmployee, fetched lazily page by page.
    #[php(name = "iterateByEmployee")]
    pub fn iterate_by_employee(&self, employeeId: &Zval, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &MILESTONE_ITERATE_BY_EMPLOYEE, &[Arg::Value(Some(employeeId))], options)
    }
}

#[php_impl]
impl crate::services::MilestoneData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/milestones
    /// Lists the milestones, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &MILESTONE_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/milestones/account/{account_id}
    /// Lists the records of an account in the milestones, one page at a time.
    #[php(name = "readByAccount")]
    pub fn read_by_account(
        &self,
        accountId: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &MILESTONE_READ_BY_ACCOUNT,
            &[Arg::Value(Some(accountId)), Arg::Value(queryParams)],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/milestones/labour/{labour_id}
    /// Lists the records of a labour in the milestones, one page at a time.
    #[php(name = "readByLabour")]
    pub fn read_by_labour(
        &self,
        labourId: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &MILESTONE_READ_BY_LABOUR,
            &[Arg::Value(Some(labourId)), Arg::Value(queryParams)],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/milestones/employee/{employee_id}
    /// Lists the records of an employee in the milestones, one page at a time.
    #[php(name = "readByEmployee")]
    pub fn read_by_employee(
        &self,
        employeeId: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &MILESTONE_READ_BY_EMPLOYEE,
            &[Arg::Value(Some(employeeId)), Arg::Value(queryParams)],
            apiVersion,
            None,
        )
    }
}

#[php_impl]
impl crate::services::NoteGroupService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// POST /api/{version}/note-groups
    /// Creates a note group.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &NOTE_GROUP_CREATE, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/note-groups/{uuid}
    /// Updates a note group.
    #[php(name = "update")]
    pub fn update(
        &self,
        noteGroupUuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTE_GROUP_UPDATE,
            &[Arg::Value(Some(noteGroupUuid)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/note-groups/{uuid}
    /// Deletes a note group.
    #[php(name = "delete")]
    pub fn delete(
        &self,
        noteGroupUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &NOTE_GROUP_DELETE, &[Arg::Value(Some(noteGroupUuid))], apiVersion, callOptions)
    }

    /// GET /api/{version}/note-groups
    /// Lists the note groups, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &NOTE_GROUP_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/note-groups
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &NOTE_GROUP_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/note-groups/{uuid}
    /// Reads a note group.
    #[php(name = "readDetails")]
    pub fn read_details(
        &self,
        noteGroupUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &NOTE_GROUP_READ_DETAILS, &[Arg::Value(Some(noteGroupUuid))], apiVersion, callOptions)
    }

    /// GET /api/{version}/note-groups/{uuid}/user/{user_uuid}
    /// Reads a user of a note group.
    #[php(name = "readUserDetails")]
    pub fn read_user_details(
        &self,
        noteGroupId: &Zval,
        userUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTE_GROUP_READ_USER_DETAILS,
            &[Arg::Value(Some(noteGroupId)), Arg::Value(Some(userUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/note-read-status
    /// Creates a note read status.
    #[php(name = "createReadStatus")]
    pub fn create_read_status(
        &self,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &NOTE_GROUP_CREATE_READ_STATUS, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }
}

#[php_impl]
impl crate::services::NoteGroupData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// POST /api/{version}/note-groups
    /// Creates a note group.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &NOTE_GROUP_CREATE, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// PATCH /api/{version}/note-groups/{uuid}
    /// Updates a note group.
    #[php(name = "update")]
    pub fn update(&self, noteGroupUuid: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTE_GROUP_UPDATE,
            &[Arg::Value(Some(noteGroupUuid)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/note-groups/{uuid}
    /// Deletes a note group.
    #[php(name = "delete")]
    pub fn delete(&self, noteGroupUuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &NOTE_GROUP_DELETE, &[Arg::Value(Some(noteGroupUuid))], apiVersion, None)
    }

    /// GET /api/{version}/note-groups
    /// Lists the note groups, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &NOTE_GROUP_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/note-groups/{uuid}
    /// Reads a note group.
    #[php(name = "readDetails")]
    pub fn read_details(&self, noteGroupUuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &NOTE_GROUP_READ_DETAILS, &[Arg::Value(Some(noteGroupUuid))], apiVersion, None)
    }

    /// GET /api/{version}/note-groups/{uuid}/user/{user_uuid}
    /// Reads a user of a note group.
    #[php(name = "readUserDetails")]
    pub fn read_user_details(
        &self,
        noteGroupId: &Zval,
        userUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTE_GROUP_READ_USER_DETAILS,
            &[Arg::Value(Some(noteGroupId)), Arg::Value(Some(userUuid))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/note-read-status
    /// Creates a note read status.
    #[php(name = "createReadStatus")]
    pub fn create_read_status(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &NOTE_GROUP_CREATE_READ_STATUS, &[Arg::Value(Some(params))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::NotesService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/accounts/{id}/notes
    #[php(name = "readAccountAllNotes")]
    pub fn read_account_all_notes(
        &self,
        accountId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &NOTES_READ_ACCOUNT_ALL_NOTES, &[Arg::Value(Some(accountId))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/notes/{uuid}
    #[php(name = "readAccountNotesDetails")]
    pub fn read_account_notes_details(
        &self,
        accountId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_ACCOUNT_NOTES_DETAILS,
            &[Arg::Value(Some(accountId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/accounts/{id}/notes
    #[php(name = "createAccountNotes")]
    pub fn create_account_notes(
        &self,
        filePath: &Zval,
        note: &Zval,
        accountId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_CREATE_ACCOUNT_NOTES,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(note)), Arg::Value(Some(accountId))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/notes/{uuid}/files
    #[php(name = "readAccountNoteAllFiles")]
    pub fn read_account_note_all_files(
        &self,
        accountId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_ACCOUNT_NOTE_ALL_FILES,
            &[Arg::Value(Some(accountId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/notes/{uuid}/files/{file_uuid}
    #[php(name = "readAccountNoteFileDetails")]
    pub fn read_account_note_file_details(
        &self,
        accountId: &Zval,
        noteUuid: &Zval,
        fileUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_ACCOUNT_NOTE_FILE_DETAILS,
            &[Arg::Value(Some(accountId)), Arg::Value(Some(noteUuid)), Arg::Value(Some(fileUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/accounts/{id}/notes/{uuid}/files
    #[php(name = "addAccountFile")]
    pub fn add_account_file(
        &self,
        filePath: &Zval,
        noteUuid: &Zval,
        accountId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_ADD_ACCOUNT_FILE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(noteUuid)), Arg::Value(Some(accountId))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/notes/{uuid}
    /// Reads a note.
    #[php(name = "readDetails")]
    pub fn read_details(
        &self,
        noteUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &NOTES_READ_DETAILS, &[Arg::Value(Some(noteUuid))], apiVersion, callOptions)
    }

    /// GET /api/{version}/orders/{id}/notes
    /// Lists the notes of an order, one page at a time.
    #[php(name = "readOrderAllNotes")]
    pub fn read_order_all_notes(
        &self,
        orderId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &NOTES_READ_ORDER_ALL_NOTES, &[Arg::Value(Some(orderId))], apiVersion, callOptions)
    }

    /// GET /api/{version}/items/{id}/notes
    /// Lists the notes of an item, one page at a time.
    #[php(name = "readItemAllNotes")]
    pub fn read_item_all_notes(
        &self,
        itemId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &NOTES_READ_ITEM_ALL_NOTES, &[Arg::Value(Some(itemId))], apiVersion, callOptions)
    }

    /// GET /api/{version}/invoices/{id}/notes
    /// Lists the notes of an invoice, one page at a time.
    #[php(name = "readInvoiceAllNotes")]
    pub fn read_invoice_all_notes(
        &self,
        invoiceId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &NOTES_READ_INVOICE_ALL_NOTES, &[Arg::Value(Some(invoiceId))], apiVersion, callOptions)
    }

    /// GET /api/{version}/payments/{id}/notes
    /// Lists the notes of a payment, one page at a time.
    #[php(name = "readPaymentAllNotes")]
    pub fn read_payment_all_notes(
        &self,
        paymentId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &NOTES_READ_PAYMENT_ALL_NOTES, &[Arg::Value(Some(paymentId))], apiVersion, callOptions)
    }

    /// GET /api/{version}/purchase-orders/{id}/notes
    /// Lists the notes of a purchase order, one page at a time.
    #[php(name = "readPurchaseOrderAllNotes")]
    pub fn read_purchase_order_all_notes(
        &self,
        purchaseOrderId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PURCHASE_ORDER_ALL_NOTES,
            &[Arg::Value(Some(purchaseOrderId))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/purchase-invoices/{id}/notes
    /// Lists the notes of a purchase invoice, one page at a time.
    #[php(name = "readPurchaseInvoiceAllNotes")]
    pub fn read_purchase_invoice_all_notes(
        &self,
        purchaseInvoiceId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PURCHASE_INVOICE_ALL_NOTES,
            &[Arg::Value(Some(purchaseInvoiceId))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/orders/{id}/notes/{uuid}
    /// Reads a note of an order.
    #[php(name = "readOrderNotesDetails")]
    pub fn read_order_notes_details(
        &self,
        orderId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_ORDER_NOTES_DETAILS,
            &[Arg::Value(Some(orderId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/items/{id}/notes/{uuid}
    /// Reads a note of an item.
    #[php(name = "readItemNotesDetails")]
    pub fn read_item_notes_details(
        &self,
        itemId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_ITEM_NOTES_DETAILS,
            &[Arg::Value(Some(itemId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/invoices/{id}/notes/{uuid}
    /// Reads a note of an invoice.
    #[php(name = "readInvoiceNotesDetails")]
    pub fn read_invoice_notes_details(
        &self,
        invoiceId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_INVOICE_NOTES_DETAILS,
            &[Arg::Value(Some(invoiceId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/payments/{id}/notes/{uuid}
    /// Reads a note of a payment.
    #[php(name = "readPaymentNotesDetails")]
    pub fn read_payment_notes_details(
        &self,
        paymentId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PAYMENT_NOTES_DETAILS,
            &[Arg::Value(Some(paymentId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/purchase-orders/{id}/notes/{uuid}
    /// Reads a note of a purchase order.
    #[php(name = "readPurchaseOrderNotesDetails")]
    pub fn read_purchase_order_notes_details(
        &self,
        purchaseOrderId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PURCHASE_ORDER_NOTES_DETAILS,
            &[Arg::Value(Some(purchaseOrderId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/purchase-invoices/{id}/notes/{uuid}
    /// Reads a note of a purchase invoice.
    #[php(name = "readPurchaseInvoiceNotesDetails")]
    pub fn read_purchase_invoice_notes_details(
        &self,
        purchaseInvoiceId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PURCHASE_INVOICE_NOTES_DETAILS,
            &[Arg::Value(Some(purchaseInvoiceId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/orders/{id}/notes/{uuid}/files
    /// Reads the files of a note of an order.
    #[php(name = "readOrderNoteAllFiles")]
    pub fn read_order_note_all_files(
        &self,
        orderId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_ORDER_NOTE_ALL_FILES,
            &[Arg::Value(Some(orderId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/items/{id}/notes/{uuid}/files
    /// Reads the files of a note of an item.
    #[php(name = "readItemNoteAllFiles")]
    pub fn read_item_note_all_files(
        &self,
        itemId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_ITEM_NOTE_ALL_FILES,
            &[Arg::Value(Some(itemId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/payments/{id}/notes/{uuid}/files
    /// Reads the files of a note of a payment.
    #[php(name = "readPaymentNoteAllFiles")]
    pub fn read_payment_note_all_files(
        &self,
        paymentId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PAYMENT_NOTE_ALL_FILES,
            &[Arg::Value(Some(paymentId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/purchase-orders/{id}/notes/{uuid}/files
    /// Reads the files of a note of a purchase order.
    #[php(name = "readPurchaseOrderNoteAllFiles")]
    pub fn read_purchase_order_note_all_files(
        &self,
        purchaseOrderId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PURCHASE_ORDER_NOTE_ALL_FILES,
            &[Arg::Value(Some(purchaseOrderId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/purchase-invoices/{id}/notes/{uuid}/files
    /// Reads the files of a note of a purchase invoice.
    #[php(name = "readPurchaseInvoiceNoteAllFiles")]
    pub fn read_purchase_invoice_note_all_files(
        &self,
        purchaseInvoiceId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PURCHASE_INVOICE_NOTE_ALL_FILES,
            &[Arg::Value(Some(purchaseInvoiceId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/orders/{id}/notes/{uuid}/files/{file_uuid}
    /// Reads a file of a note of an order.
    #[php(name = "readOrderNoteFileDetails")]
    pub fn read_order_note_file_details(
        &self,
        orderId: &Zval,
        noteUuid: &Zval,
        fileUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_ORDER_NOTE_FILE_DETAILS,
            &[Arg::Value(Some(orderId)), Arg::Value(Some(noteUuid)), Arg::Value(Some(fileUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/items/{id}/notes/{uuid}/files/{file_uuid}
    /// Reads a file of a note of an item.
    #[php(name = "readItemNoteFileDetails")]
    pub fn read_item_note_file_details(
        &self,
        itemId: &Zval,
        noteUuid: &Zval,
        fileUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_ITEM_NOTE_FILE_DETAILS,
            &[Arg::Value(Some(itemId)), Arg::Value(Some(noteUuid)), Arg::Value(Some(fileUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/payments/{id}/notes/{uuid}/files/{file_uuid}
    /// Reads a file of a note of a payment.
    #[php(name = "readPaymentNoteFileDetails")]
    pub fn read_payment_note_file_details(
        &self,
        paymentId: &Zval,
        noteUuid: &Zval,
        fileUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PAYMENT_NOTE_FILE_DETAILS,
            &[Arg::Value(Some(paymentId)), Arg::Value(Some(noteUuid)), Arg::Value(Some(fileUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/purchase-orders/{id}/notes/{uuid}/files/{file_uuid}
    /// Reads a file of a note of a purchase order.
    #[php(name = "readPurchaseOrderNoteFileDetails")]
    pub fn read_purchase_order_note_file_details(
        &self,
        purchaseOrderId: &Zval,
        noteUuid: &Zval,
        fileUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PURCHASE_ORDER_NOTE_FILE_DETAILS,
            &[Arg::Value(Some(purchaseOrderId)), Arg::Value(Some(noteUuid)), Arg::Value(Some(fileUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/purchase-invoices/{id}/notes/{uuid}/files/{file_uuid}
    /// Reads a file of a note of a purchase invoice.
    #[php(name = "readPurchaseInvoiceNoteFileDetails")]
    pub fn read_purchase_invoice_note_file_details(
        &self,
        purchaseInvoiceId: &Zval,
        noteUuid: &Zval,
        fileUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PURCHASE_INVOICE_NOTE_FILE_DETAILS,
            &[Arg::Value(Some(purchaseInvoiceId)), Arg::Value(Some(noteUuid)), Arg::Value(Some(fileUuid))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/orders/{order_id}/notes
    /// Adds a note to an order.
    #[php(name = "createOrderNotes")]
    pub fn create_order_notes(
        &self,
        filePath: &Zval,
        note: &Zval,
        orderId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_CREATE_ORDER_NOTES,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(note)), Arg::Value(Some(orderId))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/items/{item_id}/notes
    /// Adds a note to an item.
    #[php(name = "createItemNotes")]
    pub fn create_item_notes(
        &self,
        filePath: &Zval,
        note: &Zval,
        itemId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_CREATE_ITEM_NOTES,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(note)), Arg::Value(Some(itemId))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/invoices/{invoice_id}/notes
    /// Adds a note to an invoice.
    #[php(name = "createInvoiceNotes")]
    pub fn create_invoice_notes(
        &self,
        filePath: &Zval,
        note: &Zval,
        invoiceId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_CREATE_INVOICE_NOTES,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(note)), Arg::Value(Some(invoiceId))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/payments/{payment_id}/notes
    /// Adds a note to a payment.
    #[php(name = "createPaymentNotes")]
    pub fn create_payment_notes(
        &self,
        filePath: &Zval,
        note: &Zval,
        paymentId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_CREATE_PAYMENT_NOTES,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(note)), Arg::Value(Some(paymentId))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/purchase-orders/{purchase_order_id}/notes
    /// Adds a note to a purchase order.
    #[php(name = "createPurchaseOrderNotes")]
    pub fn create_purchase_order_notes(
        &self,
        filePath: &Zval,
        note: &Zval,
        purchaseOrderId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_CREATE_PURCHASE_ORDER_NOTES,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(note)), Arg::Value(Some(purchaseOrderId))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/purchase-invoices/{purchase_invoice_id}/notes
    /// Adds a note to a purchase invoice.
    #[php(name = "createPurchaseInvoiceNotes")]
    pub fn create_purchase_invoice_notes(
        &self,
        filePath: &Zval,
        note: &Zval,
        purchaseInvoiceId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_CREATE_PURCHASE_INVOICE_NOTES,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(note)), Arg::Value(Some(purchaseInvoiceId))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/orders/{order_id}/notes/{note_uuid}/files
    /// Adds a file to a note of an order.
    #[php(name = "addOrderFile")]
    pub fn add_order_file(
        &self,
        filePath: &Zval,
        noteUuid: &Zval,
        orderId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_ADD_ORDER_FILE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(noteUuid)), Arg::Value(Some(orderId))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/items/{item_id}/notes/{note_uuid}/files
    /// Adds a file to a note of an item.
    #[php(name = "addItemFile")]
    pub fn add_item_file(
        &self,
        filePath: &Zval,
        noteUuid: &Zval,
        itemId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_ADD_ITEM_FILE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(noteUuid)), Arg::Value(Some(itemId))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/invoices/{invoice_id}/notes/{note_uuid}/files
    /// Adds a file to a note of an invoice.
    #[php(name = "addInvoiceFile")]
    pub fn add_invoice_file(
        &self,
        filePath: &Zval,
        noteUuid: &Zval,
        invoiceId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_ADD_INVOICE_FILE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(noteUuid)), Arg::Value(Some(invoiceId))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/payments/{payment_id}/notes/{note_uuid}/files
    /// Adds a file to a note of a payment.
    #[php(name = "addPaymentFile")]
    pub fn add_payment_file(
        &self,
        filePath: &Zval,
        noteUuid: &Zval,
        paymentId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_ADD_PAYMENT_FILE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(noteUuid)), Arg::Value(Some(paymentId))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/purchase-orders/{purchase_order_id}/notes/{note_uuid}/files
    /// Adds a file to a note of a purchase order.
    #[php(name = "addPurchaseOrderFile")]
    pub fn add_purchase_order_file(
        &self,
        filePath: &Zval,
        noteUuid: &Zval,
        purchaseOrderId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_ADD_PURCHASE_ORDER_FILE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(noteUuid)), Arg::Value(Some(purchaseOrderId))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/purchase-invoices/{purchase_invoice_id}/notes/{note_uuid}/files
    /// Adds a file to a note of a purchase invoice.
    #[php(name = "addPurchaseInvoiceFile")]
    pub fn add_purchase_invoice_file(
        &self,
        filePath: &Zval,
        noteUuid: &Zval,
        purchaseInvoiceId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_ADD_PURCHASE_INVOICE_FILE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(noteUuid)), Arg::Value(Some(purchaseInvoiceId))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/notes
    /// Lists the notes, one page at a time.
    #[php(name = "readAllNotes")]
    pub fn read_all_notes(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &NOTES_READ_ALL_NOTES, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/notes
    /// Every record of readAllNotes, fetched lazily page by page.
    #[php(name = "iterateAllNotes")]
    pub fn iterate_all_notes(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &NOTES_ITERATE_ALL_NOTES, &[], options)
    }
}

#[php_impl]
impl crate::services::NotesData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/accounts/{id}/notes
    #[php(name = "readAccountAllNotes")]
    pub fn read_account_all_notes(&self, accountId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &NOTES_READ_ACCOUNT_ALL_NOTES, &[Arg::Value(Some(accountId))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/notes/{uuid}
    #[php(name = "readAccountNotesDetails")]
    pub fn read_account_notes_details(
        &self,
        accountId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_ACCOUNT_NOTES_DETAILS,
            &[Arg::Value(Some(accountId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/accounts/{id}/notes
    #[php(name = "createAccountNotes")]
    pub fn create_account_notes(
        &self,
        filePath: &Zval,
        note: &Zval,
        accountId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_CREATE_ACCOUNT_NOTES,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(note)), Arg::Value(Some(accountId))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/accounts/{id}/notes/{uuid}/files
    #[php(name = "readAccountNoteAllFiles")]
    pub fn read_account_note_all_files(
        &self,
        accountId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_ACCOUNT_NOTE_ALL_FILES,
            &[Arg::Value(Some(accountId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/accounts/{id}/notes/{uuid}/files/{file_uuid}
    #[php(name = "readAccountNoteFileDetails")]
    pub fn read_account_note_file_details(
        &self,
        accountId: &Zval,
        noteUuid: &Zval,
        fileUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_ACCOUNT_NOTE_FILE_DETAILS,
            &[Arg::Value(Some(accountId)), Arg::Value(Some(noteUuid)), Arg::Value(Some(fileUuid))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/accounts/{id}/notes/{uuid}/files
    #[php(name = "addAccountFile")]
    pub fn add_account_file(
        &self,
        filePath: &Zval,
        noteUuid: &Zval,
        accountId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_ADD_ACCOUNT_FILE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(noteUuid)), Arg::Value(Some(accountId))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/notes/{uuid}
    /// Reads a note.
    #[php(name = "readDetails")]
    pub fn read_details(&self, noteUuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &NOTES_READ_DETAILS, &[Arg::Value(Some(noteUuid))], apiVersion, None)
    }

    /// GET /api/{version}/orders/{id}/notes
    /// Lists the notes of an order, one page at a time.
    #[php(name = "readOrderAllNotes")]
    pub fn read_order_all_notes(&self, orderId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &NOTES_READ_ORDER_ALL_NOTES, &[Arg::Value(Some(orderId))], apiVersion, None)
    }

    /// GET /api/{version}/items/{id}/notes
    /// Lists the notes of an item, one page at a time.
    #[php(name = "readItemAllNotes")]
    pub fn read_item_all_notes(&self, itemId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &NOTES_READ_ITEM_ALL_NOTES, &[Arg::Value(Some(itemId))], apiVersion, None)
    }

    /// GET /api/{version}/invoices/{id}/notes
    /// Lists the notes of an invoice, one page at a time.
    #[php(name = "readInvoiceAllNotes")]
    pub fn read_invoice_all_notes(&self, invoiceId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &NOTES_READ_INVOICE_ALL_NOTES, &[Arg::Value(Some(invoiceId))], apiVersion, None)
    }

    /// GET /api/{version}/payments/{id}/notes
    /// Lists the notes of a payment, one page at a time.
    #[php(name = "readPaymentAllNotes")]
    pub fn read_payment_all_notes(&self, paymentId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &NOTES_READ_PAYMENT_ALL_NOTES, &[Arg::Value(Some(paymentId))], apiVersion, None)
    }

    /// GET /api/{version}/purchase-orders/{id}/notes
    /// Lists the notes of a purchase order, one page at a time.
    #[php(name = "readPurchaseOrderAllNotes")]
    pub fn read_purchase_order_all_notes(&self, purchaseOrderId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &NOTES_READ_PURCHASE_ORDER_ALL_NOTES, &[Arg::Value(Some(purchaseOrderId))], apiVersion, None)
    }

    /// GET /api/{version}/purchase-invoices/{id}/notes
    /// Lists the notes of a purchase invoice, one page at a time.
    #[php(name = "readPurchaseInvoiceAllNotes")]
    pub fn read_purchase_invoice_all_notes(
        &self,
        purchaseInvoiceId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PURCHASE_INVOICE_ALL_NOTES,
            &[Arg::Value(Some(purchaseInvoiceId))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/orders/{id}/notes/{uuid}
    /// Reads a note of an order.
    #[php(name = "readOrderNotesDetails")]
    pub fn read_order_notes_details(
        &self,
        orderId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_ORDER_NOTES_DETAILS,
            &[Arg::Value(Some(orderId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/items/{id}/notes/{uuid}
    /// Reads a note of an item.
    #[php(name = "readItemNotesDetails")]
    pub fn read_item_notes_details(
        &self,
        itemId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_ITEM_NOTES_DETAILS,
            &[Arg::Value(Some(itemId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/invoices/{id}/notes/{uuid}
    /// Reads a note of an invoice.
    #[php(name = "readInvoiceNotesDetails")]
    pub fn read_invoice_notes_details(
        &self,
        invoiceId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_INVOICE_NOTES_DETAILS,
            &[Arg::Value(Some(invoiceId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/payments/{id}/notes/{uuid}
    /// Reads a note of a payment.
    #[php(name = "readPaymentNotesDetails")]
    pub fn read_payment_notes_details(
        &self,
        paymentId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PAYMENT_NOTES_DETAILS,
            &[Arg::Value(Some(paymentId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/purchase-orders/{id}/notes/{uuid}
    /// Reads a note of a purchase order.
    #[php(name = "readPurchaseOrderNotesDetails")]
    pub fn read_purchase_order_notes_details(
        &self,
        purchaseOrderId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PURCHASE_ORDER_NOTES_DETAILS,
            &[Arg::Value(Some(purchaseOrderId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/purchase-invoices/{id}/notes/{uuid}
    /// Reads a note of a purchase invoice.
    #[php(name = "readPurchaseInvoiceNotesDetails")]
    pub fn read_purchase_invoice_notes_details(
        &self,
        purchaseInvoiceId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PURCHASE_INVOICE_NOTES_DETAILS,
            &[Arg::Value(Some(purchaseInvoiceId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/orders/{id}/notes/{uuid}/files
    /// Reads the files of a note of an order.
    #[php(name = "readOrderNoteAllFiles")]
    pub fn read_order_note_all_files(
        &self,
        orderId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_ORDER_NOTE_ALL_FILES,
            &[Arg::Value(Some(orderId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/items/{id}/notes/{uuid}/files
    /// Reads the files of a note of an item.
    #[php(name = "readItemNoteAllFiles")]
    pub fn read_item_note_all_files(
        &self,
        itemId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_ITEM_NOTE_ALL_FILES,
            &[Arg::Value(Some(itemId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/payments/{id}/notes/{uuid}/files
    /// Reads the files of a note of a payment.
    #[php(name = "readPaymentNoteAllFiles")]
    pub fn read_payment_note_all_files(
        &self,
        paymentId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PAYMENT_NOTE_ALL_FILES,
            &[Arg::Value(Some(paymentId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/purchase-orders/{id}/notes/{uuid}/files
    /// Reads the files of a note of a purchase order.
    #[php(name = "readPurchaseOrderNoteAllFiles")]
    pub fn read_purchase_order_note_all_files(
        &self,
        purchaseOrderId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PURCHASE_ORDER_NOTE_ALL_FILES,
            &[Arg::Value(Some(purchaseOrderId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/purchase-invoices/{id}/notes/{uuid}/files
    /// Reads the files of a note of a purchase invoice.
    #[php(name = "readPurchaseInvoiceNoteAllFiles")]
    pub fn read_purchase_invoice_note_all_files(
        &self,
        purchaseInvoiceId: &Zval,
        noteUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PURCHASE_INVOICE_NOTE_ALL_FILES,
            &[Arg::Value(Some(purchaseInvoiceId)), Arg::Value(Some(noteUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/orders/{id}/notes/{uuid}/files/{file_uuid}
    /// Reads a file of a note of an order.
    #[php(name = "readOrderNoteFileDetails")]
    pub fn read_order_note_file_details(
        &self,
        orderId: &Zval,
        noteUuid: &Zval,
        fileUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_ORDER_NOTE_FILE_DETAILS,
            &[Arg::Value(Some(orderId)), Arg::Value(Some(noteUuid)), Arg::Value(Some(fileUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/items/{id}/notes/{uuid}/files/{file_uuid}
    /// Reads a file of a note of an item.
    #[php(name = "readItemNoteFileDetails")]
    pub fn read_item_note_file_details(
        &self,
        itemId: &Zval,
        noteUuid: &Zval,
        fileUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_ITEM_NOTE_FILE_DETAILS,
            &[Arg::Value(Some(itemId)), Arg::Value(Some(noteUuid)), Arg::Value(Some(fileUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/payments/{id}/notes/{uuid}/files/{file_uuid}
    /// Reads a file of a note of a payment.
    #[php(name = "readPaymentNoteFileDetails")]
    pub fn read_payment_note_file_details(
        &self,
        paymentId: &Zval,
        noteUuid: &Zval,
        fileUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PAYMENT_NOTE_FILE_DETAILS,
            &[Arg::Value(Some(paymentId)), Arg::Value(Some(noteUuid)), Arg::Value(Some(fileUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/purchase-orders/{id}/notes/{uuid}/files/{file_uuid}
    /// Reads a file of a note of a purchase order.
    #[php(name = "readPurchaseOrderNoteFileDetails")]
    pub fn read_purchase_order_note_file_details(
        &self,
        purchaseOrderId: &Zval,
        noteUuid: &Zval,
        fileUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PURCHASE_ORDER_NOTE_FILE_DETAILS,
            &[Arg::Value(Some(purchaseOrderId)), Arg::Value(Some(noteUuid)), Arg::Value(Some(fileUuid))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/purchase-invoices/{id}/notes/{uuid}/files/{file_uuid}
    /// Reads a file of a note of a purchase invoice.
    #[php(name = "readPurchaseInvoiceNoteFileDetails")]
    pub fn read_purchase_invoice_note_file_details(
        &self,
        purchaseInvoiceId: &Zval,
        noteUuid: &Zval,
        fileUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_READ_PURCHASE_INVOICE_NOTE_FILE_DETAILS,
            &[Arg::Value(Some(purchaseInvoiceId)), Arg::Value(Some(noteUuid)), Arg::Value(Some(fileUuid))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/orders/{order_id}/notes
    /// Adds a note to an order.
    #[php(name = "createOrderNotes")]
    pub fn create_order_notes(
        &self,
        filePath: &Zval,
        note: &Zval,
        orderId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_CREATE_ORDER_NOTES,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(note)), Arg::Value(Some(orderId))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/items/{item_id}/notes
    /// Adds a note to an item.
    #[php(name = "createItemNotes")]
    pub fn create_item_notes(
        &self,
        filePath: &Zval,
        note: &Zval,
        itemId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_CREATE_ITEM_NOTES,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(note)), Arg::Value(Some(itemId))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/invoices/{invoice_id}/notes
    /// Adds a note to an invoice.
    #[php(name = "createInvoiceNotes")]
    pub fn create_invoice_notes(
        &self,
        filePath: &Zval,
        note: &Zval,
        invoiceId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_CREATE_INVOICE_NOTES,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(note)), Arg::Value(Some(invoiceId))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/payments/{payment_id}/notes
    /// Adds a note to a payment.
    #[php(name = "createPaymentNotes")]
    pub fn create_payment_notes(
        &self,
        filePath: &Zval,
        note: &Zval,
        paymentId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_CREATE_PAYMENT_NOTES,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(note)), Arg::Value(Some(paymentId))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/purchase-orders/{purchase_order_id}/notes
    /// Adds a note to a purchase order.
    #[php(name = "createPurchaseOrderNotes")]
    pub fn create_purchase_order_notes(
        &self,
        filePath: &Zval,
        note: &Zval,
        purchaseOrderId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_CREATE_PURCHASE_ORDER_NOTES,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(note)), Arg::Value(Some(purchaseOrderId))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/purchase-invoices/{purchase_invoice_id}/notes
    /// Adds a note to a purchase invoice.
    #[php(name = "createPurchaseInvoiceNotes")]
    pub fn create_purchase_invoice_notes(
        &self,
        filePath: &Zval,
        note: &Zval,
        purchaseInvoiceId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_CREATE_PURCHASE_INVOICE_NOTES,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(note)), Arg::Value(Some(purchaseInvoiceId))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/orders/{order_id}/notes/{note_uuid}/files
    /// Adds a file to a note of an order.
    #[php(name = "addOrderFile")]
    pub fn add_order_file(
        &self,
        filePath: &Zval,
        noteUuid: &Zval,
        orderId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_ADD_ORDER_FILE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(noteUuid)), Arg::Value(Some(orderId))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/items/{item_id}/notes/{note_uuid}/files
    /// Adds a file to a note of an item.
    #[php(name = "addItemFile")]
    pub fn add_item_file(
        &self,
        filePath: &Zval,
        noteUuid: &Zval,
        itemId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_ADD_ITEM_FILE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(noteUuid)), Arg::Value(Some(itemId))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/invoices/{invoice_id}/notes/{note_uuid}/files
    /// Adds a file to a note of an invoice.
    #[php(name = "addInvoiceFile")]
    pub fn add_invoice_file(
        &self,
        filePath: &Zval,
        noteUuid: &Zval,
        invoiceId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_ADD_INVOICE_FILE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(noteUuid)), Arg::Value(Some(invoiceId))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/payments/{payment_id}/notes/{note_uuid}/files
    /// Adds a file to a note of a payment.
    #[php(name = "addPaymentFile")]
    pub fn add_payment_file(
        &self,
        filePath: &Zval,
        noteUuid: &Zval,
        paymentId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_ADD_PAYMENT_FILE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(noteUuid)), Arg::Value(Some(paymentId))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/purchase-orders/{purchase_order_id}/notes/{note_uuid}/files
    /// Adds a file to a note of a purchase order.
    #[php(name = "addPurchaseOrderFile")]
    pub fn add_purchase_order_file(
        &self,
        filePath: &Zval,
        noteUuid: &Zval,
        purchaseOrderId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_ADD_PURCHASE_ORDER_FILE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(noteUuid)), Arg::Value(Some(purchaseOrderId))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/purchase-invoices/{purchase_invoice_id}/notes/{note_uuid}/files
    /// Adds a file to a note of a purchase invoice.
    #[php(name = "addPurchaseInvoiceFile")]
    pub fn add_purchase_invoice_file(
        &self,
        filePath: &Zval,
        noteUuid: &Zval,
        purchaseInvoiceId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &NOTES_ADD_PURCHASE_INVOICE_FILE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(noteUuid)), Arg::Value(Some(purchaseInvoiceId))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/notes
    /// Lists the notes, one page at a time.
    #[php(name = "readAllNotes")]
    pub fn read_all_notes(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &NOTES_READ_ALL_NOTES, &[Arg::Value(queryParams)], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::OrderService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/accounts/{id}/billing-preferences
    #[php(name = "readBillingPreferences")]
    pub fn read_billing_preferences(
        &self,
        accountID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_READ_BILLING_PREFERENCES, &[Arg::Value(Some(accountID))], apiVersion, callOptions)
    }

    /// POST /api/{version}/orders
    /// Creates an order.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CREATE, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// POST /api/{version}/orders
    /// Creates an order.
    #[php(name = "createOrderWithPurchase")]
    pub fn create_order_with_purchase(
        &self,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CREATE_ORDER_WITH_PURCHASE, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// POST /api/{version}/orders
    /// Creates an order.
    #[php(name = "createWithFamilyType")]
    pub fn create_with_family_type(
        &self,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CREATE_WITH_FAMILY_TYPE, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// POST /api/{version}/orders
    /// Creates an order.
    #[php(name = "createPreorder")]
    pub fn create_preorder(
        &self,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CREATE_PREORDER, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// GET /api/{version}/orders
    /// Lists the orders, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/orders
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &ORDER_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/orders/{id}
    /// Reads an order.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/bulk_result/{bulk_id}/{request_id}
    /// Reads a bulk result.
    #[php(name = "getBulkOrderDetails")]
    pub fn get_bulk_order_details(
        &self,
        bulk_id: &Zval,
        request_id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_GET_BULK_ORDER_DETAILS,
            &[Arg::Value(Some(bulk_id)), Arg::Value(Some(request_id))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/orders/{id}/cancel
    /// Cancels an order.
    #[php(name = "cancel")]
    pub fn cancel(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CANCEL, &[Arg::Value(Some(params)), Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/usages
    /// Creates a usage.
    #[php(name = "createOrderUsages")]
    pub fn create_order_usages(
        &self,
        param: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CREATE_ORDER_USAGES, &[Arg::Value(Some(param))], apiVersion, callOptions)
    }

    /// POST /api/{version}/orders/{order_id}/upgrade
    /// Upgrades an order.
    #[php(name = "upgrade")]
    pub fn upgrade(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_UPGRADE, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// POST /api/{version}/orders/{order_id}/contract-adjustment
    /// Creates the contract adjustment of an order.
    #[php(name = "contractAdjustment")]
    pub fn contract_adjustment(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_CONTRACT_ADJUSTMENT,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/orders/{order_id}/contract-adjustment/preview
    /// Previews the contract adjustment of an order.
    #[php(name = "contractAdjustmentPreview")]
    pub fn contract_adjustment_preview(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_CONTRACT_ADJUSTMENT_PREVIEW,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/orders/{order_id}/upgrade/preview
    /// Previews the upgrade of an order.
    #[php(name = "upgradePreview")]
    pub fn upgrade_preview(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_UPGRADE_PREVIEW,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/orders/{order_id}/downgrade
    /// Downgrades an order.
    #[php(name = "downgrade")]
    pub fn downgrade(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_DOWNGRADE, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// POST /api/{version}/orders/{order_id}/downgrade/preview
    /// Previews the downgrade of an order.
    #[php(name = "downgradePreview")]
    pub fn downgrade_preview(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_DOWNGRADE_PREVIEW,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/orders/{id}/reactivate
    /// Reactivates an order.
    #[php(name = "reactivate")]
    pub fn reactivate(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_REACTIVATE, &[Arg::Value(Some(params)), Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/orders/{id}/change
    /// Changes an order.
    #[php(name = "change")]
    pub fn change(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CHANGE, &[Arg::Value(Some(params)), Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// DELETE /api/{version}/orders/{id}
    /// Deletes an order.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_DELETE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/orders/{id}/pdf
    /// Downloads the PDF of an order.
    #[php(name = "orderPdf")]
    pub fn order_pdf(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        format: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_ORDER_PDF,
            &[Arg::Value(Some(id)), Arg::Value(format)],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/orders/{id}/information
    /// Reads the information of an order.
    #[php(name = "readInformation")]
    pub fn read_information(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_READ_INFORMATION, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/orders/{id}/lines
    /// Reads the lines of an order.
    #[php(name = "readOrderLines")]
    pub fn read_order_lines(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_READ_ORDER_LINES, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/orders/{id}/lines/{charge_uuid}
    /// Reads a line of an order.
    #[php(name = "readDetailsOrderLine")]
    pub fn read_details_order_line(
        &self,
        id: &Zval,
        chargeItemUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_READ_DETAILS_ORDER_LINE,
            &[Arg::Value(Some(id)), Arg::Value(Some(chargeItemUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/orders
    /// Lists the orders of an account, one page at a time.
    #[php(name = "readAccountOrders")]
    pub fn read_account_orders(
        &self,
        accountID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_READ_ACCOUNT_ORDERS, &[Arg::Value(Some(accountID))], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/orders/{id}/information
    /// Updates the information of an order.
    #[php(name = "changeInformation")]
    pub fn change_information(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_CHANGE_INFORMATION,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/orders/{id}/information
    /// Updates the information of an order.
    #[php(name = "changePaymentMethod")]
    pub fn change_payment_method(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_CHANGE_PAYMENT_METHOD,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/orders/{id}/lines/{uuid}/information
    /// Updates the information of a line of an order.
    #[php(name = "changeOrderLineInformation")]
    pub fn change_order_line_information(
        &self,
        params: &Zval,
        id: &Zval,
        chargeItemUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_CHANGE_ORDER_LINE_INFORMATION,
            &[Arg::Value(Some(params)), Arg::Value(Some(id)), Arg::Value(Some(chargeItemUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// PUT /api/{version}/orders/{id}/billing-preferences
    /// Replaces the billing preferences of an order.
    #[php(name = "updateBillingPreferences")]
    pub fn update_billing_preferences(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_UPDATE_BILLING_PREFERENCES,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/orders/{id}/billing-preferences
    /// Updates the billing preferences of an order.
    #[php(name = "changeBillingPreferences")]
    pub fn change_billing_preferences(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_CHANGE_BILLING_PREFERENCES,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/orders/{id}/relinquish
    /// Relinquishes an order.
    #[php(name = "preOrderRelinquish")]
    pub fn pre_order_relinquish(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_PRE_ORDER_RELINQUISH,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/orders/{id}/accept
    /// Accepts an order.
    #[php(name = "createOrderAccept")]
    pub fn create_order_accept(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CREATE_ORDER_ACCEPT, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/orders/{id}/change_status
    /// Changes the status of an order.
    #[php(name = "changeStatus")]
    pub fn change_status(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_CHANGE_STATUS,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// POST /api/{version}/orders/{id}/convert_to_order
    /// Converts the to order of an order.
    #[php(name = "convertToOrder")]
    pub fn convert_to_order(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_CONVERT_TO_ORDER,
            &[Arg::Value(Some(id))],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// POST /api/{version}/orders/{order_id}/change/preview
    /// Previews the change of an order.
    #[php(name = "changePreview")]
    pub fn change_preview(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_CHANGE_PREVIEW,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/labours/{id}/orders
    /// Lists the orders of a labour, one page at a time.
    #[php(name = "readLabourOrders")]
    pub fn read_labour_orders(
        &self,
        labourID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_READ_LABOUR_ORDERS, &[Arg::Value(Some(labourID))], apiVersion, callOptions)
    }

    /// POST /api/{version}/express
    /// Creates an express.
    #[php(name = "createExpress")]
    pub fn create_express(
        &self,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CREATE_EXPRESS, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }
}

#[php_impl]
impl crate::services::OrderData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/accounts/{id}/billing-preferences
    #[php(name = "readBillingPreferences")]
    pub fn read_billing_preferences(&self, accountID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_READ_BILLING_PREFERENCES, &[Arg::Value(Some(accountID))], apiVersion, None)
    }

    /// POST /api/{version}/orders
    /// Creates an order.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CREATE, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// POST /api/{version}/orders
    /// Creates an order.
    #[php(name = "createOrderWithPurchase")]
    pub fn create_order_with_purchase(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CREATE_ORDER_WITH_PURCHASE, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// POST /api/{version}/orders
    /// Creates an order.
    #[php(name = "createWithFamilyType")]
    pub fn create_with_family_type(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CREATE_WITH_FAMILY_TYPE, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// POST /api/{version}/orders
    /// Creates an order.
    #[php(name = "createPreorder")]
    pub fn create_preorder(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CREATE_PREORDER, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// GET /api/{version}/orders
    /// Lists the orders, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/orders/{id}
    /// Reads an order.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/bulk_result/{bulk_id}/{request_id}
    /// Reads a bulk result.
    #[php(name = "getBulkOrderDetails")]
    pub fn get_bulk_order_details(
        &self,
        bulk_id: &Zval,
        request_id: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_GET_BULK_ORDER_DETAILS,
            &[Arg::Value(Some(bulk_id)), Arg::Value(Some(request_id))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/orders/{id}/cancel
    /// Cancels an order.
    #[php(name = "cancel")]
    pub fn cancel(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CANCEL, &[Arg::Value(Some(params)), Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/usages
    /// Creates a usage.
    #[php(name = "createOrderUsages")]
    pub fn create_order_usages(&self, param: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CREATE_ORDER_USAGES, &[Arg::Value(Some(param))], apiVersion, None)
    }

    /// POST /api/{version}/orders/{order_id}/upgrade
    /// Upgrades an order.
    #[php(name = "upgrade")]
    pub fn upgrade(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_UPGRADE, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, None)
    }

    /// POST /api/{version}/orders/{order_id}/contract-adjustment
    /// Creates the contract adjustment of an order.
    #[php(name = "contractAdjustment")]
    pub fn contract_adjustment(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_CONTRACT_ADJUSTMENT,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/orders/{order_id}/contract-adjustment/preview
    /// Previews the contract adjustment of an order.
    #[php(name = "contractAdjustmentPreview")]
    pub fn contract_adjustment_preview(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_CONTRACT_ADJUSTMENT_PREVIEW,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/orders/{order_id}/upgrade/preview
    /// Previews the upgrade of an order.
    #[php(name = "upgradePreview")]
    pub fn upgrade_preview(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_UPGRADE_PREVIEW, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, None)
    }

    /// POST /api/{version}/orders/{order_id}/downgrade
    /// Downgrades an order.
    #[php(name = "downgrade")]
    pub fn downgrade(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_DOWNGRADE, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, None)
    }

    /// POST /api/{version}/orders/{order_id}/downgrade/preview
    /// Previews the downgrade of an order.
    #[php(name = "downgradePreview")]
    pub fn downgrade_preview(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_DOWNGRADE_PREVIEW, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, None)
    }

    /// POST /api/{version}/orders/{id}/reactivate
    /// Reactivates an order.
    #[php(name = "reactivate")]
    pub fn reactivate(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_REACTIVATE, &[Arg::Value(Some(params)), Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/orders/{id}/change
    /// Changes an order.
    #[php(name = "change")]
    pub fn change(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CHANGE, &[Arg::Value(Some(params)), Arg::Value(Some(id))], apiVersion, None)
    }

    /// DELETE /api/{version}/orders/{id}
    /// Deletes an order.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_DELETE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/orders/{id}/pdf
    /// Downloads the PDF of an order.
    #[php(name = "orderPdf")]
    pub fn order_pdf(&self, id: &Zval, apiVersion: Option<String>, format: Option<&Zval>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_ORDER_PDF,
            &[Arg::Value(Some(id)), Arg::Value(format)],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// GET /api/{version}/orders/{id}/information
    /// Reads the information of an order.
    #[php(name = "readInformation")]
    pub fn read_information(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_READ_INFORMATION, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/orders/{id}/lines
    /// Reads the lines of an order.
    #[php(name = "readOrderLines")]
    pub fn read_order_lines(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_READ_ORDER_LINES, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/orders/{id}/lines/{charge_uuid}
    /// Reads a line of an order.
    #[php(name = "readDetailsOrderLine")]
    pub fn read_details_order_line(
        &self,
        id: &Zval,
        chargeItemUUID: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_READ_DETAILS_ORDER_LINE,
            &[Arg::Value(Some(id)), Arg::Value(Some(chargeItemUUID))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/accounts/{id}/orders
    /// Lists the orders of an account, one page at a time.
    #[php(name = "readAccountOrders")]
    pub fn read_account_orders(&self, accountID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_READ_ACCOUNT_ORDERS, &[Arg::Value(Some(accountID))], apiVersion, None)
    }

    /// PATCH /api/{version}/orders/{id}/information
    /// Updates the information of an order.
    #[php(name = "changeInformation")]
    pub fn change_information(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_CHANGE_INFORMATION,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// PATCH /api/{version}/orders/{id}/information
    /// Updates the information of an order.
    #[php(name = "changePaymentMethod")]
    pub fn change_payment_method(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_CHANGE_PAYMENT_METHOD,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// PATCH /api/{version}/orders/{id}/lines/{uuid}/information
    /// Updates the information of a line of an order.
    #[php(name = "changeOrderLineInformation")]
    pub fn change_order_line_information(
        &self,
        params: &Zval,
        id: &Zval,
        chargeItemUUID: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_CHANGE_ORDER_LINE_INFORMATION,
            &[Arg::Value(Some(params)), Arg::Value(Some(id)), Arg::Value(Some(chargeItemUUID))],
            apiVersion,
            None,
        )
    }

    /// PUT /api/{version}/orders/{id}/billing-preferences
    /// Replaces the billing preferences of an order.
    #[php(name = "updateBillingPreferences")]
    pub fn update_billing_preferences(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_UPDATE_BILLING_PREFERENCES,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// PATCH /api/{version}/orders/{id}/billing-preferences
    /// Updates the billing preferences of an order.
    #[php(name = "changeBillingPreferences")]
    pub fn change_billing_preferences(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_CHANGE_BILLING_PREFERENCES,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/orders/{id}/relinquish
    /// Relinquishes an order.
    #[php(name = "preOrderRelinquish")]
    pub fn pre_order_relinquish(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_PRE_ORDER_RELINQUISH,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/orders/{id}/accept
    /// Accepts an order.
    #[php(name = "createOrderAccept")]
    pub fn create_order_accept(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CREATE_ORDER_ACCEPT, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/orders/{id}/change_status
    /// Changes the status of an order.
    #[php(name = "changeStatus")]
    pub fn change_status(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_CHANGE_STATUS,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// POST /api/{version}/orders/{id}/convert_to_order
    /// Converts the to order of an order.
    #[php(name = "convertToOrder")]
    pub fn convert_to_order(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ORDER_CONVERT_TO_ORDER,
            &[Arg::Value(Some(id))],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// POST /api/{version}/orders/{order_id}/change/preview
    /// Previews the change of an order.
    #[php(name = "changePreview")]
    pub fn change_preview(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CHANGE_PREVIEW, &[Arg::Value(Some(params)), Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/labours/{id}/orders
    /// Lists the orders of a labour, one page at a time.
    #[php(name = "readLabourOrders")]
    pub fn read_labour_orders(&self, labourID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_READ_LABOUR_ORDERS, &[Arg::Value(Some(labourID))], apiVersion, None)
    }

    /// POST /api/{version}/express
    /// Creates an express.
    #[php(name = "createExpress")]
    pub fn create_express(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ORDER_CREATE_EXPRESS, &[Arg::Value(Some(params))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::PaymentService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// POST /api/{version}/invoices/{invoice_id}/payments
    /// Adds a payment to an invoice.
    #[php(name = "createSinglePayment")]
    pub fn create_single_payment(
        &self,
        invoiceId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PAYMENT_CREATE_SINGLE_PAYMENT,
            &[Arg::Value(Some(invoiceId)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/invoices/{id}/payments
    /// Reads the payments of an invoice.
    #[php(name = "readInvoicePaymentDetails")]
    pub fn read_invoice_payment_details(
        &self,
        invoiceId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PAYMENT_READ_INVOICE_PAYMENT_DETAILS,
            &[Arg::Value(Some(invoiceId))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/payments
    /// Lists the payments, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &PAYMENT_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/payments
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &PAYMENT_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/payments/{id}
    /// Reads a payment.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PAYMENT_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/payments
    /// Reads the payments of an account.
    #[php(name = "readAccountPaymentDetails")]
    pub fn read_account_payment_details(
        &self,
        accountId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PAYMENT_READ_ACCOUNT_PAYMENT_DETAILS,
            &[Arg::Value(Some(accountId))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/orders/{id}/payments
    /// Reads the payments of an order.
    #[php(name = "readOrderPaymentDetails")]
    pub fn read_order_payment_details(
        &self,
        orderId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &PAYMENT_READ_ORDER_PAYMENT_DETAILS, &[Arg::Value(Some(orderId))], apiVersion, callOptions)
    }

    /// DELETE /api/{version}/payments/{id}
    /// Deletes a payment.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PAYMENT_DELETE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/payments
    /// POST payments (the documented PHP SDK's PaymentData::create).
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PAYMENT_CREATE, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/payments/{id}/information
    /// PATCH payments/{id}/information (the documented PHP SDK's PaymentData::update).
    #[php(name = "update")]
    pub fn update(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &PAYMENT_UPDATE, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, callOptions)
    }
}

#[php_impl]
impl crate::services::PaymentData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// POST /api/{version}/invoices/{invoice_id}/payments
    /// Adds a payment to an invoice.
    #[php(name = "createSinglePayment")]
    pub fn create_single_payment(
        &self,
        invoiceId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PAYMENT_CREATE_SINGLE_PAYMENT,
            &[Arg::Value(Some(invoiceId)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/invoices/{id}/payments
    /// Reads the payments of an invoice.
    #[php(name = "readInvoicePaymentDetails")]
    pub fn read_invoice_payment_details(&self, invoiceId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PAYMENT_READ_INVOICE_PAYMENT_DETAILS, &[Arg::Value(Some(invoiceId))], apiVersion, None)
    }

    /// GET /api/{version}/payments
    /// Lists the payments, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PAYMENT_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/payments/{id}
    /// Reads a payment.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PAYMENT_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/payments
    /// Reads the payments of an account.
    #[php(name = "readAccountPaymentDetails")]
    pub fn read_account_payment_details(&self, accountId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PAYMENT_READ_ACCOUNT_PAYMENT_DETAILS, &[Arg::Value(Some(accountId))], apiVersion, None)
    }

    /// GET /api/{version}/orders/{id}/payments
    /// Reads the payments of an order.
    #[php(name = "readOrderPaymentDetails")]
    pub fn read_order_payment_details(&self, orderId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PAYMENT_READ_ORDER_PAYMENT_DETAILS, &[Arg::Value(Some(orderId))], apiVersion, None)
    }

    /// DELETE /api/{version}/payments/{id}
    /// Deletes a payment.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PAYMENT_DELETE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/payments
    /// POST payments (the documented PHP SDK's PaymentData::create).
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PAYMENT_CREATE, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// PATCH /api/{version}/payments/{id}/information
    /// PATCH payments/{id}/information (the documented PHP SDK's PaymentData::update).
    #[php(name = "update")]
    pub fn update(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PAYMENT_UPDATE, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::ProformaInvoicesService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/proforma-invoices
    /// Lists the proforma invoices, one page at a time.
    #[php(name = "readAllProformaInvoices")]
    pub fn read_all_proforma_invoices(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PROFORMA_INVOICES_READ_ALL_PROFORMA_INVOICES,
            &[Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/proforma-invoices
    /// Every record of readAllProformaInvoices, fetched lazily page by page.
    #[php(name = "iterateAllProformaInvoices")]
    pub fn iterate_all_proforma_invoices(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &PROFORMA_INVOICES_ITERATE_ALL_PROFORMA_INVOICES, &[], options)
    }

    /// GET /api/{version}/proforma-invoices/{id}
    /// Reads a proforma invoice.
    #[php(name = "readProformaInvoicesDetails")]
    pub fn read_proforma_invoices_details(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PROFORMA_INVOICES_READ_PROFORMA_INVOICES_DETAILS,
            &[Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/proforma-invoices/{id}/payments
    /// Adds a payment to a proforma invoice.
    #[php(name = "createProformaInvoicesPayment")]
    pub fn create_proforma_invoices_payment(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PROFORMA_INVOICES_CREATE_PROFORMA_INVOICES_PAYMENT,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::ProformaInvoicesData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/proforma-invoices
    /// Lists the proforma invoices, one page at a time.
    #[php(name = "readAllProformaInvoices")]
    pub fn read_all_proforma_invoices(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &PROFORMA_INVOICES_READ_ALL_PROFORMA_INVOICES, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/proforma-invoices/{id}
    /// Reads a proforma invoice.
    #[php(name = "readProformaInvoicesDetails")]
    pub fn read_proforma_invoices_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PROFORMA_INVOICES_READ_PROFORMA_INVOICES_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/proforma-invoices/{id}/payments
    /// Adds a payment to a proforma invoice.
    #[php(name = "createProformaInvoicesPayment")]
    pub fn create_proforma_invoices_payment(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PROFORMA_INVOICES_CREATE_PROFORMA_INVOICES_PAYMENT,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }
}

#[php_impl]
impl crate::services::PurchaseCreditNoteService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/purchase-credit-notes
    /// Lists the purchase credit notes, one page at a time.
    #[php(name = "readAllPurchaseCreditNote")]
    pub fn read_all_purchase_credit_note(
        &self,
        apiVersion: &Zval,
        queryParams: &Zval,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_CREDIT_NOTE_READ_ALL_PURCHASE_CREDIT_NOTE,
            &[Arg::Value(Some(queryParams))],
            crate::args::version("apiVersion", apiVersion)?,
            callOptions,
        )
    }

    /// GET /api/{version}/purchase-credit-notes
    /// Every record of readAllPurchaseCreditNote, fetched lazily page by page.
    #[php(name = "iterateAllPurchaseCreditNote")]
    pub fn iterate_all_purchase_credit_note(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &PURCHASE_CREDIT_NOTE_ITERATE_ALL_PURCHASE_CREDIT_NOTE, &[], options)
    }

    /// GET /api/{version}/purchase-credit-notes/{id}
    /// Reads a purchase credit note.
    #[php(name = "read")]
    pub fn read(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_CREDIT_NOTE_READ, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/purchase-invoices/{id}/purchase-credit-note-applications
    /// Lists the purchase credit note applications of a purchase invoice, one page at a time.
    #[php(name = "readPurchaseInvoiceCreditNoteApplications")]
    pub fn read_purchase_invoice_credit_note_applications(
        &self,
        purchaseInvoiceId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_CREDIT_NOTE_READ_PURCHASE_INVOICE_CREDIT_NOTE_APPLICATIONS,
            &[Arg::Value(Some(purchaseInvoiceId))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/purchase-credit-note-applications/{uuid}
    /// Reads a purchase credit note application.
    #[php(name = "readPurchaseCreditNoteApplicationsDetails")]
    pub fn read_purchase_credit_note_applications_details(
        &self,
        purchaseCreditNoteApplicationsUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_CREDIT_NOTE_READ_PURCHASE_CREDIT_NOTE_APPLICATIONS_DETAILS,
            &[Arg::Value(Some(purchaseCreditNoteApplicationsUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/purchase-credit-note-applications
    /// Lists the purchase credit note applications, one page at a time.
    #[php(name = "readAllPurchaseCreditNoteApplications")]
    pub fn read_all_purchase_credit_note_applications(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_CREDIT_NOTE_READ_ALL_PURCHASE_CREDIT_NOTE_APPLICATIONS,
            &[Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/purchase-credit-note-applications
    /// Every record of readAllPurchaseCreditNoteApplications, fetched lazily page by page.
    #[php(name = "iterateAllPurchaseCreditNoteApplications")]
    pub fn iterate_all_purchase_credit_note_applications(
        &self,
        options: Option<&ZendHashTable>,
    ) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &PURCHASE_CREDIT_NOTE_ITERATE_ALL_PURCHASE_CREDIT_NOTE_APPLICATIONS, &[], options)
    }
}

#[php_impl]
impl crate::services::PurchaseCreditNoteData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/purchase-credit-notes
    /// Lists the purchase credit notes, one page at a time.
    #[php(name = "readAllPurchaseCreditNote")]
    pub fn read_all_purchase_credit_note(&self, apiVersion: &Zval, queryParams: &Zval) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_CREDIT_NOTE_READ_ALL_PURCHASE_CREDIT_NOTE,
            &[Arg::Value(Some(queryParams))],
            crate::args::version("apiVersion", apiVersion)?,
            None,
        )
    }

    /// GET /api/{version}/purchase-credit-notes/{id}
    /// Reads a purchase credit note.
    #[php(name = "read")]
    pub fn read(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_CREDIT_NOTE_READ, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/purchase-invoices/{id}/purchase-credit-note-applications
    /// Lists the purchase credit note applications of a purchase invoice, one page at a time.
    #[php(name = "readPurchaseInvoiceCreditNoteApplications")]
    pub fn read_purchase_invoice_credit_note_applications(
        &self,
        purchaseInvoiceId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_CREDIT_NOTE_READ_PURCHASE_INVOICE_CREDIT_NOTE_APPLICATIONS,
            &[Arg::Value(Some(purchaseInvoiceId))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/purchase-credit-note-applications/{uuid}
    /// Reads a purchase credit note application.
    #[php(name = "readPurchaseCreditNoteApplicationsDetails")]
    pub fn read_purchase_credit_note_applications_details(
        &self,
        purchaseCreditNoteApplicationsUUID: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_CREDIT_NOTE_READ_PURCHASE_CREDIT_NOTE_APPLICATIONS_DETAILS,
            &[Arg::Value(Some(purchaseCreditNoteApplicationsUUID))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/purchase-credit-note-applications
    /// Lists the purchase credit note applications, one page at a time.
    #[php(name = "readAllPurchaseCreditNoteApplications")]
    pub fn read_all_purchase_credit_note_applications(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_CREDIT_NOTE_READ_ALL_PURCHASE_CREDIT_NOTE_APPLICATIONS,
            &[Arg::Value(queryParams)],
            apiVersion,
            None,
        )
    }
}

#[php_impl]
impl crate::services::PurchaseInvoiceService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/purchase-invoices
    /// Lists the purchase invoices, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_INVOICE_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/purchase-invoices
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &PURCHASE_INVOICE_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/purchase-invoices/{id}
    /// Reads a purchase invoice.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_INVOICE_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/purchase-invoices/{id}/lines/{uuid}
    /// Reads a line of a purchase invoice.
    #[php(name = "readLinesDetails")]
    pub fn read_lines_details(
        &self,
        id: &Zval,
        lineUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_INVOICE_READ_LINES_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(lineUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/purchase-invoices
    /// Lists the purchase invoices of an account, one page at a time.
    #[php(name = "readAccountPurchaseInvoices")]
    pub fn read_account_purchase_invoices(
        &self,
        accountId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_INVOICE_READ_ACCOUNT_PURCHASE_INVOICES,
            &[Arg::Value(Some(accountId))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/purchase-invoices/{id}/cancel
    /// Cancels a purchase invoice.
    #[php(name = "cancel")]
    pub fn cancel(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_INVOICE_CANCEL, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// DELETE /api/{version}/purchase-invoices/{id}
    /// Deletes a purchase invoice.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_INVOICE_DELETE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/purchase-orders/{purchase_order_id}/purchase-invoices
    /// Adds a purchase invoice to a purchase order.
    #[php(name = "createPurchaseOrderPurchaseInvoices")]
    pub fn create_purchase_order_purchase_invoices(
        &self,
        PurchaseOrderId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_INVOICE_CREATE_PURCHASE_ORDER_PURCHASE_INVOICES,
            &[Arg::Value(Some(PurchaseOrderId)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/purchase-invoices/{id}/reactivate
    /// POST purchase-invoices/{id}/reactivate (the documented PHP SDK's PurchaseInvoiceData::reactivate).
    #[php(name = "reactivate")]
    pub fn reactivate(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_INVOICE_REACTIVATE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }
}

#[php_impl]
impl crate::services::PurchaseInvoiceData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/purchase-invoices
    /// Lists the purchase invoices, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_INVOICE_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/purchase-invoices/{id}
    /// Reads a purchase invoice.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_INVOICE_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/purchase-invoices/{id}/lines/{uuid}
    /// Reads a line of a purchase invoice.
    #[php(name = "readLinesDetails")]
    pub fn read_lines_details(&self, id: &Zval, lineUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_INVOICE_READ_LINES_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(lineUUID))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/accounts/{id}/purchase-invoices
    /// Lists the purchase invoices of an account, one page at a time.
    #[php(name = "readAccountPurchaseInvoices")]
    pub fn read_account_purchase_invoices(&self, accountId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_INVOICE_READ_ACCOUNT_PURCHASE_INVOICES,
            &[Arg::Value(Some(accountId))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/purchase-invoices/{id}/cancel
    /// Cancels a purchase invoice.
    #[php(name = "cancel")]
    pub fn cancel(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_INVOICE_CANCEL, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// DELETE /api/{version}/purchase-invoices/{id}
    /// Deletes a purchase invoice.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_INVOICE_DELETE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/purchase-orders/{purchase_order_id}/purchase-invoices
    /// Adds a purchase invoice to a purchase order.
    #[php(name = "createPurchaseOrderPurchaseInvoices")]
    pub fn create_purchase_order_purchase_invoices(
        &self,
        PurchaseOrderId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_INVOICE_CREATE_PURCHASE_ORDER_PURCHASE_INVOICES,
            &[Arg::Value(Some(PurchaseOrderId)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/purchase-invoices/{id}/reactivate
    /// POST purchase-invoices/{id}/reactivate (the documented PHP SDK's PurchaseInvoiceData::reactivate).
    #[php(name = "reactivate")]
    pub fn reactivate(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_INVOICE_REACTIVATE, &[Arg::Value(Some(id))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::PurchaseOrderService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/purchase-orders
    /// Lists the purchase orders, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_ORDER_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/purchase-orders
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &PURCHASE_ORDER_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/purchase-orders/{id}
    /// Reads a purchase order.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_ORDER_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// DELETE /api/{version}/purchase-orders/{id}
    /// Deletes a purchase order.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_ORDER_DELETE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/purchase-orders/{id}/reactivate
    /// Reactivates a purchase order.
    #[php(name = "reactivate")]
    pub fn reactivate(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_ORDER_REACTIVATE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/purchase-orders/{id}/cancel
    /// Cancels a purchase order.
    #[php(name = "cancel")]
    pub fn cancel(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_ORDER_CANCEL, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/purchase-orders/{id}/information
    /// Reads the information of a purchase order.
    #[php(name = "readDetailsInformation")]
    pub fn read_details_information(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_ORDER_READ_DETAILS_INFORMATION, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/purchase-orders/{id}/lines/{uuid}
    /// Reads a line of a purchase order.
    #[php(name = "readLineDetails")]
    pub fn read_line_details(
        &self,
        id: &Zval,
        lineUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_ORDER_READ_LINE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(lineUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/purchase-orders/{id}/lines
    /// Reads the lines of a purchase order.
    #[php(name = "readLines")]
    pub fn read_lines(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_ORDER_READ_LINES, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/purchase-orders
    /// Creates a purchase order.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_ORDER_CREATE, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/purchase-orders/{id}/information
    /// Updates the information of a purchase order.
    #[php(name = "change")]
    pub fn change(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_ORDER_CHANGE,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{account_id}/purchase-orders
    /// Lists the purchase orders of an account, one page at a time.
    #[php(name = "readAccountPurchaseOrders")]
    pub fn read_account_purchase_orders(
        &self,
        accountId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_ORDER_READ_ACCOUNT_PURCHASE_ORDERS,
            &[Arg::Value(Some(accountId))],
            apiVersion,
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::PurchaseOrderData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/purchase-orders
    /// Lists the purchase orders, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_ORDER_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/purchase-orders/{id}
    /// Reads a purchase order.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_ORDER_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// DELETE /api/{version}/purchase-orders/{id}
    /// Deletes a purchase order.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_ORDER_DELETE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/purchase-orders/{id}/reactivate
    /// Reactivates a purchase order.
    #[php(name = "reactivate")]
    pub fn reactivate(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_ORDER_REACTIVATE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/purchase-orders/{id}/cancel
    /// Cancels a purchase order.
    #[php(name = "cancel")]
    pub fn cancel(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_ORDER_CANCEL, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/purchase-orders/{id}/information
    /// Reads the information of a purchase order.
    #[php(name = "readDetailsInformation")]
    pub fn read_details_information(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_ORDER_READ_DETAILS_INFORMATION, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/purchase-orders/{id}/lines/{uuid}
    /// Reads a line of a purchase order.
    #[php(name = "readLineDetails")]
    pub fn read_line_details(&self, id: &Zval, lineUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_ORDER_READ_LINE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(lineUUID))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/purchase-orders/{id}/lines
    /// Reads the lines of a purchase order.
    #[php(name = "readLines")]
    pub fn read_lines(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_ORDER_READ_LINES, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/purchase-orders
    /// Creates a purchase order.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_ORDER_CREATE, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// PATCH /api/{version}/purchase-orders/{id}/information
    /// Updates the information of a purchase order.
    #[php(name = "change")]
    pub fn change(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_ORDER_CHANGE, &[Arg::Value(Some(params)), Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{account_id}/purchase-orders
    /// Lists the purchase orders of an account, one page at a time.
    #[php(name = "readAccountPurchaseOrders")]
    pub fn read_account_purchase_orders(&self, accountId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_ORDER_READ_ACCOUNT_PURCHASE_ORDERS,
            &[Arg::Value(Some(accountId))],
            apiVersion,
            None,
        )
    }
}

#[php_impl]
impl crate::services::PurchasePaymentsService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/purchase-payments
    /// Lists the purchase payments, one page at a time.
    #[php(name = "readAllPurchasePayments")]
    pub fn read_all_purchase_payments(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_PAYMENTS_READ_ALL_PURCHASE_PAYMENTS,
            &[Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/purchase-payments
    /// Every record of readAllPurchasePayments, fetched lazily page by page.
    #[php(name = "iterateAllPurchasePayments")]
    pub fn iterate_all_purchase_payments(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &PURCHASE_PAYMENTS_ITERATE_ALL_PURCHASE_PAYMENTS, &[], options)
    }

    /// GET /api/{version}/purchase-payments/{id}
    /// Reads a purchase payment.
    #[php(name = "readDetailsPurchasePayments")]
    pub fn read_details_purchase_payments(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_PAYMENTS_READ_DETAILS_PURCHASE_PAYMENTS,
            &[Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/purchase-payments/{purchase_payment_id}
    /// Updates a purchase payment.
    #[php(name = "updatePurchasePayments")]
    pub fn update_purchase_payments(
        &self,
        PurchasePaymentId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_PAYMENTS_UPDATE_PURCHASE_PAYMENTS,
            &[Arg::Value(Some(PurchasePaymentId)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/purchase-payments/{purchase_payment_id}
    /// Deletes a purchase payment.
    #[php(name = "deletePurchasePayments")]
    pub fn delete_purchase_payments(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_PAYMENTS_DELETE_PURCHASE_PAYMENTS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/purchase-payments
    /// Creates a purchase payment.
    #[php(name = "createPurchasePayments")]
    pub fn create_purchase_payments(
        &self,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_PAYMENTS_CREATE_PURCHASE_PAYMENTS,
            &[Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/purchase-invoices/{purchase_invoice_id}/purchase-payments
    /// Adds a purchase payment to a purchase invoice.
    #[php(name = "createPurchaseInvoicePurchasePayments")]
    pub fn create_purchase_invoice_purchase_payments(
        &self,
        purchaseInvoiceId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_PAYMENTS_CREATE_PURCHASE_INVOICE_PURCHASE_PAYMENTS,
            &[Arg::Value(Some(purchaseInvoiceId)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/purchase-orders/{id}/purchase-payments
    /// Reads the purchase payments of a purchase order.
    #[php(name = "readPurchaseOrderPurchasePayments")]
    pub fn read_purchase_order_purchase_payments(
        &self,
        orderId: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_PAYMENTS_READ_PURCHASE_ORDER_PURCHASE_PAYMENTS,
            &[Arg::Value(Some(orderId)), Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/purchase-orders/{id}/purchase-payments
    /// Every record of readPurchaseOrderPurchasePayments, fetched lazily page by page.
    #[php(name = "iteratePurchaseOrderPurchasePayments")]
    pub fn iterate_purchase_order_purchase_payments(
        &self,
        orderId: &Zval,
        options: Option<&ZendHashTable>,
    ) -> PhpResult<RecordIterator> {
        iterate(
            &self.handle,
            &PURCHASE_PAYMENTS_ITERATE_PURCHASE_ORDER_PURCHASE_PAYMENTS,
            &[Arg::Value(Some(orderId))],
            options,
        )
    }

    /// GET /api/{version}/accounts/{id}/purchase-payments
    /// Reads the purchase payments of an account.
    #[php(name = "readAccountPurchasePayments")]
    pub fn read_account_purchase_payments(
        &self,
        accountId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_PAYMENTS_READ_ACCOUNT_PURCHASE_PAYMENTS,
            &[Arg::Value(Some(accountId))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/purchase-payments/{purchase_payment_id}/information
    /// Updates the information of a purchase payment.
    #[php(name = "updatePurchasePaymentsInformation")]
    pub fn update_purchase_payments_information(
        &self,
        PurchasePaymentId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_PAYMENTS_UPDATE_PURCHASE_PAYMENTS_INFORMATION,
            &[Arg::Value(Some(PurchasePaymentId)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::PurchasePaymentsData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/purchase-payments
    /// Lists the purchase payments, one page at a time.
    #[php(name = "readAllPurchasePayments")]
    pub fn read_all_purchase_payments(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_PAYMENTS_READ_ALL_PURCHASE_PAYMENTS, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/purchase-payments/{id}
    /// Reads a purchase payment.
    #[php(name = "readDetailsPurchasePayments")]
    pub fn read_details_purchase_payments(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_PAYMENTS_READ_DETAILS_PURCHASE_PAYMENTS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// PATCH /api/{version}/purchase-payments/{purchase_payment_id}
    /// Updates a purchase payment.
    #[php(name = "updatePurchasePayments")]
    pub fn update_purchase_payments(
        &self,
        PurchasePaymentId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_PAYMENTS_UPDATE_PURCHASE_PAYMENTS,
            &[Arg::Value(Some(PurchasePaymentId)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/purchase-payments/{purchase_payment_id}
    /// Deletes a purchase payment.
    #[php(name = "deletePurchasePayments")]
    pub fn delete_purchase_payments(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_PAYMENTS_DELETE_PURCHASE_PAYMENTS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/purchase-payments
    /// Creates a purchase payment.
    #[php(name = "createPurchasePayments")]
    pub fn create_purchase_payments(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_PAYMENTS_CREATE_PURCHASE_PAYMENTS, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// POST /api/{version}/purchase-invoices/{purchase_invoice_id}/purchase-payments
    /// Adds a purchase payment to a purchase invoice.
    #[php(name = "createPurchaseInvoicePurchasePayments")]
    pub fn create_purchase_invoice_purchase_payments(
        &self,
        purchaseInvoiceId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_PAYMENTS_CREATE_PURCHASE_INVOICE_PURCHASE_PAYMENTS,
            &[Arg::Value(Some(purchaseInvoiceId)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/purchase-orders/{id}/purchase-payments
    /// Reads the purchase payments of a purchase order.
    #[php(name = "readPurchaseOrderPurchasePayments")]
    pub fn read_purchase_order_purchase_payments(
        &self,
        orderId: &Zval,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_PAYMENTS_READ_PURCHASE_ORDER_PURCHASE_PAYMENTS,
            &[Arg::Value(Some(orderId)), Arg::Value(queryParams)],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/accounts/{id}/purchase-payments
    /// Reads the purchase payments of an account.
    #[php(name = "readAccountPurchasePayments")]
    pub fn read_account_purchase_payments(&self, accountId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_PAYMENTS_READ_ACCOUNT_PURCHASE_PAYMENTS,
            &[Arg::Value(Some(accountId))],
            apiVersion,
            None,
        )
    }

    /// PATCH /api/{version}/purchase-payments/{purchase_payment_id}/information
    /// Updates the information of a purchase payment.
    #[php(name = "updatePurchasePaymentsInformation")]
    pub fn update_purchase_payments_information(
        &self,
        PurchasePaymentId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_PAYMENTS_UPDATE_PURCHASE_PAYMENTS_INFORMATION,
            &[Arg::Value(Some(PurchasePaymentId)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }
}

#[php_impl]
impl crate::services::PurchaseRefundService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/purchase-refunds
    /// Lists the purchase refunds, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_REFUND_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/purchase-refunds
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &PURCHASE_REFUND_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/purchase-refunds/{id}
    /// Reads a purchase refund.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_REFUND_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/purchase-refunds
    /// Reads the purchase refunds of an account.
    #[php(name = "readAccountPurchaseRefunds")]
    pub fn read_account_purchase_refunds(
        &self,
        accountId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_REFUND_READ_ACCOUNT_PURCHASE_REFUNDS,
            &[Arg::Value(Some(accountId))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/purchase-refunds/{id}
    /// Deletes a purchase refund.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_REFUND_DELETE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }
}

#[php_impl]
impl crate::services::PurchaseRefundData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/purchase-refunds
    /// Lists the purchase refunds, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_REFUND_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/purchase-refunds/{id}
    /// Reads a purchase refund.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_REFUND_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/purchase-refunds
    /// Reads the purchase refunds of an account.
    #[php(name = "readAccountPurchaseRefunds")]
    pub fn read_account_purchase_refunds(&self, accountId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &PURCHASE_REFUND_READ_ACCOUNT_PURCHASE_REFUNDS,
            &[Arg::Value(Some(accountId))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/purchase-refunds/{id}
    /// Deletes a purchase refund.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURCHASE_REFUND_DELETE, &[Arg::Value(Some(id))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::RefundService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/refunds
    /// Lists the refunds, one page at a time.
    #[php(name = "readAllRefunds")]
    pub fn read_all_refunds(
        &self,
        apiVersion: &Zval,
        queryParams: &Zval,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &REFUND_READ_ALL_REFUNDS,
            &[Arg::Value(Some(queryParams))],
            crate::args::version("apiVersion", apiVersion)?,
            callOptions,
        )
    }

    /// GET /api/{version}/refunds
    /// Every record of readAllRefunds, fetched lazily page by page.
    #[php(name = "iterateAllRefunds")]
    pub fn iterate_all_refunds(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &REFUND_ITERATE_ALL_REFUNDS, &[], options)
    }

    /// GET /api/{version}/refunds/{id}
    /// Reads a refund.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &REFUND_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/refunds
    /// Reads the refunds of an account.
    #[php(name = "readAccountRefunds")]
    pub fn read_account_refunds(
        &self,
        accountId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &REFUND_READ_ACCOUNT_REFUNDS, &[Arg::Value(Some(accountId))], apiVersion, callOptions)
    }

    /// POST /api/{version}/credit-notes/{cn_id}/refunds
    /// Adds a refund to a credit note.
    #[php(name = "create")]
    pub fn create(
        &self,
        creditNotesId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &REFUND_CREATE,
            &[Arg::Value(Some(creditNotesId)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/refunds/{id}
    /// Deletes a refund.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &REFUND_DELETE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/refunds/{id}/information
    /// PATCH refunds/{id}/information (the documented PHP SDK's RefundData::update).
    #[php(name = "update")]
    pub fn update(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &REFUND_UPDATE, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, callOptions)
    }
}

#[php_impl]
impl crate::services::RefundData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/refunds
    /// Lists the refunds, one page at a time.
    #[php(name = "readAllRefunds")]
    pub fn read_all_refunds(&self, apiVersion: &Zval, queryParams: &Zval) -> PhpResult<Zval> {
        run(
            &self.handle,
            &REFUND_READ_ALL_REFUNDS,
            &[Arg::Value(Some(queryParams))],
            crate::args::version("apiVersion", apiVersion)?,
            None,
        )
    }

    /// GET /api/{version}/refunds/{id}
    /// Reads a refund.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &REFUND_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/refunds
    /// Reads the refunds of an account.
    #[php(name = "readAccountRefunds")]
    pub fn read_account_refunds(&self, accountId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &REFUND_READ_ACCOUNT_REFUNDS, &[Arg::Value(Some(accountId))], apiVersion, None)
    }

    /// POST /api/{version}/credit-notes/{cn_id}/refunds
    /// Adds a refund to a credit note.
    #[php(name = "create")]
    pub fn create(&self, creditNotesId: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &REFUND_CREATE,
            &[Arg::Value(Some(creditNotesId)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/refunds/{id}
    /// Deletes a refund.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &REFUND_DELETE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// PATCH /api/{version}/refunds/{id}/information
    /// PATCH refunds/{id}/information (the documented PHP SDK's RefundData::update).
    #[php(name = "update")]
    pub fn update(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &REFUND_UPDATE, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::RentalAssetService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/rental-asset-availability
    /// Lists the rental asset availability, one page at a time.
    #[php(name = "listAvailability")]
    pub fn list_availability(
        &self,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &RENTAL_ASSET_LIST_AVAILABILITY,
            &[Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/rental-asset-availability
    /// Every record of listAvailability, fetched lazily page by page.
    #[php(name = "iterateAvailability")]
    pub fn iterate_availability(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &RENTAL_ASSET_ITERATE_AVAILABILITY, &[], options)
    }

    /// PATCH /api/{version}/rental-asset-availability
    /// Updates the rental asset availability.
    #[php(name = "updateAvailability")]
    pub fn update_availability(
        &self,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &RENTAL_ASSET_UPDATE_AVAILABILITY,
            &[Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/rental-assets
    /// Lists the rental assets, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &RENTAL_ASSET_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/rental-assets
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &RENTAL_ASSET_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/rental-assets/{rental_asset_uuid}
    /// Reads a rental asset.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &RENTAL_ASSET_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/rental-assets
    /// Creates a rental asset.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &RENTAL_ASSET_CREATE, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/rental-assets/{rental_asset_uuid}
    /// Updates a rental asset.
    #[php(name = "update")]
    pub fn update(
        &self,
        params: &Zval,
        uuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &RENTAL_ASSET_UPDATE,
            &[Arg::Value(Some(params)), Arg::Value(Some(uuid))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/rental-assets/{rental_asset_uuid}
    /// Deletes a rental asset.
    #[php(name = "delete")]
    pub fn delete(&self, uuid: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &RENTAL_ASSET_DELETE, &[Arg::Value(Some(uuid))], apiVersion, callOptions)
    }
}

#[php_impl]
impl crate::services::RentalAssetData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/rental-asset-availability
    /// Lists the rental asset availability, one page at a time.
    #[php(name = "listAvailability")]
    pub fn list_availability(&self, queryParams: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &RENTAL_ASSET_LIST_AVAILABILITY,
            &[Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// PATCH /api/{version}/rental-asset-availability
    /// Updates the rental asset availability.
    #[php(name = "updateAvailability")]
    pub fn update_availability(&self, params: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &RENTAL_ASSET_UPDATE_AVAILABILITY,
            &[Arg::Value(params)],
            apiVersion.or_else(|| Some("v3".to_string())),
            None,
        )
    }

    /// GET /api/{version}/rental-assets
    /// Lists the rental assets, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &RENTAL_ASSET_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/rental-assets/{rental_asset_uuid}
    /// Reads a rental asset.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &RENTAL_ASSET_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/rental-assets
    /// Creates a rental asset.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &RENTAL_ASSET_CREATE, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// PATCH /api/{version}/rental-assets/{rental_asset_uuid}
    /// Updates a rental asset.
    #[php(name = "update")]
    pub fn update(&self, params: &Zval, uuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &RENTAL_ASSET_UPDATE, &[Arg::Value(Some(params)), Arg::Value(Some(uuid))], apiVersion, None)
    }

    /// DELETE /api/{version}/rental-assets/{rental_asset_uuid}
    /// Deletes a rental asset.
    #[php(name = "delete")]
    pub fn delete(&self, uuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &RENTAL_ASSET_DELETE, &[Arg::Value(Some(uuid))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::RentalAssetProfilesService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// POST /api/{version}/rental-asset-profiles
    /// Creates a rental asset profile.
    #[php(name = "create")]
    pub fn create(
        &self,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &RENTAL_ASSET_PROFILES_CREATE, &[Arg::Value(params)], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/rental-asset-profiles/{profile_uuid}
    /// Updates a rental asset profile.
    #[php(name = "update")]
    pub fn update(
        &self,
        rentalAssetProfileUUID: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &RENTAL_ASSET_PROFILES_UPDATE,
            &[Arg::Value(Some(rentalAssetProfileUUID)), Arg::Value(params)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/rental-asset-profiles
    /// Lists the rental asset profiles, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &RENTAL_ASSET_PROFILES_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/rental-asset-profiles
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &RENTAL_ASSET_PROFILES_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/rental-asset-profiles/{profile_uuid}
    /// Reads a rental asset profile.
    #[php(name = "readDetails")]
    pub fn read_details(
        &self,
        rentalAssetProfileUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &RENTAL_ASSET_PROFILES_READ_DETAILS,
            &[Arg::Value(Some(rentalAssetProfileUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/rental-asset-profiles/{profile_uuid}
    /// Deletes a rental asset profile.
    #[php(name = "delete")]
    pub fn delete(
        &self,
        rentalAssetProfileUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &RENTAL_ASSET_PROFILES_DELETE,
            &[Arg::Value(Some(rentalAssetProfileUUID))],
            apiVersion,
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::RentalAssetProfilesData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// POST /api/{version}/rental-asset-profiles
    /// Creates a rental asset profile.
    #[php(name = "create")]
    pub fn create(&self, params: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &RENTAL_ASSET_PROFILES_CREATE, &[Arg::Value(params)], apiVersion, None)
    }

    /// PATCH /api/{version}/rental-asset-profiles/{profile_uuid}
    /// Updates a rental asset profile.
    #[php(name = "update")]
    pub fn update(
        &self,
        rentalAssetProfileUUID: &Zval,
        params: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &RENTAL_ASSET_PROFILES_UPDATE,
            &[Arg::Value(Some(rentalAssetProfileUUID)), Arg::Value(params)],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/rental-asset-profiles
    /// Lists the rental asset profiles, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &RENTAL_ASSET_PROFILES_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/rental-asset-profiles/{profile_uuid}
    /// Reads a rental asset profile.
    #[php(name = "readDetails")]
    pub fn read_details(&self, rentalAssetProfileUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &RENTAL_ASSET_PROFILES_READ_DETAILS,
            &[Arg::Value(Some(rentalAssetProfileUUID))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/rental-asset-profiles/{profile_uuid}
    /// Deletes a rental asset profile.
    #[php(name = "delete")]
    pub fn delete(&self, rentalAssetProfileUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &RENTAL_ASSET_PROFILES_DELETE, &[Arg::Value(Some(rentalAssetProfileUUID))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::ReportsService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/reports/accounts/account_overview
    /// Lists the account overview in the accounts in the reports, one page at a time.
    #[php(name = "readAccountOverview")]
    pub fn read_account_overview(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &REPORTS_READ_ACCOUNT_OVERVIEW, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/reports/accounts/account_overview
    /// Every record of readAccountOverview, fetched lazily page by page.
    #[php(name = "iterateAccountOverview")]
    pub fn iterate_account_overview(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &REPORTS_ITERATE_ACCOUNT_OVERVIEW, &[], options)
    }

    /// GET /api/{version}/reports/invoices/invoice_overview
    /// Lists the invoice overview in the invoices in the reports, one page at a time.
    #[php(name = "readInvoiceOverview")]
    pub fn read_invoice_overview(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &REPORTS_READ_INVOICE_OVERVIEW, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/reports/invoices/invoice_overview
    /// Every record of readInvoiceOverview, fetched lazily page by page.
    #[php(name = "iterateInvoiceOverview")]
    pub fn iterate_invoice_overview(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &REPORTS_ITERATE_INVOICE_OVERVIEW, &[], options)
    }

    /// GET /api/{version}/reports/orders/order_overview
    /// Lists the order overview in the orders in the reports, one page at a time.
    #[php(name = "readOrderOverview")]
    pub fn read_order_overview(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &REPORTS_READ_ORDER_OVERVIEW, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/reports/orders/order_overview
    /// Every record of readOrderOverview, fetched lazily page by page.
    #[php(name = "iterateOrderOverview")]
    pub fn iterate_order_overview(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &REPORTS_ITERATE_ORDER_OVERVIEW, &[], options)
    }

    /// GET /api/{version}/reports/purchase_invoices/purchase_invoice_overview
    /// Lists the purchase invoice overview in the purchase invoices in the reports, one page at a time.
    #[php(name = "readPurchaseInvoiceOverview")]
    pub fn read_purchase_invoice_overview(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &REPORTS_READ_PURCHASE_INVOICE_OVERVIEW, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/reports/purchase_invoices/purchase_invoice_overview
    /// Every record of readPurchaseInvoiceOverview, fetched lazily page by page.
    #[php(name = "iteratePurchaseInvoiceOverview")]
    pub fn iterate_purchase_invoice_overview(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &REPORTS_ITERATE_PURCHASE_INVOICE_OVERVIEW, &[], options)
    }

    /// GET /api/{version}/reports/purchase_orders/purchase_order_overview
    /// Reads the purchase order overview in the purchase orders in the reports.
    #[php(name = "readPurchaseOrderOverview")]
    pub fn read_purchase_order_overview(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &REPORTS_READ_PURCHASE_ORDER_OVERVIEW, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/reports/purchase_orders/purchase_order_overview
    /// Every record of readPurchaseOrderOverview, fetched lazily page by page.
    #[php(name = "iteratePurchaseOrderOverview")]
    pub fn iterate_purchase_order_overview(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &REPORTS_ITERATE_PURCHASE_ORDER_OVERVIEW, &[], options)
    }

    /// GET /api/{version}/reports/transactions/payment_and_refund_overview
    /// Reads the payment and refund overview in the transactions in the reports.
    #[php(name = "readPaymentAndRefundOverview")]
    pub fn read_payment_and_refund_overview(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &REPORTS_READ_PAYMENT_AND_REFUND_OVERVIEW,
            &[Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/reports/transactions/payment_and_refund_overview
    /// Every record of readPaymentAndRefundOverview, fetched lazily page by page.
    #[php(name = "iteratePaymentAndRefundOverview")]
    pub fn iterate_payment_and_refund_overview(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &REPORTS_ITERATE_PAYMENT_AND_REFUND_OVERVIEW, &[], options)
    }

    /// GET /api/{version}/reports/purchase_transactions/purchase_payment_and_refund_overview
    /// Reads the purchase payment and refund overview in the purchase transactions in the reports.
    #[php(name = "readPurchasePaymentAndRefundOverview")]
    pub fn read_purchase_payment_and_refund_overview(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &REPORTS_READ_PURCHASE_PAYMENT_AND_REFUND_OVERVIEW,
            &[Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/reports/purchase_transactions/purchase_payment_and_refund_overview
    /// Every record of readPurchasePaymentAndRefundOverview, fetched lazily page by page.
    #[php(name = "iteratePurchasePaymentAndRefundOverview")]
    pub fn iterate_purchase_payment_and_refund_overview(
        &self,
        options: Option<&ZendHashTable>,
    ) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &REPORTS_ITERATE_PURCHASE_PAYMENT_AND_REFUND_OVERVIEW, &[], options)
    }
}

#[php_impl]
impl crate::services::ReportsData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/reports/accounts/account_overview
    /// Lists the account overview in the accounts in the reports, one page at a time.
    #[php(name = "readAccountOverview")]
    pub fn read_account_overview(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &REPORTS_READ_ACCOUNT_OVERVIEW, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/reports/invoices/invoice_overview
    /// Lists the invoice overview in the invoices in the reports, one page at a time.
    #[php(name = "readInvoiceOverview")]
    pub fn read_invoice_overview(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &REPORTS_READ_INVOICE_OVERVIEW, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/reports/orders/order_overview
    /// Lists the order overview in the orders in the reports, one page at a time.
    #[php(name = "readOrderOverview")]
    pub fn read_order_overview(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &REPORTS_READ_ORDER_OVERVIEW, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/reports/purchase_invoices/purchase_invoice_overview
    /// Lists the purchase invoice overview in the purchase invoices in the reports, one page at a time.
    #[php(name = "readPurchaseInvoiceOverview")]
    pub fn read_purchase_invoice_overview(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &REPORTS_READ_PURCHASE_INVOICE_OVERVIEW, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/reports/purchase_orders/purchase_order_overview
    /// Reads the purchase order overview in the purchase orders in the reports.
    #[php(name = "readPurchaseOrderOverview")]
    pub fn read_purchase_order_overview(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &REPORTS_READ_PURCHASE_ORDER_OVERVIEW, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/reports/transactions/payment_and_refund_overview
    /// Reads the payment and refund overview in the transactions in the reports.
    #[php(name = "readPaymentAndRefundOverview")]
    pub fn read_payment_and_refund_overview(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &REPORTS_READ_PAYMENT_AND_REFUND_OVERVIEW, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/reports/purchase_transactions/purchase_payment_and_refund_overview
    /// Reads the purchase payment and refund overview in the purchase transactions in the reports.
    #[php(name = "readPurchasePaymentAndRefundOverview")]
    pub fn read_purchase_payment_and_refund_overview(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &REPORTS_READ_PURCHASE_PAYMENT_AND_REFUND_OVERVIEW,
            &[Arg::Value(queryParams)],
            apiVersion,
            None,
        )
    }
}

#[php_impl]
impl crate::services::RmaService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/return-merchandise-authorisations
    /// Lists the return merchandise authorisations, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &RMA_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/return-merchandise-authorisations
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &RMA_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive
    /// Lists the receive of a return merchandise authorisation of an invoice, one page at a time.
    #[php(name = "readInvoiceRmaReceiveAll")]
    pub fn read_invoice_rma_receive_all(
        &self,
        id: &Zval,
        invoiceId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &RMA_READ_INVOICE_RMA_RECEIVE_ALL,
            &[Arg::Value(Some(id)), Arg::Value(Some(invoiceId))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/return-merchandise-authorisations/{id}
    /// Reads a return merchandise authorisation.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &RMA_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/invoices/{id}/return-merchandise-authorisations
    /// Lists the return merchandise authorisations of an invoice, one page at a time.
    #[php(name = "readInvoiceAllRma")]
    pub fn read_invoice_all_rma(
        &self,
        invoiceId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &RMA_READ_INVOICE_ALL_RMA, &[Arg::Value(Some(invoiceId))], apiVersion, callOptions)
    }

    /// GET /api/{version}/invoices/{id}/return-merchandise-authorisations/{rma_id}
    /// Reads a return merchandise authorisation of an invoice.
    #[php(name = "readInvoiceRmaDetails")]
    pub fn read_invoice_rma_details(
        &self,
        invoiceId: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &RMA_READ_INVOICE_RMA_DETAILS,
            &[Arg::Value(Some(invoiceId)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/invoices/{id}/return-merchandise-authorisations
    /// Adds a return merchandise authorisation to an invoice.
    #[php(name = "createInvoiceRma")]
    pub fn create_invoice_rma(
        &self,
        invoiceId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &RMA_CREATE_INVOICE_RMA,
            &[Arg::Value(Some(invoiceId)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive
    /// Receives a return merchandise authorisation of an invoice.
    #[php(name = "createInvoiceRmaReceive")]
    pub fn create_invoice_rma_receive(
        &self,
        id: &Zval,
        invoiceId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &RMA_CREATE_INVOICE_RMA_RECEIVE,
            &[Arg::Value(Some(id)), Arg::Value(Some(invoiceId)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::RmaData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/return-merchandise-authorisations
    /// Lists the return merchandise authorisations, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &RMA_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive
    /// Lists the receive of a return merchandise authorisation of an invoice, one page at a time.
    #[php(name = "readInvoiceRmaReceiveAll")]
    pub fn read_invoice_rma_receive_all(
        &self,
        id: &Zval,
        invoiceId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &RMA_READ_INVOICE_RMA_RECEIVE_ALL,
            &[Arg::Value(Some(id)), Arg::Value(Some(invoiceId))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/return-merchandise-authorisations/{id}
    /// Reads a return merchandise authorisation.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &RMA_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/invoices/{id}/return-merchandise-authorisations
    /// Lists the return merchandise authorisations of an invoice, one page at a time.
    #[php(name = "readInvoiceAllRma")]
    pub fn read_invoice_all_rma(&self, invoiceId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &RMA_READ_INVOICE_ALL_RMA, &[Arg::Value(Some(invoiceId))], apiVersion, None)
    }

    /// GET /api/{version}/invoices/{id}/return-merchandise-authorisations/{rma_id}
    /// Reads a return merchandise authorisation of an invoice.
    #[php(name = "readInvoiceRmaDetails")]
    pub fn read_invoice_rma_details(&self, invoiceId: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &RMA_READ_INVOICE_RMA_DETAILS,
            &[Arg::Value(Some(invoiceId)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/invoices/{id}/return-merchandise-authorisations
    /// Adds a return merchandise authorisation to an invoice.
    #[php(name = "createInvoiceRma")]
    pub fn create_invoice_rma(&self, invoiceId: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &RMA_CREATE_INVOICE_RMA,
            &[Arg::Value(Some(invoiceId)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive
    /// Receives a return merchandise authorisation of an invoice.
    #[php(name = "createInvoiceRmaReceive")]
    pub fn create_invoice_rma_receive(
        &self,
        id: &Zval,
        invoiceId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &RMA_CREATE_INVOICE_RMA_RECEIVE,
            &[Arg::Value(Some(id)), Arg::Value(Some(invoiceId)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }
}

#[php_impl]
impl crate::services::SettingService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/settings
    /// Lists the settings, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/settings
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &SETTING_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/settings/payment_processors
    /// Lists the payment processors in the settings, one page at a time.
    #[php(name = "readPaymentProcessors")]
    pub fn read_payment_processors(&self, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_PAYMENT_PROCESSORS, &[], apiVersion, callOptions)
    }

    /// GET /api/{version}/settings/pricing_levels
    /// Lists the pricing levels in the settings, one page at a time.
    #[php(name = "readPricingLevels")]
    pub fn read_pricing_levels(&self, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_PRICING_LEVELS, &[], apiVersion, callOptions)
    }

    /// GET /api/{version}/settings/item_groups
    /// Lists the item groups in the settings, one page at a time.
    #[php(name = "readItemGroups")]
    pub fn read_item_groups(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_ITEM_GROUPS, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/settings/item_groups
    /// Every record of readItemGroups, fetched lazily page by page.
    #[php(name = "iterateItemGroups")]
    pub fn iterate_item_groups(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &SETTING_ITERATE_ITEM_GROUPS, &[], options)
    }

    /// GET /api/{version}/settings/currencies
    /// Lists the currencies in the settings, one page at a time.
    #[php(name = "readCurrencies")]
    pub fn read_currencies(&self, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_CURRENCIES, &[], apiVersion, callOptions)
    }

    /// GET /api/{version}/settings/taxes
    /// Lists the taxes in the settings, one page at a time.
    #[php(name = "readTaxes")]
    pub fn read_taxes(&self, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_TAXES, &[], apiVersion, callOptions)
    }

    /// GET /api/{version}/settings/discount_profiles
    /// Lists the discount profiles in the settings, one page at a time.
    #[php(name = "readDiscountProfiles")]
    pub fn read_discount_profiles(&self, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_DISCOUNT_PROFILES, &[], apiVersion, callOptions)
    }

    /// GET /api/{version}/settings/discount_profiles
    /// Lists the discount profiles in the settings, one page at a time.
    #[php(name = "readRedemptionCodeDetails")]
    pub fn read_redemption_code_details(
        &self,
        redemptionCode: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &SETTING_READ_REDEMPTION_CODE_DETAILS,
            &[Arg::Value(Some(redemptionCode))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/settings/warehouses
    /// Lists the warehouses in the settings, one page at a time.
    #[php(name = "readAllWarehouse")]
    pub fn read_all_warehouse(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_ALL_WAREHOUSE, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/settings/warehouses
    /// Every record of readAllWarehouse, fetched lazily page by page.
    #[php(name = "iterateAllWarehouse")]
    pub fn iterate_all_warehouse(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &SETTING_ITERATE_ALL_WAREHOUSE, &[], options)
    }

    /// GET /api/{version}/settings/shipping-profiles
    /// Lists the shipping profiles in the settings, one page at a time.
    #[php(name = "readShippingProfile")]
    pub fn read_shipping_profile(&self, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_SHIPPING_PROFILE, &[], apiVersion, callOptions)
    }

    /// GET /api/{version}/settings/components
    /// Lists the components in the settings, one page at a time.
    #[php(name = "readComponents")]
    pub fn read_components(&self, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_COMPONENTS, &[], apiVersion, callOptions)
    }

    /// GET /api/{version}/settings/variations
    /// Lists the variations in the settings, one page at a time.
    #[php(name = "readVariations")]
    pub fn read_variations(&self, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_VARIATIONS, &[], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/settings/variations/{uuid}
    /// Updates a variation in the settings.
    #[php(name = "changeVariations")]
    pub fn change_variations(
        &self,
        params: &Zval,
        uuId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &SETTING_CHANGE_VARIATIONS,
            &[Arg::Value(Some(params)), Arg::Value(Some(uuId))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/settings/variations
    /// Adds a variation to the settings.
    #[php(name = "createVariations")]
    pub fn create_variations(
        &self,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_CREATE_VARIATIONS, &[Arg::Value(params)], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/settings/field_settings/account
    /// Updates the account in the field settings in the settings.
    #[php(name = "updateAccountFieldSettings")]
    pub fn update_account_field_settings(
        &self,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_UPDATE_ACCOUNT_FIELD_SETTINGS, &[Arg::Value(params)], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/settings/field_settings/item
    /// Updates the item in the field settings in the settings.
    #[php(name = "updateItemFieldSettings")]
    pub fn update_item_field_settings(
        &self,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_UPDATE_ITEM_FIELD_SETTINGS, &[Arg::Value(params)], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/settings/general_settings/date_and_time
    /// Updates the date and time in the general settings in the settings.
    #[php(name = "updateDateAndTimeSettings")]
    pub fn update_date_and_time_settings(
        &self,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_UPDATE_DATE_AND_TIME_SETTINGS, &[Arg::Value(params)], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/settings/general_settings/account
    /// Updates the account in the general settings in the settings.
    #[php(name = "updateAccountGeneralSettings")]
    pub fn update_account_general_settings(
        &self,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_UPDATE_ACCOUNT_GENERAL_SETTINGS, &[Arg::Value(params)], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/settings/general_settings/item
    /// Updates the item in the general settings in the settings.
    #[php(name = "updateItemGeneralSettings")]
    pub fn update_item_general_settings(
        &self,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_UPDATE_ITEM_GENERAL_SETTINGS, &[Arg::Value(params)], apiVersion, callOptions)
    }

    /// GET /api/{version}/settings/warehouses/{uuid}
    /// Reads a warehouse in the settings.
    #[php(name = "readWarehouseDetails")]
    pub fn read_warehouse_details(
        &self,
        uuId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_WAREHOUSE_DETAILS, &[Arg::Value(Some(uuId))], apiVersion, callOptions)
    }

    /// GET /api/{version}/settings/variations/{uuid}
    /// Reads a variation in the settings.
    #[php(name = "readVariationById")]
    pub fn read_variation_by_id(
        &self,
        variationUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_VARIATION_BY_ID, &[Arg::Value(Some(variationUUID))], apiVersion, callOptions)
    }

    /// GET /api/{version}/settings/custom-logic-script
    /// Lists the custom logic script in the settings, one page at a time.
    #[php(name = "readCustomLogicScripts")]
    pub fn read_custom_logic_scripts(&self, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_CUSTOM_LOGIC_SCRIPTS, &[], apiVersion, callOptions)
    }

    /// GET /api/{version}/settings/custom-logic-script/{uuid}
    /// Reads a custom logic script in the settings.
    #[php(name = "readCustomLogicScriptDetails")]
    pub fn read_custom_logic_script_details(
        &self,
        scriptId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &SETTING_READ_CUSTOM_LOGIC_SCRIPT_DETAILS,
            &[Arg::Value(Some(scriptId))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/api-action-script
    /// Reads the API action script.
    #[php(name = "readApiActionScript")]
    pub fn read_api_action_script(
        &self,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_API_ACTION_SCRIPT, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/api-action-script
    /// Every record of readApiActionScript, fetched lazily page by page.
    #[php(name = "iterateApiActionScript")]
    pub fn iterate_api_action_script(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &SETTING_ITERATE_API_ACTION_SCRIPT, &[], options)
    }

    /// GET /api/{version}/api-action-script/workflow_count_all
    /// Reads the workflow count all in the API action script.
    #[php(name = "readApiActionScriptAdminWorkflowCountAll")]
    pub fn read_api_action_script_admin_workflow_count_all(
        &self,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &SETTING_READ_API_ACTION_SCRIPT_ADMIN_WORKFLOW_COUNT_ALL,
            &[Arg::Value(queryParams)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/api-action-script/workflow_count_all
    /// Every record of readApiActionScriptAdminWorkflowCountAll, fetched lazily page by page.
    #[php(name = "iterateApiActionScriptAdminWorkflowCountAll")]
    pub fn iterate_api_action_script_admin_workflow_count_all(
        &self,
        options: Option<&ZendHashTable>,
    ) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &SETTING_ITERATE_API_ACTION_SCRIPT_ADMIN_WORKFLOW_COUNT_ALL, &[], options)
    }

    /// GET /api/{version}/settings/discount_profiles/{uuid}
    /// Reads a discount profile in the settings.
    #[php(name = "readDiscountProfileDetails")]
    pub fn read_discount_profile_details(
        &self,
        discountProfileUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &SETTING_READ_DISCOUNT_PROFILE_DETAILS,
            &[Arg::Value(Some(discountProfileUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/settings/custom_attributes
    /// Reads the custom attributes in the settings.
    #[php(name = "readCustomAttributes")]
    pub fn read_custom_attributes(&self, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_CUSTOM_ATTRIBUTES, &[], apiVersion, callOptions)
    }

    /// GET /api/{version}/settings/custom_attributes/{customAttributeUUID}
    /// GET settings/custom_attributes/{customAttributeUUID} (the documented PHP SDK's SettingData::readCustomAttributeDetails).
    #[php(name = "readCustomAttributeDetails")]
    pub fn read_custom_attribute_details(
        &self,
        customAttributeUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &SETTING_READ_CUSTOM_ATTRIBUTE_DETAILS,
            &[Arg::Value(Some(customAttributeUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/settings/item_groups
    /// POST settings/item_groups (the documented PHP SDK's SettingData::createItemGroup).
    #[php(name = "createItemGroup")]
    pub fn create_item_group(
        &self,
        params: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_CREATE_ITEM_GROUP, &[Arg::Value(params)], apiVersion, callOptions)
    }
}

#[php_impl]
impl crate::services::SettingData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/settings
    /// Lists the settings, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/settings/payment_processors
    /// Lists the payment processors in the settings, one page at a time.
    #[php(name = "readPaymentProcessors")]
    pub fn read_payment_processors(&self, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_PAYMENT_PROCESSORS, &[], apiVersion, None)
    }

    /// GET /api/{version}/settings/pricing_levels
    /// Lists the pricing levels in the settings, one page at a time.
    #[php(name = "readPricingLevels")]
    pub fn read_pricing_levels(&self, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_PRICING_LEVELS, &[], apiVersion, None)
    }

    /// GET /api/{version}/settings/item_groups
    /// Lists the item groups in the settings, one page at a time.
    #[php(name = "readItemGroups")]
    pub fn read_item_groups(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_ITEM_GROUPS, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/settings/currencies
    /// Lists the currencies in the settings, one page at a time.
    #[php(name = "readCurrencies")]
    pub fn read_currencies(&self, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_CURRENCIES, &[], apiVersion, None)
    }

    /// GET /api/{version}/settings/taxes
    /// Lists the taxes in the settings, one page at a time.
    #[php(name = "readTaxes")]
    pub fn read_taxes(&self, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_TAXES, &[], apiVersion, None)
    }

    /// GET /api/{version}/settings/discount_profiles
    /// Lists the discount profiles in the settings, one page at a time.
    #[php(name = "readDiscountProfiles")]
    pub fn read_discount_profiles(&self, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_DISCOUNT_PROFILES, &[], apiVersion, None)
    }

    /// GET /api/{version}/settings/discount_profiles
    /// Lists the discount profiles in the settings, one page at a time.
    #[php(name = "readRedemptionCodeDetails")]
    pub fn read_redemption_code_details(&self, redemptionCode: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_REDEMPTION_CODE_DETAILS, &[Arg::Value(Some(redemptionCode))], apiVersion, None)
    }

    /// GET /api/{version}/settings/warehouses
    /// Lists the warehouses in the settings, one page at a time.
    #[php(name = "readAllWarehouse")]
    pub fn read_all_warehouse(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_ALL_WAREHOUSE, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/settings/shipping-profiles
    /// Lists the shipping profiles in the settings, one page at a time.
    #[php(name = "readShippingProfile")]
    pub fn read_shipping_profile(&self, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_SHIPPING_PROFILE, &[], apiVersion, None)
    }

    /// GET /api/{version}/settings/components
    /// Lists the components in the settings, one page at a time.
    #[php(name = "readComponents")]
    pub fn read_components(&self, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_COMPONENTS, &[], apiVersion, None)
    }

    /// GET /api/{version}/settings/variations
    /// Lists the variations in the settings, one page at a time.
    #[php(name = "readVariations")]
    pub fn read_variations(&self, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_VARIATIONS, &[], apiVersion, None)
    }

    /// PATCH /api/{version}/settings/variations/{uuid}
    /// Updates a variation in the settings.
    #[php(name = "changeVariations")]
    pub fn change_variations(&self, params: &Zval, uuId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &SETTING_CHANGE_VARIATIONS,
            &[Arg::Value(Some(params)), Arg::Value(Some(uuId))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/settings/variations
    /// Adds a variation to the settings.
    #[php(name = "createVariations")]
    pub fn create_variations(&self, params: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_CREATE_VARIATIONS, &[Arg::Value(params)], apiVersion, None)
    }

    /// PATCH /api/{version}/settings/field_settings/account
    /// Updates the account in the field settings in the settings.
    #[php(name = "updateAccountFieldSettings")]
    pub fn update_account_field_settings(&self, params: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_UPDATE_ACCOUNT_FIELD_SETTINGS, &[Arg::Value(params)], apiVersion, None)
    }

    /// PATCH /api/{version}/settings/field_settings/item
    /// Updates the item in the field settings in the settings.
    #[php(name = "updateItemFieldSettings")]
    pub fn update_item_field_settings(&self, params: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_UPDATE_ITEM_FIELD_SETTINGS, &[Arg::Value(params)], apiVersion, None)
    }

    /// PATCH /api/{version}/settings/general_settings/date_and_time
    /// Updates the date and time in the general settings in the settings.
    #[php(name = "updateDateAndTimeSettings")]
    pub fn update_date_and_time_settings(&self, params: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_UPDATE_DATE_AND_TIME_SETTINGS, &[Arg::Value(params)], apiVersion, None)
    }

    /// PATCH /api/{version}/settings/general_settings/account
    /// Updates the account in the general settings in the settings.
    #[php(name = "updateAccountGeneralSettings")]
    pub fn update_account_general_settings(
        &self,
        params: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_UPDATE_ACCOUNT_GENERAL_SETTINGS, &[Arg::Value(params)], apiVersion, None)
    }

    /// PATCH /api/{version}/settings/general_settings/item
    /// Updates the item in the general settings in the settings.
    #[php(name = "updateItemGeneralSettings")]
    pub fn update_item_general_settings(&self, params: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_UPDATE_ITEM_GENERAL_SETTINGS, &[Arg::Value(params)], apiVersion, None)
    }

    /// GET /api/{version}/settings/warehouses/{uuid}
    /// Reads a warehouse in the settings.
    #[php(name = "readWarehouseDetails")]
    pub fn read_warehouse_details(&self, uuId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_WAREHOUSE_DETAILS, &[Arg::Value(Some(uuId))], apiVersion, None)
    }

    /// GET /api/{version}/settings/variations/{uuid}
    /// Reads a variation in the settings.
    #[php(name = "readVariationById")]
    pub fn read_variation_by_id(&self, variationUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_VARIATION_BY_ID, &[Arg::Value(Some(variationUUID))], apiVersion, None)
    }

    /// GET /api/{version}/settings/custom-logic-script
    /// Lists the custom logic script in the settings, one page at a time.
    #[php(name = "readCustomLogicScripts")]
    pub fn read_custom_logic_scripts(&self, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_CUSTOM_LOGIC_SCRIPTS, &[], apiVersion, None)
    }

    /// GET /api/{version}/settings/custom-logic-script/{uuid}
    /// Reads a custom logic script in the settings.
    #[php(name = "readCustomLogicScriptDetails")]
    pub fn read_custom_logic_script_details(&self, scriptId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_CUSTOM_LOGIC_SCRIPT_DETAILS, &[Arg::Value(Some(scriptId))], apiVersion, None)
    }

    /// GET /api/{version}/api-action-script
    /// Reads the API action script.
    #[php(name = "readApiActionScript")]
    pub fn read_api_action_script(&self, queryParams: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_API_ACTION_SCRIPT, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/api-action-script/workflow_count_all
    /// Reads the workflow count all in the API action script.
    #[php(name = "readApiActionScriptAdminWorkflowCountAll")]
    pub fn read_api_action_script_admin_workflow_count_all(
        &self,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &SETTING_READ_API_ACTION_SCRIPT_ADMIN_WORKFLOW_COUNT_ALL,
            &[Arg::Value(queryParams)],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/settings/discount_profiles/{uuid}
    /// Reads a discount profile in the settings.
    #[php(name = "readDiscountProfileDetails")]
    pub fn read_discount_profile_details(
        &self,
        discountProfileUUID: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &SETTING_READ_DISCOUNT_PROFILE_DETAILS,
            &[Arg::Value(Some(discountProfileUUID))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/settings/custom_attributes
    /// Reads the custom attributes in the settings.
    #[php(name = "readCustomAttributes")]
    pub fn read_custom_attributes(&self, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_READ_CUSTOM_ATTRIBUTES, &[], apiVersion, None)
    }

    /// GET /api/{version}/settings/custom_attributes/{customAttributeUUID}
    /// GET settings/custom_attributes/{customAttributeUUID} (the documented PHP SDK's SettingData::readCustomAttributeDetails).
    #[php(name = "readCustomAttributeDetails")]
    pub fn read_custom_attribute_details(
        &self,
        customAttributeUUID: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &SETTING_READ_CUSTOM_ATTRIBUTE_DETAILS,
            &[Arg::Value(Some(customAttributeUUID))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/settings/item_groups
    /// POST settings/item_groups (the documented PHP SDK's SettingData::createItemGroup).
    #[php(name = "createItemGroup")]
    pub fn create_item_group(&self, params: Option<&Zval>, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &SETTING_CREATE_ITEM_GROUP, &[Arg::Value(params)], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::SettingsService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/settings/warehouses/{uuid}
    /// Reads a warehouse in the settings.
    #[php(name = "getWarehouseSettings")]
    pub fn get_warehouse_settings(
        &self,
        uuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &SETTINGS_GET_WAREHOUSE_SETTINGS,
            &[Arg::Value(Some(uuid))],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/settings/variations/{uuid}
    /// Reads a variation in the settings.
    #[php(name = "getVariationSettings")]
    pub fn get_variation_settings(
        &self,
        uuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &SETTINGS_GET_VARIATION_SETTINGS,
            &[Arg::Value(Some(uuid))],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::SettingsData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/settings/warehouses/{uuid}
    /// Reads a warehouse in the settings.
    #[php(name = "getWarehouseSettings")]
    pub fn get_warehouse_settings(&self, uuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &SETTINGS_GET_WAREHOUSE_SETTINGS,
            &[Arg::Value(Some(uuid))],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// GET /api/{version}/settings/variations/{uuid}
    /// Reads a variation in the settings.
    #[php(name = "getVariationSettings")]
    pub fn get_variation_settings(&self, uuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &SETTINGS_GET_VARIATION_SETTINGS,
            &[Arg::Value(Some(uuid))],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }
}

#[php_impl]
impl crate::services::TaskService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/tasks
    /// Lists the tasks, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &TASK_READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/tasks
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &TASK_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/tasks/{id}
    /// Reads a task.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &TASK_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/tasks/{id}/checklist
    /// Lists the checklist of a task, one page at a time.
    #[php(name = "readChecklist")]
    pub fn read_checklist(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &TASK_READ_CHECKLIST, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/tasks
    /// Creates a task.
    #[php(name = "create")]
    pub fn create(&self, payload: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &TASK_CREATE, &[Arg::Value(Some(payload))], apiVersion, callOptions)
    }

    /// POST /api/{version}/tasks/{id}/checklist
    /// Creates the checklist of a task.
    #[php(name = "createChecklist")]
    pub fn create_checklist(
        &self,
        id: &Zval,
        payload: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &TASK_CREATE_CHECKLIST,
            &[Arg::Value(Some(id)), Arg::Value(Some(payload))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/tasks/{id}/checklist/{checklist_id}
    /// Updates a checklist of a task.
    #[php(name = "updateChecklist")]
    pub fn update_checklist(
        &self,
        id: &Zval,
        checklistId: &Zval,
        payload: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &TASK_UPDATE_CHECKLIST,
            &[Arg::Value(Some(id)), Arg::Value(Some(checklistId)), Arg::Value(Some(payload))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/tasks/{id}
    /// Deletes a task.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &TASK_DELETE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// DELETE /api/{version}/tasks/{id}/checklist/{checklist_id}
    /// Deletes a checklist of a task.
    #[php(name = "deleteChecklist")]
    pub fn delete_checklist(
        &self,
        id: &Zval,
        checklistId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &TASK_DELETE_CHECKLIST,
            &[Arg::Value(Some(id)), Arg::Value(Some(checklistId))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/tasks/{id}/information
    /// PATCH tasks/{id}/information (the documented PHP SDK's TaskData::update).
    #[php(name = "update")]
    pub fn update(
        &self,
        id: &Zval,
        payload: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &TASK_UPDATE, &[Arg::Value(Some(id)), Arg::Value(Some(payload))], apiVersion, callOptions)
    }
}

#[php_impl]
impl crate::services::TaskData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/tasks
    /// Lists the tasks, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &TASK_READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/tasks/{id}
    /// Reads a task.
    #[php(name = "readDetails")]
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &TASK_READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/tasks/{id}/checklist
    /// Lists the checklist of a task, one page at a time.
    #[php(name = "readChecklist")]
    pub fn read_checklist(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &TASK_READ_CHECKLIST, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/tasks
    /// Creates a task.
    #[php(name = "create")]
    pub fn create(&self, payload: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &TASK_CREATE, &[Arg::Value(Some(payload))], apiVersion, None)
    }

    /// POST /api/{version}/tasks/{id}/checklist
    /// Creates the checklist of a task.
    #[php(name = "createChecklist")]
    pub fn create_checklist(&self, id: &Zval, payload: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &TASK_CREATE_CHECKLIST, &[Arg::Value(Some(id)), Arg::Value(Some(payload))], apiVersion, None)
    }

    /// PATCH /api/{version}/tasks/{id}/checklist/{checklist_id}
    /// Updates a checklist of a task.
    #[php(name = "updateChecklist")]
    pub fn update_checklist(
        &self,
        id: &Zval,
        checklistId: &Zval,
        payload: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &TASK_UPDATE_CHECKLIST,
            &[Arg::Value(Some(id)), Arg::Value(Some(checklistId)), Arg::Value(Some(payload))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/tasks/{id}
    /// Deletes a task.
    #[php(name = "delete")]
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &TASK_DELETE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// DELETE /api/{version}/tasks/{id}/checklist/{checklist_id}
    /// Deletes a checklist of a task.
    #[php(name = "deleteChecklist")]
    pub fn delete_checklist(&self, id: &Zval, checklistId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &TASK_DELETE_CHECKLIST,
            &[Arg::Value(Some(id)), Arg::Value(Some(checklistId))],
            apiVersion,
            None,
        )
    }

    /// PATCH /api/{version}/tasks/{id}/information
    /// PATCH tasks/{id}/information (the documented PHP SDK's TaskData::update).
    #[php(name = "update")]
    pub fn update(&self, id: &Zval, payload: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &TASK_UPDATE, &[Arg::Value(Some(id)), Arg::Value(Some(payload))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::TimesheetService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/timesheets
    /// Lists the timesheets, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &TIMESHEET_READ_ALL, &[], apiVersion, callOptions)
    }

    /// GET /api/{version}/timesheets/{uuid}
    /// Reads a timesheet.
    #[php(name = "readDetails")]
    pub fn read_details(&self, uuId: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &TIMESHEET_READ_DETAILS, &[Arg::Value(Some(uuId))], apiVersion, callOptions)
    }

    /// POST /api/{version}/timesheets
    /// Creates a timesheet.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &TIMESHEET_CREATE, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/timesheets/{uuid}
    /// Updates a timesheet.
    #[php(name = "update")]
    pub fn update(
        &self,
        uuId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &TIMESHEET_UPDATE,
            &[Arg::Value(Some(uuId)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/timesheets/{uuid}
    /// Deletes a timesheet.
    #[php(name = "delete")]
    pub fn delete(&self, uuId: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &TIMESHEET_DELETE, &[Arg::Value(Some(uuId))], apiVersion, callOptions)
    }
}

#[php_impl]
impl crate::services::TimesheetData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/timesheets
    /// Lists the timesheets, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &TIMESHEET_READ_ALL, &[], apiVersion, None)
    }

    /// GET /api/{version}/timesheets/{uuid}
    /// Reads a timesheet.
    #[php(name = "readDetails")]
    pub fn read_details(&self, uuId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &TIMESHEET_READ_DETAILS, &[Arg::Value(Some(uuId))], apiVersion, None)
    }

    /// POST /api/{version}/timesheets
    /// Creates a timesheet.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &TIMESHEET_CREATE, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// PATCH /api/{version}/timesheets/{uuid}
    /// Updates a timesheet.
    #[php(name = "update")]
    pub fn update(&self, uuId: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &TIMESHEET_UPDATE, &[Arg::Value(Some(uuId)), Arg::Value(Some(params))], apiVersion, None)
    }

    /// DELETE /api/{version}/timesheets/{uuid}
    /// Deletes a timesheet.
    #[php(name = "delete")]
    pub fn delete(&self, uuId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &TIMESHEET_DELETE, &[Arg::Value(Some(uuId))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::UsagesService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/usages
    /// Lists the usages, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: &Zval, queryParams: &Zval, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &USAGES_READ_ALL,
            &[Arg::Value(Some(queryParams))],
            crate::args::version("apiVersion", apiVersion)?,
            callOptions,
        )
    }

    /// GET /api/{version}/usages
    /// Every record of readAll, fetched lazily page by page.
    #[php(name = "iterateAll")]
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &USAGES_ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/usages/{uuid}
    /// Reads a usage.
    #[php(name = "readDetails")]
    pub fn read_details(&self, uuId: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &USAGES_READ_DETAILS, &[Arg::Value(Some(uuId))], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/usages/{uuid}
    /// Updates a usage.
    #[php(name = "change")]
    pub fn change(
        &self,
        uuId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &USAGES_CHANGE, &[Arg::Value(Some(uuId)), Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// PUT /api/{version}/usages/{uuid}
    /// Replaces a usage.
    #[php(name = "update")]
    pub fn update(
        &self,
        uuId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &USAGES_UPDATE, &[Arg::Value(Some(uuId)), Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// DELETE /api/{version}/usages/{uuid}
    /// Deletes a usage.
    #[php(name = "delete")]
    pub fn delete(&self, uuId: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &USAGES_DELETE, &[Arg::Value(Some(uuId))], apiVersion, callOptions)
    }

    /// POST /api/{version}/usages
    /// Creates a usage.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &USAGES_CREATE, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }
}

#[php_impl]
impl crate::services::UsagesData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/usages
    /// Lists the usages, one page at a time.
    #[php(name = "readAll")]
    pub fn read_all(&self, apiVersion: &Zval, queryParams: &Zval) -> PhpResult<Zval> {
        run(
            &self.handle,
            &USAGES_READ_ALL,
            &[Arg::Value(Some(queryParams))],
            crate::args::version("apiVersion", apiVersion)?,
            None,
        )
    }

    /// GET /api/{version}/usages/{uuid}
    /// Reads a usage.
    #[php(name = "readDetails")]
    pub fn read_details(&self, uuId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &USAGES_READ_DETAILS, &[Arg::Value(Some(uuId))], apiVersion, None)
    }

    /// PATCH /api/{version}/usages/{uuid}
    /// Updates a usage.
    #[php(name = "change")]
    pub fn change(&self, uuId: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &USAGES_CHANGE, &[Arg::Value(Some(uuId)), Arg::Value(Some(params))], apiVersion, None)
    }

    /// PUT /api/{version}/usages/{uuid}
    /// Replaces a usage.
    #[php(name = "update")]
    pub fn update(&self, uuId: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &USAGES_UPDATE, &[Arg::Value(Some(uuId)), Arg::Value(Some(params))], apiVersion, None)
    }

    /// DELETE /api/{version}/usages/{uuid}
    /// Deletes a usage.
    #[php(name = "delete")]
    pub fn delete(&self, uuId: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &USAGES_DELETE, &[Arg::Value(Some(uuId))], apiVersion, None)
    }

    /// POST /api/{version}/usages
    /// Creates a usage.
    #[php(name = "create")]
    pub fn create(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &USAGES_CREATE, &[Arg::Value(Some(params))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::UserSettingsService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/user_settings
    /// Lists the user settings, one page at a time.
    #[php(name = "readUserSettings")]
    pub fn read_user_settings(
        &self,
        userUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &USER_SETTINGS_READ_USER_SETTINGS, &[Arg::Value(Some(userUuid))], apiVersion, callOptions)
    }
}

#[php_impl]
impl crate::services::UserSettingsData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// GET /api/{version}/user_settings
    /// Lists the user settings, one page at a time.
    #[php(name = "readUserSettings")]
    pub fn read_user_settings(&self, userUuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &USER_SETTINGS_READ_USER_SETTINGS, &[Arg::Value(Some(userUuid))], apiVersion, None)
    }
}

#[php_impl]
impl crate::services::WorkflowService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// POST /api/{version}/component/{uuid}
    /// Sends a component.
    #[php(name = "createComponentWithWorkflow")]
    pub fn create_component_with_workflow(
        &self,
        componentUuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_CREATE_COMPONENT_WITH_WORKFLOW,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(params))],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/component/{uuid}/{id}
    /// Lists the records of a component, one page at a time.
    #[php(name = "getComponentWithWorkflow")]
    pub fn get_component_with_workflow(
        &self,
        componentUuid: &Zval,
        componentId: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_GET_COMPONENT_WITH_WORKFLOW,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(componentId))],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/workflow/component/{componentUuid}
    /// Lists the records of a component in the workflow, one page at a time.
    #[php(name = "getWorkflowDetails")]
    pub fn get_workflow_details(
        &self,
        componentUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_GET_WORKFLOW_DETAILS,
            &[Arg::Value(Some(componentUuid))],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// POST /api/{version}/workflow/component/{componentUuid}/{componentId}/milestone
    /// Creates the milestone of a component in the workflow.
    #[php(name = "addMilestone")]
    pub fn add_milestone(
        &self,
        componentUuid: &Zval,
        componentId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_ADD_MILESTONE,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(componentId)), Arg::Value(Some(params))],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// PATCH /api/{version}/workflow/component/{componentUuid}/{componentId}/milestone
    /// Updates the milestone of a component in the workflow.
    #[php(name = "updateMilestone")]
    pub fn update_milestone(
        &self,
        componentUuid: &Zval,
        componentId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_UPDATE_MILESTONE,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(componentId)), Arg::Value(Some(params))],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/workflow/component/{componentUuid}/{componentId}/milestone
    /// Lists the milestone of a component in the workflow, one page at a time.
    #[php(name = "getMilestones")]
    pub fn get_milestones(
        &self,
        componentUuid: &Zval,
        componentId: &Zval,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_GET_MILESTONES,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(componentId)), Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/workflow/component/{componentUuid}/{componentId}/milestone
    /// Every record of getMilestones, fetched lazily page by page.
    #[php(name = "iterateMilestones")]
    pub fn iterate_milestones(
        &self,
        componentUuid: &Zval,
        componentId: &Zval,
        options: Option<&ZendHashTable>,
    ) -> PhpResult<RecordIterator> {
        iterate(
            &self.handle,
            &WORKFLOW_ITERATE_MILESTONES,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(componentId))],
            options,
        )
    }

    /// GET /api/{version}/workflow/component/{componentUuid}/{componentId}/milestone/{milestoneUuid}
    /// Lists the records of a milestone of a component in the workflow, one page at a time.
    #[php(name = "getMilestoneDetails")]
    pub fn get_milestone_details(
        &self,
        componentUuid: &Zval,
        componentId: &Zval,
        milestoneUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_GET_MILESTONE_DETAILS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(componentId)), Arg::Value(Some(milestoneUuid))],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// POST /api/{version}/alert_responsibility
    /// Creates an alert responsibility.
    #[php(name = "createAlertResponsibility")]
    pub fn create_alert_responsibility(
        &self,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_CREATE_ALERT_RESPONSIBILITY,
            &[Arg::Value(Some(params))],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/alert_responsibility
    /// Lists the alert responsibility, one page at a time.
    #[php(name = "getAlertResponsibilities")]
    pub fn get_alert_responsibilities(
        &self,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_GET_ALERT_RESPONSIBILITIES,
            &[],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/alert_responsibility/{alertResponsibilityUuid}
    /// Lists the records of an alert responsibility, one page at a time.
    #[php(name = "getAlertResponsibilityDetails")]
    pub fn get_alert_responsibility_details(
        &self,
        alertResponsibilityUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_GET_ALERT_RESPONSIBILITY_DETAILS,
            &[Arg::Value(Some(alertResponsibilityUuid))],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }

    /// GET /api/{version}/workflow/{workflowVersionUuid}
    /// Lists the records of a workflow, one page at a time.
    #[php(name = "getWorkflowDefinition")]
    pub fn get_workflow_definition(
        &self,
        workflowVersionUuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_GET_WORKFLOW_DEFINITION,
            &[Arg::Value(Some(workflowVersionUuid))],
            apiVersion.or_else(|| Some("v2".to_string())),
            callOptions,
        )
    }
}

#[php_impl]
impl crate::services::WorkflowData {
    pub fn __construct(config: &crate::compat::ApiConfig) -> PhpResult<Self> {
        Self::construct(config)
    }

    /// POST /api/{version}/component/{uuid}
    /// Sends a component.
    #[php(name = "createComponentWithWorkflow")]
    pub fn create_component_with_workflow(
        &self,
        componentUuid: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_CREATE_COMPONENT_WITH_WORKFLOW,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(params))],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// GET /api/{version}/component/{uuid}/{id}
    /// Lists the records of a component, one page at a time.
    #[php(name = "getComponentWithWorkflow")]
    pub fn get_component_with_workflow(
        &self,
        componentUuid: &Zval,
        componentId: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_GET_COMPONENT_WITH_WORKFLOW,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(componentId))],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// GET /api/{version}/workflow/component/{componentUuid}
    /// Lists the records of a component in the workflow, one page at a time.
    #[php(name = "getWorkflowDetails")]
    pub fn get_workflow_details(&self, componentUuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_GET_WORKFLOW_DETAILS,
            &[Arg::Value(Some(componentUuid))],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// POST /api/{version}/workflow/component/{componentUuid}/{componentId}/milestone
    /// Creates the milestone of a component in the workflow.
    #[php(name = "addMilestone")]
    pub fn add_milestone(
        &self,
        componentUuid: &Zval,
        componentId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_ADD_MILESTONE,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(componentId)), Arg::Value(Some(params))],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// PATCH /api/{version}/workflow/component/{componentUuid}/{componentId}/milestone
    /// Updates the milestone of a component in the workflow.
    #[php(name = "updateMilestone")]
    pub fn update_milestone(
        &self,
        componentUuid: &Zval,
        componentId: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_UPDATE_MILESTONE,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(componentId)), Arg::Value(Some(params))],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// GET /api/{version}/workflow/component/{componentUuid}/{componentId}/milestone
    /// Lists the milestone of a component in the workflow, one page at a time.
    #[php(name = "getMilestones")]
    pub fn get_milestones(
        &self,
        componentUuid: &Zval,
        componentId: &Zval,
        queryParams: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_GET_MILESTONES,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(componentId)), Arg::Value(queryParams)],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// GET /api/{version}/workflow/component/{componentUuid}/{componentId}/milestone/{milestoneUuid}
    /// Lists the records of a milestone of a component in the workflow, one page at a time.
    #[php(name = "getMilestoneDetails")]
    pub fn get_milestone_details(
        &self,
        componentUuid: &Zval,
        componentId: &Zval,
        milestoneUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_GET_MILESTONE_DETAILS,
            &[Arg::Value(Some(componentUuid)), Arg::Value(Some(componentId)), Arg::Value(Some(milestoneUuid))],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// POST /api/{version}/alert_responsibility
    /// Creates an alert responsibility.
    #[php(name = "createAlertResponsibility")]
    pub fn create_alert_responsibility(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_CREATE_ALERT_RESPONSIBILITY,
            &[Arg::Value(Some(params))],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// GET /api/{version}/alert_responsibility
    /// Lists the alert responsibility, one page at a time.
    #[php(name = "getAlertResponsibilities")]
    pub fn get_alert_responsibilities(&self, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_GET_ALERT_RESPONSIBILITIES,
            &[],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// GET /api/{version}/alert_responsibility/{alertResponsibilityUuid}
    /// Lists the records of an alert responsibility, one page at a time.
    #[php(name = "getAlertResponsibilityDetails")]
    pub fn get_alert_responsibility_details(
        &self,
        alertResponsibilityUuid: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_GET_ALERT_RESPONSIBILITY_DETAILS,
            &[Arg::Value(Some(alertResponsibilityUuid))],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }

    /// GET /api/{version}/workflow/{workflowVersionUuid}
    /// Lists the records of a workflow, one page at a time.
    #[php(name = "getWorkflowDefinition")]
    pub fn get_workflow_definition(&self, workflowVersionUuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &WORKFLOW_GET_WORKFLOW_DEFINITION,
            &[Arg::Value(Some(workflowVersionUuid))],
            apiVersion.or_else(|| Some("v2".to_string())),
            None,
        )
    }
}
