//! Turning PHP arguments into the pieces of a core request, refusing bad input before any
//! request is sent (UsageException).

use std::path::PathBuf;

use exsited_core::parse_query_string;
use ext_php_rs::exception::PhpResult;
use ext_php_rs::types::{ZendHashTable, Zval};
use serde_json::Value;

use crate::errors::usage;
use crate::zval::{from_php, key_name, type_name};

/// An id, UUID or reference: a non-empty string (an integer is accepted and written out).
pub fn path_value(name: &str, zv: &Zval) -> PhpResult<String> {
    let zv = zv.dereference();
    if let Some(i) = zv.long() {
        return Ok(i.to_string());
    }
    match zv.str() {
        Some(s) if !s.trim().is_empty() => Ok(s.to_string()),
        Some(_) => Err(usage(format!("${name} is empty"))),
        None if zv.is_null() => Err(usage(format!("${name} is required"))),
        None => Err(usage(format!("${name} must be a string, got {}", type_name(zv)))),
    }
}

/// An `$apiVersion` declared before a required parameter (so PHP passes it, null allowed);
/// null = the default. The core checks the value like every version.
pub fn version(name: &str, zv: &Zval) -> PhpResult<Option<String>> {
    let zv = zv.dereference();
    match zv.str() {
        Some(s) => Ok(Some(s.to_string())),
        None if zv.is_null() => Ok(None),
        None => Err(usage(format!("${name} must be a version string ('v2', 'v3') or null, got {}", type_name(zv)))),
    }
}

/// Request data given as an array (or object); becomes the JSON body.
pub fn params(name: &str, zv: &Zval) -> PhpResult<Value> {
    let zv = zv.dereference();
    if !zv.is_array() && !zv.is_object() {
        return Err(usage(format!("${name} must be an array, got {}", type_name(zv))));
    }
    match from_php(zv).map_err(|e| usage(format!("${name} cannot be sent as JSON: {e}")))? {
        // PHP's `[]` is the empty request data of the documented SDK's `$params = []`.
        Value::Array(items) if items.is_empty() => Ok(Value::Object(Default::default())),
        value => Ok(value),
    }
}

/// The whole body, given by the caller (cancel, reactivate, contacts, billing preferences).
pub fn whole_body(name: &str, zv: &Zval) -> PhpResult<Value> {
    let body = params(name, zv)?;
    if !body.is_object() {
        return Err(usage(format!("${name} must be an array with string keys (the request body)")));
    }
    Ok(body)
}

/// One path or a list of paths; null, '' and [] mean no file.
pub fn file_paths(name: &str, zv: Option<&Zval>) -> PhpResult<Vec<PathBuf>> {
    let Some(zv) = zv.map(Zval::dereference) else { return Ok(Vec::new()) };
    if zv.is_null() {
        return Ok(Vec::new());
    }
    if let Some(s) = zv.str() {
        return Ok(if s.is_empty() { Vec::new() } else { vec![crate::cwd::resolve(PathBuf::from(s))] });
    }
    if let Some(ht) = zv.array() {
        let mut paths = Vec::with_capacity(ht.len());
        for item in ht.values() {
            match item.dereference().str() {
                Some(s) if !s.is_empty() => paths.push(crate::cwd::resolve(PathBuf::from(s))),
                _ => return Err(usage(format!("${name} must hold file paths (strings)"))),
            }
        }
        return Ok(paths);
    }
    Err(usage(format!("${name} must be a file path or an array of file paths, got {}", type_name(zv))))
}

/// `readAll`'s query: `'?limit=2&order_by=x'`, `'limit=2'` or `['limit' => 2]`.
pub fn query(zv: Option<&Zval>) -> PhpResult<Vec<(String, String)>> {
    let Some(zv) = zv.map(Zval::dereference) else { return Ok(Vec::new()) };
    if zv.is_null() {
        return Ok(Vec::new());
    }
    if let Some(s) = zv.str() {
        return Ok(parse_query_string(s));
    }
    if let Some(ht) = zv.array() {
        return query_pairs(ht);
    }
    Err(usage(format!("$queryParams must be a query string or an array, got {}", type_name(zv))))
}

fn query_pairs(ht: &ZendHashTable) -> PhpResult<Vec<(String, String)>> {
    let mut pairs = Vec::with_capacity(ht.len());
    for (k, v) in ht.iter() {
        let key = key_name(&k);
        if let Some(value) = scalar_text(v) {
            if let Some(value) = value {
                pairs.push((key, value));
            }
        } else {
            return Err(usage(format!("query parameter {key:?} must be a scalar value")));
        }
    }
    Ok(pairs)
}

/// Text of a scalar for a query string: `None` = not a scalar, `Some(None)` = null (left out).
pub fn scalar_text(v: &Zval) -> Option<Option<String>> {
    let v = v.dereference();
    if v.is_null() {
        return Some(None);
    }
    if let Some(b) = v.bool() {
        return Some(Some(if b { "true" } else { "false" }.to_string()));
    }
    if let Some(i) = v.long() {
        return Some(Some(i.to_string()));
    }
    if let Some(f) = v.double() {
        return Some(Some(f.to_string()));
    }
    v.str().map(|s| Some(s.to_string()))
}

/// A text part: a string (an integer is written out); null is sent empty.
pub fn text(name: &str, zv: Option<&Zval>) -> PhpResult<String> {
    let Some(zv) = zv.map(Zval::dereference).filter(|zv| !zv.is_null()) else { return Ok(String::new()) };
    if let Some(i) = zv.long() {
        return Ok(i.to_string());
    }
    zv.str().map(str::to_string).ok_or_else(|| usage(format!("${name} must be a string, got {}", type_name(zv))))
}

/// One value or a list of values (e-mail addresses), sent joined by `separator`; null or
/// [] = none.
pub fn joined(name: &str, v: &Zval, separator: &str) -> PhpResult<String> {
    let v = v.dereference();
    if v.is_null() {
        return Ok(String::new());
    }
    if let Some(s) = v.str() {
        return Ok(s.trim().to_string());
    }
    if let Some(list) = v.array() {
        let mut out = Vec::with_capacity(list.len());
        for item in list.values() {
            match item.dereference().str() {
                Some(s) if !s.trim().is_empty() => out.push(s.trim().to_string()),
                Some(_) => {}
                None => return Err(usage(format!("${name} must hold strings, got {}", type_name(item)))),
            }
        }
        return Ok(out.join(separator));
    }
    Err(usage(format!("${name} must be a string or a list of strings, got {}", type_name(v))))
}
