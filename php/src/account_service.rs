//! `Exsited\AccountService`: every PHP method of spec §2, with the documented SDK's names,
//! parameter order and defaults, plus the e-mail methods the documented PHP SDK lacks
//! (sendEmail, readEmails, readEmailDetails: all 46 operations are reachable from PHP). The same methods are stamped onto the drop-in
//! `Api\AppService\Account\AccountData` (compat.rs) by [`account_methods!`].

#![allow(non_snake_case)]

use std::path::PathBuf;

use exsited_core::Request;
pub use ext_php_rs::exception::PhpResult;
pub use ext_php_rs::prelude::php_impl;
use ext_php_rs::prelude::*;
pub use ext_php_rs::types::{ZendHashTable, Zval};

use crate::args;
use crate::client::Client;
use crate::errors::OrThrow;
use crate::settings::Handle;

/// Runs one operation and gives the answer back as PHP values (null for a 204).
pub fn call(h: &Handle, op: &str, mut request: Request, version: Option<String>) -> PhpResult<Zval> {
    request.version = Some(version.unwrap_or_else(|| h.api_version.clone()));
    let response = h.core.call_blocking(op, request).or_throw(h.assoc)?;
    crate::zval::to_php(&response.body, h.assoc)
        .map_err(|e| crate::errors::to_exception(&exsited_core::Error::decode(e).with_operation_name(op), h.assoc))
}

trait WithOperationName {
    fn with_operation_name(self, op: &str) -> Self;
}

impl WithOperationName for exsited_core::Error {
    fn with_operation_name(mut self, op: &str) -> Self {
        self.operation = exsited_core::operation(op).map(|o| o.name);
        self
    }
}

/// Path values of an operation, each checked.
pub fn path(values: &[(&str, &Zval)]) -> PhpResult<Request> {
    let mut out = Vec::with_capacity(values.len());
    for (name, zv) in values {
        out.push(args::path_value(name, zv)?);
    }
    Ok(Request::new().path(out))
}

pub fn with_files(mut request: Request, field: &str, files: Vec<PathBuf>) -> Request {
    for f in files {
        request = request.file_part(field, f);
    }
    request
}

/// The PHP methods, written once for both service classes (ext-php-rs takes one `#[php_impl]`
/// block per class): `account_methods!(Type, constructor, extra methods...)`. `self.handle`
/// is the class's [`Handle`].
#[macro_export]
macro_rules! account_methods {
    ($ty:ident, $($own:item),+ $(,)?) => {
        #[$crate::account_service::php_impl]
        #[allow(non_snake_case, clippy::too_many_arguments)]
        impl $ty {
            $($own)+

            /// GET accounts. `$queryParams`: `'?limit=2&order_by=created_on'` or `['limit' => 2]`.
            pub fn read_all(&self, apiVersion: Option<String>, queryParams: Option<&$crate::account_service::Zval>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| {
                    let mut r = exsited_core::Request::new();
                    r.query = $crate::args::query(queryParams)?;
                    $crate::account_service::call(&self.handle, "accounts.list", r, apiVersion)
                })
            }

            /// GET accounts/{id}
            pub fn read_details(&self, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "accounts.details", $crate::account_service::path(&[("id", id)])?, apiVersion))
            }

            /// GET accounts/{id}/information
            pub fn read_details_information(&self, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "accounts.information", $crate::account_service::path(&[("id", id)])?, apiVersion))
            }

            /// POST accounts with `{"account": $params}`.
            pub fn create(&self, params: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| {
                    let body = $crate::args::in_account("params", params)?;
                    $crate::account_service::call(&self.handle, "accounts.create", exsited_core::Request::new().json(body), apiVersion)
                })
            }

            /// PATCH accounts/{id}/information with `{"account": $params}`.
            pub fn update(&self, params: &$crate::account_service::Zval, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| {
                    let body = $crate::args::in_account("params", params)?;
                    let r = $crate::account_service::path(&[("id", id)])?.json(body);
                    $crate::account_service::call(&self.handle, "accounts.update_information", r, apiVersion)
                })
            }

            /// DELETE accounts/{id}; null on success.
            pub fn delete(&self, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "accounts.delete", $crate::account_service::path(&[("id", id)])?, apiVersion))
            }

            /// POST accounts/{id}/cancel; `$params` is the whole body (`['account' => ['effective_date' => ..]]`).
            pub fn cancel(&self, id: &$crate::account_service::Zval, params: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| {
                    let r = $crate::account_service::path(&[("id", id)])?.json($crate::args::whole_body("params", params)?);
                    $crate::account_service::call(&self.handle, "accounts.cancel", r, apiVersion)
                })
            }

            /// POST accounts/{id}/reactivate; `$params` is the whole body.
            pub fn reactivate(&self, id: &$crate::account_service::Zval, params: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| {
                    let r = $crate::account_service::path(&[("id", id)])?.json($crate::args::whole_body("params", params)?);
                    $crate::account_service::call(&self.handle, "accounts.reactivate", r, apiVersion)
                })
            }

            /// POST accounts/{id}/purge
            pub fn purge(&self, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "accounts.purge", $crate::account_service::path(&[("id", id)])?, apiVersion))
            }

            /// GET accounts/{id}/contacts
            pub fn read_contact_details(&self, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "contacts.list", $crate::account_service::path(&[("id", id)])?, apiVersion))
            }

            /// GET accounts/{id}/contacts/{contactType}
            pub fn read_contact_type_details(&self, id: &$crate::account_service::Zval, contactType: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "contacts.details", $crate::account_service::path(&[("id", id), ("contactType", contactType)])?, apiVersion))
            }

            /// PUT accounts/{id}/contacts/{contactType}; `$params` is the whole body.
            pub fn change_contact_type_details(&self, params: &$crate::account_service::Zval, id: &$crate::account_service::Zval, contactType: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| {
                    let body = $crate::args::whole_body("params", params)?;
                    let r = $crate::account_service::path(&[("id", id), ("contactType", contactType)])?.json(body);
                    $crate::account_service::call(&self.handle, "contacts.replace", r, apiVersion)
                })
            }

            /// PATCH accounts/{id}/contacts/{contactType}; `$params` is the whole body.
            pub fn update_contact_type_details(&self, params: &$crate::account_service::Zval, id: &$crate::account_service::Zval, contactType: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| {
                    let body = $crate::args::whole_body("params", params)?;
                    let r = $crate::account_service::path(&[("id", id), ("contactType", contactType)])?.json(body);
                    $crate::account_service::call(&self.handle, "contacts.modify", r, apiVersion)
                })
            }

            /// DELETE accounts/{id}/contacts/{contactType}
            pub fn delete_contact_type_details(&self, id: &$crate::account_service::Zval, contactType: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "contacts.delete", $crate::account_service::path(&[("id", id), ("contactType", contactType)])?, apiVersion))
            }

            /// GET accounts/{id}/addresses
            pub fn read_addresses(&self, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "addresses.list", $crate::account_service::path(&[("id", id)])?, apiVersion))
            }

            /// GET accounts/{id}/addresses/{addressUUID}
            pub fn read_address_details(&self, id: &$crate::account_service::Zval, addressUUID: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "addresses.details", $crate::account_service::path(&[("id", id), ("addressUUID", addressUUID)])?, apiVersion))
            }

            /// POST accounts/{id}/addresses with `{"account": $params}` (`$params = ['addresses' => [...]]`).
            pub fn create_addresses(&self, id: &$crate::account_service::Zval, params: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| {
                    let body = $crate::args::in_account("params", params)?;
                    let r = $crate::account_service::path(&[("id", id)])?.json(body);
                    $crate::account_service::call(&self.handle, "addresses.add", r, apiVersion)
                })
            }

            /// PATCH accounts/{id}/addresses/{addressUUID} with `{"account": $params}` (`$params = ['address' => [...]]`).
            pub fn change_addresses(&self, id: &$crate::account_service::Zval, params: &$crate::account_service::Zval, addressUUID: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| {
                    let body = $crate::args::in_account("params", params)?;
                    let r = $crate::account_service::path(&[("id", id), ("addressUUID", addressUUID)])?.json(body);
                    $crate::account_service::call(&self.handle, "addresses.update", r, apiVersion)
                })
            }

            /// DELETE accounts/{id}/addresses/{addressUUID}
            pub fn delete_address(&self, id: &$crate::account_service::Zval, addressUUID: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "addresses.delete", $crate::account_service::path(&[("id", id), ("addressUUID", addressUUID)])?, apiVersion))
            }

            /// GET accounts/{id}/payment-methods
            pub fn read_payment_method(&self, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "payment_methods.list", $crate::account_service::path(&[("id", id)])?, apiVersion))
            }

            /// GET accounts/{id}/payment-methods/{ref}
            pub fn read_details_payment_method(&self, id: &$crate::account_service::Zval, r#ref: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "payment_methods.details", $crate::account_service::path(&[("id", id), ("ref", r#ref)])?, apiVersion))
            }

            /// POST accounts/{id}/payment-methods with `{"account": {"payment_method": $params}}`.
            pub fn create_payment_method(&self, params: &$crate::account_service::Zval, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| {
                    let body = $crate::args::in_payment_method("params", params)?;
                    let r = $crate::account_service::path(&[("id", id)])?.json(body);
                    $crate::account_service::call(&self.handle, "payment_methods.add", r, apiVersion)
                })
            }

            /// POST accounts/{id}/payment-methods for a card, same envelope as createPaymentMethod.
            pub fn create_card_payment_method(&self, params: &$crate::account_service::Zval, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| {
                    let body = $crate::args::in_payment_method("params", params)?;
                    let r = $crate::account_service::path(&[("id", id)])?.json(body);
                    $crate::account_service::call(&self.handle, "payment_methods.add", r, apiVersion)
                })
            }

            /// PATCH accounts/{id}/payment-methods/{reference} with `{"account": {"payment_method": $params}}`.
            pub fn updates_payment_method_all_data(&self, params: &$crate::account_service::Zval, id: &$crate::account_service::Zval, reference: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| {
                    let body = $crate::args::in_payment_method("params", params)?;
                    let r = $crate::account_service::path(&[("id", id), ("reference", reference)])?.json(body);
                    $crate::account_service::call(&self.handle, "payment_methods.update", r, apiVersion)
                })
            }

            /// DELETE accounts/{id}/payment-methods/{ref}
            pub fn delete_payment_method(&self, id: &$crate::account_service::Zval, r#ref: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "payment_methods.delete", $crate::account_service::path(&[("id", id), ("ref", r#ref)])?, apiVersion))
            }

            /// GET accounts/{id}/billing-preferences
            pub fn read_billing_preference(&self, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "billing_preferences.details", $crate::account_service::path(&[("id", id)])?, apiVersion))
            }

            /// PUT accounts/{id}/billing-preferences; `$params` is the whole body.
            pub fn update_billing_preference(&self, id: &$crate::account_service::Zval, params: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| {
                    let r = $crate::account_service::path(&[("id", id)])?.json($crate::args::whole_body("params", params)?);
                    $crate::account_service::call(&self.handle, "billing_preferences.update", r, apiVersion)
                })
            }

            /// GET accounts/{id}/notes
            pub fn read_all_notes(&self, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "notes.list", $crate::account_service::path(&[("id", id)])?, apiVersion))
            }

            /// GET accounts/{id}/notes/{noteUUID}
            pub fn read_note_details(&self, id: &$crate::account_service::Zval, noteUUID: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "notes.details", $crate::account_service::path(&[("id", id), ("noteUUID", noteUUID)])?, apiVersion))
            }

            /// POST accounts/{id}/notes (multipart: `note` + one `file` part per path; at most 8).
            pub fn add_note(&self, filePath: &$crate::account_service::Zval, note: &$crate::account_service::Zval, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| {
                    let files = $crate::args::file_paths("filePath", Some(filePath))?;
                    let text = $crate::args::path_value("note", note)?;
                    let r = $crate::account_service::path(&[("id", id)])?.text_part("note", text);
                    let r = $crate::account_service::with_files(r, "file", files);
                    $crate::account_service::call(&self.handle, "notes.add", r, apiVersion)
                })
            }

            /// DELETE accounts/{id}/notes/{uuid}
            pub fn delete_note(&self, id: &$crate::account_service::Zval, uuid: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "notes.delete", $crate::account_service::path(&[("id", id), ("uuid", uuid)])?, apiVersion))
            }

            /// GET accounts/{id}/notes/{uuid}/files
            pub fn read_note_files(&self, id: &$crate::account_service::Zval, uuid: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "notes.files", $crate::account_service::path(&[("id", id), ("uuid", uuid)])?, apiVersion))
            }

            /// GET accounts/{id}/notes/{noteUUID}/files/{fileUUID}
            pub fn read_note_file_details(&self, id: &$crate::account_service::Zval, noteUUID: &$crate::account_service::Zval, fileUUID: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "notes.file_details", $crate::account_service::path(&[("id", id), ("noteUUID", noteUUID), ("fileUUID", fileUUID)])?, apiVersion))
            }

            /// POST accounts/{id}/notes/{noteUUID}/files (one `file` part per path; at most 8).
            pub fn add_note_files(&self, filePath: &$crate::account_service::Zval, id: &$crate::account_service::Zval, noteUUID: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| {
                    let files = $crate::args::file_paths("filePath", Some(filePath))?;
                    if files.is_empty() {
                        return Err($crate::errors::usage("$filePath names no file to attach"));
                    }
                    let r = $crate::account_service::path(&[("id", id), ("noteUUID", noteUUID)])?;
                    let r = $crate::account_service::with_files(r, "file", files);
                    $crate::account_service::call(&self.handle, "notes.add_files", r, apiVersion)
                })
            }

            /// DELETE accounts/{id}/notes/{noteUUID}/files/{fileUUID}
            pub fn delete_note_file(&self, id: &$crate::account_service::Zval, noteUUID: &$crate::account_service::Zval, fileUUID: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "notes.delete_file", $crate::account_service::path(&[("id", id), ("noteUUID", noteUUID), ("fileUUID", fileUUID)])?, apiVersion))
            }

            /// GET accounts/{id}/image
            pub fn get_image(&self, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "image.details", $crate::account_service::path(&[("id", id)])?, apiVersion))
            }

            /// POST accounts/{id}/image (multipart `image` part).
            pub fn add_image(&self, filePath: &$crate::account_service::Zval, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| {
                    let files = $crate::args::file_paths("filePath", Some(filePath))?;
                    if files.len() != 1 {
                        return Err($crate::errors::usage("$filePath must name exactly one image file"));
                    }
                    let r = $crate::account_service::path(&[("id", id)])?;
                    let r = $crate::account_service::with_files(r, "image", files);
                    $crate::account_service::call(&self.handle, "image.add", r, apiVersion)
                })
            }

            /// DELETE accounts/{id}/image
            pub fn delete_image(&self, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "image.delete", $crate::account_service::path(&[("id", id)])?, apiVersion))
            }

            /// GET accounts/financial-summary
            pub fn read_financial_summary(&self, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "financial_summary.all", exsited_core::Request::new(), apiVersion))
            }

            /// GET accounts/{id}/financial-summary
            pub fn read_account_financial_summary(&self, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "financial_summary.account", $crate::account_service::path(&[("id", id)])?, apiVersion))
            }

            /// GET accounts/{id}/orders/unlinked
            pub fn read_unlinked_orders(&self, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "orders.unlinked", $crate::account_service::path(&[("id", id)])?, apiVersion))
            }

            /// GET accounts/{id}/orders/linked
            pub fn read_linked_orders(&self, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "orders.linked", $crate::account_service::path(&[("id", id)])?, apiVersion))
            }

            /// GET accounts/{id}/custom_objects
            pub fn read_custom_object(&self, id: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "custom_objects.list", $crate::account_service::path(&[("id", id)])?, apiVersion))
            }

            /// GET accounts/{id}/custom_objects/{customObjectUUID}
            pub fn read_custom_object_details(&self, id: &$crate::account_service::Zval, customObjectUUID: &$crate::account_service::Zval, apiVersion: Option<String>) -> $crate::account_service::PhpResult<Zval> {
                $crate::errors::guard(|| $crate::account_service::call(&self.handle, "custom_objects.details", $crate::account_service::path(&[("id", id), ("customObjectUUID", customObjectUUID)])?, apiVersion))
            }

            /// Every account, fetched lazily page by page. `$options`: limit (page size),
            /// offset, order_by, direction, apiVersion.
            pub fn iterate_all(&self, options: Option<&$crate::account_service::ZendHashTable>) -> $crate::account_service::PhpResult<$crate::pager::RecordIterator> {
                $crate::errors::guard(|| $crate::pager::RecordIterator::start(&self.handle, "accounts.list", Vec::new(), options))
            }

            /// Every note of an account, fetched lazily page by page (same `$options`).
            pub fn iterate_all_notes(&self, id: &$crate::account_service::Zval, options: Option<&$crate::account_service::ZendHashTable>) -> $crate::account_service::PhpResult<$crate::pager::RecordIterator> {
                $crate::errors::guard(|| {
                    let id = $crate::args::path_value("id", id)?;
                    $crate::pager::RecordIterator::start(&self.handle, "notes.list", vec![id], options)
                })
            }
        }
    };
}

/// The account service of `Exsited\Client`: `new AccountService($client)`.
#[php_class]
#[php(name = "Exsited\\AccountService")]
pub struct AccountService {
    pub(crate) handle: Handle,
}

account_methods!(
    AccountService,
    /// Builds the service on a client (which may be shared by many services).
    pub fn __construct(client: &Client) -> AccountService {
        AccountService { handle: client.handle.clone() }
    },
    /// POST accounts/{id}/communications/emails (multipart: to, cc, bcc, subject, body, and one
    /// `attachment` part per file). `$email`: `['to' => 'a@x.com' or ['a@x.com', ..], 'cc' => ..,
    /// 'bcc' => .., 'subject' => .., 'body' => ..]`; lists are sent comma-joined. Not in the
    /// documented PHP SDK (its Python twin is account_sent_email).
    pub fn send_email(
        &self,
        id: &Zval,
        email: &ZendHashTable,
        filePath: Option<&Zval>,
        apiVersion: Option<String>,
    ) -> PhpResult<Zval> {
        crate::errors::guard(|| {
            let fields = args::email_fields(email)?;
            let files = args::file_paths("filePath", filePath)?;
            let mut r = path(&[("id", id)])?;
            for (name, value) in fields {
                r = r.text_part(name, value);
            }
            call(&self.handle, "emails.send", with_files(r, "attachment", files), apiVersion)
        })
    },
    /// GET accounts/{id}/communications/emails (Python: account_get_email).
    pub fn read_emails(&self, id: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        crate::errors::guard(|| call(&self.handle, "emails.list", path(&[("id", id)])?, apiVersion))
    },
    /// GET accounts/{id}/communications/emails/{uuid} (Python: account_get_email_uuid).
    pub fn read_email_details(&self, id: &Zval, uuid: &Zval, apiVersion: Option<String>) -> PhpResult<Zval> {
        crate::errors::guard(|| call(&self.handle, "emails.details", path(&[("id", id), ("uuid", uuid)])?, apiVersion))
    }
);
