//! Noticing a server that closes its connections right after answering without saying so,
//! and then not reusing connections to it for a while.
//!
//! A server that does not keep connections open must announce it (`Connection: close`,
//! RFC 9112 section 9.6). One that closes silently turns every pooled connection into a trap:
//! its close may still be on the way when the next request is written, which the check
//! before reuse cannot see, and a create written there fails in a way that cannot be told
//! from a server that acted on it (so it is not sent again). When a blocking call finds that
//! the connection its thread was answered on last has been replaced, soon after an answer
//! that announced no close, the transport stops reusing connections for `PAUSE`: each
//! request then has a connection of its own, as with a client without a pool. Blocking calls
//! only: each thread has its own pool and makes one request at a time, so "the connection
//! of my last answer" is well defined; the async pool is shared by concurrent calls.

use std::cell::Cell;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use reqwest::header::{HeaderMap, CONNECTION};

/// A replaced connection counts when the request came this soon after the last answer (and
/// within half the pool's idle timeout, when that is shorter, so that our own pool letting an
/// idle connection go never counts): servers' idle timeouts are seconds.
const SOON: Duration = Duration::from_secs(1);

/// How long connections are not reused after a silent close; then they are tried again.
pub const PAUSE: Duration = Duration::from_secs(60);

/// The connection a thread's last blocking attempt was answered on.
#[derive(Clone, Copy)]
pub struct Answered {
    /// Which transport (`Transport::id`): a thread may use several clients.
    transport: u64,
    local: SocketAddr,
    at: Instant,
    /// The answer said the connection ends (`Connection: close`, or HTTP/1.0).
    announced: bool,
}

thread_local! {
    static LAST: Cell<Option<Answered>> = const { Cell::new(None) };
}

/// Takes the thread's last answered connection (an attempt that does not end with an answer
/// leaves none, so a connection dropped by a failure or a cancelled call never counts).
pub fn take_last() -> Option<Answered> {
    LAST.with(Cell::take)
}

/// Remembers the connection this thread was just answered on. HTTP/1 only: an HTTP/2 server
/// ends a connection with GOAWAY, which names the last request it took, so a silent close is
/// an HTTP/1 matter (and a multiplexed connection is not one thread's).
pub fn remember(transport: u64, local: Option<SocketAddr>, version: reqwest::Version, headers: &HeaderMap) {
    let Some(local) = local.filter(|_| version <= reqwest::Version::HTTP_11) else { return };
    let announced = version < reqwest::Version::HTTP_11
        || headers
            .get_all(CONNECTION)
            .iter()
            .any(|v| v.to_str().is_ok_and(|v| v.split(',').any(|token| token.trim().eq_ignore_ascii_case("close"))));
    LAST.with(|last| last.set(Some(Answered { transport, local, at: Instant::now(), announced })));
}

/// Whether pooled connections may be reused, and since when they may not.
pub struct Reuse {
    paused: AtomicBool,
    until: Mutex<Option<Instant>>,
    soon: Duration,
}

impl Reuse {
    pub fn new(pool_idle_timeout: Duration) -> Reuse {
        Reuse { paused: AtomicBool::new(false), until: Mutex::new(None), soon: SOON.min(pool_idle_timeout / 2) }
    }

    /// Whether connections may be reused now, and whether a pause just ended (the pools
    /// made during it hold no connections and are to be replaced).
    pub fn allowed(&self) -> (bool, bool) {
        if !self.paused.load(Ordering::Relaxed) {
            return (true, false);
        }
        let mut until = self.until.lock().unwrap_or_else(|p| p.into_inner());
        if until.is_some_and(|at| Instant::now() >= at) {
            *until = None;
            self.paused.store(false, Ordering::Relaxed);
            return (true, true);
        }
        (false, false)
    }

    /// Whether an attempt sent at `sent` shows a silent close, and if so pauses reuse: the
    /// thread's previous answer (`previous`) came on this transport soon before, announced no
    /// close, and its connection was then replaced (the attempt was answered on another one,
    /// `local`) or broke under the request (`local` None). A connection that breaks under a
    /// request may also be a server that crashed; not reusing connections for a while costs
    /// nothing then.
    pub fn check(&self, transport: u64, previous: Option<Answered>, local: Option<SocketAddr>, sent: Instant) -> bool {
        let Some(previous) = previous.filter(|p| p.transport == transport && !p.announced) else { return false };
        if local == Some(previous.local)
            || sent.saturating_duration_since(previous.at) >= self.soon
            || self.paused.load(Ordering::Relaxed)
        {
            return false;
        }
        *self.until.lock().unwrap_or_else(|p| p.into_inner()) = Some(Instant::now() + PAUSE);
        self.paused.store(true, Ordering::Relaxed);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answered(transport: u64, port: u16, ago: Duration, announced: bool) -> Option<Answered> {
        let local = SocketAddr::from(([127, 0, 0, 1], port));
        Some(Answered { transport, local, at: Instant::now() - ago, announced })
    }

    fn at(port: u16) -> Option<SocketAddr> {
        Some(SocketAddr::from(([127, 0, 0, 1], port)))
    }

    #[test]
    fn only_a_silent_close_soon_after_an_answer_pauses_reuse() {
        let now = Instant::now();
        let short = Duration::from_millis(5);
        // The same connection again, another transport's, an announced close, a close long
        // after the answer, no answer before: none counts.
        for (previous, local) in [
            (answered(1, 40000, short, false), at(40000)),
            (answered(2, 40000, short, false), at(40001)),
            (answered(1, 40000, short, true), at(40001)),
            (answered(1, 40000, Duration::from_secs(5), false), at(40001)),
            (None, at(40001)),
        ] {
            let reuse = Reuse::new(Duration::from_secs(20));
            assert!(!reuse.check(1, previous, local, now));
            assert_eq!(reuse.allowed(), (true, false));
        }
        // A replaced connection, or one that broke under the request.
        for local in [at(40001), None] {
            let reuse = Reuse::new(Duration::from_secs(20));
            assert!(reuse.check(1, answered(1, 40000, short, false), local, now));
            assert_eq!(reuse.allowed(), (false, false));
        }
        let reuse = Reuse::new(Duration::from_secs(20));
        assert!(reuse.check(1, answered(1, 40000, short, false), at(40001), now));
        // The pause ends on its own.
        *reuse.until.lock().unwrap() = Some(Instant::now() - Duration::from_millis(1));
        assert_eq!(reuse.allowed(), (true, true));
        assert_eq!(reuse.allowed(), (true, false));
    }

    #[test]
    fn our_own_short_idle_timeout_never_counts() {
        // With the pool letting connections go after 100 ms, a new connection 60 ms after
        // an answer is not taken for the server's doing.
        let reuse = Reuse::new(Duration::from_millis(100));
        assert!(!reuse.check(1, answered(1, 40000, Duration::from_millis(60), false), at(40001), Instant::now()));
        assert!(reuse.check(1, answered(1, 40000, Duration::from_millis(10), false), at(40001), Instant::now()));
    }
}
