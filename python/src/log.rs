//! The core's log events go to `logging.getLogger("exsited")`. The logger's effective level
//! is cached in an atomic: re-read when a call starts (the GIL is held then anyway) and at
//! most once a second otherwise, so a call builds no debug or info event that nobody would
//! see (a rare warning is built and left to the logger to drop).
//! `EXSITED_LOG=info|debug` adds a stderr handler at import, for logs without code.

use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use exsited_core::log::{level_from_u8, level_to_u8, LogLevel, Sink};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::GILOnceCell;

const LOGGER: &str = "exsited";
/// How long a cached level is trusted between calls (ms).
const RECHECK_MS: u64 = 1000;

struct PySink {
    level: AtomicU8,
    /// Milliseconds since `start` at the last check.
    checked: AtomicU64,
    start: Instant,
}

static SINK: OnceLock<Arc<PySink>> = OnceLock::new();

fn python_level(level: LogLevel) -> i32 {
    match level {
        LogLevel::ERROR => 40,
        LogLevel::WARN => 30,
        LogLevel::INFO => 20,
        _ => 10,
    }
}

fn interpreter_alive() -> bool {
    // SAFETY: Py_IsInitialized only reads interpreter state; an event from a runtime thread
    // while the interpreter shuts down is dropped instead of panicking in with_gil.
    unsafe { pyo3::ffi::Py_IsInitialized() != 0 }
}

impl PySink {
    fn now_ms(&self) -> u64 {
        self.start.elapsed().as_millis() as u64
    }

    /// Asks the logger which levels it would handle (`isEnabledFor` honours `logging.disable`).
    fn refresh(&self, py: Python<'_>) {
        let wanted = (|| -> PyResult<Option<LogLevel>> {
            // getLogger gives the same object for a name for good: asked once.
            static LOGGER_OBJ: GILOnceCell<Py<PyAny>> = GILOnceCell::new();
            let logger = LOGGER_OBJ
                .get_or_try_init(py, || py.import("logging")?.call_method1("getLogger", (LOGGER,)).map(Bound::unbind))?
                .bind(py);
            let enabled = intern!(py, "isEnabledFor");
            // `isEnabledFor` answers from the logger's `_cache` (emptied by the logging module
            // on every level change and by `logging.disable`) unless the logger is disabled;
            // reading that answer directly saves a Python call at each call's start. Asked
            // properly when the cache does not hold it, or looks different in this Python.
            let cache = logger.getattr(intern!(py, "_cache")).ok();
            let cache = cache.as_ref().and_then(|c| c.downcast::<pyo3::types::PyDict>().ok());
            let disabled = logger.getattr(intern!(py, "disabled")).and_then(|d| d.is_truthy()).unwrap_or(true);
            let on = |level| -> PyResult<bool> {
                let level = python_level(level);
                if !disabled {
                    if let Some(known) = cache.and_then(|c| c.get_item(level).ok().flatten()) {
                        return known.is_truthy();
                    }
                }
                logger.call_method1(enabled, (level,))?.is_truthy()
            };
            // One question in the usual case (INFO off): the levels that cost the core
            // something to build, DEBUG and INFO, are asked exactly; below them WARN is
            // reported, and the logger itself drops a rare warning or error it does not
            // handle (`Logger.log` checks its level), rather than every call asking twice.
            Ok(Some(if !on(LogLevel::INFO)? {
                LogLevel::WARN
            } else if on(LogLevel::DEBUG)? {
                LogLevel::DEBUG
            } else {
                LogLevel::INFO
            }))
        })()
        .unwrap_or(Some(LogLevel::WARN));
        self.level.store(level_to_u8(wanted), Ordering::Relaxed);
        self.checked.store(self.now_ms(), Ordering::Relaxed);
    }
}

impl Sink for PySink {
    fn level(&self) -> Option<LogLevel> {
        if self.now_ms().saturating_sub(self.checked.load(Ordering::Relaxed)) > RECHECK_MS && interpreter_alive() {
            Python::with_gil(|py| self.refresh(py));
        }
        level_from_u8(self.level.load(Ordering::Relaxed))
    }

    fn emit(&self, level: LogLevel, text: &str) {
        if !interpreter_alive() {
            return;
        }
        Python::with_gil(|py| {
            let logger = py.import("logging").and_then(|l| l.call_method1("getLogger", (LOGGER,)));
            if let Ok(logger) = logger {
                if logger.call_method1("log", (python_level(level), text)).is_err() {
                    // A failing handler must not turn into an error of the call.
                    PyErr::take(py);
                }
            }
        })
    }
}

/// Re-reads the logger's level; called as each call starts.
pub fn refresh(py: Python<'_>) {
    if let Some(sink) = SINK.get() {
        sink.refresh(py);
    }
}

/// `EXSITED_LOG=info|debug`: a stderr handler on the "exsited" logger at that level.
fn from_env(py: Python<'_>) -> PyResult<()> {
    let Ok(value) = std::env::var("EXSITED_LOG") else { return Ok(()) };
    let level = match exsited_core::log::parse_level(&value) {
        Ok(Some(level)) => level,
        Ok(None) => return Ok(()),
        Err(why) => {
            let warnings = py.import("warnings")?;
            warnings.call_method1("warn", (format!("EXSITED_LOG: {why}"),))?;
            return Ok(());
        }
    };
    let logging = py.import("logging")?;
    let logger = logging.call_method1("getLogger", (LOGGER,))?;
    let handler = logging.call_method1("StreamHandler", (py.import("sys")?.getattr("stderr")?,))?;
    let format = logging.call_method1("Formatter", ("%(asctime)s %(levelname)s %(name)s: %(message)s",))?;
    handler.call_method1("setFormatter", (format,))?;
    logger.call_method1("addHandler", (handler,))?;
    logger.call_method1("setLevel", (python_level(level),))?;
    Ok(())
}

/// Installs the bridge (once per process) and applies `EXSITED_LOG`.
pub fn install(py: Python<'_>) -> PyResult<()> {
    from_env(py)?;
    let sink = SINK.get_or_init(|| {
        Arc::new(PySink { level: AtomicU8::new(0), checked: AtomicU64::new(0), start: Instant::now() })
    });
    sink.refresh(py);
    exsited_core::log::install(sink.clone());
    Ok(())
}
