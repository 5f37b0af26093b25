//! The fault kinds the fault suite (tests/faults) relies on, checked on the wire with a
//! plain HTTP client or a raw socket.

mod common;

use std::io::{Read, Write};
use std::time::{Duration, Instant, SystemTime};

use common::{client, start, token};
use serde_json::{json, Value};

async fn add_fault(c: &reqwest::Client, base: &str, fault: Value) {
    let r = c.post(format!("{base}/__sandbox__/faults")).json(&json!({ "faults": [fault] })).send().await.unwrap();
    assert_eq!(r.status(), 200, "fault accepted: {}", r.text().await.unwrap());
}

async fn counters(c: &reqwest::Client, base: &str) -> Value {
    c.get(format!("{base}/__sandbox__/counters")).send().await.unwrap().json().await.unwrap()
}

async fn log(c: &reqwest::Client, base: &str) -> Vec<Value> {
    let v: Value = c.get(format!("{base}/__sandbox__/requests")).send().await.unwrap().json().await.unwrap();
    v["requests"].as_array().unwrap().clone()
}

#[tokio::test]
async fn status_bursts_for_each_gateway_code() {
    let sb = start(1).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;
    let url = format!("{base}/api/v3/accounts/SD0001");
    for code in [500u16, 502, 503, 504] {
        add_fault(&c, &base, json!({"kind": "status", "status": code, "times": 3})).await;
        for _ in 0..3 {
            let r = c.get(&url).bearer_auth(&tok).send().await.unwrap();
            assert_eq!(r.status().as_u16(), code);
            let body: Value = r.json().await.unwrap();
            assert_eq!(body["errors"][0]["code"], code.to_string());
        }
        assert_eq!(c.get(&url).bearer_auth(&tok).send().await.unwrap().status(), 200, "burst of {code} over");
    }
}

#[tokio::test]
async fn rate_limit_sends_retry_after_in_seconds_and_the_rate_limit_headers() {
    let sb = start(0).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;
    add_fault(&c, &base, json!({"kind": "rate_limit", "retry_after": 2, "limit": 60})).await;
    let before = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs();
    let r = c.get(format!("{base}/api/v3/accounts")).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(r.status(), 429);
    let h = r.headers();
    assert_eq!(h["retry-after"], "2");
    assert_eq!(h["x-ratelimit-limit"], "60");
    assert_eq!(h["x-ratelimit-remaining"], "0");
    let reset: u64 = h["x-ratelimit-reset"].to_str().unwrap().parse().unwrap();
    assert!((before + 2..=before + 4).contains(&reset), "reset {reset} vs now {before}");
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["errors"][0]["code"], "429");
}

#[tokio::test]
async fn rate_limit_retry_after_as_an_http_date() {
    let sb = start(0).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;
    add_fault(&c, &base, json!({"kind": "rate_limit", "retry_after": 3, "retry_after_format": "date"})).await;
    let r = c.get(format!("{base}/api/v3/accounts")).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(r.status(), 429);
    let value = r.headers()["retry-after"].to_str().unwrap().to_string();
    assert!(value.ends_with(" GMT"), "{value}");
    let when = chrono::DateTime::parse_from_rfc2822(&value.replace("GMT", "+0000")).expect("an HTTP date");
    let ahead = when.timestamp() - chrono::Utc::now().timestamp();
    assert!((3..=4).contains(&ahead), "{value} is {ahead} s ahead");
    assert_eq!(r.headers()["x-ratelimit-reset"].to_str().unwrap(), when.timestamp().to_string());
}

/// Writes a request head declaring a body, sends only part of the body, and reads what
/// comes back: a reset (or EOF) and no byte of an answer.
fn head_then_partial_body(addr: std::net::SocketAddr, token: &str) -> std::io::Result<Vec<u8>> {
    let mut s = std::net::TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(5)))?;
    let body = r#"{"account":{"name":"Never","email_address":"never@example.com"}}"#;
    let head = format!(
        "POST /api/v3/accounts HTTP/1.1\r\nhost: {addr}\r\nauthorization: Bearer {token}\r\n\
         content-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len() + 1000
    );
    s.write_all(head.as_bytes())?;
    s.write_all(body.as_bytes())?;
    let mut got = Vec::new();
    let mut buf = [0u8; 1024];
    loop {
        match s.read(&mut buf) {
            Ok(0) => return Ok(got),
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) => return if got.is_empty() { Err(e) } else { Ok(got) },
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reset_before_read_resets_without_reading_the_body() {
    let sb = start(0).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;
    add_fault(&c, &base, json!({"kind": "reset_before_read", "method": "POST", "path": "/api/v3/accounts"})).await;
    let addr = sb.addr();
    // The body is 1000 bytes short of its content-length: a server that waited to read it
    // would hang here until the read timeout instead of resetting at once.
    let started = Instant::now();
    let outcome = tokio::task::spawn_blocking(move || head_then_partial_body(addr, &tok)).await.unwrap();
    assert!(started.elapsed() < Duration::from_secs(3), "closed at once, not after a body timeout");
    // SO_LINGER 0: the peer sees a reset (RST), not an orderly end of stream.
    match outcome {
        Ok(bytes) => panic!("expected a reset, got end of stream after {:?}", String::from_utf8_lossy(&bytes)),
        Err(e) => assert_eq!(e.kind(), std::io::ErrorKind::ConnectionReset, "{e}"),
    }
    assert_eq!(sb.state().account_count(), 0, "nothing processed");
    let logged = log(&c, &base).await;
    let last = logged.last().unwrap();
    assert_eq!(last["status"], "reset");
    assert_eq!(last["body"], Value::Null, "the body was never read");
    assert_eq!(counters(&c, &base).await["creates"], 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reset_before_read_is_a_connection_error_for_a_normal_client() {
    let sb = start(0).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;
    add_fault(&c, &base, json!({"kind": "reset_before_read"})).await;
    let err = c
        .post(format!("{base}/api/v3/accounts"))
        .bearer_auth(&tok)
        .json(&json!({"account": {"name": "R", "email_address": "r@example.com"}}))
        .send()
        .await
        .expect_err("reset");
    assert!(!err.is_status() && !err.is_timeout(), "{err:?}");
    assert_eq!(sb.state().account_count(), 0);
    // The server goes on serving.
    let r = c.get(format!("{base}/api/v3/accounts")).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(r.status(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drop_reads_the_body_but_does_not_process_it() {
    let sb = start(0).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;
    add_fault(&c, &base, json!({"kind": "drop", "method": "POST"})).await;
    let err = c
        .post(format!("{base}/api/v3/accounts"))
        .bearer_auth(&tok)
        .json(&json!({"account": {"name": "D", "email_address": "d@example.com"}}))
        .send()
        .await
        .expect_err("dropped");
    assert!(!err.is_status(), "{err:?}");
    let logged = log(&c, &base).await;
    let last = logged.last().unwrap();
    assert_eq!(last["status"], "dropped");
    assert_eq!(last["body"]["account"]["name"], "D", "read, then dropped");
    assert_eq!(sb.state().account_count(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drop_after_processes_the_write_and_loses_the_answer() {
    let sb = start(0).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;
    add_fault(&c, &base, json!({"kind": "drop_after", "method": "POST"})).await;
    let err = c
        .post(format!("{base}/api/v3/accounts"))
        .bearer_auth(&tok)
        .json(&json!({"account": {"name": "Half", "email_address": "h@example.com"}}))
        .send()
        .await
        .expect_err("answer lost");
    assert!(!err.is_status(), "{err:?}");
    assert_eq!(sb.state().account_count(), 1);
    let k = counters(&c, &base).await;
    assert_eq!(k["creates"], 1);
    assert_eq!(k["writes"], 1);
    assert_eq!(log(&c, &base).await.last().unwrap()["status"], "dropped");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delay_outlasts_a_client_read_timeout() {
    let sb = start(1).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;
    add_fault(&c, &base, json!({"kind": "delay", "delay_ms": 1500})).await;
    let impatient = reqwest::Client::builder().timeout(Duration::from_millis(500)).build().unwrap();
    let started = Instant::now();
    let err = impatient.get(format!("{base}/api/v3/accounts/SD0001")).bearer_auth(&tok).send().await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert!(started.elapsed() < Duration::from_millis(1200));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delayed_request_the_client_gave_up_on_is_abandoned_not_processed() {
    let sb = start(0).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;
    add_fault(&c, &base, json!({"kind": "delay", "delay_ms": 800, "method": "POST"})).await;
    let impatient = reqwest::Client::builder().timeout(Duration::from_millis(300)).build().unwrap();
    let err = impatient
        .post(format!("{base}/api/v3/accounts"))
        .bearer_auth(&tok)
        .json(&json!({"account": {"name": "Slow", "email_address": "slow@example.com"}}))
        .send()
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(log(&c, &base).await.last().unwrap()["status"], "abandoned");
    assert_eq!(sb.state().account_count(), 0, "the handler never ran");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn process_first_delay_writes_even_when_the_client_times_out() {
    let sb = start(0).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;
    add_fault(&c, &base, json!({"kind": "delay", "delay_ms": 800, "process_first": true, "method": "POST"})).await;
    let impatient = reqwest::Client::builder().timeout(Duration::from_millis(300)).build().unwrap();
    let err = impatient
        .post(format!("{base}/api/v3/accounts"))
        .bearer_auth(&tok)
        .json(&json!({"account": {"name": "Slow", "email_address": "slow@example.com"}}))
        .send()
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(sb.state().account_count(), 1, "written before the slow answer");
    assert_eq!(log(&c, &base).await.last().unwrap()["status"], 201);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answer_after_ms_holds_a_fault_answer() {
    let sb = start(1).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;
    add_fault(&c, &base, json!({"kind": "status", "status": 401, "times": 4, "answer_after_ms": 300})).await;
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..4 {
        let (c, url, tok) = (c.clone(), format!("{base}/api/v3/accounts/SD0001"), tok.clone());
        tasks.push(tokio::spawn(async move { c.get(url).bearer_auth(tok).send().await.unwrap().status() }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), 401);
    }
    let took = started.elapsed();
    assert!(took >= Duration::from_millis(300) && took < Duration::from_millis(1500), "{took:?}");
    assert_eq!(c.get(format!("{base}/api/v3/accounts/SD0001")).bearer_auth(&tok).send().await.unwrap().status(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn truncated_malformed_html_and_oversize_bodies() {
    let sb = start(0).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;
    let url = format!("{base}/api/v3/accounts");

    add_fault(&c, &base, json!({"kind": "truncated"})).await;
    let r = c.get(&url).bearer_auth(&tok).send().await.unwrap();
    let declared: usize = r.headers()["content-length"].to_str().unwrap().parse().unwrap();
    assert!(declared > 0);
    assert!(r.bytes().await.is_err(), "fewer bytes than declared");

    add_fault(&c, &base, json!({"kind": "malformed"})).await;
    let r = c.get(&url).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(serde_json::from_slice::<Value>(&r.bytes().await.unwrap()).is_err());

    add_fault(&c, &base, json!({"kind": "html", "status": 503})).await;
    let r = c.get(&url).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(r.status(), 503);
    assert!(r.text().await.unwrap().contains("<h1>503 Service Unavailable</h1>"));

    add_fault(&c, &base, json!({"kind": "oversize", "size_bytes": 3 * 1024 * 1024})).await;
    let r = c.get(&url).bearer_auth(&tok).send().await.unwrap();
    let bytes = r.bytes().await.unwrap();
    assert_eq!(bytes.len(), 3 * 1024 * 1024);
    serde_json::from_slice::<Value>(&bytes).expect("valid JSON, only too big");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_expired_while_requests_are_in_flight_get_401() {
    let sb = start(1).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;
    // 16 requests held by a delay; the tokens expire while they wait.
    add_fault(&c, &base, json!({"kind": "delay", "delay_ms": 400, "times": 16})).await;
    let mut tasks = Vec::new();
    for _ in 0..16 {
        let (c, url, tok) = (c.clone(), format!("{base}/api/v3/accounts/SD0001"), tok.clone());
        tasks.push(tokio::spawn(async move { c.get(url).bearer_auth(tok).send().await.unwrap().status() }));
    }
    tokio::time::sleep(Duration::from_millis(150)).await;
    c.post(format!("{base}/__sandbox__/expire_tokens")).send().await.unwrap();
    for t in tasks {
        assert_eq!(t.await.unwrap(), 401);
    }
}

#[tokio::test]
async fn revoked_refresh_tokens_are_refused() {
    let sb = start(0).await;
    let base = sb.base_url();
    let c = client();
    let first: Value = c
        .post(format!("{base}/api/v1/oauth2/token"))
        .json(&json!({"grant_type": "client_credentials", "client_id": "sandbox-client",
            "client_secret": "sandbox-secret"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    c.post(format!("{base}/__sandbox__/revoke_refresh_tokens")).send().await.unwrap();
    let r = c
        .post(format!("{base}/api/v1/oauth2/token"))
        .json(&json!({"grant_type": "refresh_token", "client_id": "sandbox-client",
            "client_secret": "sandbox-secret", "refresh_token": first["refresh_token"]}))
        .send()
        .await
        .unwrap();
    assert!(r.status().is_client_error(), "{}", r.status());
    // The access token itself still works until it expires or is expired.
    let ok = c.get(format!("{base}/api/v3/accounts")).bearer_auth(first["access_token"].as_str().unwrap()).send().await;
    assert_eq!(ok.unwrap().status(), 200);
}

#[tokio::test]
async fn a_401_storm_fault_answers_exactly_times_requests() {
    let sb = start(1).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;
    add_fault(&c, &base, json!({"kind": "status", "status": 401, "times": 16})).await;
    let url = format!("{base}/api/v3/accounts/SD0001");
    let mut statuses = Vec::new();
    for _ in 0..17 {
        statuses.push(c.get(&url).bearer_auth(&tok).send().await.unwrap().status().as_u16());
    }
    assert_eq!(statuses.iter().filter(|s| **s == 401).count(), 16);
    assert_eq!(statuses[16], 200);
}
