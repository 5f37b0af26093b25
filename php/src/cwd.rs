//! PHP's working directory for the paths PHP code gives. On a thread-safe (ZTS) PHP each
//! request thread has its own working directory (`chdir()` changes the thread's virtual one,
//! not the process's), while Rust's file functions use the process's. A relative path is
//! therefore resolved against PHP's `getcwd()` when the two differ; on NTS they never do, and
//! the path is passed on as given.

use std::path::{Path, PathBuf};

use ext_php_rs::types::ZendCallable;

/// PHP's `getcwd()` for the running request.
pub fn php_cwd() -> Option<PathBuf> {
    let cwd = ZendCallable::try_from_name("getcwd").and_then(|f| f.try_call(vec![])).ok()?;
    cwd.str().filter(|s| !s.is_empty()).map(PathBuf::from)
}

/// `path` as PHP code means it: relative to PHP's working directory.
pub fn resolve(path: PathBuf) -> PathBuf {
    if path.is_absolute() || path.as_os_str().is_empty() {
        return path;
    }
    match php_cwd() {
        Some(cwd) if std::env::current_dir().ok().as_deref() != Some(Path::new(&cwd)) => cwd.join(path),
        _ => path,
    }
}
