//! The accept loop. Connections are served one by one with hyper-util (rather than
//! `axum::serve`) so a fault can close a connection without answering.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::body::Incoming;
use hyper::Request;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, Notify};
use tokio_rustls::TlsAcceptor;

use crate::pipeline;
use crate::state::SandboxState;

/// How a request asks its connection task to close the connection without answering.
#[derive(Default)]
pub struct Abort {
    notify: Notify,
    reset: AtomicBool,
}

impl Abort {
    /// Close the connection; with `reset`, as a TCP reset (RST) instead of an orderly FIN.
    pub fn trigger(&self, reset: bool) {
        self.reset.store(reset, Ordering::SeqCst);
        self.notify.notify_one();
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
        let (router, state, conn_shutdown) = (router.clone(), state.clone(), shutdown.clone());
        let svc_abort = abort.clone();
        let service = hyper::service::service_fn(move |req: Request<Incoming>| {
            pipeline::handle(state.clone(), router.clone(), svc_abort.clone(), req)
        });
        let tls = tls.clone();
        tokio::spawn(async move {
            match tls {
                None => serve_connection(stream, service, abort, spare, conn_shutdown).await,
                Some(acceptor) => match acceptor.accept(stream).await {
                    Ok(stream) => serve_connection(stream, service, abort, spare, conn_shutdown).await,
                    Err(e) => tracing::debug!("TLS handshake failed: {e}"),
                },
            }
        });
    }
}

/// Serves one connection (plain or TLS) until it ends, a fault aborts it, or shutdown.
async fn serve_connection<I, S>(
    io: I,
    service: S,
    abort: Arc<Abort>,
    spare: Option<std::net::TcpStream>,
    mut conn_shutdown: watch::Receiver<bool>,
) where
    I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
    S: hyper::service::Service<Request<Incoming>, Response = hyper::Response<axum::body::Body>> + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder.http1().timer(TokioTimer::new());
    let conn = builder.serve_connection(TokioIo::new(io), service);
    tokio::pin!(conn);
    tokio::select! {
        res = conn.as_mut() => {
            if let Err(e) = res {
                tracing::debug!("connection ended with error: {e}");
            }
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
        }
        _ = conn_shutdown.changed() => {}
    }
}
