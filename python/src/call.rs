//! The call object: `exsited._native.Call`, one operation's arguments as the generated
//! resource methods give them. It is native so that making one per call and handing it over
//! costs no Python frame and no attribute lookups; its fields stay Python objects until the
//! call runs, when the request data goes from them straight to the core's JSON values (no
//! JSON text in between).

use exsited_core::{Error, Request};
use pyo3::exceptions::PyOverflowError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple, PyType};
use serde_json::{Map, Number, Value};

use crate::request::PartSpec;

/// How deep request data may nest (a self-referencing dict would never end).
const MAX_DEPTH: usize = 64;

/// One operation of the core's table, with its arguments and the DTO class of its answer.
/// `path`, `query` and `parts` are sequences (of str, of (name, value), of (kind, name,
/// value)); None stands for empty.
#[pyclass(module = "exsited._native", get_all, set_all)]
pub struct Call {
    pub operation: String,
    pub path: Option<Py<PyAny>>,
    pub query: Option<Py<PyAny>>,
    pub body: Option<Py<PyAny>>,
    /// The body is the caller's data, which the core wraps in the operation's envelope.
    pub wrap: bool,
    pub parts: Option<Py<PyAny>>,
    pub version: Option<String>,
    pub answer: Option<Py<PyType>>,
    /// `with_options(...)`: this call's timeout, retries, deadline, headers, key.
    pub options: Option<Py<PyDict>>,
    /// `with_raw_response`: the answer comes back with its status and headers.
    pub raw: bool,
    /// How an answer that is a file comes back: "binary" (bytes), "hex" or "base64".
    pub binary: Option<String>,
}

#[pymethods]
impl Call {
    #[new]
    #[pyo3(signature = (operation, path=None, query=None, body=None, wrap=false, parts=None, version=None, answer=None, options=None, raw=false, binary=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        operation: String,
        path: Option<Py<PyAny>>,
        query: Option<Py<PyAny>>,
        body: Option<Py<PyAny>>,
        wrap: bool,
        parts: Option<Py<PyAny>>,
        version: Option<String>,
        answer: Option<Py<PyType>>,
        options: Option<Py<PyDict>>,
        raw: bool,
        binary: Option<String>,
    ) -> Call {
        Call { operation, path, query, body, wrap, parts, version, answer, options, raw, binary }
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        // Names only: the body may hold card data, and a repr ends up in logs.
        let answer = self.answer.as_ref().and_then(|a| a.bind(py).name().ok()).map(|n| n.to_string());
        format!("Call({:?}, answer={})", self.operation, answer.as_deref().unwrap_or("None"))
    }
}

/// A sequence field as a Vec (None: empty). A str is refused: it is a sequence of letters.
fn items<'py, T: FromPyObject<'py>>(py: Python<'py>, field: &Option<Py<PyAny>>, name: &str) -> Result<Vec<T>, Error> {
    let Some(value) = field else { return Ok(Vec::new()) };
    value
        .bind(py)
        .extract()
        .map_err(|_| Error::usage(format!("the call's {name} is not a sequence of the right items")))
}

impl Call {
    /// The core request; `Err` (a usage error) when the data cannot be sent as JSON.
    pub fn request(&self, py: Python<'_>) -> Result<Request, Error> {
        let body = self.body.as_ref().map(|b| b.bind(py)).filter(|b| !b.is_none());
        let body = body.map(|b| to_value(b, 0)).transpose()?;
        let mut request = crate::request::build(
            items(py, &self.path, "path")?,
            items::<(String, String)>(py, &self.query, "query")?,
            body,
            items::<PartSpec>(py, &self.parts, "parts")?,
            self.version.clone(),
        )?;
        request.wrap = self.wrap && request.json.is_some();
        request.options = crate::options::call_options(self.options.as_ref().map(|o| o.bind(py)))?;
        request.binary = exsited_core::BinaryFormat::parse(self.binary.as_deref())?;
        Ok(request)
    }

    pub fn answer<'py>(&self, py: Python<'py>) -> Option<&Bound<'py, PyType>> {
        self.answer.as_ref().map(|a| a.bind(py))
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
