//! Notes of an account and the files attached to them (multipart uploads).

use axum::extract::{OriginalUri, Path, State};
use axum::response::Response;
use serde_json::{json, Value};

use super::{created, no_content, ok, Body};
use crate::body::Part;
use crate::error::{ApiError, ApiResult};
use crate::model::{Account, Note, StoredFile};
use crate::pagination::ListParams;
use crate::state::SandboxState;

/// The API refuses more files than this on one note.
pub const MAX_FILES_PER_NOTE: usize = 8;

fn note_index(acc: &Account, uuid: &str) -> ApiResult<usize> {
    acc.notes.iter().position(|n| n.uuid == uuid).ok_or_else(|| ApiError::not_found(format!("Note '{uuid}' not found")))
}

fn file_index(note: &Note, uuid: &str) -> ApiResult<usize> {
    note.files
        .iter()
        .position(|f| f.uuid == uuid)
        .ok_or_else(|| ApiError::not_found(format!("File '{uuid}' not found")))
}

/// Uploaded files: every part that carries a file name (except the note text itself).
fn file_parts(parts: &[Part]) -> Vec<StoredFile> {
    parts.iter().filter(|p| p.is_file() && p.name != "note").map(StoredFile::from_part).collect()
}

fn too_many(n: usize) -> ApiError {
    ApiError::bad_request(format!("A note can have at most {MAX_FILES_PER_NOTE} files ({n} given)"))
}

pub(super) async fn list(
    State(st): State<SandboxState>,
    Path(id): Path<String>,
    OriginalUri(uri): OriginalUri,
) -> ApiResult<Response> {
    let params = ListParams::from_uri(&uri)?;
    let store = st.store();
    let acc = store.get(&id)?;
    let mut notes: Vec<&Note> = acc.notes.iter().collect();
    params.sort(&mut notes, |n, f| n.sort_key(f));
    let (page, pagination) = params.page(notes, &st.inner.base_url);
    let notes: Vec<Value> = page.iter().map(|n| n.to_json()).collect();
    Ok(ok(json!({"account": {"notes": notes, "pagination": pagination}})))
}

pub(super) async fn details(
    State(st): State<SandboxState>,
    Path((id, uuid)): Path<(String, String)>,
) -> ApiResult<Response> {
    let store = st.store();
    let acc = store.get(&id)?;
    let mut note = acc.notes[note_index(acc, &uuid)?].to_json();
    note["custom_attributes"] = json!([]);
    Ok(ok(json!({"account": {"note": note}})))
}

pub(super) async fn add(State(st): State<SandboxState>, Path(id): Path<String>, body: Body) -> ApiResult<Response> {
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    let parts = body.parts()?;
    let text = parts.iter().find(|p| p.name == "note" && !p.is_file()).map(Part::text).unwrap_or_default();
    if text.trim().is_empty() {
        return Err(ApiError::bad_request("The 'note' field is required"));
    }
    let files = file_parts(parts);
    if files.len() > MAX_FILES_PER_NOTE {
        return Err(too_many(files.len()));
    }
    let note = Note::new(text, files);
    let answer = note.to_json();
    acc.notes.push(note);
    Ok(created(json!({"account": {"notes": answer}})))
}

pub(super) async fn delete(
    State(st): State<SandboxState>,
    Path((id, uuid)): Path<(String, String)>,
) -> ApiResult<Response> {
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    let i = note_index(acc, &uuid)?;
    acc.notes.remove(i);
    Ok(no_content())
}

pub(super) async fn files(
    State(st): State<SandboxState>,
    Path((id, uuid)): Path<(String, String)>,
) -> ApiResult<Response> {
    let store = st.store();
    let acc = store.get(&id)?;
    let note = &acc.notes[note_index(acc, &uuid)?];
    Ok(ok(json!({"account": {"note": {"files": note.files_json()}}})))
}

pub(super) async fn add_files(
    State(st): State<SandboxState>,
    Path((id, uuid)): Path<(String, String)>,
    body: Body,
) -> ApiResult<Response> {
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    let i = note_index(acc, &uuid)?;
    let new = file_parts(body.parts()?);
    if new.is_empty() {
        return Err(ApiError::bad_request("At least one 'file' part is required"));
    }
    let note = &mut acc.notes[i];
    let total = note.files.len() + new.len();
    if total > MAX_FILES_PER_NOTE {
        return Err(too_many(total));
    }
    note.files.extend(new);
    note.version += 1;
    note.last_updated_on = crate::util::now_stamp();
    note.last_updated_by = crate::model::CREATED_BY.into();
    Ok(created(json!({"account": {"notes": {"files": note.files_json()}}})))
}

pub(super) async fn file_details(
    State(st): State<SandboxState>,
    Path((id, uuid, file_uuid)): Path<(String, String, String)>,
) -> ApiResult<Response> {
    let store = st.store();
    let acc = store.get(&id)?;
    let note = &acc.notes[note_index(acc, &uuid)?];
    let file = note.files[file_index(note, &file_uuid)?].to_json();
    // The documentation shows a one-item `files` list, the Python DTO a `file` object: both.
    Ok(ok(json!({"account": {"note": {"file": file, "files": [file]}}})))
}

pub(super) async fn delete_file(
    State(st): State<SandboxState>,
    Path((id, uuid, file_uuid)): Path<(String, String, String)>,
) -> ApiResult<Response> {
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    let i = note_index(acc, &uuid)?;
    let note = &mut acc.notes[i];
    let f = file_index(note, &file_uuid)?;
    note.files.remove(f);
    Ok(no_content())
}
