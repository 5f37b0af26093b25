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
pub(crate) mod table;
mod token;

use axum::http::StatusCode;
use axum::Router;

use crate::error::ApiError;
pub(crate) use crate::respond::{created, no_content, ok, ok_json_text, Body};
use crate::state::SandboxState;

pub fn router(state: SandboxState) -> Router {
    let mut router = Router::new().route("/api/v1/oauth2/token", axum::routing::post(token::token));
    for prefix in table::VERSION_PREFIXES {
        router = router.nest(prefix, table::account_api());
    }
    router
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
