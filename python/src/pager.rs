//! `Pager`: walks a paged list through the core's pager, one page of JSON records at a time.

use std::sync::Arc;

use pyo3::prelude::*;
use tokio::sync::Mutex;

use crate::client::Client;
use crate::errors;
use crate::request;

#[pyclass(frozen, module = "exsited._native")]
pub struct Pager {
    inner: Arc<Mutex<exsited_core::Pager>>,
}

fn page_text(page: Option<Vec<serde_json::Value>>) -> Option<String> {
    page.map(|records| serde_json::Value::Array(records).to_string())
}

#[pymethods]
impl Pager {
    #[new]
    #[pyo3(signature = (client, operation, path, query, limit=None, offset=None))]
    fn new(
        py: Python<'_>,
        client: &Client,
        operation: String,
        path: Vec<String>,
        query: Vec<(String, String)>,
        limit: Option<u32>,
        offset: Option<u64>,
    ) -> PyResult<Pager> {
        let request = request::build(path, query, None, Vec::new(), None).map_err(|e| errors::to_py(py, &e))?;
        let pager = exsited_core::Pager::new(client.inner.clone(), &operation, request, limit, offset)
            .map_err(|e| errors::to_py(py, &e))?;
        Ok(Pager { inner: Arc::new(Mutex::new(pager)) })
    }

    /// The next page as JSON text of an array of records, or None when the list is exhausted.
    fn next_page(&self, py: Python<'_>) -> PyResult<Option<String>> {
        let pager = self.inner.clone();
        let result =
            py.allow_threads(|| exsited_core::runtime::block_on(async move { pager.lock().await.next_page().await }));
        match result.and_then(|r| r) {
            Ok(page) => Ok(page_text(page)),
            Err(e) => Err(errors::to_py(py, &e)),
        }
    }

    /// Async form of `next_page`: calls `settle(True, text_or_None)` or `settle(False, exception)`.
    fn next_page_async(&self, py: Python<'_>, settle: Py<PyAny>) -> PyResult<()> {
        let runtime = exsited_core::runtime::runtime().map_err(|e| errors::to_py(py, &e))?;
        let pager = self.inner.clone();
        runtime.spawn(async move {
            let result = pager.lock().await.next_page().await;
            Python::with_gil(|py| {
                let args = match result {
                    Ok(page) => {
                        let Ok(text) = page_text(page).into_pyobject(py);
                        (true, text.into_any())
                    }
                    Err(e) => (false, errors::to_value(py, &e)),
                };
                let _ = settle.call1(py, args);
            });
        });
        Ok(())
    }
}
