//! `Pager`: walks a paged list through the core's pager, one page at a time. A page comes
//! back as `Records`, an iterator that loads each record into the DTO class given (see
//! `from_bytes`) only when it is reached: a walk holds one page's bytes and the record in
//! hand, not a page of Python objects.

use std::sync::atomic::AtomicUsize;
use std::sync::Arc;

use exsited_core::pager::RawPage;
use exsited_core::Error;
use pyo3::prelude::*;
use pyo3::types::PyType;
use tokio::sync::Mutex;

use crate::call::Call;
use crate::client::Client;
use crate::decode;
use crate::errors;
use crate::hub::{Hub, Outcome};
use crate::running::{InFlight, Running};
use crate::wait::wait;

#[pyclass(frozen, module = "exsited._native")]
pub struct Pager {
    inner: Arc<Mutex<exsited_core::Pager>>,
    /// The client's count of running async operations.
    in_flight: Arc<AtomicUsize>,
}

#[pymethods]
impl Pager {
    /// A pager over the list operation `call` names (an ``exsited._transport.Call``: its
    /// path, query and version; a limit and offset in its query set the page size and the
    /// start, and the pager adds them to each page's request).
    #[new]
    #[pyo3(signature = (client, call, observe=false))]
    fn new(py: Python<'_>, client: &Client, call: PyRef<'_, Call>, observe: bool) -> PyResult<Pager> {
        let request = call.request(py).map_err(|e| errors::to_py(py, &e))?.quiet(!observe);
        let pager = exsited_core::Pager::new(client.inner.clone(), &call.operation, request, None, None)
            .map_err(|e| errors::to_py(py, &e))?;
        Ok(Pager { inner: Arc::new(Mutex::new(pager)), in_flight: client.in_flight.clone() })
    }

    /// The next page as an iterator of its records (objects loaded as `record`), or None
    /// when the list is exhausted.
    #[pyo3(signature = (record=None))]
    fn next_page<'py>(&self, py: Python<'py>, record: Option<Bound<'py, PyType>>) -> PyResult<Bound<'py, PyAny>> {
        let schema = decode::schema_of(record.as_ref())?;
        let pager = self.inner.clone();
        // Interrupted (Ctrl-C), the page is abandoned; the pager still stands where it was.
        let page = wait(py, async move { pager.lock().await.next_raw_page().await })?;
        records(py, page, schema)
    }

    /// Async form of `next_page`: its outcome settles `future` when `hub` drains; the
    /// returned `Running` aborts it.
    fn next_page_async(
        &self,
        py: Python<'_>,
        record: Option<Bound<'_, PyType>>,
        hub: &Hub,
        future: Py<PyAny>,
    ) -> PyResult<Running> {
        let schema = decode::schema_of(record.as_ref())?;
        let runtime = exsited_core::runtime::runtime().map_err(|e| errors::to_py(py, &e))?;
        let pager = self.inner.clone();
        let sender = hub.sender();
        let counted = InFlight::start(&self.in_flight);
        let task = runtime.spawn(async move {
            let _counted = counted;
            let result = pager.lock().await.next_raw_page().await;
            sender.send(future, Outcome::Page(result, schema));
        });
        Ok(Running::new(task.abort_handle()))
    }
}

/// A page as `Records`, or None at the end of the list.
pub fn records<'py>(
    py: Python<'py>,
    page: Option<RawPage>,
    schema: Option<std::sync::Arc<decode::Schema>>,
) -> PyResult<Bound<'py, PyAny>> {
    match page {
        None => Ok(py.None().into_bound(py)),
        Some(page) => Ok(Bound::new(py, Records { page, next: 0, schema, strings: Default::default() })?.into_any()),
    }
}

/// The records of one page, each loaded when the iteration reaches it.
#[pyclass(module = "exsited._native")]
pub struct Records {
    page: RawPage,
    next: usize,
    schema: Option<std::sync::Arc<decode::Schema>>,
    /// Short strings shared by the records of the page (see `from_bytes::Strings`).
    strings: crate::from_bytes::Strings,
}

#[pymethods]
impl Records {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(&mut self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        if self.next >= self.page.len() {
            return Ok(None);
        }
        let i = self.next;
        self.next += 1;
        let schema = self.schema.as_deref();
        let refused = |e| {
            decode::refused_value(py, e, |why| Error::decode(format!("a record of the page cannot be loaded: {why}")))
        };
        if let Some(loaded) =
            crate::from_bytes::load_with(py, self.page.record(i), schema, &mut self.strings).map_err(refused)?
        {
            return Ok(Some(loaded));
        }
        let value = self.page.value(i).map_err(|e| errors::to_py(py, &e))?;
        decode::value(py, &value, schema).map(Some).map_err(refused)
    }

    /// Records not yet reached.
    fn __len__(&self) -> usize {
        self.page.len() - self.next
    }
}
