//! `exsited._native`: the thin bridge between the Python package and `exsited-core`.
//!
//! It converts arguments, calls the core and hands answers back as Python objects, built
//! straight from the core's JSON values into the DTO classes the package defines; everything
//! a user sees (DTOs, resources, exception classes, docs) lives in the Python package above it.

// The core's error type carries the whole answer; boxing it would buy nothing here.
#![allow(clippy::result_large_err)]

mod call;
mod client;
mod decode;
mod errors;
mod from_bytes;
mod hub;
mod key_order;
mod log;
mod options;
mod pager;
mod request;
mod running;
mod wait;

use pyo3::prelude::*;

/// The operation table as (name, method, path template, default version) rows.
#[pyfunction]
fn operations() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
    exsited_core::OPERATIONS.iter().map(|op| (op.name, op.method.as_str(), op.path, op.default_version)).collect()
}

/// Checks the values given to `with_options(...)` at once, so a bad one fails where it was
/// written (each call checks them again in the core).
#[pyfunction]
fn check_call_options(py: Python<'_>, options: Bound<'_, pyo3::types::PyDict>) -> PyResult<()> {
    options::call_options(Some(&options)).map(drop).map_err(|e| errors::to_py(py, &e))
}

/// An API version as written in `SDKConfig` (`v3`, `V3`, `3`) as its name; a ConfigError
/// naming `option` otherwise.
#[pyfunction]
fn api_version(py: Python<'_>, option: &str, value: &str) -> PyResult<String> {
    exsited_core::config::api_version_written(option, value).map_err(|e| errors::to_py(py, &e))
}

// `gil_used = false`: safe on a free-threaded Python. Every class here is a frozen pyclass
// whose state is Sync (the core client, atomics, `Arc<Mutex<..>>` for the pager and the hub's
// queue, a tokio abort handle); the module's statics are a `Mutex`-guarded schema registry,
// `OnceLock`/`GILOnceCell` caches (a racing first fill keeps one value) and the log sink's
// atomics. The one GIL-reliant trick, pausing the cyclic GC while answers load, is skipped when
// the interpreter runs without a GIL (see `decode::GcPause`).
#[pymodule(gil_used = false)]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    // The core's log events go to logging.getLogger("exsited").
    log::install(m.py())?;
    m.add("__version__", exsited_core::VERSION)?;
    m.add_class::<call::Call>()?;
    m.add_class::<client::Client>()?;
    m.add_class::<pager::Pager>()?;
    m.add_class::<pager::Records>()?;
    m.add_class::<hub::Hub>()?;
    m.add_class::<running::Running>()?;
    m.add_function(wrap_pyfunction!(decode::decode, m)?)?;
    m.add_function(wrap_pyfunction!(operations, m)?)?;
    m.add_function(wrap_pyfunction!(check_call_options, m)?)?;
    m.add_function(wrap_pyfunction!(api_version, m)?)?;
    Ok(())
}
