//! The request body, read once by the pipeline and shared with the log and the handlers.

use bytes::Bytes;
use serde_json::{Map, Value};

use crate::error::{ApiError, ApiResult};

/// One multipart part.
#[derive(Debug, Clone)]
pub struct Part {
    pub name: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub data: Bytes,
}

impl Part {
    pub fn is_file(&self) -> bool {
        self.filename.is_some()
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.data).into_owned()
    }
}

#[derive(Debug, Clone)]
pub enum BodyKind {
    Empty,
    Json(Value),
    /// `application/x-www-form-urlencoded`, kept as an object of strings.
    Form(Map<String, Value>),
    Multipart(Vec<Part>),
    /// Anything else (not JSON, not a form).
    Text(String),
    /// Declared multipart but unreadable.
    BadMultipart(String),
}

#[derive(Debug, Clone)]
pub struct ParsedBody {
    pub kind: BodyKind,
}

impl ParsedBody {
    pub async fn parse(content_type: Option<&str>, raw: Bytes) -> ParsedBody {
        let ct = content_type.unwrap_or("").to_ascii_lowercase();
        let kind = if ct.starts_with("multipart/") {
            match parse_multipart(content_type.unwrap_or(""), raw).await {
                Ok(parts) => BodyKind::Multipart(parts),
                Err(e) => BodyKind::BadMultipart(e),
            }
        } else if raw.is_empty() {
            BodyKind::Empty
        } else if ct.starts_with("application/x-www-form-urlencoded") && !looks_like_json(&raw) {
            BodyKind::Form(parse_form(&raw))
        } else {
            match serde_json::from_slice::<Value>(&raw) {
                Ok(v) => BodyKind::Json(v),
                Err(_) => BodyKind::Text(String::from_utf8_lossy(&raw).into_owned()),
            }
        };
        ParsedBody { kind }
    }

    /// The JSON object of the body; 400 when the body is missing or not a JSON object.
    pub fn json_object(&self) -> ApiResult<&Map<String, Value>> {
        match &self.kind {
            BodyKind::Json(Value::Object(m)) => Ok(m),
            BodyKind::Empty => Err(ApiError::bad_request("Request body is required")),
            _ => Err(ApiError::bad_request("Request body must be a JSON object")),
        }
    }

    /// `body.account` as an object: every write of the account API is wrapped like this.
    pub fn account_envelope(&self) -> ApiResult<&Map<String, Value>> {
        match self.json_object()?.get("account") {
            Some(Value::Object(m)) => Ok(m),
            Some(_) => Err(ApiError::bad_request("'account' must be an object")),
            None => Err(ApiError::bad_request("Missing 'account' in request body")),
        }
    }

    /// Fields of a JSON body or of a form body, for the token endpoint.
    pub fn fields(&self) -> Option<&Map<String, Value>> {
        match &self.kind {
            BodyKind::Json(Value::Object(m)) => Some(m),
            BodyKind::Form(m) => Some(m),
            _ => None,
        }
    }

    pub fn parts(&self) -> ApiResult<&[Part]> {
        match &self.kind {
            BodyKind::Multipart(p) => Ok(p),
            BodyKind::BadMultipart(e) => Err(ApiError::bad_request(format!("Malformed multipart body: {e}"))),
            _ => Err(ApiError::bad_request("Request body must be multipart/form-data")),
        }
    }
}

/// `curl -d '{...}'` labels JSON as a form: such bodies are read as the JSON they are.
fn looks_like_json(raw: &[u8]) -> bool {
    matches!(raw.trim_ascii_start().first(), Some(b'{' | b'[')) && serde_json::from_slice::<Value>(raw).is_ok()
}

fn parse_form(raw: &[u8]) -> Map<String, Value> {
    let text = String::from_utf8_lossy(raw);
    let mut map = Map::new();
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        map.insert(form_decode(k), Value::String(form_decode(v)));
    }
    map
}

/// Query strings and form bodies: `+` is a space, then percent-decoding.
pub fn form_decode(s: &str) -> String {
    let s = s.replace('+', " ");
    percent_encoding::percent_decode_str(&s).decode_utf8_lossy().into_owned()
}

async fn parse_multipart(content_type: &str, raw: Bytes) -> Result<Vec<Part>, String> {
    let boundary = multer::parse_boundary(content_type).map_err(|e| e.to_string())?;
    let stream = futures_util::stream::once(async move { Ok::<Bytes, std::io::Error>(raw) });
    let mut mp = multer::Multipart::new(stream, boundary);
    let mut parts = Vec::new();
    while let Some(field) = mp.next_field().await.map_err(|e| e.to_string())? {
        let name = field.name().unwrap_or("").to_string();
        let filename = field.file_name().map(str::to_string);
        let content_type = field.content_type().map(|m| m.to_string());
        let data = field.bytes().await.map_err(|e| e.to_string())?;
        parts.push(Part { name, filename, content_type, data });
    }
    Ok(parts)
}
