//! A token cache file shared by several processes: a JSON map from a fingerprint of
//! (base URL, client id) to a token, written 0600 with an atomic replace, and guarded by an
//! exclusive lock on a side file so that only one process fetches a token at a time.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use fs4::fs_std::FileExt;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::token::StoredToken;
use crate::error::{Error, Result};

#[derive(Default, Serialize, Deserialize)]
struct CacheFile {
    version: u32,
    #[serde(default)]
    entries: BTreeMap<String, StoredToken>,
}

#[derive(Clone, Debug)]
pub struct FileTokenCache {
    path: PathBuf,
    key: String,
}

/// Held while a process reads, maybe fetches, and writes the token.
pub struct CacheLock {
    _lock: File,
    cache: FileTokenCache,
}

impl FileTokenCache {
    pub fn new(path: impl Into<PathBuf>, base_url: &str, client_id: &str) -> FileTokenCache {
        let mut h = Sha256::new();
        h.update(base_url.trim_end_matches('/').as_bytes());
        h.update(b"\n");
        h.update(client_id.as_bytes());
        FileTokenCache { path: path.into(), key: hex::encode(&h.finalize()[..16]) }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Blocks until this process holds the cache's lock.
    pub fn lock(&self) -> Result<CacheLock> {
        let lock_path = side_path(&self.path, "lock");
        let file = private_options()
            .read(true)
            .write(true)
            .truncate(false)
            .create(true)
            .open(&lock_path)
            .map_err(|e| Error::config(format!("cannot open the token cache lock {}: {e}", lock_path.display())))?;
        FileExt::lock_exclusive(&file)
            .map_err(|e| Error::config(format!("cannot lock {}: {e}", lock_path.display())))?;
        Ok(CacheLock { _lock: file, cache: self.clone() })
    }
}

impl CacheLock {
    /// This client's token, if the file has one. An unreadable or corrupt file counts as empty.
    pub fn read(&self) -> Option<StoredToken> {
        read_file(&self.cache.path).entries.remove(&self.cache.key)
    }

    pub fn write(&self, token: &StoredToken) -> Result<()> {
        let mut file = read_file(&self.cache.path);
        file.version = 1;
        file.entries.insert(self.cache.key.clone(), token.clone());
        let text =
            serde_json::to_vec_pretty(&file).map_err(|e| Error::config(format!("cannot encode token cache: {e}")))?;
        let tmp = side_path(&self.cache.path, &format!("tmp.{}", std::process::id()));
        let write = || -> std::io::Result<()> {
            let mut f = private_options().write(true).create(true).truncate(true).open(&tmp)?;
            f.write_all(&text)?;
            f.sync_all()?;
            std::fs::rename(&tmp, &self.cache.path)
        };
        write().map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            Error::config(format!("cannot write the token cache {}: {e}", self.cache.path.display()))
        })
    }
}

fn read_file(path: &Path) -> CacheFile {
    std::fs::read(path).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default()
}

fn side_path(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(format!(".{suffix}"));
    path.with_file_name(name)
}

fn private_options() -> OpenOptions {
    let mut o = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_private_file_keyed_by_fingerprint() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tokens.json");
        let a = FileTokenCache::new(&path, "https://x.example/", "client-a");
        let b = FileTokenCache::new(&path, "https://x.example", "client-b");
        let t = StoredToken {
            access_token: "AAA".into(),
            refresh_token: Some("RRR".into()),
            expires_at: Some(10),
            lifetime: Some(5),
        };
        {
            let l = a.lock().unwrap();
            assert!(l.read().is_none());
            l.write(&t).unwrap();
        }
        assert_eq!(a.lock().unwrap().read(), Some(t));
        assert!(b.lock().unwrap().read().is_none());
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains("client-a"), "the key is a fingerprint, not the client id");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
    }

    #[test]
    fn corrupt_file_counts_as_empty() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tokens.json");
        std::fs::write(&path, b"{not json").unwrap();
        let c = FileTokenCache::new(&path, "https://x", "id");
        assert!(c.lock().unwrap().read().is_none());
    }
}
