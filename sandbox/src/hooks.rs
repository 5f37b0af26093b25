//! Test hooks under `/__sandbox__/` (no auth, never logged, never faulted).

use axum::extract::State;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use serde_json::{json, Value};

use crate::body::BodyKind;
use crate::error::{ApiError, ApiResult};
use crate::faults::Fault;
use crate::respond::{ok, Body};
use crate::state::SandboxState;

pub fn routes() -> Router<SandboxState> {
    Router::new()
        .route("/health", get(health))
        .route("/reset", post(reset))
        .route("/seed", post(seed))
        .route("/requests", get(requests).delete(clear_requests))
        .route("/counters", get(counters))
        .route("/expire_tokens", post(expire_tokens))
        .route("/revoke_refresh_tokens", post(revoke_refresh_tokens))
        .route("/faults", get(faults).post(add_faults).delete(clear_faults))
        .route("/config", post(config))
        .route("/issued_tokens", get(issued_tokens))
}

/// The JSON body, or `{}` when there is none.
fn json_or_empty(body: &Body) -> ApiResult<Value> {
    match &body.kind {
        BodyKind::Empty => Ok(json!({})),
        BodyKind::Json(v) => Ok(v.clone()),
        _ => Err(ApiError::bad_request("Hook bodies must be JSON")),
    }
}

fn count(v: &Value, key: &str) -> ApiResult<Option<usize>> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(n) => n
            .as_u64()
            .map(|n| Some(n as usize))
            .ok_or_else(|| ApiError::bad_request(format!("'{key}' must be a non-negative integer"))),
    }
}

async fn health() -> Response {
    ok(json!({"status": "ok"}))
}

async fn reset(State(st): State<SandboxState>, body: Body) -> ApiResult<Response> {
    let n = count(&json_or_empty(&body)?, "seed")?.unwrap_or(0);
    st.reset();
    let ids = st.seed(n);
    Ok(ok(json!({"ok": true, "accounts": ids.len()})))
}

async fn seed(State(st): State<SandboxState>, body: Body) -> ApiResult<Response> {
    let n = count(&json_or_empty(&body)?, "count")?.unwrap_or(1);
    let ids = st.seed(n);
    Ok(ok(json!({"ok": true, "ids": ids, "accounts": st.account_count()})))
}

async fn requests(State(st): State<SandboxState>) -> Response {
    ok(json!({"requests": st.requests()}))
}

async fn clear_requests(State(st): State<SandboxState>) -> Response {
    st.clear_requests();
    ok(json!({"ok": true}))
}

async fn counters(State(st): State<SandboxState>) -> Response {
    ok(st.counters_json())
}

async fn expire_tokens(State(st): State<SandboxState>) -> Response {
    st.expire_tokens();
    ok(json!({"ok": true}))
}

async fn revoke_refresh_tokens(State(st): State<SandboxState>) -> Response {
    st.revoke_refresh_tokens();
    ok(json!({"ok": true}))
}

async fn faults(State(st): State<SandboxState>) -> Response {
    ok(json!({"faults": st.pending_faults()}))
}

/// Accepts `{"faults":[...]}`, a bare list, or a single fault object.
async fn add_faults(State(st): State<SandboxState>, body: Body) -> ApiResult<Response> {
    let v = json_or_empty(&body)?;
    let list = match v {
        Value::Object(ref m) if m.contains_key("faults") => m["faults"].clone(),
        Value::Array(_) => v,
        Value::Object(_) => Value::Array(vec![v]),
        _ => return Err(ApiError::bad_request("Expected {\"faults\": [...]}")),
    };
    let faults: Vec<Fault> =
        serde_json::from_value(list).map_err(|e| ApiError::bad_request(format!("Invalid fault: {e}")))?;
    let added = faults.len();
    for f in faults {
        st.push_fault(f);
    }
    Ok(ok(json!({"ok": true, "added": added, "pending": st.pending_faults().len()})))
}

async fn clear_faults(State(st): State<SandboxState>) -> Response {
    st.clear_faults();
    ok(json!({"ok": true}))
}

/// `{"token_ttl": secs, "log_limit": n, "idle_close_ms": ms, "single_session": bool,
/// "compress": bool}`: all optional.
async fn config(State(st): State<SandboxState>, body: Body) -> ApiResult<Response> {
    let v = json_or_empty(&body)?;
    if let Some(ttl) = count(&v, "token_ttl")? {
        st.set_token_ttl(ttl as u64);
    }
    if let Some(limit) = count(&v, "log_limit")? {
        st.set_log_limit(limit);
    }
    if let Some(ms) = count(&v, "idle_close_ms")? {
        st.set_idle_close_ms(ms as u64);
    }
    if let Some(on) = switch(&v, "single_session")? {
        st.set_single_session(on);
    }
    if let Some(on) = switch(&v, "compress")? {
        st.set_compress(on);
    }
    Ok(ok(json!({
        "ok": true,
        "token_ttl": st.inner.tokens.ttl_secs(),
        "idle_close_ms": st.idle_close_ms(),
        "single_session": st.inner.tokens.single_session(),
        "compress": st.compress(),
    })))
}

/// An optional true/false field of a config body.
fn switch(v: &Value, name: &str) -> ApiResult<Option<bool>> {
    match v.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(on)) => Ok(Some(*on)),
        Some(_) => Err(ApiError::bad_request(format!("'{name}' must be true or false"))),
    }
}

/// `{"tokens":[{"access_token","refresh_token"}]}`: every token pair the sandbox issued
/// (oldest first), so that a secret-leak scan can look for the real values.
async fn issued_tokens(State(st): State<SandboxState>) -> Response {
    let tokens: Vec<Value> = st
        .inner
        .tokens
        .issued()
        .into_iter()
        .map(|(access, refresh)| json!({"access_token": access, "refresh_token": refresh}))
        .collect();
    ok(json!({"tokens": tokens}))
}
