// generated from api/ — do not edit; run `make generate`
//! The methods of the PHP service classes: a table row per documented PHP method (the
//! operation and the role of each parameter), run by `crate::invoke`.

#![allow(non_snake_case)]

use ext_php_rs::exception::PhpResult;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{ZendHashTable, Zval};

use crate::invoke::{iterate, run, Arg, Method, Role};
use crate::pager::RecordIterator;

const READ_ALL: Method = Method { operation: "accounts.list", params: &[("queryParams", Role::Query)] };
const ITERATE_ALL: Method = Method { operation: "accounts.list", params: &[] };
const READ_DETAILS: Method = Method { operation: "accounts.details", params: &[("id", Role::Path)] };
const READ_DETAILS_INFORMATION: Method = Method { operation: "accounts.information", params: &[("id", Role::Path)] };
const CREATE: Method = Method { operation: "accounts.create", params: &[("params", Role::Data)] };
const UPDATE: Method =
    Method { operation: "accounts.update_information", params: &[("params", Role::Data), ("id", Role::Path)] };
const DELETE: Method = Method { operation: "accounts.delete", params: &[("id", Role::Path)] };
const CANCEL: Method = Method { operation: "accounts.cancel", params: &[("id", Role::Path), ("params", Role::Body)] };
const REACTIVATE: Method =
    Method { operation: "accounts.reactivate", params: &[("id", Role::Path), ("params", Role::Body)] };
const PURGE: Method = Method { operation: "accounts.purge", params: &[("id", Role::Path)] };
const READ_CONTACT_DETAILS: Method = Method { operation: "contacts.list", params: &[("id", Role::Path)] };
const READ_CONTACT_TYPE_DETAILS: Method =
    Method { operation: "contacts.details", params: &[("id", Role::Path), ("contactType", Role::Path)] };
const CHANGE_CONTACT_TYPE_DETAILS: Method = Method {
    operation: "contacts.replace",
    params: &[("params", Role::Body), ("id", Role::Path), ("contactType", Role::Path)],
};
const UPDATE_CONTACT_TYPE_DETAILS: Method = Method {
    operation: "contacts.modify",
    params: &[("params", Role::Body), ("id", Role::Path), ("contactType", Role::Path)],
};
const DELETE_CONTACT_TYPE_DETAILS: Method =
    Method { operation: "contacts.delete", params: &[("id", Role::Path), ("contactType", Role::Path)] };
const READ_ADDRESSES: Method = Method { operation: "addresses.list", params: &[("id", Role::Path)] };
const READ_ADDRESS_DETAILS: Method =
    Method { operation: "addresses.details", params: &[("id", Role::Path), ("addressUUID", Role::Path)] };
const CREATE_ADDRESSES: Method =
    Method { operation: "addresses.add", params: &[("id", Role::Path), ("params", Role::Data)] };
const CHANGE_ADDRESSES: Method = Method {
    operation: "addresses.update",
    params: &[("id", Role::Path), ("params", Role::Data), ("addressUUID", Role::Path)],
};
const DELETE_ADDRESS: Method =
    Method { operation: "addresses.delete", params: &[("id", Role::Path), ("addressUUID", Role::Path)] };
const READ_PAYMENT_METHOD: Method = Method { operation: "payment_methods.list", params: &[("id", Role::Path)] };
const READ_DETAILS_PAYMENT_METHOD: Method =
    Method { operation: "payment_methods.details", params: &[("id", Role::Path), ("ref", Role::Path)] };
const CREATE_PAYMENT_METHOD: Method =
    Method { operation: "payment_methods.add", params: &[("params", Role::Data), ("id", Role::Path)] };
const CREATE_CARD_PAYMENT_METHOD: Method =
    Method { operation: "payment_methods.add", params: &[("params", Role::Data), ("id", Role::Path)] };
const UPDATES_PAYMENT_METHOD_ALL_DATA: Method = Method {
    operation: "payment_methods.update",
    params: &[("params", Role::Data), ("id", Role::Path), ("reference", Role::Path)],
};
const DELETE_PAYMENT_METHOD: Method =
    Method { operation: "payment_methods.delete", params: &[("id", Role::Path), ("ref", Role::Path)] };
const READ_BILLING_PREFERENCE: Method =
    Method { operation: "billing_preferences.details", params: &[("id", Role::Path)] };
const UPDATE_BILLING_PREFERENCE: Method =
    Method { operation: "billing_preferences.update", params: &[("id", Role::Path), ("params", Role::Body)] };
const READ_ALL_NOTES: Method = Method { operation: "notes.list", params: &[("id", Role::Path)] };
const ITERATE_ALL_NOTES: Method = Method { operation: "notes.list", params: &[("id", Role::Path)] };
const READ_NOTE_DETAILS: Method =
    Method { operation: "notes.details", params: &[("id", Role::Path), ("noteUUID", Role::Path)] };
const ADD_NOTE: Method = Method {
    operation: "notes.add",
    params: &[("filePath", Role::Part("file")), ("note", Role::Part("note")), ("id", Role::Path)],
};
const DELETE_NOTE: Method = Method { operation: "notes.delete", params: &[("id", Role::Path), ("uuid", Role::Path)] };
const READ_NOTE_FILES: Method =
    Method { operation: "notes.files", params: &[("id", Role::Path), ("uuid", Role::Path)] };
const READ_NOTE_FILE_DETAILS: Method = Method {
    operation: "notes.file_details",
    params: &[("id", Role::Path), ("noteUUID", Role::Path), ("fileUUID", Role::Path)],
};
const ADD_NOTE_FILES: Method = Method {
    operation: "notes.add_files",
    params: &[("filePath", Role::Part("file")), ("id", Role::Path), ("noteUUID", Role::Path)],
};
const DELETE_NOTE_FILE: Method = Method {
    operation: "notes.delete_file",
    params: &[("id", Role::Path), ("noteUUID", Role::Path), ("fileUUID", Role::Path)],
};
const GET_IMAGE: Method = Method { operation: "image.details", params: &[("id", Role::Path)] };
const ADD_IMAGE: Method =
    Method { operation: "image.add", params: &[("filePath", Role::Part("image")), ("id", Role::Path)] };
const DELETE_IMAGE: Method = Method { operation: "image.delete", params: &[("id", Role::Path)] };
const SEND_EMAIL: Method = Method {
    operation: "emails.send",
    params: &[("id", Role::Path), ("email", Role::Fields), ("filePath", Role::Part("attachment"))],
};
const READ_EMAILS: Method = Method { operation: "emails.list", params: &[("id", Role::Path)] };
const READ_EMAIL_DETAILS: Method =
    Method { operation: "emails.details", params: &[("id", Role::Path), ("uuid", Role::Path)] };
const READ_FINANCIAL_SUMMARY: Method = Method { operation: "financial_summary.all", params: &[] };
const READ_ACCOUNT_FINANCIAL_SUMMARY: Method =
    Method { operation: "financial_summary.account", params: &[("id", Role::Path)] };
const READ_UNLINKED_ORDERS: Method = Method { operation: "orders.unlinked", params: &[("id", Role::Path)] };
const READ_LINKED_ORDERS: Method = Method { operation: "orders.linked", params: &[("id", Role::Path)] };
const READ_CUSTOM_OBJECT: Method = Method { operation: "custom_objects.list", params: &[("id", Role::Path)] };
const READ_CUSTOM_OBJECT_DETAILS: Method =
    Method { operation: "custom_objects.details", params: &[("id", Role::Path), ("customObjectUUID", Role::Path)] };

#[php_impl]
impl crate::account_service::AccountService {
    pub fn __construct(client: &crate::client::Client) -> PhpResult<Self> {
        Self::construct(client)
    }

    /// GET /api/{version}/accounts
    pub fn read_all(
        &self,
        apiVersion: Option<String>,
        queryParams: Option<&Zval>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &READ_ALL, &[Arg::Value(queryParams)], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts
    /// Every account, fetched lazily page by page. `$options`: limit (page size), offset, order_by, direction, apiVersion.
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/accounts/{id}
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/information
    pub fn read_details_information(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &READ_DETAILS_INFORMATION, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/accounts
    pub fn create(&self, params: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &CREATE, &[Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/accounts/{id}/information
    pub fn update(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &UPDATE, &[Arg::Value(Some(params)), Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// DELETE /api/{version}/accounts/{id}
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &DELETE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/accounts/{id}/cancel
    pub fn cancel(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &CANCEL, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// POST /api/{version}/accounts/{id}/reactivate
    pub fn reactivate(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &REACTIVATE, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// POST /api/{version}/accounts/{id}/purge
    pub fn purge(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &PURGE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/contacts
    pub fn read_contact_details(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &READ_CONTACT_DETAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/contacts/{contact_type}
    pub fn read_contact_type_details(
        &self,
        id: &Zval,
        contactType: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &READ_CONTACT_TYPE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(contactType))],
            apiVersion,
            callOptions,
        )
    }

    /// PUT /api/{version}/accounts/{id}/contacts/{contact_type}
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
            &CHANGE_CONTACT_TYPE_DETAILS,
            &[Arg::Value(Some(params)), Arg::Value(Some(id)), Arg::Value(Some(contactType))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/accounts/{id}/contacts/{contact_type}
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
            &UPDATE_CONTACT_TYPE_DETAILS,
            &[Arg::Value(Some(params)), Arg::Value(Some(id)), Arg::Value(Some(contactType))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/contacts/{contact_type}
    pub fn delete_contact_type_details(
        &self,
        id: &Zval,
        contactType: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &DELETE_CONTACT_TYPE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(contactType))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/addresses
    pub fn read_addresses(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &READ_ADDRESSES, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/addresses/{uuid}
    pub fn read_address_details(
        &self,
        id: &Zval,
        addressUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &READ_ADDRESS_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(addressUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/accounts/{id}/addresses
    /// `$params = ['addresses' => [...]]`.
    pub fn create_addresses(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &CREATE_ADDRESSES, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, callOptions)
    }

    /// PATCH /api/{version}/accounts/{id}/addresses/{uuid}
    /// `$params = ['address' => [...]]`.
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
            &CHANGE_ADDRESSES,
            &[Arg::Value(Some(id)), Arg::Value(Some(params)), Arg::Value(Some(addressUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/addresses/{uuid}
    pub fn delete_address(
        &self,
        id: &Zval,
        addressUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &DELETE_ADDRESS,
            &[Arg::Value(Some(id)), Arg::Value(Some(addressUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/payment-methods
    pub fn read_payment_method(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &READ_PAYMENT_METHOD, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/payment-methods/{reference}
    pub fn read_details_payment_method(
        &self,
        id: &Zval,
        r#ref: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &READ_DETAILS_PAYMENT_METHOD,
            &[Arg::Value(Some(id)), Arg::Value(Some(r#ref))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/accounts/{id}/payment-methods
    pub fn create_payment_method(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CREATE_PAYMENT_METHOD,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/accounts/{id}/payment-methods
    /// For a card; same envelope as createPaymentMethod.
    pub fn create_card_payment_method(
        &self,
        params: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CREATE_CARD_PAYMENT_METHOD,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// PATCH /api/{version}/accounts/{id}/payment-methods/{reference}
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
            &UPDATES_PAYMENT_METHOD_ALL_DATA,
            &[Arg::Value(Some(params)), Arg::Value(Some(id)), Arg::Value(Some(reference))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/payment-methods/{reference}
    pub fn delete_payment_method(
        &self,
        id: &Zval,
        r#ref: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &DELETE_PAYMENT_METHOD,
            &[Arg::Value(Some(id)), Arg::Value(Some(r#ref))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/billing-preferences
    pub fn read_billing_preference(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &READ_BILLING_PREFERENCE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// PUT /api/{version}/accounts/{id}/billing-preferences
    pub fn update_billing_preference(
        &self,
        id: &Zval,
        params: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &UPDATE_BILLING_PREFERENCE,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/notes
    pub fn read_all_notes(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &READ_ALL_NOTES, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/notes
    /// Every note of an account, fetched lazily page by page (same `$options` as iterateAll).
    pub fn iterate_all_notes(&self, id: &Zval, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &ITERATE_ALL_NOTES, &[Arg::Value(Some(id))], options)
    }

    /// GET /api/{version}/accounts/{id}/notes/{uuid}
    pub fn read_note_details(
        &self,
        id: &Zval,
        noteUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &READ_NOTE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(noteUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/accounts/{id}/notes
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
            &ADD_NOTE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(note)), Arg::Value(Some(id))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/notes/{uuid}
    pub fn delete_note(
        &self,
        id: &Zval,
        uuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &DELETE_NOTE, &[Arg::Value(Some(id)), Arg::Value(Some(uuid))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/notes/{uuid}/files
    pub fn read_note_files(
        &self,
        id: &Zval,
        uuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &READ_NOTE_FILES, &[Arg::Value(Some(id)), Arg::Value(Some(uuid))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/notes/{uuid}/files/{file_uuid}
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
            &READ_NOTE_FILE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(noteUUID)), Arg::Value(Some(fileUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// POST /api/{version}/accounts/{id}/notes/{uuid}/files
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
            &ADD_NOTE_FILES,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(id)), Arg::Value(Some(noteUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/notes/{uuid}/files/{file_uuid}
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
            &DELETE_NOTE_FILE,
            &[Arg::Value(Some(id)), Arg::Value(Some(noteUUID)), Arg::Value(Some(fileUUID))],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/image
    pub fn get_image(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &GET_IMAGE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/accounts/{id}/image
    pub fn add_image(
        &self,
        filePath: &Zval,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &ADD_IMAGE, &[Arg::Value(Some(filePath)), Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// DELETE /api/{version}/accounts/{id}/image
    pub fn delete_image(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &DELETE_IMAGE, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// POST /api/{version}/accounts/{id}/communications/emails
    /// `$email`: `['to' => 'a@x.com' or ['a@x.com', ..], 'cc' => .., 'bcc' => .., 'subject' => .., 'body' => ..]`; lists are sent comma-joined. Not in the documented PHP SDK (its Python twin is account_sent_email).
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
            &SEND_EMAIL,
            &[Arg::Value(Some(id)), Arg::Table(email), Arg::Value(filePath)],
            apiVersion,
            callOptions,
        )
    }

    /// GET /api/{version}/accounts/{id}/communications/emails
    /// Python: account_get_email.
    pub fn read_emails(&self, id: &Zval, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &READ_EMAILS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/communications/emails/{uuid}
    /// Python: account_get_email_uuid.
    pub fn read_email_details(
        &self,
        id: &Zval,
        uuid: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &READ_EMAIL_DETAILS, &[Arg::Value(Some(id)), Arg::Value(Some(uuid))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/financial-summary
    pub fn read_financial_summary(&self, apiVersion: Option<String>, callOptions: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &READ_FINANCIAL_SUMMARY, &[], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/financial-summary
    pub fn read_account_financial_summary(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &READ_ACCOUNT_FINANCIAL_SUMMARY, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/orders/unlinked
    pub fn read_unlinked_orders(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &READ_UNLINKED_ORDERS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/orders/linked
    pub fn read_linked_orders(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &READ_LINKED_ORDERS, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/custom_objects
    pub fn read_custom_object(
        &self,
        id: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(&self.handle, &READ_CUSTOM_OBJECT, &[Arg::Value(Some(id))], apiVersion, callOptions)
    }

    /// GET /api/{version}/accounts/{id}/custom_objects/{uuid}
    pub fn read_custom_object_details(
        &self,
        id: &Zval,
        customObjectUUID: &Zval,
        apiVersion: Option<String>,
        callOptions: Option<&Zval>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &READ_CUSTOM_OBJECT_DETAILS,
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
    pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&Zval>) -> PhpResult<Zval> {
        run(&self.handle, &READ_ALL, &[Arg::Value(queryParams)], apiVersion, None)
    }

    /// GET /api/{version}/accounts
    /// Every account, fetched lazily page by page. `$options`: limit (page size), offset, order_by, direction, apiVersion.
    pub fn iterate_all(&self, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &ITERATE_ALL, &[], options)
    }

    /// GET /api/{version}/accounts/{id}
    pub fn read_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &READ_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/information
    pub fn read_details_information(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &READ_DETAILS_INFORMATION, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/accounts
    pub fn create(&self, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &CREATE, &[Arg::Value(Some(params))], apiVersion, None)
    }

    /// PATCH /api/{version}/accounts/{id}/information
    pub fn update(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &UPDATE, &[Arg::Value(Some(params)), Arg::Value(Some(id))], apiVersion, None)
    }

    /// DELETE /api/{version}/accounts/{id}
    pub fn delete(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &DELETE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/accounts/{id}/cancel
    pub fn cancel(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &CANCEL, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, None)
    }

    /// POST /api/{version}/accounts/{id}/reactivate
    pub fn reactivate(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &REACTIVATE, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, None)
    }

    /// POST /api/{version}/accounts/{id}/purge
    pub fn purge(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &PURGE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/contacts
    pub fn read_contact_details(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &READ_CONTACT_DETAILS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/contacts/{contact_type}
    pub fn read_contact_type_details(
        &self,
        id: &Zval,
        contactType: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &READ_CONTACT_TYPE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(contactType))],
            apiVersion,
            None,
        )
    }

    /// PUT /api/{version}/accounts/{id}/contacts/{contact_type}
    pub fn change_contact_type_details(
        &self,
        params: &Zval,
        id: &Zval,
        contactType: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CHANGE_CONTACT_TYPE_DETAILS,
            &[Arg::Value(Some(params)), Arg::Value(Some(id)), Arg::Value(Some(contactType))],
            apiVersion,
            None,
        )
    }

    /// PATCH /api/{version}/accounts/{id}/contacts/{contact_type}
    pub fn update_contact_type_details(
        &self,
        params: &Zval,
        id: &Zval,
        contactType: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &UPDATE_CONTACT_TYPE_DETAILS,
            &[Arg::Value(Some(params)), Arg::Value(Some(id)), Arg::Value(Some(contactType))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/contacts/{contact_type}
    pub fn delete_contact_type_details(
        &self,
        id: &Zval,
        contactType: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &DELETE_CONTACT_TYPE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(contactType))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/accounts/{id}/addresses
    pub fn read_addresses(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &READ_ADDRESSES, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/addresses/{uuid}
    pub fn read_address_details(&self, id: &Zval, addressUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &READ_ADDRESS_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(addressUUID))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/accounts/{id}/addresses
    /// `$params = ['addresses' => [...]]`.
    pub fn create_addresses(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &CREATE_ADDRESSES, &[Arg::Value(Some(id)), Arg::Value(Some(params))], apiVersion, None)
    }

    /// PATCH /api/{version}/accounts/{id}/addresses/{uuid}
    /// `$params = ['address' => [...]]`.
    pub fn change_addresses(
        &self,
        id: &Zval,
        params: &Zval,
        addressUUID: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CHANGE_ADDRESSES,
            &[Arg::Value(Some(id)), Arg::Value(Some(params)), Arg::Value(Some(addressUUID))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/addresses/{uuid}
    pub fn delete_address(&self, id: &Zval, addressUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &DELETE_ADDRESS, &[Arg::Value(Some(id)), Arg::Value(Some(addressUUID))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/payment-methods
    pub fn read_payment_method(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &READ_PAYMENT_METHOD, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/payment-methods/{reference}
    pub fn read_details_payment_method(&self, id: &Zval, r#ref: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &READ_DETAILS_PAYMENT_METHOD,
            &[Arg::Value(Some(id)), Arg::Value(Some(r#ref))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/accounts/{id}/payment-methods
    pub fn create_payment_method(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &CREATE_PAYMENT_METHOD, &[Arg::Value(Some(params)), Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/accounts/{id}/payment-methods
    /// For a card; same envelope as createPaymentMethod.
    pub fn create_card_payment_method(&self, params: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &CREATE_CARD_PAYMENT_METHOD,
            &[Arg::Value(Some(params)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// PATCH /api/{version}/accounts/{id}/payment-methods/{reference}
    pub fn updates_payment_method_all_data(
        &self,
        params: &Zval,
        id: &Zval,
        reference: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &UPDATES_PAYMENT_METHOD_ALL_DATA,
            &[Arg::Value(Some(params)), Arg::Value(Some(id)), Arg::Value(Some(reference))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/payment-methods/{reference}
    pub fn delete_payment_method(&self, id: &Zval, r#ref: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &DELETE_PAYMENT_METHOD, &[Arg::Value(Some(id)), Arg::Value(Some(r#ref))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/billing-preferences
    pub fn read_billing_preference(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &READ_BILLING_PREFERENCE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// PUT /api/{version}/accounts/{id}/billing-preferences
    pub fn update_billing_preference(&self, id: &Zval, params: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &UPDATE_BILLING_PREFERENCE,
            &[Arg::Value(Some(id)), Arg::Value(Some(params))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/accounts/{id}/notes
    pub fn read_all_notes(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &READ_ALL_NOTES, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/notes
    /// Every note of an account, fetched lazily page by page (same `$options` as iterateAll).
    pub fn iterate_all_notes(&self, id: &Zval, options: Option<&ZendHashTable>) -> PhpResult<RecordIterator> {
        iterate(&self.handle, &ITERATE_ALL_NOTES, &[Arg::Value(Some(id))], options)
    }

    /// GET /api/{version}/accounts/{id}/notes/{uuid}
    pub fn read_note_details(&self, id: &Zval, noteUUID: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &READ_NOTE_DETAILS, &[Arg::Value(Some(id)), Arg::Value(Some(noteUUID))], apiVersion, None)
    }

    /// POST /api/{version}/accounts/{id}/notes
    pub fn add_note(&self, filePath: &Zval, note: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ADD_NOTE,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(note)), Arg::Value(Some(id))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/notes/{uuid}
    pub fn delete_note(&self, id: &Zval, uuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &DELETE_NOTE, &[Arg::Value(Some(id)), Arg::Value(Some(uuid))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/notes/{uuid}/files
    pub fn read_note_files(&self, id: &Zval, uuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &READ_NOTE_FILES, &[Arg::Value(Some(id)), Arg::Value(Some(uuid))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/notes/{uuid}/files/{file_uuid}
    pub fn read_note_file_details(
        &self,
        id: &Zval,
        noteUUID: &Zval,
        fileUUID: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &READ_NOTE_FILE_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(noteUUID)), Arg::Value(Some(fileUUID))],
            apiVersion,
            None,
        )
    }

    /// POST /api/{version}/accounts/{id}/notes/{uuid}/files
    pub fn add_note_files(
        &self,
        filePath: &Zval,
        id: &Zval,
        noteUUID: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &ADD_NOTE_FILES,
            &[Arg::Value(Some(filePath)), Arg::Value(Some(id)), Arg::Value(Some(noteUUID))],
            apiVersion,
            None,
        )
    }

    /// DELETE /api/{version}/accounts/{id}/notes/{uuid}/files/{file_uuid}
    pub fn delete_note_file(
        &self,
        id: &Zval,
        noteUUID: &Zval,
        fileUUID: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &DELETE_NOTE_FILE,
            &[Arg::Value(Some(id)), Arg::Value(Some(noteUUID)), Arg::Value(Some(fileUUID))],
            apiVersion,
            None,
        )
    }

    /// GET /api/{version}/accounts/{id}/image
    pub fn get_image(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &GET_IMAGE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// POST /api/{version}/accounts/{id}/image
    pub fn add_image(&self, filePath: &Zval, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &ADD_IMAGE, &[Arg::Value(Some(filePath)), Arg::Value(Some(id))], apiVersion, None)
    }

    /// DELETE /api/{version}/accounts/{id}/image
    pub fn delete_image(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &DELETE_IMAGE, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/financial-summary
    pub fn read_financial_summary(&self, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &READ_FINANCIAL_SUMMARY, &[], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/financial-summary
    pub fn read_account_financial_summary(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &READ_ACCOUNT_FINANCIAL_SUMMARY, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/orders/unlinked
    pub fn read_unlinked_orders(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &READ_UNLINKED_ORDERS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/orders/linked
    pub fn read_linked_orders(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &READ_LINKED_ORDERS, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/custom_objects
    pub fn read_custom_object(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        run(&self.handle, &READ_CUSTOM_OBJECT, &[Arg::Value(Some(id))], apiVersion, None)
    }

    /// GET /api/{version}/accounts/{id}/custom_objects/{uuid}
    pub fn read_custom_object_details(
        &self,
        id: &Zval,
        customObjectUUID: &Zval,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        run(
            &self.handle,
            &READ_CUSTOM_OBJECT_DETAILS,
            &[Arg::Value(Some(id)), Arg::Value(Some(customObjectUUID))],
            apiVersion,
            None,
        )
    }
}
