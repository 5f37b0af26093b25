//! Payment methods of an account, by reference.

use axum::extract::{Path, State};
use axum::response::Response;
use serde_json::{json, Map, Value};

use super::{created, no_content, ok, Body};
use crate::error::{ApiError, ApiResult};
use crate::model::payment_method;
use crate::state::SandboxState;

fn not_found(reference: &str) -> ApiError {
    ApiError::not_found(format!("Payment method '{reference}' not found"))
}

fn position(list: &[Map<String, Value>], reference: &str) -> ApiResult<usize> {
    list.iter().position(|m| payment_method::reference(m) == reference).ok_or_else(|| not_found(reference))
}

fn method_input(body: &Body) -> ApiResult<&Map<String, Value>> {
    let env = body.account_envelope()?;
    match env.get("payment_method") {
        Some(Value::Object(m)) => Ok(m),
        Some(_) => Err(ApiError::bad_request("'payment_method' must be an object")),
        None => Err(ApiError::bad_request("Missing 'account.payment_method' in request body")),
    }
}

pub(super) async fn list(State(st): State<SandboxState>, Path(id): Path<String>) -> ApiResult<Response> {
    let store = st.store();
    let acc = store.get(&id)?;
    Ok(ok(json!({"account": {"id": acc.id, "payment_methods": acc.payment_methods_json()}})))
}

pub(super) async fn details(
    State(st): State<SandboxState>,
    Path((id, r)): Path<(String, String)>,
) -> ApiResult<Response> {
    let store = st.store();
    let acc = store.get(&id)?;
    let i = position(&acc.payment_methods, &r)?;
    Ok(ok(json!({"account": {"id": acc.id, "payment_method": acc.payment_methods[i]}})))
}

pub(super) async fn add(State(st): State<SandboxState>, Path(id): Path<String>, body: Body) -> ApiResult<Response> {
    let base = st.base_url();
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    let input = method_input(&body)?;
    let m = payment_method::create(&Value::Object(input.clone()), &base)?;
    let r = payment_method::reference(&m);
    if acc.payment_methods.iter().any(|x| payment_method::reference(x) == r) {
        return Err(ApiError::bad_request(format!("A payment method with reference '{r}' already exists")));
    }
    acc.payment_methods.push(m.clone());
    let last = acc.payment_methods.len() - 1;
    payment_method::settle_default(&mut acc.payment_methods, last);
    acc.touch();
    Ok(created(json!({"account": {"payment_method": m, "id": acc.id}})))
}

pub(super) async fn update(
    State(st): State<SandboxState>,
    Path((id, r)): Path<(String, String)>,
    body: Body,
) -> ApiResult<Response> {
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    let i = position(&acc.payment_methods, &r)?;
    let input = method_input(&body)?;
    let mut m = acc.payment_methods[i].clone();
    payment_method::apply_update(&mut m, input, true)?;
    let new_ref = payment_method::reference(&m);
    if new_ref != r && acc.payment_methods.iter().any(|x| payment_method::reference(x) == new_ref) {
        return Err(ApiError::bad_request(format!("A payment method with reference '{new_ref}' already exists")));
    }
    acc.payment_methods[i] = m.clone();
    payment_method::settle_default(&mut acc.payment_methods, i);
    acc.touch();
    Ok(ok(json!({"account": {"id": acc.id, "payment_method": m}})))
}

pub(super) async fn delete(
    State(st): State<SandboxState>,
    Path((id, r)): Path<(String, String)>,
) -> ApiResult<Response> {
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    let i = position(&acc.payment_methods, &r)?;
    acc.payment_methods.remove(i);
    acc.touch();
    Ok(no_content())
}
