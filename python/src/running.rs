//! An async operation running on the core's runtime, as Python holds it: cancelling the
//! awaiting asyncio task aborts the operation (its request is abandoned, its connection
//! closed), instead of letting it run on to an answer nobody awaits.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use pyo3::prelude::*;
use tokio::task::AbortHandle;

#[pyclass(frozen, module = "exsited._native")]
pub struct Running {
    handle: AbortHandle,
}

impl Running {
    pub fn new(handle: AbortHandle) -> Running {
        Running { handle }
    }
}

#[pymethods]
impl Running {
    /// Stops the operation if it is still running (nothing happens otherwise).
    fn abort(&self) {
        self.handle.abort();
    }

    /// Whether the operation has finished, or stopped after `abort`.
    fn done(&self) -> bool {
        self.handle.is_finished()
    }
}

/// Counts one running operation in a client's counter until dropped — when the operation
/// finishes or, aborted, when its future is dropped.
pub struct InFlight(Arc<AtomicUsize>);

impl InFlight {
    pub fn start(counter: &Arc<AtomicUsize>) -> InFlight {
        counter.fetch_add(1, Ordering::Relaxed);
        InFlight(counter.clone())
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}
