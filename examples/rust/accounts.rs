//! Lists accounts, creates one, reads it back and pages through everything.
//!
//! Runs against the local sandbox by default (`make demo` starts it and sets EXSITED_URL);
//! set EXSITED_URL, EXSITED_CLIENT_ID, EXSITED_CLIENT_SECRET and EXSITED_REDIRECT_URI to
//! run it against a real Exsited server.

use exsited_core::dto::{AccountAnswer, AccountListAnswer};
use exsited_core::{Client, Config, Pager, Request};
use serde_json::json;

fn env(name: &str, default: &str) -> String {
    std::env::var(name).ok().filter(|v| !v.is_empty()).unwrap_or_else(|| default.to_string())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut config = Config::new(
        env("EXSITED_URL", "http://127.0.0.1:8080"),
        env("EXSITED_CLIENT_ID", "sandbox-client"),
        env("EXSITED_CLIENT_SECRET", "sandbox-secret"),
    );
    config.redirect_uri = env("EXSITED_REDIRECT_URI", "https://localhost/callback");
    println!("config: {config:?}");
    let client = Client::new(config)?;

    let page: AccountListAnswer = client.call_blocking("accounts.list", Request::new().query("limit", 5))?.decode()?;
    let accounts = page.accounts.as_ref().map(|a| a.items().to_vec()).unwrap_or_default();
    println!("first page: {} account(s)", accounts.len());
    for a in &accounts {
        println!(
            "  {} {}",
            a.id.as_ref().map(|v| v.to_string()).unwrap_or_default(),
            a.name.as_ref().map(|v| v.to_string()).unwrap_or_default()
        );
    }

    let created: AccountAnswer = client
        .call_blocking(
            "accounts.create",
            Request::new().json(json!({"account": {"name": "Demo Pty Ltd", "email_address": "demo@example.com"}})),
        )?
        .decode()?;
    let account = created.account.as_ref().and_then(|a| a.get()).expect("the answer holds the account");
    let id = account.id.as_ref().map(|v| v.to_string()).unwrap_or_default();
    println!("created account {id} ({})", account.name.as_ref().map(|v| v.to_string()).unwrap_or_default());

    let details = client.call_blocking("accounts.details", Request::new().path([id.as_str()]))?;
    println!(
        "details: status {} email {}",
        details.body["account"]["status"], details.body["account"]["email_address"]
    );

    match client.call_blocking("accounts.details", Request::new().path(["NO-SUCH-ACCOUNT"])) {
        Err(e) => println!("a missing account is a {} error: {e}", e.kind.as_str()),
        Ok(_) => println!("unexpected: found NO-SUCH-ACCOUNT"),
    }

    let mut pager = Pager::new(client.clone(), "accounts.list", Request::new(), Some(50), None)?;
    let mut total = 0;
    while let Some(page) = pager.next_page_blocking()? {
        total += page.len();
    }
    println!("paged through {total} account(s); token requests: {}", client.token_requests());
    Ok(())
}
