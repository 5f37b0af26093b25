//! All accounts, in memory, plus seeding.

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use serde_json::json;

use crate::error::{ApiError, ApiResult};
use crate::model::Account;
use crate::util::{account_id, stable_uuid};

/// Seeded accounts are dated from here on, one second apart, so their order is stable.
const SEED_EPOCH: &str = "2024-01-01T00:00:00Z";

/// A live account plus its serialized full JSON (`to_full_json()`), rendered on first use.
///
/// The account is only reachable mutably through [`Store::get_mut`] / [`Entry::account_mut`],
/// which drop the rendering, so a stale one can never be served.
pub struct Entry {
    account: Account,
    full_json: OnceLock<String>,
}

impl Entry {
    fn new(account: Account) -> Entry {
        Entry { account, full_json: OnceLock::new() }
    }

    pub fn account(&self) -> &Account {
        &self.account
    }

    /// The account for changing it; forgets the cached rendering.
    pub fn account_mut(&mut self) -> &mut Account {
        self.full_json.take();
        &mut self.account
    }

    /// Exactly the bytes `serde_json::to_string(&account.to_full_json())` gives.
    pub fn full_json(&self) -> &str {
        self.full_json
            .get_or_init(|| serde_json::to_string(&self.account.to_full_json()).expect("a Value always serializes"))
    }
}

#[derive(Default)]
pub struct Store {
    accounts: HashMap<String, Entry>,
    /// `(seq, id)` of every live account: creation order without sorting per request.
    order: BTreeSet<(u64, String)>,
    /// Deleted accounts: gone from the API, but still purgeable.
    trash: HashMap<String, Account>,
    next_seq: u64,
    seeded: usize,
}

impl Store {
    pub fn clear(&mut self) {
        *self = Store::default();
    }

    pub fn len(&self) -> usize {
        self.accounts.len()
    }

    pub fn next_seq(&mut self) -> u64 {
        self.next_seq += 1;
        self.next_seq
    }

    /// A fresh id that no account has.
    pub fn fresh_id(&self) -> String {
        loop {
            let id = account_id();
            if !self.accounts.contains_key(&id) && !self.trash.contains_key(&id) {
                return id;
            }
        }
    }

    pub fn insert(&mut self, acc: Account) {
        // Replacing an account (ids are fresh, so this does not happen) also replaces its place.
        self.remove_live(&acc.id);
        self.order.insert((acc.seq, acc.id.clone()));
        self.accounts.insert(acc.id.clone(), Entry::new(acc));
    }

    fn remove_live(&mut self, id: &str) -> Option<Account> {
        let entry = self.accounts.remove(id)?;
        self.order.remove(&(entry.account.seq, entry.account.id.clone()));
        Some(entry.account)
    }

    pub fn get(&self, id: &str) -> ApiResult<&Account> {
        self.entry(id).map(Entry::account)
    }

    pub fn entry(&self, id: &str) -> ApiResult<&Entry> {
        self.accounts.get(id).ok_or_else(|| not_found(id))
    }

    /// The account for changing it (this forgets its cached rendering). Its `id` and `seq`
    /// must stay as they are: the creation-order index is keyed on them.
    pub fn get_mut(&mut self, id: &str) -> ApiResult<&mut Account> {
        self.accounts.get_mut(id).map(Entry::account_mut).ok_or_else(|| not_found(id))
    }

    /// DELETE: the account disappears from the API but can still be purged.
    pub fn delete(&mut self, id: &str) -> ApiResult<()> {
        let acc = self.remove_live(id).ok_or_else(|| not_found(id))?;
        self.trash.insert(acc.id.clone(), acc);
        Ok(())
    }

    /// Purge: removes a live or deleted account for good.
    pub fn purge(&mut self, id: &str) -> ApiResult<()> {
        let live = self.remove_live(id).is_some();
        let trashed = self.trash.remove(id).is_some();
        if live || trashed {
            Ok(())
        } else {
            Err(not_found(id))
        }
    }

    /// All accounts in creation order.
    pub fn all(&self) -> Vec<&Account> {
        self.entries().into_iter().map(Entry::account).collect()
    }

    /// All entries in creation order.
    pub fn entries(&self) -> Vec<&Entry> {
        self.order.iter().map(|(_, id)| &self.accounts[id]).collect()
    }

    /// Adds `n` accounts named "Seed Account 0001", ... with ids `SD0001`, ...; returns the ids.
    pub fn seed(&mut self, n: usize, base: &str) -> Vec<String> {
        let epoch = chrono::DateTime::parse_from_rfc3339(SEED_EPOCH).expect("valid epoch");
        let mut ids = Vec::with_capacity(n);
        for _ in 0..n {
            self.seeded += 1;
            let k = self.seeded;
            let id = format!("SD{k:04}");
            let input = json!({
                "name": format!("Seed Account {k:04}"),
                "email_address": format!("seed.account.{k:04}@example.com"),
                "description": format!("Seeded account number {k}"),
            });
            let seq = self.next_seq();
            let mut acc = Account::create(input.as_object().expect("object"), seq, id.clone(), base)
                .expect("seed input is valid");
            acc.uuid = stable_uuid(&format!("seed-account:{k}"));
            acc.created_on = (epoch + chrono::Duration::seconds(k as i64)).format("%Y-%m-%dT%H:%M:%SZ").to_string();
            self.insert(acc);
            ids.push(id);
        }
        ids
    }
}

fn not_found(id: &str) -> ApiError {
    ApiError::not_found(format!("Account '{id}' not found"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeding_is_deterministic_and_ordered() {
        let mut s = Store::default();
        let ids = s.seed(3, "http://h");
        assert_eq!(ids, vec!["SD0001", "SD0002", "SD0003"]);
        let all = s.all();
        assert_eq!(all[0].fields["name"], "Seed Account 0001");
        assert_eq!(all[2].created_on, "2024-01-01T00:00:03Z");
        assert_eq!(s.seed(1, "")[0], "SD0004");
        s.clear();
        assert_eq!(s.len(), 0);
    }
}
