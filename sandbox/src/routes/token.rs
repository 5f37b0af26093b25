//! `POST /api/v1/oauth2/token`: client_credentials and refresh_token grants, JSON or form body.

use std::sync::atomic::Ordering;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{extract::State, Json};
use serde_json::{json, Map, Value};

use super::Body;
use crate::state::SandboxState;
use crate::util::as_text;

fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    (status, Json(json!({"error": error, "error_description": description}))).into_response()
}

fn field(fields: Option<&Map<String, Value>>, key: &str) -> String {
    fields.and_then(|f| f.get(key)).and_then(as_text).unwrap_or_default()
}

pub async fn token(State(st): State<SandboxState>, body: Body) -> Response {
    let counters = st.counters();
    counters.token_requests.fetch_add(1, Ordering::SeqCst);
    let fields = body.fields();
    let grant = field(fields, "grant_type");
    let client_id = field(fields, "client_id");
    let client_secret = field(fields, "client_secret");
    let inner = &st.inner;
    let client_ok = client_id == inner.client_id && client_secret == inner.client_secret;

    match grant.as_str() {
        "client_credentials" => {
            counters.token_requests_client_credentials.fetch_add(1, Ordering::SeqCst);
            if !client_ok {
                return oauth_error(
                    StatusCode::UNAUTHORIZED,
                    "invalid_client",
                    "Client authentication failed: unknown client or wrong secret",
                );
            }
        }
        "refresh_token" => {
            counters.token_requests_refresh.fetch_add(1, Ordering::SeqCst);
            if !client_ok {
                return oauth_error(
                    StatusCode::UNAUTHORIZED,
                    "invalid_client",
                    "Client authentication failed: unknown client or wrong secret",
                );
            }
            let refresh = field(fields, "refresh_token");
            if !inner.tokens.consume_refresh(&refresh, &client_id) {
                return oauth_error(
                    StatusCode::UNAUTHORIZED,
                    "invalid_grant",
                    "The refresh token is invalid, expired or revoked",
                );
            }
        }
        "" => return oauth_error(StatusCode::BAD_REQUEST, "unsupported_grant_type", "Missing grant_type"),
        other => {
            return oauth_error(
                StatusCode::BAD_REQUEST,
                "unsupported_grant_type",
                &format!("Grant type '{other}' is not supported"),
            )
        }
    }
    let t = inner.tokens.issue(&client_id);
    Json(json!({
        "access_token": t.access_token,
        "refresh_token": t.refresh_token,
        "expires_in": t.expires_in,
        "token_type": "Bearer",
    }))
    .into_response()
}
