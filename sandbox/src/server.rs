//! The accept loop. Connections are served one by one with hyper-util (rather than
//! `axum::serve`) so a fault can close a connection without answering.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use hyper::body::Incoming;
use hyper::Request;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio_rustls::TlsAcceptor;

use crate::abort::Abort;
use crate::pipeline;
use crate::state::SandboxState;

/// When a connection last finished a request, and how many it is serving now: what the
/// idle close (`idle_close_ms`) needs.
struct Activity {
    in_flight: AtomicUsize,
    last: parking_lot::Mutex<Instant>,
}

impl Activity {
    fn new() -> Self {
        Activity { in_flight: AtomicUsize::new(0), last: parking_lot::Mutex::new(Instant::now()) }
    }

    /// How long the connection has been without a request, or `None` while it serves one.
    fn idle_for(&self) -> Option<Duration> {
        (self.in_flight.load(Ordering::SeqCst) == 0).then(|| self.last.lock().elapsed())
    }
}

/// Counts a request as in flight until dropped (its answer head is out, or it was dropped).
struct Busy(Arc<Activity>);

impl Busy {
    fn new(activity: &Arc<Activity>) -> Busy {
        activity.in_flight.fetch_add(1, Ordering::SeqCst);
        Busy(activity.clone())
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        *self.0.last.lock() = Instant::now();
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A second handle on the accepted socket, kept only so that a reset fault can set
/// SO_LINGER 0 on it; `None` when the socket could not be duplicated (then a reset
/// degrades to a plain close).
fn spare_handle(stream: TcpStream) -> std::io::Result<(TcpStream, Option<std::net::TcpStream>)> {
    let std_stream = stream.into_std()?;
    let spare = std_stream.try_clone().ok();
    Ok((TcpStream::from_std(std_stream)?, spare))
}

/// Serves until `shutdown` changes (or its sender is dropped); then every open
/// connection is closed too.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    state: SandboxState,
    tls: Option<TlsAcceptor>,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = shutdown.changed() => break,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(e) => {
                // Out of file descriptors and the like: back off instead of spinning.
                tracing::warn!("accept failed: {e}");
                tokio::time::sleep(Duration::from_millis(20)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let (stream, spare) = match spare_handle(stream) {
            Ok(pair) => pair,
            Err(e) => {
                tracing::warn!("could not register an accepted connection: {e}");
                continue;
            }
        };
        let abort = Arc::new(Abort::default());
        let activity = Arc::new(Activity::new());
        let idle_close = state.inner.idle_close_ms.subscribe();
        let (router, state, conn_shutdown) = (router.clone(), state.clone(), shutdown.clone());
        let (svc_abort, svc_activity) = (abort.clone(), activity.clone());
        let service = hyper::service::service_fn(move |req: Request<Incoming>| {
            let busy = Busy::new(&svc_activity);
            let handled = pipeline::handle(state.clone(), router.clone(), svc_abort.clone(), req);
            async move {
                let resp = handled.await;
                drop(busy);
                resp
            }
        });
        let tls = tls.clone();
        let watch = ConnWatch { abort, spare, shutdown: conn_shutdown, activity, idle_close };
        tokio::spawn(async move {
            match tls {
                None => serve_connection(stream, service, watch).await,
                Some(acceptor) => match acceptor.accept(stream).await {
                    Ok(stream) => serve_connection(stream, service, watch).await,
                    Err(e) => tracing::debug!("TLS handshake failed: {e}"),
                },
            }
        });
    }
}

/// What can end a connection besides the client: a fault, shutdown, the idle close.
struct ConnWatch {
    abort: Arc<Abort>,
    spare: Option<std::net::TcpStream>,
    shutdown: watch::Receiver<bool>,
    activity: Arc<Activity>,
    idle_close: watch::Receiver<u64>,
}

/// Serves one connection (plain or TLS) until it ends, a fault aborts it, shutdown, or it
/// stays idle for `idle_close_ms`.
async fn serve_connection<I, S>(io: I, service: S, w: ConnWatch)
where
    I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
    S: hyper::service::Service<Request<Incoming>, Response = hyper::Response<axum::body::Body>> + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder.http1().timer(TokioTimer::new());
    let conn = builder.serve_connection(TokioIo::new(io), service);
    tokio::pin!(conn);
    let ConnWatch { abort, spare, shutdown: mut conn_shutdown, activity, mut idle_close } = w;
    let mut closing = false;
    loop {
        // The next moment the idle close may apply (far away when it is off or closing).
        let limit = *idle_close.borrow_and_update();
        let check_in = match (limit, closing) {
            (0, _) | (_, true) => Duration::from_secs(3600),
            (ms, false) => {
                let limit = Duration::from_millis(ms);
                activity.idle_for().map_or(limit, |idle| limit.saturating_sub(idle))
            }
        };
        tokio::select! {
            res = conn.as_mut() => {
                if let Err(e) = res {
                    tracing::debug!("connection ended with error: {e}");
                }
                return;
            }
            // Dropping `conn` closes the socket; in-flight requests get no answer.
            _ = abort.notify.notified() => {
                if abort.reset.load(Ordering::SeqCst) {
                    if let Some(spare) = spare.as_ref() {
                        // Closing with SO_LINGER 0 sends RST and discards unread data.
                        if let Ok(dup) = spare.try_clone().and_then(TcpStream::from_std) {
                            let _ = dup.set_zero_linger();
                        }
                    }
                }
                return;
            }
            _ = conn_shutdown.changed() => return,
            _ = idle_close.changed() => {}
            _ = tokio::time::sleep(check_in) => {
                let limit = *idle_close.borrow();
                if limit > 0 && activity.idle_for().is_some_and(|idle| idle >= Duration::from_millis(limit)) {
                    // Like a load balancer's idle timeout: close (FIN) a connection that
                    // carries no request; hyper closes it at once when it is idle.
                    tracing::debug!("closing a connection idle for {limit} ms");
                    conn.as_mut().graceful_shutdown();
                    closing = true;
                }
            }
        }
    }
}
