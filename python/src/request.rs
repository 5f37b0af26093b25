//! Python arguments → a core `Request`.

use exsited_core::{Error, Request};
use serde_json::Value;

/// One multipart part as Python describes it: `("text", name, value)` or `("file", name, path)`.
pub type PartSpec = (String, String, String);

pub fn build(
    path: Vec<String>,
    query: Vec<(String, String)>,
    body: Option<Value>,
    parts: Vec<PartSpec>,
    version: Option<String>,
) -> Result<Request, Error> {
    let mut request = Request::new().path(path);
    request.query = query;
    if let Some(version) = version {
        request = request.version(version);
    }
    if let Some(value) = body {
        request = request.json(value);
    }
    for (kind, name, value) in parts {
        request = match kind.as_str() {
            "text" => request.text_part(name, value),
            "file" => request.file_part(name, value),
            other => return Err(Error::usage(format!("unknown multipart part kind {other:?}"))),
        };
    }
    Ok(request)
}
