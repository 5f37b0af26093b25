mod common;

use common::{client, start, token};
use serde_json::{json, Value};

#[tokio::test]
async fn client_credentials_refresh_and_wrong_secret() {
    let sb = start(0).await;
    let base = sb.base_url();
    let c = client();
    let url = format!("{base}/api/v1/oauth2/token");

    let first: Value = c
        .post(&url)
        .json(&json!({"grant_type": "client_credentials", "client_id": "sandbox-client",
            "client_secret": "sandbox-secret"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(first["token_type"], "Bearer");
    assert_eq!(first["expires_in"], 3600);

    // Refresh (form-encoded this time): a new pair; the used refresh token is spent.
    let refresh = first["refresh_token"].as_str().unwrap();
    let form = [
        ("grant_type", "refresh_token"),
        ("refresh_token", refresh),
        ("client_id", "sandbox-client"),
        ("client_secret", "sandbox-secret"),
    ];
    let r = c.post(&url).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let second: Value = r.json().await.unwrap();
    assert_ne!(second["access_token"], first["access_token"]);
    let again = c.post(&url).form(&form).send().await.unwrap();
    assert_eq!(again.status(), 401);
    assert_eq!(again.json::<Value>().await.unwrap()["error"], "invalid_grant");

    let wrong = c
        .post(&url)
        .json(&json!({"grant_type": "client_credentials", "client_id": "sandbox-client",
            "client_secret": "nope"}))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    assert_eq!(wrong.json::<Value>().await.unwrap()["error"], "invalid_client");

    let missing = c.post(&url).json(&json!({})).send().await.unwrap();
    assert_eq!(missing.status(), 400);
    assert_eq!(missing.json::<Value>().await.unwrap()["error"], "unsupported_grant_type");

    let st = sb.state();
    assert_eq!(st.token_requests(), 5);
    assert_eq!(st.token_requests_client_credentials(), 2);
    assert_eq!(st.token_requests_refresh(), 2);

    // Secrets never reach the log.
    let logged = st.requests();
    assert_eq!(logged[0]["body"]["client_secret"], "***");
    assert_eq!(logged[1]["body"]["refresh_token"], "***");
    assert_eq!(logged[1]["body"]["client_id"], "sandbox-client");
}

#[tokio::test]
async fn data_routes_need_a_valid_token() {
    let sb = start(1).await;
    let base = sb.base_url();
    let c = client();
    let url = format!("{base}/api/v3/accounts");

    let none = c.get(&url).send().await.unwrap();
    assert_eq!(none.status(), 401);
    let body: Value = none.json().await.unwrap();
    assert_eq!(body["errors"][0]["code"], "401");

    let tok = token(&c, &base).await;
    let ok = c.get(&url).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(ok.status(), 200);

    sb.state().expire_tokens();
    let expired = c.get(&url).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(expired.status(), 401);

    let logged = sb.state().requests();
    let last = logged.last().unwrap();
    assert_eq!(last["headers"]["authorization"], "Bearer ***");
    assert_eq!(last["status"], 401);
}

/// `--single-session`: a new token (either grant) ends the earlier access tokens of the
/// client; using one is a 401 counted as a revoked-token rejection.
#[tokio::test]
async fn single_session_ends_earlier_tokens_and_counts_their_rejections() {
    let sb =
        exsited_sandbox::Sandbox::start(exsited_sandbox::SandboxOptions { single_session: true, ..Default::default() })
            .await
            .unwrap();
    let base = sb.base_url();
    let c = client();
    let list = format!("{base}/api/v3/accounts");
    let first = token(&c, &base).await;
    assert_eq!(c.get(&list).bearer_auth(&first).send().await.unwrap().status(), 200);
    let second = token(&c, &base).await;
    assert_eq!(c.get(&list).bearer_auth(&first).send().await.unwrap().status(), 401);
    assert_eq!(c.get(&list).bearer_auth(&second).send().await.unwrap().status(), 200);
    assert_eq!(c.get(&list).bearer_auth("never-issued").send().await.unwrap().status(), 401);
    let counters: Value = c.get(format!("{base}/__sandbox__/counters")).send().await.unwrap().json().await.unwrap();
    assert_eq!(counters["revoked_token_rejections"], 1, "only the ended token counts: {counters}");

    // The hook turns the mode off: tokens then live side by side.
    let r: Value = c
        .post(format!("{base}/__sandbox__/config"))
        .json(&json!({"single_session": false}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(r["single_session"], false);
    let third = token(&c, &base).await;
    assert_eq!(c.get(&list).bearer_auth(&second).send().await.unwrap().status(), 200);
    assert_eq!(c.get(&list).bearer_auth(&third).send().await.unwrap().status(), 200);
}
