//! How a request asks its connection task to close the connection without answering (the
//! `drop`, `drop_after` and `reset` faults); the server owns the connection, the pipeline
//! pulls the trigger.

use std::sync::atomic::{AtomicBool, Ordering};

use tokio::sync::Notify;

/// How a request asks its connection task to close the connection without answering.
#[derive(Default)]
pub struct Abort {
    pub(crate) notify: Notify,
    pub(crate) reset: AtomicBool,
}

impl Abort {
    /// Close the connection; with `reset`, as a TCP reset (RST) instead of an orderly FIN.
    pub fn trigger(&self, reset: bool) {
        self.reset.store(reset, Ordering::SeqCst);
        self.notify.notify_one();
    }
}
