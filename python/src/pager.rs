//! `Pager`: walks a paged list through the core's pager, one page of records at a time,
//! each record loaded into the DTO class given (see `decode`).

use std::sync::atomic::AtomicUsize;
use std::sync::Arc;

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
    /// path, query and version; the pager adds limit and offset to each page's request).
    #[new]
    #[pyo3(signature = (client, call, limit=None, offset=None, observe=false))]
    fn new(
        py: Python<'_>,
        client: &Client,
        call: Call<'_>,
        limit: Option<u32>,
        offset: Option<u64>,
        observe: bool,
    ) -> PyResult<Pager> {
        let request = call.request().map_err(|e| errors::to_py(py, &e))?.quiet(!observe);
        let pager = exsited_core::Pager::new(client.inner.clone(), &call.operation, request, limit, offset)
            .map_err(|e| errors::to_py(py, &e))?;
        Ok(Pager { inner: Arc::new(Mutex::new(pager)), in_flight: client.in_flight.clone() })
    }

    /// The next page as a list of records (objects loaded as `record`), or None when the
    /// list is exhausted.
    #[pyo3(signature = (record=None))]
    fn next_page<'py>(&self, py: Python<'py>, record: Option<Bound<'py, PyType>>) -> PyResult<Bound<'py, PyAny>> {
        let schema = decode::schema_of(record.as_ref())?;
        let pager = self.inner.clone();
        // Interrupted (Ctrl-C), the page is abandoned; the pager still stands where it was.
        let page = wait(py, async move { pager.lock().await.next_page().await })?;
        decode::page(py, page.as_deref(), schema.as_deref())
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
            let result = pager.lock().await.next_page().await;
            sender.send(future, Outcome::Page(result, schema));
        });
        Ok(Running::new(task.abort_handle()))
    }
}
