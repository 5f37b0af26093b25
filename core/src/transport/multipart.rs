//! Multipart bodies: files are read once, before the first attempt, so a retry sends the
//! same full bytes; each attempt builds its form from the shared buffers.

use std::path::Path;

use bytes::Bytes;
use reqwest::multipart::{Form, Part as FormPart};

use crate::error::{Error, Result};
use crate::ops::Operation;
use crate::request::Part;

#[derive(Clone, Debug)]
pub enum PreparedPart {
    Text { name: String, value: String },
    File { name: String, file_name: String, mime: String, bytes: Bytes },
}

#[derive(Clone, Debug, Default)]
pub struct PreparedMultipart {
    pub parts: Vec<PreparedPart>,
}

impl PreparedMultipart {
    /// Checks the parts against the operation and reads every file.
    pub async fn prepare(op: &Operation, parts: &[Part], max_upload_bytes: u64) -> Result<PreparedMultipart> {
        let files = parts.iter().filter(|p| matches!(p, Part::File { .. })).count();
        if let Some(max) = op.max_files {
            if files > max {
                return Err(Error::usage(format!("{} accepts at most {max} file(s); {files} were given", op.name)));
            }
        }
        let mut prepared = Vec::with_capacity(parts.len());
        let mut total: u64 = 0;
        for part in parts {
            match part {
                Part::Text { name, value } => {
                    prepared.push(PreparedPart::Text { name: name.clone(), value: value.clone() })
                }
                Part::File { name, path } => {
                    let bytes = read_file(path, max_upload_bytes).await?;
                    total += bytes.len() as u64;
                    if total > max_upload_bytes {
                        return Err(Error::usage(format!(
                            "the files of this upload add up to {total} bytes, over the limit of {max_upload_bytes} bytes"
                        )));
                    }
                    prepared.push(PreparedPart::File {
                        name: name.clone(),
                        file_name: base_name(path),
                        mime: crate::ops::rules::content_type(path),
                        bytes,
                    });
                }
            }
        }
        Ok(PreparedMultipart { parts: prepared })
    }

    /// A fresh form for one attempt (cheap: file bytes are shared, not copied).
    pub fn form(&self) -> Result<Form> {
        let mut form = Form::new();
        for part in &self.parts {
            form = match part {
                PreparedPart::Text { name, value } => form.text(name.clone(), value.clone()),
                PreparedPart::File { name, file_name, mime, bytes } => {
                    let p = FormPart::stream_with_length(reqwest::Body::from(bytes.clone()), bytes.len() as u64)
                        .file_name(file_name.clone())
                        .mime_str(mime)
                        .map_err(|e| Error::usage(format!("bad content type for {file_name}: {e}")))?;
                    form.part(name.clone(), p)
                }
            };
        }
        Ok(form)
    }

    /// A printable summary (names, file names, sizes), never the bytes.
    pub fn summary(&self) -> serde_json::Value {
        serde_json::Value::Array(
            self.parts
                .iter()
                .map(|p| match p {
                    PreparedPart::Text { name, value } => serde_json::json!({"name": name, "value": crate::redact::mask_text(value)}),
                    PreparedPart::File { name, file_name, mime, bytes } => {
                        serde_json::json!({"name": name, "file_name": file_name, "content_type": mime, "size": bytes.len()})
                    }
                })
                .collect(),
        )
    }
}

/// The file's own name: a local directory path never leaves the machine.
fn base_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "file".to_string())
}

async fn read_file(path: &Path, max: u64) -> Result<Bytes> {
    let shown = crate::error::shown_path(path);
    if path.as_os_str().is_empty() {
        return Err(Error::usage("a file path is empty"));
    }
    let meta = tokio::fs::metadata(path).await.map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::usage(format!("file not found: {shown}")),
        std::io::ErrorKind::PermissionDenied => Error::usage(format!("file not readable (permission denied): {shown}")),
        _ => Error::usage(format!("cannot read file {shown}: {e}")),
    })?;
    if meta.is_dir() {
        return Err(Error::usage(format!("{shown} is a directory, not a file")));
    }
    if meta.len() > max {
        return Err(Error::usage(format!(
            "file {shown} is {} bytes, over the upload limit of {max} bytes",
            meta.len()
        )));
    }
    let data = tokio::fs::read(path).await.map_err(|e| Error::usage(format!("cannot read file {shown}: {e}")))?;
    Ok(Bytes::from(data))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::operation;

    #[tokio::test]
    async fn files_are_read_with_base_name_and_mime() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.pdf");
        std::fs::write(&path, b"%PDF-1.4 hello").unwrap();
        let op = operation("notes.add").unwrap();
        let parts = vec![
            Part::Text { name: "note".into(), value: "hi".into() },
            Part::File { name: "file".into(), path: path.clone() },
        ];
        let m = PreparedMultipart::prepare(op, &parts, 1 << 20).await.unwrap();
        match &m.parts[1] {
            PreparedPart::File { file_name, mime, bytes, .. } => {
                assert_eq!(file_name, "report.pdf");
                assert_eq!(mime, "application/pdf");
                assert_eq!(bytes.len(), 14);
            }
            _ => panic!("expected a file part"),
        }
        assert!(m.form().is_ok());
    }

    #[tokio::test]
    async fn bad_files_are_usage_errors() {
        let dir = tempfile::tempdir().unwrap();
        let op = operation("notes.add").unwrap();
        let missing = vec![Part::File { name: "file".into(), path: dir.path().join("nope.txt") }];
        let e = PreparedMultipart::prepare(op, &missing, 1 << 20).await.unwrap_err();
        assert!(e.message.contains("file not found"), "{}", e.message);
        let a_dir = vec![Part::File { name: "file".into(), path: dir.path().to_path_buf() }];
        assert!(PreparedMultipart::prepare(op, &a_dir, 1 << 20).await.unwrap_err().message.contains("directory"));
        let big = dir.path().join("big.bin");
        std::fs::write(&big, vec![0u8; 2048]).unwrap();
        let over = vec![Part::File { name: "file".into(), path: big.clone() }];
        assert_eq!(PreparedMultipart::prepare(op, &over, 1024).await.unwrap_err().kind, crate::ErrorKind::Usage);
        let nine: Vec<Part> = (0..9).map(|_| Part::File { name: "file".into(), path: big.clone() }).collect();
        assert!(PreparedMultipart::prepare(op, &nine, 1 << 20).await.unwrap_err().message.contains("at most 8"));
    }
}
