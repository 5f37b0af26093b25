//! `Hub`: hands finished async operations to one asyncio event loop, in batches.
//!
//! A runtime thread that finishes an operation does not touch the GIL: it queues the outcome
//! and, when the queue was empty, writes one byte to a socket the loop watches
//! (`loop.add_reader(hub.fileno(), hub.drain)`). `drain` then runs on the loop's thread and
//! settles every queued future at once, building the answers' Python objects there. So a
//! burst of a thousand answers costs one wake-up of the loop, not a thousand GIL hand-offs.
//! Where the loop cannot watch a socket, a `waker` callable is called (with the GIL) instead,
//! still once per batch.

use std::sync::{Arc, Mutex};

use exsited_core::pager::RawPage;
use exsited_core::{Error, RawAnswer};
use pyo3::exceptions::PyRuntimeError;
use pyo3::intern;
use pyo3::prelude::*;

use crate::decode::{self, Schema};
use crate::errors;

/// What finished.
pub enum Outcome {
    /// An answer, its DTO class, and whether the caller wants it raw (with its headers).
    Call(Result<RawAnswer, Error>, Option<Arc<Schema>>, bool),
    Page(Result<Option<RawPage>, Error>, Option<Arc<Schema>>),
}

struct Done {
    future: Py<PyAny>,
    outcome: Outcome,
}

#[derive(Default)]
struct Queue {
    items: Vec<Done>,
    /// A wake-up is pending (sent and not yet drained).
    armed: bool,
}

enum Wake {
    #[cfg(unix)]
    Socket {
        tx: std::os::unix::net::UnixStream,
        rx: std::os::unix::net::UnixStream,
    },
    Callback(Py<PyAny>),
}

struct Shared {
    queue: Mutex<Queue>,
    wake: Wake,
}

/// The sending side, held by running operations.
#[derive(Clone)]
pub struct Sender(Arc<Shared>);

impl Sender {
    /// Queues the outcome for `future`; wakes the loop when this starts a new batch.
    pub fn send(&self, future: Py<PyAny>, outcome: Outcome) {
        let shared = &*self.0;
        let wake = {
            let mut queue = shared.queue.lock().unwrap_or_else(|p| p.into_inner());
            queue.items.push(Done { future, outcome });
            !std::mem::replace(&mut queue.armed, true)
        };
        if !wake {
            return;
        }
        match &shared.wake {
            #[cfg(unix)]
            Wake::Socket { tx, .. } => {
                use std::io::Write;
                // Non-blocking; a full buffer means wake-ups are pending already.
                let _ = (&*tx).write(&[1]);
            }
            Wake::Callback(waker) => Python::with_gil(|py| {
                // The loop may be closed by now; nobody is left to tell.
                let _ = waker.call0(py);
            }),
        }
    }
}

#[pyclass(frozen, module = "exsited._native")]
pub struct Hub {
    shared: Arc<Shared>,
}

impl Hub {
    pub fn sender(&self) -> Sender {
        Sender(self.shared.clone())
    }
}

fn settle(py: Python<'_>, done: Done) {
    let future = done.future.bind(py);
    let (ok, value) = match done.outcome {
        Outcome::Call(Ok(answer), schema, raw) => (true, decode::raw_answer(py, &answer, schema.as_deref(), raw)),
        Outcome::Page(Ok(page), schema) => (true, crate::pager::records(py, page, schema)),
        Outcome::Call(Err(e), _, _) | Outcome::Page(Err(e), _) => (false, Ok(errors::to_value(py, &e))),
    };
    let (ok, value) = match value {
        Ok(v) => (ok, v),
        Err(e) => (false, e.into_value(py).into_bound(py).into_any()),
    };
    // A cancelled future is done already: its outcome has nobody to go to.
    match future.call_method0(intern!(py, "done")).and_then(|d| d.is_truthy()) {
        Ok(false) => {}
        Ok(true) => return,
        Err(e) => return e.write_unraisable(py, Some(future)),
    }
    let name = if ok { intern!(py, "set_result") } else { intern!(py, "set_exception") };
    if let Err(e) = future.call_method1(name, (value,)) {
        e.write_unraisable(py, Some(future));
    }
}

#[pymethods]
impl Hub {
    /// A hub woken through its socket (`fileno`), or, given `waker`, by calling it.
    #[new]
    #[pyo3(signature = (waker=None))]
    fn new(waker: Option<Py<PyAny>>) -> PyResult<Hub> {
        let wake = match waker {
            Some(waker) => Wake::Callback(waker),
            None => socket_wake()?,
        };
        Ok(Hub { shared: Arc::new(Shared { queue: Mutex::new(Queue::default()), wake }) })
    }

    /// The descriptor to watch for reading (`loop.add_reader`); -1 for a hub with a waker.
    fn fileno(&self) -> i64 {
        match &self.shared.wake {
            #[cfg(unix)]
            Wake::Socket { rx, .. } => {
                use std::os::fd::AsRawFd;
                i64::from(rx.as_raw_fd())
            }
            Wake::Callback(_) => -1,
        }
    }

    /// Settles every future whose operation has finished (called on the loop's thread).
    fn drain(&self, py: Python<'_>) {
        #[cfg(unix)]
        if let Wake::Socket { rx, .. } = &self.shared.wake {
            use std::io::Read;
            let mut buf = [0u8; 64];
            while matches!((&*rx).read(&mut buf), Ok(n) if n > 0) {}
        }
        let items = {
            let mut queue = self.shared.queue.lock().unwrap_or_else(|p| p.into_inner());
            queue.armed = false;
            std::mem::take(&mut queue.items)
        };
        for done in items {
            settle(py, done);
        }
    }

    /// Operations finished and not yet drained.
    fn pending(&self) -> usize {
        self.shared.queue.lock().unwrap_or_else(|p| p.into_inner()).items.len()
    }
}

#[cfg(unix)]
fn socket_wake() -> PyResult<Wake> {
    let (tx, rx) = std::os::unix::net::UnixStream::pair()
        .map_err(|e| PyRuntimeError::new_err(format!("could not create the async wake-up socket: {e}")))?;
    for s in [&tx, &rx] {
        s.set_nonblocking(true)
            .map_err(|e| PyRuntimeError::new_err(format!("could not set up the async wake-up socket: {e}")))?;
    }
    Ok(Wake::Socket { tx, rx })
}

#[cfg(not(unix))]
fn socket_wake() -> PyResult<Wake> {
    Err(PyRuntimeError::new_err("this platform needs a waker for the async hub"))
}
