//! Every one of the 46 operations once through the core against the sandbox: the request
//! the sandbox received (verb, path, body shape) and the decoded answer.

mod common;

use std::collections::BTreeSet;

use common::Harness;
use exsited_core::dto::Answer;
use exsited_core::ops::AnswerKind;
use exsited_core::{operation, BinaryFormat, Client, ErrorKind, Request, Response, OPERATIONS};
use serde_json::{json, Value};

struct Run<'a> {
    h: &'a Harness,
    client: Client,
    covered: BTreeSet<&'static str>,
}

impl Run<'_> {
    /// Calls `op`, checks the request the sandbox saw and that the answer decodes into the
    /// operation's DTO, and returns the answer.
    async fn call(&mut self, op: &'static str, req: Request, path: &str) -> Response {
        self.h.clear_requests().await;
        let spec = operation(op).unwrap();
        let resp = self.client.call(op, req).await.unwrap_or_else(|e| panic!("{op}: {e} {:?}", e.raw));
        let seen = self.h.last_request().await;
        assert_eq!(seen["method"], spec.method.as_str(), "{op}");
        assert_eq!(seen["path"], path, "{op}");
        Answer::decode(spec.answer, &resp.body)
            .unwrap_or_else(|e| panic!("{op}: answer does not decode: {e}: {}", resp.body));
        self.covered.insert(spec.name);
        resp
    }

    async fn body(&self) -> Value {
        self.h.last_request().await["body"].clone()
    }
}

fn pick(v: &Value, pointers: &[&str]) -> String {
    for p in pointers {
        if let Some(s) = v.pointer(p).and_then(Value::as_str) {
            return s.to_string();
        }
    }
    panic!("none of {pointers:?} in {v}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn all_46_operations() {
    let h = Harness::new().await;
    h.seed(3).await;
    let mut run = Run { h: &h, client: h.client(), covered: BTreeSet::new() };
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("terms.pdf");
    std::fs::write(&doc, b"%PDF-1.4 terms").unwrap();
    let img = dir.path().join("logo.png");
    std::fs::write(&img, b"\x89PNG\r\n\x1a\nfake").unwrap();

    // 1, 4: list and create
    let list = run
        .call(
            "accounts.list",
            Request::new().query("limit", 2).query("offset", 0).query("direction", "desc"),
            "/api/v2/accounts",
        )
        .await;
    assert_eq!(list.body["accounts"].as_array().unwrap().len(), 2);
    assert_eq!(h.last_request().await["query"], "limit=2&offset=0&direction=desc");
    let created = run
        .call(
            "accounts.create",
            Request::new().json(json!({"account": {"name": "Acme Pty", "email_address": "ops@acme.example"}})),
            "/api/v2/accounts",
        )
        .await;
    assert_eq!(run.body().await, json!({"account": {"name": "Acme Pty", "email_address": "ops@acme.example"}}));
    let id = pick(&created.body, &["/account/id"]);
    assert_eq!(created.body["account"]["name"], "Acme Pty");
    let acc = format!("/api/v3/accounts/{id}");

    // 2, 3, 5
    let d = run.call("accounts.details", Request::new().path([&id]), &acc).await;
    assert_eq!(d.body["account"]["email_address"], "ops@acme.example");
    run.call("accounts.information", Request::new().path([&id]), &format!("{acc}/information")).await;
    let upd = json!({"account": {"name": "Acme Two", "display_name": "Acme", "description": "d", "email_address": "two@acme.example"}});
    let u = run
        .call(
            "accounts.update_information",
            Request::new().path([&id]).json(upd.clone()),
            &format!("{acc}/information"),
        )
        .await;
    assert_eq!(run.body().await, upd);
    assert_eq!(u.body["account"]["name"], "Acme Two");

    // 10-14: contacts
    run.call("contacts.list", Request::new().path([&id]), &format!("{acc}/contacts")).await;
    let contact = json!({"account": {"contact": {"first_name": "Ann", "last_name": "Lee", "email": {"address": "ann@acme.example"}}}});
    run.call(
        "contacts.replace",
        Request::new().path([id.as_str(), "CONTACT_1"]).json(contact.clone()).version("v3"),
        &format!("{acc}/contacts/CONTACT_1"),
    )
    .await;
    assert_eq!(run.body().await, contact);
    run.call("contacts.details", Request::new().path([id.as_str(), "CONTACT_1"]), &format!("{acc}/contacts/CONTACT_1"))
        .await;
    run.call(
        "contacts.modify",
        Request::new().path([id.as_str(), "CONTACT_1"]).json(json!({"account": {"contact": {"middle_name": "B"}}})),
        &format!("{acc}/contacts/CONTACT_1"),
    )
    .await;
    run.call("contacts.delete", Request::new().path([id.as_str(), "CONTACT_1"]), &format!("{acc}/contacts/CONTACT_1"))
        .await;

    // 15-19: addresses
    let addr = json!({"account": {"addresses": [{"address_line_1": "1 Main St", "post_code": "2000", "city": "Sydney", "country": "Australia", "default_billing": "true"}]}});
    let added =
        run.call("addresses.add", Request::new().path([&id]).json(addr.clone()), &format!("{acc}/addresses")).await;
    assert_eq!(run.body().await, addr);
    let listed = run.call("addresses.list", Request::new().path([&id]), &format!("{acc}/addresses")).await;
    let auuid = pick(&listed.body, &["/account/addresses/0/uuid"]);
    let _ = added;
    run.call("addresses.details", Request::new().path([&id, &auuid]), &format!("{acc}/addresses/{auuid}")).await;
    run.call(
        "addresses.update",
        Request::new().path([&id, &auuid]).json(json!({"account": {"address": {"city": "Melbourne"}}})),
        &format!("{acc}/addresses/{auuid}"),
    )
    .await;
    run.call("addresses.delete", Request::new().path([&id, &auuid]), &format!("{acc}/addresses/{auuid}")).await;

    // 20-24: payment methods (v2 by default, update v3)
    let pm = json!({"account": {"payment_method": {"processor_type": "OTHER", "default": "true", "payment_processor": "Cash", "reference": "Cash1"}}});
    run.call(
        "payment_methods.add",
        Request::new().path([&id]).json(pm.clone()),
        &format!("/api/v2/accounts/{id}/payment-methods"),
    )
    .await;
    assert_eq!(run.body().await, pm);
    run.call("payment_methods.list", Request::new().path([&id]), &format!("/api/v2/accounts/{id}/payment-methods"))
        .await;
    run.call(
        "payment_methods.details",
        Request::new().path([&id, "Cash1"]),
        &format!("/api/v2/accounts/{id}/payment-methods/Cash1"),
    )
    .await;
    run.call(
        "payment_methods.update",
        Request::new().path([&id, "Cash1"]).json(json!({"account": {"payment_method": {"default": "false"}}})),
        &format!("{acc}/payment-methods/Cash1"),
    )
    .await;
    run.call(
        "payment_methods.delete",
        Request::new().path([&id, "Cash1"]),
        &format!("/api/v2/accounts/{id}/payment-methods/Cash1"),
    )
    .await;

    // 25-26: billing preferences
    run.call("billing_preferences.details", Request::new().path([&id]), &format!("{acc}/billing-preferences")).await;
    let bp = json!({"account": {"billing_preferences": {"communication_profile": "Email", "payment_term": "Net 30"}}});
    run.call(
        "billing_preferences.update",
        Request::new().path([&id]).json(bp.clone()),
        &format!("{acc}/billing-preferences"),
    )
    .await;
    assert_eq!(run.body().await, bp);

    // 27-34: notes and their files
    let note = run
        .call(
            "notes.add",
            Request::new().path([&id]).text_part("note", "Called the customer").file_part("file", &doc),
            &format!("{acc}/notes"),
        )
        .await;
    let sent = h.last_request().await;
    let parts = sent["parts"].as_array().unwrap();
    assert!(parts.iter().any(|p| p["name"] == "note"));
    assert!(parts.iter().any(|p| p["name"] == "file" && p["filename"] == "terms.pdf" && p["size"] == 14));
    let _ = note;
    let notes = run.call("notes.list", Request::new().path([&id]), &format!("{acc}/notes")).await;
    let nuuid = pick(&notes.body, &["/account/notes/0/uuid"]);
    run.call("notes.details", Request::new().path([&id, &nuuid]), &format!("{acc}/notes/{nuuid}")).await;
    run.call(
        "notes.add_files",
        Request::new().path([&id, &nuuid]).file_part("file", &img),
        &format!("{acc}/notes/{nuuid}/files"),
    )
    .await;
    let files =
        run.call("notes.files", Request::new().path([&id, &nuuid]), &format!("{acc}/notes/{nuuid}/files")).await;
    let fuuid =
        pick(&files.body, &["/account/note/files/0/uuid", "/account/files/0/uuid", "/account/notes/0/files/0/uuid"]);
    run.call(
        "notes.file_details",
        Request::new().path([&id, &nuuid, &fuuid]),
        &format!("{acc}/notes/{nuuid}/files/{fuuid}"),
    )
    .await;
    run.call(
        "notes.delete_file",
        Request::new().path([&id, &nuuid, &fuuid]),
        &format!("{acc}/notes/{nuuid}/files/{fuuid}"),
    )
    .await;
    run.call("notes.delete", Request::new().path([&id, &nuuid]), &format!("{acc}/notes/{nuuid}")).await;

    // 35-37: image
    run.call("image.add", Request::new().path([&id]).file_part("image", &img), &format!("{acc}/image")).await;
    let part = &h.last_request().await["parts"][0];
    assert_eq!(part["name"], "image");
    assert_eq!(part["content_type"], "image/png");
    run.call("image.details", Request::new().path([&id]), &format!("{acc}/image")).await;
    run.call("image.delete", Request::new().path([&id]), &format!("{acc}/image")).await;

    // 38-40: emails
    let sent = run
        .call(
            "emails.send",
            Request::new()
                .path([&id])
                .text_part("to", "a@x.example,b@x.example")
                .text_part("subject", "Hi")
                .text_part("body", "Hello")
                .file_part("attachment", &doc),
            &format!("{acc}/communications/emails"),
        )
        .await;
    let _ = sent;
    let emails = run.call("emails.list", Request::new().path([&id]), &format!("{acc}/communications/emails")).await;
    let euuid = pick(
        &emails.body,
        &[
            "/account/communication/emails/0/uuid",
            "/account/emails/0/uuid",
            "/emails/0/uuid",
            "/account/communications/0/uuid",
        ],
    );
    run.call("emails.details", Request::new().path([&id, &euuid]), &format!("{acc}/communications/emails/{euuid}"))
        .await;

    // 41-46
    run.call("financial_summary.all", Request::new(), "/api/v2/accounts/financial-summary").await;
    run.call(
        "financial_summary.account",
        Request::new().path([&id]),
        &format!("/api/v2/accounts/{id}/financial-summary"),
    )
    .await;
    run.call("orders.unlinked", Request::new().path([&id]).query("limit", 10), &format!("{acc}/orders/unlinked")).await;
    run.call("orders.linked", Request::new().path([&id]), &format!("{acc}/orders/linked")).await;
    let objects = run.call("custom_objects.list", Request::new().path([&id]), &format!("{acc}/custom_objects")).await;
    match objects
        .body
        .pointer("/account/custom_objects/0/uuid")
        .or_else(|| objects.body.pointer("/custom_objects/0/uuid"))
        .and_then(Value::as_str)
    {
        Some(cuuid) => {
            run.call(
                "custom_objects.details",
                Request::new().path([&id, cuuid]),
                &format!("{acc}/custom_objects/{cuuid}"),
            )
            .await;
        }
        None => {
            // No custom object on a new account: the details call must still reach the right path.
            h.clear_requests().await;
            let e = run
                .client
                .call("custom_objects.details", Request::new().path([id.as_str(), "CO-1"]))
                .await
                .unwrap_err();
            assert_eq!(e.kind, ErrorKind::NotFound);
            assert_eq!(h.last_request().await["path"], format!("{acc}/custom_objects/CO-1"));
            run.covered.insert("custom_objects.details");
        }
    }

    // 7-9, 6: cancel, reactivate, purge, delete
    let cancel = json!({"account": {"effective_date": "2030-01-31"}});
    let c =
        run.call("accounts.cancel", Request::new().path([&id]).json(cancel.clone()), &format!("{acc}/cancel")).await;
    assert!(c.body.to_string().contains("event_uuid"), "{}", c.body);
    assert_eq!(run.body().await, cancel);
    run.call(
        "accounts.reactivate",
        Request::new().path([&id]).json(cancel.clone()),
        &format!("/api/v2/accounts/{id}/reactivate"),
    )
    .await;
    run.call("accounts.purge", Request::new().path([&id]), &format!("{acc}/purge")).await;
    let other = pick(&list.body, &["/accounts/0/id"]);
    let del = run.call("accounts.delete", Request::new().path([&other]), &format!("/api/v3/accounts/{other}")).await;
    assert!(del.body.is_null());
    let e = run.client.call("accounts.details", Request::new().path([&other])).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::NotFound);

    // The account API's operations; the ones imported from the Python surface (answers passed
    // through as Json, or files) are each sent once by operation_table.rs and tests/python/test_surface.py.
    let all: BTreeSet<_> = OPERATIONS
        .iter()
        .filter(|o| !matches!(o.answer, AnswerKind::Json | AnswerKind::Binary))
        .map(|o| o.name)
        .collect();
    let missing: Vec<_> = all.difference(&run.covered).collect();
    assert!(missing.is_empty(), "operations not exercised: {missing:?}");
    assert_eq!(run.covered.len(), 46);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn validation_errors_carry_this_responses_messages_only() {
    let h = Harness::new().await;
    let client = h.client();
    let e1 = client
        .call("accounts.create", Request::new().json(json!({"account": {"email_address": "x@example.com"}})))
        .await
        .unwrap_err();
    assert_eq!(e1.kind, ErrorKind::Validation);
    assert_eq!(e1.status, Some(400));
    assert!(!e1.errors.is_empty());
    let e2 = client
        .call(
            "accounts.create",
            Request::new().json(json!({"account": {"name": "N", "email_address": "not-an-email"}})),
        )
        .await
        .unwrap_err();
    assert_eq!(e2.kind, ErrorKind::Validation);
    assert!(e2.errors.iter().all(|m| !e1.errors.contains(m)), "{:?} vs {:?}", e1.errors, e2.errors);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pager_walks_every_account_once() {
    let h = Harness::new().await;
    h.seed(1000).await;
    let mut pager = exsited_core::Pager::new(h.client(), "accounts.list", Request::new(), Some(300), None).unwrap();
    let mut ids = BTreeSet::new();
    let mut pages = 0;
    while let Some(page) = pager.next_page().await.unwrap() {
        pages += 1;
        for a in page {
            assert!(ids.insert(a["id"].as_str().unwrap().to_string()), "duplicate record");
        }
    }
    assert_eq!(ids.len(), 1000);
    assert_eq!(pages, 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pager_stops_on_a_repeated_page() {
    let h = Harness::new().await;
    h.seed(10).await;
    let page = json!({"accounts": [{"id": "A"}, {"id": "B"}], "pagination": {"records": 1000, "next_page": "more"}})
        .to_string();
    h.fault(json!({"path": "/api/v2/accounts", "kind": "status", "status": 200, "body": page, "times": 5})).await;
    let mut pager = exsited_core::Pager::new(h.client(), "accounts.list", Request::new(), Some(2), None).unwrap();
    let mut n = 0;
    while let Some(p) = pager.next_page().await.unwrap() {
        n += p.len();
    }
    assert_eq!(n, 2, "the repeated page was not returned again");
}

#[tokio::test]
async fn pager_takes_a_callers_limit_and_offset_from_the_query_by_the_list_rule() {
    let h = Harness::new().await;
    h.seed(10).await;
    let request = Request::new().query("limit", " 3 ").query("offset", "4").query("direction", "DESC");
    let mut pager = exsited_core::Pager::new(h.client(), "accounts.list", request, None, None).unwrap();
    let mut sizes = Vec::new();
    while let Some(page) = pager.next_page().await.unwrap() {
        sizes.push(page.len());
    }
    assert_eq!(sizes, vec![3, 3], "limit 3 from offset 4 of 10 accounts");
    for (query, wanted) in [
        (("limit", "-1"), "limit must be a whole number of 0 or more, got \"-1\""),
        (("offset", "x"), "offset must be a whole number of 0 or more, got \"x\""),
        (("limit", "0"), "limit must be between 1 and 1000, got 0"),
        (("limit", "5000000000"), "limit must be between 1 and 1000, got 5000000000"),
        (("direction", "up"), "direction must be asc or desc, got \"up\""),
    ] {
        let request = Request::new().query(query.0, query.1);
        let e = exsited_core::Pager::new(h.client(), "accounts.list", request, None, None).err().expect("refused");
        assert!(e.to_string().contains(wanted), "{query:?}: {e}");
    }
    let long = "9".repeat(100_000);
    let e = exsited_core::Pager::new(
        h.client(),
        "accounts.list",
        Request::new().query("offset", long.as_str()),
        None,
        None,
    )
    .err()
    .expect("refused");
    assert!(e.to_string().len() < 300, "a long value is cut in the message: {} bytes", e.to_string().len());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_answer_comes_back_as_bytes_or_as_text() {
    let h = Harness::new().await;
    let client = h.client();
    let pdf = client.call("invoice.get_invoice_pdf", Request::new().path(["INV-1"])).await.unwrap();
    assert!(pdf.body.is_null());
    let bytes = pdf.raw.expect("a file answer keeps its bytes");
    assert!(bytes.starts_with(b"%PDF-"), "{bytes:?}");
    for (format, text) in [(BinaryFormat::Hex, hex::encode(&bytes)), (BinaryFormat::Base64, b64(&bytes))] {
        let mut request = Request::new().path(["INV-1"]);
        request.binary = format;
        let answer = client.call("invoice.get_invoice_pdf", request).await.unwrap();
        assert_eq!((answer.body, answer.raw), (Value::String(text), None));
    }
}

fn b64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}
