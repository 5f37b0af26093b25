//! Walks all 46 operations of the account API once, on v2 and on v3.

mod common;

use common::{client, create_account, start, token};
use reqwest::multipart::{Form, Part};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

struct Api {
    c: reqwest::Client,
    base: String,
    tok: String,
    v: &'static str,
}

impl Api {
    async fn call(&self, method: Method, path: &str, body: Option<Value>) -> (StatusCode, Value) {
        let url = format!("{}/api/{}/{}", self.base, self.v, path);
        let mut rb = self.c.request(method, url).bearer_auth(&self.tok);
        if let Some(b) = body {
            rb = rb.json(&b);
        }
        let r = rb.send().await.unwrap();
        let status = r.status();
        let text = r.text().await.unwrap();
        let v = if text.is_empty() { Value::Null } else { serde_json::from_str(&text).unwrap() };
        (status, v)
    }

    async fn ok(&self, method: Method, path: &str, body: Option<Value>) -> Value {
        let (s, v) = self.call(method.clone(), path, body).await;
        assert!(s.is_success(), "{method} {path} -> {s}: {v}");
        v
    }

    async fn multipart(&self, path: &str, form: Form) -> Value {
        let url = format!("{}/api/{}/{}", self.base, self.v, path);
        let r = self.c.post(url).bearer_auth(&self.tok).multipart(form).send().await.unwrap();
        let s = r.status();
        let v: Value = r.json().await.unwrap();
        assert!(s.is_success(), "POST {path} -> {s}: {v}");
        v
    }
}

fn file(name: &str, data: &[u8]) -> Part {
    Part::bytes(data.to_vec()).file_name(name.to_string())
}

#[tokio::test]
async fn every_operation_on_both_versions() {
    let sb = start(0).await;
    let c = client();
    let base = sb.base_url();
    let tok = token(&c, &base).await;
    for v in ["v2", "v3"] {
        let api = Api { c: c.clone(), base: base.clone(), tok: tok.clone(), v };
        let id = create_account(&c, &base, &tok, &format!("Ops {v}")).await["id"].as_str().unwrap().to_string();
        let a = format!("accounts/{id}");

        // 1-5: list, details, information, create, update information
        assert!(api.ok(Method::GET, "accounts", None).await["accounts"].is_array());
        assert_eq!(api.ok(Method::GET, &a, None).await["account"]["id"], id.as_str());
        let info = api.ok(Method::GET, &format!("{a}/information"), None).await;
        assert!(info["account"].get("contacts").is_none());
        let upd = api
            .ok(
                Method::PATCH,
                &format!("{a}/information"),
                Some(json!({"account": {"display_name": "Shown", "description": "d"}})),
            )
            .await;
        assert_eq!(upd["account"]["display_name"], "Shown");
        assert_eq!(upd["account"]["version"], "2");

        // 10-14: contacts
        let contact = json!({"account": {"contact": {"salutation": "Mr.", "first_name": "Roza",
            "email": {"address": "roza@example.com", "do_not_email": "false"},
            "phone": {"country_code": "+61", "area_code": "03", "number": "546464", "do_not_call": "true"}}}});
        let put = api.ok(Method::PUT, &format!("{a}/contacts/CONTACT_1"), Some(contact)).await;
        assert_eq!(put["account"]["contacts"]["type_display_name"], "Billing Contact");
        assert_eq!(put["account"]["contacts"]["salutation"]["name"], "Mr.");
        let patched = api
            .ok(
                Method::PATCH,
                &format!("{a}/contacts/CONTACT_1"),
                Some(json!({"account": {"contact": {"last_name": "T"}}})),
            )
            .await;
        assert_eq!(patched["account"]["contacts"]["first_name"], "Roza");
        assert_eq!(patched["account"]["contacts"]["last_name"], "T");
        let list = api.ok(Method::GET, &format!("{a}/contacts"), None).await;
        assert_eq!(list["account"]["contacts"].as_array().unwrap().len(), 1);
        let one = api.ok(Method::GET, &format!("{a}/contacts/CONTACT_1"), None).await;
        assert_eq!(one["account"]["contacts"]["phone"]["full"], "+61 03 546464");
        api.ok(Method::DELETE, &format!("{a}/contacts/CONTACT_1"), None).await;
        assert_eq!(api.call(Method::GET, &format!("{a}/contacts/CONTACT_1"), None).await.0, 404);

        // 15-19: addresses
        let added = api
            .ok(
                Method::POST,
                &format!("{a}/addresses"),
                Some(json!({"account": {"addresses": [
                    {"address_line_1": "9 Yarra", "city": "Abbeyard", "default_billing": "true"},
                    {"address_line_1": "10 Yarra", "city": "Melbourne"}]}})),
            )
            .await;
        let addrs = added["account"]["addresses"].as_array().unwrap().clone();
        assert_eq!(addrs[0]["default_billing"], "true");
        let uuid = addrs[1]["uuid"].as_str().unwrap();
        let listed = api.ok(Method::GET, &format!("{a}/addresses"), None).await;
        assert_eq!(listed["account"]["addresses"][0]["is_default_billing"], "true");
        let one = api.ok(Method::GET, &format!("{a}/addresses/{uuid}"), None).await;
        assert_eq!(one["account"]["addresses"]["city"], "Melbourne");
        let changed = api
            .ok(
                Method::PATCH,
                &format!("{a}/addresses/{uuid}"),
                Some(json!({"account": {"address": {"city": "Sydney", "isDefaultBilling": "true"}}})),
            )
            .await;
        assert_eq!(changed["account"]["addresses"]["isDefaultBilling"], "true");
        let details = api.ok(Method::GET, &a, None).await;
        assert_eq!(details["account"]["addresses"][0]["isDefaultBilling"], "false");
        api.ok(Method::DELETE, &format!("{a}/addresses/{uuid}"), None).await;

        // 20-24: payment methods
        let pm = api
            .ok(
                Method::POST,
                &format!("{a}/payment-methods"),
                Some(json!({"account": {"payment_method": {"processor_type": "OTHER", "default": true,
                    "payment_processor": "Cheque", "reference": "Reference-Ch"}}})),
            )
            .await;
        assert_eq!(pm["account"]["payment_method"]["processor"]["name"], "Cheque");
        let card = api
            .ok(
                Method::POST,
                &format!("{a}/payment-methods"),
                Some(json!({"account": {"payment_method": {"processor_type": "DIRECT_CREDIT",
                    "default": "true", "payment_processor": "securepay", "card_type": "Visa",
                    "token": "1738992071975167", "card_number": "4242", "expiry_month": "12",
                    "expiry_year": "2030", "reference": "card-1",
                    "additional_fields": {"host_ip": "127.0.0.1"}}}})),
            )
            .await;
        assert_eq!(card["account"]["payment_method"]["card_cvv"], "XXX");
        let all = api.ok(Method::GET, &format!("{a}/payment-methods"), None).await;
        let methods = all["account"]["payment_methods"].as_array().unwrap().clone();
        assert_eq!(methods.len(), 2);
        assert_eq!(methods[0]["default"], "false", "only the newest default stays default");
        let one = api.ok(Method::GET, &format!("{a}/payment-methods/Reference-Ch"), None).await;
        assert_eq!(one["account"]["payment_method"]["reference"], "Reference-Ch");
        let upd = api
            .ok(
                Method::PATCH,
                &format!("{a}/payment-methods/Reference-Ch"),
                Some(json!({"account": {"payment_method": {"default": "false",
                    "use_for_specified_orders": "true", "specified_orders": [{"order_id": "ORD-1"}],
                    "reference": "uniReference"}}})),
            )
            .await;
        assert_eq!(upd["account"]["payment_method"]["specified_orders"][0]["order_id"], "ORD-1");
        api.ok(Method::DELETE, &format!("{a}/payment-methods/uniReference"), None).await;

        // 25-26: billing preferences
        let bp = api.ok(Method::GET, &format!("{a}/billing-preferences"), None).await;
        assert_eq!(bp["account"]["billing_preferences"]["payment_term"], "Net 30");
        let bp = api
            .ok(
                Method::PUT,
                &format!("{a}/billing-preferences"),
                Some(json!({"account": {"billing_preferences": {"payment_term": "Net 7"}}})),
            )
            .await;
        assert_eq!(bp["account"]["billing_preferences"]["payment_term"], "Net 7");

        // 27-34: notes and note files
        let note = api
            .multipart(&format!("{a}/notes"), Form::new().text("note", "first").part("file", file("a.txt", b"abc")))
            .await;
        let n = note["account"]["notes"]["uuid"].as_str().unwrap().to_string();
        let notes = api.ok(Method::GET, &format!("{a}/notes?limit=5"), None).await;
        assert_eq!(notes["account"]["pagination"]["records"], 1);
        let one = api.ok(Method::GET, &format!("{a}/notes/{n}"), None).await;
        assert_eq!(one["account"]["note"]["content"], "first");
        let more = api
            .multipart(
                &format!("{a}/notes/{n}/files"),
                Form::new().part("file", file("b.csv", b"x,y")).part("file", file("c.txt", b"c")),
            )
            .await;
        assert_eq!(more["account"]["notes"]["files"].as_array().unwrap().len(), 3);
        let files = api.ok(Method::GET, &format!("{a}/notes/{n}/files"), None).await;
        let f = files["account"]["note"]["files"][1]["uuid"].as_str().unwrap().to_string();
        let fd = api.ok(Method::GET, &format!("{a}/notes/{n}/files/{f}"), None).await;
        assert_eq!(fd["account"]["note"]["file"]["name"], "b.csv");
        assert_eq!(fd["account"]["note"]["files"][0]["name"], "b.csv");
        api.ok(Method::DELETE, &format!("{a}/notes/{n}/files/{f}"), None).await;
        api.ok(Method::DELETE, &format!("{a}/notes/{n}"), None).await;

        // 35-37: image
        let none = api.ok(Method::GET, &format!("{a}/image"), None).await;
        assert!(none["account"]["image_uri"].is_null());
        let img =
            api.multipart(&format!("{a}/image"), Form::new().part("image", file("logo.png", b"\x89PNG...."))).await;
        assert!(img["account"]["image_uri"].as_str().unwrap().ends_with(".png"));
        let got = api.ok(Method::GET, &format!("{a}/image"), None).await;
        assert_eq!(got["account"]["image_uri"], img["account"]["image_uri"]);
        api.ok(Method::DELETE, &format!("{a}/image"), None).await;

        // 38-40: e-mails
        let sent = api
            .multipart(
                &format!("{a}/communications/emails"),
                Form::new()
                    .text("to", "a@example.com")
                    .text("cc", "b@example.com,c@example.com")
                    .text("bcc", "")
                    .text("subject", "Hi")
                    .text("body", "Hello")
                    .part("attachment", file("inv.pdf", b"%PDF")),
            )
            .await;
        let e = &sent["account"]["communication"]["email"];
        assert_eq!(e["cc"], json!(["b@example.com", "c@example.com"]));
        assert_eq!(e["attachments"][0]["size"], 4);
        let eu = e["uuid"].as_str().unwrap();
        let list = api.ok(Method::GET, &format!("{a}/communications/emails"), None).await;
        assert_eq!(list["account"]["communication"]["emails"].as_array().unwrap().len(), 1);
        let one = api.ok(Method::GET, &format!("{a}/communications/emails/{eu}"), None).await;
        assert_eq!(one["account"]["communication"]["email"]["subject"], "Hi");

        // 41-46: financial summaries, orders, custom objects
        let fs = api.ok(Method::GET, "accounts/financial-summary", None).await;
        assert!(fs["financial_summary"]["account_count"].as_u64().unwrap() >= 1);
        let afs = api.ok(Method::GET, &format!("{a}/financial-summary"), None).await;
        assert_eq!(afs["account"]["financial_summary"]["invoice_count"], 0);
        for kind in ["linked", "unlinked"] {
            let o = api.ok(Method::GET, &format!("{a}/orders/{kind}?limit=10"), None).await;
            assert_eq!(o["account"]["orders"], json!([]));
            assert_eq!(o["account"]["pagination"]["next_page"], "NULL");
        }
        let co = api.ok(Method::GET, &format!("{a}/custom_objects"), None).await;
        assert_eq!(co["account"]["custom_objects"], json!([]));
        assert_eq!(api.call(Method::GET, &format!("{a}/custom_objects/nope"), None).await.0, 404);

        // 7-9, 6: cancel, reactivate, delete, purge
        let bad = api
            .call(Method::POST, &format!("{a}/cancel"), Some(json!({"account": {"effective_date": "17/12/2024"}})))
            .await;
        assert_eq!(bad.0, 400);
        api.ok(Method::POST, &format!("{a}/cancel"), Some(json!({"account": {"effective_date": "2024-12-17"}}))).await;
        let r = api
            .ok(Method::POST, &format!("{a}/reactivate"), Some(json!({"account": {"effective_date": "2024-12-18"}})))
            .await;
        assert!(r["event_uuid"].is_string());
        assert_eq!(api.ok(Method::GET, &a, None).await["account"]["status"], "ACTIVE");
        let (s, body) = api.call(Method::DELETE, &a, None).await;
        assert_eq!((s, body), (StatusCode::NO_CONTENT, Value::Null));
        assert_eq!(api.call(Method::GET, &a, None).await.0, 404);
        let (s, _) = api.call(Method::POST, &format!("{a}/purge"), None).await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        assert_eq!(api.call(Method::POST, &format!("{a}/purge"), None).await.0, 404);
    }
}
