//! The shared-token protocol against an in-memory backend that can be made to fail or stall.
//! (The Redis backend itself is tested against a real redis-server in tests/rust/token_store.rs.)

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use super::*;

#[derive(Default)]
struct Memory {
    entry: Mutex<Option<StoredToken>>,
    lock: Mutex<Option<String>>,
    broken: AtomicBool,
    stalled: AtomicBool,
    ops: AtomicU32,
}

#[derive(Clone, Default)]
struct Fake(Arc<Memory>);

impl Fake {
    async fn gate(&self) -> StoreResult<()> {
        self.0.ops.fetch_add(1, Ordering::SeqCst);
        if self.0.stalled.load(Ordering::SeqCst) {
            tokio::time::sleep(Duration::from_secs(30)).await;
        }
        if self.0.broken.load(Ordering::SeqCst) {
            return Err(StoreError("connection refused".into()));
        }
        Ok(())
    }
}

impl TokenBackend for Fake {
    async fn get(&self) -> StoreResult<Option<StoredToken>> {
        self.gate().await?;
        Ok(self.0.entry.lock().unwrap().clone())
    }
    async fn put(&self, token: &StoredToken, _ttl: Option<Duration>) -> StoreResult<()> {
        self.gate().await?;
        *self.0.entry.lock().unwrap() = Some(token.clone());
        Ok(())
    }
    async fn try_lock(&self, holder: &str, _lease: Duration) -> StoreResult<bool> {
        self.gate().await?;
        let mut l = self.0.lock.lock().unwrap();
        if l.is_some() {
            return Ok(false);
        }
        *l = Some(holder.to_string());
        Ok(true)
    }
    async fn unlock(&self, holder: &str) -> StoreResult<()> {
        self.gate().await?;
        let mut l = self.0.lock.lock().unwrap();
        if l.as_deref() == Some(holder) {
            *l = None;
        }
        Ok(())
    }
    async fn remove_if(&self, access_token: &str) -> StoreResult<bool> {
        self.gate().await?;
        let mut e = self.0.entry.lock().unwrap();
        if e.as_ref().is_some_and(|t| t.access_token == access_token) {
            *e = None;
            return Ok(true);
        }
        Ok(false)
    }
    fn describe(&self) -> String {
        "memory".into()
    }
}

fn token(n: u32) -> TokenSet {
    TokenSet {
        access_token: Secret::new(format!("access-token-{n}")),
        refresh_token: None,
        expires_at: Some(now_unix() + 3600),
        lifetime: Some(3600),
    }
}

fn shared(fake: &Fake) -> SharedTokens<Fake> {
    SharedTokens::new(fake.clone(), Timing { retry_after: Duration::from_millis(300), ..Timing::default() })
}

const WAIT: Duration = Duration::from_secs(2);

#[tokio::test]
async fn eight_callers_one_fetch() {
    let fake = Fake::default();
    let stores: Vec<_> = (0..8).map(|_| Arc::new(shared(&fake))).collect();
    let fetches = Arc::new(AtomicU32::new(0));
    let mut tasks = Vec::new();
    for s in stores {
        let fetches = fetches.clone();
        tasks.push(tokio::spawn(async move {
            s.obtain(None, None, WAIT, Duration::from_secs(1), |_| async move {
                fetches.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(50)).await;
                Ok(token(1))
            })
            .await
        }));
    }
    for t in tasks {
        let got = t.await.unwrap().expect("the store helped").unwrap();
        assert_eq!(got.access_token.expose(), "access-token-1");
    }
    assert_eq!(fetches.load(Ordering::SeqCst), 1);
    assert!(fake.0.lock.lock().unwrap().is_none(), "the lock is released");
}

#[tokio::test]
async fn invalidation_is_compare_and_delete() {
    let fake = Fake::default();
    let s = shared(&fake);
    let first = s.obtain(None, None, WAIT, WAIT, |_| async { Ok(token(1)) }).await.unwrap().unwrap();
    // The first of N processes that saw the revocation removes the entry and fetches anew...
    s.invalidate(first.access_token.expose()).await;
    let second = s.obtain(Some("access-token-1"), None, WAIT, WAIT, |_| async { Ok(token(2)) }).await.unwrap().unwrap();
    assert_eq!(second.access_token.expose(), "access-token-2");
    // ...the others, late with the same old token, leave the new one alone and take it.
    s.invalidate("access-token-1").await;
    let third = s
        .obtain(Some("access-token-1"), None, WAIT, WAIT, |_| async { panic!("must not fetch") })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(third.access_token.expose(), "access-token-2");
}

#[tokio::test]
async fn a_refused_token_still_in_the_store_is_not_taken_back() {
    let fake = Fake::default();
    let s = shared(&fake);
    s.obtain(None, None, WAIT, WAIT, |_| async { Ok(token(1)) }).await.unwrap().unwrap();
    // The compare-and-delete did not happen (say the store blinked): the refused token is
    // still there, and must be replaced rather than handed out again.
    let got = s.obtain(Some("access-token-1"), None, WAIT, WAIT, |_| async { Ok(token(2)) }).await.unwrap().unwrap();
    assert_eq!(got.access_token.expose(), "access-token-2");
    assert_eq!(fake.0.entry.lock().unwrap().as_ref().unwrap().access_token, "access-token-2");
}

#[tokio::test]
async fn broken_store_falls_back_then_is_retried_later() {
    let fake = Fake::default();
    let s = shared(&fake);
    fake.0.broken.store(true, Ordering::SeqCst);
    assert!(s.obtain(None, None, WAIT, WAIT, |_| async { Ok(token(1)) }).await.is_none());
    let ops = fake.0.ops.load(Ordering::SeqCst);
    // While it is left alone, nobody asks it.
    assert!(s.obtain(None, None, WAIT, WAIT, |_| async { Ok(token(1)) }).await.is_none());
    s.invalidate("x").await;
    assert_eq!(fake.0.ops.load(Ordering::SeqCst), ops);
    fake.0.broken.store(false, Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(350)).await;
    let got = s.obtain(None, None, WAIT, WAIT, |_| async { Ok(token(3)) }).await.unwrap().unwrap();
    assert_eq!(got.access_token.expose(), "access-token-3");
}

#[tokio::test]
async fn a_stalled_store_costs_at_most_one_bounded_wait() {
    let fake = Fake::default();
    let s = shared(&fake);
    fake.0.stalled.store(true, Ordering::SeqCst);
    let t0 = Instant::now();
    assert!(s.obtain(None, None, WAIT, WAIT, |_| async { Ok(token(1)) }).await.is_none());
    let took = t0.elapsed();
    assert!(took >= Duration::from_millis(200) && took < Duration::from_millis(450), "took {took:?}");
    let t0 = Instant::now();
    s.invalidate("x").await;
    assert!(t0.elapsed() < Duration::from_millis(20), "left alone after the failure");
}

#[tokio::test]
async fn a_holder_that_never_writes_makes_the_waiter_fall_back_within_its_wait() {
    let fake = Fake::default();
    *fake.0.lock.lock().unwrap() = Some("someone-else".into());
    let s = shared(&fake);
    let t0 = Instant::now();
    let got = s.obtain(None, None, Duration::from_millis(300), WAIT, |_| async { Ok(token(1)) }).await;
    assert!(got.is_none());
    let took = t0.elapsed();
    assert!(took < Duration::from_millis(450), "took {took:?}");
}

#[test]
fn fingerprint_depends_on_all_three_and_hides_them() {
    let s = Secret::new("top-secret-value");
    let a = fingerprint("https://x.example/", "id", &s);
    assert_eq!(a, fingerprint("https://x.example", "id", &s));
    assert_ne!(a, fingerprint("https://y.example", "id", &s));
    assert_ne!(a, fingerprint("https://x.example", "id2", &s));
    assert_ne!(a, fingerprint("https://x.example", "id", &Secret::new("other-secret")));
    assert_eq!(a.len(), 32);
}

#[test]
fn lease_is_shorter_than_the_call_timeout() {
    assert_eq!(lease_for(Duration::from_secs(30)), Duration::from_secs(15));
    assert!(lease_for(Duration::from_secs(1)) < Duration::from_secs(1));
    assert_eq!(lease_for(Duration::from_secs(600)), Duration::from_secs(15));
}
