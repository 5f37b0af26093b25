//! The `exsited` PHP extension: the Exsited account API client, built on exsited-core.
//!
//! One file per PHP class (client.rs, account_service.rs, pager.rs, compat.rs), the service
//! classes of the other areas generated into services.rs; their API methods are generated from
//! api/ into methods.rs (a table run by invoke.rs); errors.rs for
//! the exception hierarchy, zval.rs for JSON <-> PHP values, sensitive.rs for the
//! `#[\SensitiveParameter]` marks. Nothing is created at module
//! startup except class declarations: the core builds its runtime and HTTP pool on first use
//! (and again in a forked child), and settings.rs keeps one core client per set of settings
//! for the life of the process, so php-fpm workers keep their token between requests.

#![allow(clippy::result_large_err)]

use ext_php_rs::prelude::*;
use ext_php_rs::zend::ModuleEntry;
use ext_php_rs::{info_table_end, info_table_row, info_table_start};

pub mod account_service;
pub mod args;
pub mod call_options;
pub mod client;
pub mod compat;
pub mod cwd;
pub mod errors;
pub mod invoke;
pub mod log;
pub mod methods;
pub mod pager;
pub mod sensitive;
pub mod services;
pub mod settings;
pub mod version_manager;
pub mod zval;

extern "C" fn startup(_ty: i32, module_number: i32) -> i32 {
    match std::panic::catch_unwind(errors::register) {
        Ok(Ok(())) => {
            // The #[php_class] classes are registered after this function returns; their
            // sensitive parameters are marked once every module has started.
            sensitive::install();
            // The core's log events go to the client's PSR-3 logger or error_log.
            log::install(module_number);
            0
        }
        _ => -1,
    }
}

extern "C" fn info(_module: *mut ModuleEntry) {
    info_table_start!();
    info_table_row!("exsited support", "enabled");
    info_table_row!("exsited version", env!("CARGO_PKG_VERSION"));
    info_table_row!("exsited-core version", exsited_core::VERSION);
    info_table_end!();
}

#[php_module]
#[php(startup = startup)]
pub fn get_module(module: ModuleBuilder) -> ModuleBuilder {
    let module = module
        .name("exsited")
        .version(env!("CARGO_PKG_VERSION"))
        .info_function(info)
        .request_shutdown_function(version_manager::request_shutdown)
        .class::<client::Client>()
        .class::<account_service::AccountService>()
        .class::<pager::RecordIterator>()
        .class::<compat::ConfigManager>()
        .class::<version_manager::SdkVersionManager>()
        .class::<compat::ApiConfig>()
        .class::<compat::AccountData>();
    services::register(module)
}
