//! The operation table: every account operation of the Exsited API, declared once.
//! Bindings call operations by name; nobody else spells a URL.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    pub fn as_str(&self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }

    /// Safe to repeat after the server may have acted on it.
    pub fn is_idempotent(&self) -> bool {
        matches!(self, Method::Get | Method::Put | Method::Delete)
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the operation sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyKind {
    None,
    Json,
    Multipart,
}

/// The shape of a successful answer, naming the DTO it decodes into (see `dto::Answer`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerKind {
    Account,
    AccountList,
    AccountCancel,
    Empty,
    Contacts,
    Contact,
    Addresses,
    Address,
    PaymentMethods,
    PaymentMethod,
    BillingPreferences,
    Notes,
    Note,
    NoteFiles,
    NoteFile,
    Image,
    Email,
    Emails,
    FinancialSummary,
    Orders,
    CustomObjects,
    CustomObject,
}

/// Where a paged operation keeps its records and its pagination object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paging {
    /// JSON pointers tried in order for the record array.
    pub records: &'static [&'static str],
    pub pagination: &'static [&'static str],
}

#[derive(Clone, Copy, Debug)]
pub struct Operation {
    /// Stable name, used by the bindings (`accounts.list`).
    pub name: &'static str,
    pub method: Method,
    /// Path after `/api/{version}/`, placeholders in braces, in argument order.
    pub path: &'static str,
    /// Version used when the caller does not give one.
    pub default_version: &'static str,
    pub body: BodyKind,
    pub answer: AnswerKind,
    /// Multipart part names that carry files, and how many files at most.
    pub file_field: Option<&'static str>,
    pub max_files: Option<usize>,
    pub paging: Option<Paging>,
    /// JSON pointers of body fields that must be `YYYY-MM-DD` dates.
    pub date_fields: &'static [&'static str],
}

impl Operation {
    /// The names of the path placeholders, in order.
    pub fn path_params(&self) -> impl Iterator<Item = &'static str> {
        self.path.split('/').filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
    }

    pub fn path_param_count(&self) -> usize {
        self.path_params().count()
    }
}

const ACCOUNT_PAGING: Paging = Paging { records: &["/accounts"], pagination: &["/pagination"] };
const NOTE_PAGING: Paging =
    Paging { records: &["/account/notes", "/notes"], pagination: &["/account/pagination", "/pagination"] };
const ORDER_PAGING: Paging = Paging {
    records: &["/account/orders", "/orders", "/account/unlinked_orders", "/account/linked_orders"],
    pagination: &["/account/pagination", "/pagination"],
};

macro_rules! op {
    ($name:literal, $method:ident, $path:literal, $ver:literal, $body:ident, $answer:ident) => {
        Operation {
            name: $name,
            method: Method::$method,
            path: $path,
            default_version: $ver,
            body: BodyKind::$body,
            answer: AnswerKind::$answer,
            file_field: None,
            max_files: None,
            paging: None,
            date_fields: &[],
        }
    };
    ($name:literal, $method:ident, $path:literal, $ver:literal, $body:ident, $answer:ident, paging: $paging:expr) => {
        Operation { paging: Some($paging), ..op!($name, $method, $path, $ver, $body, $answer) }
    };
    ($name:literal, $method:ident, $path:literal, $ver:literal, $body:ident, $answer:ident, dates: $dates:expr) => {
        Operation { date_fields: $dates, ..op!($name, $method, $path, $ver, $body, $answer) }
    };
    ($name:literal, $method:ident, $path:literal, $ver:literal, $body:ident, $answer:ident, files: $field:literal, $max:expr) => {
        Operation { file_field: Some($field), max_files: $max, ..op!($name, $method, $path, $ver, $body, $answer) }
    };
}

const EFFECTIVE_DATE: &[&str] = &["/account/effective_date"];

/// Maximum number of files on one account note (the API's limit).
pub const MAX_NOTE_FILES: usize = 8;

/// All 46 account operations (spec §2), in the spec's order. Default versions follow the
/// documented Python SDK; PHP passes its configured version explicitly.
pub static OPERATIONS: [Operation; 46] = [
    op!("accounts.list", Get, "accounts", "v2", None, AccountList, paging: ACCOUNT_PAGING),
    op!("accounts.details", Get, "accounts/{id}", "v3", None, Account),
    op!("accounts.information", Get, "accounts/{id}/information", "v3", None, Account),
    op!("accounts.create", Post, "accounts", "v2", Json, Account),
    op!("accounts.update_information", Patch, "accounts/{id}/information", "v3", Json, Account),
    op!("accounts.delete", Delete, "accounts/{id}", "v3", None, Empty),
    op!("accounts.cancel", Post, "accounts/{id}/cancel", "v3", Json, AccountCancel, dates: EFFECTIVE_DATE),
    op!("accounts.reactivate", Post, "accounts/{id}/reactivate", "v2", Json, AccountCancel, dates: EFFECTIVE_DATE),
    op!("accounts.purge", Post, "accounts/{id}/purge", "v3", None, Empty),
    op!("contacts.list", Get, "accounts/{id}/contacts", "v3", None, Contacts),
    op!("contacts.details", Get, "accounts/{id}/contacts/{contact_type}", "v3", None, Contact),
    op!("contacts.replace", Put, "accounts/{id}/contacts/{contact_type}", "v2", Json, Contact),
    op!("contacts.modify", Patch, "accounts/{id}/contacts/{contact_type}", "v3", Json, Contact),
    op!("contacts.delete", Delete, "accounts/{id}/contacts/{contact_type}", "v3", None, Empty),
    op!("addresses.list", Get, "accounts/{id}/addresses", "v3", None, Addresses),
    op!("addresses.details", Get, "accounts/{id}/addresses/{uuid}", "v3", None, Address),
    op!("addresses.add", Post, "accounts/{id}/addresses", "v3", Json, Addresses),
    op!("addresses.update", Patch, "accounts/{id}/addresses/{uuid}", "v3", Json, Address),
    op!("addresses.delete", Delete, "accounts/{id}/addresses/{uuid}", "v3", None, Empty),
    op!("payment_methods.list", Get, "accounts/{id}/payment-methods", "v2", None, PaymentMethods),
    op!("payment_methods.details", Get, "accounts/{id}/payment-methods/{reference}", "v2", None, PaymentMethod),
    op!("payment_methods.add", Post, "accounts/{id}/payment-methods", "v2", Json, PaymentMethod),
    op!("payment_methods.update", Patch, "accounts/{id}/payment-methods/{reference}", "v3", Json, PaymentMethod),
    op!("payment_methods.delete", Delete, "accounts/{id}/payment-methods/{reference}", "v2", None, Empty),
    op!("billing_preferences.details", Get, "accounts/{id}/billing-preferences", "v3", None, BillingPreferences),
    op!("billing_preferences.update", Put, "accounts/{id}/billing-preferences", "v3", Json, BillingPreferences),
    op!("notes.list", Get, "accounts/{id}/notes", "v3", None, Notes, paging: NOTE_PAGING),
    op!("notes.details", Get, "accounts/{id}/notes/{uuid}", "v3", None, Note),
    op!("notes.add", Post, "accounts/{id}/notes", "v3", Multipart, Note, files: "file", Some(MAX_NOTE_FILES)),
    op!("notes.delete", Delete, "accounts/{id}/notes/{uuid}", "v3", None, Empty),
    op!("notes.files", Get, "accounts/{id}/notes/{uuid}/files", "v3", None, NoteFiles),
    op!("notes.file_details", Get, "accounts/{id}/notes/{uuid}/files/{file_uuid}", "v3", None, NoteFile),
    op!("notes.add_files", Post, "accounts/{id}/notes/{uuid}/files", "v3", Multipart, NoteFiles, files: "file", Some(MAX_NOTE_FILES)),
    op!("notes.delete_file", Delete, "accounts/{id}/notes/{uuid}/files/{file_uuid}", "v3", None, Empty),
    op!("image.details", Get, "accounts/{id}/image", "v3", None, Image),
    op!("image.add", Post, "accounts/{id}/image", "v3", Multipart, Image, files: "image", Some(1)),
    op!("image.delete", Delete, "accounts/{id}/image", "v3", None, Empty),
    op!("emails.send", Post, "accounts/{id}/communications/emails", "v3", Multipart, Email, files: "attachment", None),
    op!("emails.list", Get, "accounts/{id}/communications/emails", "v3", None, Emails),
    op!("emails.details", Get, "accounts/{id}/communications/emails/{uuid}", "v3", None, Email),
    op!("financial_summary.all", Get, "accounts/financial-summary", "v2", None, FinancialSummary),
    op!("financial_summary.account", Get, "accounts/{id}/financial-summary", "v2", None, FinancialSummary),
    op!("orders.unlinked", Get, "accounts/{id}/orders/unlinked", "v3", None, Orders, paging: ORDER_PAGING),
    op!("orders.linked", Get, "accounts/{id}/orders/linked", "v3", None, Orders, paging: ORDER_PAGING),
    op!("custom_objects.list", Get, "accounts/{id}/custom_objects", "v3", None, CustomObjects),
    op!("custom_objects.details", Get, "accounts/{id}/custom_objects/{uuid}", "v3", None, CustomObject),
];

/// Looks an operation up by its name.
pub fn operation(name: &str) -> Option<&'static Operation> {
    OPERATIONS.iter().find(|op| op.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_are_unique_and_verb_path_pairs_too() {
        let names: HashSet<_> = OPERATIONS.iter().map(|o| o.name).collect();
        assert_eq!(names.len(), 46);
        let routes: HashSet<_> = OPERATIONS.iter().map(|o| (o.method, o.path)).collect();
        assert_eq!(routes.len(), 46);
    }

    #[test]
    fn body_kinds_agree_with_verbs() {
        for op in OPERATIONS.iter() {
            if matches!(op.method, Method::Get | Method::Delete) {
                assert_eq!(op.body, BodyKind::None, "{}", op.name);
            }
            assert_eq!(op.file_field.is_some(), op.body == BodyKind::Multipart, "{}", op.name);
        }
    }

    #[test]
    fn path_params_in_order() {
        let op = operation("notes.file_details").unwrap();
        assert_eq!(op.path_params().collect::<Vec<_>>(), ["id", "uuid", "file_uuid"]);
        assert_eq!(operation("financial_summary.all").unwrap().path_param_count(), 0);
    }
}
