//! The call object: one operation's arguments as the package's `Call` (``exsited._transport``)
//! holds them, read attribute by attribute; the request data goes from Python objects straight
//! to the core's JSON values (no JSON text in between).

use exsited_core::{Error, Request};
use pyo3::exceptions::PyOverflowError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple, PyType};
use serde_json::{Map, Number, Value};

use crate::request::PartSpec;

/// How deep request data may nest (a self-referencing dict would never end).
const MAX_DEPTH: usize = 64;

#[derive(FromPyObject)]
pub struct Call<'py> {
    #[pyo3(attribute)]
    pub operation: String,
    #[pyo3(attribute)]
    pub path: Vec<String>,
    #[pyo3(attribute)]
    pub query: Vec<(String, String)>,
    #[pyo3(attribute)]
    pub body: Option<Bound<'py, PyAny>>,
    /// The body is the caller's data, which the core wraps in the operation's envelope.
    #[pyo3(attribute)]
    pub wrap: bool,
    #[pyo3(attribute)]
    pub parts: Vec<PartSpec>,
    #[pyo3(attribute)]
    pub version: Option<String>,
    #[pyo3(attribute)]
    pub answer: Option<Bound<'py, PyType>>,
    /// `with_options(...)`: this call's timeout, retries, deadline, headers, key.
    #[pyo3(attribute)]
    pub options: Option<Bound<'py, PyDict>>,
    /// `with_raw_response`: the answer comes back with its status and headers.
    #[pyo3(attribute)]
    pub raw: bool,
    /// How an answer that is a file comes back: "binary" (bytes), "hex" or "base64".
    #[pyo3(attribute)]
    pub binary: Option<String>,
}

impl Call<'_> {
    /// The core request; `Err` (a usage error) when the data cannot be sent as JSON. The
    /// path, query, parts and version move into it (read once per call, not copied).
    pub fn request(&mut self) -> Result<Request, Error> {
        let body = self.body.as_ref().map(|b| to_value(b, 0)).transpose()?;
        let mut request = crate::request::build(
            std::mem::take(&mut self.path),
            std::mem::take(&mut self.query),
            body,
            std::mem::take(&mut self.parts),
            self.version.take(),
        )?;
        request.wrap = self.wrap && request.json.is_some();
        request.options = crate::options::call_options(self.options.as_ref())?;
        request.binary = exsited_core::BinaryFormat::parse(self.binary.as_deref())?;
        Ok(request)
    }
}

/// A plain Python value (dict, list, tuple, str, int, float, bool, None) as JSON.
fn to_value(obj: &Bound<'_, PyAny>, depth: usize) -> Result<Value, Error> {
    if depth > MAX_DEPTH {
        return Err(Error::usage(format!("request data nests deeper than {MAX_DEPTH} levels")));
    }
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.downcast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if let Ok(i) = obj.downcast::<PyInt>() {
        return int_value(i);
    }
    if let Ok(f) = obj.downcast::<PyFloat>() {
        return Number::from_f64(f.value())
            .map(Value::Number)
            .ok_or_else(|| Error::usage(format!("request data holds {}, which JSON cannot carry", f.value())));
    }
    if let Ok(s) = obj.downcast::<PyString>() {
        return Ok(Value::String(s.to_string_lossy().into_owned()));
    }
    if let Ok(d) = obj.downcast::<PyDict>() {
        let mut map = Map::with_capacity(d.len());
        for (k, v) in d.iter() {
            let key = match k.downcast::<PyString>() {
                Ok(s) => s.to_string_lossy().into_owned(),
                Err(_) => k.str().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default(),
            };
            map.insert(key, to_value(&v, depth + 1)?);
        }
        return Ok(Value::Object(map));
    }
    let items: Option<Vec<Bound<'_, PyAny>>> = if let Ok(l) = obj.downcast::<PyList>() {
        Some(l.iter().collect())
    } else {
        obj.downcast::<PyTuple>().ok().map(|t| t.iter().collect())
    };
    if let Some(items) = items {
        return items.iter().map(|v| to_value(v, depth + 1)).collect::<Result<Vec<_>, _>>().map(Value::Array);
    }
    let type_name = obj.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into());
    Err(Error::usage(format!("request data cannot be sent as JSON: a value of type {type_name}")))
}

fn int_value(i: &Bound<'_, PyInt>) -> Result<Value, Error> {
    if let Ok(v) = i.extract::<i64>() {
        return Ok(Value::from(v));
    }
    if let Ok(v) = i.extract::<u64>() {
        return Ok(Value::from(v));
    }
    // Beyond 64 bits: sent as a float, as a JSON parser without arbitrary precision reads it.
    match i.extract::<f64>() {
        Ok(f) => Number::from_f64(f)
            .map(Value::Number)
            .ok_or_else(|| Error::usage("request data holds an integer too large")),
        Err(e) if e.is_instance_of::<PyOverflowError>(i.py()) => {
            Err(Error::usage("request data holds an integer too large for JSON"))
        }
        Err(_) => Err(Error::usage("request data holds an integer that cannot be read")),
    }
}
