mod common;

use std::time::Duration;

use common::{client, create_account, start, token};
use exsited_sandbox::{Fault, Sandbox, SandboxOptions};
use serde_json::{json, Value};

#[tokio::test]
async fn status_fault_then_normal_answer() {
    let sb = start(2).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;
    sb.state().push_fault(Fault::status(503).on(Some("GET"), Some("/api/v3/accounts")).retry_after("1").times(2));
    let url = format!("{base}/api/v3/accounts");
    for _ in 0..2 {
        let r = c.get(&url).bearer_auth(&tok).send().await.unwrap();
        assert_eq!(r.status(), 503);
        assert_eq!(r.headers()["retry-after"], "1");
    }
    let r = c.get(&url).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(r.status(), 200);
}

#[tokio::test]
async fn drop_fault_gives_a_connection_error() {
    let sb = start(0).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;

    // Set through the HTTP hook this time.
    let r = c
        .post(format!("{base}/__sandbox__/faults"))
        .json(&json!({"faults": [{"kind": "drop", "path": "/api/v3/accounts", "method": "POST"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let err = c
        .post(format!("{base}/api/v3/accounts"))
        .bearer_auth(&tok)
        .json(&json!({"account": {"name": "Dropped", "email_address": "d@example.com"}}))
        .send()
        .await
        .expect_err("the connection is closed without an answer");
    assert!(!err.is_status(), "{err:?}");
    assert_eq!(sb.state().account_count(), 0, "drop happens before processing");

    // drop_after: the account is created but the answer never arrives.
    sb.state().push_fault(Fault::drop_after().on(Some("POST"), Some("/api/v3/accounts")));
    let err = c
        .post(format!("{base}/api/v3/accounts"))
        .bearer_auth(&tok)
        .json(&json!({"account": {"name": "Half", "email_address": "h@example.com"}}))
        .send()
        .await;
    assert!(err.is_err());
    assert_eq!(sb.state().account_count(), 1);
    assert_eq!(sb.state().creates(), 1);

    // The server keeps serving afterwards.
    let acc = create_account(&c, &base, &tok, "After").await;
    assert_eq!(acc["name"], "After");
    let logged = sb.state().requests();
    assert_eq!(logged[1]["status"], "dropped");
}

#[tokio::test]
async fn body_faults_are_broken_on_the_wire() {
    let sb = start(0).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;
    let url = format!("{base}/api/v3/accounts");
    let st = sb.state();

    st.push_fault(serde_json::from_value(json!({"kind": "malformed"})).unwrap());
    let r = c.get(&url).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.json::<Value>().await.is_err());

    st.push_fault(serde_json::from_value(json!({"kind": "html", "status": 502})).unwrap());
    let r = c.get(&url).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(r.status(), 502);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/html"));

    st.push_fault(serde_json::from_value(json!({"kind": "truncated"})).unwrap());
    let r = c.get(&url).bearer_auth(&tok).send().await.unwrap();
    assert!(r.bytes().await.is_err(), "a truncated body must fail to read");

    st.push_fault(serde_json::from_value(json!({"kind": "oversize", "size_bytes": 200000})).unwrap());
    let r = c.get(&url).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(r.bytes().await.unwrap().len(), 200000);

    st.push_fault(Fault::delay(300));
    let t = std::time::Instant::now();
    let r = c.get(&url).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(t.elapsed() >= Duration::from_millis(300));
}

#[tokio::test]
async fn hook_endpoints() {
    let sb = start(0).await;
    let base = sb.base_url();
    let c = client();
    let hook = |p: &str| format!("{base}/__sandbox__/{p}");

    let r: Value = c.post(hook("reset")).json(&json!({"seed": 3})).send().await.unwrap().json().await.unwrap();
    assert_eq!(r["accounts"], 3);
    let r: Value = c.post(hook("seed")).json(&json!({"count": 2})).send().await.unwrap().json().await.unwrap();
    assert_eq!(r["ids"], json!(["SD0004", "SD0005"]));

    let tok = token(&c, &base).await;
    let r = c.get(format!("{base}/api/v3/accounts?limit=2&offset=0")).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(r.status(), 200);

    let log: Value = c.get(hook("requests")).send().await.unwrap().json().await.unwrap();
    let reqs = log["requests"].as_array().unwrap();
    assert_eq!(reqs.len(), 2, "hooks are not logged");
    assert_eq!(reqs[1]["method"], "GET");
    assert_eq!(reqs[1]["path"], "/api/v3/accounts");
    assert_eq!(reqs[1]["query"], "limit=2&offset=0");
    assert_eq!(reqs[1]["query_params"]["limit"], "2");
    assert_eq!(reqs[1]["headers"]["authorization"], "Bearer ***");

    let counters: Value = c.get(hook("counters")).send().await.unwrap().json().await.unwrap();
    assert_eq!(counters["token_requests"], 1);
    assert_eq!(counters["token_requests_client_credentials"], 1);
    assert_eq!(counters["requests"], 2);
    assert_eq!(counters["creates"], 0);

    c.post(hook("expire_tokens")).send().await.unwrap();
    let r = c.get(format!("{base}/api/v3/accounts")).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(r.status(), 401);

    c.delete(hook("requests")).send().await.unwrap();
    let log: Value = c.get(hook("requests")).send().await.unwrap().json().await.unwrap();
    assert_eq!(log["requests"], json!([]));

    c.post(hook("faults"))
        .json(&json!({"faults": [{"kind": "status", "status": 500, "times": 5}]}))
        .send()
        .await
        .unwrap();
    let pending: Value = c.get(hook("faults")).send().await.unwrap().json().await.unwrap();
    assert_eq!(pending["faults"][0]["times"], 5);
    c.delete(hook("faults")).send().await.unwrap();
    assert!(sb.state().pending_faults().is_empty());
}

#[test]
fn start_in_thread_serves_blocking_callers() {
    let sb = Sandbox::start_in_thread(SandboxOptions { seed_accounts: 1000, ..Default::default() }).unwrap();
    let base = sb.base_url();
    assert!(base.starts_with("http://127.0.0.1:"));
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let c = client();
        let tok = token(&c, &base).await;
        let t = std::time::Instant::now();
        let v: Value = c
            .get(format!("{base}/api/v3/accounts?limit=500&offset=500"))
            .bearer_auth(&tok)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(v["accounts"].as_array().unwrap().len(), 500);
        assert_eq!(v["accounts"][499]["id"], "SD1000");
        assert_eq!(v["pagination"]["next_page"], "NULL");
        assert!(t.elapsed() < Duration::from_secs(5));

        // Many concurrent requests.
        let mut tasks = Vec::new();
        for i in 0..200 {
            let (c, base, tok) = (c.clone(), base.clone(), tok.clone());
            tasks.push(tokio::spawn(async move {
                c.get(format!("{base}/api/v3/accounts/SD{:04}", i + 1)).bearer_auth(tok).send().await.unwrap().status()
            }));
        }
        for t in tasks {
            assert_eq!(t.await.unwrap(), 200);
        }
    });
    drop(sb);
}
