//! Contacts of an account, by contact type. PUT replaces (or creates) a contact, PATCH
//! changes only the fields sent (and creates the contact when it does not exist yet).

use axum::extract::{Path, State};
use axum::response::Response;
use serde_json::{json, Map, Value};

use super::{no_content, ok, Body};
use crate::error::{ApiError, ApiResult};
use crate::model::contact;
use crate::state::SandboxState;
use crate::util::text_of;

pub(super) async fn list(State(st): State<SandboxState>, Path(id): Path<String>) -> ApiResult<Response> {
    let store = st.store();
    let acc = store.get(&id)?;
    Ok(ok(json!({"account": {"id": acc.id, "contacts": acc.contacts_json()}})))
}

fn not_found(t: &str) -> ApiError {
    ApiError::not_found(format!("Contact '{t}' not found"))
}

pub(super) async fn details(
    State(st): State<SandboxState>,
    Path((id, t)): Path<(String, String)>,
) -> ApiResult<Response> {
    let store = st.store();
    let acc = store.get(&id)?;
    let c = acc.contacts.iter().find(|c| text_of(c, "type") == t).ok_or_else(|| not_found(&t))?;
    Ok(ok(json!({"account": {"id": acc.id, "contacts": c}})))
}

fn contact_input(body: &Body) -> ApiResult<&Map<String, Value>> {
    let env = body.account_envelope()?;
    match env.get("contact").or_else(|| env.get("contacts")) {
        Some(Value::Object(m)) => Ok(m),
        Some(_) => Err(ApiError::bad_request("'contact' must be an object")),
        None => Err(ApiError::bad_request("Missing 'account.contact' in request body")),
    }
}

pub(super) async fn replace(
    State(st): State<SandboxState>,
    Path((id, t)): Path<(String, String)>,
    body: Body,
) -> ApiResult<Response> {
    write(st, id, t, body, true).await
}

pub(super) async fn modify(
    State(st): State<SandboxState>,
    Path((id, t)): Path<(String, String)>,
    body: Body,
) -> ApiResult<Response> {
    write(st, id, t, body, false).await
}

async fn write(st: SandboxState, id: String, t: String, body: Body, replace: bool) -> ApiResult<Response> {
    let base = st.base_url();
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    if !contact::is_valid_type(&t) {
        return Err(ApiError::bad_request(format!("Invalid contact type '{t}': expected CONTACT_1, CONTACT_2, ...")));
    }
    let input = contact_input(&body)?;
    let existing = acc.contacts.iter().position(|c| text_of(c, "type") == t);
    let mut c = match existing {
        Some(i) if replace => {
            // A replacement keeps the contact's identity and history.
            let old = &acc.contacts[i];
            let mut fresh = contact::blank(&t);
            for k in ["uuid", "created_on", "created_by", "version"] {
                fresh.insert(k.into(), old[k].clone());
            }
            fresh
        }
        Some(i) => acc.contacts[i].clone(),
        None => contact::blank(&t),
    };
    contact::apply(&mut c, input, &base)?;
    if existing.is_some() {
        contact::touch(&mut c);
    }
    match existing {
        Some(i) => acc.contacts[i] = c.clone(),
        None => acc.contacts.push(c.clone()),
    }
    acc.touch();
    Ok(ok(json!({"account": {"contacts": c, "id": acc.id}})))
}

pub(super) async fn delete(
    State(st): State<SandboxState>,
    Path((id, t)): Path<(String, String)>,
) -> ApiResult<Response> {
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    let i = acc.contacts.iter().position(|c| text_of(c, "type") == t).ok_or_else(|| not_found(&t))?;
    acc.contacts.remove(i);
    acc.touch();
    Ok(no_content())
}
