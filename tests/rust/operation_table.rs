// generated from api/ — do not edit; run `make generate`
//! Every operation of api/ once through the core to the sandbox, with sample path values
//! and the least input its rules accept: the sandbox must receive that verb on that path
//! (a route exists, the core builds the URL the description gives).

mod common;

use common::Harness;
use exsited_core::{Request, OPERATIONS};

struct Case {
    operation: &'static str,
    path: &'static [&'static str],
    json: bool,
    texts: &'static [&'static str],
    files: &'static [(&'static str, usize)],
    sent: &'static str,
}

const CASES: [Case; 46] = [
    Case { operation: "accounts.list", path: &[], json: false, texts: &[], files: &[], sent: "GET /api/v2/accounts" },
    Case {
        operation: "accounts.details",
        path: &["id-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v3/accounts/id-1",
    },
    Case {
        operation: "accounts.information",
        path: &["id-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v3/accounts/id-1/information",
    },
    Case { operation: "accounts.create", path: &[], json: true, texts: &[], files: &[], sent: "POST /api/v2/accounts" },
    Case {
        operation: "accounts.update_information",
        path: &["id-1"],
        json: true,
        texts: &[],
        files: &[],
        sent: "PATCH /api/v3/accounts/id-1/information",
    },
    Case {
        operation: "accounts.delete",
        path: &["id-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "DELETE /api/v3/accounts/id-1",
    },
    Case {
        operation: "accounts.cancel",
        path: &["id-1"],
        json: true,
        texts: &[],
        files: &[],
        sent: "POST /api/v3/accounts/id-1/cancel",
    },
    Case {
        operation: "accounts.reactivate",
        path: &["id-1"],
        json: true,
        texts: &[],
        files: &[],
        sent: "POST /api/v2/accounts/id-1/reactivate",
    },
    Case {
        operation: "accounts.purge",
        path: &["id-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "POST /api/v3/accounts/id-1/purge",
    },
    Case {
        operation: "contacts.list",
        path: &["id-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v3/accounts/id-1/contacts",
    },
    Case {
        operation: "contacts.details",
        path: &["id-1", "contact_type-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v3/accounts/id-1/contacts/contact_type-1",
    },
    Case {
        operation: "contacts.replace",
        path: &["id-1", "contact_type-1"],
        json: true,
        texts: &[],
        files: &[],
        sent: "PUT /api/v2/accounts/id-1/contacts/contact_type-1",
    },
    Case {
        operation: "contacts.modify",
        path: &["id-1", "contact_type-1"],
        json: true,
        texts: &[],
        files: &[],
        sent: "PATCH /api/v3/accounts/id-1/contacts/contact_type-1",
    },
    Case {
        operation: "contacts.delete",
        path: &["id-1", "contact_type-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "DELETE /api/v3/accounts/id-1/contacts/contact_type-1",
    },
    Case {
        operation: "addresses.list",
        path: &["id-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v3/accounts/id-1/addresses",
    },
    Case {
        operation: "addresses.details",
        path: &["id-1", "uuid-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v3/accounts/id-1/addresses/uuid-1",
    },
    Case {
        operation: "addresses.add",
        path: &["id-1"],
        json: true,
        texts: &[],
        files: &[],
        sent: "POST /api/v3/accounts/id-1/addresses",
    },
    Case {
        operation: "addresses.update",
        path: &["id-1", "uuid-1"],
        json: true,
        texts: &[],
        files: &[],
        sent: "PATCH /api/v3/accounts/id-1/addresses/uuid-1",
    },
    Case {
        operation: "addresses.delete",
        path: &["id-1", "uuid-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "DELETE /api/v3/accounts/id-1/addresses/uuid-1",
    },
    Case {
        operation: "payment_methods.list",
        path: &["id-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v2/accounts/id-1/payment-methods",
    },
    Case {
        operation: "payment_methods.details",
        path: &["id-1", "reference-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v2/accounts/id-1/payment-methods/reference-1",
    },
    Case {
        operation: "payment_methods.add",
        path: &["id-1"],
        json: true,
        texts: &[],
        files: &[],
        sent: "POST /api/v2/accounts/id-1/payment-methods",
    },
    Case {
        operation: "payment_methods.update",
        path: &["id-1", "reference-1"],
        json: true,
        texts: &[],
        files: &[],
        sent: "PATCH /api/v3/accounts/id-1/payment-methods/reference-1",
    },
    Case {
        operation: "payment_methods.delete",
        path: &["id-1", "reference-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "DELETE /api/v2/accounts/id-1/payment-methods/reference-1",
    },
    Case {
        operation: "billing_preferences.details",
        path: &["id-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v3/accounts/id-1/billing-preferences",
    },
    Case {
        operation: "billing_preferences.update",
        path: &["id-1"],
        json: true,
        texts: &[],
        files: &[],
        sent: "PUT /api/v3/accounts/id-1/billing-preferences",
    },
    Case {
        operation: "notes.list",
        path: &["id-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v3/accounts/id-1/notes",
    },
    Case {
        operation: "notes.details",
        path: &["id-1", "uuid-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v3/accounts/id-1/notes/uuid-1",
    },
    Case {
        operation: "notes.add",
        path: &["id-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "POST /api/v3/accounts/id-1/notes",
    },
    Case {
        operation: "notes.delete",
        path: &["id-1", "uuid-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "DELETE /api/v3/accounts/id-1/notes/uuid-1",
    },
    Case {
        operation: "notes.files",
        path: &["id-1", "uuid-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v3/accounts/id-1/notes/uuid-1/files",
    },
    Case {
        operation: "notes.file_details",
        path: &["id-1", "uuid-1", "file_uuid-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v3/accounts/id-1/notes/uuid-1/files/file_uuid-1",
    },
    Case {
        operation: "notes.add_files",
        path: &["id-1", "uuid-1"],
        json: false,
        texts: &[],
        files: &[("file", 1)],
        sent: "POST /api/v3/accounts/id-1/notes/uuid-1/files",
    },
    Case {
        operation: "notes.delete_file",
        path: &["id-1", "uuid-1", "file_uuid-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "DELETE /api/v3/accounts/id-1/notes/uuid-1/files/file_uuid-1",
    },
    Case {
        operation: "image.details",
        path: &["id-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v3/accounts/id-1/image",
    },
    Case {
        operation: "image.add",
        path: &["id-1"],
        json: false,
        texts: &[],
        files: &[("image", 1)],
        sent: "POST /api/v3/accounts/id-1/image",
    },
    Case {
        operation: "image.delete",
        path: &["id-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "DELETE /api/v3/accounts/id-1/image",
    },
    Case {
        operation: "emails.send",
        path: &["id-1"],
        json: false,
        texts: &["to"],
        files: &[],
        sent: "POST /api/v3/accounts/id-1/communications/emails",
    },
    Case {
        operation: "emails.list",
        path: &["id-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v3/accounts/id-1/communications/emails",
    },
    Case {
        operation: "emails.details",
        path: &["id-1", "uuid-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v3/accounts/id-1/communications/emails/uuid-1",
    },
    Case {
        operation: "financial_summary.all",
        path: &[],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v2/accounts/financial-summary",
    },
    Case {
        operation: "financial_summary.account",
        path: &["id-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v2/accounts/id-1/financial-summary",
    },
    Case {
        operation: "orders.unlinked",
        path: &["id-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v3/accounts/id-1/orders/unlinked",
    },
    Case {
        operation: "orders.linked",
        path: &["id-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v3/accounts/id-1/orders/linked",
    },
    Case {
        operation: "custom_objects.list",
        path: &["id-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v3/accounts/id-1/custom_objects",
    },
    Case {
        operation: "custom_objects.details",
        path: &["id-1", "uuid-1"],
        json: false,
        texts: &[],
        files: &[],
        sent: "GET /api/v3/accounts/id-1/custom_objects/uuid-1",
    },
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_reaches_its_route() {
    assert_eq!(CASES.len(), OPERATIONS.len());
    let h = Harness::new().await;
    let client = h.client();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sample.png");
    std::fs::write(&file, b"\x89PNG\r\n\x1a\nsample").unwrap();
    for case in &CASES {
        let mut request = Request::new().path(case.path.iter().copied());
        if case.json {
            request = request.json(serde_json::json!({}));
        }
        for name in case.texts {
            request = request.text_part(*name, "sample@example.com");
        }
        for (name, count) in case.files {
            for _ in 0..*count {
                request = request.file_part(*name, &file);
            }
        }
        h.clear_requests().await;
        // The answer may be an error (the sample ids do not exist); the route must not be.
        if let Err(e) = client.call(case.operation, request).await {
            assert!(e.status != Some(405) && !e.message.contains("No route"), "{}: {e}", case.operation);
        }
        let seen = h.last_request().await;
        let sent = format!("{} {}", seen["method"].as_str().unwrap_or(""), seen["path"].as_str().unwrap_or(""));
        assert_eq!(sent, case.sent, "{}", case.operation);
    }
}
