//! The core's `Error` → an instance of the matching class of `exsited.common.ab_exception`.
//! The class hierarchy itself is defined in Python, so users can read and subclass it.

use exsited_core::{Error, ErrorKind};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;

const MODULE: &str = "exsited.common.ab_exception";

/// Every kind of the core has its own class (all of them subclass `ABException`).
pub fn class_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Validation => "ValidationError",
        ErrorKind::Authentication => "AuthenticationError",
        ErrorKind::Permission => "PermissionDeniedError",
        ErrorKind::NotFound => "NotFoundError",
        ErrorKind::Conflict => "ConflictError",
        ErrorKind::RateLimit => "RateLimitError",
        ErrorKind::Server => "ServerError",
        ErrorKind::Api => "APIStatusError",
        ErrorKind::Timeout => "APITimeoutError",
        ErrorKind::Connection => "APIConnectionError",
        ErrorKind::Decode => "DecodeError",
        ErrorKind::Usage => "UsageError",
        ErrorKind::Config => "ConfigError",
    }
}

/// The Python exception object for `error` (already redacted by the core).
pub fn to_value<'py>(py: Python<'py>, error: &Error) -> Bound<'py, PyAny> {
    match build(py, error) {
        Ok(value) => value,
        Err(failure) => {
            // The package could not be imported (a broken install): still say what happened.
            let fallback = PyRuntimeError::new_err(format!("{} ({failure})", error.message));
            fallback.into_value(py).into_bound(py).into_any()
        }
    }
}

pub fn to_py(py: Python<'_>, error: &Error) -> PyErr {
    PyErr::from_value(to_value(py, error))
}

fn build<'py>(py: Python<'py>, error: &Error) -> PyResult<Bound<'py, PyAny>> {
    let class = py.import(MODULE)?.getattr(class_name(error.kind))?;
    let raw = match &error.raw {
        Some(v) => Some(crate::decode::plain(py, v)?),
        None => None,
    };
    let retry_after = error.retry_after.map(|d| d.as_secs_f64());
    let headers: Vec<(&str, &str)> = error.headers.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    class.call_method1(
        "_from_native",
        (
            error.message.as_str(),
            error.kind.as_str(),
            error.status,
            error.errors.clone(),
            raw,
            error.operation,
            retry_after,
            error.request_id.as_deref(),
            headers,
        ),
    )
}
