//! The options of `Client(...)` and of `with_options(...)`: Python values → the core's types. Only types are checked
//! here; the ranges are the core's (`exsited_core::config`), so every binding accepts the
//! same values. Each failure is a Config error naming the caller's parameter, which the
//! package raises as `ConfigError` (a `UsageError`).

use std::path::PathBuf;
use std::time::Duration;

use exsited_core::config::{self, OptionKind};
use exsited_core::{CallOptions, Error};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyByteArray, PyBytes, PyDict, PyFloat, PyInt, PyString};

type Value<'a, 'py> = Option<&'a Bound<'py, PyAny>>;

/// The value, unless it is absent or None (the default then applies).
fn given<'a, 'py>(value: Value<'a, 'py>) -> Option<&'a Bound<'py, PyAny>> {
    value.filter(|v| !v.is_none())
}

fn type_name(value: &Bound<'_, PyAny>) -> String {
    value.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "an object".into())
}

/// The value as Python shows it (for values a Rust number cannot hold).
fn repr(value: &Bound<'_, PyAny>) -> String {
    value.repr().map(|r| r.to_string()).unwrap_or_else(|_| type_name(value))
}

fn wrong(name: &str, kind: OptionKind, value: &Bound<'_, PyAny>) -> Error {
    config::invalid_option(name, kind, &type_name(value))
}

/// Seconds: an int or a float (not a bool), checked by the core.
pub fn seconds(name: &str, value: Value<'_, '_>) -> Result<Option<Duration>, Error> {
    let Some(v) = given(value) else { return Ok(None) };
    if v.is_instance_of::<PyBool>() || !(v.is_instance_of::<PyInt>() || v.is_instance_of::<PyFloat>()) {
        return Err(wrong(name, OptionKind::Seconds, v));
    }
    // An int too large for a float is out of range whatever it is.
    let number = v.extract::<f64>().map_err(|_| config::invalid_option(name, OptionKind::Seconds, &repr(v)))?;
    config::seconds(name, number).map(Some)
}

/// A whole number (an int, not a bool, not a float) of `kind`, whose range `check` (the
/// core's) enforces.
fn whole<T>(
    name: &str,
    value: Value<'_, '_>,
    kind: OptionKind,
    check: fn(&str, i64) -> Result<T, Error>,
) -> Result<Option<T>, Error> {
    let Some(v) = given(value) else { return Ok(None) };
    if v.is_instance_of::<PyBool>() || !v.is_instance_of::<PyInt>() {
        return Err(wrong(name, kind, v));
    }
    let number = v.extract::<i64>().map_err(|_| config::invalid_option(name, kind, &repr(v)))?;
    check(name, number).map(Some)
}

/// A retry count.
pub fn retries(name: &str, value: Value<'_, '_>) -> Result<Option<u32>, Error> {
    whole(name, value, OptionKind::Retries, config::retries)
}

/// A size bound in bytes.
pub fn bytes(name: &str, value: Value<'_, '_>) -> Result<Option<u64>, Error> {
    whole(name, value, OptionKind::Bytes, config::bytes)
}

/// A string (text that cannot be UTF-8, such as a lone surrogate, is refused).
pub fn text(name: &str, value: Value<'_, '_>) -> Result<Option<String>, Error> {
    let Some(v) = given(value) else { return Ok(None) };
    if !v.is_instance_of::<PyString>() {
        return Err(wrong(name, OptionKind::Text, v));
    }
    v.extract::<String>()
        .map(Some)
        .map_err(|_| config::invalid_option(name, OptionKind::Text, "a string that is not valid Unicode text"))
}

/// True or False (None: the default, False).
pub fn flag(name: &str, value: Value<'_, '_>) -> Result<bool, Error> {
    let Some(v) = given(value) else { return Ok(false) };
    v.downcast::<PyBool>().map(|b| b.is_true()).map_err(|_| wrong(name, OptionKind::Flag, v))
}

/// True or False, or None for `default`.
pub fn flag_or(name: &str, value: Value<'_, '_>, default: bool) -> Result<bool, Error> {
    match given(value) {
        None => Ok(default),
        Some(_) => flag(name, value),
    }
}

/// Host names: a comma-separated str, or a list or tuple of str (joined with commas).
pub fn hosts(name: &str, value: Value<'_, '_>) -> Result<Option<String>, Error> {
    let Some(v) = given(value) else { return Ok(None) };
    if v.is_instance_of::<PyString>() {
        return text(name, Some(v));
    }
    let items: Vec<Bound<'_, PyAny>> = v.extract().map_err(|_| wrong(name, OptionKind::Text, v))?;
    let mut names = Vec::with_capacity(items.len());
    for item in &items {
        names.push(text(name, Some(item))?.unwrap_or_default());
    }
    Ok(Some(names.join(",")))
}

/// A path: a str or an os.PathLike.
pub fn path(name: &str, value: Value<'_, '_>) -> Result<Option<PathBuf>, Error> {
    let Some(v) = given(value) else { return Ok(None) };
    if v.is_instance_of::<PyBytes>() {
        return Err(wrong(name, OptionKind::Path, v));
    }
    v.extract::<PathBuf>().map(Some).map_err(|_| wrong(name, OptionKind::Path, v))
}

/// PEM text: bytes, a bytearray or a str.
pub fn pem(name: &str, value: Value<'_, '_>) -> Result<Option<Vec<u8>>, Error> {
    let Some(v) = given(value) else { return Ok(None) };
    if let Ok(b) = v.downcast::<PyBytes>() {
        return Ok(Some(b.as_bytes().to_vec()));
    }
    if let Ok(b) = v.downcast::<PyByteArray>() {
        return Ok(Some(b.to_vec()));
    }
    Ok(text(name, Some(v)).map_err(|_| wrong(name, OptionKind::Pem, v))?.map(String::into_bytes))
}

/// The per-call options of `with_options(...)`, as a dict: Python values → the core's
/// `CallOptions`, checked by the core with the configuration's ranges.
pub fn call_options(options: Option<&Bound<'_, PyDict>>) -> Result<CallOptions, Error> {
    let mut out = CallOptions::default();
    let Some(options) = options else { return Ok(out) };
    for (key, value) in options.iter() {
        let name = key.extract::<String>().unwrap_or_default();
        let value = Some(&value);
        match name.as_str() {
            "timeout" => out.timeout = seconds("timeout", value)?,
            "max_retries" => out.max_retries = retries("max_retries", value)?,
            "deadline" => out.deadline = seconds("deadline", value)?,
            "idempotency_key" => out.idempotency_key = text("idempotency_key", value)?,
            "extra_headers" => out.headers = headers(value)?,
            _ => {
                return Err(Error::config(format!(
                    "with_options() got an unknown option {name:?} (timeout, max_retries, deadline, \
                     extra_headers, idempotency_key)"
                )))
            }
        }
    }
    out.validate()?;
    Ok(out)
}

/// `extra_headers`: a dict of str → str.
fn headers(value: Value<'_, '_>) -> Result<Vec<(String, String)>, Error> {
    let Some(v) = given(value) else { return Ok(Vec::new()) };
    let dict = v.downcast::<PyDict>().map_err(|_| {
        Error::config(format!("extra_headers must be a dict of header names to str values, got {}", type_name(v)))
    })?;
    let mut out = Vec::with_capacity(dict.len());
    for (name, value) in dict.iter() {
        let name = text("extra_headers", Some(&name))?.unwrap_or_default();
        let value = text(&format!("extra_headers[{name:?}]"), Some(&value))?.unwrap_or_default();
        out.push((name, value));
    }
    Ok(out)
}
