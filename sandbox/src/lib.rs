//! A local HTTP server that behaves like the Exsited account API: OAuth2 token endpoint,
//! the 46 account operations under `/api/v2/` and `/api/v3/`, in-memory state, a request
//! log, counters and injectable faults (see the `/__sandbox__/` hooks).
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use exsited_sandbox::{Sandbox, SandboxOptions};
//! let sandbox = Sandbox::start(SandboxOptions { seed_accounts: 5, ..Default::default() }).await?;
//! println!("{}", sandbox.base_url());
//! assert_eq!(sandbox.state().account_count(), 5);
//! # Ok(()) }
//! ```

mod abort;
mod auth;
mod body;
mod compress;
mod engine;
mod error;
mod faults;
mod hooks;
mod log;
mod model;
mod pagination;
mod pipeline;
mod respond;
mod routes;
mod server;
mod state;
mod store;
mod tls;
mod util;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use tokio::net::TcpListener;
use tokio::sync::watch;

pub use faults::{Fault, FaultKind};
pub use state::SandboxState;

#[derive(Debug, Clone)]
pub struct SandboxOptions {
    pub host: String,
    /// 0 picks a free port.
    pub port: u16,
    pub client_id: String,
    pub client_secret: String,
    pub token_ttl_secs: u64,
    /// Accounts seeded at start ("Seed Account 0001", ...).
    pub seed_accounts: usize,
    /// Serve HTTPS with a throw-away CA (see [`Sandbox::ca_pem`]).
    pub tls: bool,
    /// Close keep-alive connections idle this long (ms); 0 keeps them open.
    pub idle_close_ms: u64,
    /// Every new token ends the earlier access tokens of its client (they get 401), as
    /// Exsited does for one set of credentials.
    pub single_session: bool,
    /// gzip the answers of requests that accept gzip, as a server behind nginx or a CDN does.
    pub compress: bool,
}

impl Default for SandboxOptions {
    fn default() -> Self {
        SandboxOptions {
            host: "127.0.0.1".into(),
            port: 0,
            client_id: "sandbox-client".into(),
            client_secret: "sandbox-secret".into(),
            token_ttl_secs: 3600,
            seed_accounts: 0,
            tls: false,
            idle_close_ms: 0,
            single_session: false,
            compress: false,
        }
    }
}

/// A running sandbox server; dropping it shuts the server down.
pub struct Sandbox {
    addr: SocketAddr,
    state: SandboxState,
    shutdown: Option<watch::Sender<bool>>,
    thread: Option<std::thread::JoinHandle<()>>,
    ca_pem: Option<String>,
}

impl Sandbox {
    /// Binds and spawns the server on the current tokio runtime.
    pub async fn start(opts: SandboxOptions) -> std::io::Result<Sandbox> {
        let listener = TcpListener::bind((opts.host.as_str(), opts.port)).await?;
        let addr = listener.local_addr()?;
        let tls = opts.tls.then(tls::self_signed).transpose()?;
        let (state, router) = build(&opts, addr);
        let (tx, rx) = watch::channel(false);
        let acceptor = tls.as_ref().map(|t| t.acceptor.clone());
        tokio::spawn(server::serve(listener, router, state.clone(), acceptor, rx));
        Ok(Sandbox { addr, state, shutdown: Some(tx), thread: None, ca_pem: tls.map(|t| t.ca_pem) })
    }

    /// Runs the server on its own thread with its own multi-thread runtime, for tests
    /// that are not async.
    pub fn start_in_thread(opts: SandboxOptions) -> std::io::Result<Sandbox> {
        let std_listener = std::net::TcpListener::bind((opts.host.as_str(), opts.port))?;
        std_listener.set_nonblocking(true)?;
        let addr = std_listener.local_addr()?;
        let tls = opts.tls.then(tls::self_signed).transpose()?;
        let acceptor = tls.as_ref().map(|t| t.acceptor.clone());
        let (state, router) = build(&opts, addr);
        let (tx, rx) = watch::channel(false);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("exsited-sandbox")
            .enable_all()
            .build()?;
        let server_state = state.clone();
        let thread = std::thread::Builder::new().name("exsited-sandbox".into()).spawn(move || {
            runtime.block_on(async move {
                match TcpListener::from_std(std_listener) {
                    Ok(listener) => server::serve(listener, router, server_state, acceptor, rx).await,
                    Err(e) => tracing::error!("sandbox listener: {e}"),
                }
            });
            // Dropping the runtime here ends the remaining connection tasks.
        })?;
        Ok(Sandbox { addr, state, shutdown: Some(tx), thread: Some(thread), ca_pem: tls.map(|t| t.ca_pem) })
    }

    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub fn base_url(&self) -> String {
        self.state.base_url()
    }

    /// The CA certificate (PEM) to trust when the sandbox serves HTTPS.
    pub fn ca_pem(&self) -> Option<&str> {
        self.ca_pem.as_deref()
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    pub fn state(&self) -> SandboxState {
        self.state.clone()
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(true);
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn build(opts: &SandboxOptions, addr: SocketAddr) -> (SandboxState, axum::Router) {
    // A wildcard bind is reached through loopback.
    let ip = match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    let scheme = if opts.tls { "https" } else { "http" };
    let base_url = format!("{scheme}://{}", SocketAddr::new(ip, addr.port()));
    let state = SandboxState::new(base_url, opts.client_id.clone(), opts.client_secret.clone(), opts.token_ttl_secs);
    state.seed(opts.seed_accounts);
    state.set_idle_close_ms(opts.idle_close_ms);
    state.set_single_session(opts.single_session);
    state.set_compress(opts.compress);
    let router = routes::router(state.clone());
    (state, router)
}
