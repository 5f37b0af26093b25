//! Accounts: list, details, information, create, update, delete, cancel, reactivate, purge.

use std::sync::atomic::Ordering;

use axum::extract::{OriginalUri, Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use serde_json::{json, Value};

use super::{created, no_content, ok, Body};
use crate::error::{ApiError, ApiResult};
use crate::model::Account;
use crate::pagination::ListParams;
use crate::state::SandboxState;
use crate::util::{as_text, is_valid_date, new_uuid};

pub fn routes() -> Router<SandboxState> {
    Router::new()
        .route("/accounts", get(list).post(create))
        .route("/accounts/", get(list).post(create))
        .route("/accounts/{id}", get(details).delete(delete))
        .route("/accounts/{id}/information", get(information).patch(update_information))
        .route("/accounts/{id}/cancel", post(cancel))
        .route("/accounts/{id}/reactivate", post(reactivate))
        .route("/accounts/{id}/purge", post(purge))
}

async fn list(State(st): State<SandboxState>, OriginalUri(uri): OriginalUri) -> ApiResult<Response> {
    let params = ListParams::from_uri(&uri)?;
    let store = st.store();
    let mut all = store.all();
    params.sort(&mut all, |a, f| a.sort_key(f));
    let (page, pagination) = params.page(all, &st.inner.base_url);
    let accounts: Vec<Value> = page.iter().map(|a| a.to_full_json()).collect();
    Ok(ok(json!({"accounts": accounts, "pagination": pagination})))
}

async fn details(State(st): State<SandboxState>, Path(id): Path<String>) -> ApiResult<Response> {
    let store = st.store();
    Ok(ok(json!({"account": store.get(&id)?.to_full_json()})))
}

async fn information(State(st): State<SandboxState>, Path(id): Path<String>) -> ApiResult<Response> {
    let store = st.store();
    Ok(ok(json!({"account": store.get(&id)?.to_information_json()})))
}

async fn create(State(st): State<SandboxState>, body: Body) -> ApiResult<Response> {
    let input = body.account_envelope()?;
    let base = st.base_url();
    let mut store = st.store();
    let id = store.fresh_id();
    let seq = store.next_seq();
    let acc = Account::create(input, seq, id, &base)?;
    let answer = json!({"account": acc.to_full_json()});
    store.insert(acc);
    st.counters().creates.fetch_add(1, Ordering::SeqCst);
    Ok(created(answer))
}

async fn update_information(State(st): State<SandboxState>, Path(id): Path<String>, body: Body) -> ApiResult<Response> {
    let input = body.account_envelope()?;
    let base = st.base_url();
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    // Validate on a copy so a rejected update changes nothing.
    let mut updated = acc.clone();
    updated.apply_fields(input, &base)?;
    updated.touch();
    *acc = updated;
    Ok(ok(json!({"account": acc.to_full_json()})))
}

async fn delete(State(st): State<SandboxState>, Path(id): Path<String>) -> ApiResult<Response> {
    st.store().delete(&id)?;
    Ok(no_content())
}

async fn purge(State(st): State<SandboxState>, Path(id): Path<String>) -> ApiResult<Response> {
    st.store().purge(&id)?;
    Ok(no_content())
}

fn effective_date(body: &Body) -> ApiResult<String> {
    let input = body.account_envelope()?;
    let date = input
        .get("effective_date")
        .and_then(as_text)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| ApiError::bad_request("'effective_date' is required"))?;
    if !is_valid_date(&date) {
        return Err(ApiError::bad_request(format!("Invalid effective_date '{date}': expected YYYY-MM-DD")));
    }
    Ok(date)
}

async fn cancel(State(st): State<SandboxState>, Path(id): Path<String>, body: Body) -> ApiResult<Response> {
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    let date = effective_date(&body)?;
    acc.status = "CANCELLED".into();
    acc.last_cancelled_on = date;
    acc.touch();
    Ok(ok(json!({"event_uuid": new_uuid()})))
}

async fn reactivate(State(st): State<SandboxState>, Path(id): Path<String>, body: Body) -> ApiResult<Response> {
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    let date = effective_date(&body)?;
    acc.status = "ACTIVE".into();
    acc.last_reactivated_on = date;
    acc.touch();
    Ok(ok(json!({"event_uuid": new_uuid()})))
}
