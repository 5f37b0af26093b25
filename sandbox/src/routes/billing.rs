//! Billing preferences of an account.

use axum::extract::{Path, State};
use axum::response::Response;
use serde_json::json;

use super::{ok, Body};
use crate::error::{ApiError, ApiResult};
use crate::state::SandboxState;

pub(super) async fn details(State(st): State<SandboxState>, Path(id): Path<String>) -> ApiResult<Response> {
    let store = st.store();
    let acc = store.get(&id)?;
    Ok(ok(json!({"account": {"id": acc.id, "billing_preferences": acc.billing}})))
}

pub(super) async fn update(State(st): State<SandboxState>, Path(id): Path<String>, body: Body) -> ApiResult<Response> {
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    let input = body
        .account_envelope()?
        .get("billing_preferences")
        .ok_or_else(|| ApiError::bad_request("Missing 'account.billing_preferences' in request body"))?;
    acc.apply_billing(input)?;
    acc.touch();
    Ok(ok(json!({"account": {"id": acc.id, "billing_preferences": acc.billing}})))
}
