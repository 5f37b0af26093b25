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

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    // The core's log events go to logging.getLogger("exsited").
    log::install(m.py())?;
    m.add("__version__", exsited_core::VERSION)?;
    m.add_class::<client::Client>()?;
    m.add_class::<pager::Pager>()?;
    m.add_class::<pager::Records>()?;
    m.add_class::<hub::Hub>()?;
    m.add_class::<running::Running>()?;
    m.add_function(wrap_pyfunction!(decode::decode, m)?)?;
    m.add_function(wrap_pyfunction!(operations, m)?)?;
    Ok(())
}
