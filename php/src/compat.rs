//! Drop-in classes for applications written against the documented PHP SDK:
//!
//! ```php
//! $cm  = new Api\ApiHelper\Config\ConfigManager();          // reads token.json + sdk-config.json
//! $svc = new Api\AppService\Account\AccountData(new Api\Component\ApiConfig($cm->getConfig()));
//! ```
//!
//! Where ConfigManager looks: the directory given to its constructor, else the environment
//! variable EXSITED_CONFIG_DIR, else the current working directory.

#![allow(non_snake_case)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use exsited_core::Secret;
use ext_php_rs::exception::PhpResult;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{ZendHashTable, Zval};
use serde_json::{Map, Value};

use crate::errors::{config, guard, OrThrow};
use crate::settings::{Handle, Settings};
use crate::zval::{from_php, to_php};

pub const TOKEN_FILE: &str = "token.json";
pub const SDK_CONFIG_FILE: &str = "sdk-config.json";
pub const CONFIG_DIR_ENV: &str = "EXSITED_CONFIG_DIR";
/// The documented ConfigManager's API version when sdk-config.json has no `apiVersion`.
pub const UNCONFIGURED_VERSION: &str = "v2";

#[php_class]
#[php(name = "Api\\ApiHelper\\Config\\ConfigManager")]
pub struct ConfigManager {
    dir: PathBuf,
}

fn read_json(path: &Path) -> PhpResult<Value> {
    let bytes = crate::settings::read_file(path).map_err(config)?;
    serde_json::from_slice(&bytes).map_err(|e| config(format!("{} is not valid JSON: {e}", path.display())))
}

impl ConfigManager {
    /// `{"apiVersion": .., "reQuestTimeOut": .., "tokenStore": ..}`; defaults when the file is absent.
    fn sdk_config(&self) -> PhpResult<Map<String, Value>> {
        let path = self.dir.join(SDK_CONFIG_FILE);
        let mut out = Map::new();
        // The documented SDK's version when sdk-config.json names none (its own copy says v3).
        out.insert("apiVersion".into(), Value::String(UNCONFIGURED_VERSION.into()));
        if path.exists() {
            match read_json(&path)? {
                Value::Object(m) => out.extend(m),
                _ => return Err(config(format!("{} must hold a JSON object", path.display()))),
            }
        }
        Ok(out)
    }

    fn credential_sets(&self) -> PhpResult<Vec<Value>> {
        let path = self.dir.join(TOKEN_FILE);
        match read_json(&path)? {
            Value::Array(items) => Ok(items),
            obj @ Value::Object(_) => Ok(vec![obj]),
            _ => Err(config(format!("{} must hold a list of credential sets", path.display()))),
        }
    }

    fn merged(&self, credentials: Value) -> PhpResult<Zval> {
        let Value::Object(mut set) = credentials else {
            return Err(config("a credential set must be an object (apiUrl, client_id, client_secret, ...)"));
        };
        for (k, v) in self.sdk_config()? {
            set.entry(k).or_insert(v);
        }
        to_php(&Value::Object(set), true).map_err(config)
    }
}

#[php_impl]
#[allow(non_snake_case)]
impl ConfigManager {
    /// `$configDir`: where token.json and sdk-config.json are; default EXSITED_CONFIG_DIR,
    /// then PHP's current working directory (the request thread's own under ZTS).
    pub fn __construct(configDir: Option<String>) -> ConfigManager {
        let dir = configDir
            .filter(|d| !d.is_empty())
            .or_else(|| std::env::var(CONFIG_DIR_ENV).ok().filter(|d| !d.is_empty()))
            .map(|d| crate::cwd::resolve(PathBuf::from(d)))
            .or_else(crate::cwd::php_cwd)
            .unwrap_or_else(|| PathBuf::from("."));
        let manager = ConfigManager { dir };
        // As the documented constructor does: the configured version becomes the request's
        // SdkVersionManager version. An unreadable sdk-config.json is reported by getConfig.
        if let Ok(Value::String(v)) = manager.sdk_config().map(|mut c| c.remove("apiVersion").unwrap_or(Value::Null)) {
            if let Ok(v) = exsited_core::config::api_version("apiVersion", &v) {
                crate::version_manager::configured(&v);
            }
        }
        manager
    }

    /// Credential set number `$index` of token.json, with sdk-config.json's settings added.
    #[php(defaults(index = 0))]
    pub fn get_config(&self, index: i64) -> PhpResult<Zval> {
        guard(|| {
            let sets = self.credential_sets()?;
            let i = index;
            let set = usize::try_from(i).ok().and_then(|i| sets.get(i)).cloned().ok_or_else(|| {
                config(format!("{} has {} credential set(s); there is no set {i}", TOKEN_FILE, sets.len()))
            })?;
            self.merged(set)
        })
    }

    /// The given credentials (apiUrl, client_id, client_secret, redirect_uri, ...), with
    /// sdk-config.json's settings added.
    pub fn get_config_with_credentials(&self, credentials: &ZendHashTable) -> PhpResult<Zval> {
        guard(|| {
            let mut zv = Zval::new();
            zv.set_hashtable(credentials.to_owned());
            let value = from_php(&zv).map_err(config)?;
            let value = if value.as_array().is_some_and(Vec::is_empty) { Value::Object(Map::new()) } else { value };
            self.merged(value)
        })
    }

    /// The directory this manager reads.
    pub fn get_config_dir(&self) -> String {
        self.dir.display().to_string()
    }
}

/// `Api\Component\ApiConfig`: the settings of one credential set.
#[php_class]
#[php(name = "Api\\Component\\ApiConfig")]
pub struct ApiConfig {
    settings: Settings,
    assoc: bool,
}

fn text(map: &Map<String, Value>, key: &str) -> Option<String> {
    match map.get(key)? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `reQuestTimeOut` of sdk-config.json: seconds as a number or a numeric string (null or
/// absent: the default), checked by the core like every timeout.
fn request_timeout(value: Option<&Value>) -> PhpResult<Option<Duration>> {
    const NAME: &str = "reQuestTimeOut";
    let secs = match value {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::Number(n)) => n.as_str().parse::<f64>().ok(),
        Some(Value::String(s)) => s.trim().parse::<f64>().ok(),
        Some(_) => None,
    };
    let shown = value.map(Value::to_string).unwrap_or_default();
    let secs = secs.ok_or_else(|| {
        crate::errors::from_core(exsited_core::config::invalid_option(
            NAME,
            exsited_core::config::OptionKind::Seconds,
            &shown,
        ))
    })?;
    exsited_core::config::seconds(NAME, secs).map(Some).map_err(crate::errors::from_core)
}

impl ApiConfig {
    /// The shared core client for this credential set (what every `Api\AppService` class holds).
    pub(crate) fn connect(&self) -> PhpResult<Handle> {
        guard(|| {
            let mut handle = self.settings.connect(self.assoc).or_throw(self.assoc)?;
            handle.follows_sdk_version = true;
            Ok(handle)
        })
    }
}

#[php_impl]
impl ApiConfig {
    /// `$config`: what ConfigManager::getConfig() gives (apiUrl, client_id, client_secret,
    /// redirect_uri, access_token, refresh_token, apiVersion, reQuestTimeOut, tokenStore).
    pub fn __construct(config: &ZendHashTable) -> PhpResult<ApiConfig> {
        guard(|| {
            let mut zv = Zval::new();
            zv.set_hashtable(config.to_owned());
            let Value::Object(map) = from_php(&zv).map_err(crate::errors::config)? else {
                return Err(crate::errors::config("ApiConfig needs the array ConfigManager::getConfig() gives"));
            };
            let base_url = text(&map, "apiUrl")
                .or_else(|| text(&map, "base_url"))
                .ok_or_else(|| crate::errors::config("the configuration has no apiUrl"))?;
            let timeout = request_timeout(map.get("reQuestTimeOut"))?;
            let api_version = match map.get("apiVersion") {
                None | Some(Value::Null) => None,
                Some(Value::String(v)) => {
                    Some(exsited_core::config::api_version("apiVersion", v).map_err(crate::errors::from_core)?)
                }
                Some(other) => {
                    return Err(crate::errors::config(format!("apiVersion must be one of v1, v2, v3, got {other}")))
                }
            };
            let settings = Settings {
                base_url,
                client_id: text(&map, "client_id").unwrap_or_default(),
                client_secret: Secret::new(text(&map, "client_secret").unwrap_or_default()),
                redirect_uri: text(&map, "redirect_uri").unwrap_or_default(),
                api_version,
                timeout,
                access_token: text(&map, "access_token").map(Secret::new),
                refresh_token: text(&map, "refresh_token").map(Secret::new),
                token_store: text(&map, "tokenStore").map(Secret::new),
                ..Settings::default()
            };
            let assoc = matches!(map.get("assoc"), Some(Value::Bool(true)));
            Ok(ApiConfig { settings, assoc })
        })
    }

    pub fn get_api_url(&self) -> String {
        self.settings.base_url.clone()
    }

    pub fn get_api_version(&self) -> String {
        self.settings.api_version()
    }

    /// The request timeout in seconds (reQuestTimeOut), or null for the default.
    pub fn get_request_timeout(&self) -> Option<f64> {
        self.settings.timeout.map(|t| t.as_secs_f64())
    }
}

/// `Api\AppService\Account\AccountData`: the documented SDK's account service; same methods
/// as `Exsited\AccountService`.
#[php_class]
#[php(name = "Api\\AppService\\Account\\AccountData")]
pub struct AccountData {
    pub(crate) handle: Handle,
}

impl AccountData {
    /// `new AccountData($apiConfig)` (the constructor is in methods.rs).
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<AccountData> {
        Ok(AccountData { handle: config.connect()? })
    }
}
