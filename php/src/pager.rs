//! `Exsited\RecordIterator`: a PHP `Iterator` over every record of a paged list, backed by
//! the core's Pager. Pages are fetched as the loop reaches them; `rewind()` starts over.
//!
//! ```php
//! foreach ($accounts->iterateAll(['limit' => 200, 'order_by' => 'created_on', 'timeout' => 5]) as $i => $account) { ... }
//! ```

use exsited_core::{CallOptions, Pager, Request};
use ext_php_rs::exception::PhpResult;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{ZendHashTable, Zval};
use ext_php_rs::zend::ce;
use serde_json::Value;

use crate::args::scalar_text;
use crate::errors::{guard, usage, OrThrow};
use crate::settings::Handle;

#[php_class]
#[php(name = "Exsited\\RecordIterator")]
#[php(implements(ce = ce::iterator, stub = "\\Iterator"))]
pub struct RecordIterator {
    handle: Handle,
    operation: &'static str,
    path: Vec<String>,
    query: Vec<(String, String)>,
    version: String,
    pager: Option<Pager>,
    current: Option<Value>,
    index: i64,
    /// timeout, max_retries... given among the options (see `call_options`).
    call_options: CallOptions,
}

impl RecordIterator {
    /// An iterator that has not fetched anything yet.
    pub fn start(
        handle: &Handle,
        operation: &'static str,
        path: Vec<String>,
        options: Option<&ZendHashTable>,
    ) -> PhpResult<RecordIterator> {
        let mut it = RecordIterator {
            handle: handle.clone(),
            operation,
            path,
            query: Vec::new(),
            version: handle.default_version(),
            pager: None,
            current: None,
            index: 0,
            call_options: CallOptions::default(),
        };
        if let Some(options) = options {
            for (k, v) in options.iter() {
                let key = crate::zval::key_name(&k);
                if crate::call_options::KEYS.contains(&key.as_str()) {
                    crate::call_options::set(&mut it.call_options, &key, v)?;
                    continue;
                }
                let value = scalar_text(v).ok_or_else(|| usage(format!("option {key:?} must be a scalar")))?;
                let Some(value) = value else { continue };
                match key.as_str() {
                    // Checked by the core's pager, by the rule of every list call's query.
                    "limit" | "offset" | "order_by" | "direction" => it.query.push((key, value)),
                    "apiVersion" | "api_version" => it.version = value,
                    other => {
                        return Err(usage(format!(
                            "unknown option {other:?}; known: limit, offset, order_by, direction, apiVersion, {}",
                            crate::call_options::KEYS.join(", ")
                        )))
                    }
                }
            }
        }
        // Refuse a bad limit, direction or call option now rather than at the first page.
        it.call_options.validate().map_err(crate::errors::from_core)?;
        it.new_pager()?;
        Ok(it)
    }

    fn new_pager(&self) -> PhpResult<Pager> {
        let mut request = Request::new().path(self.path.clone()).version(self.version.clone());
        request.query = self.query.clone();
        request.options = self.call_options.clone();
        Pager::new(self.handle.core.clone(), self.operation, request, None, None).or_throw(self.handle.assoc)
    }

    fn advance(&mut self) -> PhpResult<()> {
        let assoc = self.handle.assoc;
        let pager = match self.pager.as_mut() {
            Some(p) => p,
            None => {
                let p = self.new_pager()?;
                self.pager.insert(p)
            }
        };
        self.current = crate::log::during(&self.handle, || pager.next_record_blocking()).or_throw(assoc)?;
        Ok(())
    }

    fn ensure_started(&mut self) -> PhpResult<()> {
        if self.pager.is_none() {
            self.advance()?;
        }
        Ok(())
    }
}

#[php_impl]
impl RecordIterator {
    /// The current record (stdClass, or an array in assoc mode); null past the end.
    pub fn current(&mut self) -> PhpResult<Zval> {
        guard(|| {
            self.ensure_started()?;
            match &self.current {
                Some(v) => crate::zval::to_php(v, self.handle.assoc).map_err(usage),
                None => Ok(Zval::null()),
            }
        })
    }

    /// Position of the current record, from 0.
    pub fn key(&mut self) -> PhpResult<Option<i64>> {
        guard(|| {
            self.ensure_started()?;
            Ok(self.current.as_ref().map(|_| self.index))
        })
    }

    /// Moves to the next record, fetching the next page when needed.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> PhpResult<()> {
        guard(|| {
            self.ensure_started()?;
            if self.current.is_some() {
                self.advance()?;
                self.index += 1;
            }
            Ok(())
        })
    }

    /// Starts over from the first page.
    pub fn rewind(&mut self) -> PhpResult<()> {
        guard(|| {
            self.pager = None;
            self.current = None;
            self.index = 0;
            self.advance()
        })
    }

    /// Whether there is a current record.
    pub fn valid(&mut self) -> PhpResult<bool> {
        guard(|| {
            self.ensure_started()?;
            Ok(self.current.is_some())
        })
    }
}
