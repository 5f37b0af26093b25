//! Runtimes: a multi-threaded one for async callers, shared by the process, and one small
//! runtime per thread for blocking calls. All are created on first use (never at library
//! load) and created again in a forked child, whose copies have no threads behind them.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use tokio::runtime::Runtime;

use crate::error::{Error, Result};

static RUNTIME: Mutex<Option<(u32, Arc<Runtime>)>> = Mutex::new(None);

/// This process's id, remembered (asking the kernel is a system call, and several places
/// compare it on every call); forgotten in a forked child, which asks again.
static PID: AtomicU32 = AtomicU32::new(0);

/// The current process id, cheap enough to compare on every call.
pub fn current_pid() -> u32 {
    let known = PID.load(Ordering::Relaxed);
    if known != 0 {
        return known;
    }
    #[cfg(unix)]
    {
        static AT_FORK: std::sync::Once = std::sync::Once::new();
        extern "C" fn forget_pid() {
            PID.store(0, Ordering::Relaxed);
        }
        // SAFETY: registers a handler that only stores to an atomic (async-signal-safe).
        AT_FORK.call_once(|| unsafe {
            libc::pthread_atfork(None, None, Some(forget_pid));
        });
    }
    let pid = std::process::id();
    PID.store(pid, Ordering::Relaxed);
    pid
}

/// A value that belongs to one process, kept in `slot` with the pid that made it. In a
/// forked child the inherited value is leaked, not dropped (its threads or sockets belong to
/// the parent; dropping would wait for them or close them under it), and a new one is made.
pub(crate) fn for_this_process<T: Clone>(slot: &mut Option<(u32, T)>, make: impl FnOnce() -> Result<T>) -> Result<T> {
    let pid = current_pid();
    if let Some((owner, value)) = slot.as_ref() {
        if *owner == pid {
            return Ok(value.clone());
        }
    }
    if let Some((_, inherited)) = slot.take() {
        std::mem::forget(inherited);
    }
    let value = make()?;
    *slot = Some((pid, value.clone()));
    Ok(value)
}

/// The runtime of this process, building it if this process has none yet.
pub fn runtime() -> Result<Arc<Runtime>> {
    let mut slot = RUNTIME.lock().unwrap_or_else(|p| p.into_inner());
    for_this_process(&mut slot, || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .thread_name("exsited-rt")
            .build()
            .map_err(|e| Error::config(format!("could not start the I/O runtime: {e}")))?;
        Ok(Arc::new(rt))
    })
}

thread_local! {
    /// This thread's runtime for blocking calls, with the pid it was made in.
    static LOCAL: RefCell<Option<(u32, Rc<Runtime>)>> = const { RefCell::new(None) };
}

/// The calling thread's own single-threaded runtime, for blocking calls: the request, its
/// connection and the answer are all driven on this thread, with no hand-off to a worker
/// thread and back (which costs more than the request itself on loopback).
fn local_runtime() -> Result<Rc<Runtime>> {
    LOCAL.with(|slot| {
        for_this_process(&mut slot.borrow_mut(), || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| Error::config(format!("could not start the I/O runtime: {e}")))?;
            Ok(Rc::new(rt))
        })
    })
}

/// This thread's runtime for a blocking call; refused (instead of a panic) inside an async
/// context, where blocking would stall the caller's own runtime.
fn blocking_runtime() -> Result<Rc<Runtime>> {
    if tokio::runtime::Handle::try_current().is_ok() {
        return Err(Error::usage(
            "a blocking Exsited call was made from inside an async runtime; use the async API there",
        ));
    }
    local_runtime()
}

/// Runs a future to completion from synchronous code (the bindings' entry point), on the
/// calling thread. Refuses, instead of panicking, when called from inside an async context.
pub fn block_on<F: Future>(future: F) -> Result<F::Output> {
    let rt = blocking_runtime()?;
    // On the heap: a call's future is large in debug builds and the caller's thread may
    // have a small stack (test threads, some Python and PHP threads).
    Ok(rt.block_on(Box::pin(future)))
}

/// Like [`block_on`], but the wait is cut into slices of `slice`: after each slice that did
/// not finish the future, `between` runs (outside the runtime, so it may itself make a
/// blocking call); when it returns an error the future is dropped, which abandons the call
/// (its connection is closed, nothing is left half-done in the client), and the error is
/// returned. The bindings use it to let a signal (Ctrl-C) interrupt a blocking call.
pub fn block_on_sliced<F: Future, E>(
    future: F,
    slice: std::time::Duration,
    mut between: impl FnMut() -> std::result::Result<(), E>,
) -> Result<std::result::Result<F::Output, E>> {
    let rt = blocking_runtime()?;
    // On the heap, as in `block_on`.
    let mut future = Box::pin(future);
    loop {
        // The timer is made inside the runtime (it needs its clock).
        if let Ok(output) = rt.block_on(async { tokio::time::timeout(slice, future.as_mut()).await }) {
            return Ok(Ok(output));
        }
        if let Err(stop) = between() {
            return Ok(Err(stop));
        }
    }
}

/// True when running on a blocking call's thread-local runtime (see `transport`: such
/// calls use this thread's own connection pool).
pub fn on_local_runtime() -> bool {
    matches!(
        tokio::runtime::Handle::try_current().map(|h| h.runtime_flavor()),
        Ok(tokio::runtime::RuntimeFlavor::CurrentThread)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_is_shared_within_a_process() {
        let a = runtime().unwrap();
        let b = runtime().unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(block_on(async { 40 + 2 }).unwrap(), 42);
    }

    #[test]
    fn sliced_wait_finishes_or_stops_between_slices() {
        use std::time::{Duration, Instant};
        let slow = async {
            tokio::time::sleep(Duration::from_millis(30)).await;
            7
        };
        let mut checks = 0;
        let done = block_on_sliced(slow, Duration::from_millis(5), || {
            checks += 1;
            Ok::<(), ()>(())
        });
        assert_eq!(done.unwrap(), Ok(7));
        assert!(checks >= 2, "between ran {checks} times");

        // Stopped after the third slice: the hour-long future is dropped, not waited for.
        let started = Instant::now();
        let mut n = 0;
        let hour = async { tokio::time::sleep(Duration::from_secs(3600)).await };
        let stopped = block_on_sliced(hour, Duration::from_millis(10), || {
            n += 1;
            if n == 3 {
                Err("interrupted")
            } else {
                Ok(())
            }
        });
        assert_eq!(stopped.unwrap(), Err("interrupted"));
        assert!(started.elapsed() < Duration::from_secs(5));
        // The thread's runtime is still usable afterwards.
        assert_eq!(block_on(async { 1 }).unwrap(), 1);
    }

    #[tokio::test]
    async fn blocking_from_async_is_a_usage_error() {
        let e = block_on(async {}).unwrap_err();
        assert_eq!(e.kind, crate::ErrorKind::Usage);
    }
}
