use super::common::Pagination;
use super::lenient::{Many, Obj, Text};
use crate::dto;

dto! {
    pub struct Email {
        uuid: Text,
        from: Text,
        to: Text,
        cc: Text,
        bcc: Text,
        subject: Text,
        body: Text,
        status: Text,
        attachments: serde_json::Value,
        created_by: Text,
        created_on: Text
    }
}

dto! {
    pub struct EmailsAnswer { account: serde_json::Value, email: Obj<Email>, emails: Many<Email>, pagination: Obj<Pagination> }
}
