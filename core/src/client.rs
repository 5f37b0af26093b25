//! The client: one token provider and one HTTP pool, and the pipeline every operation goes
//! through (validate → token → send with retries → 401 replay → decode).

use std::sync::Arc;

use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderValue, ACCEPT, AUTHORIZATION};
use serde::de::DeserializeOwned;
use serde_json::Value;
use url::Url;

use crate::auth::TokenProvider;
use crate::binary::BinaryFormat;
use crate::config::Config;
use crate::error::{Error, ErrorKind, Result};
use crate::observe::{Event, Observer};
use crate::ops::{self, AnswerKind, BodyKind, Method, Operation};
use crate::request::Request;
use crate::response_headers;
use crate::retry_policy::RetryPolicy;
use crate::transport::{self, url as urls, AttemptBody, AttemptPlan, PreparedMultipart, Transport};

/// A successful answer. `body` is `Value::Null` when there was none (204), and for a file
/// answer (`AnswerKind::Binary`) asked for as bytes: `raw` then holds them.
#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    pub status: u16,
    pub body: Value,
    /// The answer's headers, names in lower case, secret values masked.
    pub headers: Vec<(String, String)>,
    /// The server's id for the request (`X-Request-Id`), when it sent one.
    pub request_id: Option<String>,
    /// The bytes of an answer that is a file (`AnswerKind::Binary` asked for as bytes).
    pub raw: Option<Bytes>,
}

impl Response {
    pub fn is_empty(&self) -> bool {
        self.body.is_null()
    }

    /// Decodes the body into a DTO (lenient, see `dto`).
    pub fn decode<T: DeserializeOwned>(&self) -> Result<T> {
        let body = if self.body.is_null() { Value::Object(Default::default()) } else { self.body.clone() };
        serde_json::from_value(body)
            .map_err(|e| Error::decode(format!("the answer does not have the expected shape: {e}")))
    }
}

struct Inner {
    config: Config,
    base: Url,
    transport: Transport,
    /// Shared with every client of this process that has the same credentials (see
    /// `auth::registry`).
    tokens: Arc<TokenProvider>,
    observer: Option<Observer>,
}

/// A successful answer with its body as the server sent it, for callers that decode it
/// themselves (the Python binding builds its objects straight from the bytes). Its `Debug`
/// shows the headers masked, as [`RawAnswer::headers`] does.
#[derive(Clone)]
pub struct RawAnswer {
    pub status: u16,
    pub body: Bytes,
    /// The operation that answered (named in a decode error).
    pub operation: &'static str,
    /// The answer's headers as received: shown (masked) only through [`RawAnswer::headers`],
    /// and only when asked, since most calls never look at them.
    pub received: HeaderMap,
    /// For an operation whose answer is a file: how the caller wants it back.
    pub file: Option<BinaryFormat>,
}

impl std::fmt::Debug for RawAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RawAnswer")
            .field("status", &self.status)
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .field("operation", &self.operation)
            .field("headers", &self.headers())
            .field("file", &self.file)
            .finish()
    }
}

impl RawAnswer {
    /// No body (204, or only whitespace): `Response::body` is null.
    pub fn is_empty(&self) -> bool {
        self.status == 204 || self.body.iter().all(u8::is_ascii_whitespace)
    }

    /// The answer's headers, names in lower case, secret values masked.
    pub fn headers(&self) -> Vec<(String, String)> {
        response_headers::shown(&self.received)
    }

    /// The answer as [`Client::call`] gives it (a decode error when the body is not JSON).
    pub fn parse(&self) -> Result<Response> {
        let mut answer = self.parse_body()?;
        answer.headers = self.headers();
        answer.request_id = response_headers::request_id(&answer.headers);
        Ok(answer)
    }

    /// A decode error for this answer's JSON body that a binding cannot load (a number its
    /// language cannot hold, say): status, operation and headers, as for a body that is not
    /// JSON.
    pub fn unloadable(&self, why: impl std::fmt::Display) -> Error {
        let message = format!("the server answered HTTP {} with a body that cannot be loaded: {why}", self.status);
        let mut err = Error::new(ErrorKind::Decode, message);
        err.status = Some(self.status);
        err.with_operation(self.operation).with_headers(self.headers())
    }

    /// [`RawAnswer::parse`] without the headers (`headers` empty, `request_id` None), for a
    /// caller that keeps [`RawAnswer::received`] and masks it only when someone reads it.
    pub fn parse_body(&self) -> Result<Response> {
        let answer = match self.file {
            Some(format) => {
                let body = format.encode(&self.body);
                let raw = if body.is_none() { Some(self.body.clone()) } else { None };
                Response {
                    status: self.status,
                    body: body.unwrap_or(Value::Null),
                    headers: Vec::new(),
                    request_id: None,
                    raw,
                }
            }
            None => parse(self.status, &self.body)
                .map_err(|e| e.with_operation(self.operation).with_headers(self.headers()))?,
        };
        Ok(answer)
    }
}

/// Cheap to clone; clones share the token and the connection pool.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base.as_str())
            .field("client_id", &self.inner.config.client_id)
            .finish_non_exhaustive()
    }
}

impl Client {
    pub fn new(config: Config) -> Result<Client> {
        Client::with_observer(config, None)
    }

    /// A client whose requests and answers are also reported, redacted, to `observer`
    /// (the bindings' PRINT_REQUEST_DATA / PRINT_RAW_RESPONSE switches).
    pub fn with_observer(config: Config, observer: Option<Observer>) -> Result<Client> {
        let base = config.validate()?;
        let transport = Transport::new(&config)?;
        let tokens = crate::auth::registry::provider(&config, &base)?;
        Ok(Client { inner: Arc::new(Inner { config, base, transport, tokens, observer }) })
    }

    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    pub fn base_url(&self) -> &Url {
        &self.inner.base
    }

    /// Token requests sent so far for this client's credentials (by every client of this
    /// process that shares its token).
    pub fn token_requests(&self) -> u64 {
        self.inner.tokens.token_requests()
    }

    /// Calls an operation of the table by name (`"accounts.list"`).
    pub async fn call(&self, name: &str, request: Request) -> Result<Response> {
        let op = ops::operation(name).ok_or_else(|| Error::usage(format!("unknown operation {name:?}")))?;
        self.execute(op, request).await
    }

    /// Like [`Client::call`], with the body of the answer left as the server sent it.
    pub async fn call_raw(&self, name: &str, request: Request) -> Result<RawAnswer> {
        let op = ops::operation(name).ok_or_else(|| Error::usage(format!("unknown operation {name:?}")))?;
        self.execute_raw(op, request).await
    }

    /// Blocking form of [`Client::call`] for synchronous callers (the bindings).
    pub fn call_blocking(&self, name: &str, request: Request) -> Result<Response> {
        crate::runtime::block_on(self.call(name, request))?
    }

    /// Blocking form of [`Client::call_raw`].
    pub fn call_raw_blocking(&self, name: &str, request: Request) -> Result<RawAnswer> {
        crate::runtime::block_on(self.call_raw(name, request))?
    }

    /// Runs one operation, all of it within its deadline (the call's own, or
    /// `Config::deadline`) when one is set.
    pub async fn execute(&self, op: &'static Operation, request: Request) -> Result<Response> {
        self.execute_raw(op, request).await?.parse()
    }

    /// [`Client::execute`] with the body of the answer left as the server sent it.
    pub async fn execute_raw(&self, op: &'static Operation, request: Request) -> Result<RawAnswer> {
        if let Err(e) = request.options.validate() {
            return Err(e.with_operation(op.name));
        }
        let deadline = request.options.deadline.or(self.inner.config.deadline);
        // Boxed: the pipeline's future is large (tens of kB in debug builds), and callers keep
        // theirs on the stack of whatever thread awaits it.
        transport::deadline::within(deadline, Box::pin(self.execute_inner(op, request)))
            .await
            .map_err(|e| e.with_operation(op.name))
    }

    async fn execute_inner(&self, op: &'static Operation, request: Request) -> Result<RawAnswer> {
        let inner = &*self.inner;
        // The rules first: they write the query as it is sent (counts trimmed, direction in
        // lower case).
        let request = ops::rules::apply(op, request)?;
        let version = request.version.as_deref().unwrap_or(op.default_version);
        let url = urls::build(&inner.base, op, version, &request.path, &request.query)?;
        let (json, multipart) = prepare_body(op, &request, inner.config.max_upload_bytes).await?;
        let options = &request.options;
        let binary = op.answer == AnswerKind::Binary;
        let accept = if binary { "application/pdf, application/octet-stream, */*" } else { "application/json" };
        // The headers of every attempt, made once per call (the token's is added below).
        let mut call_headers = HeaderMap::with_capacity(4 + options.headers.len());
        call_headers.insert(ACCEPT, HeaderValue::from_static(accept));
        if op.method == Method::Post {
            // One key for all attempts of this call, so a server can drop a repeated write.
            let key = options.idempotency_key.clone().unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
            call_headers.extend(transport::headers(&[("x-idempotency-key", key)])?);
        }
        // Their names are never the client's own (`CallOptions::validate`), so the order
        // against the token's header does not matter.
        transport::add_headers(&mut call_headers, &options.headers)?;
        let retry = match options.max_retries {
            Some(max_retries) => RetryPolicy { max_retries, ..inner.config.retry.clone() },
            None => inner.config.retry.clone(),
        };
        let plan = AttemptPlan { retry: &retry, timeout: options.timeout };
        let quiet = request.quiet;
        self.emit(quiet, || Event::request(op, &url, json.as_ref(), multipart.as_ref()));

        let mut bearer = inner.tokens.bearer(&inner.transport, &inner.base).await?;
        let mut replayed = false;
        loop {
            // Replaces the token of a refused attempt on the replay.
            call_headers.insert(AUTHORIZATION, transport::bearer_header(bearer.token.expose())?);
            let body = match (&json, &multipart) {
                (Some(b), _) => AttemptBody::Json(b),
                (_, Some(m)) => AttemptBody::Multipart(m),
                _ => AttemptBody::None,
            };
            let resp = transport::send_with_retries(
                &inner.transport,
                plan,
                op.method,
                op.method.is_idempotent(),
                &url,
                &call_headers,
                body,
            )
            .await?;
            if resp.status == 401 && !replayed {
                // The token was refused (expired early or revoked): get another, replay once.
                tracing::debug!(target: "exsited", op = op.name, "401 on a data call; replaying once with a new token");
                Box::pin(inner.tokens.invalidate(&bearer)).await; // rare: kept out of every call's future
                bearer = inner.tokens.bearer(&inner.transport, &inner.base).await?;
                replayed = true;
                continue;
            }
            if binary && (200..300).contains(&resp.status) {
                self.emit(quiet, || Event::file(op, resp.status, resp.body.len()));
            } else {
                self.emit(quiet, || Event::response(op, resp.status, &resp.body));
            }
            if let Err(e) = check(resp.status, resp.reason, &resp.body, resp.retry_after()) {
                return Err(e.with_headers(response_headers::shown(&resp.headers)));
            }
            let file = binary.then_some(request.binary);
            return Ok(RawAnswer {
                status: resp.status,
                body: resp.body,
                operation: op.name,
                received: resp.headers,
                file,
            });
        }
    }

    fn emit(&self, quiet: bool, make: impl FnOnce() -> Event) {
        let want_log = tracing::enabled!(target: "exsited", tracing::Level::DEBUG);
        let want_observer = self.inner.observer.is_some() && !quiet;
        if !want_observer && !want_log {
            return;
        }
        let event = make();
        if want_log {
            tracing::debug!(target: "exsited", "{}", event.summary());
        }
        if let Some(observer) = self.inner.observer.as_ref().filter(|_| !quiet) {
            observer(&event);
        }
    }
}

async fn prepare_body(
    op: &Operation,
    request: &Request,
    max_upload: u64,
) -> Result<(Option<Bytes>, Option<PreparedMultipart>)> {
    match op.body {
        BodyKind::None => {
            if request.json.is_some() || !request.parts.is_empty() {
                return Err(Error::usage(format!("{} takes no request body", op.name)));
            }
            Ok((None, None))
        }
        BodyKind::Json => {
            let Some(body) = &request.json else {
                if op.body_optional {
                    return Ok((None, None));
                }
                return Err(Error::usage(format!("{} needs request data", op.name)));
            };
            if body.is_null() {
                return Ok((None, None)); // said so by the caller: `Request::no_body`
            }
            if !body.is_object() {
                return Err(Error::usage(format!("{} request data must be a JSON object", op.name)));
            }
            let bytes =
                serde_json::to_vec(body).map_err(|e| Error::usage(format!("cannot encode request data: {e}")))?;
            Ok((Some(Bytes::from(bytes)), None))
        }
        BodyKind::Multipart => {
            if request.json.is_some() {
                return Err(Error::usage(format!("{} sends a multipart form, not JSON", op.name)));
            }
            Ok((None, Some(PreparedMultipart::prepare(op, &request.parts, max_upload).await?)))
        }
    }
}

/// Turns a final answer into the result: 2xx decoded (empty = null), anything else an error.
/// Public so that the decoding property test can drive it with generated bodies.
pub fn finish(
    status: u16,
    reason: Option<&str>,
    body: &[u8],
    retry_after: Option<std::time::Duration>,
) -> Result<Response> {
    check(status, reason, body, retry_after)?;
    parse(status, body)
}

/// An answer that is not 2xx as its error.
fn check(status: u16, reason: Option<&str>, body: &[u8], retry_after: Option<std::time::Duration>) -> Result<()> {
    if !(200..300).contains(&status) {
        return Err(Error::from_response(status, reason, body, retry_after));
    }
    Ok(())
}

/// A 2xx body decoded: empty (204 or whitespace) is null, anything else must be JSON.
fn parse(status: u16, body: &[u8]) -> Result<Response> {
    if status == 204 || body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Response { status, body: Value::Null, headers: Vec::new(), request_id: None, raw: None });
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(v) => Ok(Response { status, body: v, headers: Vec::new(), request_id: None, raw: None }),
        Err(e) => {
            let mut err = Error::new(
                ErrorKind::Decode,
                format!("the server answered HTTP {status} with a body that is not valid JSON ({e})"),
            );
            err.status = Some(status);
            let text = String::from_utf8_lossy(&body[..body.len().min(2048)]).into_owned();
            err.raw = Some(Value::String(crate::redact::mask_text(&text)));
            Err(err)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_raw_answer_prints_its_headers_masked() {
        let mut received = HeaderMap::new();
        received.insert("set-cookie", HeaderValue::from_static("session=s3cr3t-cookie"));
        received.insert("x-echo", HeaderValue::from_static("Bearer tok-abc-123456"));
        let answer = RawAnswer {
            status: 200,
            body: Bytes::from_static(b"{\"token\": \"tok-abc-123456\"}"),
            operation: "accounts.details",
            received,
            file: None,
        };
        let shown = format!("{answer:?}");
        assert!(!shown.contains("s3cr3t-cookie") && !shown.contains("tok-abc-123456"), "{shown}");
        assert!(shown.contains("set-cookie") && shown.contains("<27 bytes>"), "{shown}");
    }

    #[test]
    fn finish_rules() {
        assert_eq!(finish(204, None, b"", None).unwrap().body, Value::Null);
        assert_eq!(finish(200, None, b"{}", None).unwrap().body, serde_json::json!({}));
        assert_eq!(finish(200, None, b"  ", None).unwrap().body, Value::Null);
        assert_eq!(finish(200, None, b"{\"account\": {", None).unwrap_err().kind, ErrorKind::Decode);
        assert_eq!(finish(404, Some("Not Found"), b"", None).unwrap_err().kind, ErrorKind::NotFound);
    }

    #[test]
    fn integers_of_any_size_keep_their_digits() {
        use crate::dto::Obj;
        let text = br#"{"account": {"name": 123456789012345678901234567890, "balance": -98765432109876543210987654321, "list": [1e400, 0.1]}}"#;
        let response = finish(200, None, text, None).unwrap();
        assert_eq!(response.body["account"]["name"].to_string(), "123456789012345678901234567890");
        // Typed decoding (fields, and unknown keys kept as raw JSON) keeps them too.
        let typed: crate::dto::AccountAnswer = response.decode().unwrap();
        let account = typed.account.as_ref().and_then(Obj::get).expect("a typed account").clone();
        assert_eq!(account.name.as_ref().unwrap().as_str().unwrap(), "123456789012345678901234567890");
        assert_eq!(account.extra["balance"].to_string(), "-98765432109876543210987654321");
        assert_eq!(account.extra["list"], response.body["account"]["list"]);
        // Re-encoded, the typed answer gives back the same JSON.
        assert_eq!(serde_json::to_value(&account).unwrap(), response.body["account"]);
    }
}
