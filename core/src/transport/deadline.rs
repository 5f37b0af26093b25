//! The call's deadline (`Config::deadline`): one bound on everything a call does (token,
//! attempts, backoff waits, the 401 replay). It is set for the task running the call, so
//! every attempt and wait below it (the token request too) can stop at the same moment.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

use crate::error::{Error, ErrorKind, Result};

tokio::task_local! {
    static DEADLINE: (Instant, Duration);
}

/// Runs `call` under a deadline of `limit` from now (no bound when `None`); a call still
/// running then is stopped and fails with a timeout error.
pub async fn within<T>(limit: Option<Duration>, call: impl Future<Output = Result<T>>) -> Result<T> {
    let Some(limit) = limit else {
        return call.await;
    };
    let at = Instant::now() + limit;
    DEADLINE
        .scope((at, limit), async move {
            match tokio::time::timeout_at(at, call).await {
                Ok(result) => result,
                Err(_) => Err(passed(limit)),
            }
        })
        .await
}

/// When the current call must be over, if it has a deadline.
pub fn current() -> Option<(Instant, Duration)> {
    DEADLINE.try_with(|d| *d).ok()
}

/// The error of a call stopped by its deadline.
pub fn passed(limit: Duration) -> Error {
    Error::new(
        ErrorKind::Timeout,
        format!(
            "the call did not complete within its deadline of {:.3} s (retries and waits included)",
            limit.as_secs_f64()
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn stops_a_call_at_its_deadline() {
        let started = Instant::now();
        let r: Result<()> = within(Some(Duration::from_millis(50)), async {
            assert!(current().is_some());
            tokio::time::sleep(Duration::from_secs(5)).await;
            Ok(())
        })
        .await;
        assert_eq!(r.unwrap_err().kind, ErrorKind::Timeout);
        assert!(started.elapsed() < Duration::from_millis(500));
        assert!(current().is_none());
        assert_eq!(within(None, async { Ok(7) }).await.unwrap(), 7);
    }
}
