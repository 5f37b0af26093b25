//! The generic engine: answers every operation declared `sandbox = { generic = true }` in api/
//! from a small stateful store. Create stores a record (with a fresh `id` and `uuid`) in the
//! collection named by its path (a nested one also in the top-level collection of its name); list pages the collection; details reads, update merges and
//! delete removes a record (404 afterwards); actions answer an event; writes to a path that is
//! no record (settings and the like) are merged into a document read back by a GET there.
//! An empty path id, or a JSON body without the operation's root key, is a 400.

mod table;

use std::collections::HashMap;

use axum::extract::{MatchedPath, OriginalUri, RawPathParams, State};
use axum::http::{header, HeaderValue, Method};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Map, Value};

use crate::body::BodyKind as Parsed;
use crate::error::{ApiError, ApiResult};
use crate::pagination::ListParams;
use crate::respond::{created, no_content, ok, Body};
use crate::state::SandboxState;

/// What the engine does for one operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Create,
    List,
    Details,
    Update,
    Delete,
    Action,
    Read,
    Write,
    /// A file (an invoice PDF): a small PDF naming the path.
    File,
}

/// One generic operation (see sandbox/src/engine/table.rs, generated from api/).
pub(crate) struct Entry {
    pub method: &'static str,
    /// The route after the version prefix, placeholders named {p0}, {p1}...
    pub route: &'static str,
    pub kind: Kind,
    /// The key the answer keeps the record under.
    pub root: &'static str,
    /// The key the request body must keep its data under.
    pub envelope: Option<&'static str>,
    /// Where a list answer keeps its records.
    pub records: Option<&'static str>,
}

/// The records of every collection (by concrete path), in creation order.
#[derive(Default)]
pub(crate) struct Records {
    collections: HashMap<String, Vec<Map<String, Value>>>,
    documents: HashMap<String, Map<String, Value>>,
    /// The root key records of a collection were created under (for reads whose answer DTO
    /// the description does not name).
    roots: HashMap<String, &'static str>,
    next: u64,
}

impl Records {
    pub(crate) fn clear(&mut self) {
        *self = Records::default();
    }
}

fn entry(method: &Method, matched: &str) -> Option<&'static Entry> {
    // The matched path carries the version prefix: "/api/v3/orders/{p0}".
    let route = matched.splitn(4, '/').nth(3).map(|r| format!("/{r}"))?;
    table::ENTRIES.iter().find(|e| e.method == method.as_str() && e.route == route)
}

/// The concrete path the route stands for, without the version: "orders/ID-1".
fn concrete(route: &str, ids: &[String]) -> String {
    let mut it = ids.iter();
    route
        .trim_start_matches('/')
        .split('/')
        .map(|seg| if seg.starts_with('{') { it.next().cloned().unwrap_or_default() } else { seg.to_string() })
        .collect::<Vec<_>>()
        .join("/")
}

fn parent(path: &str) -> (&str, &str) {
    path.rsplit_once('/').unwrap_or(("", path))
}

/// The body's data: the object under the envelope key (400 when it is missing), or the whole
/// object; multipart text parts become fields.
fn data(e: &Entry, body: &Body) -> ApiResult<Map<String, Value>> {
    match &body.kind {
        Parsed::Json(Value::Object(m)) => match e.envelope {
            Some(root) => match m.get(root) {
                Some(Value::Object(inner)) => Ok(inner.clone()),
                Some(_) => Err(ApiError::bad_request(format!("'{root}' must be an object"))),
                None => Err(ApiError::bad_request(format!("Missing '{root}' in request body"))),
            },
            None => Ok(m.clone()),
        },
        Parsed::Json(_) | Parsed::Text(_) => Err(ApiError::bad_request("Request body must be a JSON object")),
        Parsed::Multipart(parts) => Ok(parts
            .iter()
            .map(|p| (p.name.clone(), if p.is_file() { json!(p.filename) } else { json!(p.text()) }))
            .collect()),
        Parsed::Form(m) => Ok(m.clone()),
        Parsed::BadMultipart(err) => Err(ApiError::bad_request(format!("Malformed multipart body: {err}"))),
        Parsed::Empty if e.envelope.is_some() => Err(ApiError::bad_request("Request body is required")),
        Parsed::Empty => Ok(Map::new()),
    }
}

/// The answer: the record under the entry's root key, or the record itself (root "").
fn answer(e: &Entry, record: Value) -> Value {
    wrap(e.root, record)
}

fn wrap(root: &str, record: Value) -> Value {
    if root.is_empty() {
        record
    } else {
        json!({ root: record })
    }
}

/// A minimal PDF document for a file answer; its text names the path it was asked for.
fn file(path: &str) -> Response {
    let body = format!("%PDF-1.4\n% exsited sandbox: {path}\n%%EOF\n");
    ([(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"))], body).into_response()
}

fn not_found(path: &str) -> ApiError {
    ApiError::not_found(format!("Record '{path}' not found"))
}

pub(crate) async fn serve(
    State(st): State<SandboxState>,
    method: Method,
    matched: MatchedPath,
    params: RawPathParams,
    OriginalUri(uri): OriginalUri,
    body: Body,
) -> ApiResult<Response> {
    let e =
        entry(&method, matched.as_str()).ok_or_else(|| ApiError::not_found(format!("No route for {}", uri.path())))?;
    let ids: Vec<String> = params.iter().map(|(_, v)| v.to_string()).collect();
    if let Some(pos) = ids.iter().position(|v| v.trim().is_empty()) {
        return Err(ApiError::bad_request(format!("path value {} is missing", pos + 1)));
    }
    let path = concrete(e.route, &ids);
    let mut records = st.inner.generic.lock();
    match e.kind {
        Kind::Create => {
            let mut record = data(e, &body)?;
            records.next += 1;
            let n = records.next;
            let id = format!("GEN{n:06}");
            record.entry("id").or_insert_with(|| json!(id));
            record.entry("uuid").or_insert_with(|| json!(format!("00000000-0000-4000-8000-{n:012}")));
            // a record created under another ("orders/O1/invoices") is also one of the
            // top-level collection of its name ("invoices"), where its details are read
            let (_, name) = parent(&path);
            if name != path {
                records.collections.entry(name.to_string()).or_default().push(record.clone());
                records.roots.insert(name.to_string(), e.root);
            }
            records.roots.insert(path.clone(), e.root);
            records.collections.entry(path).or_default().push(record.clone());
            Ok(created(answer(e, Value::Object(record))))
        }
        Kind::List => {
            let params = ListParams::from_uri(&uri)?;
            let held = records.collections.get(&path).map(Vec::as_slice).unwrap_or_default();
            let (page, pagination) = params.page_of(held, &st.inner.base_url);
            let page: Vec<Value> = page.into_iter().map(Value::Object).collect();
            let key = e.records.unwrap_or("data");
            // "account/notes" -> {"account": {"notes": [...], "pagination": {...}}}
            Ok(ok(match key.split_once('/') {
                Some((outer, inner)) => json!({ outer: { inner: page, "pagination": pagination } }),
                None => json!({ key: page, "pagination": pagination }),
            }))
        }
        Kind::Details | Kind::Update | Kind::Delete => {
            let (collection, id) = parent(&path);
            let root = match (e.root, records.roots.get(collection)) {
                ("data", Some(created)) => *created,
                (root, _) => root,
            };
            let update = if e.kind == Kind::Update { Some(data(e, &body)?) } else { None };
            let list = records.collections.get_mut(collection);
            let wanted = json!(id);
            let found = list.and_then(|l| {
                l.iter().position(|r| [r.get("id"), r.get("uuid")].contains(&Some(&wanted))).map(|i| (l, i))
            });
            let Some((list, i)) = found else {
                // a document written at this path (settings...), else unknown
                return match (e.kind, records.documents.get(&path)) {
                    (Kind::Details, Some(doc)) => Ok(ok(answer(e, Value::Object(doc.clone())))),
                    _ => Err(not_found(&path)),
                };
            };
            match e.kind {
                Kind::Delete => {
                    list.remove(i);
                    Ok(no_content())
                }
                _ => {
                    if let Some(fields) = update {
                        list[i].extend(fields);
                    }
                    Ok(ok(wrap(root, Value::Object(list[i].clone()))))
                }
            }
        }
        Kind::File => Ok(file(&path)),
        Kind::Read => Ok(ok(answer(e, Value::Object(records.documents.get(&path).cloned().unwrap_or_default())))),
        Kind::Write => {
            let fields = data(e, &body)?;
            let doc = records.documents.entry(path).or_default();
            doc.extend(fields);
            Ok(ok(answer(e, Value::Object(doc.clone()))))
        }
        Kind::Action => {
            let fields = data(e, &body)?;
            records.next += 1;
            let event = json!({"uuid": format!("00000000-0000-4000-9000-{:012}", records.next),
                               "path": path, "method": e.method, "data": fields});
            let mut body = answer(e, event.clone());
            if let Value::Object(m) = &mut body {
                m.entry("event").or_insert(event);
            }
            Ok(ok(body))
        }
    }
}
