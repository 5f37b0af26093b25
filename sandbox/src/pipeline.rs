//! What happens to every request before and after routing: read the body once, log it,
//! apply an injected fault, check the bearer token, count writes.

use std::convert::Infallible;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use http_body_util::{BodyExt, Limited};
use hyper::body::Incoming;
use serde_json::json;
use tokio::sync::Notify;
use tower::ServiceExt;

use crate::auth::bearer;
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
    ["/api/v2", "/api/v3"].iter().any(|p| path == *p || path.strip_prefix(p).is_some_and(|rest| rest.starts_with('/')))
}

/// Handles one request. `abort` closes this request's connection without an answer.
pub async fn handle(
    state: SandboxState,
    router: Router,
    abort: Arc<Notify>,
    req: Request<Incoming>,
) -> Result<Response, Infallible> {
    let (parts, body) = req.into_parts();
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

    let inner = &state.inner;
    let seq = inner.log.record(log::entry(&parts.method, &parts.uri, &parts.headers, &parsed));
    inner.counters.requests.fetch_add(1, Ordering::SeqCst);

    let mut drop_after = false;
    if let Some(fault) = inner.faults.take(parts.method.as_str(), &path) {
        match fault.plan() {
            Plan::Respond(resp) => {
                inner.log.set_outcome(seq, json!(resp.status().as_u16()));
                return Ok(resp);
            }
            Plan::DelayThenHandle(d) => tokio::time::sleep(d).await,
            Plan::DropBefore => return drop_connection(&state, seq, &abort).await,
            Plan::DropAfter => drop_after = true,
        }
    }

    let method = parts.method.clone();
    let data = is_data_path(&path);
    let resp = if data && !authorized(&state, &parts.headers) {
        ApiError::unauthorized().into_response()
    } else {
        let req = Request::from_parts(parts, Body::from(raw));
        route(router, req, parsed).await
    };
    if data && method != Method::GET && resp.status().is_success() {
        inner.counters.writes.fetch_add(1, Ordering::SeqCst);
    }
    if drop_after {
        return drop_connection(&state, seq, &abort).await;
    }
    inner.log.set_outcome(seq, json!(resp.status().as_u16()));
    Ok(resp)
}

fn authorized(state: &SandboxState, headers: &axum::http::HeaderMap) -> bool {
    let value = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    bearer(value).is_some_and(|t| state.inner.tokens.is_valid(t))
}

async fn route(router: Router, mut req: Request<Body>, parsed: Arc<ParsedBody>) -> Response {
    req.extensions_mut().insert(parsed);
    match router.oneshot(req).await {
        Ok(r) => r,
        Err(never) => match never {},
    }
}

/// Asks the connection task to drop the connection, then never answers: the task drops
/// this future together with the connection, so no byte of a response goes out.
async fn drop_connection(state: &SandboxState, seq: u64, abort: &Notify) -> Result<Response, Infallible> {
    state.inner.log.set_outcome(seq, json!("dropped"));
    abort.notify_one();
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
