//! What happens to every request before and after routing: read the body once, log it,
//! apply an injected fault, check the bearer token, count writes.

use std::convert::Infallible;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use http_body_util::{BodyExt, Limited};
use hyper::body::Incoming;
use serde_json::json;
use tower::ServiceExt;

use crate::abort::Abort;
use crate::auth::{bearer, TokenCheck};
use crate::body::ParsedBody;
use crate::error::ApiError;
use crate::faults::Plan;
use crate::log;
use crate::state::SandboxState;

/// Bodies above this are refused with 413.
pub const MAX_BODY_BYTES: usize = 64 * 1024 * 1024;

pub const HOOK_PREFIX: &str = "/__sandbox__";

/// The account API proper (as opposed to the token endpoint and the hooks).
pub fn is_data_path(path: &str) -> bool {
    // the token endpoint shares the /api/v1 prefix with the v1 operations
    if path.starts_with("/api/v1/oauth2/") {
        return false;
    }
    crate::routes::table::VERSION_PREFIXES
        .iter()
        .any(|p| path == *p || path.strip_prefix(p).is_some_and(|rest| rest.starts_with('/')))
}

/// Handles one request. `abort` closes this request's connection without an answer.
/// Every answer carries an `X-Request-Id`, as the real API's gateway sends one.
pub async fn handle(
    state: SandboxState,
    router: Router,
    abort: Arc<Abort>,
    req: Request<Incoming>,
) -> Result<Response, Infallible> {
    static NEXT_ID: AtomicU64 = AtomicU64::new(1);
    let mut resp = handle_request(state, router, abort, req).await?;
    let id = format!("req-{}-{}", std::process::id(), NEXT_ID.fetch_add(1, Ordering::Relaxed));
    if let Ok(value) = header::HeaderValue::from_str(&id) {
        resp.headers_mut().insert("x-request-id", value);
    }
    Ok(resp)
}

async fn handle_request(
    state: SandboxState,
    router: Router,
    abort: Arc<Abort>,
    req: Request<Incoming>,
) -> Result<Response, Infallible> {
    let (parts, body) = req.into_parts();
    let inner = &state.inner;
    if !parts.uri.path().starts_with(HOOK_PREFIX)
        && inner
            .faults
            .take_before_read(parts.method.as_str(), parts.uri.path(), is_data_path(parts.uri.path()))
            .is_some()
    {
        // Only the head has been read; the body (if any) is left unread on the socket.
        let head_only = ParsedBody { kind: crate::body::BodyKind::Empty };
        let seq = inner.log.record(log::entry(&parts.method, &parts.uri, &parts.headers, &head_only));
        inner.counters.requests.fetch_add(1, Ordering::SeqCst);
        return drop_connection(&state, seq, &abort, true).await;
    }
    let raw = match Limited::new(body, MAX_BODY_BYTES).collect().await {
        Ok(c) => c.to_bytes(),
        Err(e) => {
            let status = if e.downcast_ref::<http_body_util::LengthLimitError>().is_some() {
                StatusCode::PAYLOAD_TOO_LARGE
            } else {
                StatusCode::BAD_REQUEST
            };
            return Ok(ApiError::new(status, format!("Could not read request body: {e}")).into_response());
        }
    };
    let content_type = parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_string);
    let parsed = Arc::new(ParsedBody::parse(content_type.as_deref(), raw.clone()).await);
    let path = parts.uri.path().to_string();
    if path.starts_with(HOOK_PREFIX) {
        let req = Request::from_parts(parts, Body::from(raw));
        return Ok(route(router, req, parsed).await);
    }

    let seq = inner.log.record(log::entry(&parts.method, &parts.uri, &parts.headers, &parsed));
    inner.counters.requests.fetch_add(1, Ordering::SeqCst);
    // Marks the entry "abandoned" if the client goes away before the answer (hyper then
    // drops this future, e.g. while a `delay` fault waits).
    let mut pending = Abandoned { state: &state, seq, armed: true };

    let mut drop_after = false;
    let mut answer_delay = None;
    if let Some(fault) = inner.faults.take(parts.method.as_str(), &path, is_data_path(&path)) {
        match fault.plan() {
            Plan::Respond(resp, wait) => {
                if !wait.is_zero() {
                    tokio::time::sleep(wait).await;
                }
                pending.armed = false;
                inner.log.set_outcome(seq, json!(resp.status().as_u16()));
                return Ok(resp);
            }
            Plan::DelayThenHandle(d) => tokio::time::sleep(d).await,
            Plan::HandleThenDelay(d) => answer_delay = Some(d),
            Plan::ResetBeforeRead => {
                pending.armed = false;
                return drop_connection(&state, seq, &abort, true).await;
            }
            Plan::DropBefore => {
                pending.armed = false;
                return drop_connection(&state, seq, &abort, false).await;
            }
            Plan::DropAfter => drop_after = true,
        }
    }

    let method = parts.method.clone();
    let data = is_data_path(&path);
    let gzip = state.compress() && crate::compress::accepts_gzip(&parts.headers);
    let resp = if data && !authorized(&state, &parts.headers) {
        ApiError::unauthorized().into_response()
    } else {
        let req = Request::from_parts(parts, Body::from(raw));
        route(router, req, parsed).await
    };
    if data && method != Method::GET && resp.status().is_success() {
        inner.counters.writes.fetch_add(1, Ordering::SeqCst);
    }
    let resp = if gzip { crate::compress::gzip_answer(resp).await } else { resp };
    if drop_after {
        pending.armed = false;
        return drop_connection(&state, seq, &abort, false).await;
    }
    if let Some(d) = answer_delay {
        // Processed already: the status is known even if the client stops waiting.
        inner.log.set_outcome(seq, json!(resp.status().as_u16()));
        pending.armed = false;
        tokio::time::sleep(d).await;
        return Ok(resp);
    }
    pending.armed = false;
    inner.log.set_outcome(seq, json!(resp.status().as_u16()));
    Ok(resp)
}

/// Drop guard for a logged request that has not been answered yet.
struct Abandoned<'a> {
    state: &'a SandboxState,
    seq: u64,
    armed: bool,
}

impl Drop for Abandoned<'_> {
    fn drop(&mut self) {
        if self.armed {
            self.state.inner.log.set_outcome(self.seq, json!("abandoned"));
        }
    }
}

fn authorized(state: &SandboxState, headers: &axum::http::HeaderMap) -> bool {
    let value = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    let Some(token) = bearer(value) else { return false };
    match state.inner.tokens.check(token) {
        TokenCheck::Valid => true,
        TokenCheck::Revoked => {
            state.inner.counters.revoked_token_rejections.fetch_add(1, Ordering::SeqCst);
            false
        }
        TokenCheck::Invalid => false,
    }
}

async fn route(router: Router, mut req: Request<Body>, parsed: Arc<ParsedBody>) -> Response {
    req.extensions_mut().insert(parsed);
    match router.oneshot(req).await {
        Ok(r) => r,
        Err(never) => match never {},
    }
}

/// Asks the connection task to drop the connection (with a TCP reset when `reset`), then
/// never answers: the task drops this future together with the connection, so no byte of
/// a response goes out.
async fn drop_connection(state: &SandboxState, seq: u64, abort: &Abort, reset: bool) -> Result<Response, Infallible> {
    state.inner.log.set_outcome(seq, json!(if reset { "reset" } else { "dropped" }));
    abort.trigger(reset);
    std::future::pending::<()>().await;
    unreachable!("the connection task drops this future")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_paths() {
        assert!(is_data_path("/api/v3/accounts"));
        assert!(is_data_path("/api/v2/accounts/X/notes"));
        assert!(!is_data_path("/api/v1/oauth2/token"));
        assert!(!is_data_path("/api/v30/accounts"));
        assert!(!is_data_path("/__sandbox__/requests"));
    }
}
