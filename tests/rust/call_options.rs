//! Per-call options (timeout, retries, deadline, headers, idempotency key) and the answer's
//! headers and request id, through the core against the sandbox's fault injection.

mod common;

use std::time::{Duration, Instant};

use common::Harness;
use exsited_core::{CallOptions, ErrorKind, Request};
use serde_json::json;

fn with(options: CallOptions) -> Request {
    Request::new().options(options)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shorter_per_call_timeout_applies() {
    let h = Harness::new().await;
    let client = h.client(); // read timeout 5 s
    client.call("financial_summary.all", Request::new()).await.unwrap();
    h.fault(json!({"path": "/api/v2/accounts", "kind": "delay", "delay_ms": 3000, "times": 1})).await;
    let started = Instant::now();
    let options = CallOptions { timeout: Some(Duration::from_millis(300)), max_retries: Some(0), ..Default::default() };
    let e = client.call("accounts.list", with(options)).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Timeout, "{e}");
    assert!(e.message.contains("0.300"), "{}", e.message);
    assert!(started.elapsed() < Duration::from_millis(1500), "{:?}", started.elapsed());
    // The next call without options has the configuration's timeout again.
    client.call("accounts.list", Request::new()).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn max_retries_zero_stops_retries_for_that_call_only() {
    let h = Harness::new().await;
    let client = h.client(); // 2 retries
    h.fault(json!({"method": "GET", "path": "/api/v2/accounts", "kind": "status", "status": 502, "times": 10})).await;
    let e = client
        .call("accounts.list", with(CallOptions { max_retries: Some(0), ..Default::default() }))
        .await
        .unwrap_err();
    assert_eq!(e.status, Some(502));
    assert_eq!(h.data_requests().await.len(), 1, "one attempt, no retry");
    h.clear_requests().await;
    client.call("accounts.list", Request::new()).await.unwrap_err();
    assert_eq!(h.data_requests().await.len(), 3, "the configuration's 2 retries again");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_per_call_deadline_bounds_the_call() {
    let h = Harness::new().await;
    let client = h.client();
    client.call("financial_summary.all", Request::new()).await.unwrap();
    h.fault(json!({"path": "/api/v2/accounts", "kind": "delay", "delay_ms": 3000, "times": 3})).await;
    let started = Instant::now();
    let e = client
        .call("accounts.list", with(CallOptions { deadline: Some(Duration::from_millis(400)), ..Default::default() }))
        .await
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Timeout, "{e}");
    assert!(e.message.contains("deadline"), "{}", e.message);
    assert!(started.elapsed() < Duration::from_millis(1500), "{:?}", started.elapsed());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn extra_headers_and_the_idempotency_key_are_sent() {
    let h = Harness::new().await;
    let client = h.client();
    let options = CallOptions {
        headers: vec![("X-Trace".into(), "trace-7".into())],
        idempotency_key: Some("create-account-42".into()),
        ..Default::default()
    };
    let body = json!({"account": {"name": "Key Co", "email_address": "key@example.com"}});
    client.call("accounts.create", with(options).json(body)).await.unwrap();
    let sent = h.last_request().await;
    assert_eq!(sent["headers"]["x-trace"], "trace-7");
    assert_eq!(sent["headers"]["x-idempotency-key"], "create-account-42");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_and_errors_carry_headers_and_the_request_id() {
    let h = Harness::new().await;
    let client = h.client();
    let answer = client.call("accounts.list", Request::new()).await.unwrap();
    let id = answer.request_id.clone().expect("the sandbox sends X-Request-Id");
    assert!(id.starts_with("req-"), "{id}");
    assert!(answer.headers.iter().any(|(n, v)| n == "content-type" && v.contains("json")), "{:?}", answer.headers);

    let e = client.call("accounts.details", Request::new().path(["NO-SUCH-ID"])).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::NotFound);
    let error_id = e.request_id.clone().expect("errors carry the request id");
    assert_ne!(error_id, id);
    assert!(e.headers.iter().any(|(n, _)| n == "x-request-id"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_options_fail_before_any_request() {
    let h = Harness::new().await;
    let client = h.client();
    for (options, starts) in [
        (CallOptions { timeout: Some(Duration::ZERO), ..Default::default() }, "timeout must be"),
        (CallOptions { max_retries: Some(11), ..Default::default() }, "max_retries must be"),
        (
            CallOptions { headers: vec![("Authorization".into(), "Bearer x".into())], ..Default::default() },
            "extra_headers",
        ),
    ] {
        let e = client.call("accounts.list", with(options)).await.unwrap_err();
        assert_eq!(e.kind, ErrorKind::Config);
        assert!(e.message.starts_with(starts), "{}", e.message);
        assert_eq!(e.operation, Some("accounts.list"));
    }
    assert!(h.data_requests().await.is_empty());
}
