//! What a caller gives for one operation: path values, query, body, version.

use std::path::PathBuf;

use serde_json::Value;

use crate::call_options::CallOptions;

/// One multipart part as the caller describes it; files are read by the core before the
/// first attempt, so every attempt sends the same bytes.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    Text { name: String, value: String },
    File { name: String, path: PathBuf },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Request {
    /// `v2`/`v3`; `None` = the operation's default version.
    pub version: Option<String>,
    /// Values for the path placeholders, in the operation's order.
    pub path: Vec<String>,
    /// Query pairs, sent in this order. Use [`Request::query_opt`] to leave out absent values.
    pub query: Vec<(String, String)>,
    pub json: Option<Value>,
    /// `json` is the caller's data, which the core wraps in the operation's envelope
    /// (`{"account": data}`) unless it already is that envelope.
    pub wrap: bool,
    pub parts: Vec<Part>,
    /// Build no observer events for this call (nobody is printing or logging it): saves
    /// re-parsing and masking the answer, which costs more than the rest of a small call.
    pub quiet: bool,
    /// This call's own timeout, retries, deadline and extra headers.
    pub options: CallOptions,
    /// How an answer that is a file comes back (bytes, hex or base64 text).
    pub binary: crate::binary::BinaryFormat,
}

impl Request {
    pub fn new() -> Request {
        Request::default()
    }

    pub fn path<I, S>(mut self, values: I) -> Request
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.path = values.into_iter().map(Into::into).collect();
        self
    }

    pub fn version(mut self, version: impl Into<String>) -> Request {
        self.version = Some(version.into());
        self
    }

    pub fn query(mut self, name: impl Into<String>, value: impl ToString) -> Request {
        self.query.push((name.into(), value.to_string()));
        self
    }

    /// Adds the pair only when there is a value (`None` is left out, `0` is kept).
    pub fn query_opt<T: ToString>(self, name: impl Into<String>, value: Option<T>) -> Request {
        match value {
            Some(v) => self.query(name, v),
            None => self,
        }
    }

    pub fn quiet(mut self, quiet: bool) -> Request {
        self.quiet = quiet;
        self
    }

    pub fn options(mut self, options: CallOptions) -> Request {
        self.options = options;
        self
    }

    /// Sends no body to an operation that takes JSON (the documented PHP SDK's actions that
    /// post no payload, and its optional `$params` left out).
    pub fn no_body(mut self) -> Request {
        self.json = Some(Value::Null);
        self.wrap = false;
        self
    }

    pub fn json(mut self, body: Value) -> Request {
        self.json = Some(body);
        self
    }

    /// The caller's data, sent inside the operation's envelope (see [`Request::wrap`]).
    pub fn data(mut self, data: Value) -> Request {
        self.json = Some(data);
        self.wrap = true;
        self
    }

    pub fn text_part(mut self, name: impl Into<String>, value: impl Into<String>) -> Request {
        self.parts.push(Part::Text { name: name.into(), value: value.into() });
        self
    }

    pub fn file_part(mut self, name: impl Into<String>, path: impl Into<PathBuf>) -> Request {
        self.parts.push(Part::File { name: name.into(), path: path.into() });
        self
    }
}

/// Parses a query given as text (`?limit=2&order_by=created_on` or without the `?`)
/// into pairs, decoding percent-escapes; used for PHP's string form of `readAll`.
pub fn parse_query_string(text: &str) -> Vec<(String, String)> {
    let text = text.trim();
    let text = text.strip_prefix('?').unwrap_or(text);
    url::form_urlencoded::parse(text.as_bytes())
        .filter(|(k, _)| !k.is_empty())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_string_forms() {
        assert_eq!(
            parse_query_string("?limit=2&order_by=created_on&direction=desc"),
            vec![
                ("limit".into(), "2".into()),
                ("order_by".into(), "created_on".into()),
                ("direction".into(), "desc".into())
            ]
        );
        assert_eq!(parse_query_string("name=a%20b&x"), vec![("name".into(), "a b".into()), ("x".into(), "".into())]);
        assert!(parse_query_string("").is_empty());
    }

    #[test]
    fn none_is_left_out_and_zero_kept() {
        let r = Request::new().query_opt("limit", None::<u32>).query_opt("offset", Some(0));
        assert_eq!(r.query, vec![("offset".to_string(), "0".to_string())]);
    }
}
