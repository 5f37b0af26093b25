//! The answers handlers give (200 with JSON, 201, 204) and the request body as the pipeline
//! read it; shared by the API routes and the test hooks.

use std::sync::Arc;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde_json::Value;

use crate::body::ParsedBody;

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
