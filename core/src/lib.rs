//! exsited-core: the Exsited account API client shared by the Python and PHP bindings.
//!
//! - [`Config`] says where and how to connect; [`Client`] runs operations of the
//!   [`ops::OPERATIONS`] table by name, async ([`Client::call`]) or blocking
//!   ([`Client::call_blocking`]).
//! - Tokens ([`auth`]) are fetched before the first call, shared, refreshed and single-flight.
//! - Every failure is an [`Error`] with an [`ErrorKind`]; nothing secret is ever printed.

// Errors are the rare path and carry the whole answer for the user; boxing them would only
// add an allocation to every failure and an indirection to every binding.
#![allow(clippy::result_large_err)]

pub mod auth;
pub mod binary;
pub mod call_options;
pub mod client;
pub mod config;
pub mod dto;
pub mod error;
pub mod log;
pub mod observe;
pub mod ops;
pub mod pager;
pub mod redact;
pub mod request;
pub mod response_headers;
pub mod retry_policy;
pub mod runtime;
pub mod secret;
pub mod transport;
pub mod validate;

pub use binary::BinaryFormat;
pub use call_options::CallOptions;
pub use client::{Client, RawAnswer, Response};
pub use config::{Config, InitialToken};
pub use error::{Error, ErrorKind, Result};
pub use observe::{Event, Observer};
pub use ops::{operation, Operation, OPERATIONS};
pub use pager::Pager;
pub use request::{parse_query_string, Part, Request};
pub use retry_policy::RetryPolicy;
pub use secret::Secret;

/// The crate version, for user agents and diagnostics.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
