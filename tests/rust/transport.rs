//! Retries, faults, encoding and decoding through the core against the sandbox.

mod common;

use std::time::{Duration, Instant};

use common::Harness;
use exsited_core::{ErrorKind, Request, RetryPolicy};
use serde_json::{json, Value};

async fn new_account(h: &Harness) -> String {
    let client = h.client();
    let r = client
        .call(
            "accounts.create",
            Request::new().json(json!({"account": {"name": "Retry Co", "email_address": "retry@example.com"}})),
        )
        .await
        .unwrap();
    r.body["account"]["id"].as_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_is_retried_on_503_until_it_succeeds() {
    let h = Harness::new().await;
    let client = h.client();
    h.fault(json!({"method": "GET", "path": "/api/v2/accounts", "kind": "status", "status": 503, "times": 2})).await;
    client.call("accounts.list", Request::new()).await.unwrap();
    assert_eq!(h.data_requests().await.len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_gives_up_after_the_retry_budget() {
    let h = Harness::new().await;
    let client = h.client();
    h.fault(json!({"method": "GET", "path": "/api/v2/accounts", "kind": "status", "status": 502, "times": 10})).await;
    let e = client.call("accounts.list", Request::new()).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Server);
    assert_eq!(e.status, Some(502));
    assert_eq!(h.data_requests().await.len(), 3, "1 attempt + 2 retries");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_500_is_not_retried() {
    let h = Harness::new().await;
    let client = h.client();
    h.fault(json!({"path": "/api/v2/accounts", "kind": "status", "status": 500, "times": 1})).await;
    let e = client.call("accounts.list", Request::new()).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Server);
    assert_eq!(h.data_requests().await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn post_is_not_retried_on_503_so_nothing_is_created_twice() {
    let h = Harness::new().await;
    let client = h.client();
    h.fault(json!({"method": "POST", "path": "/api/v2/accounts", "kind": "status", "status": 503, "times": 1})).await;
    let e = client
        .call(
            "accounts.create",
            Request::new().json(json!({"account": {"name": "A", "email_address": "a@example.com"}})),
        )
        .await
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Server);
    assert_eq!(h.data_requests().await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn post_is_retried_on_429_with_the_same_idempotency_key() {
    let h = Harness::new().await;
    let client = h.client();
    h.fault(json!({"method": "POST", "path": "/api/v2/accounts", "kind": "status", "status": 429, "retry_after": "0", "times": 1})).await;
    client
        .call(
            "accounts.create",
            Request::new().json(json!({"account": {"name": "A", "email_address": "a@example.com"}})),
        )
        .await
        .unwrap();
    let reqs = h.data_requests().await;
    assert_eq!(reqs.len(), 2);
    let k1 = reqs[0]["headers"]["x-idempotency-key"].as_str().unwrap();
    let k2 = reqs[1]["headers"]["x-idempotency-key"].as_str().unwrap();
    assert_eq!(k1, k2);
    assert_eq!(h.counters().await["creates"], 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_after_over_the_cap_is_returned_not_waited() {
    let h = Harness::new().await;
    let client = h.client();
    h.fault(json!({"path": "/api/v2/accounts", "kind": "status", "status": 429, "retry_after": "120", "times": 1}))
        .await;
    let started = Instant::now();
    let e = client.call("accounts.list", Request::new()).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(e.kind, ErrorKind::RateLimit);
    assert_eq!(e.retry_after, Some(Duration::from_secs(120)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropped_connection_get_is_retried_post_after_processing_is_not() {
    let h = Harness::new().await;
    let client = h.client();
    h.fault(json!({"method": "GET", "path": "/api/v2/accounts", "kind": "drop", "times": 1})).await;
    client.call("accounts.list", Request::new()).await.unwrap();

    h.fault(json!({"method": "POST", "path": "/api/v2/accounts", "kind": "drop_after", "times": 1})).await;
    let before = h.counters().await["creates"].as_u64().unwrap();
    let e = client
        .call(
            "accounts.create",
            Request::new().json(json!({"account": {"name": "B", "email_address": "b@example.com"}})),
        )
        .await
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Connection, "{e}");
    assert!(e.message.contains("not sent again, since the server may have carried it out"), "{e}");
    assert_eq!(h.counters().await["creates"].as_u64().unwrap(), before + 1, "one create, never a duplicate");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_and_html_answers_are_typed_errors() {
    let h = Harness::new().await;
    let client = h.client();
    h.fault(json!({"path": "/api/v2/accounts", "kind": "malformed", "times": 1})).await;
    let e = client.call("accounts.list", Request::new()).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Decode);
    h.fault(json!({"path": "/api/v2/accounts", "kind": "html", "status": 500, "times": 1})).await;
    let e = client.call("accounts.list", Request::new()).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Server);
    assert!(matches!(e.raw, Some(Value::String(ref s)) if s.contains('<')), "{:?}", e.raw);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_answers_time_out_within_the_read_timeout() {
    let h = Harness::new().await;
    let mut cfg = h.config();
    cfg.read_timeout = Duration::from_millis(300);
    cfg.retry = RetryPolicy::none();
    let client = exsited_core::Client::new(cfg).unwrap();
    client.call("financial_summary.all", Request::new()).await.unwrap();
    h.fault(json!({"path": "/api/v2/accounts", "kind": "delay", "delay_ms": 3000, "times": 1})).await;
    let started = Instant::now();
    let e = client.call("accounts.list", Request::new()).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Timeout, "{e}");
    assert!(started.elapsed() < Duration::from_millis(1500), "{:?}", started.elapsed());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trickled_answer_is_cut_at_the_timeout() {
    let h = Harness::new().await;
    let mut cfg = h.config();
    cfg.read_timeout = Duration::from_millis(400);
    cfg.retry = RetryPolicy::none();
    let client = exsited_core::Client::new(cfg).unwrap();
    client.call("financial_summary.all", Request::new()).await.unwrap();
    // 64 bytes, one every 50 ms: 3.2 s in all, but never 400 ms without a byte.
    h.fault(json!({"path": "/api/v2/accounts", "kind": "drip", "interval_ms": 50, "times": 1})).await;
    let started = Instant::now();
    let e = client.call("accounts.list", Request::new()).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Timeout, "{e}");
    assert!(started.elapsed() < Duration::from_millis(2000), "{:?}", started.elapsed());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_deadline_bounds_the_whole_call_with_its_retries() {
    let h = Harness::new().await;
    let mut cfg = h.config();
    cfg.read_timeout = Duration::from_millis(400);
    cfg.deadline = Some(Duration::from_millis(600));
    let client = exsited_core::Client::new(cfg).unwrap();
    client.call("financial_summary.all", Request::new()).await.unwrap();
    h.clear_requests().await;
    h.fault(json!({"path": "/api/v2/accounts", "kind": "drip", "interval_ms": 50, "times": 5})).await;
    let started = Instant::now();
    let e = client.call("accounts.list", Request::new()).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Timeout, "{e}");
    // Three attempts of 400 ms would need 1.2 s and more.
    assert!(started.elapsed() < Duration::from_millis(1100), "{:?}", started.elapsed());
    assert_eq!(h.data_requests().await.len(), 2, "one retry fits before the deadline, not two");
}

/// Blocking calls (the bindings' path) on connections the server closed while idle, as a
/// load balancer does: each call finds its pooled connection closed and still succeeds,
/// each create reaching the server once.
#[test]
fn blocking_calls_survive_connections_closed_while_idle() {
    let sandbox = exsited_sandbox::Sandbox::start_in_thread(exsited_sandbox::SandboxOptions {
        idle_close_ms: 100,
        ..Default::default()
    })
    .unwrap();
    let mut cfg = exsited_core::Config::new(sandbox.base_url(), common::CLIENT_ID, common::CLIENT_SECRET);
    cfg.retry = RetryPolicy::none();
    let client = exsited_core::Client::new(cfg).unwrap();
    let create = || {
        let req = Request::new().json(json!({"account": {"name": "Idle Co", "email_address": "idle@example.com"}}));
        if let Err(e) = client.call_blocking("accounts.create", req) {
            panic!("a create failed: {e}");
        }
    };
    create();
    for _ in 0..6 {
        // Well past the 100 ms idle close, so that a loaded machine's late timer cannot
        // turn this into the (unavoidable) race of a close crossing the request on the wire.
        std::thread::sleep(Duration::from_millis(400));
        create();
    }
    assert_eq!(sandbox.state().creates(), 7);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversize_answers_are_refused_plain_or_inflated() {
    let h = Harness::new().await;
    let mut cfg = h.config();
    cfg.max_response_bytes = 64 * 1024;
    let client = exsited_core::Client::new(cfg).unwrap();
    // A gzip bomb (a few kB on the wire) is an oversize answer once inflated.
    for (kind, size) in [("oversize", 1_000_000), ("gzip_bomb", 50_000_000)] {
        h.clear_requests().await;
        h.fault(json!({"path": "/api/v2/accounts", "kind": kind, "size_bytes": size, "times": 1})).await;
        let e = client.call("accounts.list", Request::new()).await.unwrap_err();
        assert_eq!(e.kind, ErrorKind::Decode, "{kind}");
        assert!(e.message.contains("max_response_bytes"), "{kind}: {}", e.message);
        // As for any 200 that cannot be read: the status and the request id are kept.
        assert_eq!(e.status, Some(200), "{kind}: {e:?}");
        assert!(e.request_id.is_some(), "{kind}: {e:?}");
        assert_eq!(h.data_requests().await.len(), 1, "{kind}: not asked again");
    }
    // An oversize error page (a proxy's HTML, a stack trace) keeps its status's kind; the
    // body it will not read is left out.
    h.fault(
        json!({"path": "/api/v2/accounts", "kind": "oversize", "size_bytes": 1_000_000, "status": 500, "times": 1}),
    )
    .await;
    let e = client.call("accounts.list", Request::new()).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Server, "{e:?}");
    assert_eq!(e.status, Some(500));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gzip_answers_are_asked_for_and_inflated() {
    let h =
        Harness::with(exsited_sandbox::SandboxOptions { seed_accounts: 3, compress: true, ..Default::default() }).await;
    let client = h.client();
    let r = client.call("accounts.list", Request::new()).await.unwrap();
    assert_eq!(r.body["accounts"].as_array().map(Vec::len), Some(3), "{}", r.body);
    let sent = h.last_request().await;
    assert!(sent["headers"]["accept-encoding"].as_str().unwrap_or("").contains("gzip"), "{sent}");
    // The sandbox did compress: a client that asks for gzip and does not inflate gets it encoded.
    let plain = reqwest::Client::builder().no_gzip().no_deflate().build().unwrap();
    let token = plain
        .post(format!("{}/api/v1/oauth2/token", h.url))
        .header("accept-encoding", "gzip")
        .json(&json!({"grant_type": "client_credentials", "client_id": common::CLIENT_ID,
            "client_secret": common::CLIENT_SECRET, "redirect_uri": ""}))
        .send()
        .await
        .unwrap();
    assert_eq!(token.headers()["content-encoding"], "gzip");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_call_can_ask_for_plain_answers() {
    let h =
        Harness::with(exsited_sandbox::SandboxOptions { seed_accounts: 1, compress: true, ..Default::default() }).await;
    let client = h.client();
    let mut request = Request::new();
    request.options.headers.push(("Accept-Encoding".into(), "identity".into()));
    let r = client.call("accounts.list", request).await.unwrap();
    assert_eq!(r.body["accounts"].as_array().map(Vec::len), Some(1));
    assert_eq!(h.last_request().await["headers"]["accept-encoding"], "identity");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_corrupt_or_unknown_encoding_is_a_decode_error() {
    let h = Harness::new().await;
    let client = h.client();
    h.fault(json!({"path": "/api/v2/accounts", "kind": "bad_gzip", "times": 1})).await;
    let e = client.call("accounts.list", Request::new()).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Decode, "{e:?}");
    assert!(e.message.contains("compressed body is corrupt"), "{}", e.message);
    assert_eq!(e.status, Some(200), "as for any 200 that does not decode");
    assert!(e.request_id.is_some(), "{e:?}");
    assert_eq!(h.data_requests().await.len(), 1, "not asked again");

    h.clear_requests().await;
    h.fault(json!({"path": "/api/v2/accounts", "kind": "status", "status": 200,
        "body": {"accounts": []}, "headers": {"content-encoding": "br"}, "times": 1}))
        .await;
    let e = client.call("accounts.list", Request::new()).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Decode, "{e:?}");
    assert!(e.message.contains("encoded as 'br'"), "{}", e.message);

    // An error status keeps its kind, whether its body is in an unknown coding or corrupt
    // gzip; the body it cannot read is left out.
    for coding in ["br", "gzip"] {
        h.fault(json!({"path": "/api/v2/accounts", "kind": "status", "status": 500,
            "headers": {"content-encoding": coding}, "times": 1}))
            .await;
        let e = client.call("accounts.list", Request::new()).await.unwrap_err();
        assert_eq!(e.kind, ErrorKind::Server, "{coding}: {e:?}");
        assert_eq!(e.status, Some(500));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redirects_are_not_followed() {
    let h = Harness::new().await;
    let client = h.client();
    h.fault(json!({"path": "/api/v3/accounts/X1", "kind": "status", "status": 302, "headers": {"location": "http://127.0.0.1:9/evil"}, "times": 1})).await;
    let e = client.call("accounts.details", Request::new().path(["X1"])).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Api);
    assert_eq!(e.status, Some(302));
    assert_eq!(h.data_requests().await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_ids_never_change_the_path() {
    let h = Harness::new().await;
    let client = h.client();
    for id in ["../x", "a/b?c#d", "ünïcödé", "50%", "a b"] {
        h.clear_requests().await;
        let e = client.call("accounts.details", Request::new().path([id])).await.unwrap_err();
        assert_eq!(e.kind, ErrorKind::NotFound, "{id}: {e}");
        let r = h.last_request().await;
        let path = r["path"].as_str().unwrap();
        assert!(path.starts_with("/api/v3/accounts/"), "{id} -> {path}");
        assert_eq!(path.matches('/').count(), 4, "{id} stayed one segment: {path}");
        assert_eq!(r["query"], "", "{id} added no query");
    }
    assert!(h.data_requests().await.len() <= 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn usage_errors_send_nothing() {
    let h = Harness::new().await;
    let client = h.client();
    let cases = [
        ("accounts.details", Request::new().path([""])),
        ("accounts.details", Request::new().path([".."])),
        ("accounts.details", Request::new()),
        ("accounts.create", Request::new()),
        ("accounts.create", Request::new().json(json!([1, 2]))),
        ("accounts.delete", Request::new().path(["A"]).json(json!({}))),
        ("notes.add", Request::new().path(["A"]).text_part("note", "x").file_part("file", "/definitely/not/here.txt")),
        ("accounts.list", Request::new().version("v9")),
        ("accounts.list", Request::new().query("limit", -1)),
        ("accounts.list", Request::new().query("offset", "ten")),
        ("accounts.cancel", Request::new().path(["A"]).json(json!({"account": {"effective_date": "17/12/2024"}}))),
        ("accounts.reactivate", Request::new().path(["A"]).json(json!({"account": {"effective_date": "2024-02-30"}}))),
        ("no.such.op", Request::new()),
    ];
    for (op, req) in cases {
        let e = client.call(op, req).await.unwrap_err();
        assert_eq!(e.kind, ErrorKind::Usage, "{op}: {e}");
    }
    assert!(h.all_requests().await.is_empty(), "no request at all, not even a token");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn multipart_retry_sends_the_full_file_again() {
    let h = Harness::new().await;
    let id = new_account(&h).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("contract.txt");
    std::fs::write(&file, vec![b'x'; 10_000]).unwrap();
    h.clear_requests().await;
    h.fault(json!({"method": "POST", "path": format!("/api/v3/accounts/{id}/notes"), "kind": "status", "status": 429, "retry_after": "0", "times": 1})).await;
    let client = h.client();
    client
        .call("notes.add", Request::new().path([id.as_str()]).text_part("note", "hello").file_part("file", &file))
        .await
        .unwrap();
    let reqs = h.data_requests().await;
    assert_eq!(reqs.len(), 2);
    for r in reqs {
        let parts = r["parts"].as_array().unwrap();
        let f = parts.iter().find(|p| p["name"] == "file").unwrap();
        assert_eq!(f["filename"], "contract.txt", "base name only");
        assert_eq!(f["size"], 10_000);
        assert_eq!(f["content_type"], "text/plain");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn empty_object_and_204_are_success() {
    let h = Harness::new().await;
    let client = h.client();
    h.fault(json!({"path": "/api/v2/accounts", "kind": "status", "status": 200, "body": "{}", "times": 1})).await;
    assert_eq!(client.call("accounts.list", Request::new()).await.unwrap().body, json!({}));
    let id = new_account(&h).await;
    let r = client.call("accounts.delete", Request::new().path([id.as_str()])).await.unwrap();
    assert_eq!(r.status, 204);
    assert!(r.body.is_null());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn observer_sees_redacted_events() {
    let h = Harness::new().await;
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let sink = seen.clone();
    let client = exsited_core::Client::with_observer(
        h.config(),
        Some(std::sync::Arc::new(move |e: &exsited_core::Event| sink.lock().unwrap().push(e.to_json().to_string()))),
    )
    .unwrap();
    let id = new_account(&h).await;
    client
        .call(
            "payment_methods.add",
            Request::new().path([id.as_str()]).json(json!({"account": {"payment_method": {"processor_type": "DIRECT_CREDIT", "default": "true", "payment_processor": "Stripe", "reference": "Card1", "card_type": "VISA", "token": "tok_secret_abcdef", "card_number": "4111111111111111", "expiry_month": "12", "expiry_year": "2030", "card_cvv": "987"}}})),
        )
        .await
        .unwrap();
    let all = seen.lock().unwrap().join("\n");
    assert!(all.contains("payment_methods.add"));
    for secret in ["tok_secret_abcdef", "4111111111111111", "\"987\"", "sandbox-secret"] {
        assert!(!all.contains(secret), "{secret} leaked: {all}");
    }
}

/// A server that answers every request on a connection with `answer`, byte for byte.
fn raw_server(answer: &'static [u8]) -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap_or(0) == 1 {
                head.push(byte[0]);
            }
            let _ = stream.write_all(answer);
        }
    });
    url
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broken_chunked_framing_is_not_called_corrupt_compression() {
    let url = raw_server(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n",
    );
    let mut cfg = exsited_core::Config::new(&url, common::CLIENT_ID, common::CLIENT_SECRET);
    cfg.retry.max_retries = 0;
    cfg.initial_token = Some(exsited_core::InitialToken {
        access_token: Some(exsited_core::Secret::new("given-token")),
        refresh_token: None,
        expires_at: None,
    });
    let e = exsited_core::Client::new(cfg).unwrap().call("accounts.list", Request::new()).await.unwrap_err();
    assert!(!e.message.contains("compressed"), "{e:?}");
}

/// A raw HTTP/1.1 server on 127.0.0.1 (std threads) that answers every request with a small
/// account, and either closes each connection 2 ms after its answer without saying so
/// (`silent`) or keeps it. Counts connections and creates.
struct RawServer {
    url: String,
    connections: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    creates: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl RawServer {
    fn start(silent: bool) -> RawServer {
        use std::io::{Read, Write};
        use std::sync::atomic::Ordering;
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let connections = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let creates = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let (conns, posts) = (connections.clone(), creates.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { return };
                conns.fetch_add(1, Ordering::SeqCst);
                let posts = posts.clone();
                std::thread::spawn(move || {
                    let mut buffered = Vec::new();
                    loop {
                        // One request: its head, then Content-Length bytes of body.
                        let head_end = loop {
                            if let Some(i) = buffered.windows(4).position(|w| w == b"\r\n\r\n") {
                                break i + 4;
                            }
                            let mut chunk = [0u8; 8192];
                            match stream.read(&mut chunk) {
                                Ok(0) | Err(_) => return,
                                Ok(n) => buffered.extend_from_slice(&chunk[..n]),
                            }
                        };
                        let head = String::from_utf8_lossy(&buffered[..head_end]).to_lowercase();
                        let length: usize = head
                            .lines()
                            .find_map(|l| l.strip_prefix("content-length:").map(|v| v.trim().parse().unwrap_or(0)))
                            .unwrap_or(0);
                        while buffered.len() < head_end + length {
                            let mut chunk = [0u8; 8192];
                            match stream.read(&mut chunk) {
                                Ok(0) | Err(_) => return,
                                Ok(n) => buffered.extend_from_slice(&chunk[..n]),
                            }
                        }
                        buffered.drain(..head_end + length);
                        let body = if head.contains("oauth2/token") {
                            r#"{"access_token":"at-1","refresh_token":"rt-1","expires_in":3600,"token_type":"Bearer"}"#
                        } else {
                            if head.starts_with("post") {
                                posts.fetch_add(1, Ordering::SeqCst);
                            }
                            r#"{"account":{"id":"ACC-1","name":"Raw"}}"#
                        };
                        let answer = format!(
                            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                            body.len()
                        );
                        if stream.write_all(answer.as_bytes()).is_err() {
                            return;
                        }
                        if silent {
                            // A moment later, as from a busy server: the client's next
                            // request is then usually written before the close reaches it.
                            std::thread::sleep(Duration::from_millis(2));
                            return;
                        }
                    }
                });
            }
        });
        RawServer { url, connections, creates }
    }
}

/// `calls` blocking calls from a thread of their own (a blocking call's pool is its thread's),
/// details and creates in turn; the number of creates.
fn blocking_calls(url: &str, calls: usize) -> usize {
    let client = exsited_core::Client::new(exsited_core::Config::new(url, "id", "secret")).unwrap();
    std::thread::spawn(move || {
        let mut creates = 0;
        for i in 0..calls {
            if i % 2 == 1 {
                let body = json!({"account": {"name": "Raw"}});
                client.call_blocking("accounts.create", Request::new().json(body)).unwrap();
                creates += 1;
            } else {
                client.call_blocking("accounts.details", Request::new().path(["ACC-1"])).unwrap();
            }
        }
        creates
    })
    .join()
    .unwrap()
}

#[test]
fn a_server_closing_silently_after_each_answer_stops_connection_reuse() {
    use std::sync::atomic::Ordering;
    let server = RawServer::start(true);
    // Without the pause, some of these creates race a close still on its way and fail.
    let creates = blocking_calls(&server.url, 200);
    assert_eq!(server.creates.load(Ordering::SeqCst), creates, "each create reached the server once");
}

#[test]
fn a_server_keeping_its_connections_keeps_them_reused() {
    use std::sync::atomic::Ordering;
    let server = RawServer::start(false);
    blocking_calls(&server.url, 60);
    // At most the token's connection and the data calls' one.
    let connections = server.connections.load(Ordering::SeqCst);
    assert!(connections <= 2, "{connections} connections for 61 answers");
}
