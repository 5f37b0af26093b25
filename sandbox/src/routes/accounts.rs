//! Accounts: list, details, information, create, update, delete, cancel, reactivate, purge.

use std::sync::atomic::Ordering;

use axum::extract::{OriginalUri, Path, State};
use axum::response::Response;
use serde_json::json;

use super::{created, no_content, ok, ok_json_text, Body};
use crate::error::{ApiError, ApiResult};
use crate::model::Account;
use crate::pagination::ListParams;
use crate::state::SandboxState;
use crate::util::{as_text, is_valid_date, new_uuid};

pub(super) async fn list(State(st): State<SandboxState>, OriginalUri(uri): OriginalUri) -> ApiResult<Response> {
    let params = ListParams::from_uri(&uri)?;
    let store = st.store();
    let mut all = store.entries();
    params.sort(&mut all, |e, f| e.account().sort_key(f));
    let (page, pagination) = params.page(all, &st.inner.base_url);
    // Byte for byte what `json!({"accounts": [to_full_json()...], "pagination": ...})` gives,
    // from each account's cached rendering.
    let pagination = serde_json::to_string(&pagination).expect("a Value always serializes");
    let size = page.iter().map(|e| e.full_json().len() + 1).sum::<usize>() + pagination.len() + 32;
    let mut out = String::with_capacity(size);
    out.push_str("{\"accounts\":[");
    for (i, e) in page.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(e.full_json());
    }
    out.push_str("],\"pagination\":");
    out.push_str(&pagination);
    out.push('}');
    Ok(ok_json_text(out))
}

pub(super) async fn details(State(st): State<SandboxState>, Path(id): Path<String>) -> ApiResult<Response> {
    let store = st.store();
    let full = store.entry(&id)?.full_json();
    let mut out = String::with_capacity(full.len() + 12);
    out.push_str("{\"account\":");
    out.push_str(full);
    out.push('}');
    Ok(ok_json_text(out))
}

pub(super) async fn information(State(st): State<SandboxState>, Path(id): Path<String>) -> ApiResult<Response> {
    let store = st.store();
    Ok(ok(json!({"account": store.get(&id)?.to_information_json()})))
}

pub(super) async fn create(State(st): State<SandboxState>, body: Body) -> ApiResult<Response> {
    let input = body.account_envelope()?;
    let base = st.base_url();
    let mut store = st.store();
    let id = store.fresh_id();
    let seq = store.next_seq();
    let acc = Account::create(input, seq, id, &base)?;
    let answer = json!({"account": acc.to_full_json()});
    store.insert(acc);
    st.counters().creates.fetch_add(1, Ordering::SeqCst);
    Ok(created(answer))
}

pub(super) async fn update_information(
    State(st): State<SandboxState>,
    Path(id): Path<String>,
    body: Body,
) -> ApiResult<Response> {
    let input = body.account_envelope()?;
    let base = st.base_url();
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    // Validate on a copy so a rejected update changes nothing.
    let mut updated = acc.clone();
    updated.apply_fields(input, &base)?;
    updated.touch();
    *acc = updated;
    Ok(ok(json!({"account": acc.to_full_json()})))
}

pub(super) async fn delete(State(st): State<SandboxState>, Path(id): Path<String>) -> ApiResult<Response> {
    st.store().delete(&id)?;
    Ok(no_content())
}

pub(super) async fn purge(State(st): State<SandboxState>, Path(id): Path<String>) -> ApiResult<Response> {
    st.store().purge(&id)?;
    Ok(no_content())
}

fn effective_date(body: &Body) -> ApiResult<String> {
    let input = body.account_envelope()?;
    let date = input
        .get("effective_date")
        .and_then(as_text)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| ApiError::bad_request("'effective_date' is required"))?;
    if !is_valid_date(&date) {
        return Err(ApiError::bad_request(format!("Invalid effective_date '{date}': expected YYYY-MM-DD")));
    }
    Ok(date)
}

pub(super) async fn cancel(State(st): State<SandboxState>, Path(id): Path<String>, body: Body) -> ApiResult<Response> {
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    let date = effective_date(&body)?;
    acc.status = "CANCELLED".into();
    acc.last_cancelled_on = date;
    acc.touch();
    Ok(ok(json!({"event_uuid": new_uuid()})))
}

pub(super) async fn reactivate(
    State(st): State<SandboxState>,
    Path(id): Path<String>,
    body: Body,
) -> ApiResult<Response> {
    let mut store = st.store();
    let acc = store.get_mut(&id)?;
    let date = effective_date(&body)?;
    acc.status = "ACTIVE".into();
    acc.last_reactivated_on = date;
    acc.touch();
    Ok(ok(json!({"event_uuid": new_uuid()})))
}

#[cfg(test)]
mod tests {
    //! The list and details answers are built from cached renderings; these tests check
    //! them byte for byte against the straightforward `json!` + `to_full_json()` answers
    //! (the implementation before the cache), after every kind of change.

    use reqwest::multipart::{Form, Part};
    use reqwest::Method;
    use serde_json::Value;

    use super::*;
    use crate::{Sandbox, SandboxOptions};

    /// The answer bodies as the code before the cache produced them.
    fn reference_list(st: &SandboxState, path_and_query: &str) -> Vec<u8> {
        let uri: axum::http::Uri = path_and_query.parse().unwrap();
        let params = ListParams::from_uri(&uri).unwrap();
        let store = st.store();
        let mut all = store.all();
        all.sort_by_key(|a| a.seq);
        params.sort(&mut all, |a, f| a.sort_key(f));
        let (page, pagination) = params.page(all, &st.inner.base_url);
        let accounts: Vec<Value> = page.iter().map(|a| a.to_full_json()).collect();
        serde_json::to_vec(&json!({"accounts": accounts, "pagination": pagination})).unwrap()
    }

    fn reference_details(st: &SandboxState, id: &str) -> Vec<u8> {
        serde_json::to_vec(&json!({"account": st.store().get(id).unwrap().to_full_json()})).unwrap()
    }

    struct Api {
        sb: Sandbox,
        c: reqwest::Client,
        tok: String,
    }

    impl Api {
        async fn start(seed: usize) -> Api {
            let sb = Sandbox::start(SandboxOptions { seed_accounts: seed, ..Default::default() }).await.unwrap();
            let c = reqwest::Client::new();
            let r = c
                .post(format!("{}/api/v1/oauth2/token", sb.base_url()))
                .json(&json!({"grant_type": "client_credentials", "client_id": "sandbox-client",
                    "client_secret": "sandbox-secret"}))
                .send()
                .await
                .unwrap();
            let tok = r.json::<Value>().await.unwrap()["access_token"].as_str().unwrap().to_string();
            Api { sb, c, tok }
        }

        fn req(&self, m: Method, path: &str) -> reqwest::RequestBuilder {
            self.c.request(m, format!("{}{path}", self.sb.base_url())).bearer_auth(&self.tok)
        }

        async fn send(&self, m: Method, path: &str, body: Value) -> Value {
            let r = self.req(m, path).json(&body).send().await.unwrap();
            assert!(r.status().is_success(), "{path}: {}", r.status());
            r.json().await.unwrap_or(Value::Null)
        }

        async fn get(&self, path: &str) -> (reqwest::StatusCode, String, Vec<u8>) {
            let r = self.req(Method::GET, path).send().await.unwrap();
            let ct = r.headers()[reqwest::header::CONTENT_TYPE].to_str().unwrap().to_string();
            (r.status(), ct, r.bytes().await.unwrap().to_vec())
        }

        /// Every list variant and every account's details equal the reference bytes.
        async fn check(&self, step: &str) {
            let st = self.sb.state();
            for q in [
                "/api/v2/accounts?limit=500",
                "/api/v3/accounts",
                "/api/v3/accounts/?limit=1000&offset=1",
                "/api/v2/accounts?limit=3&offset=2&direction=desc",
                "/api/v2/accounts?order_by=name&direction=desc&limit=1000",
                "/api/v2/accounts?order_by=status&limit=1000",
                "/api/v2/accounts?order_by=last_updated_on&limit=1000",
                "/api/v2/accounts?order_by=nope&limit=1000",
                "/api/v2/accounts?offset=5000",
            ] {
                let (status, ct, body) = self.get(q).await;
                assert_eq!((status.as_u16(), ct.as_str()), (200, "application/json"), "{step} {q}");
                assert!(body == reference_list(&st, q), "{step}: list {q} differs");
            }
            for id in st.account_ids() {
                let (status, ct, body) = self.get(&format!("/api/v3/accounts/{id}")).await;
                assert_eq!((status.as_u16(), ct.as_str()), (200, "application/json"), "{step} {id}");
                assert!(body == reference_details(&st, &id), "{step}: details {id} differ");
            }
        }
    }

    #[tokio::test]
    async fn cached_answers_match_fresh_rendering_after_every_change() {
        let api = Api::start(12).await;
        api.check("seeded").await;
        let a = "/api/v3/accounts/SD0003";
        let steps: Vec<(&str, Method, String, Value)> = vec![
            (
                "information",
                Method::PATCH,
                format!("{a}/information"),
                json!({"account": {"display_name": "Shown", "description": "d", "type": "supplier",
                    "currency": "USD", "custom_attributes": [{"name": "x", "value": 1.5}]}}),
            ),
            (
                "address",
                Method::POST,
                format!("{a}/addresses"),
                json!({"account": {"addresses": [{"address_line_1": "1 St", "city": "Melbourne",
                    "isDefaultBilling": "true"}]}}),
            ),
            (
                "contact",
                Method::PUT,
                format!("{a}/contacts/CONTACT_1"),
                json!({"account": {"contact": {"salutation": "Mr.", "first_name": "Roza",
                    "email": {"address": "r@example.com"}}}}),
            ),
            (
                "contact patch",
                Method::PATCH,
                format!("{a}/contacts/CONTACT_1"),
                json!({"account": {"contact": {"last_name": "T"}}}),
            ),
            (
                "payment method",
                Method::POST,
                format!("{a}/payment-methods"),
                json!({"account": {"payment_method": {"processor_type": "OTHER", "default": true,
                    "payment_processor": "Cheque", "reference": "Ref-1"}}}),
            ),
            (
                "billing",
                Method::PUT,
                format!("{a}/billing-preferences"),
                json!({"account": {"billing_preferences": {"payment_term": "Net 7"}}}),
            ),
            ("cancel", Method::POST, format!("{a}/cancel"), json!({"account": {"effective_date": "2024-12-17"}})),
            (
                "reactivate",
                Method::POST,
                format!("{a}/reactivate"),
                json!({"account": {"effective_date": "2024-12-18"}}),
            ),
            (
                "cancel other",
                Method::POST,
                "/api/v2/accounts/SD0009/cancel".into(),
                json!({"account": {"effective_date": "2025-01-01"}}),
            ),
            (
                "create",
                Method::POST,
                "/api/v3/accounts".into(),
                json!({"account": {"name": "New One", "email_address": "new@example.com"}}),
            ),
        ];
        for (step, m, path, body) in steps {
            // Render everything first, so a stale cache would show.
            api.check(step).await;
            api.send(m, &path, body).await;
            api.check(step).await;
        }

        let form = Form::new().text("note", "hello").part("file", Part::bytes(vec![1, 2, 3]).file_name("a.txt"));
        let r = api.req(Method::POST, &format!("{a}/notes")).multipart(form).send().await.unwrap();
        assert!(r.status().is_success());
        api.check("note").await;

        let form = Form::new().part("image", Part::bytes(vec![9; 64]).file_name("logo.png"));
        let r = api.req(Method::POST, &format!("{a}/image")).multipart(form).send().await.unwrap();
        assert!(r.status().is_success());
        api.check("image").await;
        let r = api.req(Method::DELETE, &format!("{a}/image")).send().await.unwrap();
        assert!(r.status().is_success());
        api.check("image removed").await;

        // A rejected update changes nothing (and must not leave a wrong rendering behind).
        let r = api
            .req(Method::PATCH, &format!("{a}/information"))
            .json(&json!({"account": {"email_address": "bad"}}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400);
        api.check("rejected update").await;

        for (step, m, path) in [
            ("delete", Method::DELETE, "/api/v3/accounts/SD0005"),
            ("purge", Method::POST, "/api/v3/accounts/SD0007/purge"),
        ] {
            let r = api.req(m, path).send().await.unwrap();
            assert!(r.status().is_success(), "{step}");
            api.check(step).await;
        }
        assert_eq!(api.get("/api/v3/accounts/SD0005").await.0, 404);
        api.sb.state().seed(3);
        api.check("seeded again").await;
        api.sb.state().reset();
        api.sb.state().seed(2);
        assert_eq!(api.sb.state().account_ids(), ["SD0001", "SD0002"]);
    }
}
