//! `Client`: one core client (token, connection pool) per SDK object, shared by its resources.
//! Answers come back as Python objects (see `decode`), async ones through a `Hub`.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use exsited_core::{Config, Error, Event, Observer};
use pyo3::prelude::*;
use pyo3::types::PyType;

use crate::decode;
use crate::errors;
use crate::hub::{Hub, Outcome};
use crate::request::{self, PartSpec};

#[pyclass(frozen, module = "exsited._native")]
pub struct Client {
    /// One core client (token, pool) per SDK object. Its observer (when given) reports only
    /// the calls made while a print switch or debug logging is on: the Python side asks the
    /// switches at every call and passes `observe`; the other calls are `quiet`, so the
    /// core builds no events for them.
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
    #[pyo3(signature = (base_url, client_id, client_secret, *, redirect_uri=None, grant_type=None, timeout=None, connect_timeout=None, max_retries=None, token_cache_file=None, token_store=None, observer=None, allow_insecure_http=false, proxy=None, ca_cert_pem=None))]
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
        token_store: Option<String>,
        observer: Option<Py<PyAny>>,
        allow_insecure_http: bool,
        proxy: Option<String>,
        ca_cert_pem: Option<Vec<u8>>,
    ) -> PyResult<Client> {
        let build = || -> Result<Client, Error> {
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
            config.token_store = token_store.map(exsited_core::Secret::new);
            config.allow_insecure_http = allow_insecure_http;
            config.proxy = proxy;
            config.ca_cert_pem = ca_cert_pem;
            let inner = exsited_core::Client::with_observer(config, observer.map(self::observer))?;
            Ok(Client { inner })
        };
        build().map_err(|e| errors::to_py(py, &e))
    }

    /// Runs one operation to completion with the GIL released and returns its answer:
    /// loaded into `answer` (a DTO class) when it is an object, plain data otherwise, and
    /// `{"success": True, "status_code": ...}` when there is no body. `observe` says whether
    /// the observer wants this call's events (the print switches or debug logging are on).
    #[pyo3(signature = (operation, path, query, body, parts, version, answer=None, observe=false))]
    #[allow(clippy::too_many_arguments)]
    fn call<'py>(
        &self,
        py: Python<'py>,
        operation: String,
        path: Vec<String>,
        query: Vec<(String, String)>,
        body: Option<String>,
        parts: Vec<PartSpec>,
        version: Option<String>,
        answer: Option<Bound<'py, PyType>>,
        observe: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let request =
            request::build(path, query, body, parts, version).map_err(|e| errors::to_py(py, &e))?.quiet(!observe);
        let schema = decode::schema_of(answer.as_ref())?;
        let client = &self.inner;
        match py.allow_threads(|| client.call_blocking(&operation, request)) {
            Ok(response) => decode::answer(py, response.status, &response.body, schema.as_deref()),
            Err(e) => Err(errors::to_py(py, &e)),
        }
    }

    /// Starts one operation on the core's runtime and returns at once; its outcome (the
    /// answer as `call` returns it, or the exception) settles `future` when `hub` drains.
    #[pyo3(signature = (operation, path, query, body, parts, version, answer, observe, hub, future))]
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
        answer: Option<Bound<'_, PyType>>,
        observe: bool,
        hub: &Hub,
        future: Py<PyAny>,
    ) -> PyResult<()> {
        let request =
            request::build(path, query, body, parts, version).map_err(|e| errors::to_py(py, &e))?.quiet(!observe);
        let schema = decode::schema_of(answer.as_ref())?;
        // The core's runtime is rebuilt in a forked child, so this stays valid after fork.
        let runtime = exsited_core::runtime::runtime().map_err(|e| errors::to_py(py, &e))?;
        let client = self.inner.clone();
        let sender = hub.sender();
        runtime.spawn(async move {
            let result = client.call(&operation, request).await;
            sender.send(future, Outcome::Call(result, schema));
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
