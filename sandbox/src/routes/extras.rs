//! Read-only extras: financial summaries, linked/unlinked orders, custom objects.
//! The sandbox has no invoices or orders, so amounts are zero and order lists empty.

use axum::extract::{OriginalUri, Path, State};
use axum::response::Response;
use serde_json::{json, Value};

use super::ok;
use crate::error::{ApiError, ApiResult};
use crate::pagination::ListParams;
use crate::state::SandboxState;
use crate::util::as_text;

pub(super) async fn summary(State(st): State<SandboxState>) -> ApiResult<Response> {
    let count = st.store().len();
    Ok(ok(json!({"financial_summary": {
        "total_due": 0.0, "total_grand": 0.0, "total_paid": 0.0,
        "account_count": count, "invoice_count": 0
    }})))
}

pub(super) async fn account_summary(State(st): State<SandboxState>, Path(id): Path<String>) -> ApiResult<Response> {
    let store = st.store();
    let acc = store.get(&id)?;
    Ok(ok(json!({"account": {
        "name": acc.fields.get("name").cloned().unwrap_or(Value::Null),
        "financial_summary": {"total_due": 0.0, "total_grand": 0.0, "total_paid": 0.0, "invoice_count": 0}
    }})))
}

pub(super) async fn orders(
    State(st): State<SandboxState>,
    Path(id): Path<String>,
    OriginalUri(uri): OriginalUri,
) -> ApiResult<Response> {
    let params = ListParams::from_uri(&uri)?;
    let store = st.store();
    store.get(&id)?;
    let (page, pagination) = params.page(Vec::<Value>::new(), &st.inner.base_url);
    Ok(ok(json!({"account": {"orders": page, "pagination": pagination}})))
}

pub(super) async fn custom_objects(
    State(st): State<SandboxState>,
    Path(id): Path<String>,
    OriginalUri(uri): OriginalUri,
) -> ApiResult<Response> {
    let params = ListParams::from_uri(&uri)?;
    let store = st.store();
    let acc = store.get(&id)?;
    let items: Vec<Value> = acc.custom_objects.iter().cloned().map(Value::Object).collect();
    let (page, pagination) = params.page(items, &st.inner.base_url);
    Ok(ok(json!({"account": {"id": acc.id, "custom_objects": page, "pagination": pagination}})))
}

pub(super) async fn custom_object(
    State(st): State<SandboxState>,
    Path((id, uuid)): Path<(String, String)>,
) -> ApiResult<Response> {
    let store = st.store();
    let acc = store.get(&id)?;
    let obj = acc
        .custom_objects
        .iter()
        .find(|o| o.get("uuid").and_then(as_text).as_deref() == Some(uuid.as_str()))
        .ok_or_else(|| ApiError::not_found(format!("Custom object '{uuid}' not found")))?;
    Ok(ok(json!({"account": {"id": acc.id, "custom_object": obj}})))
}
