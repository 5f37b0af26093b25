//! `exsited_pyfloor.Floor`: the least a Python binding can do for P1 — a Python call into
//! Rust, the GIL released, one GET on a kept-alive reqwest connection driven on the calling
//! thread (as the raw loop does), the body returned as `bytes`. The benchmark adds
//! `json.loads` on top, the least a binding can do to hand the answer to Python. No SDK
//! logic; bench-only, never shipped. `get(checked=True)` adds the one check a safe client
//! makes before reusing a pooled connection (see `get`).

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;

#[pyclass(unsendable)]
struct Floor {
    runtime: tokio::runtime::Runtime,
    http: reqwest::Client,
    url: String,
    bearer: String,
}

fn failed(e: impl std::fmt::Display) -> PyErr {
    PyRuntimeError::new_err(e.to_string())
}

#[pymethods]
impl Floor {
    /// `url`: the whole URL to GET; `token`: the bearer token to send.
    #[new]
    fn new(url: String, token: String) -> PyResult<Floor> {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(failed)?;
        let http = reqwest::Client::builder().tcp_nodelay(true).build().map_err(failed)?;
        Ok(Floor { runtime, http, url, bearer: format!("Bearer {token}") })
    }

    /// One GET, its body as bytes. `checked`: first let the runtime poll its I/O driver once,
    /// so that a pooled connection the server closed while the runtime slept is seen closed
    /// before the request is written on it. It is what the SDK's transport does before each
    /// blocking request, and what urllib3 does (a zero-timeout poll of the socket) before it
    /// reuses a connection: without it, a create may be written to a connection the server
    /// has closed, and fail in a way that cannot be told from a server that acted on it.
    #[pyo3(signature = (checked=false))]
    fn get<'py>(&self, py: Python<'py>, checked: bool) -> PyResult<Bound<'py, PyBytes>> {
        let body = py.allow_threads(|| {
            self.runtime.block_on(async {
                if checked {
                    tokio::task::yield_now().await;
                }
                let answer = self.http.get(&self.url).header("authorization", &self.bearer).send().await?;
                answer.error_for_status()?.bytes().await
            })
        });
        Ok(PyBytes::new(py, &body.map_err(failed)?))
    }
}

#[pymodule]
fn exsited_pyfloor(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Floor>()
}
