//! All accounts, in memory, plus seeding.

use std::collections::HashMap;

use serde_json::json;

use crate::error::{ApiError, ApiResult};
use crate::model::Account;
use crate::util::{account_id, stable_uuid};

/// Seeded accounts are dated from here on, one second apart, so their order is stable.
const SEED_EPOCH: &str = "2024-01-01T00:00:00Z";

#[derive(Default)]
pub struct Store {
    accounts: HashMap<String, Account>,
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
        self.accounts.insert(acc.id.clone(), acc);
    }

    pub fn get(&self, id: &str) -> ApiResult<&Account> {
        self.accounts.get(id).ok_or_else(|| not_found(id))
    }

    pub fn get_mut(&mut self, id: &str) -> ApiResult<&mut Account> {
        self.accounts.get_mut(id).ok_or_else(|| not_found(id))
    }

    /// DELETE: the account disappears from the API but can still be purged.
    pub fn delete(&mut self, id: &str) -> ApiResult<()> {
        let acc = self.accounts.remove(id).ok_or_else(|| not_found(id))?;
        self.trash.insert(acc.id.clone(), acc);
        Ok(())
    }

    /// Purge: removes a live or deleted account for good.
    pub fn purge(&mut self, id: &str) -> ApiResult<()> {
        let live = self.accounts.remove(id).is_some();
        let trashed = self.trash.remove(id).is_some();
        if live || trashed {
            Ok(())
        } else {
            Err(not_found(id))
        }
    }

    /// All accounts in creation order.
    pub fn all(&self) -> Vec<&Account> {
        let mut v: Vec<&Account> = self.accounts.values().collect();
        v.sort_by_key(|a| a.seq);
        v
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
            self.accounts.insert(id.clone(), acc);
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
