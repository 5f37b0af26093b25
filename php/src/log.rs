//! The core's log events, for PHP: to the PSR-3 logger given as `'logger' => $psr3` on
//! `Exsited\Client` (any object with `log($level, $message, array $context)`), and otherwise
//! to `error_log` at and above the ini setting `exsited.log_level` ("warning" by default;
//! "off", "error", "info", "debug"). The setting's value is cached by its on-modify hook, so
//! a call that nobody listens to builds no event. Like PHP's own ini caches it is per thread:
//! under ZTS each request thread has its own settings (the engine runs the hook on every new
//! thread with the startup value, and again for `ini_set` and its reset at request end); the
//! startup value is also kept process-wide for threads PHP never enters.
//!
//! Blocking calls run on the PHP thread, so the events of a call arrive on that thread while
//! the call's logger is set; an event from another thread (a background task of the runtime)
//! goes to stderr, since PHP may only be entered from its own thread.

use std::cell::{Cell, RefCell};
use std::ffi::{c_int, c_void};
use std::rc::Rc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;

use exsited_core::log::{level_from_u8, level_to_u8, parse_level, LogLevel, Sink};
use ext_php_rs::ffi::{zend_ini_entry, zend_string};
use ext_php_rs::flags::IniEntryPermission;
use ext_php_rs::types::{ZendCallable, Zval};
use ext_php_rs::zend::{ExecutorGlobals, IniEntryDef, IniEntryDefs};

use crate::settings::Handle;

/// `exsited.log_level` at startup (php.ini), as a level byte (see
/// `exsited_core::log::level_to_u8`): the level of threads that have no value of their own.
static STARTUP_LEVEL: AtomicU8 = AtomicU8::new(2);

/// `ZEND_INI_STAGE_STARTUP` (zend_ini.h).
const STAGE_STARTUP: c_int = 1;

/// This thread's `exsited.log_level`.
fn ini_level() -> Option<LogLevel> {
    let own = THREAD_LEVEL.with(Cell::get);
    level_from_u8(own.unwrap_or_else(|| STARTUP_LEVEL.load(Ordering::Relaxed)))
}

/// A PSR-3 logger object, kept alive by this reference.
#[derive(Clone)]
pub struct Logger(Rc<Zval>);

impl std::fmt::Debug for Logger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Logger")
    }
}

impl Logger {
    /// The logger option: an object with a `log` method.
    pub fn from_option(v: &Zval) -> Result<Option<Logger>, String> {
        let v = v.dereference();
        if v.is_null() {
            return Ok(None);
        }
        let has_log = v.is_object()
            && ZendCallable::try_from_name("method_exists")
                .and_then(|f| f.try_call(vec![v, &"log"]))
                .is_ok_and(|r| r.bool() == Some(true));
        if !has_log {
            return Err(format!(
                "option \"logger\" must be a PSR-3 logger (an object with a log($level, $message, array $context) method), not {}",
                crate::zval::type_name(v)
            ));
        }
        Ok(Some(Logger(Rc::new(v.shallow_clone()))))
    }
}

thread_local! {
    /// Set while a blocking call runs on this (the PHP) thread: that call's logger, if any.
    static CALL: RefCell<Option<Option<Logger>>> = const { RefCell::new(None) };
    /// Guards against a logger that logs through this extension.
    static EMITTING: Cell<bool> = const { Cell::new(false) };
    /// This PHP thread's `exsited.log_level` (a level byte), set by the on-modify hook.
    static THREAD_LEVEL: Cell<Option<u8>> = const { Cell::new(None) };
}

/// Runs `f` (a blocking call of `h`) with its logger receiving the call's events.
pub fn during<T>(h: &Handle, f: impl FnOnce() -> T) -> T {
    struct Reset(Option<Option<Logger>>);
    impl Drop for Reset {
        fn drop(&mut self) {
            CALL.with(|c| *c.borrow_mut() = self.0.take());
        }
    }
    let _reset = Reset(CALL.with(|c| c.borrow_mut().replace(h.logger.clone())));
    f()
}

fn psr_level(level: LogLevel) -> &'static str {
    match level {
        LogLevel::ERROR => "error",
        LogLevel::WARN => "warning",
        LogLevel::INFO => "info",
        _ => "debug",
    }
}

struct PhpSink;

impl Sink for PhpSink {
    fn level(&self) -> Option<LogLevel> {
        let with_logger = CALL.with(|c| matches!(&*c.borrow(), Some(Some(_))));
        if with_logger {
            // A PSR-3 logger filters for itself: it gets every level.
            return Some(LogLevel::DEBUG);
        }
        ini_level()
    }

    fn emit(&self, level: LogLevel, text: &str) {
        if EMITTING.with(|e| e.replace(true)) {
            return;
        }
        let call = CALL.with(|c| c.borrow().clone());
        let wanted = ini_level().is_some_and(|w| level <= w);
        match call {
            Some(Some(logger)) => {
                let context: Vec<String> = Vec::new();
                let _ = logger.0.try_call_method("log", vec![&psr_level(level), &text, &context]);
                // A logger that throws must not turn into an error of the call.
                let _ = ExecutorGlobals::take_exception();
            }
            Some(None) if wanted => {
                let line = format!("exsited {}: {text}", psr_level(level));
                let _ = ZendCallable::try_from_name("error_log").and_then(|f| f.try_call(vec![&line]));
                let _ = ExecutorGlobals::take_exception();
            }
            None if wanted => {
                use std::io::Write;
                // Never a panic when stderr is gone (eprintln! would panic on a write error).
                let _ = writeln!(std::io::stderr(), "exsited {}: {text}", psr_level(level));
            }
            _ => {}
        }
        EMITTING.with(|e| e.set(false));
    }
}

/// The on-modify hook of `exsited.log_level`, run on the thread whose setting changes: an
/// unknown value is refused (PHP keeps the old one and ini_set returns false).
unsafe extern "C" fn on_modify(
    _entry: *mut zend_ini_entry,
    new_value: *mut zend_string,
    _a: *mut c_void,
    _b: *mut c_void,
    _c: *mut c_void,
    stage: c_int,
) -> c_int {
    // SAFETY: PHP passes the new value as a valid zend_string (or null for none).
    let text = match unsafe { new_value.as_ref() } {
        Some(s) => String::from_utf8_lossy(s.as_bytes()).into_owned(),
        None => String::new(),
    };
    match parse_level(&text) {
        Ok(level) => {
            let byte = level_to_u8(level);
            THREAD_LEVEL.with(|l| l.set(Some(byte)));
            if stage == STAGE_STARTUP {
                STARTUP_LEVEL.store(byte, Ordering::Relaxed);
            }
            0
        }
        Err(_) => -1,
    }
}

static INI: IniEntryDefs<2> = IniEntryDefs::new([
    {
        let mut e = IniEntryDef::new(c"exsited.log_level", c"warning", IniEntryPermission::All);
        e.on_modify = Some(on_modify);
        e
    },
    IniEntryDef::end(),
]);

/// Registers `exsited.log_level` and installs the bridge; called at module startup.
pub fn install(module_number: i32) {
    IniEntryDef::register(INI.as_slice(), module_number);
    exsited_core::log::install(Arc::new(PhpSink));
}
