//! The per-call options array, the last argument of every service method:
//! `['timeout' => 2.5, 'max_retries' => 0, 'deadline' => 10, 'extra_headers' => [...],
//! 'idempotency_key' => '...']` → the core's `CallOptions`, checked by the core with the
//! client options' ranges (a bad value is a ConfigException naming the key).

use exsited_core::CallOptions;
use ext_php_rs::exception::PhpResult;
use ext_php_rs::types::Zval;

use crate::client::{retries, seconds, text};
use crate::errors::{config, from_core};
use crate::zval::key_name;

/// The keys of the options array (also accepted by `iterateAll`'s options).
pub const KEYS: &[&str] = &["timeout", "max_retries", "deadline", "extra_headers", "idempotency_key"];

/// The options array of a call (null or absent: none).
pub fn parse(options: Option<&Zval>) -> PhpResult<CallOptions> {
    let mut out = CallOptions::default();
    let Some(v) = options.map(Zval::dereference).filter(|v| !v.is_null()) else { return Ok(out) };
    let Some(table) = v.array() else {
        return Err(config(format!(
            "the options argument must be an array (keys: {}), got {}",
            KEYS.join(", "),
            crate::zval::type_name(v)
        )));
    };
    for (k, value) in table.iter() {
        let key = key_name(&k);
        if !KEYS.contains(&key.as_str()) {
            return Err(config(format!("unknown call option {key:?}; known: {}", KEYS.join(", "))));
        }
        set(&mut out, &key, value)?;
    }
    out.validate().map_err(from_core)?;
    Ok(out)
}

/// Sets one option (`key` is one of [`KEYS`]).
pub fn set(out: &mut CallOptions, key: &str, value: &Zval) -> PhpResult<()> {
    match key {
        "timeout" => out.timeout = seconds(key, value)?,
        "max_retries" => out.max_retries = retries(key, value)?,
        "deadline" => out.deadline = seconds(key, value)?,
        "idempotency_key" => out.idempotency_key = text(key, value)?,
        _ => out.headers = headers(value)?,
    }
    Ok(())
}

/// `extra_headers`: `['X-Name' => 'value', ...]`.
fn headers(value: &Zval) -> PhpResult<Vec<(String, String)>> {
    let value = value.dereference();
    if value.is_null() {
        return Ok(Vec::new());
    }
    let Some(table) = value.array() else {
        return Err(config(format!(
            "extra_headers must be an array of header names to strings, got {}",
            crate::zval::type_name(value)
        )));
    };
    let mut out = Vec::with_capacity(table.len());
    for (k, v) in table.iter() {
        let name = key_name(&k);
        let text = text(&format!("extra_headers['{name}']"), v)?.unwrap_or_default();
        out.push((name, text));
    }
    Ok(out)
}
