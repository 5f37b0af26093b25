use super::common::Pagination;
use super::lenient::{Many, Obj, Text};
use crate::dto;

dto! {
    pub struct NoteFile { uuid: Text, name: Text, size: Text, version: Text, link: Text, content_type: Text, created_by: Text, created_on: Text }
}

dto! {
    pub struct Note {
        uuid: Text,
        version: Text,
        content: Text,
        files: Many<NoteFile>,
        created_by: Text,
        created_on: Text,
        last_updated_by: Text,
        last_updated_on: Text
    }
}

dto! {
    /// `{"account":{"notes":[..],"pagination":{..}}}`, `{"account":{"note":{..}}}`,
    /// `{"account":{"note":{"files":[..]}}}` and friends.
    pub struct AccountNotes { id: Text, notes: serde_json::Value, note: Obj<Note>, files: Many<NoteFile>, file: Obj<NoteFile>, pagination: Obj<Pagination> }
}

dto! {
    pub struct NotesAnswer { account: Obj<AccountNotes> }
}

dto! {
    pub struct Image { image_uri: Text, account_id: Text }
}

dto! {
    pub struct ImageAnswer { account: Obj<Image> }
}
