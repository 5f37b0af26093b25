//! Property test of answer decoding: generated bodies (random bytes, random JSON, and JSON
//! shaped like the API's answers with wrong types in every place) never panic, and every
//! failure is a Decode error (or, for error statuses, the status's own kind).
//! PROPTEST_CASES overrides the number of cases (default 40,000 per property, 120,000 in all).

use exsited_core::client::finish;
use exsited_core::dto::Answer;
use exsited_core::ops::{AnswerKind, OPERATIONS};
use exsited_core::ErrorKind;
use proptest::prelude::*;
use serde_json::{json, Map, Value};

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(40_000)
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        ".{0,12}".prop_map(Value::String),
        Just(json!("NULL")),
        Just(json!("")),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Keys the DTOs know, so generated values land on typed fields, plus random ones.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "account",
            "accounts",
            "pagination",
            "name",
            "id",
            "uuid",
            "email_address",
            "currency",
            "tax",
            "addresses",
            "contacts",
            "payment_methods",
            "payment_method",
            "billing_preferences",
            "notes",
            "note",
            "files",
            "file",
            "specified_orders",
            "processor",
            "records",
            "next_page",
            "custom_objects",
            "kpis",
            "event_uuid",
            "emails",
            "email",
            "isDefaultBilling",
            "phone",
            "salutation",
            "orders",
            "financial_summary",
            "communication",
        ])
        .prop_map(str::to_string),
        "[a-z_]{1,8}",
    ]
}

const KINDS: [AnswerKind; 24] = [
    AnswerKind::Account,
    AnswerKind::AccountList,
    AnswerKind::AccountCancel,
    AnswerKind::Empty,
    AnswerKind::Contacts,
    AnswerKind::Contact,
    AnswerKind::Addresses,
    AnswerKind::Address,
    AnswerKind::PaymentMethods,
    AnswerKind::PaymentMethod,
    AnswerKind::BillingPreferences,
    AnswerKind::Notes,
    AnswerKind::Note,
    AnswerKind::NoteFiles,
    AnswerKind::NoteFile,
    AnswerKind::Image,
    AnswerKind::Email,
    AnswerKind::Emails,
    AnswerKind::FinancialSummary,
    AnswerKind::Orders,
    AnswerKind::CustomObjects,
    AnswerKind::CustomObject,
    AnswerKind::Json,
    AnswerKind::Binary,
];

/// Decodes like a call does: status + bytes → Response → typed Answer.
fn check(status: u16, body: &[u8], kind: AnswerKind) -> Result<(), TestCaseError> {
    match finish(status, None, body, None) {
        Ok(resp) => {
            if let Err(e) = Answer::decode(kind, &resp.body) {
                prop_assert_eq!(e.kind, ErrorKind::Decode, "{}", e.message);
            }
        }
        Err(e) => {
            let expected =
                if (200..300).contains(&status) { ErrorKind::Decode } else { ErrorKind::from_status(status) };
            prop_assert_eq!(e.kind, expected, "{}", e.message);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(body in prop::collection::vec(any::<u8>(), 0..256), k in 0usize..24, status in prop::sample::select(vec![200u16, 201, 204, 400, 404, 429, 500, 503])) {
        check(status, &body, KINDS[k])?;
    }

    #[test]
    fn random_json_never_panics(v in any_json(), k in 0usize..24) {
        let bytes = serde_json::to_vec(&v).unwrap();
        check(200, &bytes, KINDS[k])?;
        // Whatever decoded re-encodes without loss of the keys it had.
        if let (Ok(resp), true) = (finish(200, None, &bytes, None), v.is_object()) {
            if let Ok(Answer::Account(a)) = Answer::decode(AnswerKind::Account, &resp.body) {
                prop_assert_eq!(serde_json::to_value(&a).unwrap(), v);
            }
        }
    }

    #[test]
    fn api_shaped_json_with_wrong_types(inner in any_json(), list in prop::collection::vec(any_json(), 0..4), k in 0usize..24) {
        let bodies = [
            json!({"account": inner.clone()}),
            json!({"accounts": list.clone(), "pagination": inner.clone()}),
            json!({"account": {"notes": list.clone(), "note": inner.clone(), "pagination": inner.clone()}}),
            json!({"account": {"payment_methods": [{"specified_orders": inner.clone(), "processor": inner.clone()}]}}),
            json!({"account": {"addresses": inner.clone(), "contacts": list.clone(), "currency": inner.clone(), "billing_preferences": inner.clone()}}),
        ];
        for b in bodies {
            check(200, &serde_json::to_vec(&b).unwrap(), KINDS[k])?;
        }
    }
}

#[test]
fn every_operation_has_an_answer_kind_covered_here() {
    for op in OPERATIONS.iter() {
        assert!(KINDS.contains(&op.answer), "{}", op.name);
    }
}
