//! `Api\ApiHelper\SdkVersionManager`: the documented SDK's API version of the request. Its
//! `ConfigManager` constructor stores sdk-config.json's `apiVersion` there, and an app may
//! change it with `setApiVersion`; the drop-in methods whose version comes from the
//! configuration then use it (`$apiVersion ?? SdkVersionManager::getApiVersion()`).
//!
//! Here each `ApiConfig` keeps the version of the configuration it was made from, so two
//! configurations in one request keep their own; a version given to `setApiVersion` overrides
//! them all, as in the documented SDK, until the next `ConfigManager` is constructed (whose
//! constructor stores its own version, there as here).
//!
//! PHP's static properties live for one request, so these do too: they are kept per thread
//! (a ZTS server runs each request on one thread) and cleared when the request ends, so a
//! version set in one php-fpm request never leaks into the next one on the same worker.

// PHP's parameter names (`$apiVersion`), as the documented SDK spells them.
#![allow(non_snake_case)]

use std::cell::RefCell;

use ext_php_rs::exception::PhpException;
use ext_php_rs::prelude::*;
use ext_php_rs::types::Zval;
use ext_php_rs::zend::{ce, ClassEntry};

use exsited_core::ops::VERSIONS;

/// What `getApiVersion` answers before anything set one this request (the documented SDK's
/// initial value).
const INITIAL: &str = "v3";

thread_local! {
    /// The last ConfigManager's configured version (what getApiVersion shows).
    static CONFIGURED: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The version given to setApiVersion since then (what the drop-in calls use).
    static CHOSEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The version an app chose with `setApiVersion` this request, if any.
pub fn chosen() -> Option<String> {
    CHOSEN.with(|c| c.borrow().clone())
}

/// A ConfigManager was constructed: its version is the request's, and replaces a chosen one.
pub fn configured(version: &str) {
    CONFIGURED.with(|c| *c.borrow_mut() = Some(version.to_string()));
    CHOSEN.with(|c| c.borrow_mut().take());
}

/// At the end of each request.
pub extern "C" fn request_shutdown(_ty: i32, _module_number: i32) -> i32 {
    CONFIGURED.with(|c| c.borrow_mut().take());
    CHOSEN.with(|c| c.borrow_mut().take());
    0
}

fn invalid_argument(message: String) -> PhpException {
    let class = ClassEntry::try_find("InvalidArgumentException").unwrap_or_else(ce::exception);
    PhpException::new(message, 0, class)
}

#[php_class]
#[php(name = "Api\\ApiHelper\\SdkVersionManager")]
pub struct SdkVersionManager;

#[php_impl]
impl SdkVersionManager {
    /// Static methods only; constructible, as the documented class is.
    pub fn __construct() -> SdkVersionManager {
        SdkVersionManager
    }

    /// The version set this request: by setApiVersion, else by the last ConfigManager
    /// constructed; 'v3' before either.
    pub fn get_api_version() -> String {
        chosen().or_else(|| CONFIGURED.with(|c| c.borrow().clone())).unwrap_or_else(|| INITIAL.to_string())
    }

    /// The version of every drop-in call that names none, for the rest of this request (or
    /// until a ConfigManager is constructed); \InvalidArgumentException unless one of
    /// getAllowedVersions().
    pub fn set_api_version(apiVersion: &Zval) -> PhpResult<()> {
        match apiVersion.str() {
            // The core's rule for a version name, as for sdk-config.json's apiVersion.
            Some(v) if exsited_core::config::api_version("apiVersion", v).is_ok() => {
                CHOSEN.with(|c| *c.borrow_mut() = Some(v.to_string()));
                Ok(())
            }
            _ => {
                let shown = match apiVersion.str() {
                    Some(v) => exsited_core::error::quoted(v),
                    None => crate::zval::type_name(apiVersion),
                };
                Err(invalid_argument(format!(
                    "invalid API version {shown}: allowed versions are {}",
                    VERSIONS.join(", ")
                )))
            }
        }
    }

    /// ['v1', 'v2', 'v3'].
    pub fn get_allowed_versions() -> Vec<String> {
        VERSIONS.iter().map(|v| v.to_string()).collect()
    }
}
