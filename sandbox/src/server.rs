//! The accept loop. Connections are served one by one with hyper-util (rather than
//! `axum::serve`) so a fault can close a connection without answering.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::body::Incoming;
use hyper::Request;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use tokio::net::TcpListener;
use tokio::sync::{watch, Notify};

use crate::pipeline;
use crate::state::SandboxState;

/// Serves until `shutdown` changes (or its sender is dropped); then every open
/// connection is closed too.
pub async fn serve(listener: TcpListener, router: Router, state: SandboxState, mut shutdown: watch::Receiver<bool>) {
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
        let abort = Arc::new(Notify::new());
        let (router, state, mut conn_shutdown) = (router.clone(), state.clone(), shutdown.clone());
        let svc_abort = abort.clone();
        let service = hyper::service::service_fn(move |req: Request<Incoming>| {
            pipeline::handle(state.clone(), router.clone(), svc_abort.clone(), req)
        });
        tokio::spawn(async move {
            let mut builder = auto::Builder::new(TokioExecutor::new());
            builder.http1().timer(TokioTimer::new());
            let conn = builder.serve_connection(TokioIo::new(stream), service);
            tokio::pin!(conn);
            tokio::select! {
                res = conn.as_mut() => {
                    if let Err(e) = res {
                        tracing::debug!("connection ended with error: {e}");
                    }
                }
                // Dropping `conn` closes the socket; in-flight requests get no answer.
                _ = abort.notified() => {}
                _ = conn_shutdown.changed() => {}
            }
        });
    }
}
