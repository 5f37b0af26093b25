//! The in-memory data of the sandbox and how each piece is written on the wire.

pub mod account;
pub mod address;
pub mod contact;
pub mod files;
pub mod payment_method;

/// Who the sandbox says created or last updated a record.
pub const CREATED_BY: &str = "Sandbox API";

pub use account::Account;
pub use files::{Email, Note, StoredFile};
