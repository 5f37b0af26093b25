//! Addresses of an account, by uuid.

use axum::extract::{Path, State};
use axum::response::Response;
use serde_json::{json, Value};

use super::{created, no_content, ok, Body};
use crate::error::{ApiError, ApiResult};
use crate::model::address::{self, Address, FlagStyle};
use crate::state::SandboxState;

fn not_found(uuid: &str) -> ApiError {
    ApiError::not_found(format!("Address '{uuid}' not found"))
}

pub(super) async fn list(State(st): State<SandboxState>, Path(id): Path<String>) -> ApiResult<Response> {
    let store = st.store();
    let acc = store.get(&id)?;
    let list: Vec<Value> = acc.addresses.iter().map(|a| a.to_json(FlagStyle::Snake)).collect();
    Ok(ok(json!({"account": {"id": acc.id, "addresses": list}})))
}

pub(super) async fn details(
    State(st): State<SandboxState>,
    Path((id, uuid)): Path<(String, String)>,
) -> ApiResult<Response> {
    let store = st.store();
    let acc = store.get(&id)?;
    let a = acc.addresses.iter().find(|a| a.uuid == uuid).ok_or_else(|| not_found(&uuid))?;
    Ok(ok(json!({"account": {"id": acc.id, "addresses": a.to_json(FlagStyle::Snake)}})))
}

pub(super) async fn add(State(st): State<SandboxState>, Path(id): Path<String>, body: Body) -> ApiResult<Response> {
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    let env = body.account_envelope()?;
    let items = match env.get("addresses").or_else(|| env.get("address")) {
        Some(Value::Array(items)) if !items.is_empty() => items.clone(),
        Some(Value::Object(o)) => vec![Value::Object(o.clone())],
        Some(Value::Array(_)) => return Err(ApiError::bad_request("'addresses' must not be empty")),
        Some(_) => return Err(ApiError::bad_request("'addresses' must be an array")),
        None => return Err(ApiError::bad_request("Missing 'account.addresses' in request body")),
    };
    let new: Vec<Address> = items.iter().map(Address::create).collect::<ApiResult<_>>()?;
    let answer: Vec<Value> = new.iter().map(|a| a.to_json(FlagStyle::Plain)).collect();
    for a in new {
        acc.addresses.push(a);
        let last = acc.addresses.len() - 1;
        address::settle_defaults(&mut acc.addresses, last);
    }
    acc.touch();
    Ok(created(json!({"account": {"id": acc.id, "addresses": answer}})))
}

pub(super) async fn update(
    State(st): State<SandboxState>,
    Path((id, uuid)): Path<(String, String)>,
    body: Body,
) -> ApiResult<Response> {
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    let i = acc.addresses.iter().position(|a| a.uuid == uuid).ok_or_else(|| not_found(&uuid))?;
    let env = body.account_envelope()?;
    let input = match env.get("address").or_else(|| env.get("addresses")) {
        Some(Value::Object(o)) => o,
        Some(_) => return Err(ApiError::bad_request("'address' must be an object")),
        None => return Err(ApiError::bad_request("Missing 'account.address' in request body")),
    };
    let mut a = acc.addresses[i].clone();
    a.apply(input)?;
    acc.addresses[i] = a;
    address::settle_defaults(&mut acc.addresses, i);
    acc.touch();
    let answer = acc.addresses[i].to_json(FlagStyle::Camel);
    Ok(ok(json!({"account": {"id": acc.id, "addresses": answer}})))
}

pub(super) async fn delete(
    State(st): State<SandboxState>,
    Path((id, uuid)): Path<(String, String)>,
) -> ApiResult<Response> {
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    let i = acc.addresses.iter().position(|a| a.uuid == uuid).ok_or_else(|| not_found(&uuid))?;
    acc.addresses.remove(i);
    acc.touch();
    Ok(no_content())
}
