// generated from api/ — do not edit; run `make generate`
//! The account API's routes (mounted under each version): every operation of api/ to its
//! handler.

use axum::routing::{get, post};
use axum::Router;

use super::{accounts, addresses, billing, contacts, emails, extras, image, notes, payment_methods};
use crate::state::SandboxState;

/// Where the account API is mounted: one prefix per API version.
pub(crate) const VERSION_PREFIXES: &[&str] = &["/api/v2", "/api/v3"];

pub(super) fn account_api() -> Router<SandboxState> {
    Router::new()
        .route("/accounts", get(accounts::list).post(accounts::create))
        .route("/accounts/", get(accounts::list).post(accounts::create))
        .route("/accounts/{id}", get(accounts::details).delete(accounts::delete))
        .route("/accounts/{id}/information", get(accounts::information).patch(accounts::update_information))
        .route("/accounts/{id}/cancel", post(accounts::cancel))
        .route("/accounts/{id}/reactivate", post(accounts::reactivate))
        .route("/accounts/{id}/purge", post(accounts::purge))
        .route("/accounts/{id}/contacts", get(contacts::list))
        .route(
            "/accounts/{id}/contacts/{contact_type}",
            get(contacts::details).put(contacts::replace).patch(contacts::modify).delete(contacts::delete),
        )
        .route("/accounts/{id}/addresses", get(addresses::list).post(addresses::add))
        .route(
            "/accounts/{id}/addresses/{uuid}",
            get(addresses::details).patch(addresses::update).delete(addresses::delete),
        )
        .route("/accounts/{id}/payment-methods", get(payment_methods::list).post(payment_methods::add))
        .route(
            "/accounts/{id}/payment-methods/{reference}",
            get(payment_methods::details).patch(payment_methods::update).delete(payment_methods::delete),
        )
        .route("/accounts/{id}/billing-preferences", get(billing::details).put(billing::update))
        .route("/accounts/{id}/notes", get(notes::list).post(notes::add))
        .route("/accounts/{id}/notes/{uuid}", get(notes::details).delete(notes::delete))
        .route("/accounts/{id}/notes/{uuid}/files", get(notes::files).post(notes::add_files))
        .route("/accounts/{id}/notes/{uuid}/files/{file_uuid}", get(notes::file_details).delete(notes::delete_file))
        .route("/accounts/{id}/image", get(image::details).post(image::upload).delete(image::delete))
        .route("/accounts/{id}/communications/emails", post(emails::send).get(emails::list))
        .route("/accounts/{id}/communications/emails/{uuid}", get(emails::details))
        .route("/accounts/financial-summary", get(extras::summary))
        .route("/accounts/{id}/financial-summary", get(extras::account_summary))
        .route("/accounts/{id}/orders/unlinked", get(extras::orders))
        .route("/accounts/{id}/orders/linked", get(extras::orders))
        .route("/accounts/{id}/custom_objects", get(extras::custom_objects))
        .route("/accounts/{id}/custom_objects/{uuid}", get(extras::custom_object))
}
