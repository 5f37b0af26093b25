//! Answers → Python objects, straight from the core's `serde_json::Value` (no JSON text, no
//! `json.loads`): DTO instances for the classes of `exsited._dto`, plain dict/list/str/int/
//! float/bool/None for everything else (integers exact at any size, as `json.loads`).
//!
//! The rules are those of `DTOBase.load_dict` (which stays the Python entry point for dicts
//! a user holds): every declared attribute starts as None, a key matches by its wire or its
//! camelCase spelling (then through `snake_to_camel`), a nested DTO value is loaded when it
//! is an object (or, in a list, for each object item), any other key lands in `_extra`.
//! Each class tells its fields once (`DTOBase._native_schema`); the schema is kept here.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use exsited_core::RawAnswer;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::GILOnceCell;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyModule, PyString, PyTuple, PyType};
use pyo3::{ffi, intern};
use serde_json::{Map, Value};

use crate::key_order::KeyOrder;

/// The maps hold our own keys (attribute names, class addresses); a lookup with a key from
/// an answer costs at most a probe through them, so SipHash's protection buys nothing here.
type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// One DTO class: its attributes (interned names, declared order), and every spelling of
/// a key an answer may use → the attribute's index.
pub struct Schema {
    class: Py<PyType>,
    keys: FastMap<Box<str>, usize>,
    fields: Vec<Field>,
    /// Every attribute at None in declared order, then `_extra`: an instance dict starts as
    /// a copy of it (one copy, rather than a dict grown key by key).
    blank: Py<PyDict>,
    /// The keys of the last object loaded, in order (see `key_order`).
    order: KeyOrder,
    /// The class's tp_alloc when instances can be made with it alone (see `maker`).
    alloc: Option<ffi::allocfunc>,
    /// Python 3.13 or later: instances hold inline values (see `finish`).
    inline_values: bool,
}

struct Field {
    attr: Py<PyString>,
    nested: Option<Nested>,
}

/// The DTO class of a field's value; its schema is looked up on first use (classes may
/// refer to each other, or to themselves).
struct Nested {
    class: Py<PyType>,
    schema: OnceLock<Arc<Schema>>,
}

impl Nested {
    fn schema(&self, py: Python<'_>) -> PyResult<&Arc<Schema>> {
        if let Some(s) = self.schema.get() {
            return Ok(s);
        }
        let found = schema(self.class.bind(py))?;
        let _ = self.schema.set(found);
        Ok(self.schema.get().expect("just set"))
    }
}

fn registry() -> &'static Mutex<FastMap<usize, Arc<Schema>>> {
    static REGISTRY: OnceLock<Mutex<FastMap<usize, Arc<Schema>>>> = OnceLock::new();
    REGISTRY.get_or_init(Default::default)
}

/// The schema of a DTO class, asked of the class the first time, with the schemas of the
/// classes it nests (so that loading never runs Python code; see `GcPause`). The registry
/// keeps the class alive, so its address identifies it for good.
pub fn schema(class: &Bound<'_, PyType>) -> PyResult<Arc<Schema>> {
    let key = class.as_ptr() as usize;
    if let Some(found) = registry().lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
        return Ok(found.clone());
    }
    // Built without the lock held: it runs Python code.
    let built = Arc::new(build(class)?);
    let schema = registry().lock().unwrap_or_else(|p| p.into_inner()).entry(key).or_insert(built).clone();
    // Registered first, so that classes nesting each other (or themselves) end here.
    for field in &schema.fields {
        if let Some(nested) = &field.nested {
            nested.schema(class.py())?;
        }
    }
    Ok(schema)
}

/// What `DTOBase._native_schema()` returns: (attribute, DTO class of its value or None) in
/// declared order, and every key spelling → index in that list.
type Declared<'py> = (Vec<(String, Option<Bound<'py, PyType>>)>, HashMap<String, usize>);

fn build(class: &Bound<'_, PyType>) -> PyResult<Schema> {
    let py = class.py();
    let (fields, keys): Declared<'_> = class.call_method0(intern!(py, "_native_schema"))?.extract()?;
    let fields = fields
        .into_iter()
        .map(|(attr, nested)| Field {
            attr: PyString::intern(py, &attr).unbind(),
            nested: nested.map(|c| Nested { class: c.unbind(), schema: OnceLock::new() }),
        })
        .collect::<Vec<_>>();
    if let Some((key, _)) = keys.iter().find(|(_, &i)| i >= fields.len()) {
        return Err(PyTypeError::new_err(format!("{}: key {key:?} names no field", class.name()?)));
    }
    let blank = PyDict::new(py);
    for field in &fields {
        blank.set_item(field.attr.bind(py), py.None())?;
    }
    blank.set_item(intern!(py, "_extra"), py.None())?;
    Ok(Schema {
        class: class.clone().unbind(),
        keys: keys.into_iter().map(|(k, i)| (k.into(), i)).collect(),
        fields,
        blank: blank.unbind(),
        order: KeyOrder::default(),
        alloc: maker(class)?,
        inline_values: py.version_info() >= (3, 13),
    })
}

impl Schema {
    /// How many attributes the class declares.
    pub fn width(&self) -> usize {
        self.fields.len()
    }

    /// The schema of the DTO class field `i` holds, if it holds one.
    pub fn nested(&self, py: Python<'_>, i: usize) -> PyResult<Option<&Schema>> {
        match &self.fields[i].nested {
            None => Ok(None),
            Some(nested) => Ok(Some(nested.schema(py)?)),
        }
    }

    /// `index` of the `n`-th key of an object, answered from the last object's key order
    /// when the key there is the same.
    pub fn index_at(&self, py: Python<'_>, n: usize, key: &str) -> Option<usize> {
        self.order.index(py, n, key, |k| self.index(k))
    }

    /// The field an answer's key fills, if any (`DTOBase.load_dict`'s lookup).
    pub fn index(&self, key: &str) -> Option<usize> {
        if let Some(&i) = self.keys.get(key) {
            return Some(i);
        }
        // snake_to_camel leaves a key without '_' whose first letter is not upper-case as
        // it is: nothing more to look up.
        let first_changes = key.chars().next().is_some_and(|c| !c.to_lowercase().eq([c]));
        if !key.contains('_') && !first_changes {
            return None;
        }
        self.keys.get(snake_to_camel(key).as_str()).copied()
    }
}

/// `snake_to_camel` of `exsited._dto`: parts between '_' (empty ones dropped), the first
/// one's first letter lower-cased, the others' upper-cased (full Unicode case mappings, as
/// Python's `str.lower`/`str.upper` of one character).
fn snake_to_camel(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    for (n, part) in key.split('_').filter(|p| !p.is_empty()).enumerate() {
        let mut chars = part.chars();
        if let Some(head) = chars.next() {
            if n == 0 {
                out.extend(head.to_lowercase());
            } else {
                out.extend(head.to_uppercase());
            }
        }
        out.push_str(chars.as_str());
    }
    out
}

/// `cls.__new__(cls)`: the instance without running the generated `__init__`.
fn new_instance<'py>(class: &Bound<'py, PyType>) -> PyResult<Bound<'py, PyAny>> {
    let py = class.py();
    let args = PyTuple::empty(py);
    // SAFETY: tp_new of a live type object, called as type.__new__ calls it, with an
    // owned reference (or NULL and an exception) returned.
    unsafe {
        let tp = class.as_type_ptr();
        let slot = ffi::PyType_GetSlot(tp, ffi::Py_tp_new);
        if slot.is_null() {
            return Err(PyTypeError::new_err(format!("cannot create '{}' instances", class.name()?)));
        }
        let new: ffi::newfunc = std::mem::transmute(slot);
        Bound::from_owned_ptr_or_err(py, new(tp, args.as_ptr(), std::ptr::null_mut()))
    }
}

/// `object.__new__` (the `tp_new` of any class that does not define its own), found on a
/// plain class made for the purpose: `PyType_GetSlot` cannot read `object` itself on 3.9.
fn object_new(py: Python<'_>) -> PyResult<usize> {
    static OBJECT_NEW: GILOnceCell<usize> = GILOnceCell::new();
    OBJECT_NEW
        .get_or_try_init(py, || {
            let plain = py.get_type::<PyType>().call1(("_ExsitedPlain", PyTuple::empty(py), PyDict::new(py)))?;
            let plain = plain.downcast::<PyType>()?;
            // SAFETY: reads a slot of a live heap type.
            Ok(unsafe { ffi::PyType_GetSlot(plain.as_type_ptr(), ffi::Py_tp_new) } as usize)
        })
        .copied()
}

/// How a DTO instance is made: its class's `tp_alloc` directly when the class keeps
/// `object.__new__`, which would also set up an instance dict that `Schema::finish` replaces
/// at once; `cls.__new__(cls)` otherwise.
fn maker(class: &Bound<'_, PyType>) -> PyResult<Option<ffi::allocfunc>> {
    // SAFETY: reads slots of a live type object; a non-null tp_alloc slot is an allocfunc.
    unsafe {
        let tp = class.as_type_ptr();
        if ffi::PyType_GetSlot(tp, ffi::Py_tp_new) as usize != object_new(class.py())? {
            return Ok(None);
        }
        let alloc = ffi::PyType_GetSlot(tp, ffi::Py_tp_alloc);
        Ok(if alloc.is_null() {
            None
        } else {
            Some(std::mem::transmute::<*mut std::ffi::c_void, ffi::allocfunc>(alloc))
        })
    }
}

/// A DTO instance of `schema`'s class from a JSON object.
pub fn load<'py>(py: Python<'py>, schema: &Schema, map: &Map<String, Value>) -> PyResult<Bound<'py, PyAny>> {
    let mut values: Vec<Option<Bound<'py, PyAny>>> = vec![None; schema.fields.len()];
    let extra = PyDict::new(py);
    for (key, value) in map {
        match schema.index(key) {
            Some(i) => {
                values[i] = Some(match &schema.fields[i].nested {
                    None => plain(py, value)?,
                    Some(nested) => nested_value(py, nested, value)?,
                })
            }
            None => extra.set_item(PyString::new(py, key), plain(py, value)?)?,
        }
    }
    instance(py, schema, values, extra)
}

/// An instance of `schema`'s class (made without running its `__init__`) whose instance
/// dict is the one `load_dict` makes: the attributes in declared order (None when absent),
/// then `_extra`.
pub fn instance<'py>(
    py: Python<'py>,
    schema: &Schema,
    values: Vec<Option<Bound<'py, PyAny>>>,
    extra: Bound<'py, PyDict>,
) -> PyResult<Bound<'py, PyAny>> {
    let dict = schema.blank(py)?;
    for (i, value) in values.into_iter().enumerate() {
        if let Some(value) = value {
            schema.fill(&dict, i, &value)?;
        }
    }
    schema.finish(dict, extra)
}

impl Schema {
    /// A new instance dict: every attribute None, in declared order, then `_extra`.
    pub fn blank<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.blank.bind(py).copy()
    }

    /// Sets field `i` in an instance dict from `blank` (its place in the order stays).
    pub fn fill(&self, dict: &Bound<'_, PyDict>, i: usize, value: &Bound<'_, PyAny>) -> PyResult<()> {
        dict.set_item(self.fields[i].attr.bind(dict.py()), value)
    }

    /// The instance, with `dict` (from `blank`, filled) as its instance dict.
    pub fn finish<'py>(&self, dict: Bound<'py, PyDict>, extra: Bound<'py, PyDict>) -> PyResult<Bound<'py, PyAny>> {
        let py = dict.py();
        dict.set_item(intern!(py, "_extra"), extra)?;
        let obj = match self.alloc {
            // SAFETY: the tp_alloc of this live class, called as object.__new__ calls it; it
            // returns a new reference or NULL with an exception set.
            Some(alloc) => unsafe { Bound::from_owned_ptr_or_err(py, alloc(self.class.as_ptr().cast(), 0))? },
            None => new_instance(self.class.bind(py))?,
        };
        if self.inline_values {
            // Python 3.13 keeps attributes in values inside the object, which the class's
            // `__dict__` setter retires; `PyObject_GenericSetDict` does not, and attribute
            // reads would go on finding the (empty) values and answer the class default.
            obj.setattr(intern!(py, "__dict__"), dict)?;
        } else {
            // What `obj.__dict__ = dict` ends in up to 3.12, without looking `__dict__` up
            // on the class first (a DTO class keeps the default instance dict).
            // SAFETY: both are live objects; the function takes its own reference to `dict`.
            if unsafe { ffi::PyObject_GenericSetDict(obj.as_ptr(), dict.as_ptr(), std::ptr::null_mut()) } != 0 {
                return Err(PyErr::fetch(py));
            }
        }
        Ok(obj)
    }
}

fn nested_value<'py>(py: Python<'py>, nested: &Nested, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    match value {
        Value::Object(map) => load(py, nested.schema(py)?, map),
        Value::Array(items) => {
            let schema = nested.schema(py)?;
            let items = items
                .iter()
                .map(|item| match item {
                    Value::Object(map) => load(py, schema, map),
                    other => plain(py, other),
                })
                .collect::<PyResult<Vec<_>>>()?;
            Ok(PyList::new(py, items)?.into_any())
        }
        other => plain(py, other),
    }
}

/// A JSON value as `json.loads` gives it.
pub fn plain<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => number(py, n.as_str())?,
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let items = items.iter().map(|v| plain(py, v)).collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(PyString::new(py, k), plain(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// A JSON number's text as `json.loads` gives it: an integer literal is an exact `int` however
/// long (the core keeps every number's text, serde_json's `arbitrary_precision`; the fast pass
/// reads it from the bytes), anything else a `float` (`inf` beyond the float range, as
/// `json.loads` does). The text has passed a JSON parser: digits, sign, '.', exponent.
pub fn number<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    if !text.bytes().any(|b| matches!(b, b'.' | b'e' | b'E')) {
        if let Ok(i) = text.parse::<i64>() {
            return Ok(i.into_pyobject(py)?.into_any());
        }
        if let Ok(u) = text.parse::<u64>() {
            return Ok(u.into_pyobject(py)?.into_any());
        }
        static INT: GILOnceCell<Py<PyType>> = GILOnceCell::new();
        let int = INT.get_or_init(py, || py.get_type::<PyInt>().unbind());
        // Python's limit on the digits of an int from text (4300 by default) applies, as in json.loads.
        return int.bind(py).call1((text,));
    }
    Ok(PyFloat::new(py, text.parse::<f64>().unwrap_or(f64::NAN)).into_any())
}

/// A JSON value loaded as `schema`'s class when it is an object, as plain data otherwise.
pub fn value<'py>(py: Python<'py>, value: &Value, schema: Option<&Schema>) -> PyResult<Bound<'py, PyAny>> {
    match (value, schema) {
        (Value::Object(map), Some(schema)) => load(py, schema, map),
        (other, _) => plain(py, other),
    }
}

/// Answers at least this long (an array, or an object holding one) are loaded with the
/// cyclic garbage collector paused: the thousands of objects of a page would otherwise run
/// it several times over, on objects that are all alive (about 15% of loading a page).
const BULKY: usize = 32;

fn bulky(value: &Value) -> bool {
    match value {
        Value::Array(items) => items.len() >= BULKY,
        Value::Object(map) => map.values().any(|v| matches!(v, Value::Array(items) if items.len() >= BULKY)),
        _ => false,
    }
}

/// Pauses the cyclic GC (when it is enabled) until dropped. Safe to do around `load`: the
/// GIL is held throughout and no Python code runs meanwhile (schemas are complete before),
/// so no other thread can observe or change the setting in between.
pub struct GcPause<'py>(Option<Bound<'py, PyAny>>);

impl<'py> GcPause<'py> {
    pub fn new(py: Python<'py>, wanted: bool) -> GcPause<'py> {
        static GC: GILOnceCell<Py<PyModule>> = GILOnceCell::new();
        // Without a GIL (free-threaded Python) other threads run meanwhile and could see or
        // change the collector's switch: no pause there.
        if !wanted || !gil_enabled(py) {
            return GcPause(None);
        }
        let paused = (|| -> PyResult<Option<Bound<'py, PyAny>>> {
            let gc = GC.get_or_try_init(py, || py.import("gc").map(Bound::unbind))?.bind(py);
            if !gc.call_method0(intern!(py, "isenabled"))?.is_truthy()? {
                return Ok(None);
            }
            gc.call_method0(intern!(py, "disable"))?;
            Ok(Some(gc.clone().into_any()))
        })();
        GcPause(paused.ok().flatten())
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = self.0.take() {
            if let Err(e) = gc.call_method0(intern!(gc.py(), "enable")) {
                e.write_unraisable(gc.py(), None);
            }
        }
    }
}

/// Whether this interpreter runs with a GIL (`sys._is_gil_enabled()`, Python 3.13+; always
/// before that). Asked once.
fn gil_enabled(py: Python<'_>) -> bool {
    static ENABLED: OnceLock<bool> = OnceLock::new();
    *ENABLED.get_or_init(|| {
        let asked = py.import("sys").and_then(|sys| sys.call_method0("_is_gil_enabled")?.is_truthy());
        asked.unwrap_or(true)
    })
}

/// What a call returns: the answer in its DTO, or `{"success": True, "status_code": ...}`
/// when there was no body (204 No Content, as the documented SDK does).
pub fn answer<'py>(py: Python<'py>, status: u16, body: &Value, schema: Option<&Schema>) -> PyResult<Bound<'py, PyAny>> {
    if body.is_null() {
        let dict = PyDict::new(py);
        dict.set_item(intern!(py, "success"), true)?;
        dict.set_item(intern!(py, "status_code"), status)?;
        return Ok(dict.into_any());
    }
    let _pause = GcPause::new(py, bulky(body));
    value(py, body, schema)
}

/// What a call returns, from the answer's bytes (see `from_bytes`); a body the fast pass
/// does not accept goes through the core's parser, which reports it as before. With
/// `with_headers` (`with_raw_response`), the tuple `(answer, status, headers, request_id)` the
/// package wraps into its `RawResponse` (headers: (name, value) pairs).
pub fn raw_answer<'py>(
    py: Python<'py>,
    raw: &RawAnswer,
    schema: Option<&Schema>,
    with_headers: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let parsed = parsed(py, raw, schema)?;
    if !with_headers {
        return Ok(parsed);
    }
    let shown = raw.headers();
    let headers = PyList::new(py, shown.iter().map(|(n, v)| (n.as_str(), v.as_str())))?;
    let request_id = exsited_core::response_headers::request_id(&shown);
    Ok((parsed, raw.status, headers, request_id).into_pyobject(py)?.into_any())
}

fn parsed<'py>(py: Python<'py>, raw: &RawAnswer, schema: Option<&Schema>) -> PyResult<Bound<'py, PyAny>> {
    if raw.file.is_some() {
        // A file (a PDF): its bytes, or the hex/base64 text the caller asked for.
        let response = raw.parse().map_err(|e| crate::errors::to_py(py, &e))?;
        return match &response.raw {
            Some(bytes) => Ok(pyo3::types::PyBytes::new(py, bytes).into_any()),
            None => answer(py, response.status, &response.body, None),
        };
    }
    if raw.is_empty() {
        return answer(py, raw.status, &Value::Null, None);
    }
    if let Some(loaded) = crate::from_bytes::load(py, &raw.body, schema).map_err(|e| unloadable(py, raw, e))? {
        return Ok(loaded);
    }
    let response = raw.parse().map_err(|e| crate::errors::to_py(py, &e))?;
    answer(py, response.status, &response.body, schema).map_err(|e| unloadable(py, raw, e))
}

/// Loading valid JSON fails only on what Python refuses to hold: an int of more digits than
/// `sys.get_int_max_str_digits()` (a ValueError, as json.loads raises). That is the answer's
/// fault, so it is the core's decode error `refused(why)` (a DecodeError, with the answer's
/// status and request id where known); anything else Python raised goes on unchanged.
pub fn refused_value(py: Python<'_>, e: PyErr, refused: impl FnOnce(String) -> exsited_core::Error) -> PyErr {
    if !e.is_instance_of::<pyo3::exceptions::PyValueError>(py) {
        return e;
    }
    crate::errors::to_py(py, &refused(e.value(py).to_string()))
}

fn unloadable(py: Python<'_>, raw: &RawAnswer, e: PyErr) -> PyErr {
    refused_value(py, e, |why| raw.unloadable(why))
}

pub fn schema_of(class: Option<&Bound<'_, PyType>>) -> PyResult<Option<Arc<Schema>>> {
    class.map(schema).transpose()
}

/// `decode(text, cls)`: JSON text decoded the way answers are (for tests and tools).
#[pyfunction]
#[pyo3(signature = (text, cls=None))]
pub fn decode<'py>(py: Python<'py>, text: String, cls: Option<Bound<'py, PyType>>) -> PyResult<Bound<'py, PyAny>> {
    let schema = schema_of(cls.as_ref())?;
    if let Some(loaded) = crate::from_bytes::load(py, text.as_bytes(), schema.as_deref())? {
        return Ok(loaded);
    }
    let parsed: Value =
        serde_json::from_str(&text).map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
    let _pause = GcPause::new(py, bulky(&parsed));
    value(py, &parsed, schema.as_deref())
}
