//! `exsited-sandbox`: runs the sandbox server until SIGINT/SIGTERM.
//! Prints exactly one line, `listening on http://HOST:PORT`, once it accepts connections.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use exsited_sandbox::{Sandbox, SandboxOptions};

#[derive(Parser, Debug)]
#[command(name = "exsited-sandbox", version, about = "Local fake of the Exsited account API")]
struct Cli {
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 0)]
    port: u16,
    #[arg(long, default_value = "127.0.0.1")]
    host: String,
    #[arg(long, default_value = "sandbox-client")]
    client_id: String,
    #[arg(long, default_value = "sandbox-secret")]
    client_secret: String,
    /// Access token lifetime in seconds.
    #[arg(long, default_value_t = 3600)]
    token_ttl: u64,
    /// Accounts to seed at start.
    #[arg(long, default_value_t = 0)]
    seed: usize,
    /// Serve HTTPS with a throw-away CA; its certificate is written to --tls-ca-out.
    #[arg(long)]
    tls: bool,
    /// Close keep-alive connections after this many ms without a request, as a load
    /// balancer's idle timeout does (0 keeps them open).
    #[arg(long, default_value_t = 0)]
    idle_close_ms: u64,
    /// Where to write the CA certificate (PEM) in --tls mode.
    #[arg(long, requires = "tls")]
    tls_ca_out: Option<std::path::PathBuf>,
    /// Every newly issued token ends the earlier access tokens of that client (they get
    /// 401, counted as revoked_token_rejections), as Exsited does for one set of credentials.
    #[arg(long)]
    single_session: bool,
    /// gzip the answers of requests whose Accept-Encoding names gzip, as a server behind
    /// nginx or a CDN does.
    #[arg(long)]
    compress: bool,
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("EXSITED_SANDBOX_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let opts = SandboxOptions {
        host: cli.host,
        port: cli.port,
        client_id: cli.client_id,
        client_secret: cli.client_secret,
        token_ttl_secs: cli.token_ttl,
        seed_accounts: cli.seed,
        tls: cli.tls,
        idle_close_ms: cli.idle_close_ms,
        single_session: cli.single_session,
        compress: cli.compress,
    };
    let sandbox = match Sandbox::start(opts).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("exsited-sandbox: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let (Some(path), Some(pem)) = (cli.tls_ca_out.as_ref(), sandbox.ca_pem()) {
        if let Err(e) = std::fs::write(path, pem) {
            eprintln!("exsited-sandbox: cannot write the CA certificate to {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "listening on {}", sandbox.base_url());
    let _ = out.flush();
    drop(out);
    wait_for_signal().await;
    drop(sandbox);
    ExitCode::SUCCESS
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
