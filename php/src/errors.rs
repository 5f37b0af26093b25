//! The PHP exception hierarchy and the mapping of the core's error kinds onto it.
//!
//! ```text
//! \Exception
//!  └─ Api\AppService\AutoBillApiException          (what existing apps catch)
//!      └─ Exsited\Exception\ExsitedException       (getStatusCode, getErrors, getRawResponse,
//!          │                                         getRequestId, getHeaders, ...)
//!          ├─ ApiException                          (any HTTP error answer)
//!          │   ├─ ValidationException (400/422)  ├─ AuthenticationException (401)
//!          │   ├─ PermissionDeniedException (403)├─ NotFoundException (404)
//!          │   ├─ ConflictException (409)        ├─ RateLimitException (429)
//!          │   └─ ServerException (5xx)
//!          ├─ ConnectionException, TimeoutException, DecodeException
//!          └─ UsageException                        (bad input, found before any request)
//!              └─ ConfigException                   (bad client options)
//! ```
//!
//! The classes are registered by hand (not with `#[php_class]`) so that they are ordinary
//! exception objects: methods defined on the base work on every subclass, including
//! subclasses written in PHP. Declared as `#[php_class] #[php(extends(...))]` instead
//! (ext-php-rs 0.16.4, tried), three things break: the class's `create_object` replaces the
//! engine's exception constructor, so `getFile()` is '', `getLine()` 0 and `getTrace()` [];
//! a base method called on a Rust child instance throws "Failed to retrieve reference to
//! `$this`" (each Rust class has its own object handlers, as the ext-php-rs guide says under
//! "Sharing Methods Between Parent and Child Classes"); and `new` of a PHP subclass throws
//! "You cannot instantiate this class from PHP." unless a Rust constructor replaces
//! `Exception::__construct`.

use std::any::Any;
use std::ffi::c_char;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};

use exsited_core::{Error as CoreError, ErrorKind};
use ext_php_rs::args::ArgInfoTables;
use ext_php_rs::boxed::ZBox;
use ext_php_rs::builders::{ClassBuilder, ClassProperty, FunctionBuilder};
use ext_php_rs::convert::IntoZval;
use ext_php_rs::exception::{PhpException, PhpResult};
use ext_php_rs::ffi::{zend_class_entry, zend_object, zend_read_property, zval};
use ext_php_rs::flags::{DataType, MethodFlags, PropertyFlags};
use ext_php_rs::types::{ZendHashTable, ZendObject, Zval};
use ext_php_rs::zend::{ce, ClassEntry, ExecuteData, ExecutorGlobals};

unsafe extern "C" {
    // Exported by the engine (ZEND_API); writes a property with the given class scope, so the
    // protected members of Exception and of our base class can be filled in from Rust.
    fn zend_update_property(
        scope: *mut zend_class_entry,
        object: *mut zend_object,
        name: *const c_char,
        name_length: usize,
        value: *mut zval,
    );
}

/// Index of each class in [`CLASSES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(usize)]
pub enum Class {
    AutoBill = 0,
    Exsited,
    Api,
    Validation,
    Authentication,
    PermissionDenied,
    NotFound,
    Conflict,
    RateLimit,
    Server,
    Connection,
    Timeout,
    Decode,
    Usage,
    Config,
}

const COUNT: usize = 15;

/// (PHP name, parent; None = \Exception)
const CLASSES: [(&str, Option<Class>); COUNT] = [
    ("Api\\AppService\\AutoBillApiException", None),
    ("Exsited\\Exception\\ExsitedException", Some(Class::AutoBill)),
    ("Exsited\\Exception\\ApiException", Some(Class::Exsited)),
    ("Exsited\\Exception\\ValidationException", Some(Class::Api)),
    ("Exsited\\Exception\\AuthenticationException", Some(Class::Api)),
    ("Exsited\\Exception\\PermissionDeniedException", Some(Class::Api)),
    ("Exsited\\Exception\\NotFoundException", Some(Class::Api)),
    ("Exsited\\Exception\\ConflictException", Some(Class::Api)),
    ("Exsited\\Exception\\RateLimitException", Some(Class::Api)),
    ("Exsited\\Exception\\ServerException", Some(Class::Api)),
    ("Exsited\\Exception\\ConnectionException", Some(Class::Exsited)),
    ("Exsited\\Exception\\TimeoutException", Some(Class::Exsited)),
    ("Exsited\\Exception\\DecodeException", Some(Class::Exsited)),
    ("Exsited\\Exception\\UsageException", Some(Class::Exsited)),
    ("Exsited\\Exception\\ConfigException", Some(Class::Usage)),
];

static ENTRIES: [AtomicPtr<ClassEntry>; COUNT] = [const { AtomicPtr::new(ptr::null_mut()) }; COUNT];

fn entry<const I: usize>() -> &'static ClassEntry {
    let p = ENTRIES[I].load(Ordering::Acquire);
    // SAFETY: set once at module startup, before any class that extends it is registered;
    // the engine keeps class entries for the life of the process.
    unsafe { p.as_ref() }.expect("exsited exception class used before module startup")
}

fn store<const I: usize>(class: &'static mut ClassEntry, _: ArgInfoTables) {
    ENTRIES[I].store(class, Ordering::Release);
}

fn class_entry(class: Class) -> &'static ClassEntry {
    ENTRY_FNS[class as usize]()
}

const ENTRY_FNS: [fn() -> &'static ClassEntry; COUNT] = [
    entry::<0>,
    entry::<1>,
    entry::<2>,
    entry::<3>,
    entry::<4>,
    entry::<5>,
    entry::<6>,
    entry::<7>,
    entry::<8>,
    entry::<9>,
    entry::<10>,
    entry::<11>,
    entry::<12>,
    entry::<13>,
    entry::<14>,
];

const STORE_FNS: [fn(&'static mut ClassEntry, ArgInfoTables); COUNT] = [
    store::<0>,
    store::<1>,
    store::<2>,
    store::<3>,
    store::<4>,
    store::<5>,
    store::<6>,
    store::<7>,
    store::<8>,
    store::<9>,
    store::<10>,
    store::<11>,
    store::<12>,
    store::<13>,
    store::<14>,
];

/// Properties kept on ExsitedException (protected), read back by its methods.
const PROPS: [&str; 8] =
    ["statusCode", "errors", "rawResponse", "kind", "operation", "retryAfter", "requestId", "headers"];

/// Registers the hierarchy; called from the module's startup (class registration only —
/// no runtime, pool or client is created there).
pub fn register() -> ext_php_rs::error::Result<()> {
    for (i, (name, parent)) in CLASSES.iter().enumerate() {
        let mut builder = ClassBuilder::new(*name);
        builder = match parent {
            None => builder.extends((ce::exception, "\\Exception")),
            Some(p) => builder.extends((ENTRY_FNS[*p as usize], CLASSES[*p as usize].0)),
        };
        if i == Class::Exsited as usize {
            for prop in PROPS {
                builder = builder.property(ClassProperty {
                    name: prop.into(),
                    flags: PropertyFlags::Protected,
                    default: None,
                    docs: &[],
                    ty: None,
                    nullable: true,
                    readonly: false,
                    default_stub: Some("null".into()),
                });
            }
            builder = builder
                .method(getter("getStatusCode", get_status_code, DataType::Long, true), MethodFlags::Public)
                .method(getter("getErrors", get_errors, DataType::Array, false), MethodFlags::Public)
                .method(getter("getRawResponse", get_raw_response, DataType::Mixed, false), MethodFlags::Public)
                .method(getter("getKind", get_kind, DataType::String, false), MethodFlags::Public)
                .method(getter("getOperation", get_operation, DataType::String, true), MethodFlags::Public)
                .method(getter("getRetryAfter", get_retry_after, DataType::Double, true), MethodFlags::Public)
                .method(getter("getRequestId", get_request_id, DataType::String, true), MethodFlags::Public)
                .method(getter("getHeaders", get_headers, DataType::Array, false), MethodFlags::Public);
        }
        builder.registration(STORE_FNS[i]).register()?;
    }
    Ok(())
}

fn getter(
    name: &str,
    handler: extern "C" fn(&mut ExecuteData, &mut Zval),
    ty: DataType,
    nullable: bool,
) -> FunctionBuilder<'static> {
    FunctionBuilder::new(name, handler).returns(ty, false, nullable)
}

/// Reads one of [`PROPS`] of `$this` into the return value.
fn read_prop(ex: &mut ExecuteData, retval: &mut Zval, name: &str) -> Option<()> {
    let this = ex.get_self()?;
    let scope = class_entry(Class::Exsited);
    let mut rv = Zval::new();
    // SAFETY: `this` is a live object of (a subclass of) ExsitedException, `name` is valid for
    // its length, and `rv` outlives the call; the engine returns a pointer into the object or rv.
    let found = unsafe {
        zend_read_property(
            ptr::from_ref(scope).cast_mut(),
            ptr::from_mut(this),
            name.as_ptr().cast(),
            name.len(),
            true,
            &raw mut rv,
        )
        .as_ref()
    }?;
    *retval = found.dereference().shallow_clone();
    Some(())
}

extern "C" fn get_status_code(ex: &mut ExecuteData, retval: &mut Zval) {
    if read_prop(ex, retval, "statusCode").is_none() {
        retval.set_null();
    }
}

extern "C" fn get_errors(ex: &mut ExecuteData, retval: &mut Zval) {
    if read_prop(ex, retval, "errors").is_none() || !retval.is_array() {
        retval.set_hashtable(ZendHashTable::new());
    }
}

extern "C" fn get_raw_response(ex: &mut ExecuteData, retval: &mut Zval) {
    if read_prop(ex, retval, "rawResponse").is_none() {
        retval.set_null();
    }
}

extern "C" fn get_kind(ex: &mut ExecuteData, retval: &mut Zval) {
    if read_prop(ex, retval, "kind").is_none() || !retval.is_string() {
        let _ = retval.set_string("unknown", false);
    }
}

extern "C" fn get_operation(ex: &mut ExecuteData, retval: &mut Zval) {
    if read_prop(ex, retval, "operation").is_none() {
        retval.set_null();
    }
}

extern "C" fn get_retry_after(ex: &mut ExecuteData, retval: &mut Zval) {
    if read_prop(ex, retval, "retryAfter").is_none() {
        retval.set_null();
    }
}

extern "C" fn get_request_id(ex: &mut ExecuteData, retval: &mut Zval) {
    if read_prop(ex, retval, "requestId").is_none() {
        retval.set_null();
    }
}

/// The answer's headers, `['x-request-id' => '...', ...]` (names in lower case, secret
/// values masked); empty when there was no answer.
extern "C" fn get_headers(ex: &mut ExecuteData, retval: &mut Zval) {
    if read_prop(ex, retval, "headers").is_none() || !retval.is_array() {
        retval.set_hashtable(ZendHashTable::new());
    }
}

fn class_for(kind: ErrorKind) -> Class {
    match kind {
        ErrorKind::Validation => Class::Validation,
        ErrorKind::Authentication => Class::Authentication,
        ErrorKind::Permission => Class::PermissionDenied,
        ErrorKind::NotFound => Class::NotFound,
        ErrorKind::Conflict => Class::Conflict,
        ErrorKind::RateLimit => Class::RateLimit,
        ErrorKind::Server => Class::Server,
        ErrorKind::Api => Class::Api,
        ErrorKind::Timeout => Class::Timeout,
        ErrorKind::Connection => Class::Connection,
        ErrorKind::Decode => Class::Decode,
        ErrorKind::Usage => Class::Usage,
        ErrorKind::Config => Class::Config,
    }
}

fn set(scope: &ClassEntry, obj: &mut ZendObject, name: &str, value: Zval) {
    let mut value = value;
    // SAFETY: live object, valid name; zend_update_property copies the value (adds a ref).
    unsafe {
        zend_update_property(
            ptr::from_ref(scope).cast_mut(),
            ptr::from_mut(obj),
            name.as_ptr().cast(),
            name.len(),
            &raw mut value,
        );
    }
}

fn zv<T: IntoZval>(v: T) -> Zval {
    v.into_zval(false).unwrap_or_default()
}

/// A new exception object whose `trace` holds no call arguments, whatever
/// `zend.exception_ignore_args` says: the engine takes the trace when the object is created,
/// and with arguments it would copy the caller's card data and credentials — ours (also
/// marked `#[\SensitiveParameter]`, see sensitive.rs) and those of any caller frame, e.g. a
/// closure that captured them — into every var_dump/print_r of the exception. Frames,
/// files and lines stay.
fn new_exception_object(ce: &ClassEntry) -> ZBox<ZendObject> {
    let previous = std::mem::replace(&mut ExecutorGlobals::get_mut().exception_ignore_args, true);
    // The guard above is dropped: creating the object runs engine code only.
    let obj = ZendObject::new(ce);
    ExecutorGlobals::get_mut().exception_ignore_args = previous;
    obj
}

/// Builds the PHP exception for a core error. `assoc` decides how the raw answer is given.
pub fn to_exception(err: &CoreError, assoc: bool) -> PhpException {
    let class = class_for(err.kind);
    let ce = class_entry(class);
    let mut obj = new_exception_object(ce);
    let base = class_entry(Class::Exsited);
    set(ce::exception(), &mut obj, "message", zv(err.message.as_str()));
    set(ce::exception(), &mut obj, "code", zv(i64::from(err.status.unwrap_or(0))));
    set(base, &mut obj, "statusCode", err.status.map(|s| zv(i64::from(s))).unwrap_or_default());
    let mut errors = ZendHashTable::new();
    for m in &err.errors {
        let _ = errors.push(m.as_str());
    }
    set(base, &mut obj, "errors", zv(errors));
    let raw = err.raw.as_ref().and_then(|r| crate::zval::to_php(r, assoc).ok()).unwrap_or_default();
    set(base, &mut obj, "rawResponse", raw);
    set(base, &mut obj, "kind", zv(err.kind.as_str()));
    set(base, &mut obj, "operation", err.operation.map(zv).unwrap_or_default());
    set(base, &mut obj, "retryAfter", err.retry_after.map(|d| zv(d.as_secs_f64())).unwrap_or_default());
    set(base, &mut obj, "requestId", err.request_id.as_deref().map(zv).unwrap_or_default());
    set(base, &mut obj, "headers", zv(crate::zval::header_table(&err.headers)));
    PhpException::new(err.message.clone(), 0, ce).with_object(zv(obj))
}

/// The exception of a core error that carries no answer (an option or input the core
/// refused): its kind picks the class, as for any other error.
pub fn from_core(err: CoreError) -> PhpException {
    to_exception(&err, false)
}

/// A UsageException for bad input found by the binding itself.
pub fn usage(message: impl Into<String>) -> PhpException {
    to_exception(&CoreError::usage(message), false)
}

/// A ConfigException for bad client options.
pub fn config(message: impl Into<String>) -> PhpException {
    to_exception(&CoreError::config(message), false)
}

/// Runs one PHP entry point: a Rust panic becomes an ExsitedException instead of reaching
/// the engine, so a php-fpm worker keeps serving.
pub fn guard<T>(f: impl FnOnce() -> PhpResult<T>) -> PhpResult<T> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(result) => result,
        Err(payload) => {
            let text = exsited_core::redact::mask_text(&panic_text(payload.as_ref()));
            Err(internal_error(&format!("internal error in the exsited extension: {text}")))
        }
    }
}

/// An ExsitedException of kind "internal" (a bug in the extension, not in the caller's input).
fn internal_error(message: &str) -> PhpException {
    let ce = class_entry(Class::Exsited);
    let mut obj = new_exception_object(ce);
    set(ce::exception(), &mut obj, "message", zv(message));
    set(ce, &mut obj, "kind", zv("internal"));
    PhpException::new(message.to_string(), 0, ce).with_object(zv(obj))
}

fn panic_text(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "a panic without a message".to_string()
    }
}

/// Turns a core result into a PHP result.
pub trait OrThrow<T> {
    fn or_throw(self, assoc: bool) -> PhpResult<T>;
}

impl<T> OrThrow<T> for Result<T, CoreError> {
    fn or_throw(self, assoc: bool) -> PhpResult<T> {
        self.map_err(|e| to_exception(&e, assoc))
    }
}
