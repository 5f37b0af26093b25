mod common;

use common::{client, create_account, start, token};
use reqwest::multipart::{Form, Part};
use serde_json::{json, Value};

#[tokio::test]
async fn create_list_details_and_pagination() {
    let sb = start(5).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;

    let acc = create_account(&c, &base, &tok, "Alpha Co").await;
    assert_eq!(acc["status"], "ACTIVE");
    assert_eq!(acc["name"], "Alpha Co");
    assert_eq!(acc["version"], "1");
    assert!(acc["billing_preferences"].is_object());
    assert_eq!(acc["contacts"], json!([]));
    let id = acc["id"].as_str().unwrap().to_string();
    assert_eq!(sb.state().creates(), 1);

    // Both versions serve the same data.
    for v in ["v2", "v3"] {
        let d: Value = c
            .get(format!("{base}/api/{v}/accounts/{id}"))
            .bearer_auth(&tok)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(d["account"]["email_address"], "alpha.co@example.com");
    }

    let page = |q: &'static str| {
        let (c, base, tok) = (c.clone(), base.clone(), tok.clone());
        async move {
            c.get(format!("{base}/api/v3/accounts?{q}"))
                .bearer_auth(tok)
                .send()
                .await
                .unwrap()
                .json::<Value>()
                .await
                .unwrap()
        }
    };
    let p1 = page("limit=2&offset=0").await;
    assert_eq!(p1["accounts"].as_array().unwrap().len(), 2);
    assert_eq!(p1["accounts"][0]["name"], "Seed Account 0001");
    assert_eq!(p1["pagination"]["records"], 6);
    assert_ne!(p1["pagination"]["next_page"], "NULL");
    let last = page("limit=2&offset=4").await;
    assert_eq!(last["accounts"][1]["name"], "Alpha Co");
    assert_eq!(last["pagination"]["next_page"], "NULL");
    let desc = page("limit=1&order_by=name&direction=desc").await;
    assert_eq!(desc["accounts"][0]["name"], "Seed Account 0005");

    // Cancel / reactivate change the status.
    let cancel: Value = c
        .post(format!("{base}/api/v3/accounts/{id}/cancel"))
        .bearer_auth(&tok)
        .json(&json!({"account": {"effective_date": "2024-12-17"}}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(cancel["event_uuid"].is_string());
    assert_eq!(sb.state().account(&id).unwrap()["status"], "CANCELLED");

    let del = c.delete(format!("{base}/api/v3/accounts/{id}")).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(del.status(), 204);
    assert!(del.bytes().await.unwrap().is_empty());
}

#[tokio::test]
async fn validation_and_not_found() {
    let sb = start(0).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;
    let post = |body: Value| c.post(format!("{base}/api/v3/accounts")).bearer_auth(&tok).json(&body).send();
    for bad in [
        json!({"account": {"email_address": "a@example.com"}}),
        json!({"account": {"name": "No Mail"}}),
        json!({"account": {"name": "Bad", "email_address": "not-an-email"}}),
        json!({"name": "No Envelope", "email_address": "a@example.com"}),
    ] {
        let r = post(bad.clone()).await.unwrap();
        assert_eq!(r.status(), 400, "{bad}");
        let v: Value = r.json().await.unwrap();
        assert!(v["errors"][0]["message"].is_string());
    }
    assert_eq!(sb.state().creates(), 0);
    // The log keeps the body of rejected requests.
    assert_eq!(sb.state().requests()[1]["body"]["account"]["email_address"], "a@example.com");

    let missing = c.get(format!("{base}/api/v3/accounts/NOPE42")).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(missing.status(), 404);
    let v: Value = missing.json().await.unwrap();
    assert_eq!(v["errors"][0]["code"], "404");
}

#[tokio::test]
async fn multipart_note_with_two_files() {
    let sb = start(1).await;
    let base = sb.base_url();
    let c = client();
    let tok = token(&c, &base).await;
    let form = Form::new()
        .text("note", "hello <b>world</b>")
        .part("file", Part::bytes(b"0123456789ab".to_vec()).file_name("a.txt").mime_str("text/plain").unwrap())
        .part("file", Part::bytes(vec![7u8; 300]).file_name("b.bin"));
    let r =
        c.post(format!("{base}/api/v3/accounts/SD0001/notes")).bearer_auth(&tok).multipart(form).send().await.unwrap();
    assert!(r.status().is_success());
    let v: Value = r.json().await.unwrap();
    let uuid = v["account"]["notes"]["uuid"].as_str().unwrap().to_string();

    let files: Value = c
        .get(format!("{base}/api/v3/accounts/SD0001/notes/{uuid}/files"))
        .bearer_auth(&tok)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let files = files["account"]["note"]["files"].as_array().unwrap().clone();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["name"], "a.txt");
    assert_eq!(files[0]["size"], 12);
    assert_eq!(files[0]["content_type"], "text/plain");
    assert_eq!(files[1]["name"], "b.bin");
    assert_eq!(files[1]["size"], 300);

    let logged = sb.state().requests();
    let parts = logged.last().map(|_| &logged[1]["parts"]).unwrap();
    assert_eq!(parts[0]["name"], "note");
    assert_eq!(parts[0]["text"], "hello <b>world</b>");
    assert_eq!(parts[1]["filename"], "a.txt");
    assert_eq!(parts[1]["size"], 12);

    // Nine files are refused, as is a note without text.
    let mut nine = Form::new().text("note", "x");
    for i in 0..9 {
        nine = nine.part("file", Part::bytes(vec![1]).file_name(format!("f{i}.txt")));
    }
    let r =
        c.post(format!("{base}/api/v3/accounts/SD0001/notes")).bearer_auth(&tok).multipart(nine).send().await.unwrap();
    assert_eq!(r.status(), 400);
    let r = c
        .post(format!("{base}/api/v3/accounts/SD0001/notes"))
        .bearer_auth(&tok)
        .multipart(Form::new().part("file", Part::bytes(vec![1]).file_name("x.txt")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
}
