//! `?limit=&offset=&order_by=&direction=` and the `pagination` object of list answers.

use std::cmp::Ordering;

use axum::http::Uri;
use serde_json::{json, Value};

use crate::body::form_decode;
use crate::error::{ApiError, ApiResult};

pub const DEFAULT_LIMIT: usize = 20;
/// Larger limits are clamped, as the real API does.
pub const MAX_LIMIT: usize = 1000;

#[derive(Debug, Clone)]
pub struct ListParams {
    pub limit: usize,
    pub offset: usize,
    pub order_by: Option<String>,
    pub descending: bool,
    /// The request path, for the next/previous page links.
    path: String,
}

impl ListParams {
    pub fn from_uri(uri: &Uri) -> ApiResult<ListParams> {
        let mut p = ListParams {
            limit: DEFAULT_LIMIT,
            offset: 0,
            order_by: None,
            descending: false,
            path: uri.path().to_string(),
        };
        for pair in uri.query().unwrap_or("").split('&').filter(|s| !s.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let (k, v) = (form_decode(k), form_decode(v));
            match k.as_str() {
                "limit" => {
                    let n = parse_count("limit", &v)?;
                    p.limit = if n == 0 { DEFAULT_LIMIT } else { n.min(MAX_LIMIT) };
                }
                "offset" => p.offset = parse_count("offset", &v)?,
                "order_by" if !v.trim().is_empty() => p.order_by = Some(v.trim().to_string()),
                "direction" => {
                    p.descending = match v.trim().to_ascii_lowercase().as_str() {
                        // The documented Python SDK sends `None` and `SortDirection.DESC` here;
                        // existing clients must keep working against the sandbox.
                        "asc" | "" | "none" | "null" | "sortdirection.asc" => false,
                        "desc" | "sortdirection.desc" => true,
                        _ => return Err(ApiError::bad_request(format!("Invalid direction '{v}': use asc or desc"))),
                    }
                }
                _ => {}
            }
        }
        Ok(p)
    }

    /// Sorts `items` by the text of the `order_by` field (via `key`), keeping the given
    /// order for ties and when no (known) field is asked for.
    pub fn sort<T>(&self, items: &mut [T], key: impl Fn(&T, &str) -> Option<String>) {
        if let Some(field) = &self.order_by {
            if items.first().is_some_and(|i| key(i, field).is_some()) {
                items.sort_by(|a, b| cmp_text(&key(a, field), &key(b, field)));
            }
        }
        if self.descending {
            items.reverse();
        }
    }

    /// The page of `items` and the matching `pagination` object.
    pub fn page<T>(&self, items: Vec<T>, base_url: &str) -> (Vec<T>, Value) {
        let records = items.len();
        let page: Vec<T> = items.into_iter().skip(self.offset).take(self.limit).collect();
        (page, self.pagination(records, base_url))
    }

    /// `page` of records held elsewhere: only the page's records are copied, so a page of a
    /// large collection costs what the page costs (a benchmark that keeps creating orders
    /// must not see its order list slow down).
    pub fn page_of<T: Clone>(&self, items: &[T], base_url: &str) -> (Vec<T>, Value) {
        let page: Vec<T> = items.iter().skip(self.offset).take(self.limit).cloned().collect();
        (page, self.pagination(items.len(), base_url))
    }

    /// The `pagination` object of a page of a collection of `records`.
    fn pagination(&self, records: usize, base_url: &str) -> Value {
        let link = |offset: usize| {
            let mut q = format!("limit={}&offset={}", self.limit, offset);
            if let Some(o) = &self.order_by {
                q.push_str(&format!("&order_by={o}"));
            }
            if self.descending {
                q.push_str("&direction=desc");
            }
            format!("{base_url}{}?{q}", self.path)
        };
        let previous =
            if self.offset == 0 { json!("NULL") } else { json!(link(self.offset.saturating_sub(self.limit))) };
        let next =
            if self.offset + self.limit >= records { json!("NULL") } else { json!(link(self.offset + self.limit)) };
        json!({
            "records": records,
            "limit": self.limit,
            "offset": self.offset,
            "previous_page": previous,
            "next_page": next,
        })
    }
}

fn parse_count(name: &str, v: &str) -> ApiResult<usize> {
    v.trim()
        .parse::<usize>()
        .map_err(|_| ApiError::bad_request(format!("Invalid {name} '{v}': expected a non-negative integer")))
}

/// Numbers compare as numbers, the rest case-insensitively.
fn cmp_text(a: &Option<String>, b: &Option<String>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => match (a.parse::<f64>(), b.parse::<f64>()) {
            (Ok(x), Ok(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            _ => a.to_lowercase().cmp(&b.to_lowercase()),
        },
        (a, b) => a.is_some().cmp(&b.is_some()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(q: &str) -> ApiResult<ListParams> {
        ListParams::from_uri(&format!("/api/v3/accounts?{q}").parse().unwrap())
    }

    #[test]
    fn pages_and_links() {
        let p = params("limit=2&offset=2").unwrap();
        let (page, pg) = p.page((0..5).collect::<Vec<_>>(), "http://h");
        assert_eq!(page, vec![2, 3]);
        assert_eq!(pg["records"], 5);
        assert_eq!(pg["next_page"], "http://h/api/v3/accounts?limit=2&offset=4");
        assert_eq!(pg["previous_page"], "http://h/api/v3/accounts?limit=2&offset=0");
        let last = params("limit=2&offset=4").unwrap();
        assert_eq!(last.page((0..5).collect::<Vec<_>>(), "").1["next_page"], "NULL");
        // The same page and pagination from records held elsewhere.
        assert_eq!(p.page_of(&(0..5).collect::<Vec<_>>(), "http://h"), (page, pg));
    }

    #[test]
    fn rejects_bad_values() {
        assert!(params("limit=x").is_err());
        assert!(params("offset=-1").is_err());
        assert!(params("direction=sideways").is_err());
        assert!(params("direction=DESC").unwrap().descending);
    }

    #[test]
    fn sorts_by_field() {
        let p = params("order_by=v&direction=desc").unwrap();
        let mut items = vec![("a", "2"), ("b", "10"), ("c", "1")];
        p.sort(&mut items, |i, f| (f == "v").then(|| i.1.to_string()));
        assert_eq!(items.iter().map(|i| i.0).collect::<String>(), "bac");
    }
}
