//! Helpers shared by the integration tests.
#![allow(dead_code)]

use exsited_sandbox::{Sandbox, SandboxOptions};
use serde_json::{json, Value};

pub async fn start(seed: usize) -> Sandbox {
    Sandbox::start(SandboxOptions { seed_accounts: seed, ..Default::default() }).await.expect("sandbox starts")
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder().timeout(std::time::Duration::from_secs(20)).build().unwrap()
}

pub async fn token(c: &reqwest::Client, base: &str) -> String {
    let r = c
        .post(format!("{base}/api/v1/oauth2/token"))
        .json(&json!({"grant_type": "client_credentials", "client_id": "sandbox-client",
            "client_secret": "sandbox-secret", "redirect_uri": "http://localhost/cb"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let v: Value = r.json().await.unwrap();
    v["access_token"].as_str().unwrap().to_string()
}

pub async fn create_account(c: &reqwest::Client, base: &str, tok: &str, name: &str) -> Value {
    let r = c
        .post(format!("{base}/api/v3/accounts"))
        .bearer_auth(tok)
        .json(&json!({"account": {"name": name, "email_address": format!("{}@example.com", name.to_lowercase().replace(' ', "."))}}))
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "create failed: {}", r.status());
    r.json::<Value>().await.unwrap()["account"].clone()
}
