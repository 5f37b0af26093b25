//! Runs one row of the method table (methods.rs): converts each PHP argument by the role the
//! description gives it, names the caller's parameter in conversion errors, and leaves every
//! request rule (envelopes, parts, file counts, dates, query values) to the core.

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
        let mut request = request(method, args)?;
        request.options = crate::call_options::parse(options)?;
        request.version = Some(version.unwrap_or_else(|| h.api_version.clone()));
        let outcome = crate::log::during(h, || h.core.call_blocking(method.operation, request));
        match &outcome {
            Ok(response) => h.remember_headers(&response.headers),
            Err(e) => h.remember_headers(&e.headers),
        }
        let response = outcome.or_throw(h.assoc)?;
        crate::zval::to_php(&response.body, h.assoc).map_err(|e| {
            let mut err = exsited_core::Error::decode(e);
            err.operation = operation(method.operation).map(|o| o.name);
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
        let request = request(method, args)?;
        let op = operation(method.operation).ok_or_else(|| usage(format!("unknown operation {}", method.operation)))?;
        RecordIterator::start(h, op.name, request.path, options)
    })
}

fn request(method: &Method, args: &[Arg<'_>]) -> PhpResult<Request> {
    let op = operation(method.operation).ok_or_else(|| usage(format!("unknown operation {}", method.operation)))?;
    let mut r = Request::new();
    for ((name, role), arg) in method.params.iter().zip(args) {
        match (role, arg) {
            (Role::Path, Arg::Value(Some(zv))) => r.path.push(args::path_value(name, zv)?),
            (Role::Path, _) => return Err(usage(format!("${name} is required"))),
            (Role::Query, Arg::Value(zv)) => r.query = args::query(*zv)?,
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
    Ok(r)
}
