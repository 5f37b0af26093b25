//! Runs one row of the method table (methods.rs): converts each PHP argument by the role the
//! description gives it, names the caller's parameter in conversion errors, and leaves every
//! request rule (envelopes, parts, file counts, dates, query values) to the core.

use exsited_core::response_headers::Kept;
use exsited_core::{operation, Request};
use ext_php_rs::exception::PhpResult;
use ext_php_rs::types::{ZendHashTable, Zval};

use crate::args;
use crate::errors::{guard, usage, OrThrow};
use crate::pager::RecordIterator;
use crate::settings::Handle;
use crate::zval::key_name;

/// What a PHP parameter is for.
#[derive(Clone, Copy, Debug)]
pub enum Role {
    /// Fills the next path placeholder.
    Path,
    /// Fills the n-th path placeholder (a method whose parameters are not in path order).
    PathAt(usize),
    /// `'?limit=2&order_by=x'`, `'limit=2'` or `['limit' => 2]`.
    Query,
    /// The caller's data, which the core wraps in the operation's envelope.
    Data,
    /// The whole request body.
    Body,
    /// One multipart part of the operation (text, or one or more file paths).
    Part(&'static str),
    /// An array whose keys are text parts of the operation (sendEmail's `$email`).
    Fields,
    /// One query key; the text is the template with `{}` replaced by the value.
    QueryKey(&'static str, &'static str),
    /// One field of the caller's data (wrapped in the operation's envelope).
    Field(&'static str),
    /// Taken but not sent (the documented SDK's `$format` of a PDF).
    Local,
    /// The HTTP verb ('get', 'post', ...): picks the operation `<operation>.<verb>`
    /// (customRequest).
    Verb,
    /// The query of a GET, nothing for a DELETE, the JSON body otherwise (customRequest).
    Payload,
    /// The answer is a PDF, given back as a string: 'hex', 'base64', else the bytes.
    Format,
}

/// One PHP method: the operation it calls and its parameters (name, role), in order.
#[derive(Debug)]
pub struct Method {
    pub operation: &'static str,
    pub params: &'static [(&'static str, Role)],
}

/// One argument as the method received it.
pub enum Arg<'a> {
    Value(Option<&'a Zval>),
    Table(&'a ZendHashTable),
}

/// Runs the method's operation and gives the answer back as PHP values (null for a 204).
/// `options`: the method's last argument, the call's own timeout, retries and headers
/// (see `call_options`).
pub fn run(
    h: &Handle,
    method: &Method,
    args: &[Arg<'_>],
    version: Option<String>,
    options: Option<&Zval>,
) -> PhpResult<Zval> {
    guard(|| {
        let name = operation_name(method, args)?;
        let mut request = request(&name, method, args)?;
        request.options = crate::call_options::parse(options)?;
        request.version = Some(version.unwrap_or_else(|| h.default_version()));
        // A PDF's `$format`: the core hands the file back as bytes, or as hex/base64 text.
        let format = method.params.iter().zip(args).find(|((_, role), _)| matches!(role, Role::Format));
        if let Some(((param, _), Arg::Value(zv))) = format {
            let text = args::text(param, *zv)?;
            request.binary = exsited_core::BinaryFormat::parse(Some(&text)).map_err(crate::errors::from_core)?;
        }
        // The answer's headers are kept as received: masked only if the app reads them.
        let response = match crate::log::during(h, || h.core.call_raw_blocking(&name, request)) {
            Ok(answer) => {
                let response = answer.parse_body();
                h.remember_headers(Kept::Received(answer.received));
                response
            }
            Err(e) => {
                h.remember_headers(Kept::Shown(e.headers.clone()));
                Err(e)
            }
        };
        let response = response.or_throw(h.assoc)?;
        if let Some(bytes) = &response.raw {
            let mut zv = Zval::new();
            zv.set_binary(bytes.to_vec());
            return Ok(zv);
        }
        crate::zval::to_php(&response.body, h.assoc).map_err(|e| {
            let mut err = exsited_core::Error::decode(e);
            err.operation = operation(&name).map(|o| o.name);
            crate::errors::to_exception(&err, h.assoc)
        })
    })
}

/// A lazy iterator over every record of the method's paged operation.
pub fn iterate(
    h: &Handle,
    method: &Method,
    args: &[Arg<'_>],
    options: Option<&ZendHashTable>,
) -> PhpResult<RecordIterator> {
    guard(|| {
        let request = request(method.operation, method, args)?;
        let op = operation(method.operation).ok_or_else(|| usage(format!("unknown operation {}", method.operation)))?;
        RecordIterator::start(h, op.name, request.path, options)
    })
}

/// The operation a call runs: the method's, or for a `Verb` parameter `<operation>.<verb>`.
fn operation_name(method: &Method, args: &[Arg<'_>]) -> PhpResult<String> {
    let verb = method.params.iter().zip(args).find(|((_, role), _)| matches!(role, Role::Verb));
    let Some(((name, _), Arg::Value(zv))) = verb else { return Ok(method.operation.to_string()) };
    let text = args::text(name, *zv)?.to_ascii_lowercase();
    if !matches!(text.as_str(), "get" | "post" | "put" | "patch" | "delete") {
        return Err(usage(format!(
            "${name} must be one of get, post, put, patch, delete, got {}",
            exsited_core::error::quoted(&text)
        )));
    }
    Ok(format!("{}.{text}", method.operation))
}

fn request(name: &str, method: &Method, args: &[Arg<'_>]) -> PhpResult<Request> {
    let op = operation(name).ok_or_else(|| usage(format!("unknown operation {name}")))?;
    let mut r = Request::new();
    let mut path: Vec<(usize, String)> = Vec::new();
    let mut fields = serde_json::Map::new();
    for ((name, role), arg) in method.params.iter().zip(args) {
        match (role, arg) {
            (Role::Path, Arg::Value(Some(zv))) => path.push((path.len(), args::path_value(name, zv)?)),
            (Role::PathAt(n), Arg::Value(Some(zv))) => path.push((*n, args::path_value(name, zv)?)),
            (Role::Path | Role::PathAt(_), _) => return Err(usage(format!("${name} is required"))),
            (Role::Query, Arg::Value(zv)) => r.query.extend(args::query(*zv)?),
            (Role::QueryKey(key, template), Arg::Value(Some(zv))) => {
                r.query.push((key.to_string(), template.replace("{}", &args::path_value(name, zv)?)))
            }
            (Role::Field(key), Arg::Value(zv)) => {
                let value = zv.map(crate::zval::from_php).transpose().map_err(|e| usage(format!("${name}: {e}")))?;
                fields.insert(key.to_string(), value.unwrap_or(serde_json::Value::Null));
            }
            (Role::Local | Role::Verb | Role::Format, _) => {}
            (Role::Payload, Arg::Value(zv)) => match op.method {
                exsited_core::ops::Method::Get => r.query.extend(args::query(*zv)?),
                exsited_core::ops::Method::Delete => {}
                _ => {
                    if let Some(zv) = zv.filter(|zv| !zv.is_null()) {
                        r = r.json(args::whole_body(name, zv)?);
                    }
                }
            },
            // An optional body left out: nothing is sent.
            (Role::Data | Role::Body, Arg::Value(None)) => {}
            (Role::Data, Arg::Value(Some(zv))) => r = r.data(args::params(name, zv)?),
            (Role::Body, Arg::Value(Some(zv))) => r = r.json(args::whole_body(name, zv)?),
            (Role::Part(part), Arg::Value(zv)) => {
                let is_file = op.parts.iter().any(|p| p.name == *part && p.kind == exsited_core::ops::PartKind::File);
                if is_file {
                    for path in args::file_paths(name, *zv)? {
                        r = r.file_part(*part, path);
                    }
                } else {
                    r = r.text_part(*part, args::text(name, *zv)?);
                }
            }
            (Role::Fields, Arg::Table(table)) => {
                for (key, value) in table.iter() {
                    let key = key_name(&key);
                    let join = op.parts.iter().find(|p| p.name == key).and_then(|p| p.join);
                    let label = format!("{name}['{key}']");
                    let text = match join {
                        Some(sep) => args::joined(&label, value, sep)?,
                        None => args::text(&label, Some(value))?,
                    };
                    r = r.text_part(key, text);
                }
            }
            (_, _) => return Err(usage(format!("${name} is required"))),
        }
    }
    path.sort_by_key(|(n, _)| *n);
    r.path = path.into_iter().map(|(_, v)| v).collect();
    if !fields.is_empty() {
        r = r.data(serde_json::Value::Object(fields));
    }
    if r.json.is_none() && op.body == exsited_core::ops::BodyKind::Json {
        // No data argument, or an optional one left out: the call posts nothing.
        r = r.no_body();
    }
    Ok(r)
}
