//! Answers that are files (an invoice PDF), not JSON: how the caller wants the bytes back.

use bytes::Bytes;
use serde_json::Value;

use crate::error::{Error, Result};

/// How an operation whose answer is a file hands it back: the bytes as they came, or as hex
/// or base64 text (the documented Python SDK's `format='hex'` / `'base64'`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BinaryFormat {
    #[default]
    Bytes,
    Hex,
    Base64,
}

impl BinaryFormat {
    /// `binary` (or nothing), `hex` or `base64`; anything else is a usage error naming them.
    pub fn parse(text: Option<&str>) -> Result<BinaryFormat> {
        match text.map(str::trim) {
            None | Some("") | Some("binary") | Some("bytes") => Ok(BinaryFormat::Bytes),
            Some("hex") => Ok(BinaryFormat::Hex),
            Some("base64") => Ok(BinaryFormat::Base64),
            Some(other) => Err(Error::usage(format!(
                "format must be 'binary', 'hex' or 'base64', not {}",
                crate::error::quoted(other)
            ))),
        }
    }

    /// The answer's body: `None` for the bytes themselves (kept in `Response::raw`), or the
    /// text form as a JSON string.
    pub fn encode(self, bytes: &Bytes) -> Option<Value> {
        use base64::Engine as _;
        match self {
            BinaryFormat::Bytes => None,
            BinaryFormat::Hex => Some(Value::String(hex::encode(bytes))),
            BinaryFormat::Base64 => Some(Value::String(base64::engine::general_purpose::STANDARD.encode(bytes))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        let pdf = Bytes::from_static(b"%PDF");
        assert_eq!(BinaryFormat::parse(None).unwrap().encode(&pdf), None);
        assert_eq!(BinaryFormat::parse(Some("hex")).unwrap().encode(&pdf), Some(Value::from("25504446")));
        assert_eq!(BinaryFormat::parse(Some("base64")).unwrap().encode(&pdf), Some(Value::from("JVBERg==")));
        let err = BinaryFormat::parse(Some("pdf")).unwrap_err();
        assert!(err.message.contains("'binary', 'hex' or 'base64'"), "{}", err.message);
    }
}
