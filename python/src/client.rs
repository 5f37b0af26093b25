//! `Client`: one core client (token, connection pool) per SDK object, shared by its resources.
//! Answers come back as Python objects (see `decode`), async ones through a `Hub`.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use exsited_core::{Config, Error, Event, Observer};
use pyo3::prelude::*;

use crate::call::Call;
use crate::decode;
use crate::errors;
use crate::hub::{Hub, Outcome};
use crate::options;
use crate::running::{InFlight, Running};
use crate::wait::wait;

#[pyclass(frozen, module = "exsited._native")]
pub struct Client {
    /// One core client (token, pool) per SDK object. Its observer (when given) reports only
    /// the calls made while a print switch or debug logging is on: the Python side asks the
    /// switches at every call and passes `observe`; the other calls are `quiet`, so the
    /// core builds no events for them.
    pub(crate) inner: exsited_core::Client,
    /// Async operations running (see `InFlight`).
    pub(crate) in_flight: Arc<AtomicUsize>,
}

/// Reports each (already redacted) request and answer to a Python callable as a dict.
fn observer(callback: Py<PyAny>) -> Observer {
    Arc::new(move |event: &Event| {
        let event = event.to_json();
        Python::with_gil(|py| {
            // A failing print hook must not fail the API call.
            if let Ok(dict) = decode::plain(py, &event) {
                let _ = callback.call1(py, (dict,));
            }
        });
    })
}

#[pymethods]
impl Client {
    #[new]
    #[pyo3(signature = (base_url, client_id, client_secret, *, redirect_uri=None, grant_type=None, timeout=None, connect_timeout=None, max_retries=None, deadline=None, pool_idle_timeout=None, token_cache_file=None, token_store=None, observer=None, allow_insecure_http=None, proxy=None, ca_cert_pem=None, trust_env=None, no_proxy=None, max_response_bytes=None, max_upload_bytes=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        base_url: Bound<'_, PyAny>,
        client_id: Bound<'_, PyAny>,
        client_secret: Bound<'_, PyAny>,
        redirect_uri: Option<Bound<'_, PyAny>>,
        grant_type: Option<Bound<'_, PyAny>>,
        timeout: Option<Bound<'_, PyAny>>,
        connect_timeout: Option<Bound<'_, PyAny>>,
        max_retries: Option<Bound<'_, PyAny>>,
        deadline: Option<Bound<'_, PyAny>>,
        pool_idle_timeout: Option<Bound<'_, PyAny>>,
        token_cache_file: Option<Bound<'_, PyAny>>,
        token_store: Option<Bound<'_, PyAny>>,
        observer: Option<Py<PyAny>>,
        allow_insecure_http: Option<Bound<'_, PyAny>>,
        proxy: Option<Bound<'_, PyAny>>,
        ca_cert_pem: Option<Bound<'_, PyAny>>,
        trust_env: Option<Bound<'_, PyAny>>,
        no_proxy: Option<Bound<'_, PyAny>>,
        max_response_bytes: Option<Bound<'_, PyAny>>,
        max_upload_bytes: Option<Bound<'_, PyAny>>,
    ) -> PyResult<Client> {
        // Every value is taken as it comes and converted by `options`, so that a value of
        // the wrong type or range is a ConfigError naming the option, never a bare
        // TypeError or OverflowError.
        let build = || -> Result<Client, Error> {
            let text = |name, v: &Bound<'_, PyAny>| options::text(name, Some(v)).map(Option::unwrap_or_default);
            let mut config = Config::new(
                text("base_url", &base_url)?,
                text("client_id", &client_id)?,
                text("client_secret", &client_secret)?,
            );
            config.binding = "python".to_string();
            if let Some(uri) = options::text("redirect_uri", redirect_uri.as_ref())? {
                config.redirect_uri = uri;
            }
            if let Some(grant) = options::text("grant_type", grant_type.as_ref())?.filter(|g| !g.trim().is_empty()) {
                config.grant_type = grant;
            }
            if let Some(t) = options::seconds("timeout", timeout.as_ref())? {
                config.read_timeout = t;
            }
            if let Some(t) = options::seconds("connect_timeout", connect_timeout.as_ref())? {
                config.connect_timeout = t;
            }
            if let Some(n) = options::retries("max_retries", max_retries.as_ref())? {
                config.retry.max_retries = n;
            }
            config.deadline = options::seconds("deadline", deadline.as_ref())?;
            if let Some(t) = options::seconds("pool_idle_timeout", pool_idle_timeout.as_ref())? {
                config.pool_idle_timeout = t;
            }
            config.token_cache_file = options::path("token_cache_file", token_cache_file.as_ref())?;
            config.token_store = options::text("token_store", token_store.as_ref())?.map(exsited_core::Secret::new);
            config.allow_insecure_http = options::flag("allow_insecure_http", allow_insecure_http.as_ref())?;
            config.proxy = options::text("proxy", proxy.as_ref())?;
            config.ca_cert_pem = options::pem("ca_cert_pem", ca_cert_pem.as_ref())?;
            config.trust_env = options::flag_or("trust_env", trust_env.as_ref(), true)?;
            config.no_proxy = options::hosts("no_proxy", no_proxy.as_ref())?;
            if let Some(n) = options::bytes("max_response_bytes", max_response_bytes.as_ref())? {
                config.max_response_bytes = n;
            }
            if let Some(n) = options::bytes("max_upload_bytes", max_upload_bytes.as_ref())? {
                config.max_upload_bytes = n;
            }
            let inner = exsited_core::Client::with_observer(config, observer.map(self::observer))?;
            Ok(Client { inner, in_flight: Arc::default() })
        };
        build().map_err(|e| errors::to_py(py, &e))
    }

    /// Runs one call (an ``exsited._transport.Call``) to completion and returns its answer:
    /// loaded into `call.answer` (a DTO class) when it is an object, plain data otherwise, and
    /// `{"success": True, "status_code": ...}` when there is no body. The wait is sliced so
    /// that Ctrl-C interrupts it (see `wait`). `observe` says whether the observer wants this
    /// call's events (the print switches or debug logging are on).
    #[pyo3(signature = (call, observe=false))]
    fn call<'py>(&self, py: Python<'py>, call: PyRef<'py, Call>, observe: bool) -> PyResult<Bound<'py, PyAny>> {
        crate::log::refresh(py);
        let request = call.request(py).map_err(|e| errors::to_py(py, &e))?.quiet(!observe);
        let schema = decode::schema_of(call.answer(py))?;
        let answer = wait(py, self.inner.call_raw(&call.operation, request))?;
        decode::raw_answer(py, &answer, schema.as_deref(), call.raw)
    }

    /// Starts one operation on the core's runtime and returns at once; its outcome (the
    /// answer as `call` returns it, or the exception) settles `future` when `hub` drains.
    /// The returned `Running` aborts the operation (see `Running::abort`).
    #[pyo3(signature = (call, observe, hub, future))]
    fn call_async(
        &self,
        py: Python<'_>,
        call: PyRef<'_, Call>,
        observe: bool,
        hub: &Hub,
        future: Py<PyAny>,
    ) -> PyResult<Running> {
        crate::log::refresh(py);
        let request = call.request(py).map_err(|e| errors::to_py(py, &e))?.quiet(!observe);
        let schema = decode::schema_of(call.answer(py))?;
        let (operation, raw) = (call.operation.clone(), call.raw);
        // The core's runtime is rebuilt in a forked child, so this stays valid after fork.
        let runtime = exsited_core::runtime::runtime().map_err(|e| errors::to_py(py, &e))?;
        let client = self.inner.clone();
        let sender = hub.sender();
        let counted = InFlight::start(&self.in_flight);
        let task = runtime.spawn(async move {
            let _counted = counted;
            let result = client.call_raw(&operation, request).await;
            sender.send(future, Outcome::Call(result, schema, raw));
        });
        Ok(Running::new(task.abort_handle()))
    }

    /// Async operations of this client started and not yet finished or aborted.
    fn in_flight(&self) -> usize {
        self.in_flight.load(Ordering::Relaxed)
    }

    /// Token requests sent so far for this client's credentials in this process (shared
    /// with every client that has the same credentials).
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
