//! `Client`: one core client (token, connection pool) per SDK object, shared by its resources.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use exsited_core::{Config, Error, Event, Observer};
use pyo3::prelude::*;

use crate::errors;
use crate::request::{self, PartSpec};

#[pyclass(frozen, module = "exsited._native")]
pub struct Client {
    pub(crate) inner: exsited_core::Client,
}

fn seconds(name: &str, value: Option<f64>) -> Result<Option<Duration>, Error> {
    value
        .map(|s| {
            Duration::try_from_secs_f64(s)
                .map_err(|_| Error::config(format!("{name} must be a positive number of seconds, got {s}")))
        })
        .transpose()
}

/// Reports each (already redacted) request and answer to a Python callable as JSON text.
fn observer(callback: Py<PyAny>) -> Observer {
    Arc::new(move |event: &Event| {
        let text = event.to_json().to_string();
        Python::with_gil(|py| {
            // A failing print hook must not fail the API call.
            let _ = callback.call1(py, (text,));
        });
    })
}

#[pymethods]
impl Client {
    #[new]
    #[pyo3(signature = (base_url, client_id, client_secret, *, redirect_uri=None, grant_type=None, timeout=None, connect_timeout=None, max_retries=None, token_cache_file=None, observer=None, allow_insecure_http=false, proxy=None, ca_cert_pem=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        base_url: String,
        client_id: String,
        client_secret: String,
        redirect_uri: Option<String>,
        grant_type: Option<String>,
        timeout: Option<f64>,
        connect_timeout: Option<f64>,
        max_retries: Option<u32>,
        token_cache_file: Option<PathBuf>,
        observer: Option<Py<PyAny>>,
        allow_insecure_http: bool,
        proxy: Option<String>,
        ca_cert_pem: Option<Vec<u8>>,
    ) -> PyResult<Client> {
        let build = || -> Result<exsited_core::Client, Error> {
            let mut config = Config::new(base_url, client_id, client_secret);
            config.binding = "python".to_string();
            if let Some(uri) = redirect_uri {
                config.redirect_uri = uri;
            }
            if let Some(grant) = grant_type.filter(|g| !g.trim().is_empty()) {
                config.grant_type = grant;
            }
            if let Some(t) = seconds("timeout", timeout)? {
                config.read_timeout = t;
            }
            if let Some(t) = seconds("connect_timeout", connect_timeout)? {
                config.connect_timeout = t;
            }
            if let Some(n) = max_retries {
                config.retry.max_retries = n;
            }
            config.token_cache_file = token_cache_file;
            config.allow_insecure_http = allow_insecure_http;
            config.proxy = proxy;
            config.ca_cert_pem = ca_cert_pem;
            exsited_core::Client::with_observer(config, observer.map(self::observer))
        };
        build().map(|inner| Client { inner }).map_err(|e| errors::to_py(py, &e))
    }

    /// Runs one operation to completion with the GIL released; returns (status, JSON text or None).
    #[pyo3(signature = (operation, path, query, body, parts, version))]
    #[allow(clippy::too_many_arguments)]
    fn call(
        &self,
        py: Python<'_>,
        operation: String,
        path: Vec<String>,
        query: Vec<(String, String)>,
        body: Option<String>,
        parts: Vec<PartSpec>,
        version: Option<String>,
    ) -> PyResult<(u16, Option<String>)> {
        let request = request::build(path, query, body, parts, version).map_err(|e| errors::to_py(py, &e))?;
        let client = &self.inner;
        let result = py.allow_threads(|| client.call_blocking(&operation, request));
        match result {
            Ok(response) => Ok((response.status, request::body_text(&response.body))),
            Err(e) => Err(errors::to_py(py, &e)),
        }
    }

    /// Starts one operation on the core's runtime and returns at once; when it ends,
    /// `settle(True, (status, text))` or `settle(False, exception)` is called with the GIL held.
    #[pyo3(signature = (operation, path, query, body, parts, version, settle))]
    #[allow(clippy::too_many_arguments)]
    fn call_async(
        &self,
        py: Python<'_>,
        operation: String,
        path: Vec<String>,
        query: Vec<(String, String)>,
        body: Option<String>,
        parts: Vec<PartSpec>,
        version: Option<String>,
        settle: Py<PyAny>,
    ) -> PyResult<()> {
        let request = request::build(path, query, body, parts, version).map_err(|e| errors::to_py(py, &e))?;
        // The core's runtime is rebuilt in a forked child, so this stays valid after fork.
        let runtime = exsited_core::runtime::runtime().map_err(|e| errors::to_py(py, &e))?;
        let client = self.inner.clone();
        runtime.spawn(async move {
            let result = client.call(&operation, request).await;
            Python::with_gil(|py| {
                let outcome = match result {
                    Ok(response) => (response.status, request::body_text(&response.body))
                        .into_pyobject(py)
                        .map(|t| (true, t.into_any())),
                    Err(e) => Ok((false, errors::to_value(py, &e))),
                };
                if let Ok(args) = outcome {
                    // The loop may be closed by now; nobody is left to tell.
                    let _ = settle.call1(py, args);
                }
            });
        });
        Ok(())
    }

    /// Token requests sent by this client so far.
    fn token_requests(&self) -> u64 {
        self.inner.token_requests()
    }

    #[getter]
    fn base_url(&self) -> String {
        self.inner.base_url().as_str().trim_end_matches('/').to_string()
    }

    fn __repr__(&self) -> String {
        format!("Client(base_url={:?}, client_id={:?})", self.base_url(), self.inner.config().client_id)
    }
}
