//! E-mails sent from an account (multipart: to, cc, bcc, subject, body, attachment).

use axum::extract::{OriginalUri, Path, State};
use axum::response::Response;
use serde_json::{json, Value};

use super::{created, ok, Body};
use crate::body::Part;
use crate::error::{ApiError, ApiResult};
use crate::model::files::SANDBOX_SENDER;
use crate::model::{Email, StoredFile};
use crate::pagination::ListParams;
use crate::state::SandboxState;
use crate::util::{is_valid_email, new_uuid, now_stamp};

fn field(parts: &[Part], name: &str) -> String {
    parts.iter().find(|p| p.name == name && !p.is_file()).map(Part::text).unwrap_or_default()
}

/// Comma-joined addresses, each checked.
fn addresses(parts: &[Part], name: &str) -> ApiResult<Vec<String>> {
    let list: Vec<String> =
        field(parts, name).split([',', ';']).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
    if let Some(bad) = list.iter().find(|a| !is_valid_email(a)) {
        return Err(ApiError::bad_request(format!("Invalid '{name}' address '{bad}'")));
    }
    Ok(list)
}

pub(super) async fn send(State(st): State<SandboxState>, Path(id): Path<String>, body: Body) -> ApiResult<Response> {
    let base = st.base_url();
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    let parts = body.parts()?;
    let to = addresses(parts, "to")?;
    if to.is_empty() {
        return Err(ApiError::bad_request("The 'to' field is required"));
    }
    let email = Email {
        uuid: new_uuid(),
        from: SANDBOX_SENDER.into(),
        to: to.join(","),
        cc: addresses(parts, "cc")?,
        bcc: addresses(parts, "bcc")?,
        subject: field(parts, "subject"),
        body: field(parts, "body"),
        attachments: parts.iter().filter(|p| p.is_file()).map(StoredFile::from_part).collect(),
        created_at: now_stamp(),
    };
    let answer = email.to_json(&base, &acc.id);
    acc.emails.push(email);
    Ok(created(json!({"account": {"communication": {"email": answer}}})))
}

pub(super) async fn list(
    State(st): State<SandboxState>,
    Path(id): Path<String>,
    OriginalUri(uri): OriginalUri,
) -> ApiResult<Response> {
    let params = ListParams::from_uri(&uri)?;
    let base = st.base_url();
    let store = st.store();
    let acc = store.get(&id)?;
    let mut emails: Vec<&Email> = acc.emails.iter().collect();
    params.sort(&mut emails, |e, f| e.sort_key(f));
    let (page, pagination) = params.page(emails, &base);
    let emails: Vec<Value> = page.iter().map(|e| e.to_json(&base, &acc.id)).collect();
    Ok(ok(json!({"account": {"communication": {"emails": emails, "pagination": pagination}}})))
}

pub(super) async fn details(
    State(st): State<SandboxState>,
    Path((id, uuid)): Path<(String, String)>,
) -> ApiResult<Response> {
    let base = st.base_url();
    let store = st.store();
    let acc = store.get(&id)?;
    let email = acc
        .emails
        .iter()
        .find(|e| e.uuid == uuid)
        .ok_or_else(|| ApiError::not_found(format!("Email '{uuid}' not found")))?;
    Ok(ok(json!({"account": {"communication": {"email": email.to_json(&base, &acc.id)}}})))
}
