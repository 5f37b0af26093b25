//! The HTTP routes: the token endpoint, the account API (under both `/api/v2` and
//! `/api/v3`) and the test hooks.

mod accounts;
mod addresses;
mod billing;
mod contacts;
mod emails;
mod extras;
mod image;
mod notes;
mod payment_methods;
mod table;
mod token;

use std::sync::Arc;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json, Router};
use serde_json::Value;

use crate::body::ParsedBody;
use crate::error::ApiError;
use crate::state::SandboxState;

/// The request body as read by the pipeline.
pub(crate) type Body = Extension<Arc<ParsedBody>>;

pub(crate) fn ok(v: Value) -> Response {
    Json(v).into_response()
}

/// 200 with an already serialized JSON body: the same head `ok` gives (`Json` sets only
/// `content-type: application/json`).
pub(crate) fn ok_json_text(body: String) -> Response {
    ([(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], body).into_response()
}

pub(crate) fn created(v: Value) -> Response {
    (StatusCode::CREATED, Json(v)).into_response()
}

pub(crate) fn no_content() -> Response {
    StatusCode::NO_CONTENT.into_response()
}

pub fn router(state: SandboxState) -> Router {
    Router::new()
        .route("/api/v1/oauth2/token", axum::routing::post(token::token))
        .nest("/api/v2", table::account_api())
        .nest("/api/v3", table::account_api())
        .nest("/__sandbox__", crate::hooks::routes())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(state)
}

async fn not_found(uri: axum::http::Uri) -> ApiError {
    ApiError::not_found(format!("No route for {}", uri.path()))
}

async fn method_not_allowed(method: axum::http::Method, uri: axum::http::Uri) -> ApiError {
    ApiError::new(StatusCode::METHOD_NOT_ALLOWED, format!("Method {method} not allowed on {}", uri.path()))
}
