//! Uploaded files, notes and sent e-mails.

use serde_json::{json, Value};

use crate::body::Part;
use crate::util::{new_uuid, now_stamp};

/// An uploaded file: only its metadata is kept, not the bytes.
#[derive(Debug, Clone)]
pub struct StoredFile {
    pub uuid: String,
    pub name: String,
    pub size: usize,
    pub content_type: String,
    pub version: u64,
}

impl StoredFile {
    pub fn from_part(part: &Part) -> StoredFile {
        StoredFile {
            uuid: new_uuid(),
            name: part.filename.clone().unwrap_or_default(),
            size: part.data.len(),
            content_type: part.content_type.clone().unwrap_or_else(|| "application/octet-stream".into()),
            version: 1,
        }
    }

    pub fn to_json(&self) -> Value {
        json!({
            "uuid": self.uuid,
            "name": self.name,
            "version": self.version.to_string(),
            "size": self.size,
            "content_type": self.content_type,
        })
    }

    /// The attachment shape of sent e-mails.
    pub fn to_attachment_json(&self, path: &str) -> Value {
        json!({"name": self.name, "path": path, "size": self.size, "type": self.content_type})
    }
}

#[derive(Debug, Clone)]
pub struct Note {
    pub uuid: String,
    pub content: String,
    pub version: u64,
    pub files: Vec<StoredFile>,
    pub created_by: String,
    pub created_on: String,
    pub last_updated_by: String,
    pub last_updated_on: String,
}

impl Note {
    pub fn new(content: String, files: Vec<StoredFile>) -> Note {
        Note {
            uuid: new_uuid(),
            content,
            version: 1,
            files,
            created_by: crate::model::CREATED_BY.into(),
            created_on: now_stamp(),
            last_updated_by: String::new(),
            last_updated_on: String::new(),
        }
    }

    pub fn files_json(&self) -> Value {
        Value::Array(self.files.iter().map(StoredFile::to_json).collect())
    }

    pub fn to_json(&self) -> Value {
        json!({
            "uuid": self.uuid,
            "version": self.version.to_string(),
            "content": self.content,
            "files": self.files_json(),
            "created_by": self.created_by,
            "created_on": self.created_on,
            "last_updated_by": self.last_updated_by,
            "last_updated_on": self.last_updated_on,
        })
    }

    /// The text of a field, for `order_by`.
    pub fn sort_key(&self, field: &str) -> Option<String> {
        Some(match field {
            "uuid" => self.uuid.clone(),
            "content" => self.content.clone(),
            "version" => self.version.to_string(),
            "created_on" | "created_at" => self.created_on.clone(),
            "last_updated_on" => self.last_updated_on.clone(),
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub struct Email {
    pub uuid: String,
    pub from: String,
    pub to: String,
    pub cc: Vec<String>,
    pub bcc: Vec<String>,
    pub subject: String,
    pub body: String,
    pub attachments: Vec<StoredFile>,
    pub created_at: String,
}

pub const SANDBOX_SENDER: &str = "no-reply@sandbox.exsited.local";

impl Email {
    pub fn to_json(&self, base_url: &str, account_id: &str) -> Value {
        let attachments: Vec<Value> = self
            .attachments
            .iter()
            .map(|f| {
                let path = format!("{base_url}/files/accounts/{account_id}/emails/{}/{}", f.uuid, f.name);
                f.to_attachment_json(&path)
            })
            .collect();
        json!({
            "uuid": self.uuid,
            "message_type": "EMAIL",
            "status": "SENT",
            "from_email": self.from,
            "to": self.to,
            "cc": self.cc,
            "bcc": self.bcc,
            "subject": self.subject,
            "body": self.body,
            "additional_template": "",
            "created_at": self.created_at,
            "last_updated_at": self.created_at,
            "attachments": attachments,
        })
    }

    pub fn sort_key(&self, field: &str) -> Option<String> {
        Some(match field {
            "uuid" => self.uuid.clone(),
            "subject" => self.subject.clone(),
            "to" => self.to.clone(),
            "created_at" | "created_on" => self.created_at.clone(),
            _ => return None,
        })
    }
}
