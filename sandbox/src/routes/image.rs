//! The account's profile image (multipart `image` part).

use axum::extract::{Path, State};
use axum::response::Response;
use serde_json::json;

use super::{no_content, ok, Body};
use crate::error::{ApiError, ApiResult};
use crate::model::StoredFile;
use crate::state::SandboxState;

pub(super) async fn details(State(st): State<SandboxState>, Path(id): Path<String>) -> ApiResult<Response> {
    let store = st.store();
    let acc = store.get(&id)?;
    let uri = acc.image.as_ref().map(|(_, uri)| uri.clone());
    Ok(ok(json!({"account": {"image_uri": uri, "account_id": acc.id}})))
}

pub(super) async fn upload(State(st): State<SandboxState>, Path(id): Path<String>, body: Body) -> ApiResult<Response> {
    let base = st.base_url();
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    let part = body
        .parts()?
        .iter()
        .find(|p| p.name == "image" && p.is_file())
        .ok_or_else(|| ApiError::bad_request("An 'image' file part is required"))?;
    if part.data.is_empty() {
        return Err(ApiError::bad_request("The image file is empty"));
    }
    let file = StoredFile::from_part(part);
    let ext = file.name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_else(|| "jpeg".into());
    let uri = format!("{base}/files/accounts/{}/image/{}.{ext}", acc.id, file.uuid);
    acc.image = Some((file, uri.clone()));
    acc.touch();
    Ok(ok(json!({"account": {"image_uri": uri}})))
}

pub(super) async fn delete(State(st): State<SandboxState>, Path(id): Path<String>) -> ApiResult<Response> {
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    if acc.image.take().is_none() {
        return Err(ApiError::not_found("Account has no image"));
    }
    acc.touch();
    Ok(no_content())
}
