//! HTTP transport: one pooled reqwest client per SDK client (rebuilt in a forked child),
//! single attempts with a bounded answer size. Retrying is decided by the caller
//! (`client.rs`) with [`RetryPolicy`].

pub mod deadline;
pub mod encoding;
pub mod multipart;
pub mod proxy;
pub mod retry;
pub mod reuse;
pub mod url;

use std::collections::HashMap;
use std::sync::Mutex;
use std::thread::ThreadId;
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use futures_util::StreamExt;
use hyper_util::client::legacy::connect::HttpInfo;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::config::Config;
use crate::error::{Error, ErrorKind, Result};
use crate::ops::Method;
use crate::runtime::for_this_process;

pub use multipart::PreparedMultipart;
pub use retry::{is_retryable, parse_retry_after, Failure};

use crate::retry_policy::RetryPolicy;

/// The body of one attempt.
pub enum AttemptBody<'a> {
    None,
    Json(&'a Bytes),
    Multipart(&'a PreparedMultipart),
}

/// A complete answer, whatever its status.
#[derive(Debug)]
pub struct RawResponse {
    pub status: u16,
    pub reason: Option<&'static str>,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl RawResponse {
    pub fn retry_after(&self) -> Option<Duration> {
        self.headers.get(reqwest::header::RETRY_AFTER).and_then(|v| v.to_str().ok()).and_then(parse_retry_after)
    }
}

/// A failed attempt: the error to report, and what retrying needs to know.
#[derive(Debug)]
pub struct AttemptError {
    pub error: Error,
    pub failure: Failure,
}

pub struct Transport {
    /// Unique in the process (a dropped transport's address may be reused by the next one).
    id: u64,
    settings: Settings,
    /// Whether pooled connections are reused (paused for a server that closes silently).
    reuse: reuse::Reuse,
    /// The pool for async callers (multi-thread runtime), with the pid it belongs to.
    client: Mutex<Option<(u32, reqwest::Client)>>,
    /// One pool per thread for blocking calls: their connections are driven by that thread's
    /// own runtime, so they must not be shared with other threads.
    per_thread: Mutex<HashMap<ThreadId, Option<(u32, reqwest::Client)>>>,
}

#[derive(Clone)]
struct Settings {
    connect_timeout: Duration,
    /// Bounds a whole attempt: connection, request and the complete answer.
    read_timeout: Duration,
    pool_idle_timeout: Duration,
    user_agent: String,
    proxy: proxy::ProxySettings,
    ca_cert_pem: Option<Vec<u8>>,
    max_response_bytes: usize,
}

impl Transport {
    pub fn new(config: &Config) -> Result<Transport> {
        static IDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let t = Transport {
            id: IDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            reuse: reuse::Reuse::new(config.pool_idle_timeout),
            settings: Settings {
                connect_timeout: config.connect_timeout,
                read_timeout: config.read_timeout,
                pool_idle_timeout: config.pool_idle_timeout,
                user_agent: config.user_agent(),
                proxy: proxy::ProxySettings {
                    explicit: config.proxy.clone(),
                    trust_env: config.trust_env,
                    no_proxy: config.no_proxy.clone(),
                },
                ca_cert_pem: match &config.ca_cert_pem {
                    Some(pem) => Some(pem.clone()),
                    None => ca_bundle_from_env()?,
                },
                // At most 4 GiB (config::MAX_BYTES): a usize on any 64-bit host.
                max_response_bytes: usize::try_from(config.max_response_bytes).unwrap_or(usize::MAX),
            },
            client: Mutex::new(None),
            per_thread: Mutex::new(HashMap::new()),
        };
        // Build once now so that a bad proxy or certificate is a Config error at construction.
        t.http()?;
        Ok(t)
    }

    /// The pooled client for this call: the calling thread's own for blocking calls, the
    /// shared one for async calls; a forked child gets new ones (no connection shared with
    /// its parent).
    fn http(&self) -> Result<reqwest::Client> {
        let (reuse, resumed) = self.reuse.allowed();
        if resumed {
            self.forget_clients();
        }
        let build = || build_client(&self.settings, reuse);
        if crate::runtime::on_local_runtime() {
            let mut map = self.per_thread.lock().unwrap_or_else(|p| p.into_inner());
            if map.len() > 256 {
                // Threads come and go (thread pools); forget the pools of the older ones.
                map.clear();
            }
            return for_this_process(map.entry(std::thread::current().id()).or_default(), build);
        }
        for_this_process(&mut self.client.lock().unwrap_or_else(|p| p.into_inner()), build)
    }

    /// Drops every pool, so that the next call builds one with the current reuse setting.
    fn forget_clients(&self) {
        self.per_thread.lock().unwrap_or_else(|p| p.into_inner()).clear();
        *self.client.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    /// Sends one attempt and reads the whole answer (bounded by `max_response_bytes`), all
    /// within the read timeout, or less when the call's deadline comes first: a server
    /// trickling its answer byte by byte cannot stretch an attempt. `timeout`: the call's
    /// own attempt timeout, instead of the configuration's read timeout.
    pub async fn send(
        &self,
        method: Method,
        url: &::url::Url,
        headers: HeaderMap,
        body: AttemptBody<'_>,
        timeout: Option<Duration>,
    ) -> std::result::Result<RawResponse, AttemptError> {
        let limit = timeout.unwrap_or(self.settings.read_timeout);
        let mut until = tokio::time::Instant::now() + limit;
        let mut call_deadline = None;
        if let Some((at, whole)) = deadline::current() {
            if at < until {
                (until, call_deadline) = (at, Some(whole));
            }
        }
        match tokio::time::timeout_at(until, self.attempt(method, url, headers, body)).await {
            Ok(outcome) => outcome,
            Err(_) => Err(AttemptError {
                error: match call_deadline {
                    Some(whole) => deadline::passed(whole),
                    None => Error::new(
                        ErrorKind::Timeout,
                        format!("no complete answer within the timeout of {:.3} s", limit.as_secs_f64()),
                    ),
                },
                failure: Failure::MaybeSent,
            }),
        }
    }

    async fn attempt(
        &self,
        method: Method,
        url: &::url::Url,
        headers: HeaderMap,
        body: AttemptBody<'_>,
    ) -> std::result::Result<RawResponse, AttemptError> {
        let http = self.http().map_err(|error| AttemptError { error, failure: Failure::NotSent })?;
        let blocking = crate::runtime::on_local_runtime();
        let previous = if blocking { reuse::take_last() } else { None };
        if blocking {
            // A blocking call's runtime sleeps between calls, so a close the server sent to
            // an idle pooled connection meanwhile has not been read yet. Polling the I/O
            // driver once lets that connection see it before the request is written: it
            // leaves the pool, or hands the unsent request back to be sent on a new one.
            tokio::task::yield_now().await;
        }
        let verb = match method {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Patch => reqwest::Method::PATCH,
            Method::Delete => reqwest::Method::DELETE,
        };
        let mut builder = http.request(verb, url.clone()).headers(headers);
        builder = match body {
            AttemptBody::None => builder,
            AttemptBody::Json(bytes) => builder
                .header(reqwest::header::CONTENT_TYPE, HeaderValue::from_static("application/json"))
                .body(bytes.clone()),
            AttemptBody::Multipart(m) => {
                builder.multipart(m.form().map_err(|error| AttemptError { error, failure: Failure::NotSent })?)
            }
        };
        let sent = std::time::Instant::now();
        let sending = builder.send().await.map_err(classify);
        let answered_on = match &sending {
            Ok(response) if blocking => response.extensions().get::<HttpInfo>().map(HttpInfo::local_addr),
            _ => None,
        };
        // A connection that broke under the request (as `classify` sorts it: not a timeout,
        // not a refused connection): with a silent close still on its way, that is how it shows.
        let broke = matches!(&sending, Err(a) if a.error.kind == ErrorKind::Connection
            && matches!(a.failure, Failure::MaybeSent | Failure::Unstarted));
        if blocking && (answered_on.is_some() || broke) && self.reuse.check(self.id, previous, answered_on, sent) {
            self.forget_clients();
            tracing::info!(target: "exsited", pause_s = reuse::PAUSE.as_secs(), "a connection to this server ended soon after an answer that did not announce it; connections to it are not reused for a while");
        }
        let mut response = sending?;
        let version = response.version();
        let status = response.status();
        // Taken, not copied: the body is read from the stream below, not through them.
        let headers = std::mem::take(response.headers_mut());
        if let Some(coding) = encoding::undecoded(&headers) {
            return unreadable(
                status,
                headers,
                format!("the answer is encoded as '{coding}', which this client cannot decode (it asks for gzip or deflate)"),
            );
        }
        let limit = self.settings.max_response_bytes;
        if let Some(len) = response.content_length() {
            if len > limit as u64 {
                return unreadable(status, headers, too_large(len, limit));
            }
        }
        // Sized up front when the server says how long the body is (no regrowth, no copies).
        let expected = response.content_length().map_or(0, |n| n.min(limit as u64) as usize);
        let mut body = BytesMut::with_capacity(expected);
        let mut stream = response.bytes_stream();
        while let Some(chunk) = stream.next().await {
            let chunk = match chunk {
                Ok(chunk) => chunk,
                Err(e) if encoding::corrupt(&e) => {
                    let why = format!("the answer's compressed body is corrupt: {}", error_chain(&e));
                    return unreadable(status, headers, why);
                }
                Err(e) => return Err(classify(e)),
            };
            if body.len() + chunk.len() > limit {
                return unreadable(status, headers, too_large((body.len() + chunk.len()) as u64, limit));
            }
            body.extend_from_slice(&chunk);
        }
        if blocking {
            reuse::remember(self.id, answered_on, version, &headers);
        }
        Ok(RawResponse { status: status.as_u16(), reason: status.canonical_reason(), headers, body: body.freeze() })
    }
}

/// `EXSITED_CA_BUNDLE=/path/ca.pem` adds a CA to trust without code changes (a private CA,
/// a TLS-intercepting proxy, the sandbox's --tls mode), like REQUESTS_CA_BUNDLE for requests.
pub const CA_BUNDLE_ENV: &str = "EXSITED_CA_BUNDLE";

/// Where an extra CA certificate can come from, named in its errors.
const CA_OPTIONS: &str = "ca_cert_pem, ca_cert_file or EXSITED_CA_BUNDLE";

fn ca_bundle_from_env() -> Result<Option<Vec<u8>>> {
    let Some(path) = std::env::var_os(CA_BUNDLE_ENV).filter(|p| !p.is_empty()) else {
        return Ok(None);
    };
    std::fs::read(&path).map(Some).map_err(|e| {
        Error::config(format!("{CA_BUNDLE_ENV}={} cannot be read: {e}", std::path::Path::new(&path).display()))
    })
}

/// An answer whose body cannot be read as sent (see `encoding`) or is too large (`too_large`):
/// a success is a decode error, not retried (asking again would fetch the same bytes); an
/// error status stands on its own, without the body.
fn unreadable(
    status: reqwest::StatusCode,
    headers: HeaderMap,
    why: String,
) -> std::result::Result<RawResponse, AttemptError> {
    if status.is_success() {
        let mut error = Error::decode(format!("{why}; refused")).with_headers(crate::response_headers::shown(&headers));
        error.status = Some(status.as_u16());
        return Err(AttemptError { error, failure: Failure::Status(status.as_u16()) });
    }
    Ok(RawResponse { status: status.as_u16(), reason: status.canonical_reason(), headers, body: Bytes::new() })
}

/// Why an answer over `max_response_bytes` is refused (as `unreadable`: a success is a
/// decode error, not retried since the server has acted; an error status keeps its kind).
fn too_large(len: u64, limit: usize) -> String {
    format!("the answer is larger than max_response_bytes ({len} > {limit} bytes)")
}

/// `reuse`: whether connections are kept for later requests (see `reuse`).
fn build_client(s: &Settings, reuse: bool) -> Result<reqwest::Client> {
    // Trusted roots: the bundled webpki roots, the OS store (with SSL_CERT_FILE and
    // SSL_CERT_DIR, read by rustls-native-certs), and any CA the configuration adds.
    let mut b = reqwest::Client::builder()
        .use_rustls_tls()
        .tls_built_in_webpki_certs(true)
        .tls_built_in_native_certs(true)
        .connect_timeout(s.connect_timeout)
        // The whole attempt is bounded in `Transport::send`. Idle connections are let go
        // before load balancers drop them (AWS ALB 60 s, nginx 75 s).
        .pool_idle_timeout(s.pool_idle_timeout)
        .pool_max_idle_per_host(if reuse { 64 } else { 0 })
        .tcp_nodelay(true)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(s.user_agent.clone());
    b = proxy::apply(b, &s.proxy)?;
    if let Some(pem) = &s.ca_cert_pem {
        let certs = reqwest::Certificate::from_pem_bundle(pem)
            .map_err(|e| Error::config(format!("invalid CA certificate ({CA_OPTIONS}): {e}")))?;
        if certs.is_empty() {
            return Err(Error::config(format!("the CA certificate ({CA_OPTIONS}) holds no PEM certificate")));
        }
        for cert in certs {
            b = b.add_root_certificate(cert);
        }
    }
    b.build().map_err(|e| Error::config(format!("could not build the HTTP client: {e}")))
}

/// Sorts a reqwest failure into timeout/connection and whether the request may have left.
fn classify(e: reqwest::Error) -> AttemptError {
    let detail = error_chain(&e);
    if never_written(&e) {
        return AttemptError {
            error: Error::new(
                ErrorKind::Connection,
                format!("connection failed before the request was sent: {detail}"),
            ),
            failure: Failure::Unstarted,
        };
    }
    if e.is_connect() {
        let kind = if e.is_timeout() { ErrorKind::Timeout } else { ErrorKind::Connection };
        return AttemptError {
            error: Error::new(kind, format!("could not connect: {detail}")),
            failure: Failure::NotSent,
        };
    }
    if e.is_timeout() {
        return AttemptError {
            error: Error::new(ErrorKind::Timeout, format!("timed out waiting for the answer: {detail}")),
            failure: Failure::MaybeSent,
        };
    }
    if e.is_builder() {
        return AttemptError { error: Error::usage(format!("invalid request: {detail}")), failure: Failure::Status(0) };
    }
    AttemptError {
        error: Error::new(ErrorKind::Connection, format!("connection failed: {detail}")),
        failure: Failure::MaybeSent,
    }
}

/// Whether hyper gave the request back unsent: it reports "canceled" only for a request
/// it never started writing (its connection closed first). A connection that closes after
/// the request was written ("connection closed before message completed") is not this:
/// the server may have acted on it, as when it crashes after a write.
fn never_written(e: &reqwest::Error) -> bool {
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        if s.downcast_ref::<hyper::Error>().is_some_and(hyper::Error::is_canceled) {
            return true;
        }
        source = s.source();
    }
    false
}

/// reqwest's own message plus its sources, without the URL's query (it may hold data).
fn error_chain(e: &reqwest::Error) -> String {
    let mut parts = vec![e.without_url_ref().to_string()];
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let text = s.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = s.source();
    }
    parts.join(": ")
}

trait WithoutUrlRef {
    fn without_url_ref(&self) -> String;
}

impl WithoutUrlRef for reqwest::Error {
    fn without_url_ref(&self) -> String {
        let mut text = self.to_string();
        if let Some(url) = self.url() {
            text = text.replace(url.as_str(), url.path());
        }
        text
    }
}

/// Header map from pairs (header names are ours, so a failure is a bug caught by tests).
pub fn headers(pairs: &[(&'static str, String)]) -> Result<HeaderMap> {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        let v =
            HeaderValue::from_str(value).map_err(|_| Error::usage(format!("header {name} has an invalid value")))?;
        map.insert(HeaderName::from_static(name), v);
    }
    Ok(map)
}

/// The `Authorization` value for an access token, marked sensitive (kept out of debug output).
pub fn bearer_header(token: &str) -> Result<HeaderValue> {
    // Built in one buffer (this runs on every call): no formatting, one copy.
    let mut text = BytesMut::with_capacity(7 + token.len());
    text.extend_from_slice(b"Bearer ");
    text.extend_from_slice(token.as_bytes());
    let mut value = HeaderValue::from_maybe_shared(text.freeze())
        .map_err(|_| Error::usage("header authorization has an invalid value"))?;
    value.set_sensitive(true);
    Ok(value)
}

/// Adds a call's extra headers (checked by `CallOptions::validate`) to an attempt's.
pub fn add_headers(map: &mut HeaderMap, extra: &[(String, String)]) -> Result<()> {
    for (name, value) in extra {
        let name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| Error::config(format!("extra_headers: {name:?} is not a valid header name")))?;
        let value = HeaderValue::from_str(value)
            .map_err(|_| Error::config(format!("extra_headers: the value of {name} is not a valid header value")))?;
        map.insert(name, value);
    }
    Ok(())
}

/// How the attempts of one request are made: when to retry, and how long one attempt may
/// take when the call sets its own timeout (`None`: the configuration's read timeout).
#[derive(Clone, Copy, Debug)]
pub struct AttemptPlan<'a> {
    pub retry: &'a RetryPolicy,
    pub timeout: Option<Duration>,
}

impl<'a> AttemptPlan<'a> {
    pub fn new(retry: &'a RetryPolicy) -> AttemptPlan<'a> {
        AttemptPlan { retry, timeout: None }
    }
}

/// The error of a create or update whose connection failed after it may have been written: it
/// is never sent again (the server may have acted on it), and the error says so, so that the
/// caller checks before repeating it.
fn not_resent(mut error: Error) -> Error {
    error
        .message
        .push_str("; it was not sent again, since the server may have carried it out: check before repeating it");
    error
}

/// Sends with the retry policy: repeats an attempt when the policy allows it for this verb
/// and failure, waiting the server's `Retry-After` or a jittered backoff. Returns the last
/// answer whatever its status (the caller turns statuses into errors), or the last error.
/// `idempotent`: whether the request may be carried out twice without harm (the verb's rule
/// for data calls; a token request is, whatever its verb), which decides what is retried.
pub async fn send_with_retries(
    transport: &Transport,
    plan: AttemptPlan<'_>,
    method: Method,
    idempotent: bool,
    url: &::url::Url,
    headers: &HeaderMap,
    body: AttemptBody<'_>,
) -> Result<RawResponse> {
    let mut retry = 0u32;
    // Whether an earlier attempt may have been carried out by the server.
    let mut maybe_done = false;
    // A request the connection gave back unsent is sent again at once, outside max_retries.
    let mut free_resend = true;
    loop {
        let attempt_body = match &body {
            AttemptBody::None => AttemptBody::None,
            AttemptBody::Json(b) => AttemptBody::Json(b),
            AttemptBody::Multipart(m) => AttemptBody::Multipart(m),
        };
        let outcome = transport.send(method, url, headers.clone(), attempt_body, plan.timeout).await;
        let (failure, retry_after) = match &outcome {
            Ok(resp) if resp.status == 404 && method == Method::Delete && maybe_done => {
                // The earlier attempt deleted it and its answer was lost: the goal is reached.
                tracing::debug!(target: "exsited", path = url.path(), "404 on a retried DELETE after a lost answer; treating as deleted");
                return Ok(RawResponse {
                    status: 204,
                    reason: Some("No Content"),
                    headers: HeaderMap::new(),
                    body: Bytes::new(),
                });
            }
            Ok(resp) if (200..400).contains(&resp.status) => return outcome.map_err(|a| a.error),
            Ok(resp) => (Failure::Status(resp.status), resp.retry_after()),
            Err(a) => (a.failure, None),
        };
        if failure == Failure::Unstarted && free_resend {
            free_resend = false;
            tracing::debug!(target: "exsited", method = %method, path = url.path(), "request not sent (the pooled connection was closed); sending it again");
            continue;
        }
        if retry >= plan.retry.max_retries || !is_retryable(idempotent, failure) {
            return outcome.map_err(|a| {
                if failure == Failure::MaybeSent && !idempotent {
                    not_resent(a.error)
                } else {
                    a.error
                }
            });
        }
        maybe_done |= matches!(failure, Failure::MaybeSent | Failure::Status(502) | Failure::Status(504));
        retry += 1;
        let Some(wait) = plan.retry.delay(retry, retry_after) else {
            return outcome.map_err(|a| a.error);
        };
        if let Some((at, _)) = deadline::current() {
            if tokio::time::Instant::now() + wait >= at {
                // The retry could not finish in time: the last answer is the better error.
                return outcome.map_err(|a| a.error);
            }
        }
        tracing::info!(target: "exsited", method = %method, path = url.path(), ?failure, retry, wait_ms = wait.as_millis() as u64, "retrying");
        tokio::time::sleep(wait).await;
    }
}
