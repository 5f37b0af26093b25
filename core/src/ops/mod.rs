//! The operations of the Exsited API: their types, the table generated from `api/`
//! (`table.rs`), and the lookup. Bindings call operations by name; nobody else spells a URL.

pub mod rules;
mod table;

pub use table::{OPERATIONS, PATH_PREFIX, VERSIONS};

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
    /// Any JSON: the operations imported from the documented Python SDK's surface, whose
    /// answers the core passes through as they came.
    Json,
    /// A file (an invoice PDF): the body is not parsed; the caller gets its bytes, or hex or
    /// base64 text (see [`crate::BinaryFormat`]).
    Binary,
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
    /// Path after [`PATH_PREFIX`], placeholders in braces, in argument order; `{name*}` takes
    /// several segments (a caller-given path).
    pub path: &'static str,
    /// Version used when the caller does not give one.
    pub default_version: &'static str,
    pub body: BodyKind,
    /// A JSON body the caller may leave out (then nothing is sent).
    pub body_optional: bool,
    pub answer: AnswerKind,
    /// The multipart part that carries files, and how many files at most.
    pub file_field: Option<&'static str>,
    pub max_files: Option<usize>,
    pub paging: Option<Paging>,
    /// JSON pointers of body fields that must be `YYYY-MM-DD` dates.
    pub date_fields: &'static [&'static str],
    /// Query parameters the operation understands (others pass through as filters).
    pub query: &'static [&'static str],
    /// The keys the SDKs wrap the caller's data in (`["account"]` sends `{"account": data}`).
    pub envelope: &'static [&'static str],
    /// The parts of a multipart body, in the order they are sent.
    pub parts: &'static [PartRule],
}

/// Whether a multipart part carries text or files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartKind {
    Text,
    File,
}

/// One part of a multipart body as the description declares it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartRule {
    pub name: &'static str,
    pub kind: PartKind,
    /// Files: how many at least and at most (`None` = no limit).
    pub min: usize,
    pub max: Option<usize>,
    /// Text: the part must be given and not empty.
    pub required: bool,
    /// Files: accepted content types (empty = any).
    pub content_types: &'static [&'static str],
    /// Text: a list given for this part is sent joined with this separator.
    pub join: Option<&'static str>,
}

impl Operation {
    /// The names of the path placeholders, in order.
    pub fn path_params(&self) -> impl Iterator<Item = &'static str> {
        self.path.split('/').filter_map(|seg| {
            seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')).map(|s| s.strip_suffix('*').unwrap_or(s))
        })
    }

    pub fn path_param_count(&self) -> usize {
        self.path_params().count()
    }
}

/// Looks an operation up by its name.
pub fn operation(name: &str) -> Option<&'static Operation> {
    // Looked up on every call: a map, not a walk through the hundreds of rows.
    static BY_NAME: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, &'static Operation>> =
        std::sync::OnceLock::new();
    BY_NAME.get_or_init(|| OPERATIONS.iter().map(|op| (op.name, op)).collect()).get(name).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_are_unique_and_verb_path_pairs_too() {
        let names: HashSet<_> = OPERATIONS.iter().map(|o| o.name).collect();
        assert_eq!(names.len(), OPERATIONS.len());
        let routes: HashSet<_> = OPERATIONS.iter().map(|o| (o.method, o.path)).collect();
        assert_eq!(routes.len(), names.len());
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
