//! `exsited_pyfloor.Floor`: the least a Python binding can do for P1 — a Python call into
//! Rust, the GIL released, one GET on a kept-alive reqwest connection driven on the calling
//! thread (as the raw loop does), the body returned as `bytes`. The benchmark adds
//! `json.loads` on top, the least a binding can do to hand the answer to Python. No SDK
//! logic; bench-only, never shipped.

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

    /// One GET, its body as bytes.
    fn get<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        let body = py.allow_threads(|| {
            self.runtime.block_on(async {
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
