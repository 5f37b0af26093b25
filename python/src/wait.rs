//! Blocking waits that Ctrl-C can interrupt.
//!
//! A blocking call runs on the calling thread with the GIL released; Python runs its signal
//! handlers only when it holds the GIL again, so a plain wait would ignore Ctrl-C until the
//! server answered. Here the wait is cut into short slices, and between two slices the GIL
//! is taken back to run the handlers: a `KeyboardInterrupt` (or whatever a handler raises)
//! abandons the call — the core's future is dropped — and is raised to the caller.

use std::future::Future;
use std::time::Duration;

use exsited_core::Error;
use pyo3::prelude::*;

use crate::errors;

/// How long a pending signal may wait to be handled.
const SLICE: Duration = Duration::from_millis(50);

/// Runs `future` to completion on this thread's runtime, GIL released, signals checked
/// between slices.
pub fn wait<T: Send, F>(py: Python<'_>, future: F) -> PyResult<T>
where
    F: Future<Output = Result<T, Error>> + Send,
{
    let outcome = py.allow_threads(|| {
        exsited_core::runtime::block_on_sliced(future, SLICE, || Python::with_gil(|py| py.check_signals()))
    });
    match outcome {
        Ok(Ok(Ok(value))) => Ok(value),
        Ok(Ok(Err(e))) | Err(e) => Err(errors::to_py(py, &e)),
        Ok(Err(interrupted)) => Err(interrupted),
    }
}
