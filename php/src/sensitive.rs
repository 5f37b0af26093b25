//! `#[\SensitiveParameter]` on every parameter that carries credentials or card data, the way
//! PHP marks its own internal functions (`password_hash`, `PDO::__construct`, ...): a stack
//! trace taken while such a method runs — an exception's `trace`, `debug_backtrace()` — then
//! holds a `SensitiveParameterValue` in place of the value, even with
//! `zend.exception_ignore_args=0` (the development default).
//!
//! The attributes go on the methods' `zend_function` after the classes are registered.
//! ext-php-rs registers the `#[php_class]` classes after the module's own startup function
//! has run, so the module's startup only chains [`post_startup`] into the engine's
//! `zend_post_startup_cb`, which runs once every module's MINIT is done and before any
//! request (and before opcache copies anything into shared memory). Nothing here creates a
//! runtime, a pool or a client.
//!
//! The extension's own exceptions are also created without call arguments in their trace
//! (errors.rs), which covers PHP 8.1 (no `SensitiveParameter`) and secrets held by the
//! caller's frames.

use std::ffi::{c_char, c_void};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use ext_php_rs::class::RegisteredClass;
use ext_php_rs::ffi::{zend_function, zend_hash_str_find_ptr_lc, zend_string, HashTable};
use ext_php_rs::types::ZendStr;
use ext_php_rs::zend::ClassEntry;

use crate::account_service::AccountService;
use crate::client::Client;
use crate::compat::{AccountData, ApiConfig, ConfigManager};

/// `ZEND_ATTRIBUTE_PERSISTENT` (zend_attributes.h): the attribute of an internal function.
const ZEND_ATTRIBUTE_PERSISTENT: u32 = 1 << 0;

type PostStartup = unsafe extern "C" fn() -> i32;

unsafe extern "C" {
    // zend_attributes.h (PHP 8.0+), exported by the engine. `offset` 0 is the function itself,
    // n + 1 its parameter n (what the header's inline `zend_add_parameter_attribute` passes).
    fn zend_add_attribute(
        attributes: *mut *mut HashTable,
        name: *mut zend_string,
        argc: u32,
        flags: u32,
        offset: u32,
        lineno: u32,
    ) -> *mut c_void;

    // zend.h: `ZEND_API zend_result (*zend_post_startup_cb)(void)`; the engine clears it
    // before calling it.
    static mut zend_post_startup_cb: Option<PostStartup>;
}

/// A method (lower case, as the engine keys its function tables) and the 0-based positions of
/// its sensitive parameters.
type Marks = &'static [(&'static str, &'static [u32])];

const ACCOUNT_METHODS: Marks = &[
    // $params: card number, card token, CVV
    ("createpaymentmethod", &[0]),
    ("createcardpaymentmethod", &[0]),
    ("updatespaymentmethodalldata", &[0]),
];
const CLIENT_METHODS: Marks = &[("__construct", &[0])]; // $options: client_secret, tokens, proxy
const CONFIG_MANAGER_METHODS: Marks = &[("getconfigwithcredentials", &[0])];
const API_CONFIG_METHODS: Marks = &[("__construct", &[0])]; // $config: client_secret, tokens

/// Every class with sensitive parameters (None: not registered).
fn classes() -> [(Option<&'static ClassEntry>, Marks); 5] {
    fn ce<T: RegisteredClass>() -> Option<&'static ClassEntry> {
        let meta = T::get_metadata();
        meta.has_ce().then(|| meta.ce())
    }
    [
        (ce::<Client>(), CLIENT_METHODS),
        (ce::<AccountService>(), ACCOUNT_METHODS),
        (ce::<AccountData>(), ACCOUNT_METHODS),
        (ce::<ConfigManager>(), CONFIG_MANAGER_METHODS),
        (ce::<ApiConfig>(), API_CONFIG_METHODS),
    ]
}

static PREVIOUS: AtomicUsize = AtomicUsize::new(0);
static INSTALLED: AtomicBool = AtomicBool::new(false);

/// Called from the module's startup (MINIT): arranges for [`post_startup`] to run once all
/// modules are started. Chains whatever callback was there (opcache sets one too).
pub fn install() {
    if INSTALLED.swap(true, Ordering::AcqRel) {
        return;
    }
    // SAFETY: MINIT runs on the startup thread before any request; the engine reads the
    // callback only in zend_post_startup, later on the same thread.
    unsafe {
        let previous = zend_post_startup_cb;
        PREVIOUS.store(previous.map_or(0, |f| f as usize), Ordering::Release);
        zend_post_startup_cb = Some(post_startup);
    }
}

unsafe extern "C" fn post_startup() -> i32 {
    INSTALLED.store(false, Ordering::Release);
    // A panic must not unwind into the engine; a failure to mark leaves the extension usable
    // (its own exceptions carry no arguments anyway), so it does not stop PHP from starting.
    let _ = std::panic::catch_unwind(mark_all);
    match PREVIOUS.swap(0, Ordering::AcqRel) {
        0 => 0,
        // SAFETY: the value was a `PostStartup` stored by `install`.
        p => unsafe { std::mem::transmute::<usize, PostStartup>(p)() },
    }
}

/// Adds `#[\SensitiveParameter]` to every parameter listed above; returns how many were added.
/// Does nothing on PHP 8.1, which has no such attribute.
pub fn mark_all() -> usize {
    if !sensitive_parameter_exists() {
        return 0;
    }
    // One persistent string shared by every attribute; the reference kept here is never given
    // back, so the engine's releases at shutdown never free it.
    let name: *mut zend_string = ZendStr::new("SensitiveParameter", true).into_raw();
    let mut added = 0;
    for (ce, methods) in classes() {
        let Some(ce) = ce else { continue };
        for (method, params) in methods {
            // SAFETY: the class is registered and lives until module shutdown; the function
            // table holds `zend_function` pointers.
            let func = unsafe {
                zend_hash_str_find_ptr_lc(&raw const ce.function_table, method.as_ptr().cast::<c_char>(), method.len())
            }
            .cast::<zend_function>();
            if func.is_null() {
                continue;
            }
            for &param in *params {
                // SAFETY: `func` is an internal method of a class being set up, no request runs;
                // the engine takes its own reference to `name`.
                unsafe {
                    let attributes = &raw mut (*func).common.attributes;
                    if !zend_add_attribute(attributes, name, 0, ZEND_ATTRIBUTE_PERSISTENT, param + 1, 0).is_null() {
                        added += 1;
                    }
                }
            }
        }
    }
    added
}

/// `SensitiveParameter` came with PHP 8.2 (module API 20220829). The engine loads an
/// extension only when it was built for its own API number, so the build-time value is the
/// running engine's.
fn sensitive_parameter_exists() -> bool {
    ext_php_rs::ffi::ZEND_MODULE_API_NO >= 20220829
}
