//! A token cache file shared by several processes: a JSON map from a fingerprint of
//! (base URL, client id) to a token, written 0600 with an atomic replace, and guarded by an
//! exclusive lock on a side file so that only one process fetches a token at a time.
//!
//! The file holds secrets, so it is never reached through a symbolic link nor used when
//! another user owns it, and it is replaced through a temp file created exclusively under
//! a random name (a link planted at a guessable name cannot redirect the write).

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fs4::fs_std::FileExt;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::token::{is_usable_access_token, StoredToken};
use crate::error::{Error, ErrorKind, Result};

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
    lock: File,
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

    /// Waits (polling, never blocking a thread) until this process holds the cache's lock,
    /// at most `limit`: a Timeout error after that. Refuses a cache file or lock file that is
    /// a symbolic link or belongs to another user.
    pub async fn lock(&self, limit: Duration) -> Result<CacheLock> {
        let lock_path = side_path(&self.path, "lock");
        check_private(&self.path)?;
        check_private(&lock_path)?;
        let file = private_options()
            .read(true)
            .write(true)
            .truncate(false)
            .create(true)
            .open(&lock_path)
            .map_err(|e| Error::config(format!("cannot open the token cache lock {}: {e}", lock_path.display())))?;
        let until = Instant::now() + limit;
        let mut pause = Duration::from_millis(2);
        loop {
            match FileExt::try_lock_exclusive(&file) {
                Ok(true) => return Ok(CacheLock { lock: file, cache: self.clone() }),
                Ok(false) => {}
                Err(e) => return Err(Error::config(format!("cannot lock {}: {e}", lock_path.display()))),
            }
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(Error::new(
                    ErrorKind::Timeout,
                    format!(
                        "timed out after {} ms waiting for another process to finish fetching the token \
                         (lock {})",
                        limit.as_millis(),
                        lock_path.display()
                    ),
                ));
            }
            tokio::time::sleep(pause.min(left)).await;
            pause = (pause * 2).min(Duration::from_millis(50));
        }
    }
}

/// A path the cache may use: absent, or a regular file of this user (not a symbolic link).
fn check_private(path: &Path) -> Result<()> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::config(format!("cannot inspect the token cache {}: {e}", path.display()))),
    };
    if meta.file_type().is_symlink() {
        return Err(Error::config(format!(
            "the token cache {} is a symbolic link; tokens are never written through a link. Remove it, or \
             set the token cache file to a regular file in a directory only you can write to",
            path.display()
        )));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // SAFETY: geteuid has no preconditions and cannot fail.
        let me = unsafe { libc::geteuid() };
        if meta.uid() != me {
            return Err(Error::config(format!(
                "the token cache {} belongs to another user (uid {}, this process runs as uid {me}); it is \
                 not used. Remove it, or set the token cache file to a path of this user",
                path.display(),
                meta.uid()
            )));
        }
    }
    if !meta.is_file() {
        return Err(Error::config(format!("the token cache {} is not a regular file", path.display())));
    }
    Ok(())
}

impl Drop for CacheLock {
    fn drop(&mut self) {
        // Unlock explicitly: a child forked while this lock was held shares the open file,
        // and closing only this copy would leave the lock held for as long as the child lives.
        let _ = FileExt::unlock(&self.lock);
    }
}

impl CacheLock {
    /// This client's token, if the file has one. An unreadable or corrupt file, or a token
    /// that could not be sent, counts as empty.
    pub fn read(&self) -> Option<StoredToken> {
        read_file(&self.cache.path).entries.remove(&self.cache.key).filter(|t| is_usable_access_token(&t.access_token))
    }

    pub fn write(&self, token: &StoredToken) -> Result<()> {
        let mut file = read_file(&self.cache.path);
        file.version = 1;
        file.entries.insert(self.cache.key.clone(), token.clone());
        let text =
            serde_json::to_vec_pretty(&file).map_err(|e| Error::config(format!("cannot encode token cache: {e}")))?;
        let path = &self.cache.path;
        let fail = |e: std::io::Error| Error::config(format!("cannot write the token cache {}: {e}", path.display()));
        check_private(path)?;
        // A random name, created exclusively (O_EXCL, so never through a planted link) with
        // mode 0600, next to the cache so the rename is atomic; removed on any failure.
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let mut tmp = tempfile::Builder::new().prefix(".exsited-token-").tempfile_in(dir).map_err(fail)?;
        tmp.write_all(&text).map_err(fail)?;
        tmp.as_file().sync_all().map_err(fail)?;
        tmp.persist(path).map_err(|e| fail(e.error))?;
        Ok(())
    }
}

/// The cache's contents; a missing file is empty, and so is an unreadable or corrupt one
/// (with a warning: it is rewritten on the next fetch).
fn read_file(path: &Path) -> CacheFile {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return CacheFile::default(),
        Err(e) => {
            tracing::warn!(target: "exsited", path = %path.display(), error = %e, "cannot read the token cache file; fetching a new token");
            return CacheFile::default();
        }
    };
    if bytes.is_empty() {
        return CacheFile::default();
    }
    serde_json::from_slice(&bytes).unwrap_or_else(|_| {
        tracing::warn!(target: "exsited", path = %path.display(), "the token cache file is not valid JSON; it will be replaced");
        CacheFile::default()
    })
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
        o.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    const WAIT: Duration = Duration::from_secs(2);

    fn token() -> StoredToken {
        StoredToken {
            access_token: "AAA".into(),
            refresh_token: Some("RRR".into()),
            expires_at: Some(10),
            lifetime: Some(5),
        }
    }

    #[tokio::test]
    async fn round_trip_private_file_keyed_by_fingerprint() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tokens.json");
        let a = FileTokenCache::new(&path, "https://x.example/", "client-a");
        let b = FileTokenCache::new(&path, "https://x.example", "client-b");
        let t = token();
        {
            let l = a.lock(WAIT).await.unwrap();
            assert!(l.read().is_none());
            l.write(&t).unwrap();
        }
        assert_eq!(a.lock(WAIT).await.unwrap().read(), Some(t));
        assert!(b.lock(WAIT).await.unwrap().read().is_none());
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains("client-a"), "the key is a fingerprint, not the client id");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 2, "only the cache and its lock are left: {names:?}");
    }

    #[tokio::test]
    async fn corrupt_file_or_unusable_token_counts_as_empty() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tokens.json");
        std::fs::write(&path, b"{not json").unwrap();
        let c = FileTokenCache::new(&path, "https://x", "id");
        assert!(c.lock(WAIT).await.unwrap().read().is_none());
        let l = c.lock(WAIT).await.unwrap();
        l.write(&StoredToken { access_token: "a\r\nb".into(), ..token() }).unwrap();
        assert!(l.read().is_none());
    }

    #[tokio::test]
    async fn a_held_lock_is_waited_for_at_most_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let c = FileTokenCache::new(dir.path().join("tokens.json"), "https://x", "id");
        let held = c.lock(WAIT).await.unwrap();
        let started = Instant::now();
        let e = c.lock(Duration::from_millis(150)).await.err().expect("the lock is held");
        assert_eq!(e.kind, ErrorKind::Timeout);
        assert!(started.elapsed() < Duration::from_secs(1));
        drop(held);
        assert!(c.lock(Duration::from_millis(150)).await.is_ok());
    }

    #[cfg(unix)]
    #[tokio::test]
    async fn a_lock_released_in_the_parent_is_free_while_a_forked_child_lives() {
        let dir = tempfile::tempdir().unwrap();
        let c = FileTokenCache::new(dir.path().join("tokens.json"), "https://x", "id");
        let held = c.lock(WAIT).await.unwrap();
        // SAFETY: the child only sleeps and exits; it shares the lock's open file.
        let pid = unsafe { libc::fork() };
        if pid == 0 {
            unsafe {
                libc::sleep(3);
                libc::_exit(0);
            }
        }
        drop(held);
        let again = c.lock(Duration::from_millis(500)).await;
        unsafe {
            libc::kill(pid, libc::SIGKILL);
            libc::waitpid(pid, std::ptr::null_mut(), 0);
        }
        assert!(again.is_ok(), "the child's copy of the file kept the lock");
    }

    #[cfg(unix)]
    #[tokio::test]
    async fn a_link_planted_at_the_old_temp_name_is_not_followed() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tokens.json");
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, b"victim\n").unwrap();
        std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644)).unwrap();
        let planted = side_path(&path, &format!("tmp.{}", std::process::id()));
        std::os::unix::fs::symlink(&victim, &planted).unwrap();
        let c = FileTokenCache::new(&path, "https://x", "id");
        c.lock(WAIT).await.unwrap().write(&token()).unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"victim\n");
        let meta = std::fs::symlink_metadata(&path).unwrap();
        assert!(meta.is_file(), "the cache is a regular file, not a link");
        assert_eq!(meta.permissions().mode() & 0o777, 0o600);
        assert_eq!(c.lock(WAIT).await.unwrap().read(), Some(token()));
    }

    #[cfg(unix)]
    #[tokio::test]
    async fn a_cache_path_that_is_a_link_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tokens.json");
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, b"victim\n").unwrap();
        std::os::unix::fs::symlink(&victim, &path).unwrap();
        let c = FileTokenCache::new(&path, "https://x", "id");
        let e = c.lock(WAIT).await.err().expect("refused");
        assert_eq!(e.kind, ErrorKind::Config);
        assert!(e.message.contains("symbolic link") && e.message.contains("tokens.json"), "{}", e.message);
        assert_eq!(std::fs::read(&victim).unwrap(), b"victim\n");
        // A link planted at the lock's name is refused as well.
        let other = dir.path().join("other.json");
        std::os::unix::fs::symlink(&victim, side_path(&other, "lock")).unwrap();
        let e = FileTokenCache::new(&other, "https://x", "id").lock(WAIT).await.err().expect("refused");
        assert!(e.message.contains("other.json.lock"), "{}", e.message);
    }

    #[cfg(unix)]
    #[tokio::test]
    async fn a_cache_file_of_another_user_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        // SAFETY: no preconditions.
        let path = if unsafe { libc::geteuid() } == 0 {
            let p = dir.path().join("tokens.json");
            std::fs::write(&p, b"{}").unwrap();
            std::os::unix::fs::chown(&p, Some(65534), Some(65534)).unwrap();
            p
        } else {
            PathBuf::from("/etc/passwd") // owned by root; refused before anything is opened
        };
        let e = FileTokenCache::new(&path, "https://x", "id").lock(WAIT).await.err().expect("refused");
        assert_eq!(e.kind, ErrorKind::Config);
        assert!(e.message.contains("another user"), "{}", e.message);
    }
}
