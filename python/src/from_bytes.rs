//! Answers → Python objects in one pass over the JSON bytes (jiter), with no intermediate
//! tree: the DTO instances, dicts, lists and strings are made as the parser reaches them.
//!
//! The result is exactly what `decode::value` makes from the parsed tree (the rules of
//! `DTOBase.load_dict`, numbers as `json.loads` reads them). Whatever jiter refuses is handed
//! to the core's parser, so that an invalid body is the same `DecodeError` as before (and a
//! body only the core's parser accepts still loads, through the tree).

use std::hash::Hasher;

use jiter::{Jiter, Peek};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyList, PyString};

use crate::decode::{GcPause, Schema};

/// Nesting deeper than this is left to the core's parser (serde_json's limit, 128, and its
/// error), so that a hostile body cannot exhaust the stack.
const MAX_DEPTH: usize = 128;

/// Bodies at least this long are loaded with the cyclic collector paused (see `GcPause`).
const BULKY_BYTES: usize = 16 * 1024;

/// Why a pass stopped: the bytes are not JSON as jiter reads it, or Python raised.
enum Stop {
    Json,
    Py(PyErr),
}

impl From<PyErr> for Stop {
    fn from(e: PyErr) -> Stop {
        Stop::Py(e)
    }
}

impl From<jiter::JiterError> for Stop {
    fn from(_: jiter::JiterError) -> Stop {
        Stop::Json
    }
}

type Step<T> = Result<T, Stop>;

/// The body loaded as `schema`'s class when it is an object, as plain data otherwise; `None`
/// when jiter does not accept it (the caller then asks the core's parser).
pub fn load<'py>(py: Python<'py>, body: &[u8], schema: Option<&Schema>) -> PyResult<Option<Bound<'py, PyAny>>> {
    load_with(py, body, schema, &mut Strings::for_body(body.len()))
}

/// `load`, sharing `strings` with other passes (the records of one page).
pub fn load_with<'py>(
    py: Python<'py>,
    body: &[u8],
    schema: Option<&Schema>,
    strings: &mut Strings,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    let _pause = GcPause::new(py, body.len() >= BULKY_BYTES);
    let mut pass = Pass { py, jiter: Jiter::new(body), depth: 0, strings };
    let outcome = (|| -> Step<Bound<'py, PyAny>> {
        let peek = pass.jiter.peek()?;
        let value = pass.value(peek, schema)?;
        pass.jiter.finish()?;
        Ok(value)
    })();
    match outcome {
        Ok(value) => Ok(Some(value)),
        Err(Stop::Json) => Ok(None),
        Err(Stop::Py(e)) => Err(e),
    }
}

/// A key of an object loaded as a DTO: the field it fills, or its name for `_extra`.
enum Key<'py> {
    Field(usize),
    Extra(Bound<'py, PyString>),
}

impl<'py> Key<'py> {
    /// The `n`-th key of an object loaded as `schema`'s class.
    fn of(py: Python<'py>, schema: &Schema, n: usize, key: &str) -> Key<'py> {
        match schema.index_at(py, n, key) {
            Some(i) => Key::Field(i),
            None => Key::Extra(PyString::new(py, key)),
        }
    }
}

/// Short strings already made: the keys of plain dicts and the short values (statuses,
/// flags, currency codes) repeat from record to record, and one shared `str` each is
/// cheaper to hand out than a new one (`json.loads` shares repeated keys the same way).
pub struct Strings {
    slots: Vec<Option<Made>>,
    /// Slots to make on first use (a power of two).
    size: usize,
}

/// A short string made once: its bytes kept inline (no allocation per string kept).
struct Made {
    len: u8,
    bytes: [u8; SHORT],
    string: Py<PyString>,
}

/// The most slots (a page of records), and the fewest (one small answer).
const SLOTS: usize = 2048;
const FEW_SLOTS: usize = 32;
const SHORT: usize = 24;

impl Default for Strings {
    fn default() -> Strings {
        Strings { slots: Vec::new(), size: SLOTS }
    }
}

impl Strings {
    /// Sized for a body of `len` bytes: a small answer does not pay for a page's table.
    pub fn for_body(len: usize) -> Strings {
        Strings { slots: Vec::new(), size: (len / 64).next_power_of_two().clamp(FEW_SLOTS, SLOTS) }
    }

    fn get<'py>(&mut self, py: Python<'py>, s: &str) -> Bound<'py, PyString> {
        if s.is_empty() || s.len() > SHORT {
            return PyString::new(py, s);
        }
        if self.slots.is_empty() {
            self.slots.resize_with(self.size, || None);
        }
        let mut hasher = rustc_hash::FxHasher::default();
        hasher.write(s.as_bytes());
        let slot = &mut self.slots[hasher.finish() as usize & (self.size - 1)];
        if let Some(made) = slot {
            if usize::from(made.len) == s.len() && made.bytes[..s.len()] == *s.as_bytes() {
                return made.string.bind(py).clone();
            }
        }
        let string = PyString::new(py, s);
        let mut bytes = [0u8; SHORT];
        bytes[..s.len()].copy_from_slice(s.as_bytes());
        *slot = Some(Made { len: s.len() as u8, bytes, string: string.clone().unbind() });
        string
    }
}

struct Pass<'py, 'j, 's> {
    py: Python<'py>,
    jiter: Jiter<'j>,
    depth: usize,
    strings: &'s mut Strings,
}

impl<'py> Pass<'py, '_, '_> {
    /// One value: a DTO when it is an object and a schema is given, plain data otherwise.
    fn value(&mut self, peek: Peek, schema: Option<&Schema>) -> Step<Bound<'py, PyAny>> {
        match (peek, schema) {
            (Peek::Object, Some(schema)) => self.dto(schema),
            _ => self.plain(peek),
        }
    }

    fn enter(&mut self) -> Step<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Stop::Json);
        }
        Ok(())
    }

    /// A DTO instance: every declared attribute (None when absent) in declared order, then
    /// `_extra` with the keys the class does not declare.
    fn dto(&mut self, schema: &Schema) -> Step<Bound<'py, PyAny>> {
        self.enter()?;
        let py = self.py;
        let dict = schema.blank(py)?;
        let extra = PyDict::new(py);
        let mut key = self.jiter.known_object()?.map(|k| Key::of(py, schema, 0, k));
        let mut n = 0;
        while let Some(found) = key {
            let peek = self.jiter.peek()?;
            match found {
                Key::Field(i) => {
                    let value = match schema.nested(py, i)? {
                        None => self.plain(peek)?,
                        Some(nested) => self.nested(peek, nested)?,
                    };
                    schema.fill(&dict, i, &value)?;
                }
                Key::Extra(name) => {
                    let value = self.plain(peek)?;
                    extra.set_item(name, value)?;
                }
            }
            n += 1;
            key = self.jiter.next_key()?.map(|k| Key::of(py, schema, n, k));
        }
        self.depth -= 1;
        Ok(schema.finish(dict, extra)?)
    }

    /// A field holding a DTO: an object is loaded as one, so is each object of a list; any
    /// other value stays plain data.
    fn nested(&mut self, peek: Peek, schema: &Schema) -> Step<Bound<'py, PyAny>> {
        match peek {
            Peek::Object => self.dto(schema),
            Peek::Array => {
                self.enter()?;
                let list = PyList::empty(self.py);
                let mut next = self.jiter.known_array()?;
                while let Some(peek) = next {
                    list.append(self.value(peek, Some(schema))?)?;
                    next = self.jiter.array_step()?;
                }
                self.depth -= 1;
                Ok(list.into_any())
            }
            other => self.plain(other),
        }
    }

    /// A JSON value as `json.loads` gives it.
    fn plain(&mut self, peek: Peek) -> Step<Bound<'py, PyAny>> {
        let py = self.py;
        Ok(match peek {
            Peek::Null => {
                self.jiter.known_null()?;
                py.None().into_bound(py)
            }
            Peek::True | Peek::False => PyBool::new(py, self.jiter.known_bool(peek)?).to_owned().into_any(),
            Peek::String => {
                let text = self.jiter.known_str()?;
                self.strings.get(py, text).into_any()
            }
            Peek::Array => {
                self.enter()?;
                let list = PyList::empty(py);
                let mut next = self.jiter.known_array()?;
                while let Some(peek) = next {
                    list.append(self.plain(peek)?)?;
                    next = self.jiter.array_step()?;
                }
                self.depth -= 1;
                list.into_any()
            }
            Peek::Object => {
                self.enter()?;
                let dict = PyDict::new(py);
                let mut key = match self.jiter.known_object()? {
                    Some(k) => Some(self.strings.get(py, k)),
                    None => None,
                };
                while let Some(name) = key {
                    let peek = self.jiter.peek()?;
                    dict.set_item(name, self.plain(peek)?)?;
                    key = match self.jiter.next_key()? {
                        Some(k) => Some(self.strings.get(py, k)),
                        None => None,
                    };
                }
                self.depth -= 1;
                dict.into_any()
            }
            // jiter has checked the grammar, so the text is ASCII.
            _ => crate::decode::number(py, std::str::from_utf8(self.jiter.next_number_bytes()?).unwrap_or("0"))?,
        })
    }
}
