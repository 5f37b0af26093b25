//! A bare reqwest client with no SDK around it: one token, then either sequential GETs of
//! one account (latency) or many in flight at once (throughput). It prints one JSON line so
//! the benchmark driver can put it next to the SDKs' figures.

// The core's error type is large by design (it carries the whole answer).
#![allow(clippy::result_large_err)]

use std::time::{Duration, Instant};

use clap::Parser;
use futures_util::stream::{self, StreamExt};
use serde_json::{json, Value};

#[derive(Parser)]
struct Args {
    #[arg(long)]
    url: String,
    #[arg(long, default_value = "sandbox-client")]
    client_id: String,
    #[arg(long, default_value = "sandbox-secret")]
    client_secret: String,
    /// Account id to read.
    #[arg(long)]
    id: String,
    /// Number of calls.
    #[arg(long, default_value_t = 2000)]
    calls: usize,
    /// Calls in flight at once (1 = sequential latency).
    #[arg(long, default_value_t = 1)]
    concurrency: usize,
    /// `raw` = bare reqwest; `core` = exsited-core's call blocking on this thread, as the
    /// bindings make it, to tell the core's own cost from the bindings'. Between them, for P1's
    /// layers: `raw-block` (bare reqwest, one `block_on` per call) and `transport` (the
    /// core's transport alone).
    #[arg(long, default_value = "raw")]
    mode: String,
    /// Path and query to GET instead of the account (e.g. `/api/v2/accounts?limit=500`).
    #[arg(long)]
    path: Option<String>,
    /// Extra CA (PEM) to trust, for the sandbox's --tls mode.
    #[arg(long)]
    ca: Option<std::path::PathBuf>,
}

/// The core's configuration for the sandbox, trusting `--ca` when given.
fn core_config(args: &Args) -> Result<exsited_core::Config, Box<dyn std::error::Error>> {
    let mut config = exsited_core::Config::new(&args.url, &args.client_id, &args.client_secret);
    if let Some(ca) = &args.ca {
        config.ca_cert_pem = Some(std::fs::read(ca)?);
    }
    Ok(config)
}

fn core_blocking(args: &Args) -> Result<(), Box<dyn std::error::Error>> {
    let client = exsited_core::Client::new(core_config(args)?)?;
    // As the bindings call it: the answer's bytes from `call_raw`, blocking on this thread,
    // then parsed like the raw loop parses them.
    measure(args, || {
        let call = client.call_raw("accounts.details", exsited_core::Request::new().path([args.id.as_str()]));
        let answer = exsited_core::runtime::block_on(call)??;
        let _: Value = serde_json::from_slice(&answer.body)?;
        Ok(())
    })
}

/// `raw-block`: the raw loop, but one `block_on` per call on the calling thread, as any
/// blocking binding must do: what leaving and entering the runtime costs per call.
fn raw_blocking(args: &Args) -> Result<(), Box<dyn std::error::Error>> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let http = bare_client(args)?;
    let bearer = rt.block_on(bearer(&http, args))?;
    let url = account_url(args);
    measure(args, || {
        rt.block_on(get_parsed(&http, &url, &bearer))?;
        Ok(())
    })
}

/// `transport`: the core's transport alone (its per-thread pool, attempt timeout and size
/// bound), one `block_on` per call, the URL and headers made once. `core` adds the client's
/// pipeline on top: token cache, URL building, headers, retry plan, answer checks.
fn transport_blocking(args: &Args) -> Result<(), Box<dyn std::error::Error>> {
    use exsited_core::transport::{AttemptBody, Transport};
    let transport = Transport::new(&core_config(args)?)?;
    // The token from a throwaway runtime: the transport's pool belongs to the calls' one.
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let bearer = rt.block_on(bearer(&bare_client(args)?, args))?;
    drop(rt);
    let url = account_url(args).parse()?;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::AUTHORIZATION, bearer.parse()?);
    headers.insert(reqwest::header::ACCEPT, reqwest::header::HeaderValue::from_static("application/json"));
    measure(args, || {
        let send = transport.send(exsited_core::ops::Method::Get, &url, headers.clone(), AttemptBody::None, None);
        let answer = exsited_core::runtime::block_on(send)?.map_err(|a| a.error)?;
        let _: Value = serde_json::from_slice(&answer.body)?;
        Ok(())
    })
}

/// Warms up, then times `args.calls` sequential calls and reports them.
fn measure(
    args: &Args,
    mut call: impl FnMut() -> Result<(), Box<dyn std::error::Error>>,
) -> Result<(), Box<dyn std::error::Error>> {
    for _ in 0..50 {
        call()?;
    }
    let started = Instant::now();
    let mut latencies = Vec::with_capacity(args.calls);
    for _ in 0..args.calls {
        let t = Instant::now();
        call()?;
        latencies.push(t.elapsed());
    }
    report(args, started.elapsed(), latencies);
    Ok(())
}

fn report(args: &Args, wall: Duration, mut latencies: Vec<Duration>) {
    latencies.sort();
    let median = latencies[latencies.len() / 2];
    println!(
        "{}",
        json!({
            "mode": args.mode,
            "calls": args.calls,
            "concurrency": args.concurrency,
            "wall_s": wall.as_secs_f64(),
            "median_ms": median.as_secs_f64() * 1000.0,
            "throughput_per_s": args.calls as f64 / wall.as_secs_f64(),
        })
    );
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    match args.mode.as_str() {
        "core" => return core_blocking(&args),
        "raw-block" => return raw_blocking(&args),
        "transport" => return transport_blocking(&args),
        _ => {}
    }
    // The fastest setup for each shape: one thread for sequential calls, all cores for
    // concurrent ones, so that the limit really is the limit.
    let rt = if args.concurrency == 1 {
        tokio::runtime::Builder::new_current_thread().enable_all().build()?
    } else {
        tokio::runtime::Builder::new_multi_thread().enable_all().build()?
    };
    rt.block_on(raw(args))
}

fn bare_client(args: &Args) -> Result<reqwest::Client, Box<dyn std::error::Error>> {
    let mut builder = reqwest::Client::builder().pool_max_idle_per_host(1024).tcp_nodelay(true);
    if let Some(ca) = &args.ca {
        builder = builder.add_root_certificate(reqwest::Certificate::from_pem(&std::fs::read(ca)?)?);
    }
    Ok(builder.build()?)
}

/// One token, as the `Authorization` value.
async fn bearer(http: &reqwest::Client, args: &Args) -> Result<String, Box<dyn std::error::Error>> {
    let token: Value = http
        .post(format!("{}/api/v1/oauth2/token", args.url))
        .json(&json!({"grant_type": "client_credentials", "client_id": args.client_id, "client_secret": args.client_secret, "redirect_uri": ""}))
        .send()
        .await?
        .json()
        .await?;
    Ok(format!("Bearer {}", token["access_token"].as_str().ok_or("no access_token")?))
}

fn account_url(args: &Args) -> String {
    match &args.path {
        Some(p) => format!("{}{p}", args.url),
        None => format!("{}/api/v3/accounts/{}", args.url, args.id),
    }
}

/// One GET, parsed like an SDK would, so the comparison is fair.
async fn get_parsed(http: &reqwest::Client, url: &str, bearer: &str) -> Result<Value, reqwest::Error> {
    let body = http.get(url).header("authorization", bearer).send().await?.error_for_status()?.bytes().await?;
    Ok(serde_json::from_slice(&body).unwrap_or(Value::Null))
}

async fn raw(args: Args) -> Result<(), Box<dyn std::error::Error>> {
    let http = bare_client(&args)?;
    let bearer = bearer(&http, &args).await?;
    let url = account_url(&args);
    let one = |http: reqwest::Client, url: String, bearer: String| async move {
        let started = Instant::now();
        get_parsed(&http, &url, &bearer).await?;
        Ok::<Duration, reqwest::Error>(started.elapsed())
    };
    // Warm the pool.
    for _ in 0..args.concurrency.min(50) {
        one(http.clone(), url.clone(), bearer.clone()).await?;
    }
    let started = Instant::now();
    let latencies: Vec<Duration> = stream::iter(0..args.calls)
        .map(|_| one(http.clone(), url.clone(), bearer.clone()))
        .buffer_unordered(args.concurrency)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect::<Result<_, _>>()?;
    let wall = started.elapsed();
    report(&args, wall, latencies);
    Ok(())
}
