//! The keys of the last object loaded as a DTO class, in the order they came. The answers of
//! one endpoint repeat their keys in the same order, so the n-th key of the next object is
//! first compared with the n-th key of the last one (one comparison) before the class's key
//! table is asked (a hash and a probe): most of a record's lookups become comparisons.
//! Guarded by the GIL, which every load holds. Tested through loading, in
//! tests/python/test_native.py (this crate has no Rust test binary).

use std::cell::RefCell;

use pyo3::sync::GILProtected;
use pyo3::Python;

/// Positions remembered per class; keys beyond it are looked up every time.
const MAX_KEYS: usize = 256;

/// Each remembered place: the key seen there last, and the field it filled (None: `_extra`).
type Places = Vec<(String, Option<usize>)>;

pub struct KeyOrder(GILProtected<RefCell<Places>>);

impl Default for KeyOrder {
    fn default() -> KeyOrder {
        KeyOrder(GILProtected::new(RefCell::new(Vec::new())))
    }
}

impl KeyOrder {
    /// The field of the `n`-th key `key` of an object: as last time when the key there was
    /// the same, from `lookup` (then remembered) otherwise.
    pub fn index(
        &self,
        py: Python<'_>,
        n: usize,
        key: &str,
        lookup: impl FnOnce(&str) -> Option<usize>,
    ) -> Option<usize> {
        // `lookup` is plain Rust and never loads another object, so the borrow cannot nest.
        let mut seen = self.0.get(py).borrow_mut();
        if let Some((known, found)) = seen.get(n) {
            if known == key {
                return *found;
            }
        }
        let found = lookup(key);
        if let Some((known, slot)) = seen.get_mut(n) {
            known.clear();
            known.push_str(key);
            *slot = found;
        } else if n == seen.len() && n < MAX_KEYS {
            seen.push((key.to_owned(), found));
        }
        found
    }
}
